// leadladder-cli train: HPRO fine-tuning of an asLLR checkpoint on a workspace's labelled leads.
// leadladder-cli pretrain: the compact backbone from scratch (BPE vocabulary + causal LM).

#include "app/cli/command.h"
#include "engine/checkpoint.h"
#include "jobs/trainingjob.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;
constexpr int kWorkspace = 6;
constexpr int kCancelled = 130;

std::atomic<bool> g_interrupted{false};

using ll::cli::exitCodeFor;

int reportError(const char* command, const ll::Error& error, bool json) {
  if (json) {
    const QJsonObject o{{u"error"_s, QString::fromLatin1(ll::errorCodeName(error.code))}, {u"message"_s, error.toString()}};
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
  }
  QTextStream(stderr) << u"leadladder-cli "_s << QString::fromLatin1(command) << u": "_s << error.toString() << u"\n"_s;
  return exitCodeFor(error.code);
}

int usage(QCommandLineParser& p, const QString& message) {
  QTextStream(stderr) << u"error: "_s << message << u"\n\n"_s << p.helpText();
  return kUsage;
}

QString duration(double seconds) {
  const auto s = static_cast<qint64>(std::llround(std::max(0.0, seconds)));
  if (s >= 3600) return u"%1h%2m"_s.arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
  if (s >= 60) return u"%1m%2s"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
  return u"%1s"_s.arg(s);
}

// Prints progress to stderr: one updating line on a terminal, a line every few seconds otherwise.
class ProgressPrinter {
 public:
  void operator()(const ll::jobs::TrainingJobProgress& p) {
    const auto now = std::chrono::steady_clock::now();
    const bool phaseChanged = p.phase != m_phase;
    const bool finished = p.total > 0 && p.done == p.total;
    if (!phaseChanged && !finished && now - m_last < std::chrono::milliseconds(m_tty ? 250 : 5000)) return;
    m_last = now;
    if (phaseChanged && m_open) m_err << "\n";
    m_phase = p.phase;
    QString line = QString::fromStdString(p.phase);
    if (p.total > 0) line += u" %1/%2 (%3%)"_s.arg(p.done).arg(p.total).arg(100.0 * static_cast<double>(p.done) / static_cast<double>(p.total), 0, 'f', 1);
    if (p.last) {
      if (p.phase == "pretraining")
        line += u", loss %1"_s.arg(p.last->total, 0, 'f', 3);
      else
        line += u", loss %1 [bce %2 pair %3 ce %4]"_s.arg(p.last->total, 0, 'f', 4)
                    .arg(p.last->bce, 0, 'f', 4).arg(p.last->pair, 0, 'f', 4).arg(p.last->semantic, 0, 'f', 4);
    }
    if (p.examplesPerSecond > 0)
      line += p.phase == "pretraining" ? u", %1 tokens/s"_s.arg(p.examplesPerSecond, 0, 'f', 0)
                                       : u", %1 leads/s"_s.arg(p.examplesPerSecond, 0, 'f', 1);
    if (p.etaS) line += u", ETA %1"_s.arg(duration(*p.etaS));
    line += u", %1 elapsed"_s.arg(duration(p.elapsedS));
    m_err << (m_tty ? u"\r"_s : QString()) << line << (m_tty ? u"   "_s : u"\n"_s);
    m_err.flush();
    m_open = m_tty;
  }
  ~ProgressPrinter() {
    if (m_open) m_err << "\n";
    m_err.flush();
  }

 private:
  QTextStream m_err{stderr};
  bool m_tty = ::isatty(fileno(stderr)) != 0;
  bool m_open = false;
  std::string m_phase;
  std::chrono::steady_clock::time_point m_last{};
};

QJsonArray stepsJson(const std::vector<std::pair<std::string, double>>& steps) {
  QJsonArray a;
  for (const auto& [what, s] : steps) a.append(QJsonObject{{u"step"_s, QString::fromStdString(what)}, {u"seconds"_s, s}});
  return a;
}

bool readInt(QCommandLineParser& p, const QString& name, qint64 minimum, qint64* out) {
  if (!p.isSet(name)) return true;
  bool ok = false;
  const auto v = p.value(name).toLongLong(&ok);
  if (!ok || v < minimum) return false;
  *out = v;
  return true;
}

bool readDouble(QCommandLineParser& p, const QString& name, double* out) {
  if (!p.isSet(name)) return true;
  bool ok = false;
  const auto v = p.value(name).toDouble(&ok);
  if (!ok || !std::isfinite(v)) return false;
  *out = v;
  return true;
}

const QString kTrainDescription =
    u"Fine-tunes an asLLR model with HPRO (pointwise BCE + margin Bradley-Terry over funnel tiers + Yes/No CE) on the\n"
    u"workspace's labelled leads. The leads are split 7:3 by creation time; only the train part is used: its\n"
    u"last 10% (by time) is held out to fit the Platt calibration, the rest trains. The test part is never read.\n"
    u"Start from a Hugging Face backbone folder (--backbone; e.g. one made by 'pretrain', or a Qwen2.5 folder with\n"
    u"--mode lora) or continue from a checkpoint (--init-from). Settings: defaults < --config JSON < options.\n"
    u"Ctrl+C stops after the current step and keeps the training state (next to --out, '.training'):\n"
    u"run the same command with --resume to continue.\n"
    u"Exit codes: 0 done, 2 usage, 3 unusable funnel/backbone/checkpoint or too few leads, 6 workspace, 130 cancelled."_s;

int runTrain(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(kTrainDescription);
  p.addHelpOption();
  p.addOptions({
      {u"workspace"_s, u"The workspace folder (required)."_s, u"W"_s},
      {u"out"_s, u"The checkpoint folder to write (required)."_s, u"DIR"_s},
      {u"funnel"_s, u"Funnel definition JSON (default: the built-in car funnel)."_s, u"FILE"_s},
      {u"backbone"_s, u"Hugging Face Qwen2 folder (config.json, model.safetensors, tokenizer.json)."_s, u"DIR"_s},
      {u"init-from"_s, u"An asLLR checkpoint to continue training."_s, u"CHECKPOINT"_s},
      {u"mode"_s, u"full (all backbone weights), lora, heads (frozen backbone) or quick (heads on cached hidden states)."_s,
       u"MODE"_s},
      {u"no-hpro"_s, u"Train without the pairwise HPRO loss (asLLR without HPRO: BCE + CE)."_s},
      {u"without-tier"_s, u"Leave this preference tier out (ablation; repeatable)."_s, u"NAME"_s},
      {u"margins"_s, u"Set every tier's margin to X (ablation, e.g. 0)."_s, u"X"_s},
      {u"epochs"_s, u"Passes over the training leads (default 1; quick mode 10)."_s, u"N"_s},
      {u"max-steps"_s, u"Stop after N steps."_s, u"N"_s},
      {u"batch"_s, u"Leads per batch (default 32)."_s, u"N"_s},
      {u"head-lr"_s, u"Learning rate of the heads (default 5e-5)."_s, u"LR"_s},
      {u"backbone-lr"_s, u"Learning rate of the backbone or LoRA (default 2.5e-6)."_s, u"LR"_s},
      {u"max-train-leads"_s, u"Subsample the negatives (never positives or winner-stage leads) to about N training leads."_s,
       u"N"_s},
      {u"negative-rate"_s, u"Keep this share of the other leads instead (0-1]."_s, u"R"_s},
      {u"train-fraction"_s, u"Share of leads (earliest by creation) in the train part (default 0.7)."_s, u"F"_s},
      {u"lang"_s, u"Serializer language en or zh (default en; --init-from uses the checkpoint's)."_s, u"LANG"_s},
      {u"token-budget"_s, u"Tokens per lead (default 320)."_s, u"N"_s},
      {u"seed"_s, u"Random seed (default 42)."_s, u"S"_s},
      {u"config"_s, u"Training settings as JSON (keys of TrainingConfig, e.g. {\"head_lr\": 1e-3})."_s, u"JSON"_s},
      {u"device"_s, u"cpu, cuda or auto (default cpu)."_s, u"DEVICE"_s},
      {u"threads"_s, u"Intra-op threads (default 2)."_s, u"N"_s},
      {u"state-dir"_s, u"Training-state folder (default: OUT.training)."_s, u"DIR"_s},
      {u"resume"_s, u"Continue an interrupted run from its training state."_s},
      {u"overwrite"_s, u"Replace an existing checkpoint folder."_s},
      {u"json"_s, u"Print the summary as JSON."_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"workspace"_s, u"out"_s})) return exitCode;
  const bool json = p.isSet(u"json"_s);

  ll::jobs::TrainingParams params;
  params.workspace = p.value(u"workspace"_s);
  params.outDir = p.value(u"out"_s).toStdString();
  params.funnelPath = p.value(u"funnel"_s).toStdString();
  params.backbonePath = p.value(u"backbone"_s).toStdString();
  params.initFrom = p.value(u"init-from"_s).toStdString();
  params.stateDir = p.value(u"state-dir"_s).toStdString();
  params.resume = p.isSet(u"resume"_s);
  params.overwrite = p.isSet(u"overwrite"_s);
  params.noHpro = p.isSet(u"no-hpro"_s);
  for (const auto& t : p.values(u"without-tier"_s)) params.withoutTiers.push_back(t.toStdString());
  params.command = u"leadladder-cli train "_s.append(args.mid(1).join(u' ')).toStdString();

  auto& c = params.config;
  c.saveEverySteps = 200;
  if (p.isSet(u"config"_s)) {
    const auto path = p.value(u"config"_s);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return usage(p, u"cannot read the configuration file %1"_s.arg(path));
    try {
      c = ll::engine::TrainingConfig::fromJson(f.readAll().toStdString(), path.toStdString(), c);
    } catch (const std::exception& e) {
      return usage(p, QString::fromStdString(e.what()));
    }
  }
  if (p.isSet(u"mode"_s)) {
    const auto mode = ll::engine::parseTrainMode(p.value(u"mode"_s).toStdString());
    if (!mode) return usage(p, u"--mode must be full, lora, heads or quick"_s);
    c.mode = *mode;
    if (c.mode == ll::engine::TrainMode::Quick && !p.isSet(u"epochs"_s)) c.epochs = 10;
  }
  qint64 v = 0;
  if (!readInt(p, u"epochs"_s, 1, &v)) return usage(p, u"--epochs must be a positive integer"_s);
  if (p.isSet(u"epochs"_s)) c.epochs = v;
  if (!readInt(p, u"max-steps"_s, 1, &v)) return usage(p, u"--max-steps must be a positive integer"_s);
  if (p.isSet(u"max-steps"_s)) c.maxSteps = v;
  if (!readInt(p, u"batch"_s, 2, &v)) return usage(p, u"--batch must be an integer of at least 2"_s);
  if (p.isSet(u"batch"_s)) c.batchSize = v;
  if (!readInt(p, u"seed"_s, 0, &v)) return usage(p, u"--seed must be a non-negative integer"_s);
  if (p.isSet(u"seed"_s)) c.seed = static_cast<std::uint64_t>(v);
  if (!readInt(p, u"max-train-leads"_s, 1, &v)) return usage(p, u"--max-train-leads must be a positive integer"_s);
  if (p.isSet(u"max-train-leads"_s)) params.maxTrainLeads = v;
  qint64 budget = 320;
  if (!readInt(p, u"token-budget"_s, 16, &budget)) return usage(p, u"--token-budget must be an integer of at least 16"_s);
  params.tokenBudget = static_cast<std::size_t>(budget);
  qint64 threads = 2;
  if (!readInt(p, u"threads"_s, 1, &threads)) return usage(p, u"--threads must be a positive integer"_s);
  params.threads = static_cast<int>(threads);
  double d = 0;
  if (p.isSet(u"head-lr"_s)) {
    if (!readDouble(p, u"head-lr"_s, &d) || d < 0) return usage(p, u"--head-lr must be a non-negative number"_s);
    c.headLr = d;
  }
  if (p.isSet(u"backbone-lr"_s)) {
    if (!readDouble(p, u"backbone-lr"_s, &d) || d < 0) return usage(p, u"--backbone-lr must be a non-negative number"_s);
    c.backboneLr = d;
  }
  if (p.isSet(u"margins"_s)) {
    if (!readDouble(p, u"margins"_s, &d) || d < 0) return usage(p, u"--margins must be a non-negative number"_s);
    params.margins = d;
  }
  if (p.isSet(u"negative-rate"_s)) {
    if (!readDouble(p, u"negative-rate"_s, &d) || d <= 0 || d > 1) return usage(p, u"--negative-rate must lie in (0, 1]"_s);
    params.negativeRate = d;
  }
  if (p.isSet(u"train-fraction"_s)) {
    if (!readDouble(p, u"train-fraction"_s, &d) || d <= 0 || d >= 1) return usage(p, u"--train-fraction must lie in (0, 1)"_s);
    params.trainFraction = d;
  }
  if (p.isSet(u"lang"_s)) {
    params.language = p.value(u"lang"_s).toStdString();
    if (params.language != "en" && params.language != "zh") return usage(p, u"--lang must be en or zh"_s);
  }
  if (p.isSet(u"device"_s)) {
    c.device = p.value(u"device"_s).toStdString();
    if (c.device != "cpu" && c.device != "cuda" && c.device != "auto") return usage(p, u"--device must be cpu, cuda or auto"_s);
  }
  if (params.backbonePath.empty() == params.initFrom.empty()) return usage(p, u"give either --backbone or --init-from"_s);

  ll::jobs::TrainingJob job(params);
  g_interrupted = false;
  std::signal(SIGINT, [](int) { g_interrupted.store(true); });
  std::optional<ll::Result<ll::jobs::TrainingOutcome>> result;
  {
    ProgressPrinter printer;
    result = job.run([&](const ll::jobs::TrainingJobProgress& progress) {
      if (g_interrupted) job.cancel();
      printer(progress);
    });
  }
  std::signal(SIGINT, SIG_DFL);
  if (!*result) return reportError("train", result->error(), json);
  const auto& o = **result;

  QJsonArray epochs;
  for (const auto& e : o.result.epochs) {
    QJsonObject pairs;
    for (std::size_t t = 0; t < e.pairsPerTier.size(); ++t)
      pairs.insert(QString::fromStdString(o.tierNames[t]), static_cast<qint64>(e.pairsPerTier[t]));
    epochs.append(QJsonObject{{u"epoch"_s, static_cast<qint64>(e.epoch + 1)}, {u"steps"_s, static_cast<qint64>(e.steps)},
                              {u"loss"_s, e.total}, {u"bce"_s, e.bce}, {u"pair"_s, e.pair}, {u"semantic"_s, e.semantic},
                              {u"pairs_per_tier"_s, pairs}});
  }
  QJsonObject stages;
  for (std::size_t s = 0; s < o.stageNames.size(); ++s)
    stages.insert(QString::fromStdString(o.stageNames[s]), static_cast<qint64>(o.fitStageCounts[s]));
  const auto optional = [](const std::optional<double>& x) { return x ? QJsonValue(*x) : QJsonValue(); };
  if (json) {
    const QJsonObject out{
        {u"checkpoint"_s, QString::fromStdString(o.checkpointDir)},
        {u"fingerprint"_s, QString::fromStdString(o.fingerprint)},
        {u"train_leads"_s, static_cast<qint64>(o.trainLeads)},
        {u"fit_leads"_s, static_cast<qint64>(o.fitLeads)},
        {u"fit_positives"_s, static_cast<qint64>(o.fitPositives)},
        {u"fit_stages"_s, stages},
        {u"negative_rate"_s, o.negativeRate},
        {u"calibration_leads"_s, static_cast<qint64>(o.calibrationLeads)},
        {u"calibration_positives"_s, static_cast<qint64>(o.calibrationPositives)},
        {u"test_leads"_s, static_cast<qint64>(o.testLeads)},
        {u"steps"_s, static_cast<qint64>(o.result.steps)},
        {u"device"_s, QString::fromStdString(o.result.device)},
        {u"epochs"_s, epochs},
        {u"calibration_auc_point"_s, optional(o.calibrationAuc)},
        {u"calibration_auc_pair"_s, optional(o.calibrationPairAuc)},
        {u"platt"_s, QJsonObject{{u"a"_s, o.plattA}, {u"b"_s, o.plattB}}},
        {u"brier_raw"_s, o.brierBefore},
        {u"brier_calibrated"_s, o.brierAfter},
        {u"mean_tokens"_s, o.meanTokens},
        {u"timings"_s, stepsJson(o.steps)},
    };
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return kOk;
  }
  QTextStream out(stdout);
  out << u"checkpoint    %1\n"_s.arg(QString::fromStdString(o.checkpointDir));
  out << u"data          %1 train leads (fingerprint %2); %3 trained on (negatives kept at rate %4), %5 positive;\n"_s
             .arg(o.trainLeads).arg(QString::fromStdString(o.fingerprint)).arg(o.fitLeads).arg(o.negativeRate, 0, 'f', 3)
             .arg(o.fitPositives);
  out << u"              %1 held out for calibration (%2 positive); %3 test leads not read\n"_s.arg(o.calibrationLeads)
             .arg(o.calibrationPositives).arg(o.testLeads);
  QStringList stageText;
  for (std::size_t s = 0; s < o.stageNames.size(); ++s)
    stageText << u"%1 %2"_s.arg(QString::fromStdString(o.stageNames[s])).arg(o.fitStageCounts[s]);
  out << u"stages        "_s << stageText.join(u", "_s) << u"\n"_s;
  out << u"training      %1 steps on %2, %3 tokens per lead on average\n"_s.arg(o.result.steps)
             .arg(QString::fromStdString(o.result.device)).arg(o.meanTokens, 0, 'f', 0);
  for (const auto& e : o.result.epochs) {
    QStringList pairs;
    for (std::size_t t = 0; t < e.pairsPerTier.size(); ++t)
      pairs << u"%1 %2"_s.arg(QString::fromStdString(o.tierNames[t])).arg(e.pairsPerTier[t]);
    out << u"epoch %1       loss %2 (bce %3, pair %4, ce %5); pairs: %6\n"_s.arg(e.epoch + 1).arg(e.total, 0, 'f', 4)
               .arg(e.bce, 0, 'f', 4).arg(e.pair, 0, 'f', 4).arg(e.semantic, 0, 'f', 4).arg(pairs.join(u", "_s));
  }
  const auto fmt = [](const std::optional<double>& x) { return x ? QString::number(*x, 'f', 4) : u"n/a"_s; };
  out << u"held-out      AUC point head %1, pair head %2; Brier %3 raw -> %4 calibrated (Platt a=%5 b=%6)\n"_s
             .arg(fmt(o.calibrationAuc), fmt(o.calibrationPairAuc)).arg(o.brierBefore, 0, 'f', 5).arg(o.brierAfter, 0, 'f', 5)
             .arg(o.plattA, 0, 'f', 3).arg(o.plattB, 0, 'f', 3);
  QStringList timing;
  for (const auto& [what, s] : o.steps) timing << u"%1 %2"_s.arg(QString::fromStdString(what), duration(s));
  out << u"time          "_s << timing.join(u", "_s) << u"\n"_s;
  return kOk;
}

const QString kPretrainDescription =
    u"Pretrains the compact backbone from scratch on the workspace's own text: a byte-level BPE vocabulary learned\n"
    u"from the serialized leads (with <|endoftext|> and single-token answer words \" Yes\"/\" No\"/\"是\"/\"否\"), then\n"
    u"causal language modelling on the same serialized texts. Only the train part of the 7:3 temporal split is read\n"
    u"(--train-fraction 1 for all leads), so an evaluation on the test part stays clean. Writes a Hugging Face folder\n"
    u"(config.json, model.safetensors, tokenizer.json) for 'train --backbone'.\n"
    u"Exit codes: 0 done, 2 usage, 3 unusable funnel or too few leads, 6 workspace, 130 cancelled."_s;

int runPretrain(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(kPretrainDescription);
  p.addHelpOption();
  const auto compact = ll::engine::backboneShape("compact");
  p.addOptions({
      {u"workspace"_s, u"The workspace folder (required)."_s, u"W"_s},
      {u"out"_s, u"The backbone folder to write (required)."_s, u"DIR"_s},
      {u"funnel"_s, u"Funnel definition JSON (snapshots and split; default: the car funnel)."_s, u"FILE"_s},
      {u"vocab-size"_s, u"BPE vocabulary size (default 4096)."_s, u"N"_s},
      {u"layers"_s, u"Decoder layers (default %1)."_s.arg(compact.numHiddenLayers), u"L"_s},
      {u"hidden"_s, u"Hidden size (default %1)."_s.arg(compact.hiddenSize), u"D"_s},
      {u"heads"_s, u"Attention heads (default %1)."_s.arg(compact.numAttentionHeads), u"H"_s},
      {u"kv-heads"_s, u"Key/value heads (default %1)."_s.arg(compact.numKeyValueHeads), u"H"_s},
      {u"intermediate"_s, u"MLP width (default %1)."_s.arg(compact.intermediateSize), u"N"_s},
      {u"steps"_s, u"Optimizer steps (default 1500)."_s, u"N"_s},
      {u"batch"_s, u"Sequences per step (default 16)."_s, u"N"_s},
      {u"seq-len"_s, u"Tokens per sequence: the serializer's budget (default 320)."_s, u"T"_s},
      {u"lr"_s, u"Peak learning rate (default 1e-3)."_s, u"LR"_s},
      {u"train-fraction"_s, u"Read only the earliest share of leads (default 0.7; 1 = all)."_s, u"F"_s},
      {u"vocab-texts"_s, u"Texts sampled for the vocabulary (default 40000)."_s, u"N"_s},
      {u"lang"_s, u"Serializer language en or zh (default en)."_s, u"LANG"_s},
      {u"seed"_s, u"Random seed (default 42)."_s, u"S"_s},
      {u"threads"_s, u"Intra-op threads (default 2)."_s, u"N"_s},
      {u"json"_s, u"Print the summary as JSON."_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"workspace"_s, u"out"_s})) return exitCode;
  const bool json = p.isSet(u"json"_s);
  ll::jobs::PretrainParams params;
  params.workspace = p.value(u"workspace"_s);
  params.outDir = p.value(u"out"_s).toStdString();
  params.funnelPath = p.value(u"funnel"_s).toStdString();
  params.shape = compact;
  params.shape.vocabSize = 4096;
  qint64 v = 0;
  const std::pair<const char*, std::int64_t*> shapeOptions[] = {
      {"vocab-size", &params.shape.vocabSize}, {"layers", &params.shape.numHiddenLayers},
      {"hidden", &params.shape.hiddenSize},    {"heads", &params.shape.numAttentionHeads},
      {"kv-heads", &params.shape.numKeyValueHeads}, {"intermediate", &params.shape.intermediateSize},
      {"steps", &params.steps},                {"batch", &params.batchSize},
      {"vocab-texts", &params.maxVocabTexts}};
  for (const auto& [name, target] : shapeOptions) {
    const auto option = QString::fromLatin1(name);
    if (!readInt(p, option, 1, &v)) return usage(p, u"--%1 must be a positive integer"_s.arg(option));
    if (p.isSet(option)) *target = v;
  }
  if (params.shape.vocabSize < 300) return usage(p, u"--vocab-size must be at least 300"_s);
  qint64 seqLen = 320;
  if (!readInt(p, u"seq-len"_s, 32, &seqLen)) return usage(p, u"--seq-len must be an integer of at least 32"_s);
  params.seqLen = static_cast<std::size_t>(seqLen);
  if (!readInt(p, u"seed"_s, 0, &v)) return usage(p, u"--seed must be a non-negative integer"_s);
  if (p.isSet(u"seed"_s)) params.seed = static_cast<std::uint64_t>(v);
  qint64 threads = 2;
  if (!readInt(p, u"threads"_s, 1, &threads)) return usage(p, u"--threads must be a positive integer"_s);
  params.threads = static_cast<int>(threads);
  double d = 0;
  if (p.isSet(u"lr"_s)) {
    if (!readDouble(p, u"lr"_s, &d) || d <= 0) return usage(p, u"--lr must be a positive number"_s);
    params.lr = d;
  }
  if (p.isSet(u"train-fraction"_s)) {
    if (!readDouble(p, u"train-fraction"_s, &d) || d <= 0 || d > 1) return usage(p, u"--train-fraction must lie in (0, 1]"_s);
    params.trainFraction = d;
  }
  if (p.isSet(u"lang"_s)) {
    params.language = p.value(u"lang"_s).toStdString();
    if (params.language != "en" && params.language != "zh") return usage(p, u"--lang must be en or zh"_s);
  }

  ll::jobs::PretrainJob job(params);
  g_interrupted = false;
  std::signal(SIGINT, [](int) { g_interrupted.store(true); });
  std::optional<ll::Result<ll::jobs::PretrainOutcome>> result;
  {
    ProgressPrinter printer;
    result = job.run([&](const ll::jobs::TrainingJobProgress& progress) {
      if (g_interrupted) job.cancel();
      printer(progress);
    });
  }
  std::signal(SIGINT, SIG_DFL);
  if (!*result) return reportError("pretrain", result->error(), json);
  const auto& o = **result;
  const double tokensPerSecond = o.result.seconds > 0 ? static_cast<double>(o.result.tokens) / o.result.seconds : 0.0;
  if (json) {
    const QJsonObject out{{u"backbone"_s, QString::fromStdString(params.outDir)},
                          {u"texts"_s, static_cast<qint64>(o.texts)},
                          {u"vocab_size"_s, static_cast<qint64>(o.vocabSize)},
                          {u"parameters"_s, static_cast<qint64>(o.parameters)},
                          {u"steps"_s, static_cast<qint64>(o.result.steps)},
                          {u"tokens"_s, static_cast<qint64>(o.result.tokens)},
                          {u"tokens_per_second"_s, tokensPerSecond},
                          {u"held_out_loss_before"_s, o.heldOutLossBefore},
                          {u"held_out_loss_after"_s, o.heldOutLossAfter},
                          {u"timings"_s, stepsJson(o.steps)}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return kOk;
  }
  QTextStream out(stdout);
  out << u"backbone      %1 (%2 parameters, vocabulary %3)\n"_s.arg(QString::fromStdString(params.outDir)).arg(o.parameters)
             .arg(o.vocabSize);
  out << u"corpus        %1 serialized leads of the train part\n"_s.arg(o.texts);
  out << u"training      %1 steps, %2 tokens, %3 tokens/s\n"_s.arg(o.result.steps).arg(o.result.tokens)
             .arg(tokensPerSecond, 0, 'f', 0);
  out << u"held-out LM   %1 -> %2 nats/token\n"_s.arg(o.heldOutLossBefore, 0, 'f', 3).arg(o.heldOutLossAfter, 0, 'f', 3);
  QStringList timing;
  for (const auto& [what, s] : o.steps) timing << u"%1 %2"_s.arg(QString::fromStdString(what), duration(s));
  out << u"time          "_s << timing.join(u", "_s) << u"\n"_s;
  return kOk;
}

const ll::cli::Registration kTrain{"train", "fine-tune an asLLR checkpoint with HPRO on a workspace's labelled leads", &runTrain};
const ll::cli::Registration kPretrain{"pretrain", "pretrain the compact backbone (BPE vocabulary + causal LM) on a workspace",
                                      &runPretrain};

}  // namespace
