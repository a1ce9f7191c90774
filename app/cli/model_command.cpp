// leadladder-cli model: asLLR checkpoint folders.
//   model init  writes a random-weight checkpoint (tests, benchmarks, a start for training)
//   model info  prints what a checkpoint holds

#include "app/cli/command.h"
#include "engine/checkpoint.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;

int usage(const QCommandLineParser& p, const QString& message) {
  QTextStream(stderr) << u"error: "_s << message << u"\n\n"_s << p.helpText();
  return kUsage;
}

void fail(const std::string& message) { std::fprintf(stderr, "leadladder-cli model: %s\n", message.c_str()); }

std::int64_t parameterCount(const ll::model::Qwen2Config& c) {
  const auto d = c.hiddenSize;
  const auto hd = c.headDim();
  const auto q = d * c.numAttentionHeads * hd + c.numAttentionHeads * hd;
  const auto kv = 2 * (d * c.numKeyValueHeads * hd + c.numKeyValueHeads * hd);
  const auto o = c.numAttentionHeads * hd * d;
  const auto mlp = 3 * d * c.intermediateSize;
  const auto layer = q + kv + o + mlp + 2 * d;
  return c.vocabSize * d + c.numHiddenLayers * layer + d + (c.tieWordEmbeddings ? 0 : c.vocabSize * d) + 2 * (d + 1);
}

std::string utcNow() {
  const auto t = std::time(nullptr);
  char buf[32];
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int runInit(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      u"Writes a random-weight asLLR checkpoint (embedded backbone, heads, manifest) for tests,\n"
      u"benchmarks and as a start for training. Give the backbone as a Hugging Face config.json\n"
      u"(--backbone-config) or a named shape (--shape compact|qwen2.5-0.5b; compact takes its\n"
      u"vocabulary size from the tokenizer). Exit codes: 0 done, 2 usage, 3 unusable input file."_s);
  p.addHelpOption();
  p.addOptions({
      {u"backbone-config"_s, u"A Hugging Face Qwen2 config.json."_s, u"JSON"_s},
      {u"shape"_s, u"compact or qwen2.5-0.5b."_s, u"NAME"_s},
      {u"tokenizer"_s, u"The tokenizer.json (uncompressed)."_s, u"FILE"_s},
      {u"out"_s, u"The checkpoint folder to write (must not exist)."_s, u"DIR"_s},
      {u"seed"_s, u"Random seed (default 1)."_s, u"N"_s, u"1"_s},
      {u"lora-rank"_s, u"Add LoRA of this rank (default 0: none)."_s, u"R"_s, u"0"_s},
      {u"language"_s, u"Serializer template: en or zh (default en)."_s, u"L"_s, u"en"_s},
      {u"token-budget"_s, u"Tokens per lead (default 256)."_s, u"N"_s, u"256"_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"tokenizer"_s, u"out"_s})) return exitCode;
  if (p.isSet(u"backbone-config"_s) == p.isSet(u"shape"_s))
    return usage(p, u"give exactly one of --backbone-config and --shape"_s);
  bool ok = false;
  const auto seed = p.value(u"seed"_s).toULongLong(&ok);
  if (!ok) return usage(p, u"--seed must be a non-negative integer"_s);
  const auto rank = p.value(u"lora-rank"_s).toLongLong(&ok);
  if (!ok || rank < 0) return usage(p, u"--lora-rank must be a non-negative integer"_s);
  const auto budget = p.value(u"token-budget"_s).toLongLong(&ok);
  if (!ok || budget < 32) return usage(p, u"--token-budget must be an integer of at least 32"_s);
  const auto language = p.value(u"language"_s).toStdString();
  if (language != "en" && language != "zh") return usage(p, u"--language must be en or zh"_s);
  const auto tokenizerPath = p.value(u"tokenizer"_s).toStdString();
  const auto out = p.value(u"out"_s).toStdString();
  if (std::filesystem::exists(out)) {
    fail(out + ": the folder exists already; choose another.");
    return kUsage;
  }

  try {
    auto tokenizer = std::make_shared<const ll::tokenizer::BpeTokenizer>(ll::tokenizer::BpeTokenizer::fromFile(tokenizerPath));
    ll::model::Qwen2Config config;
    if (p.isSet(u"shape"_s)) {
      const auto shape = p.value(u"shape"_s).toStdString();
      if (shape != "compact" && shape != "qwen2.5-0.5b") return usage(p, u"--shape must be compact or qwen2.5-0.5b"_s);
      config = ll::engine::backboneShape(shape);
      const auto vocab = static_cast<std::int64_t>(tokenizer->vocabSize());
      if (shape == "compact" || vocab > config.vocabSize) config.vocabSize = (vocab + 63) / 64 * 64;
    } else {
      config = ll::model::Qwen2Config::fromFile(p.value(u"backbone-config"_s).toStdString());
      if (static_cast<std::int64_t>(tokenizer->vocabSize()) > config.vocabSize)
        throw std::runtime_error(tokenizerPath + ": the tokenizer has " + std::to_string(tokenizer->vocabSize()) +
                                 " tokens, more than the backbone's vocab_size of " + std::to_string(config.vocabSize) + ".");
    }
    ll::engine::CheckpointManifest manifest;
    manifest.serializer = ll::engine::SerializerSpec::defaults(language, static_cast<std::size_t>(budget));
    // The serializer must accept the budget with this tokenizer.
    ll::engine::LeadSerializer check(tokenizer, manifest.serializer);
    const auto [yes, no] = ll::engine::answerTokenIds(*tokenizer, language, &manifest.yesToken, &manifest.noToken);
    manifest.yesTokenId = yes;
    manifest.noTokenId = no;
    manifest.training.seed = seed;
    manifest.training.createdAt = utcNow();
    manifest.training.command = "leadladder-cli model init " + args.mid(1).join(u' ').toStdString();
    manifest.training.extra = {{"random_init", true}};
    auto model = ll::engine::randomAsLlr(config, yes, no, seed, rank);
    ll::engine::CheckpointSaveOptions options;
    options.tokenizerPath = tokenizerPath;
    ll::engine::saveCheckpoint(out, model, manifest, options);
    QTextStream(stdout) << u"Wrote %1: %2 parameters, %3 layers x %4 wide, vocabulary %5%6\n"_s
                               .arg(QString::fromStdString(out))
                               .arg(parameterCount(config))
                               .arg(config.numHiddenLayers)
                               .arg(config.hiddenSize)
                               .arg(config.vocabSize)
                               .arg(rank > 0 ? u", LoRA rank %1"_s.arg(rank) : QString());
  } catch (const std::exception& e) {
    fail(e.what());
    return kBadInput;
  }
  return kOk;
}

int runInfo(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      u"Prints what an asLLR checkpoint holds: backbone shape and parameters, LoRA, serializer\n"
      u"template and token budget, calibration, training information and metrics.\n"
      u"Exit codes: 0 done, 2 usage, 3 not a valid checkpoint (the message names the file)."_s);
  p.addHelpOption();
  p.addOptions({{u"model"_s, u"The checkpoint folder."_s, u"DIR"_s}, {u"json"_s, u"Print JSON."_s}});
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"model"_s})) return exitCode;
  const auto dir = p.value(u"model"_s).toStdString();
  try {
    const auto m = ll::engine::readManifest(dir);
    const auto folder = m.backbone.embedded ? std::filesystem::path(dir) / "backbone"
                                            : (std::filesystem::path(m.backbone.path).is_absolute()
                                                   ? std::filesystem::path(m.backbone.path)
                                                   : std::filesystem::path(dir) / m.backbone.path);
    const auto config = ll::model::Qwen2Config::fromFile((folder / "config.json").string());
    nlohmann::ordered_json lora = nullptr;
    if (m.hasLora) {
      std::ifstream in(std::filesystem::path(dir) / "adapter" / "adapter_config.json");
      const auto a = nlohmann::json::parse(in, nullptr, false);
      if (!a.is_discarded()) lora = {{"rank", a.value("r", 0)}, {"alpha", a.value("lora_alpha", 0.0)}};
    }
    const auto fingerprint = ll::engine::checkpointFingerprint(dir);
    nlohmann::ordered_json info;
    info["format_version"] = m.formatVersion;
    info["fingerprint"] = fingerprint;
    info["backbone"] = {{"embedded", m.backbone.embedded},
                        {"path", m.backbone.embedded ? std::string("backbone") : m.backbone.path},
                        {"layers", config.numHiddenLayers},
                        {"hidden", config.hiddenSize},
                        {"intermediate", config.intermediateSize},
                        {"heads", config.numAttentionHeads},
                        {"kv_heads", config.numKeyValueHeads},
                        {"vocab", config.vocabSize},
                        {"tied_embeddings", config.tieWordEmbeddings},
                        {"parameters", parameterCount(config)}};
    info["lora"] = lora;
    info["serializer"] = {{"language", m.serializer.language},
                          {"token_budget", m.serializer.tokenBudget},
                          {"prompt", m.serializer.tmpl.prompt}};
    info["calibration"] = {{"method", m.calibration.method}, {"a", m.calibration.a}, {"b", m.calibration.b}};
    info["answer_tokens"] = {{"yes", m.yesTokenId}, {"no", m.noTokenId}};
    info["training"] = {{"created_at", m.training.createdAt},
                        {"seed", m.training.seed ? nlohmann::json(*m.training.seed) : nlohmann::json()},
                        {"data_fingerprint", m.training.dataFingerprint},
                        {"command", m.training.command}};
    info["metrics"] = m.metrics;
    info["funnel"] = m.funnel.contains("name") ? m.funnel["name"] : nlohmann::json();
    if (p.isSet(u"json"_s)) {
      const auto s = info.dump(2) + "\n";
      std::fwrite(s.data(), 1, s.size(), stdout);
      return kOk;
    }
    std::ostringstream s;
    s << "Checkpoint " << dir << " (format " << m.formatVersion << ")\n"
      << "  fingerprint   " << fingerprint << "\n"
      << "  backbone      " << (m.backbone.embedded ? "embedded" : "external " + m.backbone.path) << ": "
      << config.numHiddenLayers << " layers, hidden " << config.hiddenSize << ", " << config.numAttentionHeads
      << " heads (" << config.numKeyValueHeads << " kv), MLP " << config.intermediateSize << ", vocabulary "
      << config.vocabSize << (config.tieWordEmbeddings ? ", tied" : "") << "\n"
      << "  parameters    " << parameterCount(config) << "\n"
      << "  LoRA          " << (lora.is_null() ? std::string("none") : "rank " + lora["rank"].dump()) << "\n"
      << "  serializer    " << m.serializer.language << ", " << m.serializer.tokenBudget << " tokens, prompt \""
      << m.serializer.tmpl.prompt << "\"\n"
      << "  calibration   " << m.calibration.method << "\n"
      << "  created       " << (m.training.createdAt.empty() ? "-" : m.training.createdAt)
      << (m.training.seed ? ", seed " + std::to_string(*m.training.seed) : std::string()) << "\n"
      << "  metrics       " << (m.metrics.empty() ? std::string("none") : m.metrics.dump()) << "\n";
    const auto text = s.str();
    std::fwrite(text.data(), 1, text.size(), stdout);
  } catch (const std::exception& e) {
    fail(e.what());
    return kBadInput;
  }
  return kOk;
}

int runModel(const QStringList& args) {
  const auto sub = args.size() > 1 ? args.at(1) : QString();
  QStringList rest = args;
  if (args.size() > 1) rest.removeAt(1);
  if (sub == u"init"_s) return runInit(rest);
  if (sub == u"info"_s) return runInfo(rest);
  QTextStream(sub == u"--help"_s || sub == u"-h"_s ? stdout : stderr)
      << u"Usage: leadladder-cli model init|info [options]   (model init --help, model info --help)\n"_s;
  return sub == u"--help"_s || sub == u"-h"_s ? kOk : kUsage;
}

const ll::cli::Registration kModel{"model", "asLLR checkpoints: model init (random weights), model info", &runModel};

}  // namespace
