#include "jobs/trainingjob.h"

#include "common/logging.h"
#include "crm/leadrecords.h"
#include "crm/workspace.h"
#include "engine/checkpoint.h"
#include "engine/dataset.h"
#include "engine/funnel.h"
#include "engine/metrics.h"
#include "engine/model/threads.h"
#include "engine/pretrain.h"
#include "engine/serializer.h"
#include "engine/tokenizer/bpetokenizer.h"
#include "engine/tokenizer/bpetrainer.h"
#include "jobs/enginetext.h"

#include <QDateTime>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

namespace ll::jobs {

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;

struct Stopwatch {
  Clock::time_point start = Clock::now();
  [[nodiscard]] double seconds() const { return std::chrono::duration<double>(Clock::now() - start).count(); }
};

QString q(const std::string& s) { return QString::fromStdString(s); }

Error cancelledError(const QString& what) { return Error{ErrorCode::Cancelled, what, {}, 0, {}}; }

std::uint64_t below(std::mt19937_64& rng, std::uint64_t n) {
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
  std::uint64_t x = 0;
  do x = rng();
  while (x >= limit);
  return x % n;
}

Result<engine::FunnelDefinition> loadFunnel(const std::string& path) {
  try {
    return path.empty() ? engine::FunnelDefinition::carDefault() : engine::FunnelDefinition::fromFile(path);
  } catch (const std::exception& e) {
    return fail(ErrorCode::BadFormat, engineMessage(e), q(path));
  }
}

// The workspace's leads as a labelled temporal split.
Result<engine::LabelledSplit> readSplit(const QString& workspacePath, const engine::FunnelDefinition& funnel,
                                        double trainFraction, const std::atomic<bool>& cancel,
                                        const std::function<void(std::int64_t, std::int64_t)>& report) {
  auto workspace = crm::Workspace::open(workspacePath, crm::Workspace::OpenMode::MustExist);
  if (!workspace) return std::unexpected(workspace.error());
  auto reader = crm::LeadRecordReader::open((*workspace)->databasePath());
  if (!reader) return std::unexpected(reader.error());
  crm::LeadRecordQuery query;
  const auto count = (*reader)->count(query);
  if (!count) return std::unexpected(count.error());
  engine::DatasetOptions options;
  options.trainFraction = trainFraction;
  engine::DatasetBuilder builder(funnel, options);
  std::int64_t done = 0;
  const auto visited = (*reader)->forEach(query, [&](engine::LeadRecord&& lead) {
    builder.add(std::move(lead));
    if (++done % 10000 == 0) report(done, *count);
    return !cancel.load();
  });
  if (!visited) return std::unexpected(visited.error());
  if (cancel.load()) return std::unexpected(cancelledError(u"Reading the workspace was cancelled."_s));
  return builder.finish();
}

// Token ids of the examples (their lead records are released chunk by chunk).
std::vector<std::vector<std::int64_t>> encodeExamples(const engine::LeadSerializer& serializer,
                                                      std::vector<engine::Example>& examples, int threads,
                                                      const std::atomic<bool>& cancel,
                                                      const std::function<void(std::int64_t, std::int64_t)>& report) {
  std::vector<std::vector<std::int64_t>> out;
  out.reserve(examples.size());
  constexpr std::size_t kChunk = 4096;
  for (std::size_t begin = 0; begin < examples.size() && !cancel.load(); begin += kChunk) {
    const auto end = std::min(examples.size(), begin + kChunk);
    std::vector<engine::LeadRecord> leads;
    std::vector<std::int64_t> snapshots;
    for (auto i = begin; i < end; ++i) {
      leads.push_back(std::move(examples[i].input));
      snapshots.push_back(examples[i].snapshotAt);
    }
    for (auto& ids : serializer.encodeMany(leads, snapshots, threads))
      out.emplace_back(ids.begin(), ids.end());
    report(static_cast<std::int64_t>(end), static_cast<std::int64_t>(examples.size()));
  }
  return out;
}

std::string isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString(); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// TrainingJob

TrainingJob::TrainingJob(TrainingParams params) : m_params(std::move(params)) {}

Result<TrainingOutcome> TrainingJob::run(const std::function<void(const TrainingJobProgress&)>& progress) {
  const Stopwatch total;
  auto logger = ll::log::get("train");
  auto& p = m_params;
  TrainingOutcome outcome;
  outcome.checkpointDir = p.outDir;
  auto report = [&](const char* phase, std::int64_t done, std::int64_t all) {
    if (!progress) return;
    TrainingJobProgress r;
    r.phase = phase;
    r.done = done;
    r.total = all;
    r.elapsedS = total.seconds();
    progress(r);
  };

  if (p.outDir.empty()) return fail(ErrorCode::InvalidArgument, u"Name the checkpoint folder to write (--out)."_s);
  if (p.backbonePath.empty() == p.initFrom.empty())
    return fail(ErrorCode::InvalidArgument,
                u"Give either a backbone folder (--backbone) or a checkpoint to continue from (--init-from)."_s);
  if (!(p.trainFraction > 0 && p.trainFraction < 1) || !(p.calibrationFraction > 0 && p.calibrationFraction < 0.5))
    return fail(ErrorCode::InvalidArgument, u"The train fraction must lie in (0, 1) and the calibration fraction in (0, 0.5)."_s);
  if (p.negativeRate && !(*p.negativeRate > 0 && *p.negativeRate <= 1))
    return fail(ErrorCode::InvalidArgument, u"The negative sampling rate must lie in (0, 1]."_s);
  if (!p.resume && fs::exists(p.outDir) && !p.overwrite)
    return fail(ErrorCode::InvalidArgument,
                q(p.outDir + " already exists; choose another --out or replace it with --overwrite."));
  if (p.stateDir.empty()) p.stateDir = p.outDir + ".training";
  if (p.threads > 0) model::setIntraOpThreads(p.threads);

  // Funnel, with the ablations asked for.
  auto funnelResult = loadFunnel(p.funnelPath);
  if (!funnelResult) return std::unexpected(funnelResult.error());
  auto funnel = std::move(*funnelResult);
  // The leads trained on are chosen by the whole funnel, so that an ablation changes the loss
  // and nothing else: the same leads, the same batches.
  const engine::FunnelDefinition wholeFunnel = funnel;
  for (const auto& tier : p.withoutTiers) {
    const auto& tiers = funnel.tiers();
    if (std::none_of(tiers.begin(), tiers.end(), [&](const engine::PreferenceTier& t) { return t.name == tier; })) {
      std::string names;
      for (const auto& t : tiers) names += (names.empty() ? "" : ", ") + t.name;
      return fail(ErrorCode::InvalidArgument, q("The funnel has no tier \"" + tier + "\" (its tiers: " + names + ")."));
    }
    funnel = funnel.withoutTier(tier);
  }
  if (p.margins) funnel = funnel.withMargins(*p.margins);
  if (p.noHpro) p.config.weights.pairwise = 0.0;
  for (const auto& s : funnel.stages()) outcome.stageNames.push_back(s.name);
  for (const auto& t : funnel.tiers()) outcome.tierNames.push_back(t.name);

  // The model and the serializer that goes with it.
  report("loading", 0, 0);
  model::AsLlr asllr{nullptr};
  std::shared_ptr<const engine::LeadSerializer> serializer;
  std::string tokenizerPath;
  engine::BackboneRef backboneRef;
  std::string yesWord, noWord;
  std::int64_t yesId = 0, noId = 0;
  try {
    if (!p.initFrom.empty()) {
      auto checkpoint = engine::loadCheckpoint(p.initFrom);
      asllr = checkpoint.model;
      serializer = checkpoint.serializer;
      const auto& m = checkpoint.manifest;
      yesId = m.yesTokenId;
      noId = m.noTokenId;
      yesWord = m.yesToken;
      noWord = m.noToken;
      if (m.backbone.embedded) {
        tokenizerPath = (fs::path(p.initFrom) / "backbone" / "tokenizer.json").string();
      } else {
        auto dir = fs::path(m.backbone.path);
        if (dir.is_relative()) dir = fs::path(p.initFrom) / dir;
        tokenizerPath = (dir / "tokenizer.json").string();
        backboneRef.embedded = false;
        backboneRef.path = fs::absolute(dir).string();
      }
    } else {
      auto tokenizer = std::make_shared<const tokenizer::BpeTokenizer>(
          tokenizer::BpeTokenizer::fromFile((fs::path(p.backbonePath) / "tokenizer.json").string()));
      tokenizerPath = (fs::path(p.backbonePath) / "tokenizer.json").string();
      std::tie(yesId, noId) = engine::answerTokenIds(*tokenizer, p.language, &yesWord, &noWord);
      serializer = std::make_shared<const engine::LeadSerializer>(tokenizer,
                                                                  engine::SerializerSpec::defaults(p.language, p.tokenBudget));
      torch::manual_seed(p.config.seed);
      auto backbone = model::loadBackbone(p.backbonePath);
      asllr = model::AsLlr(backbone, model::AsLlrOptions{yesId, noId});
      // A large backbone that does not change is referenced, not copied into the checkpoint.
      std::uintmax_t bytes = 0;
      for (const auto& entry : fs::directory_iterator(p.backbonePath))
        if (entry.is_regular_file()) bytes += entry.file_size();
      if (p.config.mode != engine::TrainMode::Full && bytes > (256u << 20)) {
        backboneRef.embedded = false;
        backboneRef.path = fs::absolute(p.backbonePath).string();
      }
    }
  } catch (const std::exception& e) {
    return fail(ErrorCode::BadFormat, engineMessage(e), q(p.initFrom.empty() ? p.backbonePath : p.initFrom));
  }
  if (p.config.mode == engine::TrainMode::Full && !backboneRef.embedded)
    return fail(ErrorCode::InvalidArgument,
                u"Full fine-tuning changes the backbone, which this checkpoint only references: use --mode lora, "
                u"heads or quick, or start from a backbone folder."_s);

  // Labelled split; the last part (by time) of the train split is held out for calibration.
  Stopwatch readClock;
  auto splitResult = readSplit(p.workspace, funnel, p.trainFraction, m_cancel,
                               [&](std::int64_t done, std::int64_t all) { report("reading", done, all); });
  if (!splitResult) return std::unexpected(splitResult.error());
  auto split = std::move(*splitResult);
  outcome.fingerprint = split.fingerprint;
  outcome.trainLeads = static_cast<std::int64_t>(split.train.size());
  outcome.testLeads = static_cast<std::int64_t>(split.test.size());
  split.test.clear();
  split.test.shrink_to_fit();
  outcome.steps.emplace_back("read leads and build the labelled split", readClock.seconds());
  const auto calibrationStart =
      static_cast<std::size_t>(std::floor(static_cast<double>(split.train.size()) * (1.0 - p.calibrationFraction)));
  if (calibrationStart == 0 || calibrationStart >= split.train.size())
    return fail(ErrorCode::BadData, q("The workspace has " + std::to_string(split.train.size()) +
                                      " labelled training leads: too few to train and calibrate on."));

  std::mt19937_64 rng(p.config.seed ^ 0x5EEDu);
  // Fit part: every positive and every winner-stage lead (of the whole funnel's tiers, ablated
  // or not); other leads subsampled.
  std::vector<char> winnerStage(wholeFunnel.stages().size(), 0);
  for (const auto& t : wholeFunnel.tiers())
    for (const int s : t.winners) winnerStage[static_cast<std::size_t>(s)] = 1;
  std::int64_t keptAlways = 0, others = 0;
  for (std::size_t i = 0; i < calibrationStart; ++i) {
    const auto& e = split.train[i];
    (e.positive || winnerStage[static_cast<std::size_t>(e.stage)] ? keptAlways : others) += 1;
  }
  double rate = 1.0;
  if (p.negativeRate)
    rate = *p.negativeRate;
  else if (p.maxTrainLeads > 0 && keptAlways + others > p.maxTrainLeads && others > 0)
    rate = std::clamp(static_cast<double>(p.maxTrainLeads - keptAlways) / static_cast<double>(others), 0.01, 1.0);
  outcome.negativeRate = rate;
  std::vector<engine::Example> fit;
  for (std::size_t i = 0; i < calibrationStart; ++i) {
    auto& e = split.train[i];
    const bool keep = e.positive || winnerStage[static_cast<std::size_t>(e.stage)] ||
                      rate >= 1.0 || static_cast<double>(rng() >> 11) * 0x1.0p-53 < rate;
    if (keep) fit.push_back(std::move(e));
  }
  std::vector<engine::Example> calibration;
  {
    std::vector<std::size_t> idx(split.train.size() - calibrationStart);
    std::iota(idx.begin(), idx.end(), calibrationStart);
    if (p.calibrationMaxLeads > 0 && static_cast<std::int64_t>(idx.size()) > p.calibrationMaxLeads) {
      for (std::size_t i = idx.size(); i > 1; --i) std::swap(idx[i - 1], idx[below(rng, i)]);
      idx.resize(static_cast<std::size_t>(p.calibrationMaxLeads));
      std::sort(idx.begin(), idx.end());
    }
    for (const auto i : idx) calibration.push_back(std::move(split.train[i]));
  }
  split.train.clear();
  split.train.shrink_to_fit();
  outcome.fitLeads = static_cast<std::int64_t>(fit.size());
  outcome.calibrationLeads = static_cast<std::int64_t>(calibration.size());
  outcome.fitStageCounts.assign(funnel.stages().size(), 0);
  for (const auto& e : fit) {
    ++outcome.fitStageCounts[static_cast<std::size_t>(e.stage)];
    outcome.fitPositives += e.positive ? 1 : 0;
  }
  for (const auto& e : calibration) outcome.calibrationPositives += e.positive ? 1 : 0;
  logger->info("split {}: {} train leads ({} fit after negative sampling at rate {:.3f}, {} positive; {} held out for "
               "calibration, {} positive), {} test leads untouched",
               split.fingerprint, outcome.trainLeads, outcome.fitLeads, rate, outcome.fitPositives,
               outcome.calibrationLeads, outcome.calibrationPositives, outcome.testLeads);

  // Serialize.
  Stopwatch serializeClock;
  const int serializeThreads = std::max(1, model::intraOpThreads());
  std::vector<engine::TrainExample> examples;
  std::vector<std::vector<std::int64_t>> calibrationInputs;
  std::vector<std::uint8_t> calibrationLabels;
  try {
    auto fitIds = encodeExamples(*serializer, fit, serializeThreads, m_cancel,
                                 [&](std::int64_t d, std::int64_t a) { report("serializing", d, a); });
    calibrationInputs = encodeExamples(*serializer, calibration, serializeThreads, m_cancel, [](std::int64_t, std::int64_t) {});
    if (m_cancel.load()) return std::unexpected(cancelledError(u"Training was cancelled before it started."_s));
    double tokens = 0;
    for (std::size_t i = 0; i < fit.size(); ++i) {
      tokens += static_cast<double>(fitIds[i].size());
      examples.push_back({std::move(fitIds[i]), fit[i].stage, fit[i].positive});
    }
    outcome.meanTokens = tokens / static_cast<double>(std::max<std::size_t>(1, fit.size()));
    for (const auto& e : calibration) calibrationLabels.push_back(e.positive ? 1 : 0);
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, u"Serializing the leads failed: "_s + engineMessage(e));
  }
  fit.clear();
  outcome.steps.emplace_back("serialize leads", serializeClock.seconds());

  // Train.
  Stopwatch trainClock;
  try {
    engine::Trainer trainer(asllr, funnel, p.config);
    engine::TrainRunOptions run;
    run.stateDir = p.stateDir;
    run.resume = p.resume;
    run.cancel = &m_cancel;
    run.progress = [&](const engine::TrainProgress& tp) {
      if (!progress) return;
      TrainingJobProgress r;
      const bool caching = tp.toCache > 0 && tp.step == 0;
      r.phase = caching ? "caching" : "training";
      r.done = caching ? tp.cached : tp.step;
      r.total = caching ? tp.toCache : tp.totalSteps;
      r.elapsedS = total.seconds();
      r.etaS = tp.etaSeconds;
      if (tp.step > 0) r.last = tp.last;
      r.examplesPerSecond = tp.examplesPerSecond;
      progress(r);
    };
    logger->info("training: mode {}, {} examples, mean {:.0f} tokens, seed {}, hpro {}", engine::trainModeName(p.config.mode),
                 examples.size(), outcome.meanTokens, p.config.seed, p.config.weights.pairwise != 0.0 ? "on" : "off");
    outcome.result = trainer.train(examples, run);
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidArgument, u"Training could not run: "_s + engineMessage(e));
  }
  if (outcome.result.cancelled)
    return std::unexpected(cancelledError(q("Training was cancelled at step " + std::to_string(outcome.result.steps) + " of " +
                                            std::to_string(outcome.result.totalSteps) + "; its state is in " + p.stateDir +
                                            " (continue with --resume).")));
  for (const auto& e : outcome.result.epochs) {
    std::string pairs;
    for (std::size_t t = 0; t < e.pairsPerTier.size(); ++t)
      pairs += (t ? ", " : "") + outcome.tierNames[t] + " " + std::to_string(e.pairsPerTier[t]);
    logger->info("epoch {}: {} steps, loss {:.4f} (bce {:.4f}, pair {:.4f}, ce {:.4f}); pairs per tier: {}", e.epoch + 1, e.steps,
                 e.total, e.bce, e.pair, e.semantic, pairs);
  }
  outcome.steps.emplace_back("train", trainClock.seconds());
  examples.clear();

  // Calibrate on the held-out slice of the train part.
  Stopwatch calibrationClock;
  engine::Calibration calibrationOut;
  {
    const auto outputs = engine::predict(asllr, calibrationInputs, 8192,
                                         [&](std::size_t d, std::size_t a) {
                                           report("calibrating", static_cast<std::int64_t>(d), static_cast<std::int64_t>(a));
                                         },
                                         &m_cancel);
    if (!outputs) return std::unexpected(cancelledError(u"Training was cancelled while calibrating."_s));
    outcome.calibrationAuc = metrics::auc(outputs->pointLogit, calibrationLabels);
    outcome.calibrationPairAuc = metrics::auc(outputs->pairScore, calibrationLabels);
    const auto platt = engine::fitPlatt(outputs->pointLogit, calibrationLabels);
    double before = 0, after = 0;
    if (platt) {
      calibrationOut.method = "platt";
      calibrationOut.a = platt->a;
      calibrationOut.b = platt->b;
      outcome.plattA = platt->a;
      outcome.plattB = platt->b;
    }
    for (std::size_t i = 0; i < calibrationLabels.size(); ++i) {
      const double y = calibrationLabels[i];
      const double raw = 1.0 / (1.0 + std::exp(-outputs->pointLogit[i]));
      const double cal = calibrationOut.probability(outputs->pointLogit[i]);
      before += (raw - y) * (raw - y);
      after += (cal - y) * (cal - y);
    }
    const double n = static_cast<double>(std::max<std::size_t>(1, calibrationLabels.size()));
    outcome.brierBefore = before / n;
    outcome.brierAfter = after / n;
  }
  outcome.steps.emplace_back("calibrate", calibrationClock.seconds());

  // The checkpoint.
  report("writing", 0, 0);
  Stopwatch writeClock;
  try {
    engine::CheckpointManifest manifest;
    manifest.backbone = backboneRef;
    manifest.serializer = serializer->spec();
    manifest.funnel = Json::parse(funnel.toJson());
    manifest.calibration = calibrationOut;
    manifest.yesTokenId = yesId;
    manifest.noTokenId = noId;
    manifest.yesToken = yesWord;
    manifest.noToken = noWord;
    manifest.training.dataFingerprint = split.fingerprint;
    manifest.training.seed = p.config.seed;
    manifest.training.createdAt = isoNow();
    manifest.training.command = p.command;
    Json curve = Json::array();
    for (const auto& s : outcome.result.curve)
      curve.push_back({{"step", s.step}, {"epoch", s.epoch}, {"lr", s.lr}, {"bce", s.bce}, {"pair", s.pair},
                       {"semantic", s.semantic}, {"total", s.total}});
    Json epochs = Json::array();
    for (const auto& e : outcome.result.epochs) {
      Json perTier = Json::object();
      for (std::size_t t = 0; t < e.pairsPerTier.size(); ++t) perTier[outcome.tierNames[t]] = e.pairsPerTier[t];
      epochs.push_back({{"epoch", e.epoch}, {"steps", e.steps}, {"examples", e.examples}, {"bce", e.bce}, {"pair", e.pair},
                        {"semantic", e.semantic}, {"total", e.total}, {"pairs_per_tier", perTier}});
    }
    Json stageCounts = Json::object();
    for (std::size_t s = 0; s < outcome.stageNames.size(); ++s) stageCounts[outcome.stageNames[s]] = outcome.fitStageCounts[s];
    Json timings = Json::object();
    for (const auto& [what, secs] : outcome.steps) timings[what] = secs;
    manifest.training.extra = {
        {"mode", engine::trainModeName(p.config.mode)},
        {"hpro", p.config.weights.pairwise != 0.0},
        {"without_tiers", p.withoutTiers},
        {"config", Json::parse(p.config.toJson())},
        {"source", p.initFrom.empty() ? Json{{"backbone", p.backbonePath}} : Json{{"init_from", p.initFrom}}},
        {"split", {{"kind", "temporal by creation time"}, {"train_fraction", p.trainFraction}, {"as_of", split.asOf},
                   {"split_at", split.splitAt ? Json(*split.splitAt) : Json()}, {"train_leads", outcome.trainLeads},
                   {"test_leads", outcome.testLeads}, {"skipped_incomplete", split.skippedIncomplete},
                   {"skipped_undated", split.skippedUndated}}},
        {"negative_sampling", {{"rate", rate}, {"kept_always", keptAlways}, {"sampled_from", others},
                               {"rule", "every positive and every winner-stage lead kept; the rest sampled at rate"}}},
        {"fit", {{"leads", outcome.fitLeads}, {"positives", outcome.fitPositives}, {"stages", stageCounts},
                 {"mean_tokens", outcome.meanTokens}}},
        {"calibration", {{"slice", "last " + std::to_string(static_cast<int>(std::lround(p.calibrationFraction * 100))) +
                                       "% of the train part by creation time, held out from training"},
                         {"leads", outcome.calibrationLeads}, {"positives", outcome.calibrationPositives}}},
        {"tiers_without_pairs", outcome.result.tiersWithoutPairs},
        {"steps", outcome.result.steps},
        {"resumed_from_step", outcome.result.resumedFromStep},
        {"device", outcome.result.device},
        {"threads", model::intraOpThreads()},
        {"loss_curve", curve},
        {"epochs", epochs},
        {"seconds", timings},
    };
    Json slice = Json::object();
    slice["leads"] = outcome.calibrationLeads;
    slice["positives"] = outcome.calibrationPositives;
    slice["auc_point"] = outcome.calibrationAuc ? Json(*outcome.calibrationAuc) : Json();
    slice["auc_pair"] = outcome.calibrationPairAuc ? Json(*outcome.calibrationPairAuc) : Json();
    slice["brier_raw"] = outcome.brierBefore;
    slice["brier_calibrated"] = outcome.brierAfter;
    manifest.metrics = {{"calibration_slice", slice}};
    engine::CheckpointSaveOptions save;
    save.tokenizerPath = tokenizerPath;
    save.overwrite = p.overwrite || p.resume || fs::exists(p.outDir);
    engine::saveCheckpoint(p.outDir, asllr, manifest, save);
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, u"Writing the checkpoint failed: "_s + engineMessage(e), q(p.outDir));
  }
  outcome.steps.emplace_back("write checkpoint", writeClock.seconds());
  logger->info("checkpoint written to {} in {:.1f} s", p.outDir, total.seconds());
  return outcome;
}

// ---------------------------------------------------------------------------------------------
// PretrainJob

PretrainJob::PretrainJob(PretrainParams params) : m_params(std::move(params)) {}

Result<PretrainOutcome> PretrainJob::run(const std::function<void(const TrainingJobProgress&)>& progress) {
  const Stopwatch total;
  auto logger = ll::log::get("train");
  const auto& p = m_params;
  PretrainOutcome outcome;
  auto report = [&](const char* phase, std::int64_t done, std::int64_t all) {
    if (!progress) return;
    TrainingJobProgress r;
    r.phase = phase;
    r.done = done;
    r.total = all;
    r.elapsedS = total.seconds();
    progress(r);
  };
  if (p.outDir.empty()) return fail(ErrorCode::InvalidArgument, u"Name the backbone folder to write (--out)."_s);
  if (!(p.trainFraction > 0 && p.trainFraction <= 1))
    return fail(ErrorCode::InvalidArgument, u"The train fraction must lie in (0, 1]."_s);
  if (p.seqLen < 32) return fail(ErrorCode::InvalidArgument, u"The sequence length must be at least 32 tokens."_s);
  if (p.threads > 0) model::setIntraOpThreads(p.threads);
  try {
    p.shape.validate("backbone shape");
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidArgument, engineMessage(e));
  }
  auto funnel = loadFunnel(p.funnelPath);
  if (!funnel) return std::unexpected(funnel.error());

  Stopwatch readClock;
  auto splitResult = readSplit(p.workspace, *funnel, p.trainFraction >= 1.0 ? 0.999999 : p.trainFraction, m_cancel,
                               [&](std::int64_t d, std::int64_t a) { report("reading", d, a); });
  if (!splitResult) return std::unexpected(splitResult.error());
  auto leads = std::move(splitResult->train);
  if (p.trainFraction >= 1.0)
    for (auto& e : splitResult->test) leads.push_back(std::move(e));
  splitResult->test.clear();
  if (leads.size() < 10)
    return fail(ErrorCode::BadData, q("The workspace has " + std::to_string(leads.size()) + " labelled leads: too few to pretrain on."));
  outcome.steps.emplace_back("read leads", readClock.seconds());

  // A random sample of the leads, in a fixed order for the seed.
  std::mt19937_64 rng(p.seed);
  std::vector<std::size_t> order(leads.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[below(rng, i)]);

  try {
    // Vocabulary: whole texts through a byte-level tokenizer (no merges), then BPE on them.
    Stopwatch vocabClock;
    engine::VocabularyOptions vocabOptions;
    vocabOptions.vocabSize = static_cast<std::size_t>(p.shape.vocabSize);
    tokenizer::BpeTrainerOptions byteOptions;
    byteOptions.vocabSize = 256 + vocabOptions.specialTokens.size();
    byteOptions.specialTokens = vocabOptions.specialTokens;
    const std::vector<std::string> none;
    auto bytes = std::make_shared<const tokenizer::BpeTokenizer>(
        tokenizer::BpeTokenizer::fromJson(tokenizer::trainBpe(none, byteOptions).json, "byte tokenizer"));
    const engine::LeadSerializer fullText(bytes, engine::SerializerSpec::defaults(p.language, 1u << 20));
    std::vector<std::string> texts;
    const auto vocabTexts = std::min<std::size_t>(leads.size(), static_cast<std::size_t>(std::max<std::int64_t>(1, p.maxVocabTexts)));
    for (std::size_t k = 0; k < vocabTexts; ++k) {
      const auto& e = leads[order[k]];
      texts.push_back(fullText.serialize(e.input, e.snapshotAt).text);
      if (m_cancel.load()) return std::unexpected(cancelledError(u"Pretraining was cancelled."_s));
    }
    report("vocabulary", 0, 0);
    const auto vocab = engine::trainVocabulary(texts, vocabOptions);
    texts.clear();
    outcome.vocabSize = vocab.vocabSize;
    outcome.steps.emplace_back("learn the BPE vocabulary", vocabClock.seconds());
    logger->info("vocabulary: {} tokens from {} texts", vocab.vocabSize, vocabTexts);

    // The LM sequences: the same serialization as fine-tuning, at the sequence length as budget.
    Stopwatch encodeClock;
    auto tok = std::make_shared<const tokenizer::BpeTokenizer>(tokenizer::BpeTokenizer::fromJson(vocab.json, "trained vocabulary"));
    const engine::LeadSerializer serializer(tok, engine::SerializerSpec::defaults(p.language, p.seqLen));
    const auto wanted = std::min<std::size_t>(leads.size(), static_cast<std::size_t>(std::max<std::int64_t>(20000, 2 * p.steps * p.batchSize)));
    std::vector<engine::Example> chosen;
    for (std::size_t k = 0; k < wanted; ++k) chosen.push_back(std::move(leads[order[k]]));
    leads.clear();
    leads.shrink_to_fit();
    auto sequences = encodeExamples(serializer, chosen, std::max(1, model::intraOpThreads()), m_cancel,
                                    [&](std::int64_t d, std::int64_t a) { report("serializing", d, a); });
    if (m_cancel.load()) return std::unexpected(cancelledError(u"Pretraining was cancelled."_s));
    outcome.texts = static_cast<std::int64_t>(sequences.size());
    const auto heldOutCount = std::min<std::size_t>(500, sequences.size() / 50);
    std::vector<std::vector<std::int64_t>> heldOut(sequences.end() - static_cast<std::ptrdiff_t>(heldOutCount), sequences.end());
    sequences.resize(sequences.size() - heldOutCount);
    outcome.steps.emplace_back("serialize the texts", encodeClock.seconds());

    // The model from scratch.
    auto shape = p.shape;
    shape.vocabSize = static_cast<std::int64_t>(tok->vocabSize());
    shape.maxPositionEmbeddings = std::max<std::int64_t>(shape.maxPositionEmbeddings, static_cast<std::int64_t>(p.seqLen));
    torch::manual_seed(p.seed);
    model::Qwen2ForCausalLM lm(shape);
    lm->initWeights(0.02);
    for (const auto& t : lm->parameters()) outcome.parameters += t.numel();
    outcome.heldOutLossBefore = engine::causalLmLoss(lm, heldOut);
    engine::PretrainConfig config;
    config.steps = p.steps;
    config.batchSize = p.batchSize;
    config.lr = p.lr;
    config.seed = p.seed;
    Stopwatch lmClock;
    logger->info("pretraining: {} parameters, {} sequences, {} steps of {}", outcome.parameters, sequences.size(), p.steps,
                 p.batchSize);
    outcome.result = engine::pretrainCausalLm(
        lm, sequences, config,
        [&](const engine::PretrainProgress& pp) {
          if (!progress) return;
          TrainingJobProgress r;
          r.phase = "pretraining";
          r.done = pp.step;
          r.total = pp.totalSteps;
          r.elapsedS = total.seconds();
          r.etaS = pp.etaSeconds;
          engine::StepLog last;
          last.step = pp.step;
          last.total = pp.loss;
          r.last = last;
          r.examplesPerSecond = pp.tokensPerSecond;
          progress(r);
        },
        &m_cancel);
    if (outcome.result.cancelled) return std::unexpected(cancelledError(u"Pretraining was cancelled; nothing was written."_s));
    outcome.heldOutLossAfter = engine::causalLmLoss(lm, heldOut);
    outcome.steps.emplace_back("causal language modelling", lmClock.seconds());
    logger->info("pretraining done: held-out loss {:.3f} -> {:.3f} nats/token", outcome.heldOutLossBefore,
                 outcome.heldOutLossAfter);
    Stopwatch writeClock;
    engine::writeBackboneFolder(p.outDir, lm, vocab.json);
    outcome.steps.emplace_back("write the backbone folder", writeClock.seconds());
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal, u"Pretraining failed: "_s + engineMessage(e));
  }
  return outcome;
}

}  // namespace ll::jobs
