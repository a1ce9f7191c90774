#pragma once
// Byte-level BPE trainer: learns merges from a corpus and writes a tokenizer.json in the same
// shape as Qwen2's (NFC normalizer, Qwen2 Split + ByteLevel pre-tokenizer, BPE model, ByteLevel
// decoder), readable by BpeTokenizer and by Hugging Face tooling (tokenizers, tokenizers.js).
//
// Vocabulary layout: the special tokens first (ids 0..k-1, also listed as added_tokens), then the
// 256 byte characters ordered by code point, then one token per merge in the order learned.
// Each step merges the most frequent adjacent pair over all words (word = one pre-tokenizer
// piece, weighted by how often it occurs); ties go to the pair with the smaller (left id,
// right id), so training is deterministic. Special tokens in the corpus are cut out first and
// never take part in merges.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace ll::tokenizer {

struct BpeTrainerOptions {
  std::size_t vocabSize = 1000;  // including the special tokens and the 256 byte tokens
  std::vector<std::string> specialTokens;
  std::uint64_t minFrequency = 2;  // a pair seen fewer times is never merged
  bool nfc = true;                 // NFC-normalize the corpus and declare an NFC normalizer
};

struct BpeTrainingResult {
  std::string json;  // the tokenizer.json text
  std::size_t vocabSize = 0;
  std::size_t mergeCount = 0;
};

// Throws std::invalid_argument when vocabSize cannot hold the special and byte tokens, or a
// special token is empty or repeated. Training stops early (vocabSize then smaller than asked)
// only when no pair reaches minFrequency.
BpeTrainingResult trainBpe(std::span<const std::string> corpus, const BpeTrainerOptions& options);

}  // namespace ll::tokenizer
