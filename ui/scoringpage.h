#pragma once
// The scoring screen: choose a checkpoint (its manifest is shown: backbone, input, training data,
// metrics), score the open workspace with a progress bar, ETA and cancel. The job runs on a
// worker thread; the window stays responsive. Talks to core through jobs::ScoringJob and
// jobs::describeModel only.

#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ll::jobs {
class ScoringJob;
struct ScoringProgress;
}

namespace ll::ui {

class ScoringPage final : public QWidget {
  Q_OBJECT

 public:
  explicit ScoringPage(QWidget* parent = nullptr);
  ~ScoringPage() override;

  // The workspace to score (Workspace::databasePath()); empty disables scoring.
  void setDatabasePath(const QString& databasePath);
  // Shows the checkpoint's summary; returns false (and says why on the page) when the folder is
  // not a usable checkpoint.
  bool setModelDirectory(const QString& directory);
  [[nodiscard]] QString modelDirectory() const;

  // Starts scoring on a worker thread; false when it cannot start (no workspace or model, or a
  // run in progress).
  bool startScoring();
  void cancelScoring();
  [[nodiscard]] bool isScoring() const { return m_running; }
  [[nodiscard]] QString resultText() const;
  [[nodiscard]] int progressValue() const;

  // The checkpoint shipped with the application, if present: next to the executable
  // (../share/leadladder/models/default when installed) or the source tree's resources/.
  [[nodiscard]] static QString defaultModelDirectory();

 signals:
  // Scoring began (the workspace is being read and will be written).
  void scoringStarted();
  // After each run: `succeeded` false on errors and cancellation; `text` says what happened.
  void scoringFinished(bool succeeded, const QString& text);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void chooseModel();
  void retranslateUi();
  void updateState();
  void onProgress(int phase, qint64 done, qint64 total, double elapsedS, double etaS);
  void onFinished(bool succeeded, const QString& text);

  QString m_databasePath;
  QString m_modelDirectory;
  bool m_modelUsable = false;
  bool m_running = false;
  std::shared_ptr<jobs::ScoringJob> m_job;

  QLabel* m_intro = nullptr;
  QLabel* m_modelLabel = nullptr;
  QLineEdit* m_modelEdit = nullptr;
  QPushButton* m_browseButton = nullptr;
  QLabel* m_summary = nullptr;
  QLabel* m_deviceLabel = nullptr;
  QComboBox* m_device = nullptr;
  QLabel* m_threadsLabel = nullptr;
  QSpinBox* m_threads = nullptr;
  QCheckBox* m_allLeads = nullptr;
  QPushButton* m_scoreButton = nullptr;
  QPushButton* m_cancelButton = nullptr;
  QProgressBar* m_progress = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_result = nullptr;
};

}  // namespace ll::ui
