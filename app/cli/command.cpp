#include "app/cli/command.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace ll::cli {

bool parseArguments(QCommandLineParser& parser, const QStringList& args, int* exitCode,
                    const QStringList& required) {
  QTextStream err(stderr);
  const auto usage = [&](const QString& message) {
    err << u"error: %1\n\n"_s.arg(message) << parser.helpText();
    *exitCode = 2;
    return false;
  };
  if (!parser.parse(args)) return usage(parser.errorText());
  if (parser.isSet(u"help"_s)) {
    QTextStream(stdout) << parser.helpText();
    *exitCode = 0;
    return false;
  }
  if (!parser.positionalArguments().isEmpty())
    return usage(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
  for (const QString& option : required)
    if (!parser.isSet(option) || parser.value(option).isEmpty()) return usage(u"--%1 is required"_s.arg(option));
  return true;
}

int exitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidArgument: return 2;
    case ErrorCode::FileNotFound:
    case ErrorCode::FileUnreadable:
    case ErrorCode::BadFormat:
    case ErrorCode::BadEncoding:
    case ErrorCode::Unsafe:
    case ErrorCode::BadData: return 3;
    case ErrorCode::Workspace: return 6;
    case ErrorCode::Cancelled: return 130;
    case ErrorCode::Internal: return 1;
  }
  return 1;
}

}  // namespace ll::cli
