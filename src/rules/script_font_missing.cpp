// Rule 56 `script-font-missing`: WCAG 2.2 SC 1.4.8 Visual Presentation (AAA) / BDA guidance. A
// language whose script the body font lacks is printed in the template's [fonts] family for it;
// with none, the PDF falls back to whichever installed font covers the characters (or to boxes)
// and the DOCX leaves the choice to the reader's Word, so the leaflet's look is left to chance.
#include <algorithm>
#include <string>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_script_font_missing(const RuleContext& ctx, RuleReporter& reporter) {
  std::vector<std::string> seen;
  auto check = [&](const std::string& lang, SourceLoc loc) {
    if (std::find(seen.begin(), seen.end(), lang) != seen.end()) return;
    seen.push_back(lang);
    const std::string script = resolve::script_of_language(lang);
    if (resolve::font_slot_of(script) == resolve::FontSlot::Latin) return;
    if (resolve::script_font_for(ctx.tmpl, lang, script)) return;
    const std::string name = resolve::script_name(script);
    reporter.report(loc, "the template names no font for " + name + " text (lang=\"" + lang + "\")",
                    "add a family under [fonts] in the template, e.g. " + script + " = \"Noto Sans " + name + "\"");
  };
  check(ctx.doc.lang, ctx.doc.root_loc);
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    model::for_each_inline_run(block, [&](const model::Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& in, const std::vector<const model::Inline*>&) {
        if (in.kind == model::InlineKind::Span && in.lang) check(*in.lang, in.loc);
      });
    });
  });
}

}  // namespace

extern const Rule kScriptFontMissing{
    56, "script-font-missing", Severity::Warning, "1.4.8",
    "the template has a font for every script the document uses",
    "Reports a language of the document (the root lang or a <span lang>) written in a script the "
    "body font does not cover, such as Thai or Tamil, for which the template's [fonts] table names "
    "no family, neither for the language nor for its script. The house defaults cover Arabic, Urdu, "
    "Bengali, Gurmukhi, Devanagari, Ethiopic and Chinese, Japanese and Korean with Noto families. "
    "Without one the PDF takes whatever installed font has the letters, and Word and browsers "
    "choose their own, so the text may not match the leaflet or may show as boxes (WCAG 2.2 SC "
    "1.4.8; BDA Dyslexia Style Guide: a plain, consistent typeface). Fix: name a family under "
    "[fonts], e.g. thai = \"Noto Sans Thai\".",
    &check_script_font_missing,
};

}  // namespace handout::rules
