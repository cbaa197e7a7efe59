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

#include "cli/commands.hpp"
#include "core/exit_code.hpp"
#include "handout/version.hpp"
#include "rules/rule.hpp"

namespace handout::cli {
namespace {

namespace po = boost::program_options;

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
  explain RULE-ID    show the documentation of one rule
  templates          list the templates that content files can name

Global options:
  -h, --help         show this help, or a command's help: handout lint --help
  --version          show the version and the libraries Handout was built with

Exit codes: 0 no errors; 1 lint errors (or warnings under --strict/--max-warnings);
2 usage error or unreadable/malformed input.
)";

std::string usage() { return kUsageHead + std::to_string(rules::all_rules().size()) + kUsageTail; }

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

    if (command == "lint") return run_lint(rest);
    if (command == "build") return run_build(rest);
    if (command == "import") return run_import(rest);
    if (command == "rules") return run_rules_command(rest);
    if (command == "explain") return run_explain(rest);
    if (command == "templates") return run_templates(rest);
    if (command == "help") {
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
