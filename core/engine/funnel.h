#pragma once
// The funnel definition (DESIGN.md §4, HPRO paper §3.3): the stages a lead can reach, how a
// lead's deepest stage inside its label window is read off its interactions, the HPRO preference
// tiers with their margins, and the queue tiers the desktop sorts open leads into. It is data
// (a JSON file), not code: another domain brings its own stages, tiers and margins.
//
// {
//   "format": 1, "name": "car-retail",
//   "observation_days": 14,        // snapshot = created_at + observation_days
//   "label_days": 30,              // labels come from (snapshot, snapshot + label_days]
//   "stages": [                    // checked in this order; the first one any interaction
//     {"name": "order_lock", "grade": 4, "positive": true,      //   in the window matches wins
//      "when": [{"kinds": ["order_lock"]}]},
//     {"name": "defeat", "grade": 0, "when": [{"kinds": ["defeat"]}]},
//     {"name": "test_drive", "grade": 3, "when": [{"kinds": ["test_drive"]}]},
//     {"name": "long_call", "grade": 2, "when": [{"kinds": ["call"], "min_duration_s": 180}]},
//     {"name": "short_call", "grade": 1, "when": [{"kinds": ["call"], "min_duration_s": 1}]},
//     {"name": "none", "grade": 0}                               // no "when": the default
//   ],
//   "tiers": [ {"name": "global", "margin": 1.0, "winners": ["order_lock"], "losers": ["defeat"]}, ... ],
//   "queues": [ {"name": "test_drive", "label": "Test drive done", "label_zh": "已试驾",
//                "when": [{"kinds": ["test_drive"]}]}, ..., {"name": "new", ...} ]
// }
//
// A condition ("when" entry) matches an interaction when all of its given parts hold: kind in
// "kinds", duration within [min_duration_s, max_duration_s], outcome / text containing one of
// "outcome_contains" / "text_contains" (case-insensitive for ASCII). A stage or queue matches when
// any of its conditions matches any interaction.

#include "engine/leadrecord.h"
#include "engine/message.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ll::engine {

struct FunnelCondition {
  std::vector<InteractionKind> kinds;  // empty = any kind
  std::optional<double> minDurationS;
  std::optional<double> maxDurationS;
  std::vector<std::string> outcomeContains;
  std::vector<std::string> textContains;

  [[nodiscard]] bool matches(const InteractionRecord& interaction) const;
};

struct FunnelStage {
  std::string name;
  double grade = 0;       // graded relevance for NDCG
  bool positive = false;  // the conversion the pointwise head predicts
  std::vector<FunnelCondition> when;  // empty = the default stage
};

struct PreferenceTier {
  std::string name;
  double margin = 0;
  std::vector<int> winners;  // stage indices
  std::vector<int> losers;
};

struct QueueTier {
  std::string name;
  std::string label;    // English
  std::string labelZh;  // Simplified Chinese
  std::vector<FunnelCondition> when;  // empty = the default queue
};

class FunnelError : public EngineError {
 public:
  using EngineError::EngineError;
};

class FunnelDefinition {
 public:
  static constexpr int kFormatVersion = 1;

  // The paper's car funnel: order_lock > test_drive > long_call (>= 180 s) > short_call > none,
  // defeat; tiers global (order_lock vs defeat, 1.0), key_action (test_drive vs no test drive,
  // 0.5), soft (long_call vs short_call, 0.1); queues test_drive, store_visit, engaged, new.
  static FunnelDefinition carDefault(double longCallSeconds = 180.0);

  // Parses and validates; throws FunnelError naming `source` and the offending entry.
  static FunnelDefinition fromJson(const std::string& text, const std::string& source);
  static FunnelDefinition fromFile(const std::string& path);
  [[nodiscard]] std::string toJson() const;  // pretty-printed; fromJson(toJson()) is identical

  [[nodiscard]] const std::string& name() const { return m_name; }
  [[nodiscard]] int observationDays() const { return m_observationDays; }
  [[nodiscard]] int labelDays() const { return m_labelDays; }
  [[nodiscard]] const std::vector<FunnelStage>& stages() const { return m_stages; }
  [[nodiscard]] const std::vector<PreferenceTier>& tiers() const { return m_tiers; }
  [[nodiscard]] const std::vector<QueueTier>& queues() const { return m_queues; }
  [[nodiscard]] int stageIndex(const std::string& name) const;  // -1 when unknown
  [[nodiscard]] int defaultStage() const { return m_defaultStage; }

  // The stage reached by the interactions dated inside (from, to].
  [[nodiscard]] int stageInWindow(const std::vector<InteractionRecord>& interactions, std::int64_t from,
                                  std::int64_t to) const;
  // The stage reached by all the given interactions (dated or not).
  [[nodiscard]] int stageOf(const std::vector<InteractionRecord>& interactions) const;
  // Snapshot and label end of a lead created at `createdAt`.
  [[nodiscard]] std::int64_t snapshotAt(std::int64_t createdAt) const;
  [[nodiscard]] std::int64_t labelEnd(std::int64_t createdAt) const;

  // The queue tier of a lead from everything known about it: the first queue any interaction
  // matches, else the default queue.
  [[nodiscard]] std::string queueOf(const LeadRecord& lead) const;

  // The preference between stages a and b: the tier index where a is a winner and b a loser
  // (or the reverse, with `aWins` false); nullopt when no tier pairs them.
  struct Preference {
    int tier;
    bool aWins;
  };
  [[nodiscard]] std::optional<Preference> preference(int stageA, int stageB) const;

  // Copies without one tier (ablations) or with every margin set to `margin`.
  [[nodiscard]] FunnelDefinition withoutTier(const std::string& tierName) const;
  [[nodiscard]] FunnelDefinition withMargins(double margin) const;

 private:
  void validate(const std::string& source);
  int stageMatching(const std::vector<InteractionRecord>& interactions, std::optional<std::int64_t> from,
                    std::optional<std::int64_t> to) const;

  std::string m_name;
  int m_observationDays = 14;
  int m_labelDays = 30;
  std::vector<FunnelStage> m_stages;
  std::vector<PreferenceTier> m_tiers;
  std::vector<QueueTier> m_queues;
  int m_defaultStage = -1;
  std::vector<std::vector<int>> m_preferenceTable;  // [a][b] = tier index + 1, negative if b wins
};

}  // namespace ll::engine
