#include "demo/generator.h"

#include "common/logging.h"
#include "demo/tables.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <thread>

namespace ll::demo {
using namespace detail;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHour = 3600;

// Streams per lead, so that one part of the simulation can change without shifting the others.
enum Purpose : std::uint64_t { kProfile = 1, kBefore = 2, kAfter = 3 };

struct Calendar {
  std::vector<double> cumulative;  // cumulative weight of days
  std::vector<int> campaignChannel;  // per day: channel boosted by a campaign, -1 when none
};

// Weekly seasonality (weekends bring more leads) and a few campaign bursts at fixed fractions
// of the period: a short-video push and an auto show.
Calendar makeCalendar(int days) {
  Calendar c;
  c.cumulative.resize(static_cast<std::size_t>(days));
  c.campaignChannel.assign(static_cast<std::size_t>(days), -1);
  const std::array<std::pair<double, int>, 3> bursts{{{0.18, kChannelShortVideo}, {0.47, kChannelAutoShow},
                                                      {0.78, kChannelShortVideo}}};
  for (const auto& [at, channel] : bursts) {
    const int first = static_cast<int>(at * days);
    for (int d = first; d < std::min(days, first + 6); ++d) c.campaignChannel[static_cast<std::size_t>(d)] = channel;
  }
  double total = 0;
  for (int d = 0; d < days; ++d) {
    const int weekday = d % 7;  // the period starts on a Monday
    double w = weekday >= 5 ? 1.45 : (weekday == 4 ? 1.1 : 0.9);
    if (c.campaignChannel[static_cast<std::size_t>(d)] >= 0) w *= 2.2;
    total += w;
    c.cumulative[static_cast<std::size_t>(d)] = total;
  }
  return c;
}

std::vector<Specialist> makeRoster(std::uint64_t seed) {
  Rng rng(mix(seed, 0, 99));
  std::vector<Specialist> roster;
  std::uint16_t store = 0;
  for (const City& city : kCities) {
    for (int s = 0; s < city.stores; ++s, ++store) {
      for (int k = 0; k < kSpecialistsPerStore; ++k) {
        const double u = rng.uniform();
        roster.push_back(Specialist{store, u < 0.2 ? 'A' : (u < 0.7 ? 'B' : 'C')});
      }
    }
  }
  return roster;
}

int firstSpecialistOfCity(int city) {
  int stores = 0;
  for (int c = 0; c < city; ++c) stores += kCities[static_cast<std::size_t>(c)].stores;
  return stores * kSpecialistsPerStore;
}

double tierEffect(char tier) { return tier == 'A' ? 0.35 : (tier == 'C' ? -0.35 : 0.0); }

// Cues of one note or message. `warm` is how close the lead is to buying at that moment (used
// after the snapshot for leads that will lock, whose conversations turn concrete).
std::uint32_t chooseCues(const Lead& lead, Rng& rng, bool message, bool warm, bool droveAlready) {
  const double scale = message ? 0.5 : 1.0;
  std::uint32_t cues = 0;
  if (rng.chance(scale * (lead.urgent ? 0.85 : 0.02))) cues |= kCueUrgency;
  const double positive = scale * (sigmoid(-2.2 + 1.1 * lead.intent) + (warm ? 0.35 : 0.0));
  if (rng.chance(positive)) {
    const int pick = rng.below(4);
    if (pick == 0) cues |= kCueDelivery;
    if (pick == 1) cues |= droveAlready ? kCueSecondDrive : kCueDelivery;
    if (pick == 2) cues |= lead.vehicle != kVehicleNone ? kCueTradeIn : kCueDeposit;
    if (pick == 3) cues |= kCueDeposit;
  }
  if (rng.chance(scale * (lead.household ? 0.6 : 0.03))) cues |= kCueSpouse;
  if (lead.priceSensitivity > 0.5 && rng.chance(scale * 0.35)) cues |= rng.chance(0.5) ? kCuePriceOnly : kCuePriceCut;
  if (lead.priceSensitivity < 0.5 && rng.chance(scale * 0.03)) cues |= kCuePriceOnly;
  if (lead.competitorPull > 0.5 && rng.chance(scale * 0.35)) cues |= kCueCompetitor;
  if (lead.priceSensitivity > 0 && lead.budget < kModels[lead.model].priceBand && rng.chance(scale * 0.4))
    cues |= kCueBudget;
  if (cues == 0 || rng.chance(0.4)) cues |= kCueChatter;
  return cues;
}

struct Behaviour {
  double engagement;   // drives observable activity
  double answerProb;
  double noteProb;
  double durationMu;
};

Behaviour behaviourOf(const Lead& lead, char tier, bool noNotes) {
  Behaviour b{};
  b.engagement = lead.intent - 0.15 * lead.competitorPull;
  b.answerProb = sigmoid(0.4 + 0.8 * b.engagement);
  // Specialists write up most calls: the notes are where urgency and household cues live.
  b.noteProb = noNotes ? 0.0 : (tier == 'A' ? 0.95 : (tier == 'B' ? 0.91 : 0.585));
  b.durationMu = 4.0 + 0.45 * b.engagement + (tier == 'A' ? 0.2 : 0.0);
  return b;
}

void addCall(Lead& lead, Rng& rng, const Behaviour& b, std::int64_t at, bool warm, bool drove) {
  Event e;
  e.at = at;
  e.kind = EventKind::Call;
  if (rng.chance(b.answerProb)) {
    e.durationS = static_cast<std::int32_t>(std::clamp(rng.logNormal(b.durationMu, 0.85), 8.0, 3600.0));
    if (rng.chance(b.noteProb)) {
      e.hasText = true;
      e.cues = chooseCues(lead, rng, false, warm, drove);
    }
  }
  lead.events.push_back(e);
}

void addMessage(Lead& lead, Rng& rng, std::int64_t at, bool warm, bool drove) {
  Event e;
  e.at = at;
  e.kind = EventKind::Message;
  e.hasText = true;
  e.cues = chooseCues(lead, rng, true, warm, drove);
  lead.events.push_back(e);
}

void addPlain(Lead& lead, EventKind kind, std::int64_t at, DefeatReason reason = DefeatReason::None) {
  Event e;
  e.at = at;
  e.kind = kind;
  e.reason = reason;
  lead.events.push_back(e);
}

// Business hours: 9:00-21:00 on the day of `t`, shifted forward if needed.
std::int64_t businessTime(std::int64_t dayStart, Rng& rng) {
  return dayStart + 9 * kHour + static_cast<std::int64_t>(rng.uniform() * 12 * kHour);
}

std::int64_t dayStartOf(std::int64_t t) { return t - (((t % kDay) + kDay) % kDay); }

// A time uniformly in (from, to], on business hours, strictly after `from`.
std::int64_t timeBetween(std::int64_t from, std::int64_t to, Rng& rng) {
  if (to <= from + 60) return from + 60;
  const std::int64_t day = dayStartOf(from + static_cast<std::int64_t>(rng.uniform() * static_cast<double>(to - from)));
  std::int64_t t = businessTime(day, rng);
  if (t <= from) t = from + 60 + static_cast<std::int64_t>(rng.uniform() * 3 * kHour);
  return std::min(t, to);
}

// Everything up to the snapshot; returns the log-odds contribution of profile, hidden factors
// and what happened (without the intercept).
void simulateBefore(Lead& lead, const std::vector<Specialist>& roster, std::uint64_t seed, std::size_t index) {
  Rng rng(mix(seed, index, kBefore));
  const char tier = roster[lead.specialist].tier;
  const Behaviour b = behaviourOf(lead, tier, rng.chance(0.15));
  const std::int64_t created = lead.createdAt;
  const std::int64_t snap = lead.snapshotAt;

  bool visited = false, drove = false, quoted = false, defeated = false, answered = false, longCall = false;
  if (lead.channel == kChannelWalkIn) {
    addPlain(lead, EventKind::StoreVisit, created + 60);
    visited = true;
  }
  // Calls: most leads get a first call within hours; engaged leads and good specialists get more.
  const double firstCallProb = tier == 'A' ? 0.97 : (tier == 'B' ? 0.93 : 0.87);
  if (rng.chance(firstCallProb)) {
    const int calls = 1 + rng.poisson(0.6 + 0.5 * std::max(0.0, b.engagement) + (tier == 'A' ? 0.3 : 0.0));
    std::int64_t t = created + static_cast<std::int64_t>(std::min(rng.logNormal(std::log(3.0 * kHour), 1.0), 2.0 * kDay));
    for (int c = 0; c < calls && t < snap; ++c) {
      addCall(lead, rng, b, t, false, false);
      answered |= lead.events.back().durationS > 0;
      longCall |= lead.events.back().durationS >= kLongCallSeconds;
      t = timeBetween(t, std::min(snap - 1, t + 5 * kDay), rng);
    }
  }
  const int messages = rng.poisson(0.5 + 0.4 * std::max(0.0, b.engagement));
  for (int m = 0; m < messages; ++m) addMessage(lead, rng, timeBetween(created, snap - 1, rng), false, false);

  if (!visited && rng.chance(sigmoid(-2.3 + 0.9 * b.engagement + (answered ? 0.4 : -0.8)))) {
    addPlain(lead, EventKind::StoreVisit, timeBetween(created + kDay, snap - 2 * kHour, rng));
    visited = true;
  }
  if (visited) {
    std::int64_t visitAt = 0;
    for (const Event& e : lead.events)
      if (e.kind == EventKind::StoreVisit) visitAt = e.at;
    if (rng.chance(sigmoid(-0.8 + 0.8 * b.engagement))) {
      addPlain(lead, EventKind::TestDrive, std::min(visitAt + 1800 + rng.below(3600), snap - 1));
      drove = true;
    }
    if (rng.chance(sigmoid(-0.8 + 0.6 * b.engagement + (drove ? 0.5 : 0.0)))) {
      addPlain(lead, EventKind::Quote, std::min(visitAt + 3 * kHour + rng.below(4 * 3600), snap - 1));
      quoted = true;
    }
  }
  // Early defeats: unreachable leads, strong competitor pull, budget far below the model.
  DefeatReason reason = DefeatReason::None;
  if (!answered && !lead.events.empty() && rng.chance(0.3)) reason = DefeatReason::NoResponse;
  else if (lead.competitorPull > 1.2 && rng.chance(0.2)) reason = DefeatReason::Competitor;
  else if (lead.priceSensitivity > 1.2 && lead.budget < kModels[lead.model].priceBand && rng.chance(0.2))
    reason = DefeatReason::Budget;
  if (reason != DefeatReason::None) {
    addPlain(lead, EventKind::Defeat, timeBetween(std::max(created + kHour, snap - 3 * kDay), snap - 60, rng), reason);
    defeated = true;
  }

  const Specialist& sp = roster[lead.specialist];
  double x = 1.0 * lead.intent + 1.6 * (lead.urgent ? 1.0 : 0.0) - 0.3 * lead.priceSensitivity -
             0.5 * lead.competitorPull - 0.5 * (lead.household ? 1.0 : 0.0) + (lead.homeCharging ? 0.3 : 0.0);
  x += kChannels[lead.channel].effect + kVehicles[lead.vehicle].effect + kFinancing[lead.financing].effect +
       tierEffect(sp.tier);
  if (lead.budget < kModels[lead.model].priceBand) x -= 0.3 + 0.3 * std::max(0.0, static_cast<double>(lead.priceSensitivity));
  x += (visited ? 0.6 : 0.0) + (drove ? 1.0 : 0.0) + (quoted ? 0.4 : 0.0) + (longCall ? 0.3 : 0.0);
  if (!answered) x -= 0.6;
  if (defeated) x -= 1.5;
  lead.linear = x;
}

// The label window and a little after it: the lock-in is a draw from pTrue; what happens around
// it (test drives, calls, quotes, defeats) follows from the draw and the hidden factors, so the
// stages correlate with the outcome without deciding it.
void simulateAfter(Lead& lead, const std::vector<Specialist>& roster, std::uint64_t seed, std::size_t index) {
  Rng rng(mix(seed, index, kAfter));
  const char tier = roster[lead.specialist].tier;
  const Behaviour b = behaviourOf(lead, tier, rng.chance(0.15));
  const std::int64_t snap = lead.snapshotAt;
  const std::int64_t end = lead.labelEnd;
  lead.locked = rng.uniform() < lead.pTrue;
  bool droveBefore = false, visitedBefore = false, defeatedBefore = false;
  for (const Event& e : lead.events) {
    droveBefore |= e.kind == EventKind::TestDrive;
    visitedBefore |= e.kind == EventKind::StoreVisit;
    defeatedBefore |= e.kind == EventKind::Defeat;
  }

  if (lead.locked) {
    const double span = static_cast<double>(end - snap);
    const double frac = lead.urgent ? rng.uniform(0.03, 0.5) : rng.uniform(0.08, 0.97);
    const std::int64_t target = snap + static_cast<std::int64_t>(frac * span);
    // Every event drawn here lies after the snapshot: the features never see the label window.
    const std::int64_t lockAt = timeBetween(std::max(snap + 2 * kHour, target - kDay), std::max(snap + 3 * kHour, target), rng);
    bool drove = droveBefore;
    if (!droveBefore ? rng.chance(0.85) : rng.chance(0.3)) {
      const std::int64_t driveAt = timeBetween(snap + kHour, std::max(snap + kHour + 120, lockAt - 3600), rng);
      if (!visitedBefore) addPlain(lead, EventKind::StoreVisit, driveAt - 1200);
      addPlain(lead, EventKind::TestDrive, driveAt);
      drove = true;
    }
    const int calls = 1 + rng.poisson(1.0);
    for (int c = 0; c < calls; ++c) addCall(lead, rng, b, timeBetween(snap, lockAt - 600, rng), true, drove);
    if (rng.chance(0.8)) addPlain(lead, EventKind::Quote, lockAt - 1800);
    addPlain(lead, EventKind::OrderLock, lockAt);
  } else {
    const double activity = defeatedBefore ? 0.25 : 1.0;
    const int calls = rng.poisson(activity * (0.7 + 0.6 * std::max(0.0, b.engagement)));
    for (int c = 0; c < calls; ++c) addCall(lead, rng, b, timeBetween(snap, end, rng), false, droveBefore);
    if (rng.chance(activity * sigmoid(-3.6 + 0.8 * b.engagement + (visitedBefore ? 0.8 : 0.0)))) {
      const std::int64_t driveAt = timeBetween(snap + kHour, end, rng);
      if (!visitedBefore) addPlain(lead, EventKind::StoreVisit, driveAt - 1200);
      addPlain(lead, EventKind::TestDrive, driveAt);
    }
    if (!defeatedBefore && rng.chance(sigmoid(-0.9 + 0.6 * lead.competitorPull + 0.4 * lead.priceSensitivity - 0.5 * b.engagement))) {
      DefeatReason reason = DefeatReason::NoResponse;
      if (lead.competitorPull > lead.priceSensitivity && lead.competitorPull > 0) reason = DefeatReason::Competitor;
      else if (lead.priceSensitivity > 0.3) reason = DefeatReason::Budget;
      // Defeats are filed late: some inside the window, many after it.
      addPlain(lead, EventKind::Defeat, timeBetween(snap + 2 * kDay, end + 40 * kDay, rng), reason);
    }
  }
  std::stable_sort(lead.events.begin(), lead.events.end(), [](const Event& a, const Event& b2) { return a.at < b2.at; });
  // Distinct times: an export row is identified by (lead, kind, time, ...), and two identical
  // rows would be one interaction after import. Nudging forward keeps window events in the window.
  for (std::size_t k = 1; k < lead.events.size(); ++k)
    if (lead.events[k].at <= lead.events[k - 1].at) lead.events[k].at = lead.events[k - 1].at + 1;

  std::vector<StageEvent> window;
  window.reserve(lead.events.size());
  for (const Event& e : lead.events) window.push_back(StageEvent{e.kind, e.at, static_cast<double>(e.durationS)});
  lead.stage = stageInWindow(window, snap, end);
}

void makeProfile(Lead& lead, const Config& config, const Calendar& calendar, const std::vector<Specialist>& roster,
                 std::size_t index) {
  Rng rng(mix(config.seed, index, kProfile));
  const double r = rng.uniform() * calendar.cumulative.back();
  const auto day = static_cast<int>(std::lower_bound(calendar.cumulative.begin(), calendar.cumulative.end(), r) -
                                    calendar.cumulative.begin());
  lead.createdAt = config.start + day * kDay + 8 * kHour + static_cast<std::int64_t>(rng.uniform() * 14 * kHour);
  lead.snapshotAt = lead.createdAt + config.observationDays * kDay;
  lead.labelEnd = lead.snapshotAt + config.labelDays * kDay;

  const int campaign = calendar.campaignChannel[static_cast<std::size_t>(std::min(day, config.days - 1))];
  lead.channel = static_cast<std::uint8_t>(campaign >= 0 && rng.chance(0.5) ? campaign : rng.weighted(kChannels));
  lead.city = static_cast<std::uint8_t>(rng.weighted(kCities));
  const City& city = kCities[lead.city];
  lead.specialist = static_cast<std::uint16_t>(firstSpecialistOfCity(lead.city) +
                                               rng.below(city.stores * kSpecialistsPerStore));
  lead.model = static_cast<std::uint8_t>(rng.weighted(kModels));
  const int band = kModels[lead.model].priceBand;
  const double u = rng.uniform();
  lead.budget = static_cast<std::uint8_t>(std::clamp(u < 0.2 ? band - 1 : (u < 0.88 ? band : band + 1), 0, 3));
  lead.vehicle = static_cast<std::uint8_t>(rng.weighted(kVehicles));
  lead.financing = static_cast<std::uint8_t>(rng.weighted(kFinancing));
  lead.homeCharging = rng.chance(city.tierEn[5] == '3' ? 0.75 : 0.6);

  const double channelShift = lead.channel == 4 ? 0.5 : (lead.channel == kChannelWalkIn ? 0.4 : (lead.channel == kChannelAutoShow ? 0.2 : (lead.channel == kChannelShortVideo ? -0.3 : 0.0)));
  lead.intent = static_cast<float>(rng.normal() + channelShift);
  lead.urgent = rng.chance(lead.vehicle == kVehicleCombustion ? 0.16 : 0.09);
  lead.priceSensitivity = static_cast<float>(rng.normal());
  lead.competitorPull = static_cast<float>(rng.normal());
  lead.household = rng.chance(0.3);
  (void)roster;
}

// Intercept such that the mean of sigmoid(b + linear) is the target rate (bisection; the mean
// is increasing in b).
double calibrate(const std::vector<Lead>& leads, double target) {
  double lo = -20, hi = 5;
  for (int it = 0; it < 60; ++it) {
    const double mid = 0.5 * (lo + hi);
    double sum = 0;
    for (const Lead& l : leads) sum += sigmoid(mid + l.linear);
    if (sum / static_cast<double>(leads.size()) < target) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

template <class Fn>
void parallelFor(std::size_t n, Fn fn) {
  // Two workers: the work is per lead and independent (each lead has its own streams), so the
  // result does not depend on the split.
  const std::size_t workers = n > 20000 ? 2 : 1;
  if (workers == 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::thread helper([&] {
    for (std::size_t i = n / 2; i < n; ++i) fn(i);
  });
  for (std::size_t i = 0; i < n / 2; ++i) fn(i);
  helper.join();
}

}  // namespace

const char* stageName(Stage stage) {
  switch (stage) {
    case Stage::None: return "none";
    case Stage::ShortCall: return "short_call";
    case Stage::LongCall: return "long_call";
    case Stage::TestDrive: return "test_drive";
    case Stage::OrderLock: return "order_lock";
    case Stage::Defeat: return "defeat";
  }
  return "none";
}

Stage stageInWindow(std::span<const StageEvent> events, std::int64_t snapshotAt, std::int64_t labelEnd) {
  bool lock = false, defeat = false, drive = false, longCall = false, call = false;
  for (const StageEvent& e : events) {
    if (e.at <= snapshotAt || e.at > labelEnd) continue;
    switch (e.kind) {
      case EventKind::OrderLock: lock = true; break;
      case EventKind::Defeat: defeat = true; break;
      case EventKind::TestDrive: drive = true; break;
      case EventKind::Call:
        longCall |= e.durationS >= kLongCallSeconds;
        call |= e.durationS > 0;
        break;
      default: break;
    }
  }
  if (lock) return Stage::OrderLock;
  if (defeat) return Stage::Defeat;
  if (drive) return Stage::TestDrive;
  if (longCall) return Stage::LongCall;
  if (call) return Stage::ShortCall;
  return Stage::None;
}

std::string leadId(std::size_t index) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "L%07zu", index + 1);
  return buf;
}

std::string formatTime(std::int64_t t) {
  // Civil-from-days (proleptic Gregorian), no time zone: the values are wall-clock times.
  std::int64_t days = t / kDay;
  std::int64_t secs = t % kDay;
  if (secs < 0) {
    secs += kDay;
    --days;
  }
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02lld:%02lld:%02lld", static_cast<long long>(y), m, d,
                static_cast<long long>(secs / 3600), static_cast<long long>((secs / 60) % 60),
                static_cast<long long>(secs % 60));
  return buf;
}

Dataset simulate(const Config& configIn) {
  Dataset data;
  Config& config = data.config;
  config = configIn;
  config.leads = std::max<std::int64_t>(1, config.leads);
  config.days = std::max(1, config.days);
  config.observationDays = std::max(2, config.observationDays);
  config.labelDays = std::max(1, config.labelDays);
  config.baseRate = std::clamp(config.baseRate, 1e-5, 0.9);
  data.asOf = config.start + static_cast<std::int64_t>(config.days) * kDay;
  data.roster = makeRoster(config.seed);
  const Calendar calendar = makeCalendar(config.days);

  const auto n = static_cast<std::size_t>(config.leads);
  data.leads.resize(n);
  parallelFor(n, [&](std::size_t i) {
    Lead& lead = data.leads[i];
    makeProfile(lead, config, calendar, data.roster, i);
    simulateBefore(lead, data.roster, config.seed, i);
  });
  data.intercept = calibrate(data.leads, config.baseRate);
  parallelFor(n, [&](std::size_t i) {
    Lead& lead = data.leads[i];
    lead.pTrue = sigmoid(data.intercept + lead.linear);
    simulateAfter(lead, data.roster, config.seed, i);
  });
  ll::log::get("demo")->info("simulated {} leads over {} days (seed {}), intercept {:.3f}", n, config.days,
                             config.seed, data.intercept);
  return data;
}

Summary summarize(const Dataset& data) {
  Summary s;
  s.leads = static_cast<std::int64_t>(data.leads.size());
  std::int64_t call = 0, visit = 0, drive = 0, quote = 0, defeat = 0, locked = 0;
  double sumP = 0;
  for (const Lead& l : data.leads) {
    bool c = false, v = false, d = false, q = false, x = false;
    for (const Event& e : l.events) {
      if (e.at > data.asOf) break;
      c |= e.kind == EventKind::Call;
      v |= e.kind == EventKind::StoreVisit;
      d |= e.kind == EventKind::TestDrive;
      q |= e.kind == EventKind::Quote;
      x |= e.kind == EventKind::Defeat;
    }
    call += c;
    visit += v;
    drive += d;
    quote += q;
    defeat += x;
    locked += l.locked;
    sumP += l.pTrue;
  }
  const double n = std::max<double>(1, static_cast<double>(s.leads));
  s.callShare = static_cast<double>(call) / n;
  s.visitShare = static_cast<double>(visit) / n;
  s.testDriveShare = static_cast<double>(drive) / n;
  s.quoteShare = static_cast<double>(quote) / n;
  s.defeatShare = static_cast<double>(defeat) / n;
  s.lockInRate = static_cast<double>(locked) / n;
  s.meanTrueProbability = sumP / n;
  return s;
}

Result<Summary> generate(const Config& config, const OutputOptions& options) {
  QElapsedTimer timer;
  timer.start();
  const Dataset data = simulate(config);
  const double simSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  timer.restart();
  auto summary = writeOutputs(data, options);
  if (!summary) return summary;
  summary->simulateSeconds = simSeconds;
  summary->writeSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  return summary;
}

}  // namespace ll::demo
