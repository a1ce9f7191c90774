#include "crm/scorestats.h"

#include "crm/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace ll::crm {
namespace {

QString text(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

Error sqlError(const std::exception& e) {
  return Error{ErrorCode::Workspace,
               QCoreApplication::translate("ll::crm::ScoreStats", "The workspace could not be read (%1).")
                   .arg(QString::fromUtf8(e.what())),
               {},
               0,
               {}};
}

constexpr std::int64_t kDay = 86400;

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

double quantileSorted(const std::vector<double>& v, double q) {
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const auto hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

struct ScoreStats::Impl {
  sql::Database db;
};

ScoreStats::ScoreStats(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ScoreStats::~ScoreStats() = default;

Result<std::unique_ptr<ScoreStats>> ScoreStats::open(const QString& databasePath) {
  if (!QFileInfo::exists(databasePath))
    return fail(
        ErrorCode::Workspace,
        QCoreApplication::translate("ll::crm::ScoreStats",
                                    "The workspace database is missing; open or create a workspace first."),
        databasePath);
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = sql::Database::open(QFile::encodeName(databasePath).toStdString(), false);
    impl->db.exec("PRAGMA query_only = ON");
    return std::unique_ptr<ScoreStats>(new ScoreStats(std::move(impl)));
  } catch (const std::exception& e) {
    return std::unexpected(sqlError(e));
  }
}

Result<std::optional<ScoreDistribution>> ScoreStats::latestRunDistribution(int bins) {
  bins = std::clamp(bins, 1, 1000);
  try {
    auto run = m_impl->db.prepare(
        "SELECT id, policy FROM scoring_runs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1");
    if (!run.step()) return std::optional<ScoreDistribution>();
    ScoreDistribution d;
    d.runId = run.columnInt(0);
    d.policy = text(run.columnText(1));
    auto wp = m_impl->db.prepare("SELECT count(*) FROM scores WHERE run_id = ?1 AND probability IS NOT NULL");
    wp.bind(1, std::int64_t(d.runId));
    wp.step();
    d.probability = wp.columnInt(0) > 0;
    auto stmt = m_impl->db.prepare(d.probability
                                       ? "SELECT coalesce(tier, ''), probability, rank FROM scores"
                                         " WHERE run_id = ?1 AND probability IS NOT NULL"
                                       : "SELECT coalesce(tier, ''), pair_score, rank FROM scores"
                                         " WHERE run_id = ?1 AND pair_score IS NOT NULL");
    stmt.bind(1, std::int64_t(d.runId));
    struct Acc {
      std::vector<double> values;
      double rankSum = 0;
    };
    std::map<QString, Acc> byTier;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    while (stmt.step()) {
      const double v = stmt.columnDouble(1);
      if (!std::isfinite(v)) continue;
      Acc& a = byTier[text(stmt.columnText(0))];
      a.values.push_back(v);
      a.rankSum += static_cast<double>(stmt.columnInt(2));
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    if (byTier.empty()) return std::optional<ScoreDistribution>(std::move(d));
    if (d.probability) {
      lo = 0;
      hi = 1;
    } else if (!(hi > lo)) {
      hi = lo + 1;
    }
    d.binEdges.resize(static_cast<std::size_t>(bins) + 1);
    for (int b = 0; b <= bins; ++b)
      d.binEdges[static_cast<std::size_t>(b)] = lo + (hi - lo) * static_cast<double>(b) / bins;
    for (auto& [tier, acc] : byTier) {
      std::sort(acc.values.begin(), acc.values.end());
      TierDistribution t;
      t.tier = tier;
      t.count = static_cast<qint64>(acc.values.size());
      t.meanRank = acc.rankSum / static_cast<double>(acc.values.size());
      t.min = acc.values.front();
      t.max = acc.values.back();
      t.q1 = quantileSorted(acc.values, 0.25);
      t.median = quantileSorted(acc.values, 0.5);
      t.q3 = quantileSorted(acc.values, 0.75);
      t.histogram.assign(static_cast<std::size_t>(bins), 0);
      for (double v : acc.values) {
        auto b = static_cast<int>(std::floor((v - lo) / (hi - lo) * bins));
        ++t.histogram[static_cast<std::size_t>(std::clamp(b, 0, bins - 1))];
      }
      d.tiers.push_back(std::move(t));
    }
    std::sort(d.tiers.begin(), d.tiers.end(),
              [](const TierDistribution& a, const TierDistribution& b) { return a.meanRank < b.meanRank; });
    return std::optional<ScoreDistribution>(std::move(d));
  } catch (const std::exception& e) {
    return std::unexpected(sqlError(e));
  }
}

Result<std::optional<ExperimentData>> ScoreStats::latestExperiment() {
  try {
    auto exp = m_impl->db.prepare(
        "SELECT e.id, e.name FROM experiments e WHERE EXISTS"
        " (SELECT 1 FROM experiment_outcomes o WHERE o.experiment_id = e.id) ORDER BY e.created_at DESC, e.id DESC LIMIT 1");
    if (!exp.step()) return std::optional<ExperimentData>();
    ExperimentData x;
    x.id = exp.columnInt(0);
    x.name = text(exp.columnText(1));

    std::map<QString, int> armOfSpecialist;
    std::map<QString, int> unitOf;
    auto arms = m_impl->db.prepare("SELECT specialist_id, arm FROM experiment_arms WHERE experiment_id = ?1 ORDER BY specialist_id");
    arms.bind(1, std::int64_t(x.id));
    while (arms.step()) {
      const QString spec = text(arms.columnText(0));
      const QString arm = text(arms.columnText(1));
      const QString key = arm.toLower();
      const int a = (key == u"a"_s || key == u"control"_s || key == u"0"_s) ? 0 : 1;
      if (x.armNames[static_cast<std::size_t>(a)].isEmpty()) {
        x.armNames[static_cast<std::size_t>(a)] = arm;
      } else if (x.armNames[static_cast<std::size_t>(a)] != arm) {
        return fail(
            ErrorCode::BadData,
            QCoreApplication::translate("ll::crm::ScoreStats",
                                        "Experiment %1 has more than two arms; the chart compares two (A and "
                                        "B).")
                .arg(x.id));
      }
      armOfSpecialist[spec] = a;
      const int unit = static_cast<int>(unitOf.size());
      unitOf.emplace(spec, unit);
      ++x.specialists[static_cast<std::size_t>(a)];
    }
    auto outcomes = m_impl->db.prepare(
        "SELECT specialist_id, assigned_at, locked_at FROM experiment_outcomes WHERE experiment_id = ?1"
        " ORDER BY assigned_at, lead_id");
    outcomes.bind(1, std::int64_t(x.id));
    std::optional<std::int64_t> start;
    while (outcomes.step()) {
      const QString spec = text(outcomes.columnText(0));
      const auto armIt = armOfSpecialist.find(spec);
      if (armIt == armOfSpecialist.end()) continue;  // not randomised: outside the comparison
      const std::int64_t assigned = outcomes.columnInt(1);
      if (!start) start = floorDiv(assigned, kDay) * kDay;
      metrics::LeadAssignment l;
      l.arm = armIt->second;
      l.unit = unitOf.at(spec);
      l.dayAssigned = static_cast<int>(floorDiv(assigned - *start, kDay));
      if (!outcomes.isNull(2)) l.dayConverted = static_cast<int>(floorDiv(outcomes.columnInt(2) - *start, kDay));
      x.leads.push_back(l);
    }
    if (start) x.startDate = QDateTime::fromSecsSinceEpoch(*start, Qt::UTC).date().toString(Qt::ISODate);
    return std::optional<ExperimentData>(std::move(x));
  } catch (const std::exception& e) {
    return std::unexpected(sqlError(e));
  }
}

}  // namespace ll::crm
