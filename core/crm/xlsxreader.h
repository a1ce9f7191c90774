#pragma once
// Reads .xlsx workbooks (Office Open XML spreadsheets) with the system minizip and QXmlStreamReader,
// (not QuaZip: it exports its own copy of minizip's symbols, which crash libxlsxwriter, our writer),
// streaming the sheet XML row by row: shared strings, inline strings, numbers, booleans,
// dates stored as serial numbers with a date style (given out as ISO 8601 text), empty
// cells and skipped columns (cell references are honoured), several sheets.
// Refuses, with a message, what is not safe to open: a file that is not a zip, entries whose
// declared or actual uncompressed size or compression ratio is absurd, XML with a DTD or
// entity declarations.

#include "crm/tablesource.h"

#include <QString>

#include <memory>
#include <vector>

namespace ll::crm {

struct XlsxLimits {
  qint64 maxEntryBytes = qint64(2) << 30;  // uncompressed size of one XML part
  qint64 maxTotalBytes = qint64(8) << 30;  // all parts together
  double maxCompressionRatio = 250.0;      // uncompressed / compressed, per entry larger than 1 MiB
};

struct XlsxSheet {
  QString name;  // as shown on the sheet tab
  QString part;  // zip entry, e.g. "xl/worksheets/sheet1.xml"
};

class XlsxWorkbook final {
 public:
  static Result<std::unique_ptr<XlsxWorkbook>> open(const QString& path, const XlsxLimits& limits = {});
  ~XlsxWorkbook();

  [[nodiscard]] const std::vector<XlsxSheet>& sheets() const;
  // Index of the sheet with this name (case-insensitive) or -1.
  [[nodiscard]] int sheetIndex(const QString& name) const;
  // Opens one sheet as a row source. The first non-empty row from `headerRow` (1-based) on is
  // the header; the rows above it are skipped (a report's title lines). The returned source
  // stays valid after the workbook object is destroyed.
  Result<std::unique_ptr<TableSource>> openSheet(int index, qint64 headerRow = 1) const;

  [[nodiscard]] QString fileName() const;

  struct Impl;

 private:
  explicit XlsxWorkbook(std::shared_ptr<Impl> impl);
  std::shared_ptr<Impl> m_impl;
};

// True when the file starts with the zip signature (used to tell .xlsx from CSV by content).
[[nodiscard]] bool looksLikeZip(const QString& path);

}  // namespace ll::crm
