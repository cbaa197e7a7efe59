#include "core/process_setup.hpp"

#include <malloc.h>

#include <cstdlib>

namespace handout {

void configure_process() {
  setenv("TZ", ":/etc/localtime", 0);
  mallopt(M_MMAP_THRESHOLD, 16 << 20);
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
  mallopt(M_TOP_PAD, 4 << 20);
}

}  // namespace handout
