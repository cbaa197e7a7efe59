// Rule 6 `emphasis-as-heading` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.3.1 Info and
// Relationships (visual headings must be marked up as headings); Matterhorn 14-001 (H); axe
// p-as-heading; markdownlint MD036.
#include <algorithm>
#include <cctype>
#include <sstream>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr int kMaxShortWords = 8;      // a plain line this short, unpunctuated, reads as a heading
constexpr int kMaxEmphasisWords = 15;  // a longer bold paragraph is emphasis, not a heading

int word_count(const std::string& text) {
  std::istringstream in(text);
  int n = 0;
  for (std::string w; in >> w;) ++n;
  return n;
}

std::string trimmed(const std::string& text) {
  const auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return text.substr(b, text.find_last_not_of(" \t\r\n") - b + 1);
}

// True when every visible character sits inside <strong> or <em> (whitespace between is fine).
bool only_emphasis(const model::Inlines& inlines) {
  bool any = false;
  for (const model::Inline& in : inlines) {
    switch (in.kind) {
      case model::InlineKind::Strong:
      case model::InlineKind::Emphasis:
        any = any || !trimmed(model::plain_text(in.children)).empty();
        break;
      case model::InlineKind::Text:
        if (!trimmed(in.text).empty()) return false;
        break;
      case model::InlineKind::LineBreak:
      case model::InlineKind::Note:
        break;
      case model::InlineKind::Code:
      case model::InlineKind::Subscript:
      case model::InlineKind::Superscript:
      case model::InlineKind::Link:
      case model::InlineKind::Abbr:
      case model::InlineKind::Span:
        return false;
    }
  }
  return any;
}

enum class Look { None, Emphasis, Short };

Look heading_look(const model::Block& block) {
  if (block.kind != model::BlockKind::Paragraph) return Look::None;
  const std::string text = trimmed(model::plain_text(block.inlines));
  if (text.empty() || text.find('\n') != std::string::npos) return Look::None;
  // Sentence or lead-in punctuation ("Call us if:") means running text, not a heading.
  if (std::string_view(".!?:;,").find(text.back()) != std::string_view::npos) return Look::None;
  if (text.size() >= 3 && text.compare(text.size() - 3, 3, "\xE2\x80\xA6") == 0) return Look::None;
  const int words = word_count(text);
  if (only_emphasis(block.inlines) && words <= kMaxEmphasisWords) return Look::Emphasis;
  if (words <= kMaxShortWords) return Look::Short;
  return Look::None;
}

struct Walker {
  RuleReporter& reporter;
  int last_heading_level = 0;

  void walk(const std::vector<model::Block>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const model::Block& block = blocks[i];
      if (block.kind == model::BlockKind::Heading) last_heading_level = block.level;
      if (i + 1 < blocks.size()) check(block, i > 0 ? &blocks[i - 1] : nullptr, blocks[i + 1]);
      switch (block.kind) {
        // List items and table cells are not candidates: short unpunctuated lines are normal there.
        case model::BlockKind::List:
        case model::BlockKind::ListItem:
        case model::BlockKind::Table:
        // Nor are terms of a definition list, nor the lines of an address or sign-off (1.1): short
        // unpunctuated lines are what they are made of.
        case model::BlockKind::DefinitionList:
        case model::BlockKind::DefinitionTerm:
        case model::BlockKind::DefinitionDetails:
        case model::BlockKind::Address:
          break;
        case model::BlockKind::Callout:
        case model::BlockKind::Quote:
        case model::BlockKind::Section:
          walk(block.children);
          break;
        case model::BlockKind::Heading:
        case model::BlockKind::Paragraph:
        case model::BlockKind::Plain:
        case model::BlockKind::Figure:
        case model::BlockKind::Image:
        case model::BlockKind::PageBreak:
        case model::BlockKind::ReplySlip:
        case model::BlockKind::Rule:
          break;
      }
    }
  }

  // True when `previous` is a line of an address or sign-off typed as short paragraphs: another
  // short line, or a closing such as "Yours sincerely," that a name follows.
  static bool continues_short_lines(const model::Block* previous) {
    if (previous == nullptr || previous->kind != model::BlockKind::Paragraph) return false;
    if (heading_look(*previous) != Look::None) return true;
    const std::string text = trimmed(model::plain_text(previous->inlines));
    return !text.empty() && text.back() == ',' && word_count(text) <= kMaxShortWords;
  }

  void check(const model::Block& block, const model::Block* previous, const model::Block& next) {
    const Look look = heading_look(block);
    if (look == Look::None) return;
    // The last line of an address or a sign-off is followed by body text, but it is no heading.
    if (continues_short_lines(previous)) return;
    // Followed by body text; a run of short lines (an address, a signature) is not a heading.
    const bool body_follows = next.kind == model::BlockKind::List ||
                              (next.kind == model::BlockKind::Paragraph && heading_look(next) == Look::None &&
                               !trimmed(model::plain_text(next.inlines)).empty());
    if (!body_follows) return;
    const std::string text = trimmed(model::plain_text(block.inlines));
    const int level = std::min(last_heading_level + 1, 6);
    reporter.report(block.loc,
                    std::string(look == Look::Emphasis ? "p holds only bold or italic text" : "short p has no end punctuation") +
                        " (\"" + text + "\") and is followed by body text: it looks like a heading",
                    "if it is a heading, mark it up as <h" + std::to_string(level) + ">" + text + "</h" +
                        std::to_string(level) + ">; if not, end it with punctuation");
  }
};

void check_emphasis_as_heading(const RuleContext& ctx, RuleReporter& reporter) {
  Walker walker{reporter};
  walker.walk(ctx.doc.body);
}

}  // namespace

extern const Rule kEmphasisAsHeading{
    6, "emphasis-as-heading", Severity::Warning, "1.3.1",
    "no bold or short lines pretending to be headings",
    "Reports a paragraph that looks like a heading but is not tagged as one: its text is all "
    "<strong>/<em> (up to 15 words), or it is a short line (up to 8 words) with no end "
    "punctuation, and body text (a paragraph or a list) follows it. Sighted readers see a "
    "heading; screen reader users, heading navigation and the PDF bookmarks do not (WCAG 2.2 SC "
    "1.3.1; axe p-as-heading; markdownlint MD036; Matterhorn 14-001). To keep false alarms low, "
    "list items, table cells, captions, definition lists and <address> (1.1) are never "
    "candidates, a line ending in ':' or other "
    "punctuation is a lead-in, and a run of short lines (an address, or a sign-off after \"Yours "
    "sincerely,\"), its last line included, is skipped. Fix: use "
    "<h2>…<h6> at the right level, or end the sentence with punctuation.",
    &check_emphasis_as_heading,
};

}  // namespace handout::rules
