#pragma once
// Translatable messages for a Qt-free engine. An engine error carries a Message: an English source
// text with %1..%9 placeholders and its arguments, kept apart so that a Qt front end can translate
// the source (QCoreApplication::translate(context, source)) and then fill in the arguments, while
// what() stays the English sentence for the CLI and the logs. An argument may itself be a
// message (a reason inside a sentence about a file), translated on its own.
//
// Every source text is written at its throw site as QT_TRANSLATE_NOOP("ll::engine", "..."):
// lupdate finds texts by that name, and without Qt the macro is the text itself.

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace ll::engine {

// The translation context of every engine message.
inline constexpr const char* kMessageContext = "ll::engine";

class Message;

// One argument of a message: a text (a path, a key, a number, a third-party library's message)
// or a message of its own.
class MessageArg {
 public:
  MessageArg(std::string text) : m_text(std::move(text)) {}  // NOLINT(google-explicit-constructor)
  MessageArg(const char* text) : m_text(text) {}             // NOLINT(google-explicit-constructor)
  MessageArg(std::string_view text) : m_text(text) {}        // NOLINT(google-explicit-constructor)
  // Numbers as std::to_string writes them. (enable_if rather than a requires-clause: moc parses
  // this header through the tests and does not understand concepts.)
  template <typename T,
            std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>,
                             int> = 0>
  MessageArg(T value) : m_text(std::to_string(value)) {}  // NOLINT(google-explicit-constructor)
  MessageArg(Message message);                            // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool isMessage() const { return m_message != nullptr; }
  [[nodiscard]] const std::string& text() const { return m_text; }  // empty for a message
  [[nodiscard]] const Message& message() const { return *m_message; }

 private:
  std::string m_text;
  std::shared_ptr<const Message> m_message;
};

class Message {
 public:
  Message() = default;
  // `source` must be a string literal marked QT_TRANSLATE_NOOP("ll::engine", ...): it is kept as a
  // pointer and is what the translation is looked up by.
  template <typename... Args>
  explicit Message(const char* source, Args&&... args)
      : m_context(kMessageContext), m_source(source), m_args{MessageArg(std::forward<Args>(args))...} {}

  // A text that has no translation (a third-party library's message): shown as it is.
  static Message untranslated(std::string text);

  // nullptr for an untranslated text.
  [[nodiscard]] const char* context() const { return m_context; }
  [[nodiscard]] const char* source() const { return m_source; }
  [[nodiscard]] const std::vector<MessageArg>& args() const { return m_args; }
  [[nodiscard]] bool translatable() const { return m_context != nullptr; }

  // The English text: the source with every argument (messages in English) substituted.
  [[nodiscard]] std::string english() const;

 private:
  const char* m_context = nullptr;
  const char* m_source = "";
  std::vector<MessageArg> m_args;
};

inline MessageArg::MessageArg(Message message)
    : m_message(std::make_shared<const Message>(std::move(message))) {}

// Replaces each %1..%9 in `pattern` by args[N-1], once and left to right: text that an argument
// brings in (a path holding "%1") is never substituted again. A placeholder without an argument,
// and a '%' not followed by 1..9, stay as they are.
std::string substitutePlaceholders(std::string_view pattern, const std::vector<std::string>& args);

// Messages joined with "; " (a list of problems), as one message whose separator translates.
Message joinMessages(const std::vector<Message>& parts);

// What an engine exception carries besides its English what(). Mixed into exception classes so
// that one dynamic_cast finds the message whatever standard exception the class derives from.
class MessageCarrier {
 public:
  [[nodiscard]] const Message& message() const noexcept { return *m_message; }

 protected:
  explicit MessageCarrier(Message message) : m_message(std::make_shared<const Message>(std::move(message))) {}
  MessageCarrier(const MessageCarrier&) noexcept = default;
  MessageCarrier& operator=(const MessageCarrier&) noexcept = default;
  ~MessageCarrier() = default;

 private:
  // Shared so that copying an exception cannot throw.
  std::shared_ptr<const Message> m_message;
};

// The base of the engine's errors: what() is the English text.
class EngineError : public std::runtime_error, public MessageCarrier {
 public:
  explicit EngineError(Message message)
      : std::runtime_error(message.english()), MessageCarrier(std::move(message)) {}
  // An English text without a translation (code paths the desktop does not reach).
  explicit EngineError(const std::string& text) : EngineError(Message::untranslated(text)) {}
};

// A std::invalid_argument with a message, for callers that tell bad input from other failures.
class InvalidArgumentError : public std::invalid_argument, public MessageCarrier {
 public:
  explicit InvalidArgumentError(Message message)
      : std::invalid_argument(message.english()), MessageCarrier(std::move(message)) {}
};

// The message an engine exception carries, or nullptr for any other exception.
const Message* messageOf(const std::exception& e) noexcept;

// The message of an engine exception, or the exception's what() as an untranslated text.
Message messageOrText(const std::exception& e);

}  // namespace ll::engine
