#pragma once
// Hugging Face byte-level BPE tokenizer (GPT-2 style byte mapping, Qwen2/Qwen2.5/Qwen3 family),
// read from a `tokenizer.json` and exact to HF `tokenizers` id for id. No Qt: the engine builds
// headless on a GPU server.
//
// Supported tokenizer.json (anything else is rejected with a TokenizerError naming the field):
//   model          BPE: vocab, merges ("a b" strings or [a, b] arrays), ignore_merges; dropout
//                  must be null/0 and continuing_subword_prefix / end_of_word_suffix empty
//   normalizer     null or NFC
//   pre_tokenizer  Sequence[Split(Qwen2 regex, Isolated), ByteLevel(use_regex=false)] or a lone
//                  Split of that form (the ByteLevel mapping is always applied by the model)
//   decoder        ByteLevel (or null: ByteLevel decoding is implied by the byte-level vocab)
//   added_tokens   matched before pre-tokenization, leftmost-longest, with lstrip, rstrip,
//                  single_word and normalized honoured as in HF's AddedVocabulary
//
// Pipeline of encode(): invalid UTF-8 -> U+FFFD (HF only accepts valid strings; this is what
// Python/JS/Rust do when they decode such bytes lossily) -> split out added tokens -> NFC ->
// split out normalized added tokens -> Qwen2 regex pieces -> bytes -> BPE by merge rank.
//
// A tokenizer is immutable after loading and encode()/decode() may run on many threads; the
// word cache is behind a mutex.

#include "engine/message.h"

#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ll::tokenizer {

using TokenId = std::uint32_t;

// A tokenizer.json that cannot be used, or an id that does not exist. what() names the file
// (or "<memory>") and what is wrong.
class TokenizerError : public engine::EngineError {
 public:
  using engine::EngineError::EngineError;
};

struct AddedToken {
  TokenId id = 0;
  std::string content;
  bool special = false;
  bool lstrip = false;
  bool rstrip = false;
  bool singleWord = false;
  bool normalized = false;
};

class BpeTokenizer {
 public:
  // Reads a tokenizer.json; gzip-compressed files (tokenizer.json.gz) are read transparently.
  static BpeTokenizer fromFile(const std::string& path);
  // `sourceName` only appears in error messages.
  static BpeTokenizer fromJson(std::string_view json, const std::string& sourceName = "<memory>");

  BpeTokenizer(BpeTokenizer&&) noexcept;
  BpeTokenizer& operator=(BpeTokenizer&&) noexcept;
  ~BpeTokenizer();

  std::vector<TokenId> encode(std::string_view text) const;

  // Bytes of the tokens, as HF's ByteLevel decoder produces them before its lossy UTF-8
  // conversion. Throws TokenizerError for an id not in the vocabulary (HF would skip it silently;
  // an unknown id here means the ids came from another tokenizer, which is worth an error).
  std::string decodeBytes(std::span<const TokenId> ids, bool skipSpecialTokens = false) const;
  // decodeBytes() with ill-formed UTF-8 (a character split across a cut) replaced by U+FFFD,
  // like HF's decode().
  std::string decode(std::span<const TokenId> ids, bool skipSpecialTokens = false) const;

  // Model vocabulary plus added tokens (the largest id + 1).
  std::size_t vocabSize() const;
  // The token's string as stored in tokenizer.json (byte-level mapped), or empty if unknown.
  std::string idToToken(TokenId id) const;
  // -1 when unknown. Looks at added tokens first, like HF's token_to_id.
  std::int64_t tokenToId(std::string_view token) const;
  const std::vector<AddedToken>& addedTokens() const;

 private:
  struct Impl;
  explicit BpeTokenizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

// GPT-2's bytes_to_unicode(): byte -> the printable character that stands for it in the vocab.
char32_t byteToUnicode(std::uint8_t byte);

}  // namespace ll::tokenizer
