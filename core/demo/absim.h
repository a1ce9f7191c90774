#pragma once
// The A/B simulation of the demo funnel (DESIGN.md §6-§7, the paper's 132-day online test):
// specialists with a limited daily follow-up capacity work their queues of open leads in the
// order of a ranking policy; specialists are split into two arms stratified by capability tier,
// arm A ranks by one policy and arm B by another, and what matters is how many leads lock in.
//
// The world is the generator's: simulate() gives the leads (creation time, specialist, the CRM
// history before the snapshot, the hidden factors and the true probability pTrue). On top of it
// this file adds what the generator leaves out, the effect of *when* a specialist follows up:
//
//  - Intending buyers. A lead is an intending buyer with probability min(1, intentScale * pTrue),
//    drawn once from the lead's own stream, so pTrue is the ranking any model tries to learn.
//  - Buying signal. A buyer's signal comes on a day drawn uniformly in the first
//    signalSpreadDays after creation (urgent leads: the first third of that). It is hidden from
//    the specialists; with probability visibleSignal the lead also makes an inbound contact that
//    day (a message), which recency-of-contact rankings can see.
//  - Lock-in hazard. From the signal on, for buyingWindowDays, the buyer locks in with a daily
//    hazard baseHazard; once a specialist has followed the lead up within responseDays of the
//    signal, the hazard is multiplied by followUpFactor for the rest of the window. After the
//    window the buyer has bought elsewhere (or given up): a lead never followed up in time decays
//    to the base hazard's modest chance, and its chance is gone when the window closes.
//  - Queues. A lead stays in its specialist's queue from its creation day until it locks in or
//    is queueDays old (then it is closed as lost; the defaults keep every buying window inside). A lead followed up is not due again for revisitDays (nobody calls the same
//    customer every day); each day a specialist follows up at most their tier's capacity of due
//    leads, highest ranked first.
//
// Why the policies come out in the intended order: a follow-up only pays if it lands within
// responseDays after a signal, so a specialist must keep cycling through the leads most likely
// to be buyers. capacity * revisitDays leads can be kept covered at a time, a small part of an
// open queue of a few hundred. `oracle` (pTrue) spends that coverage on the likeliest buyers;
// `funnel-recency` uses the visible ladder stage (which carries part of pTrue) and catches the
// visible signals through the recency of contact; `recency` covers only the newest leads, whose
// signals are a minority. The per-lead uniforms (buyer draw, signal day, exposure threshold) do
// not depend on the policy (common random numbers), so two identical policies in the two arms
// differ only by which specialists they got, and the comparison of two policies is not blurred
// by redrawing the world.
//
// Deterministic for a seed: all draws come from (seed, lead, purpose) streams, ties in a ranking
// break on the lead index, and the arms come from the roster and the seed.

#include "common/error.h"
#include "demo/generator.h"
#include "engine/abtest.h"

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace ll::demo {

enum class PolicyKind : std::uint8_t { Recency, FunnelRecency, Oracle, Random, Scores };

struct Policy {
  PolicyKind kind = PolicyKind::Recency;
  QString name;  // as given: "recency", "scores:model.csv", ...
  // Scores only: lead_id -> score, shared because both arms may use the same file.
  std::shared_ptr<const std::unordered_map<std::string, double>> scores;
};

// "recency", "funnel-recency", "oracle", "random" or "scores:FILE". The scores file is CSV:
// lead_id,score per row, UTF-8 (BOM allowed), an optional header row; with a header the columns
// lead_id and score (or p_true, so a truth.csv works) are used wherever they are. Errors name
// the file and the row.
Result<Policy> parsePolicy(const QString& spec);
Result<Policy> loadScores(const QString& path, const QString& name = {});

struct AbConfig {
  Config world;  // world.days is the length of the experiment; leads are created over it
  Policy policyA;
  Policy policyB;
  std::array<int, 3> capacity{14, 11, 8};  // follow-ups per day for tiers A, B, C
  int revisitDays = 3;
  int responseDays = 3;
  int buyingWindowDays = 14;
  int signalSpreadDays = 42;
  int queueDays = 60;
  double intentScale = 3.0;
  double baseHazard = 0.02;
  double followUpFactor = 6.0;
  double visibleSignal = 0.3;
};

struct AbLead {
  std::uint32_t lead = 0;        // index into the generator's leads (lead id = leadId(lead))
  std::uint16_t specialist = 0;  // index into the roster
  std::uint8_t arm = 0;          // 0 = A, 1 = B
  int assignedDay = 0;           // experiment day (0 = the config's start)
  int lockDay = -1;              // experiment day of the lock-in, -1 if none within the experiment
  std::vector<std::uint16_t> followUps;  // experiment days, ascending
};

struct ArmSummary {
  int specialists = 0;
  std::int64_t leads = 0;
  std::int64_t lockIns = 0;
  std::int64_t followUps = 0;
  double conversion = 0;  // lockIns / leads
};

struct AbResult {
  AbConfig config;  // as clamped
  std::vector<Specialist> roster;
  std::vector<std::uint8_t> armOf;  // per specialist
  std::vector<AbLead> leads;        // in lead order
  std::array<ArmSummary, 2> arms;
  double relativeDiff = 0;          // pooled conversion, (B - A) / A; NaN if A has none
  metrics::WelchResult welch;       // per-specialist conversion rates, B against A
  std::array<std::int64_t, 2> scoresMissing{0, 0};  // leads without a score, per arm (scores policies)
  double simulateSeconds = 0;       // the generator's world
  double runSeconds = 0;            // the queues

  std::vector<metrics::LeadAssignment> assignments() const;
};

// Stratified split: within each tier, specialists ordered by store are taken in consecutive
// pairs and a coin decides which of the two goes to A (so each tier, and roughly each city, is
// split evenly); an odd one out goes to the arm that is behind overall.
std::vector<std::uint8_t> splitArms(const std::vector<Specialist>& roster, std::uint64_t seed);

// Runs the experiment on a fresh simulate(config.world).
AbResult runAbTest(const AbConfig& config);
// Runs it on an existing world (tests run several policies on one world).
AbResult runAbTest(const AbConfig& config, const Dataset& world);

// Writes assignments.csv (specialist_id, tier, arm, lead_id, assigned_date, follow_up_dates,
// lock_in_date; one row per lead, lead order), daily.csv (cumulative leads, lock-ins and
// conversion per arm and day, relative difference) and summary.json into dir (created if
// missing). Plain UTF-8 without a BOM, LF line ends. Byte-identical for the same config: the
// file summary leaves the timings out.
Result<std::vector<QString>> writeAbOutputs(const AbResult& result, const QString& dir);

// The summary as JSON text: per arm leads, lock-ins, conversion, follow-ups; the pooled
// relative difference; Welch's test on per-specialist rates; the mechanism's parameters.
QByteArray abSummaryJson(const AbResult& result, bool withTimings = true);

std::string specialistId(std::size_t index);  // "S001"
std::string isoDate(const Config& world, int day);

}  // namespace ll::demo
