// The Charts page (offscreen): each chart populated from an example report, a small scoring run
// and a small A/B simulation output, its series and points checked, and PNG/PDF exports that are
// valid files. Also the evaluation report format and the PDF call sheet (one section per
// specialist, each on its own page), and the call sheet dialog exporting through its worker.

#include "callsheetdialog.h"
#include "callsheetpdf.h"
#include "chartspage.h"
#include "startup.h"
#include "crm/callsheet.h"
#include "crm/sqlite.h"
#include "crm/workspace.h"
#include "engine/reportformat.h"
#include "testutil.h"

#include <QAreaSeries>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ll;

namespace {

QString dataPath(const QString& rel) { return QStringLiteral(LL_TEST_DATA_DIR) + u"/"_s + rel; }

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<QLineSeries*> lineSeries(QChart* chart) {
  std::vector<QLineSeries*> out;
  for (QAbstractSeries* s : chart->series())
    if (auto* l = qobject_cast<QLineSeries*>(s)) out.push_back(l);
  return out;
}

QLineSeries* seriesNamed(QChart* chart, const QString& prefix) {
  for (QLineSeries* s : lineSeries(chart))
    if (s->name().startsWith(prefix)) return s;
  return nullptr;
}

int pdfPages(const QByteArray& pdf) {
  static const QRegularExpression re(u"/Type\\s*/Page(?![s\\w])"_s);
  return static_cast<int>(QString::fromLatin1(pdf).count(re));
}

void checkPng(const QString& path) {
  const QByteArray b = readAll(path);
  QVERIFY2(b.startsWith("\x89PNG\r\n\x1a\n"), qPrintable(path));
  QVERIFY2(b.size() > 10'000, qPrintable(u"%1: %2 bytes"_s.arg(path).arg(b.size())));
  QImage img;
  QVERIFY(img.loadFromData(b, "PNG"));
  QVERIFY(img.width() >= 1200);
}

void checkPdf(const QString& path) {
  const QByteArray b = readAll(path);
  QVERIFY2(b.startsWith("%PDF-"), qPrintable(path));
  QVERIFY(b.trimmed().endsWith("%%EOF"));
  QVERIFY2(b.size() > 3'000, qPrintable(u"%1: %2 bytes"_s.arg(path).arg(b.size())));
  QCOMPARE(pdfPages(b), 1);
}

crm::CallSheet exampleSheet() {
  crm::CallSheet sheet;
  sheet.createdAt = 1'717'200'000;
  sheet.rankingPolicy = u"funnel_recency"_s;
  for (int s = 0; s < 3; ++s) {
    crm::CallSheetSection sec;
    sec.specialistId = u"S00%1"_s.arg(s + 1);
    sec.specialistTier = u"A"_s;
    for (int i = 0; i < 4 + s; ++i) {
      crm::CallSheetLead l;
      l.position = i + 1;
      l.leadId = u"L%1-%2"_s.arg(s).arg(i);
      l.customerName = i % 2 ? u"张伟 %1"_s.arg(i) : u"Alice <b>%1</b>"_s.arg(i);
      l.phone = crm::maskPhone(u"+86 139 1234 56%1%2"_s.arg(s).arg(i));
      l.tier = u"test_drive"_s;
      l.lastNote = u"Lease ends next month."_s;
      l.cues = i % 2 ? std::vector<crm::Cue>{crm::Cue::Deadline, crm::Cue::Family} : std::vector<crm::Cue>{};
      sec.leads.push_back(l);
    }
    sheet.sections.push_back(sec);
  }
  return sheet;
}

}  // namespace

class TestCharts : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;

  std::unique_ptr<crm::Workspace> makeWorkspace(const QString& name) {
    auto ws = crm::Workspace::open(m_dir.path() + u"/"_s + name);
    if (!ws) qFatal("workspace: %s", qPrintable(ws.error().toString()));
    return std::move(*ws);
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"LeadLadderTests"_s);
    QCoreApplication::setApplicationName(u"tst_charts"_s);
    QSettings().clear();
  }

  // --- the report format -------------------------------------------------------------------

  void reportReadsExample() {
    auto r = report::readReport(dataPath(u"reports/example.json"_s).toStdString());
    QVERIFY2(r.has_value(), r ? "" : r.error().c_str());
    QCOMPARE(r->format, 1);
    QCOMPARE(r->dataset.leads, 4000);
    QCOMPARE(r->dataset.positives, 200);
    QCOMPARE(r->models.size(), std::size_t(3));
    const report::ModelResult* m = r->find("asLLR+HPRO");
    QVERIFY(m);
    QCOMPARE(m->kind, report::ModelKind::Model);
    QCOMPARE(m->metrics.auc, std::optional<double>(0.81));
    QCOMPARE(m->metrics.precisionAt.at(0.1), 0.75);
    QCOMPARE(m->metrics.precisionAt.at(1.0), 0.45);
    QCOMPARE(m->metrics.recallAt.at(5.0), 0.48);
    QCOMPARE(m->metrics.ndcgAt.at(100.0), 0.62);
    QCOMPARE(m->metrics.precisionAtInterval.at(1.0).low, 0.3);
    QVERIFY(m->metrics.aucInterval);
    QCOMPARE(m->curve.size(), std::size_t(7));
    QVERIFY(m->calibration);
    QCOMPARE(m->calibration->bins.size(), std::size_t(3));
    QCOMPARE(r->find("Oracle")->kind, report::ModelKind::Oracle);
    QVERIFY(r->ab);
    QCOMPARE(r->ab->days.size(), std::size_t(4));
    QCOMPARE(r->ab->welch.t, 1.2);
  }

  void reportRoundTrip() {
    auto r = report::readReport(dataPath(u"reports/example.json"_s).toStdString());
    QVERIFY(r.has_value());
    const QString out = m_dir.path() + u"/roundtrip.json"_s;
    QVERIFY(report::writeReport(*r, out.toStdString()).has_value());
    auto back = report::readReport(out.toStdString());
    QVERIFY2(back.has_value(), back ? "" : back.error().c_str());
    QCOMPARE(report::toJson(*back), report::toJson(*r));
    QCOMPARE(back->models[1].metrics.precisionAt, r->models[1].metrics.precisionAt);
    // Keys are the shortest decimal text of K.
    QCOMPARE(QString::fromStdString(report::numberKey(0.1)), u"0.1"_s);
    QCOMPARE(QString::fromStdString(report::numberKey(5.0)), u"5"_s);
  }

  void reportErrorsNameTheKey() {
    auto noFormat = report::parseReport(R"({"models": []})");
    QVERIFY(!noFormat);
    QVERIFY(QString::fromStdString(noFormat.error()).contains(u"format"_s));
    auto newer = report::parseReport(R"({"format": 2, "models": []})");
    QVERIFY(!newer);
    QVERIFY(QString::fromStdString(newer.error()).contains(u"version 2"_s));
    auto badKey = report::parseReport(R"({"format": 1, "models": [{"name": "x", "metrics": {"p_at": {"one": 0.5}}}]})");
    QVERIFY(!badKey);
    QVERIFY2(QString::fromStdString(badKey.error()).contains(u"models[0].metrics.p_at"_s), badKey.error().c_str());
    auto badKind = report::parseReport(R"({"format": 1, "models": [{"name": "x", "kind": "magic"}]})");
    QVERIFY(!badKind);
    QVERIFY(QString::fromStdString(badKind.error()).contains(u"models[0].kind"_s));
    auto descending = report::parseReport(R"({"format": 1, "models": [{"name": "x", "curve": [[5, 0.2], [1, 0.4]]}]})");
    QVERIFY(!descending);
    QVERIFY(!report::parseReport("not json"));
  }

  void abSimulationFolder() {
    auto ab = report::readAbSimulation(dataPath(u"ab-sim"_s).toStdString());
    QVERIFY2(ab.has_value(), ab ? "" : ab.error().c_str());
    QCOMPARE(ab->days.size(), std::size_t(3));
    QCOMPARE(ab->arms[0].policy, std::string("funnel-recency"));
    QCOMPARE(ab->arms[1].conversions, 6);
    QCOMPARE(ab->days[2].rate(1), 0.2);
    QCOMPARE(ab->welch.t, 2.5);
    QCOMPARE(ab->welch.meanB, 0.2);
    QVERIFY(!report::readAbSimulation(m_dir.path().toStdString()));  // no summary.json there
  }

  // --- charts ------------------------------------------------------------------------------

  void emptyStatesSayWhatToDo() {
    ui::ChartsPage page;
    for (int i = 0; i < ui::ChartsPage::ChartCount; ++i) QVERIFY(!page.hasData(static_cast<ui::ChartsPage::Chart>(i)));
    QVERIFY(page.emptyText(ui::ChartsPage::Precision).contains(u"leadladder-cli evaluate"_s));
    QVERIFY(page.emptyText(ui::ChartsPage::Scores).contains(u"score"_s));
    QVERIFY(page.emptyText(ui::ChartsPage::AbTest).contains(u"simulate-ab"_s));
    QString error;
    QVERIFY(!page.exportChart(ui::ChartsPage::Precision, m_dir.path() + u"/none.png"_s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.path() + u"/none.png"_s));
    // An unreadable report says why, with the key.
    const QString bad = m_dir.path() + u"/bad.json"_s;
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": 1, "models": [{"name": "m", "curve": [[0, 1]]}]})");
    f.close();
    QVERIFY(!page.loadReport(bad));
    QVERIFY(page.emptyText(ui::ChartsPage::Precision).contains(u"models[0].curve[0]"_s));
  }

  void precisionChartFromReport() {
    ui::ChartsPage page;
    QVERIFY(page.loadReport(dataPath(u"reports/example.json"_s)));
    QVERIFY(page.hasData(ui::ChartsPage::Precision));
    QChart* c = page.chart(ui::ChartsPage::Precision);
    const auto lines = lineSeries(c);
    QCOMPARE(lines.size(), std::size_t(3));  // one per model
    QLineSeries* model = seriesNamed(c, u"asLLR+HPRO"_s);
    QLineSeries* base = seriesNamed(c, u"Funnel+Recency"_s);
    QLineSeries* oracle = seriesNamed(c, u"Oracle"_s);
    QVERIFY(model && base && oracle);
    QCOMPARE(model->count(), 7);
    QCOMPARE(model->at(0), QPointF(0.1, 75.0));  // precision in percent
    QCOMPARE(model->at(2), QPointF(1.0, 45.0));
    QCOMPARE(model->at(6), QPointF(100.0, 5.0));
    QCOMPARE(base->at(3), QPointF(5.0, 16.0));
    QCOMPARE(oracle->pen().style(), Qt::DashLine);
    QCOMPARE(model->pen().style(), Qt::SolidLine);
    QCOMPARE(base->pen().style(), Qt::SolidLine);
    // K on a log axis from 0.1% to 100%.
    const auto xAxes = c->axes(Qt::Horizontal);
    QCOMPARE(xAxes.size(), 1);
    auto* logAxis = qobject_cast<QLogValueAxis*>(xAxes.front());
    QVERIFY(logAxis);
    QVERIFY(logAxis->min() <= 0.1 && logAxis->min() > 0.099);
    QVERIFY(logAxis->max() >= 100.0 && logAxis->max() < 101.0);
    QVERIFY(page.caption(ui::ChartsPage::Precision).contains(u"4000"_s));
    // The report's A/B section fills the A/B chart when nothing better is there.
    QVERIFY(page.hasData(ui::ChartsPage::AbTest));
  }

  void datasetSplitFollowsTheUiLanguage() {
    // evaluate writes its split as fields too, so the caption says it in the UI's language; a
    // report made elsewhere keeps its own words.
    QFile in(dataPath(u"reports/example.json"_s));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray json = in.readAll();
    const QByteArray snapshot = R"("snapshot": "2024-06-01")";
    QVERIFY(json.contains(snapshot));
    json.replace(snapshot, snapshot + R"(, "temporal_split": {"train_percent": 70, "train_leads": 9333,)"
                                      R"( "test_leads": 4000, "split_at": "2024-03-01", "funnel": "car_default"})");
    const QString path = lltest::writeFile(m_dir.path(), u"split.json"_s, json);
    const auto report = report::readReport(path.toStdString());
    QVERIFY(report);
    QVERIFY(report->dataset.temporal);
    QCOMPARE(report->dataset.temporal->testLeads, 4000);
    QCOMPARE(QString::fromStdString(report->dataset.temporal->splitAt), u"2024-03-01"_s);
    {
      ui::ChartsPage page;
      QVERIFY(page.loadReport(path));
      const QString cap = page.caption(ui::ChartsPage::Precision);
      QVERIFY2(cap.contains(u"split by creation time 70:30"_s) && cap.contains(u"funnel car_default"_s), qPrintable(cap));
      QVERIFY2(!cap.contains(u"temporal: trained on"_s), qPrintable(cap));
    }
    {
      QTranslator zh;
      QVERIFY(zh.load(u"leadladder_zh_CN"_s, u":/i18n"_s));
      QCoreApplication::installTranslator(&zh);
      const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
      ui::ChartsPage page;
      QVERIFY(page.loadReport(path));
      const QString cap = page.caption(ui::ChartsPage::Precision);
      QVERIFY2(cap.contains(u"按创建时间"_s) && cap.contains(u"70:30"_s), qPrintable(cap));
      QVERIFY2(!cap.contains(u"creation time"_s) && !cap.contains(u"leads"_s), qPrintable(cap));
    }
    ui::ChartsPage page;
    QVERIFY(page.loadReport(dataPath(u"reports/example.json"_s)));
    QVERIFY(page.caption(ui::ChartsPage::Precision).contains(u"temporal: trained on leads created before 2024-03-01"_s));
  }

  void precisionChartFromWorkspaceReports() {
    auto ws = makeWorkspace(u"ws-reports"_s);
    QVERIFY(QDir().mkpath(ws->directory() + u"/reports"_s));
    QVERIFY(QFile::copy(dataPath(u"reports/example.json"_s), ws->directory() + u"/reports/eval-1.json"_s));
    ui::ChartsPage page;
    QSignalSpy loaded(&page, &ui::ChartsPage::workspaceDataLoaded);
    page.setWorkspace(ws->directory(), ws->databasePath());
    QVERIFY(page.hasData(ui::ChartsPage::Precision));
    QVERIFY(loaded.wait(10'000));
    QVERIFY(!page.hasData(ui::ChartsPage::Scores));  // no scoring run yet
  }

  void scoreDistributionFromRun() {
    auto ws = makeWorkspace(u"ws-scores"_s);
    auto& db = ws->database();
    db.exec("INSERT INTO scoring_runs (id, model_fingerprint, policy, snapshot_at, started_at, finished_at)"
            " VALUES (1, 'old', 'model', 0, 0, 5), (2, 'm', 'model', 0, 0, 10)");
    // Tier "hot": 0.5..0.9 in steps of 0.1 (ranks 1-5); "cold": 0.01, 0.02, 0.04, 0.08 (ranks 6-9).
    const std::vector<std::pair<const char*, double>> values{{"hot", 0.9}, {"hot", 0.8}, {"hot", 0.7}, {"hot", 0.6},
                                                             {"hot", 0.5}, {"cold", 0.08}, {"cold", 0.04},
                                                             {"cold", 0.02}, {"cold", 0.01}};
    auto lead = db.prepare("INSERT INTO leads (lead_id) VALUES (?1)");
    auto score = db.prepare("INSERT INTO scores (run_id, lead_id, probability, rank, tier) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; i < values.size(); ++i) {
      const std::string id = "L" + std::to_string(i);
      lead.bindText(1, id);
      lead.run();
      const auto row = db.lastInsertRowId();
      score.bind(1, 2).bind(2, row).bind(3, values[i].second).bind(4, static_cast<int>(i) + 1).bindText(5, values[i].first);
      score.run();
      score.bind(1, 1).bind(2, row).bind(3, 0.5).bind(4, static_cast<int>(i) + 1).bindText(5, "stale");
      score.run();
    }
    ui::ChartsPage page;
    QSignalSpy loaded(&page, &ui::ChartsPage::workspaceDataLoaded);
    page.setWorkspace(ws->directory(), ws->databasePath());
    QVERIFY(loaded.wait(10'000));
    QVERIFY(page.hasData(ui::ChartsPage::Scores));
    QChart* c = page.chart(ui::ChartsPage::Scores);
    QCOMPARE(c->series().size(), 1);
    auto* box = qobject_cast<QBoxPlotSeries*>(c->series().front());
    QVERIFY(box);
    QCOMPARE(box->count(), 2);  // one box per tier of the latest run, best tier first
    const QBoxSet* hot = box->boxSets().at(0);
    const QBoxSet* cold = box->boxSets().at(1);
    QVERIFY(hot->label().startsWith(u"hot"_s));
    QVERIFY(cold->label().startsWith(u"cold"_s));
    // Values in percent. Quartiles with linear interpolation: hot 50,60,70,80,90 -> 60 / 70 / 80.
    QCOMPARE(qRound(hot->at(QBoxSet::LowerExtreme) * 100), 5000);
    QCOMPARE(qRound(hot->at(QBoxSet::LowerQuartile) * 100), 6000);
    QCOMPARE(qRound(hot->at(QBoxSet::Median) * 100), 7000);
    QCOMPARE(qRound(hot->at(QBoxSet::UpperQuartile) * 100), 8000);
    QCOMPARE(qRound(hot->at(QBoxSet::UpperExtreme) * 100), 9000);
    // cold 1,2,4,8: q1 at position 0.75 -> 1.75, median 3, q3 at 2.25 -> 5.
    QCOMPARE(qRound(cold->at(QBoxSet::LowerQuartile) * 100), 175);
    QCOMPARE(qRound(cold->at(QBoxSet::Median) * 100), 300);
    QCOMPARE(qRound(cold->at(QBoxSet::UpperQuartile) * 100), 500);
  }

  void abChartFromSimulation() {
    ui::ChartsPage page;
    QVERIFY(page.loadAbResults(dataPath(u"ab-sim/summary.json"_s)));
    QVERIFY(page.hasData(ui::ChartsPage::AbTest));
    QChart* c = page.chart(ui::ChartsPage::AbTest);
    QCOMPARE(c->series().size(), 4);  // shaded band, arm A, arm B, relative difference
    int areas = 0;
    for (QAbstractSeries* s : c->series()) areas += qobject_cast<QAreaSeries*>(s) ? 1 : 0;
    QCOMPARE(areas, 1);
    QLineSeries* a = seriesNamed(c, u"Arm A"_s);
    QLineSeries* b = seriesNamed(c, u"Arm B"_s);
    QLineSeries* rel = seriesNamed(c, u"Relative"_s);
    QVERIFY(a && b && rel);
    // daily.csv: A 0/10, 2/20, 3/30; B 1/10, 3/20, 6/30 (cumulative).
    QCOMPARE(a->count(), 3);
    QCOMPARE(a->at(0), QPointF(0, 0));
    QCOMPARE(a->at(1), QPointF(1, 10));
    QCOMPARE(b->at(1), QPointF(1, 15));
    QCOMPARE(b->at(2), QPointF(2, 20));
    // Relative difference only where A has converted: +50% on day 1, +100% on day 2.
    QCOMPARE(rel->count(), 2);
    QCOMPARE(rel->at(0), QPointF(1, 50));
    QCOMPARE(rel->at(1), QPointF(2, 100));
    const QString cap = page.caption(ui::ChartsPage::AbTest);
    QVERIFY2(cap.contains(u"t = 2.50"_s), qPrintable(cap));
    QVERIFY(cap.contains(u"p = 0.068"_s));
    QVERIFY(cap.contains(u"95% CI -1.20 to 21.20"_s));
    QVERIFY(cap.contains(u"funnel-recency"_s));
  }

  void abChartFromExperimentTables() {
    auto ws = makeWorkspace(u"ws-exp"_s);
    auto& db = ws->database();
    db.exec("INSERT INTO experiments (id, name, created_at) VALUES (1, 'ranking test', 0)");
    db.exec("INSERT INTO experiment_arms VALUES (1, 'S1', 'control'), (1, 'S2', 'control'),"
            " (1, 'S3', 'treatment'), (1, 'S4', 'treatment')");
    // Day 0 = 2024-06-01. Each specialist gets 4 leads over days 0-1.
    const std::int64_t d0 = 1'717'200'000 - 1'717'200'000 % 86400;
    auto lead = db.prepare("INSERT INTO leads (lead_id) VALUES (?1)");
    auto out = db.prepare("INSERT INTO experiment_outcomes VALUES (1, ?1, ?2, ?3, NULL, ?4)");
    const char* specs[] = {"S1", "S2", "S3", "S4"};
    // Conversions: S1 1, S2 0, S3 2, S4 1; all on day 1.
    const int conversions[] = {1, 0, 2, 1};
    int n = 0;
    for (int s = 0; s < 4; ++s)
      for (int k = 0; k < 4; ++k) {
        const std::string id = "E" + std::to_string(n++);
        lead.bindText(1, id);
        lead.run();
        out.bind(1, db.lastInsertRowId()).bindText(2, specs[s]).bind(3, d0 + (k < 2 ? 3600 : 86400 + 3600));
        if (k < conversions[s]) out.bind(4, d0 + 86400 + 7200);
        else out.bindNull(4);
        out.run();
      }
    ui::ChartsPage page;
    QSignalSpy loaded(&page, &ui::ChartsPage::workspaceDataLoaded);
    page.setWorkspace(ws->directory(), ws->databasePath());
    QVERIFY(loaded.wait(10'000));
    QVERIFY(page.hasData(ui::ChartsPage::AbTest));
    QChart* c = page.chart(ui::ChartsPage::AbTest);
    QLineSeries* a = seriesNamed(c, u"Arm control"_s);
    QLineSeries* b = seriesNamed(c, u"Arm treatment"_s);
    QVERIFY(a && b);
    QCOMPARE(a->count(), 2);
    QCOMPARE(a->at(0), QPointF(0, 0));       // day 0: 4 leads, none converted
    QCOMPARE(a->at(1), QPointF(1, 12.5));    // day 1: 1 of 8
    QCOMPARE(b->at(1), QPointF(1, 37.5));    // 3 of 8
    // Per-specialist rates: A 0.25, 0 ; B 0.5, 0.25 -> diff 0.25, t = 0.25 / sqrt(0.03125/2 + 0.03125/2) = 1.41.
    QVERIFY2(page.caption(ui::ChartsPage::AbTest).contains(u"t = 1.41"_s), qPrintable(page.caption(ui::ChartsPage::AbTest)));
  }

  void exportEachChart() {
    ui::ChartsPage page;
    page.resize(900, 600);
    QVERIFY(page.loadReport(dataPath(u"reports/example.json"_s)));
    QVERIFY(page.loadAbResults(dataPath(u"ab-sim"_s)));
    crm::ScoreDistribution d;
    d.runId = 3;
    d.policy = u"model"_s;
    crm::TierDistribution t;
    t.tier = u"hot"_s;
    t.count = 10;
    t.min = 0.1, t.q1 = 0.2, t.median = 0.3, t.q3 = 0.5, t.max = 0.9;
    d.tiers.push_back(t);
    page.setScoreDistribution(d);
    QCOMPARE(qobject_cast<QBoxPlotSeries*>(page.chart(ui::ChartsPage::Scores)->series().front())->count(), 1);
    for (int i = 0; i < ui::ChartsPage::ChartCount; ++i) {
      const auto which = static_cast<ui::ChartsPage::Chart>(i);
      QVERIFY(page.hasData(which));
      const QString png = m_dir.path() + u"/chart-%1.png"_s.arg(i);
      const QString pdf = m_dir.path() + u"/chart-%1.pdf"_s.arg(i);
      QString error;
      QVERIFY2(page.exportChart(which, png, &error), qPrintable(error));
      QVERIFY2(page.exportChart(which, pdf, &error), qPrintable(error));
      checkPng(png);
      checkPdf(pdf);
      QVERIFY(!QFile::exists(png + u".part"_s));
    }
  }

  // `leadladder --export-charts DIR --report R --ab P`: the charts without the window.
  void exportChartsWithoutTheWindow() {
    ui::StartupOptions options;
    options.exportCharts = m_dir.path() + u"/exported"_s;
    options.report = dataPath(u"reports/example.json"_s);
    options.abResults = dataPath(u"ab-sim"_s);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(ui::exportCharts(options, out, err), 0);
    // No workspace: the score distribution is left out, with the reason.
    QVERIFY2(outText.contains(u"Left out scores-by-tier"_s), qPrintable(outText));
    for (const QString& name : {u"precision-at-top"_s, u"ab-test"_s}) {
      checkPng(options.exportCharts + u"/"_s + name + u".png"_s);
      checkPdf(options.exportCharts + u"/"_s + name + u".pdf"_s);
      QVERIFY(outText.contains(name + u".png"_s));
    }
    QVERIFY(!QFile::exists(options.exportCharts + u"/scores-by-tier.png"_s));

    // What cannot be read is named and nothing is written.
    ui::StartupOptions bad = options;
    bad.exportCharts = m_dir.path() + u"/not-written"_s;
    bad.report = m_dir.path() + u"/missing.json"_s;
    errText.clear();
    QCOMPARE(ui::exportCharts(bad, out, err), 2);
    QVERIFY2(errText.contains(u"missing.json"_s), qPrintable(errText));
    bad.report.clear();
    bad.workspace = m_dir.path();
    errText.clear();
    QCOMPARE(ui::exportCharts(bad, out, err), 2);
    QVERIFY2(errText.contains(u"workspace"_s), qPrintable(errText));
    QVERIFY(!QDir(bad.exportCharts).exists());
    // Nothing to chart: exit code 1.
    ui::StartupOptions empty;
    empty.exportCharts = m_dir.path() + u"/empty"_s;
    QCOMPARE(ui::exportCharts(empty, out, err), 1);
  }

  // --- the PDF call sheet --------------------------------------------------------------------

  void callSheetPdfOneSectionPerSpecialist() {
    const crm::CallSheet sheet = exampleSheet();
    const crm::CallSheetLabels labels = ui::CallSheetPdf::labels();
    auto doc = ui::CallSheetPdf::document(sheet, labels, u"2024-06-01"_s);
    const QString text = doc->toPlainText();
    for (const auto& s : sheet.sections) QVERIFY(text.contains(s.specialistId));
    QVERIFY(text.contains(u"Alice <b>0</b>"_s));  // escaped, shown as typed
    QVERIFY(text.contains(u"张伟 1"_s));
    QVERIFY(text.contains(u"+86 139 **** "_s));
    QVERIFY(text.contains(labels.noCues));
    QVERIFY(text.contains(labels.cues.at(crm::Cue::Family)));
    // A page break before every section but the first.
    int breaks = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
      if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) ++breaks;
    QCOMPARE(breaks, 2);
    doc->setPageSize(QSizeF(595, 842));
    QVERIFY(doc->pageCount() >= 3);

    const QString path = m_dir.path() + u"/sheet.pdf"_s;
    QVERIFY(ui::CallSheetPdf::write(sheet, path, labels).has_value());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPages(pdf), 3);  // the sections are short: one page each
  }

  void callSheetDialogExports() {
    auto ws = makeWorkspace(u"ws-dialog"_s);
    auto& db = ws->database();
    db.exec("INSERT INTO leads (lead_id, specialist_id, customer_name, phone, stage_rank) VALUES"
            " ('A1', 'S1', '王芳', '+86 136 2222 3333', 2), ('A2', 'S1', 'Ann', '13900001111', 1),"
            " ('B1', 'S2', '刘洋', '+86 135 4444 5555', 0)");
    QSettings().setValue(u"export/maskPhones"_s, true);
    ui::CallSheetDialog dialog(ws->databasePath(), m_dir.path());
    dialog.setInteractive(false);
    QCOMPARE(dialog.specialistIds(), (QStringList{u"S1"_s, u"S2"_s}));
    QCOMPARE(dialog.selectedSpecialists(), (QStringList{u"S1"_s, u"S2"_s}));  // all ticked at first
    QVERIFY(dialog.maskPhones());  // the default comes from the settings
    QVERIFY(dialog.rankingText().contains(u"Funnel+Recency"_s));
    dialog.setSelectedSpecialists({u"S2"_s});
    dialog.setLeadsEach(5);
    QSignalSpy done(&dialog, &ui::CallSheetDialog::exportFinished);

    const QString csv = m_dir.path() + u"/dialog.csv"_s;
    QVERIFY(dialog.startExport(ui::CallSheetDialog::Format::Csv, csv));
    // A second export is refused while the first runs (it may have finished already).
    const bool busy = dialog.isBusy();
    QVERIFY(!(dialog.startExport(ui::CallSheetDialog::Format::Csv, csv) && busy));
    QVERIFY(done.wait(10'000));
    QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
    const QByteArray bytes = readAll(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(u"刘洋"_s));
    QVERIFY(text.contains(u"+86 135 **** 5555"_s));
    QVERIFY(!text.contains(u"王芳"_s));  // S1 was not chosen

    dialog.setMaskPhones(false);
    dialog.setSelectedSpecialists({u"S1"_s, u"S2"_s});
    const QString xlsx = m_dir.path() + u"/dialog.xlsx"_s;
    QVERIFY(dialog.startExport(ui::CallSheetDialog::Format::Xlsx, xlsx));
    QVERIFY(done.wait(10'000));
    QVERIFY(done.last().at(0).toBool());
    QVERIFY(readAll(xlsx).startsWith("PK"));
    QCOMPARE(QSettings().value(u"export/maskPhones"_s).toBool(), false);  // the choice is remembered

    const QString pdf = m_dir.path() + u"/dialog.pdf"_s;
    QVERIFY(dialog.startExport(ui::CallSheetDialog::Format::Pdf, pdf));
    QVERIFY(done.wait(10'000));
    QVERIFY(done.last().at(0).toBool());
    QCOMPARE(pdfPages(readAll(pdf)), 2);

    int previewLeads = -1;
    connect(&dialog, &ui::CallSheetDialog::previewReady, this,
            [&](const crm::CallSheet& s) { previewLeads = static_cast<int>(s.leadCount()); });
    QVERIFY(dialog.startExport(ui::CallSheetDialog::Format::Preview));
    QVERIFY(done.wait(10'000));
    QCOMPARE(previewLeads, 3);
  }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
