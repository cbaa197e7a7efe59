// One document that throws (a rule bug, std::bad_alloc, a non-standard exception) is reported as
// failed, with its file name and the exception's message, and the rest of the batch goes on: in
// both worker pools, with several workers.
#include <filesystem>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "job/build_run.hpp"
#include "job/document_failure.hpp"
#include "job/lint_run.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

namespace {

namespace fs = std::filesystem;
using handout::Diagnostic;
using handout::Severity;
using handout::test::TempDir;
using handout::test::write_file;

// Four clean leaflets a.xml … d.xml; checking b.xml throws a std::runtime_error, c.xml
// std::bad_alloc and d.xml an int.
struct FailingBatch {
  TempDir dir{"handout-failure-test"};
  std::vector<std::string> files;
  handout::job::CheckOptions check;

  FailingBatch() {
    for (const char* name : {"a.xml", "b.xml", "c.xml", "d.xml"}) {
      files.push_back(dir.file(name));
      write_file(files.back(), handout::test::kCleanLeaflet);
    }
    check.use_project_config = false;
    check.inject_fault = [this](const std::string& path) {
      if (path == files[1]) throw std::runtime_error("rule exploded");
      if (path == files[2]) throw std::bad_alloc();
      if (path == files[3]) throw 42;
    };
  }
};

std::vector<Diagnostic> for_file(const std::vector<Diagnostic>& all, const std::string& file) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : all)
    if (d.file == file) out.push_back(d);
  return out;
}

void check_failures_reported(const std::vector<Diagnostic>& all, const FailingBatch& batch) {
  const auto b = for_file(all, batch.files[1]);
  REQUIRE(b.size() == 1);
  CHECK(b[0].code == "internal-error");
  CHECK(b[0].severity == Severity::Error);
  CHECK(b[0].message == "internal error: rule exploded");
  const auto c = for_file(all, batch.files[2]);
  REQUIRE(c.size() == 1);
  CHECK(c[0].code == "internal-error");
  CHECK(c[0].message == "internal error: out of memory while processing this document");
  const auto d = for_file(all, batch.files[3]);
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "internal error: an exception that carries no message");
  for (const Diagnostic& diag : for_file(all, batch.files[0])) CHECK(diag.severity != Severity::Error);
}

}  // namespace

TEST_CASE("document failure: an InputError keeps its own diagnostic, anything else is an internal error",
          "[job][failure]") {
  auto input = handout::job::run_guarded("x.xml", [] {
    throw handout::InputError("io-error", "img.png", {3, 4}, "cannot read image", "check the path");
  });
  REQUIRE(input);
  CHECK(input->code == "io-error");
  CHECK(input->file == "img.png");
  CHECK(input->loc.line == 3);
  auto internal = handout::job::run_guarded("x.xml", [] { throw handout::InternalError("image without alt"); });
  REQUIRE(internal);
  CHECK(internal->code == "internal-error");
  CHECK(internal->file == "x.xml");
  CHECK(internal->message == "internal error: image without alt");
  CHECK(internal->hint.find("bug in Handout") != std::string::npos);
  CHECK_FALSE(handout::job::run_guarded("x.xml", [] {}));
}

TEST_CASE("document failure: lint reports a throwing document as failed and checks the others",
          "[job][failure][lint]") {
  FailingBatch batch;
  std::vector<Diagnostic> all;
  const auto files = handout::job::lint_inputs(
      {batch.dir.path()}, batch.check, {},
      [&](const std::vector<Diagnostic>& found) { all.insert(all.end(), found.begin(), found.end()); }, 3);
  CHECK(files == batch.files);
  check_failures_reported(all, batch);
  handout::job::Tally tally;
  tally.add(all);
  CHECK(handout::job::exit_code_for(tally, {}) == handout::ExitCode::InputError);
}

TEST_CASE("document failure: build reports a throwing document as failed and builds the others",
          "[job][failure][build]") {
  FailingBatch batch;
  handout::job::BuildOptions options;
  options.check = batch.check;
  options.output_dir = batch.dir.file("out");
  options.formats = {"docx"};
  options.jobs = 3;
  options.timestamp = 0;
  const handout::job::BuildRun run = handout::job::build_inputs({batch.dir.path()}, options);
  REQUIRE(run.documents.size() == 4);
  CHECK_FALSE(run.documents[0].failed);
  CHECK(run.documents[0].outputs == std::vector<std::string>{batch.dir.file("out/a.docx")});
  CHECK(fs::file_size(batch.dir.file("out/a.docx")) > 1000);
  for (std::size_t i = 1; i < 4; ++i) {
    CHECK(run.documents[i].failed);
    CHECK(run.documents[i].outputs.empty());
  }
  CHECK_FALSE(fs::exists(batch.dir.file("out/b.docx")));
  check_failures_reported(run.diagnostics, batch);
  handout::job::Tally tally;
  tally.add(run.diagnostics);
  CHECK(handout::job::exit_code_for(tally, {}) == handout::ExitCode::InputError);
}
