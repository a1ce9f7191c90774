#include "crm/searchtext.h"

#include <QStringList>

#include <cctype>
#include <vector>

namespace ll::crm {
namespace {

// Scripts written without spaces between words: Han, kana, Hangul syllables.
bool isCjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

// Decodes one code point at `i` and advances; invalid bytes come back as U+FFFD, one byte each.
char32_t next(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int len = 1;
  char32_t c = b;
  if (b >= 0xF0 && b < 0xF8) {
    len = 4;
    c = b & 0x07;
  } else if (b >= 0xE0) {
    len = 3;
    c = b & 0x0F;
  } else if (b >= 0xC0) {
    len = 2;
    c = b & 0x1F;
  } else if (b >= 0x80) {
    ++i;
    return 0xFFFD;
  }
  if (i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    const auto cb = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((cb & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (cb & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return c;
}

// A piece of text: a CJK run (each character's bytes) or anything else (bytes as they are).
struct Segment {
  bool cjk = false;
  std::vector<std::string_view> chars;  // CJK run
  std::string_view other;               // non-CJK text
};

std::vector<Segment> segments(std::string_view s) {
  std::vector<Segment> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    const char32_t c = next(s, i);
    const bool cjk = isCjk(c);
    if (out.empty() || out.back().cjk != cjk) {
      out.push_back(Segment{cjk, {}, s.substr(start, 0)});
    }
    Segment& seg = out.back();
    if (cjk)
      seg.chars.push_back(s.substr(start, i - start));
    else
      seg.other = std::string_view(seg.other.data(), static_cast<std::size_t>(s.data() + i - seg.other.data()));
  }
  return out;
}

void appendBigrams(std::string& out, const std::vector<std::string_view>& chars, bool lastAlone) {
  for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
    out += ' ';
    out += chars[k];
    out += chars[k + 1];
  }
  if (lastAlone || chars.size() == 1) {
    out += ' ';
    out += chars.back();
  }
  out += ' ';
}

}  // namespace

std::string searchIndexText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() * 2);
  for (const Segment& seg : segments(utf8)) {
    if (seg.cjk)
      appendBigrams(out, seg.chars, true);
    else
      out += seg.other;
  }
  return out;
}

std::optional<std::string> searchMatchExpression(const QString& query) {
  std::string expression;
  const QStringList terms = query.simplified().split(QChar(u' '), Qt::SkipEmptyParts);
  for (const QString& rawTerm : terms) {
    const QString term = rawTerm.trimmed();
    if (term.isEmpty()) continue;
    const QByteArray utf8 = term.toUtf8();
    const std::vector<Segment> segs = segments(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    std::string phrase;
    bool prefix = false;
    bool anyWord = false;
    for (std::size_t k = 0; k < segs.size(); ++k) {
      const Segment& seg = segs[k];
      const bool last = k + 1 == segs.size();
      if (seg.cjk) {
        anyWord = true;
        // A run that ends inside the term ends in the note too, where its last character was
        // indexed alone; a run at the term's end may go on in the note.
        appendBigrams(phrase, seg.chars, !last);
        prefix = last && seg.chars.size() == 1;
      } else {
        for (const char ch : seg.other) {
          if (ch == '"')
            phrase += "\"\"";
          else
            phrase += ch;
          if (static_cast<unsigned char>(ch) >= 0x80 || std::isalnum(static_cast<unsigned char>(ch))) anyWord = true;
        }
        prefix = last;
      }
    }
    if (!anyWord) continue;
    if (!expression.empty()) expression += ' ';
    expression += '"';
    expression += phrase;
    expression += '"';
    if (prefix) expression += '*';
  }
  if (expression.empty()) return std::nullopt;
  return expression;
}

}  // namespace ll::crm
