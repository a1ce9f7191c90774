#pragma once
// Full-text search over interaction notes in English and Chinese.
//
// SQLite's unicode61 tokenizer splits Latin text into words but keeps a run of Chinese
// characters as one token, and the trigram tokenizer finds no string shorter than three
// characters, while most Chinese words have two (租约, 试驾, 预算). So the indexed text is
// prepared here: each run of CJK characters becomes its overlapping bigrams followed by the
// run's last character (客户说 -> "客户 户说 说"), Latin text passes unchanged, and unicode61
// tokenizes the result. A query becomes FTS5 phrases built the same way, which makes a query of
// any length a substring match on CJK text and a word-prefix match on Latin text.

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace ll::crm {

// The text to index for a note (UTF-8 in, UTF-8 out).
std::string searchIndexText(std::string_view utf8);

// The FTS5 MATCH expression for what a person typed: every whitespace-separated term must
// occur. nullopt when the query holds nothing searchable (empty, punctuation only).
std::optional<std::string> searchMatchExpression(const QString& query);

}  // namespace ll::crm
