#include "engine/scorer.h"

#include "engine/model/tensormemory.h"
#include "engine/model/threads.h"

#include <torch/cuda.h>
#include <torch/nn/functional/linear.h>
#include <torch/utils.h>
#include <torch/version.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace ll::engine {

namespace F = torch::nn::functional;
using tokenizer::TokenId;

std::optional<ScoreDevice> parseScoreDevice(std::string_view name) {
  if (name == "auto") return ScoreDevice::Auto;
  if (name == "cpu") return ScoreDevice::Cpu;
  if (name == "cuda") return ScoreDevice::Cuda;
  return std::nullopt;
}

namespace {

torch::Tensor rotateHalf(const torch::Tensor& x) {
  const auto half = x.size(-1) / 2;
  return torch::cat({-x.slice(-1, half), x.slice(-1, 0, half)}, -1);
}

// The model's forward pass restricted to what the heads read (see scorer.h), for right-padded
// batches: real tokens sit at the start of each row, so a query at a real position never sees a
// padded key under the causal mask, every row's positions are 0..T-1, and one [T,T] causal mask
// serves the whole batch. Outputs at padded positions are garbage that no real position reads.
class FastForward {
 public:
  explicit FastForward(model::Qwen2ForCausalLM backbone) : m_backbone(std::move(backbone)) {
    const auto& c = m_backbone->config();
    m_heads = c.numAttentionHeads;
    m_kvHeads = c.numKeyValueHeads;
    m_headDim = c.headDim();
    const auto d = m_headDim;
    // Same arithmetic as Qwen2ModelImpl, so positions rotate identically.
    m_invFreq = 1.0 / torch::pow(c.ropeTheta, torch::arange(0, d, 2, torch::kInt64).to(torch::kFloat32) /
                                                  static_cast<double>(d));
  }

  // ids [B,T] (right-padded), last [B] index of each row's last real token -> final hidden [B,d].
  torch::Tensor lastHidden(const torch::Tensor& ids, const torch::Tensor& last) {
    auto& model = *m_backbone->model;
    const auto b = ids.size(0);
    const auto t = ids.size(1);
    auto x = model.embed_tokens(ids);
    const auto dtype = x.scalar_type();
    prepare(t, x.device(), dtype);

    const auto& layers = *model.layers;
    const auto count = layers.size();
    for (std::size_t i = 0; i + 1 < count; ++i) {
      auto* layer = layers[i]->as<model::Qwen2DecoderLayerImpl>();
      const auto h = x + attentionAll(*layer->self_attn, layer->input_layernorm(x), b, t);
      x = h + layer->mlp(layer->post_attention_layernorm(h));
    }
    // Last layer: keys and values of every position, everything else at the last real token.
    auto* layer = layers[count - 1]->as<model::Qwen2DecoderLayerImpl>();
    const auto xn = layer->input_layernorm(x);
    const auto gatherIndex = last.view({b, 1, 1}).expand({b, 1, x.size(2)});
    const auto xLast = x.gather(1, gatherIndex);    // [B,1,d]
    const auto xnLast = xn.gather(1, gatherIndex);  // [B,1,d]
    const auto h = xLast + attentionLast(*layer->self_attn, xn, xnLast, last, b, t);
    const auto out = h + layer->mlp(layer->post_attention_layernorm(h));
    return model.norm(out).squeeze(1);
  }

 private:
  void prepare(std::int64_t t, const torch::Device& device, torch::ScalarType dtype) {
    if (m_cachedT == t && m_cos.defined() && m_cos.device() == device && m_cos.scalar_type() == dtype) return;
    const auto positions = torch::arange(t, torch::kInt64).to(torch::kFloat32);
    const auto freqs = positions.unsqueeze(-1) * m_invFreq;  // [T,hd/2]
    const auto emb = torch::cat({freqs, freqs}, -1);          // [T,hd]
    m_cos = emb.cos().to(device, dtype);
    m_sin = emb.sin().to(device, dtype);
    const auto rep = m_heads / m_kvHeads;
    // Additive causal mask for grouped queries: rows are (query head within the group, position).
    auto causal = torch::full({t, t}, -std::numeric_limits<float>::infinity(), torch::kFloat32).triu(1);
    m_groupMask = causal.repeat({rep, 1}).to(device);  // [rep*T, T], fp32: scores are fp32
    m_cachedT = t;
  }

  // x [B,T,H,hd]; cos/sin broadcast [T,1,hd] (all positions) or [B,1,1,hd] (one per row).
  static torch::Tensor rope(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin) {
    return x * cos + rotateHalf(x) * sin;
  }

  torch::Tensor attentionAll(model::Qwen2AttentionImpl& attn, const torch::Tensor& xn, std::int64_t b, std::int64_t t) {
    const auto hd = m_headDim;
    const auto rep = m_heads / m_kvHeads;
    const auto cos = m_cos.unsqueeze(1);  // [T,1,hd]
    const auto sin = m_sin.unsqueeze(1);
    auto q = rope(attn.q_proj(xn).view({b, t, m_heads, hd}), cos, sin);
    auto k = rope(attn.k_proj(xn).view({b, t, m_kvHeads, hd}), cos, sin);
    auto v = attn.v_proj(xn).view({b, t, m_kvHeads, hd});
    const double scale = 1.0 / std::sqrt(static_cast<double>(hd));
#if TORCH_VERSION_MAJOR >= 2
    q = q.transpose(1, 2);  // [B,H,T,hd]
    k = k.transpose(1, 2).unsqueeze(2).expand({b, m_kvHeads, rep, t, hd}).reshape({b, m_heads, t, hd});
    v = v.transpose(1, 2).unsqueeze(2).expand({b, m_kvHeads, rep, t, hd}).reshape({b, m_heads, t, hd});
    const auto out = at::scaled_dot_product_attention(q, k, v, {}, 0.0, /*is_causal=*/true);
    (void)scale;
    return attn.o_proj(out.transpose(1, 2).reshape({b, t, m_heads * hd}));
#else
    // Grouped layout: each kv head's `rep` query heads stacked along the rows of one matmul, so
    // k and v are never repeated.
    q = q.view({b, t, m_kvHeads, rep, hd}).permute({0, 2, 3, 1, 4}).reshape({b * m_kvHeads, rep * t, hd});
    k = k.permute({0, 2, 1, 3}).reshape({b * m_kvHeads, t, hd});
    v = v.permute({0, 2, 1, 3}).reshape({b * m_kvHeads, t, hd});
    auto scores = torch::baddbmm(m_groupMask.unsqueeze(0).expand({b * m_kvHeads, rep * t, t}),
                                 q.to(torch::kFloat32), k.to(torch::kFloat32).transpose(1, 2), 1.0, scale);
    const auto probs = torch::softmax(scores, -1).to(v.scalar_type());
    const auto out = torch::bmm(probs, v)  // [B*kv, rep*T, hd]
                         .view({b, m_kvHeads, rep, t, hd})
                         .permute({0, 3, 1, 2, 4})
                         .reshape({b, t, m_heads * hd});
    return attn.o_proj(out);
#endif
  }

  torch::Tensor attentionLast(model::Qwen2AttentionImpl& attn, const torch::Tensor& xn, const torch::Tensor& xnLast,
                              const torch::Tensor& last, std::int64_t b, std::int64_t t) {
    const auto hd = m_headDim;
    const auto rep = m_heads / m_kvHeads;
    const auto cosAll = m_cos.unsqueeze(1);
    const auto sinAll = m_sin.unsqueeze(1);
    const auto cosLast = m_cos.index_select(0, last).view({b, 1, 1, hd});
    const auto sinLast = m_sin.index_select(0, last).view({b, 1, 1, hd});
    auto q = rope(attn.q_proj(xnLast).view({b, 1, m_heads, hd}), cosLast, sinLast);
    auto k = rope(attn.k_proj(xn).view({b, t, m_kvHeads, hd}), cosAll, sinAll);
    auto v = attn.v_proj(xn).view({b, t, m_kvHeads, hd});
    // Keys at or before each row's last real token.
    const auto keyOk = torch::arange(t, last.options()).unsqueeze(0).le(last.unsqueeze(1));  // [B,T]
    const double scale = 1.0 / std::sqrt(static_cast<double>(hd));
    q = q.view({b, m_kvHeads, rep, hd}).reshape({b * m_kvHeads, rep, hd});
    k = k.permute({0, 2, 1, 3}).reshape({b * m_kvHeads, t, hd});
    v = v.permute({0, 2, 1, 3}).reshape({b * m_kvHeads, t, hd});
    const auto mask = torch::zeros({b, t}, torch::TensorOptions().dtype(torch::kFloat32).device(xn.device()))
                          .masked_fill(keyOk.logical_not(), -std::numeric_limits<float>::infinity())
                          .view({b, 1, 1, t})
                          .expand({b, m_kvHeads, rep, t})
                          .reshape({b * m_kvHeads, rep, t});
    auto scores = torch::baddbmm(mask, q.to(torch::kFloat32), k.to(torch::kFloat32).transpose(1, 2), 1.0, scale);
    const auto probs = torch::softmax(scores, -1).to(v.scalar_type());
    const auto out = torch::bmm(probs, v).reshape({b, 1, m_heads * hd});
    return attn.o_proj(out);
  }

  model::Qwen2ForCausalLM m_backbone;
  std::int64_t m_heads = 0, m_kvHeads = 0, m_headDim = 0;
  torch::Tensor m_invFreq;
  std::int64_t m_cachedT = -1;
  torch::Tensor m_cos, m_sin, m_groupMask;
};

}  // namespace

Scorer::Scorer(const AsLlrCheckpoint& checkpoint, const ScorerOptions& options)
    : Scorer(checkpoint.model, checkpoint.manifest.calibration, options) {}

Scorer::Scorer(model::AsLlr model, Calibration calibration, const ScorerOptions& options)
    : m_model(std::move(model)), m_calibration(std::move(calibration)), m_options(options) {
  if (!m_model)
    throw InvalidArgumentError(Message(QT_TRANSLATE_NOOP("ll::engine", "the scorer needs a model.")));
  if (m_options.batchTokens == 0 || m_options.maxBatchRows == 0)
    throw InvalidArgumentError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "batch tokens and batch rows must be positive.")));
  const bool cudaAvailable = torch::cuda::is_available();
  if (m_options.device == ScoreDevice::Cuda && !cudaAvailable)
    throw EngineError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "CUDA was asked for, but no CUDA GPU is usable (this build of "
                                  "libtorch %1 has no CUDA support, or no GPU is present): use "
                                  "--device cpu or auto."),
                std::string(TORCH_VERSION)));
  m_cuda = m_options.device == ScoreDevice::Cuda || (m_options.device == ScoreDevice::Auto && cudaAvailable);
  model::useCachingTensorAllocator();
  if (m_options.threads > 0) model::setIntraOpThreads(m_options.threads);
  m_model->eval();
  m_model->backbone->mergeLora();
  if (m_cuda) {
    m_model->backbone->to(torch::Device(torch::kCUDA), torch::kBFloat16);
    m_model->point_head->to(torch::Device(torch::kCUDA), torch::kFloat32);
    m_model->pair_head->to(torch::Device(torch::kCUDA), torch::kFloat32);
  }
}

std::string Scorer::deviceDescription() const {
  if (m_cuda) return "cuda:0, bfloat16";
  return "cpu, " + std::to_string(model::intraOpThreads()) + " threads, " +
         std::string(c10::toString(m_model->backbone->model->embed_tokens->weight.scalar_type()));
}

std::vector<std::vector<std::size_t>> Scorer::planBatches(const std::vector<std::size_t>& lengths,
                                                          std::size_t batchTokens, std::size_t maxBatchRows) {
  std::vector<std::size_t> order(lengths.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return lengths[a] > lengths[b]; });
  std::vector<std::vector<std::size_t>> batches;
  for (std::size_t i = 0; i < order.size();) {
    const auto longest = std::max<std::size_t>(1, lengths[order[i]]);
    const auto rows = std::clamp<std::size_t>(batchTokens / longest, 1, maxBatchRows);
    const auto end = std::min(order.size(), i + rows);
    batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(end));
    i = end;
  }
  return batches;
}

std::optional<std::vector<LeadScore>> Scorer::score(const std::vector<std::vector<TokenId>>& inputs,
                                                    const ScoreProgress& progress, const std::atomic<bool>* cancel) {
  const auto vocab = m_model->backbone->config().vocabSize;
  std::vector<std::size_t> lengths(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].empty())
      throw InvalidArgumentError(Message(QT_TRANSLATE_NOOP("ll::engine", "input %1 has no tokens."), i));
    for (const auto id : inputs[i])
      if (static_cast<std::int64_t>(id) >= vocab)
        throw InvalidArgumentError(
            Message(QT_TRANSLATE_NOOP("ll::engine",
                                      "input %1 holds token id %2, outside the model's vocabulary of %3."),
                    i, id, vocab));
    lengths[i] = inputs[i].size();
  }
  std::vector<LeadScore> out(inputs.size());
  const auto batches = planBatches(lengths, m_options.batchTokens, m_options.maxBatchRows);
  const auto device = m_cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
  const auto& options = m_model->options();
  const std::vector<std::int64_t> answer = {options.yesTokenId, options.noTokenId};

  c10::InferenceMode inference;
  FastForward forward(m_model->backbone);
  std::size_t done = 0;
  for (const auto& batch : batches) {
    if (cancel && cancel->load()) return std::nullopt;
    const auto rows = static_cast<std::int64_t>(batch.size());
    const auto t = static_cast<std::int64_t>(lengths[batch.front()]);
    auto ids = torch::zeros({rows, t}, torch::kInt64);
    auto last = torch::empty({rows}, torch::kInt64);
    auto* idp = ids.data_ptr<std::int64_t>();
    auto* lp = last.data_ptr<std::int64_t>();
    for (std::int64_t r = 0; r < rows; ++r) {
      const auto& seq = inputs[batch[static_cast<std::size_t>(r)]];
      for (std::size_t j = 0; j < seq.size(); ++j) idp[r * t + static_cast<std::int64_t>(j)] = seq[j];
      lp[r] = static_cast<std::int64_t>(seq.size()) - 1;
    }
    ids = ids.to(device);
    last = last.to(device);
    const auto hidden = forward.lastHidden(ids, last);
    const auto h = hidden.to(m_model->point_head->weight.scalar_type());
    const auto point = F::linear(h, m_model->point_head->weight, m_model->point_head->bias).squeeze(-1);
    const auto pair = F::linear(h, m_model->pair_head->weight, m_model->pair_head->bias).squeeze(-1);
    const auto yesNo = m_model->backbone->tokenLogits(hidden, answer);
    const auto packed = torch::stack({point, pair, (yesNo.select(1, 0) - yesNo.select(1, 1)).to(point.scalar_type())}, 1)
                            .to(torch::kCPU, torch::kFloat64)
                            .contiguous();
    const auto* p = packed.data_ptr<double>();
    for (std::int64_t r = 0; r < rows; ++r) {
      auto& s = out[batch[static_cast<std::size_t>(r)]];
      s.pointLogit = p[r * 3];
      s.pairScore = p[r * 3 + 1];
      s.yesNoLogit = p[r * 3 + 2];
      s.probability = m_calibration.probability(s.pointLogit);
    }
    done += batch.size();
    if (progress) progress(done, inputs.size());
  }
  return out;
}

}  // namespace ll::engine
