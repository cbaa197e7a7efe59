// The handout executable: argv → job, exit status. Everything else lives in handout_core.
#include <malloc.h>

#include <cstdlib>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
  // Process settings, made before any thread starts:
  // - Without TZ, glibc stats /etc/localtime on every local-time conversion (libzip makes a dozen
  //   per DOCX); naming the same zone explicitly makes it read the file once.
  // - A batch allocates and frees a few MiB per document; keeping freed memory at the top of the
  //   heap instead of returning it to the kernel after every document saves a brk pair each time.
  setenv("TZ", ":/etc/localtime", 0);
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
  mallopt(M_TOP_PAD, 4 << 20);
  return handout::cli::run(argc, argv);
}
