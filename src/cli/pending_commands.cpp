// TEMPORARY: the subcommands land once the template reader and config reader exist.
#include "cli/commands.hpp"

namespace handout::cli {
int run_lint(const std::vector<std::string>&) { return 2; }
int run_build(const std::vector<std::string>&) { return 2; }
int run_rules_command(const std::vector<std::string>&) { return 2; }
int run_explain(const std::vector<std::string>&) { return 2; }
int run_templates(const std::vector<std::string>&) { return 2; }
std::string version_text() { return "handout\n"; }
}  // namespace handout::cli
