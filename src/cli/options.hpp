// Helpers shared by the subcommands: parsing a command's options, terminal colour, writing output.
#pragma once
#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace handout::cli {

namespace po = boost::program_options;

struct ParsedCommand {
  po::variables_map vm;
  bool help = false;  // --help was given: the caller prints usage and returns 0
};

// Parses `args` against `options`; the positional arguments go into `positional_name`.
// Throws po::error for unknown options or bad values.
ParsedCommand parse_command(const std::vector<std::string>& args, const po::options_description& options,
                            const char* positional_name = nullptr);

// --color auto|always|never: auto means stdout/stderr is a terminal; NO_COLOR (no-color.org) always wins.
bool use_colour(const std::string& mode, int fd);

// --min-severity error|warning|info → drops less severe findings from what is printed (input
// errors are errors, so they always stay). Returns false for an unknown name.
// What it drops is appended to `dropped` when given.
bool filter_min_severity(const std::string& name, std::vector<Diagnostic>& diagnostics,
                         std::vector<Diagnostic>* dropped = nullptr);

// Prints "handout: error: …" and returns the usage-error exit code.
int usage_error(std::string_view command, std::string_view message);

// "unknown option '--fromat'; did you mean '--format'?" (the nearest of `options`' long names).
std::string unknown_option_message(const std::string& option, const po::options_description& options);


}  // namespace handout::cli
