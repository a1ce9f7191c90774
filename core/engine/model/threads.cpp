#include "engine/model/threads.h"

#include "engine/model/tensormemory.h"

#include <ATen/Parallel.h>

#include <stdexcept>
#include <string>

namespace ll::model {

void setIntraOpThreads(int n) {
  if (n < 1) throw std::invalid_argument("the number of threads must be at least 1, got " + std::to_string(n) + ".");
  at::set_num_threads(n);
  useCachingTensorAllocator();
}

int intraOpThreads() { return at::get_num_threads(); }

}  // namespace ll::model
