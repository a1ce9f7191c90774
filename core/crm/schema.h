#pragma once
// The canonical lead schema (DESIGN.md §3) and the header synonyms that map CRM columns
// onto it automatically, in English and Chinese.

#include <QString>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ll::crm {

enum class Field : int {
  // Lead profile (stored on the lead row).
  LeadId,
  CreatedAt,
  Channel,
  City,
  CityTier,
  StoreId,
  SpecialistId,
  SpecialistTier,
  ModelInterest,
  BudgetBand,
  CurrentVehicle,
  FinancingInterest,
  CustomerName,  // personal data: stored, never logged
  Phone,         // personal data: stored, never logged
  // Stage columns of a per-lead export (each becomes an interaction).
  LastCallAt,
  LastCallDuration,
  StoreVisitAt,
  TestDriveAt,
  QuoteAt,
  OrderAt,
  DefeatAt,
  DefeatReason,
  Converted,     // yes/no, won/lost, 1/0 -> order_lock or defeat
  OutcomeAt,     // date of the outcome in Converted
  Notes,         // free text about the lead (call notes, dialogue)
  NotesAt,
  // Columns of a per-interaction export.
  Kind,
  At,
  Duration,
  Text,
  Outcome,
};
inline constexpr int kFieldCount = static_cast<int>(Field::Outcome) + 1;

enum class FieldType { Text, DateTime, Duration, Flag, Kind };

// One row per lead (stage columns such as "test drive date") or one row per interaction.
enum class ExportShape { Auto, PerLead, PerInteraction };

const char* exportShapeName(ExportShape shape);  // "auto", "per-lead", "per-interaction"
std::optional<ExportShape> exportShapeFromName(std::string_view name);

enum class FieldGroup { Lead, Stage, Interaction };

struct FieldInfo {
  Field field;
  const char* key;    // canonical snake_case name, used in profiles and as the DB column
  FieldType type;
  FieldGroup group;
  const char* label;  // English label for the mapping UI (translated there)
};

const FieldInfo& fieldInfo(Field field);
std::span<const FieldInfo> allFields();
std::optional<Field> fieldFromKey(std::string_view key);

// Lowercases ASCII, removes spaces, punctuation, BOM and full-width brackets; keeps letters,
// digits and CJK. "Last Call Duration (s)" -> "lastcalldurations", " 线索ID " -> "线索id".
std::string normalizeHeader(std::string_view header);

// The field a header most likely means, from the synonym tables; nullopt when unknown.
// The shape decides between look-alikes: "Notes"/"备注" is Field::Notes in a per-lead export and
// Field::Text in a per-interaction one; "Duration"/"通话时长" is LastCallDuration or Duration;
// "Date"/"时间" is At in a per-interaction export and unknown in a per-lead one.
// With ExportShape::Auto the per-lead reading is used.
std::optional<Field> suggestField(std::string_view header, ExportShape shape = ExportShape::Auto);

}  // namespace ll::crm
