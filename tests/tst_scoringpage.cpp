// The scoring screen: shows what a checkpoint holds, refuses folders that are not one, scores a
// workspace on a worker thread with progress, and the queues then rank by the model.
#include "crm/importjob.h"
#include "crm/workspace.h"
#include "engine/checkpoint.h"
#include "engine/funnel.h"
#include "engine/model/threads.h"
#include "mainwindow.h"
#include "queuepage.h"
#include "scoringpage.h"
#include "testutil.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ll::engine;

namespace {

const std::string kTokenizer = std::string(LL_TEST_DATA_DIR) + "/tokenizer/trained.tokenizer.json";

const QString kLeads =
    u"Lead ID,Created,Channel,City,Specialist\n"
    u"L01,2026-03-01 09:30,App,Hangzhou,S1\n"
    u"L02,2026-03-02,Website,Suzhou,S1\n"
    u"L03,2026-03-03,Referral,Wuxi,S2\n"
    u"L04,2026-03-03,App,Hangzhou,S2\n"
    u"L05,2026-03-04,Website,Ningbo,S1\n"_s;

const QString kActivities =
    u"Lead ID,Type,Date,Duration (s),Notes\n"
    u"L01,Call,2026-03-01 10:00,125,Lease ends next month\n"
    u"L01,Test drive,2026-03-05 14:00,,Liked the range\n"
    u"L02,Call,2026-03-02 11:00,30,Only comparing prices\n"
    u"L04,Store visit,2026-03-06 15:00,,Came with spouse\n"_s;

ll::model::Qwen2Config tinyConfig() {
  ll::model::Qwen2Config c;
  c.vocabSize = 704;
  c.hiddenSize = 32;
  c.intermediateSize = 64;
  c.numHiddenLayers = 2;
  c.numAttentionHeads = 4;
  c.numKeyValueHeads = 2;
  c.maxPositionEmbeddings = 512;
  c.tieWordEmbeddings = true;
  return c;
}

}  // namespace

class TestScoringPage : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString m_workspaceDir;
  QString m_modelDir;

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    ll::model::setIntraOpThreads(1);
    m_workspaceDir = m_dir.path() + u"/ws"_s;
    auto ws = ll::crm::Workspace::open(m_workspaceDir);
    QVERIFY(ws.has_value());
    for (const auto& [name, text] : {std::pair{u"leads.csv"_s, kLeads}, std::pair{u"activities.csv"_s, kActivities}}) {
      ll::crm::ImportOptions o;
      o.path = lltest::writeText(m_dir.path(), name, text);
      const auto r = ll::crm::ImportJob(**ws, o).run();
      QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    }
    auto model = randomAsLlr(tinyConfig(), 300, 301, 11, 0);
    CheckpointManifest manifest;
    manifest.serializer = SerializerSpec::defaults("en", 96);
    manifest.yesTokenId = 300;
    manifest.noTokenId = 301;
    manifest.funnel = nlohmann::json::parse(FunnelDefinition::carDefault().toJson());
    manifest.metrics = {{"auc", 0.5}};
    m_modelDir = m_dir.path() + u"/model"_s;
    CheckpointSaveOptions so;
    so.tokenizerPath = kTokenizer;
    saveCheckpoint(m_modelDir.toStdString(), model, manifest, so);
  }

  void showsWhatTheCheckpointHolds() {
    ll::ui::ScoringPage page;
    QVERIFY(page.setModelDirectory(m_modelDir));
    const auto summary = page.findChild<QLabel*>(u"modelSummary"_s)->text();
    QVERIFY2(summary.contains(u"2 layers"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"car-retail"_s));
    QVERIFY(summary.contains(u"96 tokens"_s));
    // Scoring needs a workspace.
    QVERIFY(!page.startScoring());
  }

  void refusesFoldersThatAreNotCheckpoints() {
    ll::ui::ScoringPage page;
    page.setDatabasePath(m_workspaceDir + u"/workspace.sqlite"_s);
    QVERIFY(!page.setModelDirectory(m_dir.path()));
    const auto summary = page.findChild<QLabel*>(u"modelSummary"_s)->text();
    QVERIFY2(summary.contains(u"manifest.json"_s), qPrintable(summary));
    QVERIFY(!page.startScoring());
  }

  void scoresOnAWorkerAndTheQueueFollowsTheModel() {
    ll::ui::MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openWorkspace(m_workspaceDir));
    auto* page = window.scoringPage();
    QVERIFY(page);
    QVERIFY(page->setModelDirectory(m_modelDir));
    const QString before = window.queuePage()->policyText();
    QSignalSpy finished(page, &ll::ui::ScoringPage::scoringFinished);
    QVERIFY(page->startScoring());
    QVERIFY(page->isScoring());
    QVERIFY(!page->startScoring());  // one run at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(page->resultText().contains(u"5 leads ranked"_s) || page->resultText().contains(u"leads ranked"_s),
             qPrintable(page->resultText()));
    QCOMPARE(page->progressValue(), 100);
    QVERIFY(!page->isScoring());
    auto ws = ll::crm::Workspace::open(m_workspaceDir);
    QVERIFY(ws.has_value());
    const int open = lltest::count(**ws, "SELECT count(*) FROM leads WHERE outcome IS NULL");
    QCOMPARE(lltest::count(**ws, "SELECT count(*) FROM scores WHERE run_id=(SELECT max(id) FROM scoring_runs)"), open);
    QTRY_VERIFY(window.queuePage()->policyText() != before);

    // The same model again: nothing changed, so every score is reused.
    finished.clear();
    QVERIFY(page->startScoring());
    QVERIFY(finished.wait(60000));
    QVERIFY2(page->resultText().contains(u"0 scored by the model"_s), qPrintable(page->resultText()));
  }
};

QTEST_MAIN(TestScoringPage)
#include "tst_scoringpage.moc"
