// leadladder-cli as a script would use it: help, exit codes and JSON output.

#include "clirun.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = lltest::CliRun;

Run cli(const QStringList& args) { return lltest::runCli(args); }

}  // namespace

class TestCli : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  QString ws() const { return m_dir.path() + u"/ws"_s; }

 private slots:
  void helpAndUsage() {
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("import FILE"));
    for (const QString& command : {u"import"_s, u"leads"_s, u"stats"_s, u"profile"_s}) {
      const Run r = cli({command, u"--help"_s});
      QCOMPARE(r.code, 0);
      QVERIFY2(r.out.contains("--workspace"), r.out.constData());
    }
    QCOMPARE(cli({u"frobnicate"_s}).code, 2);
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({u"leads"_s, u"--top"_s, u"zero"_s, u"--workspace"_s, ws()}).code, 2);
    QCOMPARE(cli({u"import"_s, u"--workspace"_s, ws()}).code, 2);
  }

  void importLeadsStats() {
    const QString leads = lltest::writeText(m_dir.path(), u"leads.csv"_s,
                                            u"Lead ID,Created,City,Specialist,Test drive date\n"
                                            u"A,2026-03-01,Hangzhou,S1,2026-03-04\n"
                                            u"B,2026-03-02,Suzhou,S2,\n"
                                            u"C,2026-03-03,Wuxi,S1,\n"_s);
    Run r = cli({u"import"_s, leads, u"--workspace"_s, ws(), u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"status"_s).toString(), u"imported"_s);
    QCOMPARE(report.value(u"leads_inserted"_s).toInt(), 3);

    r = cli({u"import"_s, leads, u"--workspace"_s, ws()});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Nothing new"), r.out.constData());

    r = cli({u"leads"_s, u"--workspace"_s, ws(), u"--top"_s, u"2"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray top = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(0).toObject().value(u"lead_id"_s).toString(), u"A"_s);
    QCOMPARE(top.at(0).toObject().value(u"stage"_s).toString(), u"test_drive"_s);
    QCOMPARE(top.at(0).toObject().value(u"rank"_s).toInt(), 1);

    r = cli({u"leads"_s, u"--workspace"_s, ws(), u"--specialist"_s, u"S1"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Funnel+Recency"));
    QVERIFY(r.out.contains("C") && !r.out.contains("Suzhou"));

    r = cli({u"stats"_s, u"--workspace"_s, ws(), u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(stats.value(u"leads"_s).toInt(), 3);
    QCOMPARE(stats.value(u"imports"_s).toInt(), 1);

    r = cli({u"profile"_s, leads, u"--workspace"_s, ws()});
    QCOMPARE(r.code, 0);
    const QJsonObject profile = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(profile.value(u"columns"_s).toArray().size(), 5);

    // Call sheets: S1 holds A (test drive) and C, in Funnel+Recency order without a model.
    const QString sheet = m_dir.path() + u"/sheets.csv"_s;
    r = cli({u"callsheet"_s, u"--workspace"_s, ws(), u"--out"_s, sheet, u"--specialist"_s, u"S1"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("1 specialists, 2 leads"), r.out.constData());
    QFile file(sheet);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const auto lines = bytes.split('\n');
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines[1].contains(",A,") && lines[2].contains(",C,"));
    QVERIFY(!bytes.contains(",B,"));
    QCOMPARE(cli({u"callsheet"_s, u"--workspace"_s, ws(), u"--out"_s, m_dir.path() + u"/x.pdf"_s}).code, 2);
  }

  void importSkipsTitleLinesAboveTheHeader() {
    const QString titled = lltest::writeText(m_dir.path(), u"titled.csv"_s,
                                             u"Lead report\nExported 2026-03-05\nLead ID;Created;City\n"
                                             u"T1;2026-03-01;Hangzhou\nT2;2026-03-02;Wuxi\n"_s);
    const QString dir = m_dir.path() + u"/titled-ws"_s;
    // Found by the preview with 'auto', or named.
    Run r = cli({u"import"_s, titled, u"--workspace"_s, dir, u"--header-row"_s, u"auto"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"leads_inserted"_s).toInt(), 2);
    r = cli({u"profile"_s, titled, u"--workspace"_s, dir, u"--header-row"_s, u"3"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"headerRow"_s).toInt(), 3);
    // A bad value is a usage error that says what the option takes.
    r = cli({u"import"_s, titled, u"--workspace"_s, dir, u"--header-row"_s, u"zero"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--header-row takes"), r.err.constData());
    // Past the end of the file: the error names the row.
    r = cli({u"import"_s, titled, u"--workspace"_s, dir, u"--header-row"_s, u"30"_s});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains("30"), r.err.constData());
  }

  void exitCodesForBadInput() {
    const QString bad = lltest::writeText(m_dir.path(), u"bad.csv"_s,
                                          u"Lead ID,Type,Date,Duration (s)\nA,Call,2026-03-01,abc\n"_s);
    Run r = cli({u"import"_s, bad, u"--workspace"_s, ws(), u"--json"_s});
    QCOMPARE(r.code, 4);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"status"_s).toString(), u"rejected"_s);
    const QJsonObject reject = report.value(u"rejects"_s).toArray().at(0).toObject();
    QCOMPARE(reject.value(u"row"_s).toInt(), 2);
    QCOMPARE(reject.value(u"column"_s).toString(), u"Duration (s)"_s);

    // Skipping the only row leaves nothing to import: still rejected.
    r = cli({u"import"_s, bad, u"--workspace"_s, ws(), u"--skip-invalid"_s});
    QCOMPARE(r.code, 4);
    const QString mixed = lltest::writeText(m_dir.path(), u"mixed.csv"_s,
                                            u"Lead ID,Type,Date,Duration (s)\nA,Call,2026-03-01,abc\n"
                                            u"B,Call,2026-03-02,30\n"_s);
    r = cli({u"import"_s, mixed, u"--workspace"_s, ws(), u"--skip-invalid"_s});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.out.contains("without its 1 rejected row."), r.out.constData());

    r = cli({u"import"_s, m_dir.path() + u"/absent.csv"_s, u"--workspace"_s, ws(), u"--json"_s});
    QCOMPARE(r.code, 3);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"error"_s).toString(), u"file_not_found"_s);
    QVERIFY(r.err.contains("absent.csv"));

    const QString empty = lltest::writeFile(m_dir.path(), u"empty.csv"_s, {});
    r = cli({u"import"_s, empty, u"--workspace"_s, ws()});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("empty.csv"));

    r = cli({u"stats"_s, u"--workspace"_s, m_dir.path() + u"/nowhere"_s});
    QCOMPARE(r.code, 6);
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
