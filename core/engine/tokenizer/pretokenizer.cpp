#include "engine/tokenizer/pretokenizer.h"

#include "engine/tokenizer/unicode.h"

#include <cstdint>

namespace ll::tokenizer {

namespace {

using namespace unicode;

struct Chars {
  std::vector<char32_t> cp;
  std::vector<std::uint8_t> cls;
  std::vector<std::uint32_t> offset;  // byte offset of each character; offset[n] == text size
};

char32_t asciiLower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }

// End (character index) of the match starting at `i`; each branch is one alternative of the
// pattern, tried in the pattern's order, with the backtracking outcome worked out by hand.
std::size_t matchAt(const Chars& s, std::size_t i) {
  const std::size_t n = s.cp.size();
  const auto& cls = s.cls;

  // (?i:'s|'t|'re|'ve|'m|'ll|'d). Case folding is ASCII only here: Oniguruma would also fold
  // U+017F (long s) to 's'; tokenizers.js does not, and no real text depends on it.
  if (s.cp[i] == U'\'' && i + 1 < n) {
    const char32_t c1 = asciiLower(s.cp[i + 1]);
    if (c1 == U's' || c1 == U't' || c1 == U'm' || c1 == U'd') return i + 2;
    if (i + 2 < n) {
      const char32_t c2 = asciiLower(s.cp[i + 2]);
      if ((c1 == U'r' && c2 == U'e') || (c1 == U'v' && c2 == U'e') || (c1 == U'l' && c2 == U'l')) return i + 3;
    }
  }

  // [^\r\n\p{L}\p{N}]?\p{L}+ : a letter run, optionally led by one character that is none of
  // CR, LF, letter, number (so " word", "\tword", "\"word").
  if (cls[i] & kLetter) {
    std::size_t j = i + 1;
    while (j < n && (cls[j] & kLetter)) ++j;
    return j;
  }
  if (!(cls[i] & (kCrLf | kNumber)) && i + 1 < n && (cls[i + 1] & kLetter)) {
    std::size_t j = i + 2;
    while (j < n && (cls[j] & kLetter)) ++j;
    return j;
  }

  // \p{N}: digits one at a time.
  if (cls[i] & kNumber) return i + 1;

  // ' ?[^\s\p{L}\p{N}]+[\r\n]*' : punctuation/symbol run, optionally after one space, swallowing
  // the line breaks that follow it.
  {
    const std::size_t k = s.cp[i] == U' ' ? i + 1 : i;
    constexpr std::uint8_t kNotOther = kWhitespace | kLetter | kNumber;
    if (k < n && !(cls[k] & kNotOther)) {
      std::size_t j = k + 1;
      while (j < n && !(cls[j] & kNotOther)) ++j;
      while (j < n && (cls[j] & kCrLf)) ++j;
      return j;
    }
  }

  // Only whitespace is left (every other character matched above).
  std::size_t e = i;
  while (e < n && (cls[e] & kWhitespace)) ++e;

  // \s*[\r\n]+ : greedy \s* gives characters back until [\r\n]+ matches, i.e. the match ends
  // just after the last CR/LF of the whitespace run.
  for (std::size_t j = e; j > i; --j) {
    if (cls[j - 1] & kCrLf) return j;
  }
  // \s+(?!\S) : the whole run at the end of text, else the run minus its last character (which
  // then leads the next word, as in " word").
  if (e == n) return e;
  if (e - 1 > i) return e - 1;
  // \s+
  return e;
}

}  // namespace

void splitQwen2(std::string_view text, std::vector<std::string_view>& pieces) {
  // Reused between calls on a thread: encoding calls this once per segment.
  thread_local Chars s;
  s.cp.clear();
  s.cls.clear();
  s.offset.clear();
  for (std::size_t pos = 0; pos < text.size();) {
    s.offset.push_back(static_cast<std::uint32_t>(pos));
    const auto b = static_cast<unsigned char>(text[pos]);
    const char32_t cp = b < 0x80 ? (++pos, char32_t{b}) : nextCodePoint(text, pos);
    s.cp.push_back(cp);
    s.cls.push_back(classify(cp));
  }
  s.offset.push_back(static_cast<std::uint32_t>(text.size()));

  for (std::size_t i = 0; i < s.cp.size();) {
    const std::size_t j = matchAt(s, i);
    pieces.push_back(text.substr(s.offset[i], s.offset[j] - s.offset[i]));
    i = j;
  }
}

}  // namespace ll::tokenizer
