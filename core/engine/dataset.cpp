#include "engine/dataset.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ll::engine {

namespace {

// FNV-1a, 64 bit: a stable fingerprint of the labelled data (not a security hash).
struct Fnv {
  std::uint64_t h = 1469598103934665603ull;
  void bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
      h ^= p[i];
      h *= 1099511628211ull;
    }
  }
  void text(const std::string& s) {
    bytes(s.data(), s.size());
    const char zero = 0;
    bytes(&zero, 1);
  }
  void integer(std::int64_t v) { bytes(&v, sizeof v); }
};

}  // namespace

std::int64_t LabelledSplit::positives(bool testSet) const {
  const auto& set = testSet ? test : train;
  return std::count_if(set.begin(), set.end(), [](const Example& e) { return e.positive; });
}

std::vector<std::int64_t> LabelledSplit::stageCounts(bool testSet, std::size_t stageCount) const {
  std::vector<std::int64_t> counts(stageCount, 0);
  for (const auto& e : testSet ? test : train)
    if (e.stage >= 0 && static_cast<std::size_t>(e.stage) < stageCount) ++counts[static_cast<std::size_t>(e.stage)];
  return counts;
}

DatasetBuilder::DatasetBuilder(FunnelDefinition funnel, DatasetOptions options)
    : m_funnel(std::move(funnel)), m_options(options) {
  m_options.trainFraction = std::clamp(m_options.trainFraction, 0.0, 1.0);
}

void DatasetBuilder::add(LeadRecord&& lead) {
  ++m_added;
  for (const auto& interaction : lead.interactions)
    if (interaction.at && (!m_latest || *interaction.at > *m_latest)) m_latest = interaction.at;
  if (!lead.createdAt) {
    ++m_undated;
    return;
  }
  m_leads.push_back(std::move(lead));
}

LabelledSplit DatasetBuilder::finish() {
  LabelledSplit split;
  split.skippedUndated = m_undated;
  split.asOf = m_options.asOf.value_or(m_latest.value_or(0));

  std::vector<Example> examples;
  examples.reserve(m_leads.size());
  for (auto& lead : m_leads) {
    const std::int64_t created = *lead.createdAt;
    const std::int64_t end = m_funnel.labelEnd(created);
    if (end > split.asOf) {
      ++split.skippedIncomplete;
      continue;
    }
    Example example;
    example.snapshotAt = m_funnel.snapshotAt(created);
    example.labelEnd = end;
    example.stage = m_funnel.stageInWindow(lead.interactions, example.snapshotAt, end);
    const auto& stage = m_funnel.stages()[static_cast<std::size_t>(example.stage)];
    example.positive = stage.positive;
    example.grade = stage.grade;
    example.input = lead.cutAt(example.snapshotAt);
    examples.push_back(std::move(example));
  }
  m_leads.clear();
  m_leads.shrink_to_fit();

  std::stable_sort(examples.begin(), examples.end(), [](const Example& a, const Example& b) {
    if (*a.input.createdAt != *b.input.createdAt) return *a.input.createdAt < *b.input.createdAt;
    return a.input.leadId < b.input.leadId;
  });
  const auto trainCount = static_cast<std::size_t>(
      std::llround(m_options.trainFraction * static_cast<double>(examples.size())));
  Fnv fnv;
  for (const auto& e : examples) {
    fnv.text(e.input.leadId);
    fnv.integer(e.snapshotAt);
    fnv.text(m_funnel.stages()[static_cast<std::size_t>(e.stage)].name);
  }
  fnv.integer(static_cast<std::int64_t>(trainCount));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv.h));
  split.fingerprint = hex;

  if (trainCount < examples.size()) split.splitAt = *examples[trainCount].input.createdAt;
  split.train.assign(std::make_move_iterator(examples.begin()),
                     std::make_move_iterator(examples.begin() + static_cast<std::ptrdiff_t>(trainCount)));
  split.test.assign(std::make_move_iterator(examples.begin() + static_cast<std::ptrdiff_t>(trainCount)),
                    std::make_move_iterator(examples.end()));
  return split;
}

}  // namespace ll::engine
