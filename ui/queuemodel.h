#pragma once
// One queue (hot list, a funnel tier, or all open leads) as a thin table model over
// crm::QueueQuery. The model claims every row the queue has but holds only the pages the view
// has asked for (a window of pages, oldest dropped first), so a queue of a million leads opens
// with one page read and the scroll bar shows its real length. Sorting and filtering are new
// queries in the store, never a proxy model (a proxy over 1M rows takes seconds per sort).

#include "crm/queuequery.h"

#include <QAbstractTableModel>

#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

namespace ll::ui {

class QueueModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column : int {
    Rank,
    LeadId,
    Score,
    Probability,
    Tier,
    LastContact,
    Specialist,
    Channel,
    City,
    Age,
    ColumnCount
  };
  Q_ENUM(Column)

  enum Role : int {
    // The unformatted value: qint64 seconds for times, double for scores, QString for text.
    // Null QVariant where the store has nothing.
    RawValueRole = Qt::UserRole,
    RowIdRole,  // the store's internal id of the lead, stable across reloads
  };

  static constexpr int kPageSize = 200;
  static constexpr int kMaxCachedPages = 64;

  explicit QueueModel(QObject* parent = nullptr);
  ~QueueModel() override;

  // Shows the queue of `workspace` (nullptr: none). The model does not own the workspace; the
  // caller keeps it alive until it sets another one.
  void setWorkspace(const crm::Workspace* workspace);
  [[nodiscard]] const crm::Workspace* workspace() const { return m_workspace; }
  // The query service on the workspace (null without one); valid until the next setWorkspace.
  [[nodiscard]] const crm::QueueQuery* query() const { return m_query.get(); }

  // Which queue, filters and order; reloads.
  void setSpec(const crm::QueueSpec& spec);
  [[nodiscard]] const crm::QueueSpec& spec() const { return m_spec; }

  // Looks up the ranking policy again, counts and drops the loaded pages (after an import or a
  // scoring run). Emits reloaded().
  // Reads the current page again; the ranking policy is looked up again only when another
  // connection (an import, a scoring run) has committed since (QueueQuery::refreshIfChanged).
  void reload();
  // Reload that always looks the policy up again (after writing through the workspace's own
  // connection).
  void refresh();

  // While frozen the model never calls into the workspace: an import running on a worker
  // thread uses the workspace's connection, which must not be shared between threads.
  void setFrozen(bool frozen);
  [[nodiscard]] bool isFrozen() const { return m_frozen; }

  [[nodiscard]] qint64 totalCount() const { return m_total; }
  [[nodiscard]] const crm::RankingPolicy& policy() const { return m_policy; }
  // The row's lead, loading its page if needed; null outside the queue or when it cannot load.
  [[nodiscard]] const crm::QueueRow* leadAt(int row) const;
  [[nodiscard]] int loadedPageCount() const { return static_cast<int>(m_pages.size()); }

  [[nodiscard]] QString lastError() const { return m_lastError; }

  // Header texts are translated when asked for; call after the UI language changed.
  void retranslate();

  [[nodiscard]] static QString tierText(const QString& tier);
  [[nodiscard]] static crm::QueueColumn queueColumn(int column);
  [[nodiscard]] static int columnOf(crm::QueueColumn column);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  // Ascending is each column's natural order: rank 1, the highest score and probability, the
  // newest contact and the youngest lead first; names A to Z.
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

 signals:
  void loadFailed(const QString& message);
  void reloaded();

 private:
  const std::vector<crm::QueueRow>* page(qint64 index) const;
  QVariant displayValue(const crm::QueueRow& lead, int column) const;
  QVariant rawValue(const crm::QueueRow& lead, int column) const;
  void reportError(const QString& message) const;

  const crm::Workspace* m_workspace = nullptr;
  std::unique_ptr<crm::QueueQuery> m_query;
  crm::QueueSpec m_spec;
  crm::RankingPolicy m_policy;
  qint64 m_total = 0;
  bool m_frozen = false;
  bool m_forceRefresh = false;
  mutable std::unordered_map<qint64, std::vector<crm::QueueRow>> m_pages;
  mutable std::deque<qint64> m_pageOrder;  // least recently loaded first
  mutable QString m_lastError;
};

}  // namespace ll::ui
