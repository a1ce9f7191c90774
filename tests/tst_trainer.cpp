// The training loop on a tiny random model: a short run lowers each loss, a resumed run ends
// with the parameters of an uninterrupted one, the frozen modes leave the backbone alone, and a
// small causal-LM pretraining run lowers its loss and writes a folder loadBackbone() reads.

#include "engine/funnel.h"
#include "engine/model/threads.h"
#include "engine/pretrain.h"
#include "engine/tokenizer/bpetokenizer.h"
#include "engine/trainer.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <random>

using namespace ll::engine;

namespace {

constexpr int kOrder = 0, kDefeat = 1, kDrive = 2, kLong = 3, kShort = 4, kNone = 5;
constexpr std::int64_t kYes = 1, kNo = 2;

ll::model::Qwen2Config tinyConfig() {
  ll::model::Qwen2Config c;
  c.vocabSize = 48;
  c.hiddenSize = 32;
  c.intermediateSize = 64;
  c.numHiddenLayers = 2;
  c.numAttentionHeads = 4;
  c.numKeyValueHeads = 2;
  c.maxPositionEmbeddings = 64;
  c.tieWordEmbeddings = true;
  return c;
}

ll::model::AsLlr tinyModel(std::uint64_t seed) {
  torch::manual_seed(seed);
  ll::model::Qwen2ForCausalLM backbone(tinyConfig());
  backbone->initWeights(0.05);
  return ll::model::AsLlr(backbone, ll::model::AsLlrOptions{kYes, kNo});
}

// Examples whose tokens tell their stage: each carries a marker token of its stage (10 + stage)
// among random filler tokens (20..47), so a model can learn the ladder.
std::vector<TrainExample> syntheticExamples(int n, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<TrainExample> out;
  for (int i = 0; i < n; ++i) {
    const auto r = rng() % 100;
    const int stage = r < 8 ? kOrder : r < 18 ? kDefeat : r < 35 ? kDrive : r < 55 ? kLong : r < 75 ? kShort : kNone;
    TrainExample e;
    e.stage = stage;
    e.positive = stage == kOrder;
    const auto len = 4 + static_cast<int>(rng() % 8);
    for (int k = 0; k < len; ++k) e.ids.push_back(20 + static_cast<std::int64_t>(rng() % 28));
    e.ids[rng() % e.ids.size()] = 10 + stage;
    out.push_back(std::move(e));
  }
  return out;
}

std::map<std::string, torch::Tensor> snapshot(torch::nn::Module& m) {
  std::map<std::string, torch::Tensor> out;
  for (const auto& item : m.named_parameters()) out.emplace(item.key(), item.value().detach().clone());
  return out;
}

double maxDiff(const std::map<std::string, torch::Tensor>& a, const std::map<std::string, torch::Tensor>& b) {
  double worst = 0;
  for (const auto& [name, t] : a) {
    const auto it = b.find(name);
    if (it == b.end()) return 1e30;
    worst = std::max(worst, (t - it->second).abs().max().item<double>());
  }
  return worst;
}

struct EvalLosses {
  double bce, pair, semantic;
};

// The three losses over all examples at once (every pair of the set).
EvalLosses evaluate(ll::model::AsLlr& model, const std::vector<TrainExample>& examples, const FunnelDefinition& funnel) {
  std::vector<std::vector<std::int64_t>> inputs;
  std::vector<int> stages;
  std::vector<float> labels;
  for (const auto& e : examples) {
    inputs.push_back(e.ids);
    stages.push_back(e.stage);
    labels.push_back(e.positive ? 1.0f : 0.0f);
  }
  const auto out = predict(model, inputs);
  const auto point = torch::tensor(out->pointLogit);
  const auto pair = torch::tensor(out->pairScore);
  // Only the Yes - No margin is returned: a (margin, 0) logit pair has the same 2-way softmax.
  const auto margin = torch::tensor(out->yesNoMargin);
  const auto yesNo = torch::stack({margin, torch::zeros_like(margin)}, 1);
  const auto l = torch::tensor(labels);
  return {hpro::bceLoss(point, l).item<double>(), hpro::pairLoss(pair, hpro::buildPairs(funnel, stages)).item<double>(),
          hpro::semanticLoss(yesNo, l).item<double>()};
}

TrainingConfig fastConfig(TrainMode mode) {
  TrainingConfig c;
  c.mode = mode;
  c.headLr = 2e-2;
  c.backboneLr = 2e-3;
  c.batchSize = 16;
  c.minPerSide = 1;
  c.epochs = 4;
  c.seed = 5;
  c.logEverySteps = 5;
  c.saveEverySteps = 0;
  c.loraRank = 4;
  return c;
}

}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { ll::model::setIntraOpThreads(1); }

  void shortFullRunLowersEveryLoss() {
    const auto funnel = FunnelDefinition::carDefault();
    const auto examples = syntheticExamples(240, 1);
    auto model = tinyModel(3);
    const auto before = evaluate(model, examples, funnel);
    Trainer trainer(model, funnel, fastConfig(TrainMode::Full));
    std::int64_t progressCalls = 0;
    TrainRunOptions run;
    run.progress = [&](const TrainProgress& p) {
      ++progressCalls;
      QVERIFY(p.totalSteps > 0 && p.step <= p.totalSteps && p.etaSeconds >= 0);
    };
    const auto result = trainer.train(examples, run);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.steps, result.totalSteps);
    QCOMPARE(progressCalls, result.steps);
    QCOMPARE(result.epochs.size(), std::size_t{4});
    for (const auto& e : result.epochs) {
      QCOMPARE(e.pairsPerTier.size(), std::size_t{3});
      for (const auto c : e.pairsPerTier) QVERIFY(c >= e.steps);  // every batch had pairs of every tier
    }
    QVERIFY(!result.curve.empty());
    const auto after = evaluate(model, examples, funnel);
    qInfo("bce %.4f -> %.4f, pair %.4f -> %.4f, ce %.4f -> %.4f", before.bce, after.bce, before.pair, after.pair,
          before.semantic, after.semantic);
    QVERIFY(after.bce < before.bce * 0.8);
    QVERIFY(after.pair < before.pair * 0.8);
    QVERIFY(after.semantic < before.semantic * 0.8);
  }

  void resumedRunEqualsUninterruptedRun() {
    const auto funnel = FunnelDefinition::carDefault();
    const auto examples = syntheticExamples(160, 2);
    for (const auto mode : {TrainMode::Full, TrainMode::Lora}) {
      auto config = fastConfig(mode);
      config.epochs = 3;
      config.saveEverySteps = 7;

      auto straightModel = tinyModel(9);
      Trainer straight(straightModel, funnel, config);
      QTemporaryDir dirA;
      TrainRunOptions runA;
      runA.stateDir = dirA.path().toStdString();
      const auto full = straight.train(examples, runA);
      QVERIFY(!full.cancelled);
      const auto stopAt = full.totalSteps / 2 + 1;

      // Cancel in the middle of an epoch; a fresh model and trainer resume from the state.
      QTemporaryDir dirB;
      {
        auto first = tinyModel(9);
        Trainer t(first, funnel, config);
        std::atomic<bool> cancel{false};
        TrainRunOptions run;
        run.stateDir = dirB.path().toStdString();
        run.cancel = &cancel;
        run.progress = [&](const TrainProgress& p) {
          if (p.step == stopAt) cancel = true;
        };
        const auto part = t.train(examples, run);
        QVERIFY(part.cancelled);
        QCOMPARE(part.steps, stopAt);
      }
      auto resumedModel = tinyModel(9);
      Trainer resumed(resumedModel, funnel, config);
      TrainRunOptions run;
      run.stateDir = dirB.path().toStdString();
      run.resume = true;
      const auto rest = resumed.train(examples, run);
      QVERIFY(!rest.cancelled);
      QCOMPARE(rest.resumedFromStep, stopAt);
      QCOMPARE(rest.steps, full.steps);
      const double diff = maxDiff(snapshot(*straightModel), snapshot(*resumedModel));
      qInfo("%s: max parameter difference after resume %.3g", trainModeName(mode), diff);
      QVERIFY(diff <= 1e-6);
      QCOMPARE(rest.curve.size(), full.curve.size());
      QCOMPARE(rest.epochs.size(), full.epochs.size());
      for (std::size_t i = 0; i < full.epochs.size(); ++i) QCOMPARE(rest.epochs[i].pairsPerTier, full.epochs[i].pairsPerTier);

      // Other data or other settings are refused instead of silently mixed.
      auto otherModel = tinyModel(9);
      Trainer other(otherModel, funnel, config);
      QVERIFY_THROWS_EXCEPTION(std::runtime_error, other.train(syntheticExamples(160, 3), run));
    }
  }

  void quickAndHeadsModesLeaveTheBackboneAlone() {
    const auto funnel = FunnelDefinition::carDefault();
    const auto examples = syntheticExamples(200, 4);
    for (const auto mode : {TrainMode::Quick, TrainMode::Heads}) {
      auto model = tinyModel(11);
      const auto backboneBefore = snapshot(*model->backbone);
      const auto headsBefore = snapshot(*model->point_head);
      const auto before = evaluate(model, examples, funnel);
      auto config = fastConfig(mode);
      config.epochs = 6;
      Trainer trainer(model, funnel, config);
      const auto result = trainer.train(examples);
      QVERIFY(!result.cancelled);
      QCOMPARE(maxDiff(backboneBefore, snapshot(*model->backbone)), 0.0);
      QVERIFY(maxDiff(headsBefore, snapshot(*model->point_head)) > 1e-4);
      const auto after = evaluate(model, examples, funnel);
      qInfo("%s: bce %.4f -> %.4f, pair %.4f -> %.4f", trainModeName(mode), before.bce, after.bce, before.pair, after.pair);
      QVERIFY(after.bce < before.bce);
      QVERIFY(after.pair < before.pair);
      QCOMPARE(after.semantic, before.semantic);  // the LM head is the frozen backbone's
    }
  }

  void pretrainingLowersLanguageModelLossAndWritesAHuggingFaceFolder() {
    // Sequences with structure: each is an arithmetic progression of tokens modulo the vocabulary.
    std::vector<std::vector<std::int64_t>> seqs;
    std::mt19937_64 rng(8);
    for (int i = 0; i < 200; ++i) {
      std::vector<std::int64_t> s;
      const auto start = static_cast<std::int64_t>(rng() % 40) + 3, stride = static_cast<std::int64_t>(rng() % 3) + 1;
      const auto len = 8 + static_cast<int>(rng() % 8);
      for (int k = 0; k < len; ++k) s.push_back(3 + (start + stride * k) % 45);
      seqs.push_back(std::move(s));
    }
    torch::manual_seed(1);
    ll::model::Qwen2ForCausalLM model(tinyConfig());
    model->initWeights(0.02);
    const double before = causalLmLoss(model, seqs);
    PretrainConfig config;
    config.steps = 60;
    config.batchSize = 16;
    config.lr = 1e-2;
    const auto result = pretrainCausalLm(model, seqs, config);
    QCOMPARE(result.steps, std::int64_t{60});
    const double after = causalLmLoss(model, seqs);
    qInfo("LM loss %.3f -> %.3f nats/token", before, after);
    QVERIFY(after < before * 0.7);

    const std::vector<std::string> texts = {"Lead profile\nChannel: web\nWill this lead lock an order? Answer:",
                                            "Lead profile\nChannel: store\n- 2 days ago: call (3 min)"};
    VocabularyOptions vo;
    vo.vocabSize = 400;
    const auto vocab = trainVocabulary(texts, vo);
    const auto tok = ll::tokenizer::BpeTokenizer::fromJson(vocab.json);
    for (const char* word : {" Yes", " No", "是", "否"}) QCOMPARE(tok.encode(word).size(), std::size_t{1});
    QCOMPARE(tok.tokenToId("<|endoftext|>"), std::int64_t{0});

    QTemporaryDir dir;
    writeBackboneFolder(dir.path().toStdString(), model, vocab.json);
    auto loaded = ll::model::loadBackbone(dir.path().toStdString());
    QCOMPARE(maxDiff(snapshot(*model), snapshot(*loaded)), 0.0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("tokenizer.json"))));
  }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
