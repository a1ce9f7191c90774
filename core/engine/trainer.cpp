#include "engine/trainer.h"

#include "engine/adamw.h"
#include "engine/safetensors.h"

#include <ATen/autocast_mode.h>
#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/nn/utils/clip_grad.h>
#include <torch/utils.h>
#include <torch/version.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <numbers>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace ll::engine {

namespace fs = std::filesystem;
using Json = nlohmann::json;

const char* trainModeName(TrainMode mode) {
  switch (mode) {
    case TrainMode::Full: return "full";
    case TrainMode::Lora: return "lora";
    case TrainMode::Heads: return "heads";
    case TrainMode::Quick: return "quick";
  }
  return "full";
}

std::optional<TrainMode> parseTrainMode(std::string_view name) {
  for (const auto mode : {TrainMode::Full, TrainMode::Lora, TrainMode::Heads, TrainMode::Quick})
    if (name == trainModeName(mode)) return mode;
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Configuration

std::string TrainingConfig::toJson() const {
  const Json j = {
      {"mode", trainModeName(mode)},
      {"head_lr", headLr},
      {"backbone_lr", backboneLr},
      {"weight_decay", weightDecay},
      {"beta1", beta1},
      {"beta2", beta2},
      {"adam_eps", adamEps},
      {"warmup_fraction", warmupFraction},
      {"schedule", schedule},
      {"min_lr_fraction", minLrFraction},
      {"clip_norm", clipNorm},
      {"loss_weights", {{"pointwise", weights.pointwise}, {"pairwise", weights.pairwise}, {"semantic", weights.semantic}}},
      {"epochs", epochs},
      {"max_steps", maxSteps},
      {"batch_size", batchSize},
      {"min_per_side", minPerSide},
      {"seed", seed},
      {"lora", {{"rank", loraRank}, {"alpha", loraAlpha}, {"dropout", loraDropout}, {"mlp", loraMlp}}},
      {"save_every_steps", saveEverySteps},
      {"log_every_steps", logEverySteps},
      {"device", device},
      {"bf16", bf16},
  };
  return j.dump(2);
}

namespace {

template <typename T>
void readKey(const Json& obj, const char* key, T& out, const std::string& where) {
  if (!obj.contains(key)) return;
  const auto& v = obj.at(key);
  bool ok = false;
  if constexpr (std::is_same_v<T, bool>) ok = v.is_boolean();
  else if constexpr (std::is_same_v<T, std::string>) ok = v.is_string();
  else if constexpr (std::is_integral_v<T>) ok = v.is_number_integer() && (std::is_signed_v<T> || v.get<std::int64_t>() >= 0);
  else ok = v.is_number();
  if (!ok) throw std::invalid_argument(where + ": \"" + key + "\" has the wrong type (" + v.dump() + ").");
  out = v.get<T>();
}

void checkKeys(const Json& obj, std::initializer_list<const char*> known, const std::string& where) {
  for (const auto& item : obj.items()) {
    if (std::none_of(known.begin(), known.end(), [&](const char* k) { return item.key() == k; }))
      throw std::invalid_argument(where + ": unknown key \"" + item.key() + "\".");
  }
}

}  // namespace

TrainingConfig TrainingConfig::fromJson(std::string_view text, const std::string& source, const TrainingConfig& base) {
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw std::invalid_argument(source + ": not valid JSON (" + e.what() + ").");
  }
  if (!j.is_object()) throw std::invalid_argument(source + ": expected a JSON object of training settings.");
  checkKeys(j, {"mode", "head_lr", "backbone_lr", "weight_decay", "beta1", "beta2", "adam_eps", "warmup_fraction",
                "schedule", "min_lr_fraction", "clip_norm", "loss_weights", "epochs", "max_steps", "batch_size",
                "min_per_side", "seed", "lora", "save_every_steps", "log_every_steps", "device", "bf16"},
            source);
  TrainingConfig c = base;
  std::string mode = trainModeName(c.mode);
  readKey(j, "mode", mode, source);
  const auto parsed = parseTrainMode(mode);
  if (!parsed) throw std::invalid_argument(source + ": \"mode\" must be full, lora, heads or quick, not \"" + mode + "\".");
  c.mode = *parsed;
  readKey(j, "head_lr", c.headLr, source);
  readKey(j, "backbone_lr", c.backboneLr, source);
  readKey(j, "weight_decay", c.weightDecay, source);
  readKey(j, "beta1", c.beta1, source);
  readKey(j, "beta2", c.beta2, source);
  readKey(j, "adam_eps", c.adamEps, source);
  readKey(j, "warmup_fraction", c.warmupFraction, source);
  readKey(j, "schedule", c.schedule, source);
  readKey(j, "min_lr_fraction", c.minLrFraction, source);
  readKey(j, "clip_norm", c.clipNorm, source);
  if (j.contains("loss_weights")) {
    const auto& w = j.at("loss_weights");
    const auto where = source + " loss_weights";
    if (!w.is_object()) throw std::invalid_argument(where + ": expected an object.");
    checkKeys(w, {"pointwise", "pairwise", "semantic"}, where);
    readKey(w, "pointwise", c.weights.pointwise, where);
    readKey(w, "pairwise", c.weights.pairwise, where);
    readKey(w, "semantic", c.weights.semantic, where);
  }
  readKey(j, "epochs", c.epochs, source);
  readKey(j, "max_steps", c.maxSteps, source);
  readKey(j, "batch_size", c.batchSize, source);
  readKey(j, "min_per_side", c.minPerSide, source);
  readKey(j, "seed", c.seed, source);
  if (j.contains("lora")) {
    const auto& l = j.at("lora");
    const auto where = source + " lora";
    if (!l.is_object()) throw std::invalid_argument(where + ": expected an object.");
    checkKeys(l, {"rank", "alpha", "dropout", "mlp"}, where);
    readKey(l, "rank", c.loraRank, where);
    readKey(l, "alpha", c.loraAlpha, where);
    readKey(l, "dropout", c.loraDropout, where);
    readKey(l, "mlp", c.loraMlp, where);
  }
  readKey(j, "save_every_steps", c.saveEverySteps, source);
  readKey(j, "log_every_steps", c.logEverySteps, source);
  readKey(j, "device", c.device, source);
  readKey(j, "bf16", c.bf16, source);
  if (c.schedule != "cosine" && c.schedule != "linear")
    throw std::invalid_argument(source + ": \"schedule\" must be cosine or linear, not \"" + c.schedule + "\".");
  if (c.device != "cpu" && c.device != "cuda" && c.device != "auto")
    throw std::invalid_argument(source + ": \"device\" must be cpu, cuda or auto, not \"" + c.device + "\".");
  if (!(c.headLr >= 0) || !(c.backboneLr >= 0) || c.batchSize < 1 || c.epochs < 0 || c.maxSteps < 0)
    throw std::invalid_argument(source + ": rates must be >= 0, batch_size >= 1, epochs and max_steps >= 0.");
  return c;
}

TrainingConfig TrainingConfig::fromJson(std::string_view text, const std::string& source) {
  return fromJson(text, source, TrainingConfig{});
}

// ---------------------------------------------------------------------------------------------
// Helpers

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

torch::Device resolveDevice(const std::string& name) {
  if (name == "cpu") return torch::kCPU;
  if (name == "cuda") {
    if (!torch::cuda::is_available())
      throw std::invalid_argument("training on CUDA was asked for, but no CUDA device is available to libtorch.");
    return torch::Device(torch::kCUDA, 0);
  }
  return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
}

// bf16 autocast for the forward pass on CUDA; the losses are computed in fp32 outside it.
class AutocastScope {
 public:
  explicit AutocastScope(bool enable) : m_on(enable) {
    if (!m_on) return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_enabled(at::kCUDA, true);
    at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
#else
    at::autocast::set_enabled(true);
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
#endif
  }
  ~AutocastScope() {
    if (!m_on) return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_enabled(at::kCUDA, false);
#else
    at::autocast::set_enabled(false);
#endif
    at::autocast::clear_cache();
  }
  AutocastScope(const AutocastScope&) = delete;
  AutocastScope& operator=(const AutocastScope&) = delete;

 private:
  bool m_on;
};

struct PaddedBatch {
  torch::Tensor ids;   // [B,T] int64
  torch::Tensor mask;  // [B,T] int64
};

PaddedBatch padRight(std::span<const std::vector<std::int64_t>* const> rows) {
  std::size_t longest = 0;
  for (const auto* r : rows) longest = std::max(longest, r->size());
  const auto b = static_cast<std::int64_t>(rows.size());
  const auto t = static_cast<std::int64_t>(longest);
  auto ids = torch::zeros({b, t}, torch::kInt64);
  auto mask = torch::zeros({b, t}, torch::kInt64);
  auto* idp = ids.data_ptr<std::int64_t>();
  auto* mp = mask.data_ptr<std::int64_t>();
  for (std::int64_t i = 0; i < b; ++i) {
    const auto& r = *rows[static_cast<std::size_t>(i)];
    std::copy(r.begin(), r.end(), idp + i * t);
    std::fill(mp + i * t, mp + i * t + static_cast<std::int64_t>(r.size()), 1);
  }
  return {ids, mask};
}

std::uint64_t fnv(std::uint64_t h, const void* data, std::size_t n) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001B3ull;
  return h;
}

std::string examplesFingerprint(const std::vector<TrainExample>& examples) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (const auto& e : examples) {
    h = fnv(h, e.ids.data(), e.ids.size() * sizeof(std::int64_t));
    const std::int64_t meta[3] = {static_cast<std::int64_t>(e.ids.size()), e.stage, e.positive ? 1 : 0};
    h = fnv(h, meta, sizeof(meta));
  }
  std::ostringstream s;
  s << std::hex << h;
  return s.str();
}

// Running sums of losses (for the curve and the epoch means).
struct LossSums {
  double bce = 0, pair = 0, semantic = 0, total = 0;
  std::int64_t steps = 0;
  void add(double b, double p, double s, double t) {
    bce += b;
    pair += p;
    semantic += s;
    total += t;
    ++steps;
  }
  Json toJson() const { return {bce, pair, semantic, total, steps}; }
  static LossSums fromJson(const Json& j) {
    LossSums s;
    s.bce = j.at(0).get<double>();
    s.pair = j.at(1).get<double>();
    s.semantic = j.at(2).get<double>();
    s.total = j.at(3).get<double>();
    s.steps = j.at(4).get<std::int64_t>();
    return s;
  }
};

Json stepLogJson(const StepLog& s) { return {s.step, s.epoch, s.lr, s.bce, s.pair, s.semantic, s.total}; }
StepLog stepLogFrom(const Json& j) {
  StepLog s;
  s.step = j.at(0).get<std::int64_t>();
  s.epoch = j.at(1).get<std::int64_t>();
  s.lr = j.at(2).get<double>();
  s.bce = j.at(3).get<double>();
  s.pair = j.at(4).get<double>();
  s.semantic = j.at(5).get<double>();
  s.total = j.at(6).get<double>();
  return s;
}
Json epochLogJson(const EpochLog& e) {
  return {{"epoch", e.epoch}, {"steps", e.steps}, {"examples", e.examples}, {"bce", e.bce}, {"pair", e.pair},
          {"semantic", e.semantic}, {"total", e.total}, {"pairs_per_tier", e.pairsPerTier}};
}
EpochLog epochLogFrom(const Json& j) {
  EpochLog e;
  e.epoch = j.at("epoch").get<std::int64_t>();
  e.steps = j.at("steps").get<std::int64_t>();
  e.examples = j.at("examples").get<std::int64_t>();
  e.bce = j.at("bce").get<double>();
  e.pair = j.at("pair").get<double>();
  e.semantic = j.at("semantic").get<double>();
  e.total = j.at("total").get<double>();
  e.pairsPerTier = j.at("pairs_per_tier").get<std::vector<std::int64_t>>();
  return e;
}

// Final hidden state at each row's last token and the Yes/No logits, for all inputs, in batches
// of similar length. Row order is the input order.
struct HiddenAll {
  torch::Tensor hidden;  // [N,d] float32, CPU
  torch::Tensor yesNo;   // [N,2] float32, CPU
};

std::optional<HiddenAll> computeHidden(model::AsLlr& model, std::span<const std::vector<std::int64_t>> inputs,
                                       std::int64_t batchTokens, const std::function<void(std::size_t, std::size_t)>& progress,
                                       const std::atomic<bool>* cancel, bool autocast) {
  const auto n = inputs.size();
  const auto d = model->backbone->config().hiddenSize;
  const auto device = model->point_head->weight.device();
  HiddenAll out{torch::zeros({static_cast<std::int64_t>(n), d}), torch::zeros({static_cast<std::int64_t>(n), 2})};
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return inputs[a].size() > inputs[b].size(); });
  const bool wasTraining = model->is_training();
  model->eval();
  torch::NoGradGuard noGrad;
  std::size_t done = 0;
  for (std::size_t start = 0; start < n;) {
    if (cancel && cancel->load()) {
      if (wasTraining) model->train();
      return std::nullopt;
    }
    const auto longest = std::max<std::size_t>(1, inputs[order[start]].size());
    const auto rows = std::max<std::size_t>(1, static_cast<std::size_t>(batchTokens) / longest);
    const auto end = std::min(n, start + rows);
    std::vector<const std::vector<std::int64_t>*> batch;
    for (std::size_t i = start; i < end; ++i) {
      if (inputs[order[i]].empty()) throw std::invalid_argument("input " + std::to_string(order[i]) + " has no tokens.");
      batch.push_back(&inputs[order[i]]);
    }
    const auto padded = padRight(batch);
    torch::Tensor hidden, yesNo;
    {
      AutocastScope scope(autocast);
      const auto h = model->backbone(padded.ids.to(device), padded.mask.to(device));
      hidden = model::lastTokenHidden(h, padded.mask.to(device));
      yesNo = model->backbone->tokenLogits(hidden, {model->options().yesTokenId, model->options().noTokenId});
    }
    std::vector<std::int64_t> idx;
    for (std::size_t i = start; i < end; ++i) idx.push_back(static_cast<std::int64_t>(order[i]));
    const auto index = torch::tensor(idx, torch::kInt64);
    out.hidden.index_copy_(0, index, hidden.to(torch::kCPU, torch::kFloat32));
    out.yesNo.index_copy_(0, index, yesNo.to(torch::kCPU, torch::kFloat32));
    done += end - start;
    start = end;
    if (progress) progress(done, n);
  }
  if (wasTraining) model->train();
  return out;
}

std::vector<double> toDoubles(const torch::Tensor& t) {
  const auto c = t.to(torch::kCPU, torch::kFloat64).contiguous();
  return {c.data_ptr<double>(), c.data_ptr<double>() + c.numel()};
}

void writeTextAtomically(const fs::path& path, const std::string& text) {
  const auto tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error(tmp + ": cannot write.");
  }
  fs::rename(tmp, path);
}

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read.");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Trainer

Trainer::Trainer(model::AsLlr model, FunnelDefinition funnel, TrainingConfig config)
    : m_model(std::move(model)), m_funnel(std::move(funnel)), m_config(std::move(config)) {
  if (!m_model) throw std::invalid_argument("the trainer needs a model.");
  m_device = resolveDevice(m_config.device);
  torch::manual_seed(m_config.seed);
  auto& backbone = m_model->backbone;
  switch (m_config.mode) {
    case TrainMode::Full:
      for (auto& p : m_model->parameters()) p.set_requires_grad(true);
      break;
    case TrainMode::Lora:
      if (!backbone->hasLora()) {
        model::LoraOptions o;
        o.rank = m_config.loraRank;
        o.alpha = m_config.loraAlpha;
        o.dropout = m_config.loraDropout;
        o.mlp = m_config.loraMlp;
        backbone->enableLora(o);  // freezes the base weights
      } else {
        backbone->unmergeLora();
        for (auto& p : backbone->parameters()) p.set_requires_grad(false);
        for (auto& [name, p] : backbone->loraParameters()) p.set_requires_grad(true);
      }
      break;
    case TrainMode::Heads:
    case TrainMode::Quick:
      for (auto& p : backbone->parameters()) p.set_requires_grad(false);
      break;
  }
  for (auto* head : {&m_model->point_head, &m_model->pair_head})
    for (auto& p : (*head)->parameters()) p.set_requires_grad(true);
  m_model->to(m_device);
}

std::int64_t Trainer::stepsPerEpoch(const std::vector<TrainExample>& examples) const {
  std::vector<int> stages;
  for (const auto& e : examples) stages.push_back(e.stage);
  const hpro::TierBatchSampler sampler(m_funnel, stages, {m_config.batchSize, m_config.minPerSide}, m_config.seed);
  return static_cast<std::int64_t>(sampler.epoch(0).size());
}

TrainResult Trainer::train(const std::vector<TrainExample>& examples, const TrainRunOptions& options) {
  const auto started = Clock::now();
  TrainResult result;
  const auto& cfg = m_config;
  const bool cuda = m_device.is_cuda();
  const bool autocast = cuda && cfg.bf16;
  result.device = cuda ? "cuda:" + std::to_string(m_device.index()) + (autocast ? " (bfloat16 autocast)" : " (float32)")
                       : "cpu (" + std::to_string(at::get_num_threads()) + " threads, float32)";
  if (examples.empty()) throw std::invalid_argument("there are no training examples.");
  const auto vocab = m_model->backbone->config().vocabSize;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    const auto& ids = examples[i].ids;
    if (ids.empty()) throw std::invalid_argument("training example " + std::to_string(i) + " has no tokens.");
    for (const auto id : ids)
      if (id < 0 || id >= vocab)
        throw std::invalid_argument("training example " + std::to_string(i) + " has token id " + std::to_string(id) +
                                    ", outside the model's vocabulary of " + std::to_string(vocab) + ".");
  }

  std::vector<int> stages;
  std::vector<float> labels;
  for (const auto& e : examples) {
    stages.push_back(e.stage);
    labels.push_back(e.positive ? 1.0f : 0.0f);
  }
  const hpro::TierBatchSampler sampler(m_funnel, stages, {cfg.batchSize, cfg.minPerSide}, cfg.seed);
  result.tiersWithoutPairs = sampler.tiersWithoutPairs();
  const auto tierCount = m_funnel.tiers().size();

  // Steps of each epoch, fixed up front so the schedule and the ETA know the total.
  if (cfg.epochs == 0 && cfg.maxSteps == 0) throw std::invalid_argument("neither epochs nor max_steps is set.");
  std::vector<std::int64_t> epochSizes;
  std::int64_t total = 0;
  for (std::int64_t e = 0; e < cfg.epochs && !(cfg.maxSteps > 0 && total >= cfg.maxSteps); ++e) {
    epochSizes.push_back(static_cast<std::int64_t>(sampler.epoch(e).size()));
    total += epochSizes.back();
  }
  // max_steps beyond the epochs asked for: more epochs.
  while (cfg.maxSteps > 0 && total < cfg.maxSteps) {
    epochSizes.push_back(static_cast<std::int64_t>(sampler.epoch(static_cast<std::int64_t>(epochSizes.size())).size()));
    total += epochSizes.back();
  }
  if (cfg.maxSteps > 0) total = std::min(total, cfg.maxSteps);
  result.totalSteps = total;

  // Parameter groups: the heads at headLr, everything else that trains at backboneLr.
  torch::manual_seed(cfg.seed);
  AdamW adam(cfg.beta1, cfg.beta2, cfg.adamEps, cfg.weightDecay);
  for (const auto& item : m_model->named_parameters()) {
    if (!item.value().requires_grad()) continue;
    const bool head = !item.key().starts_with("backbone.");
    const bool decay = item.value().dim() >= 2 && !head;
    adam.add(item.key(), item.value(), head ? cfg.headLr : cfg.backboneLr, decay);
  }
  if (cfg.mode == TrainMode::Quick || cfg.mode == TrainMode::Heads)
    for (auto& a : adam.entries())
      if (a.name.starts_with("backbone.")) throw std::logic_error("a frozen backbone parameter is in the optimizer.");

  const auto fingerprint = examplesFingerprint(examples);
  std::int64_t step = 0;
  LossSums logSums;
  LossSums epochSums;
  std::vector<std::int64_t> epochPairs(tierCount, 0);
  std::int64_t epochExamples = 0;

  const fs::path stateDir = options.stateDir;
  const auto statePath = stateDir / "state.safetensors";
  const auto stateJsonPath = stateDir / "state.json";

  auto saveState = [&]() {
    if (options.stateDir.empty()) return;
    fs::create_directories(stateDir);
    std::map<std::string, safetensors::TensorData> tensors;
    for (auto& a : adam.entries()) {
      tensors.emplace("param/" + a.name, model::tensorToSafetensors(a.param.to(torch::kCPU)));
      tensors.emplace("adam_m/" + a.name, model::tensorToSafetensors(a.m.to(torch::kCPU)));
      tensors.emplace("adam_v/" + a.name, model::tensorToSafetensors(a.v.to(torch::kCPU)));
    }
    const auto rng = at::detail::getDefaultCPUGenerator().get_state().contiguous();
    safetensors::TensorData rngData;
    rngData.dtype = safetensors::DType::U8;
    rngData.shape = {rng.numel()};
    rngData.bytes.resize(static_cast<std::size_t>(rng.numel()));
    std::memcpy(rngData.bytes.data(), rng.data_ptr(), rngData.bytes.size());
    tensors.emplace("rng/torch_cpu", std::move(rngData));
    safetensors::write(statePath.string(), tensors, {{"step", std::to_string(step)}});
    Json curve = Json::array();
    for (const auto& s : result.curve) curve.push_back(stepLogJson(s));
    Json epochs = Json::array();
    for (const auto& e : result.epochs) epochs.push_back(epochLogJson(e));
    const Json j = {{"format", 1},
                    {"step", step},
                    {"adam_step", adam.stepCount()},
                    {"total_steps", total},
                    {"mode", trainModeName(cfg.mode)},
                    {"config", Json::parse(cfg.toJson())},
                    {"data_fingerprint", fingerprint},
                    {"examples", examples.size()},
                    {"curve", curve},
                    {"epochs", epochs},
                    {"log_sums", logSums.toJson()},
                    {"epoch_sums", epochSums.toJson()},
                    {"epoch_pairs", epochPairs},
                    {"epoch_examples", epochExamples}};
    writeTextAtomically(stateJsonPath, j.dump(1));
  };

  if (options.resume) {
    if (options.stateDir.empty()) throw std::runtime_error("resuming needs a training-state folder.");
    if (!fs::exists(stateJsonPath) || !fs::exists(statePath))
      throw std::runtime_error(stateDir.string() + ": no training state to resume from (state.json and state.safetensors).");
    Json j;
    try {
      j = Json::parse(readText(stateJsonPath));
    } catch (const Json::parse_error& e) {
      throw std::runtime_error(stateJsonPath.string() + ": not valid JSON (" + e.what() + ").");
    }
    const auto where = stateJsonPath.string();
    if (j.value("format", 0) != 1) throw std::runtime_error(where + ": unknown training-state format.");
    if (j.value("data_fingerprint", std::string()) != fingerprint)
      throw std::runtime_error(where + ": the training examples differ from the interrupted run's (another workspace, "
                                       "funnel, split or serializer); start a new run instead of --resume.");
    // Settings that shape the batches and the schedule must be those of the interrupted run.
    const auto saved = TrainingConfig::fromJson(j.at("config").dump(), where);
    if (saved.toJson() != cfg.toJson())
      throw std::runtime_error(where + ": the training settings differ from the interrupted run's; resume with the "
                                       "same settings (the state folder holds them in state.json).");
    const auto file = safetensors::File::open(statePath.string());
    const auto metaStep = file->metadata().find("step");
    step = j.at("step").get<std::int64_t>();
    if (metaStep == file->metadata().end() || metaStep->second != std::to_string(step))
      throw std::runtime_error(statePath.string() + ": does not belong to state.json (different step).");
    torch::NoGradGuard noGrad;
    for (auto& a : adam.entries()) {
      for (auto [prefix, target] : {std::pair<std::string, torch::Tensor*>{"param/", &a.param}, {"adam_m/", &a.m}, {"adam_v/", &a.v}}) {
        const auto* info = file->find(prefix + a.name);
        if (!info || c10::IntArrayRef(info->shape) != target->sizes())
          throw std::runtime_error(statePath.string() + ": tensor " + prefix + a.name + " is missing or has another shape.");
        target->copy_(model::tensorFromSafetensors(*info, file->data(*info), target->scalar_type()));
      }
    }
    if (const auto* info = file->find("rng/torch_cpu")) {
      const auto bytes = file->data(*info);
      auto state = torch::empty({static_cast<std::int64_t>(bytes.size())}, torch::kUInt8);
      std::memcpy(state.data_ptr(), bytes.data(), bytes.size());
      auto generator = at::detail::getDefaultCPUGenerator();  // a handle on the global generator
      generator.set_state(state);
    }
    adam.setStepCount(j.at("adam_step").get<std::int64_t>());
    for (const auto& s : j.at("curve")) result.curve.push_back(stepLogFrom(s));
    for (const auto& e : j.at("epochs")) result.epochs.push_back(epochLogFrom(e));
    logSums = LossSums::fromJson(j.at("log_sums"));
    epochSums = LossSums::fromJson(j.at("epoch_sums"));
    epochPairs = j.at("epoch_pairs").get<std::vector<std::int64_t>>();
    epochExamples = j.at("epoch_examples").get<std::int64_t>();
    result.resumedFromStep = step;
  }

  // Quick mode: the frozen backbone's outputs once, then only the heads run.
  std::optional<HiddenAll> cache;
  if (cfg.mode == TrainMode::Quick) {
    std::vector<std::vector<std::int64_t>> inputs;
    inputs.reserve(examples.size());
    for (const auto& e : examples) inputs.push_back(e.ids);
    const auto cacheStarted = Clock::now();
    cache = computeHidden(m_model, inputs, 8192,
                          [&](std::size_t done, std::size_t n) {
                            if (!options.progress) return;
                            TrainProgress p;
                            p.step = 0;
                            p.totalSteps = total;
                            p.cached = static_cast<std::int64_t>(done);
                            p.toCache = static_cast<std::int64_t>(n);
                            p.seconds = seconds(started);
                            const double rate = static_cast<double>(done) / std::max(1e-9, seconds(cacheStarted));
                            p.examplesPerSecond = rate;
                            p.etaSeconds = static_cast<double>(n - done) / std::max(1e-9, rate);
                            options.progress(p);
                          },
                          options.cancel, autocast);
    if (!cache) {
      result.cancelled = true;
      result.steps = step;
      result.seconds = seconds(started);
      return result;
    }
    cache->hidden = cache->hidden.to(m_device);
    cache->yesNo = cache->yesNo.to(m_device);
  }

  m_model->train();
  const auto labelTensor = torch::from_blob(labels.data(), {static_cast<std::int64_t>(labels.size())}, torch::kFloat32).clone();
  const auto loopStarted = Clock::now();
  const auto startStep = step;
  std::int64_t rowsThisRun = 0;

  // Where the (resumed) step lies: epoch and batch within it.
  std::int64_t epoch = 0;
  std::int64_t batchInEpoch = step;
  while (epoch < static_cast<std::int64_t>(epochSizes.size()) && batchInEpoch >= epochSizes[static_cast<std::size_t>(epoch)]) {
    batchInEpoch -= epochSizes[static_cast<std::size_t>(epoch)];
    ++epoch;
  }

  auto closeEpoch = [&](std::int64_t e) {
    EpochLog log;
    log.epoch = e;
    log.steps = epochSums.steps;
    log.examples = epochExamples;
    const double k = static_cast<double>(std::max<std::int64_t>(1, epochSums.steps));
    log.bce = epochSums.bce / k;
    log.pair = epochSums.pair / k;
    log.semantic = epochSums.semantic / k;
    log.total = epochSums.total / k;
    log.pairsPerTier = epochPairs;
    result.epochs.push_back(std::move(log));
    epochSums = {};
    epochPairs.assign(tierCount, 0);
    epochExamples = 0;
  };

  for (; epoch < static_cast<std::int64_t>(epochSizes.size()) && step < total; ++epoch, batchInEpoch = 0) {
    const auto batches = sampler.epoch(epoch);
    for (auto b = static_cast<std::size_t>(batchInEpoch); b < batches.size() && step < total; ++b) {
      if (options.cancel && options.cancel->load()) {
        saveState();
        result.cancelled = true;
        result.steps = step;
        result.seconds = seconds(started);
        return result;
      }
      const auto& rows = batches[b];
      std::vector<int> batchStages;
      for (const auto i : rows) batchStages.push_back(stages[static_cast<std::size_t>(i)]);
      const auto pairs = hpro::buildPairs(m_funnel, batchStages);
      const auto index = torch::tensor(rows, torch::kInt64);
      const auto batchLabels = labelTensor.index_select(0, index).to(m_device);

      torch::Tensor point, pairScore, yesNo;
      if (cache) {
        const auto devIndex = index.to(m_device);
        const auto h = cache->hidden.index_select(0, devIndex);
        point = m_model->point_head(h).squeeze(-1);
        pairScore = m_model->pair_head(h).squeeze(-1);
        yesNo = cache->yesNo.index_select(0, devIndex);
      } else {
        std::vector<const std::vector<std::int64_t>*> seqs;
        for (const auto i : rows) seqs.push_back(&examples[static_cast<std::size_t>(i)].ids);
        const auto padded = padRight(seqs);
        AutocastScope scope(autocast);
        const auto out = m_model(padded.ids.to(m_device), padded.mask.to(m_device));
        point = out.pointLogit;
        pairScore = out.pairScore;
        yesNo = out.yesNoLogits;
      }
      const auto losses = hpro::computeLosses(point, pairScore, yesNo, batchLabels, pairs, cfg.weights);
      adam.zeroGrad();
      losses.total.backward();
      if (cfg.clipNorm > 0) torch::nn::utils::clip_grad_norm_(adam.params(), cfg.clipNorm);
      const double factor = lrFactor(cfg.warmupFraction, cfg.schedule == "linear", cfg.minLrFraction, step, total);
      adam.step(factor);
      ++step;
      rowsThisRun += static_cast<std::int64_t>(rows.size());

      const double lb = losses.bce.item<double>(), lp = losses.pair.item<double>(), ls = losses.semantic.item<double>(),
                   lt = losses.total.item<double>();
      logSums.add(lb, lp, ls, lt);
      epochSums.add(lb, lp, ls, lt);
      for (std::size_t t = 0; t < tierCount; ++t) epochPairs[t] += pairs.perTier[t];
      epochExamples += static_cast<std::int64_t>(rows.size());

      StepLog last{step, epoch, cfg.headLr * factor, lb, lp, ls, lt};
      if (logSums.steps >= std::max<std::int64_t>(1, cfg.logEverySteps) || step == total) {
        const double k = static_cast<double>(logSums.steps);
        result.curve.push_back({step, epoch, cfg.headLr * factor, logSums.bce / k, logSums.pair / k, logSums.semantic / k,
                                logSums.total / k});
        logSums = {};
      }
      if (b + 1 == batches.size() || step == total) closeEpoch(epoch);
      if (cfg.saveEverySteps > 0 && step % cfg.saveEverySteps == 0 && step < total) saveState();
      if (options.progress) {
        TrainProgress p;
        p.step = step;
        p.totalSteps = total;
        p.epoch = epoch;
        p.seconds = seconds(started);
        const double loopSeconds = seconds(loopStarted);
        const auto doneHere = step - startStep;
        p.examplesPerSecond = static_cast<double>(rowsThisRun) / std::max(1e-9, loopSeconds);
        p.etaSeconds = loopSeconds / static_cast<double>(std::max<std::int64_t>(1, doneHere)) * static_cast<double>(total - step);
        p.last = last;
        options.progress(p);
      }
    }
  }
  saveState();
  m_model->eval();
  result.steps = step;
  result.seconds = seconds(started);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Prediction and calibration

std::optional<ModelOutputs> predict(model::AsLlr& model, std::span<const std::vector<std::int64_t>> inputs,
                                    std::int64_t batchTokens, const std::function<void(std::size_t, std::size_t)>& progress,
                                    const std::atomic<bool>* cancel) {
  const bool autocast = model->point_head->weight.device().is_cuda();
  const auto all = computeHidden(model, inputs, batchTokens, progress, cancel, autocast);
  if (!all) return std::nullopt;
  torch::NoGradGuard noGrad;
  const auto device = model->point_head->weight.device();
  const auto h = all->hidden.to(device);
  ModelOutputs out;
  out.pointLogit = toDoubles(model->point_head(h).squeeze(-1));
  out.pairScore = toDoubles(model->pair_head(h).squeeze(-1));
  out.yesNoMargin = toDoubles(all->yesNo.select(1, 0) - all->yesNo.select(1, 1));
  return out;
}

std::optional<PlattFit> fitPlatt(std::span<const double> logits, std::span<const std::uint8_t> labels,
                                 std::span<const double> weights) {
  if (logits.size() != labels.size() || (!weights.empty() && weights.size() != logits.size()))
    throw std::invalid_argument("fitPlatt: logits, labels and weights differ in length.");
  double nPos = 0, nNeg = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double w = weights.empty() ? 1.0 : weights[i];
    (labels[i] ? nPos : nNeg) += w;
  }
  if (nPos <= 0 || nNeg <= 0) return std::nullopt;
  const double tPos = (nPos + 1.0) / (nPos + 2.0);
  const double tNeg = 1.0 / (nNeg + 2.0);
  PlattFit fit;
  double a = 1.0, b = std::log((nPos + 1.0) / (nNeg + 1.0));
  auto loss = [&](double aa, double bb) {
    double l = 0;
    for (std::size_t i = 0; i < logits.size(); ++i) {
      const double w = weights.empty() ? 1.0 : weights[i];
      const double t = labels[i] ? tPos : tNeg;
      const double z = aa * logits[i] + bb;
      // t * softplus(-z) + (1 - t) * softplus(z), stably.
      const double sp = z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
      l += w * (sp - t * z);
    }
    return l;
  };
  double current = loss(a, b);
  for (int it = 0; it < 100; ++it) {
    double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (std::size_t i = 0; i < logits.size(); ++i) {
      const double w = weights.empty() ? 1.0 : weights[i];
      const double t = labels[i] ? tPos : tNeg;
      const double z = a * logits[i] + b;
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double r = w * (p - t);
      const double q = w * p * (1.0 - p);
      ga += r * logits[i];
      gb += r;
      haa += q * logits[i] * logits[i];
      hab += q * logits[i];
      hbb += q;
    }
    const double det = haa * hbb - hab * hab;
    if (!(std::abs(det) > 0)) break;
    double da = (hbb * ga - hab * gb) / det;
    double db = (haa * gb - hab * ga) / det;
    // Backtracking: Newton steps on a nearly separable set can overshoot.
    double stepSize = 1.0;
    double next = loss(a - da, b - db);
    while (next > current && stepSize > 1e-6) {
      stepSize *= 0.5;
      next = loss(a - stepSize * da, b - stepSize * db);
    }
    a -= stepSize * da;
    b -= stepSize * db;
    fit.iterations = it + 1;
    const bool converged = std::abs(current - next) <= 1e-12 * std::max(1.0, std::abs(current));
    current = next;
    if (converged) break;
  }
  fit.a = a;
  fit.b = b;
  return fit;
}

}  // namespace ll::engine
