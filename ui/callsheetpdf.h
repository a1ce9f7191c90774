#pragma once
// The printable call sheet: one section per specialist (a page break between), laid out as a
// QTextDocument so the same document feeds the PDF file and the print preview.

#include "common/error.h"
#include "crm/callsheet.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ll::ui {

class CallSheetPdf {
  Q_DECLARE_TR_FUNCTIONS(CallSheetPdf)

 public:
  // Column titles and talking points in the current language (also used for CSV and XLSX).
  static crm::CallSheetLabels labels();

  // The document; `dateText` is the sheet's date as shown (empty: from sheet.createdAt).
  // Works off the GUI thread.
  static std::unique_ptr<QTextDocument> document(const crm::CallSheet& sheet, const crm::CallSheetLabels& labels,
                                                 const QString& dateText = {});
  static QString html(const crm::CallSheet& sheet, const crm::CallSheetLabels& labels, const QString& dateText = {});

  // A4 portrait PDF, written atomically.
  static Result<void> write(const crm::CallSheet& sheet, const QString& path, const crm::CallSheetLabels& labels);
  // Lays the document out on the device's page size and paints it (PDF writer or printer).
  static void print(QTextDocument& doc, QPagedPaintDevice* device);
};

}  // namespace ll::ui
