#pragma once
// A mapping profile says how one CRM's export maps onto the lead schema: which column is which
// field, the export's shape, date order, encoding and delimiter. Saved as JSON and reused for
// the next export from the same source (recognised by its header signature).

#include "common/error.h"
#include "crm/schema.h"
#include "crm/values.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace ll::crm {

struct ColumnMapping {
  QString header;              // exactly as in the file (trimmed)
  std::optional<Field> field;  // nullopt: kept as a free attribute (never dropped silently)
  bool ignore = false;         // the user chose to leave this column out; reported as such
};

struct MappingProfile {
  static constexpr int kFormatVersion = 1;

  QString name;        // shown to the user; defaults to the file's base name
  QString sourceKey;   // header signature (see headerSignature); identifies the source
  ExportShape shape = ExportShape::Auto;
  DateOrder dateOrder = DateOrder::Auto;
  QString encoding;    // empty = sniff
  QString delimiter;   // empty = sniff; one character otherwise ("\t" for tab)
  QString sheet;       // .xlsx: sheet name; empty = every sheet that maps
  qint64 headerRow = 1;  // spreadsheet row of the header; the rows above it are title lines
  std::vector<ColumnMapping> columns;

  // Auto-mapping of a header by the synonym tables: first decides the shape (a column that
  // suggests Field::Kind makes it per-interaction), then maps each column for that shape.
  // A field claimed by two columns goes to the first; the second is kept as an attribute.
  static MappingProfile suggest(const std::vector<std::string>& header);

  [[nodiscard]] QJsonObject toJson() const;
  // Validates names, versions and types; the message says what is wrong in the JSON.
  static Result<MappingProfile> fromJson(const QJsonObject& json);
  static Result<MappingProfile> load(const QString& path);
  Result<void> save(const QString& path) const;

  // The shape this profile resolves to: Auto -> PerInteraction when a Kind column is mapped,
  // else PerLead.
  [[nodiscard]] ExportShape resolvedShape() const;

  // Applies this profile to an actual header: the mapping for each header column in order.
  // Columns of the file that the profile does not mention are suggested afresh; columns the
  // profile names that the file lacks are an error. The result is checked: per-interaction
  // needs lead id, kind and time; per-lead needs something that identifies a lead.
  Result<std::vector<ColumnMapping>> bind(const std::vector<std::string>& header,
                                          const QString& fileName) const;
};

// Hex digest of the normalized header cells in order; equal for exports of the same CRM report.
QString headerSignature(const std::vector<std::string>& header);

}  // namespace ll::crm
