#pragma once
// Internal to core/demo: the retailer's fixed world (channels, cities, models, ...) with their
// labels in both languages and their effects on behaviour, and the random helpers.

#include "demo/generator.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <random>

namespace ll::demo::detail {

struct Labelled {
  const char* en;
  const char* zh;
  double weight;  // share in the population
  double effect;  // on the log-odds of a lock-in (structured signal)
};

inline const char* label(const Labelled& l, Lang lang) { return lang == Lang::Zh ? l.zh : l.en; }

inline constexpr std::array<Labelled, 6> kChannels{{
    {"App", "官方App", 0.22, 0.10},
    {"Website", "官网", 0.20, 0.0},
    {"Short-video ads", "短视频广告", 0.32, -0.45},
    {"Auto show", "车展", 0.08, 0.20},
    {"Referral", "老带新", 0.07, 0.55},
    {"Walk-in", "自然到店", 0.11, 0.40},
}};
inline constexpr int kChannelShortVideo = 2;
inline constexpr int kChannelAutoShow = 3;
inline constexpr int kChannelWalkIn = 5;

struct City {
  const char* en;
  const char* zh;
  const char* tierEn;
  const char* tierZh;
  const char* code;
  double weight;
  int stores;
};
inline constexpr std::array<City, 12> kCities{{
    {"Shanghai", "上海", "Tier 1", "一线", "SH", 0.14, 4},
    {"Beijing", "北京", "Tier 1", "一线", "BJ", 0.12, 4},
    {"Shenzhen", "深圳", "Tier 1", "一线", "SZ", 0.10, 3},
    {"Guangzhou", "广州", "Tier 1", "一线", "GZ", 0.09, 3},
    {"Hangzhou", "杭州", "New tier 1", "新一线", "HZ", 0.09, 3},
    {"Chengdu", "成都", "New tier 1", "新一线", "CD", 0.09, 3},
    {"Wuhan", "武汉", "New tier 1", "新一线", "WH", 0.07, 2},
    {"Xi'an", "西安", "New tier 1", "新一线", "XA", 0.06, 2},
    {"Hefei", "合肥", "Tier 2", "二线", "HF", 0.07, 2},
    {"Kunming", "昆明", "Tier 2", "二线", "KM", 0.06, 2},
    {"Yangzhou", "扬州", "Tier 3", "三线", "YZ", 0.06, 1},
    {"Mianyang", "绵阳", "Tier 3", "三线", "MY", 0.05, 1},
}};
inline constexpr int kSpecialistsPerStore = 6;

struct Model {
  const char* name;
  int priceBand;  // index into kBudgets the model's price sits in
  double weight;
};
inline constexpr std::array<Model, 4> kModels{{
    {"Aurora S3", 0, 0.30},
    {"Aurora S5", 1, 0.32},
    {"Aurora X7", 2, 0.26},
    {"Aurora M9", 3, 0.12},
}};

inline constexpr std::array<Labelled, 4> kBudgets{{
    {"under 150k", "15万以下", 0, 0},
    {"150k-200k", "15-20万", 0, 0},
    {"200k-300k", "20-30万", 0, 0},
    {"300k+", "30万以上", 0, 0},
}};

inline constexpr std::array<Labelled, 3> kVehicles{{
    {"None", "无", 0.33, -0.10},
    {"Combustion", "燃油车", 0.52, 0.0},
    {"Electric", "电动车", 0.15, 0.20},
}};
inline constexpr int kVehicleNone = 0;
inline constexpr int kVehicleCombustion = 1;

inline constexpr std::array<Labelled, 3> kFinancing{{
    {"Yes", "是", 0.40, 0.25},
    {"No", "否", 0.35, 0.0},
    {"Undecided", "待定", 0.25, -0.10},
}};

inline constexpr std::array<const char*, 4> kCompetitorsEn{{"Voltra V6", "Nimbus EV", "Kestrel 7", "Solano Air"}};
inline constexpr std::array<const char*, 4> kCompetitorsZh{{"沃特拉V6", "宁布斯EV", "凯斯特7", "索拉诺Air"}};

inline double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

// SplitMix64 finaliser: turns (seed, index, purpose) into independent stream seeds.
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0) {
  std::uint64_t z = a + 0x9E3779B97F4A7C15ull * (b + 1) + 0xBF58476D1CE4E5B9ull * (c + 7);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Distributions are written out by hand: libstdc++'s std::normal_distribution etc. are not
// specified to give the same numbers across library versions, and the files must not change.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : m_engine(seed) {}
  double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  bool chance(double p) { return uniform() < p; }
  int below(int n) { return static_cast<int>(uniform() * n); }
  double normal() {
    // Box-Muller, one value per call (simple and reproducible).
    double u1 = uniform();
    if (u1 < 1e-300) u1 = 1e-300;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * uniform());
  }
  double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
  int poisson(double lambda) {
    const double limit = std::exp(-lambda);
    double prod = uniform();
    int k = 0;
    while (prod > limit && k < 50) {
      prod *= uniform();
      ++k;
    }
    return k;
  }
  template <class Table>
  int weighted(const Table& table) {
    double total = 0;
    for (const auto& t : table) total += t.weight;
    double r = uniform() * total;
    int i = 0;
    for (const auto& t : table) {
      r -= t.weight;
      if (r < 0) return i;
      ++i;
    }
    return i - 1;
  }

 private:
  std::mt19937_64 m_engine;
};

}  // namespace ll::demo::detail
