// Rule 41 `blank-spacing` (docs/spec/lint-rules.md): white space used for layout. WCAG 2.2 SC
// 1.3.2 Meaningful Sequence (technique F33/F34: white space to format content); Word checker
// "Avoid repeated blank characters"; PAC "Tagged text consists of only whitespace"; markdownlint
// MD012 no-multiple-blanks. Blank paragraphs and breaks become empty tags a screen reader
// announces as "blank", and the spacing breaks when the template changes.
#include <string>
#include <string_view>
#include <vector>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

const char* kSpacingHint = "remove it: the template sets the spacing between blocks, and a new section or heading "
                           "gives a visible break";

bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i, 2) == kNoBreakSpace) {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

// Consecutive <br/>, with only white space between them, in one inline sequence and every
// sequence nested in it.
void check_breaks(const model::Inlines& inlines, RuleReporter& reporter) {
  const model::Inline* first = nullptr;
  int count = 0;
  const auto flush = [&] {
    if (count >= 2)
      reporter.report(first->loc, std::to_string(count) + " line breaks in a row", kSpacingHint);
    first = nullptr;
    count = 0;
  };
  for (const model::Inline& i : inlines) {
    if (i.kind == model::InlineKind::LineBreak) {
      if (count++ == 0) first = &i;
    } else if (!(i.kind == model::InlineKind::Text && is_blank(i.text))) {
      flush();
    }
    if (!i.children.empty()) check_breaks(i.children, reporter);
  }
  flush();
}

void check_page_breaks(const std::vector<model::Block>& blocks, RuleReporter& reporter) {
  const model::Block* first = nullptr;
  int count = 0;
  const auto flush = [&] {
    if (count >= 2) reporter.report(first->loc, std::to_string(count) + " page breaks in a row", kSpacingHint);
    first = nullptr;
    count = 0;
  };
  for (const model::Block& b : blocks) {
    if (b.kind == model::BlockKind::PageBreak) {
      if (count++ == 0) first = &b;
    } else {
      flush();
    }
    check_page_breaks(b.children, reporter);
    if (b.table)
      for (const model::TableRow& row : b.table->rows)
        for (const model::TableCell& cell : row.cells) check_page_breaks(cell.content, reporter);
  }
  flush();
}

void check_blank_spacing(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind == model::BlockKind::Paragraph && is_blank(model::plain_text_with_notes(block.inlines)))
      reporter.report(block.loc, "empty paragraph used as spacing", kSpacingHint);
    model::for_each_inline_run(block, [&](const model::Inlines& inlines) { check_breaks(inlines, reporter); });
  });
  check_page_breaks(ctx.doc.body, reporter);

  // Runs of two or more no-break spaces (ordinary spaces between them allowed) used to indent or align.
  text::ProseOptions options;
  options.english_only = false;
  options.keep_code = true;
  for (const text::Prose& p : text::collect_prose(ctx.resolved, options)) {
    const std::string_view t = p.text;
    for (std::size_t i = 0; i < t.size();) {
      if (t.substr(i, 2) != kNoBreakSpace) {
        ++i;
        continue;
      }
      int run = 0;
      while (i < t.size() && (t[i] == ' ' || t.substr(i, 2) == kNoBreakSpace)) {
        if (t[i] == ' ') {
          ++i;
        } else {
          ++run;
          i += 2;
        }
      }
      if (run >= 2)
        reporter.report(p.loc, std::to_string(run) + " no-break spaces in a row",
                        "do not line text up with spaces; use a list or a table, or let the template indent");
    }
  }
}

}  // namespace

extern const Rule kBlankSpacing{
    41, "blank-spacing", Severity::Info, "1.3.2",
    "no empty paragraphs, repeated breaks or runs of spaces used for layout",
    "Reports white space used to lay the page out: an empty <p> (nothing but white space, no-break "
    "spaces included), two or more <br/> in a row (only white space between them), a run of two or "
    "more no-break spaces (U+00A0), and two or more <pagebreak/> in a row. Each becomes an empty tag "
    "or a run of blanks that screen readers announce as \"blank\" and that breaks as soon as the "
    "template, the font or the page size changes (WCAG 2.2 SC 1.3.2, failures F33/F34; Word's \"Avoid "
    "repeated blank characters\"; PAC \"Tagged text consists of only whitespace\"; markdownlint "
    "MD012). Fix: delete the blanks and let the template space the blocks; use a list or table to "
    "align things, and a single <pagebreak/> where a new page is needed.",
    &check_blank_spacing,
};

}  // namespace handout::rules
