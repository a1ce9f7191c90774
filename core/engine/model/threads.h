#pragma once
// libtorch's intra-op thread pool size, set explicitly: its default (all cores) fights with the
// GUI thread and with other jobs, and benchmarks need a fixed number. No torch include here so
// callers stay cheap to compile. Setting it also installs the caching tensor allocator
// (tensormemory.h), since every caller is about to run tensor work.

namespace ll::model {

// n >= 1; throws std::invalid_argument otherwise.
void setIntraOpThreads(int n);
[[nodiscard]] int intraOpThreads();

}  // namespace ll::model
