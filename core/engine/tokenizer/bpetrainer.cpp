#include "engine/tokenizer/bpetrainer.h"

#include "engine/tokenizer/bpetokenizer.h"
#include "engine/tokenizer/pretokenizer.h"
#include "engine/tokenizer/unicode.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <queue>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace ll::tokenizer {

namespace {

using OrderedJson = nlohmann::ordered_json;

std::string utf8Of(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  return out;
}

std::uint64_t key(std::uint32_t a, std::uint32_t b) { return (std::uint64_t{a} << 32) | b; }

struct Candidate {
  std::int64_t count;
  std::uint64_t pair;
  // Max-heap: higher count first, then the smaller pair.
  bool operator<(const Candidate& o) const { return count != o.count ? count < o.count : pair > o.pair; }
};

// Cuts the special tokens out of `text` (longest first at each position) and hands the rest on.
template <typename OnText>
void withoutSpecials(std::string_view text, const std::vector<std::string>& specials, OnText onText) {
  std::size_t emitted = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t len = 0;
    for (const std::string& s : specials) {
      if (s.size() > len && text.substr(pos).starts_with(s)) len = s.size();
    }
    if (len == 0) {
      ++pos;
      continue;
    }
    if (emitted < pos) onText(text.substr(emitted, pos - emitted));
    pos += len;
    emitted = pos;
  }
  if (emitted < text.size()) onText(text.substr(emitted));
}

OrderedJson byteLevelStep() {
  return OrderedJson{{"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", false}, {"use_regex", false}};
}

}  // namespace

BpeTrainingResult trainBpe(std::span<const std::string> corpus, const BpeTrainerOptions& options) {
  std::vector<std::string> specials;
  for (const std::string& s : options.specialTokens) {
    if (s.empty()) throw std::invalid_argument("empty special token");
    if (!unicode::isValidUtf8(s)) throw std::invalid_argument("special token is not valid UTF-8");
    if (std::find(specials.begin(), specials.end(), s) != specials.end()) {
      throw std::invalid_argument("special token \"" + s + "\" given twice");
    }
    specials.push_back(s);
  }
  if (options.vocabSize < specials.size() + 256) {
    throw std::invalid_argument("vocabSize " + std::to_string(options.vocabSize) + " is below the " +
                                std::to_string(specials.size() + 256) + " special and byte tokens");
  }

  // Vocabulary: specials, then bytes by the code point of their character.
  std::vector<std::string> idToToken(specials);
  std::map<std::string, std::uint32_t> tokenToId;
  for (std::uint32_t i = 0; i < specials.size(); ++i) tokenToId.emplace(specials[i], i);
  std::vector<std::pair<char32_t, std::uint8_t>> bytes;
  for (int b = 0; b < 256; ++b) bytes.emplace_back(byteToUnicode(static_cast<std::uint8_t>(b)), static_cast<std::uint8_t>(b));
  std::sort(bytes.begin(), bytes.end());
  std::array<std::uint32_t, 256> byteId{};
  for (const auto& [cp, b] : bytes) {
    std::string token = utf8Of(cp);
    // A special token spelled like a byte character keeps its id; the byte then shares it.
    const auto [it, added] = tokenToId.emplace(token, static_cast<std::uint32_t>(idToToken.size()));
    if (added) idToToken.push_back(token);
    byteId[b] = it->second;
  }

  // Word counts over the pre-tokenized corpus; std::map gives a deterministic word order.
  std::map<std::string, std::int64_t> wordCounts;
  std::vector<std::string_view> pieces;
  for (const std::string& raw : corpus) {
    const std::string text = unicode::sanitizeUtf8(raw);
    withoutSpecials(text, specials, [&](std::string_view segment) {
      const std::string normalized = options.nfc ? unicode::toNfc(segment) : std::string(segment);
      pieces.clear();
      splitQwen2(normalized, pieces);
      for (const std::string_view p : pieces) ++wordCounts[std::string(p)];
    });
  }

  std::vector<std::vector<std::uint32_t>> words;
  std::vector<std::int64_t> counts;
  for (const auto& [word, n] : wordCounts) {
    std::vector<std::uint32_t> symbols;
    for (const char c : word) symbols.push_back(byteId[static_cast<unsigned char>(c)]);
    words.push_back(std::move(symbols));
    counts.push_back(n);
  }

  std::unordered_map<std::uint64_t, std::int64_t> pairCount;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> pairWords;  // may hold stale words
  for (std::uint32_t w = 0; w < words.size(); ++w) {
    for (std::size_t i = 0; i + 1 < words[w].size(); ++i) {
      const std::uint64_t k = key(words[w][i], words[w][i + 1]);
      pairCount[k] += counts[w];
      pairWords[k].push_back(w);
    }
  }
  std::priority_queue<Candidate> heap;
  for (const auto& [k, n] : pairCount) heap.push(Candidate{n, k});

  std::vector<std::pair<std::uint32_t, std::uint32_t>> merges;
  std::unordered_set<std::uint64_t> merged;
  while (idToToken.size() < options.vocabSize && !heap.empty()) {
    const Candidate best = heap.top();
    heap.pop();
    const std::int64_t current = pairCount[best.pair];
    if (current != best.count) {
      // Stale entry: its count has dropped since; requeue it with the true count.
      if (current > 0) heap.push(Candidate{current, best.pair});
      continue;
    }
    if (current < static_cast<std::int64_t>(options.minFrequency) || current <= 0) break;
    if (!merged.insert(best.pair).second) continue;

    const auto left = static_cast<std::uint32_t>(best.pair >> 32);
    const auto right = static_cast<std::uint32_t>(best.pair & 0xFFFFFFFFu);
    const std::string token = idToToken[left] + idToToken[right];
    // The same string can arise from two different pairs; it keeps its first id.
    const auto [it, added] = tokenToId.emplace(token, static_cast<std::uint32_t>(idToToken.size()));
    if (added) idToToken.push_back(token);
    const std::uint32_t newId = it->second;
    merges.emplace_back(left, right);

    std::unordered_map<std::uint64_t, std::int64_t> delta;
    std::vector<std::uint32_t> affected = std::move(pairWords[best.pair]);
    pairWords.erase(best.pair);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (const std::uint32_t w : affected) {
      std::vector<std::uint32_t>& sym = words[w];
      bool found = false;
      for (std::size_t i = 0; i + 1 < sym.size(); ++i) found = found || (sym[i] == left && sym[i + 1] == right);
      if (!found) continue;
      // Re-count this word's pairs: simple, and words are short.
      for (std::size_t i = 0; i + 1 < sym.size(); ++i) delta[key(sym[i], sym[i + 1])] -= counts[w];
      std::vector<std::uint32_t> next;
      next.reserve(sym.size());
      for (std::size_t i = 0; i < sym.size(); ++i) {
        if (i + 1 < sym.size() && sym[i] == left && sym[i + 1] == right) {
          next.push_back(newId);
          ++i;
        } else {
          next.push_back(sym[i]);
        }
      }
      sym = std::move(next);
      for (std::size_t i = 0; i + 1 < sym.size(); ++i) {
        const std::uint64_t k = key(sym[i], sym[i + 1]);
        delta[k] += counts[w];
        pairWords[k].push_back(w);
      }
    }
    for (const auto& [k, d] : delta) {
      if (d == 0) continue;
      std::int64_t& n = pairCount[k];
      n += d;
      // Increases must be queued (the old entry is now too low); decreases are fixed lazily.
      if (d > 0) heap.push(Candidate{n, k});
    }
  }

  OrderedJson vocab = OrderedJson::object();
  for (std::uint32_t id = 0; id < idToToken.size(); ++id) vocab[idToToken[id]] = id;
  OrderedJson mergeList = OrderedJson::array();
  for (const auto& [l, r] : merges) mergeList.push_back(OrderedJson::array({idToToken[l], idToToken[r]}));
  OrderedJson added = OrderedJson::array();
  for (std::uint32_t i = 0; i < specials.size(); ++i) {
    added.push_back(OrderedJson{{"id", i},           {"content", specials[i]}, {"single_word", false},
                                {"lstrip", false},   {"rstrip", false},        {"normalized", false},
                                {"special", true}});
  }

  OrderedJson root;
  root["version"] = "1.0";
  root["truncation"] = nullptr;
  root["padding"] = nullptr;
  root["added_tokens"] = added;
  root["normalizer"] = options.nfc ? OrderedJson{{"type", "NFC"}} : OrderedJson(nullptr);
  root["pre_tokenizer"] = OrderedJson{
      {"type", "Sequence"},
      {"pretokenizers",
       OrderedJson::array({OrderedJson{{"type", "Split"},
                                       {"pattern", OrderedJson{{"Regex", std::string(kQwen2Pattern)}}},
                                       {"behavior", "Isolated"},
                                       {"invert", false}},
                           byteLevelStep()})}};
  root["post_processor"] = byteLevelStep();
  root["decoder"] = byteLevelStep();
  root["model"] = OrderedJson{{"type", "BPE"},
                              {"dropout", nullptr},
                              {"unk_token", nullptr},
                              {"continuing_subword_prefix", ""},
                              {"end_of_word_suffix", ""},
                              {"fuse_unk", false},
                              {"byte_fallback", false},
                              {"ignore_merges", false},
                              {"vocab", vocab},
                              {"merges", mergeList}};

  BpeTrainingResult result;
  result.json = root.dump(1) + "\n";
  result.vocabSize = idToToken.size();
  result.mergeCount = merges.size();
  return result;
}

}  // namespace ll::tokenizer
