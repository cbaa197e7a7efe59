#include "support/test_support.hpp"

#include <stdexcept>

#include "job/config_file.hpp"
#include "parse/content_reader.hpp"
#include "rules/rule.hpp"

namespace handout::test {

model::Document parse_for_test(std::string_view xml) {
  parse::ContentOptions options;
  options.check_images = false;
  return parse::parse_content(xml, "test.xml", options);
}

model::Document read_as_built(const std::string& path) {
  parse::ContentOptions options;
  job::ConfigCache configs;
  options.shared_images_dir = configs.for_content(path).images_dir;
  return parse::read_content_file(path, options);
}

model::Document doc_with(const std::string& body) {
  return parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n" + body + "\n</body></handout>");
}

style::Template default_template() {
  style::Template t = style::house_defaults();
  t.name = "test";
  t.path = "test-template.toml";
  t.body.font.color = Colour{0x1a, 0x1a, 0x1a};
  t.headings.font.family = t.body.font.family;
  return t;
}

std::vector<Diagnostic> run_rule(std::string_view id, const model::Document& doc) {
  return run_rule(id, doc, default_template());
}

std::vector<Diagnostic> run_rule(std::string_view id, const model::Document& doc, const style::Template& tmpl) {
  return run_rule(id, doc, tmpl, rules::LintConfig::defaults());
}

std::vector<Diagnostic> run_rule(std::string_view id, const model::Document& doc, const style::Template& tmpl,
                                 const rules::LintConfig& config) {
  const rules::Rule* rule = rules::find_rule(id);
  if (!rule) throw std::invalid_argument("no such rule: " + std::string(id));
  DiagnosticList out;
  if (rule->check) {
    const resolve::ResolvedDocument resolved = resolve::resolve_document(doc, tmpl);
    rules::RuleContext ctx{doc, tmpl, config, resolved};
    rules::RuleReporter reporter(rule->id, rule->severity, doc.path, out);
    rule->check(ctx, reporter);
  }
  sort_diagnostics(out.items);
  return out.items;
}

std::string test_path(std::string_view relative) { return std::string(HANDOUT_TEST_DIR) + "/" + std::string(relative); }

}  // namespace handout::test
