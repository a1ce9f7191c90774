#include "scoringpage.h"

#include "jobs/modelinfo.h"
#include "jobs/scoringjob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <thread>

using namespace Qt::StringLiterals;

namespace ll::ui {

namespace {

QString duration(double seconds) {
  const auto s = static_cast<qint64>(seconds + 0.5);
  if (s < 60) return ScoringPage::tr("%n s", nullptr, static_cast<int>(s));
  return ScoringPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString phaseText(int phase) {
  switch (static_cast<jobs::ScoringProgress::Phase>(phase)) {
    case jobs::ScoringProgress::Phase::Loading: return ScoringPage::tr("Loading the model…");
    case jobs::ScoringProgress::Phase::Reading: return ScoringPage::tr("Reading leads…");
    case jobs::ScoringProgress::Phase::Scoring: return ScoringPage::tr("Scoring", "progress phase");
    case jobs::ScoringProgress::Phase::Writing: return ScoringPage::tr("Saving the ranking…");
  }
  return {};
}

QString summaryText(const jobs::ModelSummary& s) {
  const QLocale locale;
  QStringList lines;
  lines << ScoringPage::tr("Model: %1").arg(QDir::toNativeSeparators(s.directory).toHtmlEscaped());
  lines << ScoringPage::tr("Backbone: %1 layers, width %2, %3 heads, vocabulary %4, %5 parameters%6")
               .arg(s.layers)
               .arg(s.hidden)
               .arg(s.heads)
               .arg(locale.toString(s.vocab), locale.toString(s.parameters),
                    s.hasLora ? ScoringPage::tr(", LoRA adapter") : QString());
  if (!s.embeddedBackbone)
    lines << ScoringPage::tr("Backbone folder: %1").arg(QDir::toNativeSeparators(s.backbonePath).toHtmlEscaped());
  lines << ScoringPage::tr("Input: %1 template, %2 tokens; funnel: %3; calibration: %4")
               .arg(s.language)
               .arg(s.tokenBudget)
               .arg(s.funnelName.isEmpty() ? ScoringPage::tr("(none)") : s.funnelName.toHtmlEscaped(), s.calibration);
  if (!s.trainedAt.isEmpty() || !s.dataFingerprint.isEmpty())
    lines << ScoringPage::tr("Trained: %1 on data %2")
                 .arg(s.trainedAt.isEmpty() ? ScoringPage::tr("(unknown time)") : s.trainedAt,
                      s.dataFingerprint.isEmpty() ? ScoringPage::tr("(unknown)") : s.dataFingerprint);
  if (!s.metrics.isEmpty())
    lines << ScoringPage::tr("Metrics: %1")
                 .arg(QString::fromUtf8(QJsonDocument(s.metrics).toJson(QJsonDocument::Compact)).toHtmlEscaped());
  return lines.join(u"<br>"_s);
}

}  // namespace

ScoringPage::ScoringPage(QWidget* parent) : QWidget(parent) {
  setObjectName(u"scoringPage"_s);
  auto* layout = new QVBoxLayout(this);

  m_intro = new QLabel(this);
  m_intro->setWordWrap(true);
  layout->addWidget(m_intro);

  auto* modelRow = new QHBoxLayout;
  m_modelLabel = new QLabel(this);
  m_modelEdit = new QLineEdit(this);
  m_modelEdit->setObjectName(u"modelPath"_s);
  m_browseButton = new QPushButton(this);
  modelRow->addWidget(m_modelLabel);
  modelRow->addWidget(m_modelEdit, 1);
  modelRow->addWidget(m_browseButton);
  layout->addLayout(modelRow);

  m_summary = new QLabel(this);
  m_summary->setObjectName(u"modelSummary"_s);
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_summary->setFrameShape(QFrame::StyledPanel);
  m_summary->setMargin(8);
  layout->addWidget(m_summary);

  auto* options = new QHBoxLayout;
  m_deviceLabel = new QLabel(this);
  m_device = new QComboBox(this);
  m_device->addItem(QString(), u"auto"_s);
  m_device->addItem(QString(), u"cpu"_s);
  m_device->addItem(QString(), u"cuda"_s);
  m_threadsLabel = new QLabel(this);
  m_threads = new QSpinBox(this);
  m_threads->setRange(1, std::max(1, static_cast<int>(std::thread::hardware_concurrency())));
  m_threads->setValue(m_threads->maximum());
  m_allLeads = new QCheckBox(this);
  options->addWidget(m_deviceLabel);
  options->addWidget(m_device);
  options->addSpacing(16);
  options->addWidget(m_threadsLabel);
  options->addWidget(m_threads);
  options->addSpacing(16);
  options->addWidget(m_allLeads);
  options->addStretch(1);
  layout->addLayout(options);

  auto* run = new QHBoxLayout;
  m_scoreButton = new QPushButton(this);
  m_scoreButton->setObjectName(u"scoreButton"_s);
  m_scoreButton->setDefault(true);
  m_cancelButton = new QPushButton(this);
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  run->addWidget(m_scoreButton);
  run->addWidget(m_progress, 1);
  run->addWidget(m_cancelButton);
  layout->addLayout(run);

  m_status = new QLabel(this);
  layout->addWidget(m_status);
  m_result = new QLabel(this);
  m_result->setObjectName(u"scoringResult"_s);
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_result);
  layout->addStretch(1);

  connect(m_browseButton, &QPushButton::clicked, this, &ScoringPage::chooseModel);
  connect(m_modelEdit, &QLineEdit::editingFinished, this, [this] {
    if (m_modelEdit->text() != m_modelDirectory) setModelDirectory(m_modelEdit->text());
  });
  connect(m_scoreButton, &QPushButton::clicked, this, [this] { startScoring(); });
  connect(m_cancelButton, &QPushButton::clicked, this, &ScoringPage::cancelScoring);

  retranslateUi();
  QSettings settings;
  const QString remembered = settings.value(u"scoring/model"_s).toString();
  const QString initial = !remembered.isEmpty() && QFileInfo::exists(remembered) ? remembered : defaultModelDirectory();
  if (!initial.isEmpty()) setModelDirectory(initial);
  updateState();
}

ScoringPage::~ScoringPage() {
  if (m_job) m_job->cancel();
}

QString ScoringPage::defaultModelDirectory() {
  const QString app = QCoreApplication::applicationDirPath();
  const QStringList candidates = {
      app + u"/../share/leadladder/models/default"_s,
#ifdef LEADLADDER_SOURCE_DIR
      QStringLiteral(LEADLADDER_SOURCE_DIR) + u"/resources/models/default"_s,
#endif
  };
  for (const auto& candidate : candidates)
    if (QFileInfo::exists(candidate + u"/manifest.json"_s)) return QDir::cleanPath(candidate);
  return {};
}

void ScoringPage::setDatabasePath(const QString& databasePath) {
  m_databasePath = databasePath;
  updateState();
}

bool ScoringPage::setModelDirectory(const QString& directory) {
  m_modelDirectory = directory;
  m_modelEdit->setText(QDir::toNativeSeparators(directory));
  auto summary = jobs::describeModel(directory);
  m_modelUsable = summary.has_value();
  if (summary) {
    m_summary->setText(summaryText(*summary));
    QSettings().setValue(u"scoring/model"_s, directory);
  } else {
    m_summary->setText(u"<b>%1</b><br>%2"_s.arg(tr("This folder cannot be used."), summary.error().message.toHtmlEscaped()));
  }
  updateState();
  return m_modelUsable;
}

QString ScoringPage::modelDirectory() const { return m_modelDirectory; }

void ScoringPage::chooseModel() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a model folder"), m_modelDirectory);
  if (!dir.isEmpty()) setModelDirectory(dir);
}

bool ScoringPage::startScoring() {
  if (m_running || !m_modelUsable || m_databasePath.isEmpty()) return false;
  jobs::ScoringParams params;
  params.databasePath = m_databasePath;
  params.modelDirectory = m_modelDirectory;
  params.allLeads = m_allLeads->isChecked();
  params.scorer.threads = m_threads->value();
  params.scorer.device = engine::parseScoreDevice(m_device->currentData().toString().toStdString())
                             .value_or(engine::ScoreDevice::Cpu);
  auto job = std::make_shared<jobs::ScoringJob>(params);
  m_job = job;
  m_running = true;
  m_progress->setValue(0);
  m_result->clear();
  m_status->setText(phaseText(0));
  updateState();
  emit scoringStarted();

  QPointer<ScoringPage> self(this);
  auto* thread = QThread::create([job, self] {
    auto result = job->run([self](const jobs::ScoringProgress& p) {
      if (!self) return;
      QMetaObject::invokeMethod(
          self.data(),
          [self, phase = static_cast<int>(p.phase), done = static_cast<qint64>(p.done),
           total = static_cast<qint64>(p.total), elapsed = p.elapsedS, eta = p.etaS.value_or(-1.0)] {
            if (self) self->onProgress(phase, done, total, elapsed, eta);
          },
          Qt::QueuedConnection);
    });
    bool ok = result.has_value();
    QString text;
    if (ok) {
      const QLocale locale;
      text = tr("Run %1: %2 leads ranked (%3 scored by the model, %4 unchanged and reused) in %5; %6.")
                 .arg(result->runId)
                 .arg(locale.toString(static_cast<qint64>(result->leads)))
                 .arg(locale.toString(static_cast<qint64>(result->scored)))
                 .arg(locale.toString(static_cast<qint64>(result->reused)))
                 .arg(duration(result->seconds))
                 .arg(QString::fromStdString(result->device));
      if (result->scored > 0 && result->scoringSeconds > 0)
        text += u" "_s + tr("%1 leads/s.").arg(static_cast<double>(result->scored) / result->scoringSeconds, 0, 'f', 0);
    } else {
      text = result.error().code == ErrorCode::Cancelled ? tr("Scoring was cancelled; the workspace is unchanged.")
                                                         : result.error().message;
    }
    if (self)
      QMetaObject::invokeMethod(
          self.data(), [self, ok, text] { if (self) self->onFinished(ok, text); }, Qt::QueuedConnection);
  });
  connect(thread, &QThread::finished, thread, &QObject::deleteLater);
  thread->start();
  return true;
}

void ScoringPage::cancelScoring() {
  if (m_job) m_job->cancel();
  m_status->setText(tr("Cancelling…"));
}

void ScoringPage::onProgress(int phase, qint64 done, qint64 total, double elapsedS, double etaS) {
  QString text = phaseText(phase);
  if (total > 0) {
    m_progress->setValue(static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total)));
    const QLocale locale;
    text += u" "_s + tr("%1 of %2 leads").arg(locale.toString(done), locale.toString(total));
  }
  text += u" · "_s + tr("elapsed %1").arg(duration(elapsedS));
  if (etaS >= 0) text += u" · "_s + tr("about %1 left").arg(duration(etaS));
  m_status->setText(text);
}

void ScoringPage::onFinished(bool succeeded, const QString& text) {
  m_running = false;
  m_job.reset();
  if (succeeded) m_progress->setValue(100);
  m_status->setText(succeeded ? tr("Done.") : tr("Not scored."));
  m_result->setText(text);
  updateState();
  emit scoringFinished(succeeded, text);
}

QString ScoringPage::resultText() const { return m_result->text(); }
int ScoringPage::progressValue() const { return m_progress->value(); }

void ScoringPage::updateState() {
  m_scoreButton->setEnabled(!m_running && m_modelUsable && !m_databasePath.isEmpty());
  m_cancelButton->setEnabled(m_running);
  m_browseButton->setEnabled(!m_running);
  m_modelEdit->setEnabled(!m_running);
  m_device->setEnabled(!m_running);
  m_threads->setEnabled(!m_running);
  m_allLeads->setEnabled(!m_running);
  if (!m_running && m_databasePath.isEmpty())
    m_status->setText(tr("Open a workspace to score its leads."));
  else if (!m_running && m_result->text().isEmpty())
    m_status->setText(m_modelUsable ? tr("Ready to score.") : tr("Choose a model to score with."));
}

void ScoringPage::retranslateUi() {
  setWindowTitle(tr("Scoring"));
  m_intro->setText(tr("Rank every open lead with a trained model. Leads whose information has not changed since "
                      "the last run of the same model keep their scores, so a daily refresh is quick."));
  m_modelLabel->setText(tr("Model folder:"));
  m_browseButton->setText(tr("Choose…"));
  m_deviceLabel->setText(tr("Device:"));
  m_device->setItemText(0, tr("Automatic"));
  m_device->setItemText(1, tr("CPU"));
  m_device->setItemText(2, tr("GPU (CUDA)"));
  m_threadsLabel->setText(tr("Threads:"));
  m_allLeads->setText(tr("Also score won and lost leads"));
  m_scoreButton->setText(tr("Score leads"));
  m_cancelButton->setText(tr("Cancel"));
  if (m_modelDirectory.isEmpty())
    m_summary->setText(tr("No model chosen. Choose a folder written by `leadladder-cli train`."));
  else
    setModelDirectory(m_modelDirectory);  // the summary in the new language
}

void ScoringPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

}  // namespace ll::ui
