#include "startup.h"

#include "common/logging.h"
#include "demo/generator.h"
#include "chartspage.h"
#include "mainwindow.h"
#include "scoringpage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {

StartupOptions parseCommandLine(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "ll::ui::Startup", "Ranks open sales leads and turns the ranking into the day's work."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(
      u"workspace"_s,
      QCoreApplication::translate(
          "ll::ui::Startup", "Workspace folder to open (created if missing). Default: the last one opened."),
      u"[WORKSPACE]"_s);
  const QCommandLineOption screenshots(
      u"screenshots"_s,
      QCoreApplication::translate("ll::ui::Startup", "Save a screenshot of each main screen into <dir> and quit."),
      u"dir"_s);
  const QCommandLineOption language(
      u"language"_s, QCoreApplication::translate("ll::ui::Startup", "Interface language for this run (en, zh_CN)."),
      u"code"_s);
  const QCommandLineOption exportCharts(
      u"export-charts"_s,
      QCoreApplication::translate("ll::ui::Startup",
                                  "Write each chart that has data into <dir> as PNG and PDF, without the window, "
                                  "and quit."),
      u"dir"_s);
  const QCommandLineOption report(
      u"report"_s,
      QCoreApplication::translate("ll::ui::Startup",
                                  "With --export-charts: the evaluation report (JSON) to chart instead of the "
                                  "workspace's latest."),
      u"file"_s);
  const QCommandLineOption ab(
      u"ab"_s,
      QCoreApplication::translate("ll::ui::Startup",
                                  "With --export-charts: the A/B results to chart (a simulate-ab folder or its "
                                  "JSON) instead of the workspace's latest experiment."),
      u"path"_s);
  parser.addOption(screenshots);
  parser.addOption(language);
  parser.addOption(exportCharts);
  parser.addOption(report);
  parser.addOption(ab);
  parser.process(arguments);

  StartupOptions options;
  const QStringList positional = parser.positionalArguments();
  if (!positional.isEmpty()) options.workspace = positional.first();
  options.screenshots = parser.value(screenshots);
  options.language = parser.value(language);
  options.exportCharts = parser.value(exportCharts);
  options.report = parser.value(report);
  options.abResults = parser.value(ab);
  return options;
}

int exportCharts(const StartupOptions& options, QTextStream& out, QTextStream& err) {
  const auto tr = [](const char* text) { return QCoreApplication::translate("ll::ui::Startup", text); };
  ChartsPage page;
  page.resize(1200, 760);
  if (!options.workspace.isEmpty()) {
    const QString database = QDir(options.workspace).filePath(u"workspace.sqlite"_s);
    if (!QFileInfo::exists(database)) {
      err << tr("%1 is not a LeadLadder workspace (it has no workspace.sqlite).")
                 .arg(QDir::toNativeSeparators(options.workspace))
          << Qt::endl;
      return 2;
    }
    QEventLoop loop;
    QObject::connect(&page, &ChartsPage::workspaceDataLoaded, &loop, &QEventLoop::quit);
    page.setWorkspace(options.workspace, database);
    if (page.isLoading()) loop.exec();
  }
  if (!options.report.isEmpty() && !page.loadReport(options.report)) {
    err << options.report << u": "_s << page.emptyText(ChartsPage::Precision) << Qt::endl;
    return 2;
  }
  if (!options.abResults.isEmpty() && !page.loadAbResults(options.abResults)) {
    err << options.abResults << u": "_s << page.emptyText(ChartsPage::AbTest) << Qt::endl;
    return 2;
  }
  if (!QDir().mkpath(options.exportCharts)) {
    err << tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(options.exportCharts)) << Qt::endl;
    return 2;
  }
  static const char* const kNames[] = {"precision-at-top", "scores-by-tier", "ab-test"};
  int written = 0;
  for (int i = 0; i < ChartsPage::ChartCount; ++i) {
    const auto which = static_cast<ChartsPage::Chart>(i);
    if (!page.hasData(which)) {
      out << tr("Left out %1: %2").arg(QString::fromLatin1(kNames[i]), page.emptyText(which)) << Qt::endl;
      continue;
    }
    for (const char* suffix : {".png", ".pdf"}) {
      const QString path = QDir(options.exportCharts).filePath(QString::fromLatin1(kNames[i]) + QString::fromLatin1(suffix));
      QString error;
      if (!page.exportChart(which, path, &error)) {
        err << error << Qt::endl;
        return 1;
      }
      out << QDir::toNativeSeparators(path) << Qt::endl;
      ++written;
    }
  }
  return written > 0 ? 0 : 1;
}

QString demoWorkspacePath() {
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
}

QString openStartupWorkspace(MainWindow& window, const StartupOptions& options) {
  using Mode = crm::Workspace::OpenMode;
  if (!options.workspace.isEmpty()) {
    if (window.openWorkspace(options.workspace, Mode::CreateIfMissing))
      return window.workspace()->directory();
    return {};
  }
  const QString last = MainWindow::lastWorkspace();
  // A workspace that was deleted or sat on an unplugged drive is skipped without a dialog;
  // one that exists but fails to open is worth telling about.
  if (!last.isEmpty() && QFileInfo::exists(last + u"/workspace.sqlite"_s) &&
      window.openWorkspace(last, Mode::MustExist))
    return window.workspace()->directory();
  const QString demo = demoWorkspacePath();
  if (!QDir().mkpath(demo)) log::get("ui")->warn("cannot create the demo workspace folder");
  if (!window.openWorkspace(demo, Mode::CreateIfMissing)) return {};
  if (const auto stats = window.workspace()->stats(); stats && stats->leads == 0) seedDemoWorkspace(window);
  return window.workspace()->directory();
}

bool seedDemoWorkspace(MainWindow& window, qint64 leads) {
  const crm::Workspace* workspace = window.workspace();
  if (!workspace) return false;
  demo::Config config;
  config.leads = leads;
  demo::OutputOptions output;
  output.dir = workspace->directory() + u"/demo-data"_s;
  output.lang = QLocale().language() == QLocale::Chinese ? demo::Lang::Zh : demo::Lang::En;
  output.format = demo::Format::Csv;
  output.shape = demo::Shape::PerInteraction;
  const auto written = demo::generate(config, output);
  if (!written) {
    log::get("ui")->warn("the demo data could not be written ({})", errorCodeName(written.error().code));
    return false;
  }
  log::get("ui")->info("demo data generated: {} leads", written->leads);
  window.importFile(output.dir + u"/leads.csv"_s, false);
  window.importFile(output.dir + u"/interactions.csv"_s, false);
  // Once both files are in, the shipped model (when there is one) ranks the demo.
  auto* connection = new QMetaObject::Connection;
  *connection = QObject::connect(&window, &MainWindow::importFinished, &window, [&window, connection](bool succeeded) {
    if (window.isImporting() || window.hasQueuedImports()) return;
    QObject::disconnect(*connection);
    delete connection;
    auto* scoring = window.scoringPage();
    if (succeeded && scoring && !scoring->modelDirectory().isEmpty()) scoring->startScoring();
  });
  return true;
}

}  // namespace ll::ui
