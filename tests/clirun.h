#pragma once
// Runs leadladder-cli for the tests that drive it as a user would (LL_CLI_PATH, set for every test
// by tests/CMakeLists.txt).

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lltest {

// One run of leadladder-cli: exit code (-2 crashed, -3 timed out), stdout and stderr.
struct CliRun {
  int code = -1;
  QByteArray out;
  QByteArray err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 120000) {
  QProcess p;
  p.start(QStringLiteral(LL_CLI_PATH), args);
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    return {-3, {}, "timed out"};
  }
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
          p.readAllStandardError()};
}

}  // namespace lltest
