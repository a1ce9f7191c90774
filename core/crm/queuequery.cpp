#include "crm/queuequery.h"

#include "common/logging.h"
#include "crm/searchtext.h"
#include "crm/sqlite.h"
#include "crm/values.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

using namespace Qt::StringLiterals;

namespace ll::crm {
namespace detail {

// Collects bound values while SQL is assembled; each add() returns the "?N" to write.
class Binder {
 public:
  std::string add(std::int64_t v) { return push(Value{Kind::Int, v, {}, nullptr}); }
  std::string add(const QString& v) { return push(Value{Kind::Text, 0, v.toStdString(), nullptr}); }
  std::string addText(std::string v) { return push(Value{Kind::Text, 0, std::move(v), nullptr}); }
  // The set must outlive the statement's steps.
  std::string add(const sql::IdSet& set) { return push(Value{Kind::Set, 0, {}, &set}); }
  void bindTo(sql::Statement& st) const {
    for (std::size_t i = 0; i < m_values.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      switch (m_values[i].kind) {
        case Kind::Int: st.bind(index, m_values[i].number); break;
        case Kind::Text: st.bindText(index, m_values[i].text); break;
        case Kind::Set: st.bindIdSet(index, *m_values[i].set); break;
      }
    }
  }

 private:
  enum class Kind { Int, Text, Set };
  struct Value {
    Kind kind;
    std::int64_t number;
    std::string text;
    const sql::IdSet* set;
  };
  std::string push(Value v) {
    m_values.push_back(std::move(v));
    return "?" + std::to_string(m_values.size());
  }
  std::vector<Value> m_values;
};

// One group of a grouped sort: the leads whose `column` holds `value` (or is NULL).
struct Group {
  const char* column = nullptr;  // "l.channel" ...
  bool isNull = false;
  QString value;
};

// Which leads a condition is written for: any open lead (joined with its score, if any), only
// the scored ones (driven by the run's indexes), or only those the run has not scored.
enum class Part { Mixed, Scored, Unscored };

struct WhereOptions {
  // Let "open" pick the partial lead indexes. Off for queries driven by the run's scores, where
  // a lead index would make the planner read every open lead for one page.
  bool leadIndexes = true;
  // Let a date range pick its index; off when walking the queue's order finds a page sooner.
  bool rangeIndexes = true;
  Part part = Part::Mixed;
  bool tierOfFilterOnly = false;
  const Group* group = nullptr;
  // Let a filter that keeps a large share of the leads (a channel, a tier) pick its index. Off
  // when a page is sorted by another lead column: walking that column's index meets matches
  // soon, where the filter's index would hand over a sixth of the leads to sort.
  bool wideIndexes = true;
};

}  // namespace detail

using detail::Binder;
using detail::Group;
using detail::Part;
using detail::WhereOptions;

namespace {

QString text(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

std::optional<std::int64_t> optionalInt(const sql::Statement& s, int column) {
  if (s.isNull(column)) return std::nullopt;
  return s.columnInt(column);
}

std::optional<double> optionalDouble(const sql::Statement& s, int column) {
  if (s.isNull(column)) return std::nullopt;
  return s.columnDouble(column);
}

Error storeError(const Workspace& ws, const std::exception& e) {
  return Error{ErrorCode::Workspace, u"The queue could not be read from the workspace (%1)."_s.arg(QString::fromUtf8(e.what())),
               ws.directory(), 0, {}};
}

constexpr const char* kDerivedTier =
    "CASE WHEN l.stage_rank >= 3 THEN 'test_drive' WHEN l.stage_rank = 2 THEN 'store_visit'"
    " WHEN l.stage_rank = 1 THEN 'engaged' ELSE 'new' END";

// Funnel order of the default tiers; other names of a run's funnel come after them.
constexpr const char* kTierOrder =
    "CASE %1 WHEN 'test_drive' THEN 0 WHEN 'store_visit' THEN 1 WHEN 'engaged' THEN 2 WHEN 'new' THEN 3 ELSE 4 END";

// The same tier as a condition on the stage, which the Funnel+Recency index answers.
std::string derivedTierCondition(const QString& tier) {
  if (tier == QLatin1StringView(kTierTestDrive)) return "l.stage_rank >= 3";
  if (tier == QLatin1StringView(kTierStoreVisit)) return "l.stage_rank = 2";
  if (tier == QLatin1StringView(kTierEngaged)) return "l.stage_rank = 1";
  if (tier == QLatin1StringView(kTierNew)) return "l.stage_rank = 0";
  return "0";
}

constexpr const char* kFunnelRecency = "l.stage_rank DESC, l.last_contact_at DESC, l.created_at DESC, l.id";
constexpr const char* kFunnelRecencyReversed = "l.stage_rank, l.last_contact_at, l.created_at, l.id DESC";

// Open leads, as counted when the baseline's ranks were last rebuilt (in every import's
// transaction, the only writer of a lead's outcome): one lookup instead of a count.
qint64 openLeadCount(sql::Database& db) { return db.queryInt("SELECT max(rank) FROM queue_baseline").value_or(0); }

std::string replaceArg(const char* pattern, const std::string& arg) {
  std::string s(pattern);
  const auto at = s.find("%1");
  if (at != std::string::npos) s.replace(at, 2, arg);
  return s;
}

}  // namespace

bool QueueFilter::isEmpty() const {
  return specialist.isEmpty() && city.isEmpty() && channel.isEmpty() && tier.isEmpty() && !createdFrom &&
         !createdTo && !contactFrom && !contactTo && search.trimmed().isEmpty();
}

void refreshQueueState(sql::Database& db) {
  refreshBaselineRanks(db);
  refreshRunClosedRanks(db);
}

void refreshBaselineRanks(sql::Database& db) {
  // The baseline's global rank. Reading the Funnel+Recency index in order needs no sort, and
  // appending by rank fills the table's B-tree from left to right.
  db.exec("DELETE FROM queue_baseline");
  db.exec(
      "INSERT INTO queue_baseline (rank, lead_id) SELECT row_number() OVER (ORDER BY stage_rank DESC,"
      " last_contact_at DESC, created_at DESC, id), id FROM leads WHERE outcome IS NULL");
}

namespace {

// The run the queues rank by: the latest finished one.
constexpr const char* kLatestRunFrom =
    " FROM scoring_runs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1";
constexpr const char* kClosedRanksOfRun =
    "SELECT s.rank FROM leads l CROSS JOIN scores s ON s.run_id = ?1 AND s.lead_id = l.id WHERE l.outcome IS NOT NULL";

}  // namespace

void refreshRunClosedRanks(sql::Database& db) {
  db.exec("DELETE FROM queue_run_closed; DELETE FROM meta WHERE key IN ('queue_run_closed_run', 'queue_run_tier_totals')");
  const auto run = db.queryInt(std::string("SELECT id") + kLatestRunFrom);
  if (!run) return;
  {
    // The run's leads per tier (a finished run never changes), which every queue page counts
    // when it opens (~0.1 s at a million leads): JSON {"run": id, "tiers": [[name, n], ...]}.
    QJsonArray tiers;
    auto st = db.prepare("SELECT tier, count(*) FROM scores WHERE run_id = ?1 GROUP BY tier");
    st.bind(1, *run);
    while (st.step()) tiers.append(QJsonArray{st.isNull(0) ? QJsonValue() : QJsonValue(text(st.columnText(0))),
                                              QJsonValue(static_cast<qint64>(st.columnInt(1)))});
    const QByteArray json = QJsonDocument(QJsonObject{{u"run"_s, static_cast<qint64>(*run)}, {u"tiers"_s, tiers}})
                                .toJson(QJsonDocument::Compact);
    auto keep = db.prepare("INSERT INTO meta (key, value) VALUES ('queue_run_tier_totals', ?1)");
    keep.bindText(1, std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    keep.run();
  }
  auto fill = db.prepare(std::string("INSERT INTO queue_run_closed (run_id, rank) SELECT ?1, rank FROM (") +
                         kClosedRanksOfRun + ")");
  fill.bind(1, *run);
  fill.run();
  auto mark = db.prepare("INSERT INTO meta (key, value) VALUES ('queue_run_closed_run', ?1)");
  mark.bindText(1, std::to_string(*run));
  mark.run();
}

namespace {

constexpr std::pair<const char*, const char*> kLeadQueueIndexes[] = {
    {"leads_queue", "leads(stage_rank DESC, last_contact_at DESC, created_at DESC) WHERE outcome IS NULL"},
    {"leads_open_specialist",
     "leads(specialist_id, stage_rank DESC, last_contact_at DESC, created_at DESC) WHERE outcome IS NULL"},
    {"leads_open_city", "leads(city, stage_rank DESC, last_contact_at DESC, created_at DESC) WHERE outcome IS NULL"},
    {"leads_open_channel", "leads(channel, stage_rank DESC, last_contact_at DESC, created_at DESC) WHERE outcome IS NULL"},
    // A date range's index carries the other date and the stage, so a range's tier counts and a
    // range sorted by the other date read the index alone (a month of a million leads is ~140,000
    // entries: ~0.4 s when each looks its row up, ~0.05 s from the index); the row id comes
    // second, so a sort by the date (ties by id) still walks the index in order.
    {"leads_open_contact", "leads(last_contact_at, id, created_at, stage_rank) WHERE outcome IS NULL"},
    {"leads_open_created", "leads(created_at, id, last_contact_at, stage_rank) WHERE outcome IS NULL"},
    // Closed leads are few: the ranks a model run gave them are skipped when paging its queue,
    // and with leads_open_contact this gives the newest contact at once.
    {"leads_closed", "leads(last_contact_at) WHERE outcome IS NOT NULL"},
};

}  // namespace

void dropLeadQueueIndexes(sql::Database& db) {
  for (const auto& [name, definition] : kLeadQueueIndexes) db.exec(std::string("DROP INDEX IF EXISTS ") + name);
}

void createLeadQueueIndexes(sql::Database& db) {
  for (const auto& [name, definition] : kLeadQueueIndexes)
    db.exec(std::string("CREATE INDEX IF NOT EXISTS ") + name + " ON " + definition);
}

namespace {

std::int64_t searchIndexedThrough(sql::Database& db) {
  return db.queryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_through'").value_or(0);
}

}  // namespace

bool searchIndexPending(sql::Database& db) {
  return db.queryInt("SELECT max(id) FROM interactions").value_or(0) > searchIndexedThrough(db);
}

qint64 indexPendingNotes(sql::Database& db) {
  const std::int64_t indexedThrough = searchIndexedThrough(db);
  const std::int64_t lastInteraction = db.queryInt("SELECT max(id) FROM interactions").value_or(0);
  if (lastInteraction <= indexedThrough) return 0;
  std::optional<sql::Transaction> tx;
  if (!db.inTransaction()) tx.emplace(db);
  auto select = db.prepare(
      "SELECT id, text FROM interactions WHERE id > ?1 AND id <= ?2 AND text IS NOT NULL AND text <> '' ORDER BY id");
  auto insert = db.prepare("INSERT INTO interaction_search (rowid, body) VALUES (?1, ?2)");
  select.bind(1, indexedThrough).bind(2, lastInteraction);
  std::string body;
  qint64 indexed = 0;
  while (select.step()) {
    body = searchIndexText(select.columnText(1));
    insert.bind(1, select.columnInt(0));
    insert.bindText(2, body);
    insert.run();
    ++indexed;
  }
  auto mark = db.prepare(
      "INSERT INTO meta (key, value) VALUES ('search_indexed_through', ?1)"
      " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  mark.bindText(1, std::to_string(lastInteraction));
  mark.run();
  if (tx) tx->commit();
  return indexed;
}

// ---- QueueQuery ---------------------------------------------------------------------------------

namespace {

struct Built {
  std::string sql;
  Binder binder;
};

}  // namespace

QueueQuery::QueueQuery(const Workspace& workspace) : m_workspace(workspace) {}

QueueQuery::~QueueQuery() = default;

void QueueQuery::preloadInBackground() {
  if (m_mapsEnabled && m_dataVersion && !m_mapLoader && !m_mapsAsked)
    m_mapLoader = std::make_unique<LeadMapLoader>(m_workspace.databasePath(), m_policy.model ? m_policy.runId : 0);
}

void QueueQuery::waitForLeadMaps() const { (void)maps(); }

void QueueQuery::setLeadMapsEnabled(bool enabled) {
  m_mapsEnabled = enabled;
  m_mapLoader.reset();
  m_ownMaps.reset();
  m_maps = nullptr;
  m_mapsAsked = false;
  forgetKeptResults();
}

const LeadMaps* QueueQuery::maps() const {
  if (!m_mapsEnabled) return nullptr;
  if (m_mapsAsked) return m_maps;
  m_mapsAsked = true;
  if (m_mapLoader) {
    const LeadMaps* loaded = m_mapLoader->wait();
    // Read through another connection: usable when it saw the data this one did.
    if (loaded && loaded->snapshot == m_snapshot) {
      m_maps = loaded;
      return m_maps;
    }
    m_mapLoader.reset();
  }
  try {
    m_ownMaps = readLeadMaps(m_workspace.database(), m_policy.model ? m_policy.runId : 0);
  } catch (const sql::SqlError& e) {
    log::get("queues")->warn("lead maps not read: {}", e.what());
    m_ownMaps.reset();
  }
  m_maps = m_ownMaps ? &*m_ownMaps : nullptr;
  return m_maps;
}

const LeadMaps* QueueQuery::tierMaps() const {
  if (!m_policy.model || !m_policy.runHasTiers || !m_model.tiersComplete) return nullptr;
  const LeadMaps* m = maps();
  return m && !m->tierNames.empty() ? m : nullptr;
}

Result<RankingPolicy> QueueQuery::refreshIfChanged() {
  try {
    if (m_dataVersion && m_workspace.database().queryInt("PRAGMA data_version") == m_dataVersion) return m_policy;
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(m_workspace, e));
  }
  return refresh();
}

Result<RankingPolicy> QueueQuery::refresh() {
  try {
    auto& db = m_workspace.database();
    // Read first: a commit while this runs is then seen by the next refreshIfChanged().
    m_dataVersion = db.queryInt("PRAGMA data_version");
    RankingPolicy policy;
    auto run = db.prepare(std::string("SELECT id, model_fingerprint, model_path, policy, finished_at, params_json,"
                                      " lead_count") +
                          kLatestRunFrom);
    if (run.step()) {
      const qint64 runId = run.columnInt(0);
      const QString fingerprint = text(run.columnText(1));
      const QString path = text(run.columnText(2));
      const QString policyName = text(run.columnText(3));
      const auto finished = optionalInt(run, 4);
      const auto params = QJsonDocument::fromJson(QByteArray(run.columnText(5).data(),
                                                             static_cast<qsizetype>(run.columnText(5).size())))
                              .object();
      const qint64 recordedCount = run.isNull(6) ? 0 : run.columnInt(6);
      run.reset();
      auto scored = db.prepare("SELECT count(*), count(nullif(tier, '')) FROM (SELECT tier FROM scores WHERE run_id = ?1 LIMIT 1)");
      scored.bind(1, runId);
      scored.step();
      const bool any = scored.columnInt(0) > 0;
      policy.runHasTiers = scored.columnInt(1) > 0;
      scored.reset();
      if (any) {
        policy.model = true;
        policy.runId = runId;
        policy.policyName = policyName;
        policy.finishedAt = finished;
        QString name = params.value(u"model_name"_s).toString();
        if (name.isEmpty()) name = params.value(u"checkpoint_name"_s).toString();
        if (name.isEmpty() && !path.isEmpty()) name = path.section(u'/', -1, -1, QString::SectionSkipEmpty);
        if (name.isEmpty()) name = fingerprint.left(12);
        policy.modelName = name;
        // A finished run never changes: the count written with it saves counting ~1M index
        // entries on every open. Runs written without one are counted.
        if (recordedCount > 0) {
          policy.scoredLeads = recordedCount;
        } else {
          auto n = db.prepare("SELECT count(*) FROM scores WHERE run_id = ?1");
          n.bind(1, runId);
          n.step();
          policy.scoredLeads = n.columnInt(0);
        }
      }
    }
    m_policy = policy;
    m_partACount.reset();
    m_counts.clear();
    m_tierCounts.clear();
    m_keyset.reset();
    m_model = ModelState{};
    m_search = SearchMatches{};
    m_mapLoader.reset();
    m_ownMaps.reset();
    m_maps = nullptr;
    m_mapsAsked = false;
    m_snapshot = leadMapsSnapshot(db);
    if (policy.model) {
      const auto runInt = [&](const char* sql) {
        auto st = db.prepare(sql);
        st.bind(1, policy.runId);
        st.step();
        return st.isNull(0) ? std::int64_t(0) : st.columnInt(0);
      };
      m_model.tiersComplete =
          policy.runHasTiers &&
          runInt("SELECT count(*) FROM (SELECT 1 FROM scores WHERE run_id = ?1 AND (tier IS NULL OR tier = '') LIMIT 1)") == 0;
      // Kept with the run by refreshRunClosedRanks(); found the long way for a run written
      // without it.
      const bool kept =
          db.queryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'queue_run_closed_run'") == policy.runId;
      m_model.closedKept = kept;
      auto closed = db.prepare(kept ? std::string("SELECT rank FROM queue_run_closed WHERE run_id = ?1 ORDER BY rank")
                                    : std::string(kClosedRanksOfRun) + " ORDER BY s.rank");
      closed.bind(1, policy.runId);
      while (closed.step()) m_model.closedRanks.push_back(closed.columnInt(0));
      closed.reset();
      const qint64 open = openLeadCount(db);
      m_model.unscoredOpen =
          std::max<qint64>(0, open - (policy.scoredLeads - static_cast<qint64>(m_model.closedRanks.size())));
      if (m_model.unscoredOpen > 0) {
        const qint64 maxScored = runInt("SELECT max(lead_id) FROM scores WHERE run_id = ?1");
        auto tail = db.prepare("SELECT count(*) FROM leads WHERE id > ?1 AND +outcome IS NULL");
        tail.bind(1, maxScored);
        tail.step();
        if (tail.columnInt(0) == m_model.unscoredOpen) m_model.unscoredAbove = maxScored;
      }
      // The run's tier totals, kept with it by refreshRunClosedRanks().
      if (const auto totalsJson = db.queryText("SELECT value FROM meta WHERE key = 'queue_run_tier_totals'")) {
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(*totalsJson)).object();
        if (o.value(u"run"_s).toInteger(-1) == policy.runId && o.value(u"tiers"_s).isArray()) {
          std::vector<std::pair<QString, qint64>> totals;
          for (const QJsonValue& t : o.value(u"tiers"_s).toArray())
            totals.emplace_back(t.toArray().at(0).toString(), t.toArray().at(1).toInteger());
          m_model.tierTotals = std::move(totals);
        }
      }
      m_model.denseRanks = runInt("SELECT min(rank) FROM scores WHERE run_id = ?1") == 1 &&
                           runInt("SELECT max(rank) FROM scores WHERE run_id = ?1") == policy.scoredLeads;
    }
    const auto created = db.queryInt("SELECT max(created_at) FROM leads");
    const auto openContact = db.queryInt("SELECT max(last_contact_at) FROM leads WHERE outcome IS NULL");
    const auto closedContact = db.queryInt("SELECT max(last_contact_at) FROM leads WHERE outcome IS NOT NULL");
    const auto contact = openContact && closedContact ? std::max(openContact, closedContact)
                                                      : (openContact ? openContact : closedContact);
    m_asOf = created && contact ? std::max(*created, *contact) : (created ? created : contact);
    return m_policy;
  } catch (const sql::SqlError& e) {
    m_dataVersion.reset();
    return std::unexpected(storeError(m_workspace, e));
  }
}

namespace {

// A search matching at most this many leads is read from its list of ids.
constexpr std::int64_t kListedMatches = 5000;

std::string selectColumns(bool model) {
  std::string s = "l.id, l.lead_id, ";
  s += model ? "s.rank, s.pair_score, s.probability, coalesce(nullif(s.tier, ''), " + std::string(kDerivedTier) + ")"
             : "b.rank, NULL, NULL, " + std::string(kDerivedTier);
  s += ", l.stage_rank, l.last_contact_at, l.created_at, l.specialist_id, l.channel, l.city";
  return s;
}

}  // namespace

std::string QueueQuery::filterConditions(const QueueSpec& spec, Binder& b, qint64 hotSize,
                                         const WhereOptions& o) const {
  const RankingPolicy& policy = m_policy;
  std::string where = o.leadIndexes ? "l.outcome IS NULL" : "+l.outcome IS NULL";
  const QueueFilter& f = spec.filter;
  // Without statistics the planner cannot tell a specialist (a few thousand leads) from a
  // channel (a sixth of them): only the most selective of the equal filters may pick an index.
  if (!f.specialist.isEmpty()) where += " AND l.specialist_id = " + b.add(f.specialist);
  if (!f.city.isEmpty()) where += (f.specialist.isEmpty() ? " AND l.city = " : " AND +l.city = ") + b.add(f.city);
  if (!f.channel.isEmpty())
    where += (f.specialist.isEmpty() && f.city.isEmpty() && o.wideIndexes ? " AND l.channel = " : " AND +l.channel = ") +
             b.add(f.channel);
  if (o.group) {
    where += std::string(" AND ") + o.group->column;
    where += o.group->isNull ? std::string(" IS NULL") : " = " + b.add(o.group->value);
  }
  const char* range = o.rangeIndexes ? " AND " : " AND +";
  if (f.createdFrom) where += std::string(range) + "l.created_at >= " + b.add(*f.createdFrom);
  if (f.createdTo) where += std::string(range) + "l.created_at < " + b.add(*f.createdTo);
  if (f.contactFrom) where += std::string(range) + "l.last_contact_at >= " + b.add(*f.contactFrom);
  if (f.contactTo) where += std::string(range) + "l.last_contact_at < " + b.add(*f.contactTo);
  // The leads whose notes match, gathered once per search by ensureSearchable(): read from
  // their list when few, else tested as the query's index is walked.
  // Walking a run's ranks, the score's lead is tested before the lead's row is read.
  if (searchMatchExpression(f.search)) {
    const char* id = o.part == Part::Scored ? "s.lead_id" : "l.id";
    where += m_search.list.empty()
                 ? " AND ll_in_set(" + b.add(m_search.leads) + ", " + id + ")"
                 : std::string(" AND ") + id + " IN (SELECT value FROM json_each(" + b.addText(m_search.list) + "))";
  }
  if (policy.model && o.part == Part::Unscored) where += " AND " + unscoredCondition();
  const auto tierCondition = [&](const QString& tier) {
    if (policy.model && policy.runHasTiers && o.part != Part::Unscored) {
      const std::string t = b.add(tier);
      if (o.part == Part::Scored && m_model.tiersComplete) return "s.tier = " + t;
      return "(s.tier = " + t + " OR (coalesce(s.tier, '') = '' AND " + derivedTierCondition(tier) + "))";
    }
    return (o.wideIndexes ? "" : "+") + derivedTierCondition(tier);
  };
  if (!f.tier.isEmpty()) where += " AND " + tierCondition(f.tier);
  if (o.tierOfFilterOnly) return where;
  if (spec.kind == QueueSpec::Kind::Tier) where += " AND " + tierCondition(spec.tier);
  if (spec.kind == QueueSpec::Kind::HotList) {
    // A long hot list is met while walking the sort's index; a short one is read and sorted.
    where += hotSize >= 5000 ? " AND +l.id IN " : " AND l.id IN ";
    if (policy.model)
      where += "(SELECT hs.lead_id FROM scores hs JOIN leads hl ON hl.id = hs.lead_id WHERE hs.run_id = " +
               b.add(policy.runId) + " AND +hl.outcome IS NULL ORDER BY hs.rank LIMIT " + b.add(hotSize) + ")";
    else
      where += "(SELECT lead_id FROM queue_baseline WHERE rank <= " + b.add(hotSize) + ")";
  }
  return where;
}

// Open leads the run has not scored: imported since, as a rowid range when that is all of them.
std::string QueueQuery::unscoredCondition() const {
  if (m_model.unscoredOpen == 0) return "0";
  if (m_model.unscoredAbove) return "l.id > " + std::to_string(*m_model.unscoredAbove);
  return "NOT EXISTS (SELECT 1 FROM scores u WHERE u.run_id = " + std::to_string(m_policy.runId) +
         " AND u.lead_id = l.id)";
}

Result<qint64> QueueQuery::hotListSize(const QueueSpec& spec) const {
  if (spec.hotPercent <= 0.0) return std::max<qint64>(0, spec.hotCount);
  try {
    return static_cast<qint64>(std::ceil(spec.hotPercent / 100.0 * static_cast<double>(openLeadCount(m_workspace.database()))));
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(m_workspace, e));
  }
}

namespace {

std::string fromClause(const RankingPolicy& policy, Binder& b) {
  if (policy.model)
    return " FROM leads l LEFT JOIN scores s ON s.run_id = " + b.add(policy.runId) + " AND s.lead_id = l.id";
  return " FROM leads l LEFT JOIN queue_baseline b ON b.lead_id = l.id";
}

// Order of a sort on a lead column, ties broken by the ranking policy.
std::string orderBy(const RankingPolicy& policy, QueueColumn column, bool descending) {
  const std::string rankTies =
      policy.model ? std::string("coalesce(s.rank, 9223372036854775807), ") + kFunnelRecency : std::string(kFunnelRecency);
  const char* asc = descending ? " DESC" : "";
  const char* desc = descending ? "" : " DESC";
  switch (column) {
    case QueueColumn::Rank:
    case QueueColumn::Score:
    case QueueColumn::Probability:
      if (policy.model) {
        if (column == QueueColumn::Probability)
          return std::string("s.probability IS NULL, s.probability") + desc + ", " + rankTies;
        // As the scored part, then the unscored part (Funnel+Recency) are read on their own.
        return std::string("s.rank IS NULL, s.rank") + asc + ", " + (descending ? kFunnelRecencyReversed : kFunnelRecency);
      }
      return descending ? kFunnelRecencyReversed : kFunnelRecency;
    case QueueColumn::Tier:
      if (policy.model)
        return replaceArg(kTierOrder, "coalesce(nullif(s.tier, ''), " + std::string(kDerivedTier) + ")") + asc + ", " + rankTies;
      return descending ? kFunnelRecencyReversed : kFunnelRecency;
    case QueueColumn::LastContact:
      return std::string("l.last_contact_at") + desc + ", l.id" + desc;
    case QueueColumn::Age:
      return std::string("l.created_at") + desc + ", l.id" + desc;
    case QueueColumn::Specialist:
      return std::string("l.specialist_id") + asc + ", " + rankTies;
    case QueueColumn::Channel:
      return std::string("l.channel") + asc + ", " + rankTies;
    case QueueColumn::City:
      return std::string("l.city") + asc + ", " + rankTies;
    case QueueColumn::LeadId:
      return std::string("l.lead_id") + asc;
  }
  return kFunnelRecency;
}

// Filters selective enough that their own index beats walking the queue's order.
// (A search is, when it matches few leads: QueueQuery::manySearchMatches.)
bool hasSelectiveFilter(const QueueFilter& f) {
  return !f.specialist.isEmpty() || !f.city.isEmpty() || f.createdFrom || f.createdTo || f.contactFrom || f.contactTo;
}

bool hasLeadFilter(const QueueFilter& f) {
  return hasSelectiveFilter(f) || !f.channel.isEmpty() || !f.search.trimmed().isEmpty();
}

bool hasRange(const QueueFilter& f) { return f.createdFrom || f.createdTo || f.contactFrom || f.contactTo; }

bool scoreDriven(const RankingPolicy& policy, QueueColumn column) {
  return policy.model &&
         (column == QueueColumn::Rank || column == QueueColumn::Score || column == QueueColumn::Probability);
}

bool rankLike(QueueColumn column) {
  return column == QueueColumn::Rank || column == QueueColumn::Score || column == QueueColumn::Probability;
}

QueueRow readRow(const sql::Statement& st, const std::optional<std::int64_t>& asOf) {
  QueueRow r;
  r.id = st.columnInt(0);
  r.leadId = text(st.columnText(1));
  r.rank = optionalInt(st, 2);
  r.score = optionalDouble(st, 3);
  r.probability = optionalDouble(st, 4);
  r.tier = text(st.columnText(5));
  r.stage = static_cast<Stage>(std::clamp<std::int64_t>(st.columnInt(6), 0, 4));
  r.lastContactAt = optionalInt(st, 7);
  r.createdAt = optionalInt(st, 8);
  if (r.createdAt && asOf) r.ageDays = std::max<std::int64_t>(0, (*asOf - *r.createdAt) / 86400);
  r.specialist = text(st.columnText(9));
  r.channel = text(st.columnText(10));
  r.city = text(st.columnText(11));
  return r;
}

// Keeps the latest few results of a query by key (the oldest goes first).
template <class T>
void remember(std::vector<std::pair<std::string, T>>& cache, const std::string& key, const T& value) {
  constexpr std::size_t kKept = 8;
  if (cache.size() >= kKept) cache.erase(cache.begin());
  cache.emplace_back(key, value);
}

qint64 scalar(sql::Database& db, const std::string& sql, const Binder& b) {
  auto st = db.prepare(sql);
  b.bindTo(st);
  st.step();
  return st.columnInt(0);
}

}  // namespace

Result<void> QueueQuery::ensureSearchable(const QueueFilter& filter) const {
  if (filter.search.trimmed().isEmpty()) return {};
  try {
    auto& db = m_workspace.database();
    if (searchIndexPending(db)) {
      const qint64 n = indexPendingNotes(db);
      log::get("queues")->info("search index brought up to date: {} notes", n);
    }
    // A search matches many notes at a time (a common word, a city's name): the matching leads
    // are collected once, then the count, the pages and the tier counts of the search read them.
    const auto match = searchMatchExpression(filter.search);
    if (!match) return {};
    const std::string key = *match + '\x1f' + std::to_string(searchIndexedThrough(db));
    if (m_search.key == key) return {};
    m_search = SearchMatches{};
    const LeadMaps* m = maps();
    if (m && !m->noteLead.empty()) {
      // The index's row ids are the notes'; the map gives each note's lead without reading the
      // note's row (~0.1 s for 125,000 notes at a million leads).
      auto st = db.prepare("SELECT rowid FROM interaction_search WHERE interaction_search MATCH ?1");
      st.bindText(1, *match);
      std::optional<sql::Statement> lookup;
      while (st.step()) {
        const std::int64_t note = st.columnInt(0);
        std::int64_t lead = note >= 0 && static_cast<std::uint64_t>(note) < m->noteLead.size()
                                ? m->noteLead[static_cast<std::size_t>(note)]
                                : 0;
        if (lead == 0) {
          // A note newer than the maps.
          if (!lookup) lookup = db.prepare("SELECT lead_id FROM interactions WHERE id = ?1");
          lookup->bind(1, note);
          if (lookup->step()) lead = lookup->columnInt(0);
          lookup->reset();
        }
        if (lead > 0) m_search.leads.insert(lead);
      }
    } else {
      auto st = db.prepare(
          "SELECT i.lead_id FROM interaction_search s JOIN interactions i ON i.id = s.rowid"
          " WHERE interaction_search MATCH ?1");
      st.bindText(1, *match);
      while (st.step()) m_search.leads.insert(st.columnInt(0));
    }
    // Few matches are read from their list and sorted; many are tested while the queue's own
    // order is walked (a page then comes after a few hundred rows).
    if (m_search.leads.size() <= kListedMatches) {
      std::string list = "[";
      m_search.leads.forEach([&](std::int64_t id) {
        if (list.size() > 1) list += ',';
        list += std::to_string(id);
      });
      list += ']';
      m_search.list = std::move(list);
    }
    m_search.key = key;
    return {};
  } catch (const sql::SqlError& e) {
    m_search = SearchMatches{};
    return std::unexpected(Error{ErrorCode::Workspace,
                                 u"The notes could not be indexed for search (%1). Try the search again."_s.arg(
                                     QString::fromUtf8(e.what())),
                                 m_workspace.directory(), 0, {}});
  }
}

bool QueueQuery::manySearchMatches(const QueueFilter& filter) const {
  return searchMatchExpression(filter.search).has_value() && !m_search.key.empty() && m_search.list.empty();
}

void QueueQuery::forgetKeptResults() const {
  m_counts.clear();
  m_tierCounts.clear();
  m_partACount.reset();
  m_keyset.reset();
  m_search = SearchMatches{};
}

// Open leads a date range matches, read from its partial index alone.
qint64 QueueQuery::rangeMatches(const QueueFilter& f) const {
  Binder b;
  std::string sql = "SELECT count(*) FROM leads l WHERE l.outcome IS NULL";
  if (f.createdFrom) sql += " AND l.created_at >= " + b.add(*f.createdFrom);
  if (f.createdTo) sql += " AND l.created_at < " + b.add(*f.createdTo);
  if (!f.createdFrom && !f.createdTo) {
    if (f.contactFrom) sql += " AND l.last_contact_at >= " + b.add(*f.contactFrom);
    if (f.contactTo) sql += " AND l.last_contact_at < " + b.add(*f.contactTo);
  }
  return scalar(m_workspace.database(), sql, b);
}

qint64 QueueQuery::countImpl(const QueueSpec& spec, qint64 hot, const Group* group) const {
  auto& db = m_workspace.database();
  const QueueFilter& f = spec.filter;
  if (spec.kind != QueueSpec::Kind::HotList && !group) {
    // A search (and a tier) alone: its matches counted from the lead maps.
    if (const auto counts = searchTierCounts(f)) {
      if (spec.kind == QueueSpec::Kind::Tier && !f.tier.isEmpty() && f.tier != spec.tier) return 0;
      const QString tier = spec.kind == QueueSpec::Kind::Tier ? spec.tier : f.tier;
      qint64 n = 0;
      for (const TierCount& c : *counts)
        if (tier.isEmpty() || c.tier == tier) n += c.count;
      return n;
    }
  }
  const bool tierAsked = !f.tier.isEmpty() || spec.kind == QueueSpec::Kind::Tier;
  if (m_policy.model && m_policy.runHasTiers && tierAsked) {
    // Scored leads of the tier from the run's (run, tier, rank) index, less the closed ones;
    // the unscored ones by their stage.
    if (m_model.tiersComplete && !hasLeadFilter(f) && !group && spec.kind != QueueSpec::Kind::HotList &&
        (f.tier.isEmpty() || spec.kind != QueueSpec::Kind::Tier || f.tier == spec.tier)) {
      const QString tier = spec.kind == QueueSpec::Kind::Tier ? spec.tier : f.tier;
      qint64 n = 0;
      {
        Binder b;
        n += scalar(db, "SELECT count(*) FROM scores WHERE run_id = " + b.add(m_policy.runId) + " AND tier = " + b.add(tier), b);
      }
      {
        Binder b;
        n -= scalar(db, "SELECT count(*) FROM leads l CROSS JOIN scores s ON s.run_id = " + b.add(m_policy.runId) +
                            " AND s.lead_id = l.id WHERE l.outcome IS NOT NULL AND s.tier = " + b.add(tier), b);
      }
      if (m_model.unscoredOpen > 0) {
        Binder b;
        n += scalar(db, "SELECT count(*) FROM leads l WHERE " +
                            filterConditions(spec, b, hot, WhereOptions{.leadIndexes = false, .part = Part::Unscored}), b);
      }
      return n;
    }
    if (m_model.tiersComplete && !group && spec.kind != QueueSpec::Kind::HotList && tierMaps()) {
      // The leads the other filters match by row id, their tiers from the run's map.
      const LeadMaps& map = *tierMaps();
      const QString tier = spec.kind == QueueSpec::Kind::Tier ? spec.tier : f.tier;
      if (spec.kind == QueueSpec::Kind::Tier && !f.tier.isEmpty() && f.tier != spec.tier) return 0;
      const auto it = std::find(map.tierNames.begin(), map.tierNames.end(), tier);
      qint64 n = 0;
      if (it != map.tierNames.end()) {
        const auto wanted = static_cast<std::uint8_t>(it - map.tierNames.begin() + 1);
        QueueSpec others = spec;
        others.kind = QueueSpec::Kind::AllOpen;
        others.filter.tier.clear();
        Binder b;
        auto st = db.prepare("SELECT l.id FROM leads l WHERE " + filterConditions(others, b, hot, WhereOptions{}));
        b.bindTo(st);
        const auto size = static_cast<std::int64_t>(map.tierCode.size());
        while (st.step()) {
          const std::int64_t id = st.columnInt(0);
          if (id >= 0 && id < size && map.tierCode[static_cast<std::size_t>(id)] == wanted) ++n;
        }
      }
      if (m_model.unscoredOpen > 0) {
        Binder b;
        n += scalar(db, "SELECT count(*) FROM leads l WHERE " +
                            filterConditions(spec, b, hot, WhereOptions{.leadIndexes = !m_model.unscoredAbove, .part = Part::Unscored}), b);
      }
      return n;
    }
    Binder b;
    std::string sql = "SELECT count(*) FROM leads l LEFT JOIN scores s ON s.run_id = " + b.add(m_policy.runId) +
                      " AND s.lead_id = l.id WHERE ";
    sql += filterConditions(spec, b, hot, WhereOptions{.leadIndexes = spec.kind != QueueSpec::Kind::HotList, .group = group});
    return scalar(db, sql, b);
  }
  if (spec.kind == QueueSpec::Kind::AllOpen && f.isEmpty() && !group) return openLeadCount(db);
  if (spec.kind == QueueSpec::Kind::HotList && f.isEmpty() && !group) {
    // The first `hot` open leads by rank: as many as there are, up to `hot`.
    const qint64 ranked = m_policy.model ? m_policy.scoredLeads - static_cast<qint64>(m_model.closedRanks.size())
                                         : openLeadCount(db);
    return std::min(hot, ranked);
  }
  Binder b;
  // A hot list is counted from its own few ids, not by walking every open lead.
  const std::string where = filterConditions(
      spec, b, hot, WhereOptions{.leadIndexes = spec.kind != QueueSpec::Kind::HotList, .group = group});
  return scalar(db, "SELECT count(*) FROM leads l WHERE " + where, b);
}

Result<qint64> QueueQuery::count(const QueueSpec& spec) const {
  auto hot = hotListSize(spec);
  if (!hot) return std::unexpected(hot.error());
  // Counts hold until the next refresh(): a sort, or the page asking again for its queue list,
  // does not count again.
  QueueSpec keySpec = spec;
  keySpec.sortColumn = QueueColumn::Rank;
  keySpec.descending = false;
  const std::string key = specKey(keySpec) + '\x1f' + std::to_string(*hot);
  for (const auto& [k, n] : m_counts)
    if (k == key) return n;
  if (auto ok = ensureSearchable(spec.filter); !ok) return std::unexpected(ok.error());
  try {
    const qint64 n = countImpl(spec, *hot, nullptr);
    remember(m_counts, key, n);
    return n;
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(m_workspace, e));
  }
}

// The groups a sort by `column` walks, in order, when each group can be read in rank order from
// an index (a model run's tiers and channels; the reversed order of a lead column): none when the
// plain ORDER BY is as good.
std::optional<std::vector<std::pair<Group, QString>>> QueueQuery::sortGroups(const QueueSpec& spec) const {
  const QueueFilter& f = spec.filter;
  if (spec.kind == QueueSpec::Kind::HotList || hasSelectiveFilter(f) ||
      (!f.search.trimmed().isEmpty() && !manySearchMatches(f)))
    return std::nullopt;
  std::vector<std::pair<Group, QString>> groups;  // (lead column group, tier)
  if (spec.sortColumn == QueueColumn::Tier) {
    if (!m_policy.model || !m_policy.runHasTiers || !m_model.tiersComplete || spec.kind == QueueSpec::Kind::Tier)
      return std::nullopt;
    for (const char* t : {kTierTestDrive, kTierStoreVisit, kTierEngaged, kTierNew}) groups.push_back({Group{}, QString::fromLatin1(t)});
    // Tiers outside the default funnel sort together by rank: the plain ORDER BY handles them.
    Binder b;
    if (scalar(m_workspace.database(),
               "SELECT count(*) FROM (SELECT 1 FROM scores WHERE run_id = " + b.add(m_policy.runId) +
                   " AND tier NOT IN ('test_drive', 'store_visit', 'engaged', 'new') LIMIT 1)",
               b) > 0)
      return std::nullopt;
  } else if (spec.sortColumn == QueueColumn::Channel && (m_policy.model || spec.descending)) {
    const char* column = "l.channel";
    if (!f.channel.isEmpty()) {
      groups.push_back({Group{column, false, f.channel}, {}});
    } else {
      auto values = distinctValues(QueueColumn::Channel);
      if (!values) return std::nullopt;
      auto& db = m_workspace.database();
      if (db.queryInt("SELECT count(*) FROM (SELECT 1 FROM leads WHERE outcome IS NULL AND channel IS NULL LIMIT 1)").value_or(0))
        groups.push_back({Group{column, true, {}}, {}});
      if (db.queryInt("SELECT count(*) FROM (SELECT 1 FROM leads WHERE outcome IS NULL AND channel = '' LIMIT 1)").value_or(0))
        groups.push_back({Group{column, false, QString(u""_s)}, {}});
      for (const QString& v : *values) groups.push_back({Group{column, false, v}, {}});
    }
  } else {
    return std::nullopt;
  }
  if (spec.descending) std::reverse(groups.begin(), groups.end());
  return groups;
}

std::vector<QueueRow> QueueQuery::rowsImpl(const QueueSpec& spec, qint64 hot, qint64 offset, qint64 limit,
                                           const Group* group) const {
  auto& db = m_workspace.database();
  std::vector<QueueRow> out;
  const auto run = [&](const std::string& sql, const Binder& b) {
    auto st = db.prepare(sql);
    b.bindTo(st);
    while (st.step()) out.push_back(readRow(st, m_asOf));
  };
  const QueueFilter& f = spec.filter;
  // The baseline's own order over every open lead: its ranks are the positions.
  if (!m_policy.model && rankLike(spec.sortColumn) && spec.kind == QueueSpec::Kind::AllOpen && f.isEmpty() && !group) {
    Binder b;
    std::string sql = "SELECT " + selectColumns(false) + " FROM queue_baseline b JOIN leads l ON l.id = b.lead_id WHERE ";
    sql += spec.descending ? "b.rank <= (SELECT max(rank) FROM queue_baseline) - " + b.add(offset) + " ORDER BY b.rank DESC"
                           : "b.rank > " + b.add(offset) + " ORDER BY b.rank";
    sql += " LIMIT " + b.add(limit);
    run(sql, b);
    return out;
  }
  // A date range that matches many leads is checked while walking the queue's order (a page
  // comes after a few thousand rows) instead of read from its index and sorted; a narrow one is
  // read from its index. So is any range when the page is sorted by a date: creation and last
  // contact go together, and walking one date's order to find a range of the other may read most
  // of the queue first.
  bool rangeIndexes = true;
  if (hasRange(f) && spec.sortColumn != QueueColumn::Age && spec.sortColumn != QueueColumn::LastContact)
    rangeIndexes = rangeMatches(f) < 5000;
  // Few matches are found by their own index and sorted; many are met while walking the run's
  // ranks. A city or specialist holds few enough leads; a wide date range does not.
  // A search's many matches are met soon while walking the page's order (one lead in eight:
  // a page after a few hundred rows), where reading them all and sorting them costs ~0.3 s.
  const bool selective = !f.specialist.isEmpty() || !f.city.isEmpty() ||
                         (!f.search.trimmed().isEmpty() && !manySearchMatches(f)) ||
                         (hasRange(f) && rangeIndexes) || (group && std::string_view(group->column) != "l.channel");
  if (!scoreDriven(m_policy, spec.sortColumn) || selective) {
    Binder b;
    std::string sql = "SELECT " + selectColumns(m_policy.model) + fromClause(m_policy, b);
    const bool byLeadColumn = !rankLike(spec.sortColumn) && spec.sortColumn != QueueColumn::Tier &&
                              !(spec.sortColumn == QueueColumn::Channel && !f.channel.isEmpty());
    sql += " WHERE " + filterConditions(spec, b, hot,
                                        WhereOptions{.rangeIndexes = rangeIndexes, .group = group, .wideIndexes = !byLeadColumn});
    const std::string order = orderBy(m_policy, spec.sortColumn, spec.descending);
    const bool leadOrderOnly = spec.sortColumn == QueueColumn::LastContact || spec.sortColumn == QueueColumn::Age ||
                               spec.sortColumn == QueueColumn::LeadId;
    if (leadOrderOnly && (!m_policy.model || (f.tier.isEmpty() && spec.kind != QueueSpec::Kind::Tier))) {
      // The page is chosen among the leads alone; only its rows look up their scores (or their
      // baseline ranks).
      Binder p;
      std::string paged = "SELECT " + selectColumns(m_policy.model) + " FROM (SELECT l.* FROM leads l WHERE " +
                          filterConditions(spec, p, hot, WhereOptions{.rangeIndexes = rangeIndexes, .group = group,
                                                                      .wideIndexes = false}) +
                          " ORDER BY " + order + " LIMIT " + p.add(limit) + " OFFSET " + p.add(offset) + ") l";
      paged += m_policy.model ? " LEFT JOIN scores s ON s.run_id = " + p.add(m_policy.runId) + " AND s.lead_id = l.id"
                              : std::string(" LEFT JOIN queue_baseline b ON b.lead_id = l.id");
      paged += " ORDER BY " + order;
      run(paged, p);
      return out;
    }
    sql += " ORDER BY " + order;
    sql += " LIMIT " + b.add(limit) + " OFFSET " + b.add(offset);
    run(sql, b);
    return out;
  }
  // Sorted by a score: the scored leads come from the scores' own indexes, driven by the run;
  // leads the run has not seen (imported since) follow in Funnel+Recency order.
  const bool byProbability = spec.sortColumn == QueueColumn::Probability;
  const char* dir = spec.descending ? " DESC" : "";
  const char* rdir = spec.descending ? "" : " DESC";
  std::string key = specKey(spec);
  if (group) key += std::string("\x1f") + group->column + (group->isNull ? "\x1e" : "=") + group->value.toStdString();
  const WhereOptions scored{.leadIndexes = false, .rangeIndexes = rangeIndexes, .part = Part::Scored, .group = group};
  qint64 partA = -1;
  if (m_partACount && m_partACount->first == key) partA = m_partACount->second;
  if (partA < 0 || offset < partA) {
    Binder b;
    // The page's leads are chosen from the order's index (which holds the lead's id) and only
    // then do they read their scores: reading the score of every row skipped on the way would
    // cost a lookup each (~3 us: 2.6 s for a search's last page at a million leads).
    std::string sql = "SELECT s.lead_id AS id FROM scores s JOIN leads l ON l.id = s.lead_id";
    sql += " WHERE s.run_id = " + b.add(m_policy.runId) + " AND " + filterConditions(spec, b, hot, scored);
    qint64 skip = offset;
    if (!byProbability) {
      // Seek instead of skipping: from the last row of the previous page when this page follows
      // it, or, over the whole queue, from the rank the offset falls on (ranks are dense, and
      // the closed leads' ranks are known).
      if (m_keyset && m_keyset->key == key && m_keyset->end == offset) {
        sql += std::string(" AND s.rank ") + (spec.descending ? "< " : "> ") + b.add(m_keyset->lastRank);
        skip = 0;
      } else if (!spec.descending && m_model.denseRanks && spec.kind == QueueSpec::Kind::AllOpen && f.isEmpty() &&
                 !group && offset > 0) {
        // The smallest rank r with r - (closed ranks <= r) = offset + 1.
        qint64 r = offset + 1;
        for (const qint64 closed : m_model.closedRanks) {
          if (closed <= r) ++r;
          else break;
        }
        sql += " AND s.rank >= " + b.add(r);
        skip = 0;
      }
    }
    const std::string order = byProbability ? std::string(" ORDER BY s.probability") + rdir + ", s.rank" + dir
                                            : std::string(" ORDER BY s.rank") + dir;
    sql += order + " LIMIT " + b.add(limit) + " OFFSET " + b.add(skip);
    sql = "SELECT " + selectColumns(true) + " FROM (" + sql + ") p CROSS JOIN scores s ON s.run_id = " +
          b.add(m_policy.runId) + " AND s.lead_id = p.id CROSS JOIN leads l ON l.id = p.id" + order;
    run(sql, b);
    if (!byProbability && !out.empty() && out.back().rank)
      m_keyset = Keyset{key, offset + static_cast<qint64>(out.size()), *out.back().rank};
    if (static_cast<qint64>(out.size()) == limit) return out;
    if (m_model.unscoredOpen == 0) return out;
    if (!out.empty()) {
      partA = offset + static_cast<qint64>(out.size());
    } else {
      Binder c;
      partA = scalar(db, "SELECT count(*) FROM scores s JOIN leads l ON l.id = s.lead_id WHERE s.run_id = " +
                             c.add(m_policy.runId) + " AND " + filterConditions(spec, c, hot, scored), c);
    }
    m_partACount = std::make_pair(key, partA);
  }
  if (m_model.unscoredOpen == 0) return out;
  const qint64 offsetB = std::max<qint64>(0, offset + static_cast<qint64>(out.size()) - partA);
  const qint64 limitB = limit - static_cast<qint64>(out.size());
  Binder b;
  std::string sql = "SELECT " + selectColumns(true) + fromClause(m_policy, b);
  sql += " WHERE " + filterConditions(spec, b, hot,
                                      WhereOptions{.leadIndexes = !m_model.unscoredAbove, .rangeIndexes = rangeIndexes,
                                                   .part = Part::Unscored, .group = group});
  sql += std::string(" ORDER BY ") + (spec.descending ? kFunnelRecencyReversed : kFunnelRecency);
  sql += " LIMIT " + b.add(limitB) + " OFFSET " + b.add(offsetB);
  run(sql, b);
  return out;
}

Result<std::vector<QueueRow>> QueueQuery::rows(const QueueSpec& spec, qint64 offset, qint64 limit) const {
  auto hot = hotListSize(spec);
  if (!hot) return std::unexpected(hot.error());
  std::vector<QueueRow> out;
  if (limit <= 0 || offset < 0) return out;
  if (auto ok = ensureSearchable(spec.filter); !ok) return std::unexpected(ok.error());
  try {
    const auto groups = sortGroups(spec);
    if (!groups) return rowsImpl(spec, *hot, offset, limit, nullptr);
    // Group after group, each in rank order; a group is counted only to skip it whole.
    for (const auto& [group, tier] : *groups) {
      QueueSpec sub = spec;
      sub.sortColumn = QueueColumn::Rank;
      sub.descending = false;
      if (!tier.isEmpty()) {
        if (!sub.filter.tier.isEmpty() && sub.filter.tier != tier) continue;
        sub.filter.tier = tier;
      }
      const Group* g = group.column ? &group : nullptr;
      if (offset > 0) {
        const qint64 n = countImpl(sub, *hot, g);
        if (offset >= n) {
          offset -= n;
          continue;
        }
      }
      auto part = rowsImpl(sub, *hot, offset, limit - static_cast<qint64>(out.size()), g);
      offset = 0;
      for (auto& r : part) out.push_back(std::move(r));
      if (static_cast<qint64>(out.size()) >= limit) break;
    }
    return out;
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(m_workspace, e));
  }
}

std::string QueueQuery::specKey(const QueueSpec& spec) const {
  const QueueFilter& f = spec.filter;
  const auto opt = [](const std::optional<std::int64_t>& v) { return (v ? std::to_string(*v) : std::string("-")) + '\x1e'; };
  return std::to_string(static_cast<int>(spec.kind)) + '\x1f' + spec.tier.toStdString() + '\x1f' +
         std::to_string(spec.hotCount) + '\x1f' + std::to_string(spec.hotPercent) + '\x1f' +
         f.specialist.toStdString() + '\x1f' + f.city.toStdString() + '\x1f' + f.channel.toStdString() + '\x1f' +
         f.tier.toStdString() + '\x1f' + opt(f.createdFrom) + opt(f.createdTo) + opt(f.contactFrom) +
         opt(f.contactTo) + '\x1f' + f.search.toStdString() + '\x1f' +
         std::to_string(static_cast<int>(spec.sortColumn)) + std::to_string(spec.descending);
}

Result<std::vector<TierCount>> QueueQuery::tierCounts(const QueueFilter& filter) const {
  QueueSpec keySpec;
  keySpec.filter = filter;
  keySpec.filter.tier.clear();
  const std::string key = specKey(keySpec);
  for (const auto& [k, counts] : m_tierCounts)
    if (k == key) return counts;
  if (auto ok = ensureSearchable(filter); !ok) return std::unexpected(ok.error());
  try {
    auto& db = m_workspace.database();
    QueueSpec spec;
    spec.kind = QueueSpec::Kind::AllOpen;
    spec.filter = filter;
    spec.filter.tier.clear();
    std::vector<TierCount> counts{{QString::fromLatin1(kTierTestDrive), 0},
                                  {QString::fromLatin1(kTierStoreVisit), 0},
                                  {QString::fromLatin1(kTierEngaged), 0},
                                  {QString::fromLatin1(kTierNew), 0}};
    std::vector<TierCount> others;
    const auto add = [&](const QString& tier, qint64 n) {
      const auto it = std::find_if(counts.begin(), counts.end(), [&](const TierCount& c) { return c.tier == tier; });
      if (it != counts.end())
        it->count += n;
      else if (const auto o = std::find_if(others.begin(), others.end(), [&](const TierCount& c) { return c.tier == tier; });
               o != others.end())
        o->count += n;
      else
        others.push_back({tier, n});
    };
    const auto read = [&](const std::string& sql, const Binder& b, int sign) {
      auto st = db.prepare(sql);
      b.bindTo(st);
      while (st.step()) add(text(st.columnText(0)), sign * st.columnInt(1));
    };
    constexpr const char* kStageTier =
        "CASE l.stage_rank WHEN 0 THEN 'new' WHEN 1 THEN 'engaged' WHEN 2 THEN 'store_visit' ELSE 'test_drive' END";
    // The open leads the run has not scored (imported since), by their stage.
    const auto readUnscoredByStage = [&] {
      if (m_model.unscoredOpen <= 0) return;
      Binder c;
      read(std::string("SELECT ") + kStageTier + ", count(*) FROM leads l WHERE " +
               filterConditions(spec, c, 0, WhereOptions{.leadIndexes = !m_model.unscoredAbove, .part = Part::Unscored,
                                                         .tierOfFilterOnly = true}) +
               " GROUP BY l.stage_rank",
           c, 1);
    };
    if (const auto fromMaps = searchTierCounts(filter)) {
      for (const TierCount& c : *fromMaps) add(c.tier, c.count);
    } else if (m_policy.model && m_policy.runHasTiers && m_model.tiersComplete && !hasLeadFilter(filter)) {
      // The run's tiers from its (run, tier, rank) index (counted once per run), less its leads
      // closed since; the leads it has not scored by their stage.
      if (!m_model.tierTotals) {
        std::vector<std::pair<QString, qint64>> totals;
        Binder b;
        auto st = db.prepare("SELECT tier, count(*) FROM scores WHERE run_id = " + b.add(m_policy.runId) + " GROUP BY tier");
        b.bindTo(st);
        while (st.step()) totals.emplace_back(text(st.columnText(0)), st.columnInt(1));
        m_model.tierTotals = std::move(totals);
      }
      for (const auto& [tier, n] : *m_model.tierTotals) add(tier, n);
      if (!m_model.closedRanks.empty()) {
        // The closed ones by their ranks, kept with the run, rather than probing the run for
        // every closed lead.
        Binder b;
        read(m_model.closedKept
                 ? "SELECT s.tier, count(*) FROM queue_run_closed c CROSS JOIN scores s INDEXED BY scores_rank ON s.run_id = "
                   "c.run_id AND s.rank = c.rank CROSS JOIN leads l ON l.id = s.lead_id WHERE c.run_id = " +
                       b.add(m_policy.runId) + " AND l.outcome IS NOT NULL GROUP BY s.tier"
                 : "SELECT s.tier, count(*) FROM leads l CROSS JOIN scores s ON s.run_id = " + b.add(m_policy.runId) +
                       " AND s.lead_id = l.id WHERE l.outcome IS NOT NULL GROUP BY s.tier",
             b, -1);
      }
      readUnscoredByStage();
    } else if (tierMaps()) {
      // The leads the filter matches by row id, their tiers from the run's map; the unscored
      // ones by their stage.
      const LeadMaps& map = *tierMaps();
      std::vector<qint64> perCode(map.tierNames.size() + 1, 0);
      Binder b;
      auto st = db.prepare("SELECT l.id FROM leads l WHERE " +
                           filterConditions(spec, b, 0, WhereOptions{.tierOfFilterOnly = true}));
      b.bindTo(st);
      const auto size = static_cast<std::int64_t>(map.tierCode.size());
      while (st.step()) {
        const std::int64_t id = st.columnInt(0);
        if (id >= 0 && id < size) ++perCode[map.tierCode[static_cast<std::size_t>(id)]];
      }
      for (std::size_t i = 1; i < perCode.size(); ++i) add(map.tierNames[i - 1], perCode[i]);
      readUnscoredByStage();
    } else if (m_policy.model && m_policy.runHasTiers) {
      Binder b;
      read("SELECT coalesce(nullif(s.tier, ''), " + std::string(kDerivedTier) + ") AS t, count(*) FROM leads l LEFT JOIN scores s"
           " ON s.run_id = " + b.add(m_policy.runId) + " AND s.lead_id = l.id WHERE " +
               filterConditions(spec, b, 0, WhereOptions{.tierOfFilterOnly = true}) + " GROUP BY t",
           b, 1);
    } else {
      // Grouped by stage, which the Funnel+Recency index holds in order; a date range is read
      // from its own index instead (grouping its matches beats checking every open lead).
      Binder b;
      read(std::string("SELECT ") + kStageTier + ", count(*) FROM leads l WHERE " +
               filterConditions(spec, b, 0, WhereOptions{.tierOfFilterOnly = true}) +
               (hasRange(filter) ? " GROUP BY +l.stage_rank" : " GROUP BY l.stage_rank"),
           b, 1);
    }
    for (auto& c : others) c.count = std::max<qint64>(0, c.count);
    others.erase(std::remove_if(others.begin(), others.end(), [](const TierCount& c) { return c.count == 0; }), others.end());
    std::sort(others.begin(), others.end(), [](const TierCount& x, const TierCount& y) { return x.tier < y.tier; });
    counts.insert(counts.end(), others.begin(), others.end());
    remember(m_tierCounts, key, counts);
    return counts;
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(m_workspace, e));
  }
}

std::optional<std::vector<TierCount>> QueueQuery::searchTierCounts(const QueueFilter& f) const {
  if (!searchMatchExpression(f.search) || m_search.key.empty() || hasSelectiveFilter(f) || !f.channel.isEmpty())
    return std::nullopt;
  const LeadMaps* m = maps();
  if (!m) return std::nullopt;
  // A run's tiers when it has them (the leads it has not scored by their stage), else the stage.
  const bool runTiers = m_policy.model && m_policy.runHasTiers;
  if (runTiers && !tierMaps()) return std::nullopt;
  std::vector<qint64> perCode(runTiers ? m->tierNames.size() + 1 : 1, 0);
  std::array<qint64, 5> perStage{};
  m_search.leads.forEach([&](std::int64_t id) {
    if (!m->isOpen(id)) return;
    const auto at = static_cast<std::size_t>(id);
    const std::uint8_t code = runTiers ? m->tierCode[at] : 0;
    if (code != 0)
      ++perCode[code];
    else
      ++perStage[m->openStage[at] - 1];
  });
  std::vector<TierCount> counts{{QString::fromLatin1(kTierTestDrive), perStage[3] + perStage[4]},
                                {QString::fromLatin1(kTierStoreVisit), perStage[2]},
                                {QString::fromLatin1(kTierEngaged), perStage[1]},
                                {QString::fromLatin1(kTierNew), perStage[0]}};
  for (std::size_t i = 1; i < perCode.size(); ++i) {
    const QString& name = m->tierNames[i - 1];
    const auto it = std::find_if(counts.begin(), counts.end(), [&](const TierCount& c) { return c.tier == name; });
    if (it != counts.end())
      it->count += perCode[i];
    else
      counts.push_back({name, perCode[i]});
  }
  return counts;
}

Result<QStringList> QueueQuery::distinctValues(QueueColumn column) const {
  const char* name = nullptr;
  switch (column) {
    case QueueColumn::Specialist: name = "specialist_id"; break;
    case QueueColumn::City: name = "city"; break;
    case QueueColumn::Channel: name = "channel"; break;
    default:
      return fail(ErrorCode::InvalidArgument, u"Only specialists, cities and channels have a list of values."_s);
  }
  try {
    // Hops from one value to the next through the column's index: as many lookups as there are
    // values, however many leads share them.
    const std::string c(name);
    auto st = m_workspace.database().prepare(
        "WITH RECURSIVE v(x) AS (SELECT min(" + c + ") FROM leads WHERE outcome IS NULL AND " + c + " <> ''"
        " UNION ALL SELECT (SELECT min(" + c + ") FROM leads WHERE outcome IS NULL AND " + c + " > v.x) FROM v"
        " WHERE v.x IS NOT NULL)"
        " SELECT x FROM v WHERE x IS NOT NULL");
    QStringList values;
    while (st.step()) values << text(st.columnText(0));
    return values;
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(m_workspace, e));
  }
}

Result<LeadDetail> QueueQuery::detail(qint64 leadRowId) const {
  try {
    auto& db = m_workspace.database();
    LeadDetail d;
    {
      Binder b;
      std::string sql = "SELECT " + selectColumns(m_policy.model) + fromClause(m_policy, b) +
                        " WHERE l.id = " + b.add(leadRowId);
      auto st = db.prepare(sql);
      b.bindTo(st);
      if (!st.step())
        return fail(ErrorCode::InvalidArgument, u"The lead is no longer in the workspace."_s, m_workspace.directory());
      d.row = readRow(st, m_asOf);
    }
    {
      auto st = db.prepare(
          "SELECT lead_id, created_at, channel, city, city_tier, store_id, specialist_id, specialist_tier,"
          " model_interest, budget_band, current_vehicle, financing_interest, customer_name, phone, outcome"
          " FROM leads WHERE id = ?1");
      st.bind(1, leadRowId);
      st.step();
      static const char* const kNames[] = {"lead_id",        "created_at",      "channel",          "city",
                                           "city_tier",      "store_id",        "specialist_id",    "specialist_tier",
                                           "model_interest", "budget_band",     "current_vehicle",  "financing_interest",
                                           "customer_name",  "phone"};
      for (int c = 0; c < 14; ++c) {
        if (st.isNull(c)) continue;
        const QString value = c == 1 ? formatDateTime(st.columnInt(c)) : text(st.columnText(c));
        if (!value.isEmpty()) d.fields.emplace_back(QString::fromLatin1(kNames[c]), value);
      }
      d.outcome = text(st.columnText(14));
    }
    {
      auto st = db.prepare("SELECT key, value FROM lead_attributes WHERE lead_id = ?1 ORDER BY key");
      st.bind(1, leadRowId);
      while (st.step()) d.attributes.emplace_back(text(st.columnText(0)), text(st.columnText(1)));
    }
    {
      auto st = db.prepare(
          "SELECT id, kind, at, duration_s, text, outcome FROM interactions WHERE lead_id = ?1"
          " ORDER BY at IS NULL, at, id");
      st.bind(1, leadRowId);
      while (st.step()) {
        LeadInteraction i;
        i.id = st.columnInt(0);
        i.kind = text(st.columnText(1));
        i.at = optionalInt(st, 2);
        i.durationS = optionalDouble(st, 3);
        i.text = text(st.columnText(4));
        i.outcome = text(st.columnText(5));
        d.interactions.push_back(std::move(i));
      }
    }
    return d;
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(m_workspace, e));
  }
}

}  // namespace ll::crm
