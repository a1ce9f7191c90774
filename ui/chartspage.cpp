#include "chartspage.h"

#include "common/logging.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ll::ui {
namespace {

QString num(double v, int decimals) { return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : u"–"_s; }

QString pct(double v, int decimals = 1) {
  return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', decimals) + u"%"_s : u"–"_s;
}

QString signedPct(double v, int decimals = 1) {
  if (!std::isfinite(v)) return u"–"_s;
  return (v >= 0 ? u"+"_s : QString()) + QLocale().toString(v * 100.0, 'f', decimals) + u"%"_s;
}

QString pValueText(double p) {
  if (!std::isfinite(p)) return u"–"_s;
  return p < 0.001 ? u"< 0.001"_s : QLocale().toString(p, 'f', 3);
}

QString newestReport(const QString& workspaceDir) {
  const QDir dir(QDir(workspaceDir).filePath(u"reports"_s));
  const QFileInfoList files = dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time);
  return files.isEmpty() ? QString() : files.front().absoluteFilePath();
}

void clearChart(QChart* chart) {
  chart->removeAllSeries();
  const auto axes = chart->axes();
  for (QAbstractAxis* a : axes) {
    chart->removeAxis(a);
    delete a;
  }
}

}  // namespace

ChartsPage::ChartsPage(QWidget* parent) : QWidget(parent) {
  setObjectName(u"chartsPage"_s);
  m_tabs = new QTabWidget(this);
  m_tabs->setDocumentMode(true);
  for (Panel& p : m_panels) {
    p.stack = new QStackedWidget(m_tabs);
    p.empty = new QLabel(p.stack);
    p.empty->setAlignment(Qt::AlignCenter);
    p.empty->setWordWrap(true);
    p.empty->setMargin(24);
    p.empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p.content = new QWidget(p.stack);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    p.view = new QChartView(chart, p.content);
    p.view->setRenderHint(QPainter::Antialiasing);
    p.view->setMinimumSize(360, 240);
    p.caption = new QLabel(p.content);
    p.caption->setWordWrap(true);
    p.caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* lay = new QVBoxLayout(p.content);
    lay->setContentsMargins(0, 0, 0, 4);
    lay->addWidget(p.view, 1);
    lay->addWidget(p.caption);
    p.stack->addWidget(p.empty);
    p.stack->addWidget(p.content);
    m_tabs->addTab(p.stack, QString());
  }
  m_openReport = new QPushButton(this);
  m_openAb = new QPushButton(this);
  m_reload = new QPushButton(this);
  m_exportPng = new QPushButton(this);
  m_exportPdf = new QPushButton(this);
  auto* bar = new QHBoxLayout;
  bar->addWidget(m_openReport);
  bar->addWidget(m_openAb);
  bar->addWidget(m_reload);
  bar->addStretch();
  bar->addWidget(m_exportPng);
  bar->addWidget(m_exportPdf);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(bar);
  layout->addWidget(m_tabs, 1);

  m_watcher = new QFutureWatcher<WorkspaceData>(this);
  connect(m_watcher, &QFutureWatcher<WorkspaceData>::finished, this, &ChartsPage::onWorkspaceData);
  connect(m_openReport, &QPushButton::clicked, this, &ChartsPage::chooseReport);
  connect(m_openAb, &QPushButton::clicked, this, &ChartsPage::chooseAb);
  connect(m_reload, &QPushButton::clicked, this, [this] {
    m_abFromUser = false;
    setWorkspace(m_workspaceDir, m_databasePath);
  });
  connect(m_exportPng, &QPushButton::clicked, this, [this] { chooseExport(u".png"_s); });
  connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseExport(u".pdf"_s); });
  connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
    const bool has = i >= 0 && i < ChartCount && hasData(static_cast<Chart>(i));
    m_exportPng->setEnabled(has);
    m_exportPdf->setEnabled(has);
  });
  retranslateUi();
}

ChartsPage::~ChartsPage() { m_watcher->waitForFinished(); }

QChart* ChartsPage::chart(Chart which) const { return m_panels[which].view->chart(); }
QChartView* ChartsPage::chartView(Chart which) const { return m_panels[which].view; }
bool ChartsPage::hasData(Chart which) const { return m_panels[which].stack->currentIndex() == 1; }
QString ChartsPage::caption(Chart which) const { return m_panels[which].caption->text(); }
QString ChartsPage::emptyText(Chart which) const { return m_panels[which].empty->text(); }
int ChartsPage::currentChart() const { return m_tabs->currentIndex(); }
void ChartsPage::setCurrentChart(Chart which) { m_tabs->setCurrentIndex(which); }
bool ChartsPage::isLoading() const { return m_watcher->isRunning(); }

void ChartsPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void ChartsPage::retranslateUi() {
  setWindowTitle(tr("Charts"));
  m_tabs->setTabText(Precision, tr("Precision at the top"));
  m_tabs->setTabText(Scores, tr("Scores by tier"));
  m_tabs->setTabText(AbTest, tr("A/B test"));
  m_openReport->setText(tr("Open &report..."));
  m_openReport->setToolTip(tr("Open an evaluation report written by leadladder-cli evaluate"));
  m_openAb->setText(tr("Open A/B &results..."));
  m_openAb->setToolTip(tr("Open the output folder of leadladder-cli demo simulate-ab (summary.json and daily.csv)"));
  m_reload->setText(tr("Re&load"));
  m_exportPng->setText(tr("Export P&NG..."));
  m_exportPdf->setText(tr("Export P&DF..."));
  for (int i = 0; i < ChartCount; ++i) rebuild(static_cast<Chart>(i));
}

void ChartsPage::rebuild(Chart which) {
  switch (which) {
    case Precision: buildPrecision(); break;
    case Scores: buildScores(); break;
    case AbTest: buildAb(); break;
    case ChartCount: break;
  }
  if (which == m_tabs->currentIndex()) {
    m_exportPng->setEnabled(hasData(which));
    m_exportPdf->setEnabled(hasData(which));
  }
}

// ---------------------------------------------------------------------------------------------

void ChartsPage::setWorkspace(const QString& directory, const QString& databasePath) {
  m_workspaceDir = directory;
  m_databasePath = databasePath;
  m_report.reset();
  m_reportSource.clear();
  m_panels[Precision].problem.clear();
  if (!directory.isEmpty()) {
    const QString path = newestReport(directory);
    if (!path.isEmpty()) loadReport(path);
  }
  if (!m_abFromUser) {
    m_ab.reset();
    m_abSource.clear();
    // An A/B simulation kept in the workspace (W/ab: `leadladder-cli demo simulate-ab --out W/ab`).
    const QString simulation = directory.isEmpty() ? QString() : QDir(directory).filePath(u"ab"_s);
    if (!simulation.isEmpty() && QFileInfo::exists(simulation + u"/summary.json"_s)) {
      if (auto ab = report::readAbSimulation(QFile::encodeName(simulation).toStdString())) {
        m_ab = std::move(*ab);
        m_abSource = simulation;
      }
    }
  }
  m_scores.reset();
  m_panels[Scores].problem.clear();
  for (int i = 0; i < ChartCount; ++i) rebuild(static_cast<Chart>(i));
  if (databasePath.isEmpty()) return;
  m_watcher->waitForFinished();
  m_watcher->setFuture(QtConcurrent::run([databasePath]() -> WorkspaceData {
    WorkspaceData d;
    auto stats = crm::ScoreStats::open(databasePath);
    if (!stats) {
      d.error = stats.error().toString();
      return d;
    }
    auto dist = (*stats)->latestRunDistribution();
    if (dist) d.scores = std::move(*dist);
    else d.error = dist.error().toString();
    auto exp = (*stats)->latestExperiment();
    if (exp && *exp) {
      const crm::ExperimentData& x = **exp;
      std::array<report::AbArm, 2> arms;
      for (std::size_t a = 0; a < 2; ++a) {
        arms[a].name = x.armNames[a].toStdString();
        arms[a].specialists = x.specialists[a];
      }
      d.ab = report::abFromAssignments(x.leads, arms, x.name.toStdString());
    }
    return d;
  }));
}

void ChartsPage::onWorkspaceData() {
  WorkspaceData d = m_watcher->result();
  m_scores = std::move(d.scores);
  m_panels[Scores].problem = d.error;
  if (d.ab && !m_abFromUser) {
    m_ab = std::move(d.ab);
    m_abSource = tr("workspace experiment");
  }
  rebuild(Scores);
  rebuild(AbTest);
  emit workspaceDataLoaded();
}

bool ChartsPage::loadReport(const QString& path) {
  auto r = report::readReport(QFile::encodeName(path).toStdString());
  if (!r) {
    m_report.reset();
    m_panels[Precision].problem = tr("The report could not be read: %1").arg(QString::fromStdString(r.error()));
    log::get("ui")->warn("evaluation report unreadable: {}", r.error());
    rebuild(Precision);
    return false;
  }
  setReport(*r, path);
  return true;
}

void ChartsPage::setReport(const report::Report& r, const QString& source) {
  m_report = r;
  m_reportSource = source;
  m_panels[Precision].problem.clear();
  rebuild(Precision);
  if (r.ab && !m_ab) setAbReport(r.ab, source);
}

bool ChartsPage::loadAbResults(const QString& path) {
  const QFileInfo info(path);
  const QDir dir = info.isDir() ? QDir(path) : info.dir();
  std::expected<report::AbReport, std::string> ab = std::unexpected(std::string());
  if (info.isDir() || info.fileName() == u"summary.json"_s || info.fileName() == u"daily.csv"_s ||
      (dir.exists(u"summary.json"_s) && dir.exists(u"daily.csv"_s) && !info.suffix().compare(u"csv"_s))) {
    ab = report::readAbSimulation(QFile::encodeName(path).toStdString());
  } else {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
      ab = std::unexpected(path.toStdString() + ": cannot be opened");
    } else {
      const std::string text = f.readAll().toStdString();
      auto whole = report::parseReport(text);
      if (whole && whole->ab) ab = *whole->ab;
      else if (whole) ab = std::unexpected(std::string("the report has no A/B section"));
      else ab = report::parseAbReport(text);
    }
  }
  if (!ab) {
    m_panels[AbTest].problem = tr("The A/B results could not be read: %1").arg(QString::fromStdString(ab.error()));
    m_ab.reset();
    rebuild(AbTest);
    return false;
  }
  m_abFromUser = true;
  setAbReport(*ab, path);
  return true;
}

void ChartsPage::setScoreDistribution(const std::optional<crm::ScoreDistribution>& distribution) {
  m_scores = distribution;
  m_panels[Scores].problem.clear();
  rebuild(Scores);
}

void ChartsPage::setAbReport(const std::optional<report::AbReport>& ab, const QString& source) {
  m_ab = ab;
  m_abSource = source;
  m_panels[AbTest].problem.clear();
  rebuild(AbTest);
}

// ---------------------------------------------------------------------------------------------

void ChartsPage::buildPrecision() {
  Panel& p = m_panels[Precision];
  QChart* c = p.view->chart();
  clearChart(c);
  std::vector<const report::ModelResult*> drawn;
  if (m_report)
    for (const auto& m : m_report->models)
      if (!m.curve.empty()) drawn.push_back(&m);
  if (drawn.empty()) {
    QString text = p.problem.isEmpty() ? QString() : p.problem + u"\n\n"_s;
    if (m_report && p.problem.isEmpty()) text += tr("The report has no precision curve.") + u"\n\n"_s;
    text += tr("No evaluation report yet. Run leadladder-cli evaluate --workspace W (it writes W/reports/), "
               "or open a report with \"Open report...\".");
    p.empty->setText(text);
    p.stack->setCurrentIndex(0);
    return;
  }
  c->setTitle(tr("Precision at the top: converted share of the top K% of leads"));
  auto* x = new QLogValueAxis;
  x->setBase(10);
  // A hair wider than 0.1..100 so the end ticks survive rounding in log space and get labels.
  x->setRange(0.0999, 100.01);
  x->setLabelFormat(u"%g"_s);
  x->setMinorTickCount(8);
  x->setTitleText(tr("K: top share of leads (%, log scale)"));
  auto* y = new QValueAxis;
  y->setLabelFormat(u"%.0f"_s);
  y->setTitleText(tr("Precision P@K (%)"));
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  double top = 0;
  // Twelve hues that stay apart on light and dark backgrounds; the oracle is a grey dashed line.
  static const QColor kLineColors[] = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44},  {214, 39, 40},
                                       {148, 103, 189}, {140, 86, 75},  {227, 119, 194}, {188, 189, 34},
                                       {23, 190, 207}, {57, 59, 121},  {173, 73, 74},   {99, 121, 57}};
  std::size_t colorIndex = 0;
  // Many curves: the legend goes to the right, one full name per line, rather than eliding the
  // names in a row under the plot.
  c->legend()->setAlignment(drawn.size() > 6 ? Qt::AlignRight : Qt::AlignBottom);
  for (const report::ModelResult* m : drawn) {
    auto* s = new QLineSeries;
    QString name = QString::fromStdString(m->name);
    if (m->kind == report::ModelKind::Baseline) name += tr(" (baseline)");
    s->setName(name);
    for (const auto& pt : m->curve) {
      if (pt.kPercent < 0.1 || pt.kPercent > 100) continue;
      s->append(pt.kPercent, pt.precision * 100.0);
      top = std::max(top, pt.precision * 100.0);
    }
    s->setPointsVisible(true);
    c->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    QPen pen = s->pen();
    pen.setWidthF(m->kind == report::ModelKind::Model ? 2.5 : 1.5);
    if (m->kind == report::ModelKind::Oracle) {
      pen.setStyle(Qt::DashLine);
      pen.setColor(QColor(120, 120, 120));
    } else {
      pen.setColor(kLineColors[colorIndex++ % std::size(kLineColors)]);
    }
    s->setPen(pen);
    s->setColor(pen.color());
  }
  y->setRange(0, std::min(100.0, std::max(5.0, std::ceil(top / 10.0) * 10.0)));
  y->applyNiceNumbers();

  const auto& d = m_report->dataset;
  QString split = QString::fromStdString(d.split.empty() ? std::string("-") : d.split);
  if (const auto& t = d.temporal) {
    // The split in the screen's language; a report made elsewhere keeps its own words.
    const QLocale locale;
    const QDate at = QDate::fromString(QString::fromStdString(t->splitAt), Qt::ISODate);
    split = tr("split by creation time %1:%2, %3 training leads created before %4, %5 test leads from then on; "
               "funnel %6")
                .arg(t->trainPercent)
                .arg(100 - t->trainPercent)
                .arg(locale.toString(static_cast<qlonglong>(t->trainLeads)),
                     at.isValid() ? locale.toString(at, QLocale::ShortFormat) : QString::fromStdString(t->splitAt),
                     locale.toString(static_cast<qlonglong>(t->testLeads)), QString::fromStdString(t->funnel));
  }
  QString cap = tr("Dataset %1: %2 leads, %3 converted; %4.")
                    .arg(QString::fromStdString(d.name.empty() ? std::string("-") : d.name))
                    .arg(d.leads)
                    .arg(d.positives)
                    .arg(split);
  QStringList parts;
  for (const report::ModelResult* m : drawn) {
    const auto& mm = m->metrics;
    QString t = QString::fromStdString(m->name) + u": "_s;
    QStringList vals;
    if (mm.auc) vals << tr("AUC %1").arg(num(*mm.auc, 3));
    for (double k : {0.1, 1.0, 5.0})
      if (auto it = mm.precisionAt.find(k); it != mm.precisionAt.end())
        vals << tr("P@%1% %2").arg(QLocale().toString(k)).arg(pct(it->second));
    parts << t + vals.join(u", "_s);
  }
  cap += u"\n"_s + parts.join(u"\n"_s);
  if (!m_reportSource.isEmpty()) cap += u"\n"_s + tr("Source: %1").arg(QDir::toNativeSeparators(m_reportSource));
  p.caption->setText(cap);
  p.stack->setCurrentIndex(1);
}

void ChartsPage::buildScores() {
  Panel& p = m_panels[Scores];
  QChart* c = p.view->chart();
  clearChart(c);
  if (!m_scores || m_scores->tiers.empty()) {
    QString text = p.problem.isEmpty() ? QString() : p.problem + u"\n\n"_s;
    text += m_scores ? tr("The latest scoring run has no scores.")
                     : tr("No scoring run yet. Score the workspace (Scoring, or leadladder-cli score --workspace W) "
                          "to see how scores spread within each tier.");
    p.empty->setText(text);
    p.stack->setCurrentIndex(0);
    return;
  }
  c->setTitle(tr("Score distribution per tier (scoring run %1)").arg(m_scores->runId));
  auto* series = new QBoxPlotSeries;
  series->setName(m_scores->probability ? tr("Conversion probability (%)") : tr("Pair score"));
  QStringList categories;
  double lo = std::numeric_limits<double>::infinity();
  double hi = -lo;
  const double scale = m_scores->probability ? 100.0 : 1.0;
  for (const auto& t : m_scores->tiers) {
    const QString label = (t.tier.isEmpty() ? tr("(no tier)") : t.tier) + u"\n"_s + tr("n = %1").arg(t.count);
    categories << label;
    auto* set = new QBoxSet(label);
    set->setValue(QBoxSet::LowerExtreme, t.min * scale);
    set->setValue(QBoxSet::LowerQuartile, t.q1 * scale);
    set->setValue(QBoxSet::Median, t.median * scale);
    set->setValue(QBoxSet::UpperQuartile, t.q3 * scale);
    set->setValue(QBoxSet::UpperExtreme, t.max * scale);
    series->append(set);
    lo = std::min(lo, t.min * scale);
    hi = std::max(hi, t.max * scale);
  }
  c->addSeries(series);
  auto* x = new QBarCategoryAxis;
  x->append(categories);
  x->setTitleText(tr("Tier (best first)"));
  auto* y = new QValueAxis;
  y->setTitleText(m_scores->probability ? tr("Conversion probability (%)") : tr("Pair score"));
  if (m_scores->probability) {
    y->setRange(0, std::min(100.0, std::max(1.0, hi * 1.05)));
  } else {
    const double pad = std::max(1e-6, (hi - lo) * 0.05);
    y->setRange(lo - pad, hi + pad);
  }
  y->applyNiceNumbers();
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  c->legend()->setVisible(false);
  p.caption->setText(tr("Boxes span the middle half of each tier's scores (quartiles), the line is the median, the "
                        "whiskers reach the lowest and highest score. Ranking policy: %1.")
                         .arg(m_scores->policy));
  p.stack->setCurrentIndex(1);
}

QString ChartsPage::abCaption(const report::AbReport& ab) {
  QStringList lines;
  for (std::size_t a = 0; a < 2; ++a) {
    const report::AbArm& arm = ab.arms[a];
    const double rate = arm.leads > 0 ? static_cast<double>(arm.conversions) / static_cast<double>(arm.leads)
                                      : std::numeric_limits<double>::quiet_NaN();
    lines << tr("Arm %1 (%2): %3 specialists, %4 leads, %5 converted (%6).")
                 .arg(QString::fromStdString(arm.name.empty() ? (a == 0 ? "A" : "B") : arm.name),
                      QString::fromStdString(arm.policy.empty() ? std::string("-") : arm.policy))
                 .arg(arm.specialists)
                 .arg(arm.leads)
                 .arg(arm.conversions)
                 .arg(pct(rate, 2));
  }
  const metrics::WelchResult& w = ab.welch;
  if (w.valid() && std::isfinite(w.t)) {
    lines << tr("Welch's t-test on per-specialist conversion (B against A): t = %1, df = %2, p = %3; "
                "difference %4 points (%5% CI %6 to %7), relative %8.")
                 .arg(num(w.t, 2), num(w.df, 1), pValueText(w.pValue), num(w.diff * 100.0, 2))
                 .arg(QLocale().toString(w.confidence * 100.0, 'f', 0))
                 .arg(num(w.ciLow * 100.0, 2), num(w.ciHigh * 100.0, 2), signedPct(w.relativeDiff));
  } else {
    lines << tr("Welch's t-test not available: %1")
                 .arg(w.message.empty() ? tr("not in the data") : QString::fromStdString(w.message));
  }
  return lines.join(u"\n"_s);
}

void ChartsPage::buildAb() {
  Panel& p = m_panels[AbTest];
  QChart* c = p.view->chart();
  clearChart(c);
  if (!m_ab || m_ab->days.empty()) {
    QString text = p.problem.isEmpty() ? QString() : p.problem + u"\n\n"_s;
    text += tr("No A/B results yet. Run leadladder-cli demo simulate-ab --out DIR and open DIR with "
               "\"Open A/B results...\", or record an experiment in the workspace.");
    p.empty->setText(text);
    p.stack->setCurrentIndex(0);
    return;
  }
  c->setTitle(tr("Cumulative conversion per arm"));
  auto* x = new QValueAxis;
  x->setTitleText(tr("Day of the experiment"));
  x->setLabelFormat(u"%d"_s);
  auto* y = new QValueAxis;
  y->setTitleText(tr("Cumulative conversion (%)"));
  y->setLabelFormat(u"%.1f"_s);
  auto* y2 = new QValueAxis;
  y2->setTitleText(tr("Relative difference B vs A (%)"));
  y2->setLabelFormat(u"%.0f"_s);
  c->addAxis(x, Qt::AlignBottom);
  c->addAxis(y, Qt::AlignLeft);
  c->addAxis(y2, Qt::AlignRight);

  auto armName = [&](int a) {
    const auto& arm = m_ab->arms[static_cast<std::size_t>(a)];
    QString n = tr("Arm %1").arg(QString::fromStdString(arm.name.empty() ? (a == 0 ? "A" : "B") : arm.name));
    if (!arm.policy.empty()) n += u" ("_s + QString::fromStdString(arm.policy) + u")"_s;
    return n;
  };
  auto* lineA = new QLineSeries;
  auto* lineB = new QLineSeries;
  lineA->setName(armName(0));
  lineB->setName(armName(1));
  // The shaded band between the arms is the difference the relative line measures.
  auto* bandUpper = new QLineSeries;
  auto* bandLower = new QLineSeries;
  auto* rel = new QLineSeries;
  rel->setName(tr("Relative difference (right axis)"));
  double top = 0;
  double relLo = 0;
  double relHi = 0;
  for (const report::AbDay& d : m_ab->days) {
    const double a = d.rate(0) * 100.0;
    const double b = d.rate(1) * 100.0;
    lineA->append(d.day, a);
    lineB->append(d.day, b);
    bandUpper->append(d.day, b);
    bandLower->append(d.day, a);
    top = std::max({top, a, b});
    if (const auto r = d.relativeDiff()) {
      rel->append(d.day, *r * 100.0);
      relLo = std::min(relLo, *r * 100.0);
      relHi = std::max(relHi, *r * 100.0);
    }
  }
  auto* band = new QAreaSeries(bandUpper, bandLower);
  bandUpper->setParent(band);
  bandLower->setParent(band);
  band->setName(tr("Difference B - A"));
  QColor fill(46, 139, 87, 70);
  band->setBrush(fill);
  band->setPen(QPen(Qt::NoPen));
  c->addSeries(band);
  c->addSeries(lineA);
  c->addSeries(lineB);
  c->addSeries(rel);
  for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(lineA),
                             static_cast<QAbstractSeries*>(lineB)}) {
    s->attachAxis(x);
    s->attachAxis(y);
  }
  rel->attachAxis(x);
  rel->attachAxis(y2);
  QPen relPen(QColor(90, 90, 90));
  relPen.setStyle(Qt::DotLine);
  relPen.setWidthF(1.5);
  rel->setPen(relPen);
  QPen penA = lineA->pen();
  penA.setWidthF(2.5);
  penA.setColor(QColor(70, 110, 200));
  lineA->setPen(penA);
  QPen penB = lineB->pen();
  penB.setWidthF(2.5);
  penB.setColor(QColor(220, 110, 40));
  lineB->setPen(penB);
  const int firstDay = m_ab->days.front().day;
  const int lastDay = std::max(m_ab->days.back().day, firstDay + 1);
  x->setRange(firstDay, lastDay);
  // Whole days only: a step of 1, 2, 5, 10, 20, ... giving at most ten intervals.
  int step = 1;
  for (int m = 1; (lastDay - firstDay) / step > 10; m *= 10)
    for (int f : {1, 2, 5})
      if ((lastDay - firstDay) / step > 10) step = f * m;
  x->setTickType(QValueAxis::TicksDynamic);
  x->setTickAnchor(firstDay);
  x->setTickInterval(step);
  y->setRange(0, std::max(0.5, top * 1.1));
  y->applyNiceNumbers();
  const double span = std::max(10.0, relHi - relLo);
  y2->setRange(std::min(0.0, relLo - span * 0.05), relHi + span * 0.05);
  y2->applyNiceNumbers();
  y2->setGridLineVisible(false);

  QString cap = abCaption(*m_ab);
  if (!m_abSource.isEmpty()) cap += u"\n"_s + tr("Source: %1").arg(QDir::toNativeSeparators(m_abSource));
  p.caption->setText(cap);
  p.stack->setCurrentIndex(1);
}

// ---------------------------------------------------------------------------------------------

void ChartsPage::chooseReport() {
  QString start = m_workspaceDir.isEmpty() ? QString() : QDir(m_workspaceDir).filePath(u"reports"_s);
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open evaluation report"), start, tr("Evaluation reports (*.json)"));
  if (path.isEmpty()) return;
  loadReport(path);
  setCurrentChart(Precision);
}

void ChartsPage::chooseAb() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open A/B results"), m_workspaceDir,
                                                    tr("A/B results (summary.json daily.csv *.json)"));
  if (path.isEmpty()) return;
  loadAbResults(path);
  setCurrentChart(AbTest);
}

void ChartsPage::chooseExport(const QString& suffix) {
  const int which = m_tabs->currentIndex();
  if (which < 0 || which >= ChartCount) return;
  static const char* const kNames[] = {"precision-at-top", "scores-by-tier", "ab-test"};
  const QString suggested = QDir(m_workspaceDir.isEmpty() ? QDir::homePath() : m_workspaceDir)
                                .filePath(QString::fromLatin1(kNames[which]) + suffix);
  QString path = QFileDialog::getSaveFileName(
      this, tr("Export chart"), suggested, suffix == u".png"_s ? tr("PNG images (*.png)") : tr("PDF files (*.pdf)"));
  if (path.isEmpty()) return;
  if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
  QString error;
  if (!exportChart(static_cast<Chart>(which), path, &error))
    m_panels[which].caption->setText(m_panels[which].caption->text() + u"\n"_s + error);
}

bool ChartsPage::exportChart(Chart which, const QString& path, QString* error) {
  const auto failWith = [&](const QString& message) {
    if (error) *error = message;
    return false;
  };
  if (!hasData(which)) return failWith(tr("This chart has no data to export."));
  QWidget* content = m_panels[which].content;
  // Export at a fixed, readable size whatever the window's size; the caption stays underneath.
  const QSize oldSize = content->size();
  const bool visible = content->isVisible();
  const QSize size(1200, 760);
  content->resize(size);
  content->layout()->activate();
  const QString partial = path + u".part"_s;
  bool ok = false;
  if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
    {
      QPdfWriter writer(partial);
      writer.setTitle(m_tabs->tabText(which));
      writer.setCreator(u"LeadLadder"_s);
      writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                       QPageLayout::Millimeter));
      writer.setResolution(300);
      QPainter painter;
      if (painter.begin(&writer)) {
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const double s = std::min(page.width() / double(size.width()), page.height() / double(size.height()));
        painter.scale(s, s);
        content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        ok = painter.end();
      }
    }
  } else {
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Window));
    {
      QPainter painter(&image);
      painter.setRenderHint(QPainter::Antialiasing);
      content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    ok = image.save(partial, "PNG");
  }
  if (!visible || oldSize.isValid()) content->resize(oldSize);
  if (!ok) {
    QFile::remove(partial);
    return failWith(tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
  }
  QFile::remove(path);
  if (!QFile::rename(partial, path)) {
    QFile::remove(partial);
    return failWith(tr("Cannot replace %1 (is it open in another program?).").arg(QDir::toNativeSeparators(path)));
  }
  log::get("ui")->info("chart {} exported", static_cast<int>(which));
  return true;
}

}  // namespace ll::ui
