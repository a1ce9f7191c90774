// Tabular features and the baselines: features see nothing after the snapshot, Funnel+Recency
// orders a hand-made set as the ladder says, two-stage scores keep the tier first, and DeepFM and
// XGBoost learn a planted signal (and not a shuffled one).

#include "engine/baselines.h"
#include "engine/features.h"
#include "engine/funnel.h"
#include "engine/metrics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace ll::engine;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kStart = 1'760'000'000;  // some day in 2025

InteractionRecord interaction(InteractionKind kind, std::int64_t at, double duration = 0, std::string text = {}) {
  InteractionRecord r;
  r.kind = kind;
  r.at = at;
  if (kind == InteractionKind::Call) r.durationS = duration;
  r.text = std::move(text);
  return r;
}

LeadRecord lead(const std::string& id, std::vector<InteractionRecord> interactions) {
  LeadRecord l;
  l.leadId = id;
  l.createdAt = kStart;
  l.channel = "Website";
  l.city = "Shanghai";
  l.specialistId = "S1";
  l.interactions = std::move(interactions);
  sortInteractions(l.interactions);
  return l;
}

bool sameFeatures(const RawFeatures& a, const RawFeatures& b) {
  if (a.categorical != b.categorical) return false;
  for (std::size_t i = 0; i < a.numeric.size(); ++i) {
    const bool na = std::isnan(a.numeric[i]), nb = std::isnan(b.numeric[i]);
    if (na != nb || (!na && a.numeric[i] != b.numeric[i])) return false;
  }
  return true;
}

int numericIndex(const char* name) {
  const auto& names = numericFeatureNames();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (std::string(names[i]) == name) return static_cast<int>(i);
  return -1;
}

// A synthetic data set whose label depends on the channel and the number of long calls.
struct Planted {
  std::vector<RawFeatures> rows;
  std::vector<std::uint8_t> labels;
  std::vector<double> truth;  // the planted probability
};

Planted planted(std::size_t n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const char* channels[] = {"a", "b", "c", "d"};
  const int longCalls = numericIndex("calls_long");
  const int calls = numericIndex("count_call");
  Planted p;
  for (std::size_t i = 0; i < n; ++i) {
    RawFeatures f;
    f.numeric.fill(0.0f);
    const int channel = static_cast<int>(u(rng) * 4.0);
    f.categorical[0] = channels[channel];
    f.categorical[1] = u(rng) < 0.5 ? "x" : "y";  // noise
    const int lc = static_cast<int>(u(rng) * 4.0);
    f.numeric[static_cast<std::size_t>(longCalls)] = static_cast<float>(lc);
    f.numeric[static_cast<std::size_t>(calls)] = static_cast<float>(lc + static_cast<int>(u(rng) * 3.0));
    const double logit = -3.0 + (channel == 0 ? 1.8 : 0.0) + 0.9 * lc;
    p.truth.push_back(1.0 / (1.0 + std::exp(-logit)));
    p.labels.push_back(u(rng) < p.truth.back() ? 1 : 0);
    p.rows.push_back(std::move(f));
  }
  return p;
}

}  // namespace

class TestBaselines : public QObject {
  Q_OBJECT

 private slots:
  void featuresIgnoreEverythingAfterTheSnapshot();
  void featuresCountWhatWasKnown();
  void funnelRecencyOrdersByStageThenRecency();
  void twoStageKeepsTiersFirst();
  void encoderMapsUnseenValuesToOther();
  void deepFmLearnsPlantedSignal();
  void xgboostLearnsPlantedSignal();
};

void TestBaselines::featuresIgnoreEverythingAfterTheSnapshot() {
  const auto funnel = FunnelDefinition::carDefault();
  const std::int64_t snapshot = kStart + 14 * kDay;
  std::vector<InteractionRecord> before = {
      interaction(InteractionKind::Call, kStart + kDay, 240, "asked about range"),
      interaction(InteractionKind::Call, kStart + 3 * kDay, 0),
      interaction(InteractionKind::StoreVisit, kStart + 5 * kDay),
  };
  const LeadRecord without = lead("L1", before);
  std::vector<InteractionRecord> all = before;
  all.push_back(interaction(InteractionKind::TestDrive, snapshot + 2 * kDay, 0, "loved it"));
  all.push_back(interaction(InteractionKind::Call, snapshot + 3 * kDay, 900, "ready to order"));
  all.push_back(interaction(InteractionKind::OrderLock, snapshot + 10 * kDay));
  InteractionRecord undated;
  undated.kind = InteractionKind::Quote;
  all.push_back(undated);
  const LeadRecord with = lead("L1", all);

  const RawFeatures a = extractFeatures(without, snapshot, funnel);
  const RawFeatures b = extractFeatures(with, snapshot, funnel);
  QVERIFY(sameFeatures(a, b));
  QCOMPARE(b.numeric[static_cast<std::size_t>(numericIndex("count_test_drive"))], 0.0f);
  QCOMPARE(b.numeric[static_cast<std::size_t>(numericIndex("call_seconds_max"))], 240.0f);

  // The same lead read later does see the test drive: the comparison above can fail.
  const RawFeatures later = extractFeatures(with, snapshot + 5 * kDay, funnel);
  QVERIFY(!sameFeatures(a, later));
  QCOMPARE(later.numeric[static_cast<std::size_t>(numericIndex("count_test_drive"))], 1.0f);
  QCOMPARE(later.categorical[10], std::string("test_drive"));
}

void TestBaselines::featuresCountWhatWasKnown() {
  const auto funnel = FunnelDefinition::carDefault();
  const std::int64_t snapshot = kStart + 14 * kDay;
  const LeadRecord l = lead("L2", {interaction(InteractionKind::Call, kStart + 2 * kDay, 200, "note"),
                                   interaction(InteractionKind::Call, kStart + 4 * kDay, 60),
                                   interaction(InteractionKind::Call, kStart + 10 * kDay, 0),
                                   interaction(InteractionKind::Message, kStart + 12 * kDay, 0, "hi")});
  const RawFeatures f = extractFeatures(l, snapshot, funnel);
  const auto v = [&](const char* name) { return f.numeric[static_cast<std::size_t>(numericIndex(name))]; };
  QCOMPARE(v("count_call"), 3.0f);
  QCOMPARE(v("calls_answered"), 2.0f);
  QCOMPARE(v("calls_unanswered"), 1.0f);
  QCOMPARE(v("calls_long"), 1.0f);
  QCOMPARE(v("call_seconds_max"), 200.0f);
  QCOMPARE(v("call_seconds_total"), 260.0f);
  QCOMPARE(v("days_since_contact"), 2.0f);  // the message on day 12
  QCOMPARE(v("days_since_call"), 4.0f);
  QCOMPARE(v("days_since_created"), 14.0f);
  QVERIFY(std::isnan(v("days_since_test_drive")));
  QCOMPARE(v("notes_with_text"), 2.0f);
  QCOMPARE(v("contacts_last_7_days"), 2.0f);  // days 10 and 12
  QCOMPARE(f.categorical[0], std::string("Website"));
  QCOMPARE(f.categorical[10], std::string("long_call"));
}

void TestBaselines::funnelRecencyOrdersByStageThenRecency() {
  const auto funnel = FunnelDefinition::carDefault();
  const std::int64_t snapshot = kStart + 14 * kDay;
  const auto example = [&](const std::string& id, std::vector<InteractionRecord> interactions) {
    Example e;
    e.snapshotAt = snapshot;
    e.input = lead(id, std::move(interactions)).cutAt(snapshot);
    return e;
  };
  std::vector<Example> examples = {
      example("new", {}),
      example("short-recent", {interaction(InteractionKind::Call, kStart + 13 * kDay, 30)}),
      example("long-old", {interaction(InteractionKind::Call, kStart + 2 * kDay, 400)}),
      example("defeated", {interaction(InteractionKind::TestDrive, kStart + 3 * kDay),
                           interaction(InteractionKind::Defeat, kStart + 4 * kDay)}),
      example("test-drive-old", {interaction(InteractionKind::TestDrive, kStart + 1 * kDay)}),
      example("long-recent", {interaction(InteractionKind::Call, kStart + 2 * kDay, 400),
                              interaction(InteractionKind::Message, kStart + 12 * kDay)}),
      example("test-drive-recent", {interaction(InteractionKind::TestDrive, kStart + 6 * kDay)}),
      // An order after the snapshot must not lift the lead.
      example("later-order", {interaction(InteractionKind::OrderLock, snapshot + kDay)}),
  };
  const auto scores = funnelRecencyScores(examples, funnel);
  std::vector<std::size_t> order(examples.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  std::vector<std::string> ids;
  for (const auto i : order) ids.push_back(examples[i].input.leadId);
  // "new" and "later-order" are both uncontacted leads of the same age: tied, input order.
  const std::vector<std::string> expected = {"test-drive-recent", "test-drive-old", "long-recent", "long-old",
                                             "short-recent",      "new",            "later-order", "defeated"};
  QCOMPARE(ids, expected);
  QCOMPARE(scores[0], scores[7]);
}

void TestBaselines::twoStageKeepsTiersFirst() {
  const std::vector<double> tiers = {0, 3, 3, 1, -1};
  const std::vector<double> ctr = {0.99, 0.01, 0.5, 0.7, std::nan("")};
  const auto s = twoStageScores(tiers, ctr);
  // Tier 3 (index 2 and 1 by ctr), then tier 1, then tier 0, then tier -1.
  QVERIFY(s[2] > s[1]);
  QVERIFY(s[1] > s[3]);
  QVERIFY(s[3] > s[0]);
  QVERIFY(s[0] > s[4]);
  QVERIFY(std::all_of(s.begin(), s.end(), [](double v) { return std::isfinite(v); }));
}

void TestBaselines::encoderMapsUnseenValuesToOther() {
  std::vector<RawFeatures> train(10);
  for (std::size_t i = 0; i < train.size(); ++i) {
    train[i].categorical[0] = i < 6 ? "common" : "rare" + std::to_string(i);
    train[i].numeric.fill(static_cast<float>(i));
  }
  const auto encoder = FeatureEncoder::fit(train, {5, 4});
  QCOMPARE(encoder.categoryCount(0), 2);  // other + "common"
  std::vector<std::int64_t> a(static_cast<std::size_t>(encoder.fieldCount())), b(a.size()), c(a.size());
  RawFeatures unseen = train[0];
  unseen.categorical[0] = "never seen";
  encoder.encodeFields(train[0], a.data());
  encoder.encodeFields(train[7], b.data());
  encoder.encodeFields(unseen, c.data());
  QVERIFY(a[0] != b[0]);
  QCOMPARE(b[0], c[0]);  // rare and unseen share the "other" slot
  for (const auto index : a) QVERIFY(index >= 0 && index < encoder.vocabularySize());
  RawFeatures missing = train[0];
  missing.numeric.fill(std::nanf(""));
  encoder.encodeFields(missing, c.data());
  QVERIFY(c[kCategoricalFeatureCount] != a[kCategoricalFeatureCount]);
  std::vector<float> dense(static_cast<std::size_t>(encoder.denseWidth()));
  encoder.encodeDense(missing, dense.data());
  QVERIFY(std::isnan(dense[0]));
  QCOMPARE(dense[kNumericFeatureCount], 1.0f);  // "common"
}

namespace {

struct SignalRun {
  double real = 0;
  double shuffled = 0;
  double oracle = 0;  // AUC of the planted probability itself: the best any model can do
};

template <class Train>
SignalRun runSignal(Train train) {
  const Planted data = planted(6000, 7);
  const std::size_t cut = 4000;
  const std::span<const RawFeatures> rows(data.rows);
  const std::span<const std::uint8_t> labels(data.labels);
  const auto encoder = FeatureEncoder::fit(rows.first(cut));
  const std::vector<std::uint8_t> testLabels(data.labels.begin() + cut, data.labels.end());
  SignalRun r;
  r.oracle = ll::metrics::auc(std::span<const double>(data.truth).subspan(cut), testLabels).value_or(0);
  const auto real = train(encoder, rows.first(cut), labels.first(cut), rows.subspan(cut));
  r.real = ll::metrics::auc(real, testLabels).value_or(0);
  std::vector<std::uint8_t> shuffled(data.labels.begin(), data.labels.begin() + cut);
  std::mt19937_64 rng(3);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  const auto control = train(encoder, rows.first(cut), shuffled, rows.subspan(cut));
  r.shuffled = ll::metrics::auc(control, testLabels).value_or(0);
  return r;
}

}  // namespace

void TestBaselines::deepFmLearnsPlantedSignal() {
  DeepFmOptions options;
  options.maxEpochs = 6;
  const auto r = runSignal([&](const FeatureEncoder& e, auto train, auto labels, auto test) {
    CtrTrainingOptions t;
    t.seed = 5;
    const auto result = trainDeepFm(e, train, labels, test, options, t);
    if (!result) qFatal("DeepFM was cancelled");
    return result->testProbabilities;
  });
  qInfo("DeepFM test AUC %.4f, shuffled-label control %.4f, planted probability %.4f", r.real, r.shuffled, r.oracle);
  QVERIFY2(r.oracle > 0.75, qPrintable(QString::number(r.oracle)));
  QVERIFY2(r.real > r.oracle - 0.03, qPrintable(QString::number(r.real)));
  QVERIFY2(r.real > r.shuffled + 0.1, qPrintable(QString::number(r.shuffled)));
}

void TestBaselines::xgboostLearnsPlantedSignal() {
  const auto r = runSignal([&](const FeatureEncoder& e, auto train, auto labels, auto test) {
    CtrTrainingOptions t;
    t.seed = 5;
    const auto result = trainXgboost(e, train, labels, test, {}, t);
    if (!result) qFatal("XGBoost was cancelled");
    return result->testProbabilities;
  });
  qInfo("XGBoost test AUC %.4f, shuffled-label control %.4f, planted probability %.4f", r.real, r.shuffled, r.oracle);
  QVERIFY2(r.oracle > 0.75, qPrintable(QString::number(r.oracle)));
  QVERIFY2(r.real > r.oracle - 0.03, qPrintable(QString::number(r.real)));
  QVERIFY2(r.real > r.shuffled + 0.1, qPrintable(QString::number(r.shuffled)));
}

QTEST_GUILESS_MAIN(TestBaselines)
#include "tst_baselines.moc"
