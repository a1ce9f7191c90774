#pragma once
// The asLLR checkpoint folder (DESIGN.md §5). Only JSON and safetensors are ever read:
//
//   manifest.json                 format_version, backbone, lora, serializer, funnel, calibration,
//                                 answer tokens, training, metrics
//   backbone/                     embedded backbone: config.json, model.safetensors, tokenizer.json
//                                 (or none: manifest "backbone.path" names an external Hugging Face
//                                 folder and "backbone.sha256" the SHA-256 of its files, checked on
//                                 load)
//   adapter/                      optional LoRA in the PEFT layout: adapter_model.safetensors +
//                                 adapter_config.json
//   heads.safetensors             point_head.{weight,bias}, pair_head.{weight,bias}
//
// save() writes into a temporary folder next to the target and renames it into place, so a
// reader never sees half a checkpoint. load() validates everything and throws CheckpointError
// with a message naming the file (and tensor, key) that is wrong.

#include "engine/message.h"
#include "engine/model/asllr.h"
#include "engine/model/config.h"
#include "engine/serializer.h"
#include "engine/tokenizer/bpetokenizer.h"

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ll::engine {

class CheckpointError : public EngineError {
 public:
  using EngineError::EngineError;
};

// Maps the point logit to a probability: "none" -> sigmoid(z); "platt" -> sigmoid(a z + b).
struct Calibration {
  std::string method = "none";
  double a = 1.0;
  double b = 0.0;
  [[nodiscard]] double probability(double pointLogit) const;
};

struct BackboneRef {
  bool embedded = true;
  // External only: the folder as written in the manifest (absolute, or relative to the checkpoint
  // folder) and the SHA-256 (lowercase hex) of each of its files that load() reads.
  std::string path;
  std::map<std::string, std::string> sha256;
};

struct TrainingInfo {
  std::string dataFingerprint;
  std::optional<std::uint64_t> seed;
  std::string createdAt;  // ISO 8601 UTC, e.g. "2025-03-01T12:00:00Z"
  std::string command;
  nlohmann::json extra = nlohmann::json::object();  // free (hyper-parameters, split, ...)
};

struct CheckpointManifest {
  static constexpr int kFormatVersion = 1;

  int formatVersion = kFormatVersion;
  BackboneRef backbone;
  bool hasLora = false;  // adapter/ present (set by save())
  SerializerSpec serializer;
  nlohmann::json funnel = nlohmann::json::object();  // the funnel definition, as written by its owner
  Calibration calibration;
  std::int64_t yesTokenId = 0;
  std::int64_t noTokenId = 0;
  std::string yesToken;  // the answer words the ids came from, for people reading the manifest
  std::string noToken;
  TrainingInfo training;
  nlohmann::json metrics = nlohmann::json::object();

  [[nodiscard]] std::string toJson() const;
  // Strict: unknown format versions (newer than kFormatVersion) and missing or mistyped keys throw
  // CheckpointError naming `source` and the key.
  static CheckpointManifest fromJson(std::string_view text, const std::string& source);
};

struct CheckpointSaveOptions {
  // Embedded backbone: the tokenizer.json to copy into backbone/ (required).
  // External backbone (manifest.backbone.embedded == false): the backbone folder is hashed and
  // referenced, nothing of it is copied; the model's backbone weights must be that folder's.
  std::string tokenizerPath;
  bool overwrite = false;  // replace an existing folder (atomically) instead of refusing
};

struct CheckpointLoadOptions {
  torch::Dtype dtype = torch::kFloat32;  // backbone dtype; heads stay fp32
  bool verifyBackboneSha = true;         // external backbone: hash its files and compare
};

// A loaded checkpoint: the model in eval mode with LoRA loaded (not merged), its tokenizer and a
// serializer made from the manifest.
struct AsLlrCheckpoint {
  std::string directory;
  CheckpointManifest manifest;
  std::shared_ptr<const tokenizer::BpeTokenizer> tokenizer;
  std::shared_ptr<const LeadSerializer> serializer;
  model::AsLlr model{nullptr};
  // SHA-256 (hex) over manifest.json and every weight/config/tokenizer file the checkpoint uses:
  // the scores table's notion of "the same model".
  std::string fingerprint;
};

// Reads and validates manifest.json only (cheap: no weights), e.g. for `model info`.
CheckpointManifest readManifest(const std::string& directory);

AsLlrCheckpoint loadCheckpoint(const std::string& directory, const CheckpointLoadOptions& options = {});

// Writes `model` (backbone base weights, LoRA if enabled, heads) and `manifest` to `directory`.
// LoRA is saved unmerged; the model's merge state is restored afterwards. `manifest.hasLora` and
// the backbone SHA-256 map (external backbone) are filled in by save. Returns the manifest as
// written. Throws CheckpointError.
CheckpointManifest saveCheckpoint(const std::string& directory, model::AsLlr& model, CheckpointManifest manifest,
                                  const CheckpointSaveOptions& options);

// Fingerprint of a saved checkpoint folder (as AsLlrCheckpoint::fingerprint).
std::string checkpointFingerprint(const std::string& directory);

// The answer tokens for a language: the first token of " Yes"/" No" ("en") or "是"/"否" ("zh").
std::pair<std::int64_t, std::int64_t> answerTokenIds(const tokenizer::BpeTokenizer& tokenizer,
                                                     std::string_view language, std::string* yesWord = nullptr,
                                                     std::string* noWord = nullptr);

// Named backbone shapes: "compact" (the CPU default) and "qwen2.5-0.5b". `vocabSize` overrides
// the shape's vocabulary (0 = keep). Throws std::invalid_argument for an unknown name.
model::Qwen2Config backboneShape(std::string_view name, std::int64_t vocabSize = 0);

// A random-weight asLLR model (backbone init std 0.02, heads near zero) for tests and benchmarks;
// LoRA enabled with random B when `loraRank` > 0, so that merging changes the weights.
model::AsLlr randomAsLlr(const model::Qwen2Config& config, std::int64_t yesTokenId, std::int64_t noTokenId,
                         std::uint64_t seed, std::int64_t loraRank = 0);

// SHA-256 of a file's bytes, lowercase hex. Throws CheckpointError when it cannot be read.
std::string sha256File(const std::string& path);
std::string sha256Hex(std::string_view bytes);

}  // namespace ll::engine
