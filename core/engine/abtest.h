#pragma once
// A/B analysis of a ranking-policy experiment (DESIGN.md §6, the paper's 132-day online test):
// cumulative conversion curves per arm and day for the charts, and Welch's t-test on the unit
// of randomisation. Specialists, not leads, were randomised, and the leads one specialist works
// are not independent of each other, so the test compares per-specialist conversion rates.
// No Qt, no torch: plain C++.

#include <array>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ll::metrics {

// One lead of the experiment.
struct LeadAssignment {
  int dayAssigned = 0;              // experiment day the lead entered a specialist's queue
  std::optional<int> dayConverted;  // day it converted (lock-in), nullopt if it did not
  int arm = 0;                      // 0 = control (A), 1 = treatment (B)
  int unit = 0;                     // specialist index: the unit of randomisation
};

// One point of an arm's cumulative curve: everything assigned / converted up to and including
// `day`.
struct ArmDay {
  int day = 0;
  double cumulativeConversions = 0;
  double cumulativeLeads = 0;
  double rate = 0;  // cumulativeConversions / cumulativeLeads; 0 while the arm has no lead yet
};

// Cumulative curves indexed by arm ([0] = A, [1] = B), one ArmDay per day firstDay..lastDay
// (both arms share the days, so the chart's x axes line up). Defaults: firstDay = earliest
// assignment, lastDay = latest assignment or conversion; empty vectors when there is nothing
// to show (no leads and no explicit days, or firstDay > lastDay). Leads assigned before
// firstDay count from the first point on; events after lastDay are not counted. A conversion
// dated before its assignment (a data error) counts on the assignment day, so the rate never
// exceeds 1. An arm other than 0 or 1 throws std::invalid_argument.
std::array<std::vector<ArmDay>, 2> cumulativeCurves(std::span<const LeadAssignment> leads,
                                                    std::optional<int> firstDay = {},
                                                    std::optional<int> lastDay = {});

// Welch's unequal-variance t-test of B against A. Every number is NaN until it is defined:
// the means need one value per arm; t, df, pValue and the interval need at least two values
// per arm, finite values and a non-zero standard error (not both variances zero). When the
// test is undefined `message` says why; valid() is true when it is empty.
struct WelchResult {
  static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  double meanA = kNaN;
  double meanB = kNaN;
  double diff = kNaN;          // meanB - meanA
  double relativeDiff = kNaN;  // (meanB - meanA) / meanA; NaN when meanA == 0
  double t = kNaN;             // diff / standard error: positive when B is higher
  double df = kNaN;            // Welch-Satterthwaite degrees of freedom (not an integer)
  double pValue = kNaN;        // two-sided
  double ciLow = kNaN;         // confidence interval of diff, diff -/+ t_{(1+c)/2, df} * se
  double ciHigh = kNaN;
  double confidence = 0.95;
  int nA = 0;
  int nB = 0;
  std::string message;

  bool valid() const { return message.empty(); }
};

// Note the sign: t follows diff = B - A, so R's t.test(a, b), which reports mean(a) - mean(b),
// shows the same |t| with the opposite sign. confidence outside (0, 1) throws
// std::invalid_argument.
WelchResult welchTTest(std::span<const double> a, std::span<const double> b, double confidence = 0.95);

// Conversion rate of one specialist over the leads assigned to them.
struct UnitRate {
  int unit = 0;
  int arm = 0;
  double leads = 0;
  double conversions = 0;
  double rate = 0;  // conversions / leads
};

// Per-unit rates, sorted by unit id. With asOfDay, only leads assigned up to that day and
// conversions up to that day count (the state of the experiment on that day); a unit without a
// counted lead is left out. A unit seen in both arms, or an arm other than 0 or 1, throws
// std::invalid_argument: specialists are the unit of randomisation, each belongs to one arm.
std::vector<UnitRate> unitConversionRates(std::span<const LeadAssignment> leads,
                                          std::optional<int> asOfDay = {});

// welchTTest on the per-unit conversion rates of arm 0 (A) against arm 1 (B); relativeDiff is
// then the relative uplift of B's mean specialist conversion rate.
WelchResult compareArmsByUnit(std::span<const LeadAssignment> leads, double confidence = 0.95,
                              std::optional<int> asOfDay = {});

// Student's t distribution, also used for the interval. df > 0 (non-integer allowed); above
// 1e7 degrees of freedom the normal distribution stands in (the difference is below 1e-7 and
// the incomplete beta loses accuracy there). Invalid arguments give NaN.
double studentTCdf(double t, double df);
double studentTTwoSidedP(double t, double df);  // P(|T| >= |t|)
double studentTQuantile(double p, double df);   // inverse of studentTCdf, p in (0, 1)

// Regularized incomplete beta I_x(a, b), a > 0, b > 0, x in [0, 1]; NaN otherwise.
double regularizedIncompleteBeta(double a, double b, double x);

}  // namespace ll::metrics
