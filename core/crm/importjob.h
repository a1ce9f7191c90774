#pragma once
// Imports one CRM export (CSV or .xlsx) into a workspace. The whole file lands in one
// transaction or nothing does. Rows that fail validation are reported with file, row, column and
// reason; by default any rejected row stops the import (nothing lands), and with
// skipInvalidRows the valid rows land and the rejected ones are listed. Re-importing a file
// changes nothing; a newer export of the same CRM updates leads and adds only new interactions.

#include "common/error.h"
#include "crm/mappingprofile.h"
#include "crm/workspace.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ll::crm {

struct ImportOptions {
  QString path;
  // Explicit profile (e.g. --profile P). Otherwise the workspace's remembered profile for the
  // export's header signature is used, else an automatic mapping.
  std::optional<MappingProfile> profile;
  QString sheet;                 // .xlsx: import only this sheet (overrides the profile's)
  // Spreadsheet row of the header (overrides the profile's; default row 1): the rows above it
  // are a report's title lines and are skipped.
  std::optional<qint64> headerRow;
  bool skipInvalidRows = false;  // land the valid rows even if some are rejected
  bool dryRun = false;           // validate and report, write nothing
  int maxRejectDetails = 1000;   // rejects listed one by one; the rest are counted per reason
  // Auto: a rollback journal for files over 8 MB when no other connection is open (bulk loads
  // run faster than in WAL), WAL otherwise. Wal / Rollback force one (used by the benchmark).
  enum class Journal { Auto, Wal, Rollback } journal = Journal::Auto;
  // After the commit, also bring the notes' search index up to date (the desktop does, so that
  // the first search after an import is quick; the CLI leaves it to the first search).
  bool indexNotes = false;
};

struct RejectedRow {
  QString sheet;   // empty for CSV
  qint64 row = 0;  // spreadsheet row (header = 1)
  QString column;  // header text, empty when about the whole row
  QString reason;  // what is wrong and how to fix it
  QString category;  // stable key: bad_date, bad_duration, ragged_row, duplicate_lead_id, ...
};

struct SheetReport {
  QString name;         // sheet name; empty for CSV
  QString description;  // detected encoding / delimiter or sheet
  ExportShape shape = ExportShape::PerLead;
  MappingProfile profile;  // as applied (bound to the header)
  QString profileOrigin;   // "explicit", "remembered", "suggested"
  qint64 rowsRead = 0;
};

struct ImportReport {
  enum class Status {
    Imported,             // everything landed
    ImportedWithRejects,  // valid rows landed (skipInvalidRows), rejected rows listed
    Unchanged,            // nothing new: the workspace already had all of it
    Rejected,             // rows were rejected, nothing landed
    DryRun,               // validated only
  };

  Status status = Status::Imported;
  QString file;       // file name
  QString path;       // absolute path
  QString format;     // "csv" or "xlsx"
  QString sha256;
  qint64 importId = 0;  // 0 when nothing was recorded
  qint64 rowsRead = 0;
  qint64 rowsRejected = 0;
  qint64 leadsInserted = 0;
  qint64 leadsUpdated = 0;
  qint64 leadsUnchanged = 0;
  qint64 leadsCreatedFromInteractions = 0;
  qint64 interactionsInserted = 0;
  qint64 interactionsAlreadyPresent = 0;
  qint64 attributesWritten = 0;
  std::map<QString, qint64> rejectsByCategory;
  std::vector<RejectedRow> rejects;  // at most maxRejectDetails
  std::vector<QString> notes;        // things the user should know (derived ids, assumed date order, ...)
  std::vector<SheetReport> sheets;
  double seconds = 0;

  [[nodiscard]] QJsonObject toJson() const;
  [[nodiscard]] QString toText() const;  // a short human report
  [[nodiscard]] static const char* statusName(Status status);
};

struct ImportProgress {
  qint64 bytesDone = 0;
  qint64 bytesTotal = 0;
  qint64 rowsRead = 0;
  QString phase;  // "reading", "finishing"
};

using ImportProgressFn = std::function<void(const ImportProgress&)>;

// What the import wizard shows before anything is written: detection, header, first rows and
// the mapping that would be applied.
struct ImportPreview {
  QString format;
  QString description;
  std::vector<QString> sheets;  // .xlsx sheet names
  QString sheet;                // the sheet previewed
  std::vector<std::string> header;
  std::vector<std::vector<QString>> rows;
  MappingProfile profile;
  QString profileOrigin;
};

class ImportJob final {
 public:
  ImportJob(const Workspace& workspace, ImportOptions options);

  // Runs on the calling thread (the GUI runs it on a worker thread; it opens its own database
  // connection). File-level problems (unreadable, not CSV/xlsx, bad encoding, unterminated
  // quote, unsafe workbook) and cancellation are errors; rejected rows are in the report.
  Result<ImportReport> run(const ImportProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

  static Result<ImportPreview> preview(const Workspace& workspace, const ImportOptions& options,
                                       int maxRows = 50);

 private:
  const Workspace& m_workspace;
  ImportOptions m_options;
};

}  // namespace ll::crm
