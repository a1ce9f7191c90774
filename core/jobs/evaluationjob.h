#pragma once
// `leadladder-cli evaluate` (and later the GUI's evaluation dialog): builds one labelled temporal
// split of a workspace, trains every requested baseline on its training part, scores the test part
// with the baselines, the given asLLR checkpoints, the oracle (truth.csv of generated data) and
// the CRM's own score column (audit), all from the same leads cut at their snapshots, and returns
// the metrics as the evaluation report (engine/reportformat.h) plus the markdown table.

#include "common/error.h"
#include "engine/evaluation.h"
#include "engine/reportformat.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ll::jobs {

// Baseline names accepted by --baselines, in the order they are run.
const std::vector<std::string>& evaluationBaselineNames();  // funnel-recency, deepfm, funnel-deepfm, xgboost, funnel-xgboost

struct EvaluationModel {
  QString name;       // as shown in the table
  QString directory;  // the checkpoint folder
};

// Both: two rows per checkpoint from one scoring, "NAME (pair head)" and "NAME (point head)".
enum class ModelHead { Auto, Point, Pair, Both };

struct EvaluationParams {
  QString workspace;   // folder
  QString funnelPath;  // empty: the default car funnel
  QString truthPath;   // empty: no oracle
  std::vector<EvaluationModel> models;
  std::vector<std::string> baselines;  // names from evaluationBaselineNames()
  QString auditColumn;                 // imported attribute holding the CRM's own score
  ModelHead modelHead = ModelHead::Auto;
  std::uint64_t seed = 42;
  int bootstrap = 1000;
  int threads = 1;
  double trainFraction = 0.7;
};

struct EvaluationStep {
  std::string name;
  double seconds = 0;     // wall clock
  double cpuSeconds = 0;  // process CPU time, all threads (wall time inflates on a busy machine)
};

struct EvaluationOutcome {
  report::Report report;
  std::vector<engine::ModelEvaluation> evaluations;  // parallel to report.models
  std::vector<std::optional<double>> seconds;        // per model: train + score time
  std::string markdown;
  std::vector<EvaluationStep> steps;
  std::vector<std::string> notes;  // said once to the user (leads without truth, ...)
  std::int64_t trainLeads = 0, trainPositives = 0, testLeads = 0, testPositives = 0;
};

// (what is running, done, total); total 0 when unknown.
using EvaluationProgress = std::function<void(const std::string& step, std::int64_t done, std::int64_t total)>;

// Errors: ErrorCode::Workspace (cannot open / read), FileNotFound / BadFormat (funnel, truth,
// checkpoint), BadData (no labelled leads, no positives, the audit column is missing),
// InvalidArgument (unknown baseline), Cancelled.
Result<EvaluationOutcome> runEvaluation(const EvaluationParams& params, const EvaluationProgress& progress = {},
                                        const std::atomic<bool>* cancel = nullptr);

// Parses the CRM's score text: "0.83", "83%", "0,83", " 12 "; nullopt when it is no number.
std::optional<double> parseScoreText(const std::string& text);

}  // namespace ll::jobs
