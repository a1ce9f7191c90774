#include "engine/reportformat.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace ll::report {
namespace {

using nlohmann::json;

// Thrown while parsing; carries the JSON path of the offending key.
struct ParseError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void bad(const std::string& where, const std::string& what) { throw ParseError(where + ": " + what); }

json number(double v) { return std::isfinite(v) ? json(v) : json(nullptr); }

json intervalJson(const Interval& i) {
  return json{{"estimate", number(i.estimate)}, {"low", number(i.low)}, {"high", number(i.high)}};
}

json keyedJson(const std::map<double, double>& m) {
  json o = json::object();
  for (const auto& [k, v] : m) o[numberKey(k)] = number(v);
  return o;
}

json keyedIntervals(const std::map<double, Interval>& m) {
  json o = json::object();
  for (const auto& [k, v] : m) o[numberKey(k)] = intervalJson(v);
  return o;
}

const json* member(const json& o, const char* key) {
  if (!o.is_object()) return nullptr;
  const auto it = o.find(key);
  return it == o.end() ? nullptr : &*it;
}

std::optional<double> optNumber(const json& o, const char* key, const std::string& where) {
  const json* v = member(o, key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_number()) bad(where + "." + key, "expected a number");
  return v->get<double>();
}

double numberOr(const json& o, const char* key, const std::string& where, double fallback) {
  return optNumber(o, key, where).value_or(fallback);
}

std::int64_t intOr(const json& o, const char* key, const std::string& where, std::int64_t fallback) {
  const auto v = optNumber(o, key, where);
  return v ? static_cast<std::int64_t>(std::llround(*v)) : fallback;
}

std::string text(const json& o, const char* key, const std::string& where) {
  const json* v = member(o, key);
  if (!v || v->is_null()) return {};
  if (!v->is_string()) bad(where + "." + key, "expected a string");
  return v->get<std::string>();
}

double parseKey(const std::string& key, const std::string& where) {
  double value = 0;
  const char* end = key.data() + key.size();
  const auto [ptr, ec] = std::from_chars(key.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) bad(where, "key \"" + key + "\" is not a number");
  return value;
}

Interval parseInterval(const json& o, const std::string& where) {
  if (!o.is_object()) bad(where, "expected an object with estimate, low and high");
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  return Interval{numberOr(o, "estimate", where, nan), numberOr(o, "low", where, nan), numberOr(o, "high", where, nan)};
}

std::map<double, double> parseKeyed(const json& o, const char* key, const std::string& where) {
  std::map<double, double> out;
  const json* m = member(o, key);
  if (!m || m->is_null()) return out;
  const std::string at = where + "." + key;
  if (!m->is_object()) bad(at, "expected an object keyed by number");
  for (const auto& [k, v] : m->items()) {
    if (v.is_null()) continue;
    if (!v.is_number()) bad(at + "." + k, "expected a number");
    out[parseKey(k, at)] = v.get<double>();
  }
  return out;
}

std::map<double, Interval> parseKeyedIntervals(const json& o, const char* key, const std::string& where) {
  std::map<double, Interval> out;
  const json* m = member(o, key);
  if (!m || m->is_null()) return out;
  const std::string at = where + "." + key;
  if (!m->is_object()) bad(at, "expected an object keyed by number");
  for (const auto& [k, v] : m->items()) out[parseKey(k, at)] = parseInterval(v, at + "." + k);
  return out;
}

json welchJson(const metrics::WelchResult& w) {
  return json{{"mean_a", number(w.meanA)},  {"mean_b", number(w.meanB)},   {"diff", number(w.diff)},
              {"relative_diff", number(w.relativeDiff)}, {"t", number(w.t)}, {"df", number(w.df)},
              {"p_value", number(w.pValue)}, {"ci_low", number(w.ciLow)}, {"ci_high", number(w.ciHigh)},
              {"confidence", number(w.confidence)}, {"n_a", w.nA}, {"n_b", w.nB}, {"message", w.message}};
}

metrics::WelchResult parseWelch(const json& o, const std::string& where) {
  metrics::WelchResult w;
  if (o.is_null()) {
    w.message = "no test in the report";
    return w;
  }
  if (!o.is_object()) bad(where, "expected an object");
  const double nan = metrics::WelchResult::kNaN;
  w.meanA = numberOr(o, "mean_a", where, nan);
  w.meanB = numberOr(o, "mean_b", where, nan);
  w.diff = numberOr(o, "diff", where, nan);
  w.relativeDiff = numberOr(o, "relative_diff", where, nan);
  w.t = numberOr(o, "t", where, nan);
  w.df = numberOr(o, "df", where, nan);
  w.pValue = numberOr(o, "p_value", where, nan);
  w.ciLow = numberOr(o, "ci_low", where, nan);
  w.ciHigh = numberOr(o, "ci_high", where, nan);
  w.confidence = numberOr(o, "confidence", where, 0.95);
  w.nA = static_cast<int>(intOr(o, "n_a", where, 0));
  w.nB = static_cast<int>(intOr(o, "n_b", where, 0));
  w.message = text(o, "message", where);
  return w;
}

json abJson(const AbReport& ab) {
  json arms = json::array();
  for (const AbArm& a : ab.arms)
    arms.push_back(json{{"name", a.name},
                        {"policy", a.policy},
                        {"specialists", a.specialists},
                        {"leads", a.leads},
                        {"conversions", a.conversions}});
  json days = json::array();
  for (const AbDay& d : ab.days) {
    json day{{"day", d.day},
             {"leads", json::array({number(d.leads[0]), number(d.leads[1])})},
             {"conversions", json::array({number(d.conversions[0]), number(d.conversions[1])})}};
    if (!d.date.empty()) day["date"] = d.date;
    days.push_back(std::move(day));
  }
  return json{{"source", ab.source}, {"arms", arms}, {"days", days}, {"welch", welchJson(ab.welch)}};
}

std::array<double, 2> pair(const json& o, const char* key, const std::string& where) {
  const json* v = member(o, key);
  const std::string at = where + "." + key;
  if (!v || !v->is_array() || v->size() != 2) bad(at, "expected [arm A, arm B]");
  std::array<double, 2> out{0, 0};
  for (std::size_t i = 0; i < 2; ++i) {
    if (!(*v)[i].is_number()) bad(at, "expected numbers");
    out[i] = (*v)[i].get<double>();
  }
  return out;
}

AbReport parseAb(const json& o, const std::string& where) {
  if (!o.is_object()) bad(where, "expected an object");
  AbReport ab;
  ab.source = text(o, "source", where);
  const json* arms = member(o, "arms");
  if (!arms || !arms->is_array() || arms->size() != 2) bad(where + ".arms", "expected two arms (A and B)");
  for (std::size_t i = 0; i < 2; ++i) {
    const std::string at = where + ".arms[" + std::to_string(i) + "]";
    const json& a = (*arms)[i];
    ab.arms[i] = AbArm{text(a, "name", at), text(a, "policy", at), intOr(a, "specialists", at, 0),
                       intOr(a, "leads", at, 0), intOr(a, "conversions", at, 0)};
  }
  const json* days = member(o, "days");
  if (days && !days->is_null()) {
    if (!days->is_array()) bad(where + ".days", "expected an array");
    for (std::size_t i = 0; i < days->size(); ++i) {
      const std::string at = where + ".days[" + std::to_string(i) + "]";
      const json& d = (*days)[i];
      AbDay day;
      day.day = static_cast<int>(intOr(d, "day", at, static_cast<std::int64_t>(i)));
      day.date = text(d, "date", at);
      day.leads = pair(d, "leads", at);
      day.conversions = pair(d, "conversions", at);
      if (!ab.days.empty() && day.day <= ab.days.back().day) bad(at + ".day", "days must ascend");
      ab.days.push_back(std::move(day));
    }
  }
  const json* w = member(o, "welch");
  ab.welch = parseWelch(w ? *w : json(nullptr), where + ".welch");
  return ab;
}

json modelJson(const ModelResult& m) {
  json metricsObj = json::object();
  if (m.metrics.auc) metricsObj["auc"] = number(*m.metrics.auc);
  metricsObj["p_at"] = keyedJson(m.metrics.precisionAt);
  metricsObj["r_at"] = keyedJson(m.metrics.recallAt);
  metricsObj["ndcg"] = keyedJson(m.metrics.ndcgAt);
  json intervals = json::object();
  if (m.metrics.aucInterval) intervals["auc"] = intervalJson(*m.metrics.aucInterval);
  if (!m.metrics.precisionAtInterval.empty()) intervals["p_at"] = keyedIntervals(m.metrics.precisionAtInterval);
  if (!m.metrics.recallAtInterval.empty()) intervals["r_at"] = keyedIntervals(m.metrics.recallAtInterval);
  metricsObj["intervals"] = intervals;
  json curve = json::array();
  for (const CurvePoint& p : m.curve) curve.push_back(json::array({number(p.kPercent), number(p.precision)}));
  json o{{"name", m.name}, {"kind", modelKindName(m.kind)}, {"metrics", metricsObj}, {"curve", curve}};
  if (!m.checkpoint.empty()) o["checkpoint"] = m.checkpoint;
  if (m.calibration) {
    json bins = json::array();
    for (const CalibrationBin& b : m.calibration->bins)
      bins.push_back(json{{"predicted", number(b.predicted)}, {"observed", number(b.observed)}, {"count", b.count}});
    json c{{"bins", bins}};
    if (m.calibration->brier) c["brier"] = number(*m.calibration->brier);
    if (m.calibration->ece) c["ece"] = number(*m.calibration->ece);
    o["calibration"] = std::move(c);
  }
  return o;
}

ModelResult parseModel(const json& o, const std::string& where) {
  if (!o.is_object()) bad(where, "expected an object");
  ModelResult m;
  m.name = text(o, "name", where);
  if (m.name.empty()) bad(where + ".name", "missing");
  const std::string kind = text(o, "kind", where);
  const auto k = parseModelKind(kind.empty() ? "model" : kind);
  if (!k) bad(where + ".kind", "\"" + kind + "\" is not one of model, baseline, oracle");
  m.kind = *k;
  m.checkpoint = text(o, "checkpoint", where);
  if (const json* mo = member(o, "metrics"); mo && !mo->is_null()) {
    const std::string at = where + ".metrics";
    if (!mo->is_object()) bad(at, "expected an object");
    m.metrics.auc = optNumber(*mo, "auc", at);
    m.metrics.precisionAt = parseKeyed(*mo, "p_at", at);
    m.metrics.recallAt = parseKeyed(*mo, "r_at", at);
    m.metrics.ndcgAt = parseKeyed(*mo, "ndcg", at);
    if (const json* in = member(*mo, "intervals"); in && !in->is_null()) {
      const std::string iat = at + ".intervals";
      if (const json* a = member(*in, "auc"); a && !a->is_null()) m.metrics.aucInterval = parseInterval(*a, iat + ".auc");
      m.metrics.precisionAtInterval = parseKeyedIntervals(*in, "p_at", iat);
      m.metrics.recallAtInterval = parseKeyedIntervals(*in, "r_at", iat);
    }
  }
  if (const json* c = member(o, "curve"); c && !c->is_null()) {
    const std::string at = where + ".curve";
    if (!c->is_array()) bad(at, "expected [[K percent, precision], ...]");
    for (std::size_t i = 0; i < c->size(); ++i) {
      const json& p = (*c)[i];
      const std::string pat = at + "[" + std::to_string(i) + "]";
      if (!p.is_array() || p.size() != 2 || !p[0].is_number()) bad(pat, "expected [K percent, precision]");
      if (p[1].is_null()) continue;  // undefined at this K
      if (!p[1].is_number()) bad(pat, "expected [K percent, precision]");
      const CurvePoint pt{p[0].get<double>(), p[1].get<double>()};
      if (!(pt.kPercent > 0) || pt.kPercent > 100) bad(pat, "K must be in (0, 100]");
      if (!m.curve.empty() && pt.kPercent <= m.curve.back().kPercent) bad(pat, "K must ascend");
      m.curve.push_back(pt);
    }
  }
  if (const json* c = member(o, "calibration"); c && !c->is_null()) {
    const std::string at = where + ".calibration";
    Calibration cal;
    cal.brier = optNumber(*c, "brier", at);
    cal.ece = optNumber(*c, "ece", at);
    if (const json* bins = member(*c, "bins"); bins && bins->is_array())
      for (std::size_t i = 0; i < bins->size(); ++i) {
        const std::string bat = at + ".bins[" + std::to_string(i) + "]";
        const json& b = (*bins)[i];
        cal.bins.push_back(CalibrationBin{numberOr(b, "predicted", bat, 0), numberOr(b, "observed", bat, 0),
                                          intOr(b, "count", bat, 0)});
      }
    m.calibration = std::move(cal);
  }
  return m;
}

json reportJson(const Report& r) {
  json models = json::array();
  for (const ModelResult& m : r.models) models.push_back(modelJson(m));
  json o{{"format", r.format},
         {"dataset",
          json{{"name", r.dataset.name},
               {"leads", r.dataset.leads},
               {"positives", r.dataset.positives},
               {"split", r.dataset.split},
               {"snapshot", r.dataset.snapshot}}},
         {"models", models}};
  if (const auto& t = r.dataset.temporal)
    o["dataset"]["temporal_split"] = json{{"train_percent", t->trainPercent}, {"train_leads", t->trainLeads},
                                          {"test_leads", t->testLeads}, {"split_at", t->splitAt}, {"funnel", t->funnel}};
  if (!r.createdAt.empty()) o["created_at"] = r.createdAt;
  if (r.ab) o["ab"] = abJson(*r.ab);
  return o;
}

Report parseReportJson(const json& o) {
  if (!o.is_object()) bad("report", "expected a JSON object");
  Report r;
  const json* f = member(o, "format");
  if (!f || !f->is_number_integer()) bad("format", "missing (this is not a LeadLadder evaluation report)");
  r.format = f->get<int>();
  if (r.format != kFormatVersion)
    bad("format", "version " + std::to_string(r.format) + " is not supported (this version reads " +
                      std::to_string(kFormatVersion) + "); update LeadLadder");
  r.createdAt = text(o, "created_at", "report");
  if (const json* d = member(o, "dataset"); d && !d->is_null()) {
    r.dataset.name = text(*d, "name", "dataset");
    r.dataset.leads = intOr(*d, "leads", "dataset", 0);
    r.dataset.positives = intOr(*d, "positives", "dataset", 0);
    r.dataset.split = text(*d, "split", "dataset");
    r.dataset.snapshot = text(*d, "snapshot", "dataset");
    if (const json* t = member(*d, "temporal_split"); t && !t->is_null()) {
      if (!t->is_object()) bad("dataset.temporal_split", "expected an object");
      TemporalSplit split;
      split.trainPercent = static_cast<int>(intOr(*t, "train_percent", "dataset.temporal_split", 0));
      if (split.trainPercent < 0 || split.trainPercent > 100)
        bad("dataset.temporal_split.train_percent", "expected 0 to 100");
      split.trainLeads = intOr(*t, "train_leads", "dataset.temporal_split", 0);
      split.testLeads = intOr(*t, "test_leads", "dataset.temporal_split", 0);
      split.splitAt = text(*t, "split_at", "dataset.temporal_split");
      split.funnel = text(*t, "funnel", "dataset.temporal_split");
      r.dataset.temporal = split;
    }
  }
  const json* models = member(o, "models");
  if (!models || !models->is_array()) bad("models", "expected an array");
  for (std::size_t i = 0; i < models->size(); ++i)
    r.models.push_back(parseModel((*models)[i], "models[" + std::to_string(i) + "]"));
  if (const json* ab = member(o, "ab"); ab && !ab->is_null()) r.ab = parseAb(*ab, "ab");
  return r;
}

std::expected<std::string, std::string> slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::unexpected(path.string() + ": cannot be opened");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::unexpected(path.string() + ": read error");
  return ss.str();
}

std::vector<std::string> splitComma(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == ',') {
      out.push_back(std::move(cur));
      cur.clear();
    } else if (c != '\r') {
      cur += c;
    }
  }
  out.push_back(std::move(cur));
  return out;
}

double toDouble(const std::string& s, const std::string& where) {
  double v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) throw ParseError(where + ": \"" + s + "\" is not a number");
  return v;
}

}  // namespace

const char* modelKindName(ModelKind kind) {
  switch (kind) {
    case ModelKind::Model: return "model";
    case ModelKind::Baseline: return "baseline";
    case ModelKind::Oracle: return "oracle";
  }
  return "model";
}

std::optional<ModelKind> parseModelKind(const std::string& name) {
  if (name == "model") return ModelKind::Model;
  if (name == "baseline") return ModelKind::Baseline;
  if (name == "oracle") return ModelKind::Oracle;
  return std::nullopt;
}

double AbDay::rate(int arm) const {
  const auto i = static_cast<std::size_t>(arm);
  return leads[i] > 0 ? conversions[i] / leads[i] : 0.0;
}

std::optional<double> AbDay::relativeDiff() const {
  const double a = rate(0);
  if (!(a > 0)) return std::nullopt;
  return (rate(1) - a) / a;
}

const ModelResult* Report::find(const std::string& name) const {
  for (const ModelResult& m : models)
    if (m.name == name) return &m;
  return nullptr;
}

std::string numberKey(double value) {
  char buf[64];
  const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, ptr) : std::string("nan");
}

std::string toJson(const Report& report) { return reportJson(report).dump(2) + "\n"; }
std::string toJson(const AbReport& ab) { return abJson(ab).dump(2) + "\n"; }

std::expected<Report, std::string> parseReport(const std::string& text) {
  try {
    return parseReportJson(json::parse(text));
  } catch (const json::parse_error& e) {
    return std::unexpected(std::string("not valid JSON: ") + e.what());
  } catch (const ParseError& e) {
    return std::unexpected(std::string(e.what()));
  } catch (const json::exception& e) {
    return std::unexpected(std::string("unexpected JSON content: ") + e.what());
  }
}

std::expected<AbReport, std::string> parseAbReport(const std::string& text) {
  try {
    return parseAb(json::parse(text), "ab");
  } catch (const json::parse_error& e) {
    return std::unexpected(std::string("not valid JSON: ") + e.what());
  } catch (const ParseError& e) {
    return std::unexpected(std::string(e.what()));
  } catch (const json::exception& e) {
    return std::unexpected(std::string("unexpected JSON content: ") + e.what());
  }
}

std::expected<Report, std::string> readReport(const std::string& path) {
  auto bytes = slurp(path);
  if (!bytes) return std::unexpected(bytes.error());
  auto r = parseReport(*bytes);
  if (!r) return std::unexpected(path + ": " + r.error());
  return r;
}

std::expected<void, std::string> writeReport(const Report& report, const std::string& path) {
  const std::filesystem::path target(path);
  std::filesystem::path tmp = target;
  tmp += ".part";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return std::unexpected(path + ": cannot be written (is the folder there and writable?)");
    out << toJson(report);
    out.flush();
    if (!out) return std::unexpected(path + ": write error (disk full?)");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, target, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return std::unexpected(path + ": cannot be replaced: " + ec.message());
  }
  return {};
}

std::expected<AbReport, std::string> readAbSimulation(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path dir(path);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  const fs::path summaryPath = dir / "summary.json";
  const fs::path dailyPath = dir / "daily.csv";
  auto summaryText = slurp(summaryPath);
  if (!summaryText) return std::unexpected(summaryText.error() + " (expected the output of leadladder-cli demo simulate-ab)");
  auto dailyText = slurp(dailyPath);
  if (!dailyText) return std::unexpected(dailyText.error() + " (expected the output of leadladder-cli demo simulate-ab)");
  AbReport ab;
  ab.source = "simulation";
  try {
    const json s = json::parse(*summaryText);
    const std::string where = summaryPath.string();
    const json* arms = member(s, "arms");
    if (!arms || !arms->is_array() || arms->size() != 2) bad(where + ": arms", "expected two arms");
    for (std::size_t i = 0; i < 2; ++i) {
      const json& a = (*arms)[i];
      const std::string at = where + ": arms[" + std::to_string(i) + "]";
      ab.arms[i] = AbArm{text(a, "arm", at), text(a, "policy", at), intOr(a, "specialists", at, 0),
                         intOr(a, "leads", at, 0), intOr(a, "lock_ins", at, 0)};
    }
    const json* w = member(s, "welch_by_specialist");
    ab.welch = parseWelch(w ? *w : json(nullptr), where + ": welch_by_specialist");
    if (w && w->is_object()) {
      const std::string at = where + ": welch_by_specialist";
      ab.welch.meanA = numberOr(*w, "mean_rate_a", at, ab.welch.meanA);
      ab.welch.meanB = numberOr(*w, "mean_rate_b", at, ab.welch.meanB);
    }
    // The summary counts units in all; each arm's specialists are its units.
    ab.welch.nA = static_cast<int>(ab.arms[0].specialists);
    ab.welch.nB = static_cast<int>(ab.arms[1].specialists);

    std::istringstream lines(*dailyText);
    std::string line;
    std::int64_t row = 0;
    std::vector<std::string> header;
    auto col = [&](const char* name) -> std::size_t {
      for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
      throw ParseError(dailyPath.string() + ": column \"" + name + "\" is missing");
    };
    std::size_t cDay = 0, cDate = 0, cLa = 0, cCa = 0, cLb = 0, cCb = 0;
    while (std::getline(lines, line)) {
      ++row;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      if (header.empty()) {
        if (line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
        header = splitComma(line);
        cDay = col("day"), cDate = col("date"), cLa = col("leads_a"), cCa = col("lock_ins_a");
        cLb = col("leads_b"), cCb = col("lock_ins_b");
        continue;
      }
      const auto f = splitComma(line);
      const std::string rowAt = dailyPath.string() + ", row " + std::to_string(row);
      if (f.size() < header.size()) throw ParseError(rowAt + ": too few fields");
      AbDay d;
      d.day = static_cast<int>(toDouble(f[cDay], rowAt));
      d.date = f[cDate];
      d.leads = {toDouble(f[cLa], rowAt), toDouble(f[cLb], rowAt)};
      d.conversions = {toDouble(f[cCa], rowAt), toDouble(f[cCb], rowAt)};
      if (!ab.days.empty() && d.day <= ab.days.back().day) throw ParseError(rowAt + ": days must ascend");
      ab.days.push_back(std::move(d));
    }
    if (header.empty()) throw ParseError(dailyPath.string() + ": empty file");
  } catch (const json::exception& e) {
    return std::unexpected(summaryPath.string() + ": " + e.what());
  } catch (const ParseError& e) {
    return std::unexpected(std::string(e.what()));
  }
  return ab;
}

AbReport abFromAssignments(const std::vector<metrics::LeadAssignment>& leads, std::array<AbArm, 2> arms,
                           std::string source) {
  AbReport ab;
  ab.source = std::move(source);
  ab.arms = std::move(arms);
  const auto curves = metrics::cumulativeCurves(leads);
  for (std::size_t k = 0; k < curves[0].size() && k < curves[1].size(); ++k) {
    AbDay d;
    d.day = curves[0][k].day;
    d.leads = {curves[0][k].cumulativeLeads, curves[1][k].cumulativeLeads};
    d.conversions = {curves[0][k].cumulativeConversions, curves[1][k].cumulativeConversions};
    ab.days.push_back(std::move(d));
  }
  for (int a = 0; a < 2; ++a) {
    AbArm& arm = ab.arms[static_cast<std::size_t>(a)];
    if (!ab.days.empty()) {
      arm.leads = static_cast<std::int64_t>(ab.days.back().leads[static_cast<std::size_t>(a)]);
      arm.conversions = static_cast<std::int64_t>(ab.days.back().conversions[static_cast<std::size_t>(a)]);
    }
  }
  try {
    ab.welch = metrics::compareArmsByUnit(leads);
  } catch (const std::invalid_argument& e) {
    ab.welch = {};
    ab.welch.message = e.what();
  }
  return ab;
}

}  // namespace ll::report
