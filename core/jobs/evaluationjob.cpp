#include "jobs/evaluationjob.h"

#include "common/logging.h"
#include "crm/leadrecords.h"
#include "crm/workspace.h"
#include "engine/baselines.h"
#include "engine/checkpoint.h"
#include "engine/dataset.h"
#include "engine/features.h"
#include "engine/funnel.h"
#include "engine/scorer.h"
#include "jobs/enginetext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <limits>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace ll::jobs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

class Stopwatch {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
  }
  double cpuSeconds() const { return static_cast<double>(std::clock() - m_cpuStart) / CLOCKS_PER_SEC; }
  EvaluationStep step(std::string name) const { return {std::move(name), seconds(), cpuSeconds()}; }

 private:
  std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
  std::clock_t m_cpuStart = std::clock();
};

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string isoDate(std::int64_t seconds) {
  return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate).left(10).toStdString();
}

// truth.csv of `demo generate`: lead_id and p_true, by lead id.
Result<std::unordered_map<std::string, double>> readTruth(const QString& path) {
  QFile f(path);
  if (!f.exists()) return fail(ErrorCode::FileNotFound, u"The truth file does not exist."_s, path);
  if (!f.open(QIODevice::ReadOnly)) return fail(ErrorCode::FileUnreadable, u"The truth file cannot be read."_s, path);
  std::unordered_map<std::string, double> truth;
  qsizetype idCol = -1, pCol = -1;
  qint64 line = 0;
  while (!f.atEnd()) {
    QByteArray row = f.readLine();
    ++line;
    while (row.endsWith('\n') || row.endsWith('\r')) row.chop(1);
    if (line == 1 && row.startsWith("\xEF\xBB\xBF")) row.remove(0, 3);
    const QList<QByteArray> cells = row.split(',');
    if (line == 1) {
      idCol = cells.indexOf("lead_id");
      pCol = cells.indexOf("p_true");
      if (idCol < 0 || pCol < 0)
        return fail(ErrorCode::BadFormat,
                    u"This is not a truth.csv of 'demo generate': it needs the columns lead_id and p_true."_s, path, 1);
      continue;
    }
    if (row.isEmpty()) continue;
    bool ok = false;
    const double p = cells.value(pCol).toDouble(&ok);
    if (!ok || cells.value(idCol).isEmpty())
      return fail(ErrorCode::BadFormat, u"lead_id or p_true is not valid."_s, path, line,
                  ok ? u"lead_id"_s : u"p_true"_s);
    truth[cells.value(idCol).toStdString()] = p;
  }
  return truth;
}

// Searches the training information of a checkpoint for the HPRO (pairwise) loss weight.
std::optional<double> findPairWeight(const nlohmann::json& j) {
  if (j.is_object()) {
    for (const auto& [key, value] : j.items()) {
      if ((key == "pairwise" || key == "pair" || key == "hpro") && value.is_number()) return value.get<double>();
      if (const auto found = findPairWeight(value)) return found;
    }
  }
  return std::nullopt;
}

const std::string* attributeValue(const engine::LeadRecord& lead, const std::string& key) {
  for (const auto& [k, v] : lead.attributes)
    if (k == key) return &v;
  return nullptr;
}

// The attribute key that matches `column`: exactly, else ignoring case and surrounding spaces.
std::optional<std::string> resolveAttribute(const std::vector<engine::Example>& examples, const QString& column) {
  const std::string exact = column.toStdString();
  const QString loose = column.trimmed();
  std::optional<std::string> caseless;
  for (const auto& e : examples)
    for (const auto& [k, v] : e.input.attributes) {
      if (k == exact) return k;
      if (!caseless && q(k).trimmed().compare(loose, Qt::CaseInsensitive) == 0) caseless = k;
    }
  return caseless;
}

std::vector<std::string> attributeKeys(const std::vector<engine::Example>& examples) {
  std::map<std::string, int> keys;
  for (std::size_t i = 0; i < examples.size() && i < 2000; ++i)
    for (const auto& [k, v] : examples[i].input.attributes) keys[k] = 1;
  std::vector<std::string> out;
  for (const auto& [k, v] : keys) out.push_back(k);
  return out;
}

}  // namespace

const std::vector<std::string>& evaluationBaselineNames() {
  static const std::vector<std::string> names{"funnel-recency", "deepfm", "funnel-deepfm", "xgboost", "funnel-xgboost"};
  return names;
}

std::optional<double> parseScoreText(const std::string& text) {
  QString s = q(text).trimmed();
  bool percent = false;
  if (s.endsWith(u'%')) {
    percent = true;
    s.chop(1);
    s = s.trimmed();
  }
  if (s.isEmpty()) return std::nullopt;
  if (s.count(u',') == 1 && !s.contains(u'.')) s.replace(u',', u'.');
  bool ok = false;
  const double v = s.toDouble(&ok);
  if (!ok || !std::isfinite(v)) return std::nullopt;
  return percent ? v / 100.0 : v;
}

Result<EvaluationOutcome> runEvaluation(const EvaluationParams& params, const EvaluationProgress& progress,
                                        const std::atomic<bool>* cancel) {
  auto logger = ll::log::get("evaluate");
  const auto report = [&](const std::string& step, std::int64_t done, std::int64_t total) {
    if (progress) progress(step, done, total);
  };
  const auto isCancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  const auto cancelledError = [] { return fail(ErrorCode::Cancelled, u"The evaluation was cancelled."_s); };

  for (const auto& b : params.baselines)
    if (std::find(evaluationBaselineNames().begin(), evaluationBaselineNames().end(), b) == evaluationBaselineNames().end())
      return fail(ErrorCode::InvalidArgument,
                  u"Unknown baseline '%1': use funnel-recency, deepfm, funnel-deepfm, xgboost, funnel-xgboost or all."_s.arg(q(b)));
  const auto wants = [&](const char* name) {
    return std::find(params.baselines.begin(), params.baselines.end(), name) != params.baselines.end();
  };

  EvaluationOutcome outcome;
  Stopwatch total;

  // The funnel.
  engine::FunnelDefinition funnel = engine::FunnelDefinition::carDefault();
  if (!params.funnelPath.isEmpty()) {
    if (!QFileInfo::exists(params.funnelPath))
      return fail(ErrorCode::FileNotFound, u"The funnel definition file does not exist."_s, params.funnelPath);
    try {
      funnel = engine::FunnelDefinition::fromFile(params.funnelPath.toStdString());
    } catch (const std::exception& e) {
      return fail(ErrorCode::BadFormat, engineMessage(e), params.funnelPath);
    }
  }

  std::unordered_map<std::string, double> truth;
  if (!params.truthPath.isEmpty()) {
    auto t = readTruth(params.truthPath);
    if (!t) return std::unexpected(t.error());
    truth = std::move(*t);
  }

  // Leads -> labelled temporal split.
  Stopwatch readClock;
  engine::LabelledSplit split;
  {
    auto workspace = crm::Workspace::open(params.workspace, crm::Workspace::OpenMode::MustExist);
    if (!workspace) return std::unexpected(workspace.error());
    auto reader = crm::LeadRecordReader::open((*workspace)->databasePath());
    if (!reader) return std::unexpected(reader.error());
    crm::LeadRecordQuery query;
    const auto count = (*reader)->count(query);
    if (!count) return std::unexpected(count.error());
    engine::DatasetOptions options;
    options.trainFraction = params.trainFraction;
    engine::DatasetBuilder builder(funnel, options);
    std::int64_t done = 0;
    auto visited = (*reader)->forEach(query, [&](engine::LeadRecord&& lead) {
      builder.add(std::move(lead));
      if (++done % 10000 == 0) report("Reading leads", done, *count);
      return !isCancelled();
    });
    if (!visited) return std::unexpected(visited.error());
    if (isCancelled()) return cancelledError();
    report("Labelling", 0, 0);
    split = builder.finish();
  }
  outcome.steps.push_back(readClock.step("read leads and build the labelled split"));
  outcome.trainLeads = static_cast<std::int64_t>(split.train.size());
  outcome.testLeads = static_cast<std::int64_t>(split.test.size());
  outcome.trainPositives = split.positives(false);
  outcome.testPositives = split.positives(true);
  logger->info("split: {} train ({} positive), {} test ({} positive), {} incomplete, {} undated", outcome.trainLeads,
               outcome.trainPositives, outcome.testLeads, outcome.testPositives, split.skippedIncomplete,
               split.skippedUndated);
  if (split.test.empty() || split.train.empty())
    return fail(ErrorCode::BadData,
                u"The workspace has no leads whose label window (%1 days after a %2-day observation) is over: "
                u"import an export with older leads and their outcomes."_s
                    .arg(funnel.labelDays())
                    .arg(funnel.observationDays()));
  if (outcome.testPositives == 0)
    outcome.notes.push_back("The test part has no converted lead: AUC, recall and the intervals are undefined.");

  const std::vector<engine::Example>& test = split.test;
  std::vector<std::uint8_t> labels(test.size());
  std::vector<double> gains(test.size());
  for (std::size_t i = 0; i < test.size(); ++i) {
    labels[i] = test[i].positive ? 1 : 0;
    gains[i] = test[i].grade;
  }

  std::vector<engine::RankedScores> rankings;
  std::vector<std::optional<double>> seconds;

  // Oracle.
  if (!params.truthPath.isEmpty()) {
    Stopwatch clock;
    engine::RankedScores r{"Oracle", report::ModelKind::Oracle, {}, std::vector<double>(test.size(), kNaN), {}};
    std::int64_t missing = 0;
    for (std::size_t i = 0; i < test.size(); ++i) {
      const auto it = truth.find(test[i].input.leadId);
      if (it == truth.end()) ++missing;
      else r.scores[i] = it->second;
    }
    if (missing == static_cast<std::int64_t>(test.size()))
      return fail(ErrorCode::BadData, u"No test lead of the workspace is in the truth file: is it the truth.csv of "
                                      u"the demo that was imported?"_s, params.truthPath);
    if (missing > 0)
      outcome.notes.push_back(std::to_string(missing) + " test leads are not in the truth file; the oracle ranks them last.");
    r.probabilities = r.scores;
    rankings.push_back(std::move(r));
    seconds.push_back(clock.seconds());
  }

  // Audit: the CRM's own score, as imported.
  if (!params.auditColumn.isEmpty()) {
    Stopwatch clock;
    const auto key = resolveAttribute(test, params.auditColumn);
    if (!key) {
      std::string known;
      for (const auto& k : attributeKeys(test)) known += (known.empty() ? "" : ", ") + k;
      return fail(ErrorCode::BadData,
                  u"No test lead has the column '%1' among its imported extra columns (%2). Import the export that "
                  u"carries the CRM's score, or name the column as it is in the file."_s
                      .arg(params.auditColumn, known.empty() ? u"none"_s : q(known)),
                  {}, 0, params.auditColumn);
    }
    engine::RankedScores r{"CRM score (" + *key + ")", report::ModelKind::Baseline, {},
                           std::vector<double>(test.size(), kNaN), {}};
    std::int64_t unscored = 0;
    bool probability = true;
    for (std::size_t i = 0; i < test.size(); ++i) {
      const std::string* value = attributeValue(test[i].input, *key);
      const auto v = value ? parseScoreText(*value) : std::nullopt;
      if (!v) {
        ++unscored;
        continue;
      }
      r.scores[i] = *v;
      probability = probability && *v >= 0.0 && *v <= 1.0;
    }
    if (unscored == static_cast<std::int64_t>(test.size()))
      return fail(ErrorCode::BadData, u"The column '%1' holds no number in any test lead."_s.arg(q(*key)), {}, 0,
                  q(*key));
    if (unscored > 0)
      outcome.notes.push_back(std::to_string(unscored) + " test leads have no number in '" + *key +
                              "'; the CRM score ranks them last.");
    if (probability) r.probabilities = r.scores;
    rankings.push_back(std::move(r));
    seconds.push_back(clock.seconds());
  }

  // Funnel+Recency and the funnel tier of every test lead (two-stage models).
  std::vector<double> tiers(test.size());
  for (std::size_t i = 0; i < test.size(); ++i) tiers[i] = engine::funnelTierKey(test[i].input, funnel);
  if (wants("funnel-recency") || !params.auditColumn.isEmpty()) {
    Stopwatch clock;
    rankings.push_back({"Funnel+Recency", report::ModelKind::Baseline, {}, engine::funnelRecencyScores(test, funnel), {}});
    seconds.push_back(clock.seconds());
    outcome.steps.push_back(clock.step("Funnel+Recency"));
  }

  // CTR baselines.
  const bool deepfm = wants("deepfm") || wants("funnel-deepfm");
  const bool xgboost = wants("xgboost") || wants("funnel-xgboost");
  if (deepfm || xgboost) {
    Stopwatch featureClock;
    report("Features", 0, 0);
    std::vector<engine::RawFeatures> trainFeatures(split.train.size()), testFeatures(test.size());
    std::vector<std::uint8_t> trainLabels(split.train.size());
    for (std::size_t i = 0; i < split.train.size(); ++i) {
      trainFeatures[i] = engine::extractFeatures(split.train[i].input, split.train[i].snapshotAt, funnel);
      trainLabels[i] = split.train[i].positive ? 1 : 0;
    }
    for (std::size_t i = 0; i < test.size(); ++i)
      testFeatures[i] = engine::extractFeatures(test[i].input, test[i].snapshotAt, funnel);
    const auto encoder = engine::FeatureEncoder::fit(trainFeatures);
    outcome.steps.push_back(featureClock.step("tabular features"));
    if (isCancelled()) return cancelledError();

    engine::CtrTrainingOptions training;
    training.seed = params.seed;
    training.threads = std::max(1, params.threads);
    training.cancel = cancel;
    training.log = [&](const std::string& line) {
      logger->info("{}", line);
      report(line, 0, 0);
    };
    const auto addCtr = [&](const std::string& name, const engine::CtrResult& r, const Stopwatch& clock, bool direct,
                            bool twoStage) {
      const double secs = clock.seconds();
      if (direct) {
        rankings.push_back({name + " (direct)", report::ModelKind::Baseline, {}, r.testProbabilities, r.testProbabilities});
        seconds.push_back(secs);
      }
      if (twoStage) {
        rankings.push_back({"Funnel+" + name + " (two-stage)", report::ModelKind::Baseline, {},
                            engine::twoStageScores(tiers, r.testProbabilities), {}});
        seconds.push_back(secs);
      }
      outcome.steps.push_back(clock.step(name + " train + score (" + std::to_string(r.iterations) + " " +
                                         (name == "DeepFM" ? "epochs" : "rounds") + ", best " +
                                         std::to_string(r.bestIteration) + ")"));
    };
    try {
      if (deepfm) {
        Stopwatch clock;
        report("Training DeepFM", 0, 0);
        const auto r = engine::trainDeepFm(encoder, trainFeatures, trainLabels, testFeatures, {}, training);
        if (!r) return cancelledError();
        addCtr("DeepFM", *r, clock, wants("deepfm"), wants("funnel-deepfm"));
      }
      if (xgboost) {
        Stopwatch clock;
        report("Training XGBoost", 0, 0);
        const auto r = engine::trainXgboost(encoder, trainFeatures, trainLabels, testFeatures, {}, training);
        if (!r) return cancelledError();
        addCtr("XGBoost", *r, clock, wants("xgboost"), wants("funnel-xgboost"));
      }
    } catch (const std::exception& e) {
      return fail(ErrorCode::BadData, u"A baseline could not be trained: %1"_s.arg(engineMessage(e)));
    }
  }

  // asLLR checkpoints, scored from the same leads cut at their snapshots.
  for (const auto& m : params.models) {
    Stopwatch clock;
    report("Scoring " + m.name.toStdString(), 0, static_cast<std::int64_t>(test.size()));
    try {
      const auto checkpoint = engine::loadCheckpoint(m.directory.toStdString());
      std::vector<engine::LeadRecord> inputs;
      std::vector<std::int64_t> snapshots;
      inputs.reserve(test.size());
      snapshots.reserve(test.size());
      for (const auto& e : test) {
        inputs.push_back(e.input);
        snapshots.push_back(e.snapshotAt);
      }
      const auto ids = checkpoint.serializer->encodeMany(inputs, snapshots, std::max(1, params.threads));
      engine::ScorerOptions scorerOptions;
      scorerOptions.threads = std::max(1, params.threads);
      engine::Scorer scorer(checkpoint, scorerOptions);
      const auto scores = scorer.score(
          ids, [&](std::size_t done, std::size_t all) {
            report("Scoring " + m.name.toStdString(), static_cast<std::int64_t>(done), static_cast<std::int64_t>(all));
          },
          cancel);
      if (!scores) return cancelledError();
      ModelHead head = params.modelHead;
      if (head == ModelHead::Auto) {
        const auto weight = findPairWeight(checkpoint.manifest.training.extra);
        head = weight && *weight > 0 ? ModelHead::Pair : ModelHead::Point;
      }
      const auto addRanking = [&](ModelHead by, const std::string& name) {
        engine::RankedScores r{name, report::ModelKind::Model, checkpoint.fingerprint, {}, std::vector<double>{}};
        r.scores.reserve(scores->size());
        r.probabilities->reserve(scores->size());
        for (const auto& s : *scores) {
          r.scores.push_back(by == ModelHead::Pair ? s.pairScore : s.pointLogit);
          r.probabilities->push_back(s.probability);
        }
        outcome.notes.push_back(name + " is ranked by its " + (by == ModelHead::Pair ? "pair" : "point") + " head (" +
                                scorer.deviceDescription() + ").");
        rankings.push_back(std::move(r));
      };
      const double scoringSeconds = clock.seconds();
      if (head == ModelHead::Both) {
        addRanking(ModelHead::Pair, m.name.toStdString() + " (pair head)");
        addRanking(ModelHead::Point, m.name.toStdString() + " (point head)");
        seconds.push_back(scoringSeconds);
      } else {
        addRanking(head, m.name.toStdString());
      }
      seconds.push_back(scoringSeconds);
      outcome.steps.push_back(clock.step("score " + m.name.toStdString()));
    } catch (const std::exception& e) {
      return fail(ErrorCode::BadFormat,
                  u"The model '%1' cannot be scored: %2"_s.arg(m.name, engineMessage(e)), m.directory);
    }
  }

  // Metrics.
  Stopwatch metricsClock;
  engine::EvaluationOptions options;
  options.bootstrap = std::max(0, params.bootstrap);
  options.seed = params.seed;
  for (std::size_t i = 0; i < rankings.size(); ++i) {
    if (isCancelled()) return cancelledError();
    report("Metrics: " + rankings[i].name, static_cast<std::int64_t>(i), static_cast<std::int64_t>(rankings.size()));
    outcome.evaluations.push_back(engine::evaluateRanking(rankings[i], labels, gains, options));
  }
  outcome.steps.push_back(metricsClock.step("metrics with " + std::to_string(options.bootstrap) + " bootstrap resamples"));
  outcome.seconds = seconds;

  report::Report& r = outcome.report;
  r.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
  r.dataset.name = QFileInfo(params.workspace).fileName().toStdString();
  r.dataset.leads = outcome.testLeads;
  r.dataset.positives = outcome.testPositives;
  r.dataset.split = "temporal " + std::to_string(static_cast<int>(std::lround(params.trainFraction * 100))) + ":" +
                    std::to_string(100 - static_cast<int>(std::lround(params.trainFraction * 100))) + " by creation time: " +
                    std::to_string(outcome.trainLeads) + " train leads created before " +
                    (split.splitAt ? isoDate(*split.splitAt) : std::string("?")) + " <= " +
                    std::to_string(outcome.testLeads) + " test leads; funnel " + funnel.name();
  r.dataset.snapshot = isoDate(split.asOf);
  r.dataset.temporal = report::TemporalSplit{
      .trainPercent = static_cast<int>(std::lround(params.trainFraction * 100)),
      .trainLeads = outcome.trainLeads,
      .testLeads = outcome.testLeads,
      .splitAt = split.splitAt ? isoDate(*split.splitAt) : std::string(),
      .funnel = funnel.name()};
  for (const auto& e : outcome.evaluations) r.models.push_back(e.result);

  std::vector<engine::MarkdownRow> rows;
  for (std::size_t i = 0; i < outcome.evaluations.size(); ++i) rows.push_back({&outcome.evaluations[i], seconds[i]});
  outcome.markdown = engine::markdownTable(rows, outcome.testLeads, outcome.testPositives);
  outcome.steps.push_back(total.step("total"));
  return outcome;
}

}  // namespace ll::jobs
