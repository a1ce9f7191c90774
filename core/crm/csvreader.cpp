#include "crm/csvreader.h"

#include "common/logging.h"

#include <spdlog/logger.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string_view>
#include <thread>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace ll::crm {
namespace {

enum class Encoding { Utf8, Utf16LE, Utf16BE, Gb18030 };

// Enough text to see ~20 records of a typical export, small enough to sniff instantly.
constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr qsizetype kBinaryProbeBytes = 4 * 1024;
constexpr std::size_t kSniffRecords = 20;
// Order matters: it is the tie-break when several candidates look equally plausible.
constexpr std::array<char, 4> kDelimiterCandidates{',', ';', '\t', '|'};

QString encodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8:
      return u"UTF-8"_s;
    case Encoding::Utf16LE:
      return u"UTF-16LE"_s;
    case Encoding::Utf16BE:
      return u"UTF-16BE"_s;
    case Encoding::Gb18030:
      return u"GB18030"_s;
  }
  return u"UTF-8"_s;
}

std::optional<Encoding> parseEncodingName(const QString& name) {
  const QString n = name.trimmed().toUpper();
  if (n == u"UTF-8"_s || n == u"UTF8"_s) return Encoding::Utf8;
  if (n == u"UTF-16LE"_s || n == u"UTF16LE"_s) return Encoding::Utf16LE;
  if (n == u"UTF-16BE"_s || n == u"UTF16BE"_s) return Encoding::Utf16BE;
  // GB18030 is a superset of GBK, which is a superset of GB2312: one decoder reads all three.
  if (n == u"GB18030"_s || n == u"GBK"_s || n == u"GB2312"_s) return Encoding::Gb18030;
  return std::nullopt;
}

bool isUtf16(Encoding encoding) {
  return encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
}

// "UTF-8 with BOM, ','-separated": in the UI language for people, in English for the log.
QString describeReading(Encoding encoding, bool bom, char delimiter, bool translated) {
  const auto text = [translated](const char* source) {
    return translated ? QCoreApplication::translate("ll::crm::CsvReader", source) : QString::fromUtf8(source);
  };
  const QString separated =
      delimiter == '\t'
          ? text(QT_TRANSLATE_NOOP("ll::crm::CsvReader", "tab-separated"))
          : text(QT_TRANSLATE_NOOP("ll::crm::CsvReader", "'%1'-separated")).arg(QChar::fromLatin1(delimiter));
  return text(QT_TRANSLATE_NOOP("ll::crm::CsvReader", "%1%2, %3"))
      .arg(encodingName(encoding),
           bom ? text(QT_TRANSLATE_NOOP("ll::crm::CsvReader", " with BOM")) : QString(), separated);
}

QString formatBytes(qint64 bytes) {
  constexpr qint64 kMiB = 1 << 20;
  if (bytes >= kMiB && bytes % kMiB == 0)
    return QCoreApplication::translate("ll::crm::CsvReader", "%1 MiB").arg(bytes / kMiB);
  if (bytes >= kMiB)
    return QCoreApplication::translate("ll::crm::CsvReader", "%1 MiB")
        .arg(double(bytes) / double(kMiB), 0, 'f', 1);
  return QCoreApplication::translate("ll::crm::CsvReader", "%1 bytes").arg(bytes);
}

// ---- Byte scanning -------------------------------------------------------------------------
// These loops carry nearly all the parsing time, so they look at 16 bytes per step where SSE2
// is available (every x86-64) and fall back to plain loops elsewhere.

// Index of the first byte at or after `i` that is NUL or not ASCII, or `n`.
inline std::size_t skipPlainAscii(const char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
  const __m128i zero = _mm_setzero_si128();
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const auto mask =
        static_cast<unsigned>(_mm_movemask_epi8(v) | _mm_movemask_epi8(_mm_cmpeq_epi8(v, zero)));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
    i += 16;
  }
#endif
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == 0 || c >= 0x80) break;
  }
  return i;
}

// Index of the first of three bytes at or after `i`, or `n`.
inline std::size_t findAny(const char* p, std::size_t i, std::size_t n, char a, char b, char c) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  const __m128i vc = _mm_set1_epi8(c);
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)), _mm_cmpeq_epi8(v, vc));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
    i += 16;
  }
#endif
  for (; i < n; ++i) {
    const char x = p[i];
    if (x == a || x == b || x == c) break;
  }
  return i;
}

// Length of the well-formed UTF-8 sequence whose lead byte (>= 0x80) is at p[i]; 0 when it is
// ill-formed (overlong forms, surrogates and code points above U+10FFFF included), -1 when it
// may be well-formed but continues past `n`.
inline int utf8SequenceLength(const unsigned char* p, std::size_t i, std::size_t n) {
  const unsigned lead = p[i];
  int length = 0;
  unsigned lo = 0x80;
  unsigned hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (int k = 1; k < length; ++k) {
    if (i + std::size_t(k) >= n) return -1;
    const unsigned b = p[i + std::size_t(k)];
    if (b < lo || b > hi) return 0;
    lo = 0x80;
    hi = 0xBF;
  }
  return length;
}

enum class Utf8Stop { End, Truncated, Invalid, Nul };
struct Utf8Scan {
  std::size_t valid;  // bytes of complete, valid, NUL-free text from the start
  Utf8Stop stop;
};

Utf8Scan scanUtf8(const char* p, std::size_t n) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  std::size_t i = 0;
  for (;;) {
    i = skipPlainAscii(p, i, n);
    if (i == n) return {n, Utf8Stop::End};
    if (u[i] == 0) return {i, Utf8Stop::Nul};
    // Stay here through a run of non-ASCII text (Chinese notes) instead of bouncing back to
    // the ASCII loop after every character.
    do {
      const int length = utf8SequenceLength(u, i, n);
      if (length == 0) return {i, Utf8Stop::Invalid};
      if (length < 0) return {i, Utf8Stop::Truncated};
      i += std::size_t(length);
    } while (i < n && u[i] >= 0x80);
  }
}

struct Utf8Census {
  qsizetype multibyte = 0;  // well-formed non-ASCII characters
  qsizetype invalid = 0;    // ill-formed places
};

Utf8Census utf8Census(std::string_view text, bool complete) {
  Utf8Census census;
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (u[i] < 0x80) {
      ++i;
      continue;
    }
    const int length = utf8SequenceLength(u, i, n);
    if (length > 0) {
      ++census.multibyte;
      i += std::size_t(length);
    } else if (length < 0 && !complete) {
      break;  // cut by the end of the sample, not by the file
    } else {
      // One damaged character counts once, however many continuation bytes it left behind.
      ++census.invalid;
      ++i;
      while (i < n && u[i] >= 0x80 && u[i] <= 0xBF) ++i;
    }
  }
  return census;
}

// Physical line breaks (CRLF, LF or CR) in `text`.
qint64 countLineBreaks(std::string_view text) {
  qint64 breaks = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') ++breaks;
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) ++breaks;
  }
  return breaks;
}

// ---- Sniffing ------------------------------------------------------------------------------

// Cells per record for the first records of `text` under the reader's quoting rules (a quote
// only opens a quoted value at the start of a cell), from spreadsheet row `firstRow` on (rows
// are counted as the reader counts them: a line break inside quotes does not end one). Blank
// lines are left out, and so is a last record cut off by the end of a sample that is not the
// whole file, unless it is the only one.
std::vector<int> cellsPerRecord(std::string_view text, char delimiter, bool complete, qint64 firstRow) {
  std::vector<int> counts;
  const std::size_t n = text.size();
  std::size_t i = 0;
  qint64 row = 0;
  const auto skipLineEnd = [&](std::size_t at) {  // past "\n", "\r" or "\r\n" at `at`
    return at + (text[at] == '\r' && at + 1 < n && text[at + 1] == '\n' ? 2 : 1);
  };
  while (i < n && counts.size() < kSniffRecords) {
    ++row;
    // Lines of nothing but spaces and tabs say nothing about the separator (the reader skips
    // them above the header too).
    std::size_t j = i;
    while (j < n && (text[j] == ' ' || text[j] == '\t')) ++j;
    if (j == n) break;
    if (text[j] == '\n' || text[j] == '\r') {
      i = skipLineEnd(j);
      continue;
    }
    int cells = 1;
    bool ended = false;
    bool cellStart = true;
    bool quoted = false;
    while (i < n) {
      const char c = text[i++];
      if (quoted) {
        if (c == '"') {
          if (i < n && text[i] == '"')
            ++i;
          else
            quoted = false;
        }
        continue;
      }
      if (cellStart && c == '"') {
        quoted = true;
        cellStart = false;
        continue;
      }
      cellStart = false;
      if (c == delimiter) {
        ++cells;
        cellStart = true;
      } else if (c == '\n' || c == '\r') {
        ended = true;
        i = skipLineEnd(i - 1);
        break;
      }
    }
    if (row < firstRow) continue;
    if (!ended && !complete && !counts.empty()) break;
    counts.push_back(cells);
  }
  return counts;
}

char sniffDelimiter(std::string_view text, bool complete, qint64 firstRow) {
  std::array<std::vector<int>, kDelimiterCandidates.size()> counts;
  for (std::size_t k = 0; k < kDelimiterCandidates.size(); ++k)
    counts[k] = cellsPerRecord(text, kDelimiterCandidates[k], complete, firstRow);
  // Of the candidates that split every record into the same number (> 1) of cells, the one
  // giving the most cells wins: a tab-separated file whose every line also holds one comma has
  // more tabs than commas. Equal counts go by the candidates' order.
  int bestCells = 1;
  std::optional<char> consistent;
  for (std::size_t k = 0; k < counts.size(); ++k) {
    const auto& c = counts[k];
    if (!c.empty() && c.front() > bestCells &&
        std::ranges::all_of(c, [&](int x) { return x == c.front(); })) {
      bestCells = c.front();
      consistent = kDelimiterCandidates[k];
    }
  }
  if (consistent) return *consistent;
  // Ragged exports (rows with trailing cells left off) are common: then take the candidate that
  // splits most records into as many cells as the header has.
  std::ptrdiff_t bestScore = 0;
  char best = ',';
  for (std::size_t k = 0; k < counts.size(); ++k) {
    const auto& c = counts[k];
    if (c.empty() || c.front() <= 1) continue;
    const auto score = std::ranges::count(c, c.front());
    if (score > bestScore) {
      bestScore = score;
      best = kDelimiterCandidates[k];
    }
  }
  return best;
}

bool isControl(unsigned c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// Text has next to no control characters; binary formats (old .xls, PDF, images, zip) are full
// of them, NUL above all.
template <class Unit>
qsizetype firstControlIfBinary(const Unit* data, qsizetype size) {
  qsizetype controls = 0;
  qsizetype first = -1;
  for (qsizetype i = 0; i < size; ++i) {
    if (isControl(static_cast<unsigned>(data[i]))) {
      if (first < 0) first = i;
      ++controls;
    }
  }
  return controls * 4 > size ? first : -1;
}

QString emptyFileMessage() {
  return QCoreApplication::translate(
      "ll::crm::CsvReader",
      "Nothing to import: the file is empty. Check that the export from the CRM "
      "finished, then choose the file again.");
}

QString binaryDataMessage(qint64 row) {
  return QCoreApplication::translate(
             "ll::crm::CsvReader",
             "The file cannot be imported: this is not a CSV text file (binary data at row "
             "%1). Choose the CSV export itself; a workbook from an old Excel version (.xls) "
             "must first be saved as .xlsx or CSV.")
      .arg(row);
}

// ---- Trimming ------------------------------------------------------------------------------

std::string trimHeaderCell(std::string_view cell) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  for (bool changed = true; changed;) {
    changed = false;
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) {
      cell.remove_prefix(1);
      changed = true;
    }
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t')) {
      cell.remove_suffix(1);
      changed = true;
    }
    if (cell.starts_with(kBom)) {
      cell.remove_prefix(kBom.size());
      changed = true;
    }
    if (cell.ends_with(kBom)) {
      cell.remove_suffix(kBom.size());
      changed = true;
    }
  }
  return std::string(cell);
}

// SHA-256 of the whole file, computed on a thread of its own. QCryptographicHash runs at about
// 140 MB/s here, several times slower than the parser, so hashing inline would make it the
// bottleneck of every import. The thread reads the file independently (the second read comes
// from the page cache) and stops early when the import stops.
class BackgroundHasher {
 public:
  struct Outcome {
    QByteArray sha256;
    qint64 bytes = -1;  // -1: the file could not be read to its end
  };

  explicit BackgroundHasher(const QString& path)
      : m_thread([this, path](std::stop_token stop) { run(path, stop); }) {}
  ~BackgroundHasher() = default;  // std::jthread asks the thread to stop and joins it
  BackgroundHasher(const BackgroundHasher&) = delete;
  BackgroundHasher& operator=(const BackgroundHasher&) = delete;

  void cancel() { m_thread.request_stop(); }
  Outcome finish() {
    if (m_thread.joinable()) m_thread.join();
    return m_outcome;
  }

 private:
  void run(const QString& path, const std::stop_token& stop) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) return;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<char> chunk(std::size_t(1) << 20);
    qint64 total = 0;
    while (!stop.stop_requested()) {
      const qint64 n = file.read(chunk.data(), qint64(chunk.size()));
      if (n < 0) return;
      if (n == 0) {
        m_outcome = {hash.result(), total};
        return;
      }
      hash.addData(QByteArrayView(chunk.data(), qsizetype(n)));
      total += n;
    }
  }

  Outcome m_outcome;      // written by the thread, read after join()
  std::jthread m_thread;  // declared last: starts once everything it uses exists
};

}  // namespace

// ---- The reader ----------------------------------------------------------------------------
//
// Pipeline: raw chunks from the file -> (UTF-8: validated in place; other encodings: streaming
// QStringDecoder, then UTF-8) -> m_buf -> a resumable record parser whose cells are views into
// m_buf. Undecodable bytes and NULs are not handed to the parser: the valid text before them
// is, and the problem is reported when the parser runs into that point, which is exactly the
// row and cell they are in.

struct CsvReader::Impl {
  enum class State { RecordStart, CellStart, Unquoted, Quoted, QuoteSeen };
  enum class Stop { None, Eof, BadEncoding, Binary };
  enum class Step { Record, End, Failed };
  enum class Fill { More, Eof, Failed };
  struct Cell {
    std::size_t begin;
    std::size_t size;
  };

  QString m_fileName;
  QFile m_file;
  std::size_t m_chunkBytes = 1 << 20;
  std::size_t m_maxRecordBytes = 16 << 20;
  qint64 m_totalBytes = 0;
  qint64 m_bytesRead = 0;
  qint64 m_bomBytes = 0;
  std::optional<BackgroundHasher> m_hasher;
  QByteArray m_sha256;

  Encoding m_encoding = Encoding::Utf8;
  bool m_encodingChosen = false;
  char m_delimiter = ',';
  std::optional<QStringDecoder> m_decoder;
  char16_t m_pendingHighSurrogate = 0;
  std::vector<char> m_raw;

  // Decoded UTF-8 text. [0, m_end) is valid text the parser may read; [m_end, m_dataEnd) holds
  // the start of a UTF-8 character cut by the chunk end (or bytes after a problem).
  std::vector<char> m_buf;
  std::size_t m_dataEnd = 0;
  std::size_t m_end = 0;
  Stop m_stop = Stop::None;  // what lies at m_end once no more input can be read

  State m_state = State::RecordStart;
  std::size_t m_recordStart = 0;
  std::size_t m_pos = 0;        // next byte to parse
  std::size_t m_cellStart = 0;  // where the current cell's text begins
  std::size_t m_write = 0;      // where its next byte goes (behind m_pos once quotes were removed)
  bool m_skipLf = false;        // the last record ended with CR: an LF right after belongs to it
  bool m_crInQuotes = false;
  std::vector<Cell> m_cells;
  qint64 m_nextRow = 1;
  qint64 m_recordRow = 0;
  qint64 m_headerRow = 1;
  qint64 m_line = 1;            // physical line the current record starts on
  qint64 m_breaksInRecord = 0;  // line breaks inside quoted values of the current record
  qint64 m_quoteLine = 0;       // line of the opening quote of the current quoted value

  std::vector<std::string> m_header;
  std::optional<Error> m_error;
  bool m_done = false;

  Result<void> open(const QString& path, const CsvOptions& options);
  Step parse();
  Fill fill();
  bool readChunk();
  void appendDecoded(QString text, bool rawHadNul);
  bool decoderHoldsPartialCharacter();
  void compact();
  void reserve(std::size_t size);
  Step finishAtEof();
  Step finishRecord(bool terminated);
  void endCell() { m_cells.push_back({m_cellStart, m_write - m_cellStart}); }
  void keepText(char* b, std::size_t stop) {
    const std::size_t n = stop - m_pos;
    if (m_write != m_pos && n != 0) std::memmove(b + m_write, b + m_pos, n);
    m_write += n;
    m_pos = stop;
  }

  [[nodiscard]] std::size_t currentCellIndex() const {
    return m_state == State::RecordStart ? 0 : m_cells.size();
  }
  [[nodiscard]] QString columnName(std::size_t index) const {
    if (index < m_header.size() && !m_header[index].empty()) return QString::fromStdString(m_header[index]);
    return {};
  }
  // "this cell" when the error's column field names it, else which cell it is.
  [[nodiscard]] QString cellPhrase(std::size_t index) const {
    if (!columnName(index).isEmpty()) return QCoreApplication::translate("ll::crm::CsvReader", "this cell");
    return QCoreApplication::translate("ll::crm::CsvReader", "cell %1 of this row").arg(index + 1);
  }
  [[nodiscard]] QString readFailure() const {
    return QCoreApplication::translate("ll::crm::CsvReader", "The file could not be read (%1).")
        .arg(m_file.errorString());
  }
  Step failAt(ErrorCode code, const QString& message, qint64 row, std::size_t cell) {
    m_error = Error{code, message, m_fileName, row, columnName(cell)};
    return Step::Failed;
  }
  Step failRecordTooLong();
  Step failUnterminatedQuote();
  [[nodiscard]] QString encodingProblem(std::size_t cell) const;
};

Result<void> CsvReader::Impl::open(const QString& path, const CsvOptions& options) {
  const QFileInfo info(path);
  m_fileName = info.fileName();
  m_chunkBytes = std::size_t(std::max<qint64>(1, options.chunkBytes));
  m_maxRecordBytes = std::size_t(std::max<qint64>(1, options.maxRecordBytes));

  if (options.delimiter) {
    const auto d = static_cast<unsigned char>(*options.delimiter);
    if (d == '"' || d == '\n' || d == '\r' || d == 0 || d >= 0x80)
      return fail(
          ErrorCode::InvalidArgument,
          QCoreApplication::translate("ll::crm::CsvReader",
                                      "The column separator must be a single plain character other than a "
                                      "quote or a line break: choose comma, semicolon, tab or pipe."),
          m_fileName);
    m_delimiter = *options.delimiter;
  }
  std::optional<Encoding> chosen;
  if (!options.encoding.trimmed().isEmpty()) {
    chosen = parseEncodingName(options.encoding);
    if (!chosen)
      return fail(
          ErrorCode::InvalidArgument,
          QCoreApplication::translate("ll::crm::CsvReader",
                                      "The encoding '%1' is not supported: choose UTF-8, UTF-16LE, UTF-16BE "
                                      "or GB18030 (which also reads GBK and GB2312).")
              .arg(options.encoding),
          m_fileName);
  }

  if (!info.exists())
    return fail(ErrorCode::FileNotFound,
                QCoreApplication::translate("ll::crm::CsvReader",
                                            "The file could not be found; it may have been moved, renamed or "
                                            "deleted. Choose it again."),
                m_fileName);
  if (info.isDir())
    return fail(ErrorCode::FileUnreadable,
                QCoreApplication::translate("ll::crm::CsvReader",
                                            "This is a folder, not a file: choose the CSV file inside it."),
                m_fileName);
  m_file.setFileName(path);
  if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
    return fail(
        ErrorCode::FileUnreadable,
        QCoreApplication::translate("ll::crm::CsvReader",
                                    "The file could not be opened for reading (%1). Check that you may "
                                    "read it and that no other program has it locked.")
            .arg(m_file.errorString()),
        m_fileName);
  m_totalBytes = m_file.size();

  QByteArray sample(kSniffBytes, Qt::Uninitialized);
  qsizetype got = 0;
  while (got < sample.size()) {
    const qint64 n = m_file.read(sample.data() + got, sample.size() - got);
    if (n < 0) return fail(ErrorCode::FileUnreadable, readFailure(), m_fileName);
    if (n == 0) break;
    got += qsizetype(n);
  }
  sample.truncate(got);
  const bool wholeFile = got < kSniffBytes || m_totalBytes <= got;

  // Byte order marks. UTF-32 ones are checked first because they begin like UTF-16 ones.
  std::optional<Encoding> bomEncoding;
  qsizetype bomLength = 0;
  if (sample.startsWith("\x00\x00\xFE\xFF"_ba) || sample.startsWith("\xFF\xFE\x00\x00"_ba))
    return fail(ErrorCode::BadEncoding,
                QCoreApplication::translate(
                    "ll::crm::CsvReader",
                    "This file is in UTF-32, which cannot be imported: save it as UTF-8 (in Excel: "
                    "\"CSV UTF-8\") and import it again."),
                m_fileName);
  if (sample.startsWith("\xEF\xBB\xBF"_ba)) {
    bomEncoding = Encoding::Utf8;
    bomLength = 3;
  } else if (sample.startsWith("\xFF\xFE"_ba)) {
    bomEncoding = Encoding::Utf16LE;
    bomLength = 2;
  } else if (sample.startsWith("\xFE\xFF"_ba)) {
    bomEncoding = Encoding::Utf16BE;
    bomLength = 2;
  }
  if (chosen && bomEncoding && *chosen != *bomEncoding)
    return fail(
        ErrorCode::BadEncoding,
        QCoreApplication::translate("ll::crm::CsvReader",
                                    "The file starts with a %1 byte order mark, but the import settings say "
                                    "it is in %2: choose %1 (or automatic detection) as the encoding in the "
                                    "import settings.")
            .arg(encodingName(*bomEncoding), encodingName(*chosen)),
        m_fileName);
  if (got == bomLength && wholeFile) return fail(ErrorCode::BadFormat, emptyFileMessage(), m_fileName);

  const QByteArrayView body = QByteArrayView(sample).sliced(bomLength);
  const QByteArrayView probe = body.first(std::min(body.size(), kBinaryProbeBytes));
  const auto binaryAt = [&](qint64 row) {
    return fail(ErrorCode::BadFormat, binaryDataMessage(row), m_fileName, row);
  };

  const std::optional<Encoding> declared = chosen ? chosen : bomEncoding;
  if (declared && isUtf16(*declared)) {
    QStringDecoder probeDecoder(
        *declared == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
        QStringDecoder::Flag::ConvertInitialBom);
    const QString text = probeDecoder.decode(probe);
    if (const qsizetype at = firstControlIfBinary(text.utf16(), text.size()); at >= 0)
      return binaryAt(1 + countLineBreaks(QStringView(text).first(at).toUtf8().toStdString()));
  } else {
    if (!bomEncoding && probe.size() >= 16) {
      // UTF-16 without a byte order mark: every other byte of its ASCII text is NUL.
      qsizetype evenNul = 0;
      qsizetype oddNul = 0;
      for (qsizetype i = 0; i + 1 < probe.size(); i += 2) {
        evenNul += probe[i] == '\0';
        oddNul += probe[i + 1] == '\0';
      }
      const qsizetype pairs = probe.size() / 2;
      const bool little = oddNul * 5 >= pairs * 2 && evenNul * 20 <= pairs;
      const bool big = evenNul * 5 >= pairs * 2 && oddNul * 20 <= pairs;
      if (little || big)
        return fail(
            ErrorCode::BadEncoding,
            QCoreApplication::translate("ll::crm::CsvReader",
                                        "This file looks like %1 text without a byte order mark: choose %1 "
                                        "as the encoding in the import settings.")
                .arg(little ? u"UTF-16LE"_s : u"UTF-16BE"_s),
            m_fileName);
    }
    if (const qsizetype at = firstControlIfBinary(probe.data(), probe.size()); at >= 0)
      return binaryAt(1 + countLineBreaks(std::string_view(probe.data(), std::size_t(at))));
  }

  // Sniffing looks at the text before the first NUL: the parser reports the NUL itself, with
  // the row it is in.
  const qsizetype nul = body.indexOf('\0');
  const QByteArrayView text = nul >= 0 ? body.first(nul) : body;
  const bool textComplete = nul >= 0 || wholeFile;
  if (declared) {
    m_encoding = *declared;
  } else {
    const Utf8Census census =
        utf8Census(std::string_view(text.data(), std::size_t(text.size())), textComplete);
    // A few damaged bytes among much valid UTF-8 mean a damaged UTF-8 file: reading it as
    // GB18030 would silently turn all its Chinese text into other characters.
    if (census.invalid == 0 || census.multibyte >= 8 * census.invalid) {
      m_encoding = Encoding::Utf8;
    } else {
      QStringDecoder gb("GB18030");
      // decode() is lazy: the text only gets decoded when it is turned into a QString.
      (void)QString(gb.decode(text));
      if (textComplete) (void)QString(gb.decode(QByteArrayView("\n", 1)));
      if (!gb.isValid() || gb.hasError()) {
        if (nul >= 0) return binaryAt(1 + countLineBreaks(std::string_view(body.data(), std::size_t(nul))));
        return fail(
            ErrorCode::BadEncoding,
            QCoreApplication::translate("ll::crm::CsvReader",
                                        "The file's text encoding could not be recognised (it is neither "
                                        "UTF-8 nor GB18030): choose the encoding in the import settings."),
            m_fileName);
      }
      m_encoding = Encoding::Gb18030;
    }
  }
  m_encodingChosen = chosen.has_value();

  if (m_encoding != Encoding::Utf8) {
    switch (m_encoding) {
      case Encoding::Utf16LE:
        m_decoder.emplace(QStringDecoder::Utf16LE, QStringDecoder::Flag::ConvertInitialBom |
                                                       QStringDecoder::Flag::ConvertInvalidToNull);
        break;
      case Encoding::Utf16BE:
        m_decoder.emplace(QStringDecoder::Utf16BE, QStringDecoder::Flag::ConvertInitialBom |
                                                       QStringDecoder::Flag::ConvertInvalidToNull);
        break;
      default:
        m_decoder.emplace(
            "GB18030", QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::ConvertInvalidToNull);
        break;
    }
    if (!m_decoder->isValid())
      return fail(
          ErrorCode::Internal,
          QCoreApplication::translate("ll::crm::CsvReader",
                                      "This installation cannot decode %1 text; reinstall the application "
                                      "or save the file as UTF-8.")
              .arg(encodingName(m_encoding)),
          m_fileName);
  }

  if (!options.delimiter) {
    if (m_encoding == Encoding::Utf8) {
      m_delimiter = sniffDelimiter(std::string_view(text.data(), std::size_t(text.size())), textComplete,
                                   options.headerRow);
    } else {
      QStringDecoder sniffDecoder =
          m_encoding == Encoding::Gb18030
              ? QStringDecoder("GB18030")
              : QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                               : QStringDecoder::Utf16BE);
      const QByteArray decoded = QString(sniffDecoder.decode(isUtf16(m_encoding) ? body : text)).toUtf8();
      m_delimiter = sniffDelimiter(std::string_view(decoded.data(), std::size_t(decoded.size())),
                                   isUtf16(m_encoding) ? wholeFile : textComplete, options.headerRow);
    }
  }

  // The stream restarts after the byte order mark.
  if (!m_file.seek(bomLength)) return fail(ErrorCode::FileUnreadable, readFailure(), m_fileName);
  m_bomBytes = bomLength;
  m_bytesRead = bomLength;

  for (;;) {
    const Step step = parse();
    if (step == Step::Failed) return std::unexpected(*m_error);
    if (step == Step::End) {
      if (options.headerRow > 1 && m_nextRow > 1)
        return fail(ErrorCode::BadData,
                    QCoreApplication::translate("ll::crm::CsvReader",
                                                "The file has nothing at or below row %1, which was given as the header row.")
                        .arg(options.headerRow),
                    m_fileName);
      return fail(ErrorCode::BadFormat, emptyFileMessage(), m_fileName);
    }
    // Rows above the chosen header row are skipped (a report's title lines).
    if (m_recordRow < options.headerRow) continue;
    std::vector<std::string> header;
    header.reserve(m_cells.size());
    bool blank = true;
    for (const Cell& cell : m_cells) {
      header.push_back(trimHeaderCell(std::string_view(m_buf.data() + cell.begin, cell.size)));
      blank = blank && header.back().empty();
    }
    // Blank lines above the header are skipped, but still counted in the row numbers, so that
    // they keep matching what a spreadsheet shows.
    if (blank) continue;
    m_header = std::move(header);
    m_headerRow = m_recordRow;
    m_hasher.emplace(path);
    return {};
  }
}

void CsvReader::Impl::reserve(std::size_t size) {
  if (m_buf.size() < size) m_buf.resize(std::max(size, m_buf.size() + m_buf.size() / 2));
}

void CsvReader::Impl::compact() {
  const std::size_t from = m_state == State::RecordStart ? m_pos : m_recordStart;
  if (from == 0) return;
  std::memmove(m_buf.data(), m_buf.data() + from, m_dataEnd - from);
  m_dataEnd -= from;
  m_end -= from;
  m_pos -= from;
  if (m_state != State::RecordStart) {
    m_recordStart -= from;
    m_cellStart -= from;
    m_write -= from;
    for (Cell& cell : m_cells) cell.begin -= from;
  }
}

CsvReader::Impl::Fill CsvReader::Impl::fill() {
  for (;;) {
    switch (m_stop) {
      case Stop::None:
        break;
      case Stop::Eof:
        return Fill::Eof;
      case Stop::BadEncoding:
        failAt(ErrorCode::BadEncoding, encodingProblem(currentCellIndex()), m_nextRow, currentCellIndex());
        return Fill::Failed;
      case Stop::Binary:
        failAt(ErrorCode::BadFormat, binaryDataMessage(m_nextRow), m_nextRow, currentCellIndex());
        return Fill::Failed;
    }
    compact();
    const std::size_t before = m_end;
    if (!readChunk()) return Fill::Failed;
    if (m_end > before) return Fill::More;
  }
}

bool CsvReader::Impl::readChunk() {
  if (m_encoding == Encoding::Utf8) {
    // UTF-8 is read straight into the parse buffer and only validated, never converted.
    reserve(m_dataEnd + m_chunkBytes);
    char* at = m_buf.data() + m_dataEnd;
    const qint64 n = m_file.read(at, qint64(m_chunkBytes));
    if (n < 0) {
      failAt(ErrorCode::FileUnreadable, readFailure(), m_nextRow, currentCellIndex());
      return false;
    }
    m_bytesRead += n;
    if (n == 0) {
      m_stop = m_dataEnd > m_end ? Stop::BadEncoding : Stop::Eof;
      return true;
    }
    m_dataEnd += std::size_t(n);
    const Utf8Scan scan = scanUtf8(m_buf.data() + m_end, m_dataEnd - m_end);
    m_end += scan.valid;
    if (scan.stop == Utf8Stop::Invalid) m_stop = Stop::BadEncoding;
    if (scan.stop == Utf8Stop::Nul) m_stop = Stop::Binary;
    return true;
  }

  if (m_raw.size() < m_chunkBytes) m_raw.resize(m_chunkBytes);
  const qint64 n = m_file.read(m_raw.data(), qint64(m_chunkBytes));
  if (n < 0) {
    failAt(ErrorCode::FileUnreadable, readFailure(), m_nextRow, currentCellIndex());
    return false;
  }
  const QByteArrayView in(m_raw.data(), qsizetype(n));
  m_bytesRead += n;
  if (n == 0) {
    m_stop = decoderHoldsPartialCharacter() ? Stop::BadEncoding : Stop::Eof;
    return true;
  }
  const bool rawHadNul = std::memchr(in.data(), 0, std::size_t(in.size())) != nullptr;
  appendDecoded(m_decoder->decode(in), rawHadNul);
  return true;
}

void CsvReader::Impl::appendDecoded(QString text, bool rawHadNul) {
  if (m_pendingHighSurrogate != 0) {
    text.prepend(QChar(m_pendingHighSurrogate));
    m_pendingHighSurrogate = 0;
  }
  qsizetype good = text.size();
  Stop problem = Stop::None;
  const QChar* s = text.constData();
  if (isUtf16(m_encoding)) {
    // Qt's UTF-16 decoder passes unpaired surrogates through, and toUtf8() would then quietly
    // turn them into U+FFFD: they are checked here, and a pair cut by the chunk end waits.
    for (qsizetype i = 0; i < text.size(); ++i) {
      const char16_t c = s[i].unicode();
      if (c == 0) {
        good = i;
        problem = Stop::Binary;
        break;
      }
      if (!QChar::isSurrogate(c)) continue;
      if (QChar::isHighSurrogate(c)) {
        if (i + 1 == text.size()) {
          m_pendingHighSurrogate = c;
          good = i;
          break;
        }
        if (QChar::isLowSurrogate(s[i + 1].unicode())) {
          ++i;
          continue;
        }
      }
      good = i;
      problem = Stop::BadEncoding;
      break;
    }
  } else if (const qsizetype at = QStringView(text).indexOf(QChar(u'\0')); at >= 0) {
    // The decoder turns undecodable bytes into NUL. A real NUL byte also decodes to NUL; when the
    // chunk had one, calling the file binary is the more useful message.
    good = at;
    problem = rawHadNul ? Stop::Binary : Stop::BadEncoding;
  }
  if (problem != Stop::None) m_stop = problem;
  if (good == 0) return;
  const QByteArray utf8 = QStringView(text).first(good).toUtf8();
  reserve(m_dataEnd + std::size_t(utf8.size()));
  std::memcpy(m_buf.data() + m_dataEnd, utf8.constData(), std::size_t(utf8.size()));
  m_dataEnd += std::size_t(utf8.size());
  m_end = m_dataEnd;
}

bool CsvReader::Impl::decoderHoldsPartialCharacter() {
  if (isUtf16(m_encoding)) return m_pendingHighSurrogate != 0 || (m_bytesRead - m_bomBytes) % 2 != 0;
  // QStringDecoder keeps an incomplete multi-byte character to itself and has no flush. No
  // GB18030 character continues with a line feed, so feeding one makes a held fragment an error.
  (void)QString(m_decoder->decode(QByteArrayView("\n", 1)));
  return m_decoder->hasError();
}

CsvReader::Impl::Step CsvReader::Impl::parse() {
  for (;;) {
    std::size_t avail = m_end;
    if (m_state != State::RecordStart) {
      // A record may use positions up to m_maxRecordBytes past its start (the last one for its
      // line break); reaching further means it is too long, whatever the chunk size.
      const std::size_t cap = m_recordStart + m_maxRecordBytes + 1;
      if (m_pos >= cap) return failRecordTooLong();
      avail = std::min(avail, cap);
    }
    if (m_pos == avail) {
      if (avail < m_end) return failRecordTooLong();
      switch (fill()) {
        case Fill::More:
          continue;
        case Fill::Failed:
          return Step::Failed;
        case Fill::Eof:
          return finishAtEof();
      }
    }
    char* b = m_buf.data();
    switch (m_state) {
      case State::RecordStart:
        if (m_skipLf) {
          m_skipLf = false;
          if (b[m_pos] == '\n') {
            ++m_pos;
            continue;
          }
        }
        m_cells.clear();
        m_recordStart = m_pos;
        m_breaksInRecord = 0;
        m_state = State::CellStart;
        continue;
      case State::CellStart:
        if (b[m_pos] == '"') {
          ++m_pos;
          m_quoteLine = m_line + m_breaksInRecord;
          m_crInQuotes = false;
          m_state = State::Quoted;
        } else {
          m_state = State::Unquoted;
        }
        m_cellStart = m_write = m_pos;
        continue;
      case State::Unquoted: {
        // A quote here is kept as text: lenient towards hand-edited files like 5" screen.
        const std::size_t stop = findAny(b, m_pos, avail, m_delimiter, '\n', '\r');
        keepText(b, stop);
        if (stop == avail) continue;
        const char c = b[m_pos++];
        endCell();
        if (c == m_delimiter) {
          m_state = State::CellStart;
          continue;
        }
        m_skipLf = c == '\r';
        return finishRecord(true);
      }
      case State::Quoted: {
        if (m_crInQuotes) {
          m_crInQuotes = false;
          if (b[m_pos] == '\n') {  // second half of a CRLF already counted as one line break
            b[m_write++] = '\n';
            ++m_pos;
            continue;
          }
        }
        // Line breaks are stops too, only to count physical lines for error messages.
        const std::size_t stop = findAny(b, m_pos, avail, '"', '\n', '\r');
        keepText(b, stop);
        if (stop == avail) continue;
        const char c = b[m_pos++];
        if (c == '"') {
          m_state = State::QuoteSeen;
          continue;
        }
        b[m_write++] = c;
        ++m_breaksInRecord;
        m_crInQuotes = c == '\r';
        continue;
      }
      case State::QuoteSeen:
        if (b[m_pos] == '"') {
          b[m_write++] = '"';
          ++m_pos;
          m_state = State::Quoted;
        } else {
          // Text after the closing quote ("abc"def) is kept, as spreadsheet programs do.
          m_state = State::Unquoted;
        }
        continue;
    }
  }
}

CsvReader::Impl::Step CsvReader::Impl::finishAtEof() {
  switch (m_state) {
    case State::RecordStart:
      return Step::End;
    case State::Quoted:
      return failUnterminatedQuote();
    case State::CellStart:
      m_cellStart = m_write = m_pos;
      endCell();
      break;
    case State::Unquoted:
    case State::QuoteSeen:
      endCell();
      break;
  }
  return finishRecord(false);
}

CsvReader::Impl::Step CsvReader::Impl::finishRecord(bool terminated) {
  m_recordRow = m_nextRow++;
  m_line += m_breaksInRecord + (terminated ? 1 : 0);
  m_state = State::RecordStart;
  return Step::Record;
}

CsvReader::Impl::Step CsvReader::Impl::failRecordTooLong() {
  const std::size_t cell = currentCellIndex();
  QString message =
      QCoreApplication::translate("ll::crm::CsvReader", "This row is longer than the limit of %1 per row.")
          .arg(formatBytes(qint64(m_maxRecordBytes)));
  if (m_state == State::Quoted)
    message +=
        QCoreApplication::translate("ll::crm::CsvReader",
                                    " It most likely has a missing closing quote: the quoted value in %1 "
                                    "starts on line %2 of the file and never ends. Add the closing quote "
                                    "(\") in the file, then import again.")
            .arg(cellPhrase(cell))
            .arg(m_quoteLine);
  else
    message += QCoreApplication::translate(
        "ll::crm::CsvReader", " Check that the right column separator is chosen in the import settings.");
  return failAt(ErrorCode::BadFormat, message, m_nextRow, cell);
}

CsvReader::Impl::Step CsvReader::Impl::failUnterminatedQuote() {
  const std::size_t cell = currentCellIndex();
  return failAt(
      ErrorCode::BadFormat,
      QCoreApplication::translate("ll::crm::CsvReader",
                                  "The quoted value in %1 starts on line %2 of the file and has a missing "
                                  "closing quote, so everything after it up to the end of the file would "
                                  "be one value. Add the closing quote (\") in the file, then import again.")
          .arg(cellPhrase(cell))
          .arg(m_quoteLine),
      m_nextRow, cell);
}

QString CsvReader::Impl::encodingProblem(std::size_t cell) const {
  const QString where = cellPhrase(cell);
  switch (m_encoding) {
    case Encoding::Utf8:
      if (m_encodingChosen)
        return QCoreApplication::translate(
                   "ll::crm::CsvReader",
                   "The bytes in %1 are not valid UTF-8, the encoding chosen in the import "
                   "settings; the file is probably in another encoding (GB18030 is common "
                   "for Chinese CRM exports): choose it in the import settings.")
            .arg(where);
      return QCoreApplication::translate(
                 "ll::crm::CsvReader",
                 "The bytes in %1 are not valid UTF-8; the file may be in another encoding "
                 "(GB18030 is common for Chinese CRM exports): choose the encoding in the "
                 "import settings.")
          .arg(where);
    case Encoding::Gb18030:
      return QCoreApplication::translate(
                 "ll::crm::CsvReader",
                 "The bytes in %1 are not valid GB18030 (GBK) text; the file may be in "
                 "another encoding, such as UTF-8: choose the encoding in the import "
                 "settings.")
          .arg(where);
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
      return QCoreApplication::translate(
                 "ll::crm::CsvReader",
                 "The text in %1 is not valid %2 (a broken character or a cut-off end of "
                 "file); the file may be damaged or in another encoding: choose the "
                 "encoding in the import settings.")
          .arg(where, encodingName(m_encoding));
  }
  return {};
}

// ---- Public interface ----------------------------------------------------------------------

CsvReader::CsvReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const CsvOptions& options) {
  auto impl = std::make_unique<Impl>();
  const auto logger = ll::log::get("import");
  if (auto opened = impl->open(path, options); !opened) {
    logger->warn("CSV {} not opened: {}", impl->m_fileName.toStdString(), errorCodeName(opened.error().code));
    return std::unexpected(opened.error());
  }
  std::unique_ptr<CsvReader> reader(new CsvReader(std::move(impl)));
  const Impl& d = *reader->m_impl;
  logger->info("CSV {} opened: {}, {} columns, {} bytes", reader->fileName().toStdString(),
               describeReading(d.m_encoding, d.m_bomBytes > 0, d.m_delimiter, false).toStdString(),
               reader->header().size(), reader->bytesTotal());
  return reader;
}

const std::vector<std::string>& CsvReader::header() const {
  return m_impl->m_header;
}

qint64 CsvReader::headerRow() const { return m_impl->m_headerRow; }

bool CsvReader::next(Row& row) {
  Impl& d = *m_impl;
  if (d.m_error || d.m_done) return false;
  for (;;) {
    switch (d.parse()) {
      case Impl::Step::Failed:
        if (d.m_hasher) d.m_hasher->cancel();
        ll::log::get("import")->warn("CSV {} stopped: {} at row {}", d.m_fileName.toStdString(),
                                     errorCodeName(d.m_error->code), d.m_error->row);
        return false;
      case Impl::Step::End: {
        d.m_done = true;
        const BackgroundHasher::Outcome hashed = d.m_hasher->finish();
        if (hashed.bytes != d.m_bytesRead) {
          // The fingerprint must describe the bytes that were imported.
          d.m_error = Error{
              ErrorCode::FileUnreadable,
              hashed.bytes < 0
                  ? QCoreApplication::translate("ll::crm::CsvReader",
                                                "The file could not be read to its end a second time to "
                                                "fingerprint it. Check that it is still there and readable, "
                                                "then import it again.")
                  : QCoreApplication::translate(
                        "ll::crm::CsvReader",
                        "The file changed while it was being read (%1 bytes were read, "
                        "it now has %2). If it is still being downloaded or exported, "
                        "wait until that finishes, then import it again.")
                        .arg(d.m_bytesRead)
                        .arg(hashed.bytes),
              d.m_fileName,
              0,
              {}};
          return false;
        }
        d.m_sha256 = hashed.sha256;
        return false;
      }
      case Impl::Step::Record:
        break;
    }
    // Rows whose cells are all empty (blank lines, ",,,") are skipped but keep their row number.
    if (std::ranges::all_of(d.m_cells, [](const Impl::Cell& cell) { return cell.size == 0; })) continue;
    row.number = d.m_recordRow;
    row.cells.clear();
    const char* b = d.m_buf.data();
    for (const Impl::Cell& cell : d.m_cells) row.cells.emplace_back(b + cell.begin, cell.size);
    return true;
  }
}

std::optional<Error> CsvReader::error() const {
  return m_impl->m_error;
}
qint64 CsvReader::bytesDone() const {
  return m_impl->m_bytesRead;
}
qint64 CsvReader::bytesTotal() const {
  return m_impl->m_totalBytes;
}

QString CsvReader::description() const {
  return describeReading(m_impl->m_encoding, hadBom(), m_impl->m_delimiter, true);
}

QString CsvReader::fileName() const {
  return m_impl->m_fileName;
}
QString CsvReader::encoding() const {
  return encodingName(m_impl->m_encoding);
}
bool CsvReader::hadBom() const {
  return m_impl->m_bomBytes > 0;
}
char CsvReader::delimiter() const {
  return m_impl->m_delimiter;
}
QByteArray CsvReader::sha256() const {
  return m_impl->m_sha256;
}

}  // namespace ll::crm
