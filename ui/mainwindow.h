#pragma once
// The main window: one open workspace, its leads in queue order, imports by menu or by drag and
// drop. Every action here has a scriptable twin in leadladder-cli; the window only calls the
// core services (Workspace, ImportJob) and never touches SQL.

#include "crm/workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;
class QTableView;

namespace ll::crm {
struct ImportReport;
}

namespace ll::ui {

class ImportTask;
class ImportWizard;
class LogPanel;
class SettingsDialog;
class QueueModel;
class ChartsPage;
class QueuePage;
class ScoringPage;

class MainWindow final : public QMainWindow {
  Q_OBJECT
  // When false no modal dialog opens: import reports and errors are only emitted as signals
  // (and logged). Tests and scripted runs set it; people never need to.
  Q_PROPERTY(bool interactive READ isInteractive WRITE setInteractive)

 public:
  static constexpr int kMaxRecentWorkspaces = 8;

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens the workspace folder and shows its leads. On failure the current workspace stays
  // open, the error is reported, and false is returned.
  bool openWorkspace(const QString& directory,
                     crm::Workspace::OpenMode mode = crm::Workspace::OpenMode::MustExist);
  [[nodiscard]] const crm::Workspace* workspace() const { return m_workspace.get(); }

  // Imports a CSV or .xlsx export into the open workspace on a worker thread. A second call
  // while an import runs queues the file. importFinished() follows each file. With `showReport`
  // false a successful import shows no report dialog (the first-start demo); errors still do.
  void importFile(const QString& path, bool showReport = true);
  [[nodiscard]] bool isImporting() const;
  // Files waiting for the running import to finish.
  [[nodiscard]] bool hasQueuedImports() const { return !m_pendingImports.isEmpty(); }
  void cancelImport();
  // The import wizard (File › Import, or a single dropped file when interactive), with `path`
  // prefilled. Null when no workspace is open or an import runs.
  ImportWizard* openImportWizard(const QString& path = {});
  [[nodiscard]] ImportWizard* importWizard() const;
  SettingsDialog* openSettings();
  [[nodiscard]] LogPanel* logPanel() const { return m_logPanel; }

  // The working screens as tabs. Other pages join with addPage(page): the page's window title
  // is its tab's label and follows retranslation.
  int addPage(QWidget* page);
  [[nodiscard]] QTabWidget* pages() const { return m_pages; }
  [[nodiscard]] QueuePage* queuePage() const { return m_queuePage; }
  [[nodiscard]] ScoringPage* scoringPage() const { return m_scoringPage; }
  [[nodiscard]] ChartsPage* chartsPage() const { return m_chartsPage; }
  [[nodiscard]] QAction* callSheetsAction() const { return m_callSheetsAction; }
  [[nodiscard]] QueueModel* leadModel() const { return m_model; }
  [[nodiscard]] QTableView* leadView() const { return m_view; }
  [[nodiscard]] QString statusText() const;
  [[nodiscard]] QString bannerText() const;
  [[nodiscard]] QStringList recentWorkspaces() const;
  // The workspace opened most recently, by any window (from QSettings); empty if none.
  [[nodiscard]] static QString lastWorkspace();

  [[nodiscard]] bool isInteractive() const { return m_interactive; }
  void setInteractive(bool interactive) { m_interactive = interactive; }

  // The file types an import accepts, by suffix.
  [[nodiscard]] static bool isImportableFile(const QString& path);

 signals:
  void workspaceOpened(const QString& directory);
  // After each imported file. `succeeded` is false when nothing could land (rejected rows,
  // a file-level error, cancellation). `text` is ImportReport::toText() when the job produced
  // a report, Error::toString() otherwise.
  void importFinished(bool succeeded, const QString& text);
  void errorReported(const QString& message);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createActions();
  void createMenus();
  void createCentralWidget();
  void updateExplainer();
  void retranslateUi();
  void updateActions();
  void updateTitle();
  void updateBanner();
  void refreshStats();
  void rebuildRecentMenu();
  void rebuildLanguageMenu();
  void rememberWorkspace(const QString& directory);

  void chooseWorkspaceToOpen();
  void chooseWorkspaceToCreate();
  void chooseFileToImport();
  void showAbout();

  void startNextImport();
  void onImportProgress(int percent, qint64 rowsRead, bool finishing);
  void onImportFinished();
  QDialog* showImportReport(const crm::ImportReport& report);
  QDialog* showError(const QString& title, const QString& message);

  void restoreSettings();
  void saveSettings() const;
  void createLogPanelAndSettings();
  void retranslateLogPanelAndSettings();
  void applyHotListSize(int size);

  std::unique_ptr<crm::Workspace> m_workspace;
  QueueModel* m_model = nullptr;
  QTabWidget* m_pages = nullptr;
  QueuePage* m_queuePage = nullptr;
  ScoringPage* m_scoringPage = nullptr;
  ChartsPage* m_chartsPage = nullptr;
  QAction* m_callSheetsAction = nullptr;
  QTableView* m_view = nullptr;
  QLabel* m_banner = nullptr;
  QLabel* m_bannerIcon = nullptr;
  QLabel* m_countsLabel = nullptr;
  bool m_interactive = true;
  bool m_statsKnown = false;
  qint64 m_leadCount = 0;
  qint64 m_openCount = 0;

  QStringList m_pendingImports;
  QSet<QString> m_quietImports;  // queued paths whose success needs no report dialog
  ImportTask* m_importTask = nullptr;
  QPointer<QProgressDialog> m_progress;

  QMenu* m_fileMenu = nullptr;
  QMenu* m_recentMenu = nullptr;
  QMenu* m_settingsMenu = nullptr;
  QMenu* m_languageMenu = nullptr;
  QMenu* m_helpMenu = nullptr;
  QAction* m_openAction = nullptr;
  QAction* m_newAction = nullptr;
  QAction* m_importAction = nullptr;
  QAction* m_quitAction = nullptr;
  QAction* m_clearRecentAction = nullptr;
  QAction* m_aboutAction = nullptr;
  QAction* m_aboutQtAction = nullptr;
  QActionGroup* m_languageGroup = nullptr;
  QMenu* m_viewMenu = nullptr;
  QAction* m_settingsAction = nullptr;
  LogPanel* m_logPanel = nullptr;
  QPointer<ImportWizard> m_wizard;
};

}  // namespace ll::ui
