// leadladder: the desktop application. main() only wires; the window, the command line and the
// choice of workspace live in ui/ (see startup.h).

#include "common/logging.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "startup.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

#include <algorithm>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv) {
  // Exporting charts needs no screen: without a display it renders offscreen.
  const bool exportOnly = std::any_of(argv + 1, argv + argc, [](const char* a) {
    return std::string_view(a).starts_with("--export-charts");
  });
  if (exportOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
      qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setOrganizationName(u"LeadLadder"_s);
  QApplication::setApplicationName(u"LeadLadder"_s);
  QApplication::setApplicationVersion(QStringLiteral(LEADLADDER_VERSION));
  // Matches the .desktop file, so that Wayland compositors find the icon and the name.
  QApplication::setDesktopFileName(u"io.leadladder.LeadLadder"_s);

  QIcon icon;
  for (const int size : {32, 64, 128, 256}) icon.addFile(u":/icons/leadladder-%1.png"_s.arg(size));
  QApplication::setWindowIcon(icon);

  ll::log::installQtMessageHandler();
  const ll::ui::StartupOptions options = ll::ui::parseCommandLine(QApplication::arguments());
  ll::ui::applyLanguage(options.language.isEmpty() ? QSettings().value(ll::ui::kLanguageSettingsKey).toString()
                                                   : options.language);
  if (!options.exportCharts.isEmpty()) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ll::ui::exportCharts(options, out, err);
  }
  ll::ui::MainWindow window;
  window.show();
  ll::ui::openStartupWorkspace(window, options);
  if (!options.screenshots.isEmpty()) ll::ui::startScreenshotTour(window, options.screenshots);
  return QApplication::exec();
}
