#include "engine/pretrain.h"

#include "engine/adamw.h"
#include "engine/safetensors.h"
#include "engine/tokenizer/bpetokenizer.h"
#include "engine/tokenizer/bpetrainer.h"

#include <torch/nn/functional/loss.h>
#include <torch/nn/utils/clip_grad.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>

namespace ll::engine {

namespace fs = std::filesystem;

VocabularyResult trainVocabulary(std::span<const std::string> texts, const VocabularyOptions& options) {
  // Each required word as its own corpus entry, about as often as there are texts: frequent
  // enough to be merged early, whatever the corpus size.
  std::vector<std::string> corpus(texts.begin(), texts.end());
  const auto copies = std::max<std::size_t>(1000, texts.size());
  for (const auto& word : options.singleTokenWords)
    for (std::size_t i = 0; i < copies; ++i) corpus.push_back(word);
  tokenizer::BpeTrainerOptions o;
  o.vocabSize = options.vocabSize;
  o.specialTokens = options.specialTokens;
  const auto trained = tokenizer::trainBpe(corpus, o);
  const auto tok = tokenizer::BpeTokenizer::fromJson(trained.json, "trained vocabulary");
  for (const auto& word : options.singleTokenWords)
    if (tok.encode(word).size() != 1)
      throw std::runtime_error("the trained vocabulary of " + std::to_string(trained.vocabSize) + " tokens splits \"" + word +
                               "\" into several tokens; use a larger vocabulary.");
  VocabularyResult out;
  out.json = trained.json;
  out.vocabSize = trained.vocabSize;
  out.corpusTexts = texts.size();
  return out;
}

namespace {

using Clock = std::chrono::steady_clock;

struct Batch {
  torch::Tensor ids, mask;
  std::int64_t realTokens = 0;
};

Batch makeBatch(const std::vector<std::vector<std::int64_t>>& sequences, const std::vector<std::size_t>& rows) {
  std::size_t longest = 0;
  for (const auto r : rows) longest = std::max(longest, sequences[r].size());
  const auto b = static_cast<std::int64_t>(rows.size());
  const auto t = static_cast<std::int64_t>(longest);
  Batch out;
  out.ids = torch::zeros({b, t}, torch::kInt64);
  out.mask = torch::zeros({b, t}, torch::kInt64);
  auto* ip = out.ids.data_ptr<std::int64_t>();
  auto* mp = out.mask.data_ptr<std::int64_t>();
  for (std::int64_t i = 0; i < b; ++i) {
    const auto& s = sequences[rows[static_cast<std::size_t>(i)]];
    std::copy(s.begin(), s.end(), ip + i * t);
    std::fill(mp + i * t, mp + i * t + static_cast<std::int64_t>(s.size()), 1);
    out.realTokens += static_cast<std::int64_t>(s.size());
  }
  return out;
}

// Mean CE of predicting token t+1 from positions <= t, over real target tokens.
torch::Tensor lmLoss(model::Qwen2ForCausalLM& model, const Batch& batch) {
  const auto hidden = model(batch.ids, batch.mask);
  const auto t = batch.ids.size(1);
  const auto logits = model->logits(hidden.slice(1, 0, t - 1));  // [B,T-1,V]
  const auto targets = batch.ids.slice(1, 1, t);
  const auto valid = batch.mask.slice(1, 1, t).to(torch::kBool);
  const auto flatTargets = targets.masked_fill(valid.logical_not(), -100).reshape({-1});
  return torch::nn::functional::cross_entropy(
      logits.reshape({-1, logits.size(-1)}).to(torch::kFloat32), flatTargets,
      torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
}

std::uint64_t below(std::mt19937_64& rng, std::uint64_t n) {
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
  std::uint64_t x = 0;
  do x = rng();
  while (x >= limit);
  return x % n;
}

}  // namespace

PretrainResult pretrainCausalLm(model::Qwen2ForCausalLM& model, const std::vector<std::vector<std::int64_t>>& sequences,
                                const PretrainConfig& config, const std::function<void(const PretrainProgress&)>& progress,
                                const std::atomic<bool>* cancel) {
  std::vector<std::size_t> usable;
  const auto vocab = model->config().vocabSize;
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    if (sequences[i].size() < 2) continue;
    for (const auto id : sequences[i])
      if (id < 0 || id >= vocab)
        throw std::invalid_argument("pretraining sequence " + std::to_string(i) + " has token id " + std::to_string(id) +
                                    " outside the vocabulary of " + std::to_string(vocab) + ".");
    usable.push_back(i);
  }
  if (usable.empty()) throw std::invalid_argument("there is no text to pretrain on (every sequence is shorter than 2 tokens).");
  torch::manual_seed(config.seed);
  std::mt19937_64 rng(config.seed);
  AdamW adam(0.9, 0.95, 1e-8, config.weightDecay);
  for (const auto& item : model->named_parameters()) {
    item.value().set_requires_grad(true);
    // No decay on norms, biases and the embedding (the LM head when tied).
    const bool decay = item.value().dim() >= 2 && item.key().find("embed_tokens") == std::string::npos;
    adam.add(item.key(), item.value(), config.lr, decay);
  }
  model->train();
  PretrainResult result;
  const auto started = Clock::now();
  double sinceLog = 0;
  std::int64_t stepsSinceLog = 0;
  for (std::int64_t step = 0; step < config.steps; ++step) {
    if (cancel && cancel->load()) {
      result.cancelled = true;
      break;
    }
    std::vector<std::size_t> rows;
    for (std::int64_t i = 0; i < config.batchSize; ++i) rows.push_back(usable[below(rng, usable.size())]);
    const auto batch = makeBatch(sequences, rows);
    const auto loss = lmLoss(model, batch);
    adam.zeroGrad();
    loss.backward();
    if (config.clipNorm > 0) torch::nn::utils::clip_grad_norm_(adam.params(), config.clipNorm);
    adam.step(lrFactor(config.warmupFraction, false, config.minLrFraction, step, config.steps));
    result.tokens += batch.realTokens;
    result.steps = step + 1;
    sinceLog += loss.item<double>();
    ++stepsSinceLog;
    if (stepsSinceLog >= std::max<std::int64_t>(1, config.logEverySteps) || step + 1 == config.steps) {
      const double mean = sinceLog / static_cast<double>(stepsSinceLog);
      result.curve.emplace_back(step + 1, mean);
      if (progress) {
        PretrainProgress p;
        p.step = step + 1;
        p.totalSteps = config.steps;
        p.loss = mean;
        p.seconds = std::chrono::duration<double>(Clock::now() - started).count();
        p.etaSeconds = p.seconds / static_cast<double>(step + 1) * static_cast<double>(config.steps - step - 1);
        p.tokensPerSecond = static_cast<double>(result.tokens) / std::max(1e-9, p.seconds);
        progress(p);
      }
      sinceLog = 0;
      stepsSinceLog = 0;
    }
  }
  model->eval();
  result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return result;
}

double causalLmLoss(model::Qwen2ForCausalLM& model, const std::vector<std::vector<std::int64_t>>& sequences,
                    std::int64_t batchSize) {
  torch::NoGradGuard noGrad;
  const bool wasTraining = model->is_training();
  model->eval();
  double sum = 0;
  double count = 0;
  std::vector<std::size_t> rows;
  auto flush = [&]() {
    if (rows.empty()) return;
    const auto batch = makeBatch(sequences, rows);
    const auto targets = static_cast<double>(batch.mask.slice(1, 1, batch.mask.size(1)).sum().item<std::int64_t>());
    if (targets > 0) {
      sum += lmLoss(model, batch).item<double>() * targets;
      count += targets;
    }
    rows.clear();
  };
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    if (sequences[i].size() < 2) continue;
    rows.push_back(i);
    if (static_cast<std::int64_t>(rows.size()) >= batchSize) flush();
  }
  flush();
  if (wasTraining) model->train();
  return count > 0 ? sum / count : 0.0;
}

void writeBackboneFolder(const std::string& dir, model::Qwen2ForCausalLM& model, const std::string& tokenizerJson) {
  fs::create_directories(dir);
  std::map<std::string, safetensors::TensorData> tensors;
  for (const auto& item : model->named_parameters()) {
    if (item.key().find(".lora_") != std::string::npos) continue;
    tensors.emplace(item.key(), model::tensorToSafetensors(item.value()));
  }
  safetensors::write((fs::path(dir) / "model.safetensors").string(), tensors, {{"format", "pt"}});
  auto config = model->config();
  for (const auto& [name, text] : {std::pair<std::string, std::string>{"config.json", config.toJsonText()},
                                   {"tokenizer.json", tokenizerJson}}) {
    const auto path = fs::path(dir) / name;
    const auto tmp = path.string() + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      out << text;
      if (!out) throw std::runtime_error(tmp + ": cannot write.");
    }
    fs::rename(tmp, path);
  }
}

}  // namespace ll::engine
