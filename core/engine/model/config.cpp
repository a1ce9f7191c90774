#include "engine/model/config.h"

#include "engine/message.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace ll::model {
namespace {

using engine::Message;
using nlohmann::json;

// `text` names the file as %1.
template <typename... Args>
[[noreturn]] void fail(const char* text, const std::string& source, Args&&... args) {
  throw engine::EngineError(Message(text, source, std::forward<Args>(args)...));
}

const json& require(const json& root, const std::string& source, const char* key) {
  const auto it = root.find(key);
  if (it == root.end() || it->is_null())
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: missing key \"%2\"."), source, key);
  return *it;
}

std::int64_t requireInt(const json& root, const std::string& source, const char* key) {
  const json& v = require(root, source, key);
  // Some exporters write integral floats (e.g. 1536.0); anything else is a broken file.
  if (v.is_number_integer()) return v.get<std::int64_t>();
  if (v.is_number_float()) {
    const double d = v.get<double>();
    if (d == static_cast<double>(static_cast<std::int64_t>(d))) return static_cast<std::int64_t>(d);
  }
  fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be an integer, found %3."), source, key,
       v.dump());
}

double requireNumber(const json& root, const std::string& source, const char* key) {
  const json& v = require(root, source, key);
  if (!v.is_number())
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be a number, found %3."), source, key,
         v.dump());
  return v.get<double>();
}

}  // namespace

void Qwen2Config::validate(const std::string& source) const {
  const auto positive = [&](std::int64_t v, const char* key) {
    if (v <= 0)
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be positive, found %3."), source, key, v);
  };
  positive(vocabSize, "vocab_size");
  positive(hiddenSize, "hidden_size");
  positive(intermediateSize, "intermediate_size");
  positive(numHiddenLayers, "num_hidden_layers");
  positive(numAttentionHeads, "num_attention_heads");
  positive(numKeyValueHeads, "num_key_value_heads");
  positive(maxPositionEmbeddings, "max_position_embeddings");
  if (!(rmsNormEps > 0.0))
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be positive."), source, "rms_norm_eps");
  if (!(ropeTheta > 0.0))
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be positive."), source, "rope_theta");
  if (hiddenSize % numAttentionHeads != 0)
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: num_attention_heads (%2) does not divide hidden_size (%3)."),
         source, numAttentionHeads, hiddenSize);
  if (numAttentionHeads % numKeyValueHeads != 0)
    fail(QT_TRANSLATE_NOOP("ll::engine",
                           "%1: num_key_value_heads (%2) does not divide num_attention_heads (%3)."),
         source, numKeyValueHeads, numAttentionHeads);
  if (headDim() % 2 != 0)
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: the head dimension (%2) must be even for rotary embeddings."),
         source, headDim());
  if (torchDtype != "float32" && torchDtype != "bfloat16" && torchDtype != "float16")
    fail(QT_TRANSLATE_NOOP("ll::engine",
                           "%1: key \"torch_dtype\" must be float32, bfloat16 or float16, found \"%2\"."),
         source, torchDtype);
}

Qwen2Config Qwen2Config::fromJsonText(const std::string& text, const std::string& source) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: not valid JSON (%2)."), source, e.what());
  }
  if (!root.is_object()) fail(QT_TRANSLATE_NOOP("ll::engine", "%1: not a JSON object."), source);

  Qwen2Config c;
  c.vocabSize = requireInt(root, source, "vocab_size");
  c.hiddenSize = requireInt(root, source, "hidden_size");
  c.intermediateSize = requireInt(root, source, "intermediate_size");
  c.numHiddenLayers = requireInt(root, source, "num_hidden_layers");
  c.numAttentionHeads = requireInt(root, source, "num_attention_heads");
  // Older configs omit it and mean plain multi-head attention, as transformers does.
  c.numKeyValueHeads = root.contains("num_key_value_heads") && !root["num_key_value_heads"].is_null()
                           ? requireInt(root, source, "num_key_value_heads")
                           : c.numAttentionHeads;
  c.rmsNormEps = requireNumber(root, source, "rms_norm_eps");
  c.ropeTheta = requireNumber(root, source, "rope_theta");
  c.maxPositionEmbeddings = requireInt(root, source, "max_position_embeddings");
  if (const auto it = root.find("tie_word_embeddings"); it != root.end() && !it->is_null()) {
    if (!it->is_boolean())
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be true or false, found %3."), source,
           "tie_word_embeddings", it->dump());
    c.tieWordEmbeddings = it->get<bool>();
  }
  if (const auto it = root.find("torch_dtype"); it != root.end() && !it->is_null()) {
    if (!it->is_string())
      fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"%2\" must be a string, found %3."), source,
           "torch_dtype", it->dump());
    c.torchDtype = it->get<std::string>();
  }
  // Features this implementation does not have must fail loudly rather than give wrong numbers.
  if (const auto it = root.find("hidden_act"); it != root.end() && *it != "silu")
    fail(QT_TRANSLATE_NOOP("ll::engine", "%1: key \"hidden_act\" is %2; only \"silu\" is supported."), source,
         it->dump());
  if (const auto it = root.find("rope_scaling"); it != root.end() && !it->is_null())
    fail(QT_TRANSLATE_NOOP("ll::engine",
                           "%1: key \"rope_scaling\" is set; scaled rotary embeddings are not supported."),
         source);
  if (const auto it = root.find("use_sliding_window"); it != root.end() && *it == true)
    fail(QT_TRANSLATE_NOOP(
             "ll::engine",
             "%1: key \"use_sliding_window\" is true; sliding-window attention is not supported."),
         source);
  c.validate(source);
  return c;
}

Qwen2Config Qwen2Config::fromFile(const std::string& path) {
  std::filesystem::path p(path);
  if (!std::filesystem::exists(p)) fail(QT_TRANSLATE_NOOP("ll::engine", "%1: no such file or folder."), path);
  if (std::filesystem::is_directory(p)) p /= "config.json";
  std::ifstream in(p, std::ios::binary);
  if (!in) fail(QT_TRANSLATE_NOOP("ll::engine", "%1: cannot open the file."), p.string());
  std::ostringstream text;
  text << in.rdbuf();
  return fromJsonText(text.str(), p.string());
}

std::string Qwen2Config::toJsonText() const {
  json root = {
      {"architectures", {"Qwen2ForCausalLM"}},
      {"model_type", "qwen2"},
      {"hidden_act", "silu"},
      {"vocab_size", vocabSize},
      {"hidden_size", hiddenSize},
      {"intermediate_size", intermediateSize},
      {"num_hidden_layers", numHiddenLayers},
      {"num_attention_heads", numAttentionHeads},
      {"num_key_value_heads", numKeyValueHeads},
      {"rms_norm_eps", rmsNormEps},
      {"rope_theta", ropeTheta},
      {"max_position_embeddings", maxPositionEmbeddings},
      {"tie_word_embeddings", tieWordEmbeddings},
      {"torch_dtype", torchDtype},
      {"use_sliding_window", false},
      {"rope_scaling", nullptr},
  };
  return root.dump(2) + "\n";
}

}  // namespace ll::model
