#pragma once
// The "Queues" page: a queue selector (hot list, all open leads, each funnel tier, with counts),
// a filter bar (specialist, city, channel, tier, a date range on creation or last contact, and a
// debounced full-text search in notes), the queue as a table that sorts by any header (a new
// query in the store each time), and a lead's detail on Enter or double-click.

#include "crm/queuequery.h"
#include "leaddetail.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QTimer;

namespace ll::ui {

class QueueModel;

class QueuePage final : public QWidget {
  Q_OBJECT

 public:
  // Search text waits this long after the last key before it queries.
  static constexpr int kSearchDelayMs = 300;

  explicit QueuePage(QueueModel* model, QWidget* parent = nullptr);

  [[nodiscard]] QueueModel* model() const { return m_model; }
  [[nodiscard]] QTableView* view() const { return m_view; }
  [[nodiscard]] QListWidget* queueList() const { return m_queues; }
  [[nodiscard]] QLineEdit* searchField() const { return m_search; }

  // The queues in the selector, in order: hot list, all open leads, then each tier.
  void selectHotList();
  void selectAllOpen();
  void selectTier(const QString& tier);

  void setFilter(const crm::QueueFilter& filter);  // updates the filter bar too
  [[nodiscard]] crm::QueueFilter filter() const;
  void clearFilters();

  // Opens the detail of the lead in `row` (without blocking); null when there is none.
  LeadDetailDialog* openDetail(int row);
  void setRankExplainer(std::shared_ptr<RankExplainer> explainer) { m_explainer = std::move(explainer); }

  // "Ranked by …" or the Funnel+Recency note, as shown above the table.
  [[nodiscard]] QString policyText() const;
  [[nodiscard]] QString countText() const;

 signals:
  void detailOpened(LeadDetailDialog* dialog);

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void retranslateUi();
  void applyFilters();
  void onModelReloaded();
  void refreshQueueList();
  void refreshFilterValues();
  void onQueueSelected();
  [[nodiscard]] crm::QueueSpec specFromControls() const;

  QueueModel* m_model;
  std::shared_ptr<RankExplainer> m_explainer;
  QListWidget* m_queues = nullptr;
  QLabel* m_policy = nullptr;
  QLabel* m_count = nullptr;
  QLabel* m_hotLabel = nullptr;
  QSpinBox* m_hotSize = nullptr;
  QComboBox* m_hotUnit = nullptr;
  QComboBox* m_specialist = nullptr;
  QComboBox* m_city = nullptr;
  QComboBox* m_channel = nullptr;
  QComboBox* m_tier = nullptr;
  QComboBox* m_dateField = nullptr;
  QCheckBox* m_dateEnabled = nullptr;
  QDateEdit* m_dateFrom = nullptr;
  QDateEdit* m_dateTo = nullptr;
  QLineEdit* m_search = nullptr;
  QTimer* m_searchDelay = nullptr;
  QTableView* m_view = nullptr;
  bool m_updating = false;  // controls being filled from the model: no queries
};

}  // namespace ll::ui
