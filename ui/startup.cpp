#include "startup.h"

#include "common/logging.h"
#include "demo/generator.h"
#include "mainwindow.h"
#include "scoringpage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

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
  parser.addOption(screenshots);
  parser.addOption(language);
  parser.process(arguments);

  StartupOptions options;
  const QStringList positional = parser.positionalArguments();
  if (!positional.isEmpty()) options.workspace = positional.first();
  options.screenshots = parser.value(screenshots);
  options.language = parser.value(language);
  return options;
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
