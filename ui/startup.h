#pragma once
// What happens between main() and the first window: the command line and the choice of the
// workspace to open. Kept here rather than in app/ so that main() only wires and the texts are
// translated with the rest of the UI.

#include <QString>
#include <QStringList>

class QTextStream;

namespace ll::ui {

class MainWindow;

struct StartupOptions {
  QString workspace;  // from the command line; empty = none given
  QString screenshots;  // --screenshots DIR: take the screenshot tour and quit
  QString language;     // --language en|zh_CN: for this run only
  QString exportCharts;  // --export-charts DIR: write the charts as PNG and PDF and quit
  QString report;        // --report FILE: the evaluation report the charts show
  QString abResults;     // --ab PATH: the A/B results the charts show
};

// Parses `leadladder [WORKSPACE]`. --help and --version print and exit the process, as
// QCommandLineParser::process does.
StartupOptions parseCommandLine(const QStringList& arguments);

// The charts without the window (`leadladder --export-charts DIR [WORKSPACE] [--report R]
// [--ab P]`): the workspace's latest report, score distribution and experiment, or the report
// and A/B results named, each chart with data written as DIR/<chart>.png and .pdf. Prints a
// line per file or per chart left out and why; returns the exit code (0 when at least one chart
// was written, 1 when none could be, 2 for a workspace or file that cannot be read).
int exportCharts(const StartupOptions& options, QTextStream& out, QTextStream& err);

// <AppDataLocation>/demo: the workspace opened when there is nothing else to open.
QString demoWorkspacePath();

// Lead count of the demo generated on first start: enough for every queue to be real, small
// enough that it is ready within seconds.
inline constexpr qint64 kFirstStartDemoLeads = 5000;

// Fills the open (empty) workspace with a generated demo: a simulated car retailer's CRM export
// (leads, then interactions; notes in Chinese on a Chinese system) written into the workspace's
// demo-data/ folder and imported through the window's import queue, off the GUI thread.
// Returns false, after reporting why, when the demo could not be written.
bool seedDemoWorkspace(MainWindow& window, qint64 leads = kFirstStartDemoLeads);

// Opens, in order of preference: the workspace named on the command line (created if missing),
// the last one opened (if it still exists), or the demo workspace (created if missing, and
// seeded with a generated demo while it holds no leads).
// Returns the folder that was opened, empty if none could be.
QString openStartupWorkspace(MainWindow& window, const StartupOptions& options);

}  // namespace ll::ui
