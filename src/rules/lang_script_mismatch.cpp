// Rule 54 `lang-script-mismatch`: WCAG 2.2 SC 3.1.2 Language of Parts. Text in a script the
// language around it is not written in (Arabic letters in a lang="en-GB" paragraph) is a passage
// in another language that no <span lang> marks, so a screen reader reads it with the wrong voice
// or skips it. Latin letters in a document in another script are left alone: names, brands and
// codes written in Latin are everywhere in such leaflets, and SC 3.1.2 exempts proper names.
#include <optional>
#include <string>

#include "core/utf8.hpp"
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

using model::Inline;
using model::InlineKind;

// A foreign script in `text` written in `lang`: its code and the passage (the characters from the
// first foreign one up to the next character of another script, at most 40 bytes).
struct Foreign {
  std::string script, passage;
};

std::optional<Foreign> foreign_script(std::string_view text, std::string_view lang) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const std::string_view script = resolve::script_of(next_code_point(text, pos));
    if (script.empty() || script == "latn" || resolve::language_uses_script(lang, script)) continue;
    std::size_t end = pos;
    for (std::size_t p = pos; p < text.size() && p - start < 40;) {
      const std::string_view s = resolve::script_of(next_code_point(text, p));
      if (!s.empty() && s != script) break;
      if (s == script) end = p;
    }
    return Foreign{std::string(script), std::string(text.substr(start, end - start))};
  }
  return std::nullopt;
}

class Checker {
 public:
  Checker(const RuleContext& ctx, RuleReporter& reporter) : ctx_(ctx), reporter_(reporter) {}

  void run() {
    model::for_each_block(ctx_.doc, [&](const model::Block& block, model::BlockPath) {
      reported_.clear();
      const resolve::TextStyle& style = ctx_.resolved.style_of(block);
      model::for_each_inline_run(block, [&](const model::Inlines& run) { walk(run, style.lang, block.loc); });
    });
  }

 private:
  void walk(const model::Inlines& run, std::string_view lang, SourceLoc where) {
    for (const Inline& in : run) {
      if (in.kind == InlineKind::Text) {
        check(in.text, lang, in.loc.known() ? in.loc : where);
        continue;
      }
      if (in.kind == InlineKind::LineBreak) continue;
      walk(in.children, ctx_.resolved.style_of(in).lang, in.loc.known() ? in.loc : where);
    }
  }

  void check(std::string_view text, std::string_view lang, SourceLoc where) {
    const std::optional<Foreign> f = foreign_script(text, lang);
    if (!f || reported_.find(f->script) != std::string::npos) return;
    reported_ += f->script + ' ';
    const std::string name = resolve::script_name(f->script);
    const std::string_view example = resolve::example_language(f->script);
    reporter_.report(where,
                     name + " text \"" + f->passage + "\" in " + std::string(lang) + " text is not marked with its language",
                     "wrap it in <span lang=\"…\">…</span> with its language" +
                         (example.empty() ? std::string() : ", e.g. lang=\"" + std::string(example) + "\""));
  }

  const RuleContext& ctx_;
  RuleReporter& reporter_;
  std::string reported_;  // scripts already reported in the current block
};

void check_lang_script_mismatch(const RuleContext& ctx, RuleReporter& reporter) { Checker(ctx, reporter).run(); }

}  // namespace

extern const Rule kLangScriptMismatch{
    54, "lang-script-mismatch", Severity::Error, "3.1.2",
    "text in another script is marked with its language",
    "Reports text written in a script that the language around it does not use, such as Arabic or "
    "Bengali letters in a paragraph of a lang=\"en-GB\" document, or Chinese in an Urdu one, when no "
    "<span lang> marks the passage. A screen reader reads text in the voice of its marked language; "
    "an English voice cannot read Arabic letters, and skips or spells them (WCAG 2.2 SC 3.1.2 "
    "Language of Parts; Matterhorn 11-006). Latin letters in a document in another script are not "
    "reported: school names, brands and codes are written in Latin in every language. Fix: wrap "
    "the passage in <span lang=\"ar\">…</span> (or its own language).",
    &check_lang_script_mismatch,
};

}  // namespace handout::rules
