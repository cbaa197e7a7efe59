// Breaking a word wider than its whole line (an e-mail address or URL in a narrow table cell, a
// long phone number): the last resort after UAX #14 found no opportunity, so that no text is ever
// painted past the column or cell it belongs to.
#include <algorithm>

#include "core/utf8.hpp"
#include "layout/engine.hpp"

namespace handout::layout::detail {
namespace {

// Characters that attach to the one before them: a break before them would split a grapheme
// cluster (UAX #29 Extend, ZWJ, SpacingMark for the common ranges). Shaping clusters catch the
// rest where the font groups characters (Indic syllables, ligatures).
bool extends_previous(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0591 && c <= 0x05C7) ||
         (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x0900 && c <= 0x0903) || (c >= 0x093A && c <= 0x094F) || (c >= 0x0951 && c <= 0x0957) ||
         (c >= 0x0962 && c <= 0x0963) || (c >= 0x0981 && c <= 0x0983) || (c >= 0x09BC && c <= 0x09D7) ||
         (c >= 0x0A01 && c <= 0x0A03) || (c >= 0x0A3C && c <= 0x0A51) || (c >= 0x0E31 && c <= 0x0E3A && c != 0x0E32 && c != 0x0E33) ||
         (c >= 0x0E47 && c <= 0x0E4E) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         c == 0x200C || c == 0x200D || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) ||
         (c >= 0xE0100 && c <= 0xE01EF);
}

bool regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

}  // namespace

std::vector<std::size_t> Engine::grapheme_boundaries(const Span& span, std::string_view text) {
  // Shaping clusters: a boundary inside one cluster would split what the font draws as a unit.
  std::vector<std::uint32_t> clusters;
  for (const Glyph& g : fm_.shape(span.face, text, lang_of(span.node))) clusters.push_back(g.cluster);
  std::sort(clusters.begin(), clusters.end());
  clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
  const bool use_clusters = clusters.size() > 1;  // a shaper that reports clusters at all
  std::vector<std::size_t> out;
  std::size_t pos = 0;
  char32_t previous = next_code_point(text, pos);
  int regional_run = regional_indicator(previous) ? 1 : 0;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const char32_t c = next_code_point(text, pos);
    const bool flag_pair = regional_indicator(c) && regional_run % 2 == 1;  // the second half of a flag
    regional_run = regional_indicator(c) ? regional_run + 1 : 0;
    const bool joined = extends_previous(c) || previous == 0x200D || flag_pair;
    if (!joined && (!use_clusters || std::binary_search(clusters.begin(), clusters.end(), at))) out.push_back(at);
    previous = c;
  }
  return out;
}

std::size_t Engine::overlong_cut(const Span& span, std::string_view text, double available) {
  // Only the start of the word can go on this line. Shaping and measuring the whole rest of it for
  // every line would make a word of n characters cost O(n²) (a 40,000-character "word" took over a
  // minute), so look at a window of its start at least twice too wide for the line: the cut lies in
  // its first half, far from where the window's edge could change how the font clusters letters.
  std::size_t window = 256;
  while (window < text.size()) {
    while (window < text.size() && (static_cast<unsigned char>(text[window]) & 0xC0) == 0x80) ++window;
    if (measure(span.face, span.size, text.substr(0, window), lang_of(span.node)) > 2 * available) break;
    window *= 2;
  }
  text = text.substr(0, std::min(window, text.size()));
  const std::vector<std::size_t> boundaries = grapheme_boundaries(span, text);
  auto fits = [&](std::size_t cut) { return measure(span.face, span.size, text.substr(0, cut), lang_of(span.node)) <= available; };
  // The longest prefix that fits (widths grow with the prefix, so a binary search will do).
  const auto first_too_long = std::partition_point(boundaries.begin(), boundaries.end(), fits);
  if (first_too_long == boundaries.begin()) return 0;
  const std::size_t longest = *(first_too_long - 1);
  // Prefer a break before "@" or "." or after "/" (the Chicago Manual's places to break an address),
  // when it keeps at least half the line filled; otherwise break anywhere between graphemes.
  for (auto it = first_too_long; it != boundaries.begin();) {
    const std::size_t cut = *--it;
    if (cut * 2 < longest) break;
    if (text[cut] == '@' || text[cut] == '.' || text[cut - 1] == '/') return cut;
  }
  return longest;
}

}  // namespace handout::layout::detail
