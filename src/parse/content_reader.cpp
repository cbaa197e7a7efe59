// TEMPORARY: replaced by the real reader in the next commit.
#include "parse/content_reader.hpp"

#include <stdexcept>

namespace handout::parse {
model::Document parse_content(std::string_view, const std::string&, const ContentOptions&) {
  throw std::logic_error("parser not written yet");
}
model::Document read_content_file(const std::string&, const ContentOptions&) {
  throw std::logic_error("parser not written yet");
}
}  // namespace handout::parse
