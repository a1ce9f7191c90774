#include "demo/absim.h"

#include "common/logging.h"
#include "demo/tables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace ll::demo {
using namespace detail;

namespace {

constexpr std::int64_t kDay = 86400;

// Streams of the A/B world, distinct from the generator's purposes (1-3) and roster (99).
enum AbPurpose : std::uint64_t { kBuyer = 11, kSignal = 12, kExposure = 13, kVisible = 14, kRandomRank = 15 };

int tierIndex(char tier) { return tier == 'A' ? 0 : (tier == 'B' ? 1 : 2); }

double uniformOf(std::uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1.0p-53; }

int floorDay(std::int64_t at, std::int64_t start) {
  const std::int64_t d = at - start;
  return static_cast<int>(d >= 0 ? d / kDay : -((-d + kDay - 1) / kDay));
}

// What a specialist can see of a lead's CRM history: the generator's events up to the snapshot
// (later ones belong to the generator's own label window and would tell its lock-in draw) and the
// inbound contact of a visible buying signal. Visible from the morning after they happen.
struct Seen {
  int visibleDay;
  std::int8_t rank;   // ladder stage reached by this event: -1 none, 1 short call, 2 long call, 3 test drive
  bool defeat;
  bool contact;       // the lead did something (answered, wrote, came in)
  std::int64_t at;
};

struct SimLead {
  std::int64_t createdAt = 0;
  int createdDay = 0;
  std::uint16_t specialist = 0;
  double pTrue = 0;
  // Buyer state.
  int signalDay = -1;  // -1: not an intending buyer
  double threshold = 0;
  double exposure = 0;
  int engagedFrom = -1;
  // Queue state.
  int lastFollowUp = -1000000;
  int lockDay = -1;
  std::uint32_t seenBegin = 0, seenEnd = 0;
};

struct RankKey {
  double k1;
  std::int64_t k2;
  std::uint32_t lead;
};

bool ahead(const RankKey& a, const RankKey& b) {
  if (a.k1 != b.k1) return a.k1 > b.k1;
  if (a.k2 != b.k2) return a.k2 > b.k2;
  return a.lead < b.lead;
}

}  // namespace

std::string specialistId(std::size_t index) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "S%03zu", index + 1);
  return buf;
}

std::string isoDate(const Config& world, int day) {
  return formatTime(world.start + static_cast<std::int64_t>(day) * kDay).substr(0, 10);
}

Result<Policy> loadScores(const QString& path, const QString& name) {
  QFile f(path);
  if (!f.exists()) return fail(ErrorCode::FileNotFound, u"The scores file does not exist."_s, path);
  if (!f.open(QIODevice::ReadOnly))
    return fail(ErrorCode::FileUnreadable, u"The scores file cannot be read: %1."_s.arg(f.errorString()), path);
  auto scores = std::make_shared<std::unordered_map<std::string, double>>();
  int idCol = 0, scoreCol = 1;
  qint64 row = 0;
  while (!f.atEnd()) {
    QByteArray line = f.readLine();
    ++row;
    while (line.endsWith('\n') || line.endsWith('\r')) line.chop(1);
    if (row == 1 && line.startsWith("\xEF\xBB\xBF")) line.remove(0, 3);
    if (line.trimmed().isEmpty()) continue;
    QList<QByteArray> cells = line.split(',');
    for (QByteArray& c : cells) {
      c = c.trimmed();
      if (c.size() >= 2 && c.startsWith('"') && c.endsWith('"')) c = c.mid(1, c.size() - 2);
    }
    if (row == 1) {
      bool numeric = false;
      if (cells.size() >= 2) cells[1].toDouble(&numeric);
      if (!numeric) {
        // A header row: find the columns by name so any model's export (or truth.csv) works.
        idCol = scoreCol = -1;
        for (qsizetype c = 0; c < cells.size(); ++c) {
          const QByteArray h = cells[c].toLower();
          if (h == "lead_id" || h == "lead id") idCol = static_cast<int>(c);
          else if (scoreCol < 0 && (h == "score" || h == "p_true")) scoreCol = static_cast<int>(c);
        }
        if (idCol < 0 || scoreCol < 0)
          return fail(ErrorCode::BadFormat,
                      u"The header has no lead_id and score columns; write lead_id,score per row."_s, path, row);
        continue;
      }
    }
    if (cells.size() <= std::max(idCol, scoreCol))
      return fail(ErrorCode::BadData, u"Expected lead_id,score but the row has %1 column(s)."_s.arg(cells.size()),
                  path, row);
    const QByteArray id = cells[idCol];
    if (id.isEmpty()) return fail(ErrorCode::BadData, u"The lead id is empty."_s, path, row, u"lead_id"_s);
    bool ok = false;
    const double score = cells[scoreCol].toDouble(&ok);
    if (!ok || !std::isfinite(score))
      return fail(ErrorCode::BadData,
                  u"The score '%1' is not a number."_s.arg(QString::fromUtf8(cells[scoreCol].left(40))), path, row,
                  u"score"_s);
    if (!scores->emplace(id.toStdString(), score).second)
      return fail(ErrorCode::BadData, u"Lead %1 has a second score."_s.arg(QString::fromUtf8(id)), path, row,
                  u"lead_id"_s);
  }
  if (scores->empty()) return fail(ErrorCode::BadData, u"The scores file has no scores."_s, path);
  Policy p;
  p.kind = PolicyKind::Scores;
  p.name = name.isEmpty() ? u"scores:"_s + path : name;
  p.scores = std::move(scores);
  return p;
}

Result<Policy> parsePolicy(const QString& spec) {
  Policy p;
  p.name = spec;
  if (spec == u"recency"_s) p.kind = PolicyKind::Recency;
  else if (spec == u"funnel-recency"_s) p.kind = PolicyKind::FunnelRecency;
  else if (spec == u"oracle"_s) p.kind = PolicyKind::Oracle;
  else if (spec == u"random"_s) p.kind = PolicyKind::Random;
  else if (spec.startsWith(u"scores:"_s) && spec.size() > 7) return loadScores(spec.mid(7), spec);
  else
    return fail(ErrorCode::InvalidArgument,
                u"Unknown policy '%1': use recency, funnel-recency, oracle, random or scores:FILE."_s.arg(spec));
  return p;
}

std::vector<std::uint8_t> splitArms(const std::vector<Specialist>& roster, std::uint64_t seed) {
  std::vector<std::uint8_t> arm(roster.size(), 0);
  Rng rng(mix(seed, 0, 77));
  int counts[2] = {0, 0};
  for (char tier : {'A', 'B', 'C'}) {
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < roster.size(); ++i)
      if (roster[i].tier == tier) members.push_back(i);
    // The roster is already in store order; pairs of neighbours share a store or a city.
    std::size_t k = 0;
    for (; k + 1 < members.size(); k += 2) {
      const std::uint8_t first = rng.chance(0.5) ? 1 : 0;
      arm[members[k]] = first;
      arm[members[k + 1]] = static_cast<std::uint8_t>(1 - first);
      ++counts[0];
      ++counts[1];
    }
    if (k < members.size()) {
      const std::uint8_t odd = counts[0] == counts[1] ? (rng.chance(0.5) ? 1 : 0) : (counts[0] < counts[1] ? 0 : 1);
      arm[members[k]] = odd;
      ++counts[odd];
    }
  }
  return arm;
}

std::vector<metrics::LeadAssignment> AbResult::assignments() const {
  std::vector<metrics::LeadAssignment> out;
  out.reserve(leads.size());
  for (const AbLead& l : leads) {
    metrics::LeadAssignment a;
    a.dayAssigned = l.assignedDay;
    if (l.lockDay >= 0) a.dayConverted = l.lockDay;
    a.arm = l.arm;
    a.unit = l.specialist;
    out.push_back(a);
  }
  return out;
}

AbResult runAbTest(const AbConfig& configIn) {
  const auto t0 = std::chrono::steady_clock::now();
  const Dataset world = simulate(configIn.world);
  const double simSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  AbResult r = runAbTest(configIn, world);
  r.simulateSeconds = simSeconds;
  return r;
}

AbResult runAbTest(const AbConfig& configIn, const Dataset& world) {
  const auto t0 = std::chrono::steady_clock::now();
  AbResult r;
  r.config = configIn;
  AbConfig& c = r.config;
  c.world = world.config;  // the world as the generator clamped it
  for (int& cap : c.capacity) cap = std::max(0, cap);
  c.revisitDays = std::max(1, c.revisitDays);
  c.responseDays = std::max(0, c.responseDays);
  c.buyingWindowDays = std::max(1, c.buyingWindowDays);
  c.signalSpreadDays = std::max(1, c.signalSpreadDays);
  c.queueDays = std::max(1, c.queueDays);
  c.intentScale = std::max(0.0, c.intentScale);
  c.baseHazard = std::clamp(c.baseHazard, 0.0, 1.0);
  c.followUpFactor = std::max(0.0, c.followUpFactor);
  c.visibleSignal = std::clamp(c.visibleSignal, 0.0, 1.0);

  const std::uint64_t seed = c.world.seed;
  const std::int64_t start = c.world.start;
  const int days = c.world.days;
  r.roster = world.roster;
  r.armOf = splitArms(r.roster, seed);
  const Policy* policies[2] = {&c.policyA, &c.policyB};

  // The world of the experiment: leads created inside it, in lead order.
  std::vector<SimLead> sim;
  std::vector<Seen> seen;
  sim.reserve(world.leads.size());
  for (std::size_t i = 0; i < world.leads.size(); ++i) {
    const Lead& lead = world.leads[i];
    SimLead s;
    s.createdAt = lead.createdAt;
    s.createdDay = floorDay(lead.createdAt, start);
    s.specialist = lead.specialist;
    s.pTrue = lead.pTrue;
    const bool urgent = lead.urgent;
    if (uniformOf(mix(seed, i, kBuyer)) < c.intentScale * lead.pTrue) {
      const double spread = urgent ? c.signalSpreadDays / 3.0 : static_cast<double>(c.signalSpreadDays);
      s.signalDay = s.createdDay + static_cast<int>(uniformOf(mix(seed, i, kSignal)) * spread);
      s.threshold = -std::log(std::max(1e-300, 1.0 - uniformOf(mix(seed, i, kExposure))));
    }
    s.seenBegin = static_cast<std::uint32_t>(seen.size());
    for (const Event& e : lead.events) {
      if (e.at > lead.snapshotAt) break;
      Seen v{floorDay(e.at, start) + 1, -1, false, false, e.at};
      switch (e.kind) {
        case EventKind::Call:
          v.contact = e.durationS > 0;
          v.rank = static_cast<std::int8_t>(e.durationS >= kLongCallSeconds ? 2 : (e.durationS > 0 ? 1 : -1));
          break;
        case EventKind::TestDrive: v.rank = 3; v.contact = true; break;
        case EventKind::Defeat: v.defeat = true; break;
        case EventKind::OrderLock: continue;
        default: v.contact = true; break;
      }
      seen.push_back(v);
    }
    if (s.signalDay >= 0 && uniformOf(mix(seed, i, kVisible)) < c.visibleSignal) {
      const std::int64_t at = start + static_cast<std::int64_t>(s.signalDay) * kDay + 10 * 3600;
      seen.push_back(Seen{s.signalDay + 1, -1, false, true, at});
    }
    s.seenEnd = static_cast<std::uint32_t>(seen.size());
    sim.push_back(s);
  }

  // Scores per arm: resolve ids once (scores of the two arms may come from different files).
  std::array<std::vector<double>, 2> armScore;
  for (int a = 0; a < 2; ++a) {
    if (policies[a]->kind != PolicyKind::Scores || !policies[a]->scores) continue;
    armScore[a].assign(sim.size(), -std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < sim.size(); ++i) {
      if (r.armOf[sim[i].specialist] != a) continue;
      const auto it = policies[a]->scores->find(leadId(i));
      if (it != policies[a]->scores->end()) armScore[a][i] = it->second;
      else ++r.scoresMissing[a];
    }
  }

  // Leads by creation day, so each day's arrivals join their queues.
  std::vector<std::vector<std::uint32_t>> arrivals(static_cast<std::size_t>(days));
  for (std::size_t i = 0; i < sim.size(); ++i) {
    const int d = sim[i].createdDay;
    if (d >= 0 && d < days) arrivals[static_cast<std::size_t>(d)].push_back(static_cast<std::uint32_t>(i));
  }

  r.leads.resize(sim.size());
  for (std::size_t i = 0; i < sim.size(); ++i) {
    AbLead& l = r.leads[i];
    l.lead = static_cast<std::uint32_t>(i);
    l.specialist = sim[i].specialist;
    l.arm = r.armOf[sim[i].specialist];
    l.assignedDay = sim[i].createdDay;
  }

  const double baseStep = -std::log1p(-std::min(c.baseHazard, 1.0 - 1e-12));
  const double engagedStep = -std::log1p(-std::min(c.baseHazard * c.followUpFactor, 1.0 - 1e-12));

  std::vector<std::vector<std::uint32_t>> queues(r.roster.size());
  std::vector<RankKey> due;
  for (int day = 0; day < days; ++day) {
    for (std::uint32_t i : arrivals[static_cast<std::size_t>(day)]) queues[sim[i].specialist].push_back(i);

    for (std::size_t sp = 0; sp < queues.size(); ++sp) {
      auto& q = queues[sp];
      std::erase_if(q, [&](std::uint32_t i) { return sim[i].lockDay >= 0 || day - sim[i].createdDay >= c.queueDays; });
      const int arm = r.armOf[sp];
      const Policy& policy = *policies[arm];
      const int cap = c.capacity[static_cast<std::size_t>(tierIndex(r.roster[sp].tier))];
      due.clear();
      for (std::uint32_t i : q) {
        const SimLead& s = sim[i];
        if (day - s.lastFollowUp < c.revisitDays) continue;
        RankKey k{0, s.createdAt, i};
        switch (policy.kind) {
          case PolicyKind::Recency: k.k1 = static_cast<double>(s.createdAt); break;
          case PolicyKind::Oracle: k.k1 = s.pTrue; break;
          case PolicyKind::Random: k.k1 = uniformOf(mix(seed, i, kRandomRank + 16 * static_cast<std::uint64_t>(day))); break;
          case PolicyKind::Scores: k.k1 = armScore[arm].empty() ? 0.0 : armScore[arm][i]; break;
          case PolicyKind::FunnelRecency: {
            int rank = 0;
            bool defeated = false;
            std::int64_t last = s.createdAt;
            for (std::uint32_t e = s.seenBegin; e < s.seenEnd; ++e) {
              const Seen& v = seen[e];
              if (v.visibleDay > day) continue;
              rank = std::max<int>(rank, v.rank);
              defeated |= v.defeat;
              if (v.contact) last = std::max(last, v.at);
            }
            k.k1 = defeated ? -1.0 : rank;
            k.k2 = last;
            break;
          }
        }
        due.push_back(k);
      }
      const std::size_t take = std::min(due.size(), static_cast<std::size_t>(cap));
      std::partial_sort(due.begin(), due.begin() + static_cast<std::ptrdiff_t>(take), due.end(), ahead);
      for (std::size_t n = 0; n < take; ++n) {
        const std::uint32_t i = due[n].lead;
        SimLead& s = sim[i];
        s.lastFollowUp = day;
        r.leads[i].followUps.push_back(static_cast<std::uint16_t>(day));
        if (s.signalDay >= 0 && s.engagedFrom < 0 && day >= s.signalDay && day <= s.signalDay + c.responseDays)
          s.engagedFrom = day;
      }
    }

    // Lock-ins of the day, after the day's follow-ups.
    for (auto& q : queues) {
      for (std::uint32_t i : q) {
        SimLead& s = sim[i];
        if (s.signalDay < 0 || s.lockDay >= 0 || day < s.signalDay || day >= s.signalDay + c.buyingWindowDays) continue;
        s.exposure += (s.engagedFrom >= 0 && s.engagedFrom <= day) ? engagedStep : baseStep;
        if (s.exposure >= s.threshold) {
          s.lockDay = day;
          r.leads[i].lockDay = day;
        }
      }
    }
  }

  for (const AbLead& l : r.leads) {
    ArmSummary& a = r.arms[l.arm];
    ++a.leads;
    a.lockIns += l.lockDay >= 0;
    a.followUps += static_cast<std::int64_t>(l.followUps.size());
  }
  for (std::uint8_t a : r.armOf) ++r.arms[a].specialists;
  for (ArmSummary& a : r.arms) a.conversion = a.leads ? static_cast<double>(a.lockIns) / static_cast<double>(a.leads) : 0;
  r.relativeDiff = r.arms[0].conversion > 0 ? (r.arms[1].conversion - r.arms[0].conversion) / r.arms[0].conversion
                                            : std::numeric_limits<double>::quiet_NaN();
  const auto assigned = r.assignments();
  r.welch = metrics::compareArmsByUnit(assigned);
  r.runSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ll::log::get("demo")->info("A/B {} vs {}: {} leads, conversion {:.4f} vs {:.4f}, p = {:.3g}", c.policyA.name.toStdString(),
                             c.policyB.name.toStdString(), r.leads.size(), r.arms[0].conversion, r.arms[1].conversion,
                             r.welch.pValue);
  return r;
}

QByteArray abSummaryJson(const AbResult& r, bool withTimings) {
  const auto num = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
  const auto units = metrics::unitConversionRates(r.assignments());
  QJsonArray arms;
  for (int a = 0; a < 2; ++a) {
    const ArmSummary& s = r.arms[static_cast<std::size_t>(a)];
    int tiers[3] = {0, 0, 0};
    for (std::size_t sp = 0; sp < r.roster.size(); ++sp)
      if (r.armOf[sp] == a) ++tiers[tierIndex(r.roster[sp].tier)];
    arms.append(QJsonObject{
        {u"arm"_s, a == 0 ? u"A"_s : u"B"_s},
        {u"policy"_s, a == 0 ? r.config.policyA.name : r.config.policyB.name},
        {u"specialists"_s, s.specialists},
        {u"specialists_by_tier"_s, QJsonObject{{u"A"_s, tiers[0]}, {u"B"_s, tiers[1]}, {u"C"_s, tiers[2]}}},
        {u"leads"_s, static_cast<qint64>(s.leads)},
        {u"lock_ins"_s, static_cast<qint64>(s.lockIns)},
        {u"follow_ups"_s, static_cast<qint64>(s.followUps)},
        {u"conversion"_s, s.conversion},
        {u"leads_without_score"_s, static_cast<qint64>(r.scoresMissing[a])},
    });
  }
  const metrics::WelchResult& w = r.welch;
  const AbConfig& c = r.config;
  QJsonObject o{
      {u"leads"_s, static_cast<qint64>(r.leads.size())},
      {u"days"_s, c.world.days},
      {u"seed"_s, QString::number(c.world.seed)},
      {u"start"_s, QString::fromStdString(isoDate(c.world, 0))},
      {u"arms"_s, arms},
      {u"relative_diff"_s, num(r.relativeDiff)},
      {u"welch_by_specialist"_s,
       QJsonObject{{u"units_with_leads"_s, static_cast<qint64>(units.size())},
                   {u"mean_rate_a"_s, num(w.meanA)},
                   {u"mean_rate_b"_s, num(w.meanB)},
                   {u"diff"_s, num(w.diff)},
                   {u"relative_diff"_s, num(w.relativeDiff)},
                   {u"t"_s, num(w.t)},
                   {u"df"_s, num(w.df)},
                   {u"p_value"_s, num(w.pValue)},
                   {u"ci_low"_s, num(w.ciLow)},
                   {u"ci_high"_s, num(w.ciHigh)},
                   {u"confidence"_s, w.confidence},
                   {u"message"_s, QString::fromStdString(w.message)}}},
      {u"mechanism"_s,
       QJsonObject{{u"capacity"_s, QJsonObject{{u"A"_s, c.capacity[0]}, {u"B"_s, c.capacity[1]}, {u"C"_s, c.capacity[2]}}},
                   {u"revisit_days"_s, c.revisitDays},
                   {u"response_days"_s, c.responseDays},
                   {u"buying_window_days"_s, c.buyingWindowDays},
                   {u"signal_spread_days"_s, c.signalSpreadDays},
                   {u"queue_days"_s, c.queueDays},
                   {u"intent_scale"_s, c.intentScale},
                   {u"base_hazard"_s, c.baseHazard},
                   {u"follow_up_factor"_s, c.followUpFactor},
                   {u"visible_signal"_s, c.visibleSignal}}},
  };
  if (withTimings) {
    o.insert(u"simulate_seconds"_s, r.simulateSeconds);
    o.insert(u"run_seconds"_s, r.runSeconds);
  }
  return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

namespace {

Result<QString> writeFile(const QDir& dir, const QString& name, const std::string& text) {
  const QString path = dir.absoluteFilePath(name);
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      f.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) || !f.flush())
    return fail(ErrorCode::FileUnreadable, u"Cannot write the file: %1."_s.arg(f.errorString()), path);
  return path;
}

}  // namespace

Result<std::vector<QString>> writeAbOutputs(const AbResult& r, const QString& dirPath) {
  QDir dir(dirPath);
  if (!dir.exists() && !QDir().mkpath(dirPath))
    return fail(ErrorCode::FileUnreadable, u"Cannot create the output folder."_s, dirPath);
  std::vector<QString> files;

  std::string csv = "specialist_id,tier,arm,lead_id,assigned_date,follow_up_dates,lock_in_date\n";
  csv.reserve(r.leads.size() * 80);
  // Dates repeat a lot: format each experiment day once.
  std::vector<std::string> dates(static_cast<std::size_t>(r.config.world.days) + 1);
  for (int d = 0; d <= r.config.world.days; ++d) dates[static_cast<std::size_t>(d)] = isoDate(r.config.world, d);
  const auto date = [&](int d) {
    return d >= 0 && d <= r.config.world.days ? dates[static_cast<std::size_t>(d)] : isoDate(r.config.world, d);
  };
  for (const AbLead& l : r.leads) {
    csv += specialistId(l.specialist);
    csv += ',';
    csv += r.roster[l.specialist].tier;
    csv += l.arm == 0 ? ",A," : ",B,";
    csv += leadId(l.lead);
    csv += ',';
    csv += date(l.assignedDay);
    csv += ',';
    for (std::size_t k = 0; k < l.followUps.size(); ++k) {
      if (k) csv += ';';
      csv += date(l.followUps[k]);
    }
    csv += ',';
    if (l.lockDay >= 0) csv += date(l.lockDay);
    csv += '\n';
  }
  auto written = writeFile(dir, u"assignments.csv"_s, csv);
  if (!written) return std::unexpected(written.error());
  files.push_back(*written);

  const auto curves = metrics::cumulativeCurves(r.assignments(), 0, r.config.world.days - 1);
  std::string daily = "day,date,leads_a,lock_ins_a,conversion_a,leads_b,lock_ins_b,conversion_b,relative_diff\n";
  char buf[256];
  for (std::size_t k = 0; k < curves[0].size() && k < curves[1].size(); ++k) {
    const auto& a = curves[0][k];
    const auto& b = curves[1][k];
    std::snprintf(buf, sizeof buf, "%d,%s,%.0f,%.0f,%.6f,%.0f,%.0f,%.6f,", a.day, date(a.day).c_str(),
                  a.cumulativeLeads, a.cumulativeConversions, a.rate, b.cumulativeLeads, b.cumulativeConversions,
                  b.rate);
    daily += buf;
    if (a.rate > 0) {
      std::snprintf(buf, sizeof buf, "%.6f", (b.rate - a.rate) / a.rate);
      daily += buf;
    }
    daily += '\n';
  }
  written = writeFile(dir, u"daily.csv"_s, daily);
  if (!written) return std::unexpected(written.error());
  files.push_back(*written);

  const QByteArray json = abSummaryJson(r, false);
  written = writeFile(dir, u"summary.json"_s, json.toStdString());
  if (!written) return std::unexpected(written.error());
  files.push_back(*written);
  return files;
}

}  // namespace ll::demo
