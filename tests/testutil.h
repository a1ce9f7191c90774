#pragma once
// Helpers shared by the test suites: fixture files and a full dump of a workspace's tables,
// so a test can assert that a failed import left the workspace exactly as it was.

#include "crm/sqlite.h"
#include "crm/workspace.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QStringEncoder>

#include <string>

namespace lltest {

inline QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes) {
  const QString path = dir + QLatin1Char('/') + name;
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write fixture");
  f.write(bytes);
  return path;
}

inline QString writeText(const QString& dir, const QString& name, const QString& text) {
  return writeFile(dir, name, text.toUtf8());
}

inline QString writeEncoded(const QString& dir, const QString& name, const QString& text, const char* encoding) {
  QStringEncoder enc(encoding);
  const QByteArray bytes = enc(text);
  return writeFile(dir, name, bytes);
}

// Every row of every table, in a fixed order: equal dumps mean equal workspaces.
inline QByteArray dumpWorkspace(const ll::crm::Workspace& ws) {
  auto& db = ws.database();
  QByteArray out;
  const char* tables[] = {"imports", "import_rejects", "leads", "lead_attributes", "interactions",
                          "mapping_profiles", "scoring_runs", "scores"};
  for (const char* table : tables) {
    auto stmt = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
    out += table;
    out += '\n';
    while (stmt.step()) {
      for (int c = 0; c < stmt.columnCount(); ++c) {
        const auto v = stmt.columnText(c);
        out += stmt.isNull(c) ? QByteArray("<null>") : QByteArray(v.data(), static_cast<qsizetype>(v.size()));
        out += '\t';
      }
      out += '\n';
    }
  }
  return out;
}

inline qint64 count(const ll::crm::Workspace& ws, const std::string& sql) {
  return ws.database().queryInt(sql).value_or(-1);
}

inline QString text(const ll::crm::Workspace& ws, const std::string& sql) {
  const auto v = ws.database().queryText(sql);
  return v ? QString::fromStdString(*v) : QString();
}

}  // namespace lltest
