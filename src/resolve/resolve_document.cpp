// One walk over the document settles the style of every block and inline element (colours,
// language, direction), numbers the notes, chooses where abbreviations are expanded, builds each
// table's grid, and lists every text/background pair that will be painted.
#include <algorithm>

#include "core/whitespace.hpp"
#include "model/query.hpp"
#include "resolve/list_numbering.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::resolve {
namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

// WCAG 2.2 "large scale": at least 18pt, or 14pt bold (axe largeTextPt 18, boldTextPt 14).
bool is_large(double size_pt, bool bold) { return size_pt >= 18 || (bold && size_pt >= 14); }

// True when some text under `inlines` takes the colour of the element holding it, i.e. is not
// inside a span that sets its own colour (such a span is a pair of its own).
bool has_text_in_own_colour(const Inlines& inlines) {
  for (const Inline& in : inlines) {
    if (in.kind == InlineKind::Text && !in.text.empty()) return true;
    if (in.kind == InlineKind::Span && in.color) continue;
    if (in.kind != InlineKind::Note && has_text_in_own_colour(in.children)) return true;
  }
  return false;
}

// The text of the blocks, for dir="auto" on an element holding blocks.
std::string blocks_text(const std::vector<Block>& list) {
  std::string out;
  for (const Block& b : list) {
    out += model::plain_text(b);
    out += ' ';
  }
  return out;
}

// dir on an element: ltr and rtl as written; auto takes the first strong character of `text`,
// and the parent's direction when the text has none (HTML's dir=auto).
Direction direction_from(model::Dir dir, std::string_view text, Direction parent) {
  switch (dir) {
    case model::Dir::Ltr: return Direction::Ltr;
    case model::Dir::Rtl: return Direction::Rtl;
    case model::Dir::Auto: return first_strong_direction(text).value_or(parent);
  }
  return parent;
}

}  // namespace

class Resolver {
 public:
  explicit Resolver(ResolvedDocument& out) : out_(out), t_(out.tmpl) {}

  void run() {
    TextStyle root;
    root.foreground = out_.palette.text;
    root.background = out_.palette.page;
    root.lang = out_.doc.lang;
    root.direction = direction_of_language(root.lang);
    if (out_.doc.dir) root.direction = direction_from(*out_.doc.dir, blocks_text(out_.doc.body), root.direction);
    out_.root_style_ = root;
    add_template_pairs();
    blocks(out_.doc.body, root, nullptr);
  }

 private:
  // Font facts of the text being walked, for the "large text" judgement.
  struct Type {
    double size_pt;
    bool bold;
  };

  void add_template_pairs() {
    const Palette& p = out_.palette;
    const double body = t_.body.font.size_pt;
    const bool body_bold = t_.body.font.bold;
    auto add = [&](const char* what, Colour fg, Colour bg, bool large, const char* keys) {
      out_.painted.push_back({true, {}, what, fg, bg, large, keys});
    };
    add("template body text", p.text, p.page, is_large(body, body_bold), "[body] color / [page] background");
    // The smallest heading size decides: every level is printed in the same colour.
    const double smallest = *std::min_element(std::begin(t_.headings.sizes_pt), std::end(t_.headings.sizes_pt));
    add("template heading text", p.heading, p.page, is_large(smallest, t_.headings.font.bold),
        "[headings] color / [page] background");
    // Links are text too (SC 1.4.3 covers them; the underline does not count as contrast).
    add("template link text", p.link, p.page, is_large(body, body_bold), "[links] color / [page] background");
    add("template callout text", p.text, p.callout_fill, is_large(body, body_bold),
        "[body] color / [callout] background");
    // The template's own shades are painted behind text too: header cells and page furniture.
    add("template table header text", p.text, p.table_header_fill, is_large(t_.secondary_size_pt(), true),
        "[body] color / [table] header_background");
    add("template running header text", p.header_text, p.page, is_large(t_.header.size_pt, false),
        "[header] color / [page] background");
    add("template running footer text", p.footer_text, p.page, is_large(t_.footer.size_pt, false),
        "[footer] color / [page] background");
  }

  void blocks(const std::vector<Block>& list, const TextStyle& parent, const Block* callout) {
    for (const Block& b : list) block(b, parent, callout);
  }

  void block(const Block& b, const TextStyle& parent, const Block* callout) {
    TextStyle s = parent;
    s.paints_background = false;
    s.paints_foreground = false;
    s.lang_changes = false;
    if (b.dir) {
      const std::string text = b.children.empty() ? model::plain_text(b) : blocks_text(b.children);
      s.direction = direction_from(*b.dir, text, parent.direction);
    }
    s.direction_changes = s.direction != parent.direction;
    Type type{t_.body.font.size_pt, t_.body.font.bold};
    switch (b.kind) {
      case BlockKind::Heading:
        // A callout that sets a text colour colours its headings too; elsewhere headings take the
        // template's heading colour.
        if (!(callout && callout->color)) s.foreground = out_.palette.heading;
        type = {t_.headings.sizes_pt[std::clamp(b.level, 1, 6) - 1], t_.headings.font.bold};
        heading_level_ = std::clamp(b.level, 1, 6);
        break;
      case BlockKind::Callout:
        s.foreground = b.color.value_or(out_.palette.text);
        s.background = b.background.value_or(out_.palette.callout_fill);
        s.paints_background = true;
        callout = &b;
        // Settled in document order, so the heading above is the last one walked.
        out_.callout_title_level_.emplace(&b, std::min(heading_level_ + 1, 6));
        if (b.color || b.background)
          out_.painted.push_back(
              {false, b.loc, "callout text", s.foreground, s.background, is_large(type.size_pt, type.bold), ""});
        break;
      default: break;
    }
    out_.block_style_.emplace(&b, s);
    model::for_each_inline_run(b, [&](const Inlines& run) { inlines(run, s, type, callout, false); });
    blocks(b.children, s, callout);
    if (b.table) table(b, s, callout);
  }

  void table(const Block& b, const TextStyle& s, const Block* callout) {
    const ResolvedTable& grid = out_.tables_.emplace(&b, resolve_table(*b.table)).first->second;
    (void)grid;
    for (const model::TableRow& row : b.table->rows) {
      for (const model::TableCell& cell : row.cells) {
        TextStyle cs = s;
        if (cell.header) {
          cs.background = out_.palette.table_header_fill;
          cs.paints_background = true;
        }
        blocks(cell.content, cs, callout);
      }
    }
  }

  void inlines(const Inlines& run, const TextStyle& parent, Type type, const Block* callout, bool in_link) {
    for (const Inline& in : run) {
      if (in.kind == InlineKind::Text || in.kind == InlineKind::LineBreak) continue;
      TextStyle s = parent;
      s.paints_background = false;
      s.paints_foreground = false;
      s.lang_changes = false;
      s.direction_changes = false;
      Type child_type = type;
      bool link = in_link;
      switch (in.kind) {
        case InlineKind::Strong: child_type.bold = true; break;
        case InlineKind::Subscript:
        case InlineKind::Superscript: child_type.size_pt *= kScriptSizeRatio; break;
        case InlineKind::Link:
          s.foreground = out_.palette.link;
          link = true;
          break;
        case InlineKind::Span:
          if (in.color) {
            s.paints_foreground = !(*in.color == parent.foreground);
            s.foreground = *in.color;
          }
          if (in.background) {
            s.paints_background = !(*in.background == parent.background);
            s.background = *in.background;
          }
          if (in.lang && *in.lang != parent.lang) {
            s.lang = *in.lang;
            s.direction = direction_of_language(s.lang);
            s.lang_changes = true;
          }
          if (in.dir) s.direction = direction_from(*in.dir, model::plain_text(in.children), s.direction);
          s.direction_changes = s.direction != parent.direction;
          break;
        case InlineKind::Abbr: abbreviation(in); break;
        case InlineKind::Note: {
          // The note's text is printed apart from the sentence (at the foot of the page or under
          // the notes heading), on the page in body colours; its language stays the context's.
          const int number = static_cast<int>(out_.notes.size()) + 1;
          const std::string n = std::to_string(number);
          out_.notes.push_back({number, &in, "note-" + n, "note-ref-" + n});
          out_.note_index_.emplace(&in, number - 1);
          s.foreground = out_.palette.text;
          s.background = out_.palette.page;
          child_type = {t_.secondary_size_pt(), t_.body.font.bold};
          break;
        }
        default: break;
      }
      out_.inline_style_.emplace(&in, s);
      add_pair(in, s, child_type, callout);
      inlines(in.children, s, child_type, callout, link && in.kind != InlineKind::Note);
    }
  }

  // Every span that sets a colour and every link on a background set in the content is a pair
  // the contrast rules check; a link on the page background is the template's link pair.
  void add_pair(const Inline& in, const TextStyle& s, Type type, const Block* callout) {
    const bool link = in.kind == InlineKind::Link;
    if (in.kind == InlineKind::Span && (in.color || in.background)) {
      out_.painted.push_back(
          {false, in.loc, "text", s.foreground, s.background, is_large(type.size_pt, type.bold), ""});
      return;
    }
    if (!link) return;
    const bool content_background = !(s.background == out_.palette.page) &&
                                    !(callout && !callout->background && s.background == out_.palette.callout_fill);
    if (!content_background || !has_text_in_own_colour(in.children)) return;
    out_.painted.push_back(
        {false, in.loc, "link text", s.foreground, s.background, is_large(type.size_pt, type.bold), ""});
  }

  // An abbreviation's expansion is the first usable title it is given anywhere in the document
  // (not blank, not the abbreviation itself); with the template's expand_first_use it is printed
  // as "expansion (ABBR)" at the abbreviation's first use (WCAG 2.2 SC 3.1.4, GOV.UK style), even
  // when that first use carries no title of its own.
  void abbreviation(const Inline& in) {
    const std::string text = normalise_space(model::plain_text(in.children));
    if (in.title) {
      const std::string title = normalise_space(*in.title);
      if (!title.empty() && title != text) out_.expansion_by_text_.emplace(text, title);
    }
    if (first_use_.emplace(text, &in).second) order_.push_back(text);
    out_.abbr_text_.emplace(&in, text);
  }

 public:
  // Called once the walk has seen every title.
  void settle_abbreviations() {
    if (!t_.expand_abbreviations) return;
    for (const std::string& text : order_) {
      const auto it = out_.expansion_by_text_.find(text);
      if (it != out_.expansion_by_text_.end()) out_.printed_expansion_.emplace(first_use_.at(text), it->second);
    }
  }

 private:
  ResolvedDocument& out_;
  const style::Template& t_;
  std::unordered_map<std::string, const Inline*> first_use_;
  std::vector<std::string> order_;
  int heading_level_ = 0;  // the last heading walked, 0 before the first
};

Palette palette_of(const style::Template& t) {
  Palette p;
  p.page = t.page.background;
  p.text = t.body.font.color;
  p.heading = t.headings.font.color;
  p.link = t.link_color;
  p.callout_fill = t.callout.background;
  p.callout_border = t.callout.border;
  p.callout_border_width_pt = t.callout.border_width_pt;
  p.table_header_fill = t.table.header_background;
  p.rule = t.table.rule_color;
  p.quote_bar = t.headings.font.color;
  p.header_text = t.header.color;
  p.footer_text = t.footer.color;
  return p;
}

const ResolvedTable& ResolvedDocument::table(const model::Block& table_block) const { return tables_.at(&table_block); }

const std::string* ResolvedDocument::expansion_printed_at(const model::Inline& abbr) const {
  const auto it = printed_expansion_.find(&abbr);
  return it == printed_expansion_.end() ? nullptr : &it->second;
}

const std::string* ResolvedDocument::expansion_of(const model::Inline& abbr) const {
  const auto text = abbr_text_.find(&abbr);
  if (text == abbr_text_.end()) return nullptr;
  const auto it = expansion_by_text_.find(text->second);
  return it == expansion_by_text_.end() ? nullptr : &it->second;
}

int ResolvedDocument::callout_title_level(const model::Block& callout) const {
  return callout_title_level_.at(&callout);
}

const ResolvedNote& ResolvedDocument::note(const model::Inline& note_element) const {
  return notes[static_cast<std::size_t>(note_index_.at(&note_element))];
}

std::optional<std::string> ResolvedDocument::callout_title(const model::Block& callout) const {
  if (!callout.callout_kind) return callout.title;
  const Words& w = generated.words;
  const std::string* word = &w.callout_note;
  switch (*callout.callout_kind) {
    case model::CalloutKind::Note: break;
    case model::CalloutKind::Tip: word = &w.callout_tip; break;
    case model::CalloutKind::Warning: word = &w.callout_warning; break;
    case model::CalloutKind::Important: word = &w.callout_important; break;
  }
  if (!callout.title) return *word;
  return *word + ": " + *callout.title;
}

std::string ResolvedDocument::list_marker(bool ordered, int depth, int number) {
  if (ordered) return std::to_string(number) + ".";
  // Bullet, en dash, white bullet, then round again: nesting is visible in the marker itself.
  static constexpr const char* kBullets[] = {"\u2022", "\u2013", "\u25E6"};
  return kBullets[static_cast<std::size_t>(std::max(depth, 1) - 1) % 3];
}

const char* list_numbering(bool ordered, int depth) {
  if (ordered) return "Decimal";
  static constexpr const char* kNames[] = {"Disc", "None", "Circle"};  // list_marker's bullets, in turn
  return kNames[static_cast<std::size_t>(std::max(depth, 1) - 1) % 3];
}

std::vector<RunningPiece> ResolvedDocument::running_pieces(std::string_view pattern) const {
  std::vector<RunningPiece> out;
  append_running_pieces(pattern, out, true);
  return out;
}

// {page_of_pages} is the words table's pattern in the document's language ("Strona {page} z
// {pages}"), expanded once: its own placeholders are read, but it cannot name itself again.
void ResolvedDocument::append_running_pieces(std::string_view pattern, std::vector<RunningPiece>& out,
                                             bool expand_words) const {
  auto text = [&out](std::string_view s) {
    if (s.empty()) return;
    if (out.empty() || out.back().kind != RunningPiece::Kind::Text) out.push_back({RunningPiece::Kind::Text, {}});
    out.back().text += s;
  };
  for (std::size_t i = 0; i < pattern.size();) {
    const std::size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      text(pattern.substr(i, 1));
      ++i;
      continue;
    }
    const std::string_view key = pattern.substr(i + 1, close - i - 1);
    if (key == "title")
      text(generated.title);
    else if (key == "date")
      text(generated.date);
    else if (key == "author")
      text(generated.authors);
    else if (key == "page")
      out.push_back({RunningPiece::Kind::PageNumber, {}});
    else if (key == "pages")
      out.push_back({RunningPiece::Kind::PageCount, {}});
    else if (key == "page_of_pages" && expand_words)
      append_running_pieces(generated.words.page_of_pages, out, false);
    else
      text(pattern.substr(i, close - i + 1));
    i = close + 1;
  }
}

std::string ResolvedDocument::running_text(std::string_view pattern, int page, int pages) const {
  std::string out;
  for (const RunningPiece& piece : running_pieces(pattern)) {
    switch (piece.kind) {
      case RunningPiece::Kind::Text: out += piece.text; break;
      case RunningPiece::Kind::PageNumber: out += std::to_string(page); break;
      case RunningPiece::Kind::PageCount: out += std::to_string(pages); break;
    }
  }
  return out;
}

ResolvedDocument resolve_document(const model::Document& doc, const style::Template& tmpl) {
  ResolvedDocument out(doc, tmpl);
  out.palette = palette_of(tmpl);
  out.note_placement = tmpl.notes;
  // The words table speaks the document's language; a template that names its own notes heading
  // (anything but the house "Notes") keeps it.
  const Words* words = find_words(doc.lang);
  out.generated.words = words ? *words : words_for("en");
  out.generated.words_lang = words ? "" : "en";
  out.generated.notes_heading_from_template = tmpl.notes_heading != kEnglishNotes;
  out.generated.notes_heading =
      out.generated.notes_heading_from_template ? tmpl.notes_heading : out.generated.words.notes;
  out.generated.title = doc.meta.title.text;
  out.generated.date = doc.meta.date ? doc.meta.date->text : "";
  for (const model::MetaText& a : doc.meta.authors)
    out.generated.authors += (out.generated.authors.empty() ? "" : ", ") + a.text;
  out.generated.subtitle = doc.meta.subtitle ? normalise_space(doc.meta.subtitle->text) : "";
  for (const std::vector<Block>* blocks = &doc.body; !blocks->empty();) {
    const Block& first = blocks->front();
    if (first.kind == BlockKind::Section) {
      blocks = &first.children;
      continue;
    }
    if (first.kind == BlockKind::Heading && first.level == 1) out.title_heading = &first;
    break;
  }
  Resolver resolver(out);
  resolver.run();
  resolver.settle_abbreviations();
  settle_punctuation(out);
  settle_print_aids(out);
  return out;
}

}  // namespace handout::resolve
