#include "support/built_output.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace handout::test {

std::string build_pdf(const TempDir& dir, const std::string& input, const std::vector<std::string>& extra) {
  std::vector<std::string> args{"build", "--pdf", "-q", "--min-severity", "error", input, "-o", dir.path()};
  args.insert(args.end(), extra.begin(), extra.end());
  auto r = run_handout(args, {"SOURCE_DATE_EPOCH=1700000000"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  const std::string pdf = dir.file(std::filesystem::path(input).stem().string() + ".pdf");
  REQUIRE(std::filesystem::exists(pdf));
  return pdf;
}

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
