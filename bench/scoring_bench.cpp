// Scoring benchmark: leads/s of the asLLR scorer on CPU for the compact default shape and for a
// Qwen2.5-0.5B-shaped random model, side by side with a Python PyTorch eager peer
// (bench/scoring_peer.py) on the same checkpoint and the same token inputs, and the achieved
// FLOP rate against a plain large fp32 matmul measured in the same run. Prints figures and
// ratios; asserts nothing.
//
//   scoring_bench [--threads 2] [--compact-leads 600] [--big-leads 6] [--big-tokens 512]
//                 [--python /usr/bin/python3] [--no-python] [--no-big] [--work DIR]

#include "engine/checkpoint.h"
#include "engine/model/threads.h"
#include "engine/scorer.h"

#include <torch/cuda.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace ll::engine;
using ll::tokenizer::TokenId;
namespace fs = std::filesystem;

namespace {

struct Args {
  int threads = 2;
  int compactLeads = 600;
  int bigLeads = 6;
  int bigTokens = 512;
  std::string python = "/usr/bin/python3";
  bool runPython = true;
  bool runBig = true;
  std::string work = (fs::temp_directory_path() / "leadladder-scoring-bench").string();
};

double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

std::vector<std::vector<TokenId>> makeInputs(int n, int minLen, int maxLen, std::int64_t vocab, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> len(minLen, maxLen);
  std::uniform_int_distribution<std::int64_t> id(0, vocab - 1);
  std::vector<std::vector<TokenId>> out(static_cast<std::size_t>(n));
  for (auto& s : out) {
    s.resize(static_cast<std::size_t>(len(rng)));
    for (auto& t : s) t = static_cast<TokenId>(id(rng));
  }
  return out;
}

void writeInputs(const std::string& path, const std::vector<std::vector<TokenId>>& inputs) {
  std::ofstream out(path, std::ios::trunc);
  for (const auto& s : inputs) {
    out << '[';
    for (std::size_t i = 0; i < s.size(); ++i) out << (i ? "," : "") << s[i];
    out << "]\n";
  }
}

// Multiply-adds x 2 actually executed by the scorer's forward: every layer but the last on all
// positions, the last layer's K/V on all positions and the rest at one position; causal attention
// counted as computed (full T x T score and value matmuls).
double forwardFlops(const ll::model::Qwen2Config& c, double t) {
  const double d = static_cast<double>(c.hiddenSize);
  const double hd = static_cast<double>(c.headDim());
  const double h = static_cast<double>(c.numAttentionHeads);
  const double kv = static_cast<double>(c.numKeyValueHeads);
  const double inter = static_cast<double>(c.intermediateSize);
  const double qo = 2 * d * h * hd;
  const double kvProj = 2 * d * kv * hd;
  const double mlp = 3 * d * inter;
  const double attn = 2 * t * h * hd;  // scores + weighted sum, per query
  const double full = t * (qo + kvProj + mlp + attn);
  const double last = t * kvProj + (qo + mlp + attn);
  return 2.0 * (static_cast<double>(c.numHiddenLayers - 1) * full + last);
}

double matmulGflops() {
  const auto a = torch::randn({2048, 2048});
  const auto b = torch::randn({2048, 2048});
  (void)torch::mm(a, b);
  int reps = 0;
  const double start = now();
  while (now() - start < 2.0 || reps < 3) {
    (void)torch::mm(a, b);
    ++reps;
  }
  return 2.0 * 2048.0 * 2048.0 * 2048.0 * reps / (now() - start) / 1e9;
}

struct PeerResult {
  bool ok = false;
  double leadsPerS = 0;
  double maxDiff = 0;
};

PeerResult runPeer(const Args& args, const std::string& model, const std::string& inputsPath, std::size_t batchTokens,
                   const std::vector<LeadScore>& ours) {
  PeerResult r;
  const fs::path peer = fs::path(LL_BENCH_DIR) / "scoring_peer.py";
  const auto outPath = inputsPath + ".peer.json";
  const auto cmd = args.python + " " + peer.string() + " --model " + model + " --inputs " + inputsPath +
                   " --threads " + std::to_string(args.threads) + " --batch-tokens " + std::to_string(batchTokens) +
                   " > " + outPath;
  if (std::system(cmd.c_str()) != 0) {
    std::printf("  python peer failed (%s)\n", cmd.c_str());
    return r;
  }
  std::ifstream in(outPath);
  const auto j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded()) return r;
  r.ok = true;
  r.leadsPerS = j["leads_per_s"].get<double>();
  const auto& pair = j["pair"];
  for (std::size_t i = 0; i < ours.size() && i < pair.size(); ++i)
    r.maxDiff = std::max(r.maxDiff, std::abs(pair[i].get<double>() - ours[i].pairScore));
  return r;
}

struct Measure {
  double leadsPerS = 0;
  std::vector<LeadScore> scores;
};

Measure timeScorer(const std::string& dir, const std::vector<std::vector<TokenId>>& inputs, const Args& args,
                   std::size_t batchTokens) {
  auto checkpoint = loadCheckpoint(dir);
  ScorerOptions o;
  o.threads = args.threads;
  o.batchTokens = batchTokens;
  Scorer scorer(checkpoint, o);
  (void)scorer.score({inputs.begin(), inputs.begin() + std::min<std::size_t>(2, inputs.size())});  // warm-up
  const double start = now();
  auto scores = scorer.score(inputs);
  const double seconds = now() - start;
  return {static_cast<double>(inputs.size()) / seconds, std::move(*scores)};
}

void section(const char* name, const ll::model::Qwen2Config& config, const std::vector<std::vector<TokenId>>& inputs,
             std::size_t batchTokens, const Args& args, double matmul) {
  const auto dir = (fs::path(args.work) / name).string();
  fs::remove_all(dir);
  auto model = randomAsLlr(config, 1, 2, 1234, 8);
  CheckpointManifest manifest;
  manifest.serializer = SerializerSpec::defaults("en", 512);
  manifest.yesTokenId = 1;
  manifest.noTokenId = 2;
  CheckpointSaveOptions so;
  so.tokenizerPath = std::string(LL_TEST_DATA_DIR) + "/tokenizer/trained.tokenizer.json";
  saveCheckpoint(dir, model, manifest, so);
  model = ll::model::AsLlr(nullptr);
  const auto inputsPath = (fs::path(args.work) / (std::string(name) + ".jsonl")).string();
  writeInputs(inputsPath, inputs);

  double tokens = 0;
  double flops = 0;
  for (const auto& s : inputs) {
    tokens += static_cast<double>(s.size());
    flops += forwardFlops(config, static_cast<double>(s.size()));
  }
  std::printf("\n[%s] %lld layers x %lld wide, %lld heads (%lld kv), MLP %lld, vocab %lld; %zu leads, mean %.0f tokens\n",
              name, static_cast<long long>(config.numHiddenLayers), static_cast<long long>(config.hiddenSize),
              static_cast<long long>(config.numAttentionHeads), static_cast<long long>(config.numKeyValueHeads),
              static_cast<long long>(config.intermediateSize), static_cast<long long>(config.vocabSize), inputs.size(),
              tokens / static_cast<double>(inputs.size()));
  const auto ours = timeScorer(dir, inputs, args, batchTokens);
  const double gflops = flops / (static_cast<double>(inputs.size()) / ours.leadsPerS) / 1e9;
  std::printf("  LeadLadder scorer : %8.2f leads/s   %6.1f GFLOP/s (%.0f%% of the matmul rate)\n", ours.leadsPerS,
              gflops, 100.0 * gflops / matmul);
  if (args.runPython) {
    const auto peer = runPeer(args, dir, inputsPath, batchTokens, ours.scores);
    if (peer.ok)
      std::printf("  Python eager peer : %8.2f leads/s   ratio ours/Python %.2fx   max |pair score diff| %.2e\n",
                  peer.leadsPerS, ours.leadsPerS / peer.leadsPerS, peer.maxDiff);
  }
  fs::remove_all(dir);
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--threads") args.threads = std::atoi(next().c_str());
    else if (a == "--compact-leads") args.compactLeads = std::atoi(next().c_str());
    else if (a == "--big-leads") args.bigLeads = std::atoi(next().c_str());
    else if (a == "--big-tokens") args.bigTokens = std::atoi(next().c_str());
    else if (a == "--python") args.python = next();
    else if (a == "--no-python") args.runPython = false;
    else if (a == "--no-big") args.runBig = false;
    else if (a == "--work") args.work = next();
    else {
      std::fprintf(stderr, "usage: scoring_bench [--threads N] [--compact-leads N] [--big-leads N] [--big-tokens N] "
                           "[--python PATH] [--no-python] [--no-big] [--work DIR]\n");
      return 2;
    }
  }
  fs::create_directories(args.work);
  ll::model::setIntraOpThreads(args.threads);
  std::printf("scoring_bench: libtorch %s, %d threads, CUDA %s\n", TORCH_VERSION, args.threads,
              torch::cuda::is_available() ? "available (not measured here)" : "not available (GPU part not measured)");
  const double matmul = matmulGflops();
  std::printf("plain fp32 matmul 2048^3: %.1f GFLOP/s\n", matmul);

  const auto compact = backboneShape("compact");
  section("compact", compact, makeInputs(args.compactLeads, 160, 256, compact.vocabSize, 7), 16384, args, matmul);
  if (args.runBig) {
    const auto big = backboneShape("qwen2.5-0.5b");
    section("qwen2.5-0.5b", big, makeInputs(args.bigLeads, args.bigTokens, args.bigTokens, big.vocabSize, 8),
            static_cast<std::size_t>(args.bigTokens) * 2, args, matmul);
  }
  std::printf("\nmatmul after the runs: %.1f GFLOP/s\n", matmulGflops());
  return 0;
}
