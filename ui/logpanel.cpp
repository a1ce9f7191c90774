#include "logpanel.h"

#include "common/logging.h"

#include <spdlog/details/log_msg.h>
#include <spdlog/sinks/base_sink.h>

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <chrono>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {

// Runs on whichever thread logs. It only queues the record and, when the queue was empty,
// posts one call to the model's thread to take the batch.
class LogModel::Sink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  Sink(LogModel* model, int capacity) : m_model(model), m_capacity(static_cast<std::size_t>(capacity)) {}

  void detach() {
    std::lock_guard lock(m_queueMutex);
    m_model = nullptr;
    m_queue.clear();
  }

  std::vector<LogRecord> take() {
    std::lock_guard lock(m_queueMutex);
    std::vector<LogRecord> out(std::make_move_iterator(m_queue.begin()), std::make_move_iterator(m_queue.end()));
    m_queue.clear();
    return out;
  }

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    LogRecord record;
    record.time = QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count());
    record.level = static_cast<LogLevel>(static_cast<int>(msg.level));
    record.source = QString::fromUtf8(msg.logger_name.data(), static_cast<qsizetype>(msg.logger_name.size()));
    record.message = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));

    // Posting under the lock: detach() takes it too, so the model cannot be destroyed between
    // the check and the post (posted events to a deleted object are discarded).
    std::lock_guard lock(m_queueMutex);
    if (!m_model) return;
    m_queue.push_back(std::move(record));
    if (m_queue.size() > m_capacity) m_queue.pop_front();
    if (m_queue.size() == 1) QMetaObject::invokeMethod(m_model, &LogModel::drain, Qt::QueuedConnection);
  }
  void flush_() override {}

 private:
  std::mutex m_queueMutex;
  LogModel* m_model;
  std::deque<LogRecord> m_queue;
  std::size_t m_capacity;
};

namespace {

bool isIssue(LogLevel level) {
  return level >= LogLevel::Warning;
}

}  // namespace

// ---- LogModel ----------------------------------------------------------------------------------

LogModel::LogModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)), m_sink(std::make_shared<Sink>(this, m_capacity)) {
  m_sink->set_level(spdlog::level::info);
}

LogModel::~LogModel() {
  m_sink->detach();
}

std::shared_ptr<spdlog::sinks::sink> LogModel::sink() const {
  return m_sink;
}

void LogModel::setRecordLevel(LogLevel level) {
  // The setting is application-wide: the loggers themselves drop what is below it, so the log
  // file in the workspace follows the panel.
  const auto spdLevel = static_cast<spdlog::level::level_enum>(static_cast<int>(level));
  m_sink->set_level(spdLevel);
  log::setLevel(spdLevel);
}

LogLevel LogModel::recordLevel() const {
  return static_cast<LogLevel>(static_cast<int>(m_sink->level()));
}

int LogModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int LogModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::levelName(LogLevel level) {
  switch (level) {
    case LogLevel::Trace: return tr("Trace");
    case LogLevel::Debug: return tr("Debug");
    case LogLevel::Info: return tr("Info");
    case LogLevel::Warning: return tr("Warning");
    case LogLevel::Error: return tr("Error");
    case LogLevel::Critical: return tr("Critical");
  }
  return {};
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const LogRecord& r = record(index.row());
  if (role == LevelRole) return static_cast<int>(r.level);
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case TimeColumn: return r.time.toString(u"HH:mm:ss.zzz"_s);
      case LevelColumn: return levelName(r.level);
      case SourceColumn: return r.source;
      case MessageColumn: return r.message;
      default: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    if (index.column() == MessageColumn) return r.message;
    if (index.column() == TimeColumn) return QLocale().toString(r.time, QLocale::LongFormat);
  }
  if (role == Qt::DecorationRole && index.column() == LevelColumn && isIssue(r.level)) {
    const auto* style = QApplication::style();
    return style->standardIcon(r.level == LogLevel::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical);
  }
  return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case SourceColumn: return tr("Source");
    case MessageColumn: return tr("Message");
    default: return {};
  }
}

void LogModel::drain() {
  append(m_sink->take());
}

void LogModel::append(std::vector<LogRecord> records) {
  if (records.empty()) return;
  const int oldIssues = m_issues;
  const auto capacity = static_cast<std::size_t>(m_capacity);
  if (records.size() > capacity) records.erase(records.begin(), records.end() - static_cast<std::ptrdiff_t>(capacity));
  const std::size_t overflow = m_records.size() + records.size() > capacity ? m_records.size() + records.size() - capacity : 0;
  if (overflow > 0) {
    beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
    for (std::size_t i = 0; i < overflow; ++i) {
      if (isIssue(m_records.front().level)) --m_issues;
      m_records.pop_front();
    }
    endRemoveRows();
  }
  const int first = static_cast<int>(m_records.size());
  beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
  for (auto& r : records) {
    if (isIssue(r.level)) ++m_issues;
    m_records.push_back(std::move(r));
  }
  endInsertRows();
  if (m_issues != oldIssues) emit issueCountChanged(m_issues);
}

void LogModel::clear() {
  beginResetModel();
  m_records.clear();
  m_issues = 0;
  endResetModel();
  emit issueCountChanged(0);
}

// ---- LogFilterModel ----------------------------------------------------------------------------

void LogFilterModel::setMinimumLevel(LogLevel level) {
  if (level == m_minimum) return;
  m_minimum = level;
  invalidateFilter();
}

void LogFilterModel::setText(const QString& text) {
  if (text == m_text) return;
  m_text = text;
  invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const auto* model = qobject_cast<const LogModel*>(sourceModel());
  if (!model || sourceParent.isValid()) return true;
  const LogRecord& r = model->record(sourceRow);
  if (r.level < m_minimum) return false;
  return m_text.isEmpty() || r.message.contains(m_text, Qt::CaseInsensitive) ||
         r.source.contains(m_text, Qt::CaseInsensitive);
}

// ---- LogPanel ----------------------------------------------------------------------------------

LogPanel::LogPanel(QWidget* parent)
    : QDockWidget(parent), m_model(new LogModel(this)), m_filter(new LogFilterModel(this)) {
  setObjectName(u"logPanel"_s);
  setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::LeftDockWidgetArea |
                  Qt::RightDockWidgetArea);
  m_filter->setSourceModel(m_model);

  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* bar = new QHBoxLayout;
  m_tabs = new QTabBar(body);
  m_tabs->setObjectName(u"logTabs"_s);
  m_tabs->setDrawBase(false);
  m_tabs->addTab(QString());
  m_tabs->addTab(QString());
  m_levelCombo = new QComboBox(body);
  m_levelCombo->setObjectName(u"logLevelFilter"_s);
  for (const LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
    m_levelCombo->addItem(QString(), static_cast<int>(level));
  m_levelCombo->setCurrentIndex(0);
  m_levelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_search = new QLineEdit(body);
  m_search->setObjectName(u"logSearch"_s);
  m_search->setClearButtonEnabled(true);
  m_clearButton = new QPushButton(body);
  m_clearButton->setObjectName(u"logClear"_s);
  bar->addWidget(m_tabs);
  bar->addStretch(1);
  bar->addWidget(m_levelCombo);
  bar->addWidget(m_search, 1);
  bar->addWidget(m_clearButton);
  layout->addLayout(bar);

  m_view = new QTableView(body);
  m_view->setObjectName(u"logView"_s);
  m_view->setModel(m_filter);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->setWordWrap(false);
  m_view->setAlternatingRowColors(true);
  m_view->verticalHeader()->hide();
  m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
  m_view->horizontalHeader()->setStretchLastSection(true);
  m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
  m_view->setColumnWidth(LogModel::TimeColumn, 100);
  m_view->setColumnWidth(LogModel::LevelColumn, 100);
  m_view->setColumnWidth(LogModel::SourceColumn, 80);
  layout->addWidget(m_view, 1);
  setWidget(body);

  connect(m_tabs, &QTabBar::currentChanged, this, &LogPanel::updateFilter);
  connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &LogPanel::updateFilter);
  connect(m_search, &QLineEdit::textChanged, m_filter, &LogFilterModel::setText);
  connect(m_clearButton, &QPushButton::clicked, m_model, &LogModel::clear);
  connect(m_model, &LogModel::issueCountChanged, this, &LogPanel::retranslateUi);
  // Keeps the newest record in sight unless the reader has scrolled away from the bottom.
  connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
    if (!m_view->isVisible()) return;
    if (auto* scroll = m_view->verticalScrollBar(); scroll->value() >= scroll->maximum() - 2) m_view->scrollToBottom();
  });

  retranslateUi();
  updateFilter();
  log::addSink(m_model->sink());
}

LogPanel::~LogPanel() {
  log::removeSink(m_model->sink());
}

void LogPanel::setIssuesOnly(bool issuesOnly) {
  m_tabs->setCurrentIndex(issuesOnly ? 1 : 0);
}

bool LogPanel::issuesOnly() const {
  return m_tabs->currentIndex() == 1;
}

void LogPanel::setMinimumLevel(LogLevel level) {
  const int index = m_levelCombo->findData(static_cast<int>(level));
  if (index >= 0) m_levelCombo->setCurrentIndex(index);
}

void LogPanel::updateFilter() {
  const bool issues = issuesOnly();
  m_levelCombo->setEnabled(!issues);
  const auto chosen = static_cast<LogLevel>(m_levelCombo->currentData().toInt());
  m_filter->setMinimumLevel(issues ? LogLevel::Warning : chosen);
}

void LogPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QDockWidget::changeEvent(event);
}

void LogPanel::retranslateUi() {
  const int issues = m_model->issueCount();
  setWindowTitle(issues > 0 ? tr("Log — %n issue(s)", nullptr, issues) : tr("Log"));
  m_tabs->setTabText(0, tr("All"));
  m_tabs->setTabText(1, issues > 0 ? tr("Issues (%1)").arg(issues) : tr("Issues"));
  m_tabs->setTabToolTip(1, tr("Warnings and errors: failed jobs, rejected rows"));
  const QString levelTexts[] = {tr("Debug and above"), tr("Info and above"), tr("Warnings and errors"),
                                tr("Errors only")};
  for (int i = 0; i < m_levelCombo->count(); ++i) m_levelCombo->setItemText(i, levelTexts[i]);
  m_search->setPlaceholderText(tr("Filter…"));
  m_clearButton->setText(tr("Clear"));
  m_model->headerDataChanged(Qt::Horizontal, 0, LogModel::ColumnCount - 1);
}

}  // namespace ll::ui
