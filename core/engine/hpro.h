#pragma once
// HPRO (paper §3.3-§3.4): preference pairs formed inside a batch, tier by tier, a batch sampler
// that puts every tier's winners and losers into every batch, and the three losses
//
//   L = 2.0 * BCE(point head, positive stage)
//     + 1.0 * mean over pairs of -log sigmoid(s_pair(w) - s_pair(l) - m_tier)
//     + 0.5 * CE(Yes/No logits of the LM head at the last token, "Yes" for positives)
//
// The semantic CE is taken over the two answer tokens only (a softmax over Yes and No), which
// needs no vocabulary-sized matmul; the weights are configuration (LossWeights).

#include "engine/funnel.h"

#pragma push_macro("slots")
#pragma push_macro("signals")
#pragma push_macro("emit")
#undef slots
#undef signals
#undef emit
#include <torch/types.h>
#pragma pop_macro("emit")
#pragma pop_macro("signals")
#pragma pop_macro("slots")

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ll::engine::hpro {

// The pairs of one batch: row indices into the batch, with each pair's margin and tier.
struct BatchPairs {
  torch::Tensor winner;                 // [P] int64
  torch::Tensor loser;                  // [P] int64
  torch::Tensor margin;                 // [P] float32
  torch::Tensor tier;                   // [P] int64
  std::vector<std::int64_t> perTier;    // pair count per funnel tier

  [[nodiscard]] std::int64_t size() const { return winner.defined() ? winner.size(0) : 0; }
};

// For each tier of `funnel`, every (winner, loser) pair of rows whose stages are one of that
// tier's winner and loser stages. A pair of rows related by two tiers counts in both.
BatchPairs buildPairs(const FunnelDefinition& funnel, std::span<const int> stages);

struct LossWeights {
  double pointwise = 2.0;
  double pairwise = 1.0;  // 0 = asLLR without HPRO
  double semantic = 0.5;
};

struct Losses {
  torch::Tensor total;     // weighted sum (scalar)
  torch::Tensor bce;       // unweighted parts (scalars)
  torch::Tensor pair;      // 0 when the batch has no pairs
  torch::Tensor semantic;
};

// Mean binary cross-entropy of point logits [B] against labels [B] (1 = positive).
torch::Tensor bceLoss(const torch::Tensor& pointLogit, const torch::Tensor& labels);
// Margin-aware Bradley-Terry: mean over pairs of softplus(-(s_w - s_l - m)); a zero that keeps
// the graph when there are no pairs.
torch::Tensor pairLoss(const torch::Tensor& pairScore, const BatchPairs& pairs);
// Cross-entropy over (yes, no) logits [B,2]: target column 0 for positives, 1 otherwise.
torch::Tensor semanticLoss(const torch::Tensor& yesNoLogits, const torch::Tensor& labels);

// All three in fp32 (inputs are cast), weighted.
Losses computeLosses(const torch::Tensor& pointLogit, const torch::Tensor& pairScore, const torch::Tensor& yesNoLogits,
                     const torch::Tensor& labels, const BatchPairs& pairs, const LossWeights& weights);

struct SamplerOptions {
  std::int64_t batchSize = 32;
  // Examples drawn for each side (winners, losers) of each tier in every batch, before the rest
  // of the batch is filled at random.
  std::int64_t minPerSide = 2;
};

// Stratified batches: per-stage pools; every batch first draws `minPerSide` winners and losers of
// each tier (a stage picked in proportion to its pool size, the pool walked in a shuffled cycle),
// then is filled from a shuffled pass over all examples, skipping examples already drawn in this
// epoch. An epoch ends when every example has been drawn at least once, so the rare winner stages
// are seen several times per epoch and everything else about once. Deterministic for
// (seed, epoch): resuming in the middle of an epoch rebuilds the same batches.
class TierBatchSampler {
 public:
  // stages: the stage index of each example. Throws std::invalid_argument when the batch cannot
  // hold minPerSide winners and losers of every usable tier, or a stage index is out of range.
  TierBatchSampler(const FunnelDefinition& funnel, std::vector<int> stages, SamplerOptions options, std::uint64_t seed);

  [[nodiscard]] std::vector<std::vector<std::int64_t>> epoch(std::int64_t epochIndex) const;

  // Tiers that cannot form pairs at all: one of their sides has no example.
  [[nodiscard]] const std::vector<std::string>& tiersWithoutPairs() const { return m_tiersWithoutPairs; }
  [[nodiscard]] std::int64_t exampleCount() const { return static_cast<std::int64_t>(m_stages.size()); }

 private:
  FunnelDefinition m_funnel;
  std::vector<int> m_stages;
  SamplerOptions m_options;
  std::uint64_t m_seed;
  std::vector<std::vector<std::int64_t>> m_byStage;  // example indices per stage
  std::vector<int> m_usableTiers;
  std::vector<std::string> m_tiersWithoutPairs;
};

}  // namespace ll::engine::hpro
