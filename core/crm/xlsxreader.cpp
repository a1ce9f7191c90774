#include "crm/xlsxreader.h"

#include "common/logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QXmlStreamReader>
#include <minizip/unzip.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace ll::crm {
namespace {

// Big enough that QXmlStreamReader's per-chunk overhead vanishes, small enough to stay streaming.
constexpr qint64 kReadChunk = 256 * 1024;
// Small parts compress badly or very well without meaning anything; the ratio check starts here.
constexpr qint64 kRatioCheckFloor = qint64(1) << 20;
constexpr int kMaxColumns = 16384;         // Excel's last column, XFD
constexpr qint64 kMaxSerialDay = 2958465;  // 9999-12-31, the last date Excel accepts

struct ZipEntry {
  QString name;  // as stored in the archive
  qint64 size = 0;
  qint64 compressed = 0;
  bool encrypted = false;
};

// Shared strings as one UTF-8 arena plus offsets: millions of small std::strings would cost
// several times the text itself in allocation overhead.
struct SharedStrings {
  std::string arena;
  std::vector<size_t> offsets{0};

  [[nodiscard]] size_t count() const { return offsets.size() - 1; }
  [[nodiscard]] std::string_view at(size_t i) const {
    return {arena.data() + offsets[i], offsets[i + 1] - offsets[i]};
  }
};

struct Styles {
  std::vector<quint8> dateXf;  // cellXfs index -> 1 when the number format shows a date or time

  [[nodiscard]] bool isDate(qint64 xf) const {
    return xf >= 0 && xf < qint64(dateXf.size()) && dateXf[size_t(xf)] != 0;
  }
};

qint64 clampSize(quint64 size) {
  return size > quint64(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                            : qint64(size);
}

QString sizeText(qint64 bytes) {
  return QLocale::c().formattedDataSize(bytes);
}

QString notAZip(const QString& fileName) {
  return QCoreApplication::translate(
             "ll::crm::XlsxReader",
             "The workbook '%1' could not be read as a zip archive: it is truncated or "
             "damaged.")
      .arg(fileName);
}

}  // namespace

struct XlsxWorkbook::Impl {
  QString path;
  QString fileName;
  XlsxLimits limits;
  // Keyed by the lower-cased name: OPC part names compare case-insensitively.
  QHash<QString, ZipEntry> entries;
  std::vector<XlsxSheet> sheets;
  bool date1904 = false;
  QString sharedStringsPart;
  QString stylesPart;

  // Shared strings and styles are loaded on the first openSheet(): listing the sheets of a
  // workbook must not pay for parsing a large string table.
  std::mutex loadMutex;
  std::shared_ptr<const SharedStrings> strings;
  std::shared_ptr<const Styles> styles;

  [[nodiscard]] const ZipEntry* entry(const QString& part) const {
    auto it = entries.constFind(part.toLower());
    return it == entries.constEnd() ? nullptr : &it.value();
  }
  [[nodiscard]] Error error(ErrorCode code, const QString& message) const {
    return Error{code, message, fileName, 0, {}};
  }
  [[nodiscard]] Error damaged(const QString& part, const QString& why) const {
    return error(
        ErrorCode::BadFormat,
        QCoreApplication::translate("ll::crm::XlsxReader", "The workbook '%1' is damaged: its part '%2' %3.")
            .arg(fileName, part, why));
  }

  struct Shared {
    std::shared_ptr<const SharedStrings> strings;
    std::shared_ptr<const Styles> styles;
  };

  std::optional<Error> load();
  Result<Shared> loadShared();
};

namespace {

// --- small text helpers -------------------------------------------------------------------------

char* putUtf8(char32_t cp, char* d) {
  if (cp < 0x80) {
    *d++ = char(cp);
  } else if (cp < 0x800) {
    *d++ = char(0xC0 | (cp >> 6));
    *d++ = char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *d++ = char(0xE0 | (cp >> 12));
    *d++ = char(0x80 | ((cp >> 6) & 0x3F));
    *d++ = char(0x80 | (cp & 0x3F));
  } else {
    *d++ = char(0xF0 | (cp >> 18));
    *d++ = char(0x80 | ((cp >> 12) & 0x3F));
    *d++ = char(0x80 | ((cp >> 6) & 0x3F));
    *d++ = char(0x80 | (cp & 0x3F));
  }
  return d;
}

// Appends UTF-16 text as UTF-8 without the temporary QByteArray that QStringView::toUtf8() makes.
void appendUtf8(std::string& out, QStringView text) {
  const qsizetype n = text.size();
  const char16_t* src = text.utf16();
  const size_t old = out.size();
  out.resize(old + size_t(n) * 3);
  char* const base = out.data();
  char* d = base + old;
  for (qsizetype i = 0; i < n; ++i) {
    const char32_t c = src[i];
    if (c < 0x80) {
      *d++ = char(c);
      continue;
    }
    char32_t cp = c;
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < n && src[i + 1] >= 0xDC00 && src[i + 1] <= 0xDFFF) {
        cp = 0x10000 + ((c - 0xD800) << 10) + (char32_t(src[i + 1]) - 0xDC00);
        ++i;
      } else {
        cp = 0xFFFD;
      }
    }
    d = putUtf8(cp, d);
  }
  out.resize(size_t(d - base));
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "_xHHHH_" at s[i], or -1.
int xEscapeAt(const std::string& s, size_t i) {
  if (i + 7 > s.size() || s[i] != '_' || s[i + 1] != 'x' || s[i + 6] != '_') return -1;
  int value = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    const int h = hexDigit(s[k]);
    if (h < 0) return -1;
    value = value * 16 + h;
  }
  return value;
}

// Excel stores characters XML cannot carry (control characters, and a literal "_xHHHH_" itself)
// as "_xHHHH_" escapes inside string values. Decodes them in place; the result never grows.
void decodeXEscapes(std::string& s, size_t from) {
  size_t i = s.find("_x", from);
  if (i == std::string::npos) return;
  size_t out = i;
  while (i < s.size()) {
    int cp = xEscapeAt(s, i);
    if (cp >= 0) {
      size_t used = 7;
      char32_t code = char32_t(cp);
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        const int low = xEscapeAt(s, i + 7);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          code = 0x10000 + ((char32_t(cp) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
          used = 14;
        } else {
          cp = -1;
        }
      } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        cp = -1;
      }
      if (cp >= 0) {
        char tmp[4];
        const char* end = putUtf8(code, tmp);
        for (const char* p = tmp; p != end; ++p) s[out++] = *p;
        i += used;
        continue;
      }
    }
    s[out++] = s[i++];
  }
  s.resize(out);
}

// Non-negative decimal integer, or -1.
qint64 parseIndex(QStringView v) {
  if (v.isEmpty() || v.size() > 18) return -1;
  qint64 n = 0;
  for (const QChar ch : v) {
    const char16_t c = ch.unicode();
    if (c < u'0' || c > u'9') return -1;
    n = n * 10 + (c - u'0');
  }
  return n;
}

qint64 parseIndex(std::string_view v) {
  if (v.empty() || v.size() > 18) return -1;
  qint64 n = 0;
  for (const char c : v) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

constexpr int kNoColumn = -1;
constexpr int kBadColumn = -2;

// 0-based column of a cell reference such as "AB12".
int columnFromRef(QStringView ref) {
  int col = 0;
  qsizetype i = 0;
  for (; i < ref.size(); ++i) {
    char16_t c = ref[i].unicode();
    if (c >= u'a' && c <= u'z') c = char16_t(c - u'a' + u'A');
    if (c < u'A' || c > u'Z') break;
    col = col * 26 + (c - u'A' + 1);
    if (col > kMaxColumns) return kBadColumn;
  }
  return i == 0 ? kNoColumn : col - 1;
}

char* putDigits(char* p, unsigned value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    p[i] = char('0' + value % 10);
    value /= 10;
  }
  return p + width;
}

// Excel stores a date as a day count with the time of day as the fraction. Writes ISO 8601 text
// into `out` (at least 20 bytes) and returns its length, or 0 when the value is no plausible date.
size_t formatSerial(double serial, bool date1904, char* out) {
  if (!(serial >= 0.0) || serial > double(kMaxSerialDay + 1)) return 0;  // also rejects NaN
  const long long seconds = std::llround(serial * 86400.0);
  const long long dayCount = seconds / 86400;
  const auto secondOfDay = unsigned(seconds % 86400);
  if (dayCount > kMaxSerialDay) return 0;
  char* p = out;
  const auto putTime = [&p, secondOfDay] {
    p = putDigits(p, secondOfDay / 3600, 2);
    *p++ = ':';
    p = putDigits(p, secondOfDay / 60 % 60, 2);
    *p++ = ':';
    p = putDigits(p, secondOfDay % 60, 2);
  };
  if (dayCount == 0 && secondOfDay != 0) {
    // A time-of-day format on a value below one day: the date part ("day 0") means nothing.
    putTime();
    return size_t(p - out);
  }
  int year = 1900;
  unsigned month = 2;
  unsigned day = 29;
  if (date1904 || dayCount != 60) {
    using namespace std::chrono;
    // Excel's 1900 system counts the non-existent 1900-02-29 as day 60, so from day 61 on the
    // epoch is effectively 1899-12-30 while before it it is 1899-12-31 (day 1 = 1900-01-01).
    const sys_days epoch = date1904         ? sys_days{std::chrono::year{1904} / 1 / 1}
                           : dayCount >= 61 ? sys_days{std::chrono::year{1899} / 12 / 30}
                                            : sys_days{std::chrono::year{1899} / 12 / 31};
    const year_month_day ymd{epoch + std::chrono::days{dayCount}};
    year = int(ymd.year());
    month = unsigned(ymd.month());
    day = unsigned(ymd.day());
  }
  p = putDigits(p, unsigned(year), 4);
  *p++ = '-';
  p = putDigits(p, month, 2);
  *p++ = '-';
  p = putDigits(p, day, 2);
  if (secondOfDay != 0) {
    *p++ = 'T';
    putTime();
  }
  return size_t(p - out);
}

bool builtinFormatIsDate(qint64 id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom number format shows a date or time when it has y/m/d/h/s tokens outside quoted
// literals and [..] sections (colours, locales, conditions); "\x", "_x" and "*x" escape one char.
bool formatCodeIsDate(QStringView code) {
  for (qsizetype i = 0; i < code.size(); ++i) {
    const char16_t c = code[i].unicode();
    switch (c) {
      case u'"': {
        const qsizetype close = code.indexOf(u'"', i + 1);
        if (close < 0) return false;
        i = close;
        break;
      }
      case u'[': {
        const qsizetype close = code.indexOf(u']', i + 1);
        if (close < 0) return false;
        i = close;
        break;
      }
      case u'\\':
      case u'_':
      case u'*':
        ++i;
        break;
      case u'y':
      case u'Y':
      case u'm':
      case u'M':
      case u'd':
      case u'D':
      case u'h':
      case u'H':
      case u's':
      case u'S':
        return true;
      default:
        break;
    }
  }
  return false;
}

// QStringView == literal calls an out-of-line comparison; names are compared several times per
// cell on the hot path, so compare inline.
template <size_t N>
bool is(QStringView name, const char16_t (&literal)[N]) {
  if (name.size() != qsizetype(N - 1)) return false;
  const char16_t* data = name.utf16();
  for (size_t i = 0; i + 1 < N; ++i)
    if (data[i] != literal[i]) return false;
  return true;
}

bool xmlTrue(QStringView v) {
  return v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
}

// Resolves a relationship target against the folder of the part that owns the relationship.
QString resolvePart(const QString& baseDir, QStringView target) {
  QString t = target.toString();
  t.replace(u'\\', u'/');
  const QString joined = t.startsWith(u'/') ? t.mid(1) : baseDir + t;
  QStringList parts;
  for (const QString& segment : joined.split(u'/', Qt::SkipEmptyParts)) {
    if (segment == u".") continue;
    if (segment == u"..") {
      if (!parts.isEmpty()) parts.removeLast();
      continue;
    }
    parts.append(segment);
  }
  return parts.join(u'/');
}

QString folderOf(const QString& part) {
  const qsizetype slash = part.lastIndexOf(u'/');
  return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsPartOf(const QString& part) {
  const qsizetype slash = part.lastIndexOf(u'/');
  return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

std::optional<Error> checkEntryLimits(const XlsxWorkbook::Impl& book, const QString& name, qint64 size,
                                      qint64 compressed) {
  const XlsxLimits& limits = book.limits;
  if (size > limits.maxEntryBytes) {
    return book.error(
        ErrorCode::Unsafe,
        QCoreApplication::translate("ll::crm::XlsxReader",
                                    "The workbook '%1' was refused for safety: its part '%2' would "
                                    "unpack to %3, more than the limit of %4.")
            .arg(book.fileName, name, sizeText(size), sizeText(limits.maxEntryBytes)));
  }
  if (size > kRatioCheckFloor) {
    const double ratio = double(size) / double(std::max<qint64>(compressed, 1));
    if (ratio > limits.maxCompressionRatio) {
      return book.error(ErrorCode::Unsafe, QCoreApplication::translate(
                                               "ll::crm::XlsxReader",
                                               "The workbook '%1' was refused for safety: its part '%2' is "
                                               "compressed %3 to 1 (the limit is %4 to 1), which is how zip "
                                               "bombs are built.")
                                               .arg(book.fileName, name, QString::number(qint64(ratio)),
                                                    QString::number(limits.maxCompressionRatio)));
    }
  }
  return std::nullopt;
}

// --- one XML part, streamed out of the zip ------------------------------------------------------

// Feeds QXmlStreamReader chunk by chunk so that the decompressed bytes can be counted (declared
// sizes can lie) and reading stops at the limits, and refuses DTDs (entity expansion attacks).
class PartReader {
 public:
  // `zip`, when given, is an open archive on the workbook file that this reader borrows; it must
  // outlive the reader and not be moved to another entry meanwhile.
  PartReader() = default;
  PartReader(const PartReader&) = delete;
  PartReader& operator=(const PartReader&) = delete;
  ~PartReader() {
    if (m_fileOpen) unzCloseCurrentFile(m_zip);
    if (m_ownZip) unzClose(m_ownZip);
  }

  std::optional<Error> open(const XlsxWorkbook::Impl& book, const QString& part, unzFile zip = nullptr) {
    m_book = &book;
    const ZipEntry* entry = book.entry(part);
    if (!entry) return book.damaged(part, QCoreApplication::translate("ll::crm::XlsxReader", "is missing"));
    m_part = entry->name;
    if (entry->encrypted) {
      return book.error(ErrorCode::BadFormat,
                        QCoreApplication::translate("ll::crm::XlsxReader",
                                                    "The workbook '%1' is encrypted (its part '%2' needs a "
                                                    "password). Save it again without a password.")
                            .arg(book.fileName, m_part));
    }
    if (!zip) {
      m_ownZip = unzOpen64(QFile::encodeName(book.path).constData());
      if (!m_ownZip) {
        return book.error(ErrorCode::BadFormat, notAZip(book.fileName));
      }
      zip = m_ownZip;
    }
    unz_file_info64 info{};
    if (unzLocateFile(zip, m_part.toUtf8().constData(), 1) != UNZ_OK ||
        unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
      return book.damaged(m_part, QCoreApplication::translate("ll::crm::XlsxReader",
                                                              "could not be found in the zip archive"));
    }
    // The file may have changed since the workbook was opened: check what is there now.
    m_declared = clampSize(info.uncompressed_size);
    m_compressed = clampSize(info.compressed_size);
    if (auto err = checkEntryLimits(book, m_part, m_declared, m_compressed)) return err;
    if (unzOpenCurrentFile(zip) != UNZ_OK)
      return book.damaged(m_part,
                          QCoreApplication::translate("ll::crm::XlsxReader", "could not be unpacked"));
    m_zip = zip;
    m_fileOpen = true;
    return std::nullopt;
  }

  QXmlStreamReader& xml() { return m_xml; }

  // The next token; Invalid when the part is broken or refused (error() tells which).
  QXmlStreamReader::TokenType next() {
    const auto token = m_xml.readNext();
    if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::DTD) [[unlikely]]
      return slowNext(token);
    return token;
  }

  [[nodiscard]] const std::optional<Error>& error() const { return m_error; }
  [[nodiscard]] qint64 consumed() const { return m_consumed; }
  [[nodiscard]] qint64 declared() const { return m_declared; }
  [[nodiscard]] const QString& part() const { return m_part; }

 private:
  QXmlStreamReader::TokenType slowNext(QXmlStreamReader::TokenType token) {
    for (;;) {
      if (m_error) return QXmlStreamReader::Invalid;
      if (token == QXmlStreamReader::DTD) {
        m_error = m_book->error(
            ErrorCode::Unsafe,
            QCoreApplication::translate("ll::crm::XlsxReader",
                                        "The workbook '%1' was refused: its part '%2' contains XML entity "
                                        "declarations, which are refused for safety.")
                .arg(m_book->fileName, m_part));
        return QXmlStreamReader::Invalid;
      }
      if (token != QXmlStreamReader::Invalid) return token;
      if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        QString reason = m_xml.errorString();
        while (reason.endsWith(u'.')) reason.chop(1);
        m_error = m_book->damaged(
            m_part, QCoreApplication::translate("ll::crm::XlsxReader",
                                                "is not well-formed XML (line %1, column %2: %3)")
                        .arg(m_xml.lineNumber())
                        .arg(m_xml.columnNumber())
                        .arg(reason));
        return QXmlStreamReader::Invalid;
      }
      if (m_eof) {
        m_error = m_book->damaged(
            m_part, QCoreApplication::translate("ll::crm::XlsxReader",
                                                "ends too early; the file is truncated or damaged"));
        return QXmlStreamReader::Invalid;
      }
      feed();
      token = m_xml.readNext();
    }
  }

  void feed() {
    QByteArray chunk(kReadChunk, Qt::Uninitialized);
    const int n = unzReadCurrentFile(m_zip, chunk.data(), static_cast<unsigned>(kReadChunk));
    if (n < 0) {
      m_error = m_book->damaged(
          m_part,
          QCoreApplication::translate("ll::crm::XlsxReader", "could not be unpacked (zip error %1)").arg(n));
      return;
    }
    if (n == 0) {
      m_eof = true;
      m_fileOpen = false;
      // Closing verifies the CRC now that everything was read.
      if (unzCloseCurrentFile(m_zip) != UNZ_OK)
        m_error = m_book->damaged(
            m_part,
            QCoreApplication::translate("ll::crm::XlsxReader", "fails its checksum; the file is damaged"));
      return;
    }
    m_consumed += n;
    const XlsxLimits& limits = m_book->limits;
    if (m_consumed > m_declared || m_consumed > limits.maxEntryBytes ||
        (m_consumed > kRatioCheckFloor &&
         double(m_consumed) / double(std::max<qint64>(m_compressed, 1)) > limits.maxCompressionRatio)) {
      m_error = m_book->error(ErrorCode::Unsafe,
                              QCoreApplication::translate(
                                  "ll::crm::XlsxReader",
                                  "The workbook '%1' was refused for safety: its part '%2' unpacks to more "
                                  "data than it declares or than the limits allow.")
                                  .arg(m_book->fileName, m_part));
      return;
    }
    chunk.truncate(qsizetype(n));
    m_xml.addData(chunk);
  }

  const XlsxWorkbook::Impl* m_book = nullptr;
  QString m_part;
  unzFile m_ownZip = nullptr;  // set when this reader opened the archive itself
  unzFile m_zip = nullptr;     // the archive whose current entry is being read
  bool m_fileOpen = false;
  QXmlStreamReader m_xml;
  qint64 m_declared = 0;
  qint64 m_compressed = 0;
  qint64 m_consumed = 0;
  bool m_eof = false;
  std::optional<Error> m_error;
};

// Streams a whole (small or medium) part, calling onToken for every token until the root
// element closes.
template <class OnToken>
std::optional<Error> parsePart(const XlsxWorkbook::Impl& book, const QString& part, unzFile zip,
                               OnToken&& onToken) {
  PartReader reader;
  if (auto err = reader.open(book, part, zip)) return err;
  QXmlStreamReader& xml = reader.xml();
  int depth = 0;
  for (;;) {
    const auto token = reader.next();
    if (token == QXmlStreamReader::Invalid) return reader.error();
    if (token == QXmlStreamReader::StartElement) ++depth;
    onToken(token, xml);
    if (token == QXmlStreamReader::EndElement && --depth == 0) return std::nullopt;
    if (token == QXmlStreamReader::EndDocument) return std::nullopt;
  }
}

struct Relationship {
  QString target;  // resolved part name
  QString type;
};

std::optional<Error> parseRels(const XlsxWorkbook::Impl& book, const QString& relsPart,
                               const QString& baseDir, unzFile zip, QHash<QString, Relationship>& out) {
  return parsePart(book, relsPart, zip, [&](QXmlStreamReader::TokenType token, QXmlStreamReader& xml) {
    if (token != QXmlStreamReader::StartElement || xml.name() != u"Relationship") return;
    QString id;
    Relationship rel;
    bool external = false;
    const QXmlStreamAttributes attrs = xml.attributes();
    for (const QXmlStreamAttribute& a : attrs) {
      if (a.name() == u"Id")
        id = a.value().toString();
      else if (a.name() == u"Target")
        rel.target = resolvePart(baseDir, a.value());
      else if (a.name() == u"Type")
        rel.type = a.value().toString();
      else if (a.name() == u"TargetMode")
        external = a.value() == u"External";
    }
    if (!id.isEmpty() && !external) out.insert(id, rel);
  });
}

Result<std::shared_ptr<const SharedStrings>> loadSharedStrings(const XlsxWorkbook::Impl& book) {
  auto strings = std::make_shared<SharedStrings>();
  if (book.sharedStringsPart.isEmpty()) return strings;
  bool inItem = false;
  bool collect = false;
  int phonetic = 0;  // <rPh> runs hold reading aids (furigana), not the text
  size_t start = 0;
  auto err = parsePart(book, book.sharedStringsPart, nullptr,
                       [&](QXmlStreamReader::TokenType token, QXmlStreamReader& xml) {
                         switch (token) {
                           case QXmlStreamReader::StartElement: {
                             const QStringView name = xml.name();
                             if (name == u"si") {
                               inItem = true;
                               start = strings->arena.size();
                             } else if (name == u"t") {
                               collect = inItem && phonetic == 0;
                             } else if (name == u"rPh") {
                               ++phonetic;
                             }
                             break;
                           }
                           case QXmlStreamReader::EndElement: {
                             const QStringView name = xml.name();
                             if (name == u"t") {
                               collect = false;
                             } else if (name == u"rPh") {
                               --phonetic;
                             } else if (name == u"si" && inItem) {
                               inItem = false;
                               decodeXEscapes(strings->arena, start);
                               strings->offsets.push_back(strings->arena.size());
                             }
                             break;
                           }
                           case QXmlStreamReader::Characters:
                             if (collect) appendUtf8(strings->arena, xml.text());
                             break;
                           default:
                             break;
                         }
                       });
  if (err) return std::unexpected(*err);
  return strings;
}

Result<std::shared_ptr<const Styles>> loadStyles(const XlsxWorkbook::Impl& book) {
  auto styles = std::make_shared<Styles>();
  if (book.stylesPart.isEmpty()) return styles;
  QHash<qint64, bool> customIsDate;
  std::vector<qint64> xfFormats;
  bool inNumFmts = false;
  bool inCellXfs = false;
  auto err = parsePart(book, book.stylesPart, nullptr,
                       [&](QXmlStreamReader::TokenType token, QXmlStreamReader& xml) {
                         if (token == QXmlStreamReader::StartElement) {
                           const QStringView name = xml.name();
                           if (name == u"numFmts") {
                             inNumFmts = true;
                           } else if (name == u"cellXfs") {
                             inCellXfs = true;
                           } else if (name == u"numFmt" && inNumFmts) {
                             const QXmlStreamAttributes attrs = xml.attributes();
                             qint64 id = -1;
                             bool isDate = false;
                             for (const QXmlStreamAttribute& a : attrs) {
                               if (a.name() == u"numFmtId")
                                 id = parseIndex(a.value());
                               else if (a.name() == u"formatCode")
                                 isDate = formatCodeIsDate(a.value());
                             }
                             if (id >= 0) customIsDate.insert(id, isDate);
                           } else if (name == u"xf" && inCellXfs) {
                             const QXmlStreamAttributes attrs = xml.attributes();
                             qint64 id = 0;
                             for (const QXmlStreamAttribute& a : attrs)
                               if (a.name() == u"numFmtId") id = parseIndex(a.value());
                             xfFormats.push_back(id);
                           }
                         } else if (token == QXmlStreamReader::EndElement) {
                           const QStringView name = xml.name();
                           if (name == u"numFmts")
                             inNumFmts = false;
                           else if (name == u"cellXfs")
                             inCellXfs = false;
                         }
                       });
  if (err) return std::unexpected(*err);
  styles->dateXf.reserve(xfFormats.size());
  for (const qint64 id : xfFormats) {
    // A workbook may redefine a built-in id with its own code; its code then decides.
    const auto custom = customIsDate.constFind(id);
    const bool isDate = custom != customIsDate.constEnd() ? custom.value() : builtinFormatIsDate(id);
    styles->dateXf.push_back(isDate ? 1 : 0);
  }
  return styles;
}

// --- one sheet as a row source ------------------------------------------------------------------

class XlsxSheetSource final : public TableSource {
 public:
  XlsxSheetSource(std::shared_ptr<XlsxWorkbook::Impl> book, std::shared_ptr<const SharedStrings> strings,
                  std::shared_ptr<const Styles> styles, QString sheetName)
      : m_book(std::move(book)),
        m_strings(std::move(strings)),
        m_styles(std::move(styles)),
        m_sheetName(std::move(sheetName)) {}

  // Opens the sheet's part and reads up to the header row: the first non-blank row from
  // `headerRow` on (rows above it are a report's title lines).
  std::optional<Error> start(const QString& part, qint64 headerRow) {
    if (auto err = m_reader.open(*m_book, part)) return err;
    bool anyRow = false;
    while (readRow()) {
      anyRow = true;
      if (m_rowNumber < headerRow) continue;
      std::vector<std::string> header;
      header.reserve(m_refs.size());
      bool any = false;
      for (size_t i = 0; i < m_refs.size(); ++i) {
        QString text = QString::fromUtf8(view(i));
        if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
        text = text.trimmed();
        any = any || !text.isEmpty();
        header.push_back(text.toStdString());
      }
      if (!any) continue;  // only blanks: not a header yet
      while (!header.empty() && header.back().empty()) header.pop_back();
      m_header = std::move(header);
      m_headerRow = m_rowNumber;
      return std::nullopt;
    }
    if (m_error) return m_error;
    if (anyRow && headerRow > 1)
      return m_book->error(ErrorCode::BadData,
                           QCoreApplication::translate("ll::crm::XlsxReader",
                                                       "The sheet '%1' of the workbook '%2' has nothing at or below "
                                                       "row %3, which was given as the header row.")
                               .arg(m_sheetName, m_book->fileName)
                               .arg(headerRow));
    return m_book->error(ErrorCode::BadFormat, QCoreApplication::translate(
                                                   "ll::crm::XlsxReader",
                                                   "The sheet '%1' of the workbook '%2' is empty: it has no "
                                                   "header row.")
                                                   .arg(m_sheetName, m_book->fileName));
  }

  [[nodiscard]] const std::vector<std::string>& header() const override { return m_header; }
  [[nodiscard]] qint64 headerRow() const override { return m_headerRow; }

  bool next(Row& row) override {
    if (!readRow()) return false;
    const size_t n = std::max(m_header.size(), m_width);
    row.number = m_rowNumber;
    row.cells.resize(n);
    const size_t filled = std::min(n, m_refs.size());
    for (size_t i = 0; i < filled; ++i) row.cells[i] = view(i);
    for (size_t i = filled; i < n; ++i) row.cells[i] = {};
    return true;
  }

  [[nodiscard]] std::optional<Error> error() const override { return m_error; }
  [[nodiscard]] qint64 bytesDone() const override {
    return m_finished ? m_reader.declared() : std::min(m_reader.consumed(), m_reader.declared());
  }
  [[nodiscard]] qint64 bytesTotal() const override { return m_reader.declared(); }
  [[nodiscard]] QString description() const override {
    return QCoreApplication::translate("ll::crm::XlsxReader", "Excel workbook, sheet '%1'").arg(m_sheetName);
  }
  [[nodiscard]] QString fileName() const override { return m_book->fileName; }

 private:
  enum class Kind : quint8 { Number, SharedString, InlineString, FormulaString, Boolean, Other };

  // A cell's text: in m_buf at `offset` (m_buf grows while a row is read, so no pointers into
  // it are kept), or elsewhere (the shared strings arena, a literal) when `external` is set.
  struct CellRef {
    const char* external = nullptr;
    size_t offset = 0;
    size_t size = 0;
  };

  [[nodiscard]] std::string_view view(size_t i) const {
    const CellRef& ref = m_refs[i];
    return {ref.external ? ref.external : m_buf.data() + ref.offset, ref.size};
  }

  void fail(const QString& what) {
    m_error = Error{ErrorCode::BadFormat,
                    QCoreApplication::translate("ll::crm::XlsxReader",
                                                "The sheet '%1' of the workbook '%2' is damaged: %3.")
                        .arg(m_sheetName, m_book->fileName, what),
                    m_book->fileName,
                    m_rowNumber,
                    {}};
    m_done = true;
  }

  // Reads the next row that has at least one non-empty cell into m_refs / m_buf.
  bool readRow() {
    if (m_done) return false;
    QXmlStreamReader& xml = m_reader.xml();
    for (;;) {
      switch (m_reader.next()) {
        case QXmlStreamReader::StartElement: {
          ++m_depth;
          if (!m_inSheetData) {
            if (is(xml.name(), u"sheetData")) m_inSheetData = true;
            break;
          }
          const QStringView name = xml.name();
          if (is(name, u"c")) {
            if (!beginCell(xml)) return false;
          } else if (is(name, u"v")) {
            m_collect = m_inCell && !m_inInline;
          } else if (is(name, u"row")) {
            beginRow(xml);
          } else if (is(name, u"t")) {
            m_collect = m_inInline && m_phonetic == 0;
          } else if (is(name, u"is")) {
            m_inInline = m_inCell;
          } else if (is(name, u"rPh")) {
            ++m_phonetic;
          }
          break;
        }
        case QXmlStreamReader::EndElement: {
          if (--m_depth == 0) {
            finish();
            return false;
          }
          if (!m_inSheetData) break;
          const QStringView name = xml.name();
          if (is(name, u"c")) {
            if (!endCell()) return false;
          } else if (is(name, u"v") || is(name, u"t")) {
            m_collect = false;
          } else if (is(name, u"row")) {
            m_inRow = false;
            if (m_width > 0) return true;
          } else if (is(name, u"is")) {
            m_inInline = false;
          } else if (is(name, u"rPh")) {
            --m_phonetic;
          } else if (is(name, u"sheetData")) {
            finish();
            return false;
          }
          break;
        }
        case QXmlStreamReader::Characters:
          if (m_collect) appendUtf8(m_buf, xml.text());
          break;
        case QXmlStreamReader::Invalid:
          m_error = m_reader.error();
          if (m_error) m_error->row = m_rowNumber;
          m_done = true;
          return false;
        default:
          break;
      }
    }
  }

  void finish() {
    m_done = true;
    m_finished = true;
  }

  void beginRow(const QXmlStreamReader& xml) {
    m_inRow = true;
    m_refs.clear();
    m_buf.clear();
    m_width = 0;
    m_nextColumn = 0;
    qint64 number = -1;
    const QXmlStreamAttributes attrs = xml.attributes();
    for (const QXmlStreamAttribute& a : attrs)
      if (is(a.name(), u"r")) number = parseIndex(a.value());
    m_rowNumber = number > 0 ? number : m_rowNumber + 1;
  }

  bool beginCell(const QXmlStreamReader& xml) {
    if (!m_inRow) return true;  // a stray cell outside any row: nothing to attach it to
    m_inCell = true;
    m_inInline = false;
    m_collect = false;
    m_phonetic = 0;
    m_kind = Kind::Number;
    m_isDate = false;
    int column = m_nextColumn;
    const QXmlStreamAttributes attrs = xml.attributes();
    for (const QXmlStreamAttribute& a : attrs) {
      const QStringView name = a.name();
      if (is(name, u"r")) {
        const int c = columnFromRef(a.value());
        if (c == kBadColumn) {
          fail(QCoreApplication::translate("ll::crm::XlsxReader",
                                           "a cell reference lies beyond Excel's last column (XFD)"));
          return false;
        }
        if (c >= 0) column = c;
      } else if (is(name, u"t")) {
        const QStringView t = a.value();
        m_kind = is(t, u"s")           ? Kind::SharedString
                 : is(t, u"n")         ? Kind::Number
                 : is(t, u"inlineStr") ? Kind::InlineString
                 : is(t, u"str")       ? Kind::FormulaString
                 : is(t, u"b")         ? Kind::Boolean
                                       : Kind::Other;  // "e" errors, "d" ISO dates: as written
      } else if (is(name, u"s")) {
        m_isDate = m_styles->isDate(parseIndex(a.value()));
      }
    }
    if (column >= kMaxColumns) {
      fail(QCoreApplication::translate("ll::crm::XlsxReader",
                                       "a row has more cells than Excel's last column (XFD)"));
      return false;
    }
    m_column = column;
    m_cellStart = m_buf.size();
    return true;
  }

  bool endCell() {
    if (!m_inCell) return true;
    m_inCell = false;
    m_inInline = false;
    m_collect = false;
    const size_t start = m_cellStart;
    CellRef ref{nullptr, start, m_buf.size() - start};
    if (ref.size > 0) {
      switch (m_kind) {
        case Kind::SharedString: {
          const qint64 index = parseIndex(std::string_view(m_buf).substr(start));
          m_buf.resize(start);
          if (index < 0 || size_t(index) >= m_strings->count()) {
            fail(QCoreApplication::translate(
                     "ll::crm::XlsxReader",
                     "a cell refers to shared string %1, which the workbook does not have")
                     .arg(index));
            return false;
          }
          const std::string_view text = m_strings->at(size_t(index));
          ref = {text.data(), 0, text.size()};
          break;
        }
        case Kind::Boolean: {
          const std::string_view v = std::string_view(m_buf).substr(start);
          const char* literal = v == "1" || v == "true"    ? "TRUE"
                                : v == "0" || v == "false" ? "FALSE"
                                                           : nullptr;
          if (literal) {
            m_buf.resize(start);
            ref = {literal, 0, std::char_traits<char>::length(literal)};
          }
          break;
        }
        case Kind::Number:
          if (m_isDate) formatDate(ref);
          break;
        case Kind::InlineString:
        case Kind::FormulaString:
          decodeXEscapes(m_buf, start);
          ref.size = m_buf.size() - start;
          break;
        case Kind::Other:
          break;
      }
    }
    const auto column = size_t(m_column);
    if (column >= m_refs.size()) m_refs.resize(column + 1);
    m_refs[column] = ref;
    m_nextColumn = m_column + 1;
    if (ref.size > 0) m_width = std::max(m_width, column + 1);
    return true;
  }

  void formatDate(CellRef& ref) {
    double serial = 0;
    const char* first = m_buf.data() + ref.offset;
    const char* last = first + ref.size;
    const auto [end, ec] = std::from_chars(first, last, serial);
    if (ec != std::errc() || end != last) return;  // not a number after all: keep it as written
    char text[24];
    const size_t n = formatSerial(serial, m_book->date1904, text);
    if (n == 0) return;
    m_buf.resize(ref.offset);
    m_buf.append(text, n);
    ref.size = n;
  }

  std::shared_ptr<XlsxWorkbook::Impl> m_book;
  std::shared_ptr<const SharedStrings> m_strings;
  std::shared_ptr<const Styles> m_styles;
  QString m_sheetName;
  PartReader m_reader;
  std::vector<std::string> m_header;
  qint64 m_headerRow = 1;
  std::optional<Error> m_error;

  // The row being read: cell text is appended to m_buf, reused from row to row.
  std::string m_buf;
  std::vector<CellRef> m_refs;
  size_t m_width = 0;  // 1 + index of the last non-empty cell
  qint64 m_rowNumber = 0;
  int m_nextColumn = 0;

  // The cell being read.
  int m_column = 0;
  size_t m_cellStart = 0;
  Kind m_kind = Kind::Number;
  bool m_isDate = false;
  bool m_inCell = false;
  bool m_inInline = false;
  bool m_collect = false;
  int m_phonetic = 0;

  int m_depth = 0;
  bool m_inSheetData = false;
  bool m_inRow = false;
  bool m_done = false;
  bool m_finished = false;
};

bool isZipSignature(const QByteArray& head) {
  // Local file header, or the end record of an empty archive, or a spanned-archive marker.
  return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08");
}

std::shared_ptr<spdlog::logger> importLog() {
  return ll::log::get("import");
}

}  // namespace

std::optional<Error> XlsxWorkbook::Impl::load() {
  const QFileInfo fi(path);
  if (!fi.exists()) {
    return error(
        ErrorCode::FileNotFound,
        QCoreApplication::translate("ll::crm::XlsxReader", "The file '%1' does not exist.").arg(fileName));
  }
  if (fi.isDir()) {
    return error(ErrorCode::FileUnreadable,
                 QCoreApplication::translate("ll::crm::XlsxReader", "'%1' is a folder, not a workbook file.")
                     .arg(fileName));
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return error(ErrorCode::FileUnreadable,
                 QCoreApplication::translate("ll::crm::XlsxReader",
                                             "The file '%1' could not be opened for reading: %2")
                     .arg(fileName, file.errorString()));
  }
  const QByteArray head = file.read(8);
  file.close();
  if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return error(ErrorCode::BadFormat,
                 QCoreApplication::translate(
                     "ll::crm::XlsxReader",
                     "'%1' is not an .xlsx workbook: it is either password-protected or an old "
                     "Excel 97-2003 file. Open it in Excel and save it as an .xlsx workbook without "
                     "a password.")
                     .arg(fileName));
  }
  if (!isZipSignature(head)) {
    return error(
        ErrorCode::BadFormat,
        QCoreApplication::translate("ll::crm::XlsxReader",
                                    "'%1' is not an .xlsx workbook (not a zip archive). If it holds comma- "
                                    "or semicolon-separated text, give it a .csv extension and import it "
                                    "again.")
            .arg(fileName));
  }

  const std::unique_ptr<void, int (*)(unzFile)> archive(unzOpen64(QFile::encodeName(path).constData()), unzClose);
  unzFile zip = archive.get();
  if (!zip) {
    return error(ErrorCode::BadFormat, notAZip(fileName));
  }
  qint64 total = 0;
  int rc = unzGoToFirstFile(zip);
  for (; rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
    unz_file_info64 info{};
    char name[4096];
    rc = unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
    if (rc != UNZ_OK) break;
    ZipEntry entry{QString::fromUtf8(name), clampSize(info.uncompressed_size), clampSize(info.compressed_size),
                   (info.flag & 1) != 0};
    if (auto err = checkEntryLimits(*this, entry.name, entry.size, entry.compressed)) return err;
    total = entry.size > std::numeric_limits<qint64>::max() - total ? std::numeric_limits<qint64>::max()
                                                                    : total + entry.size;
    entries.insert(entry.name.toLower(), entry);
  }
  if (rc != UNZ_END_OF_LIST_OF_FILE) {
    return error(
        ErrorCode::BadFormat,
        QCoreApplication::translate("ll::crm::XlsxReader",
                                    "The workbook '%1' could not be read as a zip archive: its directory "
                                    "is damaged.")
            .arg(fileName));
  }
  if (total > limits.maxTotalBytes) {
    return error(ErrorCode::Unsafe, QCoreApplication::translate(
                                        "ll::crm::XlsxReader",
                                        "The workbook '%1' was refused for safety: its parts would unpack to "
                                        "%2 together, more than the limit of %3.")
                                        .arg(fileName, sizeText(total), sizeText(limits.maxTotalBytes)));
  }

  // The package relationships name the workbook part; every writer we know calls it
  // xl/workbook.xml, which is also the fallback when they are missing.
  QString workbookPart = u"xl/workbook.xml"_s;
  if (entry(u"_rels/.rels"_s)) {
    QHash<QString, Relationship> rels;
    if (auto err = parseRels(*this, u"_rels/.rels"_s, QString(), zip, rels)) return err;
    for (const Relationship& rel : std::as_const(rels)) {
      if (rel.type.endsWith(u"/officeDocument") && entry(rel.target)) {
        workbookPart = rel.target;
        break;
      }
    }
  }
  if (!entry(workbookPart)) {
    return error(
        ErrorCode::BadFormat,
        QCoreApplication::translate("ll::crm::XlsxReader",
                                    "'%1' is not an Excel workbook: it has no xl/workbook.xml part (it may "
                                    "be another kind of Office document, or damaged).")
            .arg(fileName));
  }
  workbookPart = entry(workbookPart)->name;
  const QString baseDir = folderOf(workbookPart);

  QHash<QString, Relationship> rels;
  const QString relsPart = relsPartOf(workbookPart);
  if (entry(relsPart)) {
    if (auto err = parseRels(*this, relsPart, baseDir, zip, rels)) return err;
  }

  bool inSheets = false;
  auto err =
      parsePart(*this, workbookPart, zip, [&](QXmlStreamReader::TokenType token, QXmlStreamReader& xml) {
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheets") inSheets = false;
        if (token != QXmlStreamReader::StartElement) return;
        const QStringView name = xml.name();
        if (name == u"workbookPr") {
          const QXmlStreamAttributes attrs = xml.attributes();
          for (const QXmlStreamAttribute& a : attrs)
            if (a.name() == u"date1904") date1904 = xmlTrue(a.value());
        } else if (name == u"sheets") {
          inSheets = true;
        } else if (name == u"sheet" && inSheets) {
          XlsxSheet sheet;
          QString relId;
          const QXmlStreamAttributes attrs = xml.attributes();
          for (const QXmlStreamAttribute& a : attrs) {
            if (a.name() == u"name" && a.namespaceUri().isEmpty()) sheet.name = a.value().toString();
            // r:id, whatever prefix the writer bound to the relationships namespace.
            else if (a.name() == u"id" && !a.namespaceUri().isEmpty())
              relId = a.value().toString();
          }
          const auto rel = rels.constFind(relId);
          if (rel != rels.constEnd()) {
            const ZipEntry* target = entry(rel->target);
            sheet.part = target ? target->name : rel->target;
          }
          sheets.push_back(std::move(sheet));
        }
      });
  if (err) return err;
  if (sheets.empty()) {
    return error(
        ErrorCode::BadFormat,
        QCoreApplication::translate("ll::crm::XlsxReader", "The workbook '%1' has no sheets.").arg(fileName));
  }

  for (const Relationship& rel : std::as_const(rels)) {
    const ZipEntry* target = entry(rel.target);
    if (!target) continue;
    if (rel.type.endsWith(u"/sharedStrings"))
      sharedStringsPart = target->name;
    else if (rel.type.endsWith(u"/styles"))
      stylesPart = target->name;
  }
  if (sharedStringsPart.isEmpty() && entry(baseDir + u"sharedStrings.xml"_s))
    sharedStringsPart = entry(baseDir + u"sharedStrings.xml"_s)->name;
  if (stylesPart.isEmpty() && entry(baseDir + u"styles.xml"_s))
    stylesPart = entry(baseDir + u"styles.xml"_s)->name;
  return std::nullopt;
}

Result<XlsxWorkbook::Impl::Shared> XlsxWorkbook::Impl::loadShared() {
  std::lock_guard lock(loadMutex);
  if (!strings || !styles) {
    auto loadedStrings = loadSharedStrings(*this);
    if (!loadedStrings) return std::unexpected(loadedStrings.error());
    auto loadedStyles = loadStyles(*this);
    if (!loadedStyles) return std::unexpected(loadedStyles.error());
    strings = std::move(*loadedStrings);
    styles = std::move(*loadedStyles);
  }
  return Shared{strings, styles};
}

Result<std::unique_ptr<XlsxWorkbook>> XlsxWorkbook::open(const QString& path, const XlsxLimits& limits) {
  auto impl = std::make_shared<Impl>();
  impl->path = path;
  impl->fileName = QFileInfo(path).fileName();
  impl->limits = limits;
  if (auto err = impl->load()) {
    importLog()->warn("xlsx: cannot open '{}': {}", impl->fileName.toStdString(), errorCodeName(err->code));
    return std::unexpected(std::move(*err));
  }
  importLog()->info("xlsx: opened '{}' ({} sheets, {} parts)", impl->fileName.toStdString(),
                    impl->sheets.size(), impl->entries.size());
  return std::unique_ptr<XlsxWorkbook>(new XlsxWorkbook(std::move(impl)));
}

XlsxWorkbook::XlsxWorkbook(std::shared_ptr<Impl> impl) : m_impl(std::move(impl)) {}

XlsxWorkbook::~XlsxWorkbook() = default;

const std::vector<XlsxSheet>& XlsxWorkbook::sheets() const {
  return m_impl->sheets;
}

int XlsxWorkbook::sheetIndex(const QString& name) const {
  for (size_t i = 0; i < m_impl->sheets.size(); ++i)
    if (m_impl->sheets[i].name.compare(name, Qt::CaseInsensitive) == 0) return int(i);
  return -1;
}

Result<std::unique_ptr<TableSource>> XlsxWorkbook::openSheet(int index, qint64 headerRow) const {
  const Impl& book = *m_impl;
  if (index < 0 || size_t(index) >= book.sheets.size()) {
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate("ll::crm::XlsxReader",
                                            "The workbook '%1' has no sheet number %2 (it has %3).")
                    .arg(book.fileName)
                    .arg(index + 1)
                    .arg(book.sheets.size()),
                book.fileName);
  }
  const XlsxSheet& sheet = book.sheets[size_t(index)];
  const auto refuse = [&book, index](Error err) -> Result<std::unique_ptr<TableSource>> {
    importLog()->warn("xlsx: cannot open sheet {} of '{}': {}", index + 1, book.fileName.toStdString(),
                      errorCodeName(err.code));
    return std::unexpected(std::move(err));
  };
  if (sheet.part.isEmpty() || !book.entry(sheet.part)) {
    return refuse(book.error(
        ErrorCode::BadFormat,
        sheet.part.isEmpty() ? QCoreApplication::translate(
                                   "ll::crm::XlsxReader",
                                   "The workbook '%1' is damaged: its sheet '%2' does not say which part "
                                   "holds it.")
                                   .arg(book.fileName, sheet.name)
                             : QCoreApplication::translate(
                                   "ll::crm::XlsxReader",
                                   "The workbook '%1' is damaged: the part '%2' holding its sheet '%3' is "
                                   "missing.")
                                   .arg(book.fileName, sheet.part, sheet.name)));
  }
  auto shared = m_impl->loadShared();
  if (!shared) return refuse(std::move(shared.error()));
  auto source = std::make_unique<XlsxSheetSource>(m_impl, std::move(shared->strings),
                                                  std::move(shared->styles), sheet.name);
  if (auto err = source->start(sheet.part, headerRow)) return refuse(std::move(*err));
  importLog()->info("xlsx: opened sheet {} of '{}' ({} columns)", index + 1, book.fileName.toStdString(),
                    source->header().size());
  return std::unique_ptr<TableSource>(std::move(source));
}

QString XlsxWorkbook::fileName() const {
  return m_impl->fileName;
}

bool looksLikeZip(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  return isZipSignature(file.read(4));
}

}  // namespace ll::crm
