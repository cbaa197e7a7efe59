// The process exit codes; README.md "Exit codes" documents the same table.
#pragma once

namespace handout {

enum class ExitCode : int {
  Ok = 0,           // no errors (warnings and info allowed unless --strict / --max-warnings)
  Findings = 1,     // lint errors found, or warnings over the --max-warnings / --strict limit
  InputError = 2,   // usage error, unreadable or malformed input, I/O failure
};

}  // namespace handout
