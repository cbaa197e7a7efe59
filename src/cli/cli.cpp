#include "cli/cli.hpp"

#include <iostream>

#include "handout/version.hpp"

namespace handout::cli {

int run(int, char**) {
  std::cout << "handout " << kVersion << "\n";
  return 0;
}

}  // namespace handout::cli
