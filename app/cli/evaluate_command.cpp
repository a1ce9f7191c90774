// leadladder-cli evaluate: one labelled temporal split of a workspace, the baselines trained on its
// training part, asLLR checkpoints, the oracle (generated data) and the CRM's own score column
// (audit) scored on its test part, metrics with bootstrap intervals as JSON (the GUI's charts
// read W/reports/) and a markdown table on stdout.

#include "app/cli/command.h"
#include "jobs/evaluationjob.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;
constexpr int kWorkspace = 6;
constexpr int kCancelled = 130;

std::atomic<bool> g_interrupted{false};

QTextStream& out() {
  static QTextStream s(stdout);
  return s;
}
QTextStream& err() {
  static QTextStream s(stderr);
  return s;
}

using ll::cli::exitCodeFor;

const QString kDescription =
    u"Builds the labelled temporal split of the workspace once (train: the earliest 70% of the leads by\n"
    u"creation time; every lead seen as it was at its snapshot, labelled by the stage it reached in the\n"
    u"label window), trains the baselines on the training part and scores the test part with them, with\n"
    u"each --model checkpoint, with the oracle (--truth, generated data) and with the CRM's own score\n"
    u"(--audit-column). Prints the markdown table (AUC, P@0.1%, P@1%, P@5%, R@5%, NDCG, each with a\n"
    u"bootstrap 95% interval) and writes the JSON report into W/reports/ (or --out).\n\n"
    u"Baselines: funnel-recency, deepfm, funnel-deepfm, xgboost, funnel-xgboost (or all). deepfm and\n"
    u"xgboost rank by the CTR model alone (direct); funnel-* rank by funnel tier first, the CTR model\n"
    u"within the tier (two-stage).\n"
    u"Audit: --audit-column COLUMN ranks the test leads by an imported extra column (the CRM's score)\n"
    u"and shows it beside the Funnel+Recency tier sort; no truth file is needed.\n\n"
    u"Exit codes: 0 done, 2 usage, 3 unusable input (funnel, truth, checkpoint, no labelled leads),\n"
    u"6 workspace problem, 130 cancelled."_s;

int runEvaluate(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(kDescription);
  p.addHelpOption();
  p.addOptions({
      {{u"w"_s, u"workspace"_s}, u"Workspace folder (with imported outcomes)."_s, u"W"_s},
      {u"funnel"_s, u"Funnel definition JSON (default: the car funnel)."_s, u"FILE"_s},
      {u"truth"_s, u"truth.csv of 'demo generate': adds the oracle."_s, u"FILE"_s},
      {u"model"_s, u"An asLLR checkpoint to score, as NAME=DIR (repeatable)."_s, u"NAME=DIR"_s},
      {u"model-head"_s,
       u"Rank checkpoints by: auto (pair head when trained with HPRO), point, pair, or both (a row for each head)."_s,
       u"HEAD"_s,
       u"auto"_s},
      {u"baselines"_s, u"Comma-separated baselines, 'all' (default) or 'none'."_s, u"LIST"_s, u"all"_s},
      {u"out"_s, u"Report JSON (default W/reports/evaluation-<time>.json)."_s, u"REPORT.json"_s},
      {u"markdown"_s, u"Also write the markdown table to this file."_s, u"REPORT.md"_s},
      {u"seed"_s, u"Seed for training and the bootstrap (default 42)."_s, u"S"_s, u"42"_s},
      {u"bootstrap"_s, u"Bootstrap resamples for the intervals (default 1000; 0 = none)."_s, u"N"_s, u"1000"_s},
      {u"audit-column"_s, u"Imported column holding the CRM's own lead score."_s, u"COLUMN"_s},
      {u"threads"_s, u"Threads for training and scoring (default 1)."_s, u"N"_s, u"1"_s},
      {u"json"_s, u"Print the report JSON on stdout instead of the table."_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"workspace"_s})) return exitCode;

  const auto usage = [&](const QString& message) {
    err() << "error: " << message << "\n\n" << p.helpText();
    return kUsage;
  };
  ll::jobs::EvaluationParams params;
  params.workspace = p.value(u"workspace"_s);
  params.funnelPath = p.value(u"funnel"_s);
  params.truthPath = p.value(u"truth"_s);
  params.auditColumn = p.value(u"audit-column"_s);
  bool ok = false;
  params.seed = p.value(u"seed"_s).toULongLong(&ok);
  if (!ok) return usage(u"--seed must be a non-negative integer"_s);
  params.bootstrap = p.value(u"bootstrap"_s).toInt(&ok);
  if (!ok || params.bootstrap < 0 || params.bootstrap > 100000) return usage(u"--bootstrap must be 0..100000"_s);
  params.threads = p.value(u"threads"_s).toInt(&ok);
  if (!ok || params.threads < 1 || params.threads > 256) return usage(u"--threads must be a positive integer"_s);
  const QString head = p.value(u"model-head"_s);
  if (head == u"auto"_s) params.modelHead = ll::jobs::ModelHead::Auto;
  else if (head == u"point"_s) params.modelHead = ll::jobs::ModelHead::Point;
  else if (head == u"pair"_s) params.modelHead = ll::jobs::ModelHead::Pair;
  else if (head == u"both"_s) params.modelHead = ll::jobs::ModelHead::Both;
  else return usage(u"--model-head must be auto, point, pair or both"_s);
  for (const QString& spec : p.values(u"model"_s)) {
    const auto eq = spec.indexOf(u'=');
    if (eq <= 0 || eq == spec.size() - 1) return usage(u"--model takes NAME=DIR, got '%1'"_s.arg(spec));
    params.models.push_back({spec.left(eq), spec.mid(eq + 1)});
  }
  const QString baselines = p.value(u"baselines"_s).trimmed();
  if (baselines == u"all"_s) params.baselines = ll::jobs::evaluationBaselineNames();
  else if (baselines != u"none"_s)
    for (const QString& b : baselines.split(u',', Qt::SkipEmptyParts)) params.baselines.push_back(b.trimmed().toStdString());
  const bool json = p.isSet(u"json"_s);

  std::signal(SIGINT, [](int) { g_interrupted.store(true); });
  const auto result = ll::jobs::runEvaluation(
      params,
      [](const std::string& step, std::int64_t done, std::int64_t total) {
        if (total > 0) err() << step.c_str() << ": " << done << " / " << total << "\n";
        else err() << step.c_str() << "\n";
        err().flush();
      },
      &g_interrupted);
  if (!result) {
    err() << "error: " << result.error().toString() << "\n";
    return exitCodeFor(result.error());
  }

  QString reportPath = p.value(u"out"_s);
  if (reportPath.isEmpty()) {
    const QString dir = QDir(params.workspace).filePath(u"reports"_s);
    if (!QDir().mkpath(dir)) {
      err() << "error: cannot create " << dir << "\n";
      return kWorkspace;
    }
    reportPath = QDir(dir).filePath(u"evaluation-%1.json"_s.arg(
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s)));
  }
  if (const auto written = ll::report::writeReport(result->report, reportPath.toStdString()); !written) {
    err() << "error: " << QString::fromStdString(written.error()) << "\n";
    return kFailure;
  }
  if (p.isSet(u"markdown"_s)) {
    QSaveFile f(p.value(u"markdown"_s));
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(result->markdown)) < 0 || !f.commit()) {
      err() << "error: cannot write " << p.value(u"markdown"_s) << "\n";
      return kFailure;
    }
  }

  if (json) {
    out() << QString::fromStdString(ll::report::toJson(result->report)) << "\n";
  } else {
    out() << QString::fromStdString(result->markdown) << "\n";
    out() << u"Train part: %1 leads, %2 converted.\n"_s.arg(result->trainLeads).arg(result->trainPositives);
    for (const auto& note : result->notes) out() << QString::fromStdString(note) << "\n";
    out() << u"\nSteps:\n"_s;
    for (const auto& step : result->steps)
      out() << u"  %1: %2 s wall, %3 s CPU\n"_s.arg(QString::fromStdString(step.name))
                   .arg(step.seconds, 0, 'f', 1)
                   .arg(step.cpuSeconds, 0, 'f', 1);
    out() << u"\nReport: %1\n"_s.arg(QFileInfo(reportPath).absoluteFilePath());
  }
  out().flush();
  return kOk;
}

const ll::cli::Registration kEvaluate{
    "evaluate", "evaluate baselines, checkpoints, the oracle and a CRM score on one temporal split", &runEvaluate};

}  // namespace
