// The handout executable: argv → job, exit status. Everything else lives in handout_core.
#include "cli/cli.hpp"
#include "core/process_setup.hpp"

int main(int argc, char** argv) {
  handout::configure_process();
  return handout::cli::run(argc, argv);
}
