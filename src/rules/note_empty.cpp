// Rule 49 `note-empty` (docs/spec/lint-rules.md): a <note> with no text. WCAG 2.2 SC 1.3.1: the
// note reference promises text that is not there; PDF/UA-1 §7.9 (Note), Matterhorn 19-003/19-004
// and PAC's "Note elements are referenced": the exporter writes a Note element with an ID for it,
// and an empty one is an empty tag.
#include <string>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

void check_note_empty(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    model::for_each_inline_run(block, [&](const model::Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& i, const std::vector<const model::Inline*>&) {
        if (i.kind != model::InlineKind::Note) return;
        // Whitespace and <br/> alone are not text.
        if (!links::is_blank(model::plain_text(i.children))) return;
        reporter.report(i.loc, "note " + std::to_string(i.note_number) + " has no text",
                        "write the note's text between <note> and </note>, or remove the note");
      });
    });
  });
}

}  // namespace

extern const Rule kNoteEmpty{
    49, "note-empty", Severity::Error, "1.3.1",
    "every note has text",
    "Reports a <note> that holds no text (empty, whitespace only, or only <br/>). The reader sees "
    "a note number in the text that leads to an empty footnote or endnote, and the tagged PDF gets "
    "an empty Note element (WCAG 2.2 SC 1.3.1; PDF/UA-1 §7.9, Matterhorn 19-003/19-004; PAC "
    "\"Note elements are referenced\"). Fix: write the note's text between <note> and </note> "
    "(for a reference, the citation with its link), or delete the note.",
    &check_note_empty,
};

}  // namespace handout::rules
