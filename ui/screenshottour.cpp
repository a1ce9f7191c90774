#include "screenshottour.h"

#include "common/logging.h"
#include "mainwindow.h"
#include "importwizard.h"
#include "queuepage.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace ll::ui {

namespace {

constexpr int kSettleMs = 700;  // lets queries, charts and layouts finish before a grab

struct Tour {
  MainWindow* window = nullptr;
  QString directory;
  int shot = 0;
  bool failed = false;
  std::vector<std::function<void()>> steps;
  std::size_t next = 0;

  void save(QWidget* widget, const QString& name) {
    if (!widget) return;
    const QString path = directory + u"/%1-%2.png"_s.arg(++shot, 2, 10, QLatin1Char('0')).arg(name);
    if (!widget->grab().save(path)) {
      failed = true;
      log::get("ui")->error("screenshot not written: {}", path.toStdString());
    }
  }

  void runNext() {
    if (next >= steps.size()) {
      QApplication::exit(failed ? 1 : 0);
      return;
    }
    auto step = steps[next++];
    step();
    QTimer::singleShot(kSettleMs, [this] { runNext(); });
  }

  // Triggers an action that opens a dialog (modal or not), grabs the dialog and closes it.
  void dialogStep(const QString& actionName, const QString& shotName) {
    steps.emplace_back([this, actionName, shotName] {
      auto* action = window->findChild<QAction*>(actionName);
      if (!action || !action->isEnabled()) {
        log::get("ui")->warn("screenshot tour: action {} not available", actionName.toStdString());
        return;
      }
      QTimer::singleShot(kSettleMs, [this, shotName] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog) {
          for (auto* candidate : window->findChildren<QDialog*>())
            if (candidate->isVisible()) dialog = candidate;
        }
        if (!dialog) return;
        save(dialog, shotName);
        dialog->close();
      });
      action->trigger();
    });
  }
};

}  // namespace

void startScreenshotTour(MainWindow& window, const QString& directory) {
  auto tour = std::make_shared<Tour>();
  tour->window = &window;
  tour->directory = directory;
  QDir().mkpath(directory);
  window.setInteractive(false);
  window.resize(1366, 768);

  auto* pages = window.pages();
  for (int i = 0; pages && i < pages->count(); ++i) {
    tour->steps.emplace_back([tour, pages, i] {
      pages->setCurrentIndex(i);
      QTimer::singleShot(kSettleMs - 100, [tour, pages, i] {
        tour->save(tour->window, pages->widget(i)->objectName().isEmpty() ? u"page%1"_s.arg(i)
                                                                           : pages->widget(i)->objectName());
      });
    });
    // Pages with tabs of their own (the charts) show each tab.
    if (auto* inner = pages->widget(i)->findChild<QTabWidget*>()) {
      for (int j = 1; j < inner->count(); ++j) {
        tour->steps.emplace_back([tour, inner, pages, i, j] {
          inner->setCurrentIndex(j);
          QTimer::singleShot(kSettleMs - 100, [tour, pages, i, j] {
            tour->save(tour->window, u"%1-%2"_s.arg(pages->widget(i)->objectName()).arg(j + 1));
          });
        });
      }
    }
    if (i == 0) {
      // The lead detail of the top lead of the hot list.
      tour->steps.emplace_back([tour] {
        auto* queue = tour->window->queuePage();
        if (!queue) return;
        if (auto* dialog = queue->openDetail(0)) {
          dialog->resize(1100, 700);
          QTimer::singleShot(kSettleMs * 3, [tour, dialog] {
            tour->save(dialog, u"lead-detail"_s);
            dialog->close();
          });
        }
      });
      tour->steps.emplace_back([] {});
      tour->steps.emplace_back([] {});
      tour->steps.emplace_back([] {});
    }
  }
  // The import wizard on the workspace's own demo export, page by page.
  const QString sample = window.workspace() ? window.workspace()->directory() + u"/demo-data/leads.csv"_s : QString();
  if (QFileInfo::exists(sample)) {
    tour->steps.emplace_back([tour, sample] {
      if (auto* wizard = tour->window->openImportWizard(sample)) {
        wizard->resize(1100, 700);
        wizard->show();
      }
    });
    for (const auto& name : {u"import-file"_s, u"import-preview"_s, u"import-mapping"_s, u"import-check"_s}) {
      tour->steps.emplace_back([tour, name] {
        auto* wizard = tour->window->importWizard();
        if (!wizard) return;
        tour->save(wizard, name);
        if (name == u"import-check"_s) wizard->close();
        else wizard->next();
      });
      if (name == u"import-mapping"_s) {
        for (int wait = 0; wait < 4; ++wait) tour->steps.emplace_back([] {});  // the dry run
      }
    }
  }
  tour->dialogStep(u"callSheetsAction"_s, u"call-sheets"_s);
  tour->steps.emplace_back([tour] {
    if (auto* dialog = tour->window->openSettings()) {
      dialog->show();
      QTimer::singleShot(kSettleMs / 2, [tour, dialog] {
        tour->save(dialog, u"settings"_s);
        dialog->close();
      });
    }
  });
  tour->steps.emplace_back([tour] {
    for (auto* dock : tour->window->findChildren<QDockWidget*>()) dock->show();
    tour->window->pages()->setCurrentIndex(0);
  });
  tour->steps.emplace_back([tour] { tour->save(tour->window, u"log-panel"_s); });

  // Waits for imports (the first-start demo) to finish before the first grab.
  auto* waiter = new QTimer(&window);
  waiter->setInterval(250);
  QObject::connect(waiter, &QTimer::timeout, &window, [tour, waiter] {
    if (tour->window->isImporting()) return;
    waiter->stop();
    waiter->deleteLater();
    QTimer::singleShot(kSettleMs, [tour] { tour->runNext(); });
  });
  waiter->start();
}

}  // namespace ll::ui
