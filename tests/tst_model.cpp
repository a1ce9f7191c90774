// The Qwen2 backbone, LoRA and the asLLR heads. The key check is parity: the C++ forward on the
// fixtures in tests/data/model/ matches an independent float64 reference written in Python
// (scripts/make-model-fixtures.py), one sequence at a time and in padded batches.

#include "engine/model/asllr.h"
#include "engine/model/config.h"
#include "engine/model/qwen2.h"
#include "engine/model/tensormemory.h"
#include "engine/model/threads.h"
#include "engine/safetensors.h"

#include <torch/nn/init.h>
#include <torch/utils.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ll::model;

namespace {

std::string fixtureDir(const char* name) { return std::string(LL_TEST_DATA_DIR) + "/model/" + name; }

struct RefCase {
  std::vector<std::int64_t> ids;
  torch::Tensor hidden;      // [T,d]
  torch::Tensor lastLogits;  // [V]
};

torch::Tensor toTensor(const QJsonArray& values) {
  std::vector<double> v;
  v.reserve(static_cast<std::size_t>(values.size()));
  for (const auto& x : values) v.push_back(x.toDouble());
  return torch::tensor(v, torch::kFloat64);
}

std::vector<RefCase> loadReference(const std::string& dir) {
  QFile f(QString::fromStdString(dir + "/reference.json"));
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read reference.json");
  const auto cases = QJsonDocument::fromJson(f.readAll()).object().value(u"cases"_s).toArray();
  std::vector<RefCase> out;
  for (const auto& c : cases) {
    const auto obj = c.toObject();
    RefCase r;
    for (const auto& id : obj.value(u"input_ids"_s).toArray()) r.ids.push_back(id.toInteger());
    std::vector<torch::Tensor> rows;
    for (const auto& row : obj.value(u"hidden"_s).toArray()) rows.push_back(toTensor(row.toArray()));
    r.hidden = torch::stack(rows);
    r.lastLogits = toTensor(obj.value(u"last_logits"_s).toArray());
    out.push_back(std::move(r));
  }
  return out;
}

// Right-padded (or left-padded) batch of id lists, padding with token 0.
std::pair<torch::Tensor, torch::Tensor> makeBatch(const std::vector<RefCase>& cases, bool left = false) {
  std::int64_t t = 0;
  for (const auto& c : cases) t = std::max<std::int64_t>(t, static_cast<std::int64_t>(c.ids.size()));
  const auto b = static_cast<std::int64_t>(cases.size());
  auto ids = torch::zeros({b, t}, torch::kInt64);
  auto mask = torch::zeros({b, t}, torch::kInt64);
  for (std::int64_t row = 0; row < b; ++row) {
    const auto& c = cases[static_cast<std::size_t>(row)];
    const auto n = static_cast<std::int64_t>(c.ids.size());
    const auto start = left ? t - n : 0;
    for (std::int64_t i = 0; i < n; ++i) {
      ids[row][start + i] = c.ids[static_cast<std::size_t>(i)];
      mask[row][start + i] = 1;
    }
  }
  return {ids, mask};
}

std::pair<torch::Tensor, torch::Tensor> single(const std::vector<std::int64_t>& ids) {
  auto t = torch::tensor(ids, torch::kInt64).unsqueeze(0);
  return {t, torch::ones_like(t)};
}

double maxAbs(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

// All tensors of a checkpoint as writable data, so a test can damage one and write it back.
std::map<std::string, ll::safetensors::TensorData> readAll(const std::string& path) {
  const auto ck = ll::safetensors::Checkpoint::open(path);
  std::map<std::string, ll::safetensors::TensorData> out;
  for (const auto& name : ck.names()) {
    const auto* info = ck.find(name);
    const auto bytes = ck.data(name);
    out[name] = ll::safetensors::TensorData{info->dtype, info->shape, {bytes.begin(), bytes.end()}};
  }
  return out;
}

std::string loadError(const Qwen2Config& config, const std::string& path) {
  Qwen2ForCausalLM model(config);
  try {
    loadWeights(model, ll::safetensors::Checkpoint::open(path), path);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return {};
}

void randomizeLoraB(Qwen2ForCausalLM& model) {
  torch::NoGradGuard noGrad;
  for (auto& [name, p] : model->loraParameters())
    if (name.find("lora_B") != std::string::npos) p.normal_(0.0, 0.05);
}

}  // namespace

class TestModel : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase();
  void config();
  void configErrors();
  void parity_data();
  void parity();
  void shapeMismatchError();
  void missingAndUnexpectedTensors();
  void halfPrecisionWeights();
  void loraZeroB();
  void loraMerge();
  void loraSaveLoad();
  void loraTraining();
  void heads();
  void threads();
  void tensorMemory();
};

void TestModel::initTestCase() {
  torch::manual_seed(7);
  setIntraOpThreads(2);
}

void TestModel::config() {
  const auto c = Qwen2Config::fromFile(fixtureDir("qwen2-tiny"));
  QCOMPARE(c.vocabSize, std::int64_t{320});
  QCOMPARE(c.hiddenSize, std::int64_t{48});
  QCOMPARE(c.numKeyValueHeads, std::int64_t{2});
  QCOMPARE(c.headDim(), std::int64_t{12});
  QCOMPARE(c.tieWordEmbeddings, false);
  QCOMPARE(c.torchDtype, std::string("float32"));
  // What we write reads back the same.
  const auto again = Qwen2Config::fromJsonText(c.toJsonText(), "round trip");
  QCOMPARE(again.intermediateSize, c.intermediateSize);
  QCOMPARE(again.ropeTheta, c.ropeTheta);
  QVERIFY(Qwen2Config::fromFile(fixtureDir("qwen2-tied")).tieWordEmbeddings);
}

void TestModel::configErrors() {
  const auto base = Qwen2Config::fromFile(fixtureDir("qwen2-tiny")).toJsonText();
  const auto errorOf = [](const std::string& text) -> std::string {
    try {
      Qwen2Config::fromJsonText(text, "dir/config.json");
    } catch (const std::runtime_error& e) {
      return e.what();
    }
    return {};
  };
  auto replace = [&](const std::string& from, const std::string& to) {
    auto s = base;
    const auto at = s.find(from);
    if (at == std::string::npos) qFatal("fixture text changed");
    return s.replace(at, from.size(), to);
  };
  auto msg = errorOf(replace("\"hidden_size\": 48", "\"hidden_sizes\": 48"));
  QVERIFY2(msg.find("dir/config.json") != std::string::npos && msg.find("\"hidden_size\"") != std::string::npos, msg.c_str());
  msg = errorOf(replace("\"hidden_size\": 48", "\"hidden_size\": 50"));
  QVERIFY2(msg.find("does not divide hidden_size (50)") != std::string::npos, msg.c_str());
  msg = errorOf(replace("\"num_key_value_heads\": 2", "\"num_key_value_heads\": 3"));
  QVERIFY2(msg.find("num_key_value_heads (3)") != std::string::npos, msg.c_str());
  msg = errorOf(replace("\"vocab_size\": 320", "\"vocab_size\": \"320\""));
  QVERIFY2(msg.find("\"vocab_size\" must be an integer") != std::string::npos, msg.c_str());
  msg = errorOf("{not json");
  QVERIFY2(msg.find("not valid JSON") != std::string::npos, msg.c_str());
  msg = errorOf(replace("\"rope_scaling\": null", "\"rope_scaling\": {\"type\": \"yarn\"}"));
  QVERIFY2(msg.find("rope_scaling") != std::string::npos, msg.c_str());
}

void TestModel::parity_data() {
  QTest::addColumn<QString>("fixture");
  QTest::newRow("gqa, separate lm_head") << u"qwen2-tiny"_s;
  QTest::newRow("one kv head, tied lm_head") << u"qwen2-tied"_s;
}

void TestModel::parity() {
  QFETCH(QString, fixture);
  const auto dir = fixtureDir(fixture.toUtf8().constData());
  auto model = loadBackbone(dir);
  const auto cases = loadReference(dir);
  QVERIFY(cases.size() >= 3);
  torch::InferenceMode inference;
  constexpr double kTol = 1e-4;

  // One sequence at a time: every position's hidden state, and the last position's logits.
  double oneHidden = 0, oneLogits = 0;
  for (const auto& c : cases) {
    const auto [ids, mask] = single(c.ids);
    const auto hidden = model(ids, mask)[0];
    oneHidden = std::max(oneHidden, maxAbs(hidden, c.hidden));
    oneLogits = std::max(oneLogits, maxAbs(model->logits(hidden[-1]), c.lastLogits));
  }

  // Batched, right- and left-padded: real positions must match the same reference.
  double batchHidden = 0, batchLogits = 0;
  for (const bool left : {false, true}) {
    const auto [ids, mask] = makeBatch(cases, left);
    const auto hidden = model(ids, mask);
    const auto last = lastTokenHidden(hidden, mask);
    const auto logits = model->logits(last);
    for (std::size_t row = 0; row < cases.size(); ++row) {
      const auto& c = cases[row];
      const auto n = static_cast<std::int64_t>(c.ids.size());
      const auto start = left ? ids.size(1) - n : 0;
      const auto r = static_cast<std::int64_t>(row);
      batchHidden = std::max(batchHidden, maxAbs(hidden[r].slice(0, start, start + n), c.hidden));
      batchLogits = std::max(batchLogits, maxAbs(logits[r], c.lastLogits));
      // The gathered last state is the last real position's.
      QCOMPARE(maxAbs(last[r], hidden[r][start + n - 1]), 0.0);
    }
  }
  qInfo("%s: max |C++ - reference|: one-by-one hidden %.3g logits %.3g; batched hidden %.3g logits %.3g",
        qPrintable(fixture), oneHidden, oneLogits, batchHidden, batchLogits);
  QVERIFY(oneHidden < kTol);
  QVERIFY(oneLogits < kTol);
  QVERIFY(batchHidden < kTol);
  QVERIFY(batchLogits < kTol);
  // The reference must be non-trivial for the comparison to mean anything.
  QVERIFY(cases[0].hidden.abs().max().item<double>() > 0.5);
}

void TestModel::shapeMismatchError() {
  const auto dir = fixtureDir("qwen2-tiny");
  auto tensors = readAll(dir + "/model.safetensors");
  auto& t = tensors.at("model.layers.1.self_attn.k_proj.weight");  // [24, 48]
  t.shape = {24, 47};
  t.bytes.resize(24 * 47 * 4);
  QTemporaryDir tmp;
  const auto path = tmp.filePath(u"bad.safetensors"_s).toStdString();
  ll::safetensors::write(path, tensors);
  const auto msg = loadError(Qwen2Config::fromFile(dir), path);
  QVERIFY2(msg.find(path) != std::string::npos, msg.c_str());
  QVERIFY2(msg.find("tensor model.layers.1.self_attn.k_proj.weight: expected shape [24, 48], found [24, 47]") !=
               std::string::npos,
           msg.c_str());
}

void TestModel::missingAndUnexpectedTensors() {
  const auto dir = fixtureDir("qwen2-tiny");
  auto tensors = readAll(dir + "/model.safetensors");
  tensors.erase("model.layers.0.mlp.up_proj.weight");
  tensors.erase("lm_head.weight");
  tensors["model.layers.0.mlp.extra.weight"] = tensors.at("model.norm.weight");
  QTemporaryDir tmp;
  const auto path = tmp.filePath(u"partial.safetensors"_s).toStdString();
  ll::safetensors::write(path, tensors);
  const auto msg = loadError(Qwen2Config::fromFile(dir), path);
  QVERIFY2(msg.find("missing tensors: lm_head.weight, model.layers.0.mlp.up_proj.weight") != std::string::npos,
           msg.c_str());
  QVERIFY2(msg.find("unexpected tensors: model.layers.0.mlp.extra.weight") != std::string::npos, msg.c_str());

  // A tied model ignores a stored lm_head.weight.
  const auto tiedDir = fixtureDir("qwen2-tied");
  auto tied = readAll(tiedDir + "/model.safetensors");
  tied["lm_head.weight"] = tied.at("model.embed_tokens.weight");
  const auto tiedPath = tmp.filePath(u"tied.safetensors"_s).toStdString();
  ll::safetensors::write(tiedPath, tied);
  QCOMPARE(QString::fromStdString(loadError(Qwen2Config::fromFile(tiedDir), tiedPath)), QString());
}

void TestModel::halfPrecisionWeights() {
  // F16 and BF16 files load into an fp32 module, and F32 into a bf16 module, by conversion.
  const auto dir = fixtureDir("qwen2-tied");
  const auto config = Qwen2Config::fromFile(dir);
  auto reference = loadBackbone(dir);
  QTemporaryDir tmp;
  for (const auto dtype : {torch::kFloat16, torch::kBFloat16}) {
    std::map<std::string, ll::safetensors::TensorData> tensors;
    for (const auto& item : reference->named_parameters())
      tensors[item.key()] = tensorToSafetensors(item.value().to(dtype));
    const auto path = tmp.filePath(u"half.safetensors"_s).toStdString();
    ll::safetensors::write(path, tensors);
    Qwen2ForCausalLM model(config);
    loadWeights(model, ll::safetensors::Checkpoint::open(path), path);
    const auto& w = reference->model->embed_tokens->weight;
    QCOMPARE(maxAbs(model->model->embed_tokens->weight, w.to(dtype).to(torch::kFloat32)), 0.0);
  }
  auto bf16 = loadBackbone(dir, torch::kBFloat16);
  QCOMPARE(bf16->model->norm->weight().scalar_type(), torch::kBFloat16);
  torch::InferenceMode inference;
  const auto [ids, mask] = single({5, 17, 300, 2});
  const auto diff = maxAbs(bf16(ids, mask), reference(ids, mask));
  qInfo("bf16 vs fp32 hidden: max abs diff %.3g", diff);
  QVERIFY(diff < 0.25);  // bf16 keeps ~3 significant digits; this only catches a broken path
}

void TestModel::loraZeroB() {
  auto model = loadBackbone(fixtureDir("qwen2-tiny"));
  const auto [ids, mask] = makeBatch(loadReference(fixtureDir("qwen2-tiny")));
  torch::Tensor before;
  {
    torch::NoGradGuard noGrad;
    before = model(ids, mask);
  }
  model->enableLora({.rank = 4, .alpha = 8.0, .dropout = 0.1, .mlp = true});
  model->eval();
  torch::NoGradGuard noGrad;
  QCOMPARE(maxAbs(model(ids, mask), before), 0.0);
  QCOMPARE(model->loraParameters().size(), std::size_t{2 * 2 * 7});
}

void TestModel::loraMerge() {
  auto model = loadBackbone(fixtureDir("qwen2-tiny"));
  const auto [ids, mask] = makeBatch(loadReference(fixtureDir("qwen2-tiny")));
  torch::NoGradGuard noGrad;
  const auto base = model(ids, mask);
  model->enableLora({.rank = 4, .alpha = 8.0, .dropout = 0.1, .mlp = true});
  model->eval();
  randomizeLoraB(model);
  const auto unmerged = model(ids, mask);
  model->mergeLora();
  const auto merged = model(ids, mask);
  model->unmergeLora();
  const auto restored = model(ids, mask);
  const auto mask3 = mask.unsqueeze(-1).to(torch::kBool);  // padded positions carry no meaning
  const auto real = [&](const torch::Tensor& t) { return t.masked_select(mask3); };
  const double change = maxAbs(real(unmerged), real(base));
  const double mergeDiff = maxAbs(real(merged), real(unmerged));
  qInfo("LoRA: effect of B %.3g, merged vs unmerged %.3g", change, mergeDiff);
  QVERIFY(change > 1e-2);  // B really changes the output...
  QVERIFY(mergeDiff < 1e-5);  // ...and merging it in changes nothing further
  QVERIFY(maxAbs(real(restored), real(unmerged)) < 1e-5);
}

void TestModel::loraSaveLoad() {
  const auto dir = fixtureDir("qwen2-tiny");
  auto model = loadBackbone(dir);
  const LoraOptions options{.rank = 4, .alpha = 8.0, .dropout = 0.0, .mlp = false};
  model->enableLora(options);
  model->eval();
  randomizeLoraB(model);
  QTemporaryDir tmp;
  const auto adapter = tmp.path().toStdString();
  saveLora(model, adapter);

  const auto ck = ll::safetensors::Checkpoint::open(adapter + "/adapter_model.safetensors");
  const auto names = ck.names();
  QCOMPARE(names.size(), std::size_t{2 * 4 * 2});
  for (const auto& n : names) {
    QVERIFY2(n.starts_with("base_model.model.model.layers.") &&
                 (n.ends_with(".lora_A.weight") || n.ends_with(".lora_B.weight")),
             n.c_str());
  }
  const auto* a = ck.find("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight");
  QVERIFY(a);
  QCOMPARE(a->shape, (std::vector<std::int64_t>{4, 48}));
  QVERIFY(ck.find("base_model.model.model.layers.1.self_attn.o_proj.lora_B.weight"));
  QVERIFY(QFile::exists(tmp.filePath(u"adapter_config.json"_s)));

  auto again = loadBackbone(dir);
  again->enableLora(options);
  again->eval();
  loadLora(again, adapter);
  const auto [ids, mask] = single({1, 2, 3, 4, 5});
  torch::NoGradGuard noGrad;
  QCOMPARE(maxAbs(again(ids, mask), model(ids, mask)), 0.0);

  // A different alpha would scale the adapter wrongly: refused.
  auto other = loadBackbone(dir);
  other->enableLora({.rank = 4, .alpha = 16.0, .dropout = 0.0, .mlp = false});
  QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadLora(other, adapter));
}

void TestModel::loraTraining() {
  // Only LoRA matrices learn; the base stays frozen.
  auto model = loadBackbone(fixtureDir("qwen2-tied"));
  model->enableLora({.rank = 2, .alpha = 4.0, .dropout = 0.0, .mlp = false});
  model->train();
  randomizeLoraB(model);
  const auto [ids, mask] = single({3, 1, 4, 1, 5});
  model->logits(model(ids, mask)).sum().backward();
  for (const auto& item : model->named_parameters()) {
    const bool lora = item.key().find(".lora_") != std::string::npos;
    QCOMPARE(item.value().requires_grad(), lora);
    if (lora) QVERIFY2(item.value().grad().defined(), item.key().c_str());
  }
  // A merged adapter cannot be trained.
  model->mergeLora();
  QVERIFY_THROWS_EXCEPTION(std::exception, model(ids, mask));
}

void TestModel::heads() {
  auto backbone = loadBackbone(fixtureDir("qwen2-tiny"));
  AsLlr asllr(backbone, AsLlrOptions{.yesTokenId = 11, .noTokenId = 42});
  asllr->eval();
  const auto cases = loadReference(fixtureDir("qwen2-tiny"));
  const auto [ids, mask] = makeBatch(cases);
  torch::NoGradGuard noGrad;
  const auto out = asllr(ids, mask);
  const auto b = static_cast<std::int64_t>(cases.size());
  QCOMPARE(out.pointLogit.sizes().vec(), (std::vector<std::int64_t>{b}));
  QCOMPARE(out.pairScore.sizes().vec(), (std::vector<std::int64_t>{b}));
  QCOMPARE(out.yesNoLogits.sizes().vec(), (std::vector<std::int64_t>{b, 2}));
  QCOMPARE(out.lastHidden.sizes().vec(), (std::vector<std::int64_t>{b, 48}));
  // The semantic head is the LM head read at the two ids: compare with the reference logits.
  for (std::int64_t r = 0; r < b; ++r) {
    const auto& ref = cases[static_cast<std::size_t>(r)].lastLogits;
    QVERIFY(std::abs(out.yesNoLogits[r][0].item<double>() - ref[11].item<double>()) < 1e-4);
    QVERIFY(std::abs(out.yesNoLogits[r][1].item<double>() - ref[42].item<double>()) < 1e-4);
  }
  // The two heads are separate: different weights, different scores.
  QVERIFY(maxAbs(out.pointLogit, out.pairScore) > 0);

  QTemporaryDir tmp;
  const auto path = tmp.filePath(u"heads.safetensors"_s).toStdString();
  asllr->saveHeads(path);
  const auto ck = ll::safetensors::Checkpoint::open(path);
  QCOMPARE(ck.names(), (std::vector<std::string>{"pair_head.bias", "pair_head.weight", "point_head.bias",
                                                   "point_head.weight"}));
  AsLlr other(backbone, AsLlrOptions{.yesTokenId = 11, .noTokenId = 42});
  other->eval();
  other->loadHeads(path);
  const auto out2 = other(ids, mask);
  QCOMPARE(maxAbs(out2.pointLogit, out.pointLogit), 0.0);
  QCOMPARE(maxAbs(out2.pairScore, out.pairScore), 0.0);

  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AsLlr(backbone, AsLlrOptions{.yesTokenId = 320, .noTokenId = 1}));
  // A row without tokens has no last token.
  auto emptyMask = mask.clone();
  emptyMask[1].zero_();
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, asllr(ids, emptyMask));
}

void TestModel::threads() {
  setIntraOpThreads(1);
  QCOMPARE(intraOpThreads(), 1);
  setIntraOpThreads(2);
  QCOMPARE(intraOpThreads(), 2);
  QVERIFY_THROWS_EXCEPTION(std::invalid_argument, setIntraOpThreads(0));
}

void TestModel::tensorMemory() {
  // setIntraOpThreads (initTestCase) installed the caching allocator: a freed large buffer is
  // handed to the next request of its size class, small ones are not counted.
  useCachingTensorAllocator();
  releaseCachedTensorMemory();
  const auto before = tensorMemoryStats();
  QCOMPARE(before.cachedBytes, std::size_t{0});
  const void* first = nullptr;
  {
    const auto a = torch::ones({1000, 1000});  // 4,000,000 bytes
    first = a.data_ptr();
    QCOMPARE(a.sum().item<double>(), 1e6);
  }
  const auto afterFree = tensorMemoryStats();
  QCOMPARE(afterFree.largeAllocations, before.largeAllocations + 1);
  QVERIFY(afterFree.cachedBytes >= std::size_t{4000000});
  QVERIFY(afterFree.cachedBytes <= std::size_t{5000000});
  {
    const auto b = torch::zeros({999, 1001});  // 3,999,996 bytes: the same class, zeroed again
    QCOMPARE(static_cast<const void*>(b.data_ptr()), first);
    QCOMPARE(tensorMemoryStats().cachedBytes, std::size_t{0});
    QCOMPARE(b.abs().sum().item<double>(), 0.0);
  }
  const auto afterReuse = tensorMemoryStats();
  QCOMPARE(afterReuse.reused, before.reused + 1);
  {
    const auto small = torch::ones({100});
    QCOMPARE(small.sum().item<double>(), 100.0);
  }
  QCOMPARE(tensorMemoryStats().largeAllocations, afterReuse.largeAllocations);

  // Releasing empties the cache; a cap of zero keeps nothing idle.
  releaseCachedTensorMemory();
  QCOMPARE(tensorMemoryStats().cachedBytes, std::size_t{0});
  useCachingTensorAllocator(0);
  { const auto c = torch::ones({1000, 1000}); }
  QCOMPARE(tensorMemoryStats().cachedBytes, std::size_t{0});
  useCachingTensorAllocator();
}

QTEST_APPLESS_MAIN(TestModel)
#include "tst_model.moc"
