#pragma once
// The lead list as a thin item model over Workspace::leads(). Rows arrive in pages as the view
// scrolls (canFetchMore/fetchMore), so a workspace of a million leads opens as fast as one of
// a hundred. The order is the store's (today the Funnel+Recency queue): sorting belongs below
// the view, in SQL, because a proxy model over 1M rows takes seconds per sort.

#include "crm/workspace.h"

#include <QAbstractTableModel>

#include <vector>

namespace ll::ui {

class LeadTableModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column : int {
    Rank,
    LeadId,
    Stage,
    LastContact,
    Specialist,
    Channel,
    City,
    Created,
    Interactions,
    ColumnCount
  };
  Q_ENUM(Column)

  enum Role : int {
    // The unformatted value: qint64 seconds for times, int for stage and counts, QString for
    // text. Null QVariant where the store has nothing.
    RawValueRole = Qt::UserRole,
    RowIdRole,  // the store's internal id of the lead, stable across reloads
  };

  static constexpr qint64 kPageSize = 500;

  explicit LeadTableModel(QObject* parent = nullptr);

  // Shows the leads of `workspace` (nullptr: none). The model does not own the workspace; the
  // caller keeps it alive until it sets another one.
  void setWorkspace(const crm::Workspace* workspace);
  [[nodiscard]] const crm::Workspace* workspace() const { return m_workspace; }

  // Drops what is loaded and starts again from the first page (after an import).
  void reload();

  // While frozen the model never calls into the workspace: an import running on a worker
  // thread uses the workspace's connection, which must not be shared between threads.
  void setFrozen(bool frozen);
  [[nodiscard]] bool isFrozen() const { return m_frozen; }

  // How many leads the query matches in total; rowCount() is how many are loaded so far.
  [[nodiscard]] qint64 totalCount() const { return m_total; }
  [[nodiscard]] const crm::LeadRow* leadAt(int row) const;

  // The last error from the workspace, empty when the last query succeeded.
  [[nodiscard]] QString lastError() const { return m_lastError; }

  // Header texts are translated when asked for; call after the UI language changed.
  void retranslate();

  [[nodiscard]] static QString stageText(crm::Stage stage);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

 signals:
  void loadFailed(const QString& message);

 private:
  [[nodiscard]] crm::LeadQuery baseQuery() const;
  QVariant displayValue(const crm::LeadRow& lead, int row, int column) const;
  QVariant rawValue(const crm::LeadRow& lead, int row, int column) const;
  void reportError(const QString& message);

  const crm::Workspace* m_workspace = nullptr;
  std::vector<crm::LeadRow> m_rows;
  qint64 m_total = 0;
  bool m_frozen = false;
  bool m_notifying = false;
  QString m_lastError;
};

}  // namespace ll::ui
