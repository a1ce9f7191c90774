#include "mainwindow.h"

#include "common/logging.h"
#include "crm/importjob.h"
#include "importtask.h"
#include "leadtablemodel.h"
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
#include <QStatusBar>
#include <QStyle>
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

// Widths that fit typical content, used until the user has sized the columns.
constexpr int kDefaultColumnWidths[LeadTableModel::ColumnCount] = {56,  120, 110, 160, 130,
                                                                   120, 100, 100, 100};

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_model(new LeadTableModel(this)) {
  setObjectName(u"MainWindow"_s);
  setAcceptDrops(true);
  createActions();
  createMenus();
  createCentralWidget();
  m_countsLabel = new QLabel(this);
  m_countsLabel->setObjectName(u"countsLabel"_s);
  statusBar()->addPermanentWidget(m_countsLabel);

  connect(m_model, &LeadTableModel::loadFailed, this,
          [this](const QString& message) { showError(tr("Cannot list the leads"), message); });

  retranslateUi();
  restoreSettings();
  updateActions();
}

MainWindow::~MainWindow() {
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
  m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFileToImport);

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

  m_view = new QTableView(central);
  m_view->setObjectName(u"leadTable"_s);
  m_view->setModel(m_model);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
  m_view->setAlternatingRowColors(true);
  m_view->setWordWrap(false);
  m_view->setSortingEnabled(false);  // the order comes from the store (see LeadTableModel)
  m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_view->verticalHeader()->hide();
  // Fixed row heights keep the view from measuring rows: it matters with a million of them.
  m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
  m_view->horizontalHeader()->setSectionsMovable(true);
  m_view->horizontalHeader()->setHighlightSections(false);
  m_view->horizontalHeader()->setStretchLastSection(false);  // keeps the counts next to their header
  m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
  for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
    m_view->setColumnWidth(column, kDefaultColumnWidths[column]);
  layout->addWidget(m_view, 1);

  setCentralWidget(central);
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
  m_quitAction->setText(tr("&Quit"));
  m_settingsMenu->setTitle(tr("&Settings"));
  m_languageMenu->setTitle(tr("&Language"));
  m_helpMenu->setTitle(tr("&Help"));
  m_aboutAction->setText(tr("&About LeadLadder"));
  m_aboutQtAction->setText(tr("About &Qt"));
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
                         tr("ranked by Funnel+Recency (no model yet)"));
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
  const QString directory = QSettings().value(u"lastImportFolder"_s, QDir::homePath()).toString();
  const QStringList files =
      QFileDialog::getOpenFileNames(this, tr("Import CRM Export"), directory,
                                    tr("CRM exports (*.csv *.xlsx *.tsv *.txt);;CSV files (*.csv);;Excel "
                                       "workbooks (*.xlsx);;All files (*)"));
  if (files.isEmpty()) return;
  QSettings().setValue(u"lastImportFolder"_s, QFileInfo(files.first()).absolutePath());
  for (const QString& file : files) importFile(file);
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

void MainWindow::restoreSettings() {
  QSettings settings;
  if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) resize(1100, 680);
  restoreState(settings.value(kStateKey).toByteArray());
  m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
}

void MainWindow::saveSettings() const {
  QSettings settings;
  settings.setValue(kGeometryKey, saveGeometry());
  settings.setValue(kStateKey, saveState());
  settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
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

void MainWindow::showAbout() {
  QMessageBox::about(
      this, tr("About LeadLadder"),
      tr("<h3>LeadLadder %1</h3><p>Ranks open sales leads and turns the ranking into the day's work.</p>"
         "<p>Until a model has scored a workspace, leads are ranked by the Funnel+Recency baseline.</p>")
          .arg(QCoreApplication::applicationVersion()));
}

}  // namespace ll::ui
