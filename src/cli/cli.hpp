// Command-line front end: parses argv with Boost.Program_options and runs the subcommand.
#pragma once

namespace handout::cli {

// Returns the process exit code (core/exit_code.hpp).
int run(int argc, char** argv);

}  // namespace handout::cli
