#include "engine/model/tensormemory.h"

#include <c10/core/CPUAllocator.h>

#include <bit>
#include <cstddef>
#include <cstdlib>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

namespace ll::model {
namespace {

constexpr std::size_t kAlignment = 64;  // what c10's own CPU allocator guarantees
constexpr std::size_t kCachingThreshold = std::size_t{256} << 10;

// Rounds a large request up to one of four classes per power of two (p, 1.25p, 1.5p, 1.75p), so
// buffers of nearly the same size share a class and at most a quarter of a buffer is slack.
std::size_t sizeClass(std::size_t n) {
  const std::size_t p = std::bit_floor(n);
  const std::size_t step = p / 4;
  return (n + step - 1) / step * step;
}

// Every buffer carries a header of one alignment unit in front of its data: the size class of a
// large buffer, or 0 for a small one. libtorch's raw_allocate/raw_deallocate (BLAS workspaces)
// need the data pointer itself to be the deleter's argument, so the size cannot live elsewhere.
constexpr std::size_t kHeader = kAlignment;

std::size_t& headerOf(void* data) { return *reinterpret_cast<std::size_t*>(static_cast<std::byte*>(data) - kHeader); }

class CachingCpuAllocator final : public c10::Allocator {
 public:
  c10::DataPtr allocate(std::size_t n) const override {
    if (n == 0) return {nullptr, c10::Device(c10::DeviceType::CPU)};
    void* data = nullptr;
    if (n < kCachingThreshold) {
      data = fresh(n);
      headerOf(data) = 0;
    } else {
      const std::size_t size = sizeClass(n);
      data = const_cast<CachingCpuAllocator*>(this)->takeCached(size);
      if (data == nullptr) data = fresh(size);
      headerOf(data) = size;
    }
    return {data, data, &release, c10::Device(c10::DeviceType::CPU)};
  }

  c10::DeleterFnPtr raw_deleter() const override { return &release; }

  void setCap(std::size_t cap) {
    std::lock_guard lock(m_mutex);
    m_cap = cap;
    trimLocked();
  }

  void releaseAll() {
    std::lock_guard lock(m_mutex);
    const std::size_t cap = m_cap;
    m_cap = 0;
    trimLocked();
    m_cap = cap;
  }

  TensorMemoryStats stats() {
    std::lock_guard lock(m_mutex);
    return m_stats;
  }

  static CachingCpuAllocator& instance() {
    // Never destroyed: tensors held by static objects may be freed after main returns.
    static auto* allocator = new CachingCpuAllocator();
    return *allocator;
  }

 private:
  // A new buffer with room for the header; returns the data pointer.
  static void* fresh(std::size_t n) {
    void* base = nullptr;
    if (posix_memalign(&base, kAlignment, n + kHeader) != 0 || base == nullptr) throw std::bad_alloc();
    return static_cast<std::byte*>(base) + kHeader;
  }

  static void destroy(void* data) { std::free(static_cast<std::byte*>(data) - kHeader); }

  static void release(void* data) {
    if (data == nullptr) return;
    const std::size_t size = headerOf(data);
    if (size == 0)
      destroy(data);
    else
      instance().giveBack(data, size);
  }

  void* takeCached(std::size_t size) {
    std::lock_guard lock(m_mutex);
    ++m_stats.largeAllocations;
    auto it = m_free.find(size);
    if (it == m_free.end() || it->second.empty()) return nullptr;
    void* data = it->second.back();
    it->second.pop_back();
    m_stats.cachedBytes -= size;
    ++m_stats.reused;
    return data;
  }

  void giveBack(void* data, std::size_t size) {
    {
      std::lock_guard lock(m_mutex);
      if (m_stats.cachedBytes + size <= m_cap) {
        m_free[size].push_back(data);
        m_stats.cachedBytes += size;
        return;
      }
    }
    destroy(data);
  }

  // Frees idle buffers, largest classes first, until the cache fits its cap.
  void trimLocked() {
    while (m_stats.cachedBytes > m_cap) {
      auto largest = m_free.end();
      for (auto it = m_free.begin(); it != m_free.end(); ++it)
        if (!it->second.empty() && (largest == m_free.end() || it->first > largest->first)) largest = it;
      if (largest == m_free.end()) break;
      destroy(largest->second.back());
      largest->second.pop_back();
      m_stats.cachedBytes -= largest->first;
    }
  }

  std::mutex m_mutex;
  std::unordered_map<std::size_t, std::vector<void*>> m_free;
  std::size_t m_cap = std::size_t{1} << 30;
  TensorMemoryStats m_stats;
};

}  // namespace

void useCachingTensorAllocator(std::size_t cacheCapBytes) {
  static std::once_flag installed;
  auto& allocator = CachingCpuAllocator::instance();
  allocator.setCap(cacheCapBytes);
  // Priority 1 wins over c10's default CPU allocator (registered at priority 0).
  std::call_once(installed, [&allocator] { c10::SetCPUAllocator(&allocator, 1); });
}

void releaseCachedTensorMemory() { CachingCpuAllocator::instance().releaseAll(); }

TensorMemoryStats tensorMemoryStats() { return CachingCpuAllocator::instance().stats(); }

}  // namespace ll::model
