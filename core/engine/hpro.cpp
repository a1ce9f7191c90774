#include "engine/hpro.h"

#include <torch/nn/functional/loss.h>

#include <algorithm>
#include <limits>
#include <random>
#include <stdexcept>

namespace ll::engine::hpro {

namespace {

// An unbiased draw in [0, n): std::uniform_int_distribution's algorithm differs between standard
// libraries, and batches must be the same everywhere for a seed.
std::uint64_t below(std::mt19937_64& rng, std::uint64_t n) {
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
  std::uint64_t x = 0;
  do x = rng();
  while (x >= limit);
  return x % n;
}

void shuffle(std::vector<std::int64_t>& v, std::mt19937_64& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(rng, i)]);
}

std::uint64_t mix(std::uint64_t seed, std::uint64_t a) {
  // splitmix64 of the pair, so neighbouring epochs get unrelated streams.
  std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (a + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

BatchPairs buildPairs(const FunnelDefinition& funnel, std::span<const int> stages) {
  const auto& tiers = funnel.tiers();
  const auto stageCount = static_cast<int>(funnel.stages().size());
  std::vector<std::int64_t> winners, losers, tierOf;
  std::vector<float> margins;
  BatchPairs out;
  out.perTier.assign(tiers.size(), 0);
  for (std::size_t t = 0; t < tiers.size(); ++t) {
    std::vector<char> isWinner(static_cast<std::size_t>(stageCount), 0), isLoser(static_cast<std::size_t>(stageCount), 0);
    for (const int s : tiers[t].winners)
      if (s >= 0 && s < stageCount) isWinner[static_cast<std::size_t>(s)] = 1;
    for (const int s : tiers[t].losers)
      if (s >= 0 && s < stageCount) isLoser[static_cast<std::size_t>(s)] = 1;
    std::vector<std::int64_t> w, l;
    for (std::size_t i = 0; i < stages.size(); ++i) {
      const int s = stages[i];
      if (s < 0 || s >= stageCount) throw std::invalid_argument("buildPairs: stage index " + std::to_string(s) + " is out of range.");
      if (isWinner[static_cast<std::size_t>(s)]) w.push_back(static_cast<std::int64_t>(i));
      if (isLoser[static_cast<std::size_t>(s)]) l.push_back(static_cast<std::int64_t>(i));
    }
    for (const auto a : w)
      for (const auto b : l) {
        winners.push_back(a);
        losers.push_back(b);
        tierOf.push_back(static_cast<std::int64_t>(t));
        margins.push_back(static_cast<float>(tiers[t].margin));
      }
    out.perTier[t] = static_cast<std::int64_t>(w.size() * l.size());
  }
  const auto n = static_cast<std::int64_t>(winners.size());
  out.winner = torch::from_blob(winners.data(), {n}, torch::kInt64).clone();
  out.loser = torch::from_blob(losers.data(), {n}, torch::kInt64).clone();
  out.tier = torch::from_blob(tierOf.data(), {n}, torch::kInt64).clone();
  out.margin = torch::from_blob(margins.data(), {n}, torch::kFloat32).clone();
  return out;
}

torch::Tensor bceLoss(const torch::Tensor& pointLogit, const torch::Tensor& labels) {
  return torch::binary_cross_entropy_with_logits(pointLogit.to(torch::kFloat32), labels.to(torch::kFloat32));
}

torch::Tensor pairLoss(const torch::Tensor& pairScore, const BatchPairs& pairs) {
  const auto s = pairScore.to(torch::kFloat32);
  if (pairs.size() == 0) return s.sum() * 0.0;
  const auto device = s.device();
  const auto diff = s.index_select(0, pairs.winner.to(device)) - s.index_select(0, pairs.loser.to(device)) -
                    pairs.margin.to(device);
  // -log sigmoid(x) = softplus(-x), stable for large |x|.
  return torch::softplus(-diff).mean();
}

torch::Tensor semanticLoss(const torch::Tensor& yesNoLogits, const torch::Tensor& labels) {
  const auto target = (labels.to(torch::kFloat32) < 0.5).to(torch::kInt64);  // 0 = yes, 1 = no
  return torch::nn::functional::cross_entropy(yesNoLogits.to(torch::kFloat32), target.to(yesNoLogits.device()));
}

Losses computeLosses(const torch::Tensor& pointLogit, const torch::Tensor& pairScore, const torch::Tensor& yesNoLogits,
                     const torch::Tensor& labels, const BatchPairs& pairs, const LossWeights& weights) {
  Losses out;
  out.bce = bceLoss(pointLogit, labels.to(pointLogit.device()));
  out.pair = pairLoss(pairScore, pairs);
  out.semantic = semanticLoss(yesNoLogits, labels);
  out.total = out.bce * weights.pointwise + out.semantic * weights.semantic;
  if (weights.pairwise != 0.0) out.total = out.total + out.pair * weights.pairwise;
  return out;
}

TierBatchSampler::TierBatchSampler(const FunnelDefinition& funnel, std::vector<int> stages, SamplerOptions options,
                                   std::uint64_t seed)
    : m_funnel(funnel), m_stages(std::move(stages)), m_options(options), m_seed(seed) {
  if (m_options.batchSize < 1) throw std::invalid_argument("the batch size must be at least 1.");
  if (m_options.minPerSide < 0) throw std::invalid_argument("minPerSide must not be negative.");
  const auto stageCount = m_funnel.stages().size();
  m_byStage.resize(stageCount);
  for (std::size_t i = 0; i < m_stages.size(); ++i) {
    const int s = m_stages[i];
    if (s < 0 || static_cast<std::size_t>(s) >= stageCount)
      throw std::invalid_argument("example " + std::to_string(i) + " has stage index " + std::to_string(s) +
                                  ", outside the funnel's " + std::to_string(stageCount) + " stages.");
    m_byStage[static_cast<std::size_t>(s)].push_back(static_cast<std::int64_t>(i));
  }
  const auto& tiers = m_funnel.tiers();
  for (std::size_t t = 0; t < tiers.size(); ++t) {
    auto has = [&](const std::vector<int>& side) {
      return std::any_of(side.begin(), side.end(), [&](int s) { return !m_byStage[static_cast<std::size_t>(s)].empty(); });
    };
    if (has(tiers[t].winners) && has(tiers[t].losers))
      m_usableTiers.push_back(static_cast<int>(t));
    else
      m_tiersWithoutPairs.push_back(tiers[t].name);
  }
  const auto forced = static_cast<std::int64_t>(m_usableTiers.size()) * 2 * m_options.minPerSide;
  // At least one slot per batch is filled from the shuffled pass, so every epoch ends.
  if (forced > 0 && forced >= m_options.batchSize)
    throw std::invalid_argument("a batch of " + std::to_string(m_options.batchSize) + " cannot hold " +
                                std::to_string(m_options.minPerSide) + " winners and losers of each of the " +
                                std::to_string(m_usableTiers.size()) + " tiers and one more example: use a batch of at least " +
                                std::to_string(forced + 1) + ".");
}

std::vector<std::vector<std::int64_t>> TierBatchSampler::epoch(std::int64_t epochIndex) const {
  std::mt19937_64 rng(mix(m_seed, static_cast<std::uint64_t>(epochIndex)));
  const auto n = static_cast<std::int64_t>(m_stages.size());
  std::vector<std::vector<std::int64_t>> batches;
  if (n == 0) return batches;

  std::vector<std::int64_t> order(static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
  shuffle(order, rng);
  auto pools = m_byStage;
  for (auto& pool : pools) shuffle(pool, rng);
  std::vector<std::size_t> cursor(pools.size(), 0);

  std::vector<char> seen(static_cast<std::size_t>(n), 0);
  std::int64_t unseen = n;
  std::size_t next = 0;  // position in `order`
  std::vector<std::int64_t> inBatchMark(static_cast<std::size_t>(n), -1);

  while (unseen > 0) {
    const auto batchNo = static_cast<std::int64_t>(batches.size());
    std::vector<std::int64_t> batch;
    batch.reserve(static_cast<std::size_t>(m_options.batchSize));
    auto take = [&](std::int64_t i) {
      batch.push_back(i);
      inBatchMark[static_cast<std::size_t>(i)] = batchNo;
      if (!seen[static_cast<std::size_t>(i)]) {
        seen[static_cast<std::size_t>(i)] = 1;
        --unseen;
      }
    };
    // One example of a side: a stage in proportion to its pool, the next pool entry not yet in
    // this batch (a pool smaller than the batch may run out: then nothing is drawn).
    auto drawSide = [&](const std::vector<int>& side) {
      std::uint64_t total = 0;
      for (const int s : side) total += pools[static_cast<std::size_t>(s)].size();
      if (total == 0) return;
      auto r = below(rng, total);
      int stage = side.front();
      for (const int s : side) {
        const auto size = pools[static_cast<std::size_t>(s)].size();
        if (r < size) {
          stage = s;
          break;
        }
        r -= size;
      }
      auto& pool = pools[static_cast<std::size_t>(stage)];
      auto& c = cursor[static_cast<std::size_t>(stage)];
      for (std::size_t tries = 0; tries < pool.size(); ++tries) {
        if (c >= pool.size()) {
          shuffle(pool, rng);
          c = 0;
        }
        const auto i = pool[c++];
        if (inBatchMark[static_cast<std::size_t>(i)] != batchNo) {
          take(i);
          return;
        }
      }
    };
    for (const int t : m_usableTiers) {
      const auto& tier = m_funnel.tiers()[static_cast<std::size_t>(t)];
      for (std::int64_t k = 0; k < m_options.minPerSide; ++k) {
        drawSide(tier.winners);
        drawSide(tier.losers);
      }
    }
    while (static_cast<std::int64_t>(batch.size()) < m_options.batchSize && unseen > 0) {
      while (next < order.size() && seen[static_cast<std::size_t>(order[next])]) ++next;
      if (next >= order.size()) break;
      take(order[next++]);
    }
    batches.push_back(std::move(batch));
  }
  return batches;
}

}  // namespace ll::engine::hpro
