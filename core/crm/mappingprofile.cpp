#include "crm/mappingprofile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace ll::crm {
namespace {

constexpr auto kFormatName = "leadladder-mapping";
// A profile is a few kilobytes; anything this large is not one and is not worth parsing.
constexpr qint64 kMaxProfileBytes = 4 * 1024 * 1024;

QString toQString(std::string_view text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStd(const QString& text) {
  const QByteArray utf8 = text.toUtf8();
  return {utf8.constData(), static_cast<std::size_t>(utf8.size())};
}

const char* dateOrderName(DateOrder order) {
  switch (order) {
    case DateOrder::Auto:
      return "auto";
    case DateOrder::DayFirst:
      return "day-first";
    case DateOrder::MonthFirst:
      return "month-first";
  }
  return "auto";
}

std::optional<DateOrder> dateOrderFromName(const QString& name) {
  for (DateOrder o : {DateOrder::Auto, DateOrder::DayFirst, DateOrder::MonthFirst}) {
    if (name == QLatin1StringView(dateOrderName(o))) return o;
  }
  return std::nullopt;
}

// The field labels of schema.cpp, for lupdate: messages name fields in the UI language.
[[maybe_unused]] constexpr std::array kFieldLabels{
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Lead ID"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Created at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Channel"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "City"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "City tier"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Store"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Specialist"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Specialist tier"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Model of interest"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Budget band"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Current vehicle"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Financing interest"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Customer name"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Phone"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Last call at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Last call duration (s)"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Store visit at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Test drive at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Quote at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Order at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Defeat at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Defeat reason"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Converted"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Outcome at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Notes"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Notes at"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Interaction kind"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Interaction time"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Duration (s)"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Text"),
    QT_TRANSLATE_NOOP("ll::crm::MappingProfile", "Outcome"),
};

QString fieldLabel(Field field) {
  return QCoreApplication::translate("ll::crm::MappingProfile", fieldInfo(field).label);
}

std::unexpected<Error> badProfile(const QString& message) {
  return fail(ErrorCode::BadFormat, message);
}

// Reads an optional string member; absent or null = empty.
Result<QString> stringMember(const QJsonObject& json, const QString& key, const QString& path) {
  const QJsonValue v = json.value(key);
  if (v.isUndefined() || v.isNull()) return QString();
  if (!v.isString())
    return badProfile(
        QCoreApplication::translate("ll::crm::MappingProfile", "%1: expected a string").arg(path));
  return v.toString();
}

QString shownHeader(const QString& header) {
  return header.isEmpty() ? QCoreApplication::translate("ll::crm::MappingProfile", "(empty header)") : header;
}

QString quotedList(const QStringList& items) {
  QStringList quoted;
  quoted.reserve(items.size());
  for (const QString& item : items) quoted << u"'"_s + shownHeader(item) + u"'"_s;
  return quoted.join(u", "_s);
}

// "a", "a and b", "a, b and c".
QString joinedWithAnd(const QStringList& items) {
  if (items.size() <= 1) return items.join(QString());
  return QCoreApplication::translate("ll::crm::MappingProfile", "%1 and %2")
      .arg(items.first(items.size() - 1).join(u", "_s), items.last());
}

}  // namespace

MappingProfile MappingProfile::suggest(const std::vector<std::string>& header) {
  MappingProfile profile;
  profile.sourceKey = headerSignature(header);
  // One row per interaction needs both what happened and when; a lone "Type" column in a
  // per-lead export (a lead type) must not flip the shape.
  bool hasKind = false;
  bool hasTime = false;
  for (const std::string& cell : header) {
    const auto field = suggestField(cell, ExportShape::PerInteraction);
    hasKind |= field == Field::Kind;
    hasTime |= field == Field::At;
  }
  profile.shape = hasKind && hasTime ? ExportShape::PerInteraction : ExportShape::PerLead;
  std::array<bool, kFieldCount> taken{};
  profile.columns.reserve(header.size());
  for (const std::string& cell : header) {
    ColumnMapping column;
    column.header = toQString(trimCell(cell));
    const std::optional<Field> field = suggestField(cell, profile.shape);
    if (field && !taken[static_cast<std::size_t>(*field)]) {
      taken[static_cast<std::size_t>(*field)] = true;
      column.field = field;
    }
    profile.columns.push_back(std::move(column));
  }
  return profile;
}

QJsonObject MappingProfile::toJson() const {
  QJsonArray cols;
  for (const ColumnMapping& c : columns) {
    QJsonObject o;
    o.insert(u"header"_s, c.header);
    o.insert(u"field"_s,
             c.field ? QJsonValue(QLatin1StringView(fieldInfo(*c.field).key)) : QJsonValue(QJsonValue::Null));
    o.insert(u"ignore"_s, c.ignore);
    cols.append(o);
  }
  QJsonObject json;
  json.insert(u"format"_s, QLatin1StringView(kFormatName));
  json.insert(u"version"_s, kFormatVersion);
  json.insert(u"name"_s, name);
  json.insert(u"sourceKey"_s, sourceKey);
  json.insert(u"shape"_s, QLatin1StringView(exportShapeName(shape)));
  json.insert(u"dateOrder"_s, QLatin1StringView(dateOrderName(dateOrder)));
  json.insert(u"encoding"_s, encoding);
  json.insert(u"delimiter"_s, delimiter);
  json.insert(u"sheet"_s, sheet);
  if (headerRow > 1) json.insert(u"headerRow"_s, headerRow);
  json.insert(u"columns"_s, cols);
  return json;
}

Result<MappingProfile> MappingProfile::fromJson(const QJsonObject& json) {
  if (json.value(u"format"_s).toString() != QLatin1StringView(kFormatName)) {
    return badProfile(
        QCoreApplication::translate("ll::crm::MappingProfile",
                                    "format: not a LeadLadder mapping profile (expected \"%1\")")
            .arg(QLatin1StringView(kFormatName)));
  }
  const QJsonValue version = json.value(u"version"_s);
  if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
    return badProfile(
        QCoreApplication::translate("ll::crm::MappingProfile", "version: expected a whole number from 1"));
  }
  if (version.toDouble() > kFormatVersion) {
    return badProfile(QCoreApplication::translate(
                          "ll::crm::MappingProfile",
                          "This mapping profile was made by a newer LeadLadder (format version %1; this "
                          "one reads version %2): update LeadLadder to use it")
                          .arg(QString::number(version.toDouble()), QString::number(kFormatVersion)));
  }

  MappingProfile p;
  const std::array<std::pair<QString, QString*>, 5> strings{{{u"name"_s, &p.name},
                                                             {u"sourceKey"_s, &p.sourceKey},
                                                             {u"encoding"_s, &p.encoding},
                                                             {u"delimiter"_s, &p.delimiter},
                                                             {u"sheet"_s, &p.sheet}}};
  for (const auto& [key, target] : strings) {
    auto value = stringMember(json, key, key);
    if (!value) return std::unexpected(value.error());
    *target = *value;
  }
  if (p.delimiter.size() > 1)
    return badProfile(
        QCoreApplication::translate("ll::crm::MappingProfile", "delimiter: expected one character, got '%1'")
            .arg(p.delimiter));

  if (const QJsonValue row = json.value(u"headerRow"_s); !row.isUndefined() && !row.isNull()) {
    if (!row.isDouble() || row.toDouble() != std::floor(row.toDouble()) || row.toDouble() < 1 ||
        row.toDouble() > 1'000'000)
      return badProfile(QCoreApplication::translate("ll::crm::MappingProfile",
                                                    "headerRow: expected a whole number from 1 (the header's row)"));
    p.headerRow = static_cast<qint64>(row.toDouble());
  }

  const auto shapeName = stringMember(json, u"shape"_s, u"shape"_s);
  if (!shapeName) return std::unexpected(shapeName.error());
  if (!shapeName->isEmpty()) {
    const std::optional<ExportShape> s = exportShapeFromName(toStd(*shapeName));
    if (!s) {
      return badProfile(
          QCoreApplication::translate("ll::crm::MappingProfile",
                                      "shape: '%1' is not one of auto, per-lead, per-interaction")
              .arg(*shapeName));
    }
    p.shape = *s;
  }
  const auto orderName = stringMember(json, u"dateOrder"_s, u"dateOrder"_s);
  if (!orderName) return std::unexpected(orderName.error());
  if (!orderName->isEmpty()) {
    const std::optional<DateOrder> o = dateOrderFromName(*orderName);
    if (!o)
      return badProfile(
          QCoreApplication::translate("ll::crm::MappingProfile",
                                      "dateOrder: '%1' is not one of auto, day-first, month-first")
              .arg(*orderName));
    p.dateOrder = *o;
  }

  const QJsonValue columnsValue = json.value(u"columns"_s);
  if (!columnsValue.isUndefined() && !columnsValue.isNull() && !columnsValue.isArray()) {
    return badProfile(QCoreApplication::translate("ll::crm::MappingProfile", "columns: expected an array"));
  }
  const QJsonArray cols = columnsValue.toArray();
  p.columns.reserve(static_cast<std::size_t>(cols.size()));
  for (qsizetype i = 0; i < cols.size(); ++i) {
    const QString at = u"columns[%1]"_s.arg(i);
    if (!cols.at(i).isObject())
      return badProfile(
          QCoreApplication::translate("ll::crm::MappingProfile", "%1: expected an object").arg(at));
    const QJsonObject o = cols.at(i).toObject();
    ColumnMapping c;
    const QJsonValue header = o.value(u"header"_s);
    if (!header.isString()) {
      return badProfile(
          QCoreApplication::translate("ll::crm::MappingProfile", "%1.header: expected a string").arg(at));
    }
    c.header = header.toString();
    const QJsonValue field = o.value(u"field"_s);
    if (field.isString()) {
      const QString key = field.toString();
      c.field = fieldFromKey(toStd(key));
      if (!c.field) {
        return badProfile(
            QCoreApplication::translate("ll::crm::MappingProfile", "%1.field: '%2' is not a lead field")
                .arg(at, key));
      }
    } else if (!field.isNull() && !field.isUndefined()) {
      return badProfile(
          QCoreApplication::translate("ll::crm::MappingProfile", "%1.field: expected a field name or null")
              .arg(at));
    }
    const QJsonValue ignore = o.value(u"ignore"_s);
    if (ignore.isBool()) {
      c.ignore = ignore.toBool();
    } else if (!ignore.isUndefined() && !ignore.isNull()) {
      return badProfile(
          QCoreApplication::translate("ll::crm::MappingProfile", "%1.ignore: expected true or false")
              .arg(at));
    }
    p.columns.push_back(std::move(c));
  }
  return p;
}

Result<MappingProfile> MappingProfile::load(const QString& path) {
  QFile file(path);
  if (!file.exists()) {
    return fail(ErrorCode::FileNotFound,
                QCoreApplication::translate("ll::crm::MappingProfile", "The mapping profile does not exist"),
                path);
  }
  if (!file.open(QIODevice::ReadOnly)) {
    return fail(ErrorCode::FileUnreadable,
                QCoreApplication::translate("ll::crm::MappingProfile", "Cannot read the mapping profile: %1")
                    .arg(file.errorString()),
                path);
  }
  if (file.size() > kMaxProfileBytes) {
    return fail(
        ErrorCode::Unsafe,
        QCoreApplication::translate("ll::crm::MappingProfile", "Too large to be a mapping profile (%1 bytes)")
            .arg(file.size()),
        path);
  }
  const QByteArray bytes = file.readAll();
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    return fail(
        ErrorCode::BadFormat,
        QCoreApplication::translate("ll::crm::MappingProfile", "Not a valid mapping profile: %1 at byte %2")
            .arg(parseError.errorString(), QString::number(parseError.offset)),
        path);
  }
  if (!doc.isObject())
    return fail(ErrorCode::BadFormat,
                QCoreApplication::translate("ll::crm::MappingProfile",
                                            "Not a mapping profile: expected a JSON object"),
                path);
  Result<MappingProfile> profile = fromJson(doc.object());
  if (!profile) profile.error().file = path;
  return profile;
}

Result<void> MappingProfile::save(const QString& path) const {
  const QFileInfo info(path);
  if (!QDir().mkpath(info.absolutePath())) {
    return fail(ErrorCode::FileUnreadable,
                QCoreApplication::translate("ll::crm::MappingProfile",
                                            "Cannot create the folder for the mapping profile"),
                path);
  }
  // QSaveFile writes a temporary file and renames it on commit: a crash or a full disk never
  // leaves a half-written profile in place of a good one.
  QSaveFile file(path);
  const auto cannotWrite = [&file, &path] {
    return fail(ErrorCode::FileUnreadable,
                QCoreApplication::translate("ll::crm::MappingProfile", "Cannot write the mapping profile: %1")
                    .arg(file.errorString()),
                path);
  };
  if (!file.open(QIODevice::WriteOnly)) return cannotWrite();
  const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
  if (file.write(bytes) != bytes.size() || !file.commit()) return cannotWrite();
  return {};
}

ExportShape MappingProfile::resolvedShape() const {
  if (shape != ExportShape::Auto) return shape;
  for (const ColumnMapping& c : columns) {
    if (!c.ignore && c.field == Field::Kind) return ExportShape::PerInteraction;
  }
  return ExportShape::PerLead;
}

Result<std::vector<ColumnMapping>> MappingProfile::bind(const std::vector<std::string>& header,
                                                        const QString& fileName) const {
  const std::size_t n = header.size();
  std::vector<QString> texts(n);
  std::vector<std::string> keys(n);
  for (std::size_t i = 0; i < n; ++i) {
    texts[i] = toQString(trimCell(header[i]));
    keys[i] = normalizeHeader(header[i]);
  }

  // Profile column -> file column: the exact header first, then the same normalized header, so
  // a report re-exported with other capitals or spacing still fits. Repeated headers pair up
  // in order.
  constexpr std::size_t kUnbound = static_cast<std::size_t>(-1);
  std::vector<std::size_t> profileColumnOf(n, kUnbound);
  std::vector<bool> bound(columns.size(), false);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t pc = 0; pc < columns.size(); ++pc) {
      if (bound[pc]) continue;
      const QString wanted = columns[pc].header.trimmed();
      const std::string wantedKey = pass == 0 ? std::string() : normalizeHeader(toStd(wanted));
      for (std::size_t i = 0; i < n; ++i) {
        if (profileColumnOf[i] != kUnbound) continue;
        if (pass == 0 ? texts[i] == wanted : keys[i] == wantedKey) {
          profileColumnOf[i] = pc;
          bound[pc] = true;
          break;
        }
      }
    }
  }
  QStringList missing;
  for (std::size_t pc = 0; pc < columns.size(); ++pc) {
    if (!bound[pc]) missing << columns[pc].header;
  }
  if (!missing.isEmpty()) {
    const QString profileName = name.isEmpty() ? QString() : u" '%1'"_s.arg(name);
    return fail(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("ll::crm::MappingProfile",
                                    "The file lacks %1 the mapping profile%2 expects: %3. Choose another "
                                    "profile or map the columns again")
            .arg(missing.size() == 1 ? QCoreApplication::translate("ll::crm::MappingProfile", "a column")
                                     : QCoreApplication::translate("ll::crm::MappingProfile", "columns"),
                 profileName, quotedList(missing)),
        fileName);
  }

  std::vector<ColumnMapping> result(n);
  std::array<std::size_t, kFieldCount> ownerOf{};
  ownerOf.fill(kUnbound);
  for (std::size_t i = 0; i < n; ++i) {
    if (profileColumnOf[i] == kUnbound) continue;
    const ColumnMapping& pc = columns[profileColumnOf[i]];
    result[i] = ColumnMapping{texts[i], pc.field, pc.ignore};
    if (pc.ignore || !pc.field) continue;
    std::size_t& owner = ownerOf[static_cast<std::size_t>(*pc.field)];
    if (owner != kUnbound) {
      return fail(
          ErrorCode::InvalidArgument,
          QCoreApplication::translate("ll::crm::MappingProfile",
                                      "Columns '%1' and '%2' are both mapped to %3: map one of them to "
                                      "another field or ignore it")
              .arg(shownHeader(texts[owner]), shownHeader(texts[i]), fieldLabel(*pc.field)),
          fileName, 0, texts[i]);
    }
    owner = i;
  }

  // Columns new to this profile get the same suggestion a fresh import would, minus the
  // fields the profile already assigns.
  const ExportShape shapeForNew = resolvedShape();
  for (std::size_t i = 0; i < n; ++i) {
    if (profileColumnOf[i] != kUnbound) continue;
    result[i].header = texts[i];
    const std::optional<Field> field = suggestField(header[i], shapeForNew);
    if (field && ownerOf[static_cast<std::size_t>(*field)] == kUnbound) {
      ownerOf[static_cast<std::size_t>(*field)] = i;
      result[i].field = field;
    }
  }

  const auto mapped = [&](Field f) { return ownerOf[static_cast<std::size_t>(f)] != kUnbound; };
  ExportShape effective = shape;
  if (effective == ExportShape::Auto)
    effective = mapped(Field::Kind) ? ExportShape::PerInteraction : ExportShape::PerLead;
  if (effective == ExportShape::PerInteraction) {
    QStringList lacking;
    for (Field f : {Field::LeadId, Field::Kind, Field::At}) {
      if (!mapped(f)) lacking << fieldLabel(f);
    }
    if (!lacking.isEmpty()) {
      return fail(
          ErrorCode::InvalidArgument,
          QCoreApplication::translate("ll::crm::MappingProfile",
                                      "A per-interaction export needs columns for Lead ID, Interaction kind "
                                      "and Interaction time: map a column to %1")
              .arg(joinedWithAnd(lacking)),
          fileName);
    }
  } else {
    const bool any =
        std::any_of(ownerOf.begin(), ownerOf.end(), [&](std::size_t o) { return o != kUnbound; });
    if (!any) {
      return fail(
          ErrorCode::InvalidArgument,
          QCoreApplication::translate("ll::crm::MappingProfile",
                                      "No column is mapped to a lead field: map at least one column (the "
                                      "lead ID if the export has one)"),
          fileName);
    }
  }
  return result;
}

QString headerSignature(const std::vector<std::string>& header) {
  QCryptographicHash hash(QCryptographicHash::Sha256);
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (i > 0) hash.addData(QByteArrayView("\x1f", 1));
    const std::string key = normalizeHeader(header[i]);
    hash.addData(QByteArrayView(key.data(), static_cast<qsizetype>(key.size())));
  }
  return QString::fromLatin1(hash.result().toHex().left(16));
}

}  // namespace ll::crm
