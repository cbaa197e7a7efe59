// The handout executable: argv → job, exit status. Everything else lives in handout_core.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return handout::cli::run(argc, argv); }
