#pragma once
// The queues of a workspace: the hot list and the queues per funnel tier, sorted, filtered,
// searched and paged in SQL, so that a million leads open, re-sort and filter in well under a
// second without ever being loaded whole. The desktop's queue page and the command line read
// the same rows through this service.
//
// Ranking policy: the latest finished scoring run (scoring_runs, scores) when there is one;
// otherwise the Funnel+Recency baseline (deepest funnel stage, then the most recent contact,
// then the newest lead). Open leads imported after the latest run have no score: they follow
// the scored ones, in Funnel+Recency order.

#include "common/error.h"
#include "crm/leadmaps.h"
#include "crm/sqlite.h"
#include "crm/workspace.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ll::crm {
namespace detail {
class Binder;
struct Group;
struct WhereOptions;
}  // namespace detail

// Rebuilds the baseline's global ranks and the latest model run's closed ranks (below). Runs
// inside the caller's transaction (the import's, or a migration's). Throws sql::SqlError.
void refreshQueueState(sql::Database& db);
// The baseline's part alone (schema version 2 has no closed ranks yet).
void refreshBaselineRanks(sql::Database& db);

// Keeps the ranks the latest finished scoring run gave to leads closed since (schema version 3,
// table queue_run_closed, marked with the run's id in meta): the pages of that run's queue skip
// them, and finding them otherwise means probing the run's scores for every closed lead (~0.3 s
// at a million leads) each time a queue opens. Called after every import (refreshQueueState)
// and after a run is written. Throws sql::SqlError.
void refreshRunClosedRanks(sql::Database& db);

// The partial indexes on open leads that the queues read in order (schema version 2). A bulk
// import drops them before it writes every lead's state and builds them again after: sorting
// once is several times cheaper than moving each lead's entries in seven indexes. Throw
// sql::SqlError.
void dropLeadQueueIndexes(sql::Database& db);
void createLeadQueueIndexes(sql::Database& db);

// The notes' search index is brought up to date apart from imports, which it would slow down
// several times (tokenizing every note costs more than importing it): the first search after an
// import indexes what is new (QueueQuery does it), or a worker calls indexPendingNotes() after
// the import's commit. Both throw sql::SqlError.
[[nodiscard]] bool searchIndexPending(sql::Database& db);
// Indexes the notes of interactions added since the last call; returns how many. Uses the
// caller's transaction when one is open, its own otherwise.
qint64 indexPendingNotes(sql::Database& db);

// Queue tiers of the default car funnel (engine/funnel.h, FunnelDefinition::carDefault), in
// funnel order. Derived from a lead's deepest stage when the ranking run has no tier of its own.
inline constexpr const char* kTierTestDrive = "test_drive";  // test drive (or a quote) done
inline constexpr const char* kTierStoreVisit = "store_visit";
inline constexpr const char* kTierEngaged = "engaged";      // reached by phone or message
inline constexpr const char* kTierNew = "new";              // not reached yet
// The queue tier of a lead's deepest stage (a quote counts as a test drive done).
inline constexpr const char* queueTierOfStage(Stage stage) {
  switch (stage) {
    case Stage::Quote:
    case Stage::TestDrive: return kTierTestDrive;
    case Stage::StoreVisit: return kTierStoreVisit;
    case Stage::Engaged: return kTierEngaged;
    case Stage::New: break;
  }
  return kTierNew;
}

enum class QueueColumn {
  Rank,         // global rank under the ranking policy (1 = first)
  Score,        // pair score of the model (higher first); sorts like Rank
  Probability,  // calibrated conversion probability
  Tier,
  LastContact,
  Specialist,
  Channel,
  City,
  Age,          // days since the lead was created
  LeadId,
};

struct QueueFilter {
  QString specialist;  // exact values; empty = any
  QString city;
  QString channel;
  QString tier;        // tier name; empty = any
  std::optional<std::int64_t> createdFrom;  // created_at >= (seconds, stored wall time)
  std::optional<std::int64_t> createdTo;    // created_at <
  std::optional<std::int64_t> contactFrom;  // last_contact_at >=
  std::optional<std::int64_t> contactTo;    // last_contact_at <
  QString search;      // full text in notes (see searchtext.h); empty = none

  [[nodiscard]] bool isEmpty() const;
};

struct QueueSpec {
  enum class Kind { AllOpen, HotList, Tier };
  Kind kind = Kind::HotList;
  QString tier;               // for Kind::Tier
  qint64 hotCount = 200;      // hot list: the first hotCount open leads by rank ...
  double hotPercent = 0.0;    // ... or, when > 0, the first ceil(hotPercent% of open leads)
  QueueFilter filter;
  QueueColumn sortColumn = QueueColumn::Rank;
  bool descending = false;    // false = the column's natural order (rank 1 first, newest contact first ...)
};

struct RankingPolicy {
  bool model = false;              // false: the Funnel+Recency baseline
  qint64 runId = 0;
  QString modelName;               // from the run's parameters, else its checkpoint path or fingerprint
  QString policyName;              // scoring_runs.policy
  std::optional<std::int64_t> finishedAt;  // seconds since epoch (UTC)
  qint64 scoredLeads = 0;          // leads with a score in the run
  bool runHasTiers = false;        // the run names each lead's tier
};

struct QueueRow {
  qint64 id = 0;  // leads.id
  QString leadId;
  std::optional<qint64> rank;
  std::optional<double> score;
  std::optional<double> probability;
  QString tier;
  Stage stage = Stage::New;
  std::optional<std::int64_t> lastContactAt;
  std::optional<std::int64_t> createdAt;
  std::optional<qint64> ageDays;
  QString specialist;
  QString channel;
  QString city;
};

struct TierCount {
  QString tier;
  qint64 count = 0;
};

struct LeadInteraction {
  qint64 id = 0;
  QString kind;  // call, message, store_visit, test_drive, quote, order_lock, defeat, note
  std::optional<std::int64_t> at;
  std::optional<double> durationS;
  QString text;
  QString outcome;
};

struct LeadDetail {
  QueueRow row;                                  // rank, score and tier under the current policy
  std::vector<std::pair<QString, QString>> fields;  // profile: schema name -> value (non-empty only)
  std::vector<std::pair<QString, QString>> attributes;  // imported columns without a schema place
  QString outcome;                               // empty (open), "won", "lost"
  std::vector<LeadInteraction> interactions;     // oldest first
};

class QueueQuery final {
 public:
  // Reads through the workspace's own connection: use it on the thread that owns the workspace.
  // A search first indexes notes imported since the last one (see indexPendingNotes) and keeps
  // its matching leads until another search.
  explicit QueueQuery(const Workspace& workspace);
  ~QueueQuery();
  QueueQuery(const QueueQuery&) = delete;
  QueueQuery& operator=(const QueueQuery&) = delete;

  // Starts reading the lead maps (leadmaps.h) of the data the last refresh() saw on a thread of
  // their own, unless they are read or being read: what a view calls once its page is shown, so
  // the person's first search or filter finds them. Without it they are read on the first count
  // that needs them.
  void preloadInBackground();
  // Waits until the maps are read (a benchmark, before it times what follows).
  void waitForLeadMaps() const;
  // Off: counts and searches read SQL alone (what the maps' answers are checked and timed
  // against). On by default.
  void setLeadMapsEnabled(bool enabled);

  // Looks up the ranking policy again (after a scoring run or an import) and the workspace's
  // "as of" time that lead ages count to.
  Result<RankingPolicy> refresh();
  // refresh() only when another connection has committed since the last one (SQLite's
  // data_version: imports and scoring runs write through connections of their own), else the
  // policy as it is. What a view calls on every sort or filter change: at a million leads a
  // model run's refresh reads ~1M index entries. Writes through the workspace's own connection
  // are not noticed; whoever makes them calls refresh().
  Result<RankingPolicy> refreshIfChanged();
  [[nodiscard]] const RankingPolicy& policy() const { return m_policy; }
  // Counts and tier counts are kept by spec until the next refresh(), a search's matches until
  // another search; this drops them (what a benchmark does to time the first ask for a spec).
  void forgetKeptResults() const;
  // The latest time in the workspace (newest contact or lead creation): the day of the export.
  [[nodiscard]] std::optional<std::int64_t> asOf() const { return m_asOf; }

  // Open leads per tier under `filter` (its own tier part ignored), in funnel order; tiers of
  // a run that are not in the default funnel follow by name.
  Result<std::vector<TierCount>> tierCounts(const QueueFilter& filter) const;
  // The number of open leads the hot list holds before filters.
  Result<qint64> hotListSize(const QueueSpec& spec) const;

  Result<qint64> count(const QueueSpec& spec) const;
  Result<std::vector<QueueRow>> rows(const QueueSpec& spec, qint64 offset, qint64 limit) const;

  // Distinct non-empty values of Specialist, City or Channel among open leads, sorted.
  Result<QStringList> distinctValues(QueueColumn column) const;

  Result<LeadDetail> detail(qint64 leadRowId) const;

 private:
  // What a model run's queues are read by, looked up by refresh().
  struct ModelState {
    bool tiersComplete = false;      // every scored lead has a tier of the run
    qint64 unscoredOpen = 0;         // open leads without a score in the run
    std::optional<qint64> unscoredAbove;  // they are exactly the open leads with a larger row id
    bool denseRanks = false;         // the run's ranks are 1..scoredLeads
    std::vector<qint64> closedRanks;  // ranks of scored leads closed since, ascending
    bool closedKept = false;          // they are in queue_run_closed
    mutable std::optional<std::vector<std::pair<QString, qint64>>> tierTotals;  // scored leads per tier
  };
  // Where the previous page of a rank-ordered queue ended, to seek rather than skip.
  struct Keyset {
    std::string key;
    qint64 end = 0;
    qint64 lastRank = 0;
  };

  [[nodiscard]] std::string specKey(const QueueSpec& spec) const;
  [[nodiscard]] std::string filterConditions(const QueueSpec& spec, detail::Binder& b, qint64 hotSize,
                                             const detail::WhereOptions& options) const;
  [[nodiscard]] std::string unscoredCondition() const;
  [[nodiscard]] Result<void> ensureSearchable(const QueueFilter& filter) const;
  [[nodiscard]] qint64 rangeMatches(const QueueFilter& filter) const;
  // The lead maps of the data refresh() saw, read now if no thread is reading them; nullptr
  // when they are off or cannot be had.
  [[nodiscard]] const LeadMaps* maps() const;
  // The run's tier map when it covers every scored lead.
  [[nodiscard]] const LeadMaps* tierMaps() const;
  // Open leads per tier among a search's matches, from the maps, when the filter holds nothing
  // else but a tier (the page's common case); nullopt when SQL has to answer.
  [[nodiscard]] std::optional<std::vector<TierCount>> searchTierCounts(const QueueFilter& filter) const;
  [[nodiscard]] bool manySearchMatches(const QueueFilter& filter) const;
  [[nodiscard]] qint64 countImpl(const QueueSpec& spec, qint64 hot, const detail::Group* group) const;
  [[nodiscard]] std::optional<std::vector<std::pair<detail::Group, QString>>> sortGroups(const QueueSpec& spec) const;
  [[nodiscard]] std::vector<QueueRow> rowsImpl(const QueueSpec& spec, qint64 hot, qint64 offset, qint64 limit,
                                               const detail::Group* group) const;

  const Workspace& m_workspace;
  RankingPolicy m_policy;
  ModelState m_model;
  // How many rows the scored part of a score-sorted queue has, for the spec it was counted for.
  mutable std::optional<std::pair<std::string, qint64>> m_partACount;
  mutable std::optional<Keyset> m_keyset;
  // The latest counts and tier counts by spec (filter), until the next refresh().
  mutable std::vector<std::pair<std::string, qint64>> m_counts;
  mutable std::vector<std::pair<std::string, std::vector<TierCount>>> m_tierCounts;
  std::optional<std::int64_t> m_asOf;
  std::optional<std::int64_t> m_dataVersion;  // PRAGMA data_version when refresh() last ran
  // The leads a search matches: tested while walking an index when many, read from their list
  // when few.
  struct SearchMatches {
    std::string key;  // match expression and how far the index reached; empty = none held
    sql::IdSet leads;
    std::string list;  // JSON array of the ids, when few
  };
  mutable SearchMatches m_search;
  bool m_mapsEnabled = true;
  std::string m_snapshot;  // leadMapsSnapshot() at refresh()
  mutable std::unique_ptr<LeadMapLoader> m_mapLoader;
  mutable std::optional<LeadMaps> m_ownMaps;
  mutable const LeadMaps* m_maps = nullptr;
  mutable bool m_mapsAsked = false;
};

}  // namespace ll::crm
