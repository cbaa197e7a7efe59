// Runs a program (the real handout binary, or an independent reader such as qpdf or pandoc) and
// captures its exit status, stdout and stderr, as pandoc's command tests and ninja's output_test do.
#pragma once
#include <string>
#include <vector>

namespace handout::test {

struct ProcessResult {
  int exit_code = -1;  // -1 if it did not exit normally
  std::string out;
  std::string err;
};

// argv[0] is looked up on PATH. `env` entries ("NAME=value") are added to the environment;
// `cwd` (if not empty) is the working directory. Never goes through a shell.
ProcessResult run_process(const std::vector<std::string>& argv, const std::vector<std::string>& env = {},
                          const std::string& cwd = {});

// The handout binary built alongside the tests.
ProcessResult run_handout(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

// True if `program` is on PATH (tests of optional readers say so instead of silently passing).
bool have_program(const std::string& program);

// A fresh empty folder under the system temp folder, removed when the object goes away.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "handout-test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string read_file(const std::string& path);
// `handout build --pdf` of one content file into `dir`, with fixed dates (SOURCE_DATE_EPOCH) and
// `extra` arguments; returns the PDF's path. REQUIREs that the build succeeds and wrote it.
std::string build_pdf(const TempDir& dir, const std::string& input, const std::vector<std::string>& extra = {});
// Every regular file below `dir`, relative to it, sorted; empty when `dir` does not exist.
std::vector<std::string> files_under(const std::string& dir);
void write_file(const std::string& path, const std::string& bytes);

}  // namespace handout::test
