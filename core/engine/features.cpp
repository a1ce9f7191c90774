#include "engine/features.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace ll::engine {

namespace {

constexpr double kDay = 86400.0;
constexpr double kLongCallSeconds = 180.0;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

enum Numeric : int {
  CountFirst = 0,  // one per interaction kind
  CallsAnswered = 8,
  CallsUnanswered,
  CallsLong,
  CallSecondsMax,
  CallSecondsTotal,
  DaysSinceContact,
  DaysSinceCreated,
  DaysSinceCall,
  DaysSinceVisit,
  DaysSinceTestDrive,
  NotesWithText,
  TextBytes,
  StageGrade,
  DaysToFirstContact,
  ContactsLastWeek,
  InteractionsTotal,
};
static_assert(InteractionsTotal + 1 == kNumericFeatureCount);

bool isContact(InteractionKind kind) { return kind != InteractionKind::Defeat && kind != InteractionKind::Note; }

float days(std::int64_t from, std::int64_t to) { return static_cast<float>(static_cast<double>(to - from) / kDay); }

}  // namespace

const std::array<const char*, kCategoricalFeatureCount>& categoricalFeatureNames() {
  static const std::array<const char*, kCategoricalFeatureCount> names = {
      "channel",      "city",           "city_tier",   "store_id",       "specialist_id", "specialist_tier",
      "model_interest", "budget_band", "current_vehicle", "financing_interest", "stage_so_far", "queue_so_far"};
  return names;
}

const std::array<const char*, kNumericFeatureCount>& numericFeatureNames() {
  static const std::array<const char*, kNumericFeatureCount> names = {
      "count_call",        "count_message",      "count_store_visit",     "count_test_drive",
      "count_quote",       "count_order_lock",   "count_defeat",          "count_note",
      "calls_answered",    "calls_unanswered",   "calls_long",            "call_seconds_max",
      "call_seconds_total", "days_since_contact", "days_since_created",   "days_since_call",
      "days_since_visit",  "days_since_test_drive", "notes_with_text",    "text_bytes",
      "stage_grade_so_far", "days_to_first_contact", "contacts_last_7_days", "interactions_total"};
  return names;
}

RawFeatures extractFeatures(const LeadRecord& lead, std::int64_t snapshot, const FunnelDefinition& funnel) {
  // The lead as known at the snapshot: LeadRecord::cutAt drops later and undated interactions.
  const LeadRecord known = lead.cutAt(snapshot);
  RawFeatures f;
  f.categorical = {lead.channel,       lead.city,          lead.cityTier,      lead.storeId,
                   lead.specialistId,  lead.specialistTier, lead.modelInterest, lead.budgetBand,
                   lead.currentVehicle, lead.financingInterest, std::string(), std::string()};
  f.numeric.fill(0.0f);

  std::optional<std::int64_t> lastContact, lastCall, lastVisit, lastTestDrive, firstContact;
  for (const InteractionRecord& it : known.interactions) {
    const std::int64_t at = *it.at;  // cutAt keeps dated interactions only
    f.numeric[CountFirst + static_cast<int>(it.kind)] += 1.0f;
    f.numeric[InteractionsTotal] += 1.0f;
    if (!it.text.empty()) {
      f.numeric[NotesWithText] += 1.0f;
      f.numeric[TextBytes] += static_cast<float>(it.text.size());
    }
    if (it.kind == InteractionKind::Call) {
      const double seconds = it.durationS.value_or(0.0);
      if (seconds > 0) f.numeric[CallsAnswered] += 1.0f;
      else f.numeric[CallsUnanswered] += 1.0f;
      if (seconds >= kLongCallSeconds) f.numeric[CallsLong] += 1.0f;
      f.numeric[CallSecondsMax] = std::max(f.numeric[CallSecondsMax], static_cast<float>(seconds));
      f.numeric[CallSecondsTotal] += static_cast<float>(seconds);
      lastCall = std::max(lastCall.value_or(at), at);
    }
    if (it.kind == InteractionKind::StoreVisit) lastVisit = std::max(lastVisit.value_or(at), at);
    if (it.kind == InteractionKind::TestDrive) lastTestDrive = std::max(lastTestDrive.value_or(at), at);
    if (isContact(it.kind)) {
      lastContact = std::max(lastContact.value_or(at), at);
      firstContact = std::min(firstContact.value_or(at), at);
      if (snapshot - at <= 7 * 86400) f.numeric[ContactsLastWeek] += 1.0f;
    }
  }
  const auto since = [&](const std::optional<std::int64_t>& t) { return t ? days(*t, snapshot) : kNaN; };
  f.numeric[DaysSinceContact] = since(lastContact);
  f.numeric[DaysSinceCall] = since(lastCall);
  f.numeric[DaysSinceVisit] = since(lastVisit);
  f.numeric[DaysSinceTestDrive] = since(lastTestDrive);
  f.numeric[DaysSinceCreated] = lead.createdAt ? days(*lead.createdAt, snapshot) : kNaN;
  f.numeric[DaysToFirstContact] = lead.createdAt && firstContact ? days(*lead.createdAt, *firstContact) : kNaN;

  const int stage = funnel.stageOf(known.interactions);
  if (stage >= 0 && stage < static_cast<int>(funnel.stages().size())) {
    f.categorical[10] = funnel.stages()[static_cast<std::size_t>(stage)].name;
    f.numeric[StageGrade] = static_cast<float>(funnel.stages()[static_cast<std::size_t>(stage)].grade);
  }
  f.categorical[11] = funnel.queueOf(known);
  return f;
}

FeatureEncoder FeatureEncoder::fit(std::span<const RawFeatures> train, const FeatureEncoderOptions& options) {
  FeatureEncoder e;
  for (int c = 0; c < kCategoricalFeatureCount; ++c) {
    std::map<std::string, std::int64_t> counts;
    for (const RawFeatures& r : train) ++counts[r.categorical[static_cast<std::size_t>(c)]];
    auto& cats = e.m_categories[static_cast<std::size_t>(c)];
    for (const auto& [value, count] : counts)
      if (count >= options.minCategoryCount) cats.push_back(value);  // std::map: already sorted
  }
  const int bins = std::max(2, options.maxBins);
  std::vector<float> values;
  for (int n = 0; n < kNumericFeatureCount; ++n) {
    values.clear();
    for (const RawFeatures& r : train) {
      const float v = r.numeric[static_cast<std::size_t>(n)];
      if (!std::isnan(v)) values.push_back(v);
    }
    auto& edges = e.m_edges[static_cast<std::size_t>(n)];
    if (values.empty()) continue;
    std::sort(values.begin(), values.end());
    for (int b = 1; b < bins; ++b) {
      const float edge = values[std::min(values.size() - 1, values.size() * static_cast<std::size_t>(b) /
                                                                 static_cast<std::size_t>(bins))];
      if (edges.empty() || edge > edges.back()) edges.push_back(edge);
    }
  }
  std::int64_t offset = 0;
  for (int c = 0; c < kCategoricalFeatureCount; ++c) {
    e.m_offsets[static_cast<std::size_t>(c)] = offset;
    offset += static_cast<std::int64_t>(e.m_categories[static_cast<std::size_t>(c)].size()) + 1;
  }
  for (int n = 0; n < kNumericFeatureCount; ++n) {
    e.m_offsets[static_cast<std::size_t>(kCategoricalFeatureCount + n)] = offset;
    // slot 0 unused (keeps "0 = other" uniform), 1 missing, 2.. the buckets (edges + 1 of them)
    offset += static_cast<std::int64_t>(e.m_edges[static_cast<std::size_t>(n)].size()) + 3;
  }
  e.m_vocabularySize = offset;
  return e;
}

int FeatureEncoder::categoryCode(int field, const std::string& value) const {
  const auto& cats = m_categories[static_cast<std::size_t>(field)];
  const auto it = std::lower_bound(cats.begin(), cats.end(), value);
  return it != cats.end() && *it == value ? static_cast<int>(it - cats.begin()) + 1 : 0;
}

int FeatureEncoder::categoryCount(int categoricalField) const {
  return static_cast<int>(m_categories[static_cast<std::size_t>(categoricalField)].size()) + 1;
}

void FeatureEncoder::encodeFields(const RawFeatures& raw, std::int64_t* out) const {
  for (int c = 0; c < kCategoricalFeatureCount; ++c)
    out[c] = m_offsets[static_cast<std::size_t>(c)] + categoryCode(c, raw.categorical[static_cast<std::size_t>(c)]);
  for (int n = 0; n < kNumericFeatureCount; ++n) {
    const float v = raw.numeric[static_cast<std::size_t>(n)];
    const auto& edges = m_edges[static_cast<std::size_t>(n)];
    std::int64_t slot = 1;
    if (!std::isnan(v)) slot = 2 + (std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
    out[kCategoricalFeatureCount + n] = m_offsets[static_cast<std::size_t>(kCategoricalFeatureCount + n)] + slot;
  }
}

void FeatureEncoder::encodeDense(const RawFeatures& raw, float* out) const {
  for (int n = 0; n < kNumericFeatureCount; ++n) out[n] = raw.numeric[static_cast<std::size_t>(n)];
  for (int c = 0; c < kCategoricalFeatureCount; ++c)
    out[kNumericFeatureCount + c] = static_cast<float>(categoryCode(c, raw.categorical[static_cast<std::size_t>(c)]));
}

}  // namespace ll::engine
