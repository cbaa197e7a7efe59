#include "core/whitespace.hpp"

namespace handout {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the whitespace sequence starting at `pos` (0 if none): ASCII whitespace or U+00A0.
std::size_t space_at(std::string_view text, std::size_t pos) {
  if (is_ascii_space(text[pos])) return 1;
  if (text.substr(pos, 2) == "\xC2\xA0") return 2;
  return 0;
}

}  // namespace

bool is_blank(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t n = space_at(text, pos);
    if (n == 0) return false;
    pos += n;
  }
  return true;
}

std::string normalise_space(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    if (const std::size_t n = space_at(text, pos)) {
      pending_space = !out.empty();
      pos += n;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[pos++];
  }
  return out;
}

}  // namespace handout
