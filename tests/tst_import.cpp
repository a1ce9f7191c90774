// End-to-end import: CRM exports of both shapes, in CSV and .xlsx, land in the workspace with
// the right leads, interactions and attributes; bad input is reported by row and column and
// leaves the workspace exactly as it was.

#include "common/logging.h"
#include "crm/importjob.h"
#include "crm/importpreview.h"
#include "crm/leadrecords.h"
#include "crm/queuequery.h"
#include "crm/workspace.h"
#include "testutil.h"

#include <spdlog/sinks/ostream_sink.h>
#include <xlsxwriter.h>

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace Qt::Literals::StringLiterals;
using namespace ll;
using namespace ll::crm;
using lltest::count;
using lltest::dumpWorkspace;
using lltest::writeText;

namespace {

const QString kPerLead =
    u"Lead ID,Created,Channel,City,Specialist,Customer name,Phone,Test drive date,Last call duration (s),Notes,"
    u"Converted,Favourite colour\n"
    u"L1,2026-03-01 09:30,App,Hangzhou,S01,Wei Zhang,+86 139 0000 0001,2026-03-05,125,\"Lease ends next month, "
    u"asked about delivery\",yes,red\n"
    u"L2,2026-03-02,Website,Suzhou,S02,Fang Li,+86 139 0000 0002,,30,Only comparing prices,no,\n"
    u"L3,2026-03-03,Referral,Wuxi,S01,Lei Wu,+86 139 0000 0003,,,,,blue\n"_s;

const QString kPerInteraction =
    u"Lead ID,Type,Date,Duration (s),Notes,Channel of contact\n"
    u"L1,Call,2026-03-01 10:00,125,\"Asked about \"\"delivery\"\" dates\",outbound\n"
    u"L1,Test drive,2026-03-05 14:00,,,\n"
    u"L4,Call,2026-03-04 11:00,40,Will call back,inbound\n"
    u"L4,Store visit,2026-03-06 15:00,,,\n"
    u"L5,短信,2026-03-07 09:00,,sent brochure,\n"_s;

}  // namespace

class TestImport : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  int m_n = 0;

  std::unique_ptr<Workspace> newWorkspace() {
    auto ws = Workspace::open(m_dir.path() + u"/ws%1"_s.arg(++m_n));
    if (!ws) qFatal("%s", qPrintable(ws.error().toString()));
    return std::move(*ws);
  }

  static Result<ImportReport> importFile(const Workspace& ws, const QString& path, bool skip = false,
                                         bool dryRun = false) {
    ImportOptions o;
    o.path = path;
    o.skipInvalidRows = skip;
    o.dryRun = dryRun;
    return ImportJob(ws, o).run();
  }

  QString file(const QString& name, const QString& content) { return writeText(m_dir.path(), name, content); }

 private slots:
  void perLeadExportLands() {
    auto ws = newWorkspace();
    auto r = importFile(*ws, file(u"leads.csv"_s, kPerLead));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->status, ImportReport::Status::Imported);
    QCOMPARE(r->rowsRead, 3);
    QCOMPARE(r->leadsInserted, 3);
    QCOMPARE(r->sheets.front().shape, ExportShape::PerLead);
    QCOMPARE(count(*ws, "SELECT count(*) FROM leads"), 3);
    QCOMPARE(lltest::text(*ws, "SELECT city FROM leads WHERE lead_id='L2'"), u"Suzhou"_s);
    QCOMPARE(lltest::text(*ws, "SELECT specialist_id FROM leads WHERE lead_id='L1'"), u"S01"_s);
    // Stage columns became interactions: L1 has a test drive, a call with its duration, a note
    // and an order lock from Converted=yes; L2 a call, a note and a defeat.
    QCOMPARE(count(*ws, "SELECT count(*) FROM interactions i JOIN leads l ON l.id=i.lead_id WHERE l.lead_id='L1'"), 4);
    QCOMPARE(count(*ws, "SELECT duration_s FROM interactions WHERE kind='call' AND lead_id=(SELECT id FROM leads WHERE lead_id='L1')"), 125);
    QCOMPARE(lltest::text(*ws, "SELECT outcome FROM leads WHERE lead_id='L1'"), u"won"_s);
    QCOMPARE(lltest::text(*ws, "SELECT outcome FROM leads WHERE lead_id='L2'"), u"lost"_s);
    QCOMPARE(lltest::text(*ws, "SELECT text FROM interactions WHERE kind='note' AND lead_id=(SELECT id FROM leads WHERE lead_id='L1')"),
             u"Lease ends next month, asked about delivery"_s);
    // The unmapped column is kept as an attribute, not dropped.
    QCOMPARE(lltest::text(*ws, "SELECT value FROM lead_attributes a JOIN leads l ON l.id=a.lead_id WHERE l.lead_id='L3' AND key='Favourite colour'"),
             u"blue"_s);
    QCOMPARE(count(*ws, "SELECT stage_rank FROM leads WHERE lead_id='L1'"), 3);
    QCOMPARE(count(*ws, "SELECT count(*) FROM imports"), 1);
  }

  // The engine's view of a workspace: leads with their interactions in time order and their
  // attributes, read on a connection of the reader's own.
  void leadRecordsReadBack() {
    auto ws = newWorkspace();
    QVERIFY(importFile(*ws, file(u"leads-r.csv"_s, kPerLead)).has_value());
    QVERIFY(importFile(*ws, file(u"activities-r.csv"_s, kPerInteraction)).has_value());
    auto reader = LeadRecordReader::open(ws->databasePath());
    QVERIFY2(reader.has_value(), qPrintable(reader ? QString() : reader.error().toString()));
    std::vector<ll::engine::LeadRecord> leads;
    auto visited = (*reader)->forEach({}, [&](ll::engine::LeadRecord&& lead) {
      leads.push_back(std::move(lead));
      return true;
    });
    QVERIFY(visited.has_value());
    QCOMPARE(*visited, std::int64_t(5));
    QCOMPARE(*(*reader)->count({}), std::int64_t(5));
    QCOMPARE(leads.size(), std::size_t(5));
    for (std::size_t i = 1; i < leads.size(); ++i) QVERIFY(leads[i - 1].rowId < leads[i].rowId);
    const auto& l1 = *std::find_if(leads.begin(), leads.end(), [](const auto& l) { return l.leadId == "L1"; });
    QCOMPARE(l1.city, std::string("Hangzhou"));
    QCOMPARE(l1.specialistId, std::string("S01"));
    QCOMPARE(count(*ws, "SELECT count(*) FROM interactions WHERE lead_id=(SELECT id FROM leads WHERE lead_id='L1')"),
             static_cast<int>(l1.interactions.size()));
    for (std::size_t i = 1; i < l1.interactions.size(); ++i) {
      const auto& a = l1.interactions[i - 1];
      const auto& b = l1.interactions[i];
      QVERIFY(!b.at || (a.at && *a.at <= *b.at));
    }
    QVERIFY(std::any_of(l1.interactions.begin(), l1.interactions.end(), [](const auto& x) {
      return x.kind == ll::engine::InteractionKind::TestDrive;
    }));
    const auto& l3 = *std::find_if(leads.begin(), leads.end(), [](const auto& l) { return l.leadId == "L3"; });
    QCOMPARE(l3.attributes.size(), std::size_t(1));
    QCOMPARE(l3.attributes.front().second, std::string("blue"));

    // Open leads only (L1 won, L2 lost), a creation window, stopping early, loading by id.
    LeadRecordQuery open;
    open.openOnly = true;
    QCOMPARE(*(*reader)->count(open), std::int64_t(3));
    int seen = 0;
    QCOMPARE(*(*reader)->forEach({}, [&](ll::engine::LeadRecord&&) { return ++seen < 2; }), std::int64_t(2));
    auto byId = (*reader)->load({l3.rowId, 999999, l1.rowId}, false);
    QVERIFY(byId.has_value());
    QCOMPARE(byId->size(), std::size_t(2));
    QCOMPARE(byId->front().leadId, std::string("L3"));
    QCOMPARE(byId->back().interactions.size(), l1.interactions.size());
    for (const auto& x : byId->back().interactions) QVERIFY(x.text.empty());
    QVERIFY((*reader)->latestInteractionAt()->has_value());

    // A reader of a folder that is not a workspace says so.
    auto missing = LeadRecordReader::open(m_dir.path() + u"/nope/workspace.sqlite"_s);
    QVERIFY(!missing.has_value());
    QVERIFY(missing.error().message.contains(u"nope"_s));
  }

  // The desktop's imports bring the notes' search index up to date; the CLI's leave it to the
  // first search.
  void notesAreIndexedWhenAsked() {
    auto plain = newWorkspace();
    QVERIFY(importFile(*plain, file(u"acts-plain.csv"_s, kPerInteraction)).has_value());
    QVERIFY(searchIndexPending(plain->database()));
    auto indexed = newWorkspace();
    ImportOptions o;
    o.path = file(u"acts-indexed.csv"_s, kPerInteraction);
    o.indexNotes = true;
    QVERIFY(ImportJob(*indexed, o).run().has_value());
    QVERIFY(!searchIndexPending(indexed->database()));
    QCOMPARE(indexPendingNotes(indexed->database()), qint64(0));
  }

  void perInteractionExportLands() {
    auto ws = newWorkspace();
    auto r = importFile(*ws, file(u"activities.csv"_s, kPerInteraction));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->sheets.front().shape, ExportShape::PerInteraction);
    QCOMPARE(r->interactionsInserted, 5);
    QCOMPARE(r->leadsCreatedFromInteractions, 3);
    QCOMPARE(lltest::text(*ws, "SELECT text FROM interactions WHERE duration_s=125"), u"Asked about \"delivery\" dates"_s);
    QCOMPARE(lltest::text(*ws, "SELECT kind FROM interactions WHERE lead_id=(SELECT id FROM leads WHERE lead_id='L5')"),
             u"message"_s);
    // Leads known only from interactions get their creation time from their first interaction.
    QCOMPARE(lltest::text(*ws, "SELECT datetime(created_at,'unixepoch') FROM leads WHERE lead_id='L4'"),
             u"2026-03-04 11:00:00"_s);
    QCOMPARE(count(*ws, "SELECT stage_rank FROM leads WHERE lead_id='L4'"), 2);
    QVERIFY(lltest::text(*ws, "SELECT extra_json FROM interactions WHERE duration_s=40").contains(u"inbound"_s));
  }

  void repeatedRowsInOneFileLandOnce() {
    // The first import into a workspace takes the bulk path; a later one the row-by-row path.
    QString repeated = kPerInteraction;
    repeated += u"L4,Call,2026-03-04 11:00,40,Will call back,inbound\n"_s;  // row 3 again
    for (int pass = 0; pass < 2; ++pass) {
      auto ws = newWorkspace();
      if (pass == 1) QVERIFY(importFile(*ws, file(u"seed-l9.csv"_s, u"Lead ID,Type,Date\nL9,Call,2026-01-01\n"_s)).has_value());
      auto r = importFile(*ws, file(u"repeated%1.csv"_s.arg(pass), repeated));
      QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
      QCOMPARE(r->interactionsInserted, 5);
      QCOMPARE(r->interactionsAlreadyPresent, 1);
      QCOMPARE(count(*ws, "SELECT count(*) FROM interactions i JOIN leads l ON l.id=i.lead_id WHERE l.lead_id='L4'"), 2);
      QCOMPARE(count(*ws, "SELECT interaction_count FROM leads WHERE lead_id='L4'"), 2);
      QCOMPARE(count(*ws, "SELECT stage_rank FROM leads WHERE lead_id='L4'"), 2);
      QCOMPARE(lltest::text(*ws, "SELECT datetime(last_contact_at,'unixepoch') FROM leads WHERE lead_id='L4'"),
               u"2026-03-06 15:00:00"_s);
      QCOMPARE(count(*ws, "SELECT count(*) FROM sqlite_master WHERE name='interactions_lead'"), 1);
    }
  }

  void reimportChangesNothing() {
    auto ws = newWorkspace();
    const QString path = file(u"again.csv"_s, kPerLead);
    QVERIFY(importFile(*ws, path).has_value());
    const QByteArray before = dumpWorkspace(*ws);
    auto r = importFile(*ws, path);
    QVERIFY(r.has_value());
    QCOMPARE(r->status, ImportReport::Status::Unchanged);
    QCOMPARE(r->leadsUnchanged, 3);
    QVERIFY(r->notes.back().contains(u"identical to import #1"_s));
    QCOMPARE(dumpWorkspace(*ws), before);
  }

  void newerExportUpdatesWithoutDuplicates() {
    auto ws = newWorkspace();
    QVERIFY(importFile(*ws, file(u"day1.csv"_s, kPerInteraction)).has_value());
    QVERIFY(importFile(*ws, file(u"day1-leads.csv"_s, kPerLead)).has_value());
    const qint64 interactions = count(*ws, "SELECT count(*) FROM interactions");
    // Day 2: L2 moved on (test drive), a new lead arrived, L3 changed city; the rest is as before.
    QString day2 = kPerLead;
    day2.replace(u"L2,2026-03-02,Website,Suzhou,S02,Fang Li,+86 139 0000 0002,,30"_s,
                 u"L2,2026-03-02,Website,Suzhou,S02,Fang Li,+86 139 0000 0002,2026-03-09,30"_s);
    day2.replace(u"L3,2026-03-03,Referral,Wuxi"_s, u"L3,2026-03-03,Referral,Nanjing"_s);
    day2 += u"L9,2026-03-09,App,Hangzhou,S03,Min Xu,+86 139 0000 0009,,,,,\n"_s;
    auto r = importFile(*ws, file(u"day2.csv"_s, day2));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->status, ImportReport::Status::Imported);
    QCOMPARE(r->leadsInserted, 1);
    QCOMPARE(r->leadsUpdated, 2);
    QCOMPARE(r->leadsUnchanged, 1);
    QCOMPARE(r->interactionsInserted, 1);  // only L2's test drive is new
    QCOMPARE(count(*ws, "SELECT count(*) FROM interactions"), interactions + 1);
    QCOMPARE(lltest::text(*ws, "SELECT city FROM leads WHERE lead_id='L3'"), u"Nanjing"_s);
    QCOMPARE(count(*ws, "SELECT count(*) FROM leads"), 6);
  }

  void rejectedRowsLeaveWorkspaceUnchanged() {
    auto ws = newWorkspace();
    QVERIFY(importFile(*ws, file(u"base.csv"_s, kPerLead)).has_value());
    const QByteArray before = dumpWorkspace(*ws);
    const QString bad =
        u"Lead ID,Type,Date,Duration (s),Notes\n"
        u"L1,Call,2026-03-10 10:00,abc,x\n"         // row 2: duration
        u"L1,Call,1875-03-10 10:00,10,x\n"          // row 3: date out of range
        u"L2,Teleport,2026-03-10 10:00,10,x\n"      // row 4: kind
        u"L2,Call,2026-03-10 10:00,10,x,extra\n"    // row 5: ragged
        u"L2,Call,2026-03-11 10:00,10,fine\n"_s;    // row 6: good
    auto r = importFile(*ws, file(u"bad.csv"_s, bad));
    QVERIFY(r.has_value());
    QCOMPARE(r->status, ImportReport::Status::Rejected);
    QCOMPARE(r->rowsRejected, 4);
    QCOMPARE(r->rejects.size(), 4u);
    QCOMPARE(r->rejects[0].row, 2);
    QCOMPARE(r->rejects[0].column, u"Duration (s)"_s);
    QCOMPARE(r->rejects[0].category, u"bad_duration"_s);
    QCOMPARE(r->rejects[1].row, 3);
    QCOMPARE(r->rejects[1].category, u"date_out_of_range"_s);
    QCOMPARE(r->rejects[2].column, u"Type"_s);
    QCOMPARE(r->rejects[2].category, u"bad_kind"_s);
    QCOMPARE(r->rejects[3].row, 5);
    QCOMPARE(r->rejects[3].category, u"ragged_row"_s);
    QCOMPARE(r->rejectsByCategory.size(), 4u);
    QVERIFY(r->toText().contains(u"bad.csv, row 2, column 'Duration (s)'"_s));
    QCOMPARE(dumpWorkspace(*ws), before);

    // With skip-invalid the good row lands and the rejects are recorded with the import.
    auto partial = importFile(*ws, file(u"bad2.csv"_s, bad), true);
    QVERIFY(partial.has_value());
    QCOMPARE(partial->status, ImportReport::Status::ImportedWithRejects);
    QCOMPARE(partial->interactionsInserted, 1);
    QCOMPARE(count(*ws, "SELECT count(*) FROM import_rejects"), 4);
  }

  void duplicateLeadIdsAreRejected() {
    auto ws = newWorkspace();
    auto r = importFile(*ws, file(u"dups.csv"_s, u"Lead ID,City\nA1,Hangzhou\nA2,Suzhou\nA1,Wuxi\n"_s));
    QVERIFY(r.has_value());
    QCOMPARE(r->status, ImportReport::Status::Rejected);
    QCOMPARE(r->rejects.size(), 1u);
    QCOMPARE(r->rejects[0].row, 4);
    QCOMPARE(r->rejects[0].category, u"duplicate_lead_id"_s);
    QVERIFY(r->rejects[0].reason.contains(u"row 2"_s));
    QCOMPARE(count(*ws, "SELECT count(*) FROM leads"), 0);
  }

  void fileLevelErrorsLeaveWorkspaceUnchanged_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle");
    QTest::newRow("empty") << u"empty.csv"_s << QByteArray() << int(ErrorCode::BadFormat) << u"empty"_s;
    QTest::newRow("header only") << u"header.csv"_s << QByteArray("Lead ID,City\n") << int(ErrorCode::BadData)
                                 << u"no data rows"_s;
    QTest::newRow("unterminated quote") << u"quote.csv"_s << QByteArray("Lead ID,Notes\nA1,\"never closed\nA2,x\n")
                                        << int(ErrorCode::BadFormat) << u"quote"_s;
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>((i * 7919) % 251);
    QTest::newRow("binary") << u"garbage.csv"_s << garbage << int(ErrorCode::BadFormat) << u"not a CSV"_s;
    QTest::newRow("xlsx not zip") << u"fake.xlsx"_s << QByteArray("Lead ID,City\nA1,x\n") << int(ErrorCode::BadFormat)
                                  << u"zip"_s;
    QTest::newRow("old xls") << u"old.xls"_s << QByteArray("\xd0\xcf\x11\xe0", 4) << int(ErrorCode::BadFormat)
                             << u".xls"_s;
    QTest::newRow("nothing maps") << u"orders.csv"_s << QByteArray("Foo,Bar\n1,2\n") << int(ErrorCode::BadData)
                                  << u""_s;
  }

  void fileLevelErrorsLeaveWorkspaceUnchanged() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, needle);
    auto ws = newWorkspace();
    QVERIFY(importFile(*ws, file(u"seed.csv"_s, kPerLead)).has_value());
    const QByteArray before = dumpWorkspace(*ws);
    auto r = importFile(*ws, lltest::writeFile(m_dir.path(), name, bytes));
    QVERIFY(!r.has_value());
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(r.error().toString().contains(needle, Qt::CaseInsensitive), qPrintable(r.error().toString()));
    QVERIFY2(r.error().toString().contains(name), qPrintable(r.error().toString()));
    QCOMPARE(dumpWorkspace(*ws), before);
  }

  void derivedIdsAreStableAcrossExports() {
    auto ws = newWorkspace();
    const QString v1 =
        u"Created,Customer name,Phone,City,Test drive date\n"
        u"2026-03-01 09:00,Wei Zhang,13900000001,Hangzhou,\n"
        u"2026-03-02 10:00,Fang Li,13900000002,Suzhou,\n"_s;
    auto r = importFile(*ws, file(u"noid1.csv"_s, v1));
    QVERIFY(r.has_value());
    QCOMPARE(r->leadsInserted, 2);
    QVERIFY(r->notes.front().contains(u"no lead id column"_s));
    // Rows reordered and one lead has moved on: same ids, one update, no new lead.
    const QString v2 =
        u"Created,Customer name,Phone,City,Test drive date\n"
        u"2026-03-02 10:00,Fang Li,13900000002,Suzhou,2026-03-08\n"
        u"2026-03-01 09:00,Wei Zhang,13900000001,Hangzhou,\n"_s;
    auto r2 = importFile(*ws, file(u"noid2.csv"_s, v2));
    QVERIFY(r2.has_value());
    QCOMPARE(r2->leadsInserted, 0);
    QCOMPARE(r2->leadsUpdated, 1);
    QCOMPARE(count(*ws, "SELECT count(*) FROM leads"), 2);
    QVERIFY(lltest::text(*ws, "SELECT min(lead_id) FROM leads").startsWith(u"row-"_s));
  }

  void chineseGb18030ExportAutoMaps() {
    auto ws = newWorkspace();
    const QString zh =
        u"线索ID,创建时间,渠道,城市,通话时长,试驾时间,备注\n"
        u"Z1,2026年3月1日 10:20,抖音,杭州,95,2026年3月5日,租约下个月到期，想尽快提车\n"
        u"Z2,2026年3月2日,官网,苏州,1分05秒,,只是比价\n"_s;
    const QString path = lltest::writeEncoded(m_dir.path(), u"zh.csv"_s, zh, "GB18030");
    auto r = importFile(*ws, path);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->leadsInserted, 2);
    QVERIFY(r->sheets.front().description.contains(u"GB18030"_s));
    QCOMPARE(lltest::text(*ws, "SELECT city FROM leads WHERE lead_id='Z1'"), u"杭州"_s);
    QCOMPARE(lltest::text(*ws, "SELECT channel FROM leads WHERE lead_id='Z2'"), u"官网"_s);
    QCOMPARE(lltest::text(*ws, "SELECT datetime(created_at,'unixepoch') FROM leads WHERE lead_id='Z1'"),
             u"2026-03-01 10:20:00"_s);
    QCOMPARE(count(*ws, "SELECT duration_s FROM interactions WHERE kind='call' AND lead_id=(SELECT id FROM leads WHERE lead_id='Z2')"), 65);
    QCOMPARE(lltest::text(*ws, "SELECT text FROM interactions WHERE kind='note' AND lead_id=(SELECT id FROM leads WHERE lead_id='Z1')"),
             u"租约下个月到期，想尽快提车"_s);
  }

  void dateOrderIsDetected() {
    auto ws = newWorkspace();
    auto r = importFile(*ws, file(u"dmy.csv"_s, u"Lead ID,Created\nD1,25/03/2026\nD2,04/03/2026\n"_s));
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QVERIFY(r->notes.front().contains(u"day-first"_s));
    QCOMPARE(lltest::text(*ws, "SELECT date(created_at,'unixepoch') FROM leads WHERE lead_id='D2'"), u"2026-03-04"_s);
    auto m = importFile(*ws, file(u"mdy.csv"_s, u"Lead ID,Created\nM1,03/25/2026\nM2,04/03/2026\n"_s));
    QVERIFY(m.has_value());
    QCOMPARE(lltest::text(*ws, "SELECT date(created_at,'unixepoch') FROM leads WHERE lead_id='M2'"), u"2026-04-03"_s);
  }

  void explicitProfileOverridesMapping() {
    auto ws = newWorkspace();
    const QString path = file(u"odd.csv"_s, u"Ticket,Where\nT1,Hangzhou\nT2,Suzhou\n"_s);
    MappingProfile profile;
    profile.name = u"odd"_s;
    profile.shape = ExportShape::PerLead;
    profile.columns = {ColumnMapping{u"Ticket"_s, Field::LeadId, false}, ColumnMapping{u"Where"_s, Field::City, false}};
    ImportOptions o;
    o.path = path;
    o.profile = profile;
    auto r = ImportJob(*ws, o).run();
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(lltest::text(*ws, "SELECT city FROM leads WHERE lead_id='T2'"), u"Suzhou"_s);
    // The profile is remembered for this header and used next time without being named.
    auto remembered = ws->rememberedProfile(r->sheets.front().profile.sourceKey);
    QVERIFY(remembered.has_value() && remembered->has_value());
    auto again = importFile(*ws, file(u"odd2.csv"_s, u"Ticket,Where\nT3,Wuxi\n"_s));
    QVERIFY(again.has_value());
    QCOMPARE(again->sheets.front().profileOrigin, u"remembered"_s);
    QCOMPARE(lltest::text(*ws, "SELECT city FROM leads WHERE lead_id='T3'"), u"Wuxi"_s);
    QVERIFY(QFile::exists(ws->profilesDirectory() + u"/"_s + r->sheets.front().profile.sourceKey + u".json"_s));
  }

  void titleLinesAboveTheHeader() {
    // A report export: a title and the export's date above the header, ';'-separated.
    auto ws = newWorkspace();
    const QString path = file(u"report.csv"_s, u"Lead report;;\nExported 2026-03-08;;\n\n"_s +
                                                   QString(kPerLead).replace(u',', u';').replace(u"ends next month; "_s,
                                                                                                 u"ends next month, "_s));
    // The preview finds the header on row 4 and reads the separator below the title lines.
    PreviewOptions preview;
    preview.path = path;
    auto found = readPreview(preview);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
    QCOMPARE(found->detectedHeaderRow, std::optional<qint64>(4));
    QCOMPARE(found->headerRow, 4);
    QCOMPARE(found->delimiter, ';');
    QCOMPARE(QString::fromStdString(found->header.front()), u"Lead ID"_s);
    QCOMPARE(found->rowNumbers.front(), 5);
    // A plain export is read from row 1.
    preview.path = file(u"plain.csv"_s, kPerLead);
    QCOMPARE(readPreview(preview)->detectedHeaderRow, std::optional<qint64>(1));
    // A title line that names two cells (a label and a date) above a four-column header.
    preview.path = file(u"dated.csv"_s, u"Lead export - all stores\nExported;2026-11-21 07:00\n\n"
                                        u"Lead ID;Created;City;Last call duration (s)\nT1;2026-11-01;Hangzhou;120\n"_s);
    QCOMPARE(readPreview(preview)->detectedHeaderRow, std::optional<qint64>(4));
    // A header that leaves one of five columns unnamed is still the header.
    preview.path = file(u"unnamed.csv"_s, u"Leads\nLead ID,Created,,City,Channel\nT1,2026-11-01,x,Wuxi,App\n"_s);
    QCOMPARE(readPreview(preview)->detectedHeaderRow, std::optional<qint64>(2));

    // Imported with the header row given: every lead lands, rejected rows are named by their
    // row in the file.
    ImportOptions o;
    o.path = path;
    o.headerRow = 4;
    auto r = ImportJob(*ws, o).run();
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->status, ImportReport::Status::Imported);
    QCOMPARE(r->rowsRead, 3);
    QCOMPARE(count(*ws, "SELECT count(*) FROM leads"), 3);
    QCOMPARE(r->sheets.front().profile.headerRow, 4);
    const QString bad = file(u"bad.csv"_s, u"Leads\n"_s + QString(kPerLead).replace(u"2026-03-02,"_s, u"2026-13-45,"_s));
    o.path = bad;
    o.headerRow = 2;
    auto rejected = ImportJob(*ws, o).run();
    QVERIFY2(rejected.has_value(), qPrintable(rejected ? QString() : rejected.error().toString()));
    QCOMPARE(rejected->status, ImportReport::Status::Rejected);
    QCOMPARE(rejected->rejects.front().row, 4);  // L2: file row 4 (title, header, L1, L2)

    // The header row travels with the profile, to and from JSON.
    MappingProfile profile = r->sheets.front().profile;
    auto back = MappingProfile::fromJson(profile.toJson());
    QVERIFY(back);
    QCOMPARE(back->headerRow, 4);
    auto again = newWorkspace();
    ImportOptions byProfile;
    byProfile.path = path;
    byProfile.profile = *back;
    auto viaProfile = ImportJob(*again, byProfile).run();
    QVERIFY2(viaProfile.has_value(), qPrintable(viaProfile ? QString() : viaProfile.error().toString()));
    QCOMPARE(count(*again, "SELECT count(*) FROM leads"), 3);
    QJsonObject json = profile.toJson();
    json.insert(u"headerRow"_s, 0);
    QVERIFY(!MappingProfile::fromJson(json));
  }

  void xlsxWithLeadAndInteractionSheets() {
    auto ws = newWorkspace();
    const QString path = m_dir.path() + u"/crm.xlsx"_s;
    const QByteArray native = path.toLocal8Bit();
    lxw_workbook* wb = workbook_new(native.constData());
    lxw_format* dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm");
    // Interactions first in the workbook: the importer must still land leads first.
    lxw_worksheet* acts = workbook_add_worksheet(wb, "Activities");
    worksheet_write_string(acts, 0, 0, "Lead ID", nullptr);
    worksheet_write_string(acts, 0, 1, "Type", nullptr);
    worksheet_write_string(acts, 0, 2, "Date", nullptr);
    worksheet_write_string(acts, 0, 3, "Duration (s)", nullptr);
    lxw_datetime when = {2026, 3, 4, 10, 30, 0};
    worksheet_write_string(acts, 1, 0, "X1", nullptr);
    worksheet_write_string(acts, 1, 1, "Test drive", nullptr);
    worksheet_write_datetime(acts, 1, 2, &when, dateFormat);
    worksheet_write_number(acts, 1, 3, 0, nullptr);
    lxw_worksheet* leads = workbook_add_worksheet(wb, "Leads");
    worksheet_write_string(leads, 0, 0, "Lead ID", nullptr);
    worksheet_write_string(leads, 0, 1, "Created", nullptr);
    worksheet_write_string(leads, 0, 2, "City", nullptr);
    lxw_datetime created = {2026, 3, 1, 9, 0, 0};
    worksheet_write_string(leads, 1, 0, "X1", nullptr);
    worksheet_write_datetime(leads, 1, 1, &created, dateFormat);
    worksheet_write_string(leads, 1, 2, "Ningbo", nullptr);
    worksheet_write_string(leads, 2, 0, "X2", nullptr);
    worksheet_write_number(leads, 2, 1, 46083, nullptr);  // a bare Excel serial: 2026-03-02
    worksheet_write_string(leads, 2, 2, "Hangzhou", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    auto r = importFile(*ws, path);
    QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->format, u"xlsx"_s);
    QCOMPARE(r->sheets.size(), 2u);
    QCOMPARE(r->sheets[0].name, u"Leads"_s);
    QCOMPARE(r->leadsInserted, 2);
    QCOMPARE(r->leadsCreatedFromInteractions, 0);
    QCOMPARE(r->interactionsInserted, 1);
    QCOMPARE(lltest::text(*ws, "SELECT datetime(created_at,'unixepoch') FROM leads WHERE lead_id='X1'"),
             u"2026-03-01 09:00:00"_s);
    QCOMPARE(lltest::text(*ws, "SELECT date(created_at,'unixepoch') FROM leads WHERE lead_id='X2'"), u"2026-03-02"_s);
    QCOMPARE(count(*ws, "SELECT stage_rank FROM leads WHERE lead_id='X1'"), 3);

    // One sheet by name.
    auto ws2 = newWorkspace();
    ImportOptions o;
    o.path = path;
    o.sheet = u"leads"_s;
    auto one = ImportJob(*ws2, o).run();
    QVERIFY(one.has_value());
    QCOMPARE(one->sheets.size(), 1u);
    QCOMPARE(count(*ws2, "SELECT count(*) FROM interactions"), 0);
    o.sheet = u"Nope"_s;
    auto missing = ImportJob(*ws2, o).run();
    QVERIFY(!missing.has_value());
    QVERIFY(missing.error().message.contains(u"Activities"_s));
  }

  void dryRunWritesNothing() {
    auto ws = newWorkspace();
    const QByteArray before = dumpWorkspace(*ws);
    auto r = importFile(*ws, file(u"dry.csv"_s, kPerLead), false, true);
    QVERIFY(r.has_value());
    QCOMPARE(r->status, ImportReport::Status::DryRun);
    QCOMPARE(r->leadsInserted, 3);
    QCOMPARE(dumpWorkspace(*ws), before);
  }

  void cancelLeavesWorkspaceUnchanged() {
    auto ws = newWorkspace();
    QString big = u"Lead ID,Type,Date,Duration (s)\n"_s;
    for (int i = 0; i < 20000; ++i) big += u"C%1,Call,2026-03-01 10:00,%2\n"_s.arg(i % 500).arg(i);
    const QByteArray before = dumpWorkspace(*ws);
    std::atomic<bool> cancel{true};
    ImportOptions o;
    o.path = file(u"big.csv"_s, big);
    auto r = ImportJob(*ws, o).run({}, &cancel);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(dumpWorkspace(*ws), before);
  }

  void progressIsReported() {
    auto ws = newWorkspace();
    QString big = u"Lead ID,Type,Date,Duration (s)\n"_s;
    for (int i = 0; i < 10000; ++i) big += u"P%1,Call,2026-03-01 10:00,%2\n"_s.arg(i % 300).arg(i);
    ImportOptions o;
    o.path = file(u"progress.csv"_s, big);
    std::vector<ImportProgress> seen;
    auto r = ImportJob(*ws, o).run([&](const ImportProgress& p) { seen.push_back(p); });
    QVERIFY(r.has_value());
    QVERIFY(seen.size() >= 2);
    QCOMPARE(seen.back().rowsRead, 10000);
    for (std::size_t i = 1; i < seen.size(); ++i) QVERIFY(seen[i].bytesDone >= seen[i - 1].bytesDone);
  }

  void logsCarryNoPersonalData() {
    std::ostringstream captured;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
    ll::log::addSink(sink);
    auto ws = newWorkspace();
    auto ok = importFile(*ws, file(u"pii.csv"_s, kPerLead));
    QString bad = kPerLead;
    bad.replace(u"2026-03-05,125"_s, u"2026-03-05,not-a-number"_s);
    auto rejected = importFile(*ws, file(u"pii-bad.csv"_s, bad));
    ll::log::removeSink(sink);
    QVERIFY(ok.has_value() && rejected.has_value());
    const QString logged = QString::fromStdString(captured.str());
    QVERIFY(logged.contains(u"pii.csv"_s));  // the capture did see the import
    for (const QString& secret : {u"Wei Zhang"_s, u"139 0000"_s, u"Lease ends"_s, u"not-a-number"_s})
      QVERIFY2(!logged.contains(secret), qPrintable(secret));
  }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
