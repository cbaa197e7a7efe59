// Turns byte offsets into a buffer into SourceLoc (line, column), as ninja's Lexer::Error does.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/source_loc.hpp"

namespace handout {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // Column counts UTF-8 code points from the start of the line, starting at 1.
  SourceLoc locate(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  mutable std::size_t last_line_ = 0, last_offset_ = 0;
  mutable std::uint32_t last_col_ = 1;
};

}  // namespace handout
