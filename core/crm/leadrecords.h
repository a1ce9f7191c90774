#pragma once
// Reads leads with their interactions and attributes out of a workspace as engine records
// (engine/leadrecord.h), streaming, on a connection of its own: the scorer, the trainer and the
// evaluator run it off the GUI thread while the window keeps its own connection.

#include "common/error.h"
#include "engine/leadrecord.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ll::crm {

struct LeadRecordQuery {
  bool openOnly = false;                   // leave out won and lost leads
  std::optional<std::int64_t> createdFrom; // created_at >= (leads without a date are left out)
  std::optional<std::int64_t> createdTo;   // created_at <  (likewise)
  bool withText = true;                    // interaction texts (the largest part)
  bool withAttributes = true;
};

class LeadRecordReader final {
 public:
  // Opens the workspace's database read-only on a new connection. `databasePath` is
  // Workspace::databasePath().
  static Result<std::unique_ptr<LeadRecordReader>> open(const QString& databasePath);
  ~LeadRecordReader();
  LeadRecordReader(const LeadRecordReader&) = delete;
  LeadRecordReader& operator=(const LeadRecordReader&) = delete;

  // Number of leads the query selects.
  Result<std::int64_t> count(const LeadRecordQuery& query);

  // Calls `visit` for each selected lead in row-id order (interactions sorted by time); `visit`
  // returns false to stop early. Returns the number of leads visited.
  Result<std::int64_t> forEach(const LeadRecordQuery& query, const std::function<bool(engine::LeadRecord&&)>& visit);

  // The leads with these internal row ids (missing ids are skipped), in the order given.
  Result<std::vector<engine::LeadRecord>> load(const std::vector<std::int64_t>& rowIds, bool withText = true);

  // The latest interaction time in the workspace: the "as of" of its exports.
  Result<std::optional<std::int64_t>> latestInteractionAt();

 private:
  struct Impl;
  explicit LeadRecordReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ll::crm
