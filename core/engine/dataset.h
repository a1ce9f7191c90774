#pragma once
// Labelled examples for training and evaluation with a strict temporal design (DESIGN.md §4):
// each lead is seen as it was at its snapshot (created_at + observation_days: interactions after
// it are cut away) and labelled by the stage it reached inside the label window after it. Leads
// whose window is not over by the workspace's as-of time, or that have no creation time, are left
// out (counted). The split is by creation time: the earliest `trainFraction` of the leads train,
// the rest test, so no test lead is older than a training lead.

#include "engine/funnel.h"
#include "engine/leadrecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ll::engine {

struct Example {
  LeadRecord input;          // cut at snapshotAt
  std::int64_t snapshotAt = 0;
  std::int64_t labelEnd = 0;
  int stage = 0;             // index into FunnelDefinition::stages(), inside (snapshotAt, labelEnd]
  bool positive = false;     // stage is a positive stage
  double grade = 0;          // graded relevance of the stage (NDCG)
};

struct DatasetOptions {
  // Only leads whose label window ends by this time are labelled; default: the latest
  // interaction time seen in the added leads.
  std::optional<std::int64_t> asOf;
  double trainFraction = 0.7;
};

struct LabelledSplit {
  std::vector<Example> train;  // earliest leads, ordered by creation time
  std::vector<Example> test;   // latest leads, ordered by creation time
  std::int64_t asOf = 0;
  std::optional<std::int64_t> splitAt;   // creation time of the first test lead
  std::int64_t skippedIncomplete = 0;    // label window not over by asOf
  std::int64_t skippedUndated = 0;       // no created_at
  std::string fingerprint;               // hex hash over lead ids, snapshots and stages

  [[nodiscard]] std::int64_t positives(bool testSet) const;
  // Count of examples per stage index.
  [[nodiscard]] std::vector<std::int64_t> stageCounts(bool testSet, std::size_t stageCount) const;
};

class DatasetBuilder {
 public:
  DatasetBuilder(FunnelDefinition funnel, DatasetOptions options);

  // Takes a lead with all its interactions (as read from the workspace).
  void add(LeadRecord&& lead);
  [[nodiscard]] std::int64_t added() const { return m_added; }

  // Labels, cuts and splits everything added.
  LabelledSplit finish();

  [[nodiscard]] const FunnelDefinition& funnel() const { return m_funnel; }

 private:
  FunnelDefinition m_funnel;
  DatasetOptions m_options;
  std::vector<LeadRecord> m_leads;
  std::optional<std::int64_t> m_latest;
  std::int64_t m_added = 0;
  std::int64_t m_undated = 0;
};

}  // namespace ll::engine
