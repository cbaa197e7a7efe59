// Template files (templates/<name>/template.toml, format in templates/README.md) → style::Template.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "style/template.hpp"

namespace handout::parse {

// Parses template TOML text; `path` for messages. Bad values: InputError "template-invalid".
style::Template parse_template(std::string_view toml_text, const std::string& path);
// The same, read over `base` (a parent template): only the keys the text sets are replaced.
// `extends` is recorded but not followed; load_template follows it.
style::Template parse_template_over(std::string_view toml_text, const std::string& path, style::Template base);

// Where templates are looked up, in order: $HANDOUT_TEMPLATES, <prefix>/share/handout/templates
// next to the executable, the source tree's templates/ (for running from a build folder).
std::vector<std::string> template_search_path();

// Finds templates/<name>/template.toml on the search path and parses it, over its parent when it
// has `extends = "parent"` (followed the same way, to any depth).
// Unknown name: InputError "template-not-found" listing what exists. A missing parent or a cycle:
// "template-invalid" at the `extends` line.
style::Template load_template(const std::string& name);

// Template names found on the search path, sorted.
std::vector<std::string> available_templates();

}  // namespace handout::parse
