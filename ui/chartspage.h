#pragma once
// The Charts page: precision at the top (P@K% against K from an evaluation report), the score
// distribution per tier of the latest scoring run, and the cumulative A/B conversion per arm
// (the paper's Figure 2) with Welch's test in the caption. Each chart exports as PNG or PDF.
// Data comes from core services (report::readReport, crm::ScoreStats) loaded off the GUI thread.

#include "crm/scorestats.h"
#include "engine/reportformat.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QChart;
class QChartView;

namespace ll::ui {

class ChartsPage final : public QWidget {
  Q_OBJECT

 public:
  enum Chart { Precision = 0, Scores = 1, AbTest = 2, ChartCount = 3 };
  Q_ENUM(Chart)

  explicit ChartsPage(QWidget* parent = nullptr);
  ~ChartsPage() override;

  // Reads the workspace's latest report (W/reports/*.json, newest file), its latest scoring run
  // and its latest experiment; the score and experiment data load on a worker, then
  // workspaceDataLoaded() is emitted. An empty directory clears the page.
  void setWorkspace(const QString& directory, const QString& databasePath);
  [[nodiscard]] bool isLoading() const;

  // Loads an evaluation report; false (and the reason in the empty state) when it cannot.
  bool loadReport(const QString& path);
  // Loads A/B data: the output folder of `leadladder-cli demo simulate-ab` (or its
  // summary.json / daily.csv), an A/B JSON (report::toJson(AbReport)), or a report with "ab".
  bool loadAbResults(const QString& path);

  void setReport(const report::Report& report, const QString& source = {});
  void setScoreDistribution(const std::optional<crm::ScoreDistribution>& distribution);
  void setAbReport(const std::optional<report::AbReport>& ab, const QString& source = {});

  [[nodiscard]] QChart* chart(Chart which) const;
  [[nodiscard]] QChartView* chartView(Chart which) const;
  [[nodiscard]] bool hasData(Chart which) const;
  [[nodiscard]] QString caption(Chart which) const;
  [[nodiscard]] QString emptyText(Chart which) const;
  [[nodiscard]] int currentChart() const;
  void setCurrentChart(Chart which);

  // Writes the chart with its caption: .png (raster, 2x) or .pdf (vector), by suffix.
  bool exportChart(Chart which, const QString& path, QString* error = nullptr);

  // The caption of an A/B chart: per-arm conversion and Welch's test on specialists.
  static QString abCaption(const report::AbReport& ab);

 signals:
  void workspaceDataLoaded();

 protected:
  void changeEvent(QEvent* event) override;

 private:
  struct WorkspaceData {
    std::optional<crm::ScoreDistribution> scores;
    std::optional<report::AbReport> ab;
    QString error;
  };
  struct Panel {
    QStackedWidget* stack = nullptr;
    QLabel* empty = nullptr;
    QWidget* content = nullptr;
    QChartView* view = nullptr;
    QLabel* caption = nullptr;
    QString problem;  // why there is no data, when something failed
  };

  void retranslateUi();
  void rebuild(Chart which);
  void buildPrecision();
  void buildScores();
  void buildAb();
  void chooseReport();
  void chooseAb();
  void chooseExport(const QString& suffix);
  void onWorkspaceData();

  QString m_workspaceDir;
  QString m_databasePath;
  std::optional<report::Report> m_report;
  QString m_reportSource;
  std::optional<crm::ScoreDistribution> m_scores;
  std::optional<report::AbReport> m_ab;
  QString m_abSource;
  bool m_abFromUser = false;

  QTabWidget* m_tabs = nullptr;
  Panel m_panels[ChartCount];
  QPushButton* m_openReport = nullptr;
  QPushButton* m_openAb = nullptr;
  QPushButton* m_reload = nullptr;
  QPushButton* m_exportPng = nullptr;
  QPushButton* m_exportPdf = nullptr;
  QFutureWatcher<WorkspaceData>* m_watcher = nullptr;
};

}  // namespace ll::ui
