// `leadladder-cli pretrain` and `train` end to end on a small generated and imported workspace:
// a tiny backbone is pretrained, asLLR is fine-tuned with and without HPRO and with a tier left
// out. An ablation must change the loss alone: the same leads are trained on. Bad options get
// usage errors that say what to fix.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = lltest::CliRun;

Run cli(const QStringList& args, int timeoutMs = 300000) { return lltest::runCli(args, timeoutMs); }

QJsonObject lastJsonLine(const QByteArray& out) {
  const QList<QByteArray> lines = out.trimmed().split('\n');
  return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.back()).object();
}

}  // namespace

class TestTrainingCli : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();
  void pretrainWritesABackbone();
  void trainWithAndWithoutHpro();
  void ablationTrainsOnTheSameLeads();
  void badOptionsSayWhatToFix();

 private:
  QStringList trainArgs(const QString& out) const;

  QTemporaryDir m_dir;
  QString m_ws;
  QString m_backbone;
};

void TestTrainingCli::initTestCase() {
  QVERIFY(m_dir.isValid());
  QVERIFY2(QFile::exists(QStringLiteral(LL_CLI_PATH)), "leadladder-cli is missing: build it first");
  const QString demo = m_dir.filePath(u"demo"_s);
  m_ws = m_dir.filePath(u"ws"_s);
  m_backbone = m_dir.filePath(u"backbone"_s);
  Run g = cli({u"demo"_s, u"generate"_s, u"--leads"_s, u"1500"_s, u"--seed"_s, u"5"_s, u"--base-rate"_s, u"0.06"_s,
               u"--shape"_s, u"per-interaction"_s, u"--out"_s, demo});
  QVERIFY2(g.code == 0, g.err.constData());
  for (const char* file : {"leads.csv", "interactions.csv"}) {
    Run i = cli({u"import"_s, demo + u"/"_s + QString::fromLatin1(file), u"--workspace"_s, m_ws});
    QVERIFY2(i.code == 0, i.err.constData());
  }
}

void TestTrainingCli::pretrainWritesABackbone() {
  Run p = cli({u"pretrain"_s, u"--workspace"_s, m_ws, u"--out"_s, m_backbone, u"--vocab-size"_s, u"600"_s,
               u"--vocab-texts"_s, u"400"_s, u"--layers"_s, u"1"_s, u"--hidden"_s, u"32"_s, u"--heads"_s, u"2"_s,
               u"--kv-heads"_s, u"1"_s, u"--intermediate"_s, u"64"_s, u"--steps"_s, u"4"_s, u"--batch"_s, u"4"_s,
               u"--seq-len"_s, u"96"_s, u"--seed"_s, u"3"_s, u"--threads"_s, u"1"_s, u"--json"_s});
  QVERIFY2(p.code == 0, p.err.constData());
  for (const char* file : {"config.json", "model.safetensors", "tokenizer.json"})
    QVERIFY2(QFile::exists(m_backbone + u"/"_s + QString::fromLatin1(file)), file);
  const QJsonObject summary = lastJsonLine(p.out);
  QVERIFY2(!summary.isEmpty(), p.out.constData());
}

QStringList TestTrainingCli::trainArgs(const QString& out) const {
  return {u"train"_s,        u"--workspace"_s, m_ws,        u"--backbone"_s, m_backbone, u"--out"_s,
          out,               u"--mode"_s,      u"full"_s,   u"--max-steps"_s, u"3"_s,    u"--batch"_s,
          u"16"_s,           u"--max-train-leads"_s, u"300"_s, u"--token-budget"_s, u"96"_s, u"--head-lr"_s,
          u"1e-3"_s,         u"--backbone-lr"_s, u"1e-4"_s, u"--seed"_s,   u"9"_s,     u"--threads"_s,
          u"1"_s,            u"--json"_s};
}

void TestTrainingCli::trainWithAndWithoutHpro() {
  Run h = cli(trainArgs(m_dir.filePath(u"hpro"_s)));
  QVERIFY2(h.code == 0, h.err.constData());
  const QJsonObject hpro = lastJsonLine(h.out);
  QCOMPARE(hpro.value(u"steps"_s).toInt(), 3);
  QVERIFY(hpro.value(u"fit_positives"_s).toInt() > 0);
  QVERIFY(hpro.value(u"fit_leads"_s).toInt() < hpro.value(u"train_leads"_s).toInt());  // negatives subsampled
  const QJsonObject epoch = hpro.value(u"epochs"_s).toArray().first().toObject();
  QVERIFY(epoch.value(u"pair"_s).toDouble() > 0.0);
  QVERIFY(QFile::exists(m_dir.filePath(u"hpro/manifest.json"_s)));

  Run n = cli(trainArgs(m_dir.filePath(u"nohpro"_s)) << u"--no-hpro"_s);
  QVERIFY2(n.code == 0, n.err.constData());
  const QJsonObject nohpro = lastJsonLine(n.out);
  // The same leads; the pairwise loss is still reported but carries no weight, so the total is
  // BCE x 2 + CE x 0.5 alone.
  QCOMPARE(nohpro.value(u"fit_leads"_s).toInt(), hpro.value(u"fit_leads"_s).toInt());
  const QJsonObject e = nohpro.value(u"epochs"_s).toArray().first().toObject();
  QVERIFY(std::abs(e.value(u"loss"_s).toDouble() -
                   (2.0 * e.value(u"bce"_s).toDouble() + 0.5 * e.value(u"semantic"_s).toDouble())) < 1e-4);

  Run info = cli({u"model"_s, u"info"_s, u"--model"_s, m_dir.filePath(u"hpro"_s)});
  QVERIFY2(info.code == 0, info.err.constData());
}

void TestTrainingCli::ablationTrainsOnTheSameLeads() {
  Run full = cli(trainArgs(m_dir.filePath(u"full"_s)));
  QVERIFY2(full.code == 0, full.err.constData());
  Run soft = cli(trainArgs(m_dir.filePath(u"nosoft"_s)) << u"--without-tier"_s << u"soft"_s);
  QVERIFY2(soft.code == 0, soft.err.constData());
  const QJsonObject a = lastJsonLine(full.out);
  const QJsonObject b = lastJsonLine(soft.out);
  QCOMPARE(b.value(u"fit_leads"_s).toInt(), a.value(u"fit_leads"_s).toInt());
  QCOMPARE(b.value(u"fit_stages"_s).toObject(), a.value(u"fit_stages"_s).toObject());
  QCOMPARE(b.value(u"negative_rate"_s).toDouble(), a.value(u"negative_rate"_s).toDouble());
  // The pairs of the tier left out are gone.
  const QJsonObject pairsA = a.value(u"epochs"_s).toArray().first().toObject().value(u"pairs_per_tier"_s).toObject();
  const QJsonObject pairsB = b.value(u"epochs"_s).toArray().first().toObject().value(u"pairs_per_tier"_s).toObject();
  QVERIFY(pairsA.contains(u"soft"_s));
  QVERIFY(!pairsB.contains(u"soft"_s));
  QVERIFY(pairsB.contains(u"global"_s) && pairsB.contains(u"key_action"_s));
}

void TestTrainingCli::badOptionsSayWhatToFix() {
  Run tier = cli(trainArgs(m_dir.filePath(u"bad"_s)) << u"--without-tier"_s << u"nosuch"_s);
  QCOMPARE(tier.code, 2);
  QVERIFY2(tier.err.contains("nosuch") && tier.err.contains("key_action"), tier.err.constData());
  Run noBackbone = cli({u"train"_s, u"--workspace"_s, m_ws, u"--backbone"_s, m_dir.filePath(u"missing"_s),
                        u"--out"_s, m_dir.filePath(u"bad2"_s)});
  QCOMPARE(noBackbone.code, 3);
  QVERIFY2(noBackbone.err.contains("missing"), noBackbone.err.constData());
  QVERIFY(!QDir(m_dir.filePath(u"bad2"_s)).exists());
}

QTEST_GUILESS_MAIN(TestTrainingCli)
#include "tst_trainingcli.moc"
