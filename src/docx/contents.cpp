// The printed table of contents and the first page's running header in Word: the same entries,
// heading and page-1 header the PDF prints, from the resolve stage.
#include <algorithm>

#include "docx/parts.hpp"
#include "model/query.hpp"

namespace handout::docx {
namespace {

void field_char(XmlWriter& w, std::string_view type, bool dirty = false) {
  w.open("w:r");
  w.open("w:fldChar").attr("w:fldCharType", type);
  if (dirty) w.attr("w:dirty", "true");
  w.close();
  w.close();
}

void instruction(XmlWriter& w, std::string_view text) {
  w.open("w:r");
  w.open("w:instrText").attr("xml:space", "preserve");
  w.text(text);
  w.close();
  w.close();
}

}  // namespace

std::string contents_bookmark(const resolve::ContentsEntry& entry) {
  std::string name = "_Toc_" + entry.id;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

void write_contents(DocxContext& ctx, XmlWriter& w, InlineWriter& runs, bool rtl) {
  const resolve::ResolvedContents& contents = *ctx.resolved.contents;
  w.open("w:p");
  w.open("w:pPr");
  // A heading one level under the title, as the PDF tags it (H2), or the H1 with no title.
  w.empty("w:pStyle", "w:val", ctx.resolved.title_heading ? "Heading2" : "Heading1");
  w.empty("w:keepNext");
  if (rtl) w.empty("w:bidi");
  w.close();
  RunProps heading_props;
  heading_props.rtl = rtl;
  const resolve::GeneratedText& words = ctx.resolved.generated;
  if (!words.words_lang.empty()) heading_props.lang = &words.words_lang;
  runs.run_text(contents.heading, heading_props);
  w.close();

  int deepest = 1, top = 6;
  for (const resolve::ContentsEntry& e : contents.entries) {
    deepest = std::max(deepest, e.level);
    top = std::min(top, e.level);
  }
  const std::string switches = " TOC \\o \"" + std::to_string(top) + "-" + std::to_string(deepest) + "\" \\h \\z \\u ";
  const std::int64_t indent_step = twips_from_mm(6) * static_cast<std::int64_t>(ctx.tmpl.layout_scale() * 100) / 100;
  for (std::size_t k = 0; k < contents.entries.size(); ++k) {
    const resolve::ContentsEntry& e = contents.entries[k];
    w.open("w:p");
    w.open("w:pPr");
    // Word's own style names for contents entries, so an update keeps their look.
    w.empty("w:pStyle", "w:val", "TOC" + std::to_string(std::clamp(e.level, 1, 9)));
    if (rtl) w.empty("w:bidi");
    if (e.level > top) w.empty("w:ind", "w:left", indent_step * (e.level - top));
    w.close();
    if (k == 0) {
      // The field's result is the entries as written here; Word recomputes it (page numbers
      // included) on opening, as the field is dirty (ECMA-376 Part 1 §17.16.18; pandoc does so too).
      field_char(w, "begin", true);
      instruction(w, switches);
      field_char(w, "separate");
    }
    w.open("w:hyperlink").attr("w:anchor", contents_bookmark(e)).attr("w:history", "1");
    RunProps props;
    props.rtl = rtl;
    props.bold = e.level == top;
    runs.run_text(e.text, props);
    w.close();
    if (k + 1 == contents.entries.size()) field_char(w, "end");
    w.close();
  }
  if (ctx.tmpl.contents.new_page) {
    // The body starts on a new page, as in the PDF ([contents] new_page).
    w.open("w:p");
    w.open("w:r");
    w.empty("w:br", "w:type", "page");
    w.close();
    w.close();
  }
}

style::RunningText first_page_header(const resolve::ResolvedDocument& resolved) {
  style::RunningText header = resolved.tmpl.header;
  if (!resolved.title_heading) return header;
  const std::string title = model::plain_text(resolved.title_heading->inlines);
  for (std::string* piece : {&header.left, &header.centre, &header.right}) {
    if (!piece->empty() && resolved.running_text(*piece, 1, 1) == title) piece->clear();
  }
  return header;
}

}  // namespace handout::docx
