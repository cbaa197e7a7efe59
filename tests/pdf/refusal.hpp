// A build the PDF refuses: exit status 2 (input error), the message and its [code] on stdout, and
// no PDF written.
#pragma once
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/process.hpp"

namespace handout::test {

inline void check_refused(const ProcessResult& r, const std::string& message, const std::string& code,
                          const std::string& unwritten_pdf) {
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find(message) != std::string::npos);
  CHECK(r.out.find("[" + code + "]") != std::string::npos);
  CHECK(!std::filesystem::exists(unwritten_pdf));
}

}  // namespace handout::test
