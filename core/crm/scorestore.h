#pragma once
// Scoring runs and their scores in the workspace (tables scoring_runs and scores). All SQL about
// scores lives here; the scoring job and the queue views go through it. Opens its own connection,
// so a job can write a run off the GUI thread.

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ll::crm {

struct ScoringRunInfo {
  std::int64_t id = 0;
  std::string modelFingerprint;
  std::string modelPath;
  std::string policy = "model";
  std::int64_t snapshotAt = 0;
  std::int64_t startedAt = 0;
  std::optional<std::int64_t> finishedAt;
  std::string device;
  std::int64_t leadCount = 0;
  std::string paramsJson = "{}";
};

struct ScoreRow {
  std::int64_t leadRowId = 0;  // leads.id
  std::optional<double> probability;
  std::optional<double> pairScore;
  std::int64_t rank = 0;       // 1 = best
  std::string tier;            // queue tier; empty = none
  std::optional<std::int64_t> inputHash;
};

// A score joined with the lead's CRM id, for summaries.
struct RankedLead {
  std::int64_t rank = 0;
  std::int64_t leadRowId = 0;
  std::string leadId;
  std::optional<double> probability;
  std::optional<double> pairScore;
  std::string tier;
};

class ScoreStore final {
 public:
  // `databasePath` is Workspace::databasePath(); the schema must be migrated already.
  static Result<std::unique_ptr<ScoreStore>> open(const QString& databasePath);
  ~ScoreStore();
  ScoreStore(const ScoreStore&) = delete;
  ScoreStore& operator=(const ScoreStore&) = delete;

  // The newest finished run of this model (by id), if any.
  Result<std::optional<ScoringRunInfo>> latestRun(const std::string& modelFingerprint);
  Result<std::optional<ScoringRunInfo>> run(std::int64_t runId);
  Result<std::vector<ScoringRunInfo>> runs();
  // Scores of a run keyed by lead row id.
  Result<std::unordered_map<std::int64_t, ScoreRow>> scores(std::int64_t runId);
  // The best `limit` leads of a run, by rank.
  Result<std::vector<RankedLead>> top(std::int64_t runId, std::int64_t limit);

  // Inserts the run (its id is assigned and returned) and all its scores in one transaction:
  // either everything lands or nothing does.
  Result<std::int64_t> writeRun(const ScoringRunInfo& run, const std::vector<ScoreRow>& scores);

 private:
  struct Impl;
  explicit ScoreStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ll::crm
