// What a document that fails becomes in the report. Both worker pools (lint_run, build_run) run
// each document's work through run_guarded, so whatever that work throws (an InputError, a rule
// or writer bug, std::bad_alloc, anything) turns into one error diagnostic against that file and
// never leaves the worker thread: one failing document never ends the batch.
#pragma once
#include <optional>
#include <string>

#include "core/diagnostic.hpp"

namespace handout::job {

// Code of the diagnostic for a failure that is a bug in Handout rather than in the input. It
// names no lint rule, so it counts as an input error: the run exits 2.
inline constexpr const char* kInternalErrorCode = "internal-error";

// The exception in flight, as a diagnostic against `file`: an InputError's own diagnostic,
// anything else an internal error carrying the exception's message. Call only inside a catch block.
Diagnostic diagnostic_for_current_exception(const std::string& file);

// Runs `step`; returns nullopt if it returned, or the diagnostic for what it threw.
template <class Step>
std::optional<Diagnostic> run_guarded(const std::string& file, Step&& step) {
  try {
    step();
    return std::nullopt;
  } catch (...) {
    return diagnostic_for_current_exception(file);
  }
}

}  // namespace handout::job
