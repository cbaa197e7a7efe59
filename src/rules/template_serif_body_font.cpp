// Rule 53 `template-serif-body-font` (docs/spec/lint-rules.md), template lint: the body font is
// a serif or decorative face. BDA Dyslexia Style Guide: "use sans serif fonts, such as Arial and
// Comic Sans, as letters can appear less crowded" (alternatives Verdana, Tahoma, Century Gothic,
// Trebuchet, Calibri, Open Sans); RNIB Clear Print: avoid stylised and decorative typefaces.
// Decided by family name from the documented lists below; no font file is opened.
#include <algorithm>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

// Common serif families (case folded), including the metric clones shipped on Linux
// (Liberation Serif, Tinos = Times New Roman; Gelasio = Georgia; Caladea = Cambria) and the
// slab-serif Courier faces. Any other family whose name contains "serif" but not "sans" is serif
// too ("PT Serif", "Source Serif 4", "FreeSerif").
constexpr std::string_view kSerifFamilies[] = {
    "times", "times new roman", "times roman", "georgia", "garamond", "eb garamond", "adobe garamond pro",
    "cambria", "palatino", "palatino linotype", "book antiqua", "baskerville", "libre baskerville",
    "baskerville old face", "tinos", "gelasio", "caladea", "century", "century schoolbook",
    "new century schoolbook", "bookman", "bookman old style", "constantia", "minion pro", "charter",
    "bitstream charter", "merriweather", "lora", "playfair display", "crimson text", "crimson pro",
    "nimbus roman", "nimbus roman no9 l", "tex gyre termes", "tex gyre pagella", "tex gyre bonum",
    "tex gyre schola", "linux libertine", "linux libertine o", "gentium", "gentium plus",
    "gentium book basic", "cardo", "sylfaen", "perpetua", "goudy old style", "bodoni mt", "didot",
    "rockwell", "courier", "courier new", "nimbus mono ps"};

// Script, handwriting, blackletter and display faces. Comic Sans is deliberately absent: the BDA
// guide recommends it for dyslexic readers.
constexpr std::string_view kDecorativeFamilies[] = {
    "papyrus", "curlz mt", "jokerman", "chiller", "vivaldi", "old english text mt", "blackadder itc",
    "mistral", "harrington", "ravie", "magneto", "algerian", "impact", "zapfino", "apple chancery",
    "gigi", "snap itc", "pristina", "parchment", "monotype corsiva", "harlow solid italic",
    "informal roman", "bauhaus 93", "broadway", "stencil", "showcard gothic", "wide latin", "playbill",
    "colonna mt", "castellar", "pacifico", "lobster", "great vibes", "bradley hand", "bradley hand itc",
    "viner hand itc", "kristen itc", "jazz let", "party let"};

// Words that make any family decorative ("Brush Script MT", "Lucida Handwriting", "UnifrakturCook").
constexpr std::string_view kDecorativeWords[] = {"script", "handwriting", "calligraph", "fraktur", "blackletter"};

bool contains(std::string_view text, std::string_view word) { return text.find(word) != std::string_view::npos; }

enum class Face { Sans, Serif, Decorative };

Face classify(const std::string& family) {
  const std::string name = links::fold_case(links::normalise_space(family));
  auto listed = [&](std::span<const std::string_view> list) {
    return std::find(list.begin(), list.end(), name) != list.end();
  };
  if (listed(kDecorativeFamilies) ||
      std::any_of(std::begin(kDecorativeWords), std::end(kDecorativeWords),
                  [&](std::string_view w) { return contains(name, w); }))
    return Face::Decorative;
  if (listed(kSerifFamilies) || (contains(name, "serif") && !contains(name, "sans"))) return Face::Serif;
  return Face::Sans;
}

void check_template_serif_body_font(const RuleContext& ctx, RuleReporter& reporter) {
  const style::Template& tmpl = ctx.tmpl;
  const Face face = classify(tmpl.body.font.family);
  if (face == Face::Sans) return;
  reporter.report_in(tmpl.file_of(tmpl.body.font.file), tmpl.body.font.loc,
                     "body font \"" + tmpl.body.font.family + "\" is a " +
                         (face == Face::Serif ? "serif" : "decorative") + " face",
                     "set font under [body] to a plain sans serif, such as \"Liberation Sans\" (metrics of Arial), "
                     "\"DejaVu Sans\", Verdana or Tahoma");
}

}  // namespace

extern const Rule kTemplateSerifBodyFont{
    53, "template-serif-body-font", Severity::Info, "—",
    "template body font is a plain sans serif",
    "Checks the template, not the content: reports a body font family that is a serif face "
    "(Times New Roman, Georgia, Garamond, Cambria, Palatino, Liberation Serif, DejaVu Serif, "
    "Tinos, Courier, any family named \"… Serif\" that is not \"Sans\", and others on a documented "
    "list) or a decorative one (script, handwriting, blackletter and display faces such as "
    "Papyrus, Brush Script or Lucida Handwriting). The family name decides; unknown names are "
    "taken to be sans serif. Plain, evenly spaced sans serif letters appear less crowded, "
    "especially to dyslexic readers (BDA Dyslexia Style Guide; RNIB Clear Print). Comic Sans is "
    "not reported because the BDA guide recommends it. Fix: set the body font family to a sans "
    "serif such as Liberation Sans, DejaVu Sans, Verdana or Tahoma.",
    &check_template_serif_body_font,
};

}  // namespace handout::rules
