// `handout import FILE.docx... [-o DIR]`
#include <iostream>

#include "cli/commands.hpp"
#include "cli/help.hpp"
#include "cli/options.hpp"
#include "job/import_run.hpp"
#include "job/lint_run.hpp"
#include "report/report.hpp"

namespace handout::cli {
namespace {

HelpPage import_help() {
  return HelpPage{
      "handout import [options] PATH...",
      "Turns each Word document (.docx) into a content file NAME.xml, with its pictures in NAME_files/ "
      "beside it. Meaning is kept, not looks: heading styles and outline levels become h1-h6, numbering "
      "becomes lists, header rows become table heads, picture descriptions become alt text, colours stay "
      "on the text they paint. A comment at the top of each file says what was inferred and what was "
      "dropped; each dropped item is also reported as a warning. A folder stands for every .docx below "
      "it. 'handout lint' and 'handout build' also take .docx directly.",
      {{"Output", {"output"}}, {"Report", {"quiet", "color"}}},
      "Exit codes: 0 everything imported; 2 usage error, or a file that is not a safe, readable Word "
      "document (legacy .doc, encrypted, not a Word zip, a zip bomb, unsafe names, a DOCTYPE, missing "
      "parts): nothing is written for that file and the others are still imported.",
  };
}

}  // namespace

int run_import(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("paths", po::value<std::vector<std::string>>(), ".docx files and folders")
      ("output,o", po::value<std::string>()->value_name("FOLDER"), "output folder (created if missing); default: beside each .docx")
      ("quiet,q", po::bool_switch(), "print only problems, no summary")
      ("color", po::value<std::string>()->default_value("auto")->value_name("WHEN"), "colour in text output: auto, always, never");
  ParsedCommand cmd;
  try {
    cmd = parse_command(args, options, "paths");
  } catch (const po::error& e) {
    return usage_error("import", e.what());
  }
  if (cmd.help) {
    print_help(std::cout, import_help(), options, terminal_width(), "paths");
    return 0;
  }
  if (!cmd.vm.count("paths")) return usage_error("import", "no .docx files or folders given");
  std::optional<std::string> output;
  if (cmd.vm.count("output")) output = cmd.vm["output"].as<std::string>();
  const job::ImportRun run = job::import_inputs(cmd.vm["paths"].as<std::vector<std::string>>(), output);

  std::vector<std::string> files;
  std::size_t imported = 0, written = 0;
  for (const job::ImportedDocument& d : run.documents) {
    files.push_back(d.input);
    imported += !d.failed;
    written += d.outputs.size();
  }
  const bool quiet = cmd.vm["quiet"].as<bool>();
  report::ReportOptions report_options;
  report_options.colour = use_colour(cmd.vm["color"].as<std::string>(), 1);
  report_options.summary = false;
  std::cout << report::render(report::Format::Text, run.diagnostics, files, report_options);
  if (!quiet) {
    std::cerr << "imported " << imported << " of " << run.documents.size() << " documents (" << written
              << " files written)\n";
  }
  job::Tally tally;
  tally.add(run.diagnostics);
  return static_cast<int>(job::exit_code_for(tally, job::ExitPolicy{}));
}

}  // namespace handout::cli
