#include "engine/funnel.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <sstream>

namespace ll::engine {

namespace {

using json = nlohmann::ordered_json;

constexpr std::int64_t kDay = 86400;

bool containsFolded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != haystack.end();
}

[[noreturn]] void invalid(const std::string& source, Message reason) {
  throw FunnelError(
      Message(QT_TRANSLATE_NOOP("ll::engine", "funnel definition '%1': %2"), source, std::move(reason)));
}

std::vector<std::string> stringList(const json& node, const std::string& source, const std::string& where) {
  std::vector<std::string> out;
  if (node.is_string()) {
    out.push_back(node.get<std::string>());
    return out;
  }
  if (!node.is_array())
    invalid(source,
            Message(QT_TRANSLATE_NOOP("ll::engine", "%1 must be a string or a list of strings"), where));
  for (const auto& item : node) {
    if (!item.is_string())
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1 must be a list of strings"), where));
    out.push_back(item.get<std::string>());
  }
  return out;
}

double number(const json& node, const std::string& source, const std::string& where) {
  if (!node.is_number())
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1 must be a number"), where));
  return node.get<double>();
}

FunnelCondition parseCondition(const json& node, const std::string& source, const std::string& where) {
  if (!node.is_object())
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1 must be an object"), where));
  FunnelCondition condition;
  for (const auto& [key, value] : node.items()) {
    if (key == "kinds" || key == "kind") {
      for (const auto& name : stringList(value, source, where + "." + key)) {
        const auto kind = interactionKindFromName(name);
        if (!kind)
          invalid(source,
                  Message(QT_TRANSLATE_NOOP("ll::engine",
                                            "%1: unknown interaction kind '%2' (known: call, message, "
                                            "store_visit, test_drive, quote, order_lock, defeat, note)"),
                          where, name));
        condition.kinds.push_back(*kind);
      }
    } else if (key == "min_duration_s") {
      condition.minDurationS = number(value, source, where + ".min_duration_s");
    } else if (key == "max_duration_s") {
      condition.maxDurationS = number(value, source, where + ".max_duration_s");
    } else if (key == "outcome_contains") {
      condition.outcomeContains = stringList(value, source, where + ".outcome_contains");
    } else if (key == "text_contains") {
      condition.textContains = stringList(value, source, where + ".text_contains");
    } else {
      invalid(source,
              Message(QT_TRANSLATE_NOOP("ll::engine",
                                        "%1: unknown key '%2' (known: kinds, min_duration_s, max_duration_s, "
                                        "outcome_contains, text_contains)"),
                      where, key));
    }
  }
  return condition;
}

std::vector<FunnelCondition> parseConditions(const json& object, const std::string& source, const std::string& where) {
  std::vector<FunnelCondition> out;
  const auto it = object.find("when");
  if (it == object.end()) return out;
  if (it->is_object()) {
    out.push_back(parseCondition(*it, source, where + ".when"));
  } else if (it->is_array()) {
    for (std::size_t i = 0; i < it->size(); ++i)
      out.push_back(parseCondition((*it)[i], source, where + ".when[" + std::to_string(i) + "]"));
    if (out.empty())
      invalid(
          source,
          Message(QT_TRANSLATE_NOOP("ll::engine", "%1.when is empty (leave it out for the default)"), where));
  } else {
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1.when must be an object or a list of objects"),
                            where));
  }
  return out;
}

json conditionJson(const FunnelCondition& condition) {
  json node = json::object();
  if (!condition.kinds.empty()) {
    json kinds = json::array();
    for (const auto kind : condition.kinds) kinds.push_back(interactionKindName(kind));
    node["kinds"] = kinds;
  }
  if (condition.minDurationS) node["min_duration_s"] = *condition.minDurationS;
  if (condition.maxDurationS) node["max_duration_s"] = *condition.maxDurationS;
  if (!condition.outcomeContains.empty()) node["outcome_contains"] = condition.outcomeContains;
  if (!condition.textContains.empty()) node["text_contains"] = condition.textContains;
  return node;
}

json conditionsJson(const std::vector<FunnelCondition>& conditions) {
  json list = json::array();
  for (const auto& condition : conditions) list.push_back(conditionJson(condition));
  return list;
}

bool anyMatches(const std::vector<FunnelCondition>& conditions, const InteractionRecord& interaction) {
  return std::any_of(conditions.begin(), conditions.end(),
                     [&](const FunnelCondition& condition) { return condition.matches(interaction); });
}

FunnelCondition kindCondition(InteractionKind kind) {
  FunnelCondition condition;
  condition.kinds.push_back(kind);
  return condition;
}

}  // namespace

bool FunnelCondition::matches(const InteractionRecord& interaction) const {
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), interaction.kind) == kinds.end()) return false;
  if (minDurationS || maxDurationS) {
    if (!interaction.durationS) return false;
    if (minDurationS && *interaction.durationS < *minDurationS) return false;
    if (maxDurationS && *interaction.durationS > *maxDurationS) return false;
  }
  if (!outcomeContains.empty() &&
      std::none_of(outcomeContains.begin(), outcomeContains.end(),
                   [&](const std::string& word) { return containsFolded(interaction.outcome, word); }))
    return false;
  if (!textContains.empty() &&
      std::none_of(textContains.begin(), textContains.end(),
                   [&](const std::string& word) { return containsFolded(interaction.text, word); }))
    return false;
  return true;
}

FunnelDefinition FunnelDefinition::carDefault(double longCallSeconds) {
  FunnelDefinition f;
  f.m_name = "car-retail";
  f.m_observationDays = 14;
  f.m_labelDays = 30;
  FunnelCondition longCall = kindCondition(InteractionKind::Call);
  longCall.minDurationS = longCallSeconds;
  FunnelCondition answered = kindCondition(InteractionKind::Call);
  answered.minDurationS = 1;
  f.m_stages = {
      {"order_lock", 4, true, {kindCondition(InteractionKind::OrderLock)}},
      {"defeat", 0, false, {kindCondition(InteractionKind::Defeat)}},
      {"test_drive", 3, false, {kindCondition(InteractionKind::TestDrive)}},
      {"long_call", 2, false, {longCall}},
      {"short_call", 1, false, {answered}},
      {"none", 0, false, {}},
  };
  // Stage indices: 0 order_lock, 1 defeat, 2 test_drive, 3 long_call, 4 short_call, 5 none.
  f.m_tiers = {
      {"global", 1.0, {0}, {1}},
      {"key_action", 0.5, {2}, {3, 4, 5}},
      {"soft", 0.1, {3}, {4}},
  };
  FunnelCondition engaged = kindCondition(InteractionKind::Call);
  engaged.minDurationS = 1;
  f.m_queues = {
      {"test_drive", "Test drive done", "已试驾", {kindCondition(InteractionKind::TestDrive)}},
      {"store_visit", "Store visited", "已到店", {kindCondition(InteractionKind::StoreVisit)}},
      {"engaged", "Engaged by phone", "电话沟通中", {engaged, kindCondition(InteractionKind::Message)}},
      {"new", "New / unreached", "新线索/未接通", {}},
  };
  f.validate("built-in car funnel");
  return f;
}

FunnelDefinition FunnelDefinition::fromJson(const std::string& text, const std::string& source) {
  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "not valid JSON: %1"), e.what()));
  }
  if (!root.is_object())
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "the top level must be an object")));
  const auto format = root.value("format", 1);
  if (format > kFormatVersion)
    invalid(source,
            Message(QT_TRANSLATE_NOOP("ll::engine",
                                      "format %1 is newer than this version of LeadLadder understands (%2); "
                                      "update LeadLadder"),
                    format, kFormatVersion));

  FunnelDefinition f;
  f.m_name = root.value("name", std::string("funnel"));
  f.m_observationDays = root.value("observation_days", 14);
  f.m_labelDays = root.value("label_days", 30);

  const auto stages = root.find("stages");
  if (stages == root.end() || !stages->is_array() || stages->empty())
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "'stages' must be a non-empty list")));
  for (std::size_t i = 0; i < stages->size(); ++i) {
    const auto& node = (*stages)[i];
    const std::string where = "stages[" + std::to_string(i) + "]";
    if (!node.is_object() || !node.contains("name") || !node["name"].is_string())
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1 needs a \"name\""), where));
    FunnelStage stage;
    stage.name = node["name"].get<std::string>();
    if (node.contains("grade")) stage.grade = number(node["grade"], source, where + ".grade");
    stage.positive = node.value("positive", false);
    stage.when = parseConditions(node, source, where);
    f.m_stages.push_back(std::move(stage));
  }
  // Stage names must be known before tiers refer to them.
  std::vector<std::string> names;
  for (const auto& stage : f.m_stages) {
    if (std::find(names.begin(), names.end(), stage.name) != names.end())
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "stage '%1' is listed twice"), stage.name));
    names.push_back(stage.name);
  }
  const auto indexOf = [&](const std::string& name, const std::string& where) {
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1: unknown stage '%2'"), where, name));
    return static_cast<int>(it - names.begin());
  };

  if (const auto tiers = root.find("tiers"); tiers != root.end()) {
    if (!tiers->is_array())
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "'tiers' must be a list")));
    for (std::size_t i = 0; i < tiers->size(); ++i) {
      const auto& node = (*tiers)[i];
      const std::string where = "tiers[" + std::to_string(i) + "]";
      if (!node.is_object() || !node.contains("name") || !node["name"].is_string())
        invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1 needs a \"name\""), where));
      PreferenceTier tier;
      tier.name = node["name"].get<std::string>();
      tier.margin = node.contains("margin") ? number(node["margin"], source, where + ".margin") : 0.0;
      if (!node.contains("winners") || !node.contains("losers"))
        invalid(source,
                Message(QT_TRANSLATE_NOOP("ll::engine", "%1 needs \"winners\" and \"losers\""), where));
      for (const auto& name : stringList(node["winners"], source, where + ".winners"))
        tier.winners.push_back(indexOf(name, where + ".winners"));
      for (const auto& name : stringList(node["losers"], source, where + ".losers"))
        tier.losers.push_back(indexOf(name, where + ".losers"));
      f.m_tiers.push_back(std::move(tier));
    }
  }
  if (const auto queues = root.find("queues"); queues != root.end()) {
    if (!queues->is_array())
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "'queues' must be a list")));
    for (std::size_t i = 0; i < queues->size(); ++i) {
      const auto& node = (*queues)[i];
      const std::string where = "queues[" + std::to_string(i) + "]";
      if (!node.is_object() || !node.contains("name") || !node["name"].is_string())
        invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "%1 needs a \"name\""), where));
      QueueTier queue;
      queue.name = node["name"].get<std::string>();
      queue.label = node.value("label", queue.name);
      queue.labelZh = node.value("label_zh", queue.label);
      queue.when = parseConditions(node, source, where);
      f.m_queues.push_back(std::move(queue));
    }
  }
  f.validate(source);
  return f;
}

FunnelDefinition FunnelDefinition::fromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw FunnelError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "cannot read the funnel definition '%1'"), path));
  std::ostringstream text;
  text << in.rdbuf();
  return fromJson(text.str(), path);
}

std::string FunnelDefinition::toJson() const {
  json root = json::object();
  root["format"] = kFormatVersion;
  root["name"] = m_name;
  root["observation_days"] = m_observationDays;
  root["label_days"] = m_labelDays;
  json stages = json::array();
  for (const auto& stage : m_stages) {
    json node = json::object();
    node["name"] = stage.name;
    node["grade"] = stage.grade;
    if (stage.positive) node["positive"] = true;
    if (!stage.when.empty()) node["when"] = conditionsJson(stage.when);
    stages.push_back(node);
  }
  root["stages"] = stages;
  json tiers = json::array();
  for (const auto& tier : m_tiers) {
    json node = json::object();
    node["name"] = tier.name;
    node["margin"] = tier.margin;
    json winners = json::array(), losers = json::array();
    for (const int i : tier.winners) winners.push_back(m_stages[static_cast<std::size_t>(i)].name);
    for (const int i : tier.losers) losers.push_back(m_stages[static_cast<std::size_t>(i)].name);
    node["winners"] = winners;
    node["losers"] = losers;
    tiers.push_back(node);
  }
  root["tiers"] = tiers;
  json queues = json::array();
  for (const auto& queue : m_queues) {
    json node = json::object();
    node["name"] = queue.name;
    node["label"] = queue.label;
    node["label_zh"] = queue.labelZh;
    if (!queue.when.empty()) node["when"] = conditionsJson(queue.when);
    queues.push_back(node);
  }
  root["queues"] = queues;
  return root.dump(2);
}

void FunnelDefinition::validate(const std::string& source) {
  if (m_observationDays < 0)
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "observation_days must not be negative")));
  if (m_labelDays <= 0)
    invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "label_days must be positive")));
  m_defaultStage = -1;
  bool anyPositive = false;
  for (std::size_t i = 0; i < m_stages.size(); ++i) {
    anyPositive = anyPositive || m_stages[i].positive;
    if (m_stages[i].when.empty()) {
      if (m_defaultStage >= 0)
        invalid(source,
                Message(QT_TRANSLATE_NOOP("ll::engine",
                                          "stages '%1' and '%2' both have no \"when\"; exactly one stage is "
                                          "the default"),
                        m_stages[static_cast<std::size_t>(m_defaultStage)].name, m_stages[i].name));
      m_defaultStage = static_cast<int>(i);
    }
  }
  if (m_defaultStage < 0)
    invalid(source,
            Message(QT_TRANSLATE_NOOP("ll::engine",
                                      "one stage must have no \"when\": the stage of a lead nothing happened "
                                      "to")));
  if (!anyPositive)
    invalid(source, Message(QT_TRANSLATE_NOOP(
                        "ll::engine", "no stage is marked \"positive\": which stage is the conversion?")));
  const auto n = m_stages.size();
  m_preferenceTable.assign(n, std::vector<int>(n, 0));
  for (std::size_t t = 0; t < m_tiers.size(); ++t) {
    const auto& tier = m_tiers[t];
    if (tier.winners.empty() || tier.losers.empty())
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine",
                                                "tier '%1' needs at least one winner and one loser stage"),
                              tier.name));
    if (tier.margin < 0)
      invalid(source, Message(QT_TRANSLATE_NOOP("ll::engine", "tier '%1' has a negative margin"), tier.name));
    for (const int w : tier.winners) {
      for (const int l : tier.losers) {
        if (w == l)
          invalid(source,
                  Message(QT_TRANSLATE_NOOP("ll::engine", "tier '%1' lists stage '%2' as winner and loser"),
                          tier.name, m_stages[static_cast<std::size_t>(w)].name));
        auto& cell = m_preferenceTable[static_cast<std::size_t>(w)][static_cast<std::size_t>(l)];
        if (cell != 0)
          invalid(source,
                  Message(QT_TRANSLATE_NOOP("ll::engine", "stages '%1' and '%2' are paired by two tiers"),
                          m_stages[static_cast<std::size_t>(w)].name,
                          m_stages[static_cast<std::size_t>(l)].name));
        cell = static_cast<int>(t) + 1;
        m_preferenceTable[static_cast<std::size_t>(l)][static_cast<std::size_t>(w)] = -(static_cast<int>(t) + 1);
      }
    }
  }
  int defaultQueues = 0;
  for (const auto& queue : m_queues) defaultQueues += queue.when.empty() ? 1 : 0;
  if (!m_queues.empty() && defaultQueues != 1)
    invalid(source,
            Message(QT_TRANSLATE_NOOP("ll::engine",
                                      "exactly one queue must have no \"when\" (the queue of leads nothing "
                                      "happened to)")));
}

int FunnelDefinition::stageIndex(const std::string& name) const {
  for (std::size_t i = 0; i < m_stages.size(); ++i)
    if (m_stages[i].name == name) return static_cast<int>(i);
  return -1;
}

int FunnelDefinition::stageMatching(const std::vector<InteractionRecord>& interactions, std::optional<std::int64_t> from,
                                    std::optional<std::int64_t> to) const {
  int best = m_defaultStage;
  for (const auto& interaction : interactions) {
    if (from || to) {
      if (!interaction.at) continue;
      if (from && *interaction.at <= *from) continue;
      if (to && *interaction.at > *to) continue;
    }
    // Stages are listed by priority: only an earlier stage than the best so far can win.
    const int limit = best == m_defaultStage ? static_cast<int>(m_stages.size()) : best;
    for (int s = 0; s < limit; ++s) {
      const auto& stage = m_stages[static_cast<std::size_t>(s)];
      if (!stage.when.empty() && anyMatches(stage.when, interaction)) {
        best = s;
        break;
      }
    }
    if (best == 0) break;
  }
  return best;
}

int FunnelDefinition::stageInWindow(const std::vector<InteractionRecord>& interactions, std::int64_t from,
                                    std::int64_t to) const {
  return stageMatching(interactions, from, to);
}

int FunnelDefinition::stageOf(const std::vector<InteractionRecord>& interactions) const {
  return stageMatching(interactions, std::nullopt, std::nullopt);
}

std::int64_t FunnelDefinition::snapshotAt(std::int64_t createdAt) const {
  return createdAt + static_cast<std::int64_t>(m_observationDays) * kDay;
}

std::int64_t FunnelDefinition::labelEnd(std::int64_t createdAt) const {
  return snapshotAt(createdAt) + static_cast<std::int64_t>(m_labelDays) * kDay;
}

std::string FunnelDefinition::queueOf(const LeadRecord& lead) const {
  if (m_queues.empty()) return {};
  std::string fallback;
  for (const auto& queue : m_queues) {
    if (queue.when.empty()) {
      fallback = queue.name;
      continue;
    }
    for (const auto& interaction : lead.interactions)
      if (anyMatches(queue.when, interaction)) return queue.name;
  }
  return fallback;
}

std::optional<FunnelDefinition::Preference> FunnelDefinition::preference(int stageA, int stageB) const {
  const auto n = static_cast<int>(m_stages.size());
  if (stageA < 0 || stageB < 0 || stageA >= n || stageB >= n) return std::nullopt;
  const int cell = m_preferenceTable[static_cast<std::size_t>(stageA)][static_cast<std::size_t>(stageB)];
  if (cell == 0) return std::nullopt;
  return Preference{std::abs(cell) - 1, cell > 0};
}

FunnelDefinition FunnelDefinition::withoutTier(const std::string& tierName) const {
  FunnelDefinition copy = *this;
  const auto before = copy.m_tiers.size();
  std::erase_if(copy.m_tiers, [&](const PreferenceTier& tier) { return tier.name == tierName; });
  if (copy.m_tiers.size() == before)
    throw FunnelError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "funnel '%1' has no tier '%2'"), m_name, tierName));
  copy.validate(m_name);
  return copy;
}

FunnelDefinition FunnelDefinition::withMargins(double margin) const {
  FunnelDefinition copy = *this;
  for (auto& tier : copy.m_tiers) tier.margin = margin;
  copy.validate(m_name);
  return copy;
}

}  // namespace ll::engine
