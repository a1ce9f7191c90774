// leadladder-cli score: scores a workspace's open leads with an asLLR checkpoint and writes a
// scoring run (the scriptable twin of the desktop's "Score leads").

#include "app/cli/command.h"
#include "common/logging.h"
#include "crm/workspace.h"
#include "jobs/scoringjob.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;
constexpr int kWorkspace = 6;
constexpr int kCancelled = 130;

std::atomic<bool> g_interrupted{false};

using ll::cli::exitCodeFor;

int reportError(const ll::Error& e, bool json) {
  if (json) {
    const QJsonObject o{{u"error"_s, QString::fromLatin1(ll::errorCodeName(e.code))},
                        {u"message"_s, e.message},
                        {u"text"_s, e.toString()}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
  }
  QTextStream(stderr) << "error: " << e.toString() << "\n";
  return exitCodeFor(e);
}

int usage(const QCommandLineParser& p, const QString& message) {
  QTextStream(stderr) << u"error: "_s << message << u"\n\n"_s << p.helpText();
  return kUsage;
}

int runScore(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      u"Scores the open leads of a workspace with an asLLR checkpoint and writes a scoring run:\n"
      u"probability, pair score, rank and queue tier per lead. Leads whose input is unchanged since the\n"
      u"latest run of the same model keep their scores. Progress goes to stderr, the summary to stdout.\n"
      u"Exit codes: 0 done, 2 usage or unusable device, 3 unusable checkpoint, 6 workspace problem,\n"
      u"130 cancelled (Ctrl+C; the workspace is left as it was)."_s);
  p.addHelpOption();
  p.addOptions({
      {u"model"_s, u"The checkpoint folder."_s, u"DIR"_s},
      {u"workspace"_s, u"The workspace folder."_s, u"W"_s},
      {u"device"_s, u"auto, cpu or cuda (default cpu)."_s, u"D"_s, u"cpu"_s},
      {u"threads"_s, u"Intra-op threads (default: all cores)."_s, u"N"_s},
      {u"batch-tokens"_s, u"Padded tokens per batch (default 16384)."_s, u"N"_s, u"16384"_s},
      {u"all"_s, u"Score won and lost leads too."_s},
      {u"json"_s, u"Print the summary as JSON."_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"model"_s, u"workspace"_s})) return exitCode;
  const bool json = p.isSet(u"json"_s);

  ll::jobs::ScoringParams params;
  const auto device = ll::engine::parseScoreDevice(p.value(u"device"_s).toStdString());
  if (!device) return usage(p, u"--device must be auto, cpu or cuda"_s);
  params.scorer.device = *device;
  params.scorer.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (p.isSet(u"threads"_s)) {
    bool ok = false;
    params.scorer.threads = p.value(u"threads"_s).toInt(&ok);
    if (!ok || params.scorer.threads < 1) return usage(p, u"--threads must be a positive integer"_s);
  }
  {
    bool ok = false;
    const auto tokens = p.value(u"batch-tokens"_s).toLongLong(&ok);
    if (!ok || tokens < 1) return usage(p, u"--batch-tokens must be a positive integer"_s);
    params.scorer.batchTokens = static_cast<std::size_t>(tokens);
  }
  params.allLeads = p.isSet(u"all"_s);
  params.modelDirectory = p.value(u"model"_s);

  auto workspace = ll::crm::Workspace::open(p.value(u"workspace"_s), ll::crm::Workspace::OpenMode::MustExist);
  if (!workspace) return reportError(workspace.error(), json);
  params.databasePath = (*workspace)->databasePath();
  (*workspace)->releaseConnection();

  ll::jobs::ScoringJob job(params);
  g_interrupted = false;
  std::signal(SIGINT, [](int) { g_interrupted.store(true); });
  QTextStream err(stderr);
  const bool tty = ::isatty(fileno(stderr)) != 0;
  int lastPercent = -1;
  auto result = job.run([&](const ll::jobs::ScoringProgress& progress) {
    if (g_interrupted) job.cancel();
    using Phase = ll::jobs::ScoringProgress::Phase;
    if (progress.phase != Phase::Scoring || progress.total == 0) return;
    const int percent = static_cast<int>(100 * progress.done / progress.total);
    if (percent == lastPercent && progress.done != progress.total) return;
    lastPercent = percent;
    QString line = u"scoring %1/%2 leads (%3%)"_s.arg(progress.done).arg(progress.total).arg(percent);
    if (progress.etaS) line += u", about %1 s left"_s.arg(std::ceil(*progress.etaS), 0, 'f', 0);
    err << (tty ? u"\r"_s : QString()) << line << (tty ? u"   "_s : u"\n"_s);
    err.flush();
  });
  if (tty && lastPercent >= 0) err << "\n";
  err.flush();
  if (!result) return reportError(result.error(), json);

  const auto rate = result->scoringSeconds > 0 ? static_cast<double>(result->scored) / result->scoringSeconds : 0.0;
  if (json) {
    QJsonArray top;
    for (const auto& t : result->top)
      top.append(QJsonObject{{u"rank"_s, static_cast<qint64>(t.rank)},
                             {u"lead_id"_s, QString::fromStdString(t.leadId)},
                             {u"probability"_s, t.probability.value_or(0.0)},
                             {u"pair_score"_s, t.pairScore.value_or(0.0)},
                             {u"tier"_s, QString::fromStdString(t.tier)}});
    const QJsonObject o{{u"run_id"_s, static_cast<qint64>(result->runId)},
                        {u"leads"_s, static_cast<qint64>(result->leads)},
                        {u"scored"_s, static_cast<qint64>(result->scored)},
                        {u"reused"_s, static_cast<qint64>(result->reused)},
                        {u"seconds"_s, result->seconds},
                        {u"scoring_seconds"_s, result->scoringSeconds},
                        {u"leads_per_second"_s, rate},
                        {u"model_fingerprint"_s, QString::fromStdString(result->fingerprint)},
                        {u"device"_s, QString::fromStdString(result->device)},
                        {u"snapshot_at"_s, static_cast<qint64>(result->snapshotAt)},
                        {u"top"_s, top}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return kOk;
  }
  QTextStream out(stdout);
  out << u"Scoring run %1: %2 leads, %3 scored, %4 reused from the previous run of this model\n"_s.arg(result->runId)
             .arg(result->leads)
             .arg(result->scored)
             .arg(result->reused);
  out << u"%1 s in all, %2 leads/s through the model on %3\n"_s.arg(result->seconds, 0, 'f', 1)
             .arg(rate, 0, 'f', 1)
             .arg(QString::fromStdString(result->device));
  out << u"Model %1\n"_s.arg(QString::fromStdString(result->fingerprint.substr(0, 16)));
  if (!result->top.empty()) out << u"Top leads:\n  rank  lead               probability  tier\n"_s;
  for (const auto& t : result->top)
    out << u"  %1  %2  %3  %4\n"_s.arg(t.rank, 4)
               .arg(QString::fromStdString(t.leadId), -17)
               .arg(t.probability.value_or(0.0), 11, 'f', 4)
               .arg(QString::fromStdString(t.tier));
  return kOk;
}

const ll::cli::Registration kScore{"score", "score a workspace's open leads with an asLLR checkpoint", &runScore};

}  // namespace
