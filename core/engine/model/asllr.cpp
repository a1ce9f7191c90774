#include "engine/model/asllr.h"

#include <torch/nn/init.h>
#include <torch/utils.h>

#include <cstring>
#include <map>
#include <stdexcept>

namespace ll::model {

using engine::Message;

AsLlrImpl::AsLlrImpl(Qwen2ForCausalLM backboneModel, const AsLlrOptions& options) : m_options(options) {
  const auto& config = backboneModel->config();
  for (const auto id : {options.yesTokenId, options.noTokenId})
    if (id < 0 || id >= config.vocabSize)
      throw engine::InvalidArgumentError(
          Message(QT_TRANSLATE_NOOP("ll::engine", "asLLR: token id %1 is outside the vocabulary of %2."), id,
                  config.vocabSize));
  backbone = register_module("backbone", std::move(backboneModel));
  point_head = register_module("point_head", torch::nn::Linear(config.hiddenSize, 1));
  pair_head = register_module("pair_head", torch::nn::Linear(config.hiddenSize, 1));
  // Heads start near zero so the untrained model scores every lead alike instead of by noise.
  torch::NoGradGuard noGrad;
  for (auto* head : {&point_head, &pair_head}) {
    (*head)->weight.normal_(0.0, 0.02);
    (*head)->bias.zero_();
  }
}

AsLlrOutput AsLlrImpl::forward(const torch::Tensor& inputIds, const torch::Tensor& attentionMask) {
  const auto hidden = backbone(inputIds, attentionMask);
  AsLlrOutput out;
  out.lastHidden = lastTokenHidden(hidden, attentionMask);
  // Heads may be kept in fp32 while a bf16 backbone runs: their inputs follow their weights.
  const auto h = out.lastHidden.to(point_head->weight.scalar_type());
  out.pointLogit = point_head(h).squeeze(-1);
  out.pairScore = pair_head(h).squeeze(-1);
  out.yesNoLogits = backbone->tokenLogits(out.lastHidden, {m_options.yesTokenId, m_options.noTokenId});
  return out;
}

void AsLlrImpl::saveHeads(const std::string& path) {
  std::map<std::string, safetensors::TensorData> tensors;
  for (const auto& item : named_parameters())
    if (!item.key().starts_with("backbone.")) tensors.emplace(item.key(), tensorToSafetensors(item.value()));
  safetensors::write(path, tensors, {{"format", "pt"}});
}

void AsLlrImpl::loadHeads(const std::string& path) {
  const auto checkpoint = safetensors::Checkpoint::open(path);
  torch::NoGradGuard noGrad;
  std::string problems;
  for (auto& item : named_parameters()) {
    const auto& name = item.key();
    if (name.starts_with("backbone.")) continue;
    const auto* info = checkpoint.find(name);
    if (!info) {
      problems += " missing tensor " + name + ";";
      continue;
    }
    if (c10::IntArrayRef(info->shape) != item.value().sizes()) {
      problems += " tensor " + name + ": expected shape " + c10::str(item.value().sizes()) + ", found " +
                  c10::str(c10::IntArrayRef(info->shape)) + ";";
      continue;
    }
    item.value().copy_(tensorFromSafetensors(*info, checkpoint.data(name), item.value().scalar_type()));
  }
  if (!problems.empty()) throw std::runtime_error(path + ": the head weights do not fit the model:" + problems);
}

}  // namespace ll::model
