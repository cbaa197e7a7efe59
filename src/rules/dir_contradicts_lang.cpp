// Rule 55 `dir-contradicts-lang`: WCAG 2.2 SC 1.3.2 Meaningful Sequence. A dir attribute that runs
// against the language of the text it holds (dir="ltr" on Urdu, dir="rtl" on English) makes the
// PDF, Word and browsers order the words of each line backwards for that text's reader.
#include <string>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

const char* name_of(resolve::Direction d) { return d == resolve::Direction::Rtl ? "rtl" : "ltr"; }
const char* words_of(resolve::Direction d) { return d == resolve::Direction::Rtl ? "right to left" : "left to right"; }

// `dir` set on an element whose text is in `lang`: a finding when the language and the text's
// first letter both run the other way.
void check_one(RuleReporter& reporter, SourceLoc loc, model::Dir dir, std::string_view lang, std::string_view text) {
  if (dir == model::Dir::Auto) return;
  const resolve::Direction written = dir == model::Dir::Rtl ? resolve::Direction::Rtl : resolve::Direction::Ltr;
  const resolve::Direction language = resolve::direction_of_language(lang);
  if (written == language || resolve::first_strong_direction(text) != language) return;
  reporter.report(loc,
                  std::string("dir=\"") + name_of(written) + "\" on " + std::string(lang) + " text, which is written " +
                      words_of(language),
                  "remove dir (the language sets the direction), or mark a passage in another language with "
                  "<span lang=\"…\">");
}

void check_dir_contradicts_lang(const RuleContext& ctx, RuleReporter& reporter) {
  const model::Document& doc = ctx.doc;
  if (doc.dir) {
    std::string text;
    for (const model::Block& b : doc.body) text += model::plain_text(b) + ' ';
    check_one(reporter, doc.root_loc, *doc.dir, doc.lang, text);
  }
  model::for_each_block(doc, [&](const model::Block& block, model::BlockPath) {
    if (block.dir) check_one(reporter, block.loc, *block.dir, ctx.resolved.style_of(block).lang, model::plain_text(block));
    model::for_each_inline_run(block, [&](const model::Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& in, const std::vector<const model::Inline*>&) {
        if (in.kind == model::InlineKind::Span && in.dir)
          check_one(reporter, in.loc, *in.dir, ctx.resolved.style_of(in).lang, model::plain_text(in.children));
      });
    });
  });
}

}  // namespace

extern const Rule kDirContradictsLang{
    55, "dir-contradicts-lang", Severity::Warning, "1.3.2",
    "a dir attribute agrees with the language of its text",
    "Reports dir=\"ltr\" or dir=\"rtl\" on an element whose language is written the other way when its "
    "text starts in that language too: dir=\"ltr\" on a paragraph of Urdu, or dir=\"rtl\" on English. "
    "Every output then lays the line out in the wrong direction, so punctuation, numbers and "
    "embedded words land in the wrong place for the reader (WCAG 2.2 SC 1.3.2 Meaningful Sequence). "
    "dir on a passage in another script, such as dir=\"ltr\" on English words in an Urdu leaflet, is "
    "fine. Fix: remove dir and let the language decide, or give the passage its own <span lang>.",
    &check_dir_contradicts_lang,
};

}  // namespace handout::rules
