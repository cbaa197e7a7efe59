#include "report/report.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "handout/version.hpp"
#include "rules/rule.hpp"

namespace handout::report {
namespace {

using nlohmann::ordered_json;

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// ---- text ---------------------------------------------------------------------------------------

class TextWriter final : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;

 private:
  const char* colour_of(Severity s) const {
    if (!options_.colour) return "";
    switch (s) {
      case Severity::Error: return "\x1b[1;31m";
      case Severity::Warning: return "\x1b[1;35m";
      case Severity::Info: return "\x1b[1;36m";
    }
    return "";
  }
  void write(const Diagnostic& d) override {
    const char* bold = options_.colour ? "\x1b[1m" : "";
    const char* reset = options_.colour ? "\x1b[0m" : "";
    out_ << bold << d.file;
    if (d.loc.known()) out_ << ':' << d.loc.line << ':' << d.loc.col;
    out_ << ':' << reset << ' ' << colour_of(d.severity) << severity_name(d.severity) << ':' << reset << ' '
         << d.message << " [" << d.code << "]\n";
    if (!d.hint.empty()) out_ << "  hint: " << d.hint << '\n';
  }
  void end(const std::vector<std::string>&) override {
    if (options_.summary) out_ << summary_line(summary_) << '\n';
  }
};

// ---- JSON (shape documented in README.md, "Lint output formats") ---------------------------------

class JsonWriter final : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin() override {
    out_ << "{\n  \"version\": 1,\n  \"tool\": " << ordered_json{{"name", "handout"}, {"version", kVersion}}.dump()
         << ",\n  \"diagnostics\": [";
  }

 private:
  void write(const Diagnostic& d) override {
    ordered_json item;
    item["file"] = d.file;
    item["line"] = d.loc.line;
    item["column"] = d.loc.col;
    item["severity"] = severity_name(d.severity);
    item["code"] = d.code;
    item["kind"] = rules::is_input_error(d) ? "input-error" : "lint";
    item["message"] = d.message;
    item["hint"] = d.hint;
    out_ << (first_ ? "\n    " : ",\n    ") << item.dump();
    first_ = false;
  }
  void end(const std::vector<std::string>& files) override {
    out_ << (first_ ? "],\n" : "\n  ],\n") << "  \"files\": " << ordered_json(files).dump() << ",\n";
    ordered_json summary = {{"files", summary_.files},
                            {"errors", summary_.errors},
                            {"warnings", summary_.warnings},
                            {"info", summary_.infos},
                            {"input_errors", summary_.input_errors}};
    if (options_.documents) {
      ordered_json docs = ordered_json::array();
      std::size_t built = 0, skipped = 0, failed = 0;
      for (const DocumentOutcome& d : *options_.documents) {
        docs.push_back({{"input", d.input}, {"outputs", d.outputs}, {"status", d.status}});
        built += d.status == "built";
        skipped += d.status == "skipped-lint-errors";
        failed += d.status == "failed";
      }
      summary["built"] = built;
      summary["skipped_for_lint_errors"] = skipped;
      summary["failed"] = failed;
      summary["seconds"] = options_.seconds;
      out_ << "  \"documents\": " << docs.dump() << ",\n";
    }
    out_ << "  \"summary\": " << summary.dump() << "\n}\n";
  }
  bool first_ = true;
};

// ---- SARIF 2.1.0 (tests/schemas/sarif-schema-2.1.0.json) --------------------------------------

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

bool is_docx(std::string_view path) {
  if (path.size() < 5) return false;
  std::string ext(path.substr(path.size() - 5));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".docx";
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

class SarifWriter final : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;
  void begin() override {
    ordered_json rules_json = ordered_json::array();
    for (const rules::Rule* r : rules::all_rules()) {
      ordered_json rule;
      rule["id"] = r->id;
      rule["shortDescription"] = {{"text", r->summary}};
      rule["fullDescription"] = {{"text", r->explanation}};
      rule["help"] = {{"text", r->explanation}};
      if (!options_.rules_url.empty()) rule["helpUri"] = options_.rules_url + "#" + r->id;
      rule["defaultConfiguration"] = {{"level", sarif_level(r->severity)}};
      rule["properties"] = {{"tags", {"accessibility", std::string("WCAG ") + r->wcag}}};
      rules_json.push_back(std::move(rule));
    }
    ordered_json driver;
    driver["name"] = "handout";
    driver["version"] = kVersion;
    driver["semanticVersion"] = kVersion;
    driver["rules"] = std::move(rules_json);
    out_ << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
         << "  \"runs\": [\n    {\n      \"tool\": " << ordered_json{{"driver", std::move(driver)}}.dump()
         << ",\n      \"results\": [";
  }

 private:
  void write(const Diagnostic& d) override {
    ordered_json result;
    result["ruleId"] = d.code;
    const auto all = rules::all_rules();
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (d.code == all[i]->id) result["ruleIndex"] = i;
    }
    result["level"] = sarif_level(d.severity);
    result["message"] = {{"text", d.hint.empty() ? d.message : d.message + ". Hint: " + d.hint}};
    ordered_json physical;
    physical["artifactLocation"] = {{"uri", to_uri(d.file)}};
    if (d.loc.known()) physical["region"] = {{"startLine", d.loc.line}, {"startColumn", d.loc.col}};
    ordered_json location = {{"physicalLocation", std::move(physical)}};
    // A .docx has no lines a person reads: its findings' line is the paragraph number (see
    // src/import/docx_reader.hpp), which SARIF names as a logical location too.
    if (d.loc.known() && is_docx(d.file)) {
      location["logicalLocations"] = ordered_json::array(
          {{{"name", "paragraph " + std::to_string(d.loc.line)}, {"kind", "element"}}});
    }
    result["locations"] = ordered_json::array({std::move(location)});
    out_ << (first_ ? "\n        " : ",\n        ") << result.dump();
    first_ = false;
  }
  void end(const std::vector<std::string>& files) override {
    ordered_json artifacts = ordered_json::array();
    for (const std::string& f : files) artifacts.push_back({{"location", {{"uri", to_uri(f)}}}});
    out_ << (first_ ? "],\n" : "\n      ],\n")
         << "      \"invocations\": " << ordered_json::array({{{"executionSuccessful", summary_.input_errors == 0}}}).dump()
         << ",\n      \"artifacts\": " << artifacts.dump() << "\n    }\n  ]\n}\n";
  }
  bool first_ = true;
};

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

class GithubWriter final : public ReportWriter {
 public:
  using ReportWriter::ReportWriter;

 private:
  void write(const Diagnostic& d) override {
    const char* command =
        d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "notice";
    out_ << "::" << command << " file=" << escape_property(d.file);
    if (d.loc.known()) out_ << ",line=" << d.loc.line << ",col=" << d.loc.col;
    out_ << ",title=" << escape_property(d.code)
         << "::" << escape_data(d.hint.empty() ? d.message : d.message + " (hint: " + d.hint + ")") << '\n';
  }
  void end(const std::vector<std::string>&) override {}
};

}  // namespace

std::unique_ptr<ReportWriter> ReportWriter::create(Format format, std::ostream& out, const ReportOptions& options) {
  switch (format) {
    case Format::Text: return std::unique_ptr<ReportWriter>(new TextWriter(out, options));
    case Format::Json: return std::unique_ptr<ReportWriter>(new JsonWriter(out, options));
    case Format::Sarif: return std::unique_ptr<ReportWriter>(new SarifWriter(out, options));
    case Format::Github: return std::unique_ptr<ReportWriter>(new GithubWriter(out, options));
  }
  return nullptr;
}

void ReportWriter::count(const Diagnostic& d) {
  switch (d.severity) {
    case Severity::Error: ++summary_.errors; break;
    case Severity::Warning: ++summary_.warnings; break;
    case Severity::Info: ++summary_.infos; break;
  }
}

void ReportWriter::add(const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags) {
    count(d);
    if (rules::is_input_error(d) && std::find(broken_files_.begin(), broken_files_.end(), d.file) == broken_files_.end())
      broken_files_.push_back(d.file);
    write(d);
  }
}

void ReportWriter::count_not_shown(const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags) {
    count(d);
    ++summary_.not_shown;
  }
}

void ReportWriter::finish(const std::vector<std::string>& files) {
  summary_.files = files.size();
  summary_.input_errors = broken_files_.size();
  end(files);
  out_.flush();
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::Text;
  if (name == "json") return Format::Json;
  if (name == "sarif") return Format::Sarif;
  if (name == "github") return Format::Github;
  return std::nullopt;
}

std::string summary_line(const Summary& s) {
  std::string line = plural(s.errors, "error", "errors") + ", " + plural(s.warnings, "warning", "warnings") + ", " +
                     std::to_string(s.infos) + " info in " + plural(s.files, "file", "files");
  if (s.not_shown > 0) line += " (" + std::to_string(s.not_shown) + " below --min-severity not shown)";
  return line;
}

std::string render(Format format, const std::vector<Diagnostic>& diags, const std::vector<std::string>& files,
                   const ReportOptions& options, const std::vector<Diagnostic>& not_shown) {
  std::ostringstream out;
  auto writer = ReportWriter::create(format, out, options);
  writer->begin();
  writer->add(diags);
  writer->count_not_shown(not_shown);
  writer->finish(files);
  return out.str();
}

}  // namespace handout::report
