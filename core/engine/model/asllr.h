#pragma once
// asLLR (HPRO paper §3.2): the Qwen2 backbone (with LoRA) and three heads on the final hidden
// state of the last real token: pointwise R^d -> 1 (conversion logit), pairwise R^d -> 1 (ranking
// score for the Bradley-Terry/HPRO loss), and the semantic head, which is the LM head itself,
// read at the "Yes" and "No" token ids.

#include "engine/model/qwen2.h"

#include <cstdint>
#include <string>

namespace ll::model {

struct AsLlrOutput {
  torch::Tensor pointLogit;   // [B]
  torch::Tensor pairScore;    // [B]
  torch::Tensor yesNoLogits;  // [B,2]: LM logits of (yes, no) at the last real token
  torch::Tensor lastHidden;   // [B,d]
};

struct AsLlrOptions {
  std::int64_t yesTokenId = 0;
  std::int64_t noTokenId = 0;
};

class AsLlrImpl : public torch::nn::Module {
 public:
  AsLlrImpl(Qwen2ForCausalLM backbone, const AsLlrOptions& options);
  AsLlrOutput forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask);

  // Head weights under their module names ("point_head.weight", ..., "pair_head.bias").
  void saveHeads(const std::string& path);
  void loadHeads(const std::string& path);

  [[nodiscard]] const AsLlrOptions& options() const { return m_options; }

  Qwen2ForCausalLM backbone{nullptr};
  torch::nn::Linear point_head{nullptr};
  torch::nn::Linear pair_head{nullptr};

 private:
  AsLlrOptions m_options;
};
TORCH_MODULE(AsLlr);

}  // namespace ll::model
