#include "queuemodel.h"

#include "common/logging.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {
namespace {

// Workspace times are wall-clock readings of the CRM stored as if they were UTC (the exports
// carry no zone); reading them back as UTC shows the same clock time the CRM showed.
QDateTime storedTime(std::int64_t seconds) {
  return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The locale's short date, but with four-digit years: sales histories span years.
QString dateText(const QLocale& locale, const QDate& date) {
  QString format = locale.dateFormat(QLocale::ShortFormat);
  if (!format.contains(u"yyyy"_s)) format.replace(u"yy"_s, u"yyyy"_s);
  return locale.toString(date, format);
}

// Date-only values arrive as midnight; "00:00" would claim a precision the CRM never had.
QString dateTimeText(const QLocale& locale, const QDateTime& time) {
  if (time.time() == QTime(0, 0)) return dateText(locale, time.date());
  return dateText(locale, time.date()) + u' ' + locale.toString(time.time(), QLocale::ShortFormat);
}

template <class T>
QVariant optionalValue(const std::optional<T>& v) {
  return v ? QVariant::fromValue(*v) : QVariant();
}

}  // namespace

QueueModel::QueueModel(QObject* parent) : QAbstractTableModel(parent) {}
QueueModel::~QueueModel() = default;

void QueueModel::setWorkspace(const crm::Workspace* workspace) {
  beginResetModel();
  m_pages.clear();
  m_pageOrder.clear();
  m_total = 0;
  m_query.reset();
  m_workspace = workspace;
  if (workspace) m_query = std::make_unique<crm::QueueQuery>(*workspace);
  endResetModel();
  reload();
}

void QueueModel::setSpec(const crm::QueueSpec& spec) {
  m_spec = spec;
  reload();
}

void QueueModel::refresh() {
  m_forceRefresh = true;
  reload();
}

void QueueModel::reload() {
  beginResetModel();
  m_pages.clear();
  m_pageOrder.clear();
  m_total = 0;
  m_lastError.clear();
  m_policy = {};
  if (m_query && !m_frozen) {
    auto policy = m_forceRefresh ? m_query->refresh() : m_query->refreshIfChanged();
    m_forceRefresh = false;
    if (policy) m_policy = *policy;
    else m_lastError = policy.error().toString();
    if (m_lastError.isEmpty()) {
      if (auto count = m_query->count(m_spec))
        m_total = *count;
      else
        m_lastError = count.error().toString();
    }
  }
  // The first page comes with the reset so that the view never shows an empty flash.
  if (m_total > 0) page(0);
  endResetModel();
  if (!m_lastError.isEmpty()) reportError(m_lastError);
  emit reloaded();
  // What the first search or filter counts from is read while the person looks at the page,
  // once the page has counted its queues.
  if (m_query && !m_frozen && m_lastError.isEmpty()) m_query->preloadInBackground();
}

void QueueModel::setFrozen(bool frozen) {
  m_frozen = frozen;
}

void QueueModel::reportError(const QString& message) const {
  // The message names the workspace folder, never a lead's personal data.
  log::get("ui")->warn("queue: {}", message.toStdString());
  emit const_cast<QueueModel*>(this)->loadFailed(message);
}

const std::vector<crm::QueueRow>* QueueModel::page(qint64 index) const {
  if (const auto it = m_pages.find(index); it != m_pages.end()) return &it->second;
  if (!m_query || m_frozen || !m_lastError.isEmpty()) return nullptr;
  auto rows = m_query->rows(m_spec, index * kPageSize, kPageSize);
  if (!rows) {
    // One report, then the rows stay empty rather than asking again on every paint.
    m_lastError = rows.error().toString();
    reportError(m_lastError);
    return nullptr;
  }
  if (static_cast<int>(m_pages.size()) >= kMaxCachedPages) {
    m_pages.erase(m_pageOrder.front());
    m_pageOrder.pop_front();
  }
  m_pageOrder.push_back(index);
  return &m_pages.emplace(index, std::move(*rows)).first->second;
}

const crm::QueueRow* QueueModel::leadAt(int row) const {
  if (row < 0 || row >= rowCount()) return nullptr;
  const auto* rows = page(row / kPageSize);
  const auto offset = static_cast<std::size_t>(row % kPageSize);
  if (!rows || offset >= rows->size()) return nullptr;  // the store shrank under us
  return &(*rows)[offset];
}

int QueueModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid()) return 0;
  return static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int QueueModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::tierText(const QString& tier) {
  if (tier == QLatin1StringView(crm::kTierTestDrive)) return tr("Test drive done");
  if (tier == QLatin1StringView(crm::kTierStoreVisit)) return tr("Store visited");
  if (tier == QLatin1StringView(crm::kTierEngaged)) return tr("Engaged by phone");
  if (tier == QLatin1StringView(crm::kTierNew)) return tr("New / unreached");
  return tier;  // a tier of another funnel definition, shown by its name
}

crm::QueueColumn QueueModel::queueColumn(int column) {
  switch (column) {
    case Rank: return crm::QueueColumn::Rank;
    case LeadId: return crm::QueueColumn::LeadId;
    case Score: return crm::QueueColumn::Score;
    case Probability: return crm::QueueColumn::Probability;
    case Tier: return crm::QueueColumn::Tier;
    case LastContact: return crm::QueueColumn::LastContact;
    case Specialist: return crm::QueueColumn::Specialist;
    case Channel: return crm::QueueColumn::Channel;
    case City: return crm::QueueColumn::City;
    case Age: return crm::QueueColumn::Age;
    default: return crm::QueueColumn::Rank;
  }
}

int QueueModel::columnOf(crm::QueueColumn column) {
  for (int c = 0; c < ColumnCount; ++c)
    if (queueColumn(c) == column) return c;
  return Rank;
}

QVariant QueueModel::displayValue(const crm::QueueRow& lead, int column) const {
  const QLocale locale;
  switch (column) {
    case Rank: return lead.rank ? locale.toString(*lead.rank) : QString();
    case LeadId: return lead.leadId;
    case Score: return lead.score ? locale.toString(*lead.score, 'f', 3) : QString();
    case Probability:
      return lead.probability ? locale.toString(*lead.probability * 100.0, 'f', 1) + locale.percent() : QString();
    case Tier: return tierText(lead.tier);
    case LastContact: return lead.lastContactAt ? dateTimeText(locale, storedTime(*lead.lastContactAt)) : QString();
    case Specialist: return lead.specialist;
    case Channel: return lead.channel;
    case City: return lead.city;
    case Age: return lead.ageDays ? tr("%Ln day(s)", nullptr, static_cast<int>(*lead.ageDays)) : QString();
    default: return {};
  }
}

QVariant QueueModel::rawValue(const crm::QueueRow& lead, int column) const {
  switch (column) {
    case Rank: return optionalValue(lead.rank);
    case LeadId: return lead.leadId;
    case Score: return optionalValue(lead.score);
    case Probability: return optionalValue(lead.probability);
    case Tier: return lead.tier;
    case LastContact: return optionalValue(lead.lastContactAt);
    case Specialist: return lead.specialist;
    case Channel: return lead.channel;
    case City: return lead.city;
    case Age: return optionalValue(lead.ageDays);
    default: return {};
  }
}

QVariant QueueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  if (role == Qt::TextAlignmentRole) {
    const int c = index.column();
    if (c == Rank || c == Score || c == Probability || c == Age)
      return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
  }
  if (role != Qt::DisplayRole && role != RawValueRole && role != RowIdRole && role != Qt::ToolTipRole) return {};
  const crm::QueueRow* lead = leadAt(index.row());
  if (!lead) return {};
  switch (role) {
    case Qt::DisplayRole: return displayValue(*lead, index.column());
    case RawValueRole: return rawValue(*lead, index.column());
    case RowIdRole: return lead->id;
    case Qt::ToolTipRole:
      if (index.column() == LastContact && lead->lastContactAt)
        return QLocale().toString(storedTime(*lead->lastContactAt), QLocale::LongFormat);
      if (index.column() == Age && lead->createdAt)
        return tr("Created %1").arg(QLocale().toString(storedTime(*lead->createdAt), QLocale::LongFormat));
      return {};
    default: return {};
  }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
  if (role == Qt::DisplayRole) {
    switch (section) {
      case Rank: return tr("Rank");
      case LeadId: return tr("Lead ID");
      case Score: return tr("Score");
      case Probability: return tr("Conversion");
      case Tier: return tr("Tier");
      case LastContact: return tr("Last contact");
      case Specialist: return tr("Sales specialist");
      case Channel: return tr("Channel");
      case City: return tr("City");
      case Age: return tr("Age");
      default: return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case Rank:
        return m_policy.model ? tr("Position in the ranking of the model's latest scoring run.")
                              : tr("Position in the Funnel+Recency queue: deepest funnel stage first, then most "
                                   "recent contact.");
      case Score: return tr("The model's ranking score (higher is better); empty until a model has scored the lead.");
      case Probability: return tr("The model's calibrated probability that the lead converts.");
      case Tier: return tr("The funnel tier the lead's queue belongs to.");
      case Age: return tr("Days since the lead was created, counted to the newest date in the workspace.");
      default: return {};
    }
  }
  return {};
}

void QueueModel::sort(int column, Qt::SortOrder order) {
  if (column < 0 || column >= ColumnCount) return;
  const crm::QueueColumn wanted = queueColumn(column);
  const bool descending = order == Qt::DescendingOrder;
  if (m_spec.sortColumn == wanted && m_spec.descending == descending) return;
  m_spec.sortColumn = wanted;
  m_spec.descending = descending;
  reload();
}

void QueueModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (rowCount() > 0)
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

}  // namespace ll::ui
