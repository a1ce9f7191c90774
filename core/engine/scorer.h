#pragma once
// Batched asLLR scoring: token id lists in, per-lead point probability (calibrated) and pair
// score out. Inputs are sorted by length and cut into batches of similar length (each padded only
// to its own longest row, at most `batchTokens` padded tokens per batch); no autograd; LoRA merged
// into the base weights; a fixed number of intra-op threads. CPU by default, CUDA in bf16 when
// asked for (or "auto" and a GPU is there).
//
// The forward pass is the model's own computation, restricted to what the heads read: the last
// decoder layer runs attention and MLP for each row's last real token only (every earlier layer
// needs all positions), and the LM head is read at the Yes/No rows only.

#include "engine/checkpoint.h"
#include "engine/tokenizer/bpetokenizer.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ll::engine {

enum class ScoreDevice { Auto, Cpu, Cuda };
// "auto", "cpu", "cuda"; nullopt for anything else.
std::optional<ScoreDevice> parseScoreDevice(std::string_view name);

struct ScorerOptions {
  ScoreDevice device = ScoreDevice::Cpu;
  int threads = 0;                    // intra-op threads; 0 = leave the current setting
  std::size_t batchTokens = 16384;    // padded tokens per batch (rows x longest row)
  std::size_t maxBatchRows = 256;
};

struct LeadScore {
  double pointLogit = 0.0;
  double probability = 0.0;  // calibrated
  double pairScore = 0.0;
  double yesNoLogit = 0.0;   // logit(yes) - logit(no)
};

// (done, total) leads, called after each batch.
using ScoreProgress = std::function<void(std::size_t done, std::size_t total)>;

class Scorer {
 public:
  // Takes the checkpoint's model (shared, not copied), merges its LoRA and moves it to the device
  // (CUDA: bf16 backbone, fp32 heads). Throws std::runtime_error when CUDA is asked for and not
  // available, with a message saying so.
  Scorer(const AsLlrCheckpoint& checkpoint, const ScorerOptions& options);
  Scorer(model::AsLlr model, Calibration calibration, const ScorerOptions& options);

  // Scores each input (ids must be non-empty and inside the vocabulary; throws
  // std::invalid_argument naming the input otherwise). Results are in input order. Returns
  // nullopt when `cancel` became true (checked between batches).
  std::optional<std::vector<LeadScore>> score(const std::vector<std::vector<tokenizer::TokenId>>& inputs,
                                              const ScoreProgress& progress = {},
                                              const std::atomic<bool>* cancel = nullptr);

  // "cpu, 2 threads, float32" or "cuda:0 <name>, bfloat16".
  [[nodiscard]] std::string deviceDescription() const;
  [[nodiscard]] bool onCuda() const { return m_cuda; }

  // The batches score() would form: index lists into `lengths`, longest first.
  static std::vector<std::vector<std::size_t>> planBatches(const std::vector<std::size_t>& lengths,
                                                           std::size_t batchTokens, std::size_t maxBatchRows);

 private:
  model::AsLlr m_model;
  Calibration m_calibration;
  ScorerOptions m_options;
  bool m_cuda = false;
};

}  // namespace ll::engine
