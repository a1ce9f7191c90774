#include "crm/leadrecords.h"

#include "common/logging.h"
#include "crm/sqlite.h"

#include <string>

using namespace Qt::StringLiterals;

namespace ll::crm {

namespace {

constexpr const char* kLeadColumns =
    "id, lead_id, created_at, channel, city, city_tier, store_id, specialist_id, specialist_tier, "
    "model_interest, budget_band, current_vehicle, financing_interest";

std::string text(const sql::Statement& st, int column) {
  return st.isNull(column) ? std::string() : std::string(st.columnText(column));
}

engine::LeadRecord leadFromRow(const sql::Statement& st) {
  engine::LeadRecord lead;
  lead.rowId = st.columnInt(0);
  lead.leadId = text(st, 1);
  if (!st.isNull(2)) lead.createdAt = st.columnInt(2);
  lead.channel = text(st, 3);
  lead.city = text(st, 4);
  lead.cityTier = text(st, 5);
  lead.storeId = text(st, 6);
  lead.specialistId = text(st, 7);
  lead.specialistTier = text(st, 8);
  lead.modelInterest = text(st, 9);
  lead.budgetBand = text(st, 10);
  lead.currentVehicle = text(st, 11);
  lead.financingInterest = text(st, 12);
  return lead;
}

// Interaction row: lead_id, kind, at, duration_s, text, outcome.
engine::InteractionRecord interactionFromRow(const sql::Statement& st, bool withText) {
  engine::InteractionRecord record;
  const auto kind = engine::interactionKindFromName(st.columnText(1));
  record.kind = kind.value_or(engine::InteractionKind::Note);
  if (!st.isNull(2)) record.at = st.columnInt(2);
  if (!st.isNull(3)) record.durationS = st.columnDouble(3);
  if (withText) record.text = text(st, 4);
  record.outcome = text(st, 5);
  return record;
}

std::string whereClause(const LeadRecordQuery& query) {
  std::string where = " WHERE 1";
  if (query.openOnly) where += " AND outcome IS NULL";
  if (query.createdFrom) where += " AND created_at >= " + std::to_string(*query.createdFrom);
  if (query.createdTo) where += " AND created_at < " + std::to_string(*query.createdTo);
  return where;
}

}  // namespace

struct LeadRecordReader::Impl {
  sql::Database db;
};

LeadRecordReader::LeadRecordReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
LeadRecordReader::~LeadRecordReader() = default;

Result<std::unique_ptr<LeadRecordReader>> LeadRecordReader::open(const QString& databasePath) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = sql::Database::open(databasePath.toStdString(), false);
    impl->db.exec("PRAGMA query_only = ON");
    impl->db.exec("PRAGMA cache_size = -65536");
    return std::unique_ptr<LeadRecordReader>(new LeadRecordReader(std::move(impl)));
  } catch (const std::exception& e) {
    return fail(ErrorCode::Workspace, u"cannot read the workspace '%1': %2"_s.arg(databasePath, QString::fromUtf8(e.what())));
  }
}

Result<std::int64_t> LeadRecordReader::count(const LeadRecordQuery& query) {
  try {
    return m_impl->db.queryInt("SELECT count(*) FROM leads" + whereClause(query)).value_or(0);
  } catch (const std::exception& e) {
    return fail(ErrorCode::Workspace, u"cannot count leads: %1"_s.arg(QString::fromUtf8(e.what())));
  }
}

Result<std::optional<std::int64_t>> LeadRecordReader::latestInteractionAt() {
  try {
    return m_impl->db.queryInt("SELECT max(at) FROM interactions");
  } catch (const std::exception& e) {
    return fail(ErrorCode::Workspace, u"cannot read interactions: %1"_s.arg(QString::fromUtf8(e.what())));
  }
}

Result<std::int64_t> LeadRecordReader::forEach(const LeadRecordQuery& query,
                                               const std::function<bool(engine::LeadRecord&&)>& visit) {
  try {
    auto& db = m_impl->db;
    const std::string where = whereClause(query);
    // Three cursors in lead order, merged: leads by primary key, interactions through their
    // (lead_id, fingerprint) index, attributes by their primary key.
    auto leads = db.prepare(std::string("SELECT ") + kLeadColumns + " FROM leads" + where + " ORDER BY id");
    auto interactions = db.prepare(std::string("SELECT lead_id, kind, at, duration_s, ") +
                                   (query.withText ? "text" : "NULL") +
                                   ", outcome FROM interactions INDEXED BY interactions_lead ORDER BY lead_id");
    auto attributes = db.prepare("SELECT lead_id, key, value FROM lead_attributes ORDER BY lead_id, key");
    bool moreInteractions = interactions.step();
    bool moreAttributes = query.withAttributes && attributes.step();
    std::int64_t visited = 0;
    while (leads.step()) {
      engine::LeadRecord lead = leadFromRow(leads);
      while (moreInteractions && interactions.columnInt(0) < lead.rowId) moreInteractions = interactions.step();
      while (moreInteractions && interactions.columnInt(0) == lead.rowId) {
        lead.interactions.push_back(interactionFromRow(interactions, query.withText));
        moreInteractions = interactions.step();
      }
      while (moreAttributes && attributes.columnInt(0) < lead.rowId) moreAttributes = attributes.step();
      while (moreAttributes && attributes.columnInt(0) == lead.rowId) {
        lead.attributes.emplace_back(text(attributes, 1), text(attributes, 2));
        moreAttributes = attributes.step();
      }
      engine::sortInteractions(lead.interactions);
      ++visited;
      if (!visit(std::move(lead))) break;
    }
    return visited;
  } catch (const std::exception& e) {
    return fail(ErrorCode::Workspace, u"cannot read leads: %1"_s.arg(QString::fromUtf8(e.what())));
  }
}

Result<std::vector<engine::LeadRecord>> LeadRecordReader::load(const std::vector<std::int64_t>& rowIds, bool withText) {
  try {
    auto& db = m_impl->db;
    auto leadSt = db.prepare(std::string("SELECT ") + kLeadColumns + " FROM leads WHERE id = ?1");
    auto interactionSt = db.prepare(std::string("SELECT lead_id, kind, at, duration_s, ") + (withText ? "text" : "NULL") +
                                    ", outcome FROM interactions WHERE lead_id = ?1 ORDER BY id");
    auto attributeSt = db.prepare("SELECT lead_id, key, value FROM lead_attributes WHERE lead_id = ?1 ORDER BY key");
    std::vector<engine::LeadRecord> out;
    out.reserve(rowIds.size());
    for (const auto rowId : rowIds) {
      leadSt.reset();
      leadSt.bind(1, rowId);
      if (!leadSt.step()) continue;
      engine::LeadRecord lead = leadFromRow(leadSt);
      interactionSt.reset();
      interactionSt.bind(1, rowId);
      while (interactionSt.step()) lead.interactions.push_back(interactionFromRow(interactionSt, withText));
      attributeSt.reset();
      attributeSt.bind(1, rowId);
      while (attributeSt.step()) lead.attributes.emplace_back(text(attributeSt, 1), text(attributeSt, 2));
      engine::sortInteractions(lead.interactions);
      out.push_back(std::move(lead));
    }
    return out;
  } catch (const std::exception& e) {
    return fail(ErrorCode::Workspace, u"cannot read leads: %1"_s.arg(QString::fromUtf8(e.what())));
  }
}

}  // namespace ll::crm
