// Cell-value parsers: dates in every accepted form, durations, outcome flags, interaction kinds.
// Expected instants come from QDateTime (an independent calendar), not from the parser's own maths.

#include "crm/values.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace ll::crm;

namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
  return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

std::string utf8(const QString& s) {
  return s.toStdString();
}

// QVERIFY2 evaluates its message even when the check passes: never call error() on a value.
template <class T>
QString errorOf(const std::expected<T, QString>& result) {
  return result ? QString() : result.error();
}

DateParseOptions options(int order, bool excel = true, int minYear = 1990, int maxYear = 2100) {
  DateParseOptions o;
  o.order = static_cast<DateOrder>(order);
  o.acceptExcelSerial = excel;
  o.minYear = minYear;
  o.maxYear = maxYear;
  return o;
}

constexpr int kAuto = static_cast<int>(DateOrder::Auto);
constexpr int kDayFirst = static_cast<int>(DateOrder::DayFirst);
constexpr int kMonthFirst = static_cast<int>(DateOrder::MonthFirst);

}  // namespace

class TestValues : public QObject {
  Q_OBJECT

 private slots:
  void parseDate_data();
  void parseDate();
  void parseDateErrors_data();
  void parseDateErrors();
  void slashDateOrderHint_data();
  void slashDateOrderHint();
  void formatDateTime_data();
  void formatDateTime();
  void formatParseRoundTrip();
  void duration_data();
  void duration();
  void durationErrors_data();
  void durationErrors();
  void outcomeFlag_data();
  void outcomeFlag();
  void outcomeFlagErrors_data();
  void outcomeFlagErrors();
  void interactionKind_data();
  void interactionKind();
  void interactionKindErrors_data();
  void interactionKindErrors();
  void interactionKindNames();
  void trimCell_data();
  void trimCell();
};

void TestValues::parseDate_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<int>("order");
  QTest::addColumn<int>("minYear");
  QTest::addColumn<qint64>("expected");

  // ISO 8601 and its everyday variants.
  QTest::newRow("iso date") << u"2026-03-01"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("iso T seconds") << u"2026-03-01T10:20:30"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("iso lowercase t") << u"2026-03-01t10:20:30"_s << kAuto << 1990
                                   << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("iso space minutes") << u"2026-03-01 10:20"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20);
  QTest::newRow("iso one-digit hour") << u"2026-03-01 9:05"_s << kAuto << 1990 << utc(2026, 3, 1, 9, 5);
  QTest::newRow("iso fraction") << u"2026-03-01 10:20:30.123456"_s << kAuto << 1990
                                << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("iso comma fraction")
      << u"2026-03-01T10:20:30,5"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("Z") << u"2026-03-01T10:20:30Z"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("fraction Z") << u"2026-03-01T10:20:30.5Z"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("+08:00") << u"2026-03-01T10:20:30+08:00"_s << kAuto << 1990 << utc(2026, 3, 1, 2, 20, 30);
  QTest::newRow("+0800") << u"2026-03-01T10:20:30+0800"_s << kAuto << 1990 << utc(2026, 3, 1, 2, 20, 30);
  QTest::newRow("+08") << u"2026-03-01T10:20:30+08"_s << kAuto << 1990 << utc(2026, 3, 1, 2, 20, 30);
  QTest::newRow("-05:30") << u"2026-03-01T01:00:00-05:30"_s << kAuto << 1990 << utc(2026, 3, 1, 6, 30);
  QTest::newRow("offset after space")
      << u"2026-03-01 10:20 +08:00"_s << kAuto << 1990 << utc(2026, 3, 1, 2, 20);
  QTest::newRow("offset crosses midnight")
      << u"2026-03-01T00:30:00+01:00"_s << kAuto << 1990 << utc(2026, 2, 28, 23, 30);
  QTest::newRow("offset crosses year")
      << u"2025-12-31T20:00:00-05:00"_s << kAuto << 1990 << utc(2026, 1, 1, 1);
  QTest::newRow("UTC suffix") << u"2026-03-01 10:20:30 UTC"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("compact") << u"20260301"_s << kAuto << 1990 << utc(2026, 3, 1);

  // Year first with other separators.
  QTest::newRow("slash ymd") << u"2026/03/01"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("slash ymd short") << u"2026/3/1 9:05"_s << kAuto << 1990 << utc(2026, 3, 1, 9, 5);
  QTest::newRow("slash ymd ignores order") << u"2026/03/01"_s << kMonthFirst << 1990 << utc(2026, 3, 1);
  QTest::newRow("dot ymd") << u"2026.03.01"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("dot ymd time") << u"2026.3.1 23:59:59"_s << kAuto << 1990 << utc(2026, 3, 1, 23, 59, 59);
  QTest::newRow("excel zh pm") << u"2026/3/1 下午3:05"_s << kAuto << 1990 << utc(2026, 3, 1, 15, 5);
  QTest::newRow("excel zh am") << u"2026/3/1 上午 9:05:10"_s << kAuto << 1990 << utc(2026, 3, 1, 9, 5, 10);

  // Day/month first.
  QTest::newRow("dot dmy") << u"01.03.2026"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("dot dmy ignores month-first") << u"01.03.2026"_s << kMonthFirst << 1990 << utc(2026, 3, 1);
  QTest::newRow("dot dmy time") << u"1.3.2026 14:05"_s << kAuto << 1990 << utc(2026, 3, 1, 14, 5);
  QTest::newRow("auto decides day-first") << u"15/03/2026"_s << kAuto << 1990 << utc(2026, 3, 15);
  QTest::newRow("auto decides month-first") << u"03/15/2026"_s << kAuto << 1990 << utc(2026, 3, 15);
  QTest::newRow("auto equal parts") << u"03/03/2026"_s << kAuto << 1990 << utc(2026, 3, 3);
  QTest::newRow("day-first") << u"03/01/2026"_s << kDayFirst << 1990 << utc(2026, 1, 3);
  QTest::newRow("month-first") << u"03/01/2026"_s << kMonthFirst << 1990 << utc(2026, 3, 1);
  QTest::newRow("month-first short year") << u"3/1/26"_s << kMonthFirst << 1990 << utc(2026, 3, 1);
  QTest::newRow("day-first short year") << u"3/1/26"_s << kDayFirst << 1990 << utc(2026, 1, 3);
  QTest::newRow("two-digit year 99") << u"31/12/99"_s << kAuto << 1990 << utc(2099, 12, 31);
  QTest::newRow("dash dmy") << u"25-12-2025"_s << kAuto << 1990 << utc(2025, 12, 25);
  QTest::newRow("month-first pm") << u"3/1/2026 9:05 PM"_s << kMonthFirst << 1990 << utc(2026, 3, 1, 21, 5);
  QTest::newRow("month-first 12 am") << u"3/1/2026 12:00:00 AM"_s << kMonthFirst << 1990 << utc(2026, 3, 1);
  QTest::newRow("month-first 12 pm") << u"3/1/2026 12:30 pm"_s << kMonthFirst << 1990
                                     << utc(2026, 3, 1, 12, 30);

  // Chinese.
  QTest::newRow("zh date") << u"2026年3月1日"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("zh padded") << u"2026年03月01日"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("zh hao") << u"2026年3月1号"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("zh space hh:mm") << u"2026年3月1日 10:20"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20);
  QTest::newRow("zh hh:mm:ss") << u"2026年3月1日10:20:30"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("zh shi fen") << u"2026年3月1日10时20分"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20);
  QTest::newRow("zh dian fen") << u"2026年3月1日 10点20分"_s << kAuto << 1990 << utc(2026, 3, 1, 10, 20);
  QTest::newRow("zh shi fen miao") << u"2026年3月1日10时20分30秒"_s << kAuto << 1990
                                   << utc(2026, 3, 1, 10, 20, 30);
  QTest::newRow("zh hour only") << u"2026年3月1日 9点"_s << kAuto << 1990 << utc(2026, 3, 1, 9);
  QTest::newRow("zh pm") << u"2026年3月1日 下午3点20分"_s << kAuto << 1990 << utc(2026, 3, 1, 15, 20);

  // Calendar edges.
  QTest::newRow("leap day 2024") << u"2024-02-29"_s << kAuto << 1990 << utc(2024, 2, 29);
  QTest::newRow("leap day 2000") << u"2000-02-29"_s << kAuto << 1990 << utc(2000, 2, 29);
  QTest::newRow("end of year") << u"2025-12-31 23:59:59"_s << kAuto << 1990 << utc(2025, 12, 31, 23, 59, 59);
  QTest::newRow("min year") << u"1990-01-01"_s << kAuto << 1990 << utc(1990, 1, 1);
  QTest::newRow("max year") << u"2100-12-31"_s << kAuto << 1990 << utc(2100, 12, 31);
  QTest::newRow("before 1970") << u"1969-07-20 20:17"_s << kAuto << 1900 << utc(1969, 7, 20, 20, 17);

  // Whitespace around the value.
  QTest::newRow("spaces") << u"  2026-03-01 \t"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("nbsp") << u"\u00a02026-03-01\u00a0"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("ideographic space") << u"\u30002026年3月1日\u3000"_s << kAuto << 1990 << utc(2026, 3, 1);
  QTest::newRow("newline") << u"2026-03-01\r\n"_s << kAuto << 1990 << utc(2026, 3, 1);

  // Excel serials (1900 system).
  QTest::newRow("serial 45352") << u"45352"_s << kAuto << 1990 << utc(2024, 3, 1);
  QTest::newRow("serial noon") << u"45352.5"_s << kAuto << 1990 << utc(2024, 3, 1, 12);
  QTest::newRow("serial quarter") << u"45352.25"_s << kAuto << 1990 << utc(2024, 3, 1, 6);
  QTest::newRow("serial rounds to second")
      << u"45352.0000115741"_s << kAuto << 1990 << utc(2024, 3, 1, 0, 0, 1);
  QTest::newRow("serial 1") << u"1"_s << kAuto << 1900 << utc(1900, 1, 1);
  QTest::newRow("serial 59") << u"59"_s << kAuto << 1900 << utc(1900, 2, 28);
  QTest::newRow("serial 61") << u"61"_s << kAuto << 1900 << utc(1900, 3, 1);
  QTest::newRow("serial 25569 epoch") << u"25569"_s << kAuto << 1900 << qint64(0);
}

void TestValues::parseDate() {
  QFETCH(QString, text);
  QFETCH(int, order);
  QFETCH(int, minYear);
  QFETCH(qint64, expected);
  const auto got = parseDateTime(utf8(text), options(order, true, minYear));
  QVERIFY2(got.has_value(), qPrintable(errorOf(got)));
  QCOMPARE(*got, expected);
}

void TestValues::parseDateErrors_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<int>("order");
  QTest::addColumn<bool>("excel");
  QTest::addColumn<int>("minYear");
  QTest::addColumn<QStringList>("mentions");

  QTest::newRow("empty") << u""_s << kAuto << true << 1990 << QStringList{u"empty"_s};
  QTest::newRow("blank") << u" \u3000 "_s << kAuto << true << 1990 << QStringList{u"empty"_s};
  QTest::newRow("words") << u"next Tuesday"_s << kAuto << true << 1990
                         << QStringList{u"'next Tuesday' is not a date"_s, u"2026-03-01"_s};
  QTest::newRow("negative number") << u"-5"_s << kAuto << true << 1990 << QStringList{u"not a date"_s};
  QTest::newRow("trailing junk") << u"2026-03-01x"_s << kAuto << true << 1990 << QStringList{u"not a date"_s};
  QTest::newRow("dangling T") << u"2026-03-01T"_s << kAuto << true << 1990 << QStringList{u"not a date"_s};
  QTest::newRow("mixed separators") << u"2026-03/01"_s << kAuto << true << 1990
                                    << QStringList{u"not a date"_s};
  QTest::newRow("three-digit year") << u"01/03/202"_s << kAuto << true << 1990
                                    << QStringList{u"not a date"_s};
  QTest::newRow("one-digit minute") << u"2026-03-01 10:2"_s << kAuto << true << 1990
                                    << QStringList{u"not a date"_s};
  QTest::newRow("zh missing ri") << u"2026年3月1"_s << kAuto << true << 1990 << QStringList{u"not a date"_s};

  QTest::newRow("Feb 30") << u"2026-02-30"_s << kAuto << true << 1990
                          << QStringList{u"'2026-02-30'"_s, u"February 2026 has 28 days"_s};
  QTest::newRow("Feb 29 common year")
      << u"2025-02-29"_s << kAuto << true << 1990 << QStringList{u"February 2025 has 28 days"_s};
  QTest::newRow("Feb 29 1900") << u"1900-02-29"_s << kAuto << true << 1900
                               << QStringList{u"February 1900 has 28 days"_s};
  QTest::newRow("Apr 31") << u"2026-04-31"_s << kAuto << true << 1990
                          << QStringList{u"April 2026 has 30 days"_s};
  QTest::newRow("day 0") << u"2026-04-00"_s << kAuto << true << 1990 << QStringList{u"no day 0"_s};
  QTest::newRow("month 13") << u"2026-13-01"_s << kAuto << true << 1990 << QStringList{u"no month 13"_s};
  QTest::newRow("zh Feb 30") << u"2026年2月30日"_s << kAuto << true << 1990
                             << QStringList{u"February 2026 has 28 days"_s};
  QTest::newRow("compact impossible")
      << u"20260230"_s << kAuto << true << 1990 << QStringList{u"February 2026 has 28 days"_s};
  QTest::newRow("hour 24") << u"2026-03-01 24:00"_s << kAuto << true << 1990
                           << QStringList{u"impossible time"_s};
  QTest::newRow("minute 60") << u"2026-03-01 10:60"_s << kAuto << true << 1990
                             << QStringList{u"impossible time"_s};
  QTest::newRow("second 60") << u"2026-03-01 10:20:60"_s << kAuto << true << 1990
                             << QStringList{u"impossible time"_s};
  QTest::newRow("zh minute 61") << u"2026年3月1日10时61分"_s << kAuto << true << 1990
                                << QStringList{u"impossible time"_s};
  QTest::newRow("13 PM") << u"3/1/2026 13:00 PM"_s << kMonthFirst << true << 1990 << QStringList{u"1-12"_s};
  QTest::newRow("bad offset") << u"2026-03-01T10:20+25:00"_s << kAuto << true << 1990
                              << QStringList{u"UTC offset"_s};

  QTest::newRow("before range") << u"1989-12-31"_s << kAuto << true << 1990
                                << QStringList{u"out of range"_s, u"1990"_s, u"2100"_s};
  QTest::newRow("after range") << u"2101-01-01"_s << kAuto << true << 1990
                               << QStringList{u"out of range"_s, u"1990 to 2100"_s};
  QTest::newRow("zh out of range") << u"1899年1月1日"_s << kAuto << true << 1990
                                   << QStringList{u"out of range"_s};

  QTest::newRow("ambiguous") << u"03/01/2026"_s << kAuto << true << 1990
                             << QStringList{u"ambiguous"_s, u"day-first"_s, u"month-first"_s,
                                            u"mapping profile"_s};
  QTest::newRow("ambiguous short") << u"3/1/26"_s << kAuto << true << 1990 << QStringList{u"ambiguous"_s};
  QTest::newRow("ambiguous dash") << u"03-01-2026"_s << kAuto << true << 1990 << QStringList{u"ambiguous"_s};
  QTest::newRow("day-first contradicted")
      << u"03/15/2026"_s << kDayFirst << true << 1990 << QStringList{u"no month 15"_s};
  QTest::newRow("month-first contradicted")
      << u"15/03/2026"_s << kMonthFirst << true << 1990 << QStringList{u"no month 15"_s};
  QTest::newRow("both over 12") << u"13/13/2026"_s << kAuto << true << 1990 << QStringList{u"no month 13"_s};

  QTest::newRow("serial 60 fictitious") << u"60"_s << kAuto << true << 1900 << QStringList{u"1900-02-29"_s};
  QTest::newRow("serial out of range")
      << u"100"_s << kAuto << true << 1990 << QStringList{u"out of range"_s, u"1900-04-09"_s, u"1990"_s};
  QTest::newRow("serial zero") << u"0"_s << kAuto << true << 1900 << QStringList{u"not a date"_s};
  QTest::newRow("serial implausible")
      << u"9999999"_s << kAuto << true << 1990 << QStringList{u"not a date"_s};
  QTest::newRow("serial refused") << u"45352"_s << kAuto << false << 1990
                                  << QStringList{u"number, not a date"_s};
}

void TestValues::parseDateErrors() {
  QFETCH(QString, text);
  QFETCH(int, order);
  QFETCH(bool, excel);
  QFETCH(int, minYear);
  QFETCH(QStringList, mentions);
  const auto got = parseDateTime(utf8(text), options(order, excel, minYear));
  QVERIFY2(!got.has_value(), qPrintable(u"parsed as "_s + (got ? ll::crm::formatDateTime(*got) : QString())));
  for (const QString& m : mentions) QVERIFY2(got.error().contains(m), qPrintable(got.error()));
}

void TestValues::slashDateOrderHint_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<int>("hint");
  QTest::newRow("day > 12") << u"15/03/2026"_s << kDayFirst;
  QTest::newRow("month first") << u"03/15/2026"_s << kMonthFirst;
  QTest::newRow("short month first") << u"3/31/26"_s << kMonthFirst;
  QTest::newRow("ambiguous") << u"03/01/2026"_s << kAuto;
  QTest::newRow("equal") << u"03/03/2026"_s << kAuto;
  QTest::newRow("both over 12") << u"13/13/2026"_s << kAuto;
  QTest::newRow("with time") << u" 25/12/2025 10:00 "_s << kDayFirst;
  QTest::newRow("year first") << u"2026/03/15"_s << kAuto;
  QTest::newRow("dotted") << u"15.03.2026"_s << kAuto;
  QTest::newRow("iso") << u"2026-03-15"_s << kAuto;
  QTest::newRow("text") << u"hello"_s << kAuto;
  QTest::newRow("empty") << u""_s << kAuto;
}

void TestValues::slashDateOrderHint() {
  QFETCH(QString, text);
  QFETCH(int, hint);
  QCOMPARE(static_cast<int>(ll::crm::slashDateOrderHint(utf8(text))), hint);
}

void TestValues::formatDateTime_data() {
  QTest::addColumn<qint64>("seconds");
  QTest::addColumn<QString>("expected");
  QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00"_s;
  QTest::newRow("2026") << utc(2026, 3, 1, 10, 20, 30) << u"2026-03-01T10:20:30"_s;
  QTest::newRow("leap day") << utc(2024, 2, 29, 23, 59, 59) << u"2024-02-29T23:59:59"_s;
  QTest::newRow("before epoch") << qint64(-1) << u"1969-12-31T23:59:59"_s;
  QTest::newRow("1900") << utc(1900, 3, 1) << u"1900-03-01T00:00:00"_s;
  QTest::newRow("2100") << utc(2100, 12, 31, 12) << u"2100-12-31T12:00:00"_s;
}

void TestValues::formatDateTime() {
  QFETCH(qint64, seconds);
  QFETCH(QString, expected);
  QCOMPARE(ll::crm::formatDateTime(seconds), expected);
}

void TestValues::formatParseRoundTrip() {
  // Every day from 1990 to 2100 at a moving time of day: format, parse back, compare with Qt.
  const QDate first(1990, 1, 1);
  const QDate last(2100, 12, 31);
  int checked = 0;
  for (QDate d = first; d <= last; d = d.addDays(1)) {
    const int secondOfDay = static_cast<int>((d.toJulianDay() * 7919) % 86400);
    const qint64 expected =
        QDateTime(d, QTime(0, 0).addSecs(secondOfDay), QTimeZone::utc()).toSecsSinceEpoch();
    const QString text = ll::crm::formatDateTime(expected);
    const auto back = parseDateTime(utf8(text));
    if (!back || *back != expected) QFAIL(qPrintable(u"round trip failed for "_s + text));
    ++checked;
  }
  QCOMPARE(checked, static_cast<int>(first.daysTo(last)) + 1);
}

void TestValues::duration_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<double>("seconds");
  QTest::newRow("seconds") << u"83"_s << 83.0;
  QTest::newRow("zero") << u"0"_s << 0.0;
  QTest::newRow("decimal") << u"83.5"_s << 83.5;
  QTest::newRow("m:ss") << u"1:23"_s << 83.0;
  QTest::newRow("mm:ss") << u"01:23"_s << 83.0;
  QTest::newRow("long m:ss") << u"125:00"_s << 7500.0;
  QTest::newRow("m:ss.f") << u"1:23.5"_s << 83.5;
  QTest::newRow("h:mm:ss") << u"00:01:23"_s << 83.0;
  QTest::newRow("h:mm:ss hours") << u"1:02:03"_s << 3723.0;
  QTest::newRow("s suffix") << u"83s"_s << 83.0;
  QTest::newRow("sec") << u"83 sec"_s << 83.0;
  QTest::newRow("seconds word") << u"83 Seconds"_s << 83.0;
  QTest::newRow("m s") << u"2m 3s"_s << 123.0;
  QTest::newRow("m s glued") << u"2m3s"_s << 123.0;
  QTest::newRow("min") << u"2 min"_s << 120.0;
  QTest::newRow("decimal min") << u"1.5 min"_s << 90.0;
  QTest::newRow("h m") << u"1h 2m"_s << 3720.0;
  QTest::newRow("h m s") << u"1h2m3s"_s << 3723.0;
  QTest::newRow("hours minutes words") << u"1 hour 30 minutes"_s << 5400.0;
  QTest::newRow("zh seconds") << u"83秒"_s << 83.0;
  QTest::newRow("zh m s") << u"1分23秒"_s << 83.0;
  QTest::newRow("zh minutes") << u"2分钟"_s << 120.0;
  QTest::newRow("zh m bare s") << u"1分23"_s << 83.0;
  QTest::newRow("zh h m") << u"1小时2分"_s << 3720.0;
  QTest::newRow("zh h m s") << u"1小时2分钟3秒"_s << 3723.0;
  QTest::newRow("padded") << u"  83 \u3000"_s << 83.0;
}

void TestValues::duration() {
  QFETCH(QString, text);
  QFETCH(double, seconds);
  const auto got = parseDurationSeconds(utf8(text));
  QVERIFY2(got.has_value(), qPrintable(errorOf(got)));
  QCOMPARE(*got, seconds);
}

void TestValues::durationErrors_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<QStringList>("mentions");
  QTest::newRow("empty") << u""_s << QStringList{u"empty"_s};
  QTest::newRow("words") << u"abc"_s
                         << QStringList{
                                u"'abc' is not a duration: write seconds (83), m:ss (1:23) or h:mm:ss"_s};
  QTest::newRow("negative") << u"-5"_s << QStringList{u"'-5'"_s, u"negative"_s};
  QTest::newRow("negative clock") << u"-1:23"_s << QStringList{u"negative"_s};
  QTest::newRow("unknown unit") << u"5 weeks"_s << QStringList{u"unknown unit 'weeks'"_s};
  QTest::newRow("units reversed") << u"3s 2m"_s << QStringList{u"hours, then minutes, then seconds"_s};
  QTest::newRow("unit twice") << u"2m 3m"_s << QStringList{u"hours, then minutes, then seconds"_s};
  QTest::newRow("seconds over 59") << u"1:75"_s << QStringList{u"below 60"_s};
  QTest::newRow("minutes over 59") << u"1:75:00"_s << QStringList{u"below 60"_s};
  QTest::newRow("three-digit seconds") << u"1:234"_s << QStringList{u"not a duration"_s};
  QTest::newRow("four parts") << u"1:02:03:04"_s << QStringList{u"not a duration"_s};
  QTest::newRow("trailing colon") << u"1:"_s << QStringList{u"not a duration"_s};
  QTest::newRow("bare after seconds") << u"3s 4"_s << QStringList{u"not a duration"_s};
  QTest::newRow("exponent") << u"1e5"_s << QStringList{u"unknown unit 'e'"_s};
}

void TestValues::durationErrors() {
  QFETCH(QString, text);
  QFETCH(QStringList, mentions);
  const auto got = parseDurationSeconds(utf8(text));
  QVERIFY2(!got.has_value(), qPrintable(u"parsed as "_s + QString::number(got.value_or(-1))));
  for (const QString& m : mentions) QVERIFY2(got.error().contains(m), qPrintable(got.error()));
}

void TestValues::outcomeFlag_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<int>("expected");  // -1 = empty cell (nullopt), 0 = false, 1 = true
  const QStringList yes{u"yes"_s,  u"Y"_s,         u"TRUE"_s,    u"1"_s,      u"won"_s,
                        u"Win"_s,  u"Converted"_s, u"ordered"_s, u"LOCKED"_s, u"Closed Won"_s,
                        u"成交"_s, u"已成交"_s,    u"是"_s,      u"赢单"_s,   u"锁单"_s};
  const QStringList no{u"no"_s,       u"n"_s,           u"False"_s, u"0"_s,  u"lost"_s, u"lose"_s,
                       u"Defeated"_s, u"closed-lost"_s, u"战败"_s,  u"否"_s, u"输单"_s, u"流失"_s};
  for (const QString& w : yes) QTest::newRow(qPrintable(u"true "_s + w)) << w << 1;
  for (const QString& w : no) QTest::newRow(qPrintable(u"false "_s + w)) << w << 0;
  QTest::newRow("padded") << u"  Yes\u00a0"_s << 1;
  QTest::newRow("empty") << u""_s << -1;
  QTest::newRow("blank") << u"   "_s << -1;
}

void TestValues::outcomeFlag() {
  QFETCH(QString, text);
  QFETCH(int, expected);
  const auto got = parseOutcomeFlag(utf8(text));
  QVERIFY2(got.has_value(), qPrintable(errorOf(got)));
  if (expected < 0) {
    QVERIFY(!got->has_value());
  } else {
    QVERIFY(got->has_value());
    QCOMPARE(**got, expected == 1);
  }
}

void TestValues::outcomeFlagErrors_data() {
  QTest::addColumn<QString>("text");
  QTest::newRow("maybe") << u"maybe"_s;
  QTest::newRow("2") << u"2"_s;
  QTest::newRow("zh pending") << u"跟进中"_s;
  QTest::newRow("long") << QString(100, u'x');
}

void TestValues::outcomeFlagErrors() {
  QFETCH(QString, text);
  const auto got = parseOutcomeFlag(utf8(text));
  QVERIFY(!got.has_value());
  QVERIFY2(got.error().contains(u"not an outcome"_s), qPrintable(got.error()));
  for (const QString& word : {u"yes/no"_s, u"won/lost"_s, u"1/0"_s, u"成交/战败"_s, u"是/否"_s}) {
    QVERIFY2(got.error().contains(word), qPrintable(got.error()));
  }
}

void TestValues::interactionKind_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<int>("kind");
  const auto add = [](InteractionKind kind, const QStringList& words) {
    for (const QString& w : words) {
      QTest::newRow(qPrintable(QLatin1StringView(interactionKindName(kind)) + u" "_s + w))
          << w << static_cast<int>(kind);
    }
  };
  add(InteractionKind::Call, {u"call"_s, u"Phone"_s, u"Phone call"_s, u"Outbound Call"_s, u"inbound call"_s,
                              u"电话"_s, u"外呼"_s, u"来电"_s, u"通话"_s});
  add(InteractionKind::Message, {u"message"_s, u"SMS"_s, u"text"_s, u"WeChat"_s, u"e-mail"_s, u"Email"_s,
                                 u"短信"_s, u"微信"_s, u"消息"_s, u"邮件"_s});
  add(InteractionKind::StoreVisit, {u"store_visit"_s, u"Store visit"_s, u"visit"_s, u"Showroom visit"_s,
                                    u"walk-in"_s, u"到店"_s, u"进店"_s, u"到店拜访"_s});
  add(InteractionKind::TestDrive, {u"test_drive"_s, u"Test Drive"_s, u"testdrive"_s, u"试驾"_s});
  add(InteractionKind::Quote, {u"quote"_s, u"Quotation"_s, u"offer"_s, u"报价"_s});
  add(InteractionKind::OrderLock, {u"order_lock"_s, u"Order"_s, u"order lock"_s, u"locked"_s, u"Deposit"_s,
                                   u"Deal won"_s, u"下订"_s, u"锁单"_s, u"订单"_s, u"成交"_s});
  add(InteractionKind::Defeat, {u"defeat"_s, u"Lost"_s, u"Closed Lost"_s, u"战败"_s, u"流失"_s, u"丢单"_s});
  add(InteractionKind::Note,
      {u"note"_s, u"Comment"_s, u"Follow-up note"_s, u"备注"_s, u"跟进"_s, u"跟进记录"_s});
  QTest::newRow("padded") << u" \u3000Phone Call "_s << static_cast<int>(InteractionKind::Call);
}

void TestValues::interactionKind() {
  QFETCH(QString, text);
  QFETCH(int, kind);
  const auto got = parseInteractionKind(utf8(text));
  QVERIFY2(got.has_value(), qPrintable(errorOf(got)));
  QCOMPARE(static_cast<int>(*got), kind);
}

void TestValues::interactionKindErrors_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<QString>("mention");
  QTest::newRow("empty") << u""_s << u"empty"_s;
  QTest::newRow("unknown") << u"fax"_s << u"'fax' is not an interaction kind"_s;
  QTest::newRow("zh unknown") << u"传真"_s << u"'传真' is not an interaction kind"_s;
  QTest::newRow("lists words") << u"smoke signal"_s << u"call, message, store visit, test drive"_s;
}

void TestValues::interactionKindErrors() {
  QFETCH(QString, text);
  QFETCH(QString, mention);
  const auto got = parseInteractionKind(utf8(text));
  QVERIFY(!got.has_value());
  QVERIFY2(got.error().contains(mention), qPrintable(got.error()));
}

void TestValues::interactionKindNames() {
  const QStringList expected{u"call"_s,  u"message"_s,    u"store_visit"_s, u"test_drive"_s,
                             u"quote"_s, u"order_lock"_s, u"defeat"_s,      u"note"_s};
  QCOMPARE(expected.size(), kInteractionKindCount);
  for (int i = 0; i < kInteractionKindCount; ++i) {
    const auto kind = static_cast<InteractionKind>(i);
    QCOMPARE(QLatin1StringView(interactionKindName(kind)), expected.at(i));
    // The stored name parses back to the same kind.
    const auto back = parseInteractionKind(interactionKindName(kind));
    QVERIFY(back.has_value());
    QCOMPARE(static_cast<int>(*back), i);
  }
}

void TestValues::trimCell_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<QString>("expected");
  QTest::newRow("plain") << u"abc"_s << u"abc"_s;
  QTest::newRow("ascii spaces") << u" \t abc \r\n"_s << u"abc"_s;
  QTest::newRow("nbsp") << u"\u00a0abc\u00a0"_s << u"abc"_s;
  QTest::newRow("ideographic") << u"\u3000线索\u3000"_s << u"线索"_s;
  QTest::newRow("mixed") << u" \u3000\u00a0 a b \u00a0\u3000 "_s << u"a b"_s;
  QTest::newRow("inner kept") << u"a\u3000b"_s << u"a\u3000b"_s;
  QTest::newRow("all space") << u" \u3000 "_s << u""_s;
  QTest::newRow("empty") << u""_s << u""_s;
}

void TestValues::trimCell() {
  QFETCH(QString, text);
  QFETCH(QString, expected);
  const std::string bytes = utf8(text);
  const std::string_view trimmed = ll::crm::trimCell(bytes);
  QCOMPARE(QString::fromUtf8(trimmed.data(), static_cast<qsizetype>(trimmed.size())), expected);
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
