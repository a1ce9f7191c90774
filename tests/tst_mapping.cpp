// The lead schema, header normalization and synonyms, and mapping profiles (JSON, files, binding
// a profile to an actual header).

#include "crm/mappingprofile.h"
#include "crm/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace ll;
using namespace ll::crm;

namespace {

std::string utf8(const QString& s) {
  return s.toStdString();
}

std::vector<std::string> headerOf(const QStringList& cells) {
  std::vector<std::string> out;
  for (const QString& c : cells) out.push_back(utf8(c));
  return out;
}

constexpr int kNone = -1;
int fieldCode(std::optional<Field> f) {
  return f ? static_cast<int>(*f) : kNone;
}
int code(Field f) {
  return static_cast<int>(f);
}

QString describe(const std::vector<ColumnMapping>& columns) {
  QStringList parts;
  for (const ColumnMapping& c : columns) {
    parts << u"%1=%2%3"_s.arg(c.header, c.field ? QLatin1StringView(fieldInfo(*c.field).key) : u"-"_s,
                              c.ignore ? u"(ignored)"_s : QString());
  }
  return parts.join(u", "_s);
}

void compareProfiles(const MappingProfile& a, const MappingProfile& b) {
  QCOMPARE(a.name, b.name);
  QCOMPARE(a.sourceKey, b.sourceKey);
  QCOMPARE(a.shape, b.shape);
  QCOMPARE(a.dateOrder, b.dateOrder);
  QCOMPARE(a.encoding, b.encoding);
  QCOMPARE(a.delimiter, b.delimiter);
  QCOMPARE(a.sheet, b.sheet);
  QCOMPARE(a.columns.size(), b.columns.size());
  for (std::size_t i = 0; i < a.columns.size(); ++i) {
    QCOMPARE(a.columns[i].header, b.columns[i].header);
    QCOMPARE(fieldCode(a.columns[i].field), fieldCode(b.columns[i].field));
    QCOMPARE(a.columns[i].ignore, b.columns[i].ignore);
  }
}

MappingProfile sampleProfile() {
  MappingProfile p;
  p.name = u"DMS weekly export"_s;
  p.sourceKey = u"0123456789abcdef"_s;
  p.shape = ExportShape::PerInteraction;
  p.dateOrder = DateOrder::DayFirst;
  p.encoding = u"GB18030"_s;
  p.delimiter = u"\t"_s;
  p.sheet = u"跟进记录"_s;
  p.columns = {{u"线索编号"_s, Field::LeadId, false}, {u"跟进方式"_s, Field::Kind, false},
               {u"跟进时间"_s, Field::At, false},     {u"内容"_s, Field::Text, false},
               {u"客户星级"_s, std::nullopt, false},  {u"内部备注"_s, std::nullopt, true}};
  return p;
}

QJsonObject jsonOf(const QString& text) {
  return QJsonDocument::fromJson(text.toUtf8()).object();
}

}  // namespace

class TestMapping : public QObject {
  Q_OBJECT

 private slots:
  void fieldTable();
  void exportShapeNames();
  void normalizeHeader_data();
  void normalizeHeader();
  void suggestField_data();
  void suggestField();
  void suggestSalesforcePerLead();
  void suggestChinesePerLead();
  void suggestPerInteraction_data();
  void suggestPerInteraction();
  void suggestKeepsFirstOfDuplicates();
  void jsonRoundTrip();
  void jsonFormat();
  void fromJsonErrors_data();
  void fromJsonErrors();
  void fromJsonDefaults();
  void saveLoadRoundTrip();
  void loadErrors();
  void saveError();
  void resolvedShape();
  void bindSameHeader();
  void bindReorderedAndRecased();
  void bindSuggestsNewColumns();
  void bindMissingColumns();
  void bindDuplicateField();
  void bindIgnoredDoesNotClash();
  void bindPerInteractionRequired();
  void bindPerLeadNeedsAField();
  void bindPerLeadWithoutLeadId();
  void headerSignature();
};

void TestMapping::fieldTable() {
  const auto fields = allFields();
  QCOMPARE(static_cast<int>(fields.size()), kFieldCount);
  QSet<QString> keys;
  for (int i = 0; i < kFieldCount; ++i) {
    const auto field = static_cast<Field>(i);
    const FieldInfo& info = fieldInfo(field);
    QCOMPARE(info.field, field);
    QCOMPARE(&fields[static_cast<std::size_t>(i)], &info);
    QVERIFY(info.label && *info.label);
    const QString key = QLatin1StringView(info.key);
    QVERIFY2(!keys.contains(key), qPrintable(key));
    keys.insert(key);
    QCOMPARE(fieldCode(fieldFromKey(info.key)), i);
  }
  // DESIGN.md §3 names; the store uses them as column names.
  for (const char* k : {"lead_id",
                        "created_at",
                        "channel",
                        "city",
                        "city_tier",
                        "store_id",
                        "specialist_id",
                        "specialist_tier",
                        "model_interest",
                        "budget_band",
                        "current_vehicle",
                        "financing_interest",
                        "customer_name",
                        "phone",
                        "last_call_at",
                        "last_call_duration_s",
                        "store_visit_at",
                        "test_drive_at",
                        "quote_at",
                        "order_at",
                        "defeat_at",
                        "defeat_reason",
                        "converted",
                        "outcome_at",
                        "notes",
                        "notes_at",
                        "kind",
                        "at",
                        "duration_s",
                        "text",
                        "outcome"}) {
    QVERIFY2(keys.contains(QLatin1StringView(k)), k);
  }
  QCOMPARE(fieldInfo(Field::CreatedAt).type, FieldType::DateTime);
  QCOMPARE(fieldInfo(Field::LastCallDuration).type, FieldType::Duration);
  QCOMPARE(fieldInfo(Field::Duration).type, FieldType::Duration);
  QCOMPARE(fieldInfo(Field::Converted).type, FieldType::Flag);
  QCOMPARE(fieldInfo(Field::Kind).type, FieldType::Kind);
  QCOMPARE(fieldInfo(Field::Phone).group, FieldGroup::Lead);
  QCOMPARE(fieldInfo(Field::TestDriveAt).group, FieldGroup::Stage);
  QCOMPARE(fieldInfo(Field::At).group, FieldGroup::Interaction);
  QVERIFY(!fieldFromKey("foo"));
  QVERIFY(!fieldFromKey("Lead_ID"));
  QVERIFY(!fieldFromKey(""));
}

void TestMapping::exportShapeNames() {
  for (ExportShape s : {ExportShape::Auto, ExportShape::PerLead, ExportShape::PerInteraction}) {
    QCOMPARE(exportShapeFromName(exportShapeName(s)), s);
  }
  QCOMPARE(QLatin1StringView(exportShapeName(ExportShape::PerLead)), u"per-lead"_s);
  QCOMPARE(QLatin1StringView(exportShapeName(ExportShape::PerInteraction)), u"per-interaction"_s);
  QVERIFY(!exportShapeFromName("sideways"));
  QVERIFY(!exportShapeFromName(""));
}

void TestMapping::normalizeHeader_data() {
  QTest::addColumn<QString>("header");
  QTest::addColumn<QString>("expected");
  QTest::newRow("doc example") << u"Last Call Duration (s)"_s << u"lastcalldurations"_s;
  QTest::newRow("zh with spaces") << u" 线索ID "_s << u"线索id"_s;
  QTest::newRow("BOM") << u"\ufeffLead ID"_s << u"leadid"_s;
  QTest::newRow("BOM zh") << u"\ufeff线索编号"_s << u"线索编号"_s;
  QTest::newRow("upper") << u"LEAD_ID"_s << u"leadid"_s;
  QTest::newRow("ID") << u"ID"_s << u"id"_s;
  QTest::newRow("full-width brackets") << u"通话时长（秒）"_s << u"通话时长秒"_s;
  QTest::newRow("full-width colon and comma") << u"客户：姓名、电话"_s << u"客户姓名电话"_s;
  QTest::newRow("full-width letters") << u"线索ＩＤ"_s << u"线索id"_s;
  QTest::newRow("ideographic space") << u"客户\u3000姓名"_s << u"客户姓名"_s;
  QTest::newRow("nbsp and tabs") << u"Lead\u00a0Source\t"_s << u"leadsource"_s;
  QTest::newRow("punctuation") << u"Won/Lost?"_s << u"wonlost"_s;
  QTest::newRow("hash") << u"Lead #"_s << u"lead"_s;
  QTest::newRow("brackets zh") << u"【意向车型】"_s << u"意向车型"_s;
  QTest::newRow("accented") << u"Créé le"_s << u"crééle"_s;
  QTest::newRow("digits") << u"Budget 2026"_s << u"budget2026"_s;
  QTest::newRow("empty") << u""_s << u""_s;
  QTest::newRow("only punctuation") << u" (-) "_s << u""_s;
}

void TestMapping::normalizeHeader() {
  QFETCH(QString, header);
  QFETCH(QString, expected);
  QCOMPARE(QString::fromStdString(ll::crm::normalizeHeader(utf8(header))), expected);
}

void TestMapping::suggestField_data() {
  QTest::addColumn<QString>("header");
  QTest::addColumn<int>("perLead");
  QTest::addColumn<int>("perInteraction");

  const auto both = [](const QString& h, Field f) {
    QTest::newRow(qPrintable(h)) << h << code(f) << code(f);
  };
  // Salesforce
  both(u"Lead ID"_s, Field::LeadId);
  both(u"Created Date"_s, Field::CreatedAt);
  both(u"Lead Source"_s, Field::Channel);
  both(u"Lead Owner"_s, Field::SpecialistId);
  both(u"Mailing City"_s, Field::City);
  both(u"Mobile"_s, Field::Phone);
  both(u"Full Name"_s, Field::CustomerName);
  both(u"Lost Reason"_s, Field::DefeatReason);
  // HubSpot
  both(u"Record ID"_s, Field::LeadId);
  both(u"Create Date"_s, Field::CreatedAt);
  both(u"Original Source"_s, Field::Channel);
  both(u"Contact owner"_s, Field::SpecialistId);
  // Generic
  both(u"ID"_s, Field::LeadId);
  both(u"id"_s, Field::LeadId);
  both(u"Lead"_s, Field::LeadId);
  both(u"Customer"_s, Field::CustomerName);
  both(u"Phone number"_s, Field::Phone);
  both(u"Budget"_s, Field::BudgetBand);
  both(u"Model"_s, Field::ModelInterest);
  both(u"Vehicle of interest"_s, Field::ModelInterest);
  both(u"Financing"_s, Field::FinancingInterest);
  both(u"Test drive date"_s, Field::TestDriveAt);
  both(u"Last call duration (s)"_s, Field::LastCallDuration);
  both(u"Converted"_s, Field::Converted);
  both(u"Won/Lost"_s, Field::Converted);
  both(u"Order date"_s, Field::OrderAt);
  both(u"City tier"_s, Field::CityTier);
  both(u"Current vehicle"_s, Field::CurrentVehicle);
  both(u"Activity Type"_s, Field::Kind);
  both(u"\ufeff Lead_ID "_s, Field::LeadId);
  // Chinese
  both(u"线索ID"_s, Field::LeadId);
  both(u"线索编号"_s, Field::LeadId);
  both(u"客户编号"_s, Field::LeadId);
  both(u"创建时间"_s, Field::CreatedAt);
  both(u"线索创建时间"_s, Field::CreatedAt);
  both(u"渠道"_s, Field::Channel);
  both(u"来源渠道"_s, Field::Channel);
  both(u"线索来源"_s, Field::Channel);
  both(u"城市"_s, Field::City);
  both(u"所在城市"_s, Field::City);
  both(u"城市级别"_s, Field::CityTier);
  both(u"城市等级"_s, Field::CityTier);
  both(u"门店"_s, Field::StoreId);
  both(u"门店编号"_s, Field::StoreId);
  both(u"经销商"_s, Field::StoreId);
  both(u"顾问"_s, Field::SpecialistId);
  both(u"销售顾问"_s, Field::SpecialistId);
  both(u"跟进顾问"_s, Field::SpecialistId);
  both(u"顾问ID"_s, Field::SpecialistId);
  both(u"顾问等级"_s, Field::SpecialistTier);
  both(u"顾问级别"_s, Field::SpecialistTier);
  both(u"意向车型"_s, Field::ModelInterest);
  both(u"预算"_s, Field::BudgetBand);
  both(u"预算区间"_s, Field::BudgetBand);
  both(u"现有车辆"_s, Field::CurrentVehicle);
  both(u"当前车辆"_s, Field::CurrentVehicle);
  both(u"金融意向"_s, Field::FinancingInterest);
  both(u"贷款意向"_s, Field::FinancingInterest);
  both(u"客户姓名"_s, Field::CustomerName);
  both(u"姓名"_s, Field::CustomerName);
  both(u"手机号"_s, Field::Phone);
  both(u"联系电话"_s, Field::Phone);
  both(u"最近通话时间"_s, Field::LastCallAt);
  both(u"最近通话时长"_s, Field::LastCallDuration);
  both(u"到店时间"_s, Field::StoreVisitAt);
  both(u"试驾时间"_s, Field::TestDriveAt);
  both(u"报价时间"_s, Field::QuoteAt);
  both(u"下订时间"_s, Field::OrderAt);
  both(u"锁单时间"_s, Field::OrderAt);
  both(u"订单日期"_s, Field::OrderAt);
  both(u"战败时间"_s, Field::DefeatAt);
  both(u"战败原因"_s, Field::DefeatReason);
  both(u"是否成交"_s, Field::Converted);
  both(u"成交"_s, Field::Converted);
  both(u"跟进方式"_s, Field::Kind);
  both(u"跟进类型"_s, Field::Kind);
  both(u"线索ＩＤ"_s, Field::LeadId);

  // Shape-dependent readings.
  const auto shaped = [](const QString& h, int lead, int interaction) {
    QTest::newRow(qPrintable(u"shaped "_s + h)) << h << lead << interaction;
  };
  shaped(u"Notes"_s, code(Field::Notes), code(Field::Text));
  shaped(u"备注"_s, code(Field::Notes), code(Field::Text));
  shaped(u"跟进记录"_s, code(Field::Notes), code(Field::Text));
  shaped(u"内容"_s, code(Field::Notes), code(Field::Text));
  shaped(u"通话内容"_s, code(Field::Notes), code(Field::Text));
  shaped(u"Duration"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"通话时长"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"时长"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"Duration (s)"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"Duration (sec)"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"Call duration (seconds)"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"通话时长(秒)"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"通话时长（秒）"_s, code(Field::LastCallDuration), code(Field::Duration));
  shaped(u"Date"_s, kNone, code(Field::At));
  shaped(u"时间"_s, kNone, code(Field::At));
  shaped(u"跟进时间"_s, code(Field::NotesAt), code(Field::At));
  shaped(u"Outcome"_s, code(Field::Converted), code(Field::Outcome));
  shaped(u"结果"_s, code(Field::Converted), code(Field::Outcome));
  shaped(u"Call result"_s, kNone, code(Field::Outcome));

  // Unknown, and units that would be misread as seconds.
  shaped(u"Rating"_s, kNone, kNone);
  shaped(u"客户星级"_s, kNone, kNone);
  shaped(u"Duration (min)"_s, kNone, kNone);
  shaped(u"通话时长(分钟)"_s, kNone, kNone);
  shaped(u"Notes (s)"_s, kNone, kNone);
  shaped(u""_s, kNone, kNone);
  shaped(u"???"_s, kNone, kNone);
}

void TestMapping::suggestField() {
  QFETCH(QString, header);
  QFETCH(int, perLead);
  QFETCH(int, perInteraction);
  const std::string h = utf8(header);
  QCOMPARE(fieldCode(ll::crm::suggestField(h, ExportShape::PerLead)), perLead);
  QCOMPARE(fieldCode(ll::crm::suggestField(h, ExportShape::PerInteraction)), perInteraction);
  // Auto reads like per-lead.
  QCOMPARE(fieldCode(ll::crm::suggestField(h)), perLead);
}

void TestMapping::suggestSalesforcePerLead() {
  const QStringList header{
      u"\ufeffLead ID"_s, u"Created Date"_s, u"Lead Source"_s,     u"Lead Owner"_s,
      u"Mailing City"_s,  u"Mobile"_s,       u"Full Name"_s,       u"Vehicle of interest"_s,
      u"Budget"_s,        u"Financing"_s,    u"Test drive date"_s, u"Last call duration (s)"_s,
      u"Notes"_s,         u"Converted"_s,    u"Order date"_s,      u"Lost Reason"_s,
      u"Rating"_s};
  const std::vector<int> expected{code(Field::LeadId),
                                  code(Field::CreatedAt),
                                  code(Field::Channel),
                                  code(Field::SpecialistId),
                                  code(Field::City),
                                  code(Field::Phone),
                                  code(Field::CustomerName),
                                  code(Field::ModelInterest),
                                  code(Field::BudgetBand),
                                  code(Field::FinancingInterest),
                                  code(Field::TestDriveAt),
                                  code(Field::LastCallDuration),
                                  code(Field::Notes),
                                  code(Field::Converted),
                                  code(Field::OrderAt),
                                  code(Field::DefeatReason),
                                  kNone};
  const MappingProfile p = MappingProfile::suggest(headerOf(header));
  QCOMPARE(p.shape, ExportShape::PerLead);
  QCOMPARE(p.resolvedShape(), ExportShape::PerLead);
  QCOMPARE(p.sourceKey, ll::crm::headerSignature(headerOf(header)));
  QCOMPARE(p.columns.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    QCOMPARE(fieldCode(p.columns[i].field), expected[i]);
    QVERIFY(!p.columns[i].ignore);
  }
  // Headers are kept as written, minus surrounding whitespace (the BOM is the reader's job).
  QCOMPARE(p.columns[1].header, u"Created Date"_s);
}

void TestMapping::suggestChinesePerLead() {
  const QStringList header{u"线索ID"_s,   u"线索创建时间"_s, u"来源渠道"_s, u"城市"_s,     u"城市级别"_s,
                           u"门店编号"_s, u"销售顾问"_s,     u"顾问等级"_s, u"意向车型"_s, u"预算区间"_s,
                           u"现有车辆"_s, u"金融意向"_s,     u"客户姓名"_s, u"手机号"_s,   u"最近通话时间"_s,
                           u"通话时长"_s, u"到店时间"_s,     u"试驾时间"_s, u"报价时间"_s, u"锁单时间"_s,
                           u"战败时间"_s, u"战败原因"_s,     u"是否成交"_s, u"备注"_s};
  const std::vector<Field> expected{
      Field::LeadId,        Field::CreatedAt,    Field::Channel,        Field::City,
      Field::CityTier,      Field::StoreId,      Field::SpecialistId,   Field::SpecialistTier,
      Field::ModelInterest, Field::BudgetBand,   Field::CurrentVehicle, Field::FinancingInterest,
      Field::CustomerName,  Field::Phone,        Field::LastCallAt,     Field::LastCallDuration,
      Field::StoreVisitAt,  Field::TestDriveAt,  Field::QuoteAt,        Field::OrderAt,
      Field::DefeatAt,      Field::DefeatReason, Field::Converted,      Field::Notes};
  const MappingProfile p = MappingProfile::suggest(headerOf(header));
  QCOMPARE(p.resolvedShape(), ExportShape::PerLead);
  QCOMPARE(p.columns.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    QVERIFY2(p.columns[i].field == expected[i], qPrintable(header.at(static_cast<qsizetype>(i))));
  }
  const auto bound = p.bind(headerOf(header), u"leads.xlsx"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
}

void TestMapping::suggestPerInteraction_data() {
  QTest::addColumn<QStringList>("header");
  QTest::addColumn<QList<int>>("expected");
  QTest::newRow("zh") << QStringList{u"线索编号"_s, u"跟进方式"_s, u"跟进时间"_s, u"时长"_s,
                                     u"内容"_s,     u"结果"_s,     u"顾问"_s,     u"客户星级"_s}
                      << QList<int>{code(Field::LeadId),       code(Field::Kind),
                                    code(Field::At),           code(Field::Duration),
                                    code(Field::Text),         code(Field::Outcome),
                                    code(Field::SpecialistId), kNone};
  QTest::newRow("en") << QStringList{u"Lead ID"_s,        u"Activity Type"_s, u"Date"_s,
                                     u"Duration (sec)"_s, u"Notes"_s,         u"Outcome"_s}
                      << QList<int>{code(Field::LeadId),   code(Field::Kind), code(Field::At),
                                    code(Field::Duration), code(Field::Text), code(Field::Outcome)};
  QTest::newRow("kind last") << QStringList{u"ID"_s, u"时间"_s, u"通话内容"_s, u"跟进类型"_s}
                             << QList<int>{code(Field::LeadId), code(Field::At), code(Field::Text),
                                           code(Field::Kind)};
}

void TestMapping::suggestPerInteraction() {
  QFETCH(QStringList, header);
  QFETCH(QList<int>, expected);
  const MappingProfile p = MappingProfile::suggest(headerOf(header));
  QCOMPARE(p.resolvedShape(), ExportShape::PerInteraction);
  QCOMPARE(static_cast<qsizetype>(p.columns.size()), expected.size());
  for (std::size_t i = 0; i < p.columns.size(); ++i) {
    QCOMPARE(fieldCode(p.columns[i].field), expected.at(static_cast<qsizetype>(i)));
  }
  const auto bound = p.bind(headerOf(header), u"activities.csv"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
}

void TestMapping::suggestKeepsFirstOfDuplicates() {
  const MappingProfile p = MappingProfile::suggest(headerOf({u"ID"_s, u"Lead ID"_s, u"手机"_s, u"电话"_s}));
  QCOMPARE(fieldCode(p.columns[0].field), code(Field::LeadId));
  QCOMPARE(fieldCode(p.columns[1].field), kNone);
  QCOMPARE(fieldCode(p.columns[2].field), code(Field::Phone));
  QCOMPARE(fieldCode(p.columns[3].field), kNone);
  // The second is kept as an attribute, not ignored.
  QVERIFY(!p.columns[1].ignore);
}

void TestMapping::jsonRoundTrip() {
  const MappingProfile original = sampleProfile();
  const QJsonObject json = original.toJson();
  const auto back = MappingProfile::fromJson(json);
  QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
  compareProfiles(*back, original);
  QCOMPARE(back->toJson(), json);

  // Through text as well: what save() writes is what load() reads.
  const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
  const auto again = MappingProfile::fromJson(reparsed);
  QVERIFY(again.has_value());
  compareProfiles(*again, original);

  // A suggested profile survives too.
  const MappingProfile suggested = MappingProfile::suggest(headerOf({u"Lead ID"_s, u"Kind"_s, u"Date"_s}));
  const auto suggestedBack = MappingProfile::fromJson(suggested.toJson());
  QVERIFY(suggestedBack.has_value());
  compareProfiles(*suggestedBack, suggested);
}

void TestMapping::jsonFormat() {
  const QJsonObject json = sampleProfile().toJson();
  QCOMPARE(json.value(u"format"_s).toString(), u"leadladder-mapping"_s);
  QCOMPARE(json.value(u"version"_s).toInt(), 1);
  QCOMPARE(json.value(u"name"_s).toString(), u"DMS weekly export"_s);
  QCOMPARE(json.value(u"sourceKey"_s).toString(), u"0123456789abcdef"_s);
  QCOMPARE(json.value(u"shape"_s).toString(), u"per-interaction"_s);
  QCOMPARE(json.value(u"dateOrder"_s).toString(), u"day-first"_s);
  QCOMPARE(json.value(u"encoding"_s).toString(), u"GB18030"_s);
  QCOMPARE(json.value(u"delimiter"_s).toString(), u"\t"_s);
  QCOMPARE(json.value(u"sheet"_s).toString(), u"跟进记录"_s);
  const QJsonArray cols = json.value(u"columns"_s).toArray();
  QCOMPARE(cols.size(), 6);
  QCOMPARE(cols.at(0).toObject().value(u"header"_s).toString(), u"线索编号"_s);
  QCOMPARE(cols.at(0).toObject().value(u"field"_s).toString(), u"lead_id"_s);
  QCOMPARE(cols.at(0).toObject().value(u"ignore"_s).toBool(true), false);
  QVERIFY(cols.at(4).toObject().value(u"field"_s).isNull());
  QCOMPARE(cols.at(5).toObject().value(u"ignore"_s).toBool(false), true);

  MappingProfile month;
  month.dateOrder = DateOrder::MonthFirst;
  QCOMPARE(month.toJson().value(u"dateOrder"_s).toString(), u"month-first"_s);
  QCOMPARE(month.toJson().value(u"shape"_s).toString(), u"auto"_s);
}

void TestMapping::fromJsonErrors_data() {
  QTest::addColumn<QString>("json");
  QTest::addColumn<QString>("mention");
  const QString head = uR"("format": "leadladder-mapping", "version": 1)"_s;
  const auto doc = [&](const QString& rest) { return u"{"_s + head + rest + u"}"_s; };
  QTest::newRow("newer version") << uR"({"format": "leadladder-mapping", "version": 2, "columns": []})"_s
                                 << u"made by a newer LeadLadder"_s;
  QTest::newRow("not a profile") << uR"({"format": "something-else", "version": 1})"_s << u"format:"_s;
  QTest::newRow("no format") << uR"({"version": 1})"_s << u"format:"_s;
  QTest::newRow("version text") << uR"({"format": "leadladder-mapping", "version": "1"})"_s << u"version:"_s;
  QTest::newRow("version fraction") << uR"({"format": "leadladder-mapping", "version": 1.5})"_s
                                    << u"version:"_s;
  QTest::newRow("version zero") << uR"({"format": "leadladder-mapping", "version": 0})"_s << u"version:"_s;
  QTest::newRow("bad field") << doc(uR"(, "columns": [{"header": "A", "field": "lead_id"},
        {"header": "B", "field": null}, {"header": "C"}, {"header": "D", "field": "foo"}])"_s)
                             << u"columns[3].field: 'foo' is not a lead field"_s;
  QTest::newRow("field number") << doc(uR"(, "columns": [{"header": "A", "field": 7}])"_s)
                                << u"columns[0].field: expected a field name or null"_s;
  QTest::newRow("header missing") << doc(uR"(, "columns": [{"field": "city"}])"_s)
                                  << u"columns[0].header: expected a string"_s;
  QTest::newRow("ignore text") << doc(uR"(, "columns": [{"header": "A", "ignore": "yes"}])"_s)
                               << u"columns[0].ignore: expected true or false"_s;
  QTest::newRow("column not object") << doc(uR"(, "columns": ["A"])"_s)
                                     << u"columns[0]: expected an object"_s;
  QTest::newRow("columns object") << doc(uR"(, "columns": {"A": "city"})"_s)
                                  << u"columns: expected an array"_s;
  QTest::newRow("name number") << doc(uR"(, "name": 5)"_s) << u"name: expected a string"_s;
  QTest::newRow("shape unknown") << doc(uR"(, "shape": "sideways")"_s) << u"shape: 'sideways'"_s;
  QTest::newRow("shape bool") << doc(uR"(, "shape": true)"_s) << u"shape: expected a string"_s;
  QTest::newRow("date order") << doc(uR"(, "dateOrder": "year-first")"_s) << u"dateOrder: 'year-first'"_s;
  QTest::newRow("delimiter") << doc(uR"(, "delimiter": ";;")"_s) << u"delimiter: expected one character"_s;
}

void TestMapping::fromJsonErrors() {
  QFETCH(QString, json);
  QFETCH(QString, mention);
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
  QCOMPARE(parseError.error, QJsonParseError::NoError);
  const auto got = MappingProfile::fromJson(doc.object());
  QVERIFY(!got.has_value());
  QVERIFY2(got.error().message.contains(mention), qPrintable(got.error().message));
  QCOMPARE(got.error().code, ErrorCode::BadFormat);
}

void TestMapping::fromJsonDefaults() {
  // Only format and version are required; the rest defaults (hand-written profiles stay short).
  const auto got =
      MappingProfile::fromJson(jsonOf(uR"({"format": "leadladder-mapping", "version": 1, "future": {"x": 1},
           "columns": [{"header": "Lead ID", "field": "lead_id"}, {"header": "Extra"}]})"_s));
  QVERIFY2(got.has_value(), qPrintable(got ? QString() : got.error().message));
  QCOMPARE(got->shape, ExportShape::Auto);
  QCOMPARE(got->dateOrder, DateOrder::Auto);
  QVERIFY(got->name.isEmpty());
  QCOMPARE(got->columns.size(), std::size_t(2));
  QCOMPARE(fieldCode(got->columns[0].field), code(Field::LeadId));
  QCOMPARE(fieldCode(got->columns[1].field), kNone);
  QVERIFY(!got->columns[1].ignore);
}

void TestMapping::saveLoadRoundTrip() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString path = dir.filePath(u"profiles/nested/dms.json"_s);  // folders are created
  const MappingProfile original = sampleProfile();
  const auto saved = original.save(path);
  QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().toString()));
  QVERIFY(QFile::exists(path));
  const auto loaded = MappingProfile::load(path);
  QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().toString()));
  compareProfiles(*loaded, original);

  // Saving again replaces the file (atomically) rather than appending.
  MappingProfile changed = original;
  changed.name = u"renamed"_s;
  changed.columns.pop_back();
  QVERIFY(changed.save(path).has_value());
  const auto reloaded = MappingProfile::load(path);
  QVERIFY(reloaded.has_value());
  compareProfiles(*reloaded, changed);
  // No temporary files left behind.
  QCOMPARE(QDir(dir.filePath(u"profiles/nested"_s)).entryList(QDir::Files), QStringList{u"dms.json"_s});
}

void TestMapping::loadErrors() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());

  const QString missing = dir.filePath(u"missing.json"_s);
  auto got = MappingProfile::load(missing);
  QVERIFY(!got.has_value());
  QCOMPARE(got.error().code, ErrorCode::FileNotFound);
  QCOMPARE(got.error().file, missing);
  QVERIFY(got.error().toString().contains(missing));

  const auto write = [&](const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return QString();
    f.write(bytes);
    return path;
  };

  const QString broken = write(u"broken.json"_s, "{\"format\": ");
  got = MappingProfile::load(broken);
  QVERIFY(!got.has_value());
  QCOMPARE(got.error().code, ErrorCode::BadFormat);
  QCOMPARE(got.error().file, broken);

  const QString array = write(u"array.json"_s, "[1, 2]");
  got = MappingProfile::load(array);
  QVERIFY(!got.has_value());
  QCOMPARE(got.error().file, array);

  const QString badField = write(
      u"badfield.json"_s,
      R"({"format": "leadladder-mapping", "version": 1, "columns": [{"header": "X", "field": "foo"}]})");
  got = MappingProfile::load(badField);
  QVERIFY(!got.has_value());
  QCOMPARE(got.error().file, badField);
  QVERIFY2(got.error().message.contains(u"columns[0].field: 'foo' is not a lead field"_s),
           qPrintable(got.error().message));
  QVERIFY(got.error().toString().startsWith(badField));
}

void TestMapping::saveError() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  // A file where the profile's folder should be.
  const QString blocker = dir.filePath(u"blocker"_s);
  QFile f(blocker);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.close();
  const QString path = blocker + u"/profile.json"_s;
  const auto saved = sampleProfile().save(path);
  QVERIFY(!saved.has_value());
  QCOMPARE(saved.error().file, path);
  QVERIFY(saved.error().toString().contains(path));
}

void TestMapping::resolvedShape() {
  MappingProfile p;
  QCOMPARE(p.resolvedShape(), ExportShape::PerLead);
  p.columns = {{u"ID"_s, Field::LeadId, false}, {u"Type"_s, Field::Kind, true}};
  QCOMPARE(p.resolvedShape(), ExportShape::PerLead);  // an ignored Kind column does not count
  p.columns[1].ignore = false;
  QCOMPARE(p.resolvedShape(), ExportShape::PerInteraction);
  p.shape = ExportShape::PerLead;
  QCOMPARE(p.resolvedShape(), ExportShape::PerLead);  // explicit shape wins
  p.shape = ExportShape::PerInteraction;
  p.columns.clear();
  QCOMPARE(p.resolvedShape(), ExportShape::PerInteraction);
}

void TestMapping::bindSameHeader() {
  const auto header = headerOf({u"Lead ID"_s, u"Created Date"_s, u"Mobile"_s, u"Rating"_s});
  MappingProfile p = MappingProfile::suggest(header);
  p.columns[3].ignore = true;
  const auto bound = p.bind(header, u"leads.csv"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
  QCOMPARE(bound->size(), std::size_t(4));
  for (std::size_t i = 0; i < 4; ++i) {
    QCOMPARE((*bound)[i].header, p.columns[i].header);
    QCOMPARE(fieldCode((*bound)[i].field), fieldCode(p.columns[i].field));
    QCOMPARE((*bound)[i].ignore, p.columns[i].ignore);
  }
}

void TestMapping::bindReorderedAndRecased() {
  MappingProfile p;
  p.columns = {{u"Lead ID"_s, Field::LeadId, false},
               {u"Created Date"_s, Field::CreatedAt, false},
               {u"Stage note"_s, Field::Notes, false}};
  // Another export of the same report: other order, capitals, spacing; the user's choice for
  // "Stage note" (no synonym) must carry over.
  const auto bound = p.bind(headerOf({u" stage NOTE"_s, u"LEAD_ID"_s, u"created date"_s}), u"leads.csv"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
  QCOMPARE(describe(*bound), u"stage NOTE=notes, LEAD_ID=lead_id, created date=created_at"_s);
}

void TestMapping::bindSuggestsNewColumns() {
  MappingProfile p;
  p.columns = {{u"Lead ID"_s, Field::LeadId, false}, {u"Customer phone"_s, Field::Phone, false}};
  const auto bound =
      p.bind(headerOf({u"Lead ID"_s, u"City"_s, u"Mobile"_s, u"Customer phone"_s, u"Colour"_s}), u"x.csv"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
  // City is new and suggested; Mobile would suggest Phone, which the profile gives to another
  // column, so it stays an attribute.
  QCOMPARE(describe(*bound), u"Lead ID=lead_id, City=city, Mobile=-, Customer phone=phone, Colour=-"_s);
}

void TestMapping::bindMissingColumns() {
  MappingProfile p;
  p.name = u"DMS"_s;
  p.columns = {{u"Lead ID"_s, Field::LeadId, false},
               {u"Created"_s, Field::CreatedAt, false},
               {u"Budget"_s, Field::BudgetBand, false}};
  const auto bound = p.bind(headerOf({u"Lead ID"_s, u"City"_s}), u"march.csv"_s);
  QVERIFY(!bound.has_value());
  QCOMPARE(bound.error().file, u"march.csv"_s);
  QVERIFY2(bound.error().message.contains(u"'Created', 'Budget'"_s), qPrintable(bound.error().message));
  QVERIFY2(bound.error().message.contains(u"'DMS'"_s), qPrintable(bound.error().message));

  // A repeated header in the profile needs a repeated header in the file.
  MappingProfile twice;
  twice.columns = {
      {u"Note"_s, Field::Notes, false}, {u"Note"_s, std::nullopt, false}, {u"ID"_s, Field::LeadId, false}};
  const auto once = twice.bind(headerOf({u"ID"_s, u"Note"_s}), u"a.csv"_s);
  QVERIFY(!once.has_value());
  QVERIFY(once.error().message.contains(u"'Note'"_s));
  const auto ok = twice.bind(headerOf({u"Note"_s, u"ID"_s, u"Note"_s}), u"a.csv"_s);
  QVERIFY2(ok.has_value(), qPrintable(ok ? QString() : ok.error().toString()));
  QCOMPARE(describe(*ok), u"Note=notes, ID=lead_id, Note=-"_s);
}

void TestMapping::bindDuplicateField() {
  MappingProfile p;
  p.columns = {{u"Lead ID"_s, Field::LeadId, false},
               {u"Phone"_s, Field::Phone, false},
               {u"Record ID"_s, Field::LeadId, false}};
  const auto bound = p.bind(headerOf({u"Lead ID"_s, u"Phone"_s, u"Record ID"_s}), u"dup.csv"_s);
  QVERIFY(!bound.has_value());
  QCOMPARE(bound.error().file, u"dup.csv"_s);
  QVERIFY2(bound.error().message.contains(u"'Lead ID'"_s) && bound.error().message.contains(u"'Record ID'"_s),
           qPrintable(bound.error().message));
  QVERIFY(bound.error().message.contains(u"Lead ID"_s));
}

void TestMapping::bindIgnoredDoesNotClash() {
  MappingProfile p;
  p.columns = {{u"Lead ID"_s, Field::LeadId, false}, {u"Record ID"_s, Field::LeadId, true}};
  const auto bound = p.bind(headerOf({u"Lead ID"_s, u"Record ID"_s}), u"ok.csv"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
  QVERIFY((*bound)[1].ignore);
}

void TestMapping::bindPerInteractionRequired() {
  MappingProfile p;
  p.shape = ExportShape::PerInteraction;
  p.columns = {{u"线索编号"_s, Field::LeadId, false},
               {u"方式"_s, Field::Kind, false},
               {u"内容"_s, Field::Text, false}};
  auto bound = p.bind(headerOf({u"线索编号"_s, u"方式"_s, u"内容"_s}), u"log.csv"_s);
  QVERIFY(!bound.has_value());
  QCOMPARE(bound.error().file, u"log.csv"_s);
  QVERIFY2(bound.error().message.contains(u"map a column to Interaction time"_s),
           qPrintable(bound.error().message));

  // A Kind column with an ignored time column: still missing; with Auto the Kind decides the shape.
  MappingProfile autoShape;
  autoShape.columns = {{u"Type"_s, Field::Kind, false}, {u"When"_s, Field::At, true}};
  bound = autoShape.bind(headerOf({u"Type"_s, u"When"_s}), u"log.csv"_s);
  QVERIFY(!bound.has_value());
  QVERIFY2(bound.error().message.contains(u"Lead ID and Interaction time"_s),
           qPrintable(bound.error().message));

  // The file's new "跟进时间" column is suggested afresh as the time: complete.
  bound = p.bind(headerOf({u"线索编号"_s, u"方式"_s, u"内容"_s, u"跟进时间"_s}), u"log.csv"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
  QCOMPARE(fieldCode((*bound)[3].field), code(Field::At));
}

void TestMapping::bindPerLeadNeedsAField() {
  MappingProfile p;
  p.columns = {{u"Colour"_s, std::nullopt, false}, {u"Lead ID"_s, Field::LeadId, true}};
  const auto bound = p.bind(headerOf({u"Colour"_s, u"Lead ID"_s, u"Trim"_s}), u"cars.csv"_s);
  QVERIFY(!bound.has_value());
  QCOMPARE(bound.error().file, u"cars.csv"_s);
  QVERIFY2(bound.error().message.contains(u"lead field"_s), qPrintable(bound.error().message));
}

void TestMapping::bindPerLeadWithoutLeadId() {
  // The importer derives stable ids when an export has no id column.
  const auto header = headerOf({u"姓名"_s, u"手机号"_s, u"意向车型"_s, u"试驾时间"_s});
  const MappingProfile p = MappingProfile::suggest(header);
  const auto bound = p.bind(header, u"walkins.xlsx"_s);
  QVERIFY2(bound.has_value(), qPrintable(bound ? QString() : bound.error().toString()));
  QCOMPARE(describe(*bound),
           u"姓名=customer_name, 手机号=phone, 意向车型=model_interest, 试驾时间=test_drive_at"_s);
}

void TestMapping::headerSignature() {
  const auto a = ll::crm::headerSignature(headerOf({u"Lead ID"_s, u"Created Date"_s, u"城市"_s}));
  QCOMPARE(a.size(), 16);
  QVERIFY(QRegularExpression(u"^[0-9a-f]{16}$"_s).match(a).hasMatch());
  // The documented definition: SHA-256 of the normalized headers joined by U+001F.
  const QByteArray expected = QCryptographicHash::hash(QByteArray("leadid\x1f"
                                                                  "createddate\x1f") +
                                                           u"城市"_s.toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16);
  QCOMPARE(a, QString::fromLatin1(expected));
  // Stable, insensitive to case, spacing, punctuation and BOM.
  QCOMPARE(ll::crm::headerSignature(headerOf({u"Lead ID"_s, u"Created Date"_s, u"城市"_s})), a);
  QCOMPARE(ll::crm::headerSignature(headerOf({u"\ufeff lead_id"_s, u"CREATED  DATE"_s, u" 城市 "_s})), a);
  // Sensitive to order and to the set of columns.
  QVERIFY(ll::crm::headerSignature(headerOf({u"Created Date"_s, u"Lead ID"_s, u"城市"_s})) != a);
  QVERIFY(ll::crm::headerSignature(headerOf({u"Lead ID"_s, u"Created Date"_s})) != a);
  // The separator keeps cell boundaries: ("ab","c") differs from ("a","bc").
  QVERIFY(ll::crm::headerSignature(headerOf({u"ab"_s, u"c"_s})) !=
          ll::crm::headerSignature(headerOf({u"a"_s, u"bc"_s})));
  QCOMPARE(ll::crm::headerSignature({}).size(), 16);
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
