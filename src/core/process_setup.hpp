// Process-wide settings for a run, made once in main() before any thread starts.
#pragma once

namespace handout {

// - Without TZ, glibc stats /etc/localtime on every local-time conversion (libzip makes a dozen
//   per DOCX); naming the same zone explicitly makes it read the file once.
// - A batch allocates and frees a few MiB per document, some in blocks above glibc's mmap
//   threshold: keeping them in the heap and not trimming it after every document saves an
//   mmap/munmap pair and fresh page faults each time.
void configure_process();

}  // namespace handout
