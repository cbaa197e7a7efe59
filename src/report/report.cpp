#include "report/report.hpp"

#include <nlohmann/json.hpp>
#include <set>

#include "handout/version.hpp"
#include "rules/rule.hpp"

namespace handout::report {
namespace {

using nlohmann::ordered_json;

bool is_input_error(const Diagnostic& d) {
  return d.severity == Severity::Error && rules::find_rule(d.code) == nullptr;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// ---- text ---------------------------------------------------------------------------------------

std::string render_text(const std::vector<Diagnostic>& diags, const ReportOptions& options) {
  const char* bold = options.colour ? "\x1b[1m" : "";
  const char* reset = options.colour ? "\x1b[0m" : "";
  auto colour_of = [&](Severity s) -> const char* {
    if (!options.colour) return "";
    switch (s) {
      case Severity::Error: return "\x1b[1;31m";
      case Severity::Warning: return "\x1b[1;35m";
      case Severity::Info: return "\x1b[1;36m";
    }
    return "";
  };
  std::string out;
  for (const Diagnostic& d : diags) {
    out += bold;
    out += d.file;
    if (d.loc.known()) out += ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.col);
    out += ":";
    out += reset;
    out += " ";
    out += colour_of(d.severity);
    out += severity_name(d.severity);
    out += ":";
    out += reset;
    out += " " + d.message + " [" + d.code + "]\n";
    if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
  }
  if (options.summary) out += summary_line(summarise(diags, options.files.size())) + "\n";
  return out;
}

// ---- JSON (shape documented in README.md, "JSON output") ---------------------------------------

std::string render_json(const std::vector<Diagnostic>& diags, const ReportOptions& options) {
  ordered_json j;
  j["version"] = 1;
  j["tool"] = {{"name", "handout"}, {"version", kVersion}};
  j["files"] = options.files;
  ordered_json list = ordered_json::array();
  for (const Diagnostic& d : diags) {
    ordered_json item;
    item["file"] = d.file;
    item["line"] = d.loc.line;
    item["column"] = d.loc.col;
    item["severity"] = severity_name(d.severity);
    item["code"] = d.code;
    item["kind"] = is_input_error(d) ? "input-error" : "lint";
    item["message"] = d.message;
    item["hint"] = d.hint;
    list.push_back(std::move(item));
  }
  j["diagnostics"] = std::move(list);
  const Summary s = summarise(diags, options.files.size());
  j["summary"] = {{"files", s.files},
                  {"errors", s.errors},
                  {"warnings", s.warnings},
                  {"info", s.infos},
                  {"input_errors", s.input_errors}};
  if (options.documents) {
    ordered_json docs = ordered_json::array();
    std::size_t built = 0, skipped = 0, failed = 0;
    for (const DocumentOutcome& d : *options.documents) {
      docs.push_back({{"input", d.input}, {"outputs", d.outputs}, {"status", d.status}});
      built += d.status == "built";
      skipped += d.status == "skipped-lint-errors";
      failed += d.status == "failed";
    }
    j["documents"] = std::move(docs);
    j["summary"]["built"] = built;
    j["summary"]["skipped_for_lint_errors"] = skipped;
    j["summary"]["failed"] = failed;
    j["summary"]["seconds"] = options.seconds;
  }
  return j.dump(2) + "\n";
}

// ---- SARIF 2.1.0 (shared/schemas/sarif-schema-2.1.0.json) --------------------------------------

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

// SARIF artifact locations are URIs: relative paths with '/' separators, percent-encoding the rest.
std::string to_uri(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string render_sarif(const std::vector<Diagnostic>& diags, const ReportOptions& options) {
  ordered_json rules_json = ordered_json::array();
  const auto all = rules::all_rules();
  for (const rules::Rule* r : all) {
    ordered_json rule;
    rule["id"] = r->id;
    rule["shortDescription"] = {{"text", r->summary}};
    rule["fullDescription"] = {{"text", r->explanation}};
    rule["help"] = {{"text", r->explanation}};
    if (!options.rules_url.empty()) rule["helpUri"] = options.rules_url + "#" + r->id;
    rule["defaultConfiguration"] = {{"level", sarif_level(r->severity)}};
    rule["properties"] = {{"tags", {"accessibility", std::string("WCAG ") + r->wcag}}};
    rules_json.push_back(std::move(rule));
  }
  ordered_json results = ordered_json::array();
  bool input_errors = false;
  for (const Diagnostic& d : diags) {
    ordered_json result;
    result["ruleId"] = d.code;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (d.code == all[i]->id) result["ruleIndex"] = i;
    }
    input_errors |= is_input_error(d);
    result["level"] = sarif_level(d.severity);
    result["message"] = {{"text", d.hint.empty() ? d.message : d.message + ". Hint: " + d.hint}};
    ordered_json physical;
    physical["artifactLocation"] = {{"uri", to_uri(d.file)}};
    if (d.loc.known()) physical["region"] = {{"startLine", d.loc.line}, {"startColumn", d.loc.col}};
    result["locations"] = ordered_json::array({{{"physicalLocation", std::move(physical)}}});
    results.push_back(std::move(result));
  }
  ordered_json artifacts = ordered_json::array();
  for (const std::string& f : options.files) artifacts.push_back({{"location", {{"uri", to_uri(f)}}}});

  ordered_json driver;
  driver["name"] = "handout";
  driver["version"] = kVersion;
  driver["semanticVersion"] = kVersion;
  driver["rules"] = std::move(rules_json);
  ordered_json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = ordered_json::array({{{"executionSuccessful", !input_errors}}});
  run["artifacts"] = std::move(artifacts);
  run["results"] = std::move(results);
  ordered_json sarif;
  sarif["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  sarif["version"] = "2.1.0";
  sarif["runs"] = ordered_json::array({std::move(run)});
  return sarif.dump(2) + "\n";
}

// ---- GitHub Actions workflow commands ----------------------------------------------------------

// Workflow-command escaping (actions/toolkit, command.ts): data escapes % CR LF; properties also : and ,.
std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string render_github(const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const Diagnostic& d : diags) {
    const char* command = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "notice";
    out += "::";
    out += command;
    out += " file=" + escape_property(d.file);
    if (d.loc.known()) out += ",line=" + std::to_string(d.loc.line) + ",col=" + std::to_string(d.loc.col);
    out += ",title=" + escape_property(d.code);
    out += "::" + escape_data(d.hint.empty() ? d.message : d.message + " (hint: " + d.hint + ")") + "\n";
  }
  return out;
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::Text;
  if (name == "json") return Format::Json;
  if (name == "sarif") return Format::Sarif;
  if (name == "github") return Format::Github;
  return std::nullopt;
}

Summary summarise(const std::vector<Diagnostic>& diags, std::size_t files) {
  Summary s;
  s.files = files;
  std::set<std::string_view> broken;
  for (const Diagnostic& d : diags) {
    switch (d.severity) {
      case Severity::Error: ++s.errors; break;
      case Severity::Warning: ++s.warnings; break;
      case Severity::Info: ++s.infos; break;
    }
    if (is_input_error(d)) broken.insert(d.file);
  }
  s.input_errors = broken.size();
  return s;
}

std::string summary_line(const Summary& s) {
  return plural(s.errors, "error", "errors") + ", " + plural(s.warnings, "warning", "warnings") + ", " +
         std::to_string(s.infos) + " info in " + plural(s.files, "file", "files");
}

std::string render(Format format, const std::vector<Diagnostic>& diags, const ReportOptions& options) {
  switch (format) {
    case Format::Text: return render_text(diags, options);
    case Format::Json: return render_json(diags, options);
    case Format::Sarif: return render_sarif(diags, options);
    case Format::Github: return render_github(diags);
  }
  return {};
}

}  // namespace handout::report
