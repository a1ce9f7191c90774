#pragma once
// What an import wizard needs before anything is written: a window of rows read with the
// detected (or chosen) encoding and delimiter, the column mapping it would suggest with a
// confidence per column, and the mapping profiles the workspace knows. Reading only; the
// import itself is ImportJob's.

#include "common/error.h"
#include "crm/mappingprofile.h"
#include "crm/schema.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ll::crm {

class Workspace;

struct PreviewOptions {
  QString path;
  QString encoding;               // CsvOptions::encoding; empty = sniff
  std::optional<char> delimiter;  // empty = sniff
  QString sheet;                  // .xlsx: sheet name; empty = the first sheet
  // Spreadsheet row of the header; empty = found (see detectedHeaderRow): a report's title
  // lines above the header are skipped.
  std::optional<qint64> headerRow;
  // Spreadsheet row (header = 1) of the first data row wanted. Rows before it are streamed
  // past, so a window deep in a large file costs a read up to it.
  qint64 firstRow = 2;
  int maxRows = 50;
};

struct FilePreview {
  QString format;        // "csv" or "xlsx"
  QString fileName;
  QString description;   // as the reader describes it, e.g. "UTF-8 with BOM, ';'-separated"
  QString encoding;      // CSV: canonical name of the encoding used
  bool hadBom = false;
  char delimiter = ',';  // CSV: the separator used
  std::vector<QString> sheets;  // .xlsx sheet names
  QString sheet;                // the sheet read
  std::vector<std::string> header;
  qint64 headerRow = 1;            // the row the header was read from
  // Where the header looks to be: of the first rows, the first that names as many columns as
  // the fullest of them (title lines name one or two). Found when no header row was given.
  std::optional<qint64> detectedHeaderRow;
  std::vector<qint64> rowNumbers;  // spreadsheet row of each entry in rows
  std::vector<std::vector<QString>> rows;
  bool atEnd = false;  // the file has no rows after these
};

// Reads the header and up to maxRows data rows from firstRow on. File-level problems (missing,
// unreadable, undecodable with the chosen encoding, unsafe workbook, unknown sheet) are errors.
Result<FilePreview> readPreview(const PreviewOptions& options);

// Whether `path` can be read as an export at all: it exists, is a file, and is not the old
// binary Excel format. The error names what to do instead.
[[nodiscard]] std::optional<Error> checkImportableFile(const QString& path);

enum class MatchConfidence {
  None,     // no field: kept as an attribute
  Low,      // the field was already taken by an earlier column; kept as an attribute
  Medium,   // a synonym whose meaning depends on the export's shape, or a header with a unit
  High,     // a synonym with one meaning
  Profile,  // from a saved or remembered profile
};
const char* matchConfidenceName(MatchConfidence confidence);  // "none", "low", ...

struct ColumnSuggestion {
  QString header;
  std::optional<Field> field;  // nullopt: kept as an attribute
  MatchConfidence confidence = MatchConfidence::None;
};

struct MappingSuggestion {
  ExportShape shape = ExportShape::PerLead;
  std::vector<ColumnSuggestion> columns;
};

// The automatic mapping of MappingProfile::suggest, per column with how sure it is.
// `shape` Auto decides the shape from the header as suggest() does.
MappingSuggestion suggestMapping(const std::vector<std::string>& header, ExportShape shape = ExportShape::Auto);

struct SavedProfile {
  QString path;  // JSON file under the workspace's profiles/ folder
  MappingProfile profile;
};

// The valid profiles in the workspace's profiles/ folder, by name. Unreadable files are skipped.
std::vector<SavedProfile> listProfiles(const Workspace& workspace);

// The profile for an export with this header: the one the workspace remembered from an earlier
// import of the same source, else a saved profile with the same header signature.
Result<std::optional<MappingProfile>> matchingProfile(const Workspace& workspace,
                                                      const std::vector<std::string>& header);

// Saves the profile as profiles/<signature>.json (where imports keep it too). Returns the path.
Result<QString> saveProfile(const Workspace& workspace, const MappingProfile& profile);

}  // namespace ll::crm
