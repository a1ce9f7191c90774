#pragma once
// A caching allocator for libtorch's CPU tensors. With glibc's defaults every buffer above the
// mmap threshold (the activations and gradients of a training step) goes back to the kernel when
// it is freed and is faulted in, zeroed, on the next step; a training step on 2 cores spent about
// half its time in the kernel that way. Large buffers are kept in size classes instead and reused.
// No torch include here so callers stay cheap to compile.

#include <cstddef>
#include <cstdint>

namespace ll::model {

struct TensorMemoryStats {
  std::uint64_t largeAllocations = 0;  // requests at or above the caching threshold
  std::uint64_t reused = 0;            // of those, served from the cache
  std::size_t cachedBytes = 0;         // held for reuse right now
};

// Installs the caching allocator as libtorch's CPU allocator (once; later calls only update the
// cap). Buffers below 256 KiB still go straight to malloc; at most cacheCapBytes are kept idle,
// anything beyond that is freed at once.
void useCachingTensorAllocator(std::size_t cacheCapBytes = std::size_t{1} << 30);

// Frees every idle cached buffer (e.g. after a job, so a desktop session does not hold memory).
void releaseCachedTensorMemory();

[[nodiscard]] TensorMemoryStats tensorMemoryStats();

}  // namespace ll::model
