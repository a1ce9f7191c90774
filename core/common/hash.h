#pragma once
// A stable 64-bit hash for fingerprints that are stored in the workspace (so it must never
// change between versions or platforms, unlike std::hash).

#include <cstdint>
#include <string_view>

namespace ll {

class StableHasher {
 public:
  StableHasher& add(std::string_view bytes);
  StableHasher& add(std::int64_t value);
  StableHasher& add(double value);
  // Separates fields so that ("ab","c") and ("a","bc") differ.
  StableHasher& separator();
  [[nodiscard]] std::uint64_t value() const;

 private:
  std::uint64_t m_state = 0x243f6a8885a308d3ULL;
  std::uint64_t m_length = 0;
};

// Signed form for SQLite INTEGER columns.
inline std::int64_t toSqlInt(std::uint64_t h) { return static_cast<std::int64_t>(h); }

}  // namespace ll
