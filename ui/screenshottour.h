#pragma once
// `leadladder --screenshots DIR`: opens each main screen and dialog of the window in turn and
// saves it as DIR/NN-name.png, then quits. For the documentation (scripts/screenshots.sh runs it
// under Xvfb at 1366x768, in English and Chinese) and for checking layouts by eye.

#include <QString>

namespace ll::ui {

class MainWindow;

// Starts the tour once the window's work (imports) is done; quits the application at the end
// with exit code 0, or 1 when a screenshot could not be written.
void startScreenshotTour(MainWindow& window, const QString& directory);

}  // namespace ll::ui
