#include "cli/options.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string_view>

#include "core/exit_code.hpp"
#include "core/suggest.hpp"

namespace handout::cli {

std::string unknown_option_message(const std::string& option, const po::options_description& options) {
  std::vector<std::string> names;
  for (const auto& o : options.options())
    if (!o->long_name().empty()) names.push_back("--" + o->long_name());
  const std::vector<std::string_view> views(names.begin(), names.end());
  const std::string nearest = closest_word(option, views);
  return "unknown option '" + option + "'" + (nearest.empty() ? std::string() : "; did you mean '" + nearest + "'?");
}

ParsedCommand parse_command(const std::vector<std::string>& args, const po::options_description& options,
                            const char* positional_name) {
  po::options_description all;
  all.add(options).add_options()("help,h", "show this help");
  po::positional_options_description positional;
  if (positional_name) positional.add(positional_name, -1);
  ParsedCommand out;
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), out.vm);
  } catch (const po::unknown_option& e) {
    throw po::error(unknown_option_message(e.get_option_name(), all));
  }
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

bool filter_min_severity(const std::string& name, std::vector<Diagnostic>& diagnostics, std::vector<Diagnostic>* dropped) {
  Severity min;
  if (name == "error") min = Severity::Error;
  else if (name == "warning") min = Severity::Warning;
  else if (name == "info") min = Severity::Info;
  else return false;
  // Severity is ordered Error < Warning < Info, most severe first.
  if (dropped)
    for (const Diagnostic& d : diagnostics)
      if (d.severity > min) dropped->push_back(d);
  std::erase_if(diagnostics, [min](const Diagnostic& d) { return d.severity > min; });
  return true;
}

int usage_error(std::string_view command, std::string_view message) {
  std::cerr << "handout " << command << ": error: " << message << "\nTry 'handout " << command << " --help'.\n";
  return static_cast<int>(ExitCode::InputError);
}

}  // namespace handout::cli
