#include "leadtablemodel.h"

#include "common/logging.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {
namespace {

// Workspace times are wall-clock readings of the CRM stored as if they were UTC (the exports
// carry no zone); reading them back as UTC shows the same clock time the CRM showed.
QDateTime storedTime(std::int64_t seconds) {
  return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QVariant optionalSeconds(const std::optional<std::int64_t>& t) {
  return t ? QVariant::fromValue<qint64>(*t) : QVariant();
}

// The locale's short date, but with four-digit years: "3/1/26" reads as a day of 1926 or a
// product code to some; sales histories span years.
QString dateText(const QLocale& locale, const QDate& date) {
  QString format = locale.dateFormat(QLocale::ShortFormat);
  if (!format.contains(u"yyyy"_s)) format.replace(u"yy"_s, u"yyyy"_s);
  return locale.toString(date, format);
}

// Exports often carry only a date for visits and test drives; those arrive as midnight, and
// "00:00" next to them would claim a precision the CRM never had.
QString dateTimeText(const QLocale& locale, const QDateTime& time) {
  if (time.time() == QTime(0, 0)) return dateText(locale, time.date());
  return dateText(locale, time.date()) + u' ' + locale.toString(time.time(), QLocale::ShortFormat);
}

}  // namespace

LeadTableModel::LeadTableModel(QObject* parent) : QAbstractTableModel(parent) {}

crm::LeadQuery LeadTableModel::baseQuery() const {
  crm::LeadQuery query;
  query.order = crm::LeadOrder::FunnelRecency;
  query.openOnly = true;  // the queue is about leads that can still be won
  return query;
}

void LeadTableModel::setWorkspace(const crm::Workspace* workspace) {
  m_workspace = workspace;
  reload();
}

void LeadTableModel::reload() {
  // Listeners of the change signals (views, QAbstractItemModelTester) may ask for more rows
  // while a change is still being announced; fetching then would nest one change inside
  // another (and, between beginInsertRows and endInsertRows, load the same page twice).
  m_notifying = true;
  beginResetModel();
  m_rows.clear();
  m_total = 0;
  m_lastError.clear();
  if (m_workspace && !m_frozen) {
    if (auto count = m_workspace->countLeads(baseQuery()))
      m_total = *count;
    else
      m_lastError = count.error().toString();
  }
  // The first page comes with the reset so that the view never shows an empty flash.
  if (m_total > 0) {
    auto query = baseQuery();
    query.limit = kPageSize;
    if (auto page = m_workspace->leads(query))
      m_rows = std::move(*page);
    else
      m_lastError = page.error().toString();
  }
  endResetModel();
  m_notifying = false;
  if (!m_lastError.isEmpty()) reportError(m_lastError);
}

void LeadTableModel::setFrozen(bool frozen) {
  m_frozen = frozen;
}

void LeadTableModel::reportError(const QString& message) {
  // The message names the workspace folder, never a lead's personal data.
  log::get("ui")->warn("lead list: {}", message.toStdString());
  emit loadFailed(message);
}

const crm::LeadRow* LeadTableModel::leadAt(int row) const {
  if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()) return nullptr;
  return &m_rows[static_cast<std::size_t>(row)];
}

int LeadTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LeadTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

bool LeadTableModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && m_workspace && !m_frozen && !m_notifying &&
         static_cast<qint64>(m_rows.size()) < m_total;
}

void LeadTableModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  auto query = baseQuery();
  query.offset = static_cast<qint64>(m_rows.size());
  query.limit = std::min(kPageSize, m_total - query.offset);
  auto page = m_workspace->leads(query);
  if (!page) {
    // Stop paging rather than asking again on every scroll event.
    m_total = static_cast<qint64>(m_rows.size());
    m_lastError = page.error().toString();
    reportError(m_lastError);
    return;
  }
  if (page->empty()) {
    // The store shrank under us (another process); what is loaded is all there is.
    m_total = static_cast<qint64>(m_rows.size());
    return;
  }
  const int first = static_cast<int>(m_rows.size());
  m_notifying = true;  // see reload()
  beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
  std::move(page->begin(), page->end(), std::back_inserter(m_rows));
  endInsertRows();
  m_notifying = false;
}

QString LeadTableModel::stageText(crm::Stage stage) {
  switch (stage) {
    case crm::Stage::New:
      return tr("New");
    case crm::Stage::Engaged:
      return tr("Engaged");
    case crm::Stage::StoreVisit:
      return tr("Store visit");
    case crm::Stage::TestDrive:
      return tr("Test drive");
    case crm::Stage::Quote:
      return tr("Quote");
  }
  return tr("New");
}

QVariant LeadTableModel::displayValue(const crm::LeadRow& lead, int row, int column) const {
  const QLocale locale;
  switch (column) {
    case Rank:
      return locale.toString(row + 1);
    case LeadId:
      return lead.leadId;
    case Stage:
      return stageText(lead.stage);
    case LastContact:
      return lead.lastContactAt ? dateTimeText(locale, storedTime(*lead.lastContactAt)) : QString();
    case Specialist:
      return lead.specialistId;
    case Channel:
      return lead.channel;
    case City:
      return lead.city;
    case Created:
      return lead.createdAt ? dateText(locale, storedTime(*lead.createdAt).date()) : QString();
    case Interactions:
      return locale.toString(lead.interactionCount);
    default:
      return {};
  }
}

QVariant LeadTableModel::rawValue(const crm::LeadRow& lead, int row, int column) const {
  switch (column) {
    case Rank:
      return row + 1;
    case LeadId:
      return lead.leadId;
    case Stage:
      return static_cast<int>(lead.stage);
    case LastContact:
      return optionalSeconds(lead.lastContactAt);
    case Specialist:
      return lead.specialistId;
    case Channel:
      return lead.channel;
    case City:
      return lead.city;
    case Created:
      return optionalSeconds(lead.createdAt);
    case Interactions:
      return lead.interactionCount;
    default:
      return {};
  }
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const auto& lead = m_rows[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
      return displayValue(lead, index.row(), index.column());
    case RawValueRole:
      return rawValue(lead, index.row(), index.column());
    case RowIdRole:
      return lead.id;
    case Qt::TextAlignmentRole:
      if (index.column() == Rank || index.column() == Interactions)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
      return {};
    case Qt::ToolTipRole:
      if (index.column() == LastContact && lead.lastContactAt)
        return storedTime(*lead.lastContactAt).toString(Qt::ISODate);
      if (index.column() == Created && lead.createdAt)
        return storedTime(*lead.createdAt).toString(Qt::ISODate);
      return {};
    default:
      return {};
  }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return QAbstractTableModel::headerData(section, orientation, role);
  if (role == Qt::DisplayRole) {
    switch (section) {
      case Rank:
        return tr("Rank");
      case LeadId:
        return tr("Lead ID");
      case Stage:
        return tr("Funnel stage");
      case LastContact:
        return tr("Last contact");
      case Specialist:
        return tr("Sales specialist");
      case Channel:
        return tr("Channel");
      case City:
        return tr("City");
      case Created:
        return tr("Created");
      case Interactions:
        return tr("Interactions");
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    switch (section) {
      case Rank:
        return tr(
            "Position in the Funnel+Recency queue: deepest funnel stage first, then most recent contact.");
      case Stage:
        return tr("Deepest funnel stage the lead has reached so far.");
      case Interactions:
        return tr("Calls, messages, store visits, test drives and quotes recorded for the lead.");
      default:
        return {};
    }
  }
  return {};
}

void LeadTableModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
  if (!m_rows.empty())
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

}  // namespace ll::ui
