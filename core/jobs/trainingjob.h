#pragma once
// Training jobs on a workspace (DESIGN.md §4-§5):
//
// TrainingJob: the labelled temporal split (engine/dataset.h, 7:3 by creation time), the train
// part serialized with the checkpoint's serializer, HPRO fine-tuning (engine/trainer.h), Platt
// calibration of the point head on the last 10% (by time) of the train part, held out from
// training, and an asLLR checkpoint (engine/checkpoint.h) whose manifest records the funnel, the
// serializer, the data fingerprint, the seed, the command, pair counts per tier and the loss
// curves. The test part is never read beyond counting it.
//
// PretrainJob: the compact backbone from scratch: a BPE vocabulary on the serialized texts of the
// train part, causal language modelling on the same texts, a Hugging Face folder.
//
// Both run on the caller's thread (the GUI uses a worker); cancel() from any thread stops them
// between steps. A cancelled TrainingJob leaves its training state behind for --resume.

#include "common/error.h"
#include "engine/model/config.h"
#include "engine/pretrain.h"
#include "engine/trainer.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ll::jobs {

struct TrainingJobProgress {
  std::string phase;             // "reading", "serializing", "caching", "training", "calibrating", "writing"
  std::int64_t done = 0;
  std::int64_t total = 0;
  double elapsedS = 0;           // since the job started
  std::optional<double> etaS;    // training: time left at the rate so far
  std::optional<engine::StepLog> last;  // training: the latest step's losses
  double examplesPerSecond = 0;
};

struct TrainingParams {
  QString workspace;             // the workspace folder
  std::string outDir;            // the checkpoint folder written at the end
  std::string stateDir;          // resumable training state; default: outDir + ".training"
  std::string funnelPath;        // empty = the built-in car funnel
  std::string backbonePath;      // a Hugging Face Qwen2 folder, or
  std::string initFrom;          // an asLLR checkpoint to continue from
  engine::TrainingConfig config;
  bool noHpro = false;           // pairwise weight 0: asLLR without HPRO
  std::vector<std::string> withoutTiers;
  std::optional<double> margins; // every tier's margin set to this
  double trainFraction = 0.7;
  double calibrationFraction = 0.1;        // last part of the train split, held out for Platt
  std::int64_t calibrationMaxLeads = 20000; // uniform subsample above this
  // Negative subsampling: every positive and every lead of a winner stage is kept, the rest at
  // `negativeRate`, or at the rate that brings the training set to about `maxTrainLeads`.
  std::optional<double> negativeRate;
  std::int64_t maxTrainLeads = 0;
  std::string language = "en";   // serializer template (ignored with initFrom: the manifest's)
  std::size_t tokenBudget = 320;
  bool resume = false;
  bool overwrite = false;        // replace an existing checkpoint folder
  int threads = 0;               // intra-op threads; 0 = leave as is
  std::string command;           // recorded in the manifest
};

struct TrainingOutcome {
  std::string checkpointDir;
  std::string fingerprint;       // of the labelled split
  std::int64_t trainLeads = 0, fitLeads = 0, fitPositives = 0, calibrationLeads = 0, calibrationPositives = 0,
               testLeads = 0;
  double negativeRate = 1.0;
  std::vector<std::string> stageNames;
  std::vector<std::int64_t> fitStageCounts;
  std::vector<std::string> tierNames;
  engine::TrainResult result;
  std::optional<double> calibrationAuc;    // point head on the held-out calibration slice
  std::optional<double> calibrationPairAuc;
  double plattA = 1.0, plattB = 0.0;
  double brierBefore = 0, brierAfter = 0;
  double meanTokens = 0;
  std::vector<std::pair<std::string, double>> steps;  // (what, seconds)
};

class TrainingJob {
 public:
  explicit TrainingJob(TrainingParams params);
  // Errors: InvalidArgument (options, configuration), BadFormat (funnel, backbone or checkpoint
  // unusable: the message names the file), Workspace, Cancelled, Internal.
  Result<TrainingOutcome> run(const std::function<void(const TrainingJobProgress&)>& progress = {});
  void cancel() { m_cancel = true; }

 private:
  TrainingParams m_params;
  std::atomic<bool> m_cancel{false};
};

struct PretrainParams {
  QString workspace;
  std::string outDir;            // Hugging Face folder
  std::string funnelPath;        // for the snapshots and the split; empty = car funnel
  model::Qwen2Config shape;      // vocabSize is the BPE target
  std::int64_t steps = 1500;
  std::int64_t batchSize = 16;
  std::size_t seqLen = 320;      // the serializer's token budget for the LM sequences
  double lr = 1e-3;
  std::uint64_t seed = 42;
  double trainFraction = 0.7;    // texts of the train part only: the test part stays unseen
  std::int64_t maxVocabTexts = 40000;  // texts the BPE vocabulary is learned from (a sample)
  std::string language = "en";
  int threads = 0;
};

struct PretrainOutcome {
  std::int64_t texts = 0;
  std::size_t vocabSize = 0;
  std::int64_t parameters = 0;
  double heldOutLossBefore = 0, heldOutLossAfter = 0;  // nats per token on 2% of the texts
  engine::PretrainResult result;
  std::vector<std::pair<std::string, double>> steps;
};

class PretrainJob {
 public:
  explicit PretrainJob(PretrainParams params);
  Result<PretrainOutcome> run(const std::function<void(const TrainingJobProgress&)>& progress = {});
  void cancel() { m_cancel = true; }

 private:
  PretrainParams m_params;
  std::atomic<bool> m_cancel{false};
};

}  // namespace ll::jobs
