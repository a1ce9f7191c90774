#pragma once
// The Unicode facts the tokenizer needs, with the definitions the Hugging Face reference uses:
//   - letters \p{L} and numbers \p{N}: the general categories L* and N* (from ICU);
//   - whitespace \s: the Unicode White_Space property, which is what Oniguruma (the regex engine
//     the Rust `tokenizers` crate compiles pre-tokenizer patterns with) means by \s;
//   - NFC: ICU's Normalizer2 (Qwen2-family tokenizers declare an NFC normalizer);
//   - invalid UTF-8: every maximal ill-formed subsequence becomes one U+FFFD, the rule of Rust's
//     String::from_utf8_lossy, WHATWG's TextDecoder and Python's errors="replace".

#include <cstdint>
#include <string>
#include <string_view>

namespace ll::tokenizer::unicode {

enum CharClass : std::uint8_t {
  kLetter = 1,      // \p{L}
  kNumber = 2,      // \p{N}
  kWhitespace = 4,  // \s (White_Space)
  kCrLf = 8,        // \r or \n
};

// Bitwise OR of CharClass for one code point.
std::uint8_t classify(char32_t cp);

bool isWhitespace(char32_t cp);

// True when `bytes` is well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);

// `bytes` with every ill-formed subsequence replaced by U+FFFD (see above).
std::string sanitizeUtf8(std::string_view bytes);

// Decodes one code point of well-formed UTF-8 at `pos` and advances `pos` past it.
char32_t nextCodePoint(std::string_view utf8, std::size_t& pos);

// NFC of well-formed UTF-8.
std::string toNfc(std::string_view utf8);

}  // namespace ll::tokenizer::unicode
