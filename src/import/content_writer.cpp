#include "import/content_writer.hpp"

#include <cmath>

#include "core/colour.hpp"
#include "model/query.hpp"

namespace handout::import {

namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

std::string escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\n':
      case '\t':
      case '\r': out += attribute ? " " : std::string(1, c); break;
      default: out += c;
    }
  }
  return out;
}

// XML 1.0 §2.5: a comment may not contain "--" nor end in "-".
std::string comment_text(std::string text) {
  for (std::size_t at; (at = text.find("--")) != std::string::npos;) text.replace(at, 2, "- -");
  if (!text.empty() && text.back() == '-') text += ' ';
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

class Writer {
 public:
  Writer(const ContentExtras& extras, std::string& out) : extras_(extras), out_(out) {}

  void document(const model::Document& doc) {
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (!extras_.header_lines.empty()) {
      out_ += "<!--\n";
      for (const std::string& l : extras_.header_lines) out_ += "  " + comment_text(l) + "\n";
      out_ += "-->\n";
    }
    out_ += "<handout";
    attr("lang", doc.lang);
    if (uses_format_1_1(doc)) attr("version", "1.1");
    if (doc.template_name) attr("template", *doc.template_name);
    out_ += ">\n";
    meta(doc.meta);
    line(1, "<body>");
    for (const Block& b : doc.body) block(b, 2);
    line(1, "</body>");
    out_ += "</handout>\n";
  }

 private:
  void indent(int depth) { out_.append(static_cast<std::size_t>(depth) * 2, ' '); }
  void line(int depth, const std::string& text) {
    indent(depth);
    out_ += text;
    out_ += '\n';
  }
  void attr(std::string_view name, std::string_view value) {
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += escape(value, true);
    out_ += '"';
  }

  void meta_field(const char* name, const std::string& text) {
    indent(2);
    out_ += std::string("<") + name + ">" + escape(text, false) + "</" + name + ">\n";
  }

  void meta(const model::Meta& m) {
    line(1, "<meta>");
    meta_field("title", m.title.text);
    if (m.subtitle) meta_field("subtitle", m.subtitle->text);
    for (const model::MetaText& a : m.authors) meta_field("author", a.text);
    if (m.audience) meta_field("audience", m.audience->text);
    if (m.date) meta_field("date", m.date->text);
    if (m.description) meta_field("description", m.description->text);
    if (m.keywords) meta_field("keywords", m.keywords->text);
    line(1, "</meta>");
  }

  void comments_for(model::NodeId id, int depth) {
    auto it = extras_.comments.find(id);
    if (it == extras_.comments.end()) return;
    for (const std::string& c : it->second) line(depth, "<!-- comment: " + comment_text(c) + " -->");
  }

  // Ids (1.1) come from Word bookmarks that a link leads to.
  void id_attr(const Block* b) {
    if (b && b->anchor) attr("id", *b->anchor);
  }

  void inline_block(const char* name, const Inlines& in, int depth, const Block* b = nullptr) {
    indent(depth);
    out_ += std::string("<") + name;
    id_attr(b);
    out_ += ">";
    inlines(in);
    out_ += std::string("</") + name + ">\n";
  }

  void block(const Block& b, int depth) {
    comments_for(b.id, depth);
    switch (b.kind) {
      case BlockKind::Heading: {
        const std::string h = "h" + std::to_string(b.level);
        inline_block(h.c_str(), b.inlines, depth, &b);
        return;
      }
      case BlockKind::Paragraph:
      case BlockKind::Plain: inline_block("p", b.inlines, depth, &b); return;
      case BlockKind::List: {
        const char* tag = b.ordered ? "ol" : "ul";
        line(depth, std::string("<") + tag + ">");
        for (const Block& item : b.children) block(item, depth + 1);
        line(depth, std::string("</") + tag + ">");
        return;
      }
      case BlockKind::ListItem: {
        // A list item's text is its first paragraph: a bookmark there marks the item.
        const Block* marked = &b;
        if (!b.anchor && !b.children.empty() && b.children.front().kind == BlockKind::Plain) marked = &b.children.front();
        container_with_plain("li", marked->anchor ? " id=\"" + escape(*marked->anchor, true) + "\"" : std::string(),
                             b.children, depth);
        return;
      }
      case BlockKind::Figure:
        line(depth, "<figure>");
        if (b.image) image(*b.image, depth + 1);
        if (b.caption) inline_block("caption", *b.caption, depth + 1);
        line(depth, "</figure>");
        return;
      case BlockKind::Image:
        if (b.image) image(*b.image, depth);
        return;
      case BlockKind::Table:
        if (b.table) table(*b.table, depth);
        return;
      case BlockKind::Callout: {
        indent(depth);
        out_ += "<callout";
        if (b.title) attr("title", *b.title);
        if (b.color) attr("color", to_hex(*b.color));
        if (b.background) attr("background", to_hex(*b.background));
        out_ += ">\n";
        for (const Block& c : b.children) block(c, depth + 1);
        line(depth, "</callout>");
        return;
      }
      case BlockKind::Quote:
      case BlockKind::Section: {
        const char* tag = b.kind == BlockKind::Quote ? "quote" : "section";
        line(depth, std::string("<") + tag + ">");
        for (const Block& c : b.children) block(c, depth + 1);
        line(depth, std::string("</") + tag + ">");
        return;
      }
      case BlockKind::PageBreak: line(depth, "<pagebreak/>"); return;
      // Word documents bring no reply slips: the DOCX reader never makes one.
      case BlockKind::ReplySlip: return;
      case BlockKind::DefinitionList:
        line(depth, "<dl>");
        for (const Block& c : b.children) block(c, depth + 1);
        line(depth, "</dl>");
        return;
      case BlockKind::DefinitionTerm: inline_block("dt", b.inlines, depth, &b); return;
      case BlockKind::DefinitionDetails: container_with_plain("dd", std::string(), b.children, depth); return;
      case BlockKind::Address: inline_block("address", b.inlines, depth, &b); return;
      case BlockKind::Rule: line(depth, "<hr/>"); return;
    }
  }

  // <li>/<th>/<td>: a lone Plain is written inline, anything else as blocks.
  void container_with_plain(const std::string& tag, const std::string& attrs, const std::vector<Block>& children,
                            int depth) {
    if (!children.empty() && children.front().kind == BlockKind::Plain) comments_for(children.front().id, depth);
    indent(depth);
    out_ += "<" + tag + attrs + ">";
    if (children.empty()) {
      out_ += "</" + tag + ">\n";
      return;
    }
    if (children.front().kind == BlockKind::Plain) inlines(children.front().inlines);
    if (children.size() == 1 && children.front().kind == BlockKind::Plain) {
      out_ += "</" + tag + ">\n";
      return;
    }
    out_ += '\n';
    for (std::size_t i = children.front().kind == BlockKind::Plain ? 1 : 0; i < children.size(); ++i) {
      block(children[i], depth + 1);
    }
    line(depth, "</" + tag + ">");
  }

  void image(const model::Image& img, int depth) {
    indent(depth);
    out_ += "<img";
    attr("src", img.src);
    if (img.alt) attr("alt", *img.alt);
    if (img.decorative) attr("decorative", "true");
    if (img.width_percent) {
      const double w = *img.width_percent;
      attr("width", (w == std::floor(w) ? std::to_string(static_cast<int>(w)) : std::to_string(w)) + "%");
    }
    out_ += "/>\n";
  }

  void table(const model::Table& t, int depth) {
    line(depth, "<table>");
    if (t.caption) inline_block("caption", *t.caption, depth + 1);
    model::RowGroup open = model::RowGroup::None;
    auto close_group = [&] {
      if (open == model::RowGroup::Head) line(depth + 1, "</thead>");
      if (open == model::RowGroup::Body) line(depth + 1, "</tbody>");
    };
    for (const model::TableRow& row : t.rows) {
      if (row.group != open) {
        close_group();
        open = row.group;
        if (open == model::RowGroup::Head) line(depth + 1, "<thead>");
        if (open == model::RowGroup::Body) line(depth + 1, "<tbody>");
      }
      const int d = depth + (open == model::RowGroup::None ? 1 : 2);
      line(d, "<tr>");
      for (const model::TableCell& c : row.cells) {
        std::string attrs;
        auto add = [&](const char* name, const std::string& v) { attrs += std::string(" ") + name + "=\"" + v + "\""; };
        if (c.header && c.scope == model::CellScope::Col) add("scope", "col");
        if (c.header && c.scope == model::CellScope::Row) add("scope", "row");
        if (c.colspan > 1) add("colspan", std::to_string(c.colspan));
        if (c.rowspan > 1) add("rowspan", std::to_string(c.rowspan));
        container_with_plain(c.header ? "th" : "td", attrs, c.content, d + 1);
      }
      line(d, "</tr>");
    }
    close_group();
    line(depth, "</table>");
  }

  void wrapped(const char* tag, const std::string& attrs, const Inlines& children) {
    out_ += std::string("<") + tag + attrs + ">";
    inlines(children);
    out_ += std::string("</") + tag + ">";
  }

  void inlines(const Inlines& in) {
    for (const Inline& i : in) {
      std::string attrs;
      auto add = [&](const char* name, const std::string& v) {
        attrs += std::string(" ") + name + "=\"" + escape(v, true) + "\"";
      };
      switch (i.kind) {
        case InlineKind::Text: out_ += escape(i.text, false); break;
        case InlineKind::Emphasis: wrapped("em", {}, i.children); break;
        case InlineKind::Strong: wrapped("strong", {}, i.children); break;
        case InlineKind::Code: wrapped("code", {}, i.children); break;
        case InlineKind::Subscript: wrapped("sub", {}, i.children); break;
        case InlineKind::Superscript: wrapped("sup", {}, i.children); break;
        case InlineKind::Link:
          if (i.href) add("href", *i.href);
          wrapped("a", attrs, i.children);
          break;
        case InlineKind::Abbr:
          if (i.title) add("title", *i.title);
          wrapped("abbr", attrs, i.children);
          break;
        case InlineKind::Span:
          if (i.lang) add("lang", *i.lang);
          if (i.color) add("color", to_hex(*i.color));
          if (i.background) add("background", to_hex(*i.background));
          wrapped("span", attrs, i.children);
          break;
        case InlineKind::LineBreak: out_ += "<br/>"; break;
        case InlineKind::Note: wrapped("note", {}, i.children); break;
      }
    }
  }

  const ContentExtras& extras_;
  std::string& out_;
};

}  // namespace

bool uses_format_1_1(const model::Document& doc) {
  bool found = doc.contents.has_value();
  model::for_each_block(doc, [&](const Block& b, model::BlockPath) {
    if (b.anchor || b.callout_kind || b.list_start != 1 || b.list_style != model::ListStyle::Decimal ||
        b.kind == BlockKind::ReplySlip || b.kind == BlockKind::DefinitionList || b.kind == BlockKind::Address ||
        b.kind == BlockKind::Rule)
      found = true;
    model::for_each_inline_run(b, [&](const Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& i, const std::vector<const model::Inline*>&) {
        if (i.kind == model::InlineKind::Link && i.href && i.href->starts_with("#")) found = true;
        if (i.kind == model::InlineKind::Subscript || i.kind == model::InlineKind::Superscript) found = true;
      });
    });
  });
  return found;
}

std::string write_content(const model::Document& doc, const ContentExtras& extras) {
  std::string out;
  Writer(extras, out).document(doc);
  return out;
}

}  // namespace handout::import
