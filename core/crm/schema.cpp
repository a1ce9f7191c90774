#include "crm/schema.h"

#include <QChar>
#include <QList>
#include <QString>

#include <array>
#include <initializer_list>
#include <unordered_map>

namespace ll::crm {
namespace {

constexpr std::array<FieldInfo, kFieldCount> kFields{{
    {Field::LeadId, "lead_id", FieldType::Text, FieldGroup::Lead, "Lead ID"},
    {Field::CreatedAt, "created_at", FieldType::DateTime, FieldGroup::Lead, "Created at"},
    {Field::Channel, "channel", FieldType::Text, FieldGroup::Lead, "Channel"},
    {Field::City, "city", FieldType::Text, FieldGroup::Lead, "City"},
    {Field::CityTier, "city_tier", FieldType::Text, FieldGroup::Lead, "City tier"},
    {Field::StoreId, "store_id", FieldType::Text, FieldGroup::Lead, "Store"},
    {Field::SpecialistId, "specialist_id", FieldType::Text, FieldGroup::Lead, "Specialist"},
    {Field::SpecialistTier, "specialist_tier", FieldType::Text, FieldGroup::Lead, "Specialist tier"},
    {Field::ModelInterest, "model_interest", FieldType::Text, FieldGroup::Lead, "Model of interest"},
    {Field::BudgetBand, "budget_band", FieldType::Text, FieldGroup::Lead, "Budget band"},
    {Field::CurrentVehicle, "current_vehicle", FieldType::Text, FieldGroup::Lead, "Current vehicle"},
    {Field::FinancingInterest, "financing_interest", FieldType::Text, FieldGroup::Lead, "Financing interest"},
    {Field::CustomerName, "customer_name", FieldType::Text, FieldGroup::Lead, "Customer name"},
    {Field::Phone, "phone", FieldType::Text, FieldGroup::Lead, "Phone"},
    {Field::LastCallAt, "last_call_at", FieldType::DateTime, FieldGroup::Stage, "Last call at"},
    {Field::LastCallDuration, "last_call_duration_s", FieldType::Duration, FieldGroup::Stage,
     "Last call duration (s)"},
    {Field::StoreVisitAt, "store_visit_at", FieldType::DateTime, FieldGroup::Stage, "Store visit at"},
    {Field::TestDriveAt, "test_drive_at", FieldType::DateTime, FieldGroup::Stage, "Test drive at"},
    {Field::QuoteAt, "quote_at", FieldType::DateTime, FieldGroup::Stage, "Quote at"},
    {Field::OrderAt, "order_at", FieldType::DateTime, FieldGroup::Stage, "Order at"},
    {Field::DefeatAt, "defeat_at", FieldType::DateTime, FieldGroup::Stage, "Defeat at"},
    {Field::DefeatReason, "defeat_reason", FieldType::Text, FieldGroup::Stage, "Defeat reason"},
    {Field::Converted, "converted", FieldType::Flag, FieldGroup::Stage, "Converted"},
    {Field::OutcomeAt, "outcome_at", FieldType::DateTime, FieldGroup::Stage, "Outcome at"},
    {Field::Notes, "notes", FieldType::Text, FieldGroup::Stage, "Notes"},
    {Field::NotesAt, "notes_at", FieldType::DateTime, FieldGroup::Stage, "Notes at"},
    {Field::Kind, "kind", FieldType::Kind, FieldGroup::Interaction, "Interaction kind"},
    {Field::At, "at", FieldType::DateTime, FieldGroup::Interaction, "Interaction time"},
    {Field::Duration, "duration_s", FieldType::Duration, FieldGroup::Interaction, "Duration (s)"},
    {Field::Text, "text", FieldType::Text, FieldGroup::Interaction, "Text"},
    // Free text: call outcomes ("no answer", "callback") are as common as won/lost here.
    {Field::Outcome, "outcome", FieldType::Text, FieldGroup::Interaction, "Outcome"},
}};

constexpr bool tableInEnumOrder() {
  for (int i = 0; i < kFieldCount; ++i) {
    if (static_cast<int>(kFields[static_cast<std::size_t>(i)].field) != i) return false;
  }
  return true;
}
static_assert(tableInEnumOrder(), "kFields must list every Field in enum order");

// The reading of one normalized header in each shape; -1 = not a field in that shape.
struct Reading {
  int perLead = -1;
  int perInteraction = -1;
};

class SynonymIndex {
 public:
  SynonymIndex();

  [[nodiscard]] const Reading* find(const std::string& key) const {
    const auto it = m_readings.find(key);
    return it == m_readings.end() ? nullptr : &it->second;
  }

 private:
  void add(std::optional<Field> perLead, std::optional<Field> perInteraction,
           std::initializer_list<const char*> headers) {
    for (const char* header : headers) {
      Reading r;
      r.perLead = perLead ? static_cast<int>(*perLead) : -1;
      r.perInteraction = perInteraction ? static_cast<int>(*perInteraction) : -1;
      // First entry wins, so a word listed twice by mistake keeps its first meaning.
      m_readings.try_emplace(normalizeHeader(header), r);
    }
  }
  void both(Field field, std::initializer_list<const char*> headers) { add(field, field, headers); }

  std::unordered_map<std::string, Reading> m_readings;
};

// Headers are written as they appear in exports; they are normalized on insertion, so case,
// spaces and punctuation variants ("Lead ID", "lead_id", "LeadID") need no entries of their own.
SynonymIndex::SynonymIndex() {
  // clang-format off
  // Words whose meaning depends on the shape come first.
  add(Field::Notes, Field::Text,
      {"Notes", "Note", "Comments", "Comment", "Remarks", "Remark", "Description", "Memo", "Call notes",
       "Text", "Content", "Transcript", "Dialogue", "Dialog", "Call transcript", "Message", "Details",
       "备注", "跟进记录", "跟进内容", "跟进备注", "内容", "通话内容", "通话记录", "对话", "对话内容",
       "沟通内容", "沟通记录", "说明", "描述", "文本"});
  add(Field::LastCallDuration, Field::Duration,
      {"Duration", "Call duration", "Talk time", "Call length", "Length", "Duration seconds",
       "通话时长", "时长", "通话时间长度"});
  add(Field::Converted, Field::Outcome, {"Outcome", "Result", "结果"});
  add(std::nullopt, Field::Outcome,
      {"Call outcome", "Call result", "Interaction outcome", "Activity outcome", "跟进结果", "通话结果",
       "沟通结果"});
  add(std::nullopt, Field::At,
      {"Date", "Time", "Datetime", "Timestamp", "Activity date", "Activity time",
       "Interaction date", "Interaction time", "Event date", "Event time", "Contact date", "Contact time",
       "Occurred at", "时间", "日期", "发生时间", "记录时间", "联系时间", "互动时间", "活动时间"});
  add(Field::NotesAt, Field::At, {"跟进时间", "跟进日期"});
  add(Field::NotesAt, std::nullopt,
      {"Notes date", "Note date", "Notes at", "Last note date", "Last follow up", "Last follow-up date",
       "最近跟进时间", "最后跟进时间", "备注时间"});
  add(Field::LastCallAt, Field::At, {"Call time", "Call date", "通话时间", "呼叫时间", "外呼时间"});

  both(Field::Kind,
       {"Kind", "Type", "Activity", "Action", "类型", "动作", "Interaction kind", "Interaction type", "Activity type", "Event type", "Follow up type",
        "Follow-up method", "Contact method", "Contact type", "Touchpoint", "跟进方式", "跟进类型",
        "互动类型", "活动类型", "事件类型", "联系类型", "行为类型"});

  both(Field::LeadId,
       {"Lead ID", "ID", "Lead", "Lead number", "Lead no", "Record ID", "Contact ID",
        "Customer ID", "Customer no", "Customer number", "Client ID", "Prospect ID", "线索ID",
        "线索编号", "线索号", "客户编号", "客户ID", "客户号", "编号"});
  both(Field::CreatedAt,
       {"Created at", "Created", "Created date", "Create date", "Created time", "Creation date",
        "Creation time", "Date created", "Created on", "Lead created", "Lead created date", "Lead date",
        "创建时间", "线索创建时间", "创建日期", "录入时间", "留资时间", "建档时间", "线索时间",
        "线索生成时间", "线索日期"});
  both(Field::Channel,
       {"Channel", "Source", "Lead source", "Original source", "Source channel", "Lead channel",
        "Medium", "渠道", "来源渠道", "线索来源", "来源", "线索渠道", "渠道来源", "获客渠道"});
  both(Field::City,
       {"City", "Mailing city", "Billing city", "City name", "Town", "城市", "所在城市", "客户城市",
        "所属城市"});
  both(Field::CityTier,
       {"City tier", "City level", "City class", "城市级别", "城市等级", "城市线级", "城市层级"});
  both(Field::StoreId,
       {"Store", "Store ID", "Store code", "Store name", "Dealer", "Dealer ID", "Dealer code",
        "Dealer name", "Dealership", "Showroom", "Branch", "门店", "门店编号", "门店ID", "门店名称",
        "门店代码", "所属门店", "经销商", "经销商代码", "经销商编号", "经销商名称", "4S店"});
  both(Field::SpecialistId,
       {"Specialist", "Specialist ID", "Sales specialist", "Sales consultant", "Consultant",
        "Consultant ID", "Salesperson", "Sales rep", "Sales representative", "Owner", "Owner name",
        "Lead owner", "Contact owner", "HubSpot owner", "Assigned to", "Advisor", "Sales advisor",
        "顾问", "销售顾问", "跟进顾问", "顾问ID", "顾问编号", "顾问姓名", "跟进人", "负责人",
        "所属顾问", "销售"});
  both(Field::SpecialistTier,
       {"Specialist tier", "Specialist level", "Consultant tier", "Consultant level", "Sales level",
        "Owner tier", "顾问等级", "顾问级别", "顾问星级", "销售等级", "销售级别"});
  both(Field::ModelInterest,
       {"Model", "Model interest", "Model of interest", "Vehicle of interest", "Interested model",
        "Car model", "Vehicle model", "Vehicle interest", "Product interest", "意向车型", "车型",
        "感兴趣车型", "关注车型", "意向车系", "车系"});
  both(Field::BudgetBand,
       {"Budget", "Budget band", "Budget range", "Price range", "预算", "预算区间", "购车预算",
        "预算范围"});
  both(Field::CurrentVehicle,
       {"Current vehicle", "Current car", "Existing vehicle", "Trade-in", "Trade-in vehicle",
        "现有车辆", "当前车辆", "现有车型", "现驾车型", "置换车辆", "置换车型"});
  both(Field::FinancingInterest,
       {"Financing", "Financing interest", "Finance", "Finance interest", "Loan", "Loan interest",
        "Payment method", "金融意向", "贷款意向", "是否贷款", "付款方式", "金融方案"});
  both(Field::CustomerName,
       {"Customer", "Customer name", "Name", "Full name", "Lead name", "Contact name", "Client name",
        "客户姓名", "姓名", "客户名称", "客户名", "客户", "联系人"});
  both(Field::Phone,
       {"Phone", "Phone number", "Mobile", "Mobile phone", "Mobile number", "Mobile phone number",
        "Cell", "Cell phone", "Telephone", "Tel", "Contact number", "手机号", "手机", "手机号码",
        "联系电话", "电话", "电话号码", "联系方式"});

  both(Field::LastCallAt,
       {"Last call", "Last call at", "Last call date", "Last call time", "Last called", "Last contacted",
        "最近通话时间", "最后通话时间", "最近通话", "最近一次通话时间", "最近联系时间", "最后联系时间",
        "最近外呼时间"});
  both(Field::LastCallDuration,
       {"Last call duration", "Last call length", "Last talk time", "最近通话时长", "最后通话时长",
        "最近一次通话时长"});
  both(Field::StoreVisitAt,
       {"Store visit", "Store visit at", "Store visit date", "Store visit time", "Visit date",
        "Showroom visit", "Showroom visit date", "First visit date", "Walk-in date", "到店时间",
        "到店日期", "进店时间", "首次到店时间", "到访时间"});
  both(Field::TestDriveAt,
       {"Test drive at", "Test drive date", "Test drive time", "试驾时间", "试驾日期", "试乘试驾时间"});
  both(Field::QuoteAt,
       {"Quote at", "Quote date", "Quoted at", "Quote time", "Quotation date", "报价时间", "报价日期"});
  both(Field::OrderAt,
       {"Order at", "Order date", "Order time", "Ordered at", "Lock date", "Order lock date",
        "Deposit date", "Won date", "下订时间", "下订日期", "锁单时间", "锁单日期", "订单日期", "订单时间",
        "下定时间", "订车时间", "成交时间", "成交日期"});
  both(Field::DefeatAt,
       {"Defeat at", "Defeat date", "Lost date", "Lost at", "Date lost", "Loss date", "战败时间",
        "战败日期", "流失时间", "丢单时间"});
  both(Field::DefeatReason,
       {"Defeat reason", "Lost reason", "Loss reason", "Reason lost", "Closed lost reason", "战败原因",
        "流失原因", "丢单原因"});
  both(Field::Converted,
       {"Converted", "Is converted", "Conversion", "Won", "Won/Lost", "Won or lost", "Deal won",
        "是否成交", "成交", "是否锁单", "是否下订", "成交状态", "成交结果"});
  both(Field::OutcomeAt,
       {"Outcome at", "Outcome date", "Result date", "Converted date", "Conversion date", "Close date",
        "Closed date", "Date closed", "结果时间", "结案时间"});
  // clang-format on
}

const SynonymIndex& synonymIndex() {
  static const SynonymIndex index;
  return index;
}

std::optional<Field> readingFor(const Reading& r, ExportShape shape) {
  const int f = shape == ExportShape::PerInteraction ? r.perInteraction : r.perLead;
  if (f < 0) return std::nullopt;
  return static_cast<Field>(f);
}

bool isAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

const char* exportShapeName(ExportShape shape) {
  switch (shape) {
    case ExportShape::Auto:
      return "auto";
    case ExportShape::PerLead:
      return "per-lead";
    case ExportShape::PerInteraction:
      return "per-interaction";
  }
  return "auto";
}

std::optional<ExportShape> exportShapeFromName(std::string_view name) {
  for (ExportShape s : {ExportShape::Auto, ExportShape::PerLead, ExportShape::PerInteraction}) {
    if (name == exportShapeName(s)) return s;
  }
  return std::nullopt;
}

const FieldInfo& fieldInfo(Field field) {
  return kFields[static_cast<std::size_t>(field)];
}

std::span<const FieldInfo> allFields() {
  return kFields;
}

std::optional<Field> fieldFromKey(std::string_view key) {
  for (const FieldInfo& info : kFields) {
    if (key == info.key) return info.field;
  }
  return std::nullopt;
}

std::string normalizeHeader(std::string_view header) {
  std::string out;
  out.reserve(header.size());
  bool ascii = true;
  for (char c : header) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (isAsciiAlnum(c)) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  if (ascii) return out;

  // NFKC folds full-width letters and digits (ＩＤ) to ASCII and full-width brackets and colons
  // to their ASCII forms, which are then dropped with the rest of the punctuation, the BOM and
  // the spaces. Letters of every script, digits and combining marks stay.
  const QString text = QString::fromUtf8(header.data(), static_cast<qsizetype>(header.size()))
                           .normalized(QString::NormalizationForm_KC);
  QString kept;
  kept.reserve(text.size());
  for (const char32_t c : text.toUcs4()) {
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
      const char32_t lower = QChar::toLower(c);
      if (QChar::requiresSurrogates(lower)) {
        kept.append(QChar(QChar::highSurrogate(lower)));
        kept.append(QChar(QChar::lowSurrogate(lower)));
      } else {
        kept.append(QChar(static_cast<char16_t>(lower)));
      }
    }
  }
  const QByteArray utf8 = kept.toUtf8();
  return {utf8.constData(), static_cast<std::size_t>(utf8.size())};
}

std::optional<Field> suggestField(std::string_view header, ExportShape shape) {
  const SynonymIndex& index = synonymIndex();
  const std::string key = normalizeHeader(header);
  if (key.empty()) return std::nullopt;
  if (const Reading* r = index.find(key)) return readingFor(*r, shape);

  // "Duration (s)", "Talk time (sec)", "通话时长(秒)": a seconds unit after a duration header.
  // Other units (minutes) are deliberately not stripped: the values would be read as seconds.
  for (std::string_view unit :
       {"seconds", "second", "secs", "sec", "s", "inseconds", "秒", "秒数", "单位秒"}) {
    if (key.size() <= unit.size() || !std::string_view(key).ends_with(unit)) continue;
    const Reading* r = index.find(key.substr(0, key.size() - unit.size()));
    if (!r) continue;
    const std::optional<Field> f = readingFor(*r, shape);
    if (f && fieldInfo(*f).type == FieldType::Duration) return f;
  }
  return std::nullopt;
}

}  // namespace ll::crm
