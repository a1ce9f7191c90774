#pragma once
// A workspace is a folder: workspace.sqlite (the store), logs/ (rotating log files) and
// profiles/ (mapping profiles as JSON, for users to read and edit). Workspace is the service
// the GUI, the CLI and the tests share; nothing outside core/crm writes SQL.

#include "common/error.h"
#include "crm/mappingprofile.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ll::sql {
class Database;
}

namespace ll::crm {

// The funnel position of a lead, derived from its interactions (deepest stage reached).
enum class Stage : int { New = 0, Engaged = 1, StoreVisit = 2, TestDrive = 3, Quote = 4 };
const char* stageName(Stage stage);  // "new", "engaged", "store_visit", "test_drive", "quote"

struct WorkspaceStats {
  qint64 leads = 0;
  qint64 openLeads = 0;
  qint64 wonLeads = 0;
  qint64 lostLeads = 0;
  qint64 interactions = 0;
  qint64 imports = 0;
  std::vector<std::pair<QString, qint64>> interactionsByKind;  // kind name -> count
  std::vector<std::pair<QString, qint64>> openLeadsByStage;    // stage name -> count
  std::optional<std::int64_t> firstLeadAt;
  std::optional<std::int64_t> lastLeadAt;
  int schemaVersion = 0;

  [[nodiscard]] QJsonObject toJson() const;
};

struct LeadRow {
  qint64 id = 0;            // internal row id
  QString leadId;           // the CRM's id
  std::optional<std::int64_t> createdAt;
  QString channel;
  QString city;
  QString specialistId;
  QString modelInterest;
  Stage stage = Stage::New;
  QString outcome;          // empty (open), "won", "lost"
  std::optional<std::int64_t> lastContactAt;
  qint64 interactionCount = 0;

  [[nodiscard]] QJsonObject toJson() const;
};

enum class LeadOrder {
  FunnelRecency,  // deepest stage first, then most recent contact: the Funnel+Recency baseline
  Newest,         // created_at descending
  LeadId,
};

struct LeadQuery {
  LeadOrder order = LeadOrder::FunnelRecency;
  bool openOnly = true;   // leave out won and lost leads
  QString specialistId;   // empty = all
  qint64 offset = 0;
  qint64 limit = 100;
};

struct ImportRecord {
  qint64 id = 0;
  QString fileName;
  QString sha256;
  QString format;
  QString shape;
  std::int64_t finishedAt = 0;
  qint64 rowsRead = 0;
  qint64 leadsInserted = 0;
  qint64 leadsUpdated = 0;
  qint64 interactionsInserted = 0;
  qint64 rowsRejected = 0;
};

class Workspace final {
 public:
  enum class OpenMode { CreateIfMissing, MustExist };

  // Opens (or creates) the workspace folder, migrates its schema, and starts logging into its
  // logs/ folder. Errors name the folder and what to do.
  static Result<std::unique_ptr<Workspace>> open(const QString& directory,
                                                 OpenMode mode = OpenMode::CreateIfMissing);
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  [[nodiscard]] QString directory() const;
  [[nodiscard]] QString databasePath() const;
  [[nodiscard]] QString logFilePath() const;
  [[nodiscard]] QString profilesDirectory() const;

  Result<WorkspaceStats> stats() const;
  Result<std::vector<LeadRow>> leads(const LeadQuery& query) const;
  Result<qint64> countLeads(const LeadQuery& query) const;
  Result<std::vector<ImportRecord>> imports() const;

  // The profile remembered for exports whose header has this signature.
  Result<std::optional<MappingProfile>> rememberedProfile(const QString& sourceKey) const;

  // Closes this object's database connection until the next query reopens it. Call it on the
  // thread that owns the workspace before a bulk import, so the import job (on its own
  // connection) may switch the journal mode for speed.
  void releaseConnection();

  // The connection for queries on the owning thread (opened on demand). Internal to core/crm
  // and tests: nothing outside core writes SQL.
  [[nodiscard]] sql::Database& database() const;

 private:
  struct Impl;
  explicit Workspace(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ll::crm
