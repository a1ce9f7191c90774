#pragma once
// What happens between main() and the first window: the command line and the choice of the
// workspace to open. Kept here rather than in app/ so that main() only wires and the texts are
// translated with the rest of the UI.

#include <QString>
#include <QStringList>

namespace ll::ui {

class MainWindow;

struct StartupOptions {
  QString workspace;  // from the command line; empty = none given
};

// Parses `leadladder [WORKSPACE]`. --help and --version print and exit the process, as
// QCommandLineParser::process does.
StartupOptions parseCommandLine(const QStringList& arguments);

// <AppDataLocation>/demo: the workspace opened when there is nothing else to open.
QString demoWorkspacePath();

// Opens, in order of preference: the workspace named on the command line (created if missing),
// the last one opened (if it still exists), or the demo workspace (created if missing).
// Returns the folder that was opened, empty if none could be.
QString openStartupWorkspace(MainWindow& window, const StartupOptions& options);

}  // namespace ll::ui
