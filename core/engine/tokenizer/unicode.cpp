#include "engine/tokenizer/unicode.h"

#include "engine/message.h"

#include <array>
#include <stdexcept>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace ll::tokenizer::unicode {

namespace {

std::uint8_t classifyUncached(char32_t cp) {
  std::uint8_t flags = 0;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: flags |= kLetter; break;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER: flags |= kNumber; break;
    default: break;
  }
  if (isWhitespace(cp)) flags |= kWhitespace;
  if (cp == U'\r' || cp == U'\n') flags |= kCrLf;
  return flags;
}

// The Basic Multilingual Plane covers nearly all text; a 64 KiB table avoids an ICU call per
// character there. Built once, thread-safe by the static-local rule.
const std::array<std::uint8_t, 0x10000>& bmpTable() {
  static const auto table = [] {
    std::array<std::uint8_t, 0x10000> t{};
    for (char32_t cp = 0; cp < 0x10000; ++cp) t[cp] = classifyUncached(cp);
    return t;
  }();
  return table;
}

}  // namespace

bool isWhitespace(char32_t cp) {
  // Unicode White_Space (PropList.txt); stable since Unicode 6.3 dropped U+180E.
  switch (cp) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: return true;
    default: return cp >= 0x2000 && cp <= 0x200A;
  }
}

std::uint8_t classify(char32_t cp) {
  if (cp < 0x10000) return bmpTable()[cp];
  return classifyUncached(cp);
}

namespace {

// Length of the well-formed sequence at `pos`, or the negated length of its maximal ill-formed
// prefix (at least 1), following the table of well-formed byte sequences in Unicode §3.9.
int sequenceLength(std::string_view s, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return 1;
  int need = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return -1;
  }
  for (int i = 1; i <= need; ++i) {
    if (pos + static_cast<std::size_t>(i) >= s.size()) return -i;
    const auto b = static_cast<unsigned char>(s[pos + static_cast<std::size_t>(i)]);
    const unsigned char l = i == 1 ? lo : 0x80;
    const unsigned char h = i == 1 ? hi : 0xBF;
    if (b < l || b > h) return -i;
  }
  return need + 1;
}

}  // namespace

bool isValidUtf8(std::string_view bytes) {
  for (std::size_t pos = 0; pos < bytes.size();) {
    const int n = sequenceLength(bytes, pos);
    if (n < 0) return false;
    pos += static_cast<std::size_t>(n);
  }
  return true;
}

std::string sanitizeUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t pos = 0; pos < bytes.size();) {
    const int n = sequenceLength(bytes, pos);
    if (n > 0) {
      out.append(bytes.substr(pos, static_cast<std::size_t>(n)));
      pos += static_cast<std::size_t>(n);
    } else {
      out.append("\xEF\xBF\xBD");
      pos += static_cast<std::size_t>(-n);
    }
  }
  return out;
}

char32_t nextCodePoint(std::string_view s, std::size_t& pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  auto cont = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i]) & 0x3F); };
  char32_t cp;
  if (b0 < 0x80) {
    cp = b0;
    pos += 1;
  } else if (b0 < 0xE0) {
    cp = (static_cast<char32_t>(b0 & 0x1F) << 6) | cont(1);
    pos += 2;
  } else if (b0 < 0xF0) {
    cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2);
    pos += 3;
  } else {
    cp = (static_cast<char32_t>(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
    pos += 4;
  }
  return cp;
}

std::string toNfc(std::string_view utf8) {
  // Nothing below U+0300 changes under NFC (no combining marks, no composition partners there),
  // so plain ASCII / Latin-1 text skips ICU and its UTF-16 round trip.
  bool trivial = true;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[pos]);
    if (b < 0x80) {
      ++pos;
      continue;
    }
    if (nextCodePoint(utf8, pos) >= 0x300) {
      trivial = false;
      break;
    }
  }
  if (trivial) return std::string(utf8);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status))
    throw engine::EngineError(
        engine::Message(QT_TRANSLATE_NOOP("ll::engine", "ICU NFC normalizer unavailable")));
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->isNormalized(in, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc->normalize(in, status);
  if (U_FAILURE(status))
    throw engine::EngineError(
        engine::Message(QT_TRANSLATE_NOOP("ll::engine", "ICU NFC normalization failed")));
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

}  // namespace ll::tokenizer::unicode
