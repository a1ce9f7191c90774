#include "crm/scorestore.h"

#include "crm/queuequery.h"
#include "crm/sqlite.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ll::crm {

struct ScoreStore::Impl {
  sql::Database db;
};

ScoreStore::ScoreStore(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ScoreStore::~ScoreStore() = default;

namespace {

Error storeError(const sql::SqlError& e, const QString& what) {
  return Error{ErrorCode::Workspace,
               QCoreApplication::translate("ll::crm::ScoreStore", "%1: %2")
                   .arg(what, QString::fromStdString(e.what())),
               {},
               0,
               {}};
}

constexpr const char* kRunColumns =
    "id, model_fingerprint, model_path, policy, snapshot_at, started_at, finished_at, device, lead_count, params_json";

ScoringRunInfo runFromRow(const sql::Statement& st) {
  ScoringRunInfo r;
  r.id = st.columnInt(0);
  r.modelFingerprint = std::string(st.columnText(1));
  if (!st.isNull(2)) r.modelPath = std::string(st.columnText(2));
  r.policy = std::string(st.columnText(3));
  r.snapshotAt = st.columnInt(4);
  r.startedAt = st.columnInt(5);
  if (!st.isNull(6)) r.finishedAt = st.columnInt(6);
  if (!st.isNull(7)) r.device = std::string(st.columnText(7));
  r.leadCount = st.columnInt(8);
  r.paramsJson = std::string(st.columnText(9));
  return r;
}

}  // namespace

Result<std::unique_ptr<ScoreStore>> ScoreStore::open(const QString& databasePath) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = sql::Database::open(databasePath.toStdString(), false);
    impl->db.exec("PRAGMA foreign_keys = ON");
    if (!impl->db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'scoring_runs'").value_or(0))
      return fail(
          ErrorCode::Workspace,
          QCoreApplication::translate("ll::crm::ScoreStore",
                                      "The workspace has no scoring tables: open it with this version of "
                                      "LeadLadder first so its schema is upgraded."),
          databasePath);
    return std::unique_ptr<ScoreStore>(new ScoreStore(std::move(impl)));
  } catch (const sql::SqlError& e) {
    return std::unexpected(storeError(
        e, QCoreApplication::translate("ll::crm::ScoreStore", "Cannot open the workspace database %1")
               .arg(databasePath)));
  }
}

Result<std::optional<ScoringRunInfo>> ScoreStore::latestRun(const std::string& modelFingerprint) {
  try {
    auto st = m_impl->db.prepare(std::string("SELECT ") + kRunColumns +
                                 " FROM scoring_runs WHERE model_fingerprint = ?1 AND finished_at IS NOT NULL "
                                 "ORDER BY id DESC LIMIT 1");
    st.bindText(1, modelFingerprint);
    if (st.step()) return std::optional<ScoringRunInfo>(runFromRow(st));
    return std::optional<ScoringRunInfo>();
  } catch (const sql::SqlError& e) {
    return std::unexpected(
        storeError(e, QCoreApplication::translate("ll::crm::ScoreStore", "Cannot read the scoring runs")));
  }
}

Result<std::optional<ScoringRunInfo>> ScoreStore::run(std::int64_t runId) {
  try {
    auto st = m_impl->db.prepare(std::string("SELECT ") + kRunColumns + " FROM scoring_runs WHERE id = ?1");
    st.bind(1, runId);
    if (st.step()) return std::optional<ScoringRunInfo>(runFromRow(st));
    return std::optional<ScoringRunInfo>();
  } catch (const sql::SqlError& e) {
    return std::unexpected(
        storeError(e, QCoreApplication::translate("ll::crm::ScoreStore", "Cannot read the scoring runs")));
  }
}

Result<std::vector<ScoringRunInfo>> ScoreStore::runs() {
  try {
    auto st = m_impl->db.prepare(std::string("SELECT ") + kRunColumns + " FROM scoring_runs ORDER BY id");
    std::vector<ScoringRunInfo> out;
    while (st.step()) out.push_back(runFromRow(st));
    return out;
  } catch (const sql::SqlError& e) {
    return std::unexpected(
        storeError(e, QCoreApplication::translate("ll::crm::ScoreStore", "Cannot read the scoring runs")));
  }
}

Result<std::unordered_map<std::int64_t, ScoreRow>> ScoreStore::scores(std::int64_t runId) {
  try {
    auto st = m_impl->db.prepare(
        "SELECT lead_id, probability, pair_score, rank, tier, input_hash FROM scores WHERE run_id = ?1");
    st.bind(1, runId);
    std::unordered_map<std::int64_t, ScoreRow> out;
    while (st.step()) {
      ScoreRow r;
      r.leadRowId = st.columnInt(0);
      if (!st.isNull(1)) r.probability = st.columnDouble(1);
      if (!st.isNull(2)) r.pairScore = st.columnDouble(2);
      r.rank = st.columnInt(3);
      if (!st.isNull(4)) r.tier = std::string(st.columnText(4));
      if (!st.isNull(5)) r.inputHash = st.columnInt(5);
      out.emplace(r.leadRowId, std::move(r));
    }
    return out;
  } catch (const sql::SqlError& e) {
    return std::unexpected(
        storeError(e, QCoreApplication::translate("ll::crm::ScoreStore", "Cannot read the scores")));
  }
}

Result<std::vector<RankedLead>> ScoreStore::top(std::int64_t runId, std::int64_t limit) {
  try {
    auto st = m_impl->db.prepare(
        "SELECT s.rank, s.lead_id, l.lead_id, s.probability, s.pair_score, s.tier FROM scores s "
        "JOIN leads l ON l.id = s.lead_id WHERE s.run_id = ?1 ORDER BY s.rank LIMIT ?2");
    st.bind(1, runId).bind(2, limit);
    std::vector<RankedLead> out;
    while (st.step()) {
      RankedLead r;
      r.rank = st.columnInt(0);
      r.leadRowId = st.columnInt(1);
      r.leadId = std::string(st.columnText(2));
      if (!st.isNull(3)) r.probability = st.columnDouble(3);
      if (!st.isNull(4)) r.pairScore = st.columnDouble(4);
      if (!st.isNull(5)) r.tier = std::string(st.columnText(5));
      out.push_back(std::move(r));
    }
    return out;
  } catch (const sql::SqlError& e) {
    return std::unexpected(
        storeError(e, QCoreApplication::translate("ll::crm::ScoreStore", "Cannot read the scores")));
  }
}

Result<std::int64_t> ScoreStore::writeRun(const ScoringRunInfo& run, const std::vector<ScoreRow>& scores) {
  auto& db = m_impl->db;
  try {
    sql::Transaction tx(db);
    auto ins = db.prepare(
        "INSERT INTO scoring_runs (model_fingerprint, model_path, policy, snapshot_at, started_at, finished_at, "
        "device, lead_count, params_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    ins.bindText(1, run.modelFingerprint)
        .bindTextOrNull(2, run.modelPath)
        .bindText(3, run.policy)
        .bind(4, run.snapshotAt)
        .bind(5, run.startedAt)
        .bindOptional(6, run.finishedAt)
        .bindTextOrNull(7, run.device)
        .bind(8, static_cast<std::int64_t>(scores.size()))
        .bindText(9, run.paramsJson);
    ins.run();
    const auto runId = db.lastInsertRowId();
    auto st = db.prepare(
        "INSERT INTO scores (run_id, lead_id, probability, pair_score, rank, tier, input_hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const auto& s : scores) {
      st.bind(1, runId)
          .bind(2, s.leadRowId)
          .bindOptional(3, s.probability)
          .bindOptional(4, s.pairScore)
          .bind(5, s.rank)
          .bindTextOrNull(6, s.tier)
          .bindOptional(7, s.inputHash);
      st.run();
    }
    refreshRunClosedRanks(db);
    tx.commit();
    return runId;
  } catch (const sql::SqlError& e) {
    return std::unexpected(
        storeError(e, QCoreApplication::translate("ll::crm::ScoreStore", "Cannot write the scoring run")));
  }
}

}  // namespace ll::crm
