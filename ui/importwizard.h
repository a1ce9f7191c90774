#pragma once
// The import wizard: choose a CRM export, preview it as it will be read (encoding, delimiter
// and sheet changeable), map its columns onto the lead schema (suggested from the header,
// saved profiles picked automatically), check it with a dry run whose rejected rows jump to
// the row in the preview, then import it. Reading and checking go through core services
// (readPreview, suggestMapping, ImportJob); dry run and import run on a worker thread with
// progress and cancel, and a cancelled import leaves the workspace as it was.

#include "crm/importjob.h"
#include "crm/importpreview.h"

#include <QAbstractTableModel>
#include <QWizard>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace ll::crm {
class Workspace;
}

namespace ll::ui {

class ImportTask;

// The preview's rows; the vertical header shows each row's number in the file.
class PreviewModel final : public QAbstractTableModel {
  Q_OBJECT

 public:
  using QAbstractTableModel::QAbstractTableModel;

  void setPreview(const crm::FilePreview* preview);  // not owned; null clears
  // Index of the entry showing this spreadsheet row, or -1.
  [[nodiscard]] int indexOfRow(qint64 spreadsheetRow) const;
  [[nodiscard]] qint64 rowNumber(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  const crm::FilePreview* m_preview = nullptr;
};

class ImportWizard final : public QWizard {
  Q_OBJECT

 public:
  enum PageId { FilePageId, PreviewPageId, MappingPageId, ValidationPageId, ReportPageId };
  // Mapping combo data for a column kept as an attribute or left out; fields use int(Field).
  static constexpr int kKeepAsAttribute = -1;
  static constexpr int kIgnoreColumn = -2;
  static constexpr int kPreviewRows = 50;

  // The workspace must outlive the wizard. While a dry run or the import runs, the worker owns
  // the workspace (see workspaceBusyChanged).
  explicit ImportWizard(const crm::Workspace& workspace, QWidget* parent = nullptr);
  // Cancels and waits for a running worker.
  ~ImportWizard() override;

  // Prefills the file (a dropped file or one chosen elsewhere).
  void setFilePath(const QString& path);
  [[nodiscard]] QString filePath() const;

  // Preview: re-reads with the current encoding, delimiter and sheet choices.
  bool reloadPreview(qint64 firstRow = 2);
  [[nodiscard]] const crm::FilePreview& preview() const { return m_preview; }
  [[nodiscard]] QString previewError() const { return m_previewError; }
  [[nodiscard]] PreviewModel* previewModel() const { return m_previewModel; }
  [[nodiscard]] QTableView* previewView() const { return m_previewView; }
  [[nodiscard]] QComboBox* encodingCombo() const { return m_encodingCombo; }
  [[nodiscard]] QComboBox* delimiterCombo() const { return m_delimiterCombo; }
  [[nodiscard]] QComboBox* sheetCombo() const { return m_sheetCombo; }
  [[nodiscard]] QSpinBox* headerRowSpin() const { return m_headerRowSpin; }
  [[nodiscard]] QLabel* detectionLabel() const { return m_detectionLabel; }

  // Mapping.
  [[nodiscard]] QTableWidget* mappingTable() const { return m_mappingTable; }
  [[nodiscard]] QComboBox* mappingCombo(int sourceColumn) const;
  [[nodiscard]] QComboBox* shapeCombo() const { return m_shapeCombo; }
  [[nodiscard]] QComboBox* profileCombo() const { return m_profileCombo; }
  [[nodiscard]] QLabel* profileLabel() const { return m_profileLabel; }
  // The profile the dry run and the import use, built from the choices on the pages.
  [[nodiscard]] crm::MappingProfile currentProfile() const;
  // Saves the current mapping under this name as a profile of the workspace.
  bool saveProfileAs(const QString& name);

  // Validation.
  [[nodiscard]] bool isBusy() const { return m_task != nullptr; }
  void cancelTask();
  // Cancels a running worker and waits for it (the wizard is leaving the page or closing).
  void stopTaskNow();
  [[nodiscard]] const std::optional<crm::ImportReport>& dryRunReport() const { return m_dryRun; }
  [[nodiscard]] QTableView* rejectsView() const { return m_rejectsView; }
  [[nodiscard]] QTableView* validationPreviewView() const { return m_validationView; }
  [[nodiscard]] QLabel* summaryLabel() const { return m_summaryLabel; }
  [[nodiscard]] QCheckBox* skipInvalidCheck() const { return m_skipInvalid; }
  // Shows this spreadsheet row in the preview (re-read around it when it lies beyond the rows
  // read) and selects it, and the cell of `column` (a header text) when given.
  bool showRow(qint64 spreadsheetRow, const QString& column = {});

  // Import.
  [[nodiscard]] const std::optional<crm::ImportReport>& importReport() const { return m_report; }
  [[nodiscard]] QString reportText() const;
  [[nodiscard]] crm::ImportOptions importOptions(bool dryRun) const;

  void reject() override;

 signals:
  // True while a worker holds the workspace (its owner must not use it meanwhile).
  void workspaceBusyChanged(bool busy);
  void previewReloaded();
  void dryRunFinished(bool succeeded);
  // After the import: `landed` is true when rows were written; text is the report or error.
  void importFinished(bool landed, const QString& text);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  class Page;

  void createFilePage();
  void createPreviewPage();
  void createMappingPage();
  void createValidationPage();
  void createReportPage();
  void retranslateUi();
  void chooseFile();
  void updateDetection();

  void initMapping();
  void fillMappingTable(const std::vector<crm::ColumnSuggestion>& columns);
  void applyProfileChoice(int index);
  void applyShapeChoice();
  bool checkMapping();
  void askProfileName();

  void startTask(bool dryRun);
  void onTaskProgress(int percent, qint64 rowsRead, bool finishing);
  void onTaskFinished();
  void showDryRun(const Result<crm::ImportReport>& result);
  void showImportResult(const Result<crm::ImportReport>& result);
  void selectPreviewRow(QTableView* view, int row, int column);

  const crm::Workspace& m_workspace;

  // File.
  Page* m_filePage = nullptr;
  QLabel* m_fileIntro = nullptr;
  QLabel* m_fileLabel = nullptr;
  QLineEdit* m_fileEdit = nullptr;
  QPushButton* m_browseButton = nullptr;
  QLabel* m_fileError = nullptr;

  // Preview.
  Page* m_previewPage = nullptr;
  crm::FilePreview m_preview;
  QString m_previewError;
  QString m_previewPath;
  PreviewModel* m_previewModel = nullptr;
  QTableView* m_previewView = nullptr;
  QLabel* m_encodingLabel = nullptr;
  QLabel* m_delimiterLabel = nullptr;
  QLabel* m_sheetLabel = nullptr;
  QLabel* m_headerRowLabel = nullptr;
  QSpinBox* m_headerRowSpin = nullptr;
  QComboBox* m_encodingCombo = nullptr;
  QComboBox* m_delimiterCombo = nullptr;
  QComboBox* m_sheetCombo = nullptr;
  QLabel* m_detectionLabel = nullptr;
  QLabel* m_headerNote = nullptr;

  // Mapping.
  Page* m_mappingPage = nullptr;
  QTableWidget* m_mappingTable = nullptr;
  QLabel* m_shapeLabel = nullptr;
  QComboBox* m_shapeCombo = nullptr;
  QLabel* m_profileChoiceLabel = nullptr;
  QComboBox* m_profileCombo = nullptr;
  QPushButton* m_saveProfileButton = nullptr;
  QLabel* m_profileLabel = nullptr;
  QLabel* m_mappingError = nullptr;
  QString m_mappedSignature;                   // header the table was built for
  std::vector<crm::MappingProfile> m_profiles;  // profile combo entries after "automatic"
  crm::MappingProfile m_baseProfile;           // name, date order and the like of the chosen profile
  bool m_fromProfile = false;

  // Validation.
  Page* m_validationPage = nullptr;
  QLabel* m_validationIntro = nullptr;
  QProgressBar* m_dryRunProgress = nullptr;
  QPushButton* m_dryRunCancel = nullptr;
  QLabel* m_summaryLabel = nullptr;
  QStandardItemModel* m_rejectsModel = nullptr;
  QTableView* m_rejectsView = nullptr;
  QTableView* m_validationView = nullptr;
  QLabel* m_rejectsHint = nullptr;
  QCheckBox* m_skipInvalid = nullptr;
  std::optional<crm::ImportReport> m_dryRun;
  bool m_dryRunFailed = false;

  // Import.
  Page* m_reportPage = nullptr;
  QLabel* m_reportHeadline = nullptr;
  QProgressBar* m_importProgress = nullptr;
  QPushButton* m_importCancel = nullptr;
  QPlainTextEdit* m_reportText = nullptr;
  std::optional<crm::ImportReport> m_report;
  bool m_importDone = false;

  ImportTask* m_task = nullptr;
  bool m_taskIsDryRun = false;
};

}  // namespace ll::ui
