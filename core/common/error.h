#pragma once
// The error type that crosses core's public boundary. Exceptions may be thrown inside core;
// at a service's edge they become Result<T> carrying a message a sales manager can act on,
// plus where the problem is (file, row, column) when it is about input.

#include <QString>

#include <expected>
#include <utility>

namespace ll {

enum class ErrorCode {
  InvalidArgument,   // the caller asked for something that cannot be done as asked
  FileNotFound,
  FileUnreadable,    // permissions, I/O error, truncated
  BadFormat,         // the file is not what its name says (not CSV text, not an .xlsx, ...)
  BadEncoding,       // bytes that do not decode in the chosen or detected encoding
  BadData,           // rows rejected by validation
  Unsafe,            // refused for safety: zip bombs, XML entity declarations, absurd sizes
  Workspace,         // the SQLite workspace could not be opened, migrated or written
  Cancelled,
  Internal,
};

struct Error {
  ErrorCode code = ErrorCode::Internal;
  QString message;  // complete sentence(s), names the fix where there is one
  QString file;     // file name the problem is in, empty when not about a file
  qint64 row = 0;   // 1-based spreadsheet row (header row = 1); 0 = not about a row
  QString column;   // header text of the column; empty = not about a column

  // "file.csv, row 17, column 'Duration (s)': <message>"
  [[nodiscard]] QString toString() const;
};

template <class T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString file = {},
                                   qint64 row = 0, QString column = {}) {
  return std::unexpected<Error>(
      Error{code, std::move(message), std::move(file), row, std::move(column)});
}

// Stable name for an error code, used in --json output.
[[nodiscard]] const char* errorCodeName(ErrorCode code);

}  // namespace ll
