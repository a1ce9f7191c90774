#pragma once
// Runs one ImportJob on a worker thread and reports back on the GUI thread. The job calls its
// progress callback from the worker; the callback only stores numbers in atomics and a timer
// on the GUI thread reads them, so a fast import cannot flood the event queue.

#include "crm/importjob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <optional>

namespace ll::ui {

class ImportTask final : public QObject {
  Q_OBJECT

 public:
  // The workspace must outlive the task and must not be used by anyone else until finished()
  // (its connection belongs to the worker while the job runs).
  ImportTask(const crm::Workspace& workspace, crm::ImportOptions options, QObject* parent = nullptr);
  // Cancels and waits: the worker holds references into the workspace.
  ~ImportTask() override;

  void start();
  void cancel();
  [[nodiscard]] bool isRunning() const;
  [[nodiscard]] bool isCancelRequested() const { return m_cancel.load(); }
  // Blocks until the worker has returned (used when the window closes mid-import).
  void waitForFinished();

  [[nodiscard]] const crm::ImportOptions& options() const { return m_options; }
  // Valid after finished().
  [[nodiscard]] const Result<crm::ImportReport>& result() const;

 signals:
  // percent is -1 while the size is unknown.
  void progressChanged(int percent, qint64 rowsRead, bool finishing);
  void finished();

 private:
  void publishProgress();
  void onWorkerDone();

  const crm::Workspace& m_workspace;
  crm::ImportOptions m_options;
  std::atomic<bool> m_cancel{false};
  std::atomic<qint64> m_bytesDone{0};
  std::atomic<qint64> m_bytesTotal{0};
  std::atomic<qint64> m_rowsRead{0};
  std::atomic<bool> m_finishing{false};
  QFutureWatcher<Result<crm::ImportReport>> m_watcher;
  QTimer m_progressTimer;
  std::optional<Result<crm::ImportReport>> m_result;
};

}  // namespace ll::ui
