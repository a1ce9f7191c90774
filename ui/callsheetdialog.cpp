#include "callsheetdialog.h"

#include "callsheetpdf.h"
#include "common/logging.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ll::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

}  // namespace

CallSheetDialog::CallSheetDialog(const QString& databasePath, const QString& exportFolder, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_exportFolder(exportFolder) {
  setObjectName(u"callSheetDialog"_s);
  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  m_ranking = new QLabel(this);
  m_ranking->setWordWrap(true);
  m_list = new QListWidget(this);
  m_list->setObjectName(u"specialistList"_s);
  m_list->setSelectionMode(QAbstractItemView::NoSelection);
  m_all = new QPushButton(this);
  m_none = new QPushButton(this);
  m_count = new QSpinBox(this);
  m_count->setObjectName(u"leadsEach"_s);
  m_count->setRange(1, 5000);
  m_count->setValue(20);
  m_countLabel = new QLabel(this);
  m_countLabel->setBuddy(m_count);
  m_mask = new QCheckBox(this);
  m_mask->setObjectName(u"maskPhones"_s);
  m_mask->setChecked(QSettings().value(QString::fromLatin1(kMaskSettingsKey), false).toBool());
  m_csv = new QPushButton(this);
  m_xlsx = new QPushButton(this);
  m_pdf = new QPushButton(this);
  m_preview = new QPushButton(this);
  m_cancel = new QPushButton(this);
  m_progress = new QProgressBar(this);
  m_progress->setVisible(false);
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

  auto* selectRow = new QHBoxLayout;
  selectRow->addWidget(m_all);
  selectRow->addWidget(m_none);
  selectRow->addStretch();
  auto* form = new QFormLayout;
  form->addRow(m_countLabel, m_count);
  form->addRow(QString(), m_mask);
  auto* exportRow = new QHBoxLayout;
  exportRow->addWidget(m_csv);
  exportRow->addWidget(m_xlsx);
  exportRow->addWidget(m_pdf);
  exportRow->addWidget(m_preview);
  exportRow->addStretch();
  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(m_progress, 1);
  progressRow->addWidget(m_cancel);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_intro);
  layout->addWidget(m_ranking);
  layout->addWidget(m_list, 1);
  layout->addLayout(selectRow);
  layout->addLayout(form);
  layout->addLayout(exportRow);
  layout->addLayout(progressRow);
  layout->addWidget(m_status);
  layout->addWidget(m_buttons);

  m_timer = new QTimer(this);
  m_timer->setInterval(100);
  connect(m_timer, &QTimer::timeout, this, [this] {
    if (!m_shared) return;
    const qint64 total = m_shared->total.load();
    m_progress->setRange(0, total > 0 ? static_cast<int>(total) : 0);
    m_progress->setValue(static_cast<int>(m_shared->done.load()));
  });
  m_watcher = new QFutureWatcher<Outcome>(this);
  connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &CallSheetDialog::onFinished);

  connect(m_all, &QPushButton::clicked, this, [this] {
    for (int i = 0; i < m_list->count(); ++i) m_list->item(i)->setCheckState(Qt::Checked);
  });
  connect(m_none, &QPushButton::clicked, this, [this] {
    for (int i = 0; i < m_list->count(); ++i) m_list->item(i)->setCheckState(Qt::Unchecked);
  });
  connect(m_list, &QListWidget::itemChanged, this, [this] { updateButtons(); });
  connect(m_csv, &QPushButton::clicked, this, [this] { chooseAndExport(Format::Csv); });
  connect(m_xlsx, &QPushButton::clicked, this, [this] { chooseAndExport(Format::Xlsx); });
  connect(m_pdf, &QPushButton::clicked, this, [this] { chooseAndExport(Format::Pdf); });
  connect(m_preview, &QPushButton::clicked, this, [this] { startExport(Format::Preview); });
  connect(m_cancel, &QPushButton::clicked, this, &CallSheetDialog::cancel);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &CallSheetDialog::reject);

  loadSpecialists();
  retranslateUi();
  updateButtons();
  resize(620, 560);
}

CallSheetDialog::~CallSheetDialog() {
  if (m_shared) m_shared->cancel = true;
  m_watcher->waitForFinished();
}

void CallSheetDialog::loadSpecialists() {
  m_specialists.clear();
  m_run.reset();
  m_loadError.clear();
  // A quick aggregate on the leads index: fine on the GUI thread even with a million leads.
  auto svc = crm::CallSheetService::open(m_databasePath);
  if (!svc) {
    m_loadError = svc.error().toString();
    return;
  }
  auto list = (*svc)->specialists();
  auto run = (*svc)->latestRun();
  if (!list) m_loadError = list.error().toString();
  else m_specialists = std::move(*list);
  if (run) m_run = *run;
}

void CallSheetDialog::retranslateUi() {
  setWindowTitle(tr("Call sheets"));
  m_intro->setText(tr("Choose the specialists and how many of their open leads each sheet lists, in queue order."));
  if (!m_loadError.isEmpty()) {
    m_ranking->setText(m_loadError);
  } else if (m_run) {
    m_ranking->setText(tr("Leads are ranked by the latest scoring run (%1, run %2); leads it did not score follow "
                          "in Funnel+Recency order.")
                           .arg(m_run->second)
                           .arg(m_run->first));
  } else {
    m_ranking->setText(tr("No model has scored this workspace yet: leads are ranked by Funnel+Recency (deepest "
                          "funnel stage, then most recent contact)."));
  }
  const QStringList checked = selectedSpecialists();
  const bool firstFill = m_list->count() == 0;
  m_list->blockSignals(true);
  m_list->clear();
  for (const crm::SpecialistLoad& s : m_specialists) {
    const QString who = s.id.isEmpty() ? tr("(unassigned)") : s.id;
    QString text = s.tier.isEmpty() ? who : tr("%1 (tier %2)").arg(who, s.tier);
    text += u" \u2014 "_s + tr("%n open lead(s)", nullptr, static_cast<int>(s.openLeads));
    auto* item = new QListWidgetItem(text, m_list);
    item->setData(kIdRole, s.id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(firstFill || checked.contains(s.id) ? Qt::Checked : Qt::Unchecked);
  }
  if (m_specialists.empty() && m_loadError.isEmpty()) {
    auto* item = new QListWidgetItem(tr("This workspace has no open leads. Import a CRM export first."), m_list);
    item->setFlags(Qt::NoItemFlags);
  }
  m_list->blockSignals(false);
  m_all->setText(tr("Select &all"));
  m_none->setText(tr("Select &none"));
  m_countLabel->setText(tr("&Leads per specialist:"));
  m_mask->setText(tr("&Mask phone numbers (for sheets that leave the office)"));
  m_csv->setText(tr("Export &CSV..."));
  m_xlsx->setText(tr("Export &XLSX..."));
  m_pdf->setText(tr("Export &PDF..."));
  m_preview->setText(tr("Print pre&view..."));
  m_cancel->setText(tr("Cancel export"));
}

void CallSheetDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QDialog::changeEvent(event);
}

void CallSheetDialog::reject() {
  if (isBusy()) {
    cancel();
    return;
  }
  QDialog::reject();
}

QStringList CallSheetDialog::selectedSpecialists() const {
  QStringList out;
  for (int i = 0; i < m_list->count(); ++i) {
    const QListWidgetItem* item = m_list->item(i);
    if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
      out << item->data(kIdRole).toString();
  }
  return out;
}

QStringList CallSheetDialog::specialistIds() const {
  QStringList out;
  for (const auto& s : m_specialists) out << s.id;
  return out;
}

void CallSheetDialog::setSelectedSpecialists(const QStringList& ids) {
  for (int i = 0; i < m_list->count(); ++i) {
    QListWidgetItem* item = m_list->item(i);
    if (item->flags() & Qt::ItemIsUserCheckable)
      item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
  }
}

int CallSheetDialog::leadsEach() const { return m_count->value(); }
void CallSheetDialog::setLeadsEach(int n) { m_count->setValue(n); }
bool CallSheetDialog::maskPhones() const { return m_mask->isChecked(); }
void CallSheetDialog::setMaskPhones(bool mask) { m_mask->setChecked(mask); }
QString CallSheetDialog::rankingText() const { return m_ranking->text(); }
bool CallSheetDialog::isBusy() const { return m_watcher->isRunning(); }

void CallSheetDialog::cancel() {
  if (m_shared) m_shared->cancel = true;
}

void CallSheetDialog::updateButtons() {
  const bool busy = isBusy();
  const bool any = !selectedSpecialists().isEmpty();
  for (QPushButton* b : {m_csv, m_xlsx, m_pdf, m_preview}) b->setEnabled(!busy && any);
  m_cancel->setVisible(busy);
  m_progress->setVisible(busy);
  m_list->setEnabled(!busy);
  m_count->setEnabled(!busy);
  m_mask->setEnabled(!busy);
}

void CallSheetDialog::chooseAndExport(Format format) {
  QString filter;
  QString suffix;
  switch (format) {
    case Format::Csv: filter = tr("CSV files (*.csv)"), suffix = u".csv"_s; break;
    case Format::Xlsx: filter = tr("Excel workbooks (*.xlsx)"), suffix = u".xlsx"_s; break;
    case Format::Pdf: filter = tr("PDF files (*.pdf)"), suffix = u".pdf"_s; break;
    case Format::Preview: startExport(format); return;
  }
  const QString suggested = QDir(m_exportFolder).filePath(
      tr("call-sheets") + u"-"_s + QDate::currentDate().toString(u"yyyy-MM-dd"_s) + suffix);
  QString path = QFileDialog::getSaveFileName(this, tr("Export call sheets"), suggested, filter);
  if (path.isEmpty()) return;
  if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
  startExport(format, path);
}

bool CallSheetDialog::startExport(Format format, const QString& path) {
  if (isBusy()) return false;
  crm::CallSheetRequest request;
  for (const QString& id : selectedSpecialists()) request.specialists.push_back(id);
  if (request.specialists.empty()) return false;
  if (format != Format::Preview && path.isEmpty()) return false;
  request.leadsEach = leadsEach();
  request.maskPhones = maskPhones();
  QSettings().setValue(QString::fromLatin1(kMaskSettingsKey), request.maskPhones);

  m_shared = std::make_shared<Shared>();
  m_running = format;
  m_runningPath = path;
  const crm::CallSheetLabels labels = CallSheetPdf::labels();
  const QString dbPath = m_databasePath;
  auto shared = m_shared;
  m_watcher->setFuture(QtConcurrent::run([shared, request, labels, dbPath, format, path]() -> Outcome {
    Outcome out;
    auto svc = crm::CallSheetService::open(dbPath);
    if (!svc) {
      out.message = svc.error().toString();
      return out;
    }
    auto sheet = (*svc)->build(request, [&](qint64 done, qint64 total) {
      shared->done = done;
      shared->total = total;
      return !shared->cancel.load();
    });
    if (!sheet) {
      out.message = sheet.error().code == ErrorCode::Cancelled ? QString() : sheet.error().toString();
      return out;
    }
    Result<void> written;
    switch (format) {
      case Format::Csv: written = crm::writeCallSheetCsv(*sheet, path, labels); break;
      case Format::Xlsx: written = crm::writeCallSheetXlsx(*sheet, path, labels); break;
      case Format::Pdf: written = CallSheetPdf::write(*sheet, path, labels); break;
      case Format::Preview: break;
    }
    if (!written) {
      out.message = written.error().toString();
      return out;
    }
    out.ok = true;
    out.sheet = std::move(*sheet);
    return out;
  }));
  m_status->clear();
  m_timer->start();
  updateButtons();
  return true;
}

void CallSheetDialog::onFinished() {
  m_timer->stop();
  const Outcome out = m_watcher->result();
  const bool cancelled = !out.ok && out.message.isEmpty();
  QString message;
  if (cancelled) {
    message = tr("Export cancelled; no file was written.");
  } else if (!out.ok) {
    message = tr("The call sheets could not be exported: %1").arg(out.message);
  } else if (m_running == Format::Preview) {
    message = tr("%Ln lead(s) ready to print.", nullptr, static_cast<int>(out.sheet.leadCount()));
  } else {
    message = tr("%Ln lead(s) exported to %1.", nullptr, static_cast<int>(out.sheet.leadCount()))
                  .arg(QDir::toNativeSeparators(m_runningPath));
  }
  m_status->setText(message);
  m_shared.reset();
  updateButtons();
  if (!out.ok && !cancelled) {
    log::get("ui")->warn("call sheet export failed");
    if (m_interactive) QMessageBox::warning(this, tr("Call sheets"), message);
  }
  if (out.ok && m_running == Format::Preview) {
    emit previewReady(out.sheet);
    if (m_interactive) openPreview(out.sheet);
  }
  emit exportFinished(out.ok, message, m_running == Format::Preview ? QString() : m_runningPath);
}

void CallSheetDialog::openPreview(const crm::CallSheet& sheet) {
  auto doc = std::shared_ptr<QTextDocument>(CallSheetPdf::document(sheet, CallSheetPdf::labels()).release());
  auto* preview = new QPrintPreviewDialog(this);
  preview->setAttribute(Qt::WA_DeleteOnClose);
  preview->setWindowTitle(tr("Call sheets: print preview"));
  connect(preview, &QPrintPreviewDialog::paintRequested, preview,
          [doc](QPrinter* printer) { CallSheetPdf::print(*doc, printer); });
  preview->resize(900, 700);
  preview->open();
}

}  // namespace ll::ui
