// Queue benchmark: builds a workspace of N leads (default 1,000,000) with one note each (English
// and Chinese) and times what the queue page asks of the store, each as the median of a few
// runs, against the 300 ms target: opening the first page, re-sorting by each column, applying
// and clearing each filter and the search; first under the Funnel+Recency baseline, then with a
// scoring run of every lead.
//   queue_bench [LEADS] [WORKSPACE_DIR]

#include "crm/queuequery.h"
#include "crm/sqlite.h"
#include "crm/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ll::crm;

namespace {

constexpr int kRuns = 3;
constexpr qint64 kPage = 200;

const char* const kNotes[] = {
    "Lease on the current car ends next month, wants a second test drive with the spouse",
    "Only comparing prices, the competitor offered a bigger discount",
    "Asked about financing options and the trade-in value of the petrol car",
    "No answer, left a voicemail and sent the brochure",
    "客户说租约下个月到期，想了解提车时间和金融方案",
    "还在考虑竞品，周末可能带家人来店再次试驾",
    "Waiting for a price cut at the end of the year, not in a hurry",
    "预算在二十五万左右，关注续航和充电桩",
};

// A measurement, taken only when its line is wanted (QUEUE_BENCH_ONLY=substring runs a subset).
using Measure = std::function<double()>;

Measure medianMs(std::function<void()> f) {
  return [f = std::move(f)] {
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
      QElapsedTimer t;
      t.start();
      f();
      ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
  };
}

void report(const char* policy, const std::string& what, const Measure& measure) {
  const QByteArray only = qgetenv("QUEUE_BENCH_ONLY");
  if (!only.isEmpty() && what.find(only.toStdString()) == std::string::npos) return;
  const double ms = measure();
  std::printf("%-9s %-44s %9.1f ms  %s\n", policy, what.c_str(), ms, ms <= 300.0 ? "ok" : "OVER 300 ms");
}

void build(Workspace& ws, qint64 leads) {
  auto& db = ws.database();
  std::mt19937_64 rng(7);
  QElapsedTimer t;
  t.start();
  ll::sql::Transaction tx(db);
  auto lead = db.prepare(
      "INSERT INTO leads (id, lead_id, created_at, channel, city, specialist_id, stage_rank, outcome, last_contact_at,"
      " interaction_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1)");
  auto note = db.prepare("INSERT INTO interactions (lead_id, fingerprint, kind, at, text) VALUES (?1, ?1, 'note', ?2, ?3)");
  const char* channels[] = {"App", "Web", "Walk-in", "Phone", "Referral", "Event"};
  const qint64 start = 1'767'225'600;  // 2026-01-01
  for (qint64 i = 1; i <= leads; ++i) {
    const std::string id = "L" + std::to_string(i);
    const std::string city = "City" + std::to_string(rng() % 60);
    const std::string specialist = "S" + std::to_string(rng() % 400);
    const qint64 created = start + static_cast<qint64>(rng() % (180 * 86400));
    const int stage = static_cast<int>(rng() % 100 < 40 ? 0 : rng() % 100 < 50 ? 1 : rng() % 100 < 60 ? 2 : 3 + rng() % 2);
    const int closed = static_cast<int>(rng() % 100);
    lead.bind(1, i).bindText(2, id).bind(3, created).bindText(4, channels[rng() % 6]).bindText(5, city);
    lead.bindText(6, specialist).bind(7, stage);
    lead.bindTextOrNull(8, closed < 2 ? "won" : closed < 8 ? "lost" : "");
    if (stage > 0)
      lead.bind(9, created + static_cast<qint64>(rng() % (20 * 86400)));
    else
      lead.bindNull(9);
    lead.run();
    note.bind(1, i).bind(2, created + 3600).bindText(3, kNotes[rng() % 8]);
    note.run();
  }
  const double insertS = t.restart() / 1000.0;
  refreshQueueState(db);
  const double refreshS = t.restart() / 1000.0;
  tx.commit();
  std::printf("built %lld leads + notes in %.1f s; refreshQueueState (baseline ranks) %.1f s\n",
              static_cast<long long>(leads), insertS, refreshS);
  // What the first search after such an import pays once.
  t.restart();
  const qint64 indexed = indexPendingNotes(db);
  std::printf("search index of %lld notes built in %.1f s\n", static_cast<long long>(indexed), t.elapsed() / 1000.0);
}

void addRun(Workspace& ws) {
  auto& db = ws.database();
  QElapsedTimer t;
  t.start();
  ll::sql::Transaction tx(db);
  db.exec("INSERT INTO scoring_runs (model_fingerprint, model_path, policy, snapshot_at, started_at, finished_at,"
          " lead_count, params_json) VALUES ('bench', '/models/bench', 'model', 1, 1, 1780000000, 0,"
          " '{\"model_name\":\"bench\"}')");
  const qint64 run = db.lastInsertRowId();
  // A score that is not the baseline's order: a hash of the id.
  db.exec("INSERT INTO scores (run_id, lead_id, probability, pair_score, rank, tier) SELECT " + std::to_string(run) +
          ", id, p, p * 10, row_number() OVER (ORDER BY p DESC, id), CASE WHEN stage_rank >= 3 THEN 'test_drive'"
          " WHEN stage_rank = 2 THEN 'store_visit' WHEN stage_rank = 1 THEN 'engaged' ELSE 'new' END"
          " FROM (SELECT id, stage_rank, ((id * 2654435761) % 1000003) / 1000003.0 AS p FROM leads WHERE outcome IS NULL)");
  // As ScoreStore::writeRun does: the run's lead count is written with it.
  db.exec("UPDATE scoring_runs SET lead_count = (SELECT count(*) FROM scores WHERE run_id = " + std::to_string(run) +
          ") WHERE id = " + std::to_string(run));
  refreshRunClosedRanks(db);  // as ScoreStore::writeRun does too
  tx.commit();
  std::printf("scoring run written in %.1f s\n", t.elapsed() / 1000.0);
}

void measure(const Workspace& ws, const char* policy) {
  QueueQuery q(ws);
  // What the queue page does when it opens: policy, count and first page of the hot list, the
  // counts in the queue selector, the values of the filter combos.
  report(policy, "open: policy + hot list count + first page", medianMs([&] {
           (void)q.refresh();
           QueueSpec spec;
           (void)q.count(spec);
           (void)q.rows(spec, 0, kPage);
         }));
  report(policy, "open: tier counts (queue selector)", medianMs([&] {
           q.forgetKeptResults();
           (void)q.tierCounts({});
         }));
  // The page then has the lead maps read in the background (a search's and a filter's tier
  // counts read them); asked at once, a count waits for them.
  {
    QElapsedTimer m;
    m.start();
    q.preloadInBackground();
    q.waitForLeadMaps();
    std::printf("%-9s %-44s %9.1f ms  (in the background)\n", policy, "lead maps read after open",
                static_cast<double>(m.nsecsElapsed()) / 1e6);
  }
  report(policy, "filtered tier counts at once after open (channel)", medianMs([&ws] {
           QueueQuery fresh(ws);
           (void)fresh.refresh();
           fresh.preloadInBackground();
           QueueFilter f;
           f.channel = u"Event"_s;
           (void)fresh.tierCounts(f);
         }));
  report(policy, "open: distinct specialists/cities/channels", medianMs([&] {
           (void)q.distinctValues(QueueColumn::Specialist);
           (void)q.distinctValues(QueueColumn::City);
           (void)q.distinctValues(QueueColumn::Channel);
         }));
  // Each run asks as if for the first time: the counts and search matches the query keeps from
  // the previous run are dropped.
  const auto reload = [&](const QueueSpec& spec) {
    return medianMs([&q, spec] {
      q.forgetKeptResults();
      (void)q.count(spec);
      (void)q.rows(spec, 0, kPage);
    });
  };
  QueueSpec all;
  all.kind = QueueSpec::Kind::AllOpen;
  report(policy, "all open: count + first page", reload(all));
  const std::pair<const char*, QueueColumn> columns[] = {
      {"rank", QueueColumn::Rank},          {"score", QueueColumn::Score},       {"probability", QueueColumn::Probability},
      {"tier", QueueColumn::Tier},          {"last contact", QueueColumn::LastContact},
      {"specialist", QueueColumn::Specialist}, {"channel", QueueColumn::Channel}, {"city", QueueColumn::City},
      {"age", QueueColumn::Age},            {"lead id", QueueColumn::LeadId}};
  for (const auto& [name, column] : columns) {
    for (const bool descending : {false, true}) {
      QueueSpec spec = all;
      spec.sortColumn = column;
      spec.descending = descending;
      report(policy, std::string("sort all open by ") + name + (descending ? " (reversed)" : ""), reload(spec));
    }
  }
  QueueSpec tier = all;
  tier.kind = QueueSpec::Kind::Tier;
  tier.tier = u"store_visit"_s;
  report(policy, "tier queue store_visit", reload(tier));
  tier.sortColumn = QueueColumn::City;
  report(policy, "tier queue store_visit sorted by city", reload(tier));

  const std::pair<const char*, std::function<void(QueueFilter&)>> filters[] = {
      {"specialist", [](QueueFilter& f) { f.specialist = u"S123"_s; }},
      {"city", [](QueueFilter& f) { f.city = u"City7"_s; }},
      {"channel", [](QueueFilter& f) { f.channel = u"Event"_s; }},
      {"tier", [](QueueFilter& f) { f.tier = u"test_drive"_s; }},
      {"created range (1 month)", [](QueueFilter& f) { f.createdFrom = 1'769'904'000; f.createdTo = 1'772'323'200; }},
      {"last contact range (1 week)", [](QueueFilter& f) { f.contactFrom = 1'772'323'200; f.contactTo = 1'772'928'000; }},
      {"search 'financing' (1 in 8 notes)", [](QueueFilter& f) { f.search = u"financing"_s; }},
      {"search 'spouse test' (two words)", [](QueueFilter& f) { f.search = u"spouse test"_s; }},
      {"search '租约' (2 Chinese chars)", [](QueueFilter& f) { f.search = u"租约"_s; }},
      {"search '竞品' + city", [](QueueFilter& f) { f.search = u"竞品"_s; f.city = u"City7"_s; }},
      {"specialist + city + channel", [](QueueFilter& f) { f.specialist = u"S42"_s; f.city = u"City3"_s; f.channel = u"App"_s; }},
  };
  // Beside each search, the same through SQL alone (no lead maps): the matches' count and tier
  // counts then read every open lead's index entry.
  QueueQuery sqlOnly(ws);
  sqlOnly.setLeadMapsEnabled(false);
  (void)sqlOnly.refresh();
  const auto besideSql = [&](const std::string& what, double ms, const std::function<void(const QueueQuery&)>& act) {
    const double sql = medianMs([&] {
      sqlOnly.forgetKeptResults();
      act(sqlOnly);
    })();
    std::printf("%-9s %-44s %9.1f ms  SQL alone %9.1f ms  (%.1fx)\n", policy, (what + " (side by side)").c_str(), ms, sql,
                ms > 0 ? sql / ms : 0.0);
  };
  for (const auto& [name, set] : filters) {
    QueueSpec spec = all;
    set(spec.filter);
    report(policy, std::string("filter ") + name, reload(spec));
    report(policy, std::string("filter ") + name + ": tier counts", medianMs([&] {
             q.forgetKeptResults();
             (void)q.tierCounts(spec.filter);
           }));
    if (!spec.filter.search.isEmpty() && (qgetenv("QUEUE_BENCH_ONLY").isEmpty() ||
                                          std::string(name).find(qgetenv("QUEUE_BENCH_ONLY").toStdString()) != std::string::npos)) {
      const auto page = [spec](const QueueQuery& query) {
        (void)query.count(spec);
        (void)query.rows(spec, 0, kPage);
        (void)query.tierCounts(spec.filter);
      };
      besideSql(std::string(name) + ": count, page, tier counts", medianMs([&] {
                  q.forgetKeptResults();
                  page(q);
                })(),
                page);
    }
    spec.sortColumn = QueueColumn::LastContact;
    report(policy, std::string("filter ") + name + ", sorted by last contact", reload(spec));
  }
  report(policy, "clear filters (all open again)", reload(all));
  report(policy, "page at offset 500,000 (rank order)", medianMs([&] { (void)q.rows(all, 500'000, kPage); }));
  QueueSpec hot;
  hot.hotPercent = 5.0;
  hot.sortColumn = QueueColumn::City;
  report(policy, "hot list top 5% sorted by city", reload(hot));
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  const qint64 leads = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
  QTemporaryDir tmp;
  const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path() + u"/ws"_s;
  const bool exists = QDir(dir).exists(u"workspace.sqlite"_s);
  auto ws = Workspace::open(dir);
  if (!ws) {
    std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
    return 1;
  }
  // QUEUE_BENCH_POLICY=baseline or model measures one policy; the model's run is kept between runs.
  const QByteArray only = qgetenv("QUEUE_BENCH_POLICY");
  auto& db = (*ws)->database();
  db.exec("DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4");
  if (!exists) build(**ws, leads);
  if (only != "model") {
    db.exec("DELETE FROM scoring_runs");
    measure(**ws, "baseline");
  }
  if (only != "baseline") {
    if (db.queryInt("SELECT count(*) FROM scoring_runs").value_or(0) == 0) addRun(**ws);
    measure(**ws, "model");
  }
  return 0;
}
