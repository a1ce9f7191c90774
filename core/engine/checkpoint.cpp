#include "engine/checkpoint.h"

#include "engine/safetensors.h"

#include <torch/nn/init.h>
#include <torch/utils.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>
#include <unistd.h>

namespace ll::engine {

namespace fs = std::filesystem;
using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// SHA-256 (FIPS 180-4)

namespace {

class Sha256 {
 public:
  void update(const unsigned char* data, std::size_t size) {
    m_length += size;
    while (size > 0) {
      const auto take = std::min(size, std::size_t{64} - m_fill);
      std::memcpy(m_block.data() + m_fill, data, take);
      m_fill += take;
      data += take;
      size -= take;
      if (m_fill == 64) {
        compress(m_block.data());
        m_fill = 0;
      }
    }
  }

  std::string hex() {
    const std::uint64_t bits = m_length * 8;
    const unsigned char pad = 0x80;
    update(&pad, 1);
    const unsigned char zero = 0;
    while (m_fill != 56) update(&zero, 1);
    std::array<unsigned char, 8> len{};
    for (int i = 0; i < 8; ++i) len[static_cast<std::size_t>(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    update(len.data(), 8);
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (const auto h : m_state)
      for (int shift = 28; shift >= 0; shift -= 4) out += digits[(h >> shift) & 0xF];
    return out;
  }

 private:
  static std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

  void compress(const unsigned char* p) {
    static constexpr std::uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = (std::uint32_t{p[4 * i]} << 24) | (std::uint32_t{p[4 * i + 1]} << 16) | (std::uint32_t{p[4 * i + 2]} << 8) |
             std::uint32_t{p[4 * i + 3]};
    for (int i = 16; i < 64; ++i) {
      const auto s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const auto s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, h] = m_state;
    for (int i = 0; i < 64; ++i) {
      const auto s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const auto ch = (e & f) ^ (~e & g);
      const auto t1 = h + s1 + ch + k[i] + w[i];
      const auto s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const auto maj = (a & b) ^ (a & c) ^ (b & c);
      const auto t2 = s0 + maj;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    const std::uint32_t add[8] = {a, b, c, d, e, f, g, h};
    for (std::size_t i = 0; i < 8; ++i) m_state[i] += add[i];
  }

  std::array<std::uint32_t, 8> m_state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::array<unsigned char, 64> m_block{};
  std::size_t m_fill = 0;
  std::uint64_t m_length = 0;
};

// `what` names the file ("the manifest").
std::string readText(const fs::path& path, const Message& what) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw CheckpointError(Message(QT_TRANSLATE_NOOP("ll::engine", "%1: %2 is missing or cannot be read."),
                                  path.string(), what));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeText(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out)
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: cannot write the file."), path.string()));
}

}  // namespace

std::string sha256Hex(std::string_view bytes) {
  Sha256 h;
  h.update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return h.hex();
}

std::string sha256File(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: cannot open the file to compute its SHA-256."), path));
  Sha256 h;
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = in.gcount();
    if (got > 0) h.update(reinterpret_cast<const unsigned char*>(buffer.data()), static_cast<std::size_t>(got));
  }
  if (in.bad())
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: read error while computing its SHA-256."), path));
  return h.hex();
}

// ---------------------------------------------------------------------------------------------
// Manifest

double Calibration::probability(double pointLogit) const {
  const double z = method == "platt" ? a * pointLogit + b : pointLogit;
  return 1.0 / (1.0 + std::exp(-z));
}

std::string CheckpointManifest::toJson() const {
  nlohmann::ordered_json j;
  j["format_version"] = formatVersion;
  j["kind"] = "leadladder-asllr";
  nlohmann::ordered_json backboneJson;
  backboneJson["embedded"] = backbone.embedded;
  if (!backbone.embedded) {
    backboneJson["path"] = backbone.path;
    backboneJson["sha256"] = backbone.sha256;
  }
  j["backbone"] = backboneJson;
  j["lora"] = {{"present", hasLora}};
  j["serializer"] = nlohmann::ordered_json::parse(serializer.toJson());
  j["funnel"] = funnel;
  nlohmann::ordered_json cal;
  cal["method"] = calibration.method;
  if (calibration.method == "platt") {
    cal["a"] = calibration.a;
    cal["b"] = calibration.b;
  }
  j["calibration"] = cal;
  j["answer_tokens"] = {{"yes", {{"id", yesTokenId}, {"text", yesToken}}}, {"no", {{"id", noTokenId}, {"text", noToken}}}};
  nlohmann::ordered_json t;
  t["data_fingerprint"] = training.dataFingerprint;
  t["seed"] = training.seed ? json(*training.seed) : json(nullptr);
  t["created_at"] = training.createdAt;
  t["command"] = training.command;
  t["extra"] = training.extra;
  j["training"] = t;
  j["metrics"] = metrics;
  return j.dump(2) + "\n";
}

CheckpointManifest CheckpointManifest::fromJson(std::string_view text, const std::string& source) {
  json j;
  try {
    j = json::parse(text);
  } catch (const json::exception& e) {
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: not valid JSON (%2)."), source, e.what()));
  }
  if (!j.is_object())
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the manifest must be a JSON object."), source));
  // `sentence` reads "%1: key \"%2\" ..." with the source as %1 and the key as %2.
  const auto bad = [&](const char* sentence, const std::string& key, auto&&... args) {
    return CheckpointError(Message(sentence, source, key, std::forward<decltype(args)>(args)...));
  };
  CheckpointManifest m;
  if (!j.contains("format_version") || !j["format_version"].is_number_integer())
    throw bad(
        QT_TRANSLATE_NOOP("ll::engine",
                          "%1: key \"%2\" is missing or not an integer: this is not a LeadLadder checkpoint "
                          "manifest."),
        "format_version");
  m.formatVersion = j["format_version"].get<int>();
  if (m.formatVersion > kFormatVersion)
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "%1: the checkpoint has format_version %2, written by a newer "
                                  "LeadLadder; this version reads up to %3. Update LeadLadder to "
                                  "use it."),
                source, m.formatVersion, kFormatVersion));
  if (m.formatVersion < 1)
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be at least 1."), "format_version");
  if (j.contains("kind") && j["kind"] != "leadladder-asllr")
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" is %3, expected \"leadladder-asllr\"."), "kind",
              j["kind"].dump());

  if (!j.contains("backbone") || !j["backbone"].is_object())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" is missing or not an object."), "backbone");
  const auto& b = j["backbone"];
  if (!b.contains("embedded") || !b["embedded"].is_boolean())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be true or false."), "backbone.embedded");
  m.backbone.embedded = b["embedded"].get<bool>();
  if (!m.backbone.embedded) {
    if (!b.contains("path") || !b["path"].is_string() || b["path"].get<std::string>().empty())
      throw bad(QT_TRANSLATE_NOOP(
                    "ll::engine",
                    "%1: key \"%2\" must name the backbone folder when the backbone is not embedded."),
                "backbone.path");
    m.backbone.path = b["path"].get<std::string>();
    if (!b.contains("sha256") || !b["sha256"].is_object() || b["sha256"].empty())
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must map each backbone file to its SHA-256."),
                "backbone.sha256");
    for (const auto& [file, hash] : b["sha256"].items()) {
      if (!hash.is_string() || hash.get<std::string>().size() != 64)
        throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be a 64-digit hex SHA-256."),
                  "backbone.sha256." + file);
      if (file.empty() || file.find("..") != std::string::npos || file.front() == '/')
        throw bad(QT_TRANSLATE_NOOP(
                      "ll::engine",
                      "%1: key \"%2\" names the file \"%3\", which lies outside the backbone folder."),
                  "backbone.sha256", file);
      m.backbone.sha256[file] = hash.get<std::string>();
    }
  }
  if (j.contains("lora")) {
    if (!j["lora"].is_object() || !j["lora"].contains("present") || !j["lora"]["present"].is_boolean())
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be {\"present\": true|false}."), "lora");
    m.hasLora = j["lora"]["present"].get<bool>();
  }
  if (!j.contains("serializer") || !j["serializer"].is_object())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" is missing or not an object."), "serializer");
  try {
    m.serializer = SerializerSpec::fromJson(j["serializer"].dump(), source);
  } catch (const SerializerError& e) {
    throw CheckpointError(e.message());
  }
  if (j.contains("funnel")) {
    if (!j["funnel"].is_object())
      throw bad(
          QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be a JSON object (the funnel definition)."),
          "funnel");
    m.funnel = j["funnel"];
  }
  if (j.contains("calibration")) {
    const auto& c = j["calibration"];
    if (!c.is_object() || !c.contains("method") || !c["method"].is_string())
      throw bad(QT_TRANSLATE_NOOP("ll::engine",
                                  "%1: key \"%2\" must be {\"method\": \"none\"} or {\"method\": \"platt\", "
                                  "\"a\": A, \"b\": B}."),
                "calibration");
    m.calibration.method = c["method"].get<std::string>();
    if (m.calibration.method == "platt") {
      if (!c.contains("a") || !c["a"].is_number() || !c.contains("b") || !c["b"].is_number())
        throw bad(QT_TRANSLATE_NOOP("ll::engine",
                                    "%1: key \"%2\" uses Platt scaling and needs numbers \"a\" and \"b\"."),
                  "calibration");
      m.calibration.a = c["a"].get<double>();
      m.calibration.b = c["b"].get<double>();
    } else if (m.calibration.method != "none") {
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" is \"%3\": use \"none\" or \"platt\"."),
                "calibration.method", m.calibration.method);
    }
  }
  if (!j.contains("answer_tokens") || !j["answer_tokens"].is_object())
    throw bad(
        QT_TRANSLATE_NOOP("ll::engine",
                          "%1: key \"%2\" is missing: it needs {\"yes\": {\"id\": N}, \"no\": {\"id\": N}}."),
        "answer_tokens");
  for (const char* which : {"yes", "no"}) {
    const auto& a = j["answer_tokens"];
    if (!a.contains(which) || !a[which].is_object() || !a[which].contains("id") || !a[which]["id"].is_number_integer())
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" is missing or not an integer."),
                std::string("answer_tokens.") + which + ".id");
    const auto id = a[which]["id"].get<std::int64_t>();
    if (id < 0)
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must not be negative."),
                std::string("answer_tokens.") + which + ".id");
    const auto word = a[which].contains("text") && a[which]["text"].is_string() ? a[which]["text"].get<std::string>() : "";
    if (std::string(which) == "yes") {
      m.yesTokenId = id;
      m.yesToken = word;
    } else {
      m.noTokenId = id;
      m.noToken = word;
    }
  }
  if (j.contains("training")) {
    const auto& t = j["training"];
    if (!t.is_object())
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be an object."), "training");
    const auto str = [&](const char* key, std::string& out) {
      if (!t.contains(key) || t[key].is_null()) return;
      if (!t[key].is_string())
        throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be a string."),
                  std::string("training.") + key);
      out = t[key].get<std::string>();
    };
    str("data_fingerprint", m.training.dataFingerprint);
    str("created_at", m.training.createdAt);
    str("command", m.training.command);
    if (t.contains("seed") && !t["seed"].is_null()) {
      if (!t["seed"].is_number_unsigned())
        throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be a non-negative integer or null."),
                  "training.seed");
      m.training.seed = t["seed"].get<std::uint64_t>();
    }
    if (t.contains("extra")) m.training.extra = t["extra"];
  }
  if (j.contains("metrics")) m.metrics = j["metrics"];
  return m;
}

// ---------------------------------------------------------------------------------------------
// Files

namespace {

constexpr const char* kManifest = "manifest.json";
constexpr const char* kHeads = "heads.safetensors";
constexpr const char* kBackboneDir = "backbone";
constexpr const char* kAdapterDir = "adapter";

fs::path backboneFolder(const fs::path& dir, const CheckpointManifest& m) {
  if (m.backbone.embedded) return dir / kBackboneDir;
  fs::path p(m.backbone.path);
  return p.is_absolute() ? p : dir / p;
}

// The files of a Hugging Face backbone folder that loading reads: config.json, tokenizer.json and
// the weights (one file, or the index and its shards), relative to the folder.
std::vector<std::string> backboneFiles(const fs::path& folder) {
  std::vector<std::string> files = {"config.json", "tokenizer.json"};
  if (fs::exists(folder / "model.safetensors")) {
    files.emplace_back("model.safetensors");
  } else if (fs::exists(folder / "model.safetensors.index.json")) {
    files.emplace_back("model.safetensors.index.json");
    std::set<std::string> shards;
    try {
      const auto index = json::parse(readText(folder / "model.safetensors.index.json",
                                              Message(QT_TRANSLATE_NOOP("ll::engine", "the weight index"))));
      for (const auto& [name, shard] : index.at("weight_map").items()) shards.insert(shard.get<std::string>());
    } catch (const json::exception& e) {
      throw CheckpointError(Message(QT_TRANSLATE_NOOP("ll::engine", "%1: not a valid weight index (%2)."),
                                    (folder / "model.safetensors.index.json").string(), e.what()));
    }
    files.insert(files.end(), shards.begin(), shards.end());
  } else {
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "%1: the backbone folder holds neither model.safetensors nor "
                                  "model.safetensors.index.json."),
                folder.string()));
  }
  return files;
}

// Relative paths of every file the fingerprint covers, sorted.
std::vector<std::string> fingerprintFiles(const fs::path& dir, const CheckpointManifest& m) {
  std::vector<std::string> files = {kManifest, kHeads};
  if (m.backbone.embedded)
    for (const auto& f : backboneFiles(dir / kBackboneDir)) files.push_back(std::string(kBackboneDir) + "/" + f);
  if (m.hasLora) {
    files.push_back(std::string(kAdapterDir) + "/adapter_model.safetensors");
    files.push_back(std::string(kAdapterDir) + "/adapter_config.json");
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string fingerprintOf(const fs::path& dir, const CheckpointManifest& m) {
  // External backbone files are covered through their SHA-256 in the manifest.
  std::string list;
  for (const auto& f : fingerprintFiles(dir, m)) list += f + '\0' + sha256File((dir / f).string()) + "\n";
  return sha256Hex(list);
}

std::string shapeText(c10::IntArrayRef shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

// Heads: exactly point_head.{weight,bias} and pair_head.{weight,bias}, float tensors of the
// model's shapes.
void loadHeadsStrict(model::AsLlr& model, const std::string& path) {
  if (!fs::exists(path))
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the head weights file is missing."), path));
  std::unique_ptr<safetensors::File> file;
  try {
    file = safetensors::File::open(path);
  } catch (const safetensors::FormatError& e) {
    throw CheckpointError(e.message());
  }
  std::vector<Message> problems;
  std::set<std::string> expected;
  torch::NoGradGuard noGrad;
  for (auto& item : model->named_parameters()) {
    const auto& name = item.key();
    if (name.starts_with("backbone.")) continue;
    expected.insert(name);
    const auto* info = file->find(name);
    if (!info) {
      problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "missing tensor %1"), name);
      continue;
    }
    if (c10::IntArrayRef(info->shape) != item.value().sizes()) {
      problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "tensor %1: expected shape %2, found %3"), name,
                            shapeText(item.value().sizes()), shapeText(info->shape));
      continue;
    }
    try {
      item.value().copy_(model::tensorFromSafetensors(*info, file->data(*info), item.value().scalar_type()));
    } catch (const std::exception& e) {
      problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "tensor %1: %2"), name, messageOrText(e));
    }
  }
  for (const auto& t : file->tensors())
    if (!expected.contains(t.name))
      problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "unexpected tensor %1"), t.name);
  if (problems.empty()) return;
  throw CheckpointError(
      Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the head weights do not fit the model: %2."), path,
              joinMessages(problems)));
}

model::LoraOptions readAdapterConfig(const fs::path& adapterDir) {
  const auto path = adapterDir / "adapter_config.json";
  json c;
  try {
    c = json::parse(
        readText(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the LoRA adapter configuration"))));
  } catch (const json::exception& e) {
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: not valid JSON (%2)."), path.string(), e.what()));
  }
  model::LoraOptions o;
  if (!c.is_object() || !c.contains("r") || !c["r"].is_number_integer() || c["r"].get<std::int64_t>() <= 0)
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "%1: key \"r\" (the LoRA rank) is missing or not a positive integer."),
                path.string()));
  o.rank = c["r"].get<std::int64_t>();
  if (!c.contains("lora_alpha") || !c["lora_alpha"].is_number())
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"lora_alpha\" is missing or not a number."),
                path.string()));
  o.alpha = c["lora_alpha"].get<double>();
  if (c.contains("lora_dropout") && c["lora_dropout"].is_number()) o.dropout = c["lora_dropout"].get<double>();
  o.mlp = false;
  if (c.contains("target_modules") && c["target_modules"].is_array())
    for (const auto& t : c["target_modules"])
      if (t.is_string() && (t == "gate_proj" || t == "up_proj" || t == "down_proj")) o.mlp = true;
  return o;
}

// Engine errors keep their message; anything else (the standard library's, libtorch's) is
// reported with its own text after the file that was being loaded.
[[noreturn]] void rethrowLoadError(const std::exception& e, const std::string& path) {
  if (const auto* m = messageOf(e)) throw CheckpointError(*m);
  throw CheckpointError(Message(QT_TRANSLATE_NOOP("ll::engine", "%1: cannot be loaded: %2"), path, e.what()));
}

}  // namespace

CheckpointManifest readManifest(const std::string& directory) {
  const fs::path dir(directory);
  if (!fs::is_directory(dir))
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: no such checkpoint folder."), directory));
  const auto path = dir / kManifest;
  if (!fs::exists(path))
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "%1: the manifest is missing: this folder is not a LeadLadder checkpoint."),
                path.string()));
  return CheckpointManifest::fromJson(
      readText(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the manifest"))), path.string());
}

std::string checkpointFingerprint(const std::string& directory) {
  return fingerprintOf(directory, readManifest(directory));
}

AsLlrCheckpoint loadCheckpoint(const std::string& directory, const CheckpointLoadOptions& options) {
  AsLlrCheckpoint out;
  out.directory = directory;
  out.manifest = readManifest(directory);
  const auto& m = out.manifest;
  const fs::path dir(directory);
  const auto folder = backboneFolder(dir, m);
  if (!fs::is_directory(folder))
    throw CheckpointError(
        m.backbone.embedded
            ? Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the embedded backbone folder is missing."),
                      folder.string())
            : Message(
                  QT_TRANSLATE_NOOP("ll::engine",
                                    "%1/manifest.json: the backbone folder %2 it points to does not exist."),
                  directory, folder.string()));
  if (!m.backbone.embedded && options.verifyBackboneSha) {
    for (const auto& [file, expected] : m.backbone.sha256) {
      const auto path = (folder / file).string();
      if (!fs::exists(path))
        throw CheckpointError(
            Message(QT_TRANSLATE_NOOP("ll::engine",
                                      "%1: this backbone file, listed in %2/manifest.json, is missing."),
                    path, directory));
      const auto actual = sha256File(path);
      if (actual != expected)
        throw CheckpointError(
            Message(QT_TRANSLATE_NOOP("ll::engine",
                                      "%1: SHA-256 mismatch: the checkpoint's manifest expects %2, "
                                      "the file has %3. The backbone changed since the checkpoint "
                                      "was written; point the manifest at the original backbone "
                                      "folder."),
                    path, expected, actual));
    }
  }

  model::Qwen2Config config;
  try {
    config = model::Qwen2Config::fromFile((folder / "config.json").string());
  } catch (const std::exception& e) {
    rethrowLoadError(e, (folder / "config.json").string());
  }
  const auto tokenizerPath = folder / "tokenizer.json";
  if (!fs::exists(tokenizerPath))
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the tokenizer is missing."), tokenizerPath.string()));
  try {
    out.tokenizer = std::make_shared<const tokenizer::BpeTokenizer>(tokenizer::BpeTokenizer::fromFile(tokenizerPath.string()));
  } catch (const std::exception& e) {
    rethrowLoadError(e, tokenizerPath.string());
  }
  if (static_cast<std::int64_t>(out.tokenizer->vocabSize()) > config.vocabSize)
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "%1: the tokenizer has %2 tokens but the backbone's vocab_size is %3."),
                tokenizerPath.string(), out.tokenizer->vocabSize(), config.vocabSize));
  for (const auto id : {m.yesTokenId, m.noTokenId})
    if (id >= config.vocabSize)
      throw CheckpointError(Message(QT_TRANSLATE_NOOP("ll::engine",
                                                      "%1/manifest.json: answer token id %2 is outside the "
                                                      "backbone's vocabulary of %3."),
                                    directory, id, config.vocabSize));

  model::Qwen2ForCausalLM backbone(config);
  backbone->to(options.dtype);
  const auto single = folder / "model.safetensors";
  const auto weightsPath = (fs::exists(single) ? single : folder / "model.safetensors.index.json").string();
  try {
    const auto weights = safetensors::Checkpoint::open(folder.string());
    model::loadWeights(backbone, weights, weightsPath);
  } catch (const std::exception& e) {
    rethrowLoadError(e, weightsPath);
  }
  if (m.hasLora) {
    const auto adapter = dir / kAdapterDir;
    if (!fs::exists(adapter / "adapter_model.safetensors"))
      throw CheckpointError(
          Message(QT_TRANSLATE_NOOP("ll::engine",
                                    "%1: the manifest says the checkpoint has LoRA weights, but "
                                    "this file is missing."),
                  (adapter / "adapter_model.safetensors").string()));
    backbone->enableLora(readAdapterConfig(adapter));
    try {
      model::loadLora(backbone, adapter.string());
    } catch (const std::exception& e) {
      rethrowLoadError(e, (adapter / "adapter_model.safetensors").string());
    }
  }
  for (auto& p : backbone->parameters()) p.set_requires_grad(false);
  out.model = model::AsLlr(backbone, model::AsLlrOptions{m.yesTokenId, m.noTokenId});
  loadHeadsStrict(out.model, (dir / kHeads).string());
  out.model->eval();
  try {
    out.serializer = std::make_shared<const LeadSerializer>(out.tokenizer, m.serializer);
  } catch (const SerializerError& e) {
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1/manifest.json: %2"), directory, e.message()));
  }
  out.fingerprint = fingerprintOf(dir, m);
  return out;
}

CheckpointManifest saveCheckpoint(const std::string& directory, model::AsLlr& model, CheckpointManifest manifest,
                                  const CheckpointSaveOptions& options) {
  const fs::path target = fs::absolute(directory);
  if (fs::exists(target) && !options.overwrite)
    throw CheckpointError(Message(
        QT_TRANSLATE_NOOP("ll::engine",
                          "%1: the folder exists already; choose another folder or allow overwriting."),
        directory));
  const fs::path temp = target.string() + ".tmp-" + std::to_string(::getpid());
  std::error_code ec;
  fs::remove_all(temp, ec);
  auto backbone = model->backbone;
  const bool wasMerged = backbone->hasLora() && [&] {
    for (const auto& item : backbone->named_modules())
      if (auto* l = item.value()->as<model::LoraLinearImpl>(); l && l->hasLora()) return l->merged();
    return false;
  }();
  try {
    fs::create_directories(temp);
    manifest.formatVersion = CheckpointManifest::kFormatVersion;
    if (manifest.backbone.embedded) {
      if (options.tokenizerPath.empty())
        throw CheckpointError(Message(
            QT_TRANSLATE_NOOP("ll::engine", "%1: an embedded backbone needs the tokenizer.json to copy."),
            directory));
      const auto tokenizerText =
          readText(options.tokenizerPath, Message(QT_TRANSLATE_NOOP("ll::engine", "the tokenizer")));
      if (tokenizerText.size() >= 2 && static_cast<unsigned char>(tokenizerText[0]) == 0x1f &&
          static_cast<unsigned char>(tokenizerText[1]) == 0x8b)
        throw CheckpointError(
            Message(QT_TRANSLATE_NOOP("ll::engine", "%1: give an uncompressed tokenizer.json."),
                    options.tokenizerPath));
      const auto bdir = temp / kBackboneDir;
      fs::create_directories(bdir);
      writeText(bdir / "config.json", backbone->config().toJsonText());
      writeText(bdir / "tokenizer.json", tokenizerText);
      if (wasMerged) backbone->unmergeLora();
      std::map<std::string, safetensors::TensorData> tensors;
      for (const auto& item : backbone->named_parameters())
        if (item.key().find(".lora_") == std::string::npos)
          tensors.emplace(item.key(), model::tensorToSafetensors(item.value()));
      if (wasMerged) backbone->mergeLora();
      safetensors::write((bdir / "model.safetensors").string(), tensors, {{"format", "pt"}});
    } else {
      const auto folder = backboneFolder(target, manifest);
      if (!fs::is_directory(folder))
        throw CheckpointError(Message(
            QT_TRANSLATE_NOOP("ll::engine", "%1: the backbone folder does not exist."), folder.string()));
      manifest.backbone.sha256.clear();
      for (const auto& f : backboneFiles(folder)) {
        if (!fs::exists(folder / f))
          throw CheckpointError(Message(QT_TRANSLATE_NOOP("ll::engine", "%1: this backbone file is missing."),
                                        (folder / f).string()));
        manifest.backbone.sha256[f] = sha256File((folder / f).string());
      }
    }
    manifest.hasLora = backbone->hasLora();
    if (manifest.hasLora) model::saveLora(backbone, (temp / kAdapterDir).string());
    std::map<std::string, safetensors::TensorData> heads;
    for (const auto& item : model->named_parameters())
      if (!item.key().starts_with("backbone."))
        heads.emplace(item.key(), model::tensorToSafetensors(item.value().to(torch::kFloat32)));
    safetensors::write((temp / kHeads).string(), heads, {{"format", "pt"}});
    writeText(temp / kManifest, manifest.toJson());

    if (fs::exists(target)) {
      const fs::path old = target.string() + ".old-" + std::to_string(::getpid());
      fs::remove_all(old, ec);
      fs::rename(target, old);
      fs::rename(temp, target);
      fs::remove_all(old, ec);
    } else {
      fs::rename(temp, target);
    }
  } catch (const CheckpointError&) {
    fs::remove_all(temp, ec);
    throw;
  } catch (const std::exception& e) {
    fs::remove_all(temp, ec);
    throw CheckpointError(Message(QT_TRANSLATE_NOOP("ll::engine", "%1: cannot write the checkpoint: %2"),
                                  directory, messageOrText(e)));
  }
  return manifest;
}

std::pair<std::int64_t, std::int64_t> answerTokenIds(const tokenizer::BpeTokenizer& tokenizer, std::string_view language,
                                                     std::string* yesWord, std::string* noWord) {
  const std::string yes = language == "zh" ? "是" : " Yes";
  const std::string no = language == "zh" ? "否" : " No";
  const auto y = tokenizer.encode(yes);
  const auto n = tokenizer.encode(no);
  if (y.empty() || n.empty() || y.front() == n.front())
    throw CheckpointError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "the tokenizer cannot tell the answer words \"%1\" and \"%2\" apart."),
                yes, no));
  if (yesWord) *yesWord = yes;
  if (noWord) *noWord = no;
  return {y.front(), n.front()};
}

model::Qwen2Config backboneShape(std::string_view name, std::int64_t vocabSize) {
  model::Qwen2Config c;
  if (name == "compact") {
    c.vocabSize = 8192;
    c.hiddenSize = 128;
    c.intermediateSize = 384;
    c.numHiddenLayers = 2;
    c.numAttentionHeads = 4;
    c.numKeyValueHeads = 2;
    c.rmsNormEps = 1e-6;
    c.ropeTheta = 10000.0;
    c.maxPositionEmbeddings = 2048;
    c.tieWordEmbeddings = true;
  } else if (name == "qwen2.5-0.5b") {
    c.vocabSize = 151936;
    c.hiddenSize = 896;
    c.intermediateSize = 4864;
    c.numHiddenLayers = 24;
    c.numAttentionHeads = 14;
    c.numKeyValueHeads = 2;
    c.rmsNormEps = 1e-6;
    c.ropeTheta = 1000000.0;
    c.maxPositionEmbeddings = 32768;
    c.tieWordEmbeddings = true;
  } else {
    throw std::invalid_argument("unknown backbone shape \"" + std::string(name) +
                                "\": use \"compact\" or \"qwen2.5-0.5b\".");
  }
  if (vocabSize > 0) c.vocabSize = vocabSize;
  c.torchDtype = "float32";
  c.validate("backbone shape " + std::string(name));
  return c;
}

model::AsLlr randomAsLlr(const model::Qwen2Config& config, std::int64_t yesTokenId, std::int64_t noTokenId,
                         std::uint64_t seed, std::int64_t loraRank) {
  torch::manual_seed(seed);
  model::Qwen2ForCausalLM backbone(config);
  backbone->initWeights(0.02);
  if (loraRank > 0) {
    backbone->enableLora(model::LoraOptions{loraRank, 2.0 * static_cast<double>(loraRank), 0.0, false});
    torch::NoGradGuard noGrad;
    for (auto& [name, tensor] : backbone->loraParameters())
      if (name.find("lora_B") != std::string::npos) tensor.normal_(0.0, 0.02);
  }
  model::AsLlr model(backbone, model::AsLlrOptions{yesTokenId, noTokenId});
  model->eval();
  return model;
}

}  // namespace ll::engine
