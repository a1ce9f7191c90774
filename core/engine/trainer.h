#pragma once
// The asLLR training loop (HPRO paper §3.4, DESIGN.md §4): tokenized examples with their funnel
// stage in, a trained model out. Own AdamW with two parameter groups (heads, backbone or LoRA),
// linear warm-up then cosine or linear decay, gradient clipping, bf16 autocast on CUDA (fp32 on
// CPU), seeds set and recorded, progress with ETA, cancel between steps, and a training-state
// folder (safetensors + JSON, never pickles) from which an interrupted run resumes to the same
// parameters as an uninterrupted one.
//
// Modes:
//   full   every backbone parameter trains (the compact backbone pretrained here)
//   lora   LoRA on the attention projections of a large backbone; base weights frozen
//   heads  backbone frozen, the point and pair heads train on full forward passes
//   quick  backbone frozen; the final hidden state of every example is computed once
//          (HiddenCache) and the heads train on it: minutes on a laptop
// With a frozen backbone the semantic CE has nothing to train (the LM head is the backbone's);
// it is still computed and logged.

#include "engine/funnel.h"
#include "engine/hpro.h"
#include "engine/model/asllr.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ll::engine {

enum class TrainMode { Full, Lora, Heads, Quick };
const char* trainModeName(TrainMode mode);                       // "full", "lora", "heads", "quick"
std::optional<TrainMode> parseTrainMode(std::string_view name);

// Hyper-parameters. The defaults are the paper's (§3.4); a recipe overrides them with a JSON
// object of the same keys (fromJson); toJson() writes every key, for the manifest.
struct TrainingConfig {
  TrainMode mode = TrainMode::Full;
  double headLr = 5e-5;
  double backboneLr = 2.5e-6;    // LoRA or backbone: 20x lower than the heads
  double weightDecay = 0.01;     // on matrices only (not biases, norms or heads' bias)
  double beta1 = 0.9;
  double beta2 = 0.999;
  double adamEps = 1e-8;
  double warmupFraction = 0.05;  // of all steps
  std::string schedule = "cosine";  // "cosine" or "linear" decay after warm-up
  double minLrFraction = 0.1;    // the decay ends at this fraction of each group's rate
  double clipNorm = 1.0;         // 0 = no clipping
  hpro::LossWeights weights;     // 2.0 / 1.0 / 0.5; pairwise 0 = no HPRO
  std::int64_t epochs = 1;
  std::int64_t maxSteps = 0;     // > 0: stop after this many steps (whatever the epochs say)
  std::int64_t batchSize = 32;
  std::int64_t minPerSide = 2;   // sampler: winners and losers per tier per batch
  std::uint64_t seed = 42;
  std::int64_t loraRank = 8;
  double loraAlpha = 16.0;
  double loraDropout = 0.05;
  bool loraMlp = false;
  std::int64_t saveEverySteps = 200;  // training state; 0 = only at the end / on cancel
  std::int64_t logEverySteps = 20;    // loss curve resolution
  std::string device = "cpu";    // "cpu", "cuda", "auto"
  bool bf16 = true;              // autocast to bfloat16 on CUDA; ignored on CPU

  [[nodiscard]] std::string toJson() const;
  // Keys not given keep their defaults; an unknown key or a wrong type throws
  // std::invalid_argument naming `source` and the key.
  static TrainingConfig fromJson(std::string_view text, const std::string& source, const TrainingConfig& base);
  static TrainingConfig fromJson(std::string_view text, const std::string& source);
};

// One tokenized lead with its label.
struct TrainExample {
  std::vector<std::int64_t> ids;
  int stage = 0;
  bool positive = false;
};

struct StepLog {
  std::int64_t step = 0;  // 1-based
  std::int64_t epoch = 0;
  double lr = 0;          // head rate at that step
  double bce = 0, pair = 0, semantic = 0, total = 0;  // means over the steps since the last log
};

struct EpochLog {
  std::int64_t epoch = 0;
  std::int64_t steps = 0;
  std::int64_t examples = 0;            // rows seen (with repeats)
  double bce = 0, pair = 0, semantic = 0, total = 0;  // means over the epoch's steps
  std::vector<std::int64_t> pairsPerTier;
};

struct TrainProgress {
  std::int64_t step = 0;
  std::int64_t totalSteps = 0;
  std::int64_t epoch = 0;
  double seconds = 0;          // this run (not counting time before a resume)
  double etaSeconds = 0;
  double examplesPerSecond = 0;
  StepLog last;
  // Quick mode, before the first step: hidden states computed so far, of how many.
  std::int64_t cached = 0;
  std::int64_t toCache = 0;
};

struct TrainResult {
  bool cancelled = false;
  std::int64_t steps = 0;
  std::int64_t totalSteps = 0;
  std::int64_t resumedFromStep = 0;
  double seconds = 0;
  std::vector<StepLog> curve;
  std::vector<EpochLog> epochs;
  std::vector<std::string> tiersWithoutPairs;
  std::string device;          // "cpu (2 threads, float32)", "cuda:0 (bfloat16 autocast)"
};

struct TrainRunOptions {
  // Folder for the resumable training state (created); empty = none kept.
  std::string stateDir;
  bool resume = false;         // continue from stateDir's state (it must match config and data)
  std::function<void(const TrainProgress&)> progress;
  const std::atomic<bool>* cancel = nullptr;
};

class Trainer {
 public:
  // Prepares the model for the mode (LoRA enabled for lora, the backbone frozen for heads and
  // quick). Throws std::invalid_argument for an unusable configuration.
  Trainer(model::AsLlr model, FunnelDefinition funnel, TrainingConfig config);

  // Trains on `examples`. Throws std::runtime_error for a state folder that does not fit, and
  // std::invalid_argument for bad examples (empty ids, ids outside the vocabulary).
  TrainResult train(const std::vector<TrainExample>& examples, const TrainRunOptions& options = {});

  [[nodiscard]] model::AsLlr& model() { return m_model; }
  [[nodiscard]] const TrainingConfig& config() const { return m_config; }
  [[nodiscard]] const FunnelDefinition& funnel() const { return m_funnel; }

  // Steps one epoch of `examples` takes with this configuration (the sampler's batch count).
  [[nodiscard]] std::int64_t stepsPerEpoch(const std::vector<TrainExample>& examples) const;

 private:
  model::AsLlr m_model;
  FunnelDefinition m_funnel;
  TrainingConfig m_config;
  torch::Device m_device{torch::kCPU};
};

// The point logit, pair score and Yes/No logits of every example, in batches of similar length
// (eval mode, no autograd). Used for calibration and by quick mode.
struct ModelOutputs {
  std::vector<double> pointLogit;
  std::vector<double> pairScore;
  std::vector<double> yesNoMargin;  // logit(yes) - logit(no)
};
std::optional<ModelOutputs> predict(model::AsLlr& model, std::span<const std::vector<std::int64_t>> inputs,
                                    std::int64_t batchTokens = 8192,
                                    const std::function<void(std::size_t, std::size_t)>& progress = {},
                                    const std::atomic<bool>* cancel = nullptr);

// Platt scaling: a, b minimising the weighted log loss of sigmoid(a z + b) against the labels,
// with Platt's smoothed targets (n+ + 1)/(n+ + 2) and 1/(n- + 2). Weights (may be empty = 1)
// undo a subsampling of the calibration set. Returns nullopt without both classes.
struct PlattFit {
  double a = 1.0;
  double b = 0.0;
  std::int64_t iterations = 0;
};
std::optional<PlattFit> fitPlatt(std::span<const double> logits, std::span<const std::uint8_t> labels,
                                 std::span<const double> weights = {});

}  // namespace ll::engine
