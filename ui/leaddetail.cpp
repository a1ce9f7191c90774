#include "leaddetail.h"

#include "crm/values.h"
#include "queuemodel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {
namespace {

QString timeText(std::int64_t seconds) {
  const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
  const QLocale locale;
  if (t.time() == QTime(0, 0)) return locale.toString(t.date(), QLocale::ShortFormat);
  return locale.toString(t, QLocale::ShortFormat);
}

}  // namespace

QString LeadDetailDialog::fieldLabel(const QString& field) {
  static const struct {
    const char* name;
    const char* label;
  } kLabels[] = {
      {"lead_id", QT_TR_NOOP("Lead ID")},
      {"created_at", QT_TR_NOOP("Created")},
      {"channel", QT_TR_NOOP("Channel")},
      {"city", QT_TR_NOOP("City")},
      {"city_tier", QT_TR_NOOP("City tier")},
      {"store_id", QT_TR_NOOP("Store")},
      {"specialist_id", QT_TR_NOOP("Sales specialist")},
      {"specialist_tier", QT_TR_NOOP("Specialist tier")},
      {"model_interest", QT_TR_NOOP("Model of interest")},
      {"budget_band", QT_TR_NOOP("Budget")},
      {"current_vehicle", QT_TR_NOOP("Current vehicle")},
      {"financing_interest", QT_TR_NOOP("Financing interest")},
      {"customer_name", QT_TR_NOOP("Customer")},
      {"phone", QT_TR_NOOP("Phone")},
      // The model's own summary lines ("why this rank").
      {"created", QT_TR_NOOP("Created")},
      {"activity", QT_TR_NOOP("Activity")},
      {"last_contact", QT_TR_NOOP("Last contact")},
      {"longest_call", QT_TR_NOOP("Longest call")},
  };
  for (const auto& l : kLabels)
    if (field == QLatin1StringView(l.name)) return tr(l.label);
  // An imported column without a schema place: its own header.
  if (field.startsWith(u"attribute:"_s)) return field.mid(10);
  return field;
}

QString LeadDetailDialog::kindLabel(const QString& kind) {
  if (kind == u"call"_s) return tr("Call");
  if (kind == u"message"_s) return tr("Message");
  if (kind == u"store_visit"_s) return tr("Store visit");
  if (kind == u"test_drive"_s) return tr("Test drive");
  if (kind == u"quote"_s) return tr("Quote");
  if (kind == u"order_lock"_s) return tr("Order locked");
  if (kind == u"defeat"_s) return tr("Lost");
  if (kind == u"note"_s) return tr("Note");
  return kind;
}

LeadDetailDialog::LeadDetailDialog(const crm::LeadDetail& detail, std::shared_ptr<RankExplainer> explainer,
                                   QWidget* parent)
    : QDialog(parent), m_detail(detail), m_explainer(std::move(explainer)) {
  setObjectName(u"leadDetailDialog"_s);
  setWindowTitle(tr("Lead %1").arg(detail.row.leadId));
  const QLocale locale;
  auto* layout = new QVBoxLayout(this);

  // Where the lead stands.
  QStringList standing;
  standing << QueueModel::tierText(detail.row.tier);
  if (detail.row.rank) standing << tr("rank %1").arg(locale.toString(*detail.row.rank));
  if (detail.row.score) standing << tr("score %1").arg(locale.toString(*detail.row.score, 'f', 3));
  if (detail.row.probability)
    standing << tr("conversion %1").arg(locale.toString(*detail.row.probability * 100.0, 'f', 1) + locale.percent());
  if (detail.outcome == u"won"_s) standing << tr("won");
  if (detail.outcome == u"lost"_s) standing << tr("lost");
  auto* headline = new QLabel(u"<b>%1</b> · %2"_s.arg(detail.row.leadId.toHtmlEscaped(), standing.join(u" · "_s).toHtmlEscaped()), this);
  headline->setObjectName(u"detailHeadline"_s);
  layout->addWidget(headline);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  layout->addWidget(splitter, 1);

  // Left: profile and timeline.
  auto* left = new QWidget(splitter);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  auto* profileBox = new QGroupBox(tr("Profile"), left);
  auto* form = new QFormLayout(profileBox);
  for (const auto& [name, value] : detail.fields) {
    auto* v = new QLabel(value, profileBox);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(fieldLabel(name), v);
  }
  for (const auto& [name, value] : detail.attributes) {
    auto* v = new QLabel(value, profileBox);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(name, v);
  }
  leftLayout->addWidget(profileBox);

  auto* timelineBox = new QGroupBox(tr("Timeline"), left);
  auto* timelineLayout = new QVBoxLayout(timelineBox);
  m_timeline = new QTreeWidget(timelineBox);
  m_timeline->setObjectName(u"timeline"_s);
  m_timeline->setRootIsDecorated(false);
  m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Duration"), tr("Outcome")});
  for (const auto& i : detail.interactions) {
    auto* item = new QTreeWidgetItem(m_timeline);
    item->setText(0, i.at ? timeText(*i.at) : tr("no date"));
    item->setText(1, kindLabel(i.kind));
    if (i.durationS) item->setText(2, tr("%1 min").arg(locale.toString(*i.durationS / 60.0, 'f', 1)));
    item->setText(3, i.outcome);
    if (!i.text.isEmpty()) item->setToolTip(1, i.text);
  }
  m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  timelineLayout->addWidget(m_timeline);
  leftLayout->addWidget(timelineBox, 1);

  // Right: the dialogue and the explanation.
  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  auto* notesBox = new QGroupBox(tr("Dialogue and notes"), right);
  auto* notesLayout = new QVBoxLayout(notesBox);
  m_notes = new QTextBrowser(notesBox);
  m_notes->setObjectName(u"notesText"_s);
  notesLayout->addWidget(m_notes);
  rightLayout->addWidget(notesBox, 2);

  auto* whyBox = new QGroupBox(tr("Why this rank"), right);
  auto* whyLayout = new QVBoxLayout(whyBox);
  m_whyStatus = new QLabel(whyBox);
  m_whyStatus->setObjectName(u"explanationStatus"_s);
  m_whyStatus->setWordWrap(true);
  whyLayout->addWidget(m_whyStatus);
  m_why = new QTreeWidget(whyBox);
  m_why->setObjectName(u"explanationList"_s);
  m_why->setRootIsDecorated(false);
  m_why->setHeaderLabels({tr("Effect on the score"), tr("Sentence or field")});
  m_why->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  whyLayout->addWidget(m_why, 1);
  rightLayout->addWidget(whyBox, 1);
  splitter->setStretchFactor(1, 1);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  showNotes({});
  if (!m_explainer) {
    m_whyStatus->setText(tr("Scoring model needed: the sentences and fields that move this lead's rank are found "
                            "by scoring it again with each one removed. Score the workspace with a model to see them."));
    m_why->hide();
  } else {
    m_whyStatus->setText(tr("Working out what moves the score of %1…").arg(m_explainer->modelName()));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher = new QFutureWatcher<Result<std::vector<RankSegment>>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &LeadDetailDialog::onExplained);
    const qint64 id = detail.row.id;
    m_watcher->setFuture(
        QtConcurrent::run([worker = m_explainer, cancel = m_cancel, id] { return worker->explain(id, *cancel); }));
  }
  resize(960, 620);
}

LeadDetailDialog::~LeadDetailDialog() {
  if (m_watcher && m_watcher->isRunning()) {
    m_cancel->store(true);
    m_watcher->waitForFinished();
  }
}

QString LeadDetailDialog::explanationStatus() const {
  return m_whyStatus->text();
}

void LeadDetailDialog::onExplained() {
  const auto result = m_watcher->result();
  if (!result) {
    m_whyStatus->setText(tr("The explanation could not be computed: %1").arg(result.error().toString()));
    emit explanationReady();
    return;
  }
  m_why->clear();
  const QLocale locale;
  for (const RankSegment& s : *result) {
    auto* item = new QTreeWidgetItem(m_why);
    item->setText(0, (s.delta >= 0 ? u"+"_s : QString()) + locale.toString(s.delta, 'f', 3));
    item->setText(1, !s.display.isEmpty() ? s.display : s.field.isEmpty() ? s.text : fieldLabel(s.field) + u": "_s + s.text);
    item->setForeground(0, s.delta >= 0 ? QColor(0x1B, 0x7F, 0x3A) : QColor(0xB0, 0x2A, 0x2A));
  }
  m_whyStatus->setText(result->empty() ? tr("%1 found nothing in this lead that moves its score.").arg(m_explainer->modelName())
                                       : tr("Scored by %1 with each part removed; the largest effects first.")
                                             .arg(m_explainer->modelName()));
  showNotes(*result);
  emit explanationReady();
}

void LeadDetailDialog::showNotes(const std::vector<RankSegment>& segments) {
  // Newest first: the latest conversation is what a specialist reads before calling.
  double strongest = 0.0;
  for (const auto& s : segments) strongest = std::max(strongest, std::abs(s.delta));
  QString html;
  for (auto it = m_detail.interactions.rbegin(); it != m_detail.interactions.rend(); ++it) {
    if (it->text.isEmpty()) continue;
    QString body = it->text.toHtmlEscaped();
    for (const auto& s : segments) {
      if (!s.field.isEmpty() || s.text.isEmpty() || strongest <= 0.0) continue;
      const int alpha = 40 + static_cast<int>(160.0 * std::abs(s.delta) / strongest);
      const QString colour = s.delta >= 0 ? u"rgba(46,160,67,%1)"_s.arg(alpha) : u"rgba(218,54,51,%1)"_s.arg(alpha);
      const QString escaped = s.text.toHtmlEscaped();
      body.replace(escaped, u"<span style=\"background-color:%1\">%2</span>"_s.arg(colour, escaped));
    }
    html += u"<p><b>%1 · %2</b><br/>%3</p>"_s.arg(it->at ? timeText(*it->at).toHtmlEscaped() : tr("no date"),
                                                   kindLabel(it->kind).toHtmlEscaped(), body);
  }
  if (html.isEmpty()) html = u"<p><i>%1</i></p>"_s.arg(tr("No notes or dialogue were recorded for this lead.").toHtmlEscaped());
  m_notes->setHtml(html);
}

}  // namespace ll::ui
