// Call sheets: which leads each specialist gets and in which order, the CSV and XLSX files read
// back with the project's own readers, phone masking, cue detection, and no personal data in logs.

#include "crm/callsheet.h"
#include "crm/queuequery.h"
#include "crm/csvreader.h"
#include "crm/sqlite.h"
#include "crm/workspace.h"
#include "crm/xlsxreader.h"
#include "common/logging.h"

#include <spdlog/sinks/ostream_sink.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace Qt::StringLiterals;
using namespace ll::crm;

namespace {

struct LeadSpec {
  const char* leadId;
  const char* specialist;  // nullptr: unassigned
  int stage;
  std::int64_t lastContact;
  const char* outcome;  // nullptr: open
  QString name;
  QString phone;
  QStringList notes;  // oldest first
};

constexpr std::int64_t kT0 = 1'717'200'000;  // 2024-06-01

std::string utf8(const QString& s) { return s.toStdString(); }

std::vector<QString> readRow(TableSource& src, Row& row) {
  std::vector<QString> out;
  for (auto c : row.cells) out.push_back(QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size())));
  (void)src;
  return out;
}

}  // namespace

class TestCallSheet : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  std::unique_ptr<Workspace> m_ws;
  std::vector<LeadSpec> m_leads;
  int m_run = 0;

  void insertLeads() {
    auto& db = m_ws->database();
    auto lead = db.prepare(
        "INSERT INTO leads (lead_id, created_at, specialist_id, specialist_tier, customer_name, phone, stage_rank,"
        " outcome, last_contact_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto note = db.prepare("INSERT INTO interactions (lead_id, fingerprint, kind, at, text) VALUES (?1, ?2, 'call', ?3, ?4)");
    int fp = 0;
    for (const LeadSpec& l : m_leads) {
      const std::string name = utf8(l.name), phone = utf8(l.phone);
      lead.bindText(1, l.leadId).bind(2, kT0 - 86400 * 30);
      if (l.specialist) lead.bindText(3, l.specialist).bindText(4, "A");
      else lead.bindNull(3).bindNull(4);
      lead.bindTextOrNull(5, name).bindTextOrNull(6, phone).bind(7, l.stage);
      if (l.outcome) lead.bindText(8, l.outcome);
      else lead.bindNull(8);
      lead.bind(9, l.lastContact);
      lead.run();
      const std::int64_t rowId = db.lastInsertRowId();
      std::int64_t at = l.lastContact - 86400 * l.notes.size();
      for (const QString& n : l.notes) {
        at += 86400;
        const std::string t = utf8(n);
        note.bind(1, rowId).bind(2, ++fp).bind(3, at).bindText(4, t);
        note.run();
      }
    }
  }

  std::int64_t rowId(const char* leadId) {
    auto s = m_ws->database().prepare("SELECT id FROM leads WHERE lead_id = ?1");
    s.bindText(1, leadId);
    s.step();
    return s.columnInt(0);
  }

  CallSheet build(const std::vector<QString>& specialists, int each, bool mask = false) {
    auto svc = CallSheetService::open(m_ws->databasePath());
    if (!svc) qFatal("open failed");
    CallSheetRequest req;
    req.specialists = specialists;
    req.leadsEach = each;
    req.maskPhones = mask;
    req.now = kT0;
    auto sheet = (*svc)->build(req);
    if (!sheet) qFatal("build failed: %s", qPrintable(sheet.error().toString()));
    return *sheet;
  }

  static QStringList ids(const CallSheetSection& s) {
    QStringList out;
    for (const auto& l : s.leads) out << l.leadId;
    return out;
  }

 private slots:
  void init() {
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path() + u"/ws-"_s + QString::number(++m_run);
    auto ws = Workspace::open(dir);
    QVERIFY2(ws.has_value(), ws ? "" : qPrintable(ws.error().toString()));
    m_ws = std::move(*ws);
    m_leads = {
        // S1: five open leads of different stages and recency, one won.
        {"L1", "S1", 1, kT0 - 86400 * 1, nullptr, u"Alice Wong"_s, u"+86 139 1234 5678"_s,
         {u"Sent the brochure."_s, u"Lease on the current car ends next month, needs something lined up."_s}},
        {"L2", "S1", 3, kT0 - 86400 * 5, nullptr, u"张伟"_s, u"13912345678"_s,
         {u"要先和老婆商量。"_s, u"问了定金怎么交、能不能退。"_s}},
        {"L3", "S1", 3, kT0 - 86400 * 2, nullptr, u"李娜"_s, u"+86 138 0000 1111"_s,
         {u"同时在看某品牌，在等降价再决定。"_s}},
        {"L4", "S1", 0, kT0 - 86400 * 9, nullptr, u"Bob \"Bobby\" Lee, Jr."_s, u"(021) 5555-0100"_s,
         {u"=HYPERLINK(\"http://x\",\"click\")\nsecond line"_s}},
        {"L5", "S1", 2, kT0 - 86400 * 3, nullptr, u"Carol"_s, QString(), {}},
        {"L6", "S1", 4, kT0, "won", u"Won Customer"_s, u"13700000000"_s, {u"Asked about delivery dates."_s}},
        // S2: three open leads.
        {"M1", "S2", 2, kT0 - 86400 * 4, nullptr, u"王芳"_s, u"+86 136 2222 3333"_s,
         {u"Trade-in appraisal booked for Saturday."_s}},
        {"M2", "S2", 2, kT0 - 86400 * 1, nullptr, u"刘洋"_s, u"+86 135 4444 5555"_s,
         {u"Asked about delivery dates for the Model X."_s, u"Customer busy, call back later."_s}},
        {"M3", "S2", 0, kT0 - 86400 * 20, nullptr, u"陈静"_s, u"+86 133 6666 7777"_s, {}},
        // Unassigned.
        {"U1", nullptr, 1, kT0 - 86400 * 6, nullptr, u"赵磊"_s, u"13811112222"_s, {}},
    };
    insertLeads();
  }

  void cleanup() { m_ws.reset(); }

  void specialistsWithOpenCounts() {
    auto svc = CallSheetService::open(m_ws->databasePath());
    QVERIFY(svc.has_value());
    auto list = (*svc)->specialists();
    QVERIFY(list.has_value());
    QCOMPARE(list->size(), std::size_t(3));
    QCOMPARE((*list)[0].id, u"S1"_s);
    QCOMPARE((*list)[0].openLeads, 5);  // the won lead does not count
    QCOMPARE((*list)[1].id, u"S2"_s);
    QCOMPARE((*list)[1].openLeads, 3);
    QVERIFY((*list)[2].id.isEmpty());  // unassigned last
    QCOMPARE((*list)[2].openLeads, 1);
  }

  void funnelRecencyOrderWithoutRun() {
    const CallSheet sheet = build({u"S2"_s, u"S1"_s}, 4);
    QVERIFY(!sheet.scoringRunId);
    QCOMPARE(sheet.rankingPolicy, u"funnel_recency"_s);
    QCOMPARE(sheet.sections.size(), std::size_t(2));
    // Sections in the order asked for; deepest stage first, then the most recent contact.
    QCOMPARE(sheet.sections[0].specialistId, u"S2"_s);
    QCOMPARE(ids(sheet.sections[0]), (QStringList{u"M2"_s, u"M1"_s, u"M3"_s}));
    QCOMPARE(sheet.sections[1].specialistId, u"S1"_s);
    QCOMPARE(ids(sheet.sections[1]), (QStringList{u"L3"_s, u"L2"_s, u"L5"_s, u"L1"_s}));
    QCOMPARE(sheet.leadCount(), 7);
    QCOMPARE(sheet.sections[1].leads[0].position, 1);
    QCOMPARE(sheet.sections[1].leads[3].position, 4);
    // Unscored: the tier is the queue tier of the funnel stage; a quote counts as a test drive.
    QCOMPARE(sheet.sections[1].leads[0].tier, u"test_drive"_s);
    QCOMPARE(CallSheetLabels{}.tierText(u"test_drive"_s), u"Test drive done"_s);
    QCOMPARE(CallSheetLabels{}.tierText(u"hot"_s), u"hot"_s);
    QCOMPARE(QString::fromLatin1(ll::crm::queueTierOfStage(ll::crm::Stage::Quote)), u"test_drive"_s);
    QCOMPARE(QString::fromLatin1(ll::crm::queueTierOfStage(ll::crm::Stage::StoreVisit)), u"store_visit"_s);
    QCOMPARE(QString::fromLatin1(ll::crm::queueTierOfStage(ll::crm::Stage::New)), u"new"_s);  // another funnel's tier, by its key
    QVERIFY(!sheet.sections[1].leads[0].probability);
  }

  void unassignedSection() {
    const CallSheet sheet = build({QString()}, 20);
    QCOMPARE(ids(sheet.sections[0]), QStringList{u"U1"_s});
  }

  void scoringRunOrder() {
    auto& db = m_ws->database();
    db.exec("INSERT INTO scoring_runs (id, model_fingerprint, policy, snapshot_at, started_at, finished_at)"
            " VALUES (1, 'old', 'model', 0, 0, 10), (2, 'new', 'model', 0, 0, 20),"
            " (3, 'unfinished', 'model', 0, 0, NULL)");
    auto s = db.prepare("INSERT INTO scores (run_id, lead_id, probability, pair_score, rank, tier) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    // Run 2 (latest finished) ranks L5 first, then L1, L4; L2 and L3 are not in it.
    s.bind(1, 2).bind(2, rowId("L5")).bind(3, 0.9).bind(4, 2.5).bind(5, 1).bindText(6, "hot");
    s.run();
    s.bind(1, 2).bind(2, rowId("L1")).bind(3, 0.5).bind(4, 1.0).bind(5, 7).bindText(6, "warm");
    s.run();
    s.bind(1, 2).bind(2, rowId("L4")).bind(3, 0.1).bind(4, -1.0).bind(5, 30).bindText(6, "cold");
    s.run();
    // Run 1 and the unfinished run 3 would order differently.
    s.bind(1, 1).bind(2, rowId("L2")).bind(3, 0.99).bind(4, 9.0).bind(5, 1).bindText(6, "hot");
    s.run();
    s.bind(1, 3).bind(2, rowId("L3")).bind(3, 0.99).bind(4, 9.0).bind(5, 1).bindText(6, "hot");
    s.run();

    const CallSheet sheet = build({u"S1"_s}, 20);
    QCOMPARE(sheet.scoringRunId, std::optional<qint64>(2));
    // Scored leads in rank order, then the unscored in Funnel+Recency order.
    QCOMPARE(ids(sheet.sections[0]), (QStringList{u"L5"_s, u"L1"_s, u"L4"_s, u"L3"_s, u"L2"_s}));
    const auto& first = sheet.sections[0].leads[0];
    QCOMPARE(first.runRank, std::optional<qint64>(1));
    QCOMPARE(first.tier, u"hot"_s);
    QCOMPARE(first.probability, std::optional<double>(0.9));
    QCOMPARE(first.score, std::optional<double>(2.5));
    QVERIFY(!sheet.sections[0].leads[3].runRank);

    const CallSheet two = build({u"S1"_s}, 2);
    QCOMPARE(ids(two.sections[0]), (QStringList{u"L5"_s, u"L1"_s}));
  }

  void notesAndCues() {
    const CallSheet sheet = build({u"S1"_s}, 20);
    std::map<QString, const CallSheetLead*> byId;
    for (const auto& l : sheet.sections[0].leads) byId[l.leadId] = &l;
    // The last note is the latest one; cues come from all recent notes.
    QCOMPARE(byId[u"L1"_s]->lastNote, u"Lease on the current car ends next month, needs something lined up."_s);
    QCOMPARE(byId[u"L1"_s]->cues, std::vector<Cue>{Cue::Deadline});
    QCOMPARE(byId[u"L2"_s]->cues, (std::vector<Cue>{Cue::Family, Cue::Deposit}));
    QCOMPARE(byId[u"L3"_s]->cues, (std::vector<Cue>{Cue::Competitor, Cue::PriceCut}));
    QVERIFY(byId[u"L5"_s]->cues.empty());
    QVERIFY(byId[u"L5"_s]->lastNote.isEmpty());
    const CallSheetLabels labels;
    QCOMPARE(labels.talkingPointsText({}), u"no cues"_s);
    QVERIFY(labels.talkingPointsText({Cue::Family, Cue::Deposit}).contains(u"; "_s));
  }

  void cueKeywords_data() {
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("cue");
    QTest::newRow("lease en") << u"Says their lease is up soon and they don't want a gap."_s << u"deadline"_s;
    QTest::newRow("lease zh") << u"现在的车租约下个月到期，想在那之前定下来。"_s << u"deadline"_s;
    QTest::newRow("spouse en") << u"Spouse is against it for now."_s << u"family"_s;
    QTest::newRow("spouse zh") << u"爱人暂时不同意。"_s << u"family"_s;
    QTest::newRow("competitor en") << u"Also looking at the Zeta 7."_s << u"competitor"_s;
    QTest::newRow("competitor zh") << u"在Model X和Zeta之间犹豫。"_s << u"competitor"_s;
    QTest::newRow("price cut en") << u"Waiting for a price cut before deciding."_s << u"price_cut"_s;
    QTest::newRow("price cut zh") << u"听说下个季度要降价，想再等等。"_s << u"price_cut"_s;
    QTest::newRow("trade-in en") << u"Wants to trade in the sedan, asked about the subsidy."_s << u"trade_in"_s;
    QTest::newRow("trade-in zh") << u"想置换轿车，问了置换补贴。"_s << u"trade_in"_s;
    QTest::newRow("delivery en") << u"Wanted to know how soon the car could be delivered."_s << u"delivery"_s;
    QTest::newRow("delivery zh") << u"想知道最快多久能提车。"_s << u"delivery"_s;
    QTest::newRow("deposit en") << u"Customer: \"Can I put the deposit down online?\""_s << u"deposit"_s;
    QTest::newRow("deposit zh") << u"客户：“定金能在线上交吗？”"_s << u"deposit"_s;
    QTest::newRow("none en") << u"Asked which colours are available."_s << QString();
    QTest::newRow("none zh") << u"问有哪些颜色。"_s << QString();
  }

  void cueKeywords() {
    QFETCH(QString, note);
    QFETCH(QString, cue);
    const auto cues = detectCues({note});
    if (cue.isEmpty()) {
      QVERIFY(cues.empty());
    } else {
      QCOMPARE(cues.size(), std::size_t(1));
      QCOMPARE(QString::fromLatin1(cueKey(cues[0])), cue);
    }
  }

  void maskPhoneFormats_data() {
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("intl spaced") << u"+86 139 1234 5678"_s << u"+86 139 **** 5678"_s;
    QTest::newRow("mobile") << u"13912345678"_s << u"139****5678"_s;
    QTest::newRow("intl dashes") << u"+1-415-555-0100"_s << u"+1-415-***-0100"_s;
    QTest::newRow("landline") << u"(021) 5555-0100"_s << u"(021) ****-0100"_s;
    QTest::newRow("short") << u"5550100"_s << u"***0100"_s;
    QTest::newRow("tiny") << u"123"_s << u"***"_s;
    QTest::newRow("empty") << QString() << QString();
  }

  void maskPhoneFormats() {
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(maskPhone(phone), masked);
  }

  void maskingOnlyTouchesPhones() {
    const std::vector<QString> who{u"S1"_s, u"S2"_s, QString()};
    const CallSheet plain = build(who, 20, false);
    const CallSheet masked = build(who, 20, true);
    QVERIFY(masked.phonesMasked);
    const CallSheetLabels labels;
    const int phoneCol = static_cast<int>(labels.header().indexOf(labels.phone));
    QVERIFY(phoneCol >= 0);
    int phones = 0;
    for (std::size_t s = 0; s < plain.sections.size(); ++s)
      for (std::size_t i = 0; i < plain.sections[s].leads.size(); ++i) {
        const QStringList a = callSheetRow(plain.sections[s], plain.sections[s].leads[i], labels);
        const QStringList b = callSheetRow(masked.sections[s], masked.sections[s].leads[i], labels);
        for (int c = 0; c < a.size(); ++c) {
          if (c != phoneCol) {
            QCOMPARE(b[c], a[c]);
            continue;
          }
          if (a[c].isEmpty()) continue;
          ++phones;
          QVERIFY(b[c] != a[c]);
          QVERIFY(b[c].contains(u"****"_s) || b[c].contains(u"***"_s));
          QCOMPARE(b[c].right(4), a[c].right(4));  // the last four digits stay
          QCOMPARE(b[c].size(), a[c].size());
        }
      }
    QCOMPARE(phones, 8);
  }

  void csvRoundTrip() {
    const CallSheet sheet = build({u"S1"_s, u"S2"_s}, 20, false);
    const QString path = m_dir.path() + u"/sheet.csv"_s;
    CallSheetLabels labels;
    labels.name = u"姓名"_s;  // translated headers go through as well
    labels.tiers[u"test_drive"_s] = u"已试驾"_s;  // and translated tier names
    QVERIFY(writeCallSheetCsv(sheet, path, labels).has_value());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QCOMPARE(bytes.count("\r\n"), 9);  // header + 8 leads, every line ends in CRLF
    QCOMPARE(bytes.count('\n'), 9);

    auto reader = CsvReader::open(path);
    QVERIFY2(reader.has_value(), reader ? "" : qPrintable(reader.error().toString()));
    QVERIFY((*reader)->hadBom());
    QCOMPARE((*reader)->encoding(), u"UTF-8"_s);
    QCOMPARE(static_cast<qsizetype>((*reader)->header().size()), labels.header().size());
    QCOMPARE(QString::fromStdString((*reader)->header()[4]), u"姓名"_s);
    Row row;
    std::vector<std::vector<QString>> rows;
    while ((*reader)->next(row)) rows.push_back(readRow(**reader, row));
    QVERIFY(!(*reader)->error());
    QCOMPARE(rows.size(), std::size_t(8));
    std::size_t k = 0;
    for (const auto& s : sheet.sections)
      for (const auto& l : s.leads) {
        const auto& r = rows[k++];
        QCOMPARE(r[0], s.specialistId);
        QCOMPARE(r[3], l.leadId);
        QCOMPARE(r[4], l.customerName);  // Chinese, quotes and commas survive
        QCOMPARE(r[5], l.phone);
        QCOMPARE(r[6], labels.tierText(l.tier));
        if (l.tier == u"test_drive"_s) QCOMPARE(r[6], u"已试驾"_s);
        QCOMPARE(r[11], labels.talkingPointsText(l.cues));
        if (l.leadId == u"L4"_s) {
          // A note that looks like a formula is neutralised; the shortened note is one line.
          QVERIFY(r[10].startsWith(u"'=HYPERLINK"_s));
          QVERIFY(r[10].contains(u"second line"_s));
        } else {
          QCOMPARE(r[10], l.lastNote);
        }
      }
  }

  void xlsxRoundTrip() {
    auto& db = m_ws->database();
    db.exec("INSERT INTO scoring_runs (id, model_fingerprint, policy, snapshot_at, started_at, finished_at)"
            " VALUES (5, 'm', 'model', 0, 0, 10)");
    auto s = db.prepare("INSERT INTO scores (run_id, lead_id, probability, pair_score, rank, tier) VALUES (5, ?1, ?2, ?3, ?4, 'hot')");
    s.bind(1, rowId("M1")).bind(2, 0.25).bind(3, 1.5).bind(4, 3);
    s.run();
    const CallSheet sheet = build({u"S1"_s, u"S2"_s, QString()}, 20, true);
    const QString path = m_dir.path() + u"/sheet.xlsx"_s;
    QVERIFY(writeCallSheetXlsx(sheet, path).has_value());
    QVERIFY(!QFile::exists(path + u".part"_s));
    auto book = XlsxWorkbook::open(path);
    QVERIFY2(book.has_value(), book ? "" : qPrintable(book.error().toString()));
    // One worksheet per specialist, named by the id.
    QCOMPARE((*book)->sheets().size(), std::size_t(3));
    QCOMPARE((*book)->sheets()[0].name, u"S1"_s);
    QCOMPARE((*book)->sheets()[1].name, u"S2"_s);
    QCOMPARE((*book)->sheets()[2].name, u"(unassigned)"_s);
    const CallSheetLabels labels;
    for (std::size_t i = 0; i < sheet.sections.size(); ++i) {
      auto src = (*book)->openSheet(static_cast<int>(i));
      QVERIFY(src.has_value());
      QStringList header;
      for (const auto& h : (*src)->header()) header << QString::fromStdString(h);
      QCOMPARE(header, labels.header());
      Row row;
      std::size_t n = 0;
      while ((*src)->next(row)) {
        const auto r = readRow(**src, row);
        const CallSheetLead& l = sheet.sections[i].leads[n++];
        QCOMPARE(r[1].toDouble(), double(l.position));
        QCOMPARE(r[3], l.leadId);
        QCOMPARE(r[4], l.customerName);
        QCOMPARE(r[5], l.phone);
        if (!l.phone.isEmpty()) QVERIFY(r[5].contains(u'*'));
        if (l.probability) {
          QCOMPARE(r[2].toDouble(), double(*l.runRank));
          QCOMPARE(r[7].toDouble(), *l.probability);
          QCOMPARE(r[8].toDouble(), *l.score);
        }
        QCOMPARE(r[10], l.lastNote);
      }
      QVERIFY(!(*src)->error());
      QCOMPARE(n, sheet.sections[i].leads.size());
    }
  }

  void sheetNames() {
    QStringList taken;
    QCOMPARE(xlsxSheetName(u"a/b:c"_s, taken, u"x"_s), u"a_b_c"_s);
    QCOMPARE(xlsxSheetName(u"A_B_C"_s, taken, u"x"_s), u"A_B_C (2)"_s);  // names are case-insensitive
    const QString longName = xlsxSheetName(QString(40, u'z'), taken, u"x"_s);
    QCOMPARE(longName.size(), 31);
    QCOMPARE(xlsxSheetName(QString(), taken, u"none"_s), u"none"_s);
  }

  void cancel() {
    auto svc = CallSheetService::open(m_ws->databasePath());
    QVERIFY(svc.has_value());
    CallSheetRequest req;
    req.specialists = {u"S1"_s, u"S2"_s};
    auto r = (*svc)->build(req, [](qint64 done, qint64) { return done < 1; });
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ll::ErrorCode::Cancelled);
    req.leadsEach = 0;
    QVERIFY(!(*svc)->build(req).has_value());
  }

  void namesNeverLogged() {
    std::ostringstream captured;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
    ll::log::addSink(sink);
    auto logger = ll::log::get("export");
    logger->set_level(spdlog::level::trace);
    const CallSheet sheet = build({u"S1"_s, u"S2"_s}, 20, false);
    QVERIFY(writeCallSheetCsv(sheet, m_dir.path() + u"/log.csv"_s).has_value());
    QVERIFY(writeCallSheetXlsx(sheet, m_dir.path() + u"/log.xlsx"_s).has_value());
    logger->flush();
    ll::log::removeSink(sink);
    const QString log = QString::fromStdString(captured.str());
    QVERIFY2(log.contains(u"call sheet"_s), "the export should log what it did (counts)");
    for (const LeadSpec& l : m_leads) {
      if (!l.name.isEmpty()) QVERIFY2(!log.contains(l.name), qPrintable(l.name));
      if (!l.phone.isEmpty()) QVERIFY(!log.contains(l.phone));
      for (const QString& n : l.notes) QVERIFY(!log.contains(n.left(12)));
    }
  }
};

QTEST_GUILESS_MAIN(TestCallSheet)
#include "tst_callsheet.moc"
