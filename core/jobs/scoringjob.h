#pragma once
// Scores the leads of a workspace with an asLLR checkpoint and writes a scoring run: every
// selected lead gets a point probability, a pair score, a rank (by pair score, ties by
// probability) and its queue tier. Leads whose serialized input is unchanged since the latest
// run of the same model (same input hash) keep their scores without being re-scored.
// Runs on the caller's thread (the GUI runs it on a worker); cancel() from any thread stops it
// between batches and leaves the workspace as it was.

#include "common/error.h"
#include "crm/scorestore.h"
#include "engine/scorer.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ll::jobs {

struct ScoringParams {
  QString databasePath;     // Workspace::databasePath()
  QString modelDirectory;   // the checkpoint folder
  engine::ScorerOptions scorer;
  bool allLeads = false;    // also won and lost leads
  // The "now" of the inputs; default: the latest interaction time in the workspace.
  std::optional<std::int64_t> snapshotAt;
  int serializeThreads = 0; // 0 = as many as the scorer uses (at least 1)
};

struct ScoringProgress {
  enum class Phase { Loading, Reading, Scoring, Writing };
  Phase phase = Phase::Loading;
  std::size_t done = 0;
  std::size_t total = 0;
  double elapsedS = 0;          // since the job started
  std::optional<double> etaS;   // scoring phase: time left at the rate so far
};
const char* phaseName(ScoringProgress::Phase phase);  // "loading", "reading", "scoring", "writing"

struct ScoringResult {
  std::int64_t runId = 0;
  std::size_t leads = 0;        // in the run
  std::size_t scored = 0;       // through the model
  std::size_t reused = 0;       // copied from the previous run of the same model
  double seconds = 0;           // whole job
  double scoringSeconds = 0;    // model forward only
  std::string fingerprint;
  std::string device;
  std::int64_t snapshotAt = 0;
  std::vector<crm::RankedLead> top;  // the best 10
};

class ScoringJob {
 public:
  explicit ScoringJob(ScoringParams params);
  // Uses an already loaded checkpoint instead of loading params.modelDirectory (its model is
  // merged and moved to the scoring device).
  ScoringJob(ScoringParams params, std::shared_ptr<engine::AsLlrCheckpoint> checkpoint);

  // Errors: BadFormat (checkpoint unusable: the message names the file), InvalidArgument (device),
  // Workspace, Cancelled.
  Result<ScoringResult> run(const std::function<void(const ScoringProgress&)>& progress = {});
  void cancel() { m_cancel = true; }

 private:
  ScoringParams m_params;
  std::shared_ptr<engine::AsLlrCheckpoint> m_checkpoint;
  std::atomic<bool> m_cancel{false};
};

// Stable 64-bit hash of a serialized input under a model (what scores.input_hash stores).
std::int64_t inputHash(const std::string& modelFingerprint, const std::vector<tokenizer::TokenId>& ids);

}  // namespace ll::jobs
