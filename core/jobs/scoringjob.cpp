#include "jobs/scoringjob.h"

#include "common/hash.h"
#include "common/logging.h"
#include "crm/leadrecords.h"
#include "engine/funnel.h"
#include "engine/model/tensormemory.h"
#include "jobs/enginetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <exception>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;

namespace ll::jobs {

const char* phaseName(ScoringProgress::Phase phase) {
  switch (phase) {
    case ScoringProgress::Phase::Loading: return "loading";
    case ScoringProgress::Phase::Reading: return "reading";
    case ScoringProgress::Phase::Scoring: return "scoring";
    case ScoringProgress::Phase::Writing: return "writing";
  }
  return "scoring";
}

std::int64_t inputHash(const std::string& modelFingerprint, const std::vector<tokenizer::TokenId>& ids) {
  StableHasher h;
  h.add(std::string_view(modelFingerprint)).separator();
  h.add(static_cast<std::int64_t>(ids.size()));
  for (const auto id : ids) h.add(static_cast<std::int64_t>(id));
  return toSqlInt(h.value());
}

ScoringJob::ScoringJob(ScoringParams params) : m_params(std::move(params)) {}

ScoringJob::ScoringJob(ScoringParams params, std::shared_ptr<engine::AsLlrCheckpoint> checkpoint)
    : m_params(std::move(params)), m_checkpoint(std::move(checkpoint)) {}

namespace {

struct Item {
  std::int64_t rowId = 0;
  std::vector<tokenizer::TokenId> ids;
  std::int64_t hash = 0;
  std::string tier;
  std::optional<double> probability;
  std::optional<double> pairScore;
  bool reused = false;
};

Error cancelled() {
  return Error{
      ErrorCode::Cancelled,
      QCoreApplication::translate("ll::jobs::Scoring", "Scoring was cancelled; the workspace is unchanged."),
      {},
      0,
      {}};
}

}  // namespace

Result<ScoringResult> ScoringJob::run(const std::function<void(const ScoringProgress&)>& progress) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  // The scorer's cached tensor buffers go back to the system when the run ends, however it ends:
  // a desktop session should not keep them.
  struct ReleaseTensorMemory {
    ~ReleaseTensorMemory() { model::releaseCachedTensorMemory(); }
  } releaseTensorMemory;
  const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  const auto report = [&](ScoringProgress::Phase phase, std::size_t done, std::size_t total,
                          std::optional<double> eta = std::nullopt) {
    if (progress) progress(ScoringProgress{phase, done, total, elapsed(), eta});
  };
  auto log = ll::log::get("score");
  const auto startedAt = static_cast<std::int64_t>(std::time(nullptr));

  report(ScoringProgress::Phase::Loading, 0, 0);
  if (!m_checkpoint) {
    try {
      m_checkpoint = std::make_shared<engine::AsLlrCheckpoint>(engine::loadCheckpoint(m_params.modelDirectory.toStdString()));
    } catch (const std::exception& e) {
      return fail(ErrorCode::BadFormat, engineMessage(e), m_params.modelDirectory);
    }
  }
  const auto& checkpoint = *m_checkpoint;
  std::optional<engine::Scorer> scorer;
  try {
    scorer.emplace(checkpoint, m_params.scorer);
  } catch (const std::exception& e) {
    return fail(ErrorCode::InvalidArgument, engineMessage(e));
  }
  if (m_cancel) return std::unexpected(cancelled());

  // The funnel the checkpoint was trained with names the queue tiers; the car default otherwise.
  std::optional<engine::FunnelDefinition> funnel;
  try {
    if (checkpoint.manifest.funnel.is_object() && checkpoint.manifest.funnel.contains("stages"))
      funnel = engine::FunnelDefinition::fromJson(checkpoint.manifest.funnel.dump(), checkpoint.directory + "/manifest.json");
    else
      funnel = engine::FunnelDefinition::carDefault();
  } catch (const std::exception& e) {
    return fail(ErrorCode::BadFormat, engineMessage(e), m_params.modelDirectory);
  }

  auto reader = crm::LeadRecordReader::open(m_params.databasePath);
  if (!reader) return std::unexpected(reader.error());
  auto snapshot = m_params.snapshotAt;
  if (!snapshot) {
    auto latest = (*reader)->latestInteractionAt();
    if (!latest) return std::unexpected(latest.error());
    snapshot = latest->value_or(startedAt);
  }
  crm::LeadRecordQuery query;
  query.openOnly = !m_params.allLeads;
  auto total = (*reader)->count(query);
  if (!total) return std::unexpected(total.error());

  // Read and serialize in chunks, several threads per chunk.
  const int serializeThreads =
      m_params.serializeThreads > 0 ? m_params.serializeThreads
                                    : std::max(1, m_params.scorer.threads > 0 ? m_params.scorer.threads
                                                                              : static_cast<int>(std::thread::hardware_concurrency()));
  std::vector<Item> items;
  items.reserve(static_cast<std::size_t>(*total));
  std::vector<engine::LeadRecord> chunk;
  std::string error;
  const auto flush = [&] {
    const std::int64_t snap = *snapshot;
    auto ids = checkpoint.serializer->encodeMany(chunk, std::span<const std::int64_t>(&snap, 1), serializeThreads);
    for (std::size_t i = 0; i < chunk.size(); ++i) {
      Item item;
      item.rowId = chunk[i].rowId;
      item.hash = inputHash(checkpoint.fingerprint, ids[i]);
      item.ids = std::move(ids[i]);
      item.tier = funnel->queueOf(chunk[i].cutAt(snap));
      items.push_back(std::move(item));
    }
    chunk.clear();
    report(ScoringProgress::Phase::Reading, items.size(), static_cast<std::size_t>(*total));
  };
  try {
    auto visited = (*reader)->forEach(query, [&](engine::LeadRecord&& lead) {
      if (m_cancel) return false;
      chunk.push_back(std::move(lead));
      if (chunk.size() >= 1024) flush();
      return true;
    });
    if (!visited) return std::unexpected(visited.error());
    if (m_cancel) return std::unexpected(cancelled());
    flush();
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal,
                QCoreApplication::translate("ll::jobs::Scoring", "Cannot serialize the leads: %1")
                    .arg(engineMessage(e)));
  }
  reader->reset();

  // Reuse the scores of unchanged inputs from the latest run of this model.
  auto store = crm::ScoreStore::open(m_params.databasePath);
  if (!store) return std::unexpected(store.error());
  auto previousRun = (*store)->latestRun(checkpoint.fingerprint);
  if (!previousRun) return std::unexpected(previousRun.error());
  std::vector<std::size_t> toScore;
  if (*previousRun) {
    auto previous = (*store)->scores((*previousRun)->id);
    if (!previous) return std::unexpected(previous.error());
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto it = previous->find(items[i].rowId);
      if (it != previous->end() && it->second.inputHash == items[i].hash && it->second.probability &&
          it->second.pairScore) {
        items[i].probability = it->second.probability;
        items[i].pairScore = it->second.pairScore;
        items[i].reused = true;
      } else {
        toScore.push_back(i);
      }
    }
  } else {
    toScore.resize(items.size());
    std::iota(toScore.begin(), toScore.end(), std::size_t{0});
  }

  ScoringResult result;
  result.snapshotAt = *snapshot;
  result.fingerprint = checkpoint.fingerprint;
  result.device = scorer->deviceDescription();
  result.reused = items.size() - toScore.size();
  result.scored = toScore.size();
  {
    std::vector<std::vector<tokenizer::TokenId>> inputs;
    inputs.reserve(toScore.size());
    for (const auto i : toScore) inputs.push_back(items[i].ids);
    const auto scoringStart = Clock::now();
    report(ScoringProgress::Phase::Scoring, 0, inputs.size());
    std::optional<std::vector<engine::LeadScore>> scores;
    try {
      scores = scorer->score(
          inputs,
          [&](std::size_t done, std::size_t all) {
            const auto spent = std::chrono::duration<double>(Clock::now() - scoringStart).count();
            const std::optional<double> eta =
                done > 0 ? std::optional<double>(spent / static_cast<double>(done) * static_cast<double>(all - done))
                         : std::nullopt;
            report(ScoringProgress::Phase::Scoring, done, all, eta);
          },
          &m_cancel);
    } catch (const std::exception& e) {
      return fail(
          ErrorCode::Internal,
          QCoreApplication::translate("ll::jobs::Scoring", "Scoring failed: %1").arg(engineMessage(e)));
    }
    if (!scores) return std::unexpected(cancelled());
    result.scoringSeconds = std::chrono::duration<double>(Clock::now() - scoringStart).count();
    for (std::size_t k = 0; k < toScore.size(); ++k) {
      items[toScore[k]].probability = (*scores)[k].probability;
      items[toScore[k]].pairScore = (*scores)[k].pairScore;
    }
  }

  // Rank: pair score, then probability, then the older row first (deterministic).
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = items[a];
    const auto& y = items[b];
    if (*x.pairScore != *y.pairScore) return *x.pairScore > *y.pairScore;
    if (*x.probability != *y.probability) return *x.probability > *y.probability;
    return x.rowId < y.rowId;
  });
  std::vector<crm::ScoreRow> rows;
  rows.reserve(items.size());
  for (std::size_t r = 0; r < order.size(); ++r) {
    const auto& item = items[order[r]];
    rows.push_back(crm::ScoreRow{item.rowId, item.probability, item.pairScore, static_cast<std::int64_t>(r + 1),
                                 item.tier, item.hash});
  }
  if (m_cancel) return std::unexpected(cancelled());

  report(ScoringProgress::Phase::Writing, 0, rows.size());
  crm::ScoringRunInfo info;
  info.modelFingerprint = checkpoint.fingerprint;
  info.modelPath = m_params.modelDirectory.isEmpty() ? checkpoint.directory : m_params.modelDirectory.toStdString();
  info.policy = "model";
  info.snapshotAt = *snapshot;
  info.startedAt = startedAt;
  info.finishedAt = static_cast<std::int64_t>(std::time(nullptr));
  info.device = result.device;
  nlohmann::json params = {{"all_leads", m_params.allLeads},
                           {"token_budget", checkpoint.manifest.serializer.tokenBudget},
                           {"batch_tokens", m_params.scorer.batchTokens},
                           {"scored", result.scored},
                           {"reused", result.reused},
                           {"previous_run", *previousRun ? nlohmann::json((*previousRun)->id) : nlohmann::json()}};
  info.paramsJson = params.dump();
  auto runId = (*store)->writeRun(info, rows);
  if (!runId) return std::unexpected(runId.error());
  report(ScoringProgress::Phase::Writing, rows.size(), rows.size());

  result.runId = *runId;
  result.leads = rows.size();
  auto top = (*store)->top(*runId, 10);
  if (top) result.top = std::move(*top);
  result.seconds = elapsed();
  log->info("scoring run {}: {} leads ({} scored, {} reused) in {:.1f} s on {}", result.runId, result.leads,
            result.scored, result.reused, result.seconds, result.device);
  return result;
}

}  // namespace ll::jobs
