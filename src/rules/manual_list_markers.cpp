// Rule 29 `manual-list-markers` (docs/spec/lint-rules.md): list items typed into a paragraph
// with bullet or number characters. WCAG 2.2 SC 1.3.1 Info and Relationships (technique H48: use
// ul/ol for lists); Matterhorn 16-003 "Content is a list but is not tagged as a list"; GOV.UK and
// BDA: use real bullet points and numbering.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

// Typed bullets: bullet, white bullet, small squares, triangular bullet, black circle, hyphen,
// asterisk, en and em dash. Each must be followed by a space ("-5°C" is not a bullet).
constexpr std::array<std::string_view, 10> kBullets{"\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x96\xAB",
                                                    "\xE2\x80\xA3", "\xE2\x97\x8F", "-",            "*",
                                                    "\xE2\x80\x93", "\xE2\x80\x94"};

bool followed_by_space(std::string_view line, std::size_t at) {
  return at < line.size() && (line[at] == ' ' || line.substr(at, 2) == "\xC2\xA0");
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The typed marker a line starts with: a bullet, "1." / "12)" (one to three digits), "a)",
// "(a)" or "(1)"; nullopt for anything else.
std::optional<std::string_view> leading_marker(std::string_view line) {
  while (!line.empty() && line[0] == ' ') line.remove_prefix(1);
  while (line.substr(0, 2) == "\xC2\xA0") line.remove_prefix(2);
  for (std::string_view b : kBullets)
    if (line.substr(0, b.size()) == b && followed_by_space(line, b.size())) return line.substr(0, b.size());
  std::size_t digits = 0;
  while (digits < line.size() && digits < 4 && is_digit(line[digits])) ++digits;
  if (digits >= 1 && digits <= 3 && digits < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      followed_by_space(line, digits + 1))
    return line.substr(0, digits + 1);
  if (line.size() >= 2 && is_letter(line[0]) && line[1] == ')' && followed_by_space(line, 2)) return line.substr(0, 2);
  if (line.size() >= 3 && line[0] == '(' && (is_letter(line[1]) || is_digit(line[1])) && line[2] == ')' &&
      followed_by_space(line, 3))
    return line.substr(0, 3);
  return std::nullopt;
}

void check_manual_list_markers(const RuleContext& ctx, RuleReporter& reporter) {
  text::ProseOptions options;
  options.english_only = false;  // bullets look the same in every language
  options.keep_code = true;
  for (const text::Prose& p : text::collect_prose(ctx.resolved, options)) {
    if (!p.paragraph || p.note) continue;
    int marked = 0;
    std::string first;
    std::string_view rest = p.text;
    while (true) {
      const std::size_t nl = rest.find('\n');
      const std::string_view line = rest.substr(0, nl);
      if (const auto marker = leading_marker(line)) {
        if (marked++ == 0) first = *marker;
      }
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
    if (marked == 0) continue;
    const std::string what = marked == 1 ? std::string("paragraph starts with a typed list marker \"") + first + "\""
                                         : std::to_string(marked) + " lines of this paragraph start with typed list "
                                                                    "markers (first \"" + first + "\")";
    reporter.report(p.loc, what,
                    "use <ul><li>…</li></ul> for bullets or <ol> for numbered steps, so screen readers announce "
                    "a list and its length");
  }
}

}  // namespace

extern const Rule kManualListMarkers{
    29, "manual-list-markers", Severity::Warning, "1.3.1",
    "lists use ul/ol, not typed bullets or numbers",
    "Reports a <p> whose text, or any of its <br/>-separated lines, starts with a typed list marker "
    "followed by a space: a bullet character (• ◦ ▪ ▫ ‣ ●), \"-\", \"*\", an en or em dash, one to "
    "three digits with \".\" or \")\" (\"1.\", \"12)\"), a letter with \")\" (\"a)\"), or \"(a)\"/\"(1)\". "
    "One finding per paragraph. Typed markers look like a list on paper but are plain text to a screen "
    "reader, which then cannot announce \"list, 4 items\" or let the reader skip it, and the PDF gets no "
    "L/LI structure (WCAG 2.2 SC 1.3.1, technique H48; Matterhorn 16-003; GOV.UK and BDA: use real "
    "bullet points and numbering). Fix: turn the lines into <ul><li>…</li></ul>, or <ol> when the order "
    "matters.",
    &check_manual_list_markers,
};

}  // namespace handout::rules
