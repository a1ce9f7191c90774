#pragma once
// The evaluation report: what `leadladder-cli evaluate` writes (W/reports/*.json) and what the
// charts read. Plain structs plus JSON read/write (nlohmann-json); no Qt, no torch.
//
// Format 1:
//   {
//     "format": 1,
//     "created_at": "2024-06-01T08:00:00Z",           optional
//     "dataset": {"name": "demo-20k", "leads": 4000, "positives": 212,
//                 "split": "temporal: train created < 2024-03-01 <= test", "snapshot": "2024-06-01"},
//     "models": [
//       {"name": "asLLR+HPRO", "kind": "model", "checkpoint": "...",     checkpoint optional
//        "metrics": {"auc": 0.81,
//                    "p_at": {"0.1": 0.6, "1": 0.4, "5": 0.2},   keys: K in percent
//                    "r_at": {"5": 0.5},
//                    "ndcg": {"100": 0.7},                       keys: k in leads
//                    "intervals": {"auc": {"estimate": .., "low": .., "high": ..},
//                                  "p_at": {"1": {...}}, "r_at": {"5": {...}}}},
//        "curve": [[0.1, 0.6], [1, 0.4], [100, 0.053]],          [K percent, P@K%], K ascending
//        "calibration": {"bins": [{"predicted": 0.05, "observed": 0.04, "count": 800}],
//                        "brier": 0.04, "ece": 0.01}}           optional
//     ],
//     "ab": {...}                                                 optional, see AbReport
//   }
// Metric values that are undefined (no positives, ...) are left out of the maps or are null.
// Readers accept unknown keys (later minor additions) and refuse another "format" number.

#include "engine/abtest.h"

#include <array>
#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ll::report {

inline constexpr int kFormatVersion = 1;

// A split by creation time, as `evaluate` makes it: what `split` says in English, in fields a
// screen can put in its own language.
struct TemporalSplit {
  int trainPercent = 0;
  std::int64_t trainLeads = 0;
  std::int64_t testLeads = 0;
  std::string splitAt;  // ISO date: train leads were created before it, test leads from it on
  std::string funnel;   // the funnel definition's name
};

struct Dataset {
  std::string name;
  std::int64_t leads = 0;
  std::int64_t positives = 0;
  std::string split;     // how train and test were separated, in words
  std::string snapshot;  // ISO date the labels were read at; may be empty
  std::optional<TemporalSplit> temporal;  // JSON "temporal_split"; absent in reports made elsewhere
};

enum class ModelKind { Model, Baseline, Oracle };
const char* modelKindName(ModelKind kind);  // "model", "baseline", "oracle"
std::optional<ModelKind> parseModelKind(const std::string& name);

struct Interval {
  double estimate = 0;
  double low = 0;
  double high = 0;
};

// Keys are K in percent (p_at, r_at) or k in leads (ndcg); written as the shortest decimal
// that reads back to the same double ("0.1", "1", "5"), so m.precisionAt[0.1] finds "0.1".
struct Metrics {
  std::optional<double> auc;
  std::map<double, double> precisionAt;
  std::map<double, double> recallAt;
  std::map<double, double> ndcgAt;
  std::optional<Interval> aucInterval;
  std::map<double, Interval> precisionAtInterval;
  std::map<double, Interval> recallAtInterval;
};

struct CurvePoint {
  double kPercent = 0;
  double precision = 0;
};

struct CalibrationBin {
  double predicted = 0;  // mean predicted probability in the bin
  double observed = 0;   // converted share in the bin
  std::int64_t count = 0;
};

struct Calibration {
  std::vector<CalibrationBin> bins;
  std::optional<double> brier;
  std::optional<double> ece;
};

struct ModelResult {
  std::string name;  // "asLLR+HPRO", "Funnel+Recency", "Oracle", ...
  ModelKind kind = ModelKind::Model;
  std::string checkpoint;  // path or fingerprint; may be empty
  Metrics metrics;
  std::vector<CurvePoint> curve;  // P@K% against K, K ascending
  std::optional<Calibration> calibration;
};

// Cumulative A/B conversion per arm and day (the paper's Figure 2) with Welch's test on the
// per-specialist rates. JSON:
//   {"source": "...", "arms": [{"name": "A", "policy": "funnel-recency", "specialists": 20,
//     "leads": 5000, "conversions": 300}, {...B...}],
//    "days": [{"day": 0, "date": "2024-01-01", "leads": [a, b], "conversions": [a, b]}, ...],
//    "welch": {"mean_a", "mean_b", "diff", "relative_diff", "t", "df", "p_value", "ci_low",
//              "ci_high", "confidence", "n_a", "n_b", "message"}}
struct AbArm {
  std::string name;    // "A", "B"
  std::string policy;  // what ranked this arm's queues
  std::int64_t specialists = 0;
  std::int64_t leads = 0;
  std::int64_t conversions = 0;
};

struct AbDay {
  int day = 0;
  std::string date;  // may be empty
  std::array<double, 2> leads{0, 0};        // cumulative, per arm
  std::array<double, 2> conversions{0, 0};  // cumulative, per arm

  double rate(int arm) const;          // conversions / leads; 0 while the arm has no lead
  std::optional<double> relativeDiff() const;  // (rate B - rate A) / rate A; nullopt if A is 0
};

struct AbReport {
  std::string source;  // "simulation", "workspace experiment 3", ...
  std::array<AbArm, 2> arms;
  std::vector<AbDay> days;  // ascending
  metrics::WelchResult welch;
};

struct Report {
  int format = kFormatVersion;
  std::string createdAt;
  Dataset dataset;
  std::vector<ModelResult> models;
  std::optional<AbReport> ab;

  const ModelResult* find(const std::string& name) const;
};

// JSON text (indented). NaN and infinite numbers are written as null.
std::string toJson(const Report& report);
std::string toJson(const AbReport& ab);

// Parses a report; the error says which key is wrong ("models[2].metrics.p_at: ...").
std::expected<Report, std::string> parseReport(const std::string& json);
std::expected<AbReport, std::string> parseAbReport(const std::string& json);

// Reads a file; errors start with the path.
std::expected<Report, std::string> readReport(const std::string& path);
// Writes a file atomically (a temporary next to it, then renamed).
std::expected<void, std::string> writeReport(const Report& report, const std::string& path);

// The output folder of `leadladder-cli demo simulate-ab` (summary.json + daily.csv), given as
// the folder or as its summary.json. The curves come from daily.csv, the arms and the test
// from summary.json.
std::expected<AbReport, std::string> readAbSimulation(const std::string& path);

// Builds the A/B report from lead assignments (e.g. a workspace's experiment tables).
AbReport abFromAssignments(std::vector<metrics::LeadAssignment> const& leads, std::array<AbArm, 2> arms,
                           std::string source);

// "0.1", "1", "5": the shortest decimal that reads back to the same double.
std::string numberKey(double value);

}  // namespace ll::report
