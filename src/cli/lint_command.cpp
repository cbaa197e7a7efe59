// `handout lint PATH...`
#include <iostream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/help.hpp"
#include "cli/options.hpp"
#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "job/lint_run.hpp"
#include "report/report.hpp"
#include "rules/rule.hpp"

namespace handout::cli {
namespace {

// The help page: what lint does, and which section each option is shown in (cli/help.hpp says
// how to add one). The number of rules comes from the rule table, so the text cannot drift.
HelpPage lint_help() {
  return HelpPage{
      "handout lint [options] PATH...",
      "Checks content files against the " + std::to_string(rules::all_rules().size()) +
          " accessibility rules (see 'handout rules'; 'handout explain RULE' shows one) and reports what it "
          "finds. A folder stands for every .xml file below it. A Word document (.docx, also found in folders) "
          "is imported in memory and linted; its findings give the paragraph number as the line. A file that "
          "cannot be read or parsed is reported and the others are still checked.",
      {{"Report", {"format", "output", "min-severity", "color", "rules-url"}},
       {"Checking", {"strict", "max-warnings", "template", "no-config"}},
       {"Running", {"jobs", "shard"}}},
      "Exit codes: 0 no errors; 1 lint errors, or warnings under --strict or --max-warnings; 2 usage "
      "error or an input error (unreadable, malformed or invalid content).",
  };
}

}  // namespace

int run_lint(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("paths", po::value<std::vector<std::string>>(), "content files and folders")
      ("format,f", po::value<std::string>()->default_value("text")->value_name("FORMAT"),
       "report format: text (file:line:col: severity: message [rule]), json, sarif (SARIF 2.1.0), "
       "github (workflow annotations)")
      ("output,o", po::value<std::string>()->value_name("FILE"), "write the report to this file instead of standard output")
      ("strict", po::bool_switch(), "fail (exit 1) on warnings too")
      ("max-warnings", po::value<std::size_t>()->value_name("N"), "fail (exit 1) when there are more warnings than this")
      ("template,t", po::value<std::string>()->value_name("NAME"), "lint against this template instead of the one each file names")
      ("no-config", po::bool_switch(), "ignore handout.toml project configuration files")
      ("shard", po::value<std::string>()->value_name("K/N"), "lint only shard K of N (K/N) of the sorted input files, for CI matrices")
      ("jobs,j", po::value<std::size_t>()->default_value(std::max(1u, std::thread::hardware_concurrency()))->value_name("N"),
       "files checked in parallel (default: all cores); the report is the same in any case")
      ("min-severity", po::value<std::string>()->default_value("info")->value_name("LEVEL"),
       "print findings of at least this severity: error, warning or info (the exit code does not change)")
      ("color", po::value<std::string>()->default_value("auto")->value_name("WHEN"), "colour in text output: auto, always, never")
      ("rules-url", po::value<std::string>()->default_value("")->value_name("URL"),
       "base URL of the rule documentation; SARIF helpUri becomes <url>#<rule-id>");
  ParsedCommand cmd;
  try {
    cmd = parse_command(args, options, "paths");
  } catch (const po::error& e) {
    return usage_error("lint", e.what());
  }
  if (cmd.help) {
    print_help(std::cout, lint_help(), options, terminal_width(), "paths");
    return 0;
  }
  const auto format = report::parse_format(cmd.vm["format"].as<std::string>());
  if (!format) return usage_error("lint", "unknown format '" + cmd.vm["format"].as<std::string>() + "' (text, json, sarif, github)");
  const std::string colour_mode = cmd.vm["color"].as<std::string>();
  if (colour_mode != "auto" && colour_mode != "always" && colour_mode != "never")
    return usage_error("lint", "--color takes auto, always or never");
  if (!cmd.vm.count("paths")) return usage_error("lint", "no content files or folders given");

  job::CheckOptions check;
  if (cmd.vm.count("template")) check.template_override = cmd.vm["template"].as<std::string>();
  check.use_project_config = !cmd.vm["no-config"].as<bool>();
  job::Shard shard;
  if (cmd.vm.count("shard")) {
    auto parsed = job::parse_shard(cmd.vm["shard"].as<std::string>());
    if (!parsed) return usage_error("lint", "--shard takes K/N with 1 <= K <= N, e.g. 2/4");
    shard = *parsed;
  }
  const std::size_t jobs = cmd.vm["jobs"].as<std::size_t>();
  if (jobs == 0) return usage_error("lint", "--jobs must be at least 1");
  const std::string min_severity = cmd.vm["min-severity"].as<std::string>();
  {
    std::vector<Diagnostic> probe;
    if (!filter_min_severity(min_severity, probe)) return usage_error("lint", "--min-severity takes error, warning or info");
  }

  report::ReportOptions report_options;
  report_options.rules_url = cmd.vm["rules-url"].as<std::string>();
  job::Tally tally;
  try {
    // The report streams, one file's findings at a time: memory stays flat however many files.
    std::optional<AtomicOutputFile> file;
    if (cmd.vm.count("output")) file.emplace(cmd.vm["output"].as<std::string>());
    report_options.colour = *format == report::Format::Text && !file && use_colour(colour_mode, 1);
    std::ostream& out = file ? file->stream() : std::cout;
    auto writer = report::ReportWriter::create(*format, out, report_options);
    writer->begin();
    std::vector<Diagnostic> shown, hidden;
    const std::vector<std::string> files = job::lint_inputs(
        cmd.vm["paths"].as<std::vector<std::string>>(), check, shard, [&](const std::vector<Diagnostic>& found) {
          tally.add(found);
          shown = found;
          hidden.clear();
          filter_min_severity(min_severity, shown, &hidden);
          writer->add(shown);
          writer->count_not_shown(hidden);  // they decide the exit code, so the summary counts them
        },
        jobs);
    writer->finish(files);
    if (file) file->commit();
  } catch (const InputError& e) {
    std::cerr << "handout lint: error: " << e.diagnostic().file << ": " << e.diagnostic().message << "\n";
    return static_cast<int>(ExitCode::InputError);
  }
  job::ExitPolicy policy;
  policy.strict = cmd.vm["strict"].as<bool>();
  if (cmd.vm.count("max-warnings")) policy.max_warnings = cmd.vm["max-warnings"].as<std::size_t>();
  return static_cast<int>(job::exit_code_for(tally, policy));
}

}  // namespace handout::cli
