// Ranking metrics (DESIGN.md §6) and the A/B statistics. Expected values are worked out by hand
// in the comments, or (t distribution, Welch) from an independent computation: the t density
// integrated with Simpson's rule in /usr/bin/python3 (standard library only), not the
// incomplete-beta route the library takes.

#include "engine/abtest.h"
#include "engine/metrics.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <random>
#include <stdexcept>
#include <vector>

using namespace ll::metrics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool near(double actual, double expected, double tolerance = 1e-12) {
  return std::abs(actual - expected) <= tolerance;
}

// QCOMPARE on doubles uses a relative fuzz that is too loose for some checks and meaningless
// around 0, so tolerances are explicit.
#define LL_NEAR(actual, expected, tolerance)                                              \
  do {                                                                                    \
    const double a_ = (actual);                                                           \
    const double e_ = (expected);                                                         \
    QVERIFY2(near(a_, e_, (tolerance)), qPrintable(QStringLiteral("%1 = %2, expected %3") \
                                                       .arg(QString::fromUtf8(#actual))   \
                                                       .arg(a_, 0, 'g', 17)               \
                                                       .arg(e_, 0, 'g', 17)));            \
  } while (false)

// The 20-lead ranking used by the P@K / R@K tests. Descending order (ties kept in input order):
//   rank  1: #1  0.95 +      rank  8: #19 0.65 -      rank 15: #5  0.30 -
//   rank  2: #13 0.90 -      rank  9: #10 0.60 -      rank 16: #16 0.25 -
//   rank  3: #3  0.80 -      rank 10: #18 0.55 -      rank 17: #9  0.20 -
//   rank  4: #4  0.80 +      rank 11: #0  0.50 -      rank 18: #14 0.15 -
//   rank  5: #6  0.70 +      rank 12: #17 0.45 +      rank 19: #2  0.10 -
//   rank  6: #7  0.70 -      rank 13: #12 0.40 -      rank 20: #11 0.05 +
//   rank  7: #8  0.70 +      rank 14: #15 0.35 -
// 6 positives (#1, #4, #6, #8, #11, #17). The cuts at 15% (k = 3) and 30% (k = 6) fall inside
// ties, where only the input order decides.
const std::vector<double> kScores20 = {0.50, 0.95, 0.10, 0.80, 0.80, 0.30, 0.70, 0.70, 0.70, 0.20,
                                       0.60, 0.05, 0.40, 0.90, 0.15, 0.35, 0.25, 0.45, 0.55, 0.65};
const std::vector<std::uint8_t> kLabels20 = {0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0};

// Scores that separate the classes only partly: positive = 1 with probability 0.3, score =
// label + N(0, 1). Generated per test run; the properties tested do not depend on the draws.
void syntheticData(std::size_t n, std::uint64_t seed, std::vector<double>& scores,
                   std::vector<std::uint8_t>& labels) {
  std::mt19937_64 rng(seed);
  std::bernoulli_distribution positive(0.3);
  std::normal_distribution<double> noise(0.0, 1.0);
  scores.resize(n);
  labels.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    labels[i] = positive(rng) ? 1 : 0;
    scores[i] = labels[i] + noise(rng);
  }
}

// The Welch example: two samples of 15 (the textbook case; R's t.test(a, b) reports
// t = -2.4554, df = 24.989, p-value = 0.02138 with the A - B sign convention).
const std::vector<double> kWelchA = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1,
                                     21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
const std::vector<double> kWelchB = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0,
                                     24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};

// Small A/B experiment for the curve and per-unit tests:
//   arm A: unit 0 gets leads on days 1 (converts day 3), 1 (no), 2 (converts day 2);
//          unit 1 gets one lead on day 3 (no)
//   arm B: unit 2 gets leads on days 1 (converts day 1), 2 (converts day 4);
//          unit 3 gets leads on days 2 (no) and 4 (no)
std::vector<LeadAssignment> smallExperiment() {
  return {
      {1, 3, 0, 0},
      {1, std::nullopt, 0, 0},
      {2, 2, 0, 0},
      {3, std::nullopt, 0, 1},
      {1, 1, 1, 2},
      {2, 4, 1, 2},
      {2, std::nullopt, 1, 3},
      {4, std::nullopt, 1, 3},
  };
}

}  // namespace

class TestMetrics : public QObject {
  Q_OBJECT

 private slots:
  void aucPerfectInvertedTies() {
    const std::vector<double> scores = {0.9, 0.8, 0.3, 0.1};
    const std::vector<std::uint8_t> perfect = {1, 1, 0, 0};
    const std::vector<std::uint8_t> inverted = {0, 0, 1, 1};
    QCOMPARE(auc(scores, perfect).value(), 1.0);
    QCOMPARE(auc(scores, inverted).value(), 0.0);

    // Every positive-negative pair is a tie: each counts half.
    const std::vector<double> tied(6, 0.5);
    const std::vector<std::uint8_t> mixed = {1, 0, 0, 1, 0, 1};
    QCOMPARE(auc(tied, mixed).value(), 0.5);
  }

  void aucMixedWithTies() {
    // Positives score 0.9, 0.7, 0.5; negatives 0.7, 0.5, 0.2. Pairs won (tie = 1/2):
    //   0.9 beats all three                 -> 3
    //   0.7 ties 0.7, beats 0.5 and 0.2     -> 2.5
    //   0.5 loses to 0.7, ties 0.5, beats 0.2 -> 1.5
    // AUC = 7 / 9.
    const std::vector<double> scores = {0.9, 0.7, 0.7, 0.5, 0.5, 0.2};
    const std::vector<std::uint8_t> labels = {1, 0, 1, 1, 0, 0};
    LL_NEAR(auc(scores, labels).value(), 7.0 / 9.0, 1e-15);

    // Input order must not matter for AUC: the same leads reversed.
    const std::vector<double> reversedScores(scores.rbegin(), scores.rend());
    const std::vector<std::uint8_t> reversedLabels(labels.rbegin(), labels.rend());
    LL_NEAR(auc(reversedScores, reversedLabels).value(), 7.0 / 9.0, 1e-15);

    // Any nonzero label is a positive.
    const std::vector<std::uint8_t> labels255 = {255, 0, 2, 1, 0, 0};
    LL_NEAR(auc(scores, labels255).value(), 7.0 / 9.0, 1e-15);
  }

  void aucAgainstPairCount() {
    // O(n log n) rank formula against the O(n^2) definition, on data with many ties.
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> level(0, 9);
    std::bernoulli_distribution positive(0.4);
    std::vector<double> scores(300);
    std::vector<std::uint8_t> labels(300);
    for (std::size_t i = 0; i < scores.size(); ++i) {
      labels[i] = positive(rng) ? 1 : 0;
      scores[i] = level(rng) + (labels[i] ? 1.5 : 0.0);
    }
    double wins = 0;
    double pairs = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
      for (std::size_t j = 0; j < scores.size(); ++j) {
        if (labels[i] == 0 || labels[j] != 0) continue;
        pairs += 1;
        wins += scores[i] > scores[j] ? 1.0 : scores[i] == scores[j] ? 0.5 : 0.0;
      }
    }
    LL_NEAR(auc(scores, labels).value(), wins / pairs, 1e-12);
  }

  void aucUndefinedAndInvalid() {
    const std::vector<double> scores = {0.3, 0.2};
    QVERIFY(!auc(scores, std::vector<std::uint8_t>{1, 1}).has_value());
    QVERIFY(!auc(scores, std::vector<std::uint8_t>{0, 0}).has_value());
    QVERIFY(!auc({}, {}).has_value());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, auc(scores, std::vector<std::uint8_t>{1}));
  }

  void aucNaNRanksLast() {
    // The positive has no score: it ranks below the negative.
    QCOMPARE(auc(std::vector<double>{kNaN, 0.1}, std::vector<std::uint8_t>{1, 0}).value(), 0.0);
    // NaNs tie with each other. Positives {0.4, NaN}, negatives {NaN, 0.1}: 0.4 beats both
    // negatives (2), the NaN positive ties the NaN negative (0.5) and loses to 0.1 (0) -> 2.5 / 4.
    const std::vector<double> scores = {0.4, kNaN, kNaN, 0.1};
    const std::vector<std::uint8_t> labels = {1, 1, 0, 0};
    QCOMPARE(auc(scores, labels).value(), 2.5 / 4.0);
  }

  void topCountRounding() {
    QCOMPARE(topCount(1000, 0.1), std::int64_t{1});
    QCOMPARE(topCount(1000, 1.0), std::int64_t{10});
    QCOMPARE(topCount(1000, 5.0), std::int64_t{50});
    QCOMPARE(topCount(1000, 0.15), std::int64_t{2});  // 1.5 -> 2
    QCOMPARE(topCount(300, 1.0), std::int64_t{3});    // 3.0000000000000004 in binary
    QCOMPARE(topCount(7, 5.0), std::int64_t{1});      // 0.35 -> 1
    QCOMPARE(topCount(7, 15.0), std::int64_t{2});     // 1.05 -> 2
    QCOMPARE(topCount(0, 5.0), std::int64_t{0});
    QCOMPARE(topCount(1, 0.1), std::int64_t{1});
    QCOMPARE(topCount(1000, 0.0), std::int64_t{1});  // at least one lead
    QCOMPARE(topCount(1000, 100.0), std::int64_t{1000});
    QCOMPARE(topCount(1000, 250.0), std::int64_t{1000});  // never more than n
    QCOMPARE(topCount(1'000'000, 0.1), std::int64_t{1000});
    QCOMPARE(topCount(5'000'000, 0.07), std::int64_t{3500});
    // Every whole-number product must survive the binary rounding of percent / 100 * n.
    for (std::int64_t n = 1; n <= 2000; ++n) {
      for (int p : {1, 2, 3, 5, 7, 10, 20, 25, 30, 50}) {
        if ((n * p) % 100 == 0) QCOMPARE(topCount(n, p), n * p / 100);
      }
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, topCount(10, kNaN));
  }

  void precisionRecallByHand() {
    const auto& s = kScores20;
    const auto& l = kLabels20;
    // 5%: k = 1 -> #1 (+).
    QCOMPARE(precisionAtPercent(s, l, 5.0).value(), 1.0);
    QCOMPARE(recallAtPercent(s, l, 5.0).value(), 1.0 / 6.0);
    // 10%: k = 2 -> #1 (+), #13 (-).
    QCOMPARE(precisionAtPercent(s, l, 10.0).value(), 0.5);
    QCOMPARE(recallAtPercent(s, l, 10.0).value(), 1.0 / 6.0);
    // 15%: k = 3, the cut splits the 0.80 tie: #3 (-) comes before #4 (+) in the input.
    QCOMPARE(precisionAtPercent(s, l, 15.0).value(), 1.0 / 3.0);
    QCOMPARE(recallAtPercent(s, l, 15.0).value(), 1.0 / 6.0);
    // 20%: k = 4 -> #1, #13, #3, #4: 2 positives.
    QCOMPARE(precisionAtPercent(s, l, 20.0).value(), 0.5);
    QCOMPARE(recallAtPercent(s, l, 20.0).value(), 2.0 / 6.0);
    // 30%: k = 6, the cut splits the 0.70 tie #6 (+), #7 (-) | #8 (+): 3 positives.
    QCOMPARE(precisionAtPercent(s, l, 30.0).value(), 0.5);
    QCOMPARE(recallAtPercent(s, l, 30.0).value(), 0.5);
    // 35%: k = 7 takes #8 too.
    QCOMPARE(precisionAtPercent(s, l, 35.0).value(), 4.0 / 7.0);
    QCOMPARE(recallAtPercent(s, l, 35.0).value(), 4.0 / 6.0);
    // 60%: k = 12 reaches #17 (+) at rank 12: 5 positives.
    QCOMPARE(precisionAtPercent(s, l, 60.0).value(), 5.0 / 12.0);
    QCOMPARE(recallAtPercent(s, l, 60.0).value(), 5.0 / 6.0);
    // 100%: the base rate and full recall.
    QCOMPARE(precisionAtPercent(s, l, 100.0).value(), 0.3);
    QCOMPARE(recallAtPercent(s, l, 100.0).value(), 1.0);
  }

  void precisionTieOrderIsInputOrder() {
    // Swap leads #3 and #4 (both 0.80): now the positive comes first in the input and so in the
    // ranking, and P@15% becomes 2/3.
    auto labels = kLabels20;
    std::swap(labels[3], labels[4]);
    QCOMPARE(precisionAtPercent(kScores20, labels, 15.0).value(), 2.0 / 3.0);
    QCOMPARE(recallAtPercent(kScores20, labels, 15.0).value(), 2.0 / 6.0);
    // Repeated calls give the same answer (no dependence on an unstable sort).
    for (int i = 0; i < 5; ++i) QCOMPARE(precisionAtPercent(kScores20, kLabels20, 15.0).value(), 1.0 / 3.0);
  }

  void precisionRecallSmallAndDegenerate() {
    const std::vector<double> one = {0.3};
    QCOMPARE(precisionAtPercent(one, std::vector<std::uint8_t>{1}, 1.0).value(), 1.0);
    QCOMPARE(recallAtPercent(one, std::vector<std::uint8_t>{1}, 1.0).value(), 1.0);
    QCOMPARE(precisionAtPercent(one, std::vector<std::uint8_t>{0}, 1.0).value(), 0.0);
    QVERIFY(!recallAtPercent(one, std::vector<std::uint8_t>{0}, 1.0).has_value());

    QVERIFY(!precisionAtPercent({}, {}, 5.0).has_value());
    QVERIFY(!recallAtPercent({}, {}, 5.0).has_value());

    // No positives: precision 0, recall undefined.
    const std::vector<std::uint8_t> none(kScores20.size(), 0);
    QCOMPARE(precisionAtPercent(kScores20, none, 25.0).value(), 0.0);
    QVERIFY(!recallAtPercent(kScores20, none, 25.0).has_value());

    // NaN ranks last: 34% of 3 = 1.02 -> k = 2 leaves the unscored positive out of the slice.
    const std::vector<double> withNaN = {kNaN, 0.2, 0.1};
    const std::vector<std::uint8_t> labels = {1, 0, 0};
    QCOMPARE(precisionAtPercent(withNaN, labels, 34.0).value(), 0.0);
    QCOMPARE(recallAtPercent(withNaN, labels, 34.0).value(), 0.0);
    QCOMPARE(recallAtPercent(withNaN, labels, 100.0).value(), 1.0);

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             precisionAtPercent(one, std::vector<std::uint8_t>{1, 0}, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, recallAtPercent(one, std::vector<std::uint8_t>{}, 1.0));
  }

  void ndcgKnownValues() {
    // Ranking = input order (scores 6..1), gains [3, 2, 3, 0, 1, 2]:
    //   DCG@6  = 7/1 + 3/log2(3) + 7/2 + 0/log2(5) + 1/log2(6) + 3/log2(7) = 13.848263629272981
    //   ideal gains [3, 3, 2, 2, 1, 0]:
    //   IDCG@6 = 7/1 + 7/log2(3) + 3/2 + 3/log2(5) + 1/log2(6) + 0          = 14.595390756454924
    //   NDCG@6 = 0.9488107485678985
    //   NDCG@3 = (7 + 3/log2(3) + 7/2) / (7 + 7/log2(3) + 3/2)               = 0.9594535145926796
    const std::vector<double> scores = {6, 5, 4, 3, 2, 1};
    const std::vector<double> gains = {3, 2, 3, 0, 1, 2};
    LL_NEAR(ndcgAt(scores, gains, 6).value(), 0.9488107485678985, 1e-12);
    LL_NEAR(ndcgAt(scores, gains, 3).value(), 0.9594535145926796, 1e-12);
    // k = 1: the top lead has the largest gain, so the top-1 ranking is ideal.
    LL_NEAR(ndcgAt(scores, gains, 1).value(), 1.0, 1e-15);
    // k beyond n is clamped to n.
    LL_NEAR(ndcgAt(scores, gains, 100).value(), 0.9488107485678985, 1e-12);

    // Scores that sort the gains ideally give 1.
    const std::vector<double> idealScores = {0.9, 0.4, 0.8, 0.1, 0.3, 0.5};
    LL_NEAR(ndcgAt(idealScores, gains, 6).value(), 1.0, 1e-15);
    LL_NEAR(ndcgAt(idealScores, gains, 2).value(), 1.0, 1e-15);

    // Ties keep input order: all scores equal = ranking by input order = the first case.
    const std::vector<double> tied(6, 0.5);
    LL_NEAR(ndcgAt(tied, gains, 6).value(), 0.9488107485678985, 1e-12);

    // Undefined: no gain anywhere, k = 0, no leads.
    QVERIFY(!ndcgAt(scores, std::vector<double>(6, 0.0), 6).has_value());
    QVERIFY(!ndcgAt(scores, gains, 0).has_value());
    QVERIFY(!ndcgAt({}, {}, 5).has_value());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ndcgAt(scores, std::vector<double>{1, 2}, 2));
  }

  void bootstrapDeterministic() {
    std::vector<double> scores;
    std::vector<std::uint8_t> labels;
    syntheticData(400, 11, scores, labels);
    for (Metric m : {Metric::Auc, Metric::PrecisionAt, Metric::RecallAt}) {
      const auto first = bootstrap(m, scores, labels, 5.0, 300, 0.95, 42);
      const auto again = bootstrap(m, scores, labels, 5.0, 300, 0.95, 42);
      QVERIFY(first && again);
      QCOMPARE(first->low, again->low);
      QCOMPARE(first->high, again->high);
      QCOMPARE(first->estimate, again->estimate);
      // The estimate is the metric on the full data, whatever the seed.
      const auto other = bootstrap(m, scores, labels, 5.0, 300, 0.95, 43);
      QVERIFY(other);
      QCOMPARE(other->estimate, first->estimate);
      // P@5% and R@5% of 400 leads move in steps of 1/20 and 1/#positives, so their quantiles
      // can coincide across seeds; AUC's cannot in practice.
      if (m == Metric::Auc) QVERIFY(other->low != first->low || other->high != first->high);
    }
    QCOMPARE(bootstrap(Metric::Auc, scores, labels, 1.0, 200, 0.95, 3)->estimate,
             auc(scores, labels).value());
    QCOMPARE(bootstrap(Metric::PrecisionAt, scores, labels, 5.0, 200, 0.95, 3)->estimate,
             precisionAtPercent(scores, labels, 5.0).value());
    QCOMPARE(bootstrap(Metric::RecallAt, scores, labels, 5.0, 200, 0.95, 3)->estimate,
             recallAtPercent(scores, labels, 5.0).value());
  }

  void bootstrapMatchesNaiveResampling() {
    // The library evaluates resamples as draw counts over one ranking. Rebuild the same
    // resamples explicitly (the documented draw: std::mt19937_64, reject the top partial block,
    // then modulo n), list each one's leads in input order, and run the plain metrics on it:
    // the intervals must agree. Scores on a coarse grid make ties and duplicates common.
    std::vector<double> scores;
    std::vector<std::uint8_t> labels;
    syntheticData(150, 9, scores, labels);
    for (double& s : scores) s = std::round(s * 4.0) / 4.0;
    constexpr int resamples = 200;
    const std::uint64_t seed = 77;
    for (Metric m : {Metric::Auc, Metric::PrecisionAt, Metric::RecallAt}) {
      std::mt19937_64 rng(seed);
      const std::uint64_t n = scores.size();
      const std::uint64_t limit =
          std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
      std::vector<double> values;
      for (int b = 0; b < resamples; ++b) {
        std::vector<std::size_t> picks(n);
        for (auto& pick : picks) {
          std::uint64_t x = rng();
          while (x >= limit) x = rng();
          pick = static_cast<std::size_t>(x % n);
        }
        std::ranges::sort(picks);
        std::vector<double> s;
        std::vector<std::uint8_t> l;
        for (std::size_t pick : picks) {
          s.push_back(scores[pick]);
          l.push_back(labels[pick]);
        }
        const auto v = m == Metric::Auc           ? auc(s, l)
                       : m == Metric::PrecisionAt ? precisionAtPercent(s, l, 7.0)
                                                  : recallAtPercent(s, l, 7.0);
        if (v) values.push_back(*v);
      }
      QCOMPARE(values.size(), std::size_t{resamples});  // 30% positives: no resample is undefined
      QVERIFY(values.front() < values.back());
      std::ranges::sort(values);
      // Type-7 quantiles of 200 values at 0.025 and 0.975: positions 4.975 and 194.025.
      const double low = values[4] + 0.975 * (values[5] - values[4]);
      const double high = values[194] + 0.025 * (values[195] - values[194]);
      const auto iv = bootstrap(m, scores, labels, 7.0, resamples, 0.95, seed);
      QVERIFY(iv);
      LL_NEAR(iv->low, low, 1e-12);
      LL_NEAR(iv->high, high, 1e-12);
    }
  }

  void bootstrapIntervalContainsEstimateAndShrinks() {
    std::vector<double> smallScores;
    std::vector<std::uint8_t> smallLabels;
    syntheticData(200, 5, smallScores, smallLabels);
    std::vector<double> largeScores;
    std::vector<std::uint8_t> largeLabels;
    syntheticData(4000, 6, largeScores, largeLabels);

    for (Metric m : {Metric::Auc, Metric::PrecisionAt, Metric::RecallAt}) {
      const auto small = bootstrap(m, smallScores, smallLabels, 10.0, 400, 0.95, 1);
      const auto large = bootstrap(m, largeScores, largeLabels, 10.0, 200, 0.95, 1);
      QVERIFY(small && large);
      for (const auto& iv : {*small, *large}) {
        QVERIFY2(iv.low <= iv.estimate && iv.estimate <= iv.high,
                 qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(iv.estimate).arg(iv.low).arg(iv.high)));
        QVERIFY(iv.low < iv.high);
      }
      // 20x the data: the interval narrows by about sqrt(20) ~ 4.5; ask for 2.
      QVERIFY2(
          large->high - large->low < (small->high - small->low) / 2.0,
          qPrintable(
              QStringLiteral("widths %1 vs %2").arg(large->high - large->low).arg(small->high - small->low)));
      // A lower confidence gives a narrower interval from the same resamples.
      const auto narrow = bootstrap(m, smallScores, smallLabels, 10.0, 400, 0.5, 1);
      QVERIFY(narrow->high - narrow->low <= small->high - small->low);
    }
  }

  void bootstrapUndefinedAndInvalid() {
    const std::vector<double> scores = {0.1, 0.2, 0.3};
    const std::vector<std::uint8_t> noPositive = {0, 0, 0};
    QVERIFY(!bootstrap(Metric::Auc, scores, noPositive).has_value());
    QVERIFY(!bootstrap(Metric::RecallAt, scores, noPositive).has_value());
    // Precision is defined (0) without positives, and so is every resample.
    const auto p = bootstrap(Metric::PrecisionAt, scores, noPositive, 50.0, 50);
    QVERIFY(p);
    QCOMPARE(p->low, 0.0);
    QCOMPARE(p->high, 0.0);
    QVERIFY(!bootstrap(Metric::PrecisionAt, {}, {}).has_value());

    // One positive among three: about 30% of resamples miss it and are skipped, the rest count.
    const std::vector<std::uint8_t> onePositive = {0, 0, 1};
    const auto a = bootstrap(Metric::Auc, scores, onePositive, 1.0, 200);
    QVERIFY(a);
    QCOMPARE(a->estimate, 1.0);
    QCOMPARE(a->high, 1.0);

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, bootstrap(Metric::Auc, scores, onePositive, 1.0, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             bootstrap(Metric::Auc, scores, onePositive, 1.0, 10, 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             bootstrap(Metric::Auc, scores, std::vector<std::uint8_t>{1}, 1.0, 10));
  }

  void studentTSpotChecks() {
    // Reference values from Simpson integration of the t density (python, stdlib only).
    LL_NEAR(studentTTwoSidedP(2.0, 10), 0.0733880347707454, 1e-9);
    LL_NEAR(studentTTwoSidedP(-2.0, 10), 0.0733880347707454, 1e-9);
    LL_NEAR(studentTCdf(2.0, 10), 1.0 - 0.0733880347707454 / 2.0, 1e-9);
    LL_NEAR(studentTQuantile(0.975, 10), 2.228138851986314, 1e-9);
    LL_NEAR(studentTQuantile(0.025, 10), -2.228138851986314, 1e-9);
    LL_NEAR(studentTQuantile(0.995, 3.5), 5.085702223092227, 1e-8);  // non-integer df
    LL_NEAR(studentTCdf(-1.3, 7.25), 0.11670181692168935, 1e-9);
    LL_NEAR(1.0 - studentTCdf(4.5, 30), 4.759679696486607e-05, 1e-10);
    QCOMPARE(studentTCdf(0.0, 4), 0.5);
    QCOMPARE(studentTQuantile(0.5, 4), 0.0);
    QCOMPARE(studentTTwoSidedP(0.0, 4), 1.0);

    // Closed forms: df = 1 is Cauchy, F(t) = 1/2 + atan(t)/pi; df = 2: F(t) = 1/2 + t / (2 sqrt(t^2 + 2)).
    for (double t : {-30.0, -2.5, -0.3, 0.7, 1.0, 4.0, 1e4}) {
      LL_NEAR(studentTCdf(t, 1), 0.5 + std::atan(t) / std::numbers::pi, 1e-13);
      LL_NEAR(studentTCdf(t, 2), 0.5 + t / (2.0 * std::sqrt(t * t + 2.0)), 1e-13);
    }
    LL_NEAR(studentTQuantile(0.975, 1), std::tan(std::numbers::pi * 0.475), 1e-8);
    LL_NEAR(studentTQuantile(0.9999999, 1), std::tan(std::numbers::pi * (0.9999999 - 0.5)), 1e-1);

    // Round trips, including huge df where the normal distribution takes over.
    for (double df : {1.0, 2.5, 10.0, 24.98852929023142, 300.0, 1e6, 1e9}) {
      for (double p : {0.001, 0.05, 0.3, 0.8, 0.975, 0.9995}) {
        LL_NEAR(studentTCdf(studentTQuantile(p, df), df), p, 1e-12);
      }
    }
    LL_NEAR(studentTQuantile(0.975, 1e9), 1.959963984540054, 1e-7);
    LL_NEAR(studentTQuantile(0.975, 1e6), 1.959966, 1e-5);

    // Invalid arguments give NaN rather than a crash or a hang.
    QVERIFY(std::isnan(studentTCdf(1.0, 0.0)));
    QVERIFY(std::isnan(studentTCdf(kNaN, 5.0)));
    QVERIFY(std::isnan(studentTQuantile(1.0, 5.0)));
    QVERIFY(std::isnan(studentTQuantile(0.5, -1.0)));
    QCOMPARE(studentTCdf(std::numeric_limits<double>::infinity(), 3), 1.0);
    QCOMPARE(studentTCdf(-std::numeric_limits<double>::infinity(), 3), 0.0);
  }

  void incompleteBetaIdentities() {
    for (double x : {0.0, 0.01, 0.3, 0.5, 0.77, 0.999, 1.0}) {
      LL_NEAR(regularizedIncompleteBeta(1, 1, x), x, 1e-14);                   // uniform
      LL_NEAR(regularizedIncompleteBeta(3.5, 1, x), std::pow(x, 3.5), 1e-14);  // I_x(a, 1) = x^a
      LL_NEAR(regularizedIncompleteBeta(2.5, 4, x) + regularizedIncompleteBeta(4, 2.5, 1 - x), 1.0, 1e-14);
    }
    LL_NEAR(regularizedIncompleteBeta(7.3, 7.3, 0.5), 0.5, 1e-14);  // symmetric
    QVERIFY(std::isnan(regularizedIncompleteBeta(0, 1, 0.5)));
    QVERIFY(std::isnan(regularizedIncompleteBeta(1, 1, 1.5)));
  }

  void welchTextbook() {
    // Independent reference (python, stdlib): meanA 20.82, meanB 22.986666666666668,
    // t = 2.455356398286006 (B - A), df = 24.98852929023142, p = 0.021378001462861285,
    // 95% CI of B - A = (0.3492370661923967, 3.984096267140939), 90% CI = (0.6593347835830135,
    // 3.6739985497503223).
    const WelchResult r = welchTTest(kWelchA, kWelchB);
    QVERIFY2(r.valid(), r.message.c_str());
    QCOMPARE(r.nA, 15);
    QCOMPARE(r.nB, 15);
    LL_NEAR(r.meanA, 20.82, 1e-12);
    LL_NEAR(r.meanB, 22.986666666666668, 1e-12);
    LL_NEAR(r.diff, 2.166666666666668, 1e-12);
    LL_NEAR(r.relativeDiff, 0.10406660262568049, 1e-12);
    LL_NEAR(r.t, 2.455356398286006, 1e-10);
    LL_NEAR(r.df, 24.98852929023142, 1e-9);
    LL_NEAR(r.pValue, 0.021378001462861285, 1e-9);
    LL_NEAR(r.ciLow, 0.3492370661923967, 1e-8);
    LL_NEAR(r.ciHigh, 3.984096267140939, 1e-8);
    // The rounded figures usually quoted for this example.
    LL_NEAR(std::abs(r.t), 2.46, 0.005);
    LL_NEAR(r.df, 24.99, 0.005);

    const WelchResult r90 = welchTTest(kWelchA, kWelchB, 0.90);
    LL_NEAR(r90.ciLow, 0.6593347835830135, 1e-8);
    LL_NEAR(r90.ciHigh, 3.6739985497503223, 1e-8);
    QCOMPARE(r90.pValue, r.pValue);

    // Swapping the arms flips the sign of t and diff, not p.
    const WelchResult swapped = welchTTest(kWelchB, kWelchA);
    LL_NEAR(swapped.t, -r.t, 1e-12);
    LL_NEAR(swapped.pValue, r.pValue, 1e-15);
    LL_NEAR(swapped.ciLow, -r.ciHigh, 1e-10);
  }

  void welchDegenerate() {
    const std::vector<double> one = {0.1};
    const std::vector<double> three = {0.1, 0.2, 0.3};
    WelchResult r = welchTTest(one, three);
    QVERIFY(!r.valid());
    QVERIFY(!r.message.empty());
    QCOMPARE(r.meanA, 0.1);  // the means are still reported
    LL_NEAR(r.meanB, 0.2, 1e-15);
    QVERIFY(std::isnan(r.t) && std::isnan(r.pValue) && std::isnan(r.ciLow) && std::isnan(r.df));

    r = welchTTest({}, three);
    QVERIFY(!r.valid());
    QVERIFY(std::isnan(r.meanA) && std::isnan(r.diff));

    // Both variances zero: no standard error.
    const std::vector<double> flatA = {0.2, 0.2, 0.2};
    const std::vector<double> flatB = {0.3, 0.3};
    r = welchTTest(flatA, flatB);
    QVERIFY(!r.valid());
    QVERIFY(std::isnan(r.t));
    LL_NEAR(r.relativeDiff, 0.5, 1e-12);

    // One arm flat is fine: df falls back to the other arm's n - 1 = 2.
    r = welchTTest(flatA, three);
    QVERIFY2(r.valid(), r.message.c_str());
    LL_NEAR(r.df, 2.0, 1e-12);
    LL_NEAR(r.t, 0.0, 1e-12);
    LL_NEAR(r.pValue, 1.0, 1e-12);

    // meanA = 0: relative difference undefined, the test itself fine.
    const std::vector<double> zeros = {0.0, 0.1, -0.1};
    r = welchTTest(zeros, three);
    QVERIFY(r.valid());
    QVERIFY(std::isnan(r.relativeDiff));

    const std::vector<double> withNaN = {0.1, kNaN, 0.3};
    QVERIFY(!welchTTest(withNaN, three).valid());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, welchTTest(three, three, 0.0));
  }

  void cumulativeCurvesByHand() {
    // Day by day (see smallExperiment):
    //   A: new leads 2, 1, 1, 0 -> 2, 3, 4, 4; conversions on days 2 and 3 -> 0, 1, 2, 2
    //   B: new leads 1, 2, 0, 1 -> 1, 3, 3, 4; conversions on days 1 and 4 -> 1, 1, 1, 2
    const auto leads = smallExperiment();
    const auto curves = cumulativeCurves(leads);
    const double leadsA[] = {2, 3, 4, 4}, convA[] = {0, 1, 2, 2};
    const double leadsB[] = {1, 3, 3, 4}, convB[] = {1, 1, 1, 2};
    QCOMPARE(curves[0].size(), std::size_t{4});
    QCOMPARE(curves[1].size(), std::size_t{4});
    for (std::size_t i = 0; i < 4; ++i) {
      QCOMPARE(curves[0][i].day, static_cast<int>(i) + 1);
      QCOMPARE(curves[1][i].day, static_cast<int>(i) + 1);
      QCOMPARE(curves[0][i].cumulativeLeads, leadsA[i]);
      QCOMPARE(curves[0][i].cumulativeConversions, convA[i]);
      QCOMPARE(curves[0][i].rate, convA[i] / leadsA[i]);
      QCOMPARE(curves[1][i].cumulativeLeads, leadsB[i]);
      QCOMPARE(curves[1][i].cumulativeConversions, convB[i]);
      QCOMPARE(curves[1][i].rate, convB[i] / leadsB[i]);
    }

    // An explicit window: days 2..3 keep the totals from day 1; day 0 has nothing yet (rate 0),
    // a window ending on day 3 leaves out B's day-4 events.
    const auto window = cumulativeCurves(leads, 0, 3);
    QCOMPARE(window[0].size(), std::size_t{4});
    QCOMPARE(window[0][0].cumulativeLeads, 0.0);
    QCOMPARE(window[0][0].rate, 0.0);
    QCOMPARE(window[0][2].cumulativeLeads, 3.0);
    QCOMPARE(window[1][3].cumulativeLeads, 3.0);
    QCOMPARE(window[1][3].cumulativeConversions, 1.0);
    const auto late = cumulativeCurves(leads, 2, 3);
    QCOMPARE(late[0].front().day, 2);
    QCOMPARE(late[0].front().cumulativeLeads, 3.0);  // day-1 leads count from the first point
    QCOMPARE(late[0].front().cumulativeConversions, 1.0);

    // Nothing to show.
    QVERIFY(cumulativeCurves({})[0].empty());
    QVERIFY(cumulativeCurves(leads, 5, 4)[1].empty());
    QCOMPARE(cumulativeCurves({}, 1, 3)[1].size(), std::size_t{3});

    // A conversion dated before its assignment counts on the assignment day.
    const std::vector<LeadAssignment> early = {{5, 3, 1, 0}};
    const auto e = cumulativeCurves(early);
    QCOMPARE(e[1].size(), std::size_t{1});
    QCOMPARE(e[1][0].day, 5);
    QCOMPARE(e[1][0].rate, 1.0);

    const std::vector<LeadAssignment> badArm = {{1, std::nullopt, 2, 0}};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, cumulativeCurves(badArm));
  }

  void perUnitWelch() {
    // Units: 0 (A) 2 of 3 converted; 1 (A) 0 of 1; 2 (B) 2 of 2; 3 (B) 0 of 2.
    const auto leads = smallExperiment();
    const auto rates = unitConversionRates(leads);
    QCOMPARE(rates.size(), std::size_t{4});
    QCOMPARE(rates[0].unit, 0);
    QCOMPARE(rates[0].arm, 0);
    QCOMPARE(rates[0].leads, 3.0);
    QCOMPARE(rates[0].conversions, 2.0);
    QCOMPARE(rates[0].rate, 2.0 / 3.0);
    QCOMPARE(rates[1].rate, 0.0);
    QCOMPARE(rates[2].arm, 1);
    QCOMPARE(rates[2].rate, 1.0);
    QCOMPARE(rates[3].rate, 0.0);

    const WelchResult byUnit = compareArmsByUnit(leads);
    const std::vector<double> a = {2.0 / 3.0, 0.0};
    const std::vector<double> b = {1.0, 0.0};
    const WelchResult direct = welchTTest(a, b);
    QVERIFY(byUnit.valid());
    QCOMPARE(byUnit.nA, 2);
    QCOMPARE(byUnit.nB, 2);
    QCOMPARE(byUnit.t, direct.t);
    QCOMPARE(byUnit.pValue, direct.pValue);
    // (0.5 - 1/3) / (1/3) = 0.5
    LL_NEAR(byUnit.relativeDiff, 0.5, 1e-12);

    // As of day 2: unit 0 has 3 leads, 1 converted (the day-3 conversion is still ahead);
    // unit 1 has no lead yet and drops out; unit 2: 2 leads, 1 converted; unit 3: 1 lead, 0.
    const auto day2 = unitConversionRates(leads, 2);
    QCOMPARE(day2.size(), std::size_t{3});
    QCOMPARE(day2[0].rate, 1.0 / 3.0);
    QCOMPARE(day2[1].unit, 2);
    QCOMPARE(day2[1].rate, 0.5);
    QCOMPARE(day2[2].leads, 1.0);
    const WelchResult early = compareArmsByUnit(leads, 0.95, 2);
    QVERIFY(!early.valid());  // one unit in A
    QCOMPARE(early.nA, 1);

    // A specialist in both arms breaks the design.
    auto mixed = leads;
    mixed.push_back({3, std::nullopt, 1, 0});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unitConversionRates(mixed));
  }

  void perUnitWelchMatchesTextbook() {
    // Units whose conversion rates are the textbook samples / 100 (each unit: 1000 leads, rate
    // * 1000 conversions): the t statistic and p are scale-free, so they must match.
    std::vector<LeadAssignment> leads;
    const auto addUnit = [&](int unit, int arm, double percent) {
      const int conversions = static_cast<int>(std::lround(percent * 10.0));
      for (int i = 0; i < 1000; ++i) {
        leads.push_back({i % 132, i < conversions ? std::optional<int>(i % 132) : std::nullopt, arm, unit});
      }
    };
    int unit = 0;
    for (double v : kWelchA) addUnit(unit++, 0, v);
    for (double v : kWelchB) addUnit(unit++, 1, v);
    const WelchResult r = compareArmsByUnit(leads);
    QVERIFY(r.valid());
    LL_NEAR(r.t, 2.455356398286006, 1e-9);
    LL_NEAR(r.df, 24.98852929023142, 1e-8);
    LL_NEAR(r.pValue, 0.021378001462861285, 1e-9);
    LL_NEAR(r.relativeDiff, 0.10406660262568049, 1e-12);
  }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
