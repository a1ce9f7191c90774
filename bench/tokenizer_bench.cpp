// Tokenizer benchmark: encode and decode throughput (MB/s) of the Qwen3 tokenizer on about
// 4 MB of mixed Chinese/English CRM notes (the test corpus, each line made unique).
//   tokenizer_bench [TOKENIZER_JSON[.gz]] [CORPUS_TXT]

#include "engine/tokenizer/bpetokenizer.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  const std::string dataDir = LL_TEST_DATA_DIR "/tokenizer/";
  const std::string tokenizerPath = argc > 1 ? argv[1] : dataDir + "qwen3.tokenizer.json.gz";
  const std::string corpusPath = argc > 2 ? argv[2] : dataDir + "trained.corpus.txt";
  using Clock = std::chrono::steady_clock;
  const auto seconds = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); };

  auto t0 = Clock::now();
  const auto tokenizer = ll::tokenizer::BpeTokenizer::fromFile(tokenizerPath);
  std::printf("load %s: %.2f s\n", tokenizerPath.c_str(), seconds(t0, Clock::now()));

  std::ifstream in(corpusPath);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  if (lines.empty()) {
    std::fprintf(stderr, "no corpus lines in %s\n", corpusPath.c_str());
    return 1;
  }
  std::string text;
  for (int i = 0; text.size() < 4'000'000; ++i) {
    text += lines[static_cast<std::size_t>(i) % lines.size()];
    text += " #" + std::to_string(i * 7919) + "\n";
  }
  for (int run = 0; run < 3; ++run) {
    t0 = Clock::now();
    const auto ids = tokenizer.encode(text);
    const auto t1 = Clock::now();
    const std::string back = tokenizer.decode(ids);
    const auto t2 = Clock::now();
    std::printf("run %d: encode %.1f MB/s (%zu bytes -> %zu tokens), decode %.1f MB/s\n", run + 1,
                text.size() / 1e6 / seconds(t0, t1), text.size(), ids.size(), back.size() / 1e6 / seconds(t1, t2));
  }
  return 0;
}
