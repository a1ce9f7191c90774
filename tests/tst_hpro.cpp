// HPRO pieces without a model: the three losses against values worked out by hand, pair counts
// per tier on a hand-built batch, the stratified sampler, Platt scaling and the training
// configuration file.

#include "engine/funnel.h"
#include "engine/hpro.h"
#include "engine/trainer.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace ll::engine;

namespace {

// Stage indices of the built-in car funnel.
constexpr int kOrder = 0, kDefeat = 1, kDrive = 2, kLong = 3, kShort = 4, kNone = 5;

double softplus(double x) { return std::log1p(std::exp(x)); }

torch::Tensor vec(std::initializer_list<float> v) { return torch::tensor(std::vector<float>(v)); }

const char* kSourceDir = LL_TEST_DATA_DIR "/../..";

}  // namespace

class TestHpro : public QObject {
  Q_OBJECT

 private slots:
  void carFunnelHasThePapersTiers() {
    const auto f = FunnelDefinition::carDefault();
    QCOMPARE(f.stages()[kOrder].name, std::string("order_lock"));
    QCOMPARE(f.stages()[kNone].name, std::string("none"));
    QCOMPARE(f.tiers().size(), std::size_t{3});
    QCOMPARE(f.tiers()[0].margin, 1.0);
    QCOMPARE(f.tiers()[1].margin, 0.5);
    QCOMPARE(f.tiers()[2].margin, 0.1);
  }

  void bceMatchesHandComputedValue() {
    // -log sigmoid(0) for a positive, -log(1 - sigmoid(z)) = softplus(z) for negatives.
    const double expected = (std::log(2.0) + softplus(2.0) + softplus(-1.0)) / 3.0;
    const auto loss = hpro::bceLoss(vec({0.0f, 2.0f, -1.0f}), vec({1, 0, 0})).item<double>();
    QVERIFY(std::abs(loss - expected) < 1e-6);
    QVERIFY(std::abs(loss - 1.0444456) < 1e-6);
  }

  void pairLossUsesTheMargin() {
    // Scores of four rows; pairs (0 beats 1, margin 1.0) and (2 beats 3, margin 0.1).
    const auto scores = vec({2.0f, 0.5f, 1.0f, 0.0f});
    hpro::BatchPairs pairs;
    pairs.winner = torch::tensor(std::vector<std::int64_t>{0, 2});
    pairs.loser = torch::tensor(std::vector<std::int64_t>{1, 3});
    pairs.margin = vec({1.0f, 0.1f});
    pairs.tier = torch::tensor(std::vector<std::int64_t>{0, 2});
    // -log sigmoid(x) = log(1 + e^-x) with x = s_w - s_l - m: 0.5 and 0.9.
    const double expected = (std::log1p(std::exp(-0.5)) + std::log1p(std::exp(-0.9))) / 2.0;
    QVERIFY(std::abs(hpro::pairLoss(scores, pairs).item<double>() - expected) < 1e-6);
    QVERIFY(std::abs(expected - 0.4076154) < 1e-6);

    // Without margins the same scores cost less: the margin asks for a wider gap.
    pairs.margin = vec({0.0f, 0.0f});
    const double noMargin = (std::log1p(std::exp(-1.5)) + std::log1p(std::exp(-1.0))) / 2.0;
    QVERIFY(std::abs(hpro::pairLoss(scores, pairs).item<double>() - noMargin) < 1e-6);
    QVERIFY(noMargin < expected);

    // The gradient pushes winners up and losers down.
    auto s = scores.clone().requires_grad_(true);
    pairs.margin = vec({1.0f, 0.1f});
    hpro::pairLoss(s, pairs).backward();
    const auto g = s.grad();
    QVERIFY(g[0].item<double>() < 0 && g[2].item<double>() < 0);
    QVERIFY(g[1].item<double>() > 0 && g[3].item<double>() > 0);
    // d/ds_w of mean softplus(-(x)) = -sigmoid(-x) / 2.
    QVERIFY(std::abs(g[0].item<double>() + 1.0 / (1.0 + std::exp(0.5)) / 2.0) < 1e-6);

    // No pairs: zero, and still part of the graph.
    hpro::BatchPairs none = hpro::buildPairs(FunnelDefinition::carDefault(), std::vector<int>{kNone, kNone});
    QCOMPARE(none.size(), std::int64_t{0});
    auto s2 = vec({1.0f, 2.0f}).requires_grad_(true);
    const auto zero = hpro::pairLoss(s2, none);
    QCOMPARE(zero.item<double>(), 0.0);
    QVERIFY(zero.requires_grad());
  }

  void semanticLossIsCrossEntropyOverYesAndNo() {
    // Row 0 positive (target yes) with logits (2, 0); row 1 negative (target no) with (0, 1).
    const auto logits = torch::tensor(std::vector<float>{2, 0, 0, 1}).view({2, 2});
    const double expected = (std::log1p(std::exp(-2.0)) + std::log1p(std::exp(-1.0))) / 2.0;
    QVERIFY(std::abs(hpro::semanticLoss(logits, vec({1, 0})).item<double>() - expected) < 1e-6);
    QVERIFY(std::abs(expected - 0.2200948) < 1e-6);
  }

  void totalLossWeighsTheParts() {
    const auto f = FunnelDefinition::carDefault();
    const std::vector<int> stages = {kOrder, kDefeat, kDrive, kShort};
    const auto pairs = hpro::buildPairs(f, stages);
    const auto point = vec({1.0f, -1.0f, 0.5f, -0.5f});
    const auto pair = vec({0.3f, -0.2f, 0.1f, 0.0f});
    const auto yesNo = torch::tensor(std::vector<float>{1, 0, 0, 1, 0.5f, 0.5f, -1, 1}).view({4, 2});
    const auto labels = vec({1, 0, 0, 0});
    const auto l = hpro::computeLosses(point, pair, yesNo, labels, pairs, {});
    const double bce = hpro::bceLoss(point, labels).item<double>();
    const double pl = hpro::pairLoss(pair, pairs).item<double>();
    const double ce = hpro::semanticLoss(yesNo, labels).item<double>();
    QVERIFY(std::abs(l.total.item<double>() - (2.0 * bce + 1.0 * pl + 0.5 * ce)) < 1e-6);
    // asLLR without HPRO: the pair term is computed but not trained on.
    const auto noHpro = hpro::computeLosses(point, pair, yesNo, labels, pairs, {2.0, 0.0, 0.5});
    QVERIFY(std::abs(noHpro.total.item<double>() - (2.0 * bce + 0.5 * ce)) < 1e-6);
    QVERIFY(std::abs(noHpro.pair.item<double>() - pl) < 1e-9);
  }

  void pairCountsPerTierOnAHandBuiltBatch() {
    const auto f = FunnelDefinition::carDefault();
    //                              0       1       2        3       4      5      6      7      8      9
    const std::vector<int> stages = {kOrder, kOrder, kDefeat, kDrive, kLong, kLong, kShort, kNone, kNone, kDefeat};
    const auto p = hpro::buildPairs(f, stages);
    // global: 2 order locks x 2 defeats; key action: 1 test drive x (2 long + 1 short + 2 none);
    // soft: 2 long calls x 1 short call.
    QCOMPARE(p.perTier, (std::vector<std::int64_t>{4, 5, 2}));
    QCOMPARE(p.size(), std::int64_t{11});
    std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t>> got;
    for (std::int64_t i = 0; i < p.size(); ++i) {
      const auto tier = p.tier[i].item<std::int64_t>();
      got.emplace(tier, p.winner[i].item<std::int64_t>(), p.loser[i].item<std::int64_t>());
      QCOMPARE(p.margin[i].item<float>(), static_cast<float>(f.tiers()[static_cast<std::size_t>(tier)].margin));
    }
    const std::set<std::tuple<std::int64_t, std::int64_t, std::int64_t>> expected = {
        {0, 0, 2}, {0, 0, 9}, {0, 1, 2}, {0, 1, 9},                       // global
        {1, 3, 4}, {1, 3, 5}, {1, 3, 6}, {1, 3, 7}, {1, 3, 8},            // key action
        {2, 4, 6}, {2, 5, 6}};                                             // soft
    QCOMPARE(got, expected);

    // Ablations change the pairs accordingly.
    QCOMPARE(hpro::buildPairs(f.withoutTier("soft"), stages).perTier, (std::vector<std::int64_t>{4, 5}));
    const auto zero = hpro::buildPairs(f.withMargins(0.0), stages);
    QCOMPARE(zero.margin.abs().sum().item<float>(), 0.0f);
  }

  void exampleFunnelsLoadAndPair() {
    const auto car = FunnelDefinition::fromFile(std::string(kSourceDir) + "/resources/funnels/car.json");
    QCOMPARE(car.toJson(), FunnelDefinition::carDefault().toJson());
    const auto b2b = FunnelDefinition::fromFile(std::string(kSourceDir) + "/resources/funnels/b2b.json");
    QCOMPARE(b2b.tiers().size(), std::size_t{4});
    const int won = b2b.stageIndex("won"), lost = b2b.stageIndex("lost"), proposal = b2b.stageIndex("proposal_sent"),
              meeting = b2b.stageIndex("meeting_held"), replied = b2b.stageIndex("replied"),
              silent = b2b.stageIndex("no_response");
    QVERIFY(won >= 0 && lost >= 0 && proposal >= 0 && meeting >= 0 && replied >= 0 && silent >= 0);
    const auto p = hpro::buildPairs(b2b, std::vector<int>{won, lost, proposal, meeting, replied, silent});
    // global 1x1; key action 1 x 3; meeting 1 x 2; soft 1 x 1.
    QCOMPARE(p.perTier, (std::vector<std::int64_t>{1, 3, 2, 1}));
  }

  void samplerPutsEveryTierInEveryBatch() {
    const auto f = FunnelDefinition::carDefault();
    // 2,000 examples with a realistic skew: lock-ins and defeats are rare.
    std::vector<int> stages;
    std::mt19937_64 rng(7);
    for (int i = 0; i < 2000; ++i) {
      const auto r = rng() % 1000;
      stages.push_back(r < 15 ? kOrder : r < 60 ? kDefeat : r < 160 ? kDrive : r < 360 ? kLong : r < 600 ? kShort : kNone);
    }
    const hpro::TierBatchSampler sampler(f, stages, {32, 2}, 11);
    QVERIFY(sampler.tiersWithoutPairs().empty());
    const auto batches = sampler.epoch(0);
    std::vector<int> seen(stages.size(), 0);
    for (const auto& batch : batches) {
      QVERIFY(batch.size() <= 32);
      std::set<std::int64_t> unique(batch.begin(), batch.end());
      QCOMPARE(unique.size(), batch.size());  // no example twice in one batch
      std::vector<int> batchStages;
      for (const auto i : batch) {
        batchStages.push_back(stages[static_cast<std::size_t>(i)]);
        ++seen[static_cast<std::size_t>(i)];
      }
      const auto pairs = hpro::buildPairs(f, batchStages);
      for (std::size_t t = 0; t < f.tiers().size(); ++t) QVERIFY2(pairs.perTier[t] >= 4, "a tier without 2x2 pairs");
    }
    // Every example at least once; the common stages about once, the rare ones more often.
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int s) { return s >= 1; }));
    double noneSeen = 0, noneCount = 0, orderSeen = 0, orderCount = 0;
    for (std::size_t i = 0; i < stages.size(); ++i) {
      if (stages[i] == kNone) noneSeen += seen[i], ++noneCount;
      if (stages[i] == kOrder) orderSeen += seen[i], ++orderCount;
    }
    QVERIFY(noneSeen / noneCount < 1.2);
    QVERIFY(orderSeen / orderCount > 3.0);
    // Deterministic per (seed, epoch); epochs differ.
    QCOMPARE(sampler.epoch(0), batches);
    QVERIFY(sampler.epoch(1) != batches);
    const hpro::TierBatchSampler other(f, stages, {32, 2}, 12);
    QVERIFY(other.epoch(0) != batches);
  }

  void samplerRefusesABatchTooSmallAndReportsMissingTiers() {
    const auto f = FunnelDefinition::carDefault();
    const std::vector<int> stages = {kOrder, kDefeat, kDrive, kLong, kShort, kNone};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hpro::TierBatchSampler(f, stages, {12, 2}, 1));
    // No defeats at all: the global tier cannot form pairs and is reported, the rest still run.
    const std::vector<int> noDefeat = {kOrder, kDrive, kLong, kShort, kNone, kNone};
    const hpro::TierBatchSampler s(f, noDefeat, {5, 1}, 1);
    QCOMPARE(s.tiersWithoutPairs(), std::vector<std::string>{"global"});
    std::size_t total = 0;
    for (const auto& b : s.epoch(0)) total += b.size();
    QVERIFY(total >= noDefeat.size());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, hpro::TierBatchSampler(f, std::vector<int>{9}, {4, 1}, 1));
  }

  void plattRecoversAKnownScaling() {
    // Labels drawn from sigmoid(2 z - 1): the fit must find a ~ 2, b ~ -1.
    std::mt19937_64 rng(3);
    std::normal_distribution<double> normal(0.0, 1.5);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> z;
    std::vector<std::uint8_t> y;
    for (int i = 0; i < 40000; ++i) {
      const double v = normal(rng);
      z.push_back(v);
      y.push_back(uniform(rng) < 1.0 / (1.0 + std::exp(-(2.0 * v - 1.0))) ? 1 : 0);
    }
    const auto fit = fitPlatt(z, y);
    QVERIFY(fit);
    QVERIFY2(std::abs(fit->a - 2.0) < 0.1, std::to_string(fit->a).c_str());
    QVERIFY2(std::abs(fit->b + 1.0) < 0.1, std::to_string(fit->b).c_str());

    // Keep a quarter of the negatives with weight 4: the same scaling comes back.
    std::vector<double> zs, w;
    std::vector<std::uint8_t> ys;
    for (std::size_t i = 0; i < z.size(); ++i) {
      if (!y[i] && i % 4 != 0) continue;
      zs.push_back(z[i]);
      ys.push_back(y[i]);
      w.push_back(y[i] ? 1.0 : 4.0);
    }
    const auto weighted = fitPlatt(zs, ys, w);
    QVERIFY(weighted);
    QVERIFY(std::abs(weighted->a - 2.0) < 0.15);
    QVERIFY(std::abs(weighted->b + 1.0) < 0.15);
    QVERIFY(!fitPlatt(std::vector<double>{1, 2}, std::vector<std::uint8_t>{0, 0}));
  }

  void trainingConfigReadsOverridesAndRefusesUnknownKeys() {
    const TrainingConfig defaults;
    QCOMPARE(defaults.headLr, 5e-5);
    QCOMPARE(defaults.backboneLr * 20.0, defaults.headLr);
    QCOMPARE(defaults.weights.pointwise, 2.0);
    QCOMPARE(defaults.weights.pairwise, 1.0);
    QCOMPARE(defaults.weights.semantic, 0.5);
    const auto c = TrainingConfig::fromJson(R"({"head_lr": 0.001, "loss_weights": {"pairwise": 0}, "mode": "quick"})", "x.json");
    QCOMPARE(c.headLr, 0.001);
    QCOMPARE(c.weights.pairwise, 0.0);
    QCOMPARE(c.weights.pointwise, 2.0);
    QCOMPARE(c.mode, TrainMode::Quick);
    QCOMPARE(TrainingConfig::fromJson(c.toJson(), "round trip").toJson(), c.toJson());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(R"({"head_rate": 1})", "x.json"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(R"({"epochs": "two"})", "x.json"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrainingConfig::fromJson(R"({"mode": "turbo"})", "x.json"));
  }
};

QTEST_GUILESS_MAIN(TestHpro)
#include "tst_hpro.moc"
