// Evaluation: metrics of hand-made rankings (values worked out in the comments), calibration and
// Brier score, the NDCG bootstrap, the markdown table, the report's JSON round trip, the CRM score
// parser, and `leadladder-cli evaluate` end to end on a small generated and imported workspace
// (oracle, baselines, audit column).

#include "engine/checkpoint.h"
#include "engine/evaluation.h"
#include "engine/reportformat.h"
#include "jobs/evaluationjob.h"
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace ll::engine;

namespace {

bool near(double a, double b, double tolerance = 1e-12) { return std::abs(a - b) <= tolerance; }

// Ten leads ranked 10..1; converted at ranks 1 and 3; stage grades 4 (converted), 3, 0.
RankedScores handRanking(const std::string& name, ll::report::ModelKind kind) {
  RankedScores r;
  r.name = name;
  r.kind = kind;
  for (int i = 0; i < 10; ++i) r.scores.push_back(10.0 - i);
  return r;
}
const std::vector<std::uint8_t> kLabels = {1, 0, 1, 0, 0, 0, 0, 0, 0, 0};
const std::vector<double> kGains = {4, 3, 4, 0, 0, 0, 0, 0, 0, 0};

using Run = lltest::CliRun;

Run cli(const QStringList& args, int timeoutMs = 240000) { return lltest::runCli(args, timeoutMs); }

}  // namespace

class TestEvaluation : public QObject {
  Q_OBJECT

 private slots:
  void metricsOfHandMadeRanking();
  void calibrationAndBrier();
  void ndcgBootstrap();
  void markdownTable();
  void reportRoundTrip();
  void parsesCrmScores();
  void evaluateEndToEnd();

 private:
  QTemporaryDir m_dir;
};

void TestEvaluation::metricsOfHandMadeRanking() {
  EvaluationOptions options;
  options.bootstrap = 0;
  const auto e = evaluateRanking(handRanking("m", ll::report::ModelKind::Model), kLabels, kGains, options);
  const auto& m = e.result.metrics;
  // Positives at ranks 1 and 3 of 10, 8 negatives: 8 + 7 of 16 pairs won.
  QVERIFY(m.auc && near(*m.auc, 15.0 / 16.0));
  // ceil(0.1% * 10) = ceil(1% * 10) = ceil(5% * 10) = 1 lead: the top one, converted.
  QCOMPARE(m.precisionAt.at(0.1), 1.0);
  QCOMPARE(m.precisionAt.at(1.0), 1.0);
  QCOMPARE(m.precisionAt.at(5.0), 1.0);
  QCOMPARE(m.recallAt.at(5.0), 0.5);
  QVERIFY(!m.aucInterval);
  // NDCG@1 (top 1% of 10 = 1 lead): gain 4 at rank 1, ideal 4: 1.
  QCOMPARE(e.ndcgK, 1);
  QCOMPARE(m.ndcgAt.at(1.0), 1.0);
  // NDCG@10: DCG = 15/log2(2) + 7/log2(3) + 15/log2(4); ideal 15 + 15/log2(3) + 7/2.
  const double dcg = 15.0 + 7.0 / std::log2(3.0) + 15.0 / 2.0;
  const double ideal = 15.0 + 15.0 / std::log2(3.0) + 7.0 / 2.0;
  QVERIFY(near(m.ndcgAt.at(10.0), dcg / ideal, 1e-12));
  // Curve: K ascending, P@100% = base rate 2/10.
  QVERIFY(!e.result.curve.empty());
  QCOMPARE(e.result.curve.front().kPercent, 0.1);
  QCOMPARE(e.result.curve.back().kPercent, 100.0);
  QVERIFY(near(e.result.curve.back().precision, 0.2));
  for (std::size_t i = 1; i < e.result.curve.size(); ++i)
    QVERIFY(e.result.curve[i].kPercent > e.result.curve[i - 1].kPercent);
  QVERIFY(!e.result.calibration);  // no probabilities given
}

void TestEvaluation::calibrationAndBrier() {
  // Five leads at 0.1 (one converted), five at 0.9 (four converted).
  const std::vector<double> p = {0.1, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9, 0.1, 0.9};
  const std::vector<std::uint8_t> y = {1, 1, 0, 1, 0, 1, 0, 0, 0, 1};
  // Brier: per group 4 * 0.1^2 + 1 * 0.9^2 = 0.85; (0.85 + 0.85) / 10.
  const auto brier = brierScore(p, y);
  QVERIFY(brier && near(*brier, 0.17));
  const auto c = calibrationTable(p, y, 2);
  QVERIFY(c);
  QCOMPARE(c->bins.size(), std::size_t{2});
  QVERIFY(near(c->bins[0].predicted, 0.1) && near(c->bins[0].observed, 0.2));
  QVERIFY(near(c->bins[1].predicted, 0.9) && near(c->bins[1].observed, 0.8));
  QCOMPARE(c->bins[0].count, 5);
  QVERIFY(c->ece && near(*c->ece, 0.1));
  QVERIFY(c->brier && near(*c->brier, 0.17));

  // Ten bins over 10 leads: one lead per bin, observed is its own label.
  const auto ten = calibrationTable(p, y, 10);
  QCOMPARE(ten->bins.size(), std::size_t{10});
  for (const auto& bin : ten->bins) QCOMPARE(bin.count, 1);

  // NaN probabilities are left out; all NaN: nothing to say.
  const std::vector<double> withNan = {0.5, std::nan("")};
  const std::vector<std::uint8_t> two = {1, 0};
  QVERIFY(near(*brierScore(withNan, two), 0.25));
  const std::vector<double> allNan = {std::nan(""), std::nan("")};
  QVERIFY(!calibrationTable(allNan, two, 10));

  // Through evaluateRanking: probabilities give a calibration block.
  RankedScores r;
  r.name = "p";
  r.scores = p;
  r.probabilities = p;
  EvaluationOptions options;
  options.bootstrap = 0;
  const auto e = evaluateRanking(r, y, std::vector<double>(10, 0.0), options);
  QVERIFY(e.result.calibration && near(*e.result.calibration->brier, 0.17));
}

void TestEvaluation::ndcgBootstrap() {
  const auto perfect = handRanking("m", ll::report::ModelKind::Model).scores;
  // Gains already in descending order of score: every resample ranks ideally.
  const std::vector<double> sorted = {4, 4, 3, 2, 1, 0, 0, 0, 0, 0};
  const auto i = bootstrapNdcg(perfect, sorted, 3, 200, 0.95, 9);
  QVERIFY(i);
  QVERIFY(near(i->estimate, 1.0) && near(i->low, 1.0) && near(i->high, 1.0));

  const auto j = bootstrapNdcg(perfect, kGains, 3, 500, 0.95, 9);
  const auto full = ll::metrics::ndcgAt(perfect, kGains, 3);
  QVERIFY(j && full);
  QCOMPARE(j->estimate, *full);
  QVERIFY(j->low <= j->estimate && j->estimate <= j->high);
  QVERIFY(j->low < j->high);
  // Same seed, same interval.
  const auto again = bootstrapNdcg(perfect, kGains, 3, 500, 0.95, 9);
  QCOMPARE(again->low, j->low);
  QCOMPARE(again->high, j->high);
  // No gains at all: undefined.
  QVERIFY(!bootstrapNdcg(perfect, std::vector<double>(10, 0.0), 3, 10, 0.95, 1));
}

void TestEvaluation::markdownTable() {
  EvaluationOptions options;
  options.bootstrap = 0;
  const auto model = evaluateRanking(handRanking("Model A", ll::report::ModelKind::Model), kLabels, kGains, options);
  // The reversed ranking: converted leads at ranks 8 and 10; top lead not converted.
  auto reversed = handRanking("Reverse", ll::report::ModelKind::Baseline);
  for (auto& s : reversed.scores) s = -s;
  const auto bad = evaluateRanking(reversed, kLabels, kGains, options);
  const MarkdownRow rows[] = {{&model, 12.34}, {&bad, std::nullopt}};
  const std::string md = ll::engine::markdownTable(rows, 10, 2);
  const QString text = QString::fromStdString(md);
  QVERIFY2(text.contains(u"10 leads, 2 converted (base rate 20.00%)"_s), qPrintable(text));
  QVERIFY2(text.contains(u"| Model | AUC | P@0.1% | P@1% | P@5% | R@5% | NDCG@1 | Time |"_s), qPrintable(text));
  QVERIFY2(text.contains(u"| Model A | 0.9375 | 100.00% | 100.00% | 100.00% | 50.00% | 1.0000 | 12.3 s |"_s),
           qPrintable(text));
  // Reverse: positives at ranks 8 and 10 (of 10): the one at rank 8 is above one negative (rank
  // 9), the other above none: 1 of 16 pairs -> 0.0625; top lead gain 0.
  QVERIFY2(text.contains(u"| Reverse | 0.0625 | 0.00% | 0.00% | 0.00% | 0.00% | 0.0000 |  |"_s), qPrintable(text));
  QVERIFY(!text.contains(u"Share of oracle"_s));  // no oracle row, no share column

  // With an oracle row: each model's share of the oracle's P@1%.
  const auto oracle = evaluateRanking(handRanking("Oracle", ll::report::ModelKind::Oracle), kLabels, kGains, options);
  const MarkdownRow withOracle[] = {{&oracle, {}}, {&model, {}}, {&bad, {}}};
  const QString t2 = QString::fromStdString(ll::engine::markdownTable(withOracle, 10, 2));
  QVERIFY2(t2.contains(u"Share of oracle P@1%"_s), qPrintable(t2));
  QVERIFY2(t2.contains(u"| Model A | 0.9375 | 100.00% | 100.00% | 100.00% | 50.00% | 1.0000 | 100.0% |"_s), qPrintable(t2));
  QVERIFY2(t2.contains(u"| Reverse | 0.0625 | 0.00% | 0.00% | 0.00% | 0.00% | 0.0000 | 0.0% |"_s), qPrintable(t2));

  // With intervals: "estimate [low, high]".
  options.bootstrap = 100;
  const auto boot = evaluateRanking(handRanking("Boot", ll::report::ModelKind::Model), kLabels, kGains, options);
  const MarkdownRow one[] = {{&boot, {}}};
  const QString t3 = QString::fromStdString(ll::engine::markdownTable(one, 10, 2));
  QVERIFY2(t3.contains(u"| Boot | 0.9375 ["_s), qPrintable(t3));
}

void TestEvaluation::reportRoundTrip() {
  EvaluationOptions options;
  options.bootstrap = 50;
  RankedScores r = handRanking("DeepFM (direct)", ll::report::ModelKind::Baseline);
  r.probabilities = std::vector<double>{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
  const auto e = evaluateRanking(r, kLabels, kGains, options);
  ll::report::Report report;
  report.createdAt = "2026-01-01T00:00:00Z";
  report.dataset.name = "hand";
  report.dataset.leads = 10;
  report.dataset.positives = 2;
  report.dataset.temporal = ll::report::TemporalSplit{70, 23, 10, "2026-03-01", "car_default"};
  report.models.push_back(e.result);
  const auto parsed = ll::report::parseReport(ll::report::toJson(report));
  QVERIFY2(parsed, parsed ? "" : parsed.error().c_str());
  QVERIFY(parsed->dataset.temporal);
  QCOMPARE(parsed->dataset.temporal->trainPercent, 70);
  QCOMPARE(parsed->dataset.temporal->trainLeads, 23);
  QCOMPARE(parsed->dataset.temporal->splitAt, std::string("2026-03-01"));
  QCOMPARE(parsed->dataset.temporal->funnel, std::string("car_default"));
  QCOMPARE(parsed->models.size(), std::size_t{1});
  const auto& m = parsed->models[0];
  QCOMPARE(m.name, std::string("DeepFM (direct)"));
  QCOMPARE(m.kind, ll::report::ModelKind::Baseline);
  QCOMPARE(*m.metrics.auc, *e.result.metrics.auc);
  QCOMPARE(m.metrics.precisionAt, e.result.metrics.precisionAt);
  QCOMPARE(m.metrics.recallAt, e.result.metrics.recallAt);
  QCOMPARE(m.metrics.ndcgAt, e.result.metrics.ndcgAt);
  QVERIFY(m.metrics.aucInterval);
  QCOMPARE(m.metrics.aucInterval->low, e.result.metrics.aucInterval->low);
  QCOMPARE(m.metrics.precisionAtInterval.size(), e.result.metrics.precisionAtInterval.size());
  QCOMPARE(m.curve.size(), e.result.curve.size());
  QVERIFY(m.calibration);
  QCOMPARE(m.calibration->bins.size(), e.result.calibration->bins.size());
  QCOMPARE(*m.calibration->brier, *e.result.calibration->brier);
}

void TestEvaluation::parsesCrmScores() {
  using ll::jobs::parseScoreText;
  QCOMPARE(parseScoreText("0.83").value_or(-1), 0.83);
  QCOMPARE(parseScoreText(" 83% ").value_or(-1), 0.83);
  QCOMPARE(parseScoreText("0,5").value_or(-1), 0.5);
  QCOMPARE(parseScoreText("72").value_or(-1), 72.0);
  QVERIFY(!parseScoreText(""));
  QVERIFY(!parseScoreText("hot"));
  QVERIFY(!parseScoreText("nan"));
}

void TestEvaluation::evaluateEndToEnd() {
  QVERIFY2(QFile::exists(QStringLiteral(LL_CLI_PATH)), "leadladder-cli is missing: build it first");
  const QString demo = m_dir.filePath(u"demo"_s);
  const QString ws = m_dir.filePath(u"ws"_s);
  // A 5 % base rate so that the test part holds enough lock-ins for a stable comparison.
  Run g = cli({u"demo"_s, u"generate"_s, u"--leads"_s, u"3000"_s, u"--seed"_s, u"11"_s, u"--base-rate"_s, u"0.05"_s,
               u"--shape"_s, u"per-interaction"_s, u"--out"_s, demo});
  QVERIFY2(g.code == 0, g.err.constData());

  // The CRM's own score: an extra column of leads.csv holding the true probability, so the
  // audit row must rank exactly as the oracle does.
  std::map<QByteArray, QByteArray> truth;
  {
    QFile f(demo + u"/truth.csv"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
      const QList<QByteArray> cells = lines[i].trimmed().split(',');
      if (cells.size() > 5) truth[cells[0]] = cells[5];  // lead_id, ..., p_true
    }
  }
  {
    QFile f(demo + u"/leads.csv"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QByteArray rewritten;
    for (qsizetype i = 0; i < lines.size(); ++i) {
      QByteArray line = lines[i];
      if (line.endsWith('\r')) line.chop(1);
      if (line.isEmpty()) continue;
      const QByteArray id = line.left(line.indexOf(','));
      line += i == 0 ? QByteArray(",CRM Score") : "," + truth[id];
      rewritten += line + "\r\n";
    }
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(rewritten);
  }
  for (const char* file : {"leads.csv", "interactions.csv"}) {
    Run i = cli({u"import"_s, demo + u"/"_s + QString::fromLatin1(file), u"--workspace"_s, ws});
    QVERIFY2(i.code == 0, i.err.constData());
  }

  const QString reportPath = m_dir.filePath(u"report.json"_s);
  const QString mdPath = m_dir.filePath(u"report.md"_s);
  Run e = cli({u"evaluate"_s, u"--workspace"_s, ws, u"--truth"_s, demo + u"/truth.csv"_s, u"--audit-column"_s,
               u"crm score"_s, u"--bootstrap"_s, u"100"_s, u"--out"_s, reportPath, u"--markdown"_s, mdPath});
  QVERIFY2(e.code == 0, e.err.constData());
  const QString table = QString::fromUtf8(e.out);
  for (const QString& row : {u"| Oracle |"_s, u"| CRM score (CRM Score) |"_s, u"| Funnel+Recency |"_s,
                             u"| DeepFM (direct) |"_s, u"| Funnel+DeepFM (two-stage) |"_s, u"| XGBoost (direct) |"_s,
                             u"| Funnel+XGBoost (two-stage) |"_s, u"Share of oracle P@1%"_s})
    QVERIFY2(table.contains(row), qPrintable(row + u"\n"_s + table));
  QFile md(mdPath);
  QVERIFY(md.open(QIODevice::ReadOnly));
  QVERIFY(table.contains(QString::fromUtf8(md.readAll()).trimmed()));

  const auto report = ll::report::readReport(reportPath.toStdString());
  QVERIFY2(report, report ? "" : report.error().c_str());
  QCOMPARE(report->models.size(), std::size_t{7});
  const auto* oracle = report->find("Oracle");
  const auto* funnel = report->find("Funnel+Recency");
  const auto* audit = report->find("CRM score (CRM Score)");
  QVERIFY(oracle && funnel && audit);
  QCOMPARE(oracle->kind, ll::report::ModelKind::Oracle);
  QVERIFY(report->dataset.positives >= 20);
  // The split in fields as well as in words (a screen shows it in its own language).
  QVERIFY(report->dataset.temporal);
  QCOMPARE(report->dataset.temporal->testLeads, report->dataset.leads);
  QVERIFY(report->dataset.temporal->trainLeads > 0 && report->dataset.temporal->trainPercent > 0);
  QVERIFY(report->dataset.split.find(report->dataset.temporal->splitAt) != std::string::npos);
  QVERIFY(!report->dataset.temporal->splitAt.empty() && !report->dataset.temporal->funnel.empty());
  qInfo("test part %lld leads, %lld converted; AUC oracle %.4f, Funnel+Recency %.4f",
        static_cast<long long>(report->dataset.leads), static_cast<long long>(report->dataset.positives),
        *oracle->metrics.auc, *funnel->metrics.auc);
  QVERIFY(*oracle->metrics.auc > *funnel->metrics.auc);
  // The audit column carries the true probability: the same ranking as the oracle.
  QCOMPARE(*audit->metrics.auc, *oracle->metrics.auc);
  QCOMPARE(audit->metrics.precisionAt, oracle->metrics.precisionAt);
  QVERIFY(oracle->calibration && oracle->calibration->brier);
  for (const auto& m : report->models) {
    QVERIFY2(m.metrics.auc && *m.metrics.auc > 0.5, m.name.c_str());
    QVERIFY2(m.metrics.aucInterval, m.name.c_str());
    QVERIFY(!m.curve.empty());
  }

  // The default report path is the workspace's reports/ folder; audit alone needs no truth.
  Run a = cli({u"evaluate"_s, u"--workspace"_s, ws, u"--audit-column"_s, u"CRM Score"_s, u"--baselines"_s, u"none"_s,
               u"--bootstrap"_s, u"0"_s});
  QVERIFY2(a.code == 0, a.err.constData());
  QVERIFY(QString::fromUtf8(a.out).contains(u"| CRM score (CRM Score) |"_s));
  QVERIFY(QString::fromUtf8(a.out).contains(u"| Funnel+Recency |"_s));
  const QStringList reports = QDir(ws + u"/reports"_s).entryList({u"evaluation-*.json"_s});
  QCOMPARE(reports.size(), 1);

  // A column the export does not have: exit 3 naming it.
  Run missing = cli({u"evaluate"_s, u"--workspace"_s, ws, u"--audit-column"_s, u"Lead Grade"_s, u"--baselines"_s,
                     u"none"_s, u"--bootstrap"_s, u"0"_s});
  QCOMPARE(missing.code, 3);
  QVERIFY2(missing.err.contains("Lead Grade") && missing.err.contains("Home charging"), missing.err.constData());

  // A checkpoint is scored through the serving scorer from the same leads cut at their snapshots.
  {
    ll::model::Qwen2Config c;
    c.vocabSize = 704;
    c.hiddenSize = 32;
    c.intermediateSize = 64;
    c.numHiddenLayers = 2;
    c.numAttentionHeads = 4;
    c.numKeyValueHeads = 2;
    c.maxPositionEmbeddings = 512;
    c.tieWordEmbeddings = true;
    auto model = randomAsLlr(c, 300, 301, 9, 0);
    CheckpointManifest manifest;
    manifest.serializer = SerializerSpec::defaults("en", 96);
    manifest.yesTokenId = 300;
    manifest.noTokenId = 301;
    CheckpointSaveOptions so;
    so.tokenizerPath = std::string(LL_TEST_DATA_DIR) + "/tokenizer/trained.tokenizer.json";
    saveCheckpoint(m_dir.filePath(u"model"_s).toStdString(), model, manifest, so);
  }
  const QString modelReport = m_dir.filePath(u"model.json"_s);
  Run m = cli({u"evaluate"_s, u"--workspace"_s, ws, u"--model"_s, u"Random asLLR="_s + m_dir.filePath(u"model"_s),
               u"--baselines"_s, u"funnel-recency"_s, u"--bootstrap"_s, u"0"_s, u"--out"_s, modelReport});
  QVERIFY2(m.code == 0, m.err.constData());
  QVERIFY2(m.out.contains("| Random asLLR |") && m.out.contains("point head"), m.out.constData());
  const auto scored = ll::report::readReport(modelReport.toStdString());
  QVERIFY(scored && scored->find("Random asLLR"));
  const auto* randomModel = scored->find("Random asLLR");
  QCOMPARE(randomModel->kind, ll::report::ModelKind::Model);
  QVERIFY(!randomModel->checkpoint.empty());
  QVERIFY(randomModel->metrics.auc && randomModel->calibration);

  // Both heads from one scoring: a row for each, and the point head's row ranks as the run above.
  const QString bothReport = m_dir.filePath(u"both.json"_s);
  Run both = cli({u"evaluate"_s, u"--workspace"_s, ws, u"--model"_s, u"Random asLLR="_s + m_dir.filePath(u"model"_s),
                  u"--model-head"_s, u"both"_s, u"--baselines"_s, u"none"_s, u"--bootstrap"_s, u"0"_s, u"--out"_s,
                  bothReport});
  QVERIFY2(both.code == 0, both.err.constData());
  QVERIFY2(both.out.contains("| Random asLLR (pair head) |") && both.out.contains("| Random asLLR (point head) |"),
           both.out.constData());
  const auto twoRows = ll::report::readReport(bothReport.toStdString());
  QVERIFY(twoRows && twoRows->find("Random asLLR (point head)") && twoRows->find("Random asLLR (pair head)"));
  QCOMPARE(twoRows->find("Random asLLR (point head)")->metrics.auc, randomModel->metrics.auc);

  // Unknown baseline: usage error.
  Run unknown = cli({u"evaluate"_s, u"--workspace"_s, ws, u"--baselines"_s, u"wide-deep"_s});
  QCOMPARE(unknown.code, 2);
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
