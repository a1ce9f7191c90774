#include "importtask.h"

#include "common/logging.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {

ImportTask::ImportTask(const crm::Workspace& workspace, crm::ImportOptions options, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_options(std::move(options)) {
  m_progressTimer.setInterval(100);
  connect(&m_progressTimer, &QTimer::timeout, this, &ImportTask::publishProgress);
  connect(&m_watcher, &QFutureWatcher<Result<crm::ImportReport>>::finished, this, &ImportTask::onWorkerDone);
}

ImportTask::~ImportTask() {
  if (isRunning()) {
    m_cancel = true;
    waitForFinished();
  }
}

void ImportTask::start() {
  // Everything the worker touches is owned by this object, which waits for it before dying.
  auto work = [this]() -> Result<crm::ImportReport> {
    try {
      crm::ImportOptions options = m_options;
      options.indexNotes = true;  // the first search after the import stays quick
      crm::ImportJob job(m_workspace, options);
      return job.run(
          [this](const crm::ImportProgress& p) {
            m_bytesDone.store(p.bytesDone, std::memory_order_relaxed);
            m_bytesTotal.store(p.bytesTotal, std::memory_order_relaxed);
            m_rowsRead.store(p.rowsRead, std::memory_order_relaxed);
            m_finishing.store(p.phase == u"finishing"_s, std::memory_order_relaxed);
          },
          &m_cancel);
    } catch (const std::exception& e) {
      // A slot must never see an exception; the job is expected to return errors, so this is
      // a bug worth a clear message rather than a crash.
      log::get("ui")->error("import worker failed: {}", e.what());
      return fail(ErrorCode::Internal,
                  ImportTask::tr("The import stopped because of an internal error (%1). The workspace is unchanged.")
                      .arg(QString::fromUtf8(e.what())),
                  m_options.path);
    }
  };
  m_watcher.setFuture(QtConcurrent::run(std::move(work)));
  m_progressTimer.start();
}

void ImportTask::cancel() {
  m_cancel = true;
}

bool ImportTask::isRunning() const {
  return m_watcher.isRunning() || (!m_result && m_watcher.isStarted());
}

void ImportTask::waitForFinished() {
  m_watcher.waitForFinished();
}

const Result<crm::ImportReport>& ImportTask::result() const {
  Q_ASSERT(m_result);
  return *m_result;
}

void ImportTask::publishProgress() {
  const qint64 total = m_bytesTotal.load(std::memory_order_relaxed);
  const qint64 done = m_bytesDone.load(std::memory_order_relaxed);
  const int percent = total > 0 ? static_cast<int>(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1;
  emit progressChanged(percent, m_rowsRead.load(std::memory_order_relaxed),
                       m_finishing.load(std::memory_order_relaxed));
}

void ImportTask::onWorkerDone() {
  m_progressTimer.stop();
  m_result = m_watcher.result();
  publishProgress();
  emit finished();
}

}  // namespace ll::ui
