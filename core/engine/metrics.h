#pragma once
// Ranking metrics with the definitions of DESIGN.md §6, shared by the engine, the CLI, the
// charts and the tests. No Qt, no torch: plain C++ on vectors.
//
//   AUC      probability that a random positive scores above a random negative; ties count half
//   P@K%     converted share of the top ceil(K% * N) leads (K in percent, e.g. 0.1, 1, 5)
//   R@K%     share of all converted leads found in that same top slice
//   NDCG@k   over graded relevance (the ladder's stage grades), k = number of leads considered
// Ties in score are broken by the input order (stable), so results are deterministic.
//
// Conventions shared by every function below:
//   - labels: nonzero = converted (positive), 0 = not converted.
//   - NaN scores rank below every number (a lead the model could not score goes last); NaNs
//     tie with each other.
//   - scores and labels (or gains) of different lengths throw std::invalid_argument: a length
//     mismatch is a programming error, the caller validates its inputs.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ll::metrics {

// nullopt when undefined (no positives or no negatives).
std::optional<double> auc(std::span<const double> scores, std::span<const std::uint8_t> labels);

// Size of the top slice: ceil(percent / 100 * n), at least 1 when n > 0, at most n; 0 when
// n <= 0. Products within a relative 1e-9 of an integer count as that integer, so 1% of 300 is 3
// (not 4 from 3.0000000000000004). A non-finite percent throws std::invalid_argument.
std::int64_t topCount(std::int64_t n, double percent);

// nullopt when n == 0.
std::optional<double> precisionAtPercent(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                         double percent);
// nullopt when there are no positives.
std::optional<double> recallAtPercent(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                      double percent);

// gains: graded relevance per lead (e.g. stage grade 0..4); DCG uses (2^g - 1) / log2(rank + 1).
// The first k leads of the ranking count (k is clamped to [0, n]); the ideal DCG takes the k
// largest gains. nullopt when the ideal DCG is zero (no gains, k <= 0 or n == 0).
std::optional<double> ndcgAt(std::span<const double> scores, std::span<const double> gains, std::int64_t k);

struct Interval {
  double estimate = 0;
  double low = 0;  // percentile bootstrap bounds
  double high = 0;
};

enum class Metric { Auc, PrecisionAt, RecallAt };

// Percentile bootstrap over leads (resampled with replacement), deterministic for a seed on
// every platform (std::mt19937_64 with an unbiased bounded draw of our own, not
// std::uniform_int_distribution whose algorithm varies between standard libraries).
// estimate = the metric on the full data; low/high = the (1-confidence)/2 and (1+confidence)/2
// quantiles (linear interpolation) of the resampled metrics. Each resample is evaluated as draw
// counts over the full data's ranking (O(n) per resample, one sort in all), so tied leads and
// the copies of a lead drawn twice are ordered by input index, as if each resample listed its
// leads in input order. Resamples where the metric is
// undefined are skipped; nullopt if the metric is undefined on the full data or on every
// resample. percent is used by PrecisionAt and RecallAt only. resamples < 1 or confidence
// outside (0, 1) throw std::invalid_argument.
std::optional<Interval> bootstrap(Metric metric, std::span<const double> scores,
                                  std::span<const std::uint8_t> labels, double percent = 1.0,
                                  int resamples = 1000, double confidence = 0.95, std::uint64_t seed = 1);

}  // namespace ll::metrics
