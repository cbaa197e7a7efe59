#include "support/built_output.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace handout::test {

std::string write_bench_handbook(const TempDir& dir) {
  auto r = run_process({"/usr/bin/python3", "-c", "import sys; sys.path.insert(0, 'bench'); import scaling; print(scaling.handbook(20))"},
                       {}, HANDOUT_SOURCE_DIR);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string path = dir.file("handbook.xml");
  write_file(path, r.out);
  return path;
}

}  // namespace handout::test
