#pragma once
// The baselines every model is compared with (DESIGN.md §6, HPRO paper §4.3), all trained on
// the training part of one labelled split and scored on its test part from the same inputs
// (each lead cut at its snapshot):
//
//   Funnel+Recency   deepest funnel stage reached by the snapshot, then the most recent contact
//                    (measured back from the lead's own snapshot). A lead whose stage is a loser
//                    of the funnel's first (global) tier, e.g. defeated, ranks below every other.
//   DeepFM           a CTR model in libtorch: one embedding per field value (numeric fields
//                    bucketed), first-order weights + FM second-order term + an MLP, BCE, Adam,
//                    early stopping on validation AUC. Embedding dimension 8 and batch 256 as in
//                    the paper's baselines.
//   XGBoost          gradient-boosted trees through the C API: binary:logistic, hist, native
//                    categorical splits, early stopping on validation AUC.
//   Funnel+CTR       two-stage: the funnel tier first, the CTR model's probability within the
//                    tier; direct: the CTR probability alone (the stage is one of its inputs).
//
// The validation slice is the latest `validationFraction` of the training part (examples are in
// creation-time order), so early stopping never looks at leads newer than the ones it selects on.

#include "engine/dataset.h"
#include "engine/features.h"
#include "engine/funnel.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ll::engine {

// The funnel tier of a lead as known (its interactions already cut at the snapshot): the grade
// of the stage it reached, or one below the lowest grade for a loser of the first tier.
double funnelTierKey(const LeadRecord& known, const FunnelDefinition& funnel);

// Higher = ranked first. Each example's input is the lead as known at its snapshot.
std::vector<double> funnelRecencyScores(std::span<const Example> examples, const FunnelDefinition& funnel);

// Two-stage ranking: tier first (by tierKeys), then `withinTier` (higher first; NaN last in its
// tier). The result keeps the ranking only (not a probability).
std::vector<double> twoStageScores(std::span<const double> tierKeys, std::span<const double> withinTier);

struct CtrTrainingOptions {
  std::uint64_t seed = 42;
  int threads = 1;
  double validationFraction = 0.15;
  const std::atomic<bool>* cancel = nullptr;
  std::function<void(const std::string&)> log;  // a line per epoch / per 50 boosting rounds
};

struct DeepFmOptions {
  int embeddingDim = 8;
  std::vector<int> hidden{64, 32};
  int batchSize = 256;
  double learningRate = 1e-3;
  double weightDecay = 1e-6;
  int maxEpochs = 12;
  int patience = 2;  // epochs without a better validation AUC before stopping
};

struct XgboostOptions {
  int maxRounds = 1000;
  int earlyStoppingRounds = 40;
  double eta = 0.05;
  int maxDepth = 6;
  double minChildWeight = 1.0;
  double subsample = 0.8;
  double colsampleByTree = 0.8;
  double lambda = 1.0;
  int maxBin = 256;
};

struct CtrResult {
  std::vector<double> testProbabilities;  // in the order of the test rows
  int bestIteration = 0;                   // epoch (DeepFM) or boosting round (XGBoost), 1-based
  int iterations = 0;                      // run before stopping
  std::optional<double> validationAuc;     // at the best iteration
  std::int64_t trainRows = 0;
  std::int64_t validationRows = 0;
};

// Both return nullopt when cancelled and throw std::runtime_error when training cannot run (no
// positive in the training part, a library error). `trainLabels` parallels `train`.
std::optional<CtrResult> trainDeepFm(const FeatureEncoder& encoder, std::span<const RawFeatures> train,
                                     std::span<const std::uint8_t> trainLabels, std::span<const RawFeatures> test,
                                     const DeepFmOptions& options, const CtrTrainingOptions& training);
std::optional<CtrResult> trainXgboost(const FeatureEncoder& encoder, std::span<const RawFeatures> train,
                                      std::span<const std::uint8_t> trainLabels, std::span<const RawFeatures> test,
                                      const XgboostOptions& options, const CtrTrainingOptions& training);

}  // namespace ll::engine
