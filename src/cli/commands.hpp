// One function per subcommand; each takes the arguments after the command name and returns the
// exit code. Options and their help text are declared in the command's own file.
#pragma once
#include <string>
#include <vector>

namespace handout::cli {

int run_lint(const std::vector<std::string>& args);
int run_build(const std::vector<std::string>& args);
int run_import(const std::vector<std::string>& args);
int run_rules_command(const std::vector<std::string>& args);
int run_explain(const std::vector<std::string>& args);
int run_templates(const std::vector<std::string>& args);

// `handout --version`: version plus the libraries it was built with.
std::string version_text();

}  // namespace handout::cli
