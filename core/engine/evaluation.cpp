#include "engine/evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>

namespace ll::engine {

namespace {

void requireSameSize(std::size_t a, std::size_t b, const char* what) {
  if (a != b) throw std::invalid_argument(std::string(what) + ": length mismatch");
}

// Highest score first, NaN last, ties in input order (as ll::metrics ranks).
std::vector<std::size_t> rankingOrder(std::span<const double> scores) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const bool na = std::isnan(scores[a]), nb = std::isnan(scores[b]);
    if (na != nb) return nb;
    return !na && scores[a] > scores[b];
  });
  return order;
}

std::uint64_t boundedDraw(std::mt19937_64& rng, std::uint64_t bound) {
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
  std::uint64_t x = rng();
  while (x >= limit) x = rng();
  return x % bound;
}

double sortedQuantile(const std::vector<double>& sorted, double q) {
  const double pos = q * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

// DCG over the first k positions of a list where the lead order[i] appears counts[order[i]] times.
double weightedDcg(const std::vector<std::size_t>& order, std::span<const double> gains,
                   const std::vector<std::uint32_t>& counts, std::int64_t k) {
  double dcg = 0;
  std::int64_t position = 0;  // positions filled so far
  for (const std::size_t i : order) {
    if (position >= k) break;
    const double gain = std::exp2(gains[i]) - 1.0;
    for (std::uint32_t c = 0; c < counts[i] && position < k; ++c) {
      ++position;
      dcg += gain / std::log2(static_cast<double>(position) + 1.0);
    }
  }
  return dcg;
}

const std::vector<double>& curveGrid() {
  static const std::vector<double> grid{0.1, 0.2, 0.5, 1, 2, 3, 5, 10, 15, 20, 30, 40, 50, 60, 70, 80, 90, 100};
  return grid;
}

std::string format(const char* pattern, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, pattern, value);
  return buffer;
}

std::string fraction(const std::optional<double>& v, const std::optional<metrics::Interval>& interval) {
  if (!v) return "n/a";
  std::string s = format("%.4f", *v);
  if (interval) s += " [" + format("%.4f", interval->low) + ", " + format("%.4f", interval->high) + "]";
  return s;
}

std::string percent(const std::optional<double>& v, const std::optional<metrics::Interval>& interval) {
  if (!v) return "n/a";
  std::string s = format("%.2f%%", 100.0 * *v);
  if (interval) s += " [" + format("%.2f", 100.0 * interval->low) + ", " + format("%.2f", 100.0 * interval->high) + "]";
  return s;
}

template <class Map>
std::optional<double> lookup(const Map& map, double key) {
  const auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

std::optional<metrics::Interval> toMetricsInterval(const std::optional<report::Interval>& i) {
  if (!i) return std::nullopt;
  return metrics::Interval{i->estimate, i->low, i->high};
}

template <class Map>
std::optional<metrics::Interval> lookupInterval(const Map& map, double key) {
  const auto it = map.find(key);
  if (it == map.end()) return std::nullopt;
  return metrics::Interval{it->second.estimate, it->second.low, it->second.high};
}

report::Interval toReport(const metrics::Interval& i) { return report::Interval{i.estimate, i.low, i.high}; }

}  // namespace

std::optional<metrics::Interval> bootstrapNdcg(std::span<const double> scores, std::span<const double> gains,
                                               std::int64_t k, int resamples, double confidence, std::uint64_t seed) {
  requireSameSize(scores.size(), gains.size(), "bootstrapNdcg: scores and gains");
  if (resamples < 1) throw std::invalid_argument("bootstrapNdcg: resamples must be >= 1");
  const auto full = metrics::ndcgAt(scores, gains, k);
  if (!full) return std::nullopt;
  const std::size_t n = scores.size();
  const auto order = rankingOrder(scores);
  std::vector<std::size_t> ideal(n);
  std::iota(ideal.begin(), ideal.end(), std::size_t{0});
  std::stable_sort(ideal.begin(), ideal.end(), [&](std::size_t a, std::size_t b) { return gains[a] > gains[b]; });

  std::mt19937_64 rng(seed);
  std::vector<std::uint32_t> counts(n);
  std::vector<double> values;
  values.reserve(static_cast<std::size_t>(resamples));
  for (int b = 0; b < resamples; ++b) {
    std::fill(counts.begin(), counts.end(), 0u);
    for (std::size_t i = 0; i < n; ++i) ++counts[static_cast<std::size_t>(boundedDraw(rng, n))];
    const double idealDcg = weightedDcg(ideal, gains, counts, k);
    if (idealDcg > 0.0) values.push_back(weightedDcg(order, gains, counts, k) / idealDcg);
  }
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  return metrics::Interval{*full, sortedQuantile(values, (1.0 - confidence) / 2.0),
                           sortedQuantile(values, (1.0 + confidence) / 2.0)};
}

std::vector<report::CurvePoint> precisionCurve(std::span<const double> scores, std::span<const std::uint8_t> labels) {
  std::vector<report::CurvePoint> curve;
  if (scores.empty()) return curve;
  for (const double k : curveGrid())
    if (const auto p = metrics::precisionAtPercent(scores, labels, k)) curve.push_back({k, *p});
  return curve;
}

std::optional<double> brierScore(std::span<const double> probabilities, std::span<const std::uint8_t> labels) {
  requireSameSize(probabilities.size(), labels.size(), "brierScore: probabilities and labels");
  double sum = 0;
  std::int64_t n = 0;
  for (std::size_t i = 0; i < probabilities.size(); ++i) {
    if (std::isnan(probabilities[i])) continue;
    const double d = probabilities[i] - (labels[i] ? 1.0 : 0.0);
    sum += d * d;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / static_cast<double>(n);
}

std::optional<report::Calibration> calibrationTable(std::span<const double> probabilities,
                                                    std::span<const std::uint8_t> labels, int bins) {
  requireSameSize(probabilities.size(), labels.size(), "calibrationTable: probabilities and labels");
  if (bins < 1) throw std::invalid_argument("calibrationTable: bins must be >= 1");
  std::vector<std::size_t> known;
  for (std::size_t i = 0; i < probabilities.size(); ++i)
    if (!std::isnan(probabilities[i])) known.push_back(i);
  if (known.empty()) return std::nullopt;
  std::stable_sort(known.begin(), known.end(),
                   [&](std::size_t a, std::size_t b) { return probabilities[a] < probabilities[b]; });
  const std::size_t n = known.size();
  const auto binCount = std::min<std::size_t>(static_cast<std::size_t>(bins), n);
  report::Calibration c;
  double ece = 0;
  for (std::size_t b = 0; b < binCount; ++b) {
    const std::size_t begin = b * n / binCount, end = (b + 1) * n / binCount;
    double predicted = 0, observed = 0;
    for (std::size_t r = begin; r < end; ++r) {
      predicted += probabilities[known[r]];
      observed += labels[known[r]] ? 1.0 : 0.0;
    }
    const auto count = static_cast<double>(end - begin);
    report::CalibrationBin bin{predicted / count, observed / count, static_cast<std::int64_t>(end - begin)};
    ece += count / static_cast<double>(n) * std::abs(bin.predicted - bin.observed);
    c.bins.push_back(bin);
  }
  c.brier = brierScore(probabilities, labels);
  c.ece = ece;
  return c;
}

ModelEvaluation evaluateRanking(const RankedScores& ranking, std::span<const std::uint8_t> labels,
                                std::span<const double> gains, const EvaluationOptions& options) {
  const auto& scores = ranking.scores;
  requireSameSize(scores.size(), labels.size(), "evaluateRanking: scores and labels");
  requireSameSize(scores.size(), gains.size(), "evaluateRanking: scores and gains");
  ModelEvaluation e;
  e.result.name = ranking.name;
  e.result.kind = ranking.kind;
  e.result.checkpoint = ranking.checkpoint;
  report::Metrics& m = e.result.metrics;
  const bool intervals = options.bootstrap > 0 && !scores.empty();
  const auto boot = [&](metrics::Metric metric, double percent) {
    return metrics::bootstrap(metric, scores, labels, percent, options.bootstrap, options.confidence, options.seed);
  };
  m.auc = metrics::auc(scores, labels);
  if (intervals && m.auc)
    if (const auto i = boot(metrics::Metric::Auc, 1.0)) m.aucInterval = toReport(*i);
  for (const double k : options.precisionPercents) {
    const auto p = metrics::precisionAtPercent(scores, labels, k);
    if (!p) continue;
    m.precisionAt[k] = *p;
    if (intervals)
      if (const auto i = boot(metrics::Metric::PrecisionAt, k)) m.precisionAtInterval[k] = toReport(*i);
  }
  for (const double k : options.recallPercents) {
    const auto r = metrics::recallAtPercent(scores, labels, k);
    if (!r) continue;
    m.recallAt[k] = *r;
    if (intervals)
      if (const auto i = boot(metrics::Metric::RecallAt, k)) m.recallAtInterval[k] = toReport(*i);
  }
  const auto n = static_cast<std::int64_t>(scores.size());
  e.ndcgK = metrics::topCount(n, options.ndcgPercent);
  if (const auto v = metrics::ndcgAt(scores, gains, e.ndcgK)) {
    m.ndcgAt[static_cast<double>(e.ndcgK)] = *v;
    if (intervals) e.ndcgInterval = bootstrapNdcg(scores, gains, e.ndcgK, options.bootstrap, options.confidence, options.seed);
  }
  if (n > e.ndcgK)
    if (const auto v = metrics::ndcgAt(scores, gains, n)) m.ndcgAt[static_cast<double>(n)] = *v;
  e.result.curve = precisionCurve(scores, labels);
  if (ranking.probabilities) {
    requireSameSize(ranking.probabilities->size(), labels.size(), "evaluateRanking: probabilities and labels");
    e.result.calibration = calibrationTable(*ranking.probabilities, labels, options.calibrationBins);
  }
  return e;
}

std::string markdownTable(std::span<const MarkdownRow> rows, std::int64_t leads, std::int64_t positives) {
  std::string out;
  out += "Test part: " + std::to_string(leads) + " leads, " + std::to_string(positives) + " converted (base rate " +
         (leads > 0 ? format("%.2f%%", 100.0 * static_cast<double>(positives) / static_cast<double>(leads)) : "n/a") +
         "); P@0.1% covers the top " + std::to_string(metrics::topCount(leads, 0.1)) + " leads, P@1% the top " +
         std::to_string(metrics::topCount(leads, 1.0)) + ". Brackets: bootstrap 95% intervals.\n\n";

  const ModelEvaluation* oracle = nullptr;
  for (const auto& r : rows)
    if (r.model && r.model->result.kind == report::ModelKind::Oracle) oracle = r.model;
  // NaN when there is no oracle (or it has no P@1%): the share column is then left out.
  double oracleP1 = std::numeric_limits<double>::quiet_NaN();
  if (oracle)
    if (const auto p = lookup(oracle->result.metrics.precisionAt, 1.0)) oracleP1 = *p;
  const bool share = !std::isnan(oracleP1);
  const bool anyTime = std::any_of(rows.begin(), rows.end(), [](const MarkdownRow& r) { return r.seconds.has_value(); });
  std::int64_t ndcgK = 0;
  for (const auto& r : rows)
    if (r.model) ndcgK = std::max(ndcgK, r.model->ndcgK);

  out += "| Model | AUC | P@0.1% | P@1% | P@5% | R@5% | NDCG@" + std::to_string(ndcgK) + " |";
  std::string rule = "| --- | --- | --- | --- | --- | --- | --- |";
  if (share) {
    out += " Share of oracle P@1% |";
    rule += " --- |";
  }
  if (anyTime) {
    out += " Time |";
    rule += " --- |";
  }
  out += "\n" + rule + "\n";
  for (const auto& r : rows) {
    if (!r.model) continue;
    const report::Metrics& m = r.model->result.metrics;
    out += "| " + r.model->result.name + " | " + fraction(m.auc, toMetricsInterval(m.aucInterval)) + " | " +
           percent(lookup(m.precisionAt, 0.1), lookupInterval(m.precisionAtInterval, 0.1)) + " | " +
           percent(lookup(m.precisionAt, 1.0), lookupInterval(m.precisionAtInterval, 1.0)) + " | " +
           percent(lookup(m.precisionAt, 5.0), lookupInterval(m.precisionAtInterval, 5.0)) + " | " +
           percent(lookup(m.recallAt, 5.0), lookupInterval(m.recallAtInterval, 5.0)) + " | " +
           fraction(lookup(m.ndcgAt, static_cast<double>(r.model->ndcgK)), r.model->ndcgInterval) + " |";
    if (share) {
      const auto p1 = lookup(m.precisionAt, 1.0);
      out += " " + (p1 && oracleP1 > 0 ? format("%.1f%%", 100.0 * *p1 / oracleP1) : std::string("n/a")) + " |";
    }
    if (anyTime) out += " " + (r.seconds ? format("%.1f s", *r.seconds) : std::string()) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace ll::engine
