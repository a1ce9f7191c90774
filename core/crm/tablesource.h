#pragma once
// A streaming source of spreadsheet-like rows: a CSV file or one sheet of an .xlsx workbook.
// Every cell is UTF-8 text, whatever the file's encoding or cell type was (an .xlsx date cell
// arrives as ISO 8601 text, a boolean as TRUE/FALSE, a number as written in the file).

#include "common/error.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ll::crm {

struct Row {
  qint64 number = 0;                    // 1-based spreadsheet row; the header is row 1
  std::vector<std::string_view> cells;  // UTF-8; valid until the next call to next()
};

class TableSource {
 public:
  virtual ~TableSource() = default;
  TableSource() = default;
  TableSource(const TableSource&) = delete;
  TableSource& operator=(const TableSource&) = delete;

  // The header cells (UTF-8, BOM and surrounding spaces removed). Read when the source opens.
  [[nodiscard]] virtual const std::vector<std::string>& header() const = 0;
  // The spreadsheet row the header was read from (1 unless title or blank rows came first).
  [[nodiscard]] virtual qint64 headerRow() const = 0;

  // Reads the next data row into `row`. Returns false at the end of the data or on an error;
  // after false, error() tells which. Rows whose cells are all empty are skipped.
  virtual bool next(Row& row) = 0;

  // The error that stopped reading, if any (names the file, row and column where known).
  [[nodiscard]] virtual std::optional<Error> error() const = 0;

  // Progress through the underlying file, for progress bars; total may be an estimate.
  [[nodiscard]] virtual qint64 bytesDone() const = 0;
  [[nodiscard]] virtual qint64 bytesTotal() const = 0;

  // Short human description of what was detected, e.g. "UTF-8 with BOM, ';'-separated".
  [[nodiscard]] virtual QString description() const = 0;

  // File name (no directory) used in messages.
  [[nodiscard]] virtual QString fileName() const = 0;
};

}  // namespace ll::crm
