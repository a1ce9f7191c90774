#pragma once
// Tabular features of a lead as it was known at its snapshot, for the CTR-style baselines
// (DeepFM, XGBoost). Only interactions dated at or before the snapshot are read, whatever the
// record holds: undated interactions and everything after the snapshot are ignored, so a caller
// that forgets to cut the record still cannot leak the label window into the inputs.
//
// Categorical fields: the profile fields of the lead schema plus the funnel stage and queue tier
// reached by the snapshot. Numeric fields: counts per interaction kind, answered and unanswered
// calls, long calls, longest and total talk time, days since the last contact, since the last
// call / visit / test drive, the lead's age at the snapshot, note count and length.
//
// FeatureEncoder is fitted on the training part only (vocabularies, bucket edges) and then maps
// any lead to (a) one index per field into a shared embedding table (DeepFM: numeric fields are
// bucketed) and (b) a dense row (XGBoost: numeric values as they are, categories as codes).
// Plain C++ (no Qt, no torch).

#include "engine/funnel.h"
#include "engine/leadrecord.h"

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace ll::engine {

inline constexpr int kCategoricalFeatureCount = 12;
inline constexpr int kNumericFeatureCount = 8 + 16;

struct RawFeatures {
  std::array<std::string, kCategoricalFeatureCount> categorical;
  // NaN = unknown (e.g. days since the last call for a lead never called).
  std::array<float, kNumericFeatureCount> numeric{};
};

// Names in field order: "channel", ..., "stage_so_far", "queue_so_far"; "count_call", ...
const std::array<const char*, kCategoricalFeatureCount>& categoricalFeatureNames();
const std::array<const char*, kNumericFeatureCount>& numericFeatureNames();

// The features of `lead` as known at `snapshot` (seconds since epoch).
RawFeatures extractFeatures(const LeadRecord& lead, std::int64_t snapshot, const FunnelDefinition& funnel);

struct FeatureEncoderOptions {
  int minCategoryCount = 5;  // rarer values share the "other" slot of their field
  int maxBins = 16;          // quantile buckets per numeric field (DeepFM)
};

class FeatureEncoder {
 public:
  static FeatureEncoder fit(std::span<const RawFeatures> train, const FeatureEncoderOptions& options = {});

  // DeepFM: categorical fields then numeric fields, each one index into a table of
  // vocabularySize() rows. Per field, slot 0 is "unseen / other" and slot 1 (numeric) "missing".
  [[nodiscard]] int fieldCount() const { return kCategoricalFeatureCount + kNumericFeatureCount; }
  [[nodiscard]] std::int64_t vocabularySize() const { return m_vocabularySize; }
  void encodeFields(const RawFeatures& raw, std::int64_t* out) const;  // fieldCount() values

  // XGBoost: numeric fields as they are, then each categorical field as its code (0 = other);
  // NaN = missing.
  [[nodiscard]] int denseWidth() const { return kNumericFeatureCount + kCategoricalFeatureCount; }
  void encodeDense(const RawFeatures& raw, float* out) const;  // denseWidth() values
  [[nodiscard]] bool denseIsCategorical(int column) const { return column >= kNumericFeatureCount; }
  [[nodiscard]] int categoryCount(int categoricalField) const;  // codes are < this

 private:
  int categoryCode(int field, const std::string& value) const;

  std::array<std::vector<std::string>, kCategoricalFeatureCount> m_categories;  // sorted; code = index + 1
  std::array<std::vector<float>, kNumericFeatureCount> m_edges;                 // ascending bucket edges
  std::array<std::int64_t, kCategoricalFeatureCount + kNumericFeatureCount> m_offsets{};
  std::int64_t m_vocabularySize = 0;
};

}  // namespace ll::engine
