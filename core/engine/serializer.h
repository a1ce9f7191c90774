#pragma once
// Lead -> text -> token ids, the same way in training and in scoring: the template, its language
// and the token budget travel in the checkpoint manifest (engine/checkpoint.h).
//
// The text is a list of segments, each one line ending in "\n":
//   header, profile field lines, [interactions header, interaction lines newest first], prompt
// and the token ids are the concatenation of each segment's own encoding, so every segment has an
// exact token span (the GUI's "why this rank" removes one span at a time and rescores), a cut at
// the budget never splits a token, and decode(ids) is exactly the returned text.
// Line breaks inside note text become spaces, so a segment is always one line.
//
// Times are relative to the snapshot ("3 days ago"): absolute dates do not generalise. What is
// after the snapshot, and interactions without a date (which cannot be placed before it), are left
// out, as LeadRecord::cutAt does: no input may see the label window.
//
// Budget: the prompt and the profile always fit (profile lines are dropped from the end only when
// the budget is smaller than profile + prompt); interactions are added newest first while whole
// lines fit; the first one that does not fit is cut at a token boundary that is also a character
// boundary (with an ellipsis) if a useful part of it fits, and no older one follows it.
//
// Plain C++ (no Qt, no torch). A serializer is immutable and may be used on many threads.

#include "engine/leadrecord.h"
#include "engine/message.h"
#include "engine/tokenizer/bpetokenizer.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ll::engine {

// A template or spec that cannot be used; what() names the source and the field.
class SerializerError : public EngineError {
 public:
  using EngineError::EngineError;
};

// One profile line: "{label}{value}". Keys: "created" (the lead's age, "3 days ago"),
// "activity" (counts per interaction kind, longest call), "last_contact" (age of the newest
// interaction), the lead schema names "channel", "city", "city_tier", "store_id",
// "specialist_id", "specialist_tier", "model_interest", "budget_band", "current_vehicle",
// "financing_interest", and "attribute:<key>" for an imported extra column. Lines whose value is
// empty are left out.
struct SerializerField {
  std::string key;
  std::string label;  // e.g. "Channel: "
};

// The declarative template. Placeholders: {n} in agoDays; {ago}, {kind}, {details}, {text} in
// interactionLine; {minutes}, {seconds} in durationFormat; {duration} in callDuration; {outcome}
// in outcomePart; {kind}, {count} in activityItem.
struct SerializerTemplate {
  std::string header;                       // first line, e.g. "Lead profile"
  std::vector<SerializerField> fields;      // profile lines in this order
  std::string interactionsHeader;           // "Interactions, newest first:"
  std::string noInteractions;               // line used when none is known at the snapshot
  std::string interactionLine;              // "- {ago}: {kind}{details}{text}"
  std::string textPart;                     // before the note text: ": "
  std::string durationFormat;               // "{minutes} min {seconds} s"
  std::string callDuration;                 // " ({duration})"
  std::string callUnanswered;               // " (not answered)"
  std::string outcomePart;                  // ", result: {outcome}"
  std::string agoToday, agoOneDay, agoDays, agoUnknown;  // "today", "1 day ago", "{n} days ago"
  std::string activityItem;                 // "{count} {kind}"
  std::string activitySeparator;            // ", "
  std::string activityNone;                 // "no contact yet"
  std::string ellipsis;                     // appended to a note cut at the budget: "…"
  std::string prompt;                       // last line: "Will this lead lock an order? Answer:"
  std::map<std::string, std::string> kindNames;  // "call" -> "call", "test_drive" -> "test drive"

  static SerializerTemplate english();
  static SerializerTemplate chinese();
};

// Template + language + token budget: the "serializer" object of a checkpoint manifest.
struct SerializerSpec {
  std::string language = "en";  // "en" or "zh": which built-in template `defaults` gives
  std::size_t tokenBudget = 320;
  SerializerTemplate tmpl = SerializerTemplate::english();

  // The built-in template for "en" or "zh"; throws SerializerError for another language.
  static SerializerSpec defaults(std::string_view language, std::size_t tokenBudget = 320);
  // JSON object text: {"language": ..., "token_budget": ..., "template": {...}}. fromJson()
  // checks every key and type and throws SerializerError naming `source` and the field.
  [[nodiscard]] std::string toJson() const;
  static SerializerSpec fromJson(std::string_view text, const std::string& source);
};

enum class SegmentKind { Header, Field, InteractionsHeader, Interaction, Prompt };

struct Segment {
  SegmentKind kind = SegmentKind::Field;
  std::string key;               // field key for Field segments; empty otherwise
  std::int64_t interaction = -1; // index into LeadRecord::interactions for Interaction segments
  std::string text;              // the segment's text (one line, "\n" at the end)
  std::size_t tokenBegin = 0;    // [tokenBegin, tokenEnd) in SerializedLead::ids
  std::size_t tokenEnd = 0;
  bool truncated = false;        // an interaction cut at the budget
};

struct SerializedLead {
  std::vector<tokenizer::TokenId> ids;
  std::string text;              // concatenation of the segments' texts == decode(ids)
  std::vector<Segment> segments;
  std::size_t interactionsKnown = 0;  // dated at or before the snapshot
  std::size_t interactionsKept = 0;   // of which in the text (a truncated one counts)

  // The ids with one segment's span removed (occlusion).
  [[nodiscard]] std::vector<tokenizer::TokenId> idsWithout(std::size_t segment) const;
};

class LeadSerializer {
 public:
  // Throws SerializerError when the budget cannot hold the prompt plus a few tokens.
  LeadSerializer(std::shared_ptr<const tokenizer::BpeTokenizer> tokenizer, SerializerSpec spec);

  // The lead as known at `snapshot` (seconds since epoch).
  [[nodiscard]] SerializedLead serialize(const LeadRecord& lead, std::int64_t snapshot) const;
  // Only the ids (the same ids serialize() gives).
  [[nodiscard]] std::vector<tokenizer::TokenId> encode(const LeadRecord& lead, std::int64_t snapshot) const;

  // encode() for many leads on `threads` threads (0 = hardware concurrency), in input order.
  // `snapshots` holds one time per lead, or a single time for all.
  [[nodiscard]] std::vector<std::vector<tokenizer::TokenId>> encodeMany(std::span<const LeadRecord> leads,
                                                                       std::span<const std::int64_t> snapshots,
                                                                       int threads = 0) const;

  [[nodiscard]] const SerializerSpec& spec() const { return m_spec; }
  [[nodiscard]] const tokenizer::BpeTokenizer& tokenizer() const { return *m_tokenizer; }

 private:
  std::shared_ptr<const tokenizer::BpeTokenizer> m_tokenizer;
  SerializerSpec m_spec;
  std::vector<tokenizer::TokenId> m_promptIds;
  std::vector<tokenizer::TokenId> m_ellipsisIds;
};

// "3 days ago" etc. for `seconds` elapsed (negative counts as today).
std::string relativeAge(const SerializerTemplate& tmpl, std::int64_t seconds);

}  // namespace ll::engine
