// leadladder-cli tokenize: encode text to token ids (or decode ids to text) with a Hugging Face
// byte-level BPE tokenizer.json, one JSON value per line on stdin, one JSON object per line out.
// A line-oriented JSON protocol keeps arbitrary text (newlines, control characters) unambiguous
// and lets scripts stream through it.

#include "app/cli/command.h"
#include "engine/tokenizer/bpetokenizer.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;

const QString kDescription =
    u"Reads one JSON string per line on stdin and prints {\"ids\":[...]} per line, the token ids\n"
    u"the Hugging Face tokenizer would give (no special tokens are added; special tokens written\n"
    u"in the text, like <|im_end|>, become their ids).\n"
    u"With --decode, reads one JSON array of ids per line and prints {\"text\":\"...\"}.\n"
    u"FILE is a tokenizer.json (byte-level BPE, Qwen2/Qwen2.5/Qwen3 family), gzip-compressed or not.\n"
    u"Exit codes: 0 done, 2 usage, 3 unusable tokenizer file or bad input line (named on stderr)."_s;

void fail(const std::string& message) { std::fprintf(stderr, "leadladder-cli tokenize: %s\n", message.c_str()); }

void writeLine(const nlohmann::json& value) {
  const std::string s = value.dump() + "\n";
  std::fwrite(s.data(), 1, s.size(), stdout);
}

int runTokenize(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(kDescription);
  p.addHelpOption();
  p.addOptions({
      {u"tokenizer"_s, u"The tokenizer.json (or tokenizer.json.gz) to use."_s, u"FILE"_s},
      {u"decode"_s, u"Decode JSON arrays of ids instead of encoding JSON strings."_s},
      {u"skip-special-tokens"_s, u"With --decode, leave special tokens out of the text."_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"tokenizer"_s})) return exitCode;
  const bool decode = p.isSet(u"decode"_s);
  const bool skipSpecial = p.isSet(u"skip-special-tokens"_s);

  std::optional<ll::tokenizer::BpeTokenizer> tokenizer;
  try {
    tokenizer.emplace(ll::tokenizer::BpeTokenizer::fromFile(p.value(u"tokenizer"_s).toStdString()));
  } catch (const ll::tokenizer::TokenizerError& e) {
    fail(e.what());
    return kBadInput;
  }

  std::string line;
  for (std::size_t lineNo = 1; std::getline(std::cin, line); ++lineNo) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF input
    const std::string where = "stdin line " + std::to_string(lineNo) + ": ";
    nlohmann::json value;
    try {
      value = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error&) {
      fail(where + (decode ? "not a JSON array of token ids" : "not a JSON string"));
      return kBadInput;
    }
    try {
      if (!decode) {
        if (!value.is_string()) {
          fail(where + "expected a JSON string (the text to encode)");
          return kBadInput;
        }
        writeLine(nlohmann::json{{"ids", tokenizer->encode(value.get_ref<const std::string&>())}});
      } else {
        std::vector<ll::tokenizer::TokenId> ids;
        bool ok = value.is_array();
        if (ok) {
          for (const auto& id : value) {
            if (!id.is_number_unsigned() || id.get<std::uint64_t>() > 0xFFFFFFFFu) {
              ok = false;
              break;
            }
            ids.push_back(id.get<ll::tokenizer::TokenId>());
          }
        }
        if (!ok) {
          fail(where + "expected a JSON array of non-negative integer token ids");
          return kBadInput;
        }
        writeLine(nlohmann::json{{"text", tokenizer->decode(ids, skipSpecial)}});
      }
    } catch (const ll::tokenizer::TokenizerError& e) {
      fail(where + e.what());
      return kBadInput;
    }
  }
  std::fflush(stdout);
  return kOk;
}

const ll::cli::Registration kTokenize{"tokenize", "encode/decode text with a tokenizer.json (JSON lines)",
                                      &runTokenize};

}  // namespace
