// The workspace folder: creation, schema migrations, refusal of what it cannot open, the
// Funnel+Recency queue order and the statistics the CLI and GUI show.

#include "crm/importjob.h"
#include "crm/migrations.h"
#include "crm/workspace.h"
#include "testutil.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ll;
using namespace ll::crm;

class TestWorkspace : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;

 private slots:
  void createsFolderAndMigrates() {
    const QString dir = m_dir.path() + u"/new/nested"_s;
    auto ws = Workspace::open(dir);
    QVERIFY2(ws.has_value(), qPrintable(ws ? QString() : ws.error().toString()));
    QVERIFY(QFileInfo::exists(dir + u"/workspace.sqlite"_s));
    QVERIFY(QFileInfo(dir + u"/profiles"_s).isDir());
    QCOMPARE(lltest::count(**ws, "PRAGMA user_version"), latestSchemaVersion());
    QCOMPARE(lltest::text(**ws, "PRAGMA journal_mode"), u"wal"_s);
    QCOMPARE(lltest::count(**ws, "PRAGMA foreign_keys"), 1);
    auto stats = (*ws)->stats();
    QVERIFY(stats.has_value());
    QCOMPARE(stats->leads, 0);
    QCOMPARE(stats->schemaVersion, latestSchemaVersion());
    // Logging goes into the workspace.
    QVERIFY(QFileInfo::exists((*ws)->logFilePath()));
  }

  void reopenKeepsData() {
    const QString dir = m_dir.path() + u"/reopen"_s;
    {
      auto ws = Workspace::open(dir);
      QVERIFY(ws.has_value());
      ImportOptions o;
      o.path = lltest::writeText(m_dir.path(), u"r.csv"_s, u"Lead ID,City\nA,Hangzhou\nB,Suzhou\n"_s);
      QVERIFY(ImportJob(**ws, o).run().has_value());
    }
    auto again = Workspace::open(dir, Workspace::OpenMode::MustExist);
    QVERIFY(again.has_value());
    QCOMPARE((*again)->stats()->leads, 2);
    QCOMPARE((*again)->imports()->size(), 1u);
    QCOMPARE((*again)->imports()->front().leadsInserted, 2);
  }

  void refusesWhatItCannotOpen() {
    auto missing = Workspace::open(m_dir.path() + u"/absent"_s, Workspace::OpenMode::MustExist);
    QVERIFY(!missing.has_value());
    QVERIFY(missing.error().message.contains(u"not a LeadLadder workspace"_s));

    const QString file = lltest::writeText(m_dir.path(), u"plain.txt"_s, u"hello"_s);
    auto notDir = Workspace::open(file);
    QVERIFY(!notDir.has_value());
    QVERIFY(notDir.error().message.contains(u"is a file"_s));

    const QString garbageDir = m_dir.path() + u"/garbage"_s;
    QDir().mkpath(garbageDir);
    lltest::writeFile(garbageDir, u"workspace.sqlite"_s, QByteArray(8192, 'x'));
    auto garbage = Workspace::open(garbageDir);
    QVERIFY(!garbage.has_value());
    QCOMPARE(garbage.error().code, ErrorCode::Workspace);
    QVERIFY2(garbage.error().message.contains(u"not a SQLite database"_s) ||
                 garbage.error().message.contains(u"damaged"_s),
             qPrintable(garbage.error().message));
  }

  void refusesNewerSchema() {
    const QString dir = m_dir.path() + u"/future"_s;
    {
      auto ws = Workspace::open(dir);
      QVERIFY(ws.has_value());
      (*ws)->database().exec("PRAGMA user_version = 999");
    }
    auto ws = Workspace::open(dir);
    QVERIFY(!ws.has_value());
    QVERIFY(ws.error().message.contains(u"newer LeadLadder"_s));
  }

  void funnelRecencyOrder() {
    auto ws = Workspace::open(m_dir.path() + u"/order"_s);
    QVERIFY(ws.has_value());
    ImportOptions o;
    o.path = lltest::writeText(m_dir.path(), u"o.csv"_s,
                               u"Lead ID,Type,Date,Duration (s)\n"
                               u"old-call,Call,2026-03-01 10:00,60\n"
                               u"new-call,Call,2026-03-09 10:00,60\n"
                               u"drive,Test drive,2026-03-02 10:00,\n"
                               u"visit,Store visit,2026-03-08 10:00,\n"
                               u"won,Test drive,2026-03-03 10:00,\n"
                               u"won,Order,2026-03-04 10:00,\n"
                               u"note-only,Note,2026-03-10 10:00,\n"_s);
    auto r = ImportJob(**ws, o).run();
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    auto rows = (*ws)->leads(LeadQuery{});
    QVERIFY(rows.has_value());
    QStringList ids;
    for (const auto& row : *rows) ids << row.leadId;
    QCOMPARE(ids, (QStringList{u"drive"_s, u"visit"_s, u"new-call"_s, u"old-call"_s, u"note-only"_s}));
    QCOMPARE(rows->front().stage, Stage::TestDrive);
    QCOMPARE((*ws)->countLeads(LeadQuery{}).value(), 5);
    LeadQuery all;
    all.openOnly = false;
    QCOMPARE((*ws)->countLeads(all).value(), 6);
    LeadQuery page;
    page.offset = 1;
    page.limit = 2;
    auto second = (*ws)->leads(page);
    QCOMPARE(second->size(), 2u);
    QCOMPARE(second->front().leadId, u"visit"_s);
    auto stats = (*ws)->stats();
    QCOMPARE(stats->wonLeads, 1);
    QCOMPARE(stats->openLeads, 5);
    QCOMPARE(stats->interactions, 7);
  }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
