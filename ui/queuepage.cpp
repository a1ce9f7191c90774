#include "queuepage.h"

#include "common/logging.h"
#include "leaddetail.h"
#include "queuemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {
namespace {

const QString kHotKey = u"@hot"_s;
const QString kAllKey = u"@all"_s;

// Widths that fit typical content, used until the user has sized the columns.
constexpr int kDefaultColumnWidths[QueueModel::ColumnCount] = {64, 110, 70, 90, 130, 140, 120, 100, 100, 80};

qint64 dayStart(const QDate& date) {
  return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

void fillCombo(QComboBox* combo, const QString& anyText, const QStringList& values) {
  const QString current = combo->currentData().toString();
  combo->clear();
  combo->addItem(anyText, QString());
  for (const QString& v : values) combo->addItem(v, v);
  const int at = combo->findData(current);
  combo->setCurrentIndex(at < 0 ? 0 : at);
}

}  // namespace

QueuePage::QueuePage(QueueModel* model, QWidget* parent) : QWidget(parent), m_model(model) {
  setObjectName(u"queuePage"_s);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);

  m_policy = new QLabel(this);
  m_policy->setObjectName(u"policyLabel"_s);
  m_policy->setWordWrap(true);
  layout->addWidget(m_policy);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->setObjectName(u"queueSplitter"_s);
  layout->addWidget(splitter, 1);

  m_queues = new QListWidget(splitter);
  m_queues->setObjectName(u"queueList"_s);
  m_queues->setMinimumWidth(170);
  connect(m_queues, &QListWidget::currentRowChanged, this, [this] { onQueueSelected(); });

  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);

  // Filter bar, two rows so that it fits 1366 px wide screens.
  auto* row1 = new QHBoxLayout;
  m_search = new QLineEdit(right);
  m_search->setObjectName(u"searchField"_s);
  m_search->setClearButtonEnabled(true);
  m_searchDelay = new QTimer(this);
  m_searchDelay->setSingleShot(true);
  m_searchDelay->setInterval(kSearchDelayMs);
  connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
  connect(m_searchDelay, &QTimer::timeout, this, &QueuePage::applyFilters);
  connect(m_search, &QLineEdit::returnPressed, this, [this] {
    m_searchDelay->stop();
    applyFilters();
  });
  row1->addWidget(m_search, 2);
  m_specialist = new QComboBox(right);
  m_specialist->setObjectName(u"specialistFilter"_s);
  m_city = new QComboBox(right);
  m_city->setObjectName(u"cityFilter"_s);
  m_channel = new QComboBox(right);
  m_channel->setObjectName(u"channelFilter"_s);
  m_tier = new QComboBox(right);
  m_tier->setObjectName(u"tierFilter"_s);
  for (QComboBox* combo : {m_specialist, m_city, m_channel, m_tier}) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(8);
    connect(combo, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilters);
    row1->addWidget(combo, 1);
  }
  rightLayout->addLayout(row1);

  auto* row2 = new QHBoxLayout;
  m_dateEnabled = new QCheckBox(right);
  m_dateEnabled->setObjectName(u"dateFilterEnabled"_s);
  m_dateField = new QComboBox(right);
  m_dateField->setObjectName(u"dateField"_s);
  m_dateFrom = new QDateEdit(QDate::currentDate().addMonths(-1), right);
  m_dateTo = new QDateEdit(QDate::currentDate(), right);
  for (QDateEdit* edit : {m_dateFrom, m_dateTo}) {
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    connect(edit, &QDateEdit::dateChanged, this, [this] {
      if (m_dateEnabled->isChecked()) applyFilters();
    });
  }
  m_dateFrom->setObjectName(u"dateFrom"_s);
  m_dateTo->setObjectName(u"dateTo"_s);
  connect(m_dateEnabled, &QCheckBox::toggled, this, &QueuePage::applyFilters);
  connect(m_dateField, &QComboBox::currentIndexChanged, this, [this] {
    if (m_dateEnabled->isChecked()) applyFilters();
  });
  row2->addWidget(m_dateEnabled);
  row2->addWidget(m_dateField);
  row2->addWidget(m_dateFrom);
  row2->addWidget(m_dateTo);
  row2->addSpacing(12);
  m_hotLabel = new QLabel(right);
  m_hotSize = new QSpinBox(right);
  m_hotSize->setObjectName(u"hotListSize"_s);
  m_hotSize->setRange(1, 1'000'000);
  m_hotSize->setValue(200);
  m_hotUnit = new QComboBox(right);
  m_hotUnit->setObjectName(u"hotListUnit"_s);
  connect(m_hotSize, &QSpinBox::valueChanged, this, &QueuePage::applyFilters);
  connect(m_hotUnit, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilters);
  row2->addWidget(m_hotLabel);
  row2->addWidget(m_hotSize);
  row2->addWidget(m_hotUnit);
  row2->addStretch(1);
  auto* clear = new QPushButton(right);
  clear->setObjectName(u"clearFilters"_s);
  connect(clear, &QPushButton::clicked, this, &QueuePage::clearFilters);
  row2->addWidget(clear);
  rightLayout->addLayout(row2);

  m_count = new QLabel(right);
  m_count->setObjectName(u"queueCount"_s);
  rightLayout->addWidget(m_count);

  m_view = new QTableView(right);
  m_view->setObjectName(u"leadTable"_s);
  m_view->setModel(m_model);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_view->setAlternatingRowColors(true);
  m_view->setWordWrap(false);
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->verticalHeader()->hide();
  // Fixed row heights keep the view from measuring rows: it matters with a million of them.
  m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
  QHeaderView* header = m_view->horizontalHeader();
  header->setSectionsMovable(true);
  header->setHighlightSections(false);
  header->setStretchLastSection(false);
  header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
  for (int column = 0; column < QueueModel::ColumnCount; ++column)
    m_view->setColumnWidth(column, kDefaultColumnWidths[column]);
  // Sorting re-queries the store (QueueModel::sort); the queue opens in rank order.
  header->setSortIndicator(QueueModel::Rank, Qt::AscendingOrder);
  m_view->setSortingEnabled(true);
  m_view->installEventFilter(this);
  connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openDetail(index.row()); });
  rightLayout->addWidget(m_view, 1);

  splitter->setStretchFactor(1, 1);
  splitter->setSizes({200, 900});

  auto* find = new QShortcut(QKeySequence::Find, this);
  find->setContext(Qt::WidgetWithChildrenShortcut);
  connect(find, &QShortcut::activated, this, [this] {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
  });

  connect(m_model, &QueueModel::reloaded, this, &QueuePage::onModelReloaded);
  retranslateUi();
  m_updating = true;
  m_queues->setCurrentRow(0);
  m_updating = false;
  onModelReloaded();
}

void QueuePage::retranslateUi() {
  setWindowTitle(tr("Queues"));
  m_search->setPlaceholderText(tr("Search notes (Ctrl+F)"));
  m_search->setToolTip(tr("Finds leads whose notes contain every word typed, in English or Chinese."));
  m_dateEnabled->setText(tr("Dates"));
  m_dateField->blockSignals(true);
  const int dateIndex = std::max(0, m_dateField->currentIndex());
  m_dateField->clear();
  m_dateField->addItem(tr("Created"));
  m_dateField->addItem(tr("Last contact"));
  m_dateField->setCurrentIndex(dateIndex);
  m_dateField->blockSignals(false);
  m_dateFrom->setToolTip(tr("From this day"));
  m_dateTo->setToolTip(tr("To this day, inclusive"));
  m_hotLabel->setText(tr("Hot list:"));
  m_hotUnit->blockSignals(true);
  const int unitIndex = std::max(0, m_hotUnit->currentIndex());
  m_hotUnit->clear();
  m_hotUnit->addItem(tr("leads"));
  m_hotUnit->addItem(tr("% of open leads"));
  m_hotUnit->setCurrentIndex(unitIndex);
  m_hotUnit->blockSignals(false);
  if (auto* clear = findChild<QPushButton*>(u"clearFilters"_s)) clear->setText(tr("Clear Filters"));
  onModelReloaded();
}

void QueuePage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

bool QueuePage::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_view && event->type() == QEvent::KeyPress) {
    const auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
      openDetail(m_view->currentIndex().row());
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

crm::QueueFilter QueuePage::filter() const {
  crm::QueueFilter f;
  f.specialist = m_specialist->currentData().toString();
  f.city = m_city->currentData().toString();
  f.channel = m_channel->currentData().toString();
  f.tier = m_tier->currentData().toString();
  f.search = m_search->text().trimmed();
  if (m_dateEnabled->isChecked()) {
    const qint64 from = dayStart(m_dateFrom->date());
    const qint64 to = dayStart(m_dateTo->date().addDays(1));
    if (m_dateField->currentIndex() == 0) {
      f.createdFrom = from;
      f.createdTo = to;
    } else {
      f.contactFrom = from;
      f.contactTo = to;
    }
  }
  return f;
}

void QueuePage::setFilter(const crm::QueueFilter& f) {
  m_updating = true;
  const auto select = [](QComboBox* combo, const QString& value) {
    int at = combo->findData(value);
    if (at < 0 && !value.isEmpty()) {
      combo->addItem(value, value);
      at = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, at));
  };
  select(m_specialist, f.specialist);
  select(m_city, f.city);
  select(m_channel, f.channel);
  select(m_tier, f.tier);
  m_search->setText(f.search);
  m_searchDelay->stop();
  const bool byContact = f.contactFrom || f.contactTo;
  const auto from = byContact ? f.contactFrom : f.createdFrom;
  const auto to = byContact ? f.contactTo : f.createdTo;
  m_dateEnabled->setChecked(from || to);
  m_dateField->setCurrentIndex(byContact ? 1 : 0);
  if (from) m_dateFrom->setDate(QDateTime::fromSecsSinceEpoch(*from, Qt::UTC).date());
  if (to) m_dateTo->setDate(QDateTime::fromSecsSinceEpoch(*to - 1, Qt::UTC).date());
  m_updating = false;
  applyFilters();
}

void QueuePage::clearFilters() {
  setFilter({});
}

crm::QueueSpec QueuePage::specFromControls() const {
  crm::QueueSpec spec = m_model->spec();  // keeps the sort
  const QListWidgetItem* item = m_queues->currentItem();
  const QString key = item ? item->data(Qt::UserRole).toString() : kHotKey;
  if (key == kHotKey) {
    spec.kind = crm::QueueSpec::Kind::HotList;
  } else if (key == kAllKey) {
    spec.kind = crm::QueueSpec::Kind::AllOpen;
  } else {
    spec.kind = crm::QueueSpec::Kind::Tier;
    spec.tier = key;
  }
  if (m_hotUnit->currentIndex() == 1) {
    spec.hotPercent = std::min(100, m_hotSize->value());
  } else {
    spec.hotPercent = 0.0;
    spec.hotCount = m_hotSize->value();
  }
  spec.filter = filter();
  return spec;
}

void QueuePage::applyFilters() {
  if (m_updating) return;
  m_searchDelay->stop();
  m_model->setSpec(specFromControls());
  m_view->scrollToTop();
}

void QueuePage::onQueueSelected() {
  if (m_updating) return;
  const QListWidgetItem* item = m_queues->currentItem();
  const bool hot = item && item->data(Qt::UserRole).toString() == kHotKey;
  m_hotSize->setEnabled(hot);
  m_hotUnit->setEnabled(hot);
  applyFilters();
}

void QueuePage::selectHotList() {
  for (int i = 0; i < m_queues->count(); ++i)
    if (m_queues->item(i)->data(Qt::UserRole).toString() == kHotKey) m_queues->setCurrentRow(i);
}

void QueuePage::selectAllOpen() {
  for (int i = 0; i < m_queues->count(); ++i)
    if (m_queues->item(i)->data(Qt::UserRole).toString() == kAllKey) m_queues->setCurrentRow(i);
}

void QueuePage::selectTier(const QString& tier) {
  for (int i = 0; i < m_queues->count(); ++i)
    if (m_queues->item(i)->data(Qt::UserRole).toString() == tier) m_queues->setCurrentRow(i);
}

void QueuePage::onModelReloaded() {
  if (m_updating) return;
  m_updating = true;
  refreshFilterValues();
  refreshQueueList();
  m_updating = false;
  m_policy->setText(policyText());
  m_count->setText(countText());
  // The sort indicator follows the model (a restored header state or a new spec).
  const crm::QueueSpec& spec = m_model->spec();
  m_view->horizontalHeader()->setSortIndicator(QueueModel::columnOf(spec.sortColumn),
                                               spec.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

QString QueuePage::policyText() const {
  if (!m_model->workspace()) return {};
  const crm::RankingPolicy& p = m_model->policy();
  if (!p.model)
    return tr("Ranked by the Funnel+Recency baseline: no model has scored this workspace yet.");
  const QString when = p.finishedAt
                           ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*p.finishedAt, Qt::UTC).toLocalTime(),
                                                QLocale::ShortFormat)
                           : QString();
  return tr("Ranked by the model %1, scored %2.").arg(p.modelName, when);
}

QString QueuePage::countText() const {
  if (!m_model->workspace()) return {};
  return tr("%Ln lead(s) in this queue", nullptr, static_cast<int>(std::min<qint64>(m_model->totalCount(), INT_MAX)));
}

void QueuePage::refreshFilterValues() {
  const crm::QueueQuery* query = m_model->query();
  QStringList specialists, cities, channels;
  if (query && !m_model->isFrozen()) {
    if (auto v = query->distinctValues(crm::QueueColumn::Specialist)) specialists = *v;
    if (auto v = query->distinctValues(crm::QueueColumn::City)) cities = *v;
    if (auto v = query->distinctValues(crm::QueueColumn::Channel)) channels = *v;
  }
  fillCombo(m_specialist, tr("All specialists"), specialists);
  fillCombo(m_city, tr("All cities"), cities);
  fillCombo(m_channel, tr("All channels"), channels);
}

void QueuePage::refreshQueueList() {
  const crm::QueueQuery* query = m_model->query();
  std::vector<crm::TierCount> tiers;
  qint64 hot = 0;
  if (query && !m_model->isFrozen()) {
    crm::QueueFilter f = filter();
    if (auto counts = query->tierCounts(f)) tiers = *counts;
    crm::QueueSpec hotSpec = specFromControls();
    hotSpec.kind = crm::QueueSpec::Kind::HotList;
    if (auto n = query->count(hotSpec)) hot = *n;
  }
  qint64 all = 0;
  for (const auto& t : tiers) all += t.count;

  const QString current = m_queues->currentItem() ? m_queues->currentItem()->data(Qt::UserRole).toString() : kHotKey;
  const QLocale locale;
  QList<QPair<QString, QString>> entries;
  entries.append({kHotKey, tr("Hot list (%1)").arg(locale.toString(hot))});
  entries.append({kAllKey, tr("All open leads (%1)").arg(locale.toString(all))});
  for (const auto& t : tiers)
    entries.append({t.tier, u"%1 (%2)"_s.arg(QueueModel::tierText(t.tier), locale.toString(t.count))});
  // Rebuilt only when the set of queues changes, so the selection and scroll stay put.
  bool same = m_queues->count() == entries.size();
  for (int i = 0; same && i < entries.size(); ++i) same = m_queues->item(i)->data(Qt::UserRole).toString() == entries[i].first;
  if (!same) {
    m_queues->clear();
    for (const auto& [key, label] : entries) {
      auto* item = new QListWidgetItem(label, m_queues);
      item->setData(Qt::UserRole, key);
    }
  }
  int currentRow = 0;
  for (int i = 0; i < entries.size(); ++i) {
    m_queues->item(i)->setText(entries[i].second);
    if (entries[i].first == current) currentRow = i;
  }
  m_queues->setCurrentRow(currentRow);

  const QString tierNow = m_tier->currentData().toString();
  m_tier->clear();
  m_tier->addItem(tr("All tiers"), QString());
  for (const auto& t : tiers) m_tier->addItem(QueueModel::tierText(t.tier), t.tier);
  const int at = m_tier->findData(tierNow);
  m_tier->setCurrentIndex(at < 0 ? 0 : at);
  const bool hotSelected = current == kHotKey;
  m_hotSize->setEnabled(hotSelected);
  m_hotUnit->setEnabled(hotSelected);
}

LeadDetailDialog* QueuePage::openDetail(int row) {
  const crm::QueueRow* lead = m_model->leadAt(row);
  const crm::QueueQuery* query = m_model->query();
  if (!lead || !query || m_model->isFrozen()) return nullptr;
  auto detail = query->detail(lead->id);
  if (!detail) {
    log::get("ui")->warn("lead detail: {}", detail.error().toString().toStdString());
    emit m_model->loadFailed(detail.error().toString());
    return nullptr;
  }
  auto* dialog = new LeadDetailDialog(*detail, m_explainer, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
  emit detailOpened(dialog);
  return dialog;
}

}  // namespace ll::ui
