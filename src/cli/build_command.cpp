// `handout build PATH... [-o DIR] [--pdf] [--docx] [--html] [--force]`
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/help.hpp"
#include "cli/options.hpp"
#include "job/build_run.hpp"
#include "job/output_formats.hpp"
#include "parse/template_reader.hpp"
#include "report/report.hpp"

namespace handout::cli {
namespace {

// "[ 12/200] 1 failed  0.4 s" on one terminal line, redrawn in place (only on a terminal).
class ProgressBar {
 public:
  ProgressBar(bool enabled, std::chrono::steady_clock::time_point start) : enabled_(enabled), start_(start) {}
  bool enabled() const { return enabled_; }
  void update(std::size_t done, std::size_t total, std::size_t failed) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "\r[%zu/%zu] %zu failed  %.1f s ", done, total, failed, seconds);
    std::fflush(stderr);
    drawn_ = true;
  }
  void finish() {
    if (drawn_) std::fprintf(stderr, "\r\x1b[K");
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  bool drawn_ = false;
};

// The help page: what build does, and which section each option is shown in (cli/help.hpp says
// how to add one). An option no section names still shows, under "Other options".
HelpPage build_help() {
  std::vector<std::string_view> formats;
  for (const job::OutputFormat& f : job::output_formats()) formats.push_back(f.name);
  return HelpPage{
      "handout build [options] PATH...",
      "Lints each content file and, when it has no lint errors, writes it in each format asked for "
      "(--pdf, --docx, --html; several may be given) next to each other in the output folder. With no "
      "format switch, a tagged PDF (PDF/UA-1) and a DOCX are written. HTML goes to NAME.html, with the "
      "pictures it shows copied into NAME_files/ beside it. A folder stands for every .xml (and .docx) file "
      "below it, and the output folder mirrors it. A Word document is imported in memory and built like a "
      "content file. Files are written whole or not at all.\n\n"
      "--template NAME builds every file with that template, so one content file gives the standard "
      "leaflet and, with --template parent-leaflet-large-print, the large-print one. --impose booklet "
      "also writes NAME.booklet.pdf, a print copy of an A5 PDF: two pages side by side on A4 landscape "
      "in booklet order. Print it on both sides, flipping on the short edge, then fold and staple. "
      "NAME.pdf stays the accessible (tagged) edition.\n\n"
      "Dates inside the files come from SOURCE_DATE_EPOCH when it is set, otherwise from the content "
      "file's modification time, so building unchanged input twice gives identical bytes.",
      {{"Output", {"output", "impose"}},
       {"Formats", formats},
       {"Checking", {"force", "strict", "template", "no-config"}},
       {"Report", {"format", "min-severity", "color", "quiet"}},
       {"Running", {"jobs", "shard"}}},
      "Exit codes: 0 everything built; 1 lint errors (those documents were not built, or were built "
      "under --force); 2 usage error, unreadable or invalid input, or a file that could not be written.",
  };
}

}  // namespace

int run_build(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()
      ("paths", po::value<std::vector<std::string>>(), "content files and folders")
      ("output,o", po::value<std::string>()->default_value("out")->value_name("FOLDER"), "output folder (created if missing)");
  // One switch per output format (job/output_formats.hpp).
  for (const job::OutputFormat& f : job::output_formats())
    options.add_options()(f.name, po::bool_switch(), f.help);
  options.add_options()
      ("impose", po::value<std::string>()->value_name("LAYOUT"),
       "also write NAME.booklet.pdf: with 'booklet', the A5 pages two-up on A4 landscape in "
       "saddle-stitch order, to print duplex flipping on the short edge (needs an A5 template)")
      ("force", po::bool_switch(),
       "write documents despite lint errors; such a PDF does not claim PDF/UA conformance")
      ("format,f", po::value<std::string>()->default_value("text")->value_name("FORMAT"), "how to report lint findings: text, json, sarif, github")
      ("strict", po::bool_switch(), "fail (exit 1) on lint warnings too")
      ("template,t", po::value<std::string>()->value_name("NAME"), "use this template instead of the one each file names")
      ("no-config", po::bool_switch(), "ignore handout.toml project configuration files")
      ("jobs,j", po::value<std::size_t>()->default_value(std::max(1u, std::thread::hardware_concurrency()))->value_name("N"),
       "documents built at once (default: all cores)")
      ("shard", po::value<std::string>()->value_name("K/N"), "build only shard K of N (K/N) of the sorted input files, for CI matrices")
      ("quiet,q", po::bool_switch(), "print only problems: no progress bar and no summary")
      ("min-severity", po::value<std::string>()->default_value("warning")->value_name("LEVEL"),
       "print findings of at least this severity: error, warning or info (the exit code does not change)")
      ("color", po::value<std::string>()->default_value("auto")->value_name("WHEN"), "colour in text output: auto, always, never");
  ParsedCommand cmd;
  try {
    cmd = parse_command(args, options, "paths");
  } catch (const po::error& e) {
    return usage_error("build", e.what());
  }
  if (cmd.help) {
    print_help(std::cout, build_help(), options, terminal_width(), "paths");
    return 0;
  }
  const auto format = report::parse_format(cmd.vm["format"].as<std::string>());
  if (!format) return usage_error("build", "unknown format '" + cmd.vm["format"].as<std::string>() + "'");
  if (!cmd.vm.count("paths")) return usage_error("build", "no content files or folders given");

  job::BuildOptions build;
  if (cmd.vm.count("template")) {
    build.check.template_override = cmd.vm["template"].as<std::string>();
    // A name on the command line is the user's choice for every file: check it once, here.
    const auto names = parse::available_templates();
    if (std::find(names.begin(), names.end(), *build.check.template_override) == names.end()) {
      std::string list;
      for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
      return usage_error("build", "no template named '" + *build.check.template_override +
                                      "'; available templates: " + (list.empty() ? "none" : list));
    }
  }
  build.check.use_project_config = !cmd.vm["no-config"].as<bool>();
  build.output_dir = cmd.vm["output"].as<std::string>();
  for (const job::OutputFormat& f : job::output_formats())
    if (cmd.vm[f.name].as<bool>()) build.formats.emplace_back(f.name);
  build.force = cmd.vm["force"].as<bool>();
  if (cmd.vm.count("impose")) {
    if (cmd.vm["impose"].as<std::string>() != "booklet")
      return usage_error("build", "--impose takes 'booklet', not '" + cmd.vm["impose"].as<std::string>() + "'");
    const bool pdf = build.formats.empty() ||
                     std::find(build.formats.begin(), build.formats.end(), "pdf") != build.formats.end();
    if (!pdf) return usage_error("build", "--impose booklet imposes the PDF: add --pdf");
    build.booklet = true;
  }
  build.timestamp = job::source_date_epoch();
  build.jobs = cmd.vm["jobs"].as<std::size_t>();
  if (build.jobs == 0) return usage_error("build", "--jobs must be at least 1");
  if (cmd.vm.count("shard")) {
    auto shard = job::parse_shard(cmd.vm["shard"].as<std::string>());
    if (!shard) return usage_error("build", "--shard takes K/N with 1 <= K <= N, e.g. 2/4");
    build.shard = *shard;
  }
  const bool quiet = cmd.vm["quiet"].as<bool>();
  const auto start = std::chrono::steady_clock::now();
  ProgressBar progress(!quiet && ::isatty(2) == 1, start);
  if (progress.enabled()) {
    build.on_progress = [&progress](std::size_t done, std::size_t total, std::size_t failed) {
      progress.update(done, total, failed);
    };
  }

  const job::BuildRun run = job::build_inputs(cmd.vm["paths"].as<std::vector<std::string>>(), build);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::vector<Diagnostic> shown = run.diagnostics, hidden;
  if (!filter_min_severity(cmd.vm["min-severity"].as<std::string>(), shown, &hidden))
    return usage_error("build", "--min-severity takes error, warning or info");
  report::ReportOptions report_options;
  report_options.colour = *format == report::Format::Text && use_colour(cmd.vm["color"].as<std::string>(), 1);
  progress.finish();
  report_options.summary = !quiet;

  std::size_t built = 0, skipped = 0, failed = 0, written = 0;
  std::vector<report::DocumentOutcome> outcomes;
  for (const job::BuiltDocument& d : run.documents) {
    built += !d.outputs.empty();
    skipped += d.skipped_for_lint;
    failed += d.failed;
    written += d.outputs.size();
    outcomes.push_back({d.input, d.outputs,
                        d.failed ? "failed" : d.skipped_for_lint ? "skipped-lint-errors" : "built"});
  }
  report_options.documents = &outcomes;
  report_options.seconds = seconds;
  // The summary counts what decides the exit code, shown or not.
  std::cout << report::render(*format, shown, run.files, report_options, hidden);
  if (!quiet && *format == report::Format::Text) {
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.2f s", seconds);
    std::cerr << "built " << built << " of " << run.documents.size() << " documents (" << written << " files in "
              << build.output_dir << "), " << skipped << " skipped for lint errors, " << failed << " failed, "
              << elapsed << "\n";
  }
  job::ExitPolicy policy;
  policy.strict = cmd.vm["strict"].as<bool>();
  job::Tally tally;
  tally.add(run.diagnostics);
  return static_cast<int>(job::exit_code_for(tally, policy));
}

}  // namespace handout::cli
