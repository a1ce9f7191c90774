// The main window and its lead model, offscreen: opening workspaces, the Funnel+Recency order,
// paging, translations, and imports started from the window (menu path and drag and drop).

#include "crm/importjob.h"
#include "crm/sqlite.h"
#include "crm/workspace.h"
#include "leaddetail.h"
#include "queuemodel.h"
#include "queuepage.h"
#include "scoringpage.h"
#include "mainwindow.h"
#include "startup.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QComboBox>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using ll::crm::Workspace;
using ll::ui::QueueModel;
using ll::ui::MainWindow;

namespace {

constexpr int kImportTimeoutMs = 60'000;

void writeFile(const QString& path, const QByteArray& content) {
  QFile file(path);
  QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
  QCOMPARE(file.write(content), content.size());
}

// Three leads; L002 has had a test drive, the others nothing yet.
const QByteArray kLeadsCsv =
    "Lead ID,Created,Channel,City,Specialist,Test drive date\n"
    "L001,2026-03-01 09:00,App,Shanghai,S01,\n"
    "L002,2026-03-02 10:00,Walk-in,Hangzhou,S02,2026-03-10\n"
    "L003,2026-03-03 11:00,Web,Beijing,S01,\n";

// Calls and a store visit; then L001 gets a quote, the deepest stage of all.
const QByteArray kInteractionsCsv =
    "Lead ID,Type,Date,Duration (s),Notes\n"
    "L001,call,2026-03-05T10:00:00,120,Asked about financing.\n"
    "L003,store visit,2026-03-06T15:00:00,,Came with a friend.\n"
    "L003,call,2026-03-07T09:00:00,60,\n"
    "L001,quote,2026-03-12T16:30:00,,Quote for the long-range trim.\n";

qint64 utcSeconds(int year, int month, int day) {
  return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QByteArray manyLeadsCsv(int count) {
  QByteArray csv = "Lead ID,Created,Channel,City,Specialist,Test drive date\n";
  csv.reserve(count * 48);
  for (int i = 0; i < count; ++i)
    csv += QByteArray("M") + QByteArray::number(i).rightJustified(7, '0') +
           ",2026-01-01 10:00,App,Suzhou,S0" + QByteArray::number(i % 9) + ",\n";
  return csv;
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();
  void init();

  void listsLeadsInFunnelRecencyOrder();
  void modelPassesItemModelTester();
  void pagesLargeWorkspaces();
  void statusBarAndBannerShowCounts();
  void switchesToChinese();
  void importsThroughTheWindow();
  void reportsRejectedRowsAndFileErrors();
  void cancelsAnImport();
  void closingDuringAnImportCancelsIt();
  void importsAFileLargeEnoughForBulkMode();
  void interactiveImportShowsReportBeforeTheNextFile();
  void dropStartsAnImport();
  void remembersWorkspacesAndLayout();
  void openFailureKeepsCurrentWorkspace();
  void startupOpensLastOrDemoWorkspace();
  void switchesQueuesFiltersAndSorts();
  void opensLeadDetail();
  void bannerNamesTheModelOfTheLatestRun();

 private:
  // A workspace in a fresh folder with `files` imported directly through ImportJob.
  QString makeWorkspace(const QList<QByteArray>& files);
  static void waitForImports(QSignalSpy& spy, int count);

  QTemporaryDir m_root;
  int m_workspaces = 0;
};

void TestMainWindow::initTestCase() {
  QVERIFY(m_root.isValid());
  // Nothing of this test may land in the real user's settings or data folders.
  qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.filePath(u"xdg-data"_s)));
  qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_root.filePath(u"xdg-config"_s)));
  QCoreApplication::setOrganizationName(u"LeadLadderTests"_s);
  QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_root.filePath(u"settings"_s));
  ll::ui::applyLanguage(u"en"_s);
}

void TestMainWindow::init() {
  QSettings().clear();
}

QString TestMainWindow::makeWorkspace(const QList<QByteArray>& files) {
  const QString dir = m_root.filePath(u"ws%1"_s.arg(++m_workspaces));
  auto ws = Workspace::open(dir, Workspace::OpenMode::CreateIfMissing);
  if (!ws) {
    qWarning("cannot create workspace: %s", qPrintable(ws.error().toString()));
    return {};
  }
  int n = 0;
  for (const QByteArray& content : files) {
    const QString path = dir + u"/input%1.csv"_s.arg(++n);
    writeFile(path, content);
    ll::crm::ImportOptions options;
    options.path = path;
    ll::crm::ImportJob job(**ws, options);
    auto report = job.run();
    if (!report) {
      qWarning("import failed: %s", qPrintable(report.error().toString()));
      return {};
    }
  }
  return dir;
}

void TestMainWindow::waitForImports(QSignalSpy& spy, int count) {
  QTRY_COMPARE_WITH_TIMEOUT(spy.count(), count, kImportTimeoutMs);
}

void TestMainWindow::listsLeadsInFunnelRecencyOrder() {
  const QString dir = makeWorkspace({kLeadsCsv});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir));

  const QueueModel* model = window.leadModel();
  QCOMPARE(model->rowCount(), 3);
  QCOMPARE(model->columnCount(), int(QueueModel::ColumnCount));
  QCOMPARE(model->totalCount(), 3);

  const QStringList expectedHeaders = {u"Rank"_s,         u"Lead ID"_s,          u"Score"_s,   u"Conversion"_s,
                                       u"Tier"_s,         u"Last contact"_s,     u"Sales specialist"_s,
                                       u"Channel"_s,      u"City"_s,             u"Age"_s};
  for (int column = 0; column < QueueModel::ColumnCount; ++column)
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), expectedHeaders.at(column));

  // The only lead with a test drive leads the Funnel+Recency queue.
  const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
    return model->data(model->index(row, column), role);
  };
  QCOMPARE(cell(0, QueueModel::LeadId).toString(), u"L002"_s);
  QCOMPARE(cell(0, QueueModel::Rank).toString(), u"1"_s);
  QCOMPARE(cell(0, QueueModel::Tier).toString(), u"Test drive done"_s);
  QCOMPARE(cell(0, QueueModel::Tier, QueueModel::RawValueRole).toString(), u"test_drive"_s);
  // No model has scored the workspace: no score, no probability.
  QVERIFY(cell(0, QueueModel::Score, QueueModel::RawValueRole).isNull());
  QCOMPARE(cell(0, QueueModel::Probability).toString(), QString());
  QCOMPARE(cell(0, QueueModel::LastContact, QueueModel::RawValueRole).toLongLong(),
           utcSeconds(2026, 3, 10));
  QCOMPARE(cell(0, QueueModel::City).toString(), u"Hangzhou"_s);
  QCOMPARE(cell(0, QueueModel::Specialist).toString(), u"S02"_s);
  QCOMPARE(cell(0, QueueModel::Channel).toString(), u"Walk-in"_s);
  // Age counts whole days to the newest date in the workspace: created March 2, 10:00; the
  // test drive on March 10 (midnight) is the latest time, 7 days and 14 hours later.
  QCOMPARE(cell(0, QueueModel::Age, QueueModel::RawValueRole).toLongLong(), 7);
  QVERIFY(cell(0, QueueModel::LeadId, QueueModel::RowIdRole).toLongLong() > 0);
  // No contact yet: the raw value is null, the cell empty; newer leads come first among equals.
  QVERIFY(cell(1, QueueModel::LastContact, QueueModel::RawValueRole).isNull());
  QCOMPARE(cell(1, QueueModel::LastContact).toString(), QString());
  QCOMPARE(cell(1, QueueModel::LeadId).toString(), u"L003"_s);
  QCOMPARE(cell(2, QueueModel::LeadId).toString(), u"L001"_s);
  QCOMPARE(cell(2, QueueModel::Rank, QueueModel::RawValueRole).toInt(), 3);

  QCOMPARE(window.leadView()->model(), model);
  // Sorting is a query in the store: the header sorts, the model re-queries.
  QVERIFY(window.leadView()->isSortingEnabled());
  QVERIFY2(window.queuePage()->policyText().contains(u"Funnel+Recency"_s), qPrintable(window.queuePage()->policyText()));
}

void TestMainWindow::modelPassesItemModelTester() {
  const QString dir = makeWorkspace({manyLeadsCsv(1'050)});
  QVERIFY(!dir.isEmpty());
  auto ws = Workspace::open(dir, Workspace::OpenMode::MustExist);
  QVERIFY(ws);
  QueueModel model;
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  ll::crm::QueueSpec spec;
  spec.kind = ll::crm::QueueSpec::Kind::AllOpen;
  model.setSpec(spec);
  model.setWorkspace(ws->get());
  QCOMPARE(model.rowCount(), 1'050);
  QCOMPARE(model.loadedPageCount(), 1);
  QVERIFY(model.data(model.index(1'049, QueueModel::LeadId)).isValid());
  model.sort(QueueModel::City, Qt::DescendingOrder);
  model.sort(QueueModel::LastContact);
  model.retranslate();
  model.reload();
  QCOMPARE(model.rowCount(), 1'050);
  model.setFrozen(true);
  model.reload();
  QCOMPARE(model.rowCount(), 0);  // a frozen model does not touch the workspace
  model.setFrozen(false);
  spec.kind = ll::crm::QueueSpec::Kind::HotList;
  spec.hotCount = 10;
  model.setSpec(spec);
  QCOMPARE(model.rowCount(), 10);
  model.setWorkspace(nullptr);
  QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::pagesLargeWorkspaces() {
  const int leads = 1'234;
  const QString dir = makeWorkspace({manyLeadsCsv(leads)});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir));
  QueueModel* model = window.leadModel();
  // The page opens on the hot list: the head of the queue.
  QCOMPARE(model->spec().kind, ll::crm::QueueSpec::Kind::HotList);
  QCOMPARE(model->totalCount(), 200);
  window.queuePage()->selectAllOpen();
  QCOMPARE(model->spec().kind, ll::crm::QueueSpec::Kind::AllOpen);
  QCOMPARE(model->totalCount(), leads);
  // The model claims every row but has read one page.
  QCOMPARE(model->rowCount(), leads);
  QCOMPARE(model->loadedPageCount(), 1);

  // Pages join without gaps or repeats.
  QSet<QString> ids;
  for (int row = 0; row < model->rowCount(); ++row)
    ids.insert(model->data(model->index(row, QueueModel::LeadId)).toString());
  QCOMPARE(ids.size(), leads);
  QCOMPARE(model->loadedPageCount(), (leads + QueueModel::kPageSize - 1) / QueueModel::kPageSize);
  QCOMPARE(model->data(model->index(leads - 1, QueueModel::Rank)).toString(), QLocale().toString(leads));

  // The view reads the pages it shows when scrolled to the end.
  MainWindow second;
  second.setInteractive(false);
  QVERIFY(second.openWorkspace(dir));
  second.queuePage()->selectAllOpen();
  second.resize(800, 600);
  second.show();
  QVERIFY(QTest::qWaitForWindowExposed(&second));
  second.leadView()->scrollToBottom();
  QTRY_VERIFY(second.leadModel()->loadedPageCount() >= 2);
  QCOMPARE(second.leadModel()->data(second.leadModel()->index(leads - 1, QueueModel::Rank)).toString(),
           QLocale().toString(leads));
}

void TestMainWindow::statusBarAndBannerShowCounts() {
  const QString dir = makeWorkspace({manyLeadsCsv(1'234)});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir));
  const QString text = window.statusText();
  QVERIFY2(text.contains(QLocale().toString(1'234) + u" leads"_s), qPrintable(text));
  QVERIFY2(text.contains(u"Funnel+Recency"_s), qPrintable(text));
  QVERIFY2(window.bannerText().contains(u"Funnel+Recency"_s), qPrintable(window.bannerText()));
  QVERIFY(window.windowTitle().contains(QDir(dir).dirName()));

  const QString one = makeWorkspace({"Lead ID,Created\nX1,2026-05-01\n"});
  QVERIFY(!one.isEmpty());
  QVERIFY(window.openWorkspace(one));
  QVERIFY2(window.statusText().startsWith(u"1 lead · 1 open"_s), qPrintable(window.statusText()));
}

void TestMainWindow::switchesToChinese() {
  const QString dir = makeWorkspace({kLeadsCsv});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir));
  const QueueModel* model = window.leadModel();
  QCOMPARE(model->headerData(QueueModel::Tier, Qt::Horizontal).toString(), u"Tier"_s);

  QVERIFY(ll::ui::applyLanguage(u"zh_CN"_s));
  // The window hears about the switch through QEvent::LanguageChange.
  QTRY_VERIFY2(window.statusText().contains(u"条线索"_s), qPrintable(window.statusText()));
  QVERIFY2(window.bannerText().contains(u"漏斗"_s), qPrintable(window.bannerText()));

  QVERIFY(ll::ui::applyLanguage(u"en"_s));
  QCOMPARE(model->headerData(QueueModel::Tier, Qt::Horizontal).toString(), u"Tier"_s);
  QTRY_VERIFY2(window.statusText().contains(u"3 leads"_s), qPrintable(window.statusText()));
}

void TestMainWindow::importsThroughTheWindow() {
  const QString dir = m_root.filePath(u"fresh"_s);
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir, Workspace::OpenMode::CreateIfMissing));
  QCOMPARE(window.leadModel()->rowCount(), 0);
  QVERIFY2(window.bannerText().contains(u"no leads yet"_s), qPrintable(window.bannerText()));

  const QString leads = m_root.filePath(u"leads.csv"_s);
  const QString interactions = m_root.filePath(u"interactions.csv"_s);
  writeFile(leads, kLeadsCsv);
  writeFile(interactions, kInteractionsCsv);

  QSignalSpy finished(&window, &MainWindow::importFinished);
  window.importFile(leads);
  window.importFile(interactions);  // queued behind the first
  QVERIFY(window.isImporting());
  waitForImports(finished, 2);
  QVERIFY(!window.isImporting());

  QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
  QVERIFY(finished.at(0).at(1).toString().contains(u"Imported leads.csv"_s));
  QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
  QVERIFY(finished.at(1).at(1).toString().contains(u"interactions: 4 new"_s));

  // The table refreshed: the quote put L001 on top.
  const QueueModel* model = window.leadModel();
  QCOMPARE(model->rowCount(), 3);
  QCOMPARE(model->data(model->index(0, QueueModel::LeadId)).toString(), u"L001"_s);
  QCOMPARE(model->data(model->index(0, QueueModel::Tier)).toString(), u"Test drive done"_s);
  QCOMPARE(model->data(model->index(1, QueueModel::LeadId)).toString(), u"L002"_s);
  QCOMPARE(model->data(model->index(2, QueueModel::LeadId)).toString(), u"L003"_s);
  QVERIFY2(window.statusText().contains(u"3 leads"_s), qPrintable(window.statusText()));
  QVERIFY2(window.bannerText().contains(u"Funnel+Recency"_s), qPrintable(window.bannerText()));

  // The same file again changes nothing and says so.
  window.importFile(leads);
  waitForImports(finished, 3);
  QVERIFY(finished.at(2).at(0).toBool());
  QVERIFY2(finished.at(2).at(1).toString().contains(u"Nothing new"_s),
           qPrintable(finished.at(2).at(1).toString()));
  QCOMPARE(model->rowCount(), 3);
}

void TestMainWindow::reportsRejectedRowsAndFileErrors() {
  MainWindow window;
  window.setInteractive(false);
  QSignalSpy finished(&window, &MainWindow::importFinished);
  QSignalSpy errors(&window, &MainWindow::errorReported);

  // Without a workspace there is nothing to import into: a message, no crash.
  window.importFile(m_root.filePath(u"whatever.csv"_s));
  QCOMPARE(finished.count(), 1);
  QVERIFY(!finished.at(0).at(0).toBool());
  QCOMPARE(errors.count(), 1);

  QVERIFY(window.openWorkspace(m_root.filePath(u"errors"_s), Workspace::OpenMode::CreateIfMissing));
  const QString bad = m_root.filePath(u"bad-date.csv"_s);
  writeFile(bad,
            "Lead ID,Type,Date,Duration (s),Notes\n"
            "L1,call,2026-03-05T10:00:00,30,\n"
            "L2,call,sometime in March,30,\n");
  window.importFile(bad);
  waitForImports(finished, 2);
  QVERIFY(!finished.at(1).at(0).toBool());
  const QString report = finished.at(1).at(1).toString();
  QVERIFY2(report.contains(u"bad-date.csv, row 3, column 'Date'"_s), qPrintable(report));
  QCOMPARE(window.leadModel()->rowCount(), 0);  // nothing landed

  const QString missing = m_root.filePath(u"no-such-export.csv"_s);
  window.importFile(missing);
  waitForImports(finished, 3);
  QVERIFY(!finished.at(2).at(0).toBool());
  QVERIFY2(finished.at(2).at(1).toString().contains(u"no-such-export.csv"_s),
           qPrintable(finished.at(2).at(1).toString()));
  QVERIFY(errors.count() >= 2);
  QVERIFY(errors.last().at(0).toString().contains(u"no-such-export.csv"_s));

  // The window still works afterwards.
  const QString good = m_root.filePath(u"good.csv"_s);
  writeFile(good, kLeadsCsv);
  window.importFile(good);
  waitForImports(finished, 4);
  QVERIFY(finished.at(3).at(0).toBool());
  QCOMPARE(window.leadModel()->rowCount(), 3);
}

void TestMainWindow::cancelsAnImport() {
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(m_root.filePath(u"cancel"_s), Workspace::OpenMode::CreateIfMissing));
  const QString big = m_root.filePath(u"big.csv"_s);
  writeFile(big, manyLeadsCsv(150'000));

  QSignalSpy finished(&window, &MainWindow::importFinished);
  window.importFile(big);
  window.cancelImport();  // the job checks the flag every few thousand rows
  waitForImports(finished, 1);
  if (finished.at(0).at(0).toBool()) QSKIP("the import finished before it read the cancel flag");
  QVERIFY2(finished.at(0).at(1).toString().contains(u"cancelled"_s),
           qPrintable(finished.at(0).at(1).toString()));
  QCOMPARE(window.leadModel()->rowCount(), 0);
  QVERIFY2(window.statusText().startsWith(u"0 leads"_s), qPrintable(window.statusText()));
}

void TestMainWindow::closingDuringAnImportCancelsIt() {
  const QString dir = m_root.filePath(u"closing"_s);
  const QString big = m_root.filePath(u"big-close.csv"_s);
  writeFile(big, manyLeadsCsv(150'000));
  {
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openWorkspace(dir, Workspace::OpenMode::CreateIfMissing));
    window.show();
    window.importFile(big);
    QVERIFY(window.isImporting());
    // Closing waits for the worker (it holds the workspace); nothing may be left running.
    QVERIFY(window.close());
  }
  auto ws = Workspace::open(dir, Workspace::OpenMode::MustExist);
  QVERIFY(ws);
  auto count = (*ws)->countLeads({});
  QVERIFY(count);
  // Either the cancel came in time (nothing landed) or the whole file landed: never a part.
  QVERIFY2(*count == 0 || *count == 150'000, qPrintable(QString::number(*count)));
}

void TestMainWindow::importsAFileLargeEnoughForBulkMode() {
  // ImportJob switches the journal mode for files of 8 MiB and more, while the window keeps its
  // own connection to the workspace open.
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(m_root.filePath(u"bulk"_s), Workspace::OpenMode::CreateIfMissing));
  const int leads = 220'000;
  const QString big = m_root.filePath(u"bulk.csv"_s);
  writeFile(big, manyLeadsCsv(leads));
  QVERIFY(QFileInfo(big).size() > 8 << 20);

  QSignalSpy finished(&window, &MainWindow::importFinished);
  window.importFile(big);
  waitForImports(finished, 1);
  QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
  QCOMPARE(window.leadModel()->totalCount(), 200);  // the hot list
  window.queuePage()->selectAllOpen();
  QCOMPARE(window.leadModel()->totalCount(), leads);
  QCOMPARE(window.leadModel()->loadedPageCount(), 1);
}

void TestMainWindow::interactiveImportShowsReportBeforeTheNextFile() {
  MainWindow window;
  QVERIFY(window.isInteractive());
  QVERIFY(window.openWorkspace(m_root.filePath(u"interactive"_s), Workspace::OpenMode::CreateIfMissing));
  window.show();
  const QString leads = m_root.filePath(u"i-leads.csv"_s);
  const QString interactions = m_root.filePath(u"i-interactions.csv"_s);
  writeFile(leads, kLeadsCsv);
  writeFile(interactions, kInteractionsCsv);

  QSignalSpy finished(&window, &MainWindow::importFinished);
  window.importFile(leads);
  window.importFile(interactions);
  waitForImports(finished, 1);
  const auto visibleReport = [&]() -> QDialog* {
    for (QDialog* dialog : window.findChildren<QDialog*>(u"importReportDialog"_s))
      if (dialog->isVisible()) return dialog;
    return nullptr;
  };
  // The report is open without blocking this event loop, and the queued file waits for it.
  QTRY_VERIFY(visibleReport());
  QTest::qWait(200);
  QCOMPARE(finished.count(), 1);
  QVERIFY(!window.isImporting());
  visibleReport()->reject();
  waitForImports(finished, 2);
  QTRY_VERIFY(visibleReport());
  visibleReport()->reject();
  QCOMPARE(window.leadModel()->rowCount(), 3);
}

void TestMainWindow::dropStartsAnImport() {
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.acceptDrops());
  QVERIFY(window.openWorkspace(m_root.filePath(u"drop"_s), Workspace::OpenMode::CreateIfMissing));
  const QString csv = m_root.filePath(u"dropped.csv"_s);
  writeFile(csv, kLeadsCsv);

  QMimeData other;
  other.setUrls({QUrl::fromLocalFile(m_root.filePath(u"notes.pdf"_s))});
  QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
  refused.ignore();
  QCoreApplication::sendEvent(&window, &refused);
  QVERIFY(!refused.isAccepted());

  QMimeData mime;
  mime.setUrls({QUrl::fromLocalFile(csv)});
  QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  enter.ignore();
  QCoreApplication::sendEvent(&window, &enter);
  QVERIFY(enter.isAccepted());

  QSignalSpy finished(&window, &MainWindow::importFinished);
  QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(&window, &drop);
  waitForImports(finished, 1);
  QVERIFY(finished.at(0).at(0).toBool());
  QCOMPARE(window.leadModel()->rowCount(), 3);
}

void TestMainWindow::remembersWorkspacesAndLayout() {
  QStringList opened;
  {
    MainWindow window;
    window.setInteractive(false);
    for (int i = 0; i < MainWindow::kMaxRecentWorkspaces + 2; ++i) {
      const QString dir = m_root.filePath(u"recent%1"_s.arg(i));
      QVERIFY(window.openWorkspace(dir, Workspace::OpenMode::CreateIfMissing));
      opened.prepend(window.workspace()->directory());
    }
    const QStringList recent = window.recentWorkspaces();
    QCOMPARE(recent.size(), MainWindow::kMaxRecentWorkspaces);
    QCOMPARE(recent, opened.mid(0, MainWindow::kMaxRecentWorkspaces));
    // Opening one again moves it to the front without duplicating it.
    QVERIFY(window.openWorkspace(opened.at(3)));
    QCOMPARE(window.recentWorkspaces().first(), opened.at(3));
    QCOMPARE(window.recentWorkspaces().count(opened.at(3)), 1);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.leadView()->setColumnWidth(QueueModel::City, 222);
    window.leadView()->horizontalHeader()->moveSection(QueueModel::City, 0);
    QVERIFY(window.close());
  }
  QCOMPARE(MainWindow::lastWorkspace(), opened.at(3));
  MainWindow restored;
  QCOMPARE(restored.leadView()->columnWidth(QueueModel::City), 222);
  QCOMPARE(restored.leadView()->horizontalHeader()->visualIndex(QueueModel::City), 0);
}

void TestMainWindow::openFailureKeepsCurrentWorkspace() {
  const QString dir = makeWorkspace({kLeadsCsv});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir));
  QSignalSpy errors(&window, &MainWindow::errorReported);

  // A folder that is not a workspace, and a file where a folder should be.
  QVERIFY(!window.openWorkspace(m_root.filePath(u"not-a-workspace"_s), Workspace::OpenMode::MustExist));
  const QString file = m_root.filePath(u"plain-file"_s);
  writeFile(file, "hello");
  QVERIFY(!window.openWorkspace(file, Workspace::OpenMode::CreateIfMissing));
  QCOMPARE(errors.count(), 2);
  QVERIFY(errors.at(0).at(0).toString().contains(u"not a LeadLadder workspace"_s));

  QVERIFY(window.workspace());
  QCOMPARE(window.workspace()->directory(), QDir::cleanPath(dir));
  QCOMPARE(window.leadModel()->rowCount(), 3);
}

void TestMainWindow::startupOpensLastOrDemoWorkspace() {
  // Nothing remembered: the demo workspace under the app data folder is created, opened and,
  // being empty, filled with a generated demo imported off the GUI thread.
  {
    MainWindow window;
    window.setInteractive(false);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    const QString opened = ll::ui::openStartupWorkspace(window, {});
    QCOMPARE(opened, QDir::cleanPath(ll::ui::demoWorkspacePath()));
    QVERIFY(opened.startsWith(QDir::cleanPath(m_root.path())));
    QVERIFY(QFileInfo::exists(opened + u"/workspace.sqlite"_s));
    waitForImports(finished, 2);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(window.workspace()->stats()->leads, ll::ui::kFirstStartDemoLeads);
    QVERIFY(window.workspace()->stats()->interactions > ll::ui::kFirstStartDemoLeads);
    QVERIFY(window.leadModel()->rowCount() > 0);
    window.queuePage()->selectAllOpen();
    QVERIFY(window.leadModel()->totalCount() > 1000);  // open leads in the queue
  }
  // Started again: the demo is already there and is not generated a second time.
  {
    MainWindow window;
    window.setInteractive(false);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QSettings().remove(u"lastWorkspace"_s);
    QCOMPARE(ll::ui::openStartupWorkspace(window, {}), QDir::cleanPath(ll::ui::demoWorkspacePath()));
    QVERIFY(!window.isImporting());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(window.workspace()->stats()->leads, ll::ui::kFirstStartDemoLeads);
  }
  // An explicit folder wins, and is remembered as the last one.
  const QString dir = makeWorkspace({kLeadsCsv});
  QVERIFY(!dir.isEmpty());
  {
    MainWindow window;
    window.setInteractive(false);
    ll::ui::StartupOptions named;
    named.workspace = dir;
    QCOMPARE(ll::ui::openStartupWorkspace(window, named), QDir::cleanPath(dir));
  }
  // Next start without arguments: the last workspace again.
  {
    MainWindow window;
    window.setInteractive(false);
    QCOMPARE(ll::ui::openStartupWorkspace(window, {}), QDir::cleanPath(dir));
    QCOMPARE(window.leadModel()->rowCount(), 3);
  }
  // A last workspace that was deleted is skipped quietly.
  QSettings().setValue(u"lastWorkspace"_s, m_root.filePath(u"gone"_s));
  {
    MainWindow window;
    window.setInteractive(false);
    QSignalSpy errors(&window, &MainWindow::errorReported);
    QCOMPARE(ll::ui::openStartupWorkspace(window, {}), QDir::cleanPath(ll::ui::demoWorkspacePath()));
    QCOMPARE(errors.count(), 0);
  }
}

namespace {

QStringList leadIds(const QueueModel* model) {
  QStringList ids;
  for (int row = 0; row < model->rowCount(); ++row) ids << model->data(model->index(row, QueueModel::LeadId)).toString();
  return ids;
}

// Stands in for the scorer's occlusion: fixed segments, computed on the worker thread.
class FixedExplainer final : public ll::ui::RankExplainer {
 public:
  QString modelName() const override { return u"test model"_s; }
  ll::Result<std::vector<ll::ui::RankSegment>> explain(qint64, const std::atomic<bool>&) override {
    return std::vector<ll::ui::RankSegment>{{u"Asked about financing."_s, {}, 0.31, {}}, {u"Shanghai"_s, u"city"_s, -0.05, {}}};
  }
};

}  // namespace

void TestMainWindow::switchesQueuesFiltersAndSorts() {
  const QString dir = makeWorkspace({kLeadsCsv, kInteractionsCsv});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir));
  ll::ui::QueuePage* page = window.queuePage();
  QCOMPARE(window.pages()->currentWidget(), page);
  QueueModel* model = window.leadModel();

  // Hot list, all open leads, then the four tiers with their counts.
  const QListWidget* queues = page->queueList();
  QCOMPARE(queues->count(), 6);
  QCOMPARE(queues->item(0)->text(), u"Hot list (3)"_s);
  QCOMPARE(queues->item(1)->text(), u"All open leads (3)"_s);
  QCOMPARE(queues->item(2)->text(), u"Test drive done (2)"_s);  // L001's quote, L002's test drive
  QCOMPARE(queues->item(3)->text(), u"Store visited (1)"_s);
  QCOMPARE(queues->item(4)->text(), u"Engaged by phone (0)"_s);
  QCOMPARE(queues->item(5)->text(), u"New / unreached (0)"_s);

  page->selectTier(u"store_visit"_s);
  QCOMPARE(leadIds(model), QStringList{u"L003"_s});
  page->selectTier(u"test_drive"_s);
  QCOMPARE(leadIds(model), (QStringList{u"L001"_s, u"L002"_s}));
  page->selectAllOpen();
  QCOMPARE(leadIds(model), (QStringList{u"L001"_s, u"L002"_s, u"L003"_s}));

  // Search waits for typing to pause, then queries the notes.
  page->searchField()->setText(u"financ"_s);
  QCOMPARE(model->rowCount(), 3);
  QTRY_COMPARE(leadIds(model), QStringList{u"L001"_s});
  QVERIFY2(page->countText().contains(u"1 lead"_s), qPrintable(page->countText()));
  page->clearFilters();
  QCOMPARE(model->rowCount(), 3);

  // The combos list the workspace's values.
  auto* city = page->findChild<QComboBox*>(u"cityFilter"_s);
  QVERIFY(city);
  QCOMPARE(city->count(), 4);  // all cities + three
  city->setCurrentIndex(city->findData(u"Beijing"_s));
  QCOMPARE(leadIds(model), QStringList{u"L003"_s});
  QCOMPARE(queues->item(1)->text(), u"All open leads (1)"_s);  // counts follow the filters
  page->clearFilters();

  // Header clicks re-query the store.
  window.leadView()->sortByColumn(QueueModel::City, Qt::AscendingOrder);
  QCOMPARE(leadIds(model), (QStringList{u"L003"_s, u"L002"_s, u"L001"_s}));
  window.leadView()->sortByColumn(QueueModel::City, Qt::DescendingOrder);
  QCOMPARE(leadIds(model), (QStringList{u"L001"_s, u"L002"_s, u"L003"_s}));
  window.leadView()->sortByColumn(QueueModel::Rank, Qt::AscendingOrder);
  QCOMPARE(model->spec().sortColumn, ll::crm::QueueColumn::Rank);

  // Ctrl+F goes to the search field.
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  window.activateWindow();
  window.leadView()->setFocus();
  QTest::keyClick(window.leadView(), Qt::Key_F, Qt::ControlModifier);
  QTRY_VERIFY(page->searchField()->hasFocus());
}

void TestMainWindow::opensLeadDetail() {
  const QString dir = makeWorkspace({kLeadsCsv, kInteractionsCsv});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  // No model chosen (not even the shipped one): the detail must say what is missing.
  window.scoringPage()->setModelDirectory(QString());
  QVERIFY(window.openWorkspace(dir));
  ll::ui::QueuePage* page = window.queuePage();
  QCOMPARE(window.leadModel()->data(window.leadModel()->index(0, QueueModel::LeadId)).toString(), u"L001"_s);

  // Enter on a row opens its detail, without blocking.
  QSignalSpy opened(page, &ll::ui::QueuePage::detailOpened);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  window.leadView()->setCurrentIndex(window.leadModel()->index(0, 0));
  QTest::keyClick(window.leadView(), Qt::Key_Return);
  QCOMPARE(opened.count(), 1);
  auto* dialog = opened.at(0).at(0).value<ll::ui::LeadDetailDialog*>();
  QVERIFY(dialog);
  QVERIFY(dialog->isVisible());
  QCOMPARE(dialog->timeline()->topLevelItemCount(), 2);  // the call, then the quote
  QCOMPARE(dialog->timeline()->topLevelItem(0)->text(1), u"Call"_s);
  QCOMPARE(dialog->timeline()->topLevelItem(1)->text(1), u"Quote"_s);
  QVERIFY(dialog->notesView()->toPlainText().contains(u"Asked about financing."_s));
  // No scorer: the dialog says what is missing and explains nothing.
  QVERIFY2(dialog->explanationStatus().contains(u"Scoring model needed"_s), qPrintable(dialog->explanationStatus()));
  QVERIFY(dialog->explanationList()->isHidden());
  dialog->close();

  // With an explainer, its segments are listed and highlighted in the notes.
  page->setRankExplainer(std::make_shared<FixedExplainer>());
  auto* explained = page->openDetail(0);
  QVERIFY(explained);
  QSignalSpy ready(explained, &ll::ui::LeadDetailDialog::explanationReady);
  QVERIFY(ready.wait(5000));
  QCOMPARE(explained->explanationList()->topLevelItemCount(), 2);
  QVERIFY(explained->explanationList()->topLevelItem(0)->text(0).startsWith(u"+0.31"_s));
  QCOMPARE(explained->explanationList()->topLevelItem(1)->text(1), u"City: Shanghai"_s);
  QVERIFY(explained->notesView()->toHtml().contains(u"background-color"_s));
  QVERIFY(explained->explanationStatus().contains(u"test model"_s));
  explained->close();
}

void TestMainWindow::bannerNamesTheModelOfTheLatestRun() {
  const QString dir = makeWorkspace({kLeadsCsv, kInteractionsCsv});
  QVERIFY(!dir.isEmpty());
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(dir));
  QVERIFY(window.bannerText().contains(u"Funnel+Recency"_s));
  // A finished run that puts L003 first.
  auto& db = window.workspace()->database();
  db.exec("INSERT INTO scoring_runs (model_fingerprint, model_path, policy, snapshot_at, started_at, finished_at,"
          " lead_count, params_json) VALUES ('f00d', '/ckpt/asllr-car', 'model', 1, 1, 1780000000, 3, '{}')");
  db.exec("INSERT INTO scores (run_id, lead_id, probability, pair_score, rank, tier)"
          " SELECT 1, id, 0.5, 1.0, CASE lead_id WHEN 'L003' THEN 1 WHEN 'L001' THEN 2 ELSE 3 END, NULL FROM leads");
  // Written through the window's own connection, which the data version does not count.
  window.leadModel()->refresh();
  QVERIFY2(window.bannerText().contains(u"asllr-car"_s), qPrintable(window.bannerText()));
  QVERIFY(!window.bannerText().contains(u"Funnel+Recency"_s));
  QCOMPARE(leadIds(window.leadModel()), (QStringList{u"L003"_s, u"L001"_s, u"L002"_s}));
  QCOMPARE(window.leadModel()->data(window.leadModel()->index(0, QueueModel::Probability)).toString(),
           QLocale().toString(50.0, 'f', 1) + QLocale().percent());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
