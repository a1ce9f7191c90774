#include "engine/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

namespace ll::metrics {

namespace {

void requireSameSize(std::size_t a, std::size_t b, const char* what) {
  if (a != b) {
    throw std::invalid_argument(std::string("ll::metrics: ") + what + " sizes differ (" + std::to_string(a) +
                                " vs " + std::to_string(b) + ")");
  }
}

// "a ranks above b": larger scores first, NaN below every number. NaNs compare equivalent to
// each other, which keeps this a strict weak ordering (a raw `>` on NaN would not be one and
// would make std::sort undefined).
bool ranksAbove(double a, double b) {
  if (std::isnan(a)) return false;
  if (std::isnan(b)) return true;
  return a > b;
}

// Lead indexes in ranking order; stable so equal scores keep their input order.
std::vector<std::size_t> rankingOrder(std::span<const double> scores) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::ranges::stable_sort(order,
                           [&](std::size_t i, std::size_t j) { return ranksAbove(scores[i], scores[j]); });
  return order;
}

std::int64_t countPositives(std::span<const std::uint8_t> labels) {
  return std::ranges::count_if(labels, [](std::uint8_t l) { return l != 0; });
}

// Ranking order as a total order: score first, then input index. Selecting with it gives the
// same top slice as the stable sort, without sorting the whole list.
bool comesFirst(std::span<const double> scores, std::size_t i, std::size_t j) {
  if (ranksAbove(scores[i], scores[j])) return true;
  if (ranksAbove(scores[j], scores[i])) return false;
  return i < j;
}

std::int64_t positivesInTop(std::span<const double> scores, std::span<const std::uint8_t> labels,
                            std::int64_t k) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto top = static_cast<std::ptrdiff_t>(k);
  // Only membership of the top k matters, not its inner order: O(n) selection instead of a sort
  // (P@0.1% of a million leads looks at 1000 of them).
  if (top < static_cast<std::ptrdiff_t>(order.size())) {
    std::ranges::nth_element(order, order.begin() + top,
                             [&](std::size_t i, std::size_t j) { return comesFirst(scores, i, j); });
  }
  return std::count_if(order.begin(), order.begin() + top, [&](std::size_t i) { return labels[i] != 0; });
}

// A bootstrap resample held as a draw count per lead, evaluated over the ranking of the full
// data that is computed once: O(n) per resample instead of a sort. Copies of a lead and tied
// leads keep input order, as if the resample listed the drawn leads in input order.
class WeightedRanking {
 public:
  WeightedRanking(std::span<const double> scores, std::span<const std::uint8_t> labels)
      : m_order(rankingOrder(scores)), m_labels(labels) {
    // Tie groups in ranking order, for AUC's half credit.
    for (std::size_t r = 0; r < m_order.size(); ++r) {
      if (r == 0 || ranksAbove(scores[m_order[r - 1]], scores[m_order[r]])) m_groupStarts.push_back(r);
    }
  }

  std::optional<double> evaluate(Metric metric, const std::vector<double>& counts, double percent) const {
    switch (metric) {
      case Metric::Auc:
        return weightedAuc(counts);
      case Metric::PrecisionAt:
      case Metric::RecallAt:
        return topSlice(metric, counts, percent);
    }
    return std::nullopt;
  }

 private:
  // Mann-Whitney with multiplicities: walking up from the lowest tie group, every drawn positive
  // beats the negatives already passed and ties half of those in its own group.
  std::optional<double> weightedAuc(const std::vector<double>& counts) const {
    double negativesBelow = 0;
    double positives = 0;
    double wins = 0;
    for (std::size_t g = m_groupStarts.size(); g-- > 0;) {
      const std::size_t end = g + 1 < m_groupStarts.size() ? m_groupStarts[g + 1] : m_order.size();
      double groupPositives = 0;
      double groupNegatives = 0;
      for (std::size_t r = m_groupStarts[g]; r < end; ++r) {
        const std::size_t lead = m_order[r];
        (m_labels[lead] != 0 ? groupPositives : groupNegatives) += counts[lead];
      }
      wins += groupPositives * (negativesBelow + 0.5 * groupNegatives);
      negativesBelow += groupNegatives;
      positives += groupPositives;
    }
    if (positives == 0 || negativesBelow == 0) return std::nullopt;
    return wins / (positives * negativesBelow);
  }

  std::optional<double> topSlice(Metric metric, const std::vector<double>& counts, double percent) const {
    const auto n = static_cast<std::int64_t>(m_order.size());
    if (n == 0) return std::nullopt;
    const auto k = static_cast<double>(topCount(n, percent));
    double remaining = k;
    double hits = 0;
    for (std::size_t r = 0; r < m_order.size() && remaining > 0; ++r) {
      const std::size_t lead = m_order[r];
      const double taken = std::min(counts[lead], remaining);
      if (m_labels[lead] != 0) hits += taken;
      remaining -= taken;
    }
    if (metric == Metric::PrecisionAt) return hits / k;
    double positives = 0;
    for (std::size_t lead = 0; lead < counts.size(); ++lead) {
      if (m_labels[lead] != 0) positives += counts[lead];
    }
    if (positives == 0) return std::nullopt;
    return hits / positives;
  }

  std::vector<std::size_t> m_order;
  std::vector<std::size_t> m_groupStarts;
  std::span<const std::uint8_t> m_labels;
};

std::optional<double> evaluate(Metric metric, std::span<const double> scores,
                               std::span<const std::uint8_t> labels, double percent) {
  switch (metric) {
    case Metric::Auc:
      return auc(scores, labels);
    case Metric::PrecisionAt:
      return precisionAtPercent(scores, labels, percent);
    case Metric::RecallAt:
      return recallAtPercent(scores, labels, percent);
  }
  return std::nullopt;
}

// Uniform integer in [0, bound) from the raw 64-bit stream. Rejecting the top partial block
// removes the modulo bias; the algorithm is ours, so a seed gives the same resamples with any
// standard library.
std::uint64_t boundedDraw(std::mt19937_64& rng, std::uint64_t bound) {
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
  std::uint64_t x = rng();
  while (x >= limit) x = rng();
  return x % bound;
}

// Quantile of sorted values with linear interpolation between order statistics (the usual
// "type 7" definition), q in [0, 1].
double sortedQuantile(const std::vector<double>& sorted, double q) {
  const double pos = q * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  const double frac = pos - static_cast<double>(lo);
  return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
}

}  // namespace

std::optional<double> auc(std::span<const double> scores, std::span<const std::uint8_t> labels) {
  requireSameSize(scores.size(), labels.size(), "auc: scores and labels");
  const std::int64_t positives = countPositives(labels);
  const auto n = static_cast<std::int64_t>(scores.size());
  const std::int64_t negatives = n - positives;
  if (positives == 0 || negatives == 0) return std::nullopt;

  // Mann-Whitney U: rank all scores ascending (ties share their average rank), sum the ranks of
  // the positives and subtract the smallest possible sum. A tie between a positive and a
  // negative then contributes exactly one half, as the definition asks.
  std::vector<std::size_t> ascending(scores.size());
  std::iota(ascending.begin(), ascending.end(), std::size_t{0});
  std::ranges::sort(ascending,
                    [&](std::size_t i, std::size_t j) { return ranksAbove(scores[j], scores[i]); });

  double positiveRankSum = 0;
  std::size_t i = 0;
  while (i < ascending.size()) {
    std::size_t j = i + 1;
    while (j < ascending.size() && !ranksAbove(scores[ascending[j]], scores[ascending[i]])) ++j;
    // 1-based ranks i+1 .. j share their mean.
    const double averageRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
    for (std::size_t t = i; t < j; ++t) {
      if (labels[ascending[t]] != 0) positiveRankSum += averageRank;
    }
    i = j;
  }
  const auto p = static_cast<double>(positives);
  const double u = positiveRankSum - p * (p + 1.0) / 2.0;
  return u / (p * static_cast<double>(negatives));
}

std::int64_t topCount(std::int64_t n, double percent) {
  if (!std::isfinite(percent)) throw std::invalid_argument("ll::metrics::topCount: percent is not finite");
  if (n <= 0) return 0;
  const double exact = percent / 100.0 * static_cast<double>(n);
  // percent/100*n is rarely exact in binary (1/100*300 = 3.0000000000000004): treat a product
  // within a relative 1e-9 of an integer as that integer before taking the ceiling.
  const double nearest = std::round(exact);
  const double slice =
      std::abs(exact - nearest) <= 1e-9 * std::max(1.0, std::abs(exact)) ? nearest : std::ceil(exact);
  if (slice < 1.0) return 1;
  if (slice >= static_cast<double>(n)) return n;
  return static_cast<std::int64_t>(slice);
}

std::optional<double> precisionAtPercent(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                         double percent) {
  requireSameSize(scores.size(), labels.size(), "precisionAtPercent: scores and labels");
  const auto n = static_cast<std::int64_t>(scores.size());
  if (n == 0) return std::nullopt;
  const std::int64_t k = topCount(n, percent);
  return static_cast<double>(positivesInTop(scores, labels, k)) / static_cast<double>(k);
}

std::optional<double> recallAtPercent(std::span<const double> scores, std::span<const std::uint8_t> labels,
                                      double percent) {
  requireSameSize(scores.size(), labels.size(), "recallAtPercent: scores and labels");
  const std::int64_t positives = countPositives(labels);
  if (positives == 0) return std::nullopt;
  const std::int64_t k = topCount(static_cast<std::int64_t>(scores.size()), percent);
  return static_cast<double>(positivesInTop(scores, labels, k)) / static_cast<double>(positives);
}

std::optional<double> ndcgAt(std::span<const double> scores, std::span<const double> gains, std::int64_t k) {
  requireSameSize(scores.size(), gains.size(), "ndcgAt: scores and gains");
  const auto n = static_cast<std::int64_t>(scores.size());
  const auto depth = static_cast<std::size_t>(std::clamp<std::int64_t>(k, 0, n));

  // Rank r (1-based) is discounted by log2(r + 1); the top rank is undiscounted.
  const auto discountedGain = [](double grade, std::size_t rank) {
    return (std::exp2(grade) - 1.0) / std::log2(static_cast<double>(rank) + 1.0);
  };

  const auto order = rankingOrder(scores);
  double dcg = 0;
  for (std::size_t r = 0; r < depth; ++r) dcg += discountedGain(gains[order[r]], r + 1);

  std::vector<double> ideal(gains.begin(), gains.end());
  std::ranges::sort(ideal, std::ranges::greater{});
  double idealDcg = 0;
  for (std::size_t r = 0; r < depth; ++r) idealDcg += discountedGain(ideal[r], r + 1);

  if (!(idealDcg > 0.0)) return std::nullopt;
  return dcg / idealDcg;
}

std::optional<Interval> bootstrap(Metric metric, std::span<const double> scores,
                                  std::span<const std::uint8_t> labels, double percent, int resamples,
                                  double confidence, std::uint64_t seed) {
  requireSameSize(scores.size(), labels.size(), "bootstrap: scores and labels");
  if (resamples < 1) throw std::invalid_argument("ll::metrics::bootstrap: resamples must be >= 1");
  if (!(confidence > 0.0 && confidence < 1.0)) {
    throw std::invalid_argument("ll::metrics::bootstrap: confidence must lie in (0, 1)");
  }
  const auto full = evaluate(metric, scores, labels, percent);
  if (!full) return std::nullopt;

  const std::size_t n = scores.size();
  const WeightedRanking ranking(scores, labels);
  std::mt19937_64 rng(seed);
  std::vector<double> counts(n);
  std::vector<double> values;
  values.reserve(static_cast<std::size_t>(resamples));
  for (int b = 0; b < resamples; ++b) {
    std::ranges::fill(counts, 0.0);
    for (std::size_t i = 0; i < n; ++i) counts[static_cast<std::size_t>(boundedDraw(rng, n))] += 1.0;
    if (const auto v = ranking.evaluate(metric, counts, percent)) values.push_back(*v);
  }
  if (values.empty()) return std::nullopt;

  std::ranges::sort(values);
  Interval interval;
  interval.estimate = *full;
  interval.low = sortedQuantile(values, (1.0 - confidence) / 2.0);
  interval.high = sortedQuantile(values, (1.0 + confidence) / 2.0);
  return interval;
}

}  // namespace ll::metrics
