#pragma once
// Pretraining of the compact backbone (DESIGN.md §5): a byte-level BPE vocabulary learned from
// the workspace's serialized lead texts, then causal language modelling (next-token
// cross-entropy) on the same texts, written as a Hugging Face folder (config.json,
// model.safetensors, tokenizer.json) that loadBackbone() and Python tooling read.

#include "engine/model/qwen2.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace ll::engine {

struct VocabularyOptions {
  std::size_t vocabSize = 6144;
  // Special tokens (ids 0..k-1). The first one also ends every pretraining sequence.
  std::vector<std::string> specialTokens = {"<|endoftext|>", "<|im_start|>", "<|im_end|>"};
  // Words that must be single tokens: the answer tokens of the semantic head (" Yes"/" No" in
  // English, "是"/"否" in Chinese). They are added to the corpus often enough to be merged.
  std::vector<std::string> singleTokenWords = {" Yes", " No", "是", "否"};
};

struct VocabularyResult {
  std::string json;  // tokenizer.json text
  std::size_t vocabSize = 0;
  std::size_t corpusTexts = 0;
};

// Throws std::runtime_error when a required word does not end up as one token (vocabulary too
// small for the corpus), std::invalid_argument for impossible options.
VocabularyResult trainVocabulary(std::span<const std::string> texts, const VocabularyOptions& options);

struct PretrainConfig {
  std::int64_t steps = 1500;
  std::int64_t batchSize = 16;
  double lr = 1e-3;            // peak rate; a model trained from scratch needs far more than 5e-5
  double warmupFraction = 0.05;
  double minLrFraction = 0.1;  // cosine decay ends here
  double weightDecay = 0.1;
  double clipNorm = 1.0;
  std::uint64_t seed = 42;
  std::int64_t logEverySteps = 25;
};

struct PretrainProgress {
  std::int64_t step = 0;
  std::int64_t totalSteps = 0;
  double loss = 0;             // mean over the steps since the last report
  double seconds = 0;
  double etaSeconds = 0;
  double tokensPerSecond = 0;
};

struct PretrainResult {
  bool cancelled = false;
  std::int64_t steps = 0;
  std::int64_t tokens = 0;     // real (unpadded) tokens trained on
  double seconds = 0;
  std::vector<std::pair<std::int64_t, double>> curve;  // (step, mean loss since the previous point)
};

// Next-token cross-entropy on `sequences` (token ids, each at least 2 long), `steps` batches
// drawn at random with replacement from a seeded generator; padding is masked out of the loss.
// Cancel is checked between steps.
PretrainResult pretrainCausalLm(model::Qwen2ForCausalLM& model, const std::vector<std::vector<std::int64_t>>& sequences,
                                const PretrainConfig& config,
                                const std::function<void(const PretrainProgress&)>& progress = {},
                                const std::atomic<bool>* cancel = nullptr);

// Mean next-token cross-entropy (nats per token) of `sequences` under the model.
double causalLmLoss(model::Qwen2ForCausalLM& model, const std::vector<std::vector<std::int64_t>>& sequences,
                    std::int64_t batchSize = 16);

// Writes config.json, model.safetensors and tokenizer.json into `dir` (created).
void writeBackboneFolder(const std::string& dir, model::Qwen2ForCausalLM& model, const std::string& tokenizerJson);

}  // namespace ll::engine
