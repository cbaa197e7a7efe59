// Command line: `handout <command> [options] [paths]`. Each command declares its options once,
// with their help text (qpdf's job.yml habit), turns argv into job options and maps the outcome
// to an exit code (core/exit_code.hpp). No pipeline logic lives here.
#include "cli/cli.hpp"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "core/exit_code.hpp"
#include "handout/version.hpp"
#include "rules/rule.hpp"

namespace handout::cli {
namespace {

// The number of rules comes from the rule table, so the help text cannot drift from it.
constexpr const char* kUsageHead = R"(Usage: handout <command> [options] [paths...]

Handout turns content XML into accessible documents and checks them against )";
constexpr const char* kUsageTail = R"(
accessibility rules.

Commands:
  lint PATH...       check content files (and folders of them) and report findings
  build PATH...      lint, then write tagged PDF (PDF/UA-1) and/or DOCX for clean files
  import FILE.docx...  turn Word documents into content files (lint and build take .docx too)
  rules              list every lint rule: id, severity, WCAG criterion, summary
  explain RULE       show the documentation of one rule (by id or number)
  templates          list the templates that content files can name
  help COMMAND       show a command's help, the same as COMMAND --help

Global options:
  -h, --help         show this help; a command's help: handout help lint (or lint --help)
  --version          show the version and the libraries Handout was built with

Exit codes: 0 no errors; 1 lint errors (or warnings under --strict/--max-warnings);
2 usage error or unreadable/malformed input.
)";

std::string usage() { return kUsageHead + std::to_string(rules::all_rules().size()) + kUsageTail; }

// Runs `command` with `args`; nullopt when there is no such command.
std::optional<int> run_command(const std::string& command, const std::vector<std::string>& args) {
  if (command == "lint") return run_lint(args);
  if (command == "build") return run_build(args);
  if (command == "import") return run_import(args);
  if (command == "rules") return run_rules_command(args);
  if (command == "explain") return run_explain(args);
  if (command == "templates") return run_templates(args);
  return std::nullopt;
}

}  // namespace

int run(int argc, char** argv) {
  try {
    po::options_description global;
    global.add_options()("help,h", "")("version", "")("command", po::value<std::string>(), "")(
        "args", po::value<std::vector<std::string>>(), "");
    po::positional_options_description positional;
    positional.add("command", 1).add("args", -1);
    po::parsed_options parsed = po::command_line_parser(argc, argv)
                                    .options(global)
                                    .positional(positional)
                                    .allow_unregistered()
                                    .run();
    po::variables_map vm;
    po::store(parsed, vm);

    if (!vm.count("command")) {
      // An option before any command that is not --help or --version: say which, not the whole help.
      for (const std::string& arg : po::collect_unrecognized(parsed.options, po::exclude_positional)) {
        if (arg.rfind("-", 0) != 0) continue;
        std::cerr << "handout: error: " << unknown_option_message(arg.substr(0, arg.find('=')), global)
                  << "\nTry 'handout --help'.\n";
        return static_cast<int>(ExitCode::InputError);
      }
      if (vm.count("version")) {
        std::cout << version_text();
        return static_cast<int>(ExitCode::Ok);
      }
      if (vm.count("help")) {
        std::cout << usage();
        return static_cast<int>(ExitCode::Ok);
      }
      std::cerr << usage();
      return static_cast<int>(ExitCode::InputError);
    }
    const std::string command = vm["command"].as<std::string>();
    std::vector<std::string> rest = po::collect_unrecognized(parsed.options, po::include_positional);
    rest.erase(rest.begin());  // the command itself
    if (vm.count("help")) rest.insert(rest.begin(), "--help");

    if (const std::optional<int> code = run_command(command, rest)) return *code;
    if (command == "help") {
      // `handout help lint` is `handout lint --help`.
      if (!rest.empty() && rest.front() != "--help") {
        if (const std::optional<int> code = run_command(rest.front(), {"--help"})) return *code;
        std::cerr << "handout help: error: unknown command '" << rest.front() << "'\nTry 'handout --help'.\n";
        return static_cast<int>(ExitCode::InputError);
      }
      std::cout << usage();
      return static_cast<int>(ExitCode::Ok);
    }
    std::cerr << "handout: error: unknown command '" << command << "'\n\n" << usage();
    return static_cast<int>(ExitCode::InputError);
  } catch (const po::error& e) {
    std::cerr << "handout: error: " << e.what() << "\nTry 'handout --help'.\n";
    return static_cast<int>(ExitCode::InputError);
  }
}

}  // namespace handout::cli
