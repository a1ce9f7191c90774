#pragma once
// The Qwen2 decoder (RMSNorm, rotary embeddings, grouped-query attention with q/k/v bias, SwiGLU
// MLP) in the torch C++ frontend, with optional LoRA on the projections.
//
// Submodules are registered under the Hugging Face checkpoint keys, so named_parameters() of a
// Qwen2ForCausalLM is exactly the tensor list of model.safetensors ("model.embed_tokens.weight",
// "model.layers.0.self_attn.q_proj.bias", ..., "lm_head.weight") and loading is a name table.
// LoRA matrices sit next to the weight they adapt ("...q_proj.lora_A.weight"); the PEFT file
// name is that name with "base_model.model." in front.

#include "engine/model/config.h"
#include "engine/safetensors.h"

// Qt's keyword macros (slots, signals, emit) would break torch's jit headers (IValue::slots()) in
// a file that included a Qt header first: they are set aside around the torch includes.
#pragma push_macro("slots")
#pragma push_macro("signals")
#pragma push_macro("emit")
#undef slots
#undef signals
#undef emit
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/dropout.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>
#pragma pop_macro("emit")
#pragma pop_macro("signals")
#pragma pop_macro("slots")

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace ll::model {

struct LoraOptions {
  std::int64_t rank = 8;
  double alpha = 16.0;   // delta = B A * alpha / rank
  double dropout = 0.05; // on the LoRA branch's input, training mode only
  bool mlp = false;      // also adapt gate/up/down projections (attention projections always)
};

// y = x W^T + b, plus (B A dropout(x)) * alpha/r once LoRA is enabled and not merged. The
// parameters are "weight" and "bias" as in nn.Linear, so checkpoint keys match.
class LoraLinearImpl : public torch::nn::Module {
 public:
  LoraLinearImpl(std::int64_t inFeatures, std::int64_t outFeatures, bool bias);
  torch::Tensor forward(const torch::Tensor& x);

  // A ~ kaiming-uniform (as PEFT does), B = 0, so enabling LoRA leaves outputs unchanged.
  void enableLora(const LoraOptions& options);
  // Folds B A * scale into the weight for inference; unmerge() takes it out again. Both are
  // no-ops when already in that state.
  void merge();
  void unmerge();

  [[nodiscard]] bool hasLora() const { return !m_loraA.is_empty(); }
  [[nodiscard]] bool merged() const { return m_merged; }
  [[nodiscard]] double loraScale() const { return m_scale; }
  [[nodiscard]] torch::Tensor& weight() { return m_weight; }
  [[nodiscard]] torch::Tensor& bias() { return m_bias; }  // undefined when the layer has none
  [[nodiscard]] torch::nn::Linear& loraA() { return m_loraA; }
  [[nodiscard]] torch::nn::Linear& loraB() { return m_loraB; }

 private:
  std::int64_t m_in;
  std::int64_t m_out;
  torch::Tensor m_weight;
  torch::Tensor m_bias;
  torch::nn::Linear m_loraA{nullptr};
  torch::nn::Linear m_loraB{nullptr};
  torch::nn::Dropout m_loraDropout{nullptr};
  double m_scale = 0.0;
  bool m_merged = false;
};
TORCH_MODULE(LoraLinear);

// weight * x / sqrt(mean(x^2) + eps), computed in fp32 whatever the module dtype (as HF does:
// bf16 squares lose too much).
class RmsNormImpl : public torch::nn::Module {
 public:
  RmsNormImpl(std::int64_t dim, double eps);
  torch::Tensor forward(const torch::Tensor& x);
  [[nodiscard]] torch::Tensor& weight() { return m_weight; }

 private:
  torch::Tensor m_weight;
  double m_eps;
};
TORCH_MODULE(RmsNorm);

class Qwen2AttentionImpl : public torch::nn::Module {
 public:
  explicit Qwen2AttentionImpl(const Qwen2Config& config);
  // x [B,T,d]; cos/sin [B,1,T,headDim]; allowed [B,1,T,T] bool (causal AND key is a real token).
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                        const torch::Tensor& allowed);

  LoraLinear q_proj{nullptr}, k_proj{nullptr}, v_proj{nullptr}, o_proj{nullptr};

 private:
  std::int64_t m_heads;
  std::int64_t m_kvHeads;
  std::int64_t m_headDim;
};
TORCH_MODULE(Qwen2Attention);

class Qwen2MlpImpl : public torch::nn::Module {
 public:
  explicit Qwen2MlpImpl(const Qwen2Config& config);
  torch::Tensor forward(const torch::Tensor& x);  // down(silu(gate(x)) * up(x))

  LoraLinear gate_proj{nullptr}, up_proj{nullptr}, down_proj{nullptr};
};
TORCH_MODULE(Qwen2Mlp);

class Qwen2DecoderLayerImpl : public torch::nn::Module {
 public:
  explicit Qwen2DecoderLayerImpl(const Qwen2Config& config);
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                        const torch::Tensor& allowed);

  RmsNorm input_layernorm{nullptr};
  Qwen2Attention self_attn{nullptr};
  RmsNorm post_attention_layernorm{nullptr};
  Qwen2Mlp mlp{nullptr};
};
TORCH_MODULE(Qwen2DecoderLayer);

// The "model." part of a checkpoint: embeddings, decoder layers, final norm.
class Qwen2ModelImpl : public torch::nn::Module {
 public:
  explicit Qwen2ModelImpl(const Qwen2Config& config);
  // input_ids [B,T] int64, attention_mask [B,T] (1 = token, 0 = padding; any integer or bool
  // dtype) -> hidden states [B,T,d] after the final norm. Padding may be on either side: positions
  // count real tokens only, and padded keys are masked, so a row's real-token outputs do not
  // depend on the batch it is in. Outputs at padded positions are meaningless.
  torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask);

  torch::nn::Embedding embed_tokens{nullptr};
  torch::nn::ModuleList layers{nullptr};
  RmsNorm norm{nullptr};

 private:
  Qwen2Config m_config;
  torch::Tensor m_invFreq;  // fp32, not a parameter: HF checkpoints do not store it
};
TORCH_MODULE(Qwen2Model);

class Qwen2ForCausalLMImpl : public torch::nn::Module {
 public:
  explicit Qwen2ForCausalLMImpl(const Qwen2Config& config);

  // Final hidden states [B,T,d] (see Qwen2ModelImpl::forward).
  torch::Tensor forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask);
  // LM head logits over the vocabulary for hidden states [...,d].
  torch::Tensor logits(const torch::Tensor& hidden);
  // Logits of only the given token ids [...,k]: what the semantic head needs, without a
  // vocabulary-sized matmul.
  torch::Tensor tokenLogits(const torch::Tensor& hidden, const std::vector<std::int64_t>& tokenIds);
  // The LM head matrix [V,d]: embed_tokens' weight when tied.
  torch::Tensor lmHeadWeight();

  // HF-style initialisation for a backbone trained from scratch: N(0, std) for embeddings and
  // projections, zero biases, unit norms.
  void initWeights(double std = 0.02);

  // Adds LoRA to every decoder layer and freezes everything that is not LoRA.
  void enableLora(const LoraOptions& options);
  void mergeLora();
  void unmergeLora();
  [[nodiscard]] bool hasLora() const { return m_lora.has_value(); }
  [[nodiscard]] const std::optional<LoraOptions>& loraOptions() const { return m_lora; }
  // The LoRA matrices under their module names ("model.layers.0.self_attn.q_proj.lora_A.weight").
  std::vector<std::pair<std::string, torch::Tensor>> loraParameters();

  [[nodiscard]] const Qwen2Config& config() const { return m_config; }

  Qwen2Model model{nullptr};
  torch::nn::Linear lm_head{nullptr};  // null when tie_word_embeddings

 private:
  std::vector<LoraLinear> adaptedLayers(bool withMlp);

  Qwen2Config m_config;
  std::optional<LoraOptions> m_lora;
};
TORCH_MODULE(Qwen2ForCausalLM);

// Hidden state of the last real token of each row: hidden [B,T,d], mask [B,T] -> [B,d].
// Throws std::invalid_argument for a row without tokens.
torch::Tensor lastTokenHidden(const torch::Tensor& hidden, const torch::Tensor& attentionMask);

// Tensor conversion between safetensors bytes and torch (F32/F16/BF16 <-> float, half, bfloat16).
torch::Tensor tensorFromSafetensors(const safetensors::TensorInfo& info, std::span<const std::byte> bytes,
                                    torch::Dtype dtype);
safetensors::TensorData tensorToSafetensors(const torch::Tensor& tensor);

// Copies every backbone parameter from `checkpoint` (converted to the parameter's dtype). All
// problems are collected and thrown together as one std::runtime_error naming `source`: each
// shape mismatch (tensor, expected and found shape), unsupported dtypes, missing tensors, and
// unexpected tensors. A tied model ignores a stored lm_head.weight (some exporters write it), and
// rotary inv_freq buffers older exporters saved are ignored.
void loadWeights(Qwen2ForCausalLM& model, const safetensors::Checkpoint& checkpoint, const std::string& source);

// Reads config.json and the weights from a Hugging Face folder; the module is built in `dtype`.
Qwen2ForCausalLM loadBackbone(const std::string& dir, torch::Dtype dtype = torch::kFloat32);

// LoRA weights in the PEFT layout: adapter_model.safetensors under PEFT names and an
// adapter_config.json, in folder `dir` (created if needed). loadLora() needs LoRA enabled with
// the same rank and targets; it checks names and shapes like loadWeights().
void saveLora(Qwen2ForCausalLM& model, const std::string& dir);
void loadLora(Qwen2ForCausalLM& model, const std::string& dir);
// "model.layers.0.self_attn.q_proj.lora_A.weight" -> "base_model.model.model.layers.0...".
std::string peftName(const std::string& moduleName);

}  // namespace ll::model
