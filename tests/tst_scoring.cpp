// Batched scoring and the scoring job: the fast forward equals the model's own, a lead's score
// does not depend on its batch, progress and cancel work, and a scoring run over a workspace is
// written whole, ranked 1..N, reused when nothing changed and partly refreshed when one lead did.
// Engine errors (a broken checkpoint) reach the user through the jobs in the UI language.

#include "crm/importjob.h"
#include "crm/workspace.h"
#include "engine/checkpoint.h"
#include "engine/model/threads.h"
#include "engine/safetensors.h"
#include "engine/scorer.h"
#include "jobs/enginetext.h"
#include "jobs/explainer.h"
#include "jobs/modelinfo.h"
#include "jobs/scoringjob.h"
#include "testutil.h"

#include <torch/cuda.h>

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

using namespace Qt::StringLiterals;
using namespace ll::engine;
using ll::tokenizer::TokenId;

namespace {

const std::string kTokenizer = std::string(LL_TEST_DATA_DIR) + "/tokenizer/trained.tokenizer.json";

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

std::vector<std::vector<TokenId>> randomInputs(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> len(1, 90);
  std::uniform_int_distribution<int> id(0, 703);
  std::vector<std::vector<TokenId>> out(n);
  for (auto& seq : out) {
    seq.resize(static_cast<std::size_t>(len(rng)));
    for (auto& t : seq) t = static_cast<TokenId>(id(rng));
  }
  return out;
}

const QString kLeads =
    u"Lead ID,Created,Channel,City,Model\n"
    u"L01,2026-03-01 09:30,App,Hangzhou,Model Y\n"
    u"L02,2026-03-02,Website,Suzhou,Model 3\n"
    u"L03,2026-03-03,Referral,Wuxi,Model Y\n"
    u"L04,2026-03-03,App,Hangzhou,Model 3\n"
    u"L05,2026-03-04,Website,Ningbo,Model S\n"
    u"L06,2026-03-05,Store,Hangzhou,Model Y\n"
    u"L07,2026-03-05,App,Suzhou,Model X\n"
    u"L08,2026-03-06,Website,Wuxi,Model 3\n"_s;

const QString kActivities =
    u"Lead ID,Type,Date,Duration (s),Notes\n"
    u"L01,Call,2026-03-01 10:00,125,Lease ends next month\n"
    u"L01,Test drive,2026-03-05 14:00,,Liked the range\n"
    u"L02,Call,2026-03-02 11:00,30,Only comparing prices\n"
    u"L03,Call,2026-03-04 11:00,0,\n"
    u"L04,Store visit,2026-03-06 15:00,,Came with spouse\n"
    u"L06,Call,2026-03-07 09:00,300,Wants delivery before May\n"_s;

}  // namespace

class TestScoring : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    ll::model::setIntraOpThreads(1);
  }

  void fastForwardMatchesTheModel() {
    auto model = randomAsLlr(tinyConfig(), 300, 301, 5, 4);
    const auto inputs = randomInputs(12, 1);
    std::vector<double> pair, point, yesNo;
    {
      torch::NoGradGuard noGrad;
      for (const auto& seq : inputs) {
        std::vector<std::int64_t> ids(seq.begin(), seq.end());
        const auto t = torch::tensor(ids, torch::kInt64).unsqueeze(0);
        const auto out = model->forward(t, torch::ones_like(t));  // LoRA not merged here
        pair.push_back(out.pairScore.item<double>());
        point.push_back(out.pointLogit.item<double>());
        yesNo.push_back((out.yesNoLogits[0][0] - out.yesNoLogits[0][1]).item<double>());
      }
    }
    Scorer scorer(model, Calibration{"platt", 2.0, 0.5}, ScorerOptions{});
    const auto scores = scorer.score(inputs);
    QVERIFY(scores.has_value());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      QVERIFY2(std::abs((*scores)[i].pairScore - pair[i]) < 1e-5, qPrintable(QString::number(i)));
      QVERIFY(std::abs((*scores)[i].pointLogit - point[i]) < 1e-5);
      QVERIFY(std::abs((*scores)[i].yesNoLogit - yesNo[i]) < 1e-5);
      QVERIFY(std::abs((*scores)[i].probability - 1.0 / (1.0 + std::exp(-(2.0 * point[i] + 0.5)))) < 1e-6);
    }
  }

  void scoreDoesNotDependOnTheBatch() {
    auto model = randomAsLlr(tinyConfig(), 300, 301, 6, 0);
    const auto inputs = randomInputs(40, 2);
    ScorerOptions one;
    one.batchTokens = 1;  // every lead alone
    ScorerOptions many;
    many.batchTokens = 100000;
    ScorerOptions some;
    some.batchTokens = 300;
    const auto a = Scorer(model, {}, one).score(inputs);
    const auto b = Scorer(model, {}, many).score(inputs);
    const auto c = Scorer(model, {}, some).score(inputs);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      QVERIFY(std::abs((*a)[i].pairScore - (*b)[i].pairScore) < 1e-5);
      QVERIFY(std::abs((*a)[i].pairScore - (*c)[i].pairScore) < 1e-5);
      QVERIFY(std::abs((*a)[i].probability - (*c)[i].probability) < 1e-6);
    }
  }

  void batchesAreLengthBucketed() {
    std::vector<std::size_t> lengths;
    for (const auto& s : randomInputs(500, 3)) lengths.push_back(s.size());
    const auto batches = Scorer::planBatches(lengths, 1000, 16);
    std::vector<int> seen(lengths.size(), 0);
    std::size_t previousShortest = std::numeric_limits<std::size_t>::max();
    for (const auto& batch : batches) {
      QVERIFY(!batch.empty());
      QVERIFY(batch.size() <= 16);
      const auto longest = lengths[batch.front()];
      QVERIFY(batch.size() == 1 || batch.size() * longest <= 1000);
      QVERIFY(longest <= previousShortest);  // batches in decreasing length
      for (const auto i : batch) {
        ++seen[i];
        QVERIFY(lengths[i] <= longest);
        previousShortest = std::min(previousShortest, lengths[i]);
      }
    }
    for (const auto s : seen) QCOMPARE(s, 1);
  }

  void progressAndCancel() {
    auto model = randomAsLlr(tinyConfig(), 300, 301, 7, 0);
    const auto inputs = randomInputs(50, 4);
    ScorerOptions o;
    o.batchTokens = 200;
    Scorer scorer(model, {}, o);
    std::vector<std::size_t> done;
    QVERIFY(scorer.score(inputs, [&](std::size_t d, std::size_t total) {
      QCOMPARE(total, inputs.size());
      done.push_back(d);
    }));
    QVERIFY(done.size() > 3);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.back(), inputs.size());
    std::atomic<bool> cancel{false};
    int calls = 0;
    const auto cancelled = scorer.score(inputs, [&](std::size_t, std::size_t) { cancel = ++calls == 2; }, &cancel);
    QVERIFY(!cancelled.has_value());
    QCOMPARE(calls, 2);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scorer.score({{1, 2}, {}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scorer.score({{1, 9999}}));
  }

  void cudaAskedForWithoutAGpu() {
    if (torch::cuda::is_available()) QSKIP("a GPU is present");
    ScorerOptions o;
    o.device = ScoreDevice::Cuda;
    try {
      Scorer s(randomAsLlr(tinyConfig(), 300, 301, 8, 0), {}, o);
      QFAIL("expected an error");
    } catch (const std::runtime_error& e) {
      QVERIFY(std::string(e.what()).find("CUDA") != std::string::npos);
    }
    QVERIFY(parseScoreDevice("auto") == ScoreDevice::Auto);
    QVERIFY(!parseScoreDevice("gpu"));
  }

  void scoringJobEndToEnd() {
    // Workspace.
    const auto wsDir = m_dir.path() + u"/ws"_s;
    auto ws = ll::crm::Workspace::open(wsDir);
    QVERIFY(ws.has_value());
    for (const auto& [name, text] : {std::pair{u"leads.csv"_s, kLeads}, std::pair{u"activities.csv"_s, kActivities}}) {
      ll::crm::ImportOptions o;
      o.path = lltest::writeText(m_dir.path(), name, text);
      const auto r = ll::crm::ImportJob(**ws, o).run();
      QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    }
    const auto openLeads = lltest::count(**ws, "SELECT count(*) FROM leads WHERE outcome IS NULL");
    QVERIFY(openLeads >= 7);
    // Checkpoint.
    auto model = randomAsLlr(tinyConfig(), 300, 301, 9, 2);
    CheckpointManifest manifest;
    manifest.serializer = SerializerSpec::defaults("en", 96);
    manifest.yesTokenId = 300;
    manifest.noTokenId = 301;
    const auto modelDir = (m_dir.path() + u"/model"_s).toStdString();
    CheckpointSaveOptions so;
    so.tokenizerPath = kTokenizer;
    saveCheckpoint(modelDir, model, manifest, so);

    ll::jobs::ScoringParams params;
    params.databasePath = (*ws)->databasePath();
    params.modelDirectory = QString::fromStdString(modelDir);
    params.scorer.threads = 1;
    params.scorer.batchTokens = 300;  // several batches
    params.snapshotAt = 1773360000;   // 2026-03-13, after every interaction

    // Cancelled before anything is written: the workspace is unchanged.
    const auto before = lltest::dumpWorkspace(**ws);
    {
      ll::jobs::ScoringJob job(params);
      job.cancel();
      const auto r = job.run();
      QVERIFY(!r.has_value());
      QCOMPARE(r.error().code, ll::ErrorCode::Cancelled);
    }
    {
      ll::jobs::ScoringJob job(params);
      const auto r = job.run([&](const ll::jobs::ScoringProgress& p) {
        if (p.phase == ll::jobs::ScoringProgress::Phase::Scoring && p.done > 0) job.cancel();
      });
      QVERIFY(!r.has_value());
      QCOMPARE(r.error().code, ll::ErrorCode::Cancelled);
    }
    QCOMPARE(lltest::dumpWorkspace(**ws), before);

    // First run: everything scored, ranks 1..N.
    std::vector<ll::jobs::ScoringProgress> progress;
    auto first = ll::jobs::ScoringJob(params).run([&](const auto& p) { progress.push_back(p); });
    QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(static_cast<qint64>(first->leads), openLeads);
    QCOMPARE(static_cast<qint64>(first->scored), openLeads);
    QCOMPARE(first->reused, std::size_t(0));
    QCOMPARE(first->top.size(), std::size_t(std::min<qint64>(10, openLeads)));
    QVERIFY(std::any_of(progress.begin(), progress.end(), [](const auto& p) {
      return p.phase == ll::jobs::ScoringProgress::Phase::Scoring && p.etaS.has_value();
    }));
    const auto runId = first->runId;
    QCOMPARE(lltest::count(**ws, "SELECT count(*) FROM scores WHERE run_id = " + std::to_string(runId)), openLeads);
    QCOMPARE(lltest::count(**ws, "SELECT count(DISTINCT rank) FROM scores WHERE run_id = " + std::to_string(runId)), openLeads);
    QCOMPARE(lltest::count(**ws, "SELECT min(rank) FROM scores WHERE run_id = " + std::to_string(runId)), 1);
    QCOMPARE(lltest::count(**ws, "SELECT max(rank) FROM scores WHERE run_id = " + std::to_string(runId)), openLeads);
    QCOMPARE(lltest::count(**ws, "SELECT count(*) FROM scores WHERE tier IS NULL OR tier = ''"), 0);
    // Ranks follow the pair score.
    QCOMPARE(lltest::count(**ws, "SELECT count(*) FROM scores a JOIN scores b ON a.run_id = b.run_id "
                                 "WHERE a.rank < b.rank AND a.pair_score < b.pair_score"),
             0);
    QCOMPARE(lltest::count(**ws, "SELECT model_fingerprint = '" + first->fingerprint + "' FROM scoring_runs WHERE id = " +
                                     std::to_string(runId)),
             1);

    // Same model, same workspace: every score reused, none recomputed.
    auto second = ll::jobs::ScoringJob(params).run();
    QVERIFY(second.has_value());
    QCOMPARE(second->scored, std::size_t(0));
    QCOMPARE(static_cast<qint64>(second->reused), openLeads);
    QCOMPARE(lltest::count(**ws, "SELECT count(*) FROM scores a JOIN scores b ON a.lead_id = b.lead_id WHERE a.run_id = " +
                                     std::to_string(runId) + " AND b.run_id = " + std::to_string(second->runId) +
                                     " AND a.probability = b.probability AND a.rank = b.rank"),
             openLeads);

    // One lead gets a new interaction: exactly that one is scored again.
    {
      ll::crm::ImportOptions o;
      o.path = lltest::writeText(m_dir.path(), u"more.csv"_s,
                                 u"Lead ID,Type,Date,Duration (s),Notes\nL02,Call,2026-03-09 10:00,200,Spouse agreed\n"_s);
      QVERIFY(ll::crm::ImportJob(**ws, o).run().has_value());
    }
    auto third = ll::jobs::ScoringJob(params).run();
    QVERIFY(third.has_value());
    QCOMPARE(third->scored, std::size_t(1));
    QCOMPARE(static_cast<qint64>(third->reused), openLeads - 1);
    QCOMPARE(lltest::count(**ws, "SELECT count(*) FROM scoring_runs"), 3);

    // "Why this rank" on L02: the same effects whatever language the lines are shown in; in
    // Chinese each line is the Chinese template's (a field by its Chinese label, an age as
    // "N天前"), the model's own English otherwise.
    {
      auto explainer = ll::jobs::RankExplainer::open(QString::fromStdString(modelDir), 1);
      QVERIFY2(explainer, qPrintable(explainer ? QString() : explainer.error().toString()));
      const qint64 l02 = lltest::count(**ws, "SELECT id FROM leads WHERE lead_id = 'L02'");
      const auto english = (*explainer)->explain((*ws)->databasePath(), l02, params.snapshotAt);
      QVERIFY2(english, qPrintable(english ? QString() : english.error().toString()));
      QVERIFY(!english->segments.empty());
      for (const auto& s : english->segments) QCOMPARE(s.display, s.text);
      (*explainer)->setDisplayLanguage(u"zh"_s);
      const auto chinese = (*explainer)->explain((*ws)->databasePath(), l02, params.snapshotAt);
      QVERIFY(chinese);
      QCOMPARE(chinese->segments.size(), english->segments.size());
      // (The test model's budget of 96 tokens leaves room for three profile lines.)
      bool lastContact = false;
      for (std::size_t i = 0; i < chinese->segments.size(); ++i) {
        const auto& s = chinese->segments[i];
        QCOMPARE(s.text, english->segments[i].text);
        QCOMPARE(s.pairDelta, english->segments[i].pairDelta);
        QVERIFY2(!s.display.contains(u"days ago"_s) && !s.display.contains(u": "_s), qPrintable(s.display));
        if (s.key == u"last_contact"_s) {
          lastContact = true;
          QVERIFY2(s.display.startsWith(u"最近联系："_s) && s.display.endsWith(u"天前"_s), qPrintable(s.display));
          QVERIFY2(s.text.startsWith(u"Last contact: "_s) && s.text.endsWith(u"days ago"_s), qPrintable(s.text));
        }
      }
      QVERIFY(lastContact);
    }

    // A broken checkpoint is reported, naming the file.
    params.modelDirectory = m_dir.path() + u"/absent-model"_s;
    const auto bad = ll::jobs::ScoringJob(params).run();
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().code, ll::ErrorCode::BadFormat);
    QVERIFY(bad.error().message.contains(u"absent-model"_s));
  }

  void placeholdersAreSubstitutedOnce() {
    // Each %N once, left to right: what an argument brings in is never substituted again.
    QCOMPARE(substitutePlaceholders("%1 and %2", {"a%2", "b%1"}), std::string("a%2 and b%1"));
    QCOMPARE(substitutePlaceholders("%2%1 %3 %0 100% %", {"x", "y"}), std::string("yx %3 %0 100% %"));
    QCOMPARE(ll::jobs::substitutePlaceholders(u"%1 and %2"_s, {u"a%2"_s, u"b%1"_s}), u"a%2 and b%1"_s);
    QCOMPARE(ll::jobs::substitutePlaceholders(u"%2%1 %3 %0 100% %"_s, {u"x"_s, u"y"_s}),
             u"yx %3 %0 100% %"_s);

    const Message inner(QT_TRANSLATE_NOOP("ll::engine", "the file does not exist"));
    const Message outer(QT_TRANSLATE_NOOP("ll::engine", "Cannot load safetensors file \"%1\": %2."),
                        "/data/%2 %1.safetensors", inner);
    const std::string english =
        "Cannot load safetensors file \"/data/%2 %1.safetensors\": the file does not exist.";
    QCOMPARE(outer.english(), english);
    const ll::safetensors::FormatError error(outer);
    QCOMPARE(std::string(error.what()), english);
    QVERIFY(messageOf(error) && std::string(messageOf(error)->source()) == outer.source());
    // Without a translator the jobs show the English text; a foreign exception shows its what().
    QCOMPARE(ll::jobs::engineMessage(error), QString::fromStdString(english));
    QCOMPARE(ll::jobs::engineMessage(std::runtime_error("plain %1 text")), u"plain %1 text"_s);
    QCOMPARE(Message::untranslated("x %1 %2").english(), std::string("x %1 %2"));
    QCOMPARE(ll::jobs::engineText(Message::untranslated("x %1 %2")), u"x %1 %2"_s);
    QCOMPARE(joinMessages({Message::untranslated("a"), Message::untranslated("b%1"), inner}).english(),
             std::string("a; b%1; the file does not exist"));

#ifdef LL_HAVE_UI_TRANSLATIONS
    QTranslator zh;
    QVERIFY(zh.load(u"leadladder_zh_CN"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&zh);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
    // Translated sentence and translated reason, the path untouched.
    QCOMPARE(ll::jobs::engineMessage(error),
             u"无法加载 safetensors 文件“/data/%2 %1.safetensors”：文件不存在。"_s);
    QCOMPARE(std::string(error.what()), english);
    // Arguments go by number, also where the translation puts them in another order.
    const Message heads(
        QT_TRANSLATE_NOOP("ll::engine", "%1: num_attention_heads (%2) does not divide hidden_size (%3)."),
        "c%3.json", 3, 8);
    QCOMPARE(ll::jobs::engineText(heads),
             u"c%3.json：hidden_size（8）不能被 num_attention_heads（3）整除。"_s);
    QCOMPARE(ll::jobs::engineText(joinMessages({inner, inner})), u"文件不存在；文件不存在"_s);
#endif
  }

  // A broken checkpoint reported through ScoringJob and ModelInfo: English without a translator
  // (exactly the engine's what()), Chinese with the Chinese one, and what() English either way.
  void brokenCheckpointsFollowTheUiLanguage() {
    namespace fs = std::filesystem;
    // Placeholders in the folder name must come out as they are.
    const auto root = m_dir.path().toStdString() + "/broken %1 %2";
    fs::create_directories(root);
    const auto save = [&](const std::string& name) {
      CheckpointManifest manifest;
      manifest.serializer = SerializerSpec::defaults("en", 96);
      manifest.yesTokenId = 300;
      manifest.noTokenId = 301;
      auto model = randomAsLlr(tinyConfig(), 300, 301, 5, 0);
      CheckpointSaveOptions so;
      so.tokenizerPath = kTokenizer;
      saveCheckpoint(root + "/" + name, model, manifest, so);
      return root + "/" + name;
    };
    const auto noManifest = save("no-manifest");
    fs::remove(noManifest + "/manifest.json");
    const auto truncated = save("truncated");
    const auto weights = truncated + "/backbone/model.safetensors";
    fs::resize_file(weights, fs::file_size(weights) - 100);
    const auto calibration = save("calibration");
    {
      std::ifstream in(calibration + "/manifest.json");
      auto j = nlohmann::json::parse(in);
      j["calibration"] = {{"method", "isotonic"}};
      std::ofstream out(calibration + "/manifest.json", std::ios::trunc);
      out << j.dump(2);
    }

    const auto engineWhat = [](const std::string& dir) -> std::string {
      try {
        (void)loadCheckpoint(dir);
      } catch (const CheckpointError& e) {
        return e.what();
      }
      return "loaded";
    };
    const auto scoringError = [&](const std::string& dir) -> QString {
      ll::jobs::ScoringParams params;
      params.databasePath = m_dir.path() + u"/no-workspace.sqlite"_s;
      params.modelDirectory = QString::fromStdString(dir);
      params.scorer.threads = 1;
      const auto r = ll::jobs::ScoringJob(params).run();
      return r ? u"scored"_s : r.error().message;
    };
    const auto infoError = [](const std::string& dir) -> QString {
      const auto r = ll::jobs::describeModel(QString::fromStdString(dir));
      return r ? u"described"_s : r.error().message;
    };

    // English.
    const auto missingEn = engineWhat(noManifest);
    QCOMPARE(
        missingEn,
        noManifest + "/manifest.json: the manifest is missing: this folder is not a LeadLadder checkpoint.");
    QCOMPARE(scoringError(noManifest), QString::fromStdString(missingEn));
    const auto truncatedEn = engineWhat(truncated);
    QVERIFY2(truncatedEn.starts_with("Cannot load safetensors file \"" + weights + "\": ") &&
                 truncatedEn.ends_with(": the file is truncated."),
             truncatedEn.c_str());
    QCOMPARE(scoringError(truncated), QString::fromStdString(truncatedEn));
    const auto calibrationEn = engineWhat(calibration);
    QCOMPARE(calibrationEn,
             calibration +
                 "/manifest.json: key \"calibration.method\" is \"isotonic\": use \"none\" or \"platt\".");
    QCOMPARE(infoError(calibration), QString::fromStdString(calibrationEn));

#ifndef LL_HAVE_UI_TRANSLATIONS
    QSKIP("the Chinese translation is built with the GUI (LEADLADDER_GUI)");
#else
    QTranslator zh;
    QVERIFY(zh.load(u"leadladder_zh_CN"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&zh);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&zh); });
    // English left in a message once quoted names and file names are taken out: a run of 4+ ASCII
    // letters.
    const auto hasEnglish = [](QString text) {
      text.remove(QRegularExpression(u"“[^”]*”"_s));
      text.remove(u"safetensors"_s);
      return text.contains(QRegularExpression(u"[A-Za-z]{4,}"_s));
    };

    const QString missingZh = scoringError(noManifest);
    QCOMPARE(missingZh, QString::fromStdString(noManifest) +
                            u"/manifest.json：缺少清单文件：此文件夹不是 LeadLadder 模型。"_s);

    const QString truncatedZh = scoringError(truncated);
    QVERIFY2(truncatedZh.startsWith(u"无法加载 safetensors 文件“"_s + QString::fromStdString(weights) +
                                    u"”：张量“"_s),
             qPrintable(truncatedZh));
    QVERIFY2(truncatedZh.endsWith(u"：文件不完整（已被截断）。"_s), qPrintable(truncatedZh));
    QVERIFY2(!hasEnglish(truncatedZh), qPrintable(truncatedZh));

    const QString calibrationZh = infoError(calibration);
    QCOMPARE(calibrationZh,
             QString::fromStdString(calibration) +
                 u"/manifest.json：键“calibration.method”的值为“isotonic”：请使用 \"none\" 或 \"platt\"。"_s);

    // The engine's own text stays English (the CLI and the log show it).
    QCOMPARE(engineWhat(noManifest), missingEn);
    QCOMPARE(engineWhat(truncated), truncatedEn);
#endif
  }

 private:
  QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
