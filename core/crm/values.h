#pragma once
// Parsing of the cell values CRM exports carry: dates and times in the formats people and
// spreadsheets write, durations, yes/no outcome flags and interaction kinds, in English and
// Chinese. Every parser returns the value or a short reason (no file/row: the caller adds them).

#include <QString>

#include <cstdint>
#include <expected>
#include <optional>
#include <string_view>

namespace ll::crm {

// Order of day and month in slash dates such as 03/01/2026 (dot dates 01.03.2026 are always
// day-first; year-first dates 2026/03/01 are always year-month-day).
enum class DateOrder { Auto, DayFirst, MonthFirst };

struct DateParseOptions {
  DateOrder order = DateOrder::Auto;  // Auto: decided per value when unambiguous, else an error
  bool acceptExcelSerial = true;      // 45352 or 45352.5 = days since 1899-12-30 (1900 system)
  int minYear = 1990;                 // outside [minYear, maxYear] = "out of range"
  int maxYear = 2100;
};

// Seconds since 1970-01-01T00:00:00 of the wall-clock time written in the cell. A value with an
// explicit offset or 'Z' is converted to UTC. Accepted forms (with or without a time part
// "HH:MM" or "HH:MM:SS", optional fractional seconds):
//   2026-03-01, 2026-03-01T10:20:30, 2026-03-01 10:20, 2026-03-01T10:20:30+08:00, ...Z
//   2026/03/01, 2026/3/1 9:05
//   01.03.2026 (day-first), 03/01/2026 and 3/1/26 (per DateOrder; two-digit years = 20yy)
//   2026年3月1日, 2026年3月1日 10:20, 2026年3月1日10时20分
//   Excel serials (when allowed)
//   also: 12-hour times ("9:05 PM", 上午/下午), "UTC"/"GMT" suffixes, compact 20260301,
//   号 for 日, and dash day/month dates (25-12-2025) under the same order rules as slash dates
// Errors: empty text, unknown format, impossible date (2026-02-30), out of range, ambiguous
// day/month with DateOrder::Auto.
std::expected<std::int64_t, QString> parseDateTime(std::string_view text,
                                                   const DateParseOptions& options = {});

// What a slash date says about the day/month order: DayFirst if the first number is > 12,
// MonthFirst if the second is > 12, Auto if ambiguous or not a slash date.
DateOrder slashDateOrderHint(std::string_view text);

// ISO 8601 text ("2026-03-01T10:20:30") of a value from parseDateTime.
QString formatDateTime(std::int64_t secondsSinceEpoch);

// Durations in seconds: "83", "83.5", "1:23" (m:ss), "00:01:23" (h:mm:ss), "83s", "83 sec",
// "2m 3s", "2 min", "1h 2m", "83秒", "1分23秒", "1小时2分". Negative or non-numeric = error.
std::expected<double, QString> parseDurationSeconds(std::string_view text);

// Outcome flags: true for yes/y/true/1/won/win/converted/ordered/locked/成交/已成交/是/赢单/锁单,
// false for no/n/false/0/lost/lose/defeated/战败/否/输单/流失; nullopt for an empty cell.
// Anything else is an error naming the accepted words.
std::expected<std::optional<bool>, QString> parseOutcomeFlag(std::string_view text);

enum class InteractionKind : std::uint8_t {
  Call,
  Message,
  StoreVisit,
  TestDrive,
  Quote,
  OrderLock,
  Defeat,
  Note,
};
inline constexpr int kInteractionKindCount = 8;

// Canonical names as stored in the workspace: "call", "message", "store_visit", "test_drive",
// "quote", "order_lock", "defeat", "note".
const char* interactionKindName(InteractionKind kind);

// Accepts canonical names and common CRM wording in English and Chinese (case and spacing
// ignored): "Phone call", "Outbound call", "电话", "外呼", "SMS", "WeChat", "微信", "短信",
// "Store visit", "到店", "Test drive", "试驾", "Quotation", "报价", "Order", "锁单", "下订",
// "Lost", "战败", "Note", "备注", "跟进", ...
std::expected<InteractionKind, QString> parseInteractionKind(std::string_view text);

// Trims ASCII whitespace, NBSP (U+00A0) and ideographic space (U+3000) from both ends.
std::string_view trimCell(std::string_view text);

}  // namespace ll::crm
