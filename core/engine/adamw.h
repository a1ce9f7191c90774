#pragma once
// AdamW (decoupled weight decay) with a rate and a decay switch per parameter, and the
// warm-up + decay schedule, shared by fine-tuning and pretraining. The moments are plain fp32
// tensors, so a training state is written as safetensors like everything else.

#pragma push_macro("slots")
#pragma push_macro("signals")
#pragma push_macro("emit")
#undef slots
#undef signals
#undef emit
#include <torch/types.h>
#include <torch/utils.h>
#pragma pop_macro("emit")
#pragma pop_macro("signals")
#pragma pop_macro("slots")

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <string>
#include <vector>

namespace ll::engine {

struct AdamParam {
  std::string name;
  torch::Tensor param;
  torch::Tensor m, v;
  double baseLr = 0;
  bool decay = false;
};

class AdamW {
 public:
  AdamW(double beta1, double beta2, double eps, double weightDecay)
      : m_beta1(beta1), m_beta2(beta2), m_eps(eps), m_weightDecay(weightDecay) {}

  void add(const std::string& name, const torch::Tensor& p, double lr, bool decay) {
    AdamParam a;
    a.name = name;
    a.param = p;
    a.m = torch::zeros_like(p, torch::TensorOptions().dtype(torch::kFloat32));
    a.v = torch::zeros_like(p, torch::TensorOptions().dtype(torch::kFloat32));
    a.baseLr = lr;
    a.decay = decay;
    m_params.push_back(std::move(a));
  }

  // One update with every rate scaled by lrFactor; parameters without a gradient are skipped.
  void step(double lrFactor) {
    torch::NoGradGuard noGrad;
    ++m_step;
    const double c1 = 1.0 - std::pow(m_beta1, static_cast<double>(m_step));
    const double c2 = 1.0 - std::pow(m_beta2, static_cast<double>(m_step));
    for (auto& a : m_params) {
      const auto& grad = a.param.grad();
      if (!grad.defined()) continue;
      const double lr = a.baseLr * lrFactor;
      const auto g = grad.to(torch::kFloat32);
      a.m.mul_(m_beta1).add_(g, 1.0 - m_beta1);
      a.v.mul_(m_beta2).addcmul_(g, g, 1.0 - m_beta2);
      auto p32 = a.param.to(torch::kFloat32);  // the parameter itself when it is fp32
      if (a.decay && m_weightDecay > 0) p32.mul_(1.0 - lr * m_weightDecay);
      const auto denom = (a.v / c2).sqrt_().add_(m_eps);
      p32.addcdiv_(a.m, denom, -lr / c1);
      if (p32.data_ptr() != a.param.data_ptr()) a.param.copy_(p32);
    }
  }

  void zeroGrad() {
    for (auto& a : m_params) {
      auto& g = a.param.mutable_grad();
      if (g.defined()) {
        g.detach_();
        g.zero_();
      }
    }
  }

  [[nodiscard]] std::vector<torch::Tensor> params() const {
    std::vector<torch::Tensor> out;
    for (const auto& a : m_params) out.push_back(a.param);
    return out;
  }
  [[nodiscard]] std::vector<AdamParam>& entries() { return m_params; }
  [[nodiscard]] std::int64_t stepCount() const { return m_step; }
  void setStepCount(std::int64_t s) { m_step = s; }

 private:
  double m_beta1, m_beta2, m_eps, m_weightDecay;
  std::vector<AdamParam> m_params;
  std::int64_t m_step = 0;
};

// Rate factor at `step` (0-based) of `total`: linear warm-up over warmupFraction of the steps,
// then cosine (or linear) decay to minFraction.
inline double lrFactor(double warmupFraction, bool linearDecay, double minFraction, std::int64_t step, std::int64_t total) {
  const std::int64_t warm =
      warmupFraction > 0
          ? std::max<std::int64_t>(1, static_cast<std::int64_t>(std::llround(warmupFraction * static_cast<double>(total))))
          : 0;
  if (step < warm) return static_cast<double>(step + 1) / static_cast<double>(warm);
  const double progress =
      std::clamp(static_cast<double>(step - warm) / static_cast<double>(std::max<std::int64_t>(1, total - warm)), 0.0, 1.0);
  if (linearDecay) return 1.0 - (1.0 - minFraction) * progress;
  return minFraction + (1.0 - minFraction) * 0.5 * (1.0 + std::cos(std::numbers::pi * progress));
}

}  // namespace ll::engine
