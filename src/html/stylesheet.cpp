// The page's stylesheet, from the template: its resolved colours exactly as lint checked them,
// its fonts (each with a generic fallback), sizes in rem so that browser text zoom and the
// reader's default size scale everything (WCAG 2.2 SC 1.4.4), a column of at most 70ch that
// reflows down to 320 CSS px without horizontal scrolling (SC 1.4.10), visible focus (SC 2.4.7),
// and a print stylesheet with the template's page size and margins.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

#include "html/escape.hpp"
#include "model/query.hpp"
#include "html/parts.hpp"

namespace handout::html {
namespace {

// A number for CSS: at most four decimals, no trailing zeros ("1.1667", "0.5", "12").
void number(std::string& out, double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", value);
  std::string_view s(buf);
  if (s.find('.') != std::string_view::npos) {
    while (s.back() == '0') s.remove_suffix(1);
    if (s.back() == '.') s.remove_suffix(1);
  }
  if (s == "-0") s = "0";
  out += s;
}

// Points as rem: browsers default to 16px = 12pt, so 12pt is 1rem and the reader's own default
// size scales every length the template gives.
void rem(std::string& out, double pt) {
  number(out, pt / 12.0);
  out += "rem";
}

bool contains_word(const std::string& lower, std::string_view word) { return lower.find(word) != std::string::npos; }

// The generic family that stands in when the named font is not installed on the reader's device.
const char* generic_family(const std::string& family) {
  std::string lower(family);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (contains_word(lower, "mono") || contains_word(lower, "courier") || contains_word(lower, "code") ||
      contains_word(lower, "consol"))
    return "monospace";
  if (contains_word(lower, "sans")) return "sans-serif";
  if (contains_word(lower, "serif") || contains_word(lower, "times") || contains_word(lower, "georgia") ||
      contains_word(lower, "garamond") || contains_word(lower, "cambria") || contains_word(lower, "palatino"))
    return "serif";
  return "sans-serif";
}

void font_family(std::string& out, const std::string& family) {
  out += "font-family:";
  if (!family.empty()) {
    append_css_string(out, family);
    out += ',';
  }
  out += generic_family(family);
  out += ';';
}

void colour(std::string& out, const char* property, Colour c) {
  out += property;
  out += ':';
  append_colour(out, c);
  out += ';';
}

// "\2022\a0": a list marker from the resolve stage as a CSS string, followed by a space.
void marker_string(std::string& out, const std::string& marker) {
  std::string value = marker;
  value += "\u00A0";
  append_css_string(out, value);
}

// Text in a language whose script the body font lacks: the template's family for that script after
// the body (or heading) font, so Latin words and digits keep theirs. :where() adds nothing to
// specificity, so code keeps its own family; headings get a rule of their own. Nastaliq hangs each
// word diagonally below the line and needs more leading than Naskh or Latin (W3C Urdu layout
// requirements), so its lines are spaced wider.
void script_fonts(std::string& out, const resolve::ResolvedDocument& resolved) {
  const style::Template& t = resolved.tmpl;
  const std::string& heading_family = t.headings.font.family.empty() ? t.body.font.family : t.headings.font.family;
  for (const std::string& lang : model::languages_used(resolved.doc)) {
    const std::string script = resolve::script_of_language(lang);
    if (resolve::font_slot_of(script) == resolve::FontSlot::Latin) continue;
    const std::optional<std::string> family = resolve::script_font_for(t, lang, script);
    // A BCP 47 tag is a CSS identifier (letters, digits, hyphens, a letter first); anything else
    // is skipped rather than escaped (lint's lang-tag reports it).
    const bool identifier = !lang.empty() && std::isalpha(static_cast<unsigned char>(lang[0])) &&
                            std::all_of(lang.begin(), lang.end(), [](unsigned char c) { return std::isalnum(c) || c == '-'; });
    if (!family || !identifier) continue;
    const bool nastaliq = family->find("Nastaliq") != std::string::npos;
    auto rule = [&](const char* selector, const std::string& first, double line_height) {
      out += selector;
      out += lang;
      out += ")){font-family:";
      append_css_string(out, first);
      out += ',';
      append_css_string(out, *family);
      out += ',';
      out += generic_family(*family);
      if (nastaliq) {
        out += ";line-height:";
        number(out, line_height);
      }
      out += "}\n";
    };
    rule(":where(:lang(", t.body.font.family, std::max(t.body.line_spacing, 2.2));
    rule(":is(h1,h2,h3,h4,h5,h6):where(:lang(", heading_family, 1.8);
  }
}

}  // namespace

void write_stylesheet(HtmlContext& ctx) {
  std::string& out = ctx.out;
  const style::Template& t = ctx.resolved.tmpl;
  const resolve::Palette& p = ctx.resolved.palette;
  const double body_pt = t.body.font.size_pt;

  // Page and text: the template's page colour and body text colour, in its body font.
  out += "html{";
  colour(out, "background-color", p.page);
  colour(out, "color", p.text);
  font_family(out, t.body.font.family);
  out += "-webkit-text-size-adjust:100%;text-size-adjust:100%}\n";
  out += "body{margin:0;font-size:";
  rem(out, body_pt);
  if (t.body.font.bold) out += ";font-weight:bold";
  out += ";line-height:";
  number(out, t.body.line_spacing);
  out += t.body.align == style::TextAlign::Justify ? ";text-align:justify" : ";text-align:start";
  // Long words and URLs break rather than widen the page at 320 CSS px (SC 1.4.10).
  out += ";overflow-wrap:anywhere}\n";
  out += "header,main,footer{box-sizing:border-box;max-width:70ch;margin:0 auto;padding:0 1rem}\n";
  out += "main{padding-top:1rem;padding-bottom:2rem}\n";
  out += "p,ul,ol,dl,address,figure,table,blockquote,.callout{margin:0 0 ";
  rem(out, t.body.paragraph_space_pt);
  out += "}\n";
  // Definition lists as in the PDF: the term bold on its own line, the definition hanging under it.
  // An address is set upright as in the PDF and DOCX, not in the browser's italic.
  out += "dt{font-weight:bold;break-after:avoid}\ndd{margin:0 0 0.5em;margin-inline-start:1.75em}\n"
         "address{font-style:normal;break-inside:avoid}\nsub,sup{line-height:0}\n";
  out += "hr{border:0;border-top:1px solid ";
  append_colour(out, p.rule);
  out += ";margin:1.5em 0}\n";
  out += "ul,ol{padding-inline-start:1.75em}\nli>ul,li>ol{margin-bottom:0}\n";
  // Bullets as the resolve stage prints them in the PDF and DOCX, by nesting depth.
  const char* depths[] = {"ul", ":is(ul,ol) ul", ":is(ul,ol) :is(ul,ol) ul", ":is(ul,ol) :is(ul,ol) :is(ul,ol) ul"};
  for (int depth = 1; depth <= 4; ++depth) {
    out += depths[depth - 1];
    out += "{list-style-type:";
    marker_string(out, resolve::ResolvedDocument::list_marker(false, depth, 1));
    out += "}\n";
  }
  out += "ol{list-style-type:decimal}\n";

  // Headings: the template's heading font, colour and sizes.
  out += "h1,h2,h3,h4,h5,h6{";
  font_family(out, t.headings.font.family.empty() ? t.body.font.family : t.headings.font.family);
  colour(out, "color", p.heading);
  out += t.headings.font.bold ? "font-weight:bold;" : "font-weight:normal;";
  out += "line-height:1.25;margin:";
  rem(out, t.headings.space_before_pt);
  out += " 0 ";
  rem(out, t.headings.space_after_pt);
  out += "}\n";
  for (int level = 1; level <= 6; ++level) {
    out += 'h';
    out += static_cast<char>('0' + level);
    out += "{font-size:";
    rem(out, t.headings.sizes_pt[level - 1]);
    out += "}\n";
  }
  out += "main>h1:first-child{margin-top:0}\n";
  script_fonts(out, ctx.resolved);
  // The subtitle under the title, as the PDF prints it: heading colour, a step above body size.
  out += ".subtitle{";
  colour(out, "color", p.heading);
  out += "font-size:";
  rem(out, t.body.font.size_pt * 1.25);
  out += "}\n";

  // The byline and contents as the PDF prints them: body text, the contents' entries unnumbered
  // (the PDF prints no numbers before them) and indented by level.
  out += ".byline{margin-top:0}\nnav.contents ol{list-style:none;padding-left:0}\n"
         "nav.contents ol ol{padding-left:1.5em}\nnav.contents>ol>li>a{font-weight:bold}\n";

  // Emphasis as the template prints it (BDA: bold rather than italic); the element stays <em>.
  if (t.emphasis == style::EmphasisStyle::Bold) out += "em{font-style:normal;font-weight:bold}\n";
  out += "code{";
  font_family(out, t.monospace.family);
  out += "font-size:";
  number(out, body_pt > 0 ? t.monospace.size_pt / body_pt : 1);
  out += "em}\n";

  // Links: the template's link colour, underlined unless the template says otherwise (SC 1.4.1).
  out += "a{";
  colour(out, "color", p.link);
  out += t.underline_links ? "text-decoration:underline}\n" : "text-decoration:none}\n";
  // Focus: a thick outline in the element's own colour, always visible (SC 2.4.7, 2.4.13).
  out += ":focus-visible{outline:3px solid currentColor;outline-offset:2px}\n";
  out += "a:focus-visible{text-decoration-thickness:3px}\n";
  // The skip link is the first thing Tab reaches; it appears when it has focus (SC 2.4.1).
  out += ".skip-link{position:absolute;top:0;left:0;z-index:1;padding:0.5rem 1rem;";
  colour(out, "background-color", p.page);
  colour(out, "color", p.link);
  out += "}\n.skip-link:not(:focus){width:1px;height:1px;padding:0;overflow:hidden;clip-path:inset(50%);"
         "white-space:nowrap}\n";

  // Running header and footer, in their own colours and sizes. The size is set on the text, not
  // on the landmark, so that 70ch measures the same column as <main>.
  out += "body>header{";
  colour(out, "color", p.header_text);
  out += "padding-top:0.5rem}\nbody>header p{font-size:";
  rem(out, t.header.size_pt);
  out += "}\nbody>footer{";
  colour(out, "color", p.footer_text);
  out += "padding-bottom:1rem}\nbody>footer p{font-size:";
  rem(out, t.footer.size_pt);
  out += "}\nbody>header p,body>footer p{margin:0.5rem 0}\n"
         ".letterhead-centre{text-align:center}\n.letterhead-right{text-align:right}\n";

  // Pictures scale down with the column; captions follow the body text.
  out += "img{display:block;max-width:100%;height:auto}\nfigcaption{margin-top:0.5em}\n";

  // Tables fit the column: cells wrap their text instead of widening the page.
  out += "table{width:100%;border-collapse:collapse}\ncaption{text-align:start;font-weight:bold;"
         "margin-bottom:0.5em}\nth,td{padding:0.3em 0.5em;vertical-align:top;text-align:start;border:1px solid ";
  append_colour(out, p.rule);
  out += "}\nth{";
  colour(out, "background-color", p.table_header_fill);
  // On a narrow screen every column counts: less padding leaves more room for the words.
  out += "font-weight:bold}\nth>:last-child,td>:last-child{margin-bottom:0}\n"
         "@media (max-width:30em){th,td{padding:0.2em 0.25em}}\n";

  // Callouts: the template's fill and border (its edge visible against the page, SC 1.4.11).
  out += ".callout{";
  colour(out, "background-color", p.callout_fill);
  colour(out, "color", p.text);
  if (p.callout_border && p.callout_border_width_pt > 0) {
    out += "border:";
    number(out, p.callout_border_width_pt);
    out += "pt solid ";
    append_colour(out, *p.callout_border);
    out += ';';
  }
  out += "padding:";
  rem(out, t.callout.padding_pt);
  // A reply slip is cut off along the dashed line above it when printed.
  out += "}\n.reply-slip{border:0;border-top:2px dashed;padding:1rem 0 0;margin:2rem 0 1rem}\n"
         ".reply-slip>legend{font-weight:bold;padding:0 .5rem 0 0}\n.slip-choice{border:0;padding:0;margin:0}\n"
         ".slip-field input[type=text],.slip-field textarea{width:60%}\n";
  out += ".callout>:first-child,th>:first-child,td>:first-child{margin-top:0}\n"
         ".callout>:last-child{margin-bottom:0}\n";

  // Quotations: a bar on the side the text starts from, in the quote bar colour.
  out += "blockquote{margin-inline:0;padding-inline-start:1rem;border-inline-start:0.25rem solid ";
  append_colour(out, p.quote_bar);
  out += "}\nblockquote>:last-child{margin-bottom:0}\n";
  // Notes as the PDF sets them: smaller than the body, never below the template's min_size_pt.
  out += ".notes{font-size:";
  rem(out, t.secondary_size_pt());
  out += ";border-top:1px solid ";
  append_colour(out, p.rule);
  out += ";margin-top:2rem}\n.notes h2{font-size:";
  rem(out, t.headings.sizes_pt[1]);
  out += "}\n";

  // Paper: the template's page size and margins, sizes in points, no screen furniture.
  out += "@media print{\n@page{size:";
  number(out, t.page.width_mm);
  out += "mm ";
  number(out, t.page.height_mm);
  out += "mm;margin:";
  for (const double margin : {t.page.margin_top_mm, t.page.margin_right_mm, t.page.margin_bottom_mm, t.page.margin_left_mm}) {
    number(out, margin);
    out += "mm ";
  }
  out.back() = '}';
  out += '\n';
  if (t.layout.panels > 1) {
    // A folded leaflet: the page's panels as columns, with each panel's side margins between them
    // so the folds fall in the gaps. The browser fills them left to right, page by page.
    out += "main{column-count:" + std::to_string(t.layout.panels) + ";column-gap:";
    number(out, t.page.margin_left_mm + t.page.margin_right_mm);
    out += "mm}\n";
  }
  out += "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\nbody{font-size:";
  number(out, body_pt);
  out += "pt}\nheader,main,footer{max-width:none;padding:0}\n.skip-link{display:none}\n"
         ".page-break{break-before:page}\nh1,h2,h3,h4,h5,h6{break-after:avoid}\n"
         "figure,tr,.callout{break-inside:avoid}\nthead{display:table-header-group}\n}\n";
}

}  // namespace handout::html
