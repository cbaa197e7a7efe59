#include "cli/options.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "core/exit_code.hpp"

namespace handout::cli {

ParsedCommand parse_command(const std::vector<std::string>& args, const po::options_description& options,
                            const char* positional_name) {
  po::options_description all;
  all.add(options).add_options()("help,h", "show this help");
  po::positional_options_description positional;
  if (positional_name) positional.add(positional_name, -1);
  ParsedCommand out;
  po::store(po::command_line_parser(args).options(all).positional(positional).run(), out.vm);
  out.help = out.vm.count("help") > 0;
  if (!out.help) po::notify(out.vm);
  return out;
}

bool use_colour(const std::string& mode, int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  if (mode == "always") return true;
  if (mode == "never") return false;
  return ::isatty(fd) == 1;
}

bool filter_min_severity(const std::string& name, std::vector<Diagnostic>& diagnostics) {
  Severity min;
  if (name == "error") min = Severity::Error;
  else if (name == "warning") min = Severity::Warning;
  else if (name == "info") min = Severity::Info;
  else return false;
  // Severity is ordered Error < Warning < Info, most severe first.
  std::erase_if(diagnostics, [min](const Diagnostic& d) { return d.severity > min; });
  return true;
}

int usage_error(std::string_view command, std::string_view message) {
  std::cerr << "handout " << command << ": error: " << message << "\nTry 'handout " << command << " --help'.\n";
  return static_cast<int>(ExitCode::InputError);
}

}  // namespace handout::cli
