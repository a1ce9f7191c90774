#include "crm/values.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>

using namespace Qt::Literals::StringLiterals;

namespace ll::crm {
namespace {

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic. parseDateTime runs once per date cell of million-row imports, so the
// success path stays allocation-free: plain integer maths, no QDate, no locale.

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::int64_t kDaysPer400Years = 146097;
constexpr std::int64_t kDaysFrom0001To1970 = 719162;

constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr bool isLeapYear(std::int64_t y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(std::int64_t y, int m) {
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeapYear(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

// Days before the first of each month in a common year.
constexpr std::array<int, 12> kDaysBeforeMonth{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

// Days since 1970-01-01 of a valid proleptic Gregorian date.
constexpr std::int64_t daysFromCivil(std::int64_t y, int m, int d) {
  const std::int64_t prev = y - 1;  // whole years elapsed since 0001-01-01
  const std::int64_t daysBeforeYear =
      365 * prev + floorDiv(prev, 4) - floorDiv(prev, 100) + floorDiv(prev, 400);
  const int leapDay = (m > 2 && isLeapYear(y)) ? 1 : 0;
  return daysBeforeYear + kDaysBeforeMonth[static_cast<std::size_t>(m - 1)] + leapDay + (d - 1) -
         kDaysFrom0001To1970;
}

struct CivilDate {
  std::int64_t year;
  int month;
  int day;
};

constexpr CivilDate civilFromDays(std::int64_t days) {
  // Peel off 400-, 100-, 4- and 1-year cycles counted from 0001-01-01; the last year of each
  // 100/4/1-year cycle is the one that may carry the leap day, hence the clamps to 3.
  std::int64_t n = days + kDaysFrom0001To1970;
  const std::int64_t q400 = floorDiv(n, kDaysPer400Years);
  n -= q400 * kDaysPer400Years;
  std::int64_t q100 = n / 36524;
  if (q100 > 3) q100 = 3;
  n -= q100 * 36524;
  const std::int64_t q4 = n / 1461;
  n -= q4 * 1461;
  std::int64_t q1 = n / 365;
  if (q1 > 3) q1 = 3;
  n -= q1 * 365;
  const std::int64_t year = q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1;
  int month = 1;
  while (month < 12) {
    const int leapDay = (month + 1 > 2 && isLeapYear(year)) ? 1 : 0;
    if (n < kDaysBeforeMonth[static_cast<std::size_t>(month)] + leapDay) break;
    ++month;
  }
  const int leapDay = (month > 2 && isLeapYear(year)) ? 1 : 0;
  const int day = static_cast<int>(n) - kDaysBeforeMonth[static_cast<std::size_t>(month - 1)] - leapDay + 1;
  return {year, month, day};
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(daysFromCivil(1899, 12, 30) == -25569);
static_assert(civilFromDays(11017).year == 2000 && civilFromDays(11017).month == 3);
static_assert(civilFromDays(-25569).day == 30 && civilFromDays(-25569).month == 12);
static_assert(civilFromDays(daysFromCivil(2024, 2, 29)).day == 29);
static_assert(civilFromDays(daysFromCivil(2100, 12, 31)).year == 2100);

// ---------------------------------------------------------------------------------------------
// A cursor over UTF-8 text. Literals passed to eat() may be multi-byte (年, 月, 日, ...).

class Cursor {
 public:
  explicit Cursor(std::string_view text) : m_text(text) {}

  [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
  [[nodiscard]] char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
  [[nodiscard]] std::string_view rest() const { return m_text.substr(m_pos); }

  bool eat(char c) {
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
      ++m_pos;
      return true;
    }
    return false;
  }
  bool eat(std::string_view literal) {
    if (rest().starts_with(literal)) {
      m_pos += literal.size();
      return true;
    }
    return false;
  }
  // ASCII letters compared case-insensitively ("AM", "am", "Am").
  bool eatNoCase(std::string_view literal) {
    const std::string_view r = rest();
    if (r.size() < literal.size()) return false;
    for (std::size_t i = 0; i < literal.size(); ++i) {
      char c = r[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != literal[i]) return false;
    }
    m_pos += literal.size();
    return true;
  }
  int skipSpaces() {
    int n = 0;
    while (m_pos < m_text.size() && m_text[m_pos] == ' ') {
      ++m_pos;
      ++n;
    }
    return n;
  }
  // Reads a run of ASCII digits; returns how many. Only the first 9 are accumulated, which is
  // enough for every field here (callers reject runs that long).
  int digits(int& value) {
    int count = 0;
    value = 0;
    while (m_pos < m_text.size()) {
      const char c = m_text[m_pos];
      if (c < '0' || c > '9') break;
      if (count < 9) value = value * 10 + (c - '0');
      ++count;
      ++m_pos;
    }
    return count;
  }

 private:
  std::string_view m_text;
  std::size_t m_pos = 0;
};

// ---------------------------------------------------------------------------------------------
// Dates

enum class DateStatus : std::uint8_t {
  Ok,
  Format,
  Month,
  Day,
  Time,
  Hour12,
  Offset,
  Ambiguous,
};

struct DateParts {
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int offsetSeconds = 0;  // east of UTC
};

constexpr bool isDigit(char c) {
  return c >= '0' && c <= '9';
}

// "45352", "45352.5", "20260301": numbers that are either Excel serials or compact ISO dates.
bool isPlainNumber(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && isDigit(t[i])) ++i;
  if (i == 0) return false;
  if (i == t.size()) return true;
  if (t[i] != '.') return false;
  ++i;
  const std::size_t fractionStart = i;
  while (i < t.size() && isDigit(t[i])) ++i;
  return i == t.size() && i > fractionStart;
}

// Zone suffix: Z, UTC, GMT, +08:00, +0800, +08, GMT+8.
DateStatus parseZone(Cursor& c, DateParts& p) {
  bool named = false;
  if (c.eat('Z') || c.eat('z')) {
    return DateStatus::Ok;
  }
  if (c.eatNoCase("utc") || c.eatNoCase("gmt")) {
    named = true;
    if (c.atEnd()) return DateStatus::Ok;
  }
  int sign = 0;
  if (c.eat('+')) {
    sign = 1;
  } else if (c.eat('-') || c.eat("\xE2\x88\x92")) {  // U+2212 minus sign, as some exports write
    sign = -1;
  } else {
    return DateStatus::Format;
  }
  int hh = 0;
  const int hourDigits = c.digits(hh);
  int mm = 0;
  if (hourDigits == 4) {  // +0800
    mm = hh % 100;
    hh /= 100;
  } else if (hourDigits == 2 || (named && hourDigits == 1)) {
    if (c.eat(':')) {
      if (c.digits(mm) != 2) return DateStatus::Offset;
    }
  } else {
    return DateStatus::Offset;
  }
  if (hh > 18 || mm > 59) return DateStatus::Offset;
  p.offsetSeconds = sign * (hh * 3600 + mm * 60);
  return DateStatus::Ok;
}

// The part after the date: "10:20", "10:20:30.123", "9:05 PM", "10时20分", "10点20分30秒",
// "下午3:05", then an optional zone. Leaves the cursor at the end on success.
DateStatus parseTime(Cursor& c, DateParts& p) {
  enum class Half { None, Am, Pm };
  Half half = Half::None;
  if (c.eat("上午")) {
    half = Half::Am;
  } else if (c.eat("下午")) {
    half = Half::Pm;
  }
  if (half != Half::None) c.skipSpaces();

  const int hourDigits = c.digits(p.hour);
  if (hourDigits < 1 || hourDigits > 2) return DateStatus::Format;
  if (c.eat(':')) {
    if (c.digits(p.minute) != 2) return DateStatus::Format;
    if (c.eat(':')) {
      if (c.digits(p.second) != 2) return DateStatus::Format;
      if (c.eat('.') || c.eat(',')) {
        int ignored = 0;
        if (c.digits(ignored) < 1) return DateStatus::Format;
      }
    }
  } else if (c.eat("时") || c.eat("点")) {
    const int minuteDigits = c.digits(p.minute);
    if (minuteDigits > 0) {
      if (minuteDigits > 2 || !c.eat("分")) return DateStatus::Format;
      const int secondDigits = c.digits(p.second);
      if (secondDigits > 0 && (secondDigits > 2 || !c.eat("秒"))) {
        return DateStatus::Format;
      }
    }
  } else {
    return DateStatus::Format;
  }

  c.skipSpaces();
  if (half == Half::None) {
    if (c.eatNoCase("am") || c.eatNoCase("a.m.")) {
      half = Half::Am;
    } else if (c.eatNoCase("pm") || c.eatNoCase("p.m.")) {
      half = Half::Pm;
    }
    if (half != Half::None) c.skipSpaces();
  }
  if (half != Half::None) {
    if (p.hour < 1 || p.hour > 12) return DateStatus::Hour12;
    if (half == Half::Am && p.hour == 12) p.hour = 0;
    if (half == Half::Pm && p.hour != 12) p.hour += 12;
  }

  if (c.atEnd()) return DateStatus::Ok;
  const DateStatus zone = parseZone(c, p);
  if (zone != DateStatus::Ok) return zone;
  return c.atEnd() ? DateStatus::Ok : DateStatus::Format;
}

// After a complete date: the end, or a separator and a time.
DateStatus parseAfterDate(Cursor& c, DateParts& p, bool cjkDate) {
  if (c.atEnd()) return DateStatus::Ok;
  const bool t = c.eat('T') || c.eat('t');
  const int spaces = t ? 0 : c.skipSpaces();
  if (!t && spaces == 0 && !cjkDate) return DateStatus::Format;
  if (c.atEnd()) return t ? DateStatus::Format : DateStatus::Ok;
  return parseTime(c, p);
}

// Splits a structured (non-numeric) date into parts; does not validate ranges.
DateStatus parseDateParts(std::string_view t, DateOrder order, DateParts& p) {
  Cursor c(t);
  int first = 0;
  const int firstDigits = c.digits(first);
  if (firstDigits == 0) return DateStatus::Format;

  if (firstDigits == 4 && c.eat("年")) {
    p.year = first;
    const int md = c.digits(p.month);
    if (md < 1 || md > 2 || !c.eat("月")) return DateStatus::Format;
    const int dd = c.digits(p.day);
    if (dd < 1 || dd > 2) return DateStatus::Format;
    if (!c.eat("日") && !c.eat("号")) return DateStatus::Format;
    return parseAfterDate(c, p, true);
  }

  const char sep = c.peek();
  if (sep != '-' && sep != '/' && sep != '.') return DateStatus::Format;
  c.eat(sep);

  if (firstDigits == 4) {  // year first: 2026-03-01, 2026/3/1, 2026.03.01
    p.year = first;
    const int md = c.digits(p.month);
    if (md < 1 || md > 2 || !c.eat(sep)) return DateStatus::Format;
    const int dd = c.digits(p.day);
    if (dd < 1 || dd > 2) return DateStatus::Format;
    return parseAfterDate(c, p, false);
  }
  if (firstDigits > 2) return DateStatus::Format;

  // day.month.year or day/month/year or month/day/year.
  int second = 0;
  const int secondDigits = c.digits(second);
  if (secondDigits < 1 || secondDigits > 2 || !c.eat(sep)) return DateStatus::Format;
  const int yearDigits = c.digits(p.year);
  if (yearDigits == 2) {
    p.year += 2000;
  } else if (yearDigits != 4) {
    return DateStatus::Format;
  }
  const DateStatus rest = parseAfterDate(c, p, false);
  if (rest != DateStatus::Ok) return rest;

  bool dayFirst = true;
  if (sep != '.') {
    switch (order) {
      case DateOrder::DayFirst:
        dayFirst = true;
        break;
      case DateOrder::MonthFirst:
        dayFirst = false;
        break;
      case DateOrder::Auto:
        if (first == second || first > 12) {
          dayFirst = true;
        } else if (second > 12) {
          dayFirst = false;
        } else {
          return DateStatus::Ambiguous;
        }
        break;
    }
  }
  p.day = dayFirst ? first : second;
  p.month = dayFirst ? second : first;
  return DateStatus::Ok;
}

QString quoted(std::string_view text) {
  constexpr std::size_t kMaxShown = 40;
  if (text.size() <= kMaxShown) return u"'"_s + QString::fromUtf8(text) + u"'"_s;
  std::size_t cut = kMaxShown;
  // Never cut a UTF-8 sequence in half.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return u"'"_s + QString::fromUtf8(text.substr(0, cut)) + u"…'"_s;
}

QString monthName(int month) {
  static constexpr std::array<const char*, 12> kNames{
      QT_TRANSLATE_NOOP("ll::crm::Values", "January"),   QT_TRANSLATE_NOOP("ll::crm::Values", "February"),
      QT_TRANSLATE_NOOP("ll::crm::Values", "March"),     QT_TRANSLATE_NOOP("ll::crm::Values", "April"),
      QT_TRANSLATE_NOOP("ll::crm::Values", "May"),       QT_TRANSLATE_NOOP("ll::crm::Values", "June"),
      QT_TRANSLATE_NOOP("ll::crm::Values", "July"),      QT_TRANSLATE_NOOP("ll::crm::Values", "August"),
      QT_TRANSLATE_NOOP("ll::crm::Values", "September"), QT_TRANSLATE_NOOP("ll::crm::Values", "October"),
      QT_TRANSLATE_NOOP("ll::crm::Values", "November"),  QT_TRANSLATE_NOOP("ll::crm::Values", "December")};
  return QCoreApplication::translate("ll::crm::Values", kNames[static_cast<std::size_t>(month - 1)]);
}

QString dateText(const CivilDate& d) {
  return u"%1-%2-%3"_s.arg(d.year, 4, 10, QLatin1Char('0'))
      .arg(d.month, 2, 10, QLatin1Char('0'))
      .arg(d.day, 2, 10, QLatin1Char('0'));
}

QString outOfRange(std::string_view text, const DateParseOptions& options, const QString& detail = {}) {
  return QCoreApplication::translate("ll::crm::Values", "%1%2 is out of range: years %3 to %4 are accepted")
      .arg(quoted(text), detail, QString::number(options.minYear), QString::number(options.maxYear));
}

QString dateError(DateStatus status, std::string_view text, const DateParts& p) {
  const QString v = quoted(text);
  switch (status) {
    case DateStatus::Month:
      return QCoreApplication::translate("ll::crm::Values", "%1 is not a date: there is no month %2")
          .arg(v, QString::number(p.month));
    case DateStatus::Day:
      if (p.day < 1) {
        return QCoreApplication::translate("ll::crm::Values", "%1 is not a date: there is no day %2")
            .arg(v, QString::number(p.day));
      }
      return QCoreApplication::translate("ll::crm::Values", "%1 is not a date: %2 %3 has %4 days")
          .arg(v, monthName(p.month), QString::number(p.year), QString::number(daysInMonth(p.year, p.month)));
    case DateStatus::Time:
      return QCoreApplication::translate(
                 "ll::crm::Values", "%1 has an impossible time: hours run 0-23, minutes and seconds 0-59")
          .arg(v);
    case DateStatus::Hour12:
      return QCoreApplication::translate("ll::crm::Values",
                                         "%1 has an impossible time: with AM/PM hours run 1-12")
          .arg(v);
    case DateStatus::Offset:
      return QCoreApplication::translate("ll::crm::Values",
                                         "%1 has an invalid UTC offset: write +08:00, +0800 or Z")
          .arg(v);
    case DateStatus::Ambiguous:
      return QCoreApplication::translate(
                 "ll::crm::Values",
                 "%1 is ambiguous (day/month or month/day): set day-first or month-first "
                 "in the mapping profile")
          .arg(v);
    case DateStatus::Format:
    case DateStatus::Ok:
      break;
  }
  return QCoreApplication::translate(
             "ll::crm::Values",
             "%1 is not a date: write 2026-03-01, 2026-03-01 10:20, 01.03.2026 or 2026年3月1日")
      .arg(v);
}

std::expected<std::int64_t, QString> parseExcelSerial(std::string_view t, const DateParseOptions& options) {
  // The last day Excel can show is 9999-12-31 = serial 2958465; anything above is no serial.
  constexpr double kMaxSerial = 2958466.0;
  double serial = 0;
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), serial);
  if (ec != std::errc() || end != t.data() + t.size() || !(serial >= 1.0) || !(serial < kMaxSerial)) {
    return std::unexpected(
        QCoreApplication::translate("ll::crm::Values",
                                    "%1 is not a date: write 2026-03-01, 2026-03-01 10:20 or 01.03.2026")
            .arg(quoted(t)));
  }
  const auto whole = static_cast<std::int64_t>(serial);
  // Excel's 1900 system copies Lotus 1-2-3's belief that 1900 was a leap year: serial 60 is
  // 1900-02-29, a day that never was, and every later serial is one day ahead of the calendar.
  if (whole == 60) {
    return std::unexpected(
        QCoreApplication::translate("ll::crm::Values",
                                    "%1 is the Excel serial of 1900-02-29, a day that does not exist")
            .arg(quoted(t)));
  }
  const std::int64_t days =
      whole < 60 ? daysFromCivil(1899, 12, 31) + whole : daysFromCivil(1899, 12, 30) + whole;
  const auto secondsOfDay = std::llround((serial - static_cast<double>(whole)) * kSecondsPerDay);
  const std::int64_t seconds = days * kSecondsPerDay + secondsOfDay;
  const CivilDate date = civilFromDays(floorDiv(seconds, kSecondsPerDay));
  if (date.year < options.minYear || date.year > options.maxYear) {
    return std::unexpected(outOfRange(
        t, options,
        QCoreApplication::translate("ll::crm::Values", " (Excel serial of %1)").arg(dateText(date))));
  }
  return seconds;
}

// ---------------------------------------------------------------------------------------------
// Word tables (outcome flags, interaction kinds) are matched on a folded key: ASCII lowercased,
// spaces, '_' and '-' dropped, so "Closed Won", "closed-won" and "closed_won" are one word.

constexpr std::size_t kMaxKey = 64;

struct FoldedKey {
  std::array<char, kMaxKey> buffer{};
  std::size_t size = 0;
  bool overflow = false;
  [[nodiscard]] std::string_view view() const { return {buffer.data(), size}; }
};

FoldedKey foldWord(std::string_view t) {
  FoldedKey key;
  for (char c : t) {
    if (c == ' ' || c == '_' || c == '-' || c == '\t') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (key.size == kMaxKey) {
      key.overflow = true;
      break;
    }
    key.buffer[key.size++] = c;
  }
  return key;
}

struct FlagWord {
  std::string_view word;  // folded
  bool value;
};

constexpr std::array kFlagWords{
    FlagWord{"yes", true},       FlagWord{"y", true},
    FlagWord{"true", true},      FlagWord{"1", true},
    FlagWord{"1.0", true},       FlagWord{"won", true},
    FlagWord{"win", true},       FlagWord{"closedwon", true},
    FlagWord{"converted", true}, FlagWord{"ordered", true},
    FlagWord{"locked", true},    FlagWord{"成交", true},
    FlagWord{"已成交", true},    FlagWord{"是", true},
    FlagWord{"赢单", true},      FlagWord{"锁单", true},
    FlagWord{"已锁单", true},    FlagWord{"已下订", true},
    FlagWord{"no", false},       FlagWord{"n", false},
    FlagWord{"false", false},    FlagWord{"0", false},
    FlagWord{"0.0", false},      FlagWord{"lost", false},
    FlagWord{"lose", false},     FlagWord{"closedlost", false},
    FlagWord{"defeated", false}, FlagWord{"notconverted", false},
    FlagWord{"战败", false},     FlagWord{"已战败", false},
    FlagWord{"否", false},       FlagWord{"输单", false},
    FlagWord{"流失", false},     FlagWord{"已流失", false},
    FlagWord{"未成交", false},
};

struct KindWord {
  std::string_view word;  // folded
  InteractionKind kind;
};

constexpr std::array kKindWords{
    // call
    KindWord{"call", InteractionKind::Call},
    KindWord{"calls", InteractionKind::Call},
    KindWord{"phone", InteractionKind::Call},
    KindWord{"phonecall", InteractionKind::Call},
    KindWord{"telephone", InteractionKind::Call},
    KindWord{"outboundcall", InteractionKind::Call},
    KindWord{"inboundcall", InteractionKind::Call},
    KindWord{"outbound", InteractionKind::Call},
    KindWord{"inbound", InteractionKind::Call},
    KindWord{"callout", InteractionKind::Call},
    KindWord{"电话", InteractionKind::Call},
    KindWord{"外呼", InteractionKind::Call},
    KindWord{"来电", InteractionKind::Call},
    KindWord{"去电", InteractionKind::Call},
    KindWord{"通话", InteractionKind::Call},
    KindWord{"电话跟进", InteractionKind::Call},
    KindWord{"电话回访", InteractionKind::Call},
    KindWord{"呼出", InteractionKind::Call},
    KindWord{"呼入", InteractionKind::Call},
    // message
    KindWord{"message", InteractionKind::Message},
    KindWord{"messages", InteractionKind::Message},
    KindWord{"sms", InteractionKind::Message},
    KindWord{"text", InteractionKind::Message},
    KindWord{"textmessage", InteractionKind::Message},
    KindWord{"wechat", InteractionKind::Message},
    KindWord{"whatsapp", InteractionKind::Message},
    KindWord{"email", InteractionKind::Message},
    KindWord{"mail", InteractionKind::Message},
    KindWord{"chat", InteractionKind::Message},
    KindWord{"短信", InteractionKind::Message},
    KindWord{"微信", InteractionKind::Message},
    KindWord{"消息", InteractionKind::Message},
    KindWord{"邮件", InteractionKind::Message},
    KindWord{"微信跟进", InteractionKind::Message},
    KindWord{"在线咨询", InteractionKind::Message},
    // store_visit
    KindWord{"storevisit", InteractionKind::StoreVisit},
    KindWord{"visit", InteractionKind::StoreVisit},
    KindWord{"showroomvisit", InteractionKind::StoreVisit},
    KindWord{"dealervisit", InteractionKind::StoreVisit},
    KindWord{"walkin", InteractionKind::StoreVisit},
    KindWord{"到店", InteractionKind::StoreVisit},
    KindWord{"进店", InteractionKind::StoreVisit},
    KindWord{"到店拜访", InteractionKind::StoreVisit},
    KindWord{"到访", InteractionKind::StoreVisit},
    KindWord{"来店", InteractionKind::StoreVisit},
    KindWord{"展厅到访", InteractionKind::StoreVisit},
    // test_drive
    KindWord{"testdrive", InteractionKind::TestDrive},
    KindWord{"试驾", InteractionKind::TestDrive},
    KindWord{"试乘试驾", InteractionKind::TestDrive},
    // quote
    KindWord{"quote", InteractionKind::Quote},
    KindWord{"quotation", InteractionKind::Quote},
    KindWord{"offer", InteractionKind::Quote},
    KindWord{"proposal", InteractionKind::Quote},
    KindWord{"报价", InteractionKind::Quote},
    KindWord{"报价单", InteractionKind::Quote},
    // order_lock
    KindWord{"orderlock", InteractionKind::OrderLock},
    KindWord{"order", InteractionKind::OrderLock},
    KindWord{"locked", InteractionKind::OrderLock},
    KindWord{"lock", InteractionKind::OrderLock},
    KindWord{"deposit", InteractionKind::OrderLock},
    KindWord{"dealwon", InteractionKind::OrderLock},
    KindWord{"closedwon", InteractionKind::OrderLock},
    KindWord{"won", InteractionKind::OrderLock},
    KindWord{"下订", InteractionKind::OrderLock},
    KindWord{"下定", InteractionKind::OrderLock},
    KindWord{"锁单", InteractionKind::OrderLock},
    KindWord{"订单", InteractionKind::OrderLock},
    KindWord{"成交", InteractionKind::OrderLock},
    KindWord{"订车", InteractionKind::OrderLock},
    // defeat
    KindWord{"defeat", InteractionKind::Defeat},
    KindWord{"defeated", InteractionKind::Defeat},
    KindWord{"lost", InteractionKind::Defeat},
    KindWord{"closedlost", InteractionKind::Defeat},
    KindWord{"deallost", InteractionKind::Defeat},
    KindWord{"战败", InteractionKind::Defeat},
    KindWord{"流失", InteractionKind::Defeat},
    KindWord{"丢单", InteractionKind::Defeat},
    KindWord{"战败申请", InteractionKind::Defeat},
    // note
    KindWord{"note", InteractionKind::Note},
    KindWord{"notes", InteractionKind::Note},
    KindWord{"comment", InteractionKind::Note},
    KindWord{"followupnote", InteractionKind::Note},
    KindWord{"followup", InteractionKind::Note},
    KindWord{"memo", InteractionKind::Note},
    KindWord{"备注", InteractionKind::Note},
    KindWord{"跟进", InteractionKind::Note},
    KindWord{"跟进记录", InteractionKind::Note},
    KindWord{"记录", InteractionKind::Note},
};

// ---------------------------------------------------------------------------------------------
// Durations

struct Number {
  double value = 0;
  bool ok = false;
};

// Unsigned decimal "83" or "83.5" at the cursor.
Number readNumber(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && isDigit(text[pos])) ++pos;
  if (pos == start) return {};
  if (pos + 1 < text.size() && text[pos] == '.' && isDigit(text[pos + 1])) {
    pos += 2;
    while (pos < text.size() && isDigit(text[pos])) ++pos;
  }
  Number n;
  const auto [end, ec] = std::from_chars(text.data() + start, text.data() + pos, n.value);
  n.ok = ec == std::errc() && end == text.data() + pos;
  return n;
}

enum class Unit : int { Hours = 0, Minutes = 1, Seconds = 2, Unknown = 3 };

constexpr std::array<double, 3> kUnitSeconds{3600.0, 60.0, 1.0};

struct UnitWord {
  std::string_view word;
  Unit unit;
};

// Longer words first where one is a prefix of another (分钟 before 分).
constexpr std::array kCjkUnits{
    UnitWord{"小时", Unit::Hours},   UnitWord{"钟头", Unit::Hours}, UnitWord{"时", Unit::Hours},
    UnitWord{"分钟", Unit::Minutes}, UnitWord{"分", Unit::Minutes}, UnitWord{"秒钟", Unit::Seconds},
    UnitWord{"秒", Unit::Seconds},
};

constexpr std::array kAsciiUnits{
    UnitWord{"h", Unit::Hours},         UnitWord{"hr", Unit::Hours},       UnitWord{"hrs", Unit::Hours},
    UnitWord{"hour", Unit::Hours},      UnitWord{"hours", Unit::Hours},    UnitWord{"m", Unit::Minutes},
    UnitWord{"min", Unit::Minutes},     UnitWord{"mins", Unit::Minutes},   UnitWord{"minute", Unit::Minutes},
    UnitWord{"minutes", Unit::Minutes}, UnitWord{"s", Unit::Seconds},      UnitWord{"sec", Unit::Seconds},
    UnitWord{"secs", Unit::Seconds},    UnitWord{"second", Unit::Seconds}, UnitWord{"seconds", Unit::Seconds},
};

// Reads a unit word at pos; `word` receives the text read (for the error message).
Unit readUnit(std::string_view text, std::size_t& pos, std::string_view& word) {
  const std::size_t start = pos;
  for (const UnitWord& u : kCjkUnits) {
    if (text.substr(pos).starts_with(u.word)) {
      pos += u.word.size();
      word = u.word;
      return u.unit;
    }
  }
  std::array<char, 16> lower{};
  std::size_t n = 0;
  while (pos < text.size()) {
    char c = text[pos];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c < 'a' || c > 'z') && c != '.') break;
    if (c != '.' && n < lower.size()) lower[n++] = c;  // "sec." and "min." carry a dot
    ++pos;
  }
  if (pos == start) {
    // Not a letter: take one UTF-8 character for the message.
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    word = text.substr(start, pos - start);
    return Unit::Unknown;
  }
  word = text.substr(start, pos - start);
  const std::string_view w(lower.data(), n);
  for (const UnitWord& u : kAsciiUnits) {
    if (u.word == w) return u.unit;
  }
  return Unit::Unknown;
}

QString durationFormatError(std::string_view t) {
  return QCoreApplication::translate("ll::crm::Values",
                                     "%1 is not a duration: write seconds (83), m:ss (1:23) or h:mm:ss")
      .arg(quoted(t));
}

// "1:23", "01:02:03", "1:23.5".
std::expected<double, QString> parseClockDuration(std::string_view t) {
  std::array<double, 3> parts{};
  int count = 0;
  std::size_t pos = 0;
  while (true) {
    if (count == 3) return std::unexpected(durationFormatError(t));
    const std::size_t start = pos;
    const Number n = readNumber(t, pos);
    if (!n.ok) return std::unexpected(durationFormatError(t));
    const bool hasFraction =
        pos - start > 0 && t.substr(start, pos - start).find('.') != std::string_view::npos;
    parts[static_cast<std::size_t>(count++)] = n.value;
    if (pos == t.size()) break;
    if (t[pos] != ':' || hasFraction) return std::unexpected(durationFormatError(t));
    ++pos;
    // Minutes and seconds after a colon are two digits.
    if (pos + 2 > t.size() || !isDigit(t[pos]) || !isDigit(t[pos + 1]) ||
        (pos + 2 < t.size() && isDigit(t[pos + 2]))) {
      return std::unexpected(durationFormatError(t));
    }
  }
  if (count == 2) {  // m:ss
    if (parts[1] >= 60)
      return std::unexpected(
          QCoreApplication::translate("ll::crm::Values", "%1 is not a duration: seconds must be below 60")
              .arg(quoted(t)));
    return parts[0] * 60 + parts[1];
  }
  if (parts[1] >= 60 || parts[2] >= 60) {
    return std::unexpected(
        QCoreApplication::translate("ll::crm::Values",
                                    "%1 is not a duration: minutes and seconds must be below 60")
            .arg(quoted(t)));
  }
  return parts[0] * 3600 + parts[1] * 60 + parts[2];
}

}  // namespace

// ---------------------------------------------------------------------------------------------

std::string_view trimCell(std::string_view text) {
  constexpr std::string_view kNbsp = "\xC2\xA0";
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  const auto asciiSpace = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  };
  while (!text.empty()) {
    if (asciiSpace(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kNbsp)) {
      text.remove_prefix(kNbsp.size());
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  while (!text.empty()) {
    if (asciiSpace(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(kNbsp)) {
      text.remove_suffix(kNbsp.size());
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  return text;
}

std::expected<std::int64_t, QString> parseDateTime(std::string_view text, const DateParseOptions& options) {
  const std::string_view t = trimCell(text);
  if (t.empty()) return std::unexpected(QCoreApplication::translate("ll::crm::Values", "empty date"));

  DateParts p;
  if (isPlainNumber(t)) {
    // Compact ISO 8601 date 20260301: no Excel serial has eight digits (the last is 2958465).
    if (t.size() == 8 && t.find('.') == std::string_view::npos) {
      int ymd = 0;
      Cursor(t).digits(ymd);
      p.year = ymd / 10000;
      p.month = ymd / 100 % 100;
      p.day = ymd % 100;
    } else if (options.acceptExcelSerial) {
      return parseExcelSerial(t, options);
    } else {
      return std::unexpected(
          QCoreApplication::translate("ll::crm::Values", "%1 is a number, not a date").arg(quoted(t)));
    }
  } else {
    const DateStatus status = parseDateParts(t, options.order, p);
    if (status != DateStatus::Ok) return std::unexpected(dateError(status, t, p));
  }

  if (p.month < 1 || p.month > 12) return std::unexpected(dateError(DateStatus::Month, t, p));
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month))
    return std::unexpected(dateError(DateStatus::Day, t, p));
  if (p.hour > 23 || p.minute > 59 || p.second > 59)
    return std::unexpected(dateError(DateStatus::Time, t, p));
  if (p.year < options.minYear || p.year > options.maxYear) return std::unexpected(outOfRange(t, options));

  return daysFromCivil(p.year, p.month, p.day) * kSecondsPerDay + p.hour * 3600 + p.minute * 60 + p.second -
         p.offsetSeconds;
}

DateOrder slashDateOrderHint(std::string_view text) {
  Cursor c(trimCell(text));
  int first = 0;
  const int firstDigits = c.digits(first);
  if (firstDigits < 1 || firstDigits > 2) return DateOrder::Auto;
  const char sep = c.peek();
  if (sep != '/' && sep != '-') return DateOrder::Auto;
  c.eat(sep);
  int second = 0;
  const int secondDigits = c.digits(second);
  if (secondDigits < 1 || secondDigits > 2 || !c.eat(sep)) return DateOrder::Auto;
  int year = 0;
  const int yearDigits = c.digits(year);
  if (yearDigits != 2 && yearDigits != 4) return DateOrder::Auto;
  if (first > 12 && second >= 1 && second <= 12) return DateOrder::DayFirst;
  if (second > 12 && first >= 1 && first <= 12) return DateOrder::MonthFirst;
  return DateOrder::Auto;
}

QString formatDateTime(std::int64_t secondsSinceEpoch) {
  const std::int64_t days = floorDiv(secondsSinceEpoch, kSecondsPerDay);
  const auto secondOfDay = static_cast<int>(secondsSinceEpoch - days * kSecondsPerDay);
  const CivilDate d = civilFromDays(days);
  if (d.year < 0 || d.year > 9999) {
    return u"%1T%2:%3:%4"_s.arg(dateText(d))
        .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(secondOfDay % 60, 2, 10, QLatin1Char('0'));
  }
  // Exports format a date per row: fill a fixed buffer rather than chain QString::arg.
  std::array<char, 19> b{};
  const auto put = [&b](std::size_t at, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
      b[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(0, static_cast<int>(d.year), 4);
  b[4] = '-';
  put(5, d.month, 2);
  b[7] = '-';
  put(8, d.day, 2);
  b[10] = 'T';
  put(11, secondOfDay / 3600, 2);
  b[13] = ':';
  put(14, secondOfDay / 60 % 60, 2);
  b[16] = ':';
  put(17, secondOfDay % 60, 2);
  return QString::fromLatin1(b.data(), static_cast<qsizetype>(b.size()));
}

std::expected<double, QString> parseDurationSeconds(std::string_view text) {
  const std::string_view t = trimCell(text);
  if (t.empty()) return std::unexpected(QCoreApplication::translate("ll::crm::Values", "empty duration"));
  if ((t[0] == '-' || t.starts_with("\xE2\x88\x92")) &&
      t.find_first_of("0123456789") != std::string_view::npos) {
    return std::unexpected(
        QCoreApplication::translate("ll::crm::Values", "%1 is negative: a duration cannot be below zero")
            .arg(quoted(t)));
  }
  if (!isDigit(t[0])) return std::unexpected(durationFormatError(t));
  if (t.find(':') != std::string_view::npos) return parseClockDuration(t);

  std::size_t pos = 0;
  const Number first = readNumber(t, pos);
  if (!first.ok) return std::unexpected(durationFormatError(t));
  if (pos == t.size()) return first.value;

  // Unit form: "2m 3s", "1h2m", "1分23秒", "1小时2分", "83 sec"; a last bare number takes the
  // unit after the previous one ("1分23" = 83 s).
  double total = 0;
  int previous = -1;
  Number n = first;
  while (true) {
    while (pos < t.size() && t[pos] == ' ') ++pos;
    int unitIndex = 0;
    if (pos == t.size()) {
      if (previous < 0 || previous >= static_cast<int>(Unit::Seconds))
        return std::unexpected(durationFormatError(t));
      unitIndex = previous + 1;
    } else {
      std::string_view word;
      const Unit unit = readUnit(t, pos, word);
      if (unit == Unit::Unknown) {
        return std::unexpected(
            QCoreApplication::translate(
                "ll::crm::Values", "%1 is not a duration: unknown unit '%2' (use h, min, s, 小时, 分, 秒)")
                .arg(quoted(t), QString::fromUtf8(word)));
      }
      unitIndex = static_cast<int>(unit);
    }
    if (unitIndex <= previous) {
      return std::unexpected(
          QCoreApplication::translate("ll::crm::Values",
                                      "%1 is not a duration: write hours, then minutes, then seconds")
              .arg(quoted(t)));
    }
    total += n.value * kUnitSeconds[static_cast<std::size_t>(unitIndex)];
    previous = unitIndex;
    while (pos < t.size() && t[pos] == ' ') ++pos;
    if (pos == t.size()) return total;
    n = readNumber(t, pos);
    if (!n.ok) return std::unexpected(durationFormatError(t));
  }
}

std::expected<std::optional<bool>, QString> parseOutcomeFlag(std::string_view text) {
  const std::string_view t = trimCell(text);
  if (t.empty()) return std::optional<bool>{};
  const FoldedKey key = foldWord(t);
  if (!key.overflow) {
    for (const FlagWord& w : kFlagWords) {
      if (w.word == key.view()) return std::optional<bool>{w.value};
    }
  }
  return std::unexpected(QCoreApplication::translate(
                             "ll::crm::Values",
                             "%1 is not an outcome: write yes/no, y/n, true/false, 1/0, won/lost, converted, "
                             "ordered, locked, defeated, 成交/战败, 是/否, 赢单/输单, 锁单 or 流失")
                             .arg(quoted(t)));
}

const char* interactionKindName(InteractionKind kind) {
  switch (kind) {
    case InteractionKind::Call:
      return "call";
    case InteractionKind::Message:
      return "message";
    case InteractionKind::StoreVisit:
      return "store_visit";
    case InteractionKind::TestDrive:
      return "test_drive";
    case InteractionKind::Quote:
      return "quote";
    case InteractionKind::OrderLock:
      return "order_lock";
    case InteractionKind::Defeat:
      return "defeat";
    case InteractionKind::Note:
      return "note";
  }
  return "note";
}

std::expected<InteractionKind, QString> parseInteractionKind(std::string_view text) {
  const std::string_view t = trimCell(text);
  if (t.empty())
    return std::unexpected(QCoreApplication::translate("ll::crm::Values", "empty interaction kind"));
  const FoldedKey key = foldWord(t);
  if (!key.overflow) {
    for (const KindWord& w : kKindWords) {
      if (w.word == key.view()) return w.kind;
    }
  }
  return std::unexpected(QCoreApplication::translate(
                             "ll::crm::Values",
                             "%1 is not an interaction kind: write call, message, store visit, test drive, "
                             "quote, order, defeat or note (电话, 短信, 到店, 试驾, 报价, 锁单, 战败, 备注)")
                             .arg(quoted(t)));
}

}  // namespace ll::crm
