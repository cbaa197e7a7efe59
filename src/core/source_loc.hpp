// A position in an input file: 1-based line and column (column counts Unicode code points).
#pragma once
#include <cstdint>
#include <compare>

namespace handout {

struct SourceLoc {
  std::uint32_t line = 0;  // 0 means "no location" (whole file)
  std::uint32_t col = 0;

  bool known() const { return line != 0; }
  auto operator<=>(const SourceLoc&) const = default;
};

}  // namespace handout
