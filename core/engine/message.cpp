#include "engine/message.h"

namespace ll::engine {

Message Message::untranslated(std::string text) {
  Message m("%1", std::move(text));
  m.m_context = nullptr;
  return m;
}

std::string Message::english() const {
  std::vector<std::string> args;
  args.reserve(m_args.size());
  for (const auto& a : m_args) args.push_back(a.isMessage() ? a.message().english() : a.text());
  return substitutePlaceholders(m_source, args);
}

std::string substitutePlaceholders(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(pattern.size() + 32 * args.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
      if (n < args.size()) {
        out += args[n];
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

Message joinMessages(const std::vector<Message>& parts) {
  if (parts.empty()) return Message::untranslated({});
  Message joined = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i)
    joined = Message(QT_TRANSLATE_NOOP("ll::engine", "%1; %2"), std::move(joined), parts[i]);
  return joined;
}

const Message* messageOf(const std::exception& e) noexcept {
  const auto* carrier = dynamic_cast<const MessageCarrier*>(&e);
  return carrier ? &carrier->message() : nullptr;
}

Message messageOrText(const std::exception& e) {
  if (const auto* m = messageOf(e)) return *m;
  return Message::untranslated(e.what());
}

}  // namespace ll::engine
