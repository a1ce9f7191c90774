// Byte-level BPE tokenizer against Hugging Face's own output (vectors written by tokenizers.js,
// see scripts/make-tokenizer-vectors.mjs), plus the trainer, error paths and speed.
// Qt is used only here, for the test harness and for reading the fixtures.

#include "engine/tokenizer/bpetokenizer.h"
#include "engine/tokenizer/bpetrainer.h"
#include "engine/tokenizer/unicode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The vectors are parsed with nlohmann-json, not QJsonDocument: Qt's UTF-8 decoding drops a
// leading U+FEFF, and the vectors test exactly such strings.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace ll::tokenizer;

namespace {

const QString kDataDir = QStringLiteral(LL_TEST_DATA_DIR "/tokenizer/");

struct Vector {
  std::string text;
  std::vector<TokenId> ids;
};

QByteArray readAll(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read fixture %s", qPrintable(path));
  return f.readAll();
}

std::vector<Vector> readVectors(const QString& name) {
  std::vector<Vector> out;
  for (const QByteArray& line : readAll(kDataDir + name).split('\n')) {
    if (line.trimmed().isEmpty()) continue;
    const auto o = nlohmann::json::parse(line.toStdString());
    Vector v;
    v.text = o.at("text").get<std::string>();
    v.ids = o.at("ids").get<std::vector<TokenId>>();
    out.push_back(std::move(v));
  }
  return out;
}

// One document per line; "\n" and "\t" are written as escapes so a document can hold them.
std::vector<std::string> readCorpus() {
  std::vector<std::string> docs;
  for (QByteArray line : readAll(kDataDir + QStringLiteral("trained.corpus.txt")).split('\n')) {
    if (line.isEmpty()) continue;
    line.replace("\\n", "\n").replace("\\t", "\t");
    docs.push_back(line.toStdString());
  }
  return docs;
}

BpeTrainerOptions trainedOptions() {
  BpeTrainerOptions o;
  o.vocabSize = 700;
  o.specialTokens = {"<|endoftext|>", "<|im_start|>", "<|im_end|>"};
  return o;
}

QString show(const std::vector<TokenId>& ids) {
  QStringList parts;
  for (const TokenId id : ids) parts << QString::number(id);
  return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

// ICU's NFC (as the tokenizer uses); Qt's would drop a leading U+FEFF and lags in Unicode version.
std::string nfc(const std::string& s) { return unicode::toNfc(s); }

// Runs `f` and returns the TokenizerError message, or nullopt if nothing was thrown.
template <typename F>
std::optional<std::string> errorOf(F f) {
  try {
    f();
  } catch (const TokenizerError& e) {
    return std::string(e.what());
  }
  return std::nullopt;
}

}  // namespace

class TstTokenizer : public QObject {
  Q_OBJECT

  std::optional<BpeTokenizer> m_qwen;
  std::optional<BpeTokenizer> m_trained;

  void checkVectors(const BpeTokenizer& tok, const std::vector<Vector>& vectors) {
    QStringList failures;
    for (const Vector& v : vectors) {
      const std::vector<TokenId> got = tok.encode(v.text);
      if (got != v.ids) {
        failures << QStringLiteral("%1\n    expected %2\n    got      %3")
                        .arg(QString::fromStdString(v.text).toHtmlEscaped(), show(v.ids), show(got));
      }
      const std::string back = tok.decode(got);
      if (back != nfc(v.text)) failures << QStringLiteral("round trip: %1").arg(QString::fromStdString(v.text));
    }
    if (!failures.isEmpty()) qWarning().noquote() << failures.join(QLatin1Char('\n'));
    QCOMPARE(failures.size(), 0);
  }

 private slots:
  void initTestCase() {
    m_qwen.emplace(BpeTokenizer::fromFile((kDataDir + QStringLiteral("qwen3.tokenizer.json.gz")).toStdString()));
    // While the fixture is being regenerated it may not exist yet.
    if (!qEnvironmentVariableIsSet("LL_WRITE_TOKENIZER_FIXTURE")) {
      m_trained.emplace(BpeTokenizer::fromFile((kDataDir + QStringLiteral("trained.tokenizer.json")).toStdString()));
    }
  }

  void qwenMatchesHuggingFace() {
    const auto vectors = readVectors(QStringLiteral("qwen3.vectors.jsonl"));
    QVERIFY(vectors.size() >= 40);
    checkVectors(*m_qwen, vectors);
  }

  void qwenMatchesHuggingFaceOnRandomStrings() {
    const auto vectors = readVectors(QStringLiteral("qwen3.fuzz.jsonl"));
    QVERIFY(vectors.size() >= 500);
    checkVectors(*m_qwen, vectors);
  }

  void trainedMatchesHuggingFace() {
    QVERIFY(m_trained);
    const auto vectors = readVectors(QStringLiteral("trained.vectors.jsonl"));
    QVERIFY(vectors.size() >= 40);
    checkVectors(*m_trained, vectors);
  }

  void qwenBasics() {
    QCOMPARE(m_qwen->vocabSize(), std::size_t{151669});
    QCOMPARE(m_qwen->tokenToId("<|im_start|>"), 151644);
    QCOMPARE(m_qwen->tokenToId("Hello"), 9707);
    QCOMPARE(m_qwen->tokenToId("no-such-token-xyz"), -1);
    QCOMPARE(m_qwen->idToToken(1879), std::string("\xC4\xA0world"));  // "Ġworld"
    // Digits are split one by one by \p{N}.
    QCOMPARE(m_qwen->encode("2024"), (std::vector<TokenId>{17, 15, 17, 19}));
  }

  void specialTokens() {
    const auto ids = m_qwen->encode("<|im_start|>user\nHi<|im_end|>");
    QCOMPARE(ids.front(), TokenId{151644});
    QCOMPARE(ids.back(), TokenId{151645});
    QCOMPARE(m_qwen->decode(ids), std::string("<|im_start|>user\nHi<|im_end|>"));
    QCOMPARE(m_qwen->decode(ids, /*skipSpecialTokens=*/true), std::string("user\nHi"));
    // A special token is matched before pre-tokenization, even glued to words.
    const auto glued = m_qwen->encode("abc<|endoftext|>def");
    QCOMPARE(std::count(glued.begin(), glued.end(), TokenId{151643}), 1);
    // An incomplete one is plain text.
    const auto partial = m_qwen->encode("<|endoftext|");
    QCOMPARE(std::count(partial.begin(), partial.end(), TokenId{151643}), 0);
  }

  void addedTokenStripFlags() {
    // Same trained tokenizer, with lstrip/rstrip switched on for <|endoftext|>.
    QJsonObject root = QJsonDocument::fromJson(readAll(kDataDir + QStringLiteral("trained.tokenizer.json"))).object();
    QJsonArray added = root.value(QStringLiteral("added_tokens")).toArray();
    QJsonObject eot = added[0].toObject();
    QCOMPARE(eot.value(QStringLiteral("content")).toString(), QStringLiteral("<|endoftext|>"));
    eot[QStringLiteral("lstrip")] = true;
    eot[QStringLiteral("rstrip")] = true;
    added[0] = eot;
    root[QStringLiteral("added_tokens")] = added;
    const BpeTokenizer tok = BpeTokenizer::fromJson(QJsonDocument(root).toJson().toStdString());
    std::vector<TokenId> expected = tok.encode("a");
    expected.push_back(0);
    for (const TokenId id : tok.encode("b")) expected.push_back(id);
    QCOMPARE(tok.encode("a \t <|endoftext|>\n  b"), expected);
    // Without the flags the spaces stay with the text around the token.
    QVERIFY(m_trained->encode("a \t <|endoftext|>\n  b") != expected);
  }

  void emptyAndWhitespace() {
    QVERIFY(m_qwen->encode("").empty());
    QCOMPARE(m_qwen->decode(std::vector<TokenId>{}), std::string());
    // A long run (one pre-token) stays fast and exact.
    const std::string spaces(100000, ' ');
    const auto ids = m_qwen->encode(spaces + "x");
    QCOMPARE(m_qwen->decode(ids), spaces + "x");
  }

  void invalidUtf8IsReplaced() {
    // Documented choice: ill-formed UTF-8 becomes U+FFFD (one per maximal ill-formed
    // subsequence), exactly what HF sees after Python/JS/Rust decode such bytes lossily.
    const std::string fffd = "\xEF\xBF\xBD";
    QCOMPARE(m_qwen->encode("a\xFF" "b"), m_qwen->encode("a" + fffd + "b"));
    QCOMPARE(m_qwen->encode("x\xE4\xB8"), m_qwen->encode("x" + fffd));               // truncated 中
    QCOMPARE(m_qwen->encode("\xED\xA0\x80"), m_qwen->encode(fffd + fffd + fffd));    // surrogate
    QCOMPARE(m_qwen->encode("\xC0\xAF"), m_qwen->encode(fffd + fffd));               // overlong
    // Decoding a cut through a character: decodeBytes keeps the bytes, decode() replaces them.
    const auto ids = m_qwen->encode("\xF0\xAA\x9B\x96");  // rare U+2A6D6: several byte tokens
    QVERIFY(ids.size() >= 2);
    const std::vector<TokenId> head(ids.begin(), ids.end() - 1);
    QCOMPARE(m_qwen->decode(head), fffd);
    QVERIFY(m_qwen->decodeBytes(head).size() == 4 - m_qwen->decodeBytes(std::vector<TokenId>{ids.back()}).size());
  }

  void unknownIdIsAnError() {
    const std::vector<TokenId> ids{9707, 999999};
    const auto msg = errorOf([&] { (void)m_qwen->decode(ids); });
    QVERIFY(msg);
    QVERIFY2(msg->find("999999") != std::string::npos, msg->c_str());
  }

  void brokenFiles_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray good = readAll(kDataDir + QStringLiteral("trained.tokenizer.json"));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no model") << QByteArray("{}") << QStringLiteral("no \"model\"");
    QByteArray wordPiece = good;
    wordPiece.replace("\"type\": \"BPE\"", "\"type\": \"WordPiece\"");
    QTest::newRow("wrong model type") << wordPiece << QStringLiteral("model type \"WordPiece\" is not supported: only byte-level BPE");
    QByteArray unknownMerge = good;
    const int at = unknownMerge.indexOf("\"merges\": [");
    QVERIFY(at > 0);
    unknownMerge.insert(at + 11, "[\"\xE2\x98\x83\", \"x\"],");  // ☃ is no byte-level token
    QTest::newRow("merge of unknown token")
        << unknownMerge << QString::fromUtf8("model.merges[0] (\"\xE2\x98\x83\", \"x\"): token \"\xE2\x98\x83\" is not in model.vocab");
    QByteArray badRegex = good;
    badRegex.replace("\\\\p{N}|", "\\\\p{N}+|");
    QTest::newRow("other regex") << badRegex << QStringLiteral("not the Qwen2 regex");
    QByteArray badNormalizer = good;
    badNormalizer.replace("\"type\": \"NFC\"", "\"type\": \"NFKC\"");
    QTest::newRow("other normalizer") << badNormalizer << QStringLiteral("normalizer \"NFKC\" is not supported");
  }

  void brokenFiles() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokenizer.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const auto msg = errorOf([&] { (void)BpeTokenizer::fromFile(path.toStdString()); });
    QVERIFY2(msg, "no error");
    QVERIFY2(msg->find(path.toStdString() + ": ") == 0, msg->c_str());  // names the file
    QVERIFY2(msg->find(expected.toStdString()) != std::string::npos, msg->c_str());
  }

  void missingFile() {
    const auto msg = errorOf([] { (void)BpeTokenizer::fromFile("/nonexistent/tokenizer.json"); });
    QVERIFY(msg);
    QVERIFY2(msg->find("/nonexistent/tokenizer.json: cannot open") == 0, msg->c_str());
  }

  void trainerIsDeterministicAndReachesVocabSize() {
    const auto corpus = readCorpus();
    const BpeTrainingResult a = trainBpe(corpus, trainedOptions());
    const BpeTrainingResult b = trainBpe(corpus, trainedOptions());
    QCOMPARE(a.json, b.json);
    QCOMPARE(a.vocabSize, std::size_t{700});
    QCOMPARE(a.mergeCount, std::size_t{700 - 3 - 256});
    if (qEnvironmentVariableIsSet("LL_WRITE_TOKENIZER_FIXTURE")) {
      // Regenerates the committed fixture; then rerun scripts/make-tokenizer-vectors.mjs trained.
      QFile f(kDataDir + QStringLiteral("trained.tokenizer.json"));
      QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
      f.write(QByteArray::fromStdString(a.json));
    }
    // The committed fixture (which tokenizers.js encoded) is exactly what the trainer writes.
    QCOMPARE(a.json, readAll(kDataDir + QStringLiteral("trained.tokenizer.json")).toStdString());
    const BpeTokenizer tok = BpeTokenizer::fromJson(a.json);
    QCOMPARE(tok.vocabSize(), std::size_t{700});
    QCOMPARE(tok.tokenToId("<|im_end|>"), 2);
    // Trained merges compress the corpus well below one token per byte.
    std::size_t bytes = 0, tokens = 0;
    for (const std::string& doc : corpus) {
      bytes += doc.size();
      const auto ids = tok.encode(doc);
      tokens += ids.size();
      QCOMPARE(tok.decode(ids), doc);
    }
    QVERIFY2(tokens * 2 < bytes, qPrintable(QStringLiteral("%1 tokens for %2 bytes").arg(tokens).arg(bytes)));
  }

  void trainerRejectsBadOptions() {
    BpeTrainerOptions o;
    o.vocabSize = 100;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainBpe(std::vector<std::string>{"abc"}, o));
    o.vocabSize = 300;
    o.specialTokens = {"<s>", "<s>"};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainBpe(std::vector<std::string>{"abc"}, o));
    // Too small a corpus stops early instead of inventing merges.
    o.specialTokens = {};
    const auto r = trainBpe(std::vector<std::string>{"abab"}, o);
    QVERIFY(r.vocabSize < 300);
  }

  void cliRoundTrip() {
    // The build makes leadladder-cli before this test (add_dependencies in tests/CMakeLists.txt).
    QVERIFY2(QFile::exists(QStringLiteral(LL_CLI_PATH)), "leadladder-cli is missing: build it first");
    const QString tok = kDataDir + QStringLiteral("qwen3.tokenizer.json.gz");
    QProcess enc;
    enc.start(QStringLiteral(LL_CLI_PATH), {QStringLiteral("tokenize"), QStringLiteral("--tokenizer"), tok});
    enc.write("\"Hello world\"\n\"\\u5ba2\\u6237<|im_end|>\"\n");
    enc.closeWriteChannel();
    QVERIFY(enc.waitForFinished(30000));
    QCOMPARE(enc.exitCode(), 0);
    QCOMPARE(enc.readAllStandardOutput(), QByteArray("{\"ids\":[9707,1879]}\n{\"ids\":[100017,151645]}\n"));

    QProcess dec;
    dec.start(QStringLiteral(LL_CLI_PATH), {QStringLiteral("tokenize"), QStringLiteral("--tokenizer"), tok, QStringLiteral("--decode")});
    dec.write("[9707,1879]\n[1,\"x\"]\n");
    dec.closeWriteChannel();
    QVERIFY(dec.waitForFinished(30000));
    QCOMPARE(dec.exitCode(), 3);
    QCOMPARE(dec.readAllStandardOutput(), QByteArray("{\"text\":\"Hello world\"}\n"));
    QVERIFY(dec.readAllStandardError().contains("stdin line 2"));

    QProcess usage;
    usage.start(QStringLiteral(LL_CLI_PATH), {QStringLiteral("tokenize")});
    QVERIFY(usage.waitForFinished(30000));
    QCOMPARE(usage.exitCode(), 2);
  }

  void largeMixedTextRoundTrips() {
    // About 4 MB of mixed Chinese/English CRM notes, each line made unique by a counter (the
    // same text bench/tokenizer_bench times).
    const auto corpus = readCorpus();
    std::string text;
    for (int i = 0; text.size() < 4'000'000; ++i) {
      text += corpus[static_cast<std::size_t>(i) % corpus.size()];
      text += " #" + std::to_string(i * 7919) + "\n";
    }
    const auto ids = m_qwen->encode(text);
    QVERIFY(ids.size() > text.size() / 8);
    QCOMPARE(m_qwen->decode(ids), nfc(text));
  }
};

QTEST_APPLESS_MAIN(TstTokenizer)
#include "tst_tokenizer.moc"
