#include "engine/abtest.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <numbers>
#include <stdexcept>

namespace ll::metrics {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Beyond this many degrees of freedom the t distribution is the normal one to better than 1e-7,
// while lgamma(a + 1/2) - lgamma(a) in the beta prefactor starts to lose digits to cancellation.
constexpr double kNormalDf = 1e7;

void requireArm(int arm) {
  if (arm != 0 && arm != 1) {
    throw std::invalid_argument("ll::metrics: arm must be 0 or 1, got " + std::to_string(arm));
  }
}

// Continued fraction of I_x(a, b) (the classic expansion whose terms alternate between
// -(a+m)(a+b+m)x / ((a+2m)(a+2m+1)) and m(b-m)x / ((a+2m-1)(a+2m))), evaluated with the
// modified Lentz method. Converges quickly for x < (a+1)/(a+b+2); the caller ensures that.
double betaContinuedFraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300;  // stands in for a zero denominator
  constexpr double kEps = 1e-15;
  // The fraction is 1 / (1 + d1 / (1 + d2 / (1 + ...))): start as "1 / (1 + ...", i.e. with the
  // leading numerator 1, then feed d1, d2, ... with denominators 1.
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  if (std::abs(d) < kTiny) d = kTiny;
  d = 1.0 / d;
  double f = d;
  // Iterations grow like sqrt(max(a, b)); the cap only guards against NaN-driven loops.
  for (int m = 1; m < 1'000'000; ++m) {
    const double dm = static_cast<double>(m);
    // Even term d_{2m}.
    double term = dm * (b - dm) * x / ((a + 2 * dm - 1.0) * (a + 2 * dm));
    d = 1.0 + term * d;
    if (std::abs(d) < kTiny) d = kTiny;
    c = 1.0 + term / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    f *= d * c;
    // Odd term d_{2m+1}.
    term = -(a + dm) * (a + b + dm) * x / ((a + 2 * dm) * (a + 2 * dm + 1.0));
    d = 1.0 + term * d;
    if (std::abs(d) < kTiny) d = kTiny;
    c = 1.0 + term / c;
    if (std::abs(c) < kTiny) c = kTiny;
    d = 1.0 / d;
    const double delta = d * c;
    f *= delta;
    if (std::abs(delta - 1.0) < kEps) break;
  }
  return f;
}

// I_x(a, b) with y = 1 - x passed separately: callers that know 1 - x exactly (t^2/(df+t^2)
// for a small t) would lose it to cancellation if it were recomputed from x.
double incompleteBeta(double a, double b, double x, double y) {
  if (x <= 0.0) return 0.0;
  if (y <= 0.0) return 1.0;
  // x^a y^b / (a B(a, b)), in logs to survive large a and b.
  const double logFront =
      std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log(y);
  if (x < (a + 1.0) / (a + b + 2.0)) return std::exp(logFront) * betaContinuedFraction(a, b, x) / a;
  // Past the mean the fraction converges slowly: use I_x(a, b) = 1 - I_y(b, a).
  return 1.0 - std::exp(logFront) * betaContinuedFraction(b, a, y) / b;
}

bool validDf(double df) {
  return df > 0.0;
}  // false for NaN too

// P(T >= t) for t >= 0. P(|T| >= t) = I_{df/(df+t^2)}(df/2, 1/2), half of it on each side.
double upperTail(double t, double df) {
  if (std::isinf(t)) return 0.0;
  if (df > kNormalDf) return 0.5 * std::erfc(t / std::numbers::sqrt2);
  const double t2 = t * t;
  return 0.5 * incompleteBeta(df / 2.0, 0.5, df / (df + t2), t2 / (df + t2));
}

struct Moments {
  double mean = kNaN;
  double variance = kNaN;  // sample variance (n - 1 denominator)
};

Moments moments(std::span<const double> v) {
  Moments m;
  if (v.empty()) return m;
  // Summing offsets from the first value keeps a constant sample's mean exactly that constant
  // (0.2 + 0.2 + 0.2 = 0.6000000000000001 would not), so its variance comes out exactly zero
  // and the zero-variance case is recognised instead of yielding an absurd t.
  const double shift = v.front();
  double offsets = 0;
  for (double x : v) offsets += x - shift;
  m.mean = shift + offsets / static_cast<double>(v.size());
  if (v.size() < 2) return m;
  // Two passes: summing squared deviations from the mean avoids the cancellation of
  // sum(x^2) - n mean^2 for rates that are all close to each other.
  double squares = 0;
  for (double x : v) squares += (x - m.mean) * (x - m.mean);
  m.variance = squares / static_cast<double>(v.size() - 1);
  return m;
}

}  // namespace

double regularizedIncompleteBeta(double a, double b, double x) {
  if (!(a > 0.0) || !(b > 0.0) || !(x >= 0.0 && x <= 1.0)) return kNaN;
  return incompleteBeta(a, b, x, 1.0 - x);
}

double studentTCdf(double t, double df) {
  if (std::isnan(t) || !validDf(df)) return kNaN;
  const double tail = upperTail(std::abs(t), df);
  return t >= 0.0 ? 1.0 - tail : tail;
}

double studentTTwoSidedP(double t, double df) {
  if (std::isnan(t) || !validDf(df)) return kNaN;
  return std::min(1.0, 2.0 * upperTail(std::abs(t), df));
}

double studentTQuantile(double p, double df) {
  if (!(p > 0.0 && p < 1.0) || !validDf(df)) return kNaN;
  if (p == 0.5) return 0.0;
  // Solve on the upper tail, which keeps its digits for p close to 1; the lower half follows by
  // symmetry.
  const double tailTarget = p > 0.5 ? 1.0 - p : p;
  const double sign = p > 0.5 ? 1.0 : -1.0;
  // The tail falls monotonically in t: bracket the root by doubling, then bisect. Bisection is
  // slower than Newton but cannot diverge in the heavy tails of small df (df = 1 puts the
  // 0.9999999 quantile near 3e6).
  double lo = 0.0;
  double hi = 1.0;
  while (upperTail(hi, df) > tailTarget) {
    lo = hi;
    hi *= 2.0;
    if (std::isinf(hi)) return sign * hi;
  }
  for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; ++i) {
    const double mid = 0.5 * (lo + hi);
    if (upperTail(mid, df) > tailTarget) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return sign * 0.5 * (lo + hi);
}

WelchResult welchTTest(std::span<const double> a, std::span<const double> b, double confidence) {
  if (!(confidence > 0.0 && confidence < 1.0)) {
    throw std::invalid_argument("ll::metrics::welchTTest: confidence must lie in (0, 1)");
  }
  WelchResult r;
  r.confidence = confidence;
  r.nA = static_cast<int>(a.size());
  r.nB = static_cast<int>(b.size());
  const Moments ma = moments(a);
  const Moments mb = moments(b);
  r.meanA = ma.mean;
  r.meanB = mb.mean;
  r.diff = r.meanB - r.meanA;
  r.relativeDiff = r.meanA != 0.0 ? r.diff / r.meanA : kNaN;

  const auto finite = [](std::span<const double> v) {
    return std::ranges::all_of(v, [](double x) { return std::isfinite(x); });
  };
  if (a.size() < 2 || b.size() < 2) {
    r.message = "the t-test needs at least 2 values per arm (A has " + std::to_string(a.size()) + ", B has " +
                std::to_string(b.size()) + ")";
    return r;
  }
  if (!finite(a) || !finite(b)) {
    r.message = "the t-test needs finite values (NaN or infinity in the data)";
    return r;
  }
  const double va = ma.variance / static_cast<double>(a.size());  // squared standard error of meanA
  const double vb = mb.variance / static_cast<double>(b.size());
  const double se2 = va + vb;
  if (!(se2 > 0.0)) {
    r.message = "the t-test is undefined: both arms have zero variance";
    return r;
  }
  const double se = std::sqrt(se2);
  r.t = r.diff / se;
  // Welch-Satterthwaite; a zero-variance arm contributes 0 to both sums, which leaves the other
  // arm's n - 1.
  r.df =
      se2 * se2 / (va * va / static_cast<double>(a.size() - 1) + vb * vb / static_cast<double>(b.size() - 1));
  r.pValue = studentTTwoSidedP(r.t, r.df);
  const double q = studentTQuantile((1.0 + confidence) / 2.0, r.df);
  r.ciLow = r.diff - q * se;
  r.ciHigh = r.diff + q * se;
  return r;
}

std::array<std::vector<ArmDay>, 2> cumulativeCurves(std::span<const LeadAssignment> leads,
                                                    std::optional<int> firstDay, std::optional<int> lastDay) {
  for (const auto& lead : leads) requireArm(lead.arm);
  std::array<std::vector<ArmDay>, 2> curves;
  if (leads.empty() && (!firstDay || !lastDay)) return curves;

  int first = 0;
  int last = 0;
  if (!leads.empty()) {
    first = leads.front().dayAssigned;
    last = leads.front().dayAssigned;
    for (const auto& lead : leads) {
      first = std::min(first, lead.dayAssigned);
      last = std::max({last, lead.dayAssigned, lead.dayConverted.value_or(lead.dayAssigned)});
    }
  }
  first = firstDay.value_or(first);
  last = lastDay.value_or(last);
  if (first > last) return curves;

  // Daily counts, then prefix sums: O(leads + days) instead of a scan per day. Events before
  // the first day land in the first bucket (they are part of the cumulative total).
  const auto days = static_cast<std::size_t>(static_cast<long long>(last) - first + 1);
  std::array<std::vector<double>, 2> newLeads{std::vector<double>(days, 0.0), std::vector<double>(days, 0.0)};
  std::array<std::vector<double>, 2> newConversions = newLeads;
  const auto bucket = [&](int day) { return static_cast<std::size_t>(std::max(day, first) - first); };
  for (const auto& lead : leads) {
    const auto arm = static_cast<std::size_t>(lead.arm);
    if (lead.dayAssigned > last) continue;
    newLeads[arm][bucket(lead.dayAssigned)] += 1.0;
    if (lead.dayConverted) {
      const int day = std::max(*lead.dayConverted, lead.dayAssigned);
      if (day <= last) newConversions[arm][bucket(day)] += 1.0;
    }
  }
  for (std::size_t arm = 0; arm < 2; ++arm) {
    curves[arm].reserve(days);
    double leadsSoFar = 0;
    double conversionsSoFar = 0;
    for (std::size_t i = 0; i < days; ++i) {
      leadsSoFar += newLeads[arm][i];
      conversionsSoFar += newConversions[arm][i];
      ArmDay point;
      point.day = first + static_cast<int>(i);
      point.cumulativeLeads = leadsSoFar;
      point.cumulativeConversions = conversionsSoFar;
      point.rate = leadsSoFar > 0 ? conversionsSoFar / leadsSoFar : 0.0;
      curves[arm].push_back(point);
    }
  }
  return curves;
}

std::vector<UnitRate> unitConversionRates(std::span<const LeadAssignment> leads, std::optional<int> asOfDay) {
  std::map<int, UnitRate> byUnit;  // ordered: the result is sorted by unit id
  for (const auto& lead : leads) {
    requireArm(lead.arm);
    auto [it, inserted] = byUnit.try_emplace(lead.unit);
    UnitRate& u = it->second;
    if (inserted) {
      u.unit = lead.unit;
      u.arm = lead.arm;
    } else if (u.arm != lead.arm) {
      throw std::invalid_argument("ll::metrics::unitConversionRates: unit " + std::to_string(lead.unit) +
                                  " appears in both arms");
    }
    if (asOfDay && lead.dayAssigned > *asOfDay) continue;
    u.leads += 1.0;
    if (lead.dayConverted && (!asOfDay || std::max(*lead.dayConverted, lead.dayAssigned) <= *asOfDay)) {
      u.conversions += 1.0;
    }
  }
  std::vector<UnitRate> rates;
  rates.reserve(byUnit.size());
  for (auto& [unit, u] : byUnit) {
    if (u.leads == 0) continue;
    u.rate = u.conversions / u.leads;
    rates.push_back(u);
  }
  return rates;
}

WelchResult compareArmsByUnit(std::span<const LeadAssignment> leads, double confidence,
                              std::optional<int> asOfDay) {
  std::array<std::vector<double>, 2> rates;
  for (const auto& u : unitConversionRates(leads, asOfDay))
    rates[static_cast<std::size_t>(u.arm)].push_back(u.rate);
  return welchTTest(rates[0], rates[1], confidence);
}

}  // namespace ll::metrics
