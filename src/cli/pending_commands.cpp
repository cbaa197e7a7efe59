// TEMPORARY: the subcommands land once the template reader and config reader exist.
#include "cli/commands.hpp"

namespace handout::cli {
int run_build(const std::vector<std::string>&) { return 2; }
}  // namespace handout::cli
