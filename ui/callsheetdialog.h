#pragma once
// Call sheets: the manager ticks specialists (with their open-lead counts), chooses how many
// leads each, and exports CSV, XLSX or PDF, or opens a print preview. Building and writing run
// on a worker thread with progress and cancel; the dialog reads the workspace through
// crm::CallSheetService on a connection of its own.

#include "crm/callsheet.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace ll::ui {

class CallSheetDialog final : public QDialog {
  Q_OBJECT
  Q_PROPERTY(bool interactive READ isInteractive WRITE setInteractive)

 public:
  enum class Format { Csv, Xlsx, Pdf, Preview };
  Q_ENUM(Format)

  static constexpr const char* kMaskSettingsKey = "export/maskPhones";

  // databasePath: Workspace::databasePath(); exportFolder: where save dialogs start.
  CallSheetDialog(const QString& databasePath, const QString& exportFolder, QWidget* parent = nullptr);
  ~CallSheetDialog() override;

  // Specialist ids ticked, in list order ("" = the leads with no specialist).
  [[nodiscard]] QStringList selectedSpecialists() const;
  void setSelectedSpecialists(const QStringList& ids);
  [[nodiscard]] QStringList specialistIds() const;  // all listed
  [[nodiscard]] int leadsEach() const;
  void setLeadsEach(int n);
  [[nodiscard]] bool maskPhones() const;
  void setMaskPhones(bool mask);
  [[nodiscard]] QString rankingText() const;

  // Starts an export to `path` (ignored for Preview) on the worker; exportFinished follows.
  // Returns false when one is running or nothing is selected.
  bool startExport(Format format, const QString& path = {});
  [[nodiscard]] bool isBusy() const;
  void cancel();

  [[nodiscard]] bool isInteractive() const { return m_interactive; }
  void setInteractive(bool interactive) { m_interactive = interactive; }

 signals:
  void exportFinished(bool succeeded, const QString& message, const QString& path);
  // Preview only: the sheet is built; in interactive mode the print preview opens.
  void previewReady(const ll::crm::CallSheet& sheet);

 protected:
  void changeEvent(QEvent* event) override;
  void reject() override;

 private:
  struct Outcome {
    bool ok = false;
    QString message;
    crm::CallSheet sheet;
  };
  struct Shared {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
  };

  void loadSpecialists();
  void retranslateUi();
  void updateButtons();
  void chooseAndExport(Format format);
  void onFinished();
  void openPreview(const crm::CallSheet& sheet);

  QString m_databasePath;
  QString m_exportFolder;
  bool m_interactive = true;
  std::vector<crm::SpecialistLoad> m_specialists;
  std::optional<std::pair<qint64, QString>> m_run;
  QString m_loadError;

  QLabel* m_intro = nullptr;
  QLabel* m_ranking = nullptr;
  QListWidget* m_list = nullptr;
  QPushButton* m_all = nullptr;
  QPushButton* m_none = nullptr;
  QLabel* m_countLabel = nullptr;
  QSpinBox* m_count = nullptr;
  QCheckBox* m_mask = nullptr;
  QPushButton* m_csv = nullptr;
  QPushButton* m_xlsx = nullptr;
  QPushButton* m_pdf = nullptr;
  QPushButton* m_preview = nullptr;
  QPushButton* m_cancel = nullptr;
  QProgressBar* m_progress = nullptr;
  QLabel* m_status = nullptr;
  QDialogButtonBox* m_buttons = nullptr;
  QTimer* m_timer = nullptr;

  QFutureWatcher<Outcome>* m_watcher = nullptr;
  std::shared_ptr<Shared> m_shared;
  Format m_running = Format::Csv;
  QString m_runningPath;
};

}  // namespace ll::ui
