#include "mainwindow.h"

#include "common/logging.h"
#include "crm/importjob.h"
#include "callsheetdialog.h"
#include "chartspage.h"
#include "importtask.h"
#include "importwizard.h"
#include "logpanel.h"
#include "palette.h"
#include "settingsdialog.h"
#include "queuemodel.h"
#include "queuepage.h"
#include "modelexplainer.h"
#include "scoringpage.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {
namespace {

const QString kRecentKey = u"recentWorkspaces"_s;
const QString kLastWorkspaceKey = u"lastWorkspace"_s;
const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kHeaderKey = u"leadTable/header"_s;

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_model(new QueueModel(this)) {
  setObjectName(u"MainWindow"_s);
  setAcceptDrops(true);
  createActions();
  createMenus();
  createCentralWidget();
  createLogPanelAndSettings();
  m_countsLabel = new QLabel(this);
  m_countsLabel->setObjectName(u"countsLabel"_s);
  statusBar()->addPermanentWidget(m_countsLabel);

  connect(m_model, &QueueModel::loadFailed, this,
          [this](const QString& message) { showError(tr("Cannot list the leads"), message); });
  connect(m_model, &QueueModel::reloaded, this, &MainWindow::updateBanner);

  retranslateUi();
  restoreSettings();
  updateActions();
}

MainWindow::~MainWindow() {
  delete m_wizard.data();  // it waits for its worker, which uses the workspace
  // The worker holds references into the workspace: it must return before the workspace goes.
  if (m_importTask) {
    m_importTask->cancel();
    m_importTask->waitForFinished();
    delete m_importTask;
    m_importTask = nullptr;
  }
  m_model->setWorkspace(nullptr);
}

// ---- construction ------------------------------------------------------------------------------

void MainWindow::createActions() {
  m_openAction = new QAction(this);
  m_openAction->setShortcut(QKeySequence::Open);
  connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceToOpen);

  m_newAction = new QAction(this);
  m_newAction->setShortcut(QKeySequence::New);
  connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceToCreate);

  m_importAction = new QAction(this);

  m_importAction->setObjectName(u"importAction"_s);
  m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFileToImport);

  m_callSheetsAction = new QAction(this);

  m_callSheetsAction->setObjectName(u"callSheetsAction"_s);
  m_callSheetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
  connect(m_callSheetsAction, &QAction::triggered, this, [this] {
    if (!m_workspace) return;
    auto* dialog = new CallSheetDialog(m_workspace->databasePath(), m_workspace->directory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInteractive(m_interactive);
    dialog->open();
  });

  m_quitAction = new QAction(this);
  m_quitAction->setShortcut(QKeySequence::Quit);
  m_quitAction->setMenuRole(QAction::QuitRole);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

  m_clearRecentAction = new QAction(this);
  connect(m_clearRecentAction, &QAction::triggered, this, [this] {
    QSettings().remove(kRecentKey);
    rebuildRecentMenu();
  });

  m_aboutAction = new QAction(this);
  m_aboutAction->setMenuRole(QAction::AboutRole);
  connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
  m_aboutQtAction = new QAction(this);
  m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
  connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

  m_languageGroup = new QActionGroup(this);
  m_languageGroup->setExclusive(true);
}

void MainWindow::createMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_fileMenu->addAction(m_openAction);
  m_fileMenu->addAction(m_newAction);
  m_recentMenu = m_fileMenu->addMenu(QString());
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_importAction);
  m_fileMenu->addAction(m_callSheetsAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quitAction);

  m_settingsMenu = menuBar()->addMenu(QString());
  m_languageMenu = m_settingsMenu->addMenu(QString());

  m_helpMenu = menuBar()->addMenu(QString());
  m_helpMenu->addAction(m_aboutAction);
  m_helpMenu->addAction(m_aboutQtAction);

  rebuildRecentMenu();
  rebuildLanguageMenu();
}

void MainWindow::createCentralWidget() {
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);

  // A quiet note above the table: the order people see is a baseline, not a model's opinion.
  auto* bannerFrame = new QWidget(central);
  bannerFrame->setObjectName(u"rankingBanner"_s);
  bannerFrame->setAutoFillBackground(true);
  QPalette bannerPalette = bannerFrame->palette();
  bannerPalette.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6));
  bannerPalette.setColor(QPalette::WindowText, QColor(0x4A, 0x3A, 0x00));
  bannerFrame->setPalette(bannerPalette);
  auto* bannerLayout = new QHBoxLayout(bannerFrame);
  bannerLayout->setContentsMargins(10, 6, 10, 6);
  m_bannerIcon = new QLabel(bannerFrame);
  const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
  m_bannerIcon->setPixmap(
      style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(iconSize));
  m_bannerIcon->setAlignment(Qt::AlignTop);
  m_banner = new QLabel(bannerFrame);
  m_banner->setObjectName(u"bannerLabel"_s);
  m_banner->setWordWrap(true);
  m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
  bannerLayout->addWidget(m_bannerIcon);
  bannerLayout->addWidget(m_banner, 1);
  layout->addWidget(bannerFrame);

  // The working screens, one tab each; a page's window title is its tab's label.
  m_pages = new QTabWidget(central);
  m_pages->setObjectName(u"pages"_s);
  m_pages->setDocumentMode(true);
  layout->addWidget(m_pages, 1);
  m_queuePage = new QueuePage(m_model, m_pages);
  m_view = m_queuePage->view();
  addPage(m_queuePage);
  m_scoringPage = new ScoringPage(m_pages);
  addPage(m_scoringPage);
  connect(this, &MainWindow::workspaceOpened, m_scoringPage, [this] {
    m_scoringPage->setDatabasePath(m_workspace ? m_workspace->databasePath() : QString());
    updateExplainer();
  });
  m_chartsPage = new ChartsPage(m_pages);
  addPage(m_chartsPage);
  connect(this, &MainWindow::workspaceOpened, m_chartsPage, [this] {
    m_chartsPage->setWorkspace(m_workspace ? m_workspace->directory() : QString(),
                               m_workspace ? m_workspace->databasePath() : QString());
  });
  connect(m_scoringPage, &ScoringPage::scoringFinished, this, [this](bool succeeded, const QString&) {
    if (!succeeded) return;
    if (m_workspace) m_chartsPage->setWorkspace(m_workspace->directory(), m_workspace->databasePath());
    updateExplainer();
    m_model->reload();
  });

  setCentralWidget(central);
}

// "Why this rank" explains with the model chosen on the scoring page, once it has scored.
void MainWindow::updateExplainer() {
  if (!m_workspace || m_scoringPage->modelDirectory().isEmpty()) {
    m_queuePage->setRankExplainer(nullptr);
    return;
  }
  m_queuePage->setRankExplainer(
      std::make_shared<ModelRankExplainer>(m_scoringPage->modelDirectory(), m_workspace->databasePath()));
}

int MainWindow::addPage(QWidget* page) {
  const int index = m_pages->addTab(page, page->windowTitle());
  connect(page, &QWidget::windowTitleChanged, m_pages, [this, page](const QString& title) {
    m_pages->setTabText(m_pages->indexOf(page), title);
  });
  return index;
}

void MainWindow::retranslateUi() {
  m_fileMenu->setTitle(tr("&File"));
  m_openAction->setText(tr("&Open Workspace…"));
  m_openAction->setStatusTip(tr("Open an existing workspace folder"));
  m_newAction->setText(tr("&New Workspace…"));
  m_newAction->setStatusTip(tr("Create a workspace in an empty folder"));
  m_recentMenu->setTitle(tr("Recent &Workspaces"));
  m_clearRecentAction->setText(tr("&Clear Menu"));
  m_importAction->setText(tr("&Import File…"));
  m_importAction->setStatusTip(tr("Import a CRM export (.csv or .xlsx) into this workspace"));
  m_callSheetsAction->setText(tr("&Call Sheets…"));
  m_callSheetsAction->setStatusTip(tr("Export each specialist's leads as CSV, Excel or PDF call sheets"));
  m_quitAction->setText(tr("&Quit"));
  m_settingsMenu->setTitle(tr("&Settings"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));
  m_aboutAction->setText(tr("&About LeadLadder"));
  m_aboutQtAction->setText(tr("About &Qt"));
  retranslateLogPanelAndSettings();
  rebuildLanguageMenu();
  rebuildRecentMenu();
  m_model->retranslate();
  updateTitle();
  updateBanner();
  refreshStats();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::rebuildLanguageMenu() {
  m_languageMenu->clear();  // deleted actions leave the group by themselves
  const QString current = currentLanguageSetting();
  const auto addLanguage = [&](const QString& code, const QString& text) {
    QAction* action = m_languageMenu->addAction(text);
    action->setCheckable(true);
    action->setChecked(code == current);
    action->setData(code);
    m_languageGroup->addAction(action);
    connect(action, &QAction::triggered, this, [code] {
      QSettings().setValue(kLanguageSettingsKey, code);
      // Switching sends LanguageChange, which rebuilds this menu: leave the slot first.
      QMetaObject::invokeMethod(
          qApp, [code] { applyLanguage(code); }, Qt::QueuedConnection);
    });
  };
  addLanguage(QString(), tr("System Default"));
  m_languageMenu->addSeparator();
  for (const QString& code : availableLanguages()) addLanguage(code, nativeLanguageName(code));
}

// ---- state shown in the window -----------------------------------------------------------------

void MainWindow::updateActions() {
  const bool importing = isImporting();
  m_openAction->setEnabled(!importing);
  m_newAction->setEnabled(!importing);
  m_recentMenu->setEnabled(!importing);
  m_importAction->setEnabled(m_workspace != nullptr);
  m_callSheetsAction->setEnabled(m_workspace != nullptr && !importing);
}

void MainWindow::updateTitle() {
  if (m_workspace)
    setWindowTitle(tr("%1 — LeadLadder").arg(QDir(m_workspace->directory()).dirName()));
  else
    setWindowTitle(tr("LeadLadder"));
}

void MainWindow::updateBanner() {
  QString text;
  if (!m_workspace)
    text =
        tr("No workspace is open. Open one with File › Open Workspace… or start one with File › New "
           "Workspace….");
  else if (m_statsKnown && m_leadCount == 0)
    text =
        tr("This workspace has no leads yet. Import a CRM export with File › Import File…, or drop a .csv or "
           ".xlsx file on this window.");
  else if (m_model->policy().model)
    text = m_queuePage->policyText();
  else
    text =
        tr("Leads are in the Funnel+Recency order: deepest funnel stage first, then the most recent contact. "
           "This is the baseline until a model has scored this workspace.");
  m_banner->setText(text);
}

void MainWindow::refreshStats() {
  m_statsKnown = false;
  if (!m_workspace || isImporting()) {
    if (!m_workspace) m_countsLabel->clear();
    return;
  }
  auto stats = m_workspace->stats();
  if (!stats) {
    log::get("ui")->warn("workspace statistics unavailable: {}", stats.error().toString().toStdString());
    m_countsLabel->setText(tr("Lead counts unavailable"));
    m_countsLabel->setToolTip(stats.error().toString());
    return;
  }
  m_statsKnown = true;
  m_leadCount = stats->leads;
  m_openCount = stats->openLeads;
  m_countsLabel->setText(tr("%Ln lead(s)", nullptr, static_cast<int>(m_leadCount)) + u" · "_s +
                         tr("%Ln open", nullptr, static_cast<int>(m_openCount)) + u" · "_s +
                         (m_model->policy().model ? tr("ranked by %1").arg(m_model->policy().modelName)
                                                  : tr("ranked by Funnel+Recency (no model yet)")));
  m_countsLabel->setToolTip(tr("Interactions: %1 · imports: %2 · won: %3 · lost: %4")
                                .arg(QLocale().toString(stats->interactions),
                                     QLocale().toString(stats->imports), QLocale().toString(stats->wonLeads),
                                     QLocale().toString(stats->lostLeads)));
  updateBanner();
}

QString MainWindow::statusText() const {
  return m_countsLabel->text();
}

QString MainWindow::bannerText() const {
  return m_banner->text();
}

// ---- workspaces --------------------------------------------------------------------------------

bool MainWindow::openWorkspace(const QString& directory, crm::Workspace::OpenMode mode) {
  if (isImporting()) {
    showError(tr("Cannot open workspace"),
              tr("An import is running. Wait for it to finish, or cancel it, before switching workspaces."));
    return false;
  }
  auto opened = crm::Workspace::open(directory, mode);
  if (!opened) {
    showError(tr("Cannot open workspace"), opened.error().toString());
    return false;
  }
  if (m_wizard) {
    m_wizard->reject();
    delete m_wizard.data();
  }
  // The model must let go of the old workspace before it is closed.
  m_model->setWorkspace(nullptr);
  m_workspace = std::move(*opened);
  m_model->setWorkspace(m_workspace.get());
  m_view->scrollToTop();
  rememberWorkspace(m_workspace->directory());
  updateTitle();
  refreshStats();
  updateBanner();
  updateActions();
  statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_workspace->directory())), 5000);
  emit workspaceOpened(m_workspace->directory());
  return true;
}

void MainWindow::rememberWorkspace(const QString& directory) {
  QSettings settings;
  QStringList recent = settings.value(kRecentKey).toStringList();
  recent.removeAll(directory);
  recent.prepend(directory);
  while (recent.size() > kMaxRecentWorkspaces) recent.removeLast();
  settings.setValue(kRecentKey, recent);
  settings.setValue(kLastWorkspaceKey, directory);
  rebuildRecentMenu();
}

QStringList MainWindow::recentWorkspaces() const {
  return QSettings().value(kRecentKey).toStringList();
}

QString MainWindow::lastWorkspace() {
  return QSettings().value(kLastWorkspaceKey).toString();
}

void MainWindow::rebuildRecentMenu() {
  m_recentMenu->clear();
  const QStringList recent = recentWorkspaces();
  for (int i = 0; i < recent.size(); ++i) {
    const QString& directory = recent.at(i);
    // The accelerator numbers the entries; the folder's name comes first because the paths of
    // workspaces often share a long prefix.
    const auto escaped = [](QString text) { return text.replace(u'&', u"&&"_s); };  // '&' marks accelerators
    const QString text = u"&%1 %2 (%3)"_s.arg(i + 1).arg(escaped(QDir(directory).dirName()),
                                                         escaped(QDir::toNativeSeparators(directory)));
    QAction* action = m_recentMenu->addAction(text);
    connect(action, &QAction::triggered, this,
            [this, directory] { openWorkspace(directory, crm::Workspace::OpenMode::MustExist); });
  }
  if (recent.isEmpty()) {
    QAction* none = m_recentMenu->addAction(tr("No recent workspaces"));
    none->setEnabled(false);
  } else {
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
  }
}

void MainWindow::chooseWorkspaceToOpen() {
  const QString start = m_workspace ? QFileInfo(m_workspace->directory()).absolutePath() : QDir::homePath();
  const QString directory = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), start);
  if (!directory.isEmpty()) openWorkspace(directory, crm::Workspace::OpenMode::MustExist);
}

void MainWindow::chooseWorkspaceToCreate() {
  const QString start = m_workspace ? QFileInfo(m_workspace->directory()).absolutePath() : QDir::homePath();
  const QString directory =
      QFileDialog::getExistingDirectory(this, tr("Choose an Empty Folder for the New Workspace"), start);
  if (directory.isEmpty()) return;
  const QDir dir(directory);
  const bool isWorkspace = dir.exists(u"workspace.sqlite"_s);
  if (!isWorkspace && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
    // A workspace adds its own files and folders; mixing them into an unrelated folder makes
    // both hard to clean up.
    const auto answer =
        QMessageBox::question(this, tr("New Workspace"),
                              tr("The folder %1 is not empty. Create the workspace in it anyway?")
                                  .arg(QDir::toNativeSeparators(directory)));
    if (answer != QMessageBox::Yes) return;
  }
  if (openWorkspace(directory, crm::Workspace::OpenMode::CreateIfMissing) && isWorkspace)
    statusBar()->showMessage(tr("That folder already held a workspace; it was opened."), 8000);
}

// ---- imports -----------------------------------------------------------------------------------

bool MainWindow::isImportableFile(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  return suffix == u"csv"_s || suffix == u"xlsx"_s || suffix == u"txt"_s || suffix == u"tsv"_s;
}

bool MainWindow::isImporting() const {
  return m_importTask != nullptr;
}

void MainWindow::cancelImport() {
  m_pendingImports.clear();
  if (m_importTask) m_importTask->cancel();
}

void MainWindow::chooseFileToImport() {
  openImportWizard();
}

void MainWindow::importFile(const QString& path, bool showReport) {
  if (!m_workspace) {
    const QString message =
        tr("Open or create a workspace before importing %1.").arg(QFileInfo(path).fileName());
    showError(tr("Import"), message);
    emit importFinished(false, message);
    return;
  }
  m_pendingImports.append(path);
  if (!showReport) m_quietImports.insert(path);
  if (!isImporting()) startNextImport();
}

void MainWindow::startNextImport() {
  if (isImporting() || m_pendingImports.isEmpty() || !m_workspace) return;
  const QString path = m_pendingImports.takeFirst();
  crm::ImportOptions options;
  options.path = path;

  // From here until the task finishes, only the worker may use the workspace.
  m_model->setFrozen(true);
  m_importTask = new ImportTask(*m_workspace, options, this);
  connect(m_importTask, &ImportTask::progressChanged, this, &MainWindow::onImportProgress);
  connect(m_importTask, &ImportTask::finished, this, &MainWindow::onImportFinished);

  m_progress = new QProgressDialog(this);
  m_progress->setWindowTitle(tr("Import"));
  m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  m_progress->setAutoClose(false);
  m_progress->setAutoReset(false);
  m_progress->setMinimumDuration(400);  // small files finish before a dialog could flash
  m_progress->setWindowModality(Qt::WindowModal);
  connect(m_progress, &QProgressDialog::canceled, this, [this] {
    if (m_importTask) m_importTask->cancel();
    statusBar()->showMessage(tr("Cancelling the import…"));
  });

  log::get("ui")->info("import of {} started from the window", QFileInfo(path).fileName().toStdString());
  updateActions();
  statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
  m_importTask->start();
}

void MainWindow::onImportProgress(int percent, qint64 rowsRead, bool finishing) {
  if (!m_progress || !m_importTask || m_importTask->isCancelRequested()) return;
  const QString file = QFileInfo(m_importTask->options().path).fileName();
  if (finishing) {
    m_progress->setRange(0, 0);  // saving has no measurable progress
    m_progress->setLabelText(tr("Saving %1 to the workspace…").arg(file));
    return;
  }
  if (percent < 0) {
    m_progress->setRange(0, 0);
  } else {
    m_progress->setRange(0, 100);
    m_progress->setValue(percent);
  }
  m_progress->setLabelText(tr("Importing %1…").arg(file) + u"\n"_s +
                           tr("%1 rows read").arg(QLocale().toString(rowsRead)));
}

void MainWindow::onImportFinished() {
  ImportTask* task = m_importTask;
  m_importTask = nullptr;
  const Result<crm::ImportReport> result = task->result();
  const QString file = QFileInfo(task->options().path).fileName();
  const bool quiet = m_quietImports.remove(task->options().path);
  task->deleteLater();
  if (m_progress) {
    m_progress->reset();
    m_progress->deleteLater();
    m_progress = nullptr;
  }

  m_model->setFrozen(false);
  m_model->reload();
  refreshStats();
  updateBanner();
  updateActions();

  QDialog* dialog = nullptr;
  if (result) {
    const bool landed = result->status != crm::ImportReport::Status::Rejected;
    statusBar()->showMessage(
        landed ? tr("Imported %1").arg(file) : tr("Nothing was imported from %1").arg(file), 8000);
    if (quiet && landed)
      log::get("ui")->info("import of {} finished: {}", file.toStdString(), crm::ImportReport::statusName(result->status));
    else
      dialog = showImportReport(*result);
    emit importFinished(landed, result->toText());
  } else if (result.error().code == ErrorCode::Cancelled) {
    m_pendingImports.clear();
    statusBar()->showMessage(tr("The import of %1 was cancelled; the workspace is unchanged.").arg(file),
                             8000);
    emit importFinished(false, result.error().toString());
  } else {
    statusBar()->showMessage(tr("The import of %1 failed").arg(file), 8000);
    Error error = result.error();
    if (error.file.isEmpty()) error.file = file;
    dialog = showError(tr("Import Failed"), error.toString());
    emit importFinished(false, error.toString());
  }
  // The next queued file starts once the person has read this one's report.
  if (dialog)
    connect(dialog, &QDialog::finished, this, &MainWindow::startNextImport);
  else
    startNextImport();
}

QDialog* MainWindow::showImportReport(const crm::ImportReport& report) {
  using Status = crm::ImportReport::Status;
  log::get("ui")->info("import of {} finished: {}", report.file.toStdString(),
                       crm::ImportReport::statusName(report.status));
  if (!m_interactive) return nullptr;

  QString headline;
  QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
  switch (report.status) {
    case Status::Imported:
      headline = tr("%1 was imported.").arg(report.file);
      break;
    case Status::ImportedWithRejects:
      headline = tr("%1 was imported without its rejected rows.").arg(report.file);
      icon = QStyle::SP_MessageBoxWarning;
      break;
    case Status::Unchanged:
      headline = tr("Nothing new in %1: the workspace already holds all of it.").arg(report.file);
      break;
    case Status::Rejected:
      headline = tr("Nothing was imported from %1: some rows were rejected. Fix them in the file and import "
                    "it again.")
                     .arg(report.file);
      icon = QStyle::SP_MessageBoxWarning;
      break;
    case Status::DryRun:
      headline = tr("%1 was checked; nothing was written.").arg(report.file);
      break;
  }

  auto* dialog = new QDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setObjectName(u"importReportDialog"_s);
  dialog->setWindowTitle(tr("Import Report"));
  auto* layout = new QVBoxLayout(dialog);
  auto* top = new QHBoxLayout;
  auto* iconLabel = new QLabel(dialog);
  const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
  iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize));
  iconLabel->setAlignment(Qt::AlignTop);
  auto* headlineLabel = new QLabel(headline, dialog);
  headlineLabel->setWordWrap(true);
  top->addWidget(iconLabel);
  top->addWidget(headlineLabel, 1);
  layout->addLayout(top);
  auto* details = new QPlainTextEdit(dialog);
  details->setReadOnly(true);
  details->setLineWrapMode(QPlainTextEdit::NoWrap);
  details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  details->setPlainText(report.toText());
  layout->addWidget(details, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
  connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog->resize(640, 360);
  dialog->open();
  return dialog;
}

QDialog* MainWindow::showError(const QString& title, const QString& message) {
  log::get("ui")->warn("{}: {}", title.toStdString(), message.toStdString());
  emit errorReported(message);
  if (!m_interactive) return nullptr;
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
  return box;
}

// ---- drag and drop -----------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (!m_workspace || !event->mimeData()->hasUrls()) return;
  const auto urls = event->mimeData()->urls();
  const bool any = std::any_of(urls.begin(), urls.end(), [](const QUrl& url) {
    return url.isLocalFile() && isImportableFile(url.toLocalFile());
  });
  if (any) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const auto urls = event->mimeData()->urls();
  // One file goes through the wizard; several are queued with their remembered or suggested
  // mappings, as are drops in scripted runs.
  if (m_interactive && urls.size() == 1 && urls.front().isLocalFile() &&
      isImportableFile(urls.front().toLocalFile())) {
    if (openImportWizard(urls.front().toLocalFile())) event->acceptProposedAction();
    return;
  }
  bool any = false;
  for (const QUrl& url : urls) {
    if (url.isLocalFile() && isImportableFile(url.toLocalFile())) {
      importFile(url.toLocalFile());
      any = true;
    }
  }
  if (any) event->acceptProposedAction();
}

// ---- settings and shutdown ---------------------------------------------------------------------

namespace {

// A splitter's settings key: its object name, else its place among its parents' children, which
// stays the same from one start to the next as long as the window is built the same way.
QString splitterKey(const QSplitter* splitter) {
  if (!splitter->objectName().isEmpty()) return u"splitters/"_s + splitter->objectName();
  QStringList path;
  for (const QObject* o = splitter; o && o->parent(); o = o->parent())
    path.prepend(o->objectName().isEmpty() ? QString::number(o->parent()->children().indexOf(o)) : o->objectName());
  return u"splitters/"_s + path.join(u'.');
}

}  // namespace

void MainWindow::restoreSettings() {
  QSettings settings;
  if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) resize(1100, 680);
  restoreState(settings.value(kStateKey).toByteArray());
  m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
  for (QSplitter* splitter : findChildren<QSplitter*>())
    splitter->restoreState(settings.value(splitterKey(splitter)).toByteArray());
  const QString lastPage = settings.value(u"mainWindow/lastPage"_s).toString();
  for (int i = 0; m_pages && !lastPage.isEmpty() && i < m_pages->count(); ++i)
    if (m_pages->widget(i)->objectName() == lastPage || lastPage == u"#%1"_s.arg(i)) m_pages->setCurrentIndex(i);
}

void MainWindow::saveSettings() const {
  QSettings settings;
  settings.setValue(kGeometryKey, saveGeometry());
  settings.setValue(kStateKey, saveState());
  settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
  for (const QSplitter* splitter : findChildren<QSplitter*>())
    settings.setValue(splitterKey(splitter), splitter->saveState());
  if (m_pages && m_pages->currentWidget())
    settings.setValue(u"mainWindow/lastPage"_s, m_pages->currentWidget()->objectName().isEmpty()
                                                     ? u"#%1"_s.arg(m_pages->currentIndex())
                                                     : m_pages->currentWidget()->objectName());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (isImporting()) {
    if (m_interactive) {
      const auto answer = QMessageBox::question(
          this, tr("Import Running"),
          tr("An import is still running. Cancel it and quit? The workspace stays as it was "
             "before the import."));
      if (answer != QMessageBox::Yes) {
        event->ignore();
        return;
      }
    }
    cancelImport();
    // Cancellation is checked every few thousand rows: this wait is short.
    m_importTask->waitForFinished();
  }
  saveSettings();
  event->accept();
}

// ---- import wizard, log panel, settings ---------------------------------------------------------

void MainWindow::createLogPanelAndSettings() {
  applyStoredTheme();
  m_logPanel = new LogPanel(this);
  m_logPanel->model()->setRecordLevel(storedLogLevel());
  addDockWidget(Qt::BottomDockWidgetArea, m_logPanel);
  m_logPanel->hide();  // until the person opens it; restoreState() brings back their choice
  QAction* toggleLog = m_logPanel->toggleViewAction();
  toggleLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

  m_settingsAction = new QAction(this);

  m_settingsAction->setObjectName(u"settingsAction"_s);
  m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
  m_settingsAction->setMenuRole(QAction::PreferencesRole);
  connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
  m_settingsMenu->addSeparator();
  m_settingsMenu->addAction(m_settingsAction);

  m_viewMenu = new QMenu(this);
  menuBar()->insertMenu(m_settingsMenu->menuAction(), m_viewMenu);
  m_viewMenu->addAction(toggleLog);

  if (const QVariant size = QSettings().value(kHotListSizeKey); size.isValid()) applyHotListSize(size.toInt());
}

// The hot list's size chosen in the settings becomes the queue page's.
void MainWindow::applyHotListSize(int size) {
  if (auto* spin = m_queuePage ? m_queuePage->findChild<QSpinBox*>(u"hotListSize"_s) : nullptr) spin->setValue(size);
}

void MainWindow::retranslateLogPanelAndSettings() {
  if (!m_viewMenu) return;
  m_viewMenu->setTitle(tr("&View"));
  m_logPanel->toggleViewAction()->setText(tr("&Log Panel"));
  m_logPanel->toggleViewAction()->setStatusTip(tr("Show the application's log, with warnings and errors as issues"));
  m_settingsAction->setText(tr("&Preferences…"));
  m_settingsAction->setStatusTip(tr("Language, palette, hot list size, phone masking and log level"));
}

ImportWizard* MainWindow::openImportWizard(const QString& path) {
  if (!m_workspace) {
    showError(tr("Import"), tr("Open or create a workspace before importing a file."));
    return nullptr;
  }
  if (isImporting()) {
    showError(tr("Import"), tr("An import is running. Wait for it to finish, or cancel it, before starting another."));
    return nullptr;
  }
  if (m_wizard) {
    if (!path.isEmpty() && m_wizard->currentId() == ImportWizard::FilePageId) m_wizard->setFilePath(path);
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
  }
  auto* wizard = new ImportWizard(*m_workspace, this);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  m_wizard = wizard;
  // While the wizard's worker holds the workspace the lead list must not page through it.
  connect(wizard, &ImportWizard::workspaceBusyChanged, this, [this](bool busy) { m_model->setFrozen(busy); });
  connect(wizard, &ImportWizard::importFinished, this, [this](bool landed, const QString& text) {
    m_model->reload();
    refreshStats();
    updateBanner();
    statusBar()->showMessage(landed ? tr("Import finished") : tr("Nothing was imported"), 8000);
    emit importFinished(landed, text);
  });
  if (!path.isEmpty()) wizard->setFilePath(path);
  if (m_interactive) {
    wizard->open();
    if (!path.isEmpty()) wizard->next();  // a dropped file goes straight to its preview
  }
  return wizard;
}

ImportWizard* MainWindow::importWizard() const {
  return m_wizard;
}

SettingsDialog* MainWindow::openSettings() {
  auto* dialog = new SettingsDialog(m_logPanel, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &SettingsDialog::hotListSizeChanged, this, &MainWindow::applyHotListSize);
  if (m_interactive) dialog->open();
  return dialog;
}

void MainWindow::showAbout() {
  QMessageBox::about(
      this, tr("About LeadLadder"),
      tr("<h3>LeadLadder %1</h3><p>Ranks open sales leads and turns the ranking into the day's work.</p>"
         "<p>Until a model has scored a workspace, leads are ranked by the Funnel+Recency baseline.</p>")
          .arg(QCoreApplication::applicationVersion()));
}

}  // namespace ll::ui
