#include "engine/serializer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace ll::engine {

using tokenizer::TokenId;

namespace {

// A truncated interaction keeps at least this many of its own tokens, else it is left out.
constexpr std::size_t kMinPartialTokens = 12;
// The budget must leave room for a few profile tokens besides the prompt.
constexpr std::size_t kMinFreeTokens = 16;

// Replaces "{name}" in `pattern` by the values given.
std::string fill(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string out;
  out.reserve(pattern.size() + 32);
  std::size_t i = 0;
  while (i < pattern.size()) {
    if (pattern[i] == '{') {
      const auto close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const auto name = pattern.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [key, value] : values)
          if (key == name) {
            out += value;
            replaced = true;
            break;
          }
        if (replaced) {
          i = close + 1;
          continue;
        }
      }
    }
    out += pattern[i++];
  }
  return out;
}

// One line of note text: control characters (line breaks, tabs) become spaces, runs of spaces
// collapse, ends are trimmed.
std::string oneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string kindName(const SerializerTemplate& t, InteractionKind kind) {
  const std::string key = interactionKindName(kind);
  const auto it = t.kindNames.find(key);
  return it != t.kindNames.end() ? it->second : key;
}

std::string durationText(const SerializerTemplate& t, double seconds) {
  const auto total = static_cast<std::int64_t>(std::llround(std::max(0.0, seconds)));
  return fill(t.durationFormat, {{"minutes", std::to_string(total / 60)}, {"seconds", std::to_string(total % 60)}});
}

// Length of the longest prefix of `bytes` that ends on a UTF-8 character boundary.
std::size_t completeUtf8Prefix(std::string_view bytes) {
  std::size_t n = bytes.size();
  // Walk back over at most 3 continuation bytes to the lead byte of the last character.
  std::size_t back = 0;
  while (back < 4 && back < n && (static_cast<unsigned char>(bytes[n - 1 - back]) & 0xC0) == 0x80) ++back;
  if (back == n) return 0;
  const auto lead = static_cast<unsigned char>(bytes[n - 1 - back]);
  std::size_t need = 1;
  if (lead >= 0xF0) need = 4;
  else if (lead >= 0xE0) need = 3;
  else if (lead >= 0xC0) need = 2;
  return back + 1 >= need ? n : n - back - 1;
}

const std::vector<std::string>& schemaFieldKeys() {
  static const std::vector<std::string> keys = {
      "created", "activity", "last_contact", "longest_call", "channel", "city", "city_tier", "store_id",
      "specialist_id", "specialist_tier", "model_interest", "budget_band", "current_vehicle", "financing_interest"};
  return keys;
}

bool knownFieldKey(const std::string& key) {
  if (key.starts_with("attribute:")) return key.size() > 10;
  const auto& keys = schemaFieldKeys();
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

std::string relativeAge(const SerializerTemplate& tmpl, std::int64_t seconds) {
  const auto days = seconds <= 0 ? 0 : seconds / 86400;
  if (days == 0) return tmpl.agoToday;
  if (days == 1) return tmpl.agoOneDay;
  return fill(tmpl.agoDays, {{"n", std::to_string(days)}});
}

// ---------------------------------------------------------------------------------------------
// Templates

SerializerTemplate SerializerTemplate::english() {
  SerializerTemplate t;
  t.header = "Sales lead";
  t.fields = {{"created", "Created: "},
              {"activity", "Activity: "},
              {"last_contact", "Last contact: "},
              {"longest_call", "Longest call: "},
              {"channel", "Channel: "},
              {"model_interest", "Model of interest: "},
              {"budget_band", "Budget: "},
              {"financing_interest", "Financing: "},
              {"current_vehicle", "Current vehicle: "},
              {"city", "City: "},
              {"city_tier", "City tier: "},
              {"specialist_tier", "Specialist tier: "}};
  t.interactionsHeader = "Interactions, newest first:";
  t.noInteractions = "No interactions yet.";
  t.interactionLine = "- {ago}: {kind}{details}{text}";
  t.textPart = ": ";
  t.durationFormat = "{minutes} min {seconds} s";
  t.callDuration = " ({duration})";
  t.callUnanswered = " (not answered)";
  t.outcomePart = ", result: {outcome}";
  t.agoToday = "today";
  t.agoOneDay = "1 day ago";
  t.agoDays = "{n} days ago";
  t.agoUnknown = "date unknown";
  t.activityItem = "{kind} x{count}";
  t.activitySeparator = ", ";
  t.activityNone = "no contact yet";
  t.ellipsis = "…";
  t.prompt = "Will this lead lock an order? Answer:";
  t.kindNames = {{"call", "call"},         {"message", "message"}, {"store_visit", "store visit"},
                 {"test_drive", "test drive"}, {"quote", "quote"}, {"order_lock", "order locked"},
                 {"defeat", "lost"},       {"note", "note"}};
  return t;
}

SerializerTemplate SerializerTemplate::chinese() {
  SerializerTemplate t;
  t.header = "销售线索";
  t.fields = {{"created", "创建：" },
              {"activity", "跟进：" },
              {"last_contact", "最近联系：" },
              {"longest_call", "最长通话：" },
              {"channel", "渠道：" },
              {"model_interest", "意向车型：" },
              {"budget_band", "预算：" },
              {"financing_interest", "金融意向：" },
              {"current_vehicle", "现有车辆：" },
              {"city", "城市：" },
              {"city_tier", "城市级别：" },
              {"specialist_tier", "顾问级别：" }};
  t.interactionsHeader = "跟进记录（最新在前）：";
  t.noInteractions = "暂无跟进记录。";
  t.interactionLine = "- {ago}：{kind}{details}{text}";
  t.textPart = "：";
  t.durationFormat = "{minutes}分{seconds}秒";
  t.callDuration = "（{duration}）";
  t.callUnanswered = "（未接通）";
  t.outcomePart = "，结果：{outcome}";
  t.agoToday = "今天";
  t.agoOneDay = "1天前";
  t.agoDays = "{n}天前";
  t.agoUnknown = "日期不详";
  t.activityItem = "{kind}{count}次";
  t.activitySeparator = "，";
  t.activityNone = "尚未联系";
  t.ellipsis = "…";
  t.prompt = "该线索会锁单吗？回答：";
  t.kindNames = {{"call", "电话"},     {"message", "消息"},   {"store_visit", "到店"}, {"test_drive", "试驾"},
                 {"quote", "报价"},    {"order_lock", "锁单"}, {"defeat", "战败"},     {"note", "备注"}};
  return t;
}

SerializerSpec SerializerSpec::defaults(std::string_view language, std::size_t tokenBudget) {
  SerializerSpec spec;
  spec.tokenBudget = tokenBudget;
  if (language == "en") {
    spec.language = "en";
    spec.tmpl = SerializerTemplate::english();
  } else if (language == "zh") {
    spec.language = "zh";
    spec.tmpl = SerializerTemplate::chinese();
  } else {
    throw SerializerError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "unknown serializer language \"%1\": use \"en\" or \"zh\"."),
                language));
  }
  return spec;
}

namespace {

// The template's string members by JSON key, so toJson and fromJson cannot drift apart.
std::vector<std::pair<const char*, std::string SerializerTemplate::*>> stringMembers() {
  return {{"header", &SerializerTemplate::header},
          {"interactions_header", &SerializerTemplate::interactionsHeader},
          {"no_interactions", &SerializerTemplate::noInteractions},
          {"interaction_line", &SerializerTemplate::interactionLine},
          {"text_part", &SerializerTemplate::textPart},
          {"duration_format", &SerializerTemplate::durationFormat},
          {"call_duration", &SerializerTemplate::callDuration},
          {"call_unanswered", &SerializerTemplate::callUnanswered},
          {"outcome_part", &SerializerTemplate::outcomePart},
          {"ago_today", &SerializerTemplate::agoToday},
          {"ago_one_day", &SerializerTemplate::agoOneDay},
          {"ago_days", &SerializerTemplate::agoDays},
          {"ago_unknown", &SerializerTemplate::agoUnknown},
          {"activity_item", &SerializerTemplate::activityItem},
          {"activity_separator", &SerializerTemplate::activitySeparator},
          {"activity_none", &SerializerTemplate::activityNone},
          {"ellipsis", &SerializerTemplate::ellipsis},
          {"prompt", &SerializerTemplate::prompt}};
}

}  // namespace

std::string SerializerSpec::toJson() const {
  nlohmann::ordered_json t;
  for (const auto& [key, member] : stringMembers()) t[key] = tmpl.*member;
  auto fields = nlohmann::ordered_json::array();
  for (const auto& f : tmpl.fields) fields.push_back({{"key", f.key}, {"label", f.label}});
  t["fields"] = fields;
  nlohmann::ordered_json kinds = nlohmann::ordered_json::object();
  for (int i = 0; i < kInteractionKindCount; ++i) {
    const std::string key = interactionKindName(static_cast<InteractionKind>(i));
    const auto it = tmpl.kindNames.find(key);
    kinds[key] = it != tmpl.kindNames.end() ? it->second : key;
  }
  t["kind_names"] = kinds;
  nlohmann::ordered_json out;
  out["language"] = language;
  out["token_budget"] = tokenBudget;
  out["template"] = t;
  return out.dump(2);
}

SerializerSpec SerializerSpec::fromJson(std::string_view text, const std::string& source) {
  // `sentence` reads "%1: serializer.%2 ..." with the source as %1 and the key under "serializer" as %2.
  const auto bad = [&](const char* sentence, const std::string& key, auto&&... args) {
    return SerializerError(Message(sentence, source, key, std::forward<decltype(args)>(args)...));
  };
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw SerializerError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the serializer spec is not valid JSON (%2)."), source,
                e.what()));
  }
  if (!j.is_object())
    throw SerializerError(
        Message(QT_TRANSLATE_NOOP("ll::engine", "%1: the serializer spec must be a JSON object."), source));
  SerializerSpec spec;
  if (!j.contains("language") || !j["language"].is_string())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be a string (\"en\" or \"zh\")."),
              "language");
  spec.language = j["language"].get<std::string>();
  if (spec.language != "en" && spec.language != "zh")
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 is \"%3\": use \"en\" or \"zh\"."),
              "language", spec.language);
  if (!j.contains("token_budget") || !j["token_budget"].is_number_unsigned())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be a positive integer."),
              "token_budget");
  spec.tokenBudget = j["token_budget"].get<std::size_t>();
  if (spec.tokenBudget < 32 || spec.tokenBudget > 1'000'000)
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 is %3: it must lie between 32 and 1000000."),
              "token_budget", spec.tokenBudget);
  if (!j.contains("template") || !j["template"].is_object())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be a JSON object."), "template");
  const auto& t = j["template"];
  for (const auto& [key, member] : stringMembers()) {
    if (!t.contains(key) || !t[key].is_string())
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be a string."),
                std::string("template.") + key);
    spec.tmpl.*member = t[key].get<std::string>();
  }
  if (!t.contains("fields") || !t["fields"].is_array())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be an array of {\"key\", \"label\"}."),
              "template.fields");
  spec.tmpl.fields.clear();
  for (std::size_t i = 0; i < t["fields"].size(); ++i) {
    const auto& f = t["fields"][i];
    const auto at = "template.fields[" + std::to_string(i) + "]";
    if (!f.is_object() || !f.contains("key") || !f["key"].is_string() || !f.contains("label") ||
        !f["label"].is_string())
      throw bad(
          QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be {\"key\": string, \"label\": string}."),
          at);
    SerializerField field{f["key"].get<std::string>(), f["label"].get<std::string>()};
    if (!knownFieldKey(field.key))
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2: unknown field key \"%3\"."), at,
                field.key);
    spec.tmpl.fields.push_back(std::move(field));
  }
  if (!t.contains("kind_names") || !t["kind_names"].is_object())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be an object (kind -> words)."),
              "template.kind_names");
  spec.tmpl.kindNames.clear();
  for (const auto& [key, value] : t["kind_names"].items()) {
    if (!interactionKindFromName(key))
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2: unknown interaction kind \"%3\"."),
                "template.kind_names", key);
    if (!value.is_string())
      throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must be a string."),
                "template.kind_names." + key);
    spec.tmpl.kindNames[key] = value.get<std::string>();
  }
  if (spec.tmpl.prompt.empty())
    throw bad(QT_TRANSLATE_NOOP("ll::engine", "%1: serializer.%2 must not be empty."), "template.prompt");
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Serializer

std::vector<TokenId> SerializedLead::idsWithout(std::size_t segment) const {
  if (segment >= segments.size()) return ids;
  const auto& s = segments[segment];
  std::vector<TokenId> out;
  out.reserve(ids.size() - (s.tokenEnd - s.tokenBegin));
  out.insert(out.end(), ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(s.tokenBegin));
  out.insert(out.end(), ids.begin() + static_cast<std::ptrdiff_t>(s.tokenEnd), ids.end());
  return out;
}

LeadSerializer::LeadSerializer(std::shared_ptr<const tokenizer::BpeTokenizer> tokenizer, SerializerSpec spec)
    : m_tokenizer(std::move(tokenizer)), m_spec(std::move(spec)) {
  if (!m_tokenizer)
    throw SerializerError(Message(QT_TRANSLATE_NOOP("ll::engine", "the serializer needs a tokenizer.")));
  m_promptIds = m_tokenizer->encode(m_spec.tmpl.prompt);
  m_ellipsisIds = m_tokenizer->encode(m_spec.tmpl.ellipsis + "\n");
  if (m_spec.tokenBudget < m_promptIds.size() + kMinFreeTokens)
    throw SerializerError(
        Message(QT_TRANSLATE_NOOP("ll::engine",
                                  "a token budget of %1 cannot hold the prompt (%2 tokens) and the "
                                  "lead: give at least %3."),
                m_spec.tokenBudget, m_promptIds.size(), m_promptIds.size() + kMinFreeTokens));
}

namespace {

struct Line {
  SegmentKind kind;
  std::string key;
  std::int64_t interaction = -1;
  std::string text;  // without the final "\n"
};

std::string fieldValue(const SerializerTemplate& t, const std::string& key, const LeadRecord& lead,
                       const std::vector<std::size_t>& known, std::int64_t snapshot) {
  if (key == "created") return lead.createdAt ? relativeAge(t, snapshot - *lead.createdAt) : std::string();
  if (key == "activity") {
    if (known.empty()) return t.activityNone;
    std::array<int, kInteractionKindCount> counts{};
    for (const auto i : known) ++counts[static_cast<std::size_t>(lead.interactions[i].kind)];
    std::string out;
    for (int k = 0; k < kInteractionKindCount; ++k) {
      if (counts[static_cast<std::size_t>(k)] == 0) continue;
      if (!out.empty()) out += t.activitySeparator;
      out += fill(t.activityItem, {{"kind", kindName(t, static_cast<InteractionKind>(k))},
                                   {"count", std::to_string(counts[static_cast<std::size_t>(k)])}});
    }
    return out;
  }
  if (key == "last_contact") {
    if (known.empty()) return {};
    return relativeAge(t, snapshot - *lead.interactions[known.back()].at);
  }
  if (key == "longest_call") {
    std::optional<double> longest;
    for (const auto i : known) {
      const auto& r = lead.interactions[i];
      if (r.kind == InteractionKind::Call && r.durationS) longest = std::max(longest.value_or(0.0), *r.durationS);
    }
    return longest && *longest > 0 ? durationText(t, *longest) : std::string();
  }
  if (key.starts_with("attribute:")) {
    const auto name = std::string_view(key).substr(10);
    for (const auto& [k, v] : lead.attributes)
      if (k == name) return oneLine(v);
    return {};
  }
  const std::pair<const char*, const std::string LeadRecord::*> direct[] = {
      {"channel", &LeadRecord::channel},
      {"city", &LeadRecord::city},
      {"city_tier", &LeadRecord::cityTier},
      {"store_id", &LeadRecord::storeId},
      {"specialist_id", &LeadRecord::specialistId},
      {"specialist_tier", &LeadRecord::specialistTier},
      {"model_interest", &LeadRecord::modelInterest},
      {"budget_band", &LeadRecord::budgetBand},
      {"current_vehicle", &LeadRecord::currentVehicle},
      {"financing_interest", &LeadRecord::financingInterest}};
  for (const auto& [name, member] : direct)
    if (key == name) return oneLine(lead.*member);
  return {};
}

std::string interactionText(const SerializerTemplate& t, const InteractionRecord& r, std::int64_t snapshot) {
  std::string details;
  if (r.kind == InteractionKind::Call && r.durationS) {
    if (*r.durationS > 0)
      details += fill(t.callDuration, {{"duration", durationText(t, *r.durationS)}});
    else
      details += t.callUnanswered;
  }
  const auto outcome = oneLine(r.outcome);
  if (!outcome.empty()) details += fill(t.outcomePart, {{"outcome", outcome}});
  const auto note = oneLine(r.text);
  const std::string text = note.empty() ? std::string() : t.textPart + note;
  const auto ago = r.at ? relativeAge(t, snapshot - *r.at) : t.agoUnknown;
  return fill(t.interactionLine, {{"ago", ago}, {"kind", kindName(t, r.kind)}, {"details", details}, {"text", text}});
}

}  // namespace

SerializedLead LeadSerializer::serialize(const LeadRecord& lead, std::int64_t snapshot) const {
  const auto& t = m_spec.tmpl;
  const auto& tok = *m_tokenizer;
  const auto budget = m_spec.tokenBudget;

  // Interactions known at the snapshot, oldest first (the record's order).
  std::vector<std::size_t> known;
  for (std::size_t i = 0; i < lead.interactions.size(); ++i)
    if (lead.interactions[i].at && *lead.interactions[i].at <= snapshot) known.push_back(i);

  struct Encoded {
    Line line;
    std::vector<TokenId> ids;
    bool truncated = false;
  };
  const auto encodeLine = [&](Line line) {
    Encoded e;
    e.ids = tok.encode(line.text + "\n");
    e.line = std::move(line);
    return e;
  };

  std::vector<Encoded> profile;
  if (!t.header.empty()) profile.push_back(encodeLine({SegmentKind::Header, {}, -1, t.header}));
  for (const auto& field : t.fields) {
    const auto value = fieldValue(t, field.key, lead, known, snapshot);
    if (!value.empty()) profile.push_back(encodeLine({SegmentKind::Field, field.key, -1, field.label + value}));
  }
  std::size_t used = m_promptIds.size();
  std::size_t keepProfile = 0;
  for (const auto& e : profile) {
    if (used + e.ids.size() > budget) break;
    used += e.ids.size();
    ++keepProfile;
  }
  profile.resize(keepProfile);

  std::vector<Encoded> body;
  if (known.empty()) {
    auto e = encodeLine({SegmentKind::InteractionsHeader, {}, -1, t.noInteractions});
    if (!t.noInteractions.empty() && used + e.ids.size() <= budget) {
      used += e.ids.size();
      body.push_back(std::move(e));
    }
  } else {
    auto header = encodeLine({SegmentKind::InteractionsHeader, {}, -1, t.interactionsHeader});
    std::size_t left = budget - used >= header.ids.size() ? budget - used - header.ids.size() : 0;
    for (auto it = known.rbegin(); it != known.rend(); ++it) {
      const auto index = *it;
      auto line = interactionText(t, lead.interactions[index], snapshot);
      auto e = encodeLine({SegmentKind::Interaction, {}, static_cast<std::int64_t>(index), line});
      if (e.ids.size() <= left) {
        left -= e.ids.size();
        body.push_back(std::move(e));
        continue;
      }
      // Cut this one at a token boundary that is also a character boundary, then stop.
      if (left >= m_ellipsisIds.size() + kMinPartialTokens) {
        auto ids = tok.encode(line);
        std::size_t keep = std::min(ids.size(), left - m_ellipsisIds.size());
        while (keep > 0) {
          const auto bytes = tok.decodeBytes(std::span<const TokenId>(ids.data(), keep));
          if (completeUtf8Prefix(bytes) == bytes.size()) break;
          --keep;
        }
        if (keep >= kMinPartialTokens) {
          ids.resize(keep);
          ids.insert(ids.end(), m_ellipsisIds.begin(), m_ellipsisIds.end());
          e.ids = std::move(ids);
          e.truncated = true;
          body.push_back(std::move(e));
        }
      }
      break;
    }
    if (!body.empty()) {
      used += header.ids.size();
      body.insert(body.begin(), std::move(header));
    }
  }

  SerializedLead out;
  out.interactionsKnown = known.size();
  const auto append = [&](const Line& line, const std::vector<TokenId>& ids, bool truncated) {
    Segment s;
    s.kind = line.kind;
    s.key = line.key;
    s.interaction = line.interaction;
    s.tokenBegin = out.ids.size();
    out.ids.insert(out.ids.end(), ids.begin(), ids.end());
    s.tokenEnd = out.ids.size();
    s.truncated = truncated;
    s.text = tok.decodeBytes(ids);
    out.text += s.text;
    if (s.kind == SegmentKind::Interaction) ++out.interactionsKept;
    out.segments.push_back(std::move(s));
  };
  for (const auto& e : profile) append(e.line, e.ids, false);
  for (const auto& e : body) append(e.line, e.ids, e.truncated);
  append({SegmentKind::Prompt, {}, -1, t.prompt}, m_promptIds, false);
  return out;
}

std::vector<TokenId> LeadSerializer::encode(const LeadRecord& lead, std::int64_t snapshot) const {
  return serialize(lead, snapshot).ids;
}

std::vector<std::vector<TokenId>> LeadSerializer::encodeMany(std::span<const LeadRecord> leads,
                                                             std::span<const std::int64_t> snapshots,
                                                             int threads) const {
  if (snapshots.size() != 1 && snapshots.size() != leads.size())
    throw std::invalid_argument("encodeMany: give one snapshot per lead or a single one for all.");
  std::vector<std::vector<TokenId>> out(leads.size());
  const auto snapshotOf = [&](std::size_t i) { return snapshots.size() == 1 ? snapshots[0] : snapshots[i]; };
  int n = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  n = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(n), (leads.size() + 63) / 64));
  if (n <= 1) {
    for (std::size_t i = 0; i < leads.size(); ++i) out[i] = encode(leads[i], snapshotOf(i));
    return out;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex errorMutex;
  const auto work = [&] {
    try {
      for (;;) {
        const auto begin = next.fetch_add(64);
        if (begin >= leads.size()) return;
        const auto end = std::min(leads.size(), begin + 64);
        for (auto i = begin; i < end; ++i) out[i] = encode(leads[i], snapshotOf(i));
      }
    } catch (...) {
      const std::lock_guard lock(errorMutex);
      if (!error) error = std::current_exception();
      next = leads.size();
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < n; ++i) pool.emplace_back(work);
  work();
  for (auto& th : pool) th.join();
  if (error) std::rethrow_exception(error);
  return out;
}

}  // namespace ll::engine
