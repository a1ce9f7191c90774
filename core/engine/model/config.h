#pragma once
// The Qwen2 hyper-parameters, read from a Hugging Face config.json. Plain C++ (no torch), so the
// app can show what a backbone folder holds without loading libtorch code paths.

#include <cstdint>
#include <string>

namespace ll::model {

struct Qwen2Config {
  std::int64_t vocabSize = 0;
  std::int64_t hiddenSize = 0;
  std::int64_t intermediateSize = 0;
  std::int64_t numHiddenLayers = 0;
  std::int64_t numAttentionHeads = 0;
  std::int64_t numKeyValueHeads = 0;
  double rmsNormEps = 1e-6;
  double ropeTheta = 10000.0;
  std::int64_t maxPositionEmbeddings = 0;
  bool tieWordEmbeddings = false;
  std::string torchDtype = "float32";  // as written in the file: "float32", "bfloat16", "float16"

  [[nodiscard]] std::int64_t headDim() const { return hiddenSize / numAttentionHeads; }

  // Throws std::runtime_error naming `source` when a value is out of range or the head counts
  // do not fit together (heads must divide the hidden size, kv heads must divide heads, and the
  // head dimension must be even for the rotary embedding).
  void validate(const std::string& source) const;

  // Parses the text of a config.json; `source` names it in error messages.
  static Qwen2Config fromJsonText(const std::string& text, const std::string& source);
  // Reads `path` (a config.json, or a folder holding one).
  static Qwen2Config fromFile(const std::string& path);
  // The Hugging Face keys, so a backbone we train ourselves is readable by Python tooling.
  [[nodiscard]] std::string toJsonText() const;
};

}  // namespace ll::model
