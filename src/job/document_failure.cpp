#include "job/document_failure.hpp"

#include <exception>
#include <new>

#include "core/error.hpp"

namespace handout::job {
namespace {

Diagnostic internal_error(const std::string& file, const std::string& what, std::string hint) {
  return {kInternalErrorCode, Severity::Error, file, {}, "internal error: " + what, std::move(hint)};
}

constexpr const char* kReportBug = "this is a bug in Handout, not in your content: please report it with this file";

}  // namespace

Diagnostic diagnostic_for_current_exception(const std::string& file) {
  try {
    throw;
  } catch (const InputError& e) {
    Diagnostic d = e.diagnostic();
    if (d.file.empty()) d.file = file;  // raised where the path is not known (the PDF writer)
    return d;
  } catch (const std::bad_alloc&) {
    return internal_error(file, "out of memory while processing this document",
                          "if the document is very large, split it; otherwise please report this");
  } catch (const std::exception& e) {
    return internal_error(file, e.what(), kReportBug);
  } catch (...) {
    return internal_error(file, "an exception that carries no message", kReportBug);
  }
}

}  // namespace handout::job
