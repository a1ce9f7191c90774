// Queue view benchmark: what a person waits for on the Queues page of a large workspace, through
// the page itself (its QueueModel, table and queue list with tier counts) at 1366x768
// (offscreen): opening the workspace, re-sorting
// by each column, filtering, searching, clearing and jumping to the middle of the queue, each
// timed until the view has painted the new rows (median of 3, against the 300 ms target).
// The policy lookup that each sort or filter skipped before is timed side by side ("refresh
// every time": what every sort and filter cost before QueueQuery::refreshIfChanged).
//   queue_view_bench WORKSPACE_DIR      (a workspace made by queue_bench, with or without a run)

#include "crm/queuequery.h"
#include "crm/sqlite.h"
#include "crm/workspace.h"
#include "queuemodel.h"
#include "queuepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using ll::crm::QueueColumn;
using ll::crm::QueueSpec;
using ll::ui::QueueModel;

namespace {

constexpr int kRuns = 3;

// The view shows what the model now holds: the reset is processed and the viewport painted.
void settle(QTableView& view) {
  QCoreApplication::processEvents();
  view.viewport()->repaint();
}

// Median over kRuns of `act` (after `prepare`, untimed, each time), until the view has painted.
double medianMs(QTableView& view, const std::function<void()>& prepare, const std::function<void()>& act) {
  std::vector<double> ms;
  for (int i = 0; i < kRuns; ++i) {
    if (prepare) {
      prepare();
      settle(view);
    }
    QElapsedTimer t;
    t.start();
    act();
    settle(view);
    ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

int g_over = 0;
int g_total = 0;

void report(const std::string& what, double ms, double before = -1) {
  ++g_total;
  const bool over = ms >= 300.0;
  if (over) ++g_over;
  if (before >= 0)
    std::printf("%-48s %9.1f ms   refresh every time %9.1f ms  (%.1fx)%s\n", what.c_str(), ms, before,
                ms > 0 ? before / ms : 0.0, over ? "  OVER 300 ms" : "");
  else
    std::printf("%-48s %9.1f ms%s\n", what.c_str(), ms, over ? "  OVER 300 ms" : "");
}

QString firstValue(ll::sql::Database& db, const char* column) {
  auto st = db.prepare(std::string("SELECT ") + column + " FROM leads WHERE outcome IS NULL AND " + column +
                       " IS NOT NULL GROUP BY " + column + " ORDER BY count(*) DESC LIMIT 1");
  if (!st.step()) return {};
  const auto v = st.columnText(0);
  return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  if (argc < 2) {
    std::fprintf(stderr, "usage: queue_view_bench WORKSPACE_DIR (made by queue_bench)\n");
    return 2;
  }
  auto ws = ll::crm::Workspace::open(QString::fromLocal8Bit(argv[1]), ll::crm::Workspace::OpenMode::MustExist);
  if (!ws) {
    std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
    return 1;
  }
  auto& db = (*ws)->database();
  const qint64 leads = db.queryInt("SELECT count(*) FROM leads").value_or(0);
  const QString channel = firstValue(db, "channel");
  const QString city = firstValue(db, "city");
  const QString specialist = firstValue(db, "specialist_id");
  const std::int64_t newest = db.queryInt("SELECT max(created_at) FROM leads").value_or(0);

  // The whole Queues page: with each reload it also counts the tiers and the hot list under the
  // filter for its queue list.
  QueueModel model;
  ll::ui::QueuePage page(&model);
  page.resize(1366, 768);
  page.show();
  QTableView& view = *page.view();

  QElapsedTimer t;
  t.start();
  model.setWorkspace(ws->get());
  settle(view);
  const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
  std::printf("%lld leads, policy: %s, %lld rows in the hot list\n", static_cast<long long>(leads),
              model.policy().model ? "model run" : "Funnel+Recency", static_cast<long long>(model.totalCount()));
  report("open the workspace (policy, count, first page)", openMs);
  {
    // The lead maps a search counts from are read on a thread of their own once the page shows.
    QElapsedTimer m;
    m.start();
    model.query()->waitForLeadMaps();
    std::printf("%-48s %9.1f ms after the page showed (in the background)\n", "lead maps ready",
                static_cast<double>(m.nsecsElapsed()) / 1e6);
  }

  QueueSpec all;
  all.kind = QueueSpec::Kind::AllOpen;
  model.setSpec(all);
  settle(view);
  std::printf("%lld open leads\n", static_cast<long long>(model.totalCount()));

  // Each action from a fixed starting spec, so every run does the same work.
  // A filter is timed the first time it is asked for (the counts and search matches the query
  // keeps are dropped before each run); a sort keeps the counts of the filter it sorts.
  const auto timeSpec = [&](const std::string& what, const QueueSpec& from, const QueueSpec& to) {
    const bool sameFilter = from.kind == to.kind && from.filter.isEmpty() == to.filter.isEmpty() && from.tier == to.tier;
    const auto start = [&] {
      model.setSpec(from);
      if (!sameFilter) model.query()->forgetKeptResults();
    };
    const double after = medianMs(view, start, [&] { model.setSpec(to); });
    const double before = medianMs(view, start, [&] {
      model.setSpec(to);  // the spec, then the policy lookup every reload used to do
      model.refresh();
    });
    // A refresh reads the lead maps again in the background: done before the next action's
    // timing, as it is after any import or run.
    model.query()->waitForLeadMaps();
    // "Before" ran two reloads (the spec's, then one with the policy lookup): the second alone
    // is what the action used to cost.
    report(what, after, std::max(0.0, before - after));
  };

  const auto filtered = [&](const std::function<void(ll::crm::QueueFilter&)>& set) {
    QueueSpec s = all;
    set(s.filter);
    return s;
  };
  for (int c = 0; c < QueueModel::ColumnCount; ++c) {
    for (const bool descending : {false, true}) {
      QueueSpec to = all;
      to.sortColumn = QueueModel::queueColumn(c);
      to.descending = descending;
      const std::string name = model.headerData(c, Qt::Horizontal).toString().toStdString();
      timeSpec("sort by " + name + (descending ? " (reversed)" : ""), all, to);
    }
  }
  timeSpec("filter channel " + channel.toStdString(), all, filtered([&](auto& f) { f.channel = channel; }));
  timeSpec("filter city", all, filtered([&](auto& f) { f.city = city; }));
  timeSpec("filter specialist", all, filtered([&](auto& f) { f.specialist = specialist; }));
  timeSpec("filter tier test_drive", all, filtered([&](auto& f) { f.tier = u"test_drive"_s; }));
  timeSpec("filter created in the last 30 days", all, filtered([&](auto& f) {
             f.createdFrom = newest - 30 * 86400;
           }));
  timeSpec("search 'financing'", all, filtered([&](auto& f) { f.search = u"financing"_s; }));
  timeSpec("search '租约'", all, filtered([&](auto& f) { f.search = u"租约"_s; }));
  timeSpec("search 'spouse test' (two words)", all, filtered([&](auto& f) { f.search = u"spouse test"_s; }));
  timeSpec("search 'financing' + city", all, filtered([&](auto& f) {
             f.search = u"financing"_s;
             f.city = city;
           }));
  timeSpec("search 'financing' + tier test_drive", all, filtered([&](auto& f) {
             f.search = u"financing"_s;
             f.tier = u"test_drive"_s;
           }));
  {
    QueueSpec searched = filtered([&](auto& f) { f.search = u"financing"_s; });
    for (const auto column : {ll::crm::QueueColumn::City, ll::crm::QueueColumn::LastContact, ll::crm::QueueColumn::Tier}) {
      QueueSpec sorted = searched;
      sorted.sortColumn = column;
      timeSpec("search 'financing' sorted by " +
                   model.headerData(QueueModel::columnOf(column), Qt::Horizontal).toString().toStdString(),
               all, sorted);
    }
  }
  const QueueSpec three = filtered([&](auto& f) {
    f.channel = channel;
    f.city = city;
    f.specialist = specialist;
  });
  timeSpec("specialist + city + channel", all, three);
  timeSpec("clear the filters", three, all);
  QueueSpec hot;
  hot.kind = QueueSpec::Kind::HotList;
  hot.hotPercent = 5.0;
  timeSpec("hot list top 5%", all, hot);
  QueueSpec tier;
  tier.kind = QueueSpec::Kind::Tier;
  tier.tier = u"store_visit"_s;
  timeSpec("tier queue store_visit", all, tier);

  // Scrolling: the view asks for rows in the middle of the queue (one page read).
  const double jump = medianMs(
      view,
      [&] {
        model.setSpec(all);
        view.scrollToTop();
      },
      [&] { view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2); });
  report("jump to the middle of the open leads", jump);

  {
    // The worst case: a search typed before the maps are read waits for them.
    model.setWorkspace(nullptr);
    model.setSpec(all);
    model.setWorkspace(ws->get());
    settle(view);
    view.scrollToTop();
    settle(view);
    QElapsedTimer s;
    s.start();
    model.setSpec(filtered([&](auto& f) { f.search = u"financing"_s; }));
    settle(view);
    report("search 'financing' at once after opening", static_cast<double>(s.nsecsElapsed()) / 1e6);
    // The last page of a search's matches walks the ranks all the way.
    s.restart();
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    settle(view);
    report("search 'financing', jump to the last page", static_cast<double>(s.nsecsElapsed()) / 1e6);
  }

  std::printf("%d of %d actions under 300 ms\n", g_total - g_over, g_total);
  return 0;
}
