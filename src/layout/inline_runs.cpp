// Inline content → styled spans, each attached to its structure element; colours, languages,
// abbreviation expansions and note numbers come from the resolve stage.
#include <string>

#include "layout/engine.hpp"
#include "model/query.hpp"

namespace handout::layout::detail {

void Engine::collect(const Inlines& inlines, InlineStyle style, std::vector<Span>& out) {
  for (const Inline& in : inlines) {
    InlineStyle s = style;
    switch (in.kind) {
      case InlineKind::Text:
        out.push_back({r_.text_of(in), s.face, s.size, s.color, s.underline, s.node, s.link, s.rise, s.background});
        break;
      case InlineKind::LineBreak: out.push_back({"\n", s.face, s.size, s.color, false, s.node, -1, 0, {}}); break;
      case InlineKind::Emphasis:
        s.face =
            t_.emphasis == style::EmphasisStyle::Bold ? combine(s.face, true, false) : combine(s.face, false, true);
        collect(in.children, s, out);
        break;
      case InlineKind::Strong:
        s.face = combine(s.face, true, false);
        collect(in.children, s, out);
        break;
      case InlineKind::Code:
        s.face = Face::Mono;
        collect(in.children, s, out);
        break;
      case InlineKind::Subscript:
      case InlineKind::Superscript: {
        // A Span of its own, so the smaller raised or lowered text is read in its place in the
        // words (PDF/UA-1 §7.2: content in logical order). The line keeps the body line height:
        // the shift stays inside the ascent and descent of the surrounding text.
        s.node = add_node(Role::Span, style.node);
        s.size = style.size * resolve::kScriptSizeRatio;
        s.rise = style.rise + (in.kind == InlineKind::Superscript ? style.size * 0.33 : -style.size * 0.15);
        collect(in.children, s, out);
        break;
      }
      case InlineKind::Link: {
        s.node = add_node(Role::Link, style.node);
        s.color = r_.style_of(in).foreground;
        s.underline = t_.underline_links;
        s.link = static_cast<int>(pending_links_.size());
        if (in.href && in.href->size() > 1 && in.href->front() == '#')  // within the document (1.1)
          pending_links_.push_back({"", 0, 0, s.node, model::plain_text(in.children), -1, in.href->substr(1)});
        else
          pending_links_.push_back({in.href.value_or(""), 0, 0, s.node, model::plain_text(in.children), -1, {}});
        collect(in.children, s, out);
        // Paper cannot follow a link: its address is printed after the text, inside the Link, so
        // it is read out with the text it belongs to ([links] print_urls).
        if (const std::string* url = r_.printed_url(in))
          out.push_back({" (" + *url + ")", s.face, s.size, s.color, s.underline, s.node, s.link, 0, s.background});
        break;
      }
      case InlineKind::Abbr: {
        // /E replaces the text of the element it sits on (ISO 32000-1 §14.9.5), so it goes on a
        // Span holding the abbreviation alone; a printed expansion and its parentheses are the
        // abbreviation's neighbours in an enclosing Span, read as they are.
        const int outer = add_node(Role::Span, style.node);
        const std::string* printed = r_.expansion_printed_at(in);
        if (printed) {
          s.node = outer;
          out.push_back({*printed + " (", s.face, s.size, s.color, s.underline, s.node, s.link, 0, s.background});
        }
        InlineStyle abbr = s;
        abbr.node = printed ? add_node(Role::Span, outer) : outer;
        if (const std::string* e = r_.expansion_of(in)) out_.structure[static_cast<std::size_t>(abbr.node)].expansion = *e;
        collect(in.children, abbr, out);
        if (printed) out.push_back({")", s.face, s.size, s.color, s.underline, s.node, s.link, 0, s.background});
        break;
      }
      case InlineKind::Span: {
        const resolve::TextStyle& settled = r_.style_of(in);
        if (settled.lang_changes) {
          s.node = add_node(Role::Span, style.node);
          out_.structure[static_cast<std::size_t>(s.node)].lang = std::string(settled.lang);
        }
        if (settled.paints_foreground) s.color = settled.foreground;
        if (settled.paints_background) s.background = settled.background;
        collect(in.children, s, out);
        break;
      }
      case InlineKind::Note: {
        // PDF/UA-1 §7.9: the reference is a Reference element; the note text becomes a Note
        // with a unique ID among the endnotes.
        const int number = r_.note(in).number;
        const int ref = add_node(Role::Reference, style.node);
        const int link_node = add_node(Role::Link, ref);
        const int link = static_cast<int>(pending_links_.size());
        pending_links_.push_back({"", number, 0, link_node, r_.generated.words.note_label(number), -1, {}});
        notes_.push_back({number, &in.children, ref});
        out.push_back({std::to_string(number), combine(s.face, false, false), s.size * 0.65, palette_.link, false,
                       link_node, link, s.size * 0.35, s.background});
        break;
      }
    }
  }
}

}  // namespace handout::layout::detail
