#include "core/line_index.hpp"

#include <algorithm>

namespace handout {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

SourceLoc LineIndex::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t from = line_starts_[line - 1];
  std::uint32_t col = 1;
  // Callers ask in document order, often many times on one long line: continue counting from
  // the previous answer on the same line instead of from the line start (linear, not quadratic).
  if (line == last_line_ && offset >= last_offset_) {
    from = last_offset_;
    col = last_col_;
  }
  for (std::size_t i = from; i < offset; ++i) {
    // Count code points: skip UTF-8 continuation bytes.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
  }
  last_line_ = line;
  last_offset_ = offset;
  last_col_ = col;
  return SourceLoc{static_cast<std::uint32_t>(line), col};
}

}  // namespace handout
