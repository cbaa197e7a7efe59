// Runs into inlines: bold, italic, code, language and colours; hyperlinks, tracked changes, fields
// (a table of contents dropped whole) and what a run may hold besides text.
#include "import/docx_reader_state.hpp"

namespace handout::import::docx {

namespace {
// Links and note references carry no run formatting of their own. A named constant rather than a
// RunFormat{} temporary: GCC 12 reports a false maybe-uninitialized on the temporary's optional
// string once this code is in its own translation unit.
const RunFormat kPlain;
}  // namespace

// The paragraph's (or hyperlink's) children → inlines, adjacent runs of one format merged.
Inlines Reader::content(pugi::xml_node parent, const RunFormat& base) {
  std::vector<std::pair<RunFormat, Inline>> pieces;
  collect(parent, base, pieces);
  return wrap(pieces);
}

void Reader::collect(pugi::xml_node parent, const RunFormat& base, Pieces& pieces) {
  const DepthGuard guard(*this, parent);
  for (pugi::xml_node n : parent.children()) {
    const std::string_view name = n.name();
    if (name == "w:r") {
      run(n, base, pieces);
    } else if (toc_open_ > 0) {
      // Inside a table of contents: only the field characters that end it matter.
      std::vector<std::pair<RunFormat, Inline>> discarded;
      collect(n, base, discarded);
    } else if (name == "w:hyperlink") {
      Inline link;
      link.kind = InlineKind::Link;
      link.id = next_id();
      link.loc = para_loc_;
      const std::string rid = n.attribute("r:id").value();
      const std::string anchor = n.attribute("w:anchor").value();
      if (!rid.empty()) {
        const auto& rels = pkg_.relationships(part_);
        if (auto it = rels.find(rid); it != rels.end()) link.href = it->second.target;
      }
      if (!anchor.empty()) link.href = link.href.value_or("") + "#" + anchor;
      link.children = content(n, base);
      pieces.emplace_back(kPlain, std::move(link));
    } else if (name == "w:ins" || name == "w:moveTo") {
      ++insertions_;
      collect(n, base, pieces);
    } else if (name == "w:del" || name == "w:moveFrom") {
      ++deletions_;
    } else if (name == "w:smartTag" || name == "w:customXml" || name == "w:fldSimple") {
      if (name == "w:fldSimple") field_warning(n.attribute("w:instr").value());
      collect(n, base, pieces);
    } else if (name == "w:sdt") {
      collect(n.child("w:sdtContent"), base, pieces);
    } else if (name == "w:commentRangeStart") {
      take_comment(n.attribute("w:id").value());
    } else if (name == "m:oMath" || name == "m:oMathPara") {
      warn("an equation", para_loc_);
    }
  }
}

std::string Reader::field_kind(const std::string& instr) {
  const std::size_t a = instr.find_first_not_of(' ');
  if (a == std::string::npos) return {};
  return instr.substr(a, instr.find(' ', a) - a);
}

void Reader::field_warning(const std::string& instr) {
  const std::string kind = field_kind(instr);
  if (kind == "HYPERLINK" || kind.empty()) return;  // its text and target are kept
  warn("a " + kind + " field (its current text is kept)", para_loc_);
}

void Reader::run(pugi::xml_node r, const RunFormat& base, Pieces& pieces) {
  RunFormat f = base;
  const pugi::xml_node rpr = r.child("w:rPr");
  if (pugi::xml_node b = rpr.child("w:b")) f.strong = on(b);
  if (pugi::xml_node i = rpr.child("w:i")) f.em = on(i);
  if (styles_.is_code_character(rpr.child("w:rStyle").attribute("w:val").value())) f.code = true;
  if (auto c = hex_colour(rpr.child("w:color").attribute("w:val").value())) f.color = c;
  if (auto s = hex_colour(rpr.child("w:shd").attribute("w:fill").value())) f.background = s;
  if (auto h = highlight_colour(rpr.child("w:highlight").attribute("w:val").value())) f.background = h;
  if (pugi::xml_attribute lang = rpr.child("w:lang").attribute("w:val")) {
    if (first_run_lang_.empty()) first_run_lang_ = lang.value();
    f.lang = lang.value();
  }
  for (pugi::xml_node c : r.children()) {
    const std::string_view name = c.name();
    if (name == "w:fldChar") {
      const std::string type = c.attribute("w:fldCharType").value();
      if (type == "begin") {
        fields_.push_back({});
      } else if (type == "separate" && !fields_.empty()) {
        fields_.back().code = false;
        if (field_kind(fields_.back().instr) == "TOC") {
          // A table of contents is generated text whose links point at Word's own bookmarks:
          // it is dropped whole, entries and page numbers included.
          fields_.back().toc = true;
          if (toc_open_++ == 0) warn("a table of contents (TOC field)", para_loc_);
        } else if (toc_open_ == 0) {
          field_warning(fields_.back().instr);
        }
      } else if (type == "end" && !fields_.empty()) {
        if (fields_.back().toc) --toc_open_;
        fields_.pop_back();
      }
      continue;
    }
    if (name == "w:instrText") {
      if (!fields_.empty()) fields_.back().instr += c.text().get();
      continue;
    }
    if ((!fields_.empty() && fields_.back().code) || toc_open_ > 0) continue;
    if (name == "w:t") {
      append_text(pieces, f, c.text().get());
    } else if (name == "w:tab" || name == "w:ptab") {
      append_text(pieces, f, " ");
    } else if (name == "w:noBreakHyphen") {
      append_text(pieces, f, "\u2011");
    } else if (name == "w:br" || name == "w:cr") {
      if (std::string_view(c.attribute("w:type").value()) == "page") {
        pending_page_break_ = true;
      } else {
        Inline br;
        br.kind = InlineKind::LineBreak;
        br.id = next_id();
        br.loc = para_loc_;
        pieces.push_back({f, std::move(br)});
      }
    } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
      const bool foot = name == "w:footnoteReference";
      pieces.emplace_back(kPlain, note(foot ? footnotes_ : endnotes_, foot ? footnotes_part_ : endnotes_part_,
                                       c.attribute("w:id").value()));
      used_endnotes_ = used_endnotes_ || !foot;
    } else if (name == "w:drawing") {
      drawing(c);
    } else if (name == "w:pict" || name == "w:object") {
      warn(name == "w:object" ? "an embedded object" : "a VML shape or text box", para_loc_);
    } else if (name == "mc:AlternateContent") {
      warn("a text box or shape", para_loc_);
    } else if (name == "w:commentReference") {
      // Word marks a comment's range with commentRangeStart too; LibreOffice writes a comment on
      // a point with the reference alone. A comment taken at its range start is not taken twice.
      take_comment(c.attribute("w:id").value());
    } else if (name == "w:sym") {
      append_text(pieces, f, "\u25A1");
    }
  }
}

void Reader::append_text(Pieces& pieces, const RunFormat& f, const std::string& text) {
  if (!pieces.empty() && pieces.back().first == f && pieces.back().second.kind == InlineKind::Text) {
    pieces.back().second.text += text;
    return;
  }
  Inline t;
  t.kind = InlineKind::Text;
  t.id = next_id();
  t.loc = para_loc_;
  t.text = text;
  pieces.push_back({f, std::move(t)});
}

// Runs of one format → Text wrapped in Code, Strong, Emphasis and Span, outermost last.
Inlines Reader::wrap(Pieces& pieces) {
  Inlines out;
  std::size_t i = 0;
  while (i < pieces.size()) {
    const RunFormat f = pieces[i].first;
    Inlines group;
    std::size_t j = i;
    for (; j < pieces.size() && pieces[j].first == f; ++j) group.push_back(std::move(pieces[j].second));
    i = j;
    auto wrap_in = [&](InlineKind kind) {
      Inline w;
      w.kind = kind;
      w.id = next_id();
      w.loc = para_loc_;
      w.children = std::move(group);
      group = Inlines{};
      group.push_back(std::move(w));
    };
    if (f.code) wrap_in(InlineKind::Code);
    if (f.strong) wrap_in(InlineKind::Strong);
    if (f.em) wrap_in(InlineKind::Emphasis);
    const bool lang = f.lang && *f.lang != out_.doc.lang && *f.lang != styles_.default_lang();
    if (lang || f.color || f.background) {
      wrap_in(InlineKind::Span);
      if (lang) group.back().lang = f.lang;
      group.back().color = f.color;
      group.back().background = f.background;
    }
    for (Inline& in : group) out.push_back(std::move(in));
  }
  return out;
}

}  // namespace handout::import::docx
