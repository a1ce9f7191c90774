#pragma once
// Ranking quality of several rankings of the same test leads (DESIGN.md §6): AUC, P@K%, R@K%,
// NDCG over the funnel's graded stages, each with a percentile bootstrap interval; the P@K%
// curve the charts draw; calibration (reliability table and Brier score) for rankings that are
// probabilities; and the markdown table the CLI prints. Every model is resampled with the same
// seed, so the intervals of two models come from the same resampled lead sets.
//
// Calibration bins are equal-count (deciles of the predicted probability), not equal-width: at a
// base rate near 1.4 % nine of ten equal-width bins would be nearly empty.
// Plain C++ (no Qt, no torch).

#include "engine/metrics.h"
#include "engine/reportformat.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ll::engine {

struct RankedScores {
  std::string name;
  report::ModelKind kind = report::ModelKind::Baseline;
  std::string checkpoint;                            // may be empty
  std::vector<double> scores;                        // higher ranks first; NaN ranks last
  std::optional<std::vector<double>> probabilities;  // when the model outputs probabilities
};

struct EvaluationOptions {
  int bootstrap = 1000;  // resamples; 0 = no intervals
  double confidence = 0.95;
  std::uint64_t seed = 42;
  std::vector<double> precisionPercents{0.1, 1.0, 5.0};
  std::vector<double> recallPercents{5.0};
  double ndcgPercent = 1.0;  // NDCG over the top ceil(ndcgPercent% * N) leads (also reported at N)
  int calibrationBins = 10;
};

struct ModelEvaluation {
  report::ModelResult result;
  std::int64_t ndcgK = 0;
  std::optional<metrics::Interval> ndcgInterval;  // NDCG@ndcgK
};

// labels: converted (nonzero) or not; gains: the stage grade each lead reached in its window.
ModelEvaluation evaluateRanking(const RankedScores& ranking, std::span<const std::uint8_t> labels,
                                std::span<const double> gains, const EvaluationOptions& options);

// P@K% for K on a fixed grid from 0.1 % to 100 %, K ascending.
std::vector<report::CurvePoint> precisionCurve(std::span<const double> scores, std::span<const std::uint8_t> labels);

// Reliability table over `bins` equal-count bins of the predicted probability (the last bins may
// hold one lead more), Brier score and expected calibration error (count-weighted mean of
// |predicted - observed|). NaN probabilities are left out; nullopt when none is left.
std::optional<report::Calibration> calibrationTable(std::span<const double> probabilities,
                                                    std::span<const std::uint8_t> labels, int bins = 10);
std::optional<double> brierScore(std::span<const double> probabilities, std::span<const std::uint8_t> labels);

// Percentile bootstrap of NDCG@k (k fixed), as metrics::bootstrap does for the other metrics:
// counts per lead over the full data's ranking, O(n) per resample.
std::optional<metrics::Interval> bootstrapNdcg(std::span<const double> scores, std::span<const double> gains,
                                               std::int64_t k, int resamples, double confidence, std::uint64_t seed);

struct MarkdownRow {
  const ModelEvaluation* model = nullptr;
  std::optional<double> seconds;  // time to train and score, shown when given
};

// The comparison table: model, AUC, P@0.1%, P@1%, P@5%, R@5%, NDCG@k, each "estimate [low, high]",
// and, when one row is the oracle, each model's share of the oracle's P@1%. A header line gives
// the test leads, positives and base rate.
std::string markdownTable(std::span<const MarkdownRow> rows, std::int64_t leads, std::int64_t positives);

}  // namespace ll::engine
