#include "engine/model/threads.h"

#include "engine/message.h"
#include "engine/model/tensormemory.h"

#include <ATen/Parallel.h>
#include <stdexcept>
#include <string>

namespace ll::model {

void setIntraOpThreads(int n) {
  if (n < 1)
    throw engine::InvalidArgumentError(engine::Message(
        QT_TRANSLATE_NOOP("ll::engine", "the number of threads must be at least 1, got %1."), n));
  at::set_num_threads(n);
  useCachingTensorAllocator();
}

int intraOpThreads() { return at::get_num_threads(); }

}  // namespace ll::model
