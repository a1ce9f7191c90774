// The asLLR checkpoint folder: round trip of every weight and manifest field, atomic saving, and
// a message naming the file (and tensor or key) for each way a checkpoint can be broken.

#include "engine/checkpoint.h"
#include "engine/safetensors.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace ll::engine;
namespace fs = std::filesystem;

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

CheckpointManifest tinyManifest() {
  CheckpointManifest m;
  m.serializer = SerializerSpec::defaults("en", 128);
  m.yesTokenId = 300;
  m.noTokenId = 301;
  m.yesToken = " Yes";
  m.noToken = " No";
  m.funnel = {{"name", "car-retail"}, {"stages", nlohmann::json::array()}};
  m.calibration = {"platt", 1.5, -0.25};
  m.training.seed = 42;
  m.training.dataFingerprint = "abc123";
  m.training.createdAt = "2026-01-02T03:04:05Z";
  m.training.command = "train --seed 42";
  m.metrics = {{"auc", 0.71}};
  return m;
}

std::string saveTiny(const QString& root, const std::string& name, std::int64_t lora = 4) {
  auto model = randomAsLlr(tinyConfig(), 300, 301, 7, lora);
  const auto dir = (root + QLatin1Char('/')).toStdString() + name;
  CheckpointSaveOptions o;
  o.tokenizerPath = kTokenizer;
  saveCheckpoint(dir, model, tinyManifest(), o);
  return dir;
}

// Runs load and returns its error message (empty when it loaded).
std::string loadError(const std::string& dir) {
  try {
    (void)loadCheckpoint(dir);
  } catch (const CheckpointError& e) {
    return e.what();
  } catch (const std::exception& e) {
    return std::string("not a CheckpointError: ") + e.what();
  }
  return {};
}

void writeHeads(const std::string& path, const std::map<std::string, ll::safetensors::TensorData>& tensors) {
  ll::safetensors::write(path, tensors);
}

ll::safetensors::TensorData floats(std::vector<std::int64_t> shape, ll::safetensors::DType dtype = ll::safetensors::DType::F32) {
  ll::safetensors::TensorData t;
  t.dtype = dtype;
  t.shape = shape;
  std::int64_t n = 1;
  for (const auto d : shape) n *= d;
  t.bytes.resize(static_cast<std::size_t>(n) * ll::safetensors::dtypeSize(dtype));
  return t;
}

#define EXPECT_LOAD_ERROR(dir, ...)                                                        \
  do {                                                                                     \
    const auto message = loadError(dir);                                                   \
    QVERIFY2(!message.empty(), "the checkpoint loaded");                                   \
    for (const char* needle : {__VA_ARGS__})                                               \
      QVERIFY2(message.find(needle) != std::string::npos, (needle + (" not in: " + message)).c_str()); \
  } while (0)

}  // namespace

class TestCheckpoint : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  void roundTrip() {
    auto model = randomAsLlr(tinyConfig(), 300, 301, 11, 4);
    const auto dir = (m_dir.path() + QStringLiteral("/rt")).toStdString();
    CheckpointSaveOptions o;
    o.tokenizerPath = kTokenizer;
    saveCheckpoint(dir, model, tinyManifest(), o);
    QVERIFY(fs::exists(dir + "/manifest.json"));
    QVERIFY(fs::exists(dir + "/backbone/model.safetensors"));
    QVERIFY(fs::exists(dir + "/adapter/adapter_model.safetensors"));
    QVERIFY(fs::exists(dir + "/heads.safetensors"));
    for (const auto& entry : fs::directory_iterator(m_dir.path().toStdString()))
      QVERIFY2(entry.path().filename().string().find(".tmp-") == std::string::npos, "temporary folder left behind");

    auto loaded = loadCheckpoint(dir);
    const auto original = model->named_parameters();
    const auto back = loaded.model->named_parameters();
    QCOMPARE(back.size(), original.size());
    for (const auto& item : original) {
      const auto* other = back.find(item.key());
      QVERIFY2(other, item.key().c_str());
      QVERIFY2(torch::equal(item.value(), *other), item.key().c_str());
    }
    const auto& m = loaded.manifest;
    QCOMPARE(m.formatVersion, CheckpointManifest::kFormatVersion);
    QVERIFY(m.backbone.embedded);
    QVERIFY(m.hasLora);
    QCOMPARE(m.calibration.method, std::string("platt"));
    QCOMPARE(m.calibration.a, 1.5);
    QCOMPARE(m.calibration.b, -0.25);
    QCOMPARE(m.training.seed.value_or(0), std::uint64_t(42));
    QCOMPARE(m.training.dataFingerprint, std::string("abc123"));
    QCOMPARE(m.metrics["auc"].get<double>(), 0.71);
    QCOMPARE(m.funnel["name"].get<std::string>(), std::string("car-retail"));
    QCOMPARE(m.serializer.toJson(), SerializerSpec::defaults("en", 128).toJson());
    QCOMPARE(loaded.serializer->spec().tokenBudget, std::size_t(128));
    // Same outputs from the saved and the loaded model.
    torch::NoGradGuard noGrad;
    const auto ids = torch::randint(0, 700, {2, 9}, torch::kInt64);
    const auto mask = torch::ones_like(ids);
    const auto a = model->forward(ids, mask);
    const auto b = loaded.model->forward(ids, mask);
    QVERIFY(torch::allclose(a.pairScore, b.pairScore, 0, 0));
    QVERIFY(torch::allclose(a.yesNoLogits, b.yesNoLogits, 0, 0));
    // The fingerprint is a property of the files.
    QCOMPARE(loaded.fingerprint.size(), std::size_t(64));
    QCOMPARE(checkpointFingerprint(dir), loaded.fingerprint);
    const auto other = saveTiny(m_dir.path(), "rt-other-seed", 4);
    QVERIFY(checkpointFingerprint(other) != loaded.fingerprint);
  }

  void savingIsAtomicAndRefusesToOverwrite() {
    const auto dir = saveTiny(m_dir.path(), "atomic");
    const auto before = checkpointFingerprint(dir);
    auto model = randomAsLlr(tinyConfig(), 300, 301, 99, 0);
    CheckpointSaveOptions o;
    o.tokenizerPath = kTokenizer;
    QVERIFY_THROWS_EXCEPTION(CheckpointError, saveCheckpoint(dir, model, tinyManifest(), o));
    QCOMPARE(checkpointFingerprint(dir), before);
    // A failing save (no tokenizer) leaves nothing behind.
    o.tokenizerPath = m_dir.path().toStdString() + "/absent.json";
    o.overwrite = true;
    QVERIFY_THROWS_EXCEPTION(CheckpointError, saveCheckpoint(dir, model, tinyManifest(), o));
    QCOMPARE(checkpointFingerprint(dir), before);
    o.tokenizerPath = kTokenizer;
    saveCheckpoint(dir, model, tinyManifest(), o);
    QVERIFY(checkpointFingerprint(dir) != before);
    QVERIFY(!loadCheckpoint(dir).manifest.hasLora);
    QVERIFY(!fs::exists(dir + "/adapter"));
  }

  void missingFiles() {
    EXPECT_LOAD_ERROR(m_dir.path().toStdString() + "/nothing-here", "nothing-here");
    auto dir = saveTiny(m_dir.path(), "no-manifest");
    fs::remove(dir + "/manifest.json");
    EXPECT_LOAD_ERROR(dir, "manifest.json", "missing");
    dir = saveTiny(m_dir.path(), "no-heads");
    fs::remove(dir + "/heads.safetensors");
    EXPECT_LOAD_ERROR(dir, "heads.safetensors", "missing");
    dir = saveTiny(m_dir.path(), "no-tokenizer");
    fs::remove(dir + "/backbone/tokenizer.json");
    EXPECT_LOAD_ERROR(dir, "tokenizer.json");
    dir = saveTiny(m_dir.path(), "no-adapter");
    fs::remove(dir + "/adapter/adapter_model.safetensors");
    EXPECT_LOAD_ERROR(dir, "adapter_model.safetensors");
  }

  void corruptAndTruncatedFiles() {
    auto dir = saveTiny(m_dir.path(), "corrupt-header");
    {
      std::fstream f(dir + "/heads.safetensors", std::ios::in | std::ios::out | std::ios::binary);
      const char huge[8] = {'\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\x00', '\x00'};
      f.write(huge, 8);
    }
    EXPECT_LOAD_ERROR(dir, "heads.safetensors");
    dir = saveTiny(m_dir.path(), "truncated");
    const auto weights = dir + "/backbone/model.safetensors";
    fs::resize_file(weights, fs::file_size(weights) - 100);
    EXPECT_LOAD_ERROR(dir, "model.safetensors");
    dir = saveTiny(m_dir.path(), "bad-json");
    {
      std::ofstream f(dir + "/manifest.json", std::ios::trunc);
      f << "{\"format_version\": 1, ";
    }
    EXPECT_LOAD_ERROR(dir, "manifest.json", "not valid JSON");
  }

  void wrongNamesShapesAndDtypes() {
    const auto heads = [](std::int64_t width, const char* skip, ll::safetensors::DType dtype) {
      std::map<std::string, ll::safetensors::TensorData> t;
      t.emplace("point_head.weight", floats({1, width}, dtype));
      t.emplace("point_head.bias", floats({1}));
      t.emplace("pair_head.weight", floats({1, 32}));
      t.emplace("pair_head.bias", floats({1}));
      t.erase(skip);
      return t;
    };
    auto dir = saveTiny(m_dir.path(), "wrong-shape");
    writeHeads(dir + "/heads.safetensors", heads(16, "", ll::safetensors::DType::F32));
    EXPECT_LOAD_ERROR(dir, "heads.safetensors", "point_head.weight", "shape");
    dir = saveTiny(m_dir.path(), "missing-tensor");
    writeHeads(dir + "/heads.safetensors", heads(32, "pair_head.bias", ll::safetensors::DType::F32));
    EXPECT_LOAD_ERROR(dir, "heads.safetensors", "pair_head.bias");
    dir = saveTiny(m_dir.path(), "wrong-dtype");
    writeHeads(dir + "/heads.safetensors", heads(32, "", ll::safetensors::DType::I32));
    EXPECT_LOAD_ERROR(dir, "heads.safetensors", "point_head.weight", "I32");
    dir = saveTiny(m_dir.path(), "extra-tensor");
    auto extra = heads(32, "", ll::safetensors::DType::F32);
    extra.emplace("point_head.scale", floats({1}));
    writeHeads(dir + "/heads.safetensors", extra);
    EXPECT_LOAD_ERROR(dir, "heads.safetensors", "point_head.scale");
    // A backbone without one of its tensors.
    dir = saveTiny(m_dir.path(), "backbone-missing");
    {
      const auto path = dir + "/backbone/model.safetensors";
      std::map<std::string, ll::safetensors::TensorData> kept;
      {
        const auto file = ll::safetensors::File::open(path);
        for (const auto& info : file->tensors()) {
          if (info.name == "model.norm.weight") continue;
          ll::safetensors::TensorData t;
          t.dtype = info.dtype;
          t.shape = info.shape;
          const auto bytes = file->data(info);
          t.bytes.assign(bytes.begin(), bytes.end());
          kept.emplace(info.name, std::move(t));
        }
      }
      ll::safetensors::write(path, kept);
    }
    EXPECT_LOAD_ERROR(dir, "model.safetensors", "model.norm.weight");
  }

  void manifestProblems() {
    const auto edit = [](const std::string& dir, const std::function<void(nlohmann::json&)>& change) {
      std::ifstream in(dir + "/manifest.json");
      auto j = nlohmann::json::parse(in);
      change(j);
      std::ofstream out(dir + "/manifest.json", std::ios::trunc);
      out << j.dump(2);
    };
    auto dir = saveTiny(m_dir.path(), "newer");
    edit(dir, [](nlohmann::json& j) { j["format_version"] = 99; });
    EXPECT_LOAD_ERROR(dir, "manifest.json", "format_version 99", "newer");
    dir = saveTiny(m_dir.path(), "no-answer");
    edit(dir, [](nlohmann::json& j) { j.erase("answer_tokens"); });
    EXPECT_LOAD_ERROR(dir, "manifest.json", "answer_tokens");
    dir = saveTiny(m_dir.path(), "answer-outside");
    edit(dir, [](nlohmann::json& j) { j["answer_tokens"]["yes"]["id"] = 5000; });
    EXPECT_LOAD_ERROR(dir, "manifest.json", "5000");
    dir = saveTiny(m_dir.path(), "bad-serializer");
    edit(dir, [](nlohmann::json& j) { j["serializer"]["token_budget"] = "many"; });
    EXPECT_LOAD_ERROR(dir, "manifest.json", "token_budget");
    dir = saveTiny(m_dir.path(), "bad-calibration");
    edit(dir, [](nlohmann::json& j) { j["calibration"] = {{"method", "isotonic"}}; });
    EXPECT_LOAD_ERROR(dir, "manifest.json", "calibration.method");
  }

  void externalBackboneIsVerified() {
    // An embedded checkpoint's backbone folder serves as the external Hugging Face folder.
    const auto source = saveTiny(m_dir.path(), "source", 0);
    const auto external = m_dir.path().toStdString() + "/hf-backbone";
    fs::copy(source + "/backbone", external, fs::copy_options::recursive);
    auto loaded = loadCheckpoint(source);
    auto manifest = loaded.manifest;
    manifest.backbone.embedded = false;
    manifest.backbone.path = external;
    const auto dir = m_dir.path().toStdString() + "/external";
    saveCheckpoint(dir, loaded.model, manifest, {});
    QVERIFY(!fs::exists(dir + "/backbone"));
    const auto again = loadCheckpoint(dir);
    QCOMPARE(again.manifest.backbone.sha256.size(), std::size_t(3));
    QCOMPARE(again.manifest.backbone.sha256.at("model.safetensors"), sha256File(external + "/model.safetensors"));
    {
      std::ofstream f(external + "/config.json", std::ios::app);
      f << "\n";
    }
    EXPECT_LOAD_ERROR(dir, "config.json", "SHA-256 mismatch");
    fs::remove(external + "/config.json");
    EXPECT_LOAD_ERROR(dir, "config.json", "missing");
  }

  // Each error carries its structured message (what() is its English text), also where load()
  // wraps an error of the safetensors reader or the serializer, so that the jobs can translate it.
  void errorsCarryTheirMessage() {
    // The message of load()'s error; its English must be what().
    std::string what;
    const auto loadMessage = [&](const std::string& dir) -> Message {
      try {
        (void)loadCheckpoint(dir);
      } catch (const CheckpointError& e) {
        what = e.what();
        return e.message();
      }
      what = "loaded";
      return Message::untranslated(what);
    };
    // A folder whose name holds placeholders: substituted once, the name comes out as it is.
    const auto root = m_dir.path().toStdString() + "/messages %2 %1";
    fs::create_directories(root);
    auto dir = saveTiny(QString::fromStdString(root), "no-manifest");
    fs::remove(dir + "/manifest.json");
    auto m = loadMessage(dir);
    QCOMPARE(what, m.english());
    QCOMPARE(std::string(m.context()), std::string("ll::engine"));
    QCOMPARE(std::string(m.source()),
             std::string("%1: the manifest is missing: this folder is not a LeadLadder checkpoint."));
    QCOMPARE(m.args().size(), std::size_t(1));
    QCOMPARE(m.args()[0].text(), dir + "/manifest.json");
    QCOMPARE(m.english(),
             dir + "/manifest.json: the manifest is missing: this folder is not a LeadLadder checkpoint.");

    dir = saveTiny(QString::fromStdString(root), "truncated");
    const auto weights = dir + "/backbone/model.safetensors";
    fs::resize_file(weights, fs::file_size(weights) - 100);
    m = loadMessage(dir);
    QCOMPARE(what, m.english());
    QCOMPARE(std::string(m.source()), std::string("Cannot load safetensors file \"%1\": %2."));
    QCOMPARE(m.args().size(), std::size_t(2));
    QCOMPARE(m.args()[0].text(), weights);
    QVERIFY(m.args()[1].isMessage());
    QVERIFY2(std::string(m.args()[1].message().source()).ends_with("the file is truncated"),
             m.args()[1].message().source());
    QVERIFY2(m.english().starts_with("Cannot load safetensors file \"" + weights + "\": tensor \""),
             m.english().c_str());

    dir = saveTiny(QString::fromStdString(root), "bad-serializer");
    {
      std::ifstream in(dir + "/manifest.json");
      auto j = nlohmann::json::parse(in);
      j["serializer"]["language"] = "fr";
      std::ofstream out(dir + "/manifest.json", std::ios::trunc);
      out << j.dump(2);
    }
    m = loadMessage(dir);
    QCOMPARE(what, m.english());
    QCOMPARE(std::string(m.source()), std::string("%1: serializer.%2 is \"%3\": use \"en\" or \"zh\"."));
    QCOMPARE(m.english(), dir + "/manifest.json: serializer.language is \"fr\": use \"en\" or \"zh\".");

    // Heads that do not fit: every problem listed, each a message of its own.
    dir = saveTiny(QString::fromStdString(root), "heads");
    {
      std::map<std::string, ll::safetensors::TensorData> t;
      t.emplace("point_head.weight", floats({1, 16}));
      t.emplace("point_head.bias", floats({1}));
      t.emplace("pair_head.weight", floats({1, 32}));
      t.emplace("pair_head.scale", floats({1}));
      writeHeads(dir + "/heads.safetensors", t);
    }
    m = loadMessage(dir);
    QCOMPARE(what, m.english());
    QCOMPARE(m.english(), dir +
                              "/heads.safetensors: the head weights do not fit the model: tensor "
                              "point_head.weight: expected shape [1, 32], found [1, 16]; missing tensor "
                              "pair_head.bias; unexpected tensor pair_head.scale.");
  }

  void sha256KnownAnswers() {
    // FIPS 180-2 examples.
    QCOMPARE(sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
             std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    QCOMPARE(sha256Hex(std::string(1000000, 'a')),
             std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
  }

 private:
  QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
