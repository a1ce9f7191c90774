#pragma once
// The demo-data generator (DESIGN.md §7): a new-energy-vehicle retailer's lead funnel simulated
// with known truth. Every lead has hidden factors (intent, urgency, price sensitivity, competitor
// pull, a household decision) that drive what happens to it; at a snapshot time (creation + an
// observation window) its true probability of locking an order inside the following label window
// is known exactly, and the lock-in is drawn from that probability. The CRM exports written from
// a simulation look like what a retailer's CRM produces, so they go through the normal import.
//
// Deterministic: the same Config gives byte-identical files. Each lead draws from its own
// std::mt19937_64 seeded from (seed, lead index, purpose), so the language of the notes or the
// output format never changes the simulated funnel, and leads could be simulated in any order.

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ll::demo {

enum class Lang : std::uint8_t { En, Zh };
enum class Format : std::uint8_t { Csv, Xlsx };
enum class Shape : std::uint8_t { PerLead, PerInteraction };

struct Config {
  std::int64_t leads = 20000;
  int days = 180;                  // leads are created over this many days
  std::uint64_t seed = 42;
  std::int64_t start = 1767571200;  // 2026-01-05 00:00:00 (a Monday), wall-clock seconds
  int observationDays = 14;        // snapshot = created + observationDays
  int labelDays = 30;              // label window = (snapshot, snapshot + labelDays]
  double baseRate = 0.014;         // target mean true probability of a lock-in in the window
};

enum class EventKind : std::uint8_t { Call, Message, StoreVisit, TestDrive, Quote, OrderLock, Defeat };

// Deepest stage inside a label window, on the ladder order_lock > test_drive > long_call >
// short_call > none > defeat. A terminal outcome inside the window decides first (an order lock,
// then a defeat), then the deepest activity: a test drive, a call of at least kLongCallSeconds,
// any answered call.
enum class Stage : std::uint8_t { None, ShortCall, LongCall, TestDrive, OrderLock, Defeat };
inline constexpr int kLongCallSeconds = 180;

const char* stageName(Stage stage);  // "none", "short_call", "long_call", "test_drive", "order_lock", "defeat"

enum class DefeatReason : std::uint8_t { None, Competitor, Budget, NoResponse };

// Note cues: what a call note or message says. Stored as a bit mask on each event; the text is
// rendered from the grammar only when written, from the event's own random stream.
enum Cue : std::uint32_t {
  kCueUrgency = 1u << 0,      // lease ends, car failed inspection, new job: only ever in text
  kCueDelivery = 1u << 1,     // asked about delivery dates
  kCueSecondDrive = 1u << 2,  // booked a second test drive
  kCueTradeIn = 1u << 3,      // trade-in valued / asked for a valuation
  kCueDeposit = 1u << 4,      // asked how the deposit / order lock works
  kCuePriceOnly = 1u << 5,    // only comparing prices
  kCueSpouse = 1u << 6,       // spouse / family not convinced
  kCuePriceCut = 1u << 7,     // waiting for a price cut
  kCueCompetitor = 1u << 8,   // also looking at a competitor
  kCueBudget = 1u << 9,       // budget is tight
  kCueChatter = 1u << 10,     // neutral: charging, range, colours, call back later
};
inline constexpr std::uint32_t kPositiveCues = kCueUrgency | kCueDelivery | kCueSecondDrive | kCueTradeIn | kCueDeposit;
inline constexpr std::uint32_t kNegativeCues = kCuePriceOnly | kCueSpouse | kCuePriceCut | kCueCompetitor | kCueBudget;

struct Event {
  std::int64_t at = 0;
  std::int32_t durationS = 0;  // calls; 0 = not answered
  EventKind kind = EventKind::Call;
  DefeatReason reason = DefeatReason::None;
  bool hasText = false;        // calls with a note, messages
  std::uint32_t cues = 0;
};

struct Lead {
  std::int64_t createdAt = 0;
  std::int64_t snapshotAt = 0;
  std::int64_t labelEnd = 0;
  // Profile, as indices into the generator's tables (rendered per language when written).
  std::uint8_t channel = 0, city = 0, model = 0, budget = 0, vehicle = 0, financing = 0;
  bool homeCharging = false;
  std::uint16_t specialist = 0;  // index into the roster (store, tier)
  // Hidden factors.
  float intent = 0, priceSensitivity = 0, competitorPull = 0;
  bool urgent = false, household = false;
  // Truth.
  double linear = 0;  // log-odds without the intercept, from factors + what happened by the snapshot
  double pTrue = 0;
  bool locked = false;
  Stage stage = Stage::None;
  std::vector<Event> events;  // sorted by time
};

struct Specialist {
  std::uint16_t store = 0;
  char tier = 'B';
};

struct Dataset {
  Config config;
  std::int64_t asOf = 0;     // export date: start + days; nothing after it is exported
  double intercept = 0;      // calibrated so that the mean true probability is config.baseRate
  std::vector<Specialist> roster;
  std::vector<Lead> leads;
};

// Runs the simulation (no files). Throws nothing; a nonsensical config is clamped.
Dataset simulate(const Config& config);

// What the ladder says for the events of one lead inside (snapshot, labelEnd]. Used to derive the
// truth and by tests to re-derive it from imported exports.
struct StageEvent {
  EventKind kind;
  std::int64_t at;
  double durationS;
};
Stage stageInWindow(std::span<const StageEvent> events, std::int64_t snapshotAt, std::int64_t labelEnd);

// Formatting shared by writers and tests.
std::string leadId(std::size_t index);                  // "L0000001"
std::string formatTime(std::int64_t wallSeconds);       // "2026-01-05 09:41:07"
std::string renderText(const Dataset& data, std::size_t lead, std::size_t event, Lang lang);

struct OutputOptions {
  QString dir;
  Lang lang = Lang::En;
  Format format = Format::Csv;
  Shape shape = Shape::PerLead;
  bool gb18030 = false;  // CSV only: write GB18030 instead of UTF-8 with BOM
};

struct Summary {
  std::int64_t leads = 0;
  std::int64_t interactionsExported = 0;
  std::int64_t openLeadsToday = 0;
  double meanTrueProbability = 0;
  double lockInRate = 0;            // share of leads with locked_in_window = 1
  // Shares of leads with at least one of these before as-of (calls: answered or not).
  double callShare = 0, visitShare = 0, testDriveShare = 0, quoteShare = 0, defeatShare = 0;
  std::vector<QString> files;       // absolute paths written
  double simulateSeconds = 0, writeSeconds = 0;
};

Summary summarize(const Dataset& data);

// Writes the exports, truth.csv and README.txt into options.dir (created if missing).
Result<Summary> writeOutputs(const Dataset& data, const OutputOptions& options);

// simulate + writeOutputs, with timings.
Result<Summary> generate(const Config& config, const OutputOptions& options);

}  // namespace ll::demo
