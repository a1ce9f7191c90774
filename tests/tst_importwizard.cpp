// The import wizard driven offscreen page by page on a fixture export, the settings dialog
// (palette and language applied live) and the log panel fed from another thread.
//
// tests/data/wizard/leads-semicolon.csv: UTF-8 with BOM, ';'-separated, CRLF, seven columns of
// which six have known header synonyms; row 4 (W003) has "not a date" in its Created column.

#include "crm/csvreader.h"
#include "crm/importjob.h"
#include "crm/workspace.h"
#include "importwizard.h"
#include "queuemodel.h"
#include "queuepage.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "palette.h"
#include "settingsdialog.h"
#include "testutil.h"
#include "translations.h"

#include "common/logging.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using ll::crm::Field;
using ll::crm::Workspace;
using ll::ui::ImportWizard;
using ll::ui::LogLevel;
using ll::ui::LogModel;
using ll::ui::LogPanel;
using ll::ui::MainWindow;

namespace {

constexpr int kTaskTimeoutMs = 60'000;

QString fixture() {
  return QStringLiteral(LL_TEST_DATA_DIR) + u"/wizard/leads-semicolon.csv"_s;
}

// `rows` leads, every one valid except those in `badRows` (spreadsheet rows), whose duration is
// not a number.
QByteArray generatedCsv(int rows, const QList<int>& badRows = {}) {
  QByteArray csv = "Lead ID,Created,Channel,City,Last call duration (s)\n";
  csv.reserve(rows * 48);
  for (int i = 0; i < rows; ++i) {
    const int spreadsheetRow = i + 2;
    csv += "G" + QByteArray::number(i).rightJustified(7, '0') + ",2026-02-01 10:00,App,Ningbo," +
           (badRows.contains(spreadsheetRow) ? QByteArray("long") : QByteArray::number(30 + i % 200)) + "\n";
  }
  return csv;
}

int findData(QComboBox* combo, const QVariant& data) {
  const int index = combo->findData(data);
  if (index < 0) qFatal("combo item missing");
  return index;
}

bool nextEnabled(QWizard& wizard) {
  const auto* next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
  return next->isEnabled();
}

// Pages 1-3: file, preview, mapping.
void advanceToMapping(ImportWizard& wizard, const QString& path) {
  wizard.setFilePath(path);
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
  QVERIFY2(wizard.previewError().isEmpty(), qPrintable(wizard.previewError()));
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
}

void runDryRun(ImportWizard& wizard) {
  QSignalSpy dryRun(&wizard, &ImportWizard::dryRunFinished);
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
  QVERIFY(wizard.isBusy() || dryRun.count() == 1);
  QTRY_COMPARE_WITH_TIMEOUT(dryRun.count(), 1, kTaskTimeoutMs);
  QVERIFY2(dryRun.at(0).at(0).toBool(), qPrintable(wizard.summaryLabel()->text()));
}

}  // namespace

class TestImportWizard : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();

  void previewShowsDetectionAndRereadsOnChange();
  void titleLinesAreFoundAndTheHeaderRowCanBeChosen();
  void mappingSuggestsKnownHeaders();
  void dryRunRejectsJumpToTheRowAndSkippingImports();
  void jumpRereadsThePreviewBeyondTheFirstRows();
  void savedProfileIsPickedByHeader();
  void cancelledImportLeavesWorkspaceUnchanged();
  void settingsApplyPaletteLanguageAndKeys();
  void windowRestoresPageSplittersAndPanel();
  void logPanelReceivesRecordsFromOtherThreads();
  void logModelKeepsANewestRing();
  void coreTextsFollowTheUiLanguage();

 private:
  std::unique_ptr<Workspace> freshWorkspace(const QString& name);
  QTemporaryDir m_root;
};

void TestImportWizard::initTestCase() {
  QVERIFY(m_root.isValid());
  qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.filePath(u"xdg-data"_s)));
  QCoreApplication::setOrganizationName(u"LeadLadderTests"_s);
  QCoreApplication::setApplicationName(u"tst_importwizard"_s);
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_root.filePath(u"settings"_s));
  ll::ui::applyLanguage(u"en"_s);
}

std::unique_ptr<Workspace> TestImportWizard::freshWorkspace(const QString& name) {
  auto opened = Workspace::open(m_root.filePath(name), Workspace::OpenMode::CreateIfMissing);
  if (!opened) qFatal("cannot open workspace: %s", qPrintable(opened.error().toString()));
  return std::move(*opened);
}

void TestImportWizard::previewShowsDetectionAndRereadsOnChange() {
  auto ws = freshWorkspace(u"preview"_s);
  ImportWizard wizard(*ws);
  wizard.show();
  QVERIFY(!nextEnabled(wizard));  // no file yet
  wizard.setFilePath(m_root.filePath(u"missing.csv"_s));
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));  // a missing file stops on the first page

  wizard.setFilePath(fixture());
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
  QAbstractItemModelTester tester(wizard.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
  const auto& preview = wizard.preview();
  QCOMPARE(preview.delimiter, ';');
  QCOMPARE(preview.encoding, u"UTF-8"_s);
  QVERIFY(preview.hadBom);
  QCOMPARE(wizard.previewModel()->columnCount(), 7);
  QCOMPARE(wizard.previewModel()->rowCount(), 4);
  QCOMPARE(wizard.previewModel()->headerData(0, Qt::Vertical).toString(), u"2"_s);
  QCOMPARE(wizard.previewModel()->headerData(1, Qt::Horizontal).toString(), u"Created"_s);
  QVERIFY2(wizard.delimiterCombo()->currentText().contains(u';'), qPrintable(wizard.delimiterCombo()->currentText()));
  QVERIFY2(wizard.encodingCombo()->currentText().contains(u"UTF-8"_s), qPrintable(wizard.encodingCombo()->currentText()));
  QVERIFY(wizard.detectionLabel()->text().contains(u"UTF-8"_s));
  QVERIFY(!wizard.sheetCombo()->isVisibleTo(&wizard));

  // A comma finds no separator in these lines: one column holding the whole line.
  wizard.delimiterCombo()->setCurrentIndex(findData(wizard.delimiterCombo(), u","_s));
  QCOMPARE(wizard.preview().delimiter, ',');
  QCOMPARE(wizard.previewModel()->columnCount(), 1);
  QVERIFY(wizard.previewModel()->index(0, 0).data().toString().startsWith(u"W001;"_s));
  wizard.delimiterCombo()->setCurrentIndex(findData(wizard.delimiterCombo(), u";"_s));
  QCOMPARE(wizard.previewModel()->columnCount(), 7);

  // An encoding that contradicts the byte order mark is refused with a message; Next waits.
  wizard.encodingCombo()->setCurrentIndex(findData(wizard.encodingCombo(), u"UTF-16LE"_s));
  QVERIFY(!wizard.previewError().isEmpty());
  QVERIFY(wizard.detectionLabel()->text().contains(wizard.previewError()));
  QVERIFY(!nextEnabled(wizard));
  wizard.encodingCombo()->setCurrentIndex(0);
  QVERIFY(wizard.previewError().isEmpty());
  QVERIFY(nextEnabled(wizard));
}

void TestImportWizard::titleLinesAreFoundAndTheHeaderRowCanBeChosen() {
  // A DMS report: a title and the export's date above the header, one lead with a bad duration.
  const QString path = m_root.filePath(u"titled.csv"_s);
  {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Lead export from the DMS\nExported,2026-02-02 07:00\n" + generatedCsv(5, {6}));
  }
  auto ws = freshWorkspace(u"titled"_s);
  ImportWizard wizard(*ws);
  wizard.show();
  wizard.setFilePath(path);
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
  QCOMPARE(wizard.headerRowSpin()->value(), 0);  // found, not chosen
  QVERIFY2(wizard.headerRowSpin()->text().contains(u"3"_s), qPrintable(wizard.headerRowSpin()->text()));
  QCOMPARE(wizard.preview().headerRow, 3);
  QCOMPARE(wizard.previewModel()->headerData(0, Qt::Horizontal).toString(), u"Lead ID"_s);
  QCOMPARE(wizard.previewModel()->headerData(0, Qt::Vertical).toString(), u"4"_s);
  QCOMPARE(wizard.previewModel()->rowCount(), 5);
  QVERIFY2(wizard.detectionLabel()->text().contains(u"row 3"_s), qPrintable(wizard.detectionLabel()->text()));

  // Choosing row 1 reads the title as the header; row 3 again gives the columns back.
  wizard.headerRowSpin()->setValue(1);
  QCOMPARE(wizard.preview().headerRow, 1);
  QCOMPARE(wizard.previewModel()->headerData(0, Qt::Horizontal).toString(), u"Lead export from the DMS"_s);
  wizard.headerRowSpin()->setValue(3);
  QCOMPARE(wizard.previewModel()->headerData(0, Qt::Horizontal).toString(), u"Lead ID"_s);
  QCOMPARE(wizard.currentProfile().headerRow, 3);

  // The dry run names the bad row by its row in the file; the valid rows then land.
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
  runDryRun(wizard);
  QCOMPARE(wizard.dryRunReport()->rowsRead, 5);
  QCOMPARE(wizard.rejectsView()->model()->rowCount(), 1);
  // generatedCsv's row 6 (the fifth lead) is row 8 below the two title lines.
  QCOMPARE(wizard.rejectsView()->model()->index(0, 0).data().toString(), u"8"_s);
  wizard.skipInvalidCheck()->setChecked(true);
  QSignalSpy finished(&wizard, &ImportWizard::importFinished);
  wizard.next();
  QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTaskTimeoutMs);
  QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
  QCOMPARE(wizard.importReport()->leadsInserted, 4);
  QCOMPARE(lltest::count(*ws, "SELECT count(*) FROM leads"), 4);
}

void TestImportWizard::mappingSuggestsKnownHeaders() {
  auto ws = freshWorkspace(u"mapping"_s);
  ImportWizard wizard(*ws);
  wizard.show();
  advanceToMapping(wizard, fixture());
  QCOMPARE(wizard.mappingTable()->rowCount(), 7);
  const Field expected[] = {Field::LeadId, Field::CreatedAt, Field::Channel, Field::City, Field::SpecialistId,
                            Field::TestDriveAt};
  for (int column = 0; column < 6; ++column)
    QCOMPARE(wizard.mappingCombo(column)->currentData().toInt(), int(expected[column]));
  QCOMPARE(wizard.mappingCombo(6)->currentData().toInt(), ImportWizard::kKeepAsAttribute);
  QCOMPARE(wizard.mappingTable()->item(0, 3)->data(Qt::UserRole).toString(), u"high"_s);
  QCOMPARE(wizard.mappingTable()->item(6, 3)->data(Qt::UserRole).toString(), u"none"_s);
  QCOMPARE(wizard.shapeCombo()->currentData().toInt(), int(ll::crm::ExportShape::PerLead));

  // The profile handed to the import is what the page shows, with the detected reading.
  auto profile = wizard.currentProfile();
  QCOMPARE(profile.columns.size(), std::size_t(7));
  QCOMPARE(profile.columns[1].field, std::optional<Field>(Field::CreatedAt));
  QVERIFY(!profile.columns[6].field);
  QCOMPARE(profile.delimiter, u";"_s);
  QCOMPARE(profile.encoding, u"UTF-8"_s);

  // Two columns for one field are refused before the dry run.
  wizard.mappingCombo(2)->setCurrentIndex(findData(wizard.mappingCombo(2), int(Field::City)));
  QCOMPARE(wizard.mappingTable()->item(2, 3)->data(Qt::UserRole).toString(), u"chosen"_s);
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
  // A per-interaction export needs a kind and a time column, which this file lacks.
  wizard.mappingCombo(2)->setCurrentIndex(findData(wizard.mappingCombo(2), int(Field::Channel)));
  wizard.shapeCombo()->setCurrentIndex(findData(wizard.shapeCombo(), int(ll::crm::ExportShape::PerInteraction)));
  wizard.next();
  QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
  wizard.shapeCombo()->setCurrentIndex(findData(wizard.shapeCombo(), int(ll::crm::ExportShape::PerLead)));
  QCOMPARE(wizard.mappingCombo(1)->currentData().toInt(), int(Field::CreatedAt));
}

void TestImportWizard::dryRunRejectsJumpToTheRowAndSkippingImports() {
  MainWindow window;
  window.setInteractive(false);
  QVERIFY(window.openWorkspace(m_root.filePath(u"dryrun"_s), Workspace::OpenMode::CreateIfMissing));
  QSignalSpy windowFinished(&window, &MainWindow::importFinished);
  ImportWizard* wizard = window.openImportWizard(fixture());
  QVERIFY(wizard);
  QCOMPARE(wizard->filePath(), fixture());
  wizard->show();
  advanceToMapping(*wizard, fixture());

  runDryRun(*wizard);
  const auto& report = *wizard->dryRunReport();
  QCOMPARE(report.status, ll::crm::ImportReport::Status::DryRun);
  QCOMPARE(report.rowsRead, 4);
  QCOMPARE(report.rowsRejected, 1);
  QCOMPARE(report.leadsInserted, 3);
  QCOMPARE(window.workspace()->stats()->leads, 0);  // a dry run writes nothing
  QVERIFY(wizard->summaryLabel()->text().contains(u"4 row"_s));

  auto* rejects = wizard->rejectsView()->model();
  QCOMPARE(rejects->rowCount(), 1);
  QCOMPARE(rejects->index(0, 0).data().toString(), u"4"_s);
  QCOMPARE(rejects->index(0, 1).data().toString(), u"Created"_s);
  QVERIFY(!rejects->index(0, 2).data().toString().isEmpty());
  QVERIFY(!nextEnabled(*wizard));  // rejected rows land only when they are left out

  // The rejection is an issue in the log panel: where and why, without the cell's value.
  const LogModel* log = window.logPanel()->model();
  // Records from the import's thread arrive queued, after any other warning: wait for this one.
  const auto rejection = [log]() -> int {
    for (int row = 0; row < log->rowCount(); ++row) {
      const auto& record = log->record(row);
      if (record.message.contains(u"row 4"_s) && record.message.contains(u"Created"_s)) return row;
    }
    return -1;
  };
  QTRY_VERIFY_WITH_TIMEOUT(rejection() >= 0, kTaskTimeoutMs);
  QVERIFY(log->issueCount() > 0);
  const auto& record = log->record(rejection());
  QCOMPARE(record.level, LogLevel::Warning);
  QVERIFY(!record.message.contains(u"not a date"_s));

  // Clicking the rejection selects its row (file row 4 = third data row) and cell in the preview.
  QTableView* rejectsView = wizard->rejectsView();
  QTest::mouseClick(rejectsView->viewport(), Qt::LeftButton, {},
                    rejectsView->visualRect(rejects->index(0, 2)).center());
  QTableView* previewView = wizard->validationPreviewView();
  const QModelIndex current = previewView->currentIndex();
  QCOMPARE(current.row(), 2);
  QCOMPARE(wizard->previewModel()->rowNumber(current.row()), 4);
  QCOMPARE(current.column(), 1);
  QVERIFY(previewView->selectionModel()->isRowSelected(2, {}));
  QCOMPARE(wizard->previewView()->currentIndex().row(), 2);

  wizard->skipInvalidCheck()->setChecked(true);
  QVERIFY(nextEnabled(*wizard));
  QSignalSpy finished(wizard, &ImportWizard::importFinished);
  wizard->next();
  QCOMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));
  QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTaskTimeoutMs);
  QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
  QCOMPARE(wizard->importReport()->status, ll::crm::ImportReport::Status::ImportedWithRejects);
  QCOMPARE(wizard->importReport()->leadsInserted, 3);
  QCOMPARE(wizard->importReport()->rowsRejected, 1);
  QVERIFY(wizard->reportText().contains(u"row 4"_s));
  QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());

  // The window took the result: counts, lead list and its own signal.
  QCOMPARE(windowFinished.count(), 1);
  QVERIFY(windowFinished.at(0).at(0).toBool());
  QCOMPARE(window.workspace()->stats()->leads, 3);
  QCOMPARE(window.leadModel()->rowCount(), 3);
  // The mapping used is remembered for the next export with the same columns.
  auto remembered = window.workspace()->rememberedProfile(ll::crm::headerSignature(wizard->preview().header));
  QVERIFY(remembered && *remembered);
  QCOMPARE((*remembered)->delimiter, u";"_s);
  wizard->accept();
}

void TestImportWizard::jumpRereadsThePreviewBeyondTheFirstRows() {
  auto ws = freshWorkspace(u"jump"_s);
  const QString csv = lltest::writeFile(m_root.path(), u"far.csv"_s, generatedCsv(300, {151}));
  ImportWizard wizard(*ws);
  wizard.show();
  advanceToMapping(wizard, csv);
  QCOMPARE(wizard.previewModel()->rowCount(), ImportWizard::kPreviewRows);
  QCOMPARE(wizard.previewModel()->indexOfRow(151), -1);
  runDryRun(wizard);
  QCOMPARE(wizard.dryRunReport()->rowsRejected, 1);
  QCOMPARE(wizard.dryRunReport()->rejects.front().row, 151);

  wizard.rejectsView()->setCurrentIndex(wizard.rejectsView()->model()->index(0, 0));
  const QModelIndex current = wizard.validationPreviewView()->currentIndex();
  QVERIFY(current.isValid());
  QCOMPARE(wizard.previewModel()->rowNumber(current.row()), 151);
  QCOMPARE(wizard.previewModel()->headerData(current.column(), Qt::Horizontal).toString(),
           u"Last call duration (s)"_s);
  QCOMPARE(wizard.previewModel()->index(current.row(), current.column()).data().toString(), u"long"_s);
  QCOMPARE(ws->stats()->leads, 0);
}

void TestImportWizard::savedProfileIsPickedByHeader() {
  auto ws = freshWorkspace(u"profiles"_s);
  {
    ImportWizard wizard(*ws);
    wizard.show();
    advanceToMapping(wizard, fixture());
    QCOMPARE(wizard.profileCombo()->currentIndex(), 0);  // nothing saved yet: automatic
    // The person decides the colour column is not wanted and the channel is the store.
    wizard.mappingCombo(6)->setCurrentIndex(findData(wizard.mappingCombo(6), ImportWizard::kIgnoreColumn));
    wizard.mappingCombo(2)->setCurrentIndex(findData(wizard.mappingCombo(2), int(Field::StoreId)));
    QVERIFY(wizard.saveProfileAs(u"Weekly CRM export"_s));
  }
  QVERIFY(QFileInfo::exists(ws->profilesDirectory()));
  ImportWizard wizard(*ws);
  wizard.show();
  advanceToMapping(wizard, fixture());
  QCOMPARE(wizard.profileCombo()->currentIndex(), 1);
  QVERIFY(wizard.profileCombo()->currentText().contains(u"Weekly CRM export"_s));
  QVERIFY(wizard.profileLabel()->text().contains(u"Weekly CRM export"_s));
  QCOMPARE(wizard.mappingCombo(2)->currentData().toInt(), int(Field::StoreId));
  QCOMPARE(wizard.mappingCombo(6)->currentData().toInt(), ImportWizard::kIgnoreColumn);
  QCOMPARE(wizard.mappingTable()->item(0, 3)->data(Qt::UserRole).toString(), u"profile"_s);
  // Back to the automatic suggestion.
  wizard.profileCombo()->setCurrentIndex(0);
  QCOMPARE(wizard.mappingCombo(2)->currentData().toInt(), int(Field::Channel));
}

void TestImportWizard::cancelledImportLeavesWorkspaceUnchanged() {
  auto ws = freshWorkspace(u"cancel"_s);
  // Something in the workspace first, so that "unchanged" is about real content.
  ll::crm::ImportOptions first;
  first.path = fixture();
  first.skipInvalidRows = true;
  QVERIFY(ll::crm::ImportJob(*ws, first).run().has_value());
  const QByteArray before = lltest::dumpWorkspace(*ws);
  QCOMPARE(ws->stats()->leads, 3);

  // Large enough that the import is still reading when the cancel arrives (the job looks at
  // the flag every 4,096 rows).
  const QString csv = lltest::writeFile(m_root.path(), u"big.csv"_s, generatedCsv(120'000));
  ImportWizard wizard(*ws);
  wizard.show();
  advanceToMapping(wizard, csv);
  runDryRun(wizard);
  QCOMPARE(wizard.dryRunReport()->rowsRejected, 0);
  QCOMPARE(wizard.dryRunReport()->leadsInserted, 120'000);

  QSignalSpy finished(&wizard, &ImportWizard::importFinished);
  QSignalSpy busy(&wizard, &ImportWizard::workspaceBusyChanged);
  wizard.next();
  QVERIFY(wizard.isBusy());
  auto* cancel = wizard.findChild<QPushButton*>(u"importCancel"_s);
  QVERIFY(cancel && cancel->isVisible());
  QTest::mouseClick(cancel, Qt::LeftButton);
  QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTaskTimeoutMs);
  QVERIFY(!finished.at(0).at(0).toBool());
  QVERIFY(!wizard.importReport());
  QCOMPARE(busy.count(), 2);
  QCOMPARE(busy.at(1).at(0).toBool(), false);
  QCOMPARE(lltest::dumpWorkspace(*ws), before);

  // Cancelling the whole wizard during a dry run also stops the worker before returning.
  ImportWizard again(*ws);
  again.show();
  advanceToMapping(again, csv);
  again.next();
  QVERIFY(again.isBusy());
  again.reject();
  QVERIFY(!again.isBusy());
  QCOMPARE(lltest::dumpWorkspace(*ws), before);
}

void TestImportWizard::settingsApplyPaletteLanguageAndKeys() {
  MainWindow window;
  window.setInteractive(false);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  auto* dialog = window.openSettings();
  QVERIFY(dialog);

  using ll::ui::isDark;
  const QPalette original = QApplication::palette();
  dialog->paletteCombo()->setCurrentIndex(findData(dialog->paletteCombo(), u"dark"_s));
  QCOMPARE(ll::ui::currentTheme(), ll::ui::Theme::Dark);
  QVERIFY(isDark(QApplication::palette()));
  QCOMPARE(QSettings().value(ll::ui::kThemeSettingsKey).toString(), u"dark"_s);
  // Tables are readable: light text on a dark base, in the lead list too.
  const QPalette table = window.leadView()->palette();
  QVERIFY(table.color(QPalette::Base).lightness() < 80);
  QVERIFY(table.color(QPalette::Text).lightness() > 180);
  QVERIFY(table.color(QPalette::AlternateBase) != table.color(QPalette::Base));
  QVERIFY(table.color(QPalette::HighlightedText).lightness() > 180);

  dialog->paletteCombo()->setCurrentIndex(findData(dialog->paletteCombo(), u"light"_s));
  QVERIFY(!isDark(QApplication::palette()));
  QVERIFY(window.leadView()->palette().color(QPalette::Base).lightness() > 200);
  dialog->paletteCombo()->setCurrentIndex(findData(dialog->paletteCombo(), u"system"_s));
  QCOMPARE(ll::ui::currentTheme(), ll::ui::Theme::System);
  QCOMPARE(QApplication::palette().color(QPalette::Base), original.color(QPalette::Base));
  QCOMPARE(window.leadView()->palette().color(QPalette::Text), original.color(QPalette::Text));

  // Language: applied at once through the translations, and remembered.
  const QString fileMenu = window.menuBar()->actions().first()->text();
  QCOMPARE(fileMenu, u"&File"_s);
  dialog->languageCombo()->setCurrentIndex(findData(dialog->languageCombo(), u"zh_CN"_s));
  QTRY_COMPARE(ll::ui::currentLanguageSetting(), u"zh_CN"_s);
  QTRY_VERIFY(window.menuBar()->actions().first()->text() != fileMenu);
  QCOMPARE(QSettings().value(ll::ui::kLanguageSettingsKey).toString(), u"zh_CN"_s);
  dialog->languageCombo()->setCurrentIndex(findData(dialog->languageCombo(), u"en"_s));
  QTRY_COMPARE(window.menuBar()->actions().first()->text(), fileMenu);

  // Keys other parts of the application read.
  dialog->maskPhonesCheck()->setChecked(!dialog->maskPhonesCheck()->isChecked());
  QCOMPARE(QSettings().value(ll::ui::kMaskPhonesKey).toBool(), dialog->maskPhonesCheck()->isChecked());
  dialog->hotListSpin()->setValue(250);
  QCOMPARE(QSettings().value(ll::ui::kHotListSizeKey).toInt(), 250);
  auto* queueHotList = window.queuePage()->findChild<QSpinBox*>(u"hotListSize"_s);
  QVERIFY(queueHotList);
  QCOMPARE(queueHotList->value(), 250);
  dialog->logLevelCombo()->setCurrentIndex(findData(dialog->logLevelCombo(), int(LogLevel::Warning)));
  QCOMPARE(window.logPanel()->model()->recordLevel(), LogLevel::Warning);
  QCOMPARE(ll::ui::storedLogLevel(), LogLevel::Warning);
  // Application-wide: the loggers themselves (and so the workspace's log file) drop info lines.
  QCOMPARE(ll::log::level(), spdlog::level::warn);
  QVERIFY(!ll::log::get("import")->should_log(spdlog::level::info));
  QVERIFY(ll::log::get("a-logger-made-later")->should_log(spdlog::level::warn));
  QVERIFY(!ll::log::get("a-logger-made-later")->should_log(spdlog::level::info));
  dialog->logLevelCombo()->setCurrentIndex(findData(dialog->logLevelCombo(), int(LogLevel::Info)));
  QVERIFY(ll::log::get("import")->should_log(spdlog::level::info));
  dialog->reject();

  // Shortcuts are in the menus.
  bool settingsShortcut = false, logShortcut = false;
  for (QAction* menu : window.menuBar()->actions())
    for (QAction* action : menu->menu()->actions()) {
      settingsShortcut |= action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma);
      logShortcut |= action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    }
  QVERIFY(settingsShortcut);
  QVERIFY(logShortcut);
}

void TestImportWizard::windowRestoresPageSplittersAndPanel() {
  int lastPage = -1;
  QList<int> sizes;
  {
    MainWindow window;
    window.setInteractive(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.pages()->count() > 1);
    window.logPanel()->show();
    auto* splitter = window.findChild<QSplitter*>(u"queueSplitter"_s);
    QVERIFY(splitter);
    QVERIFY(splitter->isVisible());
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total / 3, total - total / 3});
    sizes = splitter->sizes();
    lastPage = window.pages()->count() - 1;
    window.pages()->setCurrentIndex(lastPage);
    window.close();
  }
  MainWindow window;
  window.setInteractive(false);
  window.show();
  QVERIFY(QTest::qWaitForWindowExposed(&window));
  QCOMPARE(window.pages()->currentIndex(), lastPage);
  QVERIFY(window.logPanel()->isVisible());
  window.pages()->setCurrentIndex(0);
  auto* splitter = window.findChild<QSplitter*>(u"queueSplitter"_s);
  QTRY_VERIFY(splitter->isVisible());
  QCOMPARE(splitter->sizes(), sizes);
  window.logPanel()->hide();
  window.close();
}

void TestImportWizard::logPanelReceivesRecordsFromOtherThreads() {
  LogPanel panel;
  LogModel* model = panel.model();
  QAbstractItemModelTester tester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
  std::thread worker([] {
    ll::log::get("wizardtest")->info("worker says hello {}", 1);
    ll::log::get("wizardtest")->warn("worker found a problem {}", 2);
    ll::log::get("wizardtest")->debug("below the panel's level");
  });
  worker.join();
  const auto find = [model](const QString& text) {
    for (int row = 0; row < model->rowCount(); ++row)
      if (model->record(row).message == text) return row;
    return -1;
  };
  QTRY_VERIFY(find(u"worker found a problem 2"_s) >= 0);
  const int info = find(u"worker says hello 1"_s);
  QVERIFY(info >= 0);
  QCOMPARE(model->record(info).source, u"wizardtest"_s);
  QCOMPARE(model->record(info).level, LogLevel::Info);
  QCOMPARE(find(u"below the panel's level"_s), -1);
  QVERIFY(model->issueCount() >= 1);

  // The issues view keeps warnings and errors only.
  panel.setIssuesOnly(true);
  bool sawWarning = false;
  for (int row = 0; row < panel.filterModel()->rowCount(); ++row) {
    const auto level = LogLevel(panel.filterModel()->index(row, 0).data(LogModel::LevelRole).toInt());
    QVERIFY(level >= LogLevel::Warning);
    sawWarning |= panel.filterModel()->index(row, LogModel::MessageColumn).data().toString() == u"worker found a problem 2"_s;
  }
  QVERIFY(sawWarning);
  panel.setIssuesOnly(false);
  QVERIFY(panel.filterModel()->rowCount() > 1);

  // Once the panel is gone, logging from anywhere is harmless.
  std::thread late([] { ll::log::get("wizardtest")->warn("after the panel"); });
  late.join();
}

void TestImportWizard::logModelKeepsANewestRing() {
  LogModel model(nullptr, 3);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
  std::vector<ll::ui::LogRecord> records;
  for (int i = 0; i < 5; ++i)
    records.push_back({QDateTime::currentDateTime(), i % 2 ? LogLevel::Error : LogLevel::Info, u"t"_s,
                       QString::number(i)});
  model.append(records);
  QCOMPARE(model.rowCount(), 3);
  QCOMPARE(model.record(0).message, u"2"_s);
  QCOMPARE(model.issueCount(), 1);  // record 3
  model.append({{QDateTime::currentDateTime(), LogLevel::Warning, u"t"_s, u"5"_s}});
  QCOMPARE(model.rowCount(), 3);
  QCOMPARE(model.record(0).message, u"3"_s);
  QCOMPARE(model.issueCount(), 2);
  model.clear();
  QCOMPARE(model.rowCount(), 0);
  QCOMPARE(model.issueCount(), 0);
}

// Reasons, reports and reader errors made in core follow the UI language; the CLI, which loads
// no translation, keeps the English source texts.
void TestImportWizard::coreTextsFollowTheUiLanguage() {
  const auto restoreEnglish = qScopeGuard([] { ll::ui::applyLanguage(u"en"_s); });
  const auto hasCjk = [](const QString& text) {
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
  };
  auto ws = freshWorkspace(u"language"_s);
  const QString csv = lltest::writeFile(m_root.path(), u"language.csv"_s,
                                        "Lead ID,Created,Channel,City,Last call duration (s)\n"
                                        "L001,2026-02-30 10:00,App,Ningbo,45\n"
                                        "L002,2026-02-01 10:00,App,Ningbo,long\n"
                                        "L003,1970-01-01 10:00,App,Ningbo,60\n"
                                        "L004,2026-02-01 11:00,App,Ningbo,75\n");
  const QString empty = lltest::writeFile(m_root.path(), u"empty.csv"_s, QByteArray());

  // The reasons of a dry run, as the wizard's validation page lists them.
  const auto dryRunReasons = [&](ll::crm::ImportReport& report) -> QStringList {
    ImportWizard wizard(*ws);
    wizard.show();
    advanceToMapping(wizard, csv);
    runDryRun(wizard);
    if (QTest::currentTestFailed() || !wizard.dryRunReport()) return {};
    report = *wizard.dryRunReport();
    QStringList shown;
    const auto* rejects = wizard.rejectsView()->model();
    for (int row = 0; row < rejects->rowCount(); ++row) shown << rejects->index(row, 2).data().toString();
    return shown;
  };

  QVERIFY(ll::ui::applyLanguage(u"zh_CN"_s));
  ll::crm::ImportReport report;
  QStringList shown = dryRunReasons(report);
  QCOMPARE(report.rowsRejected, 3);
  QCOMPARE(shown.size(), 3);
  QCOMPARE(report.rejects[0].category, u"bad_date"_s);
  QCOMPARE(report.rejects[1].category, u"bad_duration"_s);
  QCOMPARE(report.rejects[2].category, u"date_out_of_range"_s);  // told apart without reading the text
  for (int i = 0; i < 3; ++i) {
    QVERIFY2(hasCjk(shown[i]), qPrintable(shown[i]));
    QCOMPARE(shown[i], report.rejects[static_cast<std::size_t>(i)].reason);
  }
  QVERIFY2(shown[0].contains(u"'2026-02-30 10:00'"_s), qPrintable(shown[0]));
  QVERIFY2(!shown[0].contains(u"not a date"_s), qPrintable(shown[0]));
  QVERIFY2(shown[1].contains(u"'long'"_s), qPrintable(shown[1]));
  QVERIFY2(!shown[1].contains(u"not a duration"_s), qPrintable(shown[1]));
  QVERIFY2(shown[2].contains(u"'1970-01-01 10:00'"_s) && shown[2].contains(u"1990"_s), qPrintable(shown[2]));
  const QString text = report.toText();
  QVERIFY2(hasCjk(text) && !text.contains(u"rows read"_s), qPrintable(text));
  auto emptyFile = ll::crm::CsvReader::open(empty);
  QVERIFY(!emptyFile);
  QVERIFY2(hasCjk(emptyFile.error().message), qPrintable(emptyFile.error().message));

  QVERIFY(ll::ui::applyLanguage(u"en"_s));
  shown = dryRunReasons(report);
  QCOMPARE(shown, (QStringList{u"'2026-02-30 10:00' is not a date: February 2026 has 28 days"_s,
                               u"'long' is not a duration: write seconds (83), m:ss (1:23) or h:mm:ss"_s,
                               u"'1970-01-01 10:00' is out of range: years 1990 to 2100 are accepted"_s}));
  QCOMPARE(report.rejects[2].category, u"date_out_of_range"_s);
  QVERIFY(report.toText().contains(u"  rows read: 4, rejected: 3\n"_s));
  emptyFile = ll::crm::CsvReader::open(empty);
  QVERIFY(!emptyFile);
  QVERIFY2(emptyFile.error().message.startsWith(u"Nothing to import: the file is empty."_s),
           qPrintable(emptyFile.error().message));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
