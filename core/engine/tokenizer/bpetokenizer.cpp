#include "engine/tokenizer/bpetokenizer.h"

#include "engine/tokenizer/pretokenizer.h"
#include "engine/tokenizer/unicode.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <unordered_map>

namespace ll::tokenizer {

using engine::Message;

namespace {

using Json = nlohmann::json;

constexpr TokenId kNoToken = 0xFFFFFFFFu;

struct ByteMaps {
  std::array<char32_t, 256> toUnicode{};
  std::unordered_map<char32_t, std::uint8_t> toByte;
};

// GPT-2's bytes_to_unicode(): printable Latin-1 bytes stand for themselves, the other 68 bytes
// get U+0100.. in byte order, so every byte has a visible, non-space character in the vocab.
const ByteMaps& byteMaps() {
  static const ByteMaps maps = [] {
    ByteMaps m;
    char32_t next = 256;
    for (int b = 0; b < 256; ++b) {
      const bool printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
      m.toUnicode[static_cast<std::size_t>(b)] = printable ? static_cast<char32_t>(b) : next++;
      m.toByte.emplace(m.toUnicode[static_cast<std::size_t>(b)], static_cast<std::uint8_t>(b));
    }
    return m;
  }();
  return maps;
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string bytesToTokenString(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) appendUtf8(out, byteMaps().toUnicode[static_cast<unsigned char>(c)]);
  return out;
}

// HF's ByteLevel decoder: a token made only of byte characters becomes those bytes; any other
// token (e.g. an added token containing a space) is used as its own UTF-8.
std::string tokenStringToBytes(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  const auto& toByte = byteMaps().toByte;
  if (!unicode::isValidUtf8(token)) return std::string(token);
  for (std::size_t pos = 0; pos < token.size();) {
    const auto it = toByte.find(unicode::nextCodePoint(token, pos));
    if (it == toByte.end()) return std::string(token);
    out.push_back(static_cast<char>(it->second));
  }
  return out;
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

std::uint64_t pairKey(TokenId a, TokenId b) { return (std::uint64_t{a} << 32) | b; }

// Added tokens of one kind (normalized or not), indexed by first byte, longest first, so the
// first hit at the leftmost position is HF's leftmost-longest match.
struct AddedMatcher {
  struct Entry {
    const AddedToken* token;
    std::string pattern;  // the text to find: the content, NFC-normalized for normalized tokens
  };
  std::array<std::vector<Entry>, 256> byFirstByte;
  bool empty = true;

  void add(const AddedToken* token, std::string text) {
    if (text.empty()) return;
    byFirstByte[static_cast<unsigned char>(text[0])].push_back(Entry{token, std::move(text)});
    empty = false;
  }
  void finish() {
    for (auto& list : byFirstByte) {
      std::stable_sort(list.begin(), list.end(),
                       [](const Entry& a, const Entry& b) { return a.pattern.size() > b.pattern.size(); });
    }
  }
};

std::size_t leftmostTrailingSpace(std::string_view s) {
  // Byte index where the run of whitespace at the end of `s` starts.
  std::size_t start = s.size();
  std::size_t pos = 0;
  std::size_t runStart = 0;
  bool inRun = false;
  while (pos < s.size()) {
    const std::size_t at = pos;
    const bool ws = unicode::isWhitespace(unicode::nextCodePoint(s, pos));
    if (ws && !inRun) runStart = at;
    inRun = ws;
  }
  if (inRun) start = runStart;
  return start;
}

std::size_t leadingSpaceBytes(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t next = pos;
    if (!unicode::isWhitespace(unicode::nextCodePoint(s, next))) break;
    pos = next;
  }
  return pos;
}

bool isWordChar(char32_t cp) { return cp == U'_' || (unicode::classify(cp) & (unicode::kLetter | unicode::kNumber)); }

bool endsWithWord(std::string_view s) {
  if (s.empty()) return false;
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t pos = start;
  return isWordChar(unicode::nextCodePoint(s, pos));
}

bool startsWithWord(std::string_view s) {
  if (s.empty()) return false;
  std::size_t pos = 0;
  return isWordChar(unicode::nextCodePoint(s, pos));
}

std::string readFileMaybeGzip(const std::string& path) {
  // gzread passes uncompressed files through unchanged, so one reader serves both.
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f)
    throw TokenizerError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: cannot open: %2"), path, std::strerror(errno)));
  std::string data;
  std::array<char, 1 << 16> buf;
  for (;;) {
    const int n = gzread(f, buf.data(), static_cast<unsigned>(buf.size()));
    if (n < 0) {
      int err = 0;
      const std::string msg = gzerror(f, &err);
      gzclose(f);
      throw TokenizerError(Message(QT_TRANSLATE_NOOP("ll::engine", "%1: cannot read: %2"), path, msg));
    }
    if (n == 0) break;
    data.append(buf.data(), static_cast<std::size_t>(n));
  }
  gzclose(f);
  return data;
}

}  // namespace

char32_t byteToUnicode(std::uint8_t byte) { return byteMaps().toUnicode[byte]; }

struct BpeTokenizer::Impl {
  std::string m_source;
  StringMap<TokenId> m_vocab;             // byte-level token string -> id (model vocab)
  std::vector<std::string> m_idToToken;   // id -> token string (vocab and added tokens)
  std::vector<std::string> m_idToBytes;   // id -> bytes it decodes to
  std::vector<std::uint8_t> m_isSpecial;  // id -> special added token
  std::array<TokenId, 256> m_byteToken{};
  std::unordered_map<std::uint64_t, std::uint64_t> m_merges;  // (left, right) -> rank << 32 | merged
  std::vector<AddedToken> m_added;
  StringMap<TokenId> m_addedByContent;
  AddedMatcher m_rawMatcher;
  AddedMatcher m_normalizedMatcher;
  bool m_nfc = false;
  bool m_ignoreMerges = false;

  // Word cache: repeated words (most of them in real text) skip the merge loop.
  static constexpr std::size_t kCacheMaxEntries = 200'000;
  static constexpr std::size_t kCacheMaxWordBytes = 256;
  mutable std::mutex m_cacheMutex;
  mutable StringMap<std::vector<TokenId>> m_cache;

  // `text` names the tokenizer file as %1.
  template <typename... Args>
  [[noreturn]] void fail(const char* text, Args&&... args) const {
    throw TokenizerError(Message(text, m_source, std::forward<Args>(args)...));
  }

  void load(const Json& root);
  void loadModel(const Json& model);
  void loadAdded(const Json& added);
  void checkNormalizer(const Json& normalizer);
  void checkPreTokenizer(const Json& pre) const;
  void checkDecoder(const Json& decoder) const;
  void checkPostProcessor(const Json& post) const;

  void encodeText(std::string_view text, std::vector<TokenId>& out) const;
  void encodeNormalized(std::string_view text, std::vector<TokenId>& out) const;
  void encodePieces(std::string_view text, std::vector<TokenId>& out) const;
  void encodeWord(std::string_view bytes, std::vector<TokenId>& out) const;
  void bpe(std::string_view bytes, std::vector<TokenId>& out) const;

  template <typename OnText, typename OnAdded>
  void splitAdded(std::string_view text, const AddedMatcher& matcher, OnText onText, OnAdded onAdded) const;
};

namespace {

const Json* member(const Json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  const auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

std::string typeOf(const Json& obj) {
  const Json* t = member(obj, "type");
  return t && t->is_string() ? t->get<std::string>() : std::string();
}

bool flag(const Json& obj, const char* key, bool fallback) {
  const Json* v = member(obj, key);
  return v && v->is_boolean() ? v->get<bool>() : fallback;
}

}  // namespace

void BpeTokenizer::Impl::load(const Json& root) {
  if (!root.is_object())
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: not a tokenizer.json: the top level is not a JSON object"));
  const Json* model = member(root, "model");
  if (!model || !model->is_object()) fail(QT_TRANSLATE_NOOP("ll::engine", "%1: no \"model\" object"));
  loadModel(*model);
  if (const Json* added = member(root, "added_tokens")) loadAdded(*added);
  if (const Json* n = member(root, "normalizer")) checkNormalizer(*n);
  const Json* pre = member(root, "pre_tokenizer");
  if (!pre || pre->is_null())
    fail(QT_TRANSLATE_NOOP(
        "ll::engine", "%1: no pre_tokenizer: only the Qwen2 Split + ByteLevel pre-tokenizer is supported"));
  checkPreTokenizer(*pre);
  if (const Json* d = member(root, "decoder")) checkDecoder(*d);
  if (const Json* p = member(root, "post_processor")) checkPostProcessor(*p);
}

void BpeTokenizer::Impl::loadModel(const Json& model) {
  const std::string type = typeOf(model);
  if (!type.empty() && type != "BPE") {
    fail(QT_TRANSLATE_NOOP("ll::engine",
                           "%1: model type \"%2\" is not supported: only byte-level BPE models are"),
         type);
  }
  const Json* vocab = member(model, "vocab");
  if (!vocab || !vocab->is_object())
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: model.vocab is missing or not an object"));
  const Json* merges = member(model, "merges");
  if (!merges || !merges->is_array())
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: model.merges is missing or not an array"));
  if (const Json* d = member(model, "dropout"); d && !d->is_null() && !(d->is_number() && d->get<double>() == 0.0)) {
    fail(
        QT_TRANSLATE_NOOP("ll::engine", "%1: model.dropout is set: BPE dropout is random and not supported"));
  }
  for (const char* key : {"continuing_subword_prefix", "end_of_word_suffix"}) {
    if (const Json* v = member(model, key); v && !v->is_null() && !(v->is_string() && v->get<std::string>().empty())) {
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: model.%2 is not supported (byte-level BPE does not use it)"),
           key);
    }
  }
  m_ignoreMerges = flag(model, "ignore_merges", false);

  m_vocab.reserve(vocab->size());
  TokenId maxId = 0;
  for (const auto& [token, idJson] : vocab->items()) {
    if (!idJson.is_number_unsigned() || idJson.get<std::uint64_t>() >= kNoToken) {
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: model.vocab[\"%2\"] is not a valid token id"), token);
    }
    const auto id = idJson.get<TokenId>();
    m_vocab.emplace(token, id);
    maxId = std::max(maxId, id);
  }
  m_idToToken.assign(vocab->empty() ? 0 : std::size_t{maxId} + 1, std::string());
  for (const auto& [token, id] : m_vocab) m_idToToken[id] = token;

  for (int b = 0; b < 256; ++b) {
    std::string s;
    appendUtf8(s, byteMaps().toUnicode[static_cast<std::size_t>(b)]);
    const auto it = m_vocab.find(s);
    // A byte without a token is dropped at encode time, as HF does without an unk_token.
    m_byteToken[static_cast<std::size_t>(b)] = it == m_vocab.end() ? kNoToken : it->second;
  }

  m_merges.reserve(merges->size());
  std::uint32_t rank = 0;
  for (const Json& m : *merges) {
    std::string left, right;
    if (m.is_string()) {
      const auto& line = m.get_ref<const std::string&>();
      const auto space = line.find(' ');
      if (space == std::string::npos || line.find(' ', space + 1) != std::string::npos) {
        fail(QT_TRANSLATE_NOOP("ll::engine",
                               "%1: model.merges[%2] \"%3\" is not two tokens separated by one space"),
             rank, line);
      }
      left = line.substr(0, space);
      right = line.substr(space + 1);
    } else if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string()) {
      left = m[0].get<std::string>();
      right = m[1].get<std::string>();
    } else {
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: model.merges[%2] is neither \"a b\" nor [\"a\", \"b\"]"),
           rank);
    }
    const auto l = m_vocab.find(left);
    const auto r = m_vocab.find(right);
    const auto merged = m_vocab.find(left + right);
    const std::string where = "model.merges[" + std::to_string(rank) + "] (\"" + left + "\", \"" + right + "\")";
    if (l == m_vocab.end())
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: %2: token \"%3\" is not in model.vocab"), where, left);
    if (r == m_vocab.end())
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: %2: token \"%3\" is not in model.vocab"), where, right);
    if (merged == m_vocab.end())
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: %2: merged token \"%3\" is not in model.vocab"), where,
           left + right);
    // A repeated merge keeps its first (lowest) rank, as HF does.
    m_merges.emplace(pairKey(l->second, r->second), (std::uint64_t{rank} << 32) | merged->second);
    ++rank;
  }
}

void BpeTokenizer::Impl::loadAdded(const Json& added) {
  if (added.is_null()) return;
  if (!added.is_array()) fail(QT_TRANSLATE_NOOP("ll::engine", "%1: added_tokens is not an array"));
  for (std::size_t i = 0; i < added.size(); ++i) {
    const Json& t = added[i];
    const Json* id = member(t, "id");
    const Json* content = member(t, "content");
    if (!id || !id->is_number_unsigned() || id->get<std::uint64_t>() >= kNoToken || !content || !content->is_string()) {
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: added_tokens[%2] needs an \"id\" and a \"content\" string"),
           i);
    }
    AddedToken tok;
    tok.id = id->get<TokenId>();
    tok.content = content->get<std::string>();
    tok.special = flag(t, "special", false);
    tok.lstrip = flag(t, "lstrip", false);
    tok.rstrip = flag(t, "rstrip", false);
    tok.singleWord = flag(t, "single_word", false);
    // HF's default: special tokens are matched on the raw text, others after normalization.
    tok.normalized = flag(t, "normalized", !tok.special);
    m_added.push_back(std::move(tok));
  }
  for (const AddedToken& tok : m_added) {
    if (m_idToToken.size() <= tok.id) m_idToToken.resize(std::size_t{tok.id} + 1);
    m_idToToken[tok.id] = tok.content;
    m_addedByContent.emplace(tok.content, tok.id);
  }
}

void BpeTokenizer::Impl::checkNormalizer(const Json& n) {
  if (n.is_null()) return;
  const std::string type = typeOf(n);
  if (type == "NFC") {
    m_nfc = true;
    return;
  }
  if (type == "Sequence") {
    const Json* list = member(n, "normalizers");
    if (list && list->is_array()) {
      bool ok = true;
      for (const Json& item : *list) ok = ok && typeOf(item) == "NFC";
      if (ok) {
        m_nfc = !list->empty();
        return;
      }
    }
  }
  fail(QT_TRANSLATE_NOOP("ll::engine", "%1: normalizer \"%2\" is not supported: only none or NFC"), type);
}

void BpeTokenizer::Impl::checkPreTokenizer(const Json& pre) const {
  auto checkSplit = [&](const Json& split) {
    const Json* pattern = member(split, "pattern");
    const Json* regex = pattern ? member(*pattern, "Regex") : nullptr;
    if (!regex || !regex->is_string() || regex->get<std::string>() != kQwen2Pattern) {
      fail(QT_TRANSLATE_NOOP(
          "ll::engine", "%1: pre_tokenizer Split pattern is not the Qwen2 regex (the only one supported)"));
    }
    const Json* behavior = member(split, "behavior");
    if (behavior && behavior->is_string() && behavior->get<std::string>() != "Isolated") {
      fail(QT_TRANSLATE_NOOP("ll::engine",
                             "%1: pre_tokenizer Split behavior \"%2\" is not supported: only Isolated"),
           behavior->get<std::string>());
    }
    if (flag(split, "invert", false))
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: pre_tokenizer Split with invert=true is not supported"));
  };
  auto checkByteLevel = [&](const Json& bl) {
    if (flag(bl, "add_prefix_space", false))
      fail(QT_TRANSLATE_NOOP("ll::engine",
                             "%1: pre_tokenizer ByteLevel add_prefix_space=true is not supported"));
    if (flag(bl, "use_regex", true)) {
      fail(QT_TRANSLATE_NOOP(
          "ll::engine",
          "%1: pre_tokenizer ByteLevel use_regex=true (the GPT-2 regex) is not supported: only the "
          "Qwen2 Split"));
    }
  };
  const std::string type = typeOf(pre);
  if (type == "Split") {
    checkSplit(pre);
    return;
  }
  if (type == "Sequence") {
    const Json* list = member(pre, "pretokenizers");
    if (list && list->is_array() && !list->empty() && list->size() <= 2 && typeOf((*list)[0]) == "Split") {
      checkSplit((*list)[0]);
      if (list->size() == 2) {
        if (typeOf((*list)[1]) != "ByteLevel")
          fail(QT_TRANSLATE_NOOP("ll::engine",
                                 "%1: pre_tokenizer Sequence: the step after Split must be ByteLevel"));
        checkByteLevel((*list)[1]);
      }
      return;
    }
  }
  fail(QT_TRANSLATE_NOOP(
           "ll::engine",
           "%1: pre_tokenizer \"%2\" is not supported: only Sequence[Split(Qwen2 regex), ByteLevel]"),
       type);
}

void BpeTokenizer::Impl::checkDecoder(const Json& d) const {
  if (d.is_null() || typeOf(d) == "ByteLevel") return;
  fail(QT_TRANSLATE_NOOP("ll::engine", "%1: decoder \"%2\" is not supported: only ByteLevel"), typeOf(d));
}

void BpeTokenizer::Impl::checkPostProcessor(const Json& p) const {
  // ByteLevel post-processing only adjusts offsets; anything that adds tokens would change ids.
  if (p.is_null() || typeOf(p) == "ByteLevel") return;
  fail(QT_TRANSLATE_NOOP("ll::engine", "%1: post_processor \"%2\" is not supported: only none or ByteLevel"),
       typeOf(p));
}

template <typename OnText, typename OnAdded>
void BpeTokenizer::Impl::splitAdded(std::string_view text, const AddedMatcher& matcher, OnText onText,
                                    OnAdded onAdded) const {
  if (matcher.empty) {
    onText(text);
    return;
  }
  // Mirrors HF AddedVocabulary::find_matches: leftmost-longest, non-overlapping; lstrip/rstrip
  // widen a match over neighbouring whitespace; single_word drops a match inside a word.
  std::size_t emitted = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const AddedMatcher::Entry* entry = nullptr;
    for (const AddedMatcher::Entry& cand : matcher.byFirstByte[static_cast<unsigned char>(text[pos])]) {
      if (text.substr(pos).starts_with(cand.pattern)) {
        entry = &cand;
        break;
      }
    }
    if (!entry) {
      ++pos;
      continue;
    }
    const AddedToken* hit = entry->token;
    std::size_t start = pos;
    std::size_t stop = pos + entry->pattern.size();
    pos = stop;
    if (hit->singleWord && (endsWithWord(text.substr(0, start)) || startsWithWord(text.substr(stop)))) continue;
    if (hit->lstrip) start = std::max(leftmostTrailingSpace(text.substr(0, start)), emitted);
    if (hit->rstrip) stop += leadingSpaceBytes(text.substr(stop));
    if (emitted < start) onText(text.substr(emitted, start - emitted));
    onAdded(hit->id);
    emitted = stop;
    pos = stop;
  }
  if (emitted < text.size()) onText(text.substr(emitted));
}

void BpeTokenizer::Impl::encodeText(std::string_view text, std::vector<TokenId>& out) const {
  splitAdded(
      text, m_rawMatcher, [&](std::string_view segment) {
        if (m_nfc) {
          encodeNormalized(unicode::toNfc(segment), out);
        } else {
          encodeNormalized(segment, out);
        }
      },
      [&](TokenId id) { out.push_back(id); });
}

void BpeTokenizer::Impl::encodeNormalized(std::string_view text, std::vector<TokenId>& out) const {
  splitAdded(
      text, m_normalizedMatcher, [&](std::string_view segment) { encodePieces(segment, out); },
      [&](TokenId id) { out.push_back(id); });
}

void BpeTokenizer::Impl::encodePieces(std::string_view text, std::vector<TokenId>& out) const {
  thread_local std::vector<std::string_view> pieces;
  pieces.clear();
  splitQwen2(text, pieces);
  for (const std::string_view piece : pieces) encodeWord(piece, out);
}

void BpeTokenizer::Impl::encodeWord(std::string_view bytes, std::vector<TokenId>& out) const {
  if (m_ignoreMerges) {
    if (const auto it = m_vocab.find(bytesToTokenString(bytes)); it != m_vocab.end()) {
      out.push_back(it->second);
      return;
    }
  }
  if (bytes.size() == 1) {
    if (const TokenId id = m_byteToken[static_cast<unsigned char>(bytes[0])]; id != kNoToken) out.push_back(id);
    return;
  }
  const bool cacheable = bytes.size() <= kCacheMaxWordBytes;
  if (cacheable) {
    const std::lock_guard lock(m_cacheMutex);
    if (const auto it = m_cache.find(bytes); it != m_cache.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
      return;
    }
  }
  const std::size_t first = out.size();
  bpe(bytes, out);
  if (cacheable) {
    const std::lock_guard lock(m_cacheMutex);
    // A full cache is dropped rather than evicted piecemeal: cheap, and a working set refills it.
    if (m_cache.size() >= kCacheMaxEntries) m_cache.clear();
    m_cache.emplace(std::string(bytes), std::vector<TokenId>(out.begin() + static_cast<std::ptrdiff_t>(first), out.end()));
  }
}

void BpeTokenizer::Impl::bpe(std::string_view bytes, std::vector<TokenId>& out) const {
  // Symbols in a doubly linked list over the word's bytes; candidate merges in a min-heap by
  // (rank, position), so the lowest-ranked pair is merged first and, among equal ranks, the
  // leftmost: HF's order. Stale heap entries are detected by re-looking up the current pair.
  struct Symbol {
    TokenId id;
    int prev;
    int next;
  };
  struct Candidate {
    std::uint32_t rank;
    int pos;
    bool operator>(const Candidate& o) const { return rank != o.rank ? rank > o.rank : pos > o.pos; }
  };
  thread_local std::vector<Symbol> symbols;
  thread_local std::vector<Candidate> heap;
  symbols.clear();
  for (const char c : bytes) {
    const TokenId id = m_byteToken[static_cast<unsigned char>(c)];
    if (id == kNoToken) continue;
    const int index = static_cast<int>(symbols.size());
    symbols.push_back(Symbol{id, index - 1, index + 1});
  }
  if (symbols.empty()) return;
  symbols.back().next = -1;

  heap.clear();
  auto lookup = [&](int left) -> std::uint64_t {
    const int right = symbols[static_cast<std::size_t>(left)].next;
    if (right < 0) return ~std::uint64_t{0};
    const auto it = m_merges.find(pairKey(symbols[static_cast<std::size_t>(left)].id, symbols[static_cast<std::size_t>(right)].id));
    return it == m_merges.end() ? ~std::uint64_t{0} : it->second;
  };
  auto offer = [&](int left) {
    if (left < 0) return;
    const std::uint64_t m = lookup(left);
    if (m == ~std::uint64_t{0}) return;
    heap.push_back(Candidate{static_cast<std::uint32_t>(m >> 32), left});
    std::push_heap(heap.begin(), heap.end(), std::greater<>{});
  };
  for (int i = 0; i + 1 < static_cast<int>(symbols.size()); ++i) offer(i);

  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), std::greater<>{});
    const Candidate c = heap.back();
    heap.pop_back();
    Symbol& left = symbols[static_cast<std::size_t>(c.pos)];
    if (left.id == kNoToken) continue;  // merged into its left neighbour meanwhile
    const std::uint64_t m = lookup(c.pos);
    if (m == ~std::uint64_t{0} || static_cast<std::uint32_t>(m >> 32) != c.rank) continue;  // stale
    Symbol& right = symbols[static_cast<std::size_t>(left.next)];
    left.id = static_cast<TokenId>(m & 0xFFFFFFFFu);
    right.id = kNoToken;
    left.next = right.next;
    if (right.next >= 0) symbols[static_cast<std::size_t>(right.next)].prev = c.pos;
    offer(left.prev);
    offer(c.pos);
  }
  for (int i = 0; i >= 0; i = symbols[static_cast<std::size_t>(i)].next) out.push_back(symbols[static_cast<std::size_t>(i)].id);
}

BpeTokenizer::BpeTokenizer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
BpeTokenizer::BpeTokenizer(BpeTokenizer&&) noexcept = default;
BpeTokenizer& BpeTokenizer::operator=(BpeTokenizer&&) noexcept = default;
BpeTokenizer::~BpeTokenizer() = default;

BpeTokenizer BpeTokenizer::fromFile(const std::string& path) { return fromJson(readFileMaybeGzip(path), path); }

BpeTokenizer BpeTokenizer::fromJson(std::string_view json, const std::string& sourceName) {
  auto impl = std::make_unique<Impl>();
  impl->m_source = sourceName;
  if (json.empty()) impl->fail(QT_TRANSLATE_NOOP("ll::engine", "%1: empty file, expected a tokenizer.json"));
  Json root;
  try {
    root = Json::parse(json);
  } catch (const Json::parse_error& e) {
    // e.what() carries the byte offset; a truncated download reads "unexpected end of input".
    impl->fail(QT_TRANSLATE_NOOP("ll::engine", "%1: not valid JSON (truncated or corrupt?): %2"), e.what());
  }
  impl->load(root);

  impl->m_idToBytes.resize(impl->m_idToToken.size());
  impl->m_isSpecial.assign(impl->m_idToToken.size(), 0);
  for (std::size_t id = 0; id < impl->m_idToToken.size(); ++id) {
    impl->m_idToBytes[id] = tokenStringToBytes(impl->m_idToToken[id]);
  }
  for (const AddedToken& tok : impl->m_added) {
    impl->m_isSpecial[tok.id] = tok.special ? 1 : 0;
    if (tok.normalized) {
      impl->m_normalizedMatcher.add(&tok, impl->m_nfc ? unicode::toNfc(unicode::sanitizeUtf8(tok.content)) : tok.content);
    } else {
      impl->m_rawMatcher.add(&tok, tok.content);
    }
  }
  impl->m_rawMatcher.finish();
  impl->m_normalizedMatcher.finish();
  return BpeTokenizer(std::move(impl));
}

std::vector<TokenId> BpeTokenizer::encode(std::string_view text) const {
  std::vector<TokenId> out;
  out.reserve(text.size() / 3 + 4);
  if (unicode::isValidUtf8(text)) {
    m_impl->encodeText(text, out);
  } else {
    m_impl->encodeText(unicode::sanitizeUtf8(text), out);
  }
  return out;
}

std::string BpeTokenizer::decodeBytes(std::span<const TokenId> ids, bool skipSpecialTokens) const {
  std::string out;
  for (const TokenId id : ids) {
    if (id >= m_impl->m_idToToken.size() || (m_impl->m_idToToken[id].empty())) {
      throw TokenizerError(Message(
          QT_TRANSLATE_NOOP("ll::engine", "%1: token id %2 is not in the vocabulary"), m_impl->m_source, id));
    }
    if (skipSpecialTokens && m_impl->m_isSpecial[id]) continue;
    out += m_impl->m_idToBytes[id];
  }
  return out;
}

std::string BpeTokenizer::decode(std::span<const TokenId> ids, bool skipSpecialTokens) const {
  return unicode::sanitizeUtf8(decodeBytes(ids, skipSpecialTokens));
}

std::size_t BpeTokenizer::vocabSize() const { return m_impl->m_idToToken.size(); }

std::string BpeTokenizer::idToToken(TokenId id) const {
  return id < m_impl->m_idToToken.size() ? m_impl->m_idToToken[id] : std::string();
}

std::int64_t BpeTokenizer::tokenToId(std::string_view token) const {
  if (const auto it = m_impl->m_addedByContent.find(token); it != m_impl->m_addedByContent.end()) return it->second;
  if (const auto it = m_impl->m_vocab.find(token); it != m_impl->m_vocab.end()) return it->second;
  return -1;
}

const std::vector<AddedToken>& BpeTokenizer::addedTokens() const { return m_impl->m_added; }

}  // namespace ll::tokenizer
