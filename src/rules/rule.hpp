// What a lint rule is: a stable id, a default severity, the WCAG criterion, a summary and a
// documentation paragraph, and one read-only check over the document model (ARCHITECTURE.md,
// habit 5). Each rule lives in src/rules/<id>.cpp; registry.cpp lists them all in spec order.
#pragma once
#include <span>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"
#include "rules/lint_config.hpp"
#include "style/template.hpp"

namespace handout::rules {

struct RuleContext {
  const model::Document& doc;
  const style::Template& tmpl;
  const LintConfig& config;
  const resolve::ResolvedDocument& resolved;  // what every output will print and paint
};

// Hands findings of one rule to the sink with the rule's id and (possibly overridden) severity.
class RuleReporter {
 public:
  RuleReporter(std::string_view rule_id, Severity severity, std::string file, DiagnosticSink& sink)
      : rule_id_(rule_id), severity_(severity), file_(std::move(file)), sink_(sink) {}

  // A finding in the content file.
  void report(SourceLoc loc, std::string message, std::string hint = {});
  // A finding in another file (template rules report against the template file).
  void report_in(const std::string& file, SourceLoc loc, std::string message, std::string hint = {});
  // As above with a severity of its own, for a rule whose findings differ in weight
  // (template-min-font-size: error below 12pt, warning below the template's [text] min_size_pt).
  void report_in(const std::string& file, SourceLoc loc, std::string message, std::string hint, Severity severity);

 private:
  std::string_view rule_id_;
  Severity severity_;
  std::string file_;
  DiagnosticSink& sink_;
};

using CheckFn = void (*)(const RuleContext&, RuleReporter&);

struct Rule {
  int number;              // row in docs/spec/lint-rules.md
  const char* id;          // public interface: never changes
  Severity severity;       // default severity
  const char* wcag;        // "1.3.1", "1.4.3", or "—"
  const char* summary;     // one line, for `handout rules`
  const char* explanation; // a paragraph, for `handout explain`
  CheckFn check;           // nullptr for rules reported as part of another rule (contrast-fix-suggestion)
};

std::span<const Rule* const> all_rules();
const Rule* find_rule(std::string_view id);

// True for input errors: error-severity diagnostics whose code names no lint rule (unreadable or
// malformed input, I/O, internal errors). They make the run exit 2 and are reported apart from
// lint findings. It lives here because only the rule table can tell the two apart.
bool is_input_error(const Diagnostic& d);

// Runs every enabled rule and adds their findings to `sink`, honouring inline suppressions
// and the config's severity overrides.
void run_rules(const RuleContext& ctx, DiagnosticSink& sink);

}  // namespace handout::rules
