#include "engine/baselines.h"

#include "engine/metrics.h"
#include "engine/model/threads.h"

#include <torch/torch.h>
#include <xgboost/c_api.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <locale>
#include <sstream>
#include <stdexcept>

namespace ll::engine {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool cancelled(const CtrTrainingOptions& t) { return t.cancel && t.cancel->load(std::memory_order_relaxed); }

void say(const CtrTrainingOptions& t, const std::string& line) {
  if (t.log) t.log(line);
}

// Rows [0, fit) train, [fit, n) validate: the latest leads of the training part.
std::size_t fitRows(std::size_t n, double validationFraction) {
  const double share = std::clamp(validationFraction, 0.0, 0.9);
  auto validation = static_cast<std::size_t>(std::llround(static_cast<double>(n) * share));
  if (n >= 2) validation = std::clamp<std::size_t>(validation, 1, n - 1);
  else validation = 0;
  return n - validation;
}

void requireBothClasses(std::span<const std::uint8_t> labels, const char* model) {
  const auto positives = std::count_if(labels.begin(), labels.end(), [](std::uint8_t y) { return y != 0; });
  if (positives == 0 || positives == static_cast<std::ptrdiff_t>(labels.size()))
    throw std::runtime_error(std::string(model) +
                             ": the training part needs both converted and unconverted leads; it has " +
                             std::to_string(positives) + " converted of " + std::to_string(labels.size()));
}

// ---------------------------------------------------------------------------------------------
// DeepFM

struct DeepFmImpl : torch::nn::Module {
  DeepFmImpl(std::int64_t vocabulary, std::int64_t fields, const DeepFmOptions& o, double baseRate) {
    linear = register_module("linear", torch::nn::Embedding(vocabulary, 1));
    embedding = register_module("embedding", torch::nn::Embedding(vocabulary, o.embeddingDim));
    torch::NoGradGuard noGrad;
    linear->weight.zero_();
    embedding->weight.normal_(0.0, 0.01);
    std::int64_t width = fields * o.embeddingDim;
    for (std::size_t i = 0; i < o.hidden.size(); ++i) {
      mlp->push_back(torch::nn::Linear(width, o.hidden[i]));
      mlp->push_back(torch::nn::ReLU());
      width = o.hidden[i];
    }
    mlp->push_back(torch::nn::Linear(width, 1));
    register_module("mlp", mlp);
    const double p = std::clamp(baseRate, 1e-4, 1.0 - 1e-4);
    bias = register_parameter("bias", torch::full({1}, std::log(p / (1.0 - p))));
  }

  torch::Tensor forward(const torch::Tensor& index) {  // [B, F] int64 -> [B] logits
    const auto first = linear(index).sum({1, 2});
    const auto e = embedding(index);  // [B, F, k]
    const auto sum = e.sum(1);
    const auto fm = 0.5 * (sum * sum - (e * e).sum(1)).sum(1);
    const auto deep = mlp->forward(e.flatten(1)).squeeze(1);
    return first + fm + deep + bias;
  }

  torch::nn::Embedding linear{nullptr};
  torch::nn::Embedding embedding{nullptr};
  torch::nn::Sequential mlp;
  torch::Tensor bias;
};
TORCH_MODULE(DeepFm);

torch::Tensor encodeAll(const FeatureEncoder& encoder, std::span<const RawFeatures> rows) {
  const auto fields = encoder.fieldCount();
  auto t = torch::empty({static_cast<std::int64_t>(rows.size()), fields}, torch::kInt64);
  auto* p = t.data_ptr<std::int64_t>();
  for (std::size_t i = 0; i < rows.size(); ++i) encoder.encodeFields(rows[i], p + i * static_cast<std::size_t>(fields));
  return t;
}

std::vector<double> predictDeepFm(DeepFm& model, const torch::Tensor& index) {
  torch::NoGradGuard noGrad;
  model->eval();
  std::vector<double> out;
  out.reserve(static_cast<std::size_t>(index.size(0)));
  constexpr std::int64_t kChunk = 8192;
  for (std::int64_t begin = 0; begin < index.size(0); begin += kChunk) {
    const auto probs = torch::sigmoid(model->forward(index.slice(0, begin, std::min(index.size(0), begin + kChunk))))
                           .to(torch::kFloat64)
                           .contiguous();
    const auto* p = probs.data_ptr<double>();
    out.insert(out.end(), p, p + probs.numel());
  }
  return out;
}

std::vector<torch::Tensor> snapshotParameters(DeepFm& model) {
  std::vector<torch::Tensor> copy;
  for (const auto& p : model->parameters()) copy.push_back(p.detach().clone());
  return copy;
}

// ---------------------------------------------------------------------------------------------
// XGBoost (C API)

void xgbCheck(int rc, const char* what) {
  if (rc != 0) throw std::runtime_error(std::string("XGBoost ") + what + ": " + XGBGetLastError());
}

class XgbMatrix {
 public:
  XgbMatrix(const FeatureEncoder& encoder, std::span<const RawFeatures> rows, std::span<const std::uint8_t> labels) {
    const auto width = static_cast<std::size_t>(encoder.denseWidth());
    std::vector<float> dense(rows.size() * width);
    for (std::size_t i = 0; i < rows.size(); ++i) encoder.encodeDense(rows[i], dense.data() + i * width);
    xgbCheck(XGDMatrixCreateFromMat(dense.data(), rows.size(), width, std::numeric_limits<float>::quiet_NaN(), &m_handle),
             "data matrix");
    std::vector<const char*> types(width);
    for (std::size_t c = 0; c < width; ++c) types[c] = encoder.denseIsCategorical(static_cast<int>(c)) ? "c" : "q";
    xgbCheck(XGDMatrixSetStrFeatureInfo(m_handle, "feature_type", types.data(), width), "feature types");
    if (!labels.empty()) {
      std::vector<float> y(labels.size());
      for (std::size_t i = 0; i < labels.size(); ++i) y[i] = labels[i] ? 1.0f : 0.0f;
      xgbCheck(XGDMatrixSetFloatInfo(m_handle, "label", y.data(), y.size()), "labels");
    }
  }
  ~XgbMatrix() { XGDMatrixFree(m_handle); }
  XgbMatrix(const XgbMatrix&) = delete;
  XgbMatrix& operator=(const XgbMatrix&) = delete;
  DMatrixHandle handle() const { return m_handle; }

 private:
  DMatrixHandle m_handle = nullptr;
};

class XgbBooster {
 public:
  explicit XgbBooster(DMatrixHandle train) { xgbCheck(XGBoosterCreate(&train, 1, &m_handle), "booster"); }
  ~XgbBooster() { XGBoosterFree(m_handle); }
  XgbBooster(const XgbBooster&) = delete;
  XgbBooster& operator=(const XgbBooster&) = delete;
  void set(const char* name, const std::string& value) {
    xgbCheck(XGBoosterSetParam(m_handle, name, value.c_str()), name);
  }
  BoosterHandle handle() const { return m_handle; }

 private:
  BoosterHandle m_handle = nullptr;
};

std::string number(double v) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s.precision(10);
  s << v;
  return s.str();
}

std::vector<double> predictXgb(XgbBooster& booster, DMatrixHandle data, int rounds, std::size_t rows) {
  const std::string config = R"({"type": 0, "training": false, "iteration_begin": 0, "iteration_end": )" +
                             std::to_string(rounds) + R"(, "strict_shape": false})";
  const bst_ulong* shape = nullptr;
  bst_ulong dims = 0;
  const float* result = nullptr;
  xgbCheck(XGBoosterPredictFromDMatrix(booster.handle(), data, config.c_str(), &shape, &dims, &result), "predict");
  std::vector<double> out(result, result + rows);
  return out;
}

}  // namespace

double funnelTierKey(const LeadRecord& known, const FunnelDefinition& funnel) {
  const auto& stages = funnel.stages();
  const int stage = funnel.stageOf(known.interactions);
  if (stage < 0 || stage >= static_cast<int>(stages.size())) return 0.0;
  const FunnelStage& s = stages[static_cast<std::size_t>(stage)];
  if (!s.positive && !funnel.tiers().empty()) {
    const auto& losers = funnel.tiers().front().losers;
    if (std::find(losers.begin(), losers.end(), stage) != losers.end()) {
      double lowest = s.grade;
      for (const auto& other : stages) lowest = std::min(lowest, other.grade);
      return lowest - 1.0;
    }
  }
  return s.grade;
}

std::vector<double> funnelRecencyScores(std::span<const Example> examples, const FunnelDefinition& funnel) {
  std::vector<double> keys(examples.size());
  std::vector<double> recency(examples.size());
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const Example& e = examples[i];
    keys[i] = funnelTierKey(e.input, funnel);
    // A lead never contacted counts as contacted when it was created.
    std::optional<std::int64_t> last = e.input.createdAt;
    for (const auto& it : e.input.interactions)
      if (it.at && *it.at <= e.snapshotAt && it.kind != InteractionKind::Note && it.kind != InteractionKind::Defeat)
        last = std::max(last.value_or(*it.at), *it.at);
    // Seconds between the snapshot and the last contact, negated: more recent ranks higher.
    recency[i] = last ? -static_cast<double>(e.snapshotAt - *last) : kNaN;
  }
  return twoStageScores(keys, recency);
}

std::vector<double> twoStageScores(std::span<const double> tierKeys, std::span<const double> withinTier) {
  if (tierKeys.size() != withinTier.size()) throw std::invalid_argument("twoStageScores: length mismatch");
  // Tier index (0 = lowest) and the within-tier rank mapped into [0, 1), so that one double
  // orders by tier first whatever the scales.
  std::vector<double> distinct(tierKeys.begin(), tierKeys.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  std::vector<std::size_t> order(withinTier.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const bool na = std::isnan(withinTier[a]), nb = std::isnan(withinTier[b]);
    if (na != nb) return nb;  // numbers before NaN: NaN ranks lowest
    return !na && withinTier[a] < withinTier[b];
  });
  std::vector<double> rank(order.size());
  const double n = static_cast<double>(order.size());
  // Ascending: lowest first. Equal values share a rank so ties stay ties.
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i + 1;
    while (j < order.size() && !std::isnan(withinTier[order[i]]) && withinTier[order[j]] == withinTier[order[i]]) ++j;
    for (std::size_t k = i; k < j; ++k) rank[order[k]] = std::isnan(withinTier[order[i]]) ? -1.0 : static_cast<double>(i);
    i = j;
  }
  std::vector<double> out(tierKeys.size());
  for (std::size_t r = 0; r < out.size(); ++r) {
    const auto tier = static_cast<double>(std::lower_bound(distinct.begin(), distinct.end(), tierKeys[r]) - distinct.begin());
    out[r] = tier * 2.0 + (rank[r] + 1.0) / (n + 1.0);
  }
  return out;
}

std::optional<CtrResult> trainDeepFm(const FeatureEncoder& encoder, std::span<const RawFeatures> train,
                                     std::span<const std::uint8_t> trainLabels, std::span<const RawFeatures> test,
                                     const DeepFmOptions& options, const CtrTrainingOptions& training) {
  if (train.size() != trainLabels.size()) throw std::invalid_argument("trainDeepFm: length mismatch");
  requireBothClasses(trainLabels, "DeepFM");
  if (training.threads > 0) model::setIntraOpThreads(training.threads);
  torch::manual_seed(training.seed);

  const std::size_t fit = fitRows(train.size(), training.validationFraction);
  const auto fitIndex = encodeAll(encoder, train.first(fit));
  const auto validIndex = encodeAll(encoder, train.subspan(fit));
  const std::span<const std::uint8_t> validLabels = trainLabels.subspan(fit);
  auto fitTargets = torch::empty({static_cast<std::int64_t>(fit)}, torch::kFloat32);
  double positives = 0;
  for (std::size_t i = 0; i < fit; ++i) {
    fitTargets.data_ptr<float>()[i] = trainLabels[i] ? 1.0f : 0.0f;
    positives += trainLabels[i] ? 1.0 : 0.0;
  }

  DeepFm model(encoder.vocabularySize(), encoder.fieldCount(), options, positives / static_cast<double>(fit));
  torch::optim::Adam optimizer(model->parameters(),
                               torch::optim::AdamOptions(options.learningRate).weight_decay(options.weightDecay));

  CtrResult result;
  result.trainRows = static_cast<std::int64_t>(fit);
  result.validationRows = static_cast<std::int64_t>(train.size() - fit);
  std::vector<torch::Tensor> best = snapshotParameters(model);
  double bestAuc = -1.0;
  int sinceBest = 0;
  const auto n = static_cast<std::int64_t>(fit);
  for (int epoch = 1; epoch <= options.maxEpochs; ++epoch) {
    model->train();
    const auto perm = torch::randperm(n, torch::kInt64);
    double lossSum = 0;
    std::int64_t batches = 0;
    for (std::int64_t begin = 0; begin < n; begin += options.batchSize) {
      if (cancelled(training)) return std::nullopt;
      const auto idx = perm.slice(0, begin, std::min(n, begin + options.batchSize));
      const auto logits = model->forward(fitIndex.index_select(0, idx));
      const auto loss = torch::binary_cross_entropy_with_logits(logits, fitTargets.index_select(0, idx));
      optimizer.zero_grad();
      loss.backward();
      optimizer.step();
      lossSum += loss.item<double>();
      ++batches;
    }
    result.iterations = epoch;
    std::optional<double> auc;
    if (validIndex.size(0) > 0) auc = metrics::auc(predictDeepFm(model, validIndex), validLabels);
    say(training, "DeepFM epoch " + std::to_string(epoch) + ": train loss " + number(lossSum / static_cast<double>(batches)) +
                      ", validation AUC " + (auc ? number(*auc) : std::string("n/a")));
    // Without a defined validation AUC (no positive in the slice) the last epoch is kept.
    const double score = auc.value_or(static_cast<double>(epoch));
    if (score > bestAuc) {
      bestAuc = score;
      result.bestIteration = epoch;
      result.validationAuc = auc;
      best = snapshotParameters(model);
      sinceBest = 0;
    } else if (++sinceBest >= options.patience) {
      break;
    }
  }
  {
    torch::NoGradGuard noGrad;
    auto params = model->parameters();
    for (std::size_t i = 0; i < params.size(); ++i) params[i].copy_(best[i]);
  }
  result.testProbabilities = predictDeepFm(model, encodeAll(encoder, test));
  return result;
}

std::optional<CtrResult> trainXgboost(const FeatureEncoder& encoder, std::span<const RawFeatures> train,
                                      std::span<const std::uint8_t> trainLabels, std::span<const RawFeatures> test,
                                      const XgboostOptions& options, const CtrTrainingOptions& training) {
  if (train.size() != trainLabels.size()) throw std::invalid_argument("trainXgboost: length mismatch");
  requireBothClasses(trainLabels, "XGBoost");
  const std::size_t fit = fitRows(train.size(), training.validationFraction);
  XgbMatrix fitData(encoder, train.first(fit), trainLabels.first(fit));
  const bool validate = fit < train.size();
  std::optional<XgbMatrix> validData;
  if (validate) validData.emplace(encoder, train.subspan(fit), trainLabels.subspan(fit));
  const auto validPositives = std::count_if(trainLabels.begin() + static_cast<std::ptrdiff_t>(fit), trainLabels.end(),
                                            [](std::uint8_t y) { return y != 0; });
  const bool earlyStop = validate && validPositives > 0 && validPositives < static_cast<std::ptrdiff_t>(train.size() - fit);

  XgbBooster booster(fitData.handle());
  booster.set("objective", "binary:logistic");
  booster.set("tree_method", "hist");
  booster.set("eval_metric", "auc");
  booster.set("eta", number(options.eta));
  booster.set("max_depth", std::to_string(options.maxDepth));
  booster.set("min_child_weight", number(options.minChildWeight));
  booster.set("subsample", number(options.subsample));
  booster.set("colsample_bytree", number(options.colsampleByTree));
  booster.set("lambda", number(options.lambda));
  booster.set("max_bin", std::to_string(options.maxBin));
  booster.set("seed", std::to_string(training.seed % 2147483647ULL));
  booster.set("nthread", std::to_string(std::max(1, training.threads)));
  booster.set("verbosity", "0");

  CtrResult result;
  result.trainRows = static_cast<std::int64_t>(fit);
  result.validationRows = static_cast<std::int64_t>(train.size() - fit);
  double bestAuc = -1.0;
  for (int round = 0; round < options.maxRounds; ++round) {
    if (cancelled(training)) return std::nullopt;
    xgbCheck(XGBoosterUpdateOneIter(booster.handle(), round, fitData.handle()), "training round");
    result.iterations = round + 1;
    if (!earlyStop) {
      result.bestIteration = round + 1;
      continue;
    }
    DMatrixHandle evalSets[] = {validData->handle()};
    const char* evalNames[] = {"validation"};
    const char* text = nullptr;
    xgbCheck(XGBoosterEvalOneIter(booster.handle(), round, evalSets, evalNames, 1, &text), "evaluation");
    // "[12]\tvalidation-auc:0.81234"
    const std::string line = text ? text : "";
    const auto colon = line.rfind(':');
    const double auc = colon == std::string::npos ? kNaN : std::strtod(line.c_str() + colon + 1, nullptr);
    if (std::isfinite(auc) && auc > bestAuc) {
      bestAuc = auc;
      result.bestIteration = round + 1;
      result.validationAuc = auc;
    }
    if ((round + 1) % 50 == 0)
      say(training, "XGBoost round " + std::to_string(round + 1) + ": validation AUC " + number(auc) + ", best " +
                        number(bestAuc) + " at round " + std::to_string(result.bestIteration));
    if (round + 1 - result.bestIteration >= options.earlyStoppingRounds) break;
  }
  if (result.bestIteration == 0) result.bestIteration = result.iterations;
  say(training, "XGBoost stopped after " + std::to_string(result.iterations) + " rounds; best round " +
                    std::to_string(result.bestIteration));
  XgbMatrix testData(encoder, test, {});
  result.testProbabilities = predictXgb(booster, testData.handle(), result.bestIteration, test.size());
  return result;
}

}  // namespace ll::engine
