#include "error.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace ll {

QString Error::toString() const {
  QString where;
  if (!file.isEmpty()) where = file;
  if (row > 0) {
    if (!where.isEmpty()) where += u", "_s;
    where += QCoreApplication::translate("ll::Error", "row %1").arg(row);
  }
  if (!column.isEmpty()) {
    if (!where.isEmpty()) where += u", "_s;
    where += QCoreApplication::translate("ll::Error", "column '%1'").arg(column);
  }
  return where.isEmpty() ? message : where + u": "_s + message;
}

const char* errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidArgument: return "invalid_argument";
    case ErrorCode::FileNotFound: return "file_not_found";
    case ErrorCode::FileUnreadable: return "file_unreadable";
    case ErrorCode::BadFormat: return "bad_format";
    case ErrorCode::BadEncoding: return "bad_encoding";
    case ErrorCode::BadData: return "bad_data";
    case ErrorCode::Unsafe: return "unsafe";
    case ErrorCode::Workspace: return "workspace";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal";
  }
  return "internal";
}

}  // namespace ll
