// Errors that stop processing of one input (bad usage, unreadable or malformed input, I/O).
// Lint findings are never exceptions; see diagnostic.hpp.
#pragma once
#include <stdexcept>
#include <string>

#include "core/diagnostic.hpp"

namespace handout {

class InputError : public std::runtime_error {
 public:
  InputError(std::string code, std::string file, SourceLoc loc, std::string message, std::string hint = {})
      : std::runtime_error(message), diag_{std::move(code), Severity::Error, std::move(file), loc,
                                          std::move(message), std::move(hint)} {}
  const Diagnostic& diagnostic() const { return diag_; }

 private:
  Diagnostic diag_;
};

// A bug in Handout itself (e.g. the PDF writer meets an image without alt text that lint let through).
class InternalError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

}  // namespace handout
