#include "workspace.h"

#include "common/logging.h"
#include "crm/migrations.h"
#include "crm/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace ll::crm {
namespace {

QString text(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

std::optional<std::int64_t> optionalInt(const sql::Statement& s, int column) {
  if (s.isNull(column)) return std::nullopt;
  return s.columnInt(column);
}

QJsonValue jsonTime(const std::optional<std::int64_t>& t) {
  return t ? QJsonValue(formatDateTime(*t)) : QJsonValue(QJsonValue::Null);
}

Error workspaceError(const QString& dir, const std::exception& e) {
  return Error{
      ErrorCode::Workspace,
      QCoreApplication::translate("ll::crm::Workspace", "The workspace could not be read or written (%1).")
          .arg(QString::fromUtf8(e.what())),
      dir,
      0,
      {}};
}

}  // namespace

const char* stageName(Stage stage) {
  switch (stage) {
    case Stage::New: return "new";
    case Stage::Engaged: return "engaged";
    case Stage::StoreVisit: return "store_visit";
    case Stage::TestDrive: return "test_drive";
    case Stage::Quote: return "quote";
  }
  return "new";
}

QJsonObject WorkspaceStats::toJson() const {
  QJsonObject kinds;
  for (const auto& [kind, count] : interactionsByKind) kinds.insert(kind, count);
  QJsonObject stages;
  for (const auto& [stage, count] : openLeadsByStage) stages.insert(stage, count);
  return QJsonObject{{u"leads"_s, leads},
                     {u"open_leads"_s, openLeads},
                     {u"won_leads"_s, wonLeads},
                     {u"lost_leads"_s, lostLeads},
                     {u"interactions"_s, interactions},
                     {u"imports"_s, imports},
                     {u"interactions_by_kind"_s, kinds},
                     {u"open_leads_by_stage"_s, stages},
                     {u"first_lead_at"_s, jsonTime(firstLeadAt)},
                     {u"last_lead_at"_s, jsonTime(lastLeadAt)},
                     {u"schema_version"_s, schemaVersion}};
}

QJsonObject LeadRow::toJson() const {
  return QJsonObject{{u"lead_id"_s, leadId},
                     {u"created_at"_s, jsonTime(createdAt)},
                     {u"channel"_s, channel},
                     {u"city"_s, city},
                     {u"specialist_id"_s, specialistId},
                     {u"model_interest"_s, modelInterest},
                     {u"stage"_s, QString::fromLatin1(stageName(stage))},
                     {u"outcome"_s, outcome.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome)},
                     {u"last_contact_at"_s, jsonTime(lastContactAt)},
                     {u"interactions"_s, interactionCount}};
}

struct Workspace::Impl {
  QString directory;
  mutable sql::Database db;

  void connect() const {
    db = sql::Database::open((directory + u"/workspace.sqlite"_s).toStdString(), true);
    db.exec("PRAGMA foreign_keys = ON");
    db.queryText("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
  }
};

Workspace::Workspace(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& directory, OpenMode mode) {
  const QString dir = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
  const QFileInfo info(dir);
  if (info.exists() && !info.isDir())
    return fail(
        ErrorCode::Workspace,
        QCoreApplication::translate("ll::crm::Workspace",
                                    "'%1' is a file, not a workspace folder. Choose a folder (it is created "
                                    "if missing).")
            .arg(dir));
  const QString dbPath = dir + u"/workspace.sqlite"_s;
  if (mode == OpenMode::MustExist && !QFileInfo::exists(dbPath))
    return fail(ErrorCode::Workspace,
                QCoreApplication::translate("ll::crm::Workspace",
                                            "'%1' is not a LeadLadder workspace (no workspace.sqlite in it).")
                    .arg(dir));
  if (!QDir().mkpath(dir + u"/logs"_s) || !QDir().mkpath(dir + u"/profiles"_s))
    return fail(
        ErrorCode::Workspace,
        QCoreApplication::translate("ll::crm::Workspace",
                                    "Cannot create the workspace folder '%1': check that it is writable.")
            .arg(dir));

  log::setFile((dir + u"/logs/leadladder.log"_s).toStdString());
  auto impl = std::make_unique<Impl>();
  impl->directory = dir;
  try {
    impl->connect();
    const auto check = impl->db.queryText("PRAGMA quick_check");
    if (check != "ok")
      return fail(
          ErrorCode::Workspace,
          QCoreApplication::translate("ll::crm::Workspace",
                                      "The workspace database '%1' is damaged (%2). Restore it from a backup "
                                      "or start a new workspace.")
              .arg(dbPath,
                   check ? text(*check) : QCoreApplication::translate("ll::crm::Workspace", "no answer")));
    migrate(impl->db);
  } catch (const sql::SqlError& e) {
    if (e.code() == 26 /* SQLITE_NOTADB */)
      return fail(
          ErrorCode::Workspace,
          QCoreApplication::translate("ll::crm::Workspace",
                                      "'%1' is not a SQLite database; it cannot be opened as a workspace.")
              .arg(dbPath));
    return std::unexpected(workspaceError(dir, e));
  } catch (const std::runtime_error& e) {
    return fail(ErrorCode::Workspace, QString::fromUtf8(e.what()), dir);
  }
  log::get("store")->info("workspace opened (schema {})", latestSchemaVersion());
  return std::unique_ptr<Workspace>(new Workspace(std::move(impl)));
}

QString Workspace::directory() const { return m_impl->directory; }
QString Workspace::databasePath() const { return m_impl->directory + u"/workspace.sqlite"_s; }
QString Workspace::logFilePath() const { return m_impl->directory + u"/logs/leadladder.log"_s; }
QString Workspace::profilesDirectory() const { return m_impl->directory + u"/profiles"_s; }
sql::Database& Workspace::database() const {
  if (!m_impl->db.isOpen()) m_impl->connect();
  return m_impl->db;
}

void Workspace::releaseConnection() { m_impl->db.close(); }

Result<WorkspaceStats> Workspace::stats() const {
  try {
    auto& db = database();
    WorkspaceStats s;
    auto leads = db.prepare(
        "SELECT count(*), sum(outcome IS NULL), sum(outcome = 'won'), sum(outcome = 'lost'),"
        " min(created_at), max(created_at) FROM leads");
    leads.step();
    s.leads = leads.columnInt(0);
    s.openLeads = leads.columnInt(1);
    s.wonLeads = leads.columnInt(2);
    s.lostLeads = leads.columnInt(3);
    s.firstLeadAt = optionalInt(leads, 4);
    s.lastLeadAt = optionalInt(leads, 5);
    s.interactions = db.queryInt("SELECT count(*) FROM interactions").value_or(0);
    s.imports = db.queryInt("SELECT count(*) FROM imports").value_or(0);
    auto kinds = db.prepare("SELECT kind, count(*) FROM interactions GROUP BY kind ORDER BY count(*) DESC");
    while (kinds.step()) s.interactionsByKind.emplace_back(text(kinds.columnText(0)), kinds.columnInt(1));
    auto stages = db.prepare(
        "SELECT stage_rank, count(*) FROM leads WHERE outcome IS NULL GROUP BY stage_rank ORDER BY stage_rank DESC");
    while (stages.step())
      s.openLeadsByStage.emplace_back(QString::fromLatin1(stageName(static_cast<Stage>(stages.columnInt(0)))),
                                      stages.columnInt(1));
    s.schemaVersion = static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0));
    return s;
  } catch (const sql::SqlError& e) {
    return std::unexpected(workspaceError(m_impl->directory, e));
  }
}

namespace {

std::string whereClause(const LeadQuery& q) {
  std::string where = " WHERE 1";
  if (q.openOnly) where += " AND outcome IS NULL";
  if (!q.specialistId.isEmpty()) where += " AND specialist_id = ?1";
  return where;
}

}  // namespace

Result<std::vector<LeadRow>> Workspace::leads(const LeadQuery& q) const {
  try {
    std::string sql =
        "SELECT id, lead_id, created_at, channel, city, specialist_id, model_interest, stage_rank, outcome,"
        " last_contact_at, interaction_count FROM leads" + whereClause(q);
    switch (q.order) {
      case LeadOrder::FunnelRecency:
        sql += " ORDER BY stage_rank DESC, last_contact_at DESC NULLS LAST, created_at DESC, id";
        break;
      case LeadOrder::Newest: sql += " ORDER BY created_at DESC NULLS LAST, id"; break;
      case LeadOrder::LeadId: sql += " ORDER BY lead_id"; break;
    }
    sql += " LIMIT ?2 OFFSET ?3";
    auto stmt = database().prepare(sql);
    const QByteArray specialist = q.specialistId.toUtf8();
    if (!q.specialistId.isEmpty()) stmt.bindText(1, std::string_view(specialist.constData(), specialist.size()));
    stmt.bind(2, std::int64_t(q.limit));
    stmt.bind(3, std::int64_t(q.offset));
    std::vector<LeadRow> rows;
    while (stmt.step()) {
      LeadRow r;
      r.id = stmt.columnInt(0);
      r.leadId = text(stmt.columnText(1));
      r.createdAt = optionalInt(stmt, 2);
      r.channel = text(stmt.columnText(3));
      r.city = text(stmt.columnText(4));
      r.specialistId = text(stmt.columnText(5));
      r.modelInterest = text(stmt.columnText(6));
      r.stage = static_cast<Stage>(stmt.columnInt(7));
      r.outcome = text(stmt.columnText(8));
      r.lastContactAt = optionalInt(stmt, 9);
      r.interactionCount = stmt.columnInt(10);
      rows.push_back(std::move(r));
    }
    return rows;
  } catch (const sql::SqlError& e) {
    return std::unexpected(workspaceError(m_impl->directory, e));
  }
}

Result<qint64> Workspace::countLeads(const LeadQuery& q) const {
  try {
    auto stmt = database().prepare("SELECT count(*) FROM leads" + whereClause(q));
    const QByteArray specialist = q.specialistId.toUtf8();
    if (!q.specialistId.isEmpty()) stmt.bindText(1, std::string_view(specialist.constData(), specialist.size()));
    stmt.step();
    return stmt.columnInt(0);
  } catch (const sql::SqlError& e) {
    return std::unexpected(workspaceError(m_impl->directory, e));
  }
}

Result<std::vector<ImportRecord>> Workspace::imports() const {
  try {
    auto stmt = database().prepare(
        "SELECT id, file_name, file_sha256, format, shape, finished_at, rows_read, leads_inserted, leads_updated,"
        " interactions_inserted, rows_rejected FROM imports ORDER BY id");
    std::vector<ImportRecord> out;
    while (stmt.step()) {
      ImportRecord r;
      r.id = stmt.columnInt(0);
      r.fileName = text(stmt.columnText(1));
      r.sha256 = text(stmt.columnText(2));
      r.format = text(stmt.columnText(3));
      r.shape = text(stmt.columnText(4));
      r.finishedAt = stmt.columnInt(5);
      r.rowsRead = stmt.columnInt(6);
      r.leadsInserted = stmt.columnInt(7);
      r.leadsUpdated = stmt.columnInt(8);
      r.interactionsInserted = stmt.columnInt(9);
      r.rowsRejected = stmt.columnInt(10);
      out.push_back(std::move(r));
    }
    return out;
  } catch (const sql::SqlError& e) {
    return std::unexpected(workspaceError(m_impl->directory, e));
  }
}

Result<std::optional<MappingProfile>> Workspace::rememberedProfile(const QString& sourceKey) const {
  try {
    auto stmt = database().prepare("SELECT profile_json FROM mapping_profiles WHERE source_key = ?1");
    const QByteArray key = sourceKey.toUtf8();
    stmt.bindText(1, std::string_view(key.constData(), key.size()));
    if (!stmt.step()) return std::optional<MappingProfile>{};
    const auto json = stmt.columnText(0);
    const auto doc = QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())));
    auto profile = MappingProfile::fromJson(doc.object());
    if (!profile) return std::unexpected(profile.error());
    return std::optional<MappingProfile>(std::move(*profile));
  } catch (const sql::SqlError& e) {
    return std::unexpected(workspaceError(m_impl->directory, e));
  }
}

}  // namespace ll::crm
