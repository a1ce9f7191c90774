// leadladder-cli demo generate | oracle | simulate-ab: demo CRM exports with known truth, the
// ranking quality of the oracle that knows each lead's true probability (the ceiling for any
// model), and the A/B simulation of ranking policies with specialists working queues.

#include "app/cli/command.h"
#include "demo/absim.h"
#include "demo/generator.h"
#include "engine/metrics.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;
constexpr int kBadInput = 3;

QTextStream& out() {
  static QTextStream s(stdout);
  return s;
}
QTextStream& err() {
  static QTextStream s(stderr);
  return s;
}

const QString kDemoUsage =
    u"Usage: leadladder-cli demo SUBCOMMAND [options]\n\n"
    u"Subcommands:\n"
    u"  generate     write simulated CRM exports with known truth (see 'demo generate --help')\n"
    u"  oracle       ranking metrics of the oracle that knows each lead's true probability\n"
    u"  simulate-ab  A/B test of two ranking policies with specialists working queues (132 days)\n"_s;

std::optional<std::int64_t> positive(const QCommandLineParser& p, const QString& name, std::int64_t max) {
  bool ok = false;
  const qlonglong v = p.value(name).toLongLong(&ok);
  if (!ok || v < 1 || v > max) return std::nullopt;
  return v;
}

int generate(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      u"Simulates a new-energy-vehicle retailer's lead funnel and writes its CRM exports into DIR:\n"
      u"leads.* (and interactions.* in the per-interaction shape), today.* (open leads), truth.csv\n"
      u"(true probabilities and labels; never import it) and README.txt. Same seed, same bytes."_s);
  p.addHelpOption();
  p.addOptions({
      {u"leads"_s, u"Number of leads (default 20000)."_s, u"N"_s, u"20000"_s},
      {u"days"_s, u"Days over which leads are created (default 180)."_s, u"D"_s, u"180"_s},
      {u"seed"_s, u"Random seed (default 42)."_s, u"S"_s, u"42"_s},
      {u"lang"_s, u"Language of labels and notes: en or zh (default en)."_s, u"LANG"_s, u"en"_s},
      {u"format"_s, u"csv or xlsx (default csv)."_s, u"FORMAT"_s, u"csv"_s},
      {u"shape"_s, u"per-lead or per-interaction (default per-lead)."_s, u"SHAPE"_s, u"per-lead"_s},
      {u"encoding"_s, u"CSV encoding: utf-8 (with BOM, default) or gb18030 (zh only)."_s, u"ENC"_s, u"utf-8"_s},
      {u"observation-days"_s, u"Snapshot = created + this many days (default 14)."_s, u"N"_s, u"14"_s},
      {u"label-days"_s, u"Label window after the snapshot, in days (default 30)."_s, u"N"_s, u"30"_s},
      {u"base-rate"_s, u"Target lock-in rate in the label window (default 0.014)."_s, u"R"_s, u"0.014"_s},
      {u"out"_s, u"Output folder (required)."_s, u"DIR"_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"out"_s})) return exitCode;
  ll::demo::Config config;
  ll::demo::OutputOptions options;
  const auto leads = positive(p, u"leads"_s, 50'000'000);
  const auto days = positive(p, u"days"_s, 3650);
  const auto obs = positive(p, u"observation-days"_s, 365);
  const auto label = positive(p, u"label-days"_s, 365);
  bool seedOk = false, rateOk = false;
  const qulonglong seed = p.value(u"seed"_s).toULongLong(&seedOk);
  const double rate = p.value(u"base-rate"_s).toDouble(&rateOk);
  const QString lang = p.value(u"lang"_s), format = p.value(u"format"_s), shape = p.value(u"shape"_s),
                encoding = p.value(u"encoding"_s).toLower();
  QString problem;
  if (!leads) problem = u"--leads must be a whole number from 1 to 50000000"_s;
  else if (!days) problem = u"--days must be a whole number from 1 to 3650"_s;
  else if (!obs || *obs < 2) problem = u"--observation-days must be a whole number from 2 to 365"_s;
  else if (!label) problem = u"--label-days must be a whole number from 1 to 365"_s;
  else if (!seedOk) problem = u"--seed must be a non-negative whole number"_s;
  else if (!rateOk || rate <= 0 || rate >= 0.5) problem = u"--base-rate must be a number between 0 and 0.5, e.g. 0.014"_s;
  else if (lang != u"en"_s && lang != u"zh"_s) problem = u"--lang must be en or zh"_s;
  else if (format != u"csv"_s && format != u"xlsx"_s) problem = u"--format must be csv or xlsx"_s;
  else if (shape != u"per-lead"_s && shape != u"per-interaction"_s) problem = u"--shape must be per-lead or per-interaction"_s;
  else if (encoding != u"utf-8"_s && encoding != u"utf8"_s && encoding != u"gb18030"_s)
    problem = u"--encoding must be utf-8 or gb18030"_s;
  else if (encoding == u"gb18030"_s && (lang != u"zh"_s || format != u"csv"_s))
    problem = u"--encoding gb18030 applies to Chinese CSV only (--lang zh --format csv)"_s;
  if (!problem.isEmpty()) {
    err() << "error: " << problem << "\n";
    return kUsage;
  }
  config.leads = *leads;
  config.days = static_cast<int>(*days);
  config.observationDays = static_cast<int>(*obs);
  config.labelDays = static_cast<int>(*label);
  config.seed = seed;
  config.baseRate = rate;
  options.dir = p.value(u"out"_s);
  options.lang = lang == u"zh"_s ? ll::demo::Lang::Zh : ll::demo::Lang::En;
  options.format = format == u"xlsx"_s ? ll::demo::Format::Xlsx : ll::demo::Format::Csv;
  options.shape = shape == u"per-interaction"_s ? ll::demo::Shape::PerInteraction : ll::demo::Shape::PerLead;
  options.gb18030 = encoding == u"gb18030"_s;

  const auto summary = ll::demo::generate(config, options);
  if (!summary) {
    err() << "error: " << summary.error().toString() << "\n";
    return kBadInput;
  }
  const auto& s = *summary;
  out() << u"Generated %1 leads (lock-in rate in the label window %2%, mean true probability %3%).\n"_s
               .arg(s.leads)
               .arg(100.0 * s.lockInRate, 0, 'f', 2)
               .arg(100.0 * s.meanTrueProbability, 0, 'f', 2);
  out() << u"Leads with a call %1%, a store visit %2%, a test drive %3%, a quote %4%, a defeat %5% (by the export date).\n"_s
               .arg(100.0 * s.callShare, 0, 'f', 1)
               .arg(100.0 * s.visitShare, 0, 'f', 1)
               .arg(100.0 * s.testDriveShare, 0, 'f', 1)
               .arg(100.0 * s.quoteShare, 0, 'f', 1)
               .arg(100.0 * s.defeatShare, 0, 'f', 1);
  out() << u"Open leads today: %1. Simulated in %2 s, written in %3 s.\n"_s.arg(s.openLeadsToday)
               .arg(s.simulateSeconds, 0, 'f', 2)
               .arg(s.writeSeconds, 0, 'f', 2);
  for (const QString& f : s.files) out() << "  " << f << "\n";
  return kOk;
}

int oracle(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      u"Ranks the leads of a truth.csv by their true probability and prints AUC, P@0.1%, P@1%, P@5% and\n"
      u"R@5% against locked_in_window: the best any model can do on that data."_s);
  p.addHelpOption();
  p.addOptions({{u"truth"_s, u"truth.csv written by 'demo generate'."_s, u"FILE"_s},
                {u"json"_s, u"Print JSON."_s}});
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"truth"_s})) return exitCode;
  QFile f(p.value(u"truth"_s));
  if (!f.open(QIODevice::ReadOnly)) {
    err() << "error: cannot read " << f.fileName() << "\n";
    return kBadInput;
  }
  std::vector<double> scores;
  std::vector<std::uint8_t> labels;
  int pCol = -1, yCol = -1;
  qint64 line = 0;
  while (!f.atEnd()) {
    QByteArray row = f.readLine();
    ++line;
    while (row.endsWith('\n') || row.endsWith('\r')) row.chop(1);
    if (line == 1 && row.startsWith("\xEF\xBB\xBF")) row.remove(0, 3);
    const QList<QByteArray> cells = row.split(',');
    if (line == 1) {
      pCol = static_cast<int>(cells.indexOf("p_true"));
      yCol = static_cast<int>(cells.indexOf("locked_in_window"));
      if (pCol < 0 || yCol < 0) {
        err() << "error: " << f.fileName() << " has no p_true / locked_in_window columns (not a truth.csv)\n";
        return kBadInput;
      }
      continue;
    }
    if (row.isEmpty()) continue;
    bool okP = false;
    const double score = cells.value(pCol).toDouble(&okP);
    const QByteArray y = cells.value(yCol);
    if (!okP || (y != "0" && y != "1")) {
      err() << "error: " << f.fileName() << ", row " << line << ": p_true or locked_in_window is not valid\n";
      return kBadInput;
    }
    scores.push_back(score);
    labels.push_back(y == "1" ? 1 : 0);
  }
  if (scores.empty()) {
    err() << "error: " << f.fileName() << " has no leads\n";
    return kBadInput;
  }
  std::int64_t positives = 0;
  for (auto l : labels) positives += l;
  const auto auc = ll::metrics::auc(scores, labels);
  const auto p01 = ll::metrics::precisionAtPercent(scores, labels, 0.1);
  const auto p1 = ll::metrics::precisionAtPercent(scores, labels, 1.0);
  const auto p5 = ll::metrics::precisionAtPercent(scores, labels, 5.0);
  const auto r5 = ll::metrics::recallAtPercent(scores, labels, 5.0);
  const auto val = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
  if (p.isSet(u"json"_s)) {
    const QJsonObject o{{u"leads"_s, static_cast<qint64>(scores.size())},
                        {u"positives"_s, static_cast<qint64>(positives)},
                        {u"base_rate"_s, static_cast<double>(positives) / static_cast<double>(scores.size())},
                        {u"auc"_s, val(auc)},
                        {u"p_at_0_1"_s, val(p01)},
                        {u"p_at_1"_s, val(p1)},
                        {u"p_at_5"_s, val(p5)},
                        {u"r_at_5"_s, val(r5)}};
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return kOk;
  }
  const auto pct = [](const std::optional<double>& v) {
    return v ? u"%1%"_s.arg(100.0 * *v, 0, 'f', 2) : u"n/a"_s;
  };
  out() << u"Oracle on %1 leads, %2 locked in (%3).\n"_s.arg(scores.size())
               .arg(positives)
               .arg(pct(static_cast<double>(positives) / static_cast<double>(scores.size())));
  out() << u"  AUC     %1\n"_s.arg(auc ? QString::number(*auc, 'f', 4) : u"n/a"_s);
  out() << u"  P@0.1%  %1\n  P@1%    %2\n  P@5%    %3\n  R@5%    %4\n"_s.arg(pct(p01), pct(p1), pct(p5), pct(r5));
  return kOk;
}

int simulateAb(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      u"Simulates the paper's online A/B test on the demo world: leads arrive over --days, specialists\n"
      u"(split into two arms stratified by capability tier) follow up a limited number of due leads per\n"
      u"day in the order of their arm's policy, and timely follow-up of an intending buyer raises the\n"
      u"chance of a lock-in. Writes assignments.csv, daily.csv (cumulative conversion per arm) and\n"
      u"summary.json into DIR and prints per-arm conversion and Welch's t-test on per-specialist rates.\n\n"
      u"Policies: recency (newest lead first), funnel-recency (deepest stage so far, then most recent\n"
      u"contact), oracle (the true probability), random, scores:FILE (CSV lead_id,score; higher first,\n"
      u"leads without a score last). Same seed and options, same files."_s);
  p.addHelpOption();
  p.addOptions({
      {u"leads"_s, u"Number of leads (default 100000)."_s, u"N"_s, u"100000"_s},
      {u"days"_s, u"Length of the experiment in days; leads arrive over it (default 132)."_s, u"D"_s, u"132"_s},
      {u"seed"_s, u"Random seed (default 42)."_s, u"S"_s, u"42"_s},
      {u"policy-a"_s, u"Arm A (control) policy (default funnel-recency)."_s, u"POLICY"_s, u"funnel-recency"_s},
      {u"policy-b"_s, u"Arm B (test) policy (default oracle)."_s, u"POLICY"_s, u"oracle"_s},
      {u"capacity"_s, u"Follow-ups per specialist and day for tiers A,B,C (default 14,11,8)."_s, u"A,B,C"_s,
       u"14,11,8"_s},
      {u"base-rate"_s, u"The world's mean true probability (default 0.014)."_s, u"R"_s, u"0.014"_s},
      {u"out"_s, u"Output folder (required)."_s, u"DIR"_s},
      {u"json"_s, u"Print the summary as JSON."_s},
  });
  if (int exitCode = kOk; !ll::cli::parseArguments(p, args, &exitCode, {u"out"_s})) return exitCode;
  const auto leads = positive(p, u"leads"_s, 5'000'000);
  const auto days = positive(p, u"days"_s, 3650);
  bool seedOk = false, rateOk = false;
  const qulonglong seed = p.value(u"seed"_s).toULongLong(&seedOk);
  const double rate = p.value(u"base-rate"_s).toDouble(&rateOk);
  std::array<int, 3> capacity{};
  const QStringList caps = p.value(u"capacity"_s).split(u',');
  bool capsOk = caps.size() == 3;
  for (qsizetype k = 0; capsOk && k < 3; ++k) {
    capacity[static_cast<std::size_t>(k)] = caps[k].trimmed().toInt(&capsOk);
    capsOk = capsOk && capacity[static_cast<std::size_t>(k)] >= 0 && capacity[static_cast<std::size_t>(k)] <= 1000;
  }
  QString problem;
  if (!leads) problem = u"--leads must be a whole number from 1 to 5000000"_s;
  else if (!days) problem = u"--days must be a whole number from 1 to 3650"_s;
  else if (!seedOk) problem = u"--seed must be a non-negative whole number"_s;
  else if (!rateOk || rate <= 0 || rate >= 0.5) problem = u"--base-rate must be a number between 0 and 0.5, e.g. 0.014"_s;
  else if (!capsOk) problem = u"--capacity must be three whole numbers from 0 to 1000 for tiers A,B,C, e.g. 14,11,8"_s;
  if (!problem.isEmpty()) {
    err() << "error: " << problem << "\n";
    return kUsage;
  }
  ll::demo::AbConfig config;
  config.world.leads = *leads;
  config.world.days = static_cast<int>(*days);
  config.world.seed = seed;
  config.world.baseRate = rate;
  config.capacity = capacity;
  for (const auto& [option, policy] : {std::pair{u"policy-a"_s, &config.policyA}, std::pair{u"policy-b"_s, &config.policyB}}) {
    auto parsed = ll::demo::parsePolicy(p.value(option));
    if (!parsed) {
      const bool usage = parsed.error().code == ll::ErrorCode::InvalidArgument;
      err() << "error: --" << option << ": " << parsed.error().toString() << "\n";
      return usage ? kUsage : kBadInput;
    }
    *policy = std::move(*parsed);
  }

  const ll::demo::AbResult r = ll::demo::runAbTest(config);
  const auto files = ll::demo::writeAbOutputs(r, p.value(u"out"_s));
  if (!files) {
    err() << "error: " << files.error().toString() << "\n";
    return kBadInput;
  }
  if (p.isSet(u"json"_s)) {
    out() << ll::demo::abSummaryJson(r);
    return kOk;
  }
  const auto pct = [](double v) { return std::isfinite(v) ? u"%1%"_s.arg(100.0 * v, 0, 'f', 2) : u"n/a"_s; };
  out() << u"A/B over %1 days, %2 leads, %3 specialists (seed %4).\n"_s.arg(r.config.world.days)
               .arg(r.leads.size())
               .arg(r.roster.size())
               .arg(r.config.world.seed);
  for (int a = 0; a < 2; ++a) {
    const auto& s = r.arms[static_cast<std::size_t>(a)];
    out() << u"  arm %1 %2: %3 specialists, %4 leads, %5 lock-ins, conversion %6, %7 follow-ups\n"_s
                 .arg(a == 0 ? u"A"_s : u"B"_s,
                      (a == 0 ? r.config.policyA.name : r.config.policyB.name).leftJustified(16))
                 .arg(s.specialists)
                 .arg(s.leads)
                 .arg(s.lockIns)
                 .arg(pct(s.conversion))
                 .arg(s.followUps);
    if (r.scoresMissing[a] > 0)
      out() << u"    %1 leads of arm %2 had no score (ranked last)\n"_s.arg(r.scoresMissing[a]).arg(a == 0 ? u"A"_s : u"B"_s);
  }
  out() << u"  relative difference (B - A) / A: %1\n"_s.arg(pct(r.relativeDiff));
  const auto& w = r.welch;
  if (w.valid())
    out() << u"  per-specialist rates: A %1, B %2, relative %3; Welch t = %4, df = %5, p = %6, 95% CI of B - A [%7, %8]\n"_s
                 .arg(pct(w.meanA), pct(w.meanB), pct(w.relativeDiff))
                 .arg(w.t, 0, 'f', 2)
                 .arg(w.df, 0, 'f', 1)
                 .arg(w.pValue, 0, 'g', 3)
                 .arg(pct(w.ciLow), pct(w.ciHigh));
  else
    out() << u"  Welch's t-test: %1\n"_s.arg(QString::fromStdString(w.message));
  out() << u"  simulated in %1 s, queues run in %2 s\n"_s.arg(r.simulateSeconds, 0, 'f', 2).arg(r.runSeconds, 0, 'f', 2);
  for (const QString& f : *files) out() << "  " << f << "\n";
  return kOk;
}

int runDemo(const QStringList& args) {
  if (args.size() < 2 || args[1] == u"--help"_s || args[1] == u"-h"_s) {
    (args.size() < 2 ? err() : out()) << kDemoUsage;
    return args.size() < 2 ? kUsage : kOk;
  }
  QStringList rest = args;
  const QString sub = rest.takeAt(1);
  try {
    if (sub == u"generate"_s) return generate(rest);
    if (sub == u"oracle"_s) return oracle(rest);
    if (sub == u"simulate-ab"_s) return simulateAb(rest);
  } catch (const std::exception& e) {
    err() << "error: unexpected failure: " << e.what() << "\n";
    return kFailure;
  }
  err() << u"error: unknown demo subcommand '%1'\n\n"_s.arg(sub) << kDemoUsage;
  return kUsage;
}

const ll::cli::Registration kDemo{"demo", "demo generate|oracle|simulate-ab: simulated CRM exports with known truth, A/B simulation", &runDemo};

}  // namespace
