#pragma once
// Figures the charts show, read from a workspace: the score distribution per tier of the latest
// scoring run, and the latest A/B experiment as lead assignments. Read-only connection of its
// own, so the charts load off the GUI thread.

#include "common/error.h"
#include "engine/abtest.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace ll::crm {

struct TierDistribution {
  QString tier;
  qint64 count = 0;
  double meanRank = 0;  // tiers are listed best first by this
  // Five-number summary (quartiles by linear interpolation, as numpy's default).
  double min = 0;
  double q1 = 0;
  double median = 0;
  double q3 = 0;
  double max = 0;
  std::vector<qint64> histogram;  // counts over ScoreDistribution::binEdges
};

struct ScoreDistribution {
  qint64 runId = 0;
  QString policy;
  bool probability = true;  // values are probabilities; false: pair scores (no probability stored)
  std::vector<double> binEdges;  // bins + 1 edges, shared by every tier
  std::vector<TierDistribution> tiers;
};

struct ExperimentData {
  qint64 id = 0;
  QString name;
  std::array<QString, 2> armNames;  // as stored, arm A first
  std::array<int, 2> specialists{0, 0};
  std::vector<metrics::LeadAssignment> leads;  // days counted from the first assignment
  QString startDate;                           // ISO date of day 0
};

// Quartile of sorted values at q in [0, 1]; NaN when empty.
double quantileSorted(const std::vector<double>& sorted, double q);

class ScoreStats final {
 public:
  static Result<std::unique_ptr<ScoreStats>> open(const QString& databasePath);
  ~ScoreStats();
  ScoreStats(const ScoreStats&) = delete;
  ScoreStats& operator=(const ScoreStats&) = delete;

  // nullopt when the workspace has no finished scoring run.
  Result<std::optional<ScoreDistribution>> latestRunDistribution(int bins = 20);
  // The latest experiment with outcomes; nullopt when none. Arms: "A"/"control"/"0" is arm A,
  // any other name arm B (two arms at most; a third is an error).
  Result<std::optional<ExperimentData>> latestExperiment();

 private:
  struct Impl;
  explicit ScoreStats(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ll::crm
