#pragma once
// A hand-written matcher for the Qwen2 pre-tokenizer pattern
//
//   (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
//
// with the leftmost-first, backtracking semantics of Oniguruma (what HF's Rust `tokenizers` uses)
// and Split behaviour "Isolated": every match is a piece. std::regex has no Unicode classes and is
// slow, and a general regex engine is not needed for one fixed pattern.

#include <string_view>
#include <vector>

namespace ll::tokenizer {

// The pattern above, byte for byte as it appears in tokenizer.json (after JSON unescaping).
inline constexpr std::string_view kQwen2Pattern =
    R"((?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

// Appends each match, in order, on well-formed UTF-8 `text` to `pieces`. The pieces cover `text`
// exactly (every character matches one alternative), so their concatenation is `text`.
void splitQwen2(std::string_view text, std::vector<std::string_view>& pieces);

}  // namespace ll::tokenizer
