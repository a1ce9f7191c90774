// The queue service without a window: tiers and their counts, the order inside each queue,
// every filter, full-text search in English and Chinese, paging, the Funnel+Recency fallback
// and ranking by the latest scoring run. Expected orders are computed here from the fixture's
// own description of each lead, not read back from the implementation.

#include "crm/importjob.h"
#include "crm/migrations.h"
#include "crm/queuequery.h"
#include "crm/searchtext.h"
#include "crm/sqlite.h"
#include "crm/workspace.h"
#include "testutil.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace ll;
using namespace ll::crm;

namespace {

constexpr int kLeads = 60;
const char* const kChannels[] = {"App", "Web", "Walk-in"};
const char* const kCities[] = {"Shanghai", "Beijing", "Hangzhou", "Suzhou"};

qint64 utc(int month, int day, int hour = 0) {
  return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// What the fixture says about lead i.
struct Lead {
  int index = 0;
  QString id;
  qint64 created = 0;
  QString channel, city, specialist;
  int stage = 0;                    // deepest stage
  std::optional<qint64> lastContact;
  bool closed = false;
  QString tier;
};

Lead describe(int i) {
  Lead l;
  l.index = i;
  l.id = u"L%1"_s.arg(i, 3, 10, QChar(u'0'));
  l.created = utc(1, 1 + i % 28, 8);
  l.channel = QString::fromLatin1(kChannels[i % 3]);
  l.city = QString::fromLatin1(kCities[i % 4]);
  l.specialist = u"S%1"_s.arg(i % 5);
  const int kind = i % 7;  // 0 new, 1 call, 2 visit, 3 test drive, 4 quote, 5 won, 6 lost
  const qint64 contact = utc(2, 1 + (i * 7) % 25, 9 + i % 8);
  l.stage = kind == 0 ? 0 : kind == 1 ? 1 : kind == 2 ? 2 : kind == 3 ? 3 : kind == 4 ? 4 : 1;
  if (kind != 0) l.lastContact = contact;
  l.closed = kind >= 5;
  l.tier = l.stage >= 3 ? u"test_drive"_s : l.stage == 2 ? u"store_visit"_s : l.stage == 1 ? u"engaged"_s : u"new"_s;
  return l;
}

QByteArray leadsCsv() {
  QByteArray csv = "Lead ID,Created,Channel,City,Specialist\n";
  for (int i = 0; i < kLeads; ++i) {
    const Lead l = describe(i);
    csv += (l.id + u","_s + QDateTime::fromSecsSinceEpoch(l.created, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s) +
            u","_s + l.channel + u","_s + l.city + u","_s + l.specialist + u"\n"_s)
               .toUtf8();
  }
  return csv;
}

// Notes that the search tests look for, on a few leads.
QString noteFor(int i) {
  switch (i) {
    case 1: return u"Lease on the current car ends next month; wants financing options."_s;
    case 8: return u"客户说租约下个月到期，想了解金融方案"_s;
    case 15: return u"Compared prices with a competitor, 还在考虑竞品"_s;
    case 22: return u"Spouse must agree before signing"_s;
    default: return {};
  }
}

QByteArray interactionsCsv() {
  QByteArray csv = "Lead ID,Type,Date,Duration (s),Notes\n";
  const auto row = [&](const Lead& l, const char* type, qint64 at, const QString& note, int duration = 0) {
    csv += (l.id + u","_s + QString::fromLatin1(type) + u","_s +
            QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u","_s +
            (duration ? QString::number(duration) : QString()) + u",\""_s + note + u"\"\n"_s)
               .toUtf8();
  };
  for (int i = 0; i < kLeads; ++i) {
    const Lead l = describe(i);
    if (!l.lastContact) continue;
    const qint64 t = *l.lastContact;
    const QString note = noteFor(i);
    switch (i % 7) {
      case 1: row(l, "call", t, note, 120); break;
      case 2: row(l, "call", t - 86400, note, 60); row(l, "store visit", t, {}); break;
      case 3: row(l, "test drive", t, note); break;
      case 4: row(l, "test drive", t - 3600, note); row(l, "quote", t, {}); break;
      case 5: row(l, "call", t, note, 60); row(l, "order lock", t + 3600, {}); break;
      case 6: row(l, "call", t, note, 60); row(l, "defeat", t + 3600, {}); break;
      default: break;
    }
  }
  return csv;
}

// Funnel+Recency: deepest stage, newest contact (none last), newest lead, then import order.
bool funnelRecencyBefore(const Lead& a, const Lead& b) {
  if (a.stage != b.stage) return a.stage > b.stage;
  if (a.lastContact != b.lastContact) {
    if (!a.lastContact) return false;
    if (!b.lastContact) return true;
    return *a.lastContact > *b.lastContact;
  }
  if (a.created != b.created) return a.created > b.created;
  return a.index < b.index;
}

std::vector<Lead> openLeads() {
  std::vector<Lead> out;
  for (int i = 0; i < kLeads; ++i)
    if (!describe(i).closed) out.push_back(describe(i));
  std::sort(out.begin(), out.end(), funnelRecencyBefore);
  return out;
}

QStringList ids(const std::vector<Lead>& leads) {
  QStringList out;
  for (const auto& l : leads) out << l.id;
  return out;
}

QStringList ids(const std::vector<QueueRow>& rows) {
  QStringList out;
  for (const auto& r : rows) out << r.leadId;
  return out;
}

template <class Pred>
std::vector<Lead> where(Pred pred) {
  std::vector<Lead> out;
  for (const auto& l : openLeads())
    if (pred(l)) out.push_back(l);
  return out;
}

}  // namespace

class TestQueues : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  std::unique_ptr<Workspace> m_ws;
  int m_files = 0;

  void import(const QByteArray& csv) {
    const QString path = lltest::writeFile(m_dir.path(), u"in%1.csv"_s.arg(++m_files), csv);
    ImportOptions options;
    options.path = path;
    ImportJob job(*m_ws, options);
    auto report = job.run();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
  }

  std::vector<QueueRow> all(const QueueQuery& q, QueueSpec spec) {
    auto rows = q.rows(spec, 0, 10'000);
    if (!rows) qWarning("%s", qPrintable(rows.error().toString()));
    return rows ? *rows : std::vector<QueueRow>{};
  }

  qint64 rowIdOf(const QString& leadId) {
    auto st = m_ws->database().prepare("SELECT id FROM leads WHERE lead_id = ?1");
    const std::string id = leadId.toStdString();
    st.bindText(1, id);
    return st.step() ? st.columnInt(0) : -1;
  }

  // A finished scoring run that ranks the open leads by `order` (first = rank 1).
  qint64 insertRun(const QStringList& order, const QStringList& tiers = {}, qint64 finishedAt = 1'780'000'000,
                   ll::sql::Database* connection = nullptr) {
    auto& db = connection ? *connection : m_ws->database();
    auto run = db.prepare(
        "INSERT INTO scoring_runs (model_fingerprint, model_path, policy, snapshot_at, started_at, finished_at,"
        " lead_count, params_json) VALUES ('abc123', '/models/asllr-demo', 'model', ?1, ?1, ?1, ?2,"
        " '{\"model_name\":\"asLLR demo\"}')");
    run.bind(1, finishedAt).bind(2, order.size());
    run.run();
    const qint64 runId = db.lastInsertRowId();
    auto score = db.prepare(
        "INSERT INTO scores (run_id, lead_id, probability, pair_score, rank, tier) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (int i = 0; i < order.size(); ++i) {
      score.bind(1, runId).bind(2, rowIdOf(order[i]));
      score.bind(3, 0.9 / (1 + i % 10));  // probability does not follow the rank exactly
      score.bind(4, 10.0 - i * 0.1).bind(5, i + 1);
      const std::string tier = tiers.isEmpty() ? std::string() : tiers[i % tiers.size()].toStdString();
      score.bindTextOrNull(6, tier);
      score.run();
    }
    return runId;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.path() + u"/ws"_s);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
    m_ws = std::move(*ws);
    import(leadsCsv());
    import(interactionsCsv());
  }

  void searchTextSplitsChineseIntoBigrams() {
    QCOMPARE(QString::fromStdString(searchIndexText("lease ends")), u"lease ends"_s);
    QCOMPARE(QString::fromStdString(searchIndexText("客户说ok")), u" 客户 户说 说 ok"_s);
    QCOMPARE(QString::fromStdString(searchIndexText("租")), u" 租 "_s);
    QCOMPARE(QString::fromStdString(*searchMatchExpression(u"租约"_s)), u"\" 租约 \""_s);
    QCOMPARE(QString::fromStdString(*searchMatchExpression(u"租"_s)), u"\" 租 \"*"_s);
    QCOMPARE(QString::fromStdString(*searchMatchExpression(u"lea"_s)), u"\"lea\"*"_s);
    QCOMPARE(QString::fromStdString(*searchMatchExpression(u"say \"hi\""_s)), u"\"say\"* \"\"\"hi\"\"\"*"_s);
    QVERIFY(!searchMatchExpression(u"  ,. "_s));
    QVERIFY(!searchMatchExpression({}));
  }

  void baselineRanksByFunnelAndRecency() {
    QueueQuery q(*m_ws);
    auto policy = q.refresh();
    QVERIFY(policy);
    QVERIFY(!policy->model);
    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    const auto rows = all(q, spec);
    const auto expected = openLeads();
    QCOMPARE(ids(rows), ids(expected));
    QCOMPARE(*q.count(spec), qint64(expected.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
      QCOMPARE(rows[i].rank.value_or(-1), qint64(i + 1));  // the global rank
      QVERIFY(!rows[i].score && !rows[i].probability);
      QCOMPARE(rows[i].tier, expected[i].tier);
      QCOMPARE(rows[i].city, expected[i].city);
      QCOMPARE(rows[i].lastContactAt, expected[i].lastContact);
    }
    // The hot list is the head of the same order, by count or by share.
    spec.kind = QueueSpec::Kind::HotList;
    spec.hotCount = 7;
    QCOMPARE(ids(all(q, spec)), ids(expected).mid(0, 7));
    QCOMPARE(*q.count(spec), 7);
    spec.hotPercent = 10.0;
    const int tenPercent = int(std::ceil(expected.size() * 0.1));
    QCOMPARE(*q.count(spec), tenPercent);
    QCOMPARE(ids(all(q, spec)), ids(expected).mid(0, tenPercent));
    // Age counts to the newest time in the workspace.
    QVERIFY(q.asOf());
    QCOMPARE(rows.front().ageDays.value_or(-1), (*q.asOf() - expected.front().created) / 86400);
  }

  void countsAndOrdersEachTier() {
    QueueQuery q(*m_ws);
    QVERIFY(q.refresh());
    auto counts = q.tierCounts({});
    QVERIFY(counts);
    QCOMPARE(counts->size(), std::size_t(4));
    const QStringList tiers = {u"test_drive"_s, u"store_visit"_s, u"engaged"_s, u"new"_s};
    for (int t = 0; t < 4; ++t) {
      const auto expected = where([&](const Lead& l) { return l.tier == tiers[t]; });
      QCOMPARE((*counts)[std::size_t(t)].tier, tiers[t]);
      QCOMPARE((*counts)[std::size_t(t)].count, qint64(expected.size()));
      QVERIFY(!expected.empty());
      QueueSpec spec;
      spec.kind = QueueSpec::Kind::Tier;
      spec.tier = tiers[t];
      QCOMPARE(ids(all(q, spec)), ids(expected));
      QCOMPARE(*q.count(spec), qint64(expected.size()));
    }
    // Counts follow the other filters.
    QueueFilter f;
    f.city = u"Beijing"_s;
    counts = q.tierCounts(f);
    QCOMPARE((*counts)[0].count, qint64(where([](const Lead& l) { return l.tier == u"test_drive"_s && l.city == u"Beijing"_s; }).size()));
  }

  void filtersEachColumn() {
    QueueQuery q(*m_ws);
    QVERIFY(q.refresh());
    const auto check = [&](const QueueFilter& f, auto pred) {
      QueueSpec spec;
      spec.kind = QueueSpec::Kind::AllOpen;
      spec.filter = f;
      const auto expected = where(pred);
      QVERIFY(!expected.empty());
      QCOMPARE(ids(all(q, spec)), ids(expected));
      QCOMPARE(*q.count(spec), qint64(expected.size()));
    };
    QueueFilter f;
    f.specialist = u"S3"_s;
    check(f, [](const Lead& l) { return l.specialist == u"S3"_s; });
    f = {};
    f.city = u"Hangzhou"_s;
    check(f, [](const Lead& l) { return l.city == u"Hangzhou"_s; });
    f = {};
    f.channel = u"Walk-in"_s;
    check(f, [](const Lead& l) { return l.channel == u"Walk-in"_s; });
    f = {};
    f.tier = u"store_visit"_s;
    check(f, [](const Lead& l) { return l.tier == u"store_visit"_s; });
    f = {};
    f.createdFrom = utc(1, 10);
    f.createdTo = utc(1, 20);
    check(f, [&](const Lead& l) { return l.created >= utc(1, 10) && l.created < utc(1, 20); });
    f = {};
    f.contactFrom = utc(2, 5);
    f.contactTo = utc(2, 15);
    check(f, [&](const Lead& l) { return l.lastContact && *l.lastContact >= utc(2, 5) && *l.lastContact < utc(2, 15); });
    f = {};
    f.city = u"Shanghai"_s;
    f.channel = u"App"_s;
    check(f, [](const Lead& l) { return l.city == u"Shanghai"_s && l.channel == u"App"_s; });
    // A filter that matches nothing is an empty queue, not an error.
    f = {};
    f.city = u"Atlantis"_s;
    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    spec.filter = f;
    QCOMPARE(*q.count(spec), 0);
    QVERIFY(all(q, spec).empty());
  }

  void searchesNotesInEnglishAndChinese() {
    QueueQuery q(*m_ws);
    QVERIFY(q.refresh());
    const auto found = [&](const QString& text) {
      QueueSpec spec;
      spec.kind = QueueSpec::Kind::AllOpen;
      spec.filter.search = text;
      QStringList out = ids(all(q, spec));
      out.sort();
      return out;
    };
    QCOMPARE(found(u"lease"_s), QStringList{u"L001"_s});
    QCOMPARE(found(u"LEASE month"_s), QStringList{u"L001"_s});  // case-insensitive, every term
    QCOMPARE(found(u"financ"_s), QStringList{u"L001"_s});        // word prefix
    QCOMPARE(found(u"lease spouse"_s), QStringList{});
    QCOMPARE(found(u"租约"_s), QStringList{u"L008"_s});           // two characters
    QCOMPARE(found(u"租"_s), QStringList{u"L008"_s});             // one
    QCOMPARE(found(u"下个月到期"_s), QStringList{u"L008"_s});       // inside a longer run
    QCOMPARE(found(u"方案"_s), QStringList{u"L008"_s});           // at the end of a note
    QCOMPARE(found(u"竞品"_s), QStringList{u"L015"_s});           // after Latin text
    QCOMPARE(found(u"competitor 竞品"_s), QStringList{u"L015"_s});
    QCOMPARE(found(u"到期了"_s), QStringList{});
    QCOMPARE(found(u"spouse"_s), QStringList{u"L022"_s});
    // L022 (22 % 7 = 1) is open; a closed lead's note is not in any queue.
  }

  void pagesJoinWithoutGapsOrRepeats() {
    QueueQuery q(*m_ws);
    QVERIFY(q.refresh());
    for (const QueueColumn column : {QueueColumn::Rank, QueueColumn::City, QueueColumn::LastContact, QueueColumn::Age,
                                     QueueColumn::Specialist, QueueColumn::Channel, QueueColumn::Tier, QueueColumn::LeadId}) {
      for (const bool descending : {false, true}) {
        QueueSpec spec;
        spec.kind = QueueSpec::Kind::AllOpen;
        spec.sortColumn = column;
        spec.descending = descending;
        const auto whole = all(q, spec);
        QCOMPARE(whole.size(), openLeads().size());
        std::vector<QueueRow> paged;
        for (qint64 offset = 0;; offset += 7) {
          auto page = q.rows(spec, offset, 7);
          QVERIFY(page);
          if (page->empty()) break;
          paged.insert(paged.end(), page->begin(), page->end());
        }
        QCOMPARE(ids(paged), ids(whole));
        const QStringList pagedIds = ids(paged);
        QCOMPARE(QSet<QString>(pagedIds.begin(), pagedIds.end()).size(), int(whole.size()));
      }
    }
    // Sorted by city: cities in order, Funnel+Recency inside each.
    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    spec.sortColumn = QueueColumn::City;
    auto expected = openLeads();
    std::stable_sort(expected.begin(), expected.end(), [](const Lead& a, const Lead& b) { return a.city < b.city; });
    QCOMPARE(ids(all(q, spec)), ids(expected));
    spec.sortColumn = QueueColumn::LastContact;
    const auto byContact = all(q, spec);
    for (std::size_t i = 1; i < byContact.size(); ++i)
      QVERIFY(byContact[i - 1].lastContactAt.value_or(-1) >= byContact[i].lastContactAt.value_or(-1));
    // Each row keeps its global rank, looked up for its page alone; so under a date range.
    const QStringList baselineOrder = ids(openLeads());
    for (const auto& r : byContact) QCOMPARE(r.rank.value_or(-1), qint64(baselineOrder.indexOf(r.leadId) + 1));
    spec.filter.createdFrom = openLeads()[3].created;
    const auto ranged = all(q, spec);
    QVERIFY(!ranged.empty() && ranged.size() < byContact.size());
    for (const auto& r : ranged) QCOMPARE(r.rank.value_or(-1), qint64(baselineOrder.indexOf(r.leadId) + 1));
  }

  void distinctValuesAndDetail() {
    QueueQuery q(*m_ws);
    QVERIFY(q.refresh());
    QCOMPARE(*q.distinctValues(QueueColumn::City), (QStringList{u"Beijing"_s, u"Hangzhou"_s, u"Shanghai"_s, u"Suzhou"_s}));
    QCOMPARE(*q.distinctValues(QueueColumn::Specialist), (QStringList{u"S0"_s, u"S1"_s, u"S2"_s, u"S3"_s, u"S4"_s}));
    QCOMPARE(q.distinctValues(QueueColumn::Channel)->size(), 3);
    QVERIFY(!q.distinctValues(QueueColumn::Rank));

    auto detail = q.detail(rowIdOf(u"L004"_s));
    QVERIFY(detail);
    QCOMPARE(detail->row.leadId, u"L004"_s);
    QCOMPARE(detail->row.tier, u"test_drive"_s);
    QCOMPARE(detail->interactions.size(), std::size_t(2));
    QCOMPARE(detail->interactions[0].kind, u"test_drive"_s);  // oldest first
    QCOMPARE(detail->interactions[1].kind, u"quote"_s);
    const auto city = std::find_if(detail->fields.begin(), detail->fields.end(), [](const auto& f) { return f.first == u"city"_s; });
    QVERIFY(city != detail->fields.end());
    QCOMPARE(city->second, describe(4).city);
    QVERIFY(!q.detail(999'999));
  }

  void ranksByTheLatestScoringRun() {
    // Two runs: the later one counts. It ranks open leads in reverse Funnel+Recency order and
    // names its own tiers; one open lead is left out of it (imported after the run).
    const QStringList baseline = ids(openLeads());
    QStringList older = baseline;
    QStringList reversed = baseline;
    std::reverse(reversed.begin(), reversed.end());
    const QString unscored = reversed.takeLast();
    insertRun(older, {}, 1'700'000'000);
    const qint64 runId = insertRun(reversed, {u"hot"_s, u"warm"_s}, 1'780'000'000);

    QueueQuery q(*m_ws);
    auto policy = q.refresh();
    QVERIFY(policy);
    QVERIFY(policy->model);
    QCOMPARE(policy->runId, runId);
    QCOMPARE(policy->modelName, u"asLLR demo"_s);
    QVERIFY(policy->runHasTiers);
    QCOMPARE(policy->scoredLeads, qint64(reversed.size()));

    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    auto rows = all(q, spec);
    QCOMPARE(ids(rows), reversed + QStringList{unscored});
    QCOMPARE(rows.front().rank.value_or(-1), 1);
    QCOMPARE(rows.front().score.value_or(0), 10.0);
    QCOMPARE(rows.front().tier, u"hot"_s);
    QVERIFY(!rows.back().rank);
    QCOMPARE(rows.back().tier, describe(unscored.mid(1).toInt()).tier);  // derived from its stage
    // Paging across the scored part's end.
    std::vector<QueueRow> paged;
    for (qint64 offset = 0; offset < qint64(rows.size()); offset += 5) {
      const auto page = q.rows(spec, offset, 5);
      QVERIFY(page);
      paged.insert(paged.end(), page->begin(), page->end());
    }
    QCOMPARE(ids(paged), ids(rows));

    // Hot list: the run's head.
    spec.kind = QueueSpec::Kind::HotList;
    spec.hotCount = 5;
    QCOMPARE(ids(all(q, spec)), reversed.mid(0, 5));
    // Tiers come from the run, in rank order inside each.
    auto counts = q.tierCounts({});
    QVERIFY(counts);
    const auto hot = std::find_if(counts->begin(), counts->end(), [](const TierCount& c) { return c.tier == u"hot"_s; });
    QVERIFY(hot != counts->end());
    QCOMPARE(hot->count, qint64((reversed.size() + 1) / 2));
    spec.kind = QueueSpec::Kind::Tier;
    spec.tier = u"warm"_s;
    QStringList warm;
    for (int i = 1; i < reversed.size(); i += 2) warm << reversed[i];
    QCOMPARE(ids(all(q, spec)), warm);
    QCOMPARE(*q.count(spec), qint64(warm.size()));

    // Sorted by probability: highest first, rank breaking ties.
    spec.kind = QueueSpec::Kind::AllOpen;
    spec.sortColumn = QueueColumn::Probability;
    rows = all(q, spec);
    for (std::size_t i = 1; i + 1 < rows.size(); ++i) {
      QVERIFY(*rows[i - 1].probability >= *rows[i].probability);
      if (*rows[i - 1].probability == *rows[i].probability) QVERIFY(*rows[i - 1].rank < *rows[i].rank);
    }
    QCOMPARE(rows.back().leadId, unscored);

    // The detail view shows the run's numbers.
    auto detail = q.detail(rowIdOf(reversed.front()));
    QVERIFY(detail);
    QCOMPARE(detail->row.rank.value_or(-1), 1);

    // Without the runs, the baseline is back.
    m_ws->database().exec("DELETE FROM scoring_runs");
    QVERIFY(!q.refresh()->model);
    spec.sortColumn = QueueColumn::Rank;
    QCOMPARE(ids(all(q, spec)), baseline);
  }

  void refreshIfChangedFollowsOtherConnections() {
    QueueQuery q(*m_ws);
    const auto first = q.refreshIfChanged();
    QVERIFY(first && !first->model);
    // Another connection commits a scoring run, as the scoring job does: seen at the next call.
    auto other = ll::sql::Database::open(m_ws->databasePath().toStdString(), false);
    const std::vector<Lead> open = openLeads();
    insertRun(ids(open), {}, 1'790'000'000, &other);
    const auto second = q.refreshIfChanged();
    QVERIFY(second && second->model);
    QCOMPARE(second->scoredLeads, qint64(open.size()));
    // Nothing committed elsewhere since: the policy is kept without reading the runs again, so
    // a write through the workspace's own connection waits for refresh().
    m_ws->database().exec("DELETE FROM scoring_runs");
    QVERIFY(q.refreshIfChanged()->model);
    QVERIFY(!q.refresh()->model);
    QVERIFY(!q.refreshIfChanged()->model);

    // Counts are kept until the data changes: a lead closed by another connection leaves the
    // counts of the queue and of its tier at the next refreshIfChanged().
    QueueSpec all;
    all.kind = QueueSpec::Kind::AllOpen;
    const Lead closing = open.front();
    const auto tierCount = [&] {
      const auto counts = q.tierCounts({});
      const auto it = std::find_if(counts->begin(), counts->end(), [&](const TierCount& c) { return c.tier == closing.tier; });
      return it == counts->end() ? qint64(-1) : it->count;
    };
    const qint64 before = *q.count(all);
    const qint64 tierBefore = tierCount();
    QCOMPARE(before, qint64(open.size()));
    // As an import does: the outcome and the queue state in one transaction.
    const auto setOutcome = [&](const char* outcome) {
      ll::sql::Transaction tx(other);
      other.exec("UPDATE leads SET outcome = " + std::string(outcome) + " WHERE lead_id = '" + closing.id.toStdString() + "'");
      refreshQueueState(other);
      tx.commit();
    };
    setOutcome("'lost'");
    QVERIFY(q.refreshIfChanged());
    QCOMPARE(*q.count(all), before - 1);
    QCOMPARE(tierCount(), tierBefore - 1);
    setOutcome("NULL");
  }

  void modelQueuesFollowTheRunsTiersAndRanks() {
    // A run with the default funnel's tiers (given by rank, not by stage) over every open lead
    // but the newest one (imported after the run); one scored lead is closed after the run.
    const QStringList tierNames{u"test_drive"_s, u"store_visit"_s, u"engaged"_s, u"new"_s};
    std::vector<Lead> order = openLeads();
    std::sort(order.begin(), order.end(), [](const Lead& a, const Lead& b) { return a.index > b.index; });
    const Lead unscored = order.front();
    order.erase(order.begin());
    insertRun(ids(order), tierNames, 1'790'000'000);
    const Lead closing = order[3];
    // As an import would: the outcome and the baseline's ranks in one go.
    m_ws->database().exec("UPDATE leads SET outcome = 'won' WHERE lead_id = '" + closing.id.toStdString() + "'");
    refreshQueueState(m_ws->database());
    // The closed lead's rank is kept with the run, so opening a queue need not look for it.
    QCOMPARE(m_ws->database().queryInt("SELECT count(*) FROM queue_run_closed"), std::optional<std::int64_t>(1));
    QCOMPARE(m_ws->database().queryInt("SELECT rank FROM queue_run_closed"), std::optional<std::int64_t>(4));

    struct Expected {
      Lead lead;
      QString tier;
      std::optional<qint64> rank;
    };
    std::vector<Expected> byRank;  // the queue in rank order: scored by rank, then the unscored
    for (int i = 0; i < int(order.size()); ++i)
      if (i != 3) byRank.push_back({order[std::size_t(i)], tierNames[i % 4], i + 1});
    byRank.push_back({unscored, unscored.tier, std::nullopt});
    const auto idsOf = [](const std::vector<Expected>& v) {
      QStringList out;
      for (const auto& e : v) out << e.lead.id;
      return out;
    };

    QueueQuery q(*m_ws);
    QVERIFY(q.refresh());
    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    const auto whole = all(q, spec);
    QCOMPARE(ids(whole), idsOf(byRank));
    QCOMPARE(*q.count(spec), qint64(byRank.size()));
    QCOMPARE(whole[3].rank.value_or(-1), 5);  // rank 4 closed
    // Pages read one after another, and pages read out of order, are the same slices.
    std::vector<QueueRow> paged;
    for (qint64 offset = 0; offset < qint64(whole.size()); offset += 4) {
      const auto page = q.rows(spec, offset, 4);
      QVERIFY(page);
      paged.insert(paged.end(), page->begin(), page->end());
    }
    QCOMPARE(ids(paged), ids(whole));
    for (qint64 offset = qint64(whole.size()) - 1; offset >= 0; offset -= 3) {
      const auto page = q.rows(spec, offset, 4);
      QVERIFY(page);
      QCOMPARE(ids(*page), ids(whole).mid(int(offset), 4));
    }

    // Tier counts, tier queues and their counts.
    auto counts = q.tierCounts({});
    QVERIFY(counts);
    QCOMPARE(counts->size(), std::size_t(4));
    std::vector<Expected> byTier;
    for (const QString& tier : tierNames) {
      std::vector<Expected> inTier;
      for (const auto& e : byRank)
        if (e.tier == tier) inTier.push_back(e);
      const auto c = std::find_if(counts->begin(), counts->end(), [&](const TierCount& t) { return t.tier == tier; });
      QVERIFY(c != counts->end());
      QCOMPARE(c->count, qint64(inTier.size()));
      QueueSpec tierSpec;
      tierSpec.kind = QueueSpec::Kind::Tier;
      tierSpec.tier = tier;
      QCOMPARE(ids(all(q, tierSpec)), idsOf(inTier));
      QCOMPARE(*q.count(tierSpec), qint64(inTier.size()));
      byTier.insert(byTier.end(), inTier.begin(), inTier.end());
    }
    // The run's totals per tier are kept with it (every queue page counts them when it opens);
    // without them they are counted again, to the same result.
    {
      const auto kept = m_ws->database().queryText("SELECT value FROM meta WHERE key = 'queue_run_tier_totals'");
      QVERIFY(kept);
      QVERIFY2(QString::fromStdString(*kept).contains(u"\"test_drive\""_s), kept->c_str());
      m_ws->database().exec("DELETE FROM meta WHERE key = 'queue_run_tier_totals'");
      QueueQuery recount(*m_ws);
      QVERIFY(recount.refresh());
      const auto again = recount.tierCounts({});
      QVERIFY(again);
      QCOMPARE(again->size(), counts->size());
      for (std::size_t i = 0; i < again->size(); ++i) {
        QCOMPARE((*again)[i].tier, (*counts)[i].tier);
        QCOMPARE((*again)[i].count, (*counts)[i].count);
      }
      refreshRunClosedRanks(m_ws->database());
      QVERIFY(m_ws->database().queryText("SELECT value FROM meta WHERE key = 'queue_run_tier_totals'"));
    }

    // Sorted by tier (funnel order, rank inside) and by channel (rank inside), both ways, whole
    // and in pages.
    const auto check = [&](QueueColumn column, bool descending, const QStringList& expected) {
      QueueSpec s = spec;
      s.sortColumn = column;
      s.descending = descending;
      QCOMPARE(ids(all(q, s)), expected);
      std::vector<QueueRow> pages;
      for (qint64 offset = 0; offset < qint64(expected.size()); offset += 6) {
        const auto page = q.rows(s, offset, 6);
        QVERIFY(page);
        pages.insert(pages.end(), page->begin(), page->end());
      }
      QCOMPARE(ids(pages), expected);
    };
    check(QueueColumn::Tier, false, idsOf(byTier));
    std::vector<Expected> tierReversed = byRank;
    std::stable_sort(tierReversed.begin(), tierReversed.end(),
                     [&](const Expected& a, const Expected& b) { return tierNames.indexOf(a.tier) > tierNames.indexOf(b.tier); });
    check(QueueColumn::Tier, true, idsOf(tierReversed));
    for (const bool descending : {false, true}) {
      std::vector<Expected> byChannel = byRank;
      std::stable_sort(byChannel.begin(), byChannel.end(), [&](const Expected& a, const Expected& b) {
        return descending ? a.lead.channel > b.lead.channel : a.lead.channel < b.lead.channel;
      });
      check(QueueColumn::Channel, descending, idsOf(byChannel));
    }
    // Sorted by last contact (newest first, none last), the run's numbers still on each row.
    {
      std::vector<Expected> byContact = byRank;
      std::stable_sort(byContact.begin(), byContact.end(), [](const Expected& a, const Expected& b) {
        if (a.lead.lastContact.value_or(-1) != b.lead.lastContact.value_or(-1))
          return a.lead.lastContact.value_or(-1) > b.lead.lastContact.value_or(-1);
        return a.lead.index > b.lead.index;
      });
      check(QueueColumn::LastContact, false, idsOf(byContact));
      QueueSpec s = spec;
      s.sortColumn = QueueColumn::LastContact;
      const auto rows = all(q, s);
      QCOMPARE(rows.front().rank, byContact.front().rank);
    }
    // A channel filter with a tier queue.
    QueueSpec filtered;
    filtered.kind = QueueSpec::Kind::Tier;
    filtered.tier = u"engaged"_s;
    filtered.filter.channel = u"Web"_s;
    QStringList expected;
    for (const auto& e : byRank)
      if (e.tier == u"engaged"_s && e.lead.channel == u"Web"_s) expected << e.lead.id;
    QCOMPARE(ids(all(q, filtered)), expected);
    QCOMPARE(*q.count(filtered), qint64(expected.size()));
    // Tier counts under each kind of filter (the unscored lead by its stage), and a tier queue
    // whose tier filter names another tier is empty.
    const auto checkCounts = [&](const QueueFilter& f, auto pred) {
      const auto c = q.tierCounts(f);
      QVERIFY(c);
      qint64 total = 0;
      for (const QString& tier : tierNames) {
        qint64 n = 0;
        for (const auto& e : byRank) n += e.tier == tier && pred(e.lead) ? 1 : 0;
        const auto it = std::find_if(c->begin(), c->end(), [&](const TierCount& t) { return t.tier == tier; });
        QVERIFY(it != c->end());
        QCOMPARE(it->count, n);
        QueueSpec tierSpec;
        tierSpec.kind = QueueSpec::Kind::Tier;
        tierSpec.tier = tier;
        tierSpec.filter = f;
        QCOMPARE(*q.count(tierSpec), n);
        total += n;
      }
      QVERIFY(total > 0);
    };
    QueueFilter byChannel;
    byChannel.channel = u"Web"_s;
    checkCounts(byChannel, [](const Lead& l) { return l.channel == u"Web"_s; });
    QueueFilter byCity;
    byCity.city = u"Beijing"_s;
    checkCounts(byCity, [](const Lead& l) { return l.city == u"Beijing"_s; });
    QueueFilter byCreated;
    byCreated.createdFrom = unscored.created - 5 * 86400;
    byCreated.createdTo = unscored.created + 1;
    checkCounts(byCreated, [&](const Lead& l) { return l.created >= *byCreated.createdFrom && l.created < *byCreated.createdTo; });
    QueueSpec crossed = filtered;
    crossed.filter.tier = u"new"_s;
    QCOMPARE(*q.count(crossed), 0);

    m_ws->database().exec("UPDATE leads SET outcome = NULL WHERE lead_id = '" + closing.id.toStdString() +
                          "'; DELETE FROM scoring_runs");
    refreshQueueState(m_ws->database());
  }

  void indexesNewNotesOnTheFirstSearch() {
    // An import leaves its notes to the first search, which finds them.
    import("Lead ID,Type,Date,Duration (s),Notes\nL002,call,2026-02-27T10:00:00,30,\"Moves the 试驾预约 to Saturday\"\n");
    QVERIFY(searchIndexPending(m_ws->database()));
    QueueQuery q(*m_ws);
    QVERIFY(q.refresh());
    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    spec.filter.search = u"试驾预约"_s;
    QCOMPARE(ids(all(q, spec)), QStringList{u"L002"_s});
    QVERIFY(!searchIndexPending(m_ws->database()));
    spec.filter.search = u"saturday"_s;
    QCOMPARE(*q.count(spec), qint64(1));
  }

  void manySearchMatchesAreCountedFromTheLeadMaps() {
    // Past 5,000 matching leads a search is tested while each queue's order is walked and counted
    // from the lead maps; the answers must be those of SQL alone and of the fixture.
    constexpr int n = 6200;
    const QString dir = m_dir.path() + u"/many"_s;
    auto opened = Workspace::open(dir);
    QVERIFY(opened);
    Workspace& ws = **opened;
    // Lead i: stage by i % 4 (0 new ... 3 test drive), closed when i % 13 == 0, its note says
    // "financing" unless i % 10 == 0, its city by i % 5.
    QByteArray leads = "Lead ID,Created,Channel,City,Specialist\n";
    QByteArray notes = "Lead ID,Type,Date,Duration (s),Notes\n";
    const auto stageOf = [](int i) { return i % 4; };
    const auto closed = [](int i) { return i % 13 == 0; };
    const auto matches = [](int i) { return i % 10 != 0; };
    const auto cityOf = [](int i) { return u"C%1"_s.arg(i % 5); };
    for (int i = 0; i < n; ++i) {
      const QString id = u"M%1"_s.arg(i, 5, 10, QChar(u'0'));
      leads += (id + u",2026-01-%1 08:00,Web,"_s.arg(1 + i % 28, 2, 10, QChar(u'0')) + cityOf(i) + u",S1\n"_s).toUtf8();
      const QString at = u"2026-02-%1T%2:00:00"_s.arg(1 + i % 27, 2, 10, QChar(u'0')).arg(8 + i % 10, 2, 10, QChar(u'0'));
      const QString note = matches(i) ? u"asked about financing"_s : u"asked about colours"_s;
      const char* kinds[] = {"note", "call", "store visit", "test drive"};
      notes += (id + u","_s + QString::fromLatin1(kinds[stageOf(i)]) + u","_s + at + u",,"_s + note + u"\n"_s).toUtf8();
      if (closed(i)) notes += (id + u",order lock,2026-03-01T10:00:00,,\n"_s).toUtf8();
    }
    for (const auto& [name, csv] : {std::pair{u"many-leads.csv"_s, leads}, std::pair{u"many-notes.csv"_s, notes}}) {
      ImportOptions options;
      options.path = lltest::writeFile(m_dir.path(), name, csv);
      auto report = ImportJob(ws, options).run();
      QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    }
    // What the fixture says: open matching leads per tier (a note alone leaves a lead new).
    const auto tierOf = [&](int i) {
      const int st = stageOf(i);
      return st == 3 ? u"test_drive"_s : st == 2 ? u"store_visit"_s : st == 1 ? u"engaged"_s : u"new"_s;
    };
    QMap<QString, qint64> expected;
    qint64 expectedTotal = 0;
    for (int i = 0; i < n; ++i)
      if (matches(i) && !closed(i)) {
        ++expected[tierOf(i)];
        ++expectedTotal;
      }
    QVERIFY(expectedTotal > 5000);

    const auto check = [&](const char* policy) {
      QueueQuery withMaps(ws);
      QueueQuery sqlOnly(ws);
      sqlOnly.setLeadMapsEnabled(false);
      QVERIFY(withMaps.refresh());
      QVERIFY(sqlOnly.refresh());
      withMaps.preloadInBackground();
      QueueSpec spec;
      spec.kind = QueueSpec::Kind::AllOpen;
      spec.filter.search = u"financing"_s;
      QCOMPARE(*withMaps.count(spec), expectedTotal);
      QCOMPARE(*sqlOnly.count(spec), expectedTotal);
      const auto counts = *withMaps.tierCounts(spec.filter);
      const auto sqlCounts = *sqlOnly.tierCounts(spec.filter);
      QCOMPARE(counts.size(), sqlCounts.size());
      for (std::size_t t = 0; t < counts.size(); ++t) {
        QCOMPARE(counts[t].tier, sqlCounts[t].tier);
        QVERIFY2(counts[t].count == expected.value(counts[t].tier) && sqlCounts[t].count == counts[t].count,
                 qPrintable(u"%1 %2: %3 from the maps, %4 from SQL, %5 expected"_s.arg(QString::fromLatin1(policy), counts[t].tier)
                                .arg(counts[t].count).arg(sqlCounts[t].count).arg(expected.value(counts[t].tier))));
      }
      // A tier filter and a tier's queue under the search.
      QueueSpec tiered = spec;
      tiered.filter.tier = u"store_visit"_s;
      QCOMPARE(*withMaps.count(tiered), expected.value(u"store_visit"_s));
      QueueSpec queue = spec;
      queue.kind = QueueSpec::Kind::Tier;
      queue.tier = u"engaged"_s;
      QCOMPARE(*withMaps.count(queue), expected.value(u"engaged"_s));
      queue.filter.tier = u"new"_s;
      QCOMPARE(*withMaps.count(queue), 0);
      // Pages near the top and deep in the matches, in rank order and sorted by city: the same
      // leads as SQL alone, every one a match.
      for (const auto column : {QueueColumn::Rank, QueueColumn::City, QueueColumn::LastContact}) {
        QueueSpec sorted = spec;
        sorted.sortColumn = column;
        for (const qint64 offset : {qint64(0), expectedTotal / 2, expectedTotal - 30}) {
          const auto rows = *withMaps.rows(sorted, offset, 50);
          QCOMPARE(ids(rows), ids(*sqlOnly.rows(sorted, offset, 50)));
          QCOMPARE(qint64(rows.size()), std::min<qint64>(50, expectedTotal - offset));
          for (const auto& r : rows) {
            const int i = r.leadId.mid(1).toInt();
            QVERIFY2(matches(i) && !closed(i), qPrintable(r.leadId));
          }
        }
      }
      // Another filter beside the search is answered by SQL with the matches tested.
      QueueSpec city = spec;
      city.filter.city = cityOf(3);
      qint64 inCity = 0;
      for (int i = 0; i < n; ++i) inCity += matches(i) && !closed(i) && i % 5 == 3;
      QCOMPARE(*withMaps.count(city), inCity);
    };
    check("baseline");
    // A model run that ranks the open leads in reverse import order, tiers from the stage.
    {
      auto& db = ws.database();
      db.exec("INSERT INTO scoring_runs (model_fingerprint, model_path, policy, snapshot_at, started_at, finished_at,"
              " lead_count, params_json) VALUES ('f', '/m', 'model', 1, 1, 1, " + std::to_string(n) + ", '{}')");
      const qint64 run = db.lastInsertRowId();
      db.exec("INSERT INTO scores (run_id, lead_id, probability, pair_score, rank, tier) SELECT " + std::to_string(run) +
              ", id, 0.5, -id, row_number() OVER (ORDER BY id DESC), CASE stage_rank WHEN 0 THEN 'new' WHEN 1 THEN"
              " 'engaged' WHEN 2 THEN 'store_visit' ELSE 'test_drive' END FROM leads");
      refreshQueueState(db);
    }
    check("model");
  }

  void migratesAVersionOneWorkspace() {
    // A workspace written before the queue indexes: the migration indexes its notes.
    const QString dir = m_dir.path() + u"/v1"_s;
    {
      auto ws = Workspace::open(dir);
      QVERIFY(ws);
      const QString path = lltest::writeFile(m_dir.path(), u"v1-leads.csv"_s, leadsCsv());
      const QString more = lltest::writeFile(m_dir.path(), u"v1-interactions.csv"_s, interactionsCsv());
      for (const QString& p : {path, more}) {
        ImportOptions options;
        options.path = p;
        QVERIFY(ImportJob(**ws, options).run());
      }
      (*ws)->database().exec(
          "DROP TABLE queue_baseline; DROP TABLE interaction_search; DELETE FROM meta WHERE key = 'search_indexed_through';"
          "DROP INDEX leads_queue; DROP INDEX leads_open_specialist; DROP INDEX leads_open_city; DROP INDEX leads_open_channel;"
          "DROP INDEX leads_open_contact; DROP INDEX leads_open_created; DROP INDEX leads_closed;"
          "DROP INDEX scores_probability; DROP INDEX scores_tier; DROP TABLE queue_run_closed;"
          "CREATE INDEX leads_queue ON leads(outcome, stage_rank DESC, last_contact_at DESC); PRAGMA user_version = 1");
    }
    auto ws = Workspace::open(dir, Workspace::OpenMode::MustExist);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
    QCOMPARE(lltest::count(**ws, "PRAGMA user_version"), latestSchemaVersion());
    QueueQuery q(**ws);
    QVERIFY(q.refresh());
    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    spec.filter.search = u"租约"_s;
    QCOMPARE(ids(*q.rows(spec, 0, 10)), QStringList{u"L008"_s});
    spec.filter.search.clear();
    QCOMPARE(ids(*q.rows(spec, 0, 1000)), ids(openLeads()));
    QCOMPARE(q.rows(spec, 0, 1)->front().rank.value_or(-1), 1);
  }
};

QTEST_GUILESS_MAIN(TestQueues)
#include "tst_queues.moc"
