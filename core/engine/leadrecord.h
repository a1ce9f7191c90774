#pragma once
// One lead as the engine sees it: the profile fields of the lead schema (DESIGN.md §3) and its
// interactions in time order. Plain C++ (no Qt, no torch): core/crm fills it from the workspace,
// the serializer turns it into text, the trainer cuts it at a snapshot time, the baselines turn it
// into features.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ll::engine {

// The workspace's interaction kinds, in the same order as ll::crm::InteractionKind.
enum class InteractionKind : std::uint8_t { Call, Message, StoreVisit, TestDrive, Quote, OrderLock, Defeat, Note };
inline constexpr int kInteractionKindCount = 8;

// "call", "message", "store_visit", "test_drive", "quote", "order_lock", "defeat", "note".
inline const char* interactionKindName(InteractionKind kind) {
  constexpr const char* names[] = {"call", "message", "store_visit", "test_drive",
                                   "quote", "order_lock", "defeat", "note"};
  const auto index = static_cast<std::size_t>(kind);
  return index < std::size(names) ? names[index] : "note";
}

inline std::optional<InteractionKind> interactionKindFromName(std::string_view name) {
  for (int i = 0; i < kInteractionKindCount; ++i) {
    const auto kind = static_cast<InteractionKind>(i);
    if (name == interactionKindName(kind)) return kind;
  }
  return std::nullopt;
}

struct InteractionRecord {
  InteractionKind kind = InteractionKind::Note;
  std::optional<std::int64_t> at;         // seconds since epoch (wall time); unknown for some exports
  std::optional<double> durationS;        // calls: talk time; 0 = not answered
  std::string text;                       // note, transcript or message (UTF-8)
  std::string outcome;                    // the CRM's own result wording, if any
};

struct LeadRecord {
  std::int64_t rowId = 0;                 // the workspace's internal id (leads.id)
  std::string leadId;                     // the CRM's id
  std::optional<std::int64_t> createdAt;
  std::string channel, city, cityTier, storeId, specialistId, specialistTier, modelInterest,
      budgetBand, currentVehicle, financingInterest;
  std::vector<std::pair<std::string, std::string>> attributes;  // imported extra columns, by key
  // Sorted by time (undated ones last, in import order).
  std::vector<InteractionRecord> interactions;

  // The lead as it was known at `snapshot`: interactions dated after it, and undated ones
  // (which cannot be placed), are left out. The profile is kept as imported.
  [[nodiscard]] LeadRecord cutAt(std::int64_t snapshot) const {
    LeadRecord copy;
    copy.rowId = rowId;
    copy.leadId = leadId;
    copy.createdAt = createdAt;
    copy.channel = channel;
    copy.city = city;
    copy.cityTier = cityTier;
    copy.storeId = storeId;
    copy.specialistId = specialistId;
    copy.specialistTier = specialistTier;
    copy.modelInterest = modelInterest;
    copy.budgetBand = budgetBand;
    copy.currentVehicle = currentVehicle;
    copy.financingInterest = financingInterest;
    copy.attributes = attributes;
    for (const auto& interaction : interactions)
      if (interaction.at && *interaction.at <= snapshot) copy.interactions.push_back(interaction);
    return copy;
  }
};

// Orders interactions by time, undated last, keeping the given order among equals.
inline void sortInteractions(std::vector<InteractionRecord>& interactions) {
  std::stable_sort(interactions.begin(), interactions.end(), [](const InteractionRecord& a, const InteractionRecord& b) {
    if (a.at.has_value() != b.at.has_value()) return a.at.has_value();
    return a.at.has_value() && *a.at < *b.at;
  });
}

}  // namespace ll::engine
