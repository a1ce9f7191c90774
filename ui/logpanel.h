#pragma once
// The log/issues panel: every record the application's spdlog loggers write, shown in a dock.
// A sink on the logging threads only queues records; the GUI thread takes them in batches, so
// a burst of records from a worker cannot flood the event loop. The model keeps the newest
// records in a capped ring. "Issues" are the warnings and errors (failed jobs, rejected rows).
// Records never carry personal data: the loggers do not write any.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QDockWidget>
#include <QSortFilterProxyModel>

#include <deque>
#include <memory>
#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTableView;

namespace spdlog::sinks {
class sink;
}

namespace ll::ui {

// spdlog's levels, as ints so that this header needs no spdlog.
enum class LogLevel : int { Trace = 0, Debug = 1, Info = 2, Warning = 3, Error = 4, Critical = 5 };

struct LogRecord {
  QDateTime time;
  LogLevel level = LogLevel::Info;
  QString source;  // logger name: "import", "store", "ui", ...
  QString message;
};

class LogModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { TimeColumn, LevelColumn, SourceColumn, MessageColumn, ColumnCount };
  enum Role { LevelRole = Qt::UserRole + 1 };
  static constexpr int kDefaultCapacity = 5000;

  explicit LogModel(QObject* parent = nullptr, int capacity = kDefaultCapacity);
  // Detaches the sink: records logged afterwards go nowhere.
  ~LogModel() override;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // The sink to add to the loggers (ll::log::addSink). It may be used from any thread.
  [[nodiscard]] std::shared_ptr<spdlog::sinks::sink> sink() const;
  // Records below this level are not kept (the "log level" setting).
  void setRecordLevel(LogLevel level);
  [[nodiscard]] LogLevel recordLevel() const;

  // GUI thread: appends records (oldest dropped beyond the capacity).
  void append(std::vector<LogRecord> records);
  void clear();
  [[nodiscard]] const LogRecord& record(int row) const { return m_records[static_cast<std::size_t>(row)]; }
  [[nodiscard]] int capacity() const { return m_capacity; }
  [[nodiscard]] int issueCount() const { return m_issues; }

  // Takes what the sink has queued now (normally done by a queued call the sink posts).
  void drain();

  static QString levelName(LogLevel level);  // translated

 signals:
  void issueCountChanged(int count);

 private:
  class Sink;
  std::deque<LogRecord> m_records;
  int m_capacity;
  int m_issues = 0;
  std::shared_ptr<Sink> m_sink;
};

// Filters a LogModel by minimum level and text.
class LogFilterModel final : public QSortFilterProxyModel {
  Q_OBJECT

 public:
  using QSortFilterProxyModel::QSortFilterProxyModel;
  void setMinimumLevel(LogLevel level);
  [[nodiscard]] LogLevel minimumLevel() const { return m_minimum; }
  void setText(const QString& text);

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  LogLevel m_minimum = LogLevel::Trace;
  QString m_text;
};

class LogPanel final : public QDockWidget {
  Q_OBJECT

 public:
  // Adds its sink to the application's loggers; removes it when destroyed.
  explicit LogPanel(QWidget* parent = nullptr);
  ~LogPanel() override;

  [[nodiscard]] LogModel* model() const { return m_model; }
  [[nodiscard]] LogFilterModel* filterModel() const { return m_filter; }
  [[nodiscard]] QTableView* view() const { return m_view; }
  // Shows only warnings and errors.
  void setIssuesOnly(bool issuesOnly);
  [[nodiscard]] bool issuesOnly() const;
  // The level filter of the "All" view.
  void setMinimumLevel(LogLevel level);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslateUi();
  void updateFilter();

  LogModel* m_model;
  LogFilterModel* m_filter;
  QTabBar* m_tabs = nullptr;
  QComboBox* m_levelCombo = nullptr;
  QLineEdit* m_search = nullptr;
  QPushButton* m_clearButton = nullptr;
  QTableView* m_view = nullptr;
};

}  // namespace ll::ui
