// leadladder-cli forward: runs the Qwen2 backbone of a Hugging Face folder on token id lists and
// prints, per input line, the final hidden state at the last token and the LM head logits there.
// It is the C++ side of a parity check against any Python implementation: same ids in, compare
// the numbers out.

#include "app/cli/command.h"
#include "engine/model/qwen2.h"
#include "engine/model/threads.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;
constexpr int kFailed = 1;

const QString kDescription =
    u"Reads one JSON array of token ids per line on stdin and prints one JSON object per line:\n"
    u"{\"hidden\":[...],\"logits\":[...]}, the final hidden state (after the last norm) at the last\n"
    u"token and the LM head logits there, computed in float32.\n"
    u"DIR is a Hugging Face Qwen2 folder: config.json and model.safetensors (or shards + index).\n"
    u"Exit codes: 0 done, 2 usage, 3 unusable model folder or bad input line (named on stderr)."_s;

void fail(const std::string& message) { std::fprintf(stderr, "leadladder-cli forward: %s\n", message.c_str()); }

std::vector<double> toVector(const torch::Tensor& t) {
  const auto c = t.to(torch::kFloat64).contiguous();
  const auto* p = c.data_ptr<double>();
  return {p, p + c.numel()};
}

int runForward(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(kDescription);
  p.addHelpOption();
  p.addOptions({
      {u"backbone"_s, u"The Hugging Face model folder."_s, u"DIR"_s},
      {u"threads"_s, u"Intra-op threads (default 1, for reproducible timings)."_s, u"N"_s, u"1"_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"backbone"_s})) return exitCode;
  bool threadsOk = false;
  const int threads = p.value(u"threads"_s).toInt(&threadsOk);
  if (!threadsOk || threads < 1) {
    QTextStream(stderr) << u"error: --threads must be a positive integer\n\n"_s << p.helpText();
    return kUsage;
  }
  ll::model::setIntraOpThreads(threads);

  std::optional<ll::model::Qwen2ForCausalLM> model;
  try {
    model.emplace(ll::model::loadBackbone(p.value(u"backbone"_s).toStdString()));
  } catch (const std::exception& e) {
    fail(e.what());
    return kBadInput;
  }
  const auto vocab = (*model)->config().vocabSize;

  torch::InferenceMode inference;
  std::string line;
  for (std::size_t lineNo = 1; std::getline(std::cin, line); ++lineNo) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF input
    const std::string where = "stdin line " + std::to_string(lineNo) + ": ";
    std::vector<std::int64_t> ids;
    try {
      const auto value = nlohmann::json::parse(line);
      bool ok = value.is_array() && !value.empty();
      for (const auto& id : value) {
        if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() >= vocab) {
          ok = false;
          break;
        }
        ids.push_back(id.get<std::int64_t>());
      }
      if (!ok) {
        fail(where + "expected a non-empty JSON array of token ids in [0, " + std::to_string(vocab) + ")");
        return kBadInput;
      }
    } catch (const nlohmann::json::parse_error&) {
      fail(where + "not a JSON array of token ids");
      return kBadInput;
    }
    try {
      const auto input = torch::tensor(ids, torch::kInt64).unsqueeze(0);
      const auto hidden = (*model)(input, torch::ones_like(input))[0][-1];
      const nlohmann::json out = {{"hidden", toVector(hidden)}, {"logits", toVector((*model)->logits(hidden))}};
      const std::string s = out.dump() + "\n";
      std::fwrite(s.data(), 1, s.size(), stdout);
    } catch (const std::exception& e) {
      fail(where + e.what());
      return kFailed;
    }
  }
  std::fflush(stdout);
  return kOk;
}

const ll::cli::Registration kForward{"forward", "run a Qwen2 backbone on token id lists (JSON lines)", &runForward};

}  // namespace
