#include "engine/model/qwen2.h"

#include <nlohmann/json.hpp>

#include <torch/nn/init.h>
#include <torch/nn/functional/activation.h>
#include <torch/nn/functional/linear.h>
#include <torch/utils.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace ll::model {
namespace F = torch::nn::functional;
using engine::Message;

// ---------------------------------------------------------------------------------------------
// LoRA linear

LoraLinearImpl::LoraLinearImpl(std::int64_t inFeatures, std::int64_t outFeatures, bool bias)
    : m_in(inFeatures), m_out(outFeatures) {
  m_weight = register_parameter("weight", torch::empty({outFeatures, inFeatures}));
  // Same default as nn.Linear, so a module built without a checkpoint is still usable.
  torch::nn::init::kaiming_uniform_(m_weight, std::sqrt(5.0));
  if (bias) m_bias = register_parameter("bias", torch::zeros({outFeatures}));
}

torch::Tensor LoraLinearImpl::forward(const torch::Tensor& x) {
  torch::Tensor y = F::linear(x, m_weight, m_bias);
  if (!hasLora()) return y;
  if (m_merged) {
    // Training a merged layer would update A and B without any effect on the output.
    TORCH_CHECK(!is_training(), "LoRA weights are merged: call unmergeLora() before training.");
    return y;
  }
  return y + m_loraB(m_loraA(m_loraDropout(x))) * m_scale;
}

void LoraLinearImpl::enableLora(const LoraOptions& options) {
  if (hasLora()) throw std::logic_error("LoRA is already enabled on this layer.");
  if (options.rank <= 0) throw std::invalid_argument("LoRA rank must be positive.");
  const auto dtype = m_weight.scalar_type();
  const auto device = m_weight.device();
  m_loraA = register_module("lora_A", torch::nn::Linear(torch::nn::LinearOptions(m_in, options.rank).bias(false)));
  m_loraB = register_module("lora_B", torch::nn::Linear(torch::nn::LinearOptions(options.rank, m_out).bias(false)));
  m_loraDropout = register_module("lora_dropout", torch::nn::Dropout(options.dropout));
  {
    torch::NoGradGuard noGrad;
    torch::nn::init::kaiming_uniform_(m_loraA->weight, std::sqrt(5.0));
    m_loraB->weight.zero_();
  }
  m_loraA->to(device, dtype);
  m_loraB->to(device, dtype);
  m_scale = options.alpha / static_cast<double>(options.rank);
  m_merged = false;
}

void LoraLinearImpl::merge() {
  if (!hasLora() || m_merged) return;
  torch::NoGradGuard noGrad;
  // The product in fp32 so a bf16 base weight gets one rounding, not two.
  const auto delta = torch::matmul(m_loraB->weight.to(torch::kFloat32), m_loraA->weight.to(torch::kFloat32)) * m_scale;
  m_weight.copy_(m_weight.to(torch::kFloat32) + delta);
  m_merged = true;
}

void LoraLinearImpl::unmerge() {
  if (!hasLora() || !m_merged) return;
  torch::NoGradGuard noGrad;
  const auto delta = torch::matmul(m_loraB->weight.to(torch::kFloat32), m_loraA->weight.to(torch::kFloat32)) * m_scale;
  m_weight.copy_(m_weight.to(torch::kFloat32) - delta);
  m_merged = false;
}

// ---------------------------------------------------------------------------------------------
// Layers

RmsNormImpl::RmsNormImpl(std::int64_t dim, double eps) : m_eps(eps) {
  m_weight = register_parameter("weight", torch::ones({dim}));
}

torch::Tensor RmsNormImpl::forward(const torch::Tensor& x) {
  const auto dtype = x.scalar_type();
  const auto x32 = x.to(torch::kFloat32);
  const auto normed = x32 * torch::rsqrt(x32.pow(2).mean(-1, /*keepdim=*/true) + m_eps);
  return m_weight * normed.to(dtype);
}

namespace {

// (x1, x2) -> (-x2, x1) over the two halves of the last dimension: the HF rotary convention
// (halves, not interleaved pairs), which checkpoints' q/k weights are laid out for.
torch::Tensor rotateHalf(const torch::Tensor& x) {
  const auto half = x.size(-1) / 2;
  return torch::cat({-x.slice(-1, half), x.slice(-1, 0, half)}, -1);
}

}  // namespace

Qwen2AttentionImpl::Qwen2AttentionImpl(const Qwen2Config& config)
    : m_heads(config.numAttentionHeads), m_kvHeads(config.numKeyValueHeads), m_headDim(config.headDim()) {
  const auto d = config.hiddenSize;
  q_proj = register_module("q_proj", LoraLinear(d, m_heads * m_headDim, true));
  k_proj = register_module("k_proj", LoraLinear(d, m_kvHeads * m_headDim, true));
  v_proj = register_module("v_proj", LoraLinear(d, m_kvHeads * m_headDim, true));
  o_proj = register_module("o_proj", LoraLinear(m_heads * m_headDim, d, false));
}

torch::Tensor Qwen2AttentionImpl::forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                                          const torch::Tensor& allowed) {
  const auto b = x.size(0);
  const auto t = x.size(1);
  auto q = q_proj(x).view({b, t, m_heads, m_headDim}).transpose(1, 2);
  auto k = k_proj(x).view({b, t, m_kvHeads, m_headDim}).transpose(1, 2);
  auto v = v_proj(x).view({b, t, m_kvHeads, m_headDim}).transpose(1, 2);
  q = q * cos + rotateHalf(q) * sin;
  k = k * cos + rotateHalf(k) * sin;
  if (m_kvHeads != m_heads) {
    // Query head h reads kv head h / (heads / kvHeads): each kv head repeated in place.
    const auto rep = m_heads / m_kvHeads;
    k = k.repeat_interleave(rep, 1);
    v = v.repeat_interleave(rep, 1);
  }
  auto scores = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(static_cast<double>(m_headDim)));
  // Softmax in fp32; masked with the lowest finite value, not -inf, so a query row with no
  // visible key (a left-padding position) gives a harmless uniform row instead of NaNs that
  // would leak through 0 * NaN into real rows of later layers.
  scores = scores.to(torch::kFloat32).masked_fill(allowed.logical_not(), std::numeric_limits<float>::lowest());
  const auto probs = torch::softmax(scores, -1).to(q.scalar_type());
  const auto out = torch::matmul(probs, v).transpose(1, 2).reshape({b, t, m_heads * m_headDim});
  return o_proj(out);
}

Qwen2MlpImpl::Qwen2MlpImpl(const Qwen2Config& config) {
  gate_proj = register_module("gate_proj", LoraLinear(config.hiddenSize, config.intermediateSize, false));
  up_proj = register_module("up_proj", LoraLinear(config.hiddenSize, config.intermediateSize, false));
  down_proj = register_module("down_proj", LoraLinear(config.intermediateSize, config.hiddenSize, false));
}

torch::Tensor Qwen2MlpImpl::forward(const torch::Tensor& x) {
  return down_proj(F::silu(gate_proj(x)) * up_proj(x));
}

Qwen2DecoderLayerImpl::Qwen2DecoderLayerImpl(const Qwen2Config& config) {
  input_layernorm = register_module("input_layernorm", RmsNorm(config.hiddenSize, config.rmsNormEps));
  self_attn = register_module("self_attn", Qwen2Attention(config));
  post_attention_layernorm = register_module("post_attention_layernorm", RmsNorm(config.hiddenSize, config.rmsNormEps));
  mlp = register_module("mlp", Qwen2Mlp(config));
}

torch::Tensor Qwen2DecoderLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                                             const torch::Tensor& allowed) {
  const auto h = x + self_attn(input_layernorm(x), cos, sin, allowed);
  return h + mlp(post_attention_layernorm(h));
}

Qwen2ModelImpl::Qwen2ModelImpl(const Qwen2Config& config) : m_config(config) {
  config.validate("Qwen2 configuration");
  embed_tokens = register_module("embed_tokens", torch::nn::Embedding(config.vocabSize, config.hiddenSize));
  layers = register_module("layers", torch::nn::ModuleList());
  for (std::int64_t i = 0; i < config.numHiddenLayers; ++i) layers->push_back(Qwen2DecoderLayer(config));
  norm = register_module("norm", RmsNorm(config.hiddenSize, config.rmsNormEps));
  // inv_freq[i] = 1 / theta^(2i/d), in double then fp32 like HF's float arithmetic on arange.
  const auto d = config.headDim();
  m_invFreq = 1.0 / torch::pow(config.ropeTheta, torch::arange(0, d, 2, torch::kInt64).to(torch::kFloat32) / static_cast<double>(d));
}

torch::Tensor Qwen2ModelImpl::forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask) {
  TORCH_CHECK(inputIds.dim() == 2 && inputIds.scalar_type() == torch::kInt64,
              "input_ids must be an int64 tensor [batch, tokens], got ", inputIds.scalar_type(), " ", inputIds.sizes());
  TORCH_CHECK(attentionMask.sizes() == inputIds.sizes(), "attention_mask ", attentionMask.sizes(),
              " must have the shape of input_ids ", inputIds.sizes());
  TORCH_CHECK(inputIds.numel() > 0, "input_ids is empty");
  const auto lo = inputIds.min().item<std::int64_t>();
  const auto hi = inputIds.max().item<std::int64_t>();
  TORCH_CHECK(lo >= 0 && hi < m_config.vocabSize, "token ids must lie in [0, ", m_config.vocabSize, "), got [", lo,
              ", ", hi, "]");

  const auto t = inputIds.size(1);
  const auto real = attentionMask.to(torch::kBool);
  auto x = embed_tokens(inputIds);

  // Positions count real tokens, so left- and right-padded rows see the same positions as the
  // unpadded sequence.
  const auto positions = (real.to(torch::kInt64).cumsum(1) - 1).clamp_min(0);
  const auto invFreq = m_invFreq.to(x.device());
  const auto freqs = positions.to(torch::kFloat32).unsqueeze(-1) * invFreq;  // [B,T,hd/2]
  const auto emb = torch::cat({freqs, freqs}, -1);
  const auto cos = emb.cos().to(x.scalar_type()).unsqueeze(1);  // [B,1,T,hd]
  const auto sin = emb.sin().to(x.scalar_type()).unsqueeze(1);

  const auto causal = torch::ones({t, t}, torch::TensorOptions().dtype(torch::kBool).device(x.device())).tril();
  const auto allowed = causal.unsqueeze(0).unsqueeze(0).logical_and(real.unsqueeze(1).unsqueeze(1));  // [B,1,T,T]

  for (const auto& layer : *layers) x = layer->as<Qwen2DecoderLayerImpl>()->forward(x, cos, sin, allowed);
  return norm(x);
}

// ---------------------------------------------------------------------------------------------
// Causal LM

Qwen2ForCausalLMImpl::Qwen2ForCausalLMImpl(const Qwen2Config& config) : m_config(config) {
  model = register_module("model", Qwen2Model(config));
  if (!config.tieWordEmbeddings)
    lm_head = register_module("lm_head",
                              torch::nn::Linear(torch::nn::LinearOptions(config.hiddenSize, config.vocabSize).bias(false)));
}

torch::Tensor Qwen2ForCausalLMImpl::forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask) {
  return model(inputIds, attentionMask);
}

torch::Tensor Qwen2ForCausalLMImpl::lmHeadWeight() {
  return lm_head ? lm_head->weight : model->embed_tokens->weight;
}

torch::Tensor Qwen2ForCausalLMImpl::logits(const torch::Tensor& hidden) {
  return F::linear(hidden, lmHeadWeight());
}

torch::Tensor Qwen2ForCausalLMImpl::tokenLogits(const torch::Tensor& hidden, const std::vector<std::int64_t>& tokenIds) {
  for (const auto id : tokenIds)
    TORCH_CHECK(id >= 0 && id < m_config.vocabSize, "token id ", id, " is outside the vocabulary of ",
                m_config.vocabSize);
  const auto index = torch::tensor(tokenIds, torch::TensorOptions().dtype(torch::kInt64).device(hidden.device()));
  return F::linear(hidden, lmHeadWeight().index_select(0, index));
}

void Qwen2ForCausalLMImpl::initWeights(double std) {
  torch::NoGradGuard noGrad;
  for (auto& item : named_parameters()) {
    const auto& name = item.key();
    auto& p = item.value();
    if (name.find(".lora_") != std::string::npos) continue;  // LoRA keeps its own init
    if (name.ends_with("norm.weight"))
      p.fill_(1.0);
    else if (name.ends_with(".bias"))
      p.zero_();
    else
      p.normal_(0.0, std);
  }
}

std::vector<LoraLinear> Qwen2ForCausalLMImpl::adaptedLayers(bool withMlp) {
  std::vector<LoraLinear> out;
  for (const auto& layer : *model->layers) {
    auto* l = layer->as<Qwen2DecoderLayerImpl>();
    for (auto* p : {&l->self_attn->q_proj, &l->self_attn->k_proj, &l->self_attn->v_proj, &l->self_attn->o_proj})
      out.push_back(*p);
    if (withMlp)
      for (auto* p : {&l->mlp->gate_proj, &l->mlp->up_proj, &l->mlp->down_proj}) out.push_back(*p);
  }
  return out;
}

void Qwen2ForCausalLMImpl::enableLora(const LoraOptions& options) {
  if (m_lora) throw std::logic_error("LoRA is already enabled on this model.");
  // Freeze first: the LoRA matrices created below must stay trainable.
  for (auto& p : parameters()) p.set_requires_grad(false);
  for (auto& layer : adaptedLayers(options.mlp)) layer->enableLora(options);
  m_lora = options;
}

void Qwen2ForCausalLMImpl::mergeLora() {
  for (auto& layer : adaptedLayers(true)) layer->merge();
}

void Qwen2ForCausalLMImpl::unmergeLora() {
  for (auto& layer : adaptedLayers(true)) layer->unmerge();
}

std::vector<std::pair<std::string, torch::Tensor>> Qwen2ForCausalLMImpl::loraParameters() {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  for (const auto& item : named_parameters())
    if (item.key().find(".lora_") != std::string::npos) out.emplace_back(item.key(), item.value());
  return out;
}

torch::Tensor lastTokenHidden(const torch::Tensor& hidden, const torch::Tensor& attentionMask) {
  TORCH_CHECK(hidden.dim() == 3 && attentionMask.dim() == 2 && hidden.size(0) == attentionMask.size(0) &&
                  hidden.size(1) == attentionMask.size(1),
              "hidden ", hidden.sizes(), " and attention_mask ", attentionMask.sizes(), " do not match");
  const auto real = attentionMask.to(torch::kBool);
  const auto counts = real.sum(1);
  for (std::int64_t row = 0; row < counts.size(0); ++row)
    if (counts[row].item<std::int64_t>() == 0)
      throw engine::InvalidArgumentError(
          Message(QT_TRANSLATE_NOOP("ll::engine", "row %1 of the batch has no tokens."), row));
  // Largest index of a real token: right for right padding, left padding and no padding alike.
  const auto positions = torch::arange(real.size(1), torch::TensorOptions().dtype(torch::kInt64).device(real.device()));
  const auto last = (real.to(torch::kInt64) * positions).amax(1);  // [B]
  const auto index = last.view({-1, 1, 1}).expand({hidden.size(0), 1, hidden.size(2)});
  return hidden.gather(1, index).squeeze(1);
}

// ---------------------------------------------------------------------------------------------
// Weights

namespace {

std::string shapeText(c10::IntArrayRef shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

Message joinNames(const std::vector<std::string>& names, std::size_t limit = 20) {
  std::string s;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i) s += (i ? ", " : "") + names[i];
  if (names.size() > limit)
    return Message(QT_TRANSLATE_NOOP("ll::engine", "%1, ... (%2 in all)"), s, names.size());
  return Message::untranslated(s);
}

// Copies checkpoint tensors into `targets` (name in file -> parameter); collects every problem.
void copyTensors(const safetensors::Checkpoint& checkpoint, const std::map<std::string, torch::Tensor>& targets,
                 const std::set<std::string>& ignored, const std::string& source) {
  std::vector<Message> problems;
  std::vector<std::string> missing;
  std::vector<std::string> unexpected;
  torch::NoGradGuard noGrad;
  for (const auto& [name, param] : targets) {
    const auto* info = checkpoint.find(name);
    if (!info) {
      missing.push_back(name);
      continue;
    }
    if (c10::IntArrayRef(info->shape) != param.sizes()) {
      problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "tensor %1: expected shape %2, found %3"), name,
                            shapeText(param.sizes()), shapeText(info->shape));
      continue;
    }
    try {
      auto src = tensorFromSafetensors(*info, checkpoint.data(name), param.scalar_type());
      param.copy_(src);  // Tensor is a handle: copy_ on a const one writes the parameter
    } catch (const std::exception& e) {
      problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "tensor %1: %2"), name, engine::messageOrText(e));
    }
  }
  for (const auto& name : checkpoint.names())
    if (!targets.contains(name) && !ignored.contains(name) && !name.ends_with("rotary_emb.inv_freq"))
      unexpected.push_back(name);
  if (!missing.empty())
    problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "missing tensors: %1"), joinNames(missing));
  if (!unexpected.empty())
    problems.emplace_back(QT_TRANSLATE_NOOP("ll::engine", "unexpected tensors: %1"), joinNames(unexpected));
  if (problems.empty()) return;
  throw engine::EngineError(
      Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the weights do not fit the model: %2."), source,
              engine::joinMessages(problems)));
}

}  // namespace

torch::Tensor tensorFromSafetensors(const safetensors::TensorInfo& info, std::span<const std::byte> bytes,
                                    torch::Dtype dtype) {
  torch::Dtype stored;
  switch (info.dtype) {
    case safetensors::DType::F32: stored = torch::kFloat32; break;
    case safetensors::DType::F16: stored = torch::kFloat16; break;
    case safetensors::DType::BF16: stored = torch::kBFloat16; break;
    case safetensors::DType::F64: stored = torch::kFloat64; break;
    default:
      throw engine::EngineError(
          Message(QT_TRANSLATE_NOOP("ll::engine", "dtype %1 is not a floating-point weight type"),
                  safetensors::dtypeName(info.dtype)));
  }
  auto t = torch::empty(info.shape, torch::TensorOptions().dtype(stored));
  const auto expectedBytes = static_cast<std::size_t>(t.numel()) * t.element_size();
  if (bytes.size() != expectedBytes)
    throw engine::EngineError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "holds %1 bytes, expected %2"), bytes.size(), expectedBytes));
  // A copy, not from_blob: the mapped data need not be aligned and must not outlive the file.
  if (expectedBytes > 0) std::memcpy(t.data_ptr(), bytes.data(), expectedBytes);
  return t.to(dtype);
}

safetensors::TensorData tensorToSafetensors(const torch::Tensor& tensor) {
  safetensors::TensorData out;
  const auto t = tensor.detach().to(torch::kCPU).contiguous();
  switch (t.scalar_type()) {
    case torch::kFloat32: out.dtype = safetensors::DType::F32; break;
    case torch::kFloat16: out.dtype = safetensors::DType::F16; break;
    case torch::kBFloat16: out.dtype = safetensors::DType::BF16; break;
    case torch::kFloat64: out.dtype = safetensors::DType::F64; break;
    default: throw std::runtime_error("cannot store a tensor of this dtype in safetensors");
  }
  out.shape.assign(t.sizes().begin(), t.sizes().end());
  out.bytes.resize(static_cast<std::size_t>(t.numel()) * t.element_size());
  if (!out.bytes.empty()) std::memcpy(out.bytes.data(), t.data_ptr(), out.bytes.size());
  return out;
}

void loadWeights(Qwen2ForCausalLM& model, const safetensors::Checkpoint& checkpoint, const std::string& source) {
  std::map<std::string, torch::Tensor> targets;
  for (const auto& item : model->named_parameters())
    if (item.key().find(".lora_") == std::string::npos) targets.emplace(item.key(), item.value());
  std::set<std::string> ignored;
  if (model->config().tieWordEmbeddings) ignored.insert("lm_head.weight");
  copyTensors(checkpoint, targets, ignored, source);
}

Qwen2ForCausalLM loadBackbone(const std::string& dir, torch::Dtype dtype) {
  const auto config = Qwen2Config::fromFile(dir);
  Qwen2ForCausalLM model(config);
  model->to(dtype);
  const auto checkpoint = safetensors::Checkpoint::open(dir);
  loadWeights(model, checkpoint, dir);
  model->eval();
  return model;
}

std::string peftName(const std::string& moduleName) { return "base_model.model." + moduleName; }

void saveLora(Qwen2ForCausalLM& model, const std::string& dir) {
  if (!model->hasLora()) throw std::logic_error("saveLora: LoRA is not enabled on this model.");
  std::map<std::string, safetensors::TensorData> tensors;
  for (const auto& [name, tensor] : model->loraParameters()) tensors.emplace(peftName(name), tensorToSafetensors(tensor));
  std::filesystem::create_directories(dir);
  const auto& o = *model->loraOptions();
  std::vector<std::string> targets = {"q_proj", "k_proj", "v_proj", "o_proj"};
  if (o.mlp) targets.insert(targets.end(), {"gate_proj", "up_proj", "down_proj"});
  // The keys PEFT reads to rebuild the adapter; the rest of its config has usable defaults.
  const nlohmann::json config = {
      {"peft_type", "LORA"},      {"task_type", "CAUSAL_LM"}, {"r", o.rank},
      {"lora_alpha", o.alpha},    {"lora_dropout", o.dropout}, {"target_modules", targets},
      {"bias", "none"},           {"fan_in_fan_out", false},  {"inference_mode", true},
      {"base_model_name_or_path", nullptr},
  };
  safetensors::write((std::filesystem::path(dir) / "adapter_model.safetensors").string(), tensors,
                     {{"format", "pt"}});
  std::ofstream out(std::filesystem::path(dir) / "adapter_config.json", std::ios::binary | std::ios::trunc);
  out << config.dump(2) << "\n";
  if (!out) throw std::runtime_error(dir + ": cannot write adapter_config.json.");
}

void loadLora(Qwen2ForCausalLM& model, const std::string& dir) {
  if (!model->hasLora()) throw std::logic_error("loadLora: enable LoRA on the model first.");
  const auto path = (std::filesystem::path(dir) / "adapter_model.safetensors").string();
  const auto checkpoint = safetensors::Checkpoint::open(path);
  std::map<std::string, torch::Tensor> targets;
  for (const auto& [name, tensor] : model->loraParameters()) targets.emplace(peftName(name), tensor);
  // The scale alpha / r is not in the tensors: a different alpha would load silently wrong.
  const auto configPath = std::filesystem::path(dir) / "adapter_config.json";
  if (std::ifstream in(configPath, std::ios::binary); in) {
    nlohmann::json config;
    try {
      config = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
      throw engine::EngineError(Message(QT_TRANSLATE_NOOP("ll::engine", "%1: not valid JSON (%2)."),
                                        configPath.string(), e.what()));
    }
    const auto& o = *model->loraOptions();
    if (config.value("r", o.rank) != o.rank || config.value("lora_alpha", o.alpha) != o.alpha)
      throw engine::EngineError(
          Message(QT_TRANSLATE_NOOP("ll::engine",
                                    "%1: the adapter has r=%2, lora_alpha=%3 but LoRA was "
                                    "enabled with r=%4, lora_alpha=%5."),
                  configPath.string(), config.value("r", nlohmann::json()).dump(),
                  config.value("lora_alpha", nlohmann::json()).dump(), o.rank, std::to_string(o.alpha)));
  }
  model->unmergeLora();  // new A/B must not be subtracted from a weight that holds the old ones
  copyTensors(checkpoint, targets, {}, path);
}

}  // namespace ll::model
