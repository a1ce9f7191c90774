#include "hash.h"

#include <bit>
#include <cstring>

namespace ll {
namespace {

constexpr std::uint64_t kMul1 = 0x9e3779b97f4a7c15ULL;
constexpr std::uint64_t kMul2 = 0xbf58476d1ce4e5b9ULL;

inline std::uint64_t mix(std::uint64_t x) {
  // Final avalanche of splitmix64: every input bit affects every output bit.
  x ^= x >> 30;
  x *= kMul2;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  if constexpr (std::endian::native == std::endian::big) v = std::byteswap(v);
  return v;
}

}  // namespace

StableHasher& StableHasher::add(std::string_view bytes) {
  const char* p = bytes.data();
  std::size_t n = bytes.size();
  while (n >= 8) {
    m_state = std::rotl(m_state ^ (load64(p) * kMul1), 29) * kMul2;
    p += 8;
    n -= 8;
  }
  std::uint64_t tail = 0;
  for (std::size_t i = 0; i < n; ++i) tail |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
  m_state = std::rotl(m_state ^ ((tail ^ (n << 56)) * kMul1), 29) * kMul2;
  m_length += bytes.size();
  return *this;
}

StableHasher& StableHasher::add(std::int64_t value) {
  m_state = std::rotl(m_state ^ (static_cast<std::uint64_t>(value) * kMul1), 31) * kMul2;
  m_length += 8;
  return *this;
}

StableHasher& StableHasher::add(double value) {
  std::uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return add(static_cast<std::int64_t>(bits));
}

StableHasher& StableHasher::separator() {
  m_state = std::rotl(m_state ^ 0xa0761d6478bd642fULL, 17) * kMul1;
  return *this;
}

std::uint64_t StableHasher::value() const { return mix(m_state ^ m_length); }

}  // namespace ll
