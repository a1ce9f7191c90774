#pragma once
// Facts about every lead held in memory by row id, read once per import or scoring run, so that
// the queues count a search's matches (a common word's notes belong to a hundred thousand leads
// of a million) by tier without looking each lead up, and turn a note that matches into its lead
// without reading the note's row. At a million leads they take ~6 MB and ~0.5 s to read, which
// LeadMapLoader spends on a thread of its own while the queue page opens.

#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace ll::sql {
class Database;
}

namespace ll::crm {

struct LeadMaps {
  enum Part { Stages = 1, Notes = 2, Tiers = 4, All = 7 };

  // Each open lead's stage_rank + 1; 0 for a closed lead or an unused row id.
  std::vector<std::uint8_t> openStage;
  // The lead of each interaction by the interaction's row id (0: none). Empty when row ids do not
  // fit 32 bits.
  std::vector<std::uint32_t> noteLead;
  // The ranking run's tier of each lead (0: not scored, else tierNames[code - 1]). Empty without
  // a run, when a scored lead has no tier, or past 255 tier names.
  std::vector<std::uint8_t> tierCode;
  std::vector<QString> tierNames;
  std::string snapshot;  // leadMapsSnapshot() of the data read

  [[nodiscard]] bool isOpen(std::int64_t id) const {
    return id >= 0 && static_cast<std::uint64_t>(id) < openStage.size() && openStage[static_cast<std::size_t>(id)] != 0;
  }
};

// What the maps were read from: changes with every import (the only writer of leads and
// interactions) and every finished scoring run. Throws sql::SqlError.
std::string leadMapsSnapshot(sql::Database& db);

// Reads the maps (the `parts` of LeadMaps::Part asked for) in one read transaction; runId 0
// reads no tiers. nullopt when the row ids are so sparse (many leads deleted) that maps would cost
// more than they save, or when `stop` was set. Throws sql::SqlError.
std::optional<LeadMaps> readLeadMaps(sql::Database& db, std::int64_t runId, const std::atomic<bool>* stop = nullptr,
                                     int parts = LeadMaps::All);

// Reads the maps on threads of their own, each part through a connection of its own.
class LeadMapLoader {
 public:
  LeadMapLoader(const QString& databasePath, std::int64_t runId);
  ~LeadMapLoader();  // stops the reading and waits for the thread
  LeadMapLoader(const LeadMapLoader&) = delete;
  LeadMapLoader& operator=(const LeadMapLoader&) = delete;

  // Waits for the maps; nullptr when they could not be read.
  const LeadMaps* wait();

 private:
  std::atomic<bool> m_stop{false};
  std::optional<LeadMaps> m_maps;
  std::thread m_thread;
};

}  // namespace ll::crm
