// libFuzzer target: bytes → parse → every rule (rules::run_rules) with the built-in lint
// config. Rules are read-only checks over any document the parser accepts (ARCHITECTURE.md,
// habit 5). The one input error run_rules itself raises is documented: a handout-ignore comment
// naming an unknown rule ("suppression-unknown-rule", registry.cpp), so InputError is accepted
// here too; anything else escaping, or a crash, is a bug.
#include <cstddef>
#include <cstdint>

#include "core/diagnostic.hpp"
#include "core/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "parse/content_reader.hpp"
#include "rules/lint_config.hpp"
#include "rules/rule.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const handout::style::Template kTemplate = handout::fuzz::default_template();
  static const handout::rules::LintConfig kConfig = handout::rules::LintConfig::defaults();
  try {
    const handout::model::Document doc = handout::parse::parse_content(
        handout::fuzz::as_view(data, size), "fuzz.xml", handout::fuzz::content_options());
    handout::DiagnosticList sink;
    const auto resolved = handout::resolve::resolve_document(doc, kTemplate);
    handout::rules::run_rules(handout::rules::RuleContext{doc, kTemplate, kConfig, resolved}, sink);
  } catch (const handout::InputError&) {
  }
  return 0;
}
