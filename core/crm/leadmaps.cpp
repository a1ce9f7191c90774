#include "crm/leadmaps.h"

#include "common/logging.h"
#include "crm/sqlite.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <limits>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ll::crm {
namespace {

// Polls the stop flag once in this many rows.
constexpr std::int64_t kPollRows = 1 << 16;

QString text(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

// A map indexed by row id pays when the ids are dense; after mass deletions it would not.
bool denseEnough(std::int64_t maxId, std::int64_t rows) {
  return maxId >= 0 && maxId <= 4 * std::max<std::int64_t>(rows, 1) + 1'000'000;
}

bool stopped(const std::atomic<bool>* stop) { return stop && stop->load(std::memory_order_relaxed); }

// The maps are read while the person looks at the page: the GUI thread's own queries come first.
void yieldToTheInterface() {
#ifdef __linux__
  setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 10);
#endif
}

}  // namespace

std::string leadMapsSnapshot(sql::Database& db) {
  auto st = db.prepare(
      "SELECT (SELECT max(id) FROM imports), (SELECT count(*) FROM scoring_runs WHERE finished_at IS NOT NULL),"
      " (SELECT max(finished_at) FROM scoring_runs), (SELECT max(id) FROM leads), (SELECT max(id) FROM interactions),"
      " (SELECT max(rank) FROM queue_baseline)");
  st.step();
  std::string s;
  for (int c = 0; c < st.columnCount(); ++c) {
    s += st.isNull(c) ? std::string("-") : std::to_string(st.columnInt(c));
    s += '/';
  }
  return s;
}

std::optional<LeadMaps> readLeadMaps(sql::Database& db, std::int64_t runId, const std::atomic<bool>* stop, int parts) {
  // One snapshot for every part: a deferred transaction holds the first read's view.
  const bool own = !db.inTransaction();
  if (own) db.exec("BEGIN");
  struct End {
    sql::Database& db;
    bool own;
    ~End() {
      if (own && db.inTransaction()) {
        try {
          db.exec("COMMIT");
        } catch (const sql::SqlError&) {
        }
      }
    }
  } end{db, own};

  LeadMaps maps;
  maps.snapshot = leadMapsSnapshot(db);
  const std::int64_t maxLead = db.queryInt("SELECT max(id) FROM leads").value_or(0);
  const std::int64_t leads = db.queryInt("SELECT max(rank) FROM queue_baseline").value_or(0) +
                             db.queryInt("SELECT count(*) FROM leads WHERE outcome IS NOT NULL").value_or(0);
  if (!denseEnough(maxLead, leads)) return std::nullopt;

  if (parts & LeadMaps::Stages) {
    maps.openStage.assign(static_cast<std::size_t>(maxLead) + 1, 0);
    auto st = db.prepare("SELECT id, stage_rank FROM leads WHERE outcome IS NULL");
    std::int64_t n = 0;
    while (st.step()) {
      const std::int64_t id = st.columnInt(0);
      if (id >= 0 && id <= maxLead)
        maps.openStage[static_cast<std::size_t>(id)] =
            static_cast<std::uint8_t>(std::clamp<std::int64_t>(st.columnInt(1), 0, 4) + 1);
      if (++n % kPollRows == 0 && stopped(stop)) return std::nullopt;
    }
  }

  const std::int64_t maxNote = (parts & LeadMaps::Notes) ? db.queryInt("SELECT max(id) FROM interactions").value_or(0) : 0;
  const std::int64_t notes = (parts & LeadMaps::Notes) ? db.queryInt("SELECT count(*) FROM interactions").value_or(0) : 0;
  if ((parts & LeadMaps::Notes) && maxLead <= std::numeric_limits<std::uint32_t>::max() && denseEnough(maxNote, notes) &&
      maxNote > 0) {
    maps.noteLead.assign(static_cast<std::size_t>(maxNote) + 1, 0);
    // The (lead, fingerprint) index holds both ids and is a fraction of the table's size.
    auto st = db.prepare("SELECT id, lead_id FROM interactions");
    std::int64_t n = 0;
    while (st.step()) {
      const std::int64_t id = st.columnInt(0);
      const std::int64_t lead = st.columnInt(1);
      if (id >= 0 && id <= maxNote && lead > 0) maps.noteLead[static_cast<std::size_t>(id)] = static_cast<std::uint32_t>(lead);
      if (++n % kPollRows == 0 && stopped(stop)) return std::nullopt;
    }
  }

  if ((parts & LeadMaps::Tiers) && runId > 0) {
    // In tier order (the run's (run, tier, rank) index), so a tier's name is compared, not
    // converted, per row.
    auto st = db.prepare("SELECT lead_id, tier FROM scores INDEXED BY scores_tier WHERE run_id = ?1");
    st.bind(1, runId);
    maps.tierCode.assign(static_cast<std::size_t>(maxLead) + 1, 0);
    std::string current;
    std::uint8_t code = 0;
    std::int64_t n = 0;
    bool usable = true;
    while (usable && st.step()) {
      const std::string_view tier = st.columnText(1);
      if (tier.empty()) {
        usable = false;
        break;
      }
      if (code == 0 || tier != current) {
        current.assign(tier);
        const QString name = text(tier);
        const auto it = std::find(maps.tierNames.begin(), maps.tierNames.end(), name);
        if (it != maps.tierNames.end()) {
          code = static_cast<std::uint8_t>(it - maps.tierNames.begin() + 1);
        } else if (maps.tierNames.size() == 255) {
          usable = false;
          break;
        } else {
          maps.tierNames.push_back(name);
          code = static_cast<std::uint8_t>(maps.tierNames.size());
        }
      }
      const std::int64_t id = st.columnInt(0);
      if (id >= 0 && id <= maxLead) maps.tierCode[static_cast<std::size_t>(id)] = code;
      if (++n % kPollRows == 0 && stopped(stop)) return std::nullopt;
    }
    if (!usable) {
      maps.tierCode.clear();
      maps.tierNames.clear();
    }
  }
  return maps;
}

LeadMapLoader::LeadMapLoader(const QString& databasePath, std::int64_t runId) {
  const std::string path = QFile::encodeName(databasePath).toStdString();
  m_thread = std::thread([this, path, runId] {
    QElapsedTimer timer;
    timer.start();
    // The three maps at once, each through a connection of its own (~0.2 s instead of ~0.5 s
    // at a million leads on two cores); they must have read the same data.
    const int parts[] = {LeadMaps::Stages, LeadMaps::Notes, LeadMaps::Tiers};
    std::optional<LeadMaps> read[3];
    bool failed[3] = {false, false, false};
    const auto readPart = [&](int i) {
      yieldToTheInterface();
      try {
        auto db = sql::Database::open(path, false);
        read[i] = readLeadMaps(db, runId, &m_stop, parts[i]);
      } catch (const sql::SqlError& e) {
        log::get("queues")->warn("lead maps not read: {}", e.what());
        failed[i] = true;
      }
    };
    std::thread notes(readPart, 1);
    std::thread tiers(readPart, 2);
    readPart(0);
    notes.join();
    tiers.join();
    if (failed[0] || failed[1] || failed[2] || !read[0] || !read[1] || !read[2] ||
        read[0]->snapshot != read[1]->snapshot || read[0]->snapshot != read[2]->snapshot)
      return;
    LeadMaps maps = std::move(*read[0]);
    maps.noteLead = std::move(read[1]->noteLead);
    maps.tierCode = std::move(read[2]->tierCode);
    maps.tierNames = std::move(read[2]->tierNames);
    log::get("queues")->debug("lead maps read in {} ms ({} leads, {} notes)", timer.elapsed(), maps.openStage.size(),
                              maps.noteLead.size());
    m_maps = std::move(maps);
  });
}

LeadMapLoader::~LeadMapLoader() {
  m_stop = true;
  if (m_thread.joinable()) m_thread.join();
}

const LeadMaps* LeadMapLoader::wait() {
  if (m_thread.joinable()) m_thread.join();
  return m_maps ? &*m_maps : nullptr;
}

}  // namespace ll::crm
