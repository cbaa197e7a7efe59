// Typographic punctuation, settled once for every writer: straight quotes become curly ones in
// the quotation marks of the text's language, "--" and "---" en and em dashes, a hyphen between
// spaces an en dash, "..." an ellipsis. Code and anything that looks like a URL or an e-mail
// address are left as written. The template's `[text] smart_punctuation = false` turns it off.
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "resolve/resolved_document.hpp"

namespace handout::resolve {
namespace {

using model::Block;
using model::Inline;
using model::InlineKind;

struct QuoteMarks {
  const char* open_double;
  const char* close_double;
  const char* open_single;
  const char* close_single;
};

// Unicode CLDR quotation marks for the languages Handout's content is written in; English's for
// the rest.
QuoteMarks quote_marks(std::string_view lang) {
  const std::string_view primary = lang.substr(0, lang.find('-'));
  if (primary == "de" || primary == "cs" || primary == "sk" || primary == "lt" || primary == "bg")
    return {"\u201E", "\u201C", "\u201A", "\u2018"};
  if (primary == "pl" || primary == "ro" || primary == "hu" || primary == "nl")
    return {"\u201E", "\u201D", "\u201A", "\u2019"};
  if (primary == "fr") return {"\u00AB\u202F", "\u202F\u00BB", "\u2039\u202F", "\u202F\u203A"};
  return {"\u201C", "\u201D", "\u2018", "\u2019"};
}

bool opens(char previous) {
  return previous == 0 || previous == ' ' || previous == '\n' || previous == '\t' || previous == '(' ||
         previous == '[' || previous == '{' || previous == '-';
}

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Whether convert() could change `text`: only a quotation mark, two dots or dashes in a row, or a
// hyphen before a space start anything it rewrites. Most text has none of them (a lone full stop
// or hyphen is common), and this one pass over it is far cheaper than converting it.
bool may_change(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '\'') return true;
    if ((c == '.' || c == '-') && i + 1 < text.size() && (text[i + 1] == c || (c == '-' && text[i + 1] == ' ')))
      return true;
  }
  return false;
}

bool looks_like_address(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos ||
         token.find('@') != std::string_view::npos;
}

class Punctuator {
 public:
  explicit Punctuator(const ResolvedDocument& out) : out_(out) {}

  std::unordered_map<const model::Inline*, std::string> printed;  // text inline → typographic text

  void blocks(const std::vector<Block>& list) {
    for (const Block& b : list) block(b);
  }

 private:
  void block(const Block& b) {
    const QuoteMarks marks = quote_marks(out_.style_of(b).lang);
    inlines_from_start(b.inlines, marks);
    if (b.caption) inlines_from_start(*b.caption, marks);
    if (b.table) {
      if (b.table->caption) inlines_from_start(*b.table->caption, marks);
      for (const model::TableRow& row : b.table->rows)
        for (const model::TableCell& cell : row.cells) blocks(cell.content);
    }
    blocks(b.children);
  }

  void inlines_from_start(const model::Inlines& list, const QuoteMarks& marks) {
    previous_ = 0;
    inlines(list, marks);
  }

  void inlines(const model::Inlines& list, const QuoteMarks& marks) {
    for (const Inline& in : list) {
      switch (in.kind) {
        case InlineKind::Text: {
          // Most text holds nothing to change; only what changes is stored (text_of falls back).
          if (!may_change(in.text)) {
            if (!in.text.empty()) previous_ = in.text.back();
            break;
          }
          std::string typographic = convert(in.text, marks);
          if (typographic != in.text) printed.emplace(&in, std::move(typographic));
          break;
        }
        case InlineKind::Code: previous_ = 'x'; break;  // as written, and what follows it closes
        case InlineKind::Note: {
          const char saved = previous_;
          inlines_from_start(in.children, marks);
          previous_ = saved;
          break;
        }
        case InlineKind::Span: inlines(in.children, quote_marks(out_.style_of(in).lang)); break;
        default: inlines(in.children, marks); break;
      }
    }
  }

  std::string convert(const std::string& text, const QuoteMarks& marks) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      // A URL or e-mail address is copied as written, up to the next space.
      if (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n') {
        std::size_t end = text.find_first_of(" \n", i);
        if (end == std::string::npos) end = text.size();
        if (looks_like_address(std::string_view(text).substr(i, end - i))) {
          out.append(text, i, end - i);
          previous_ = text[end - 1];
          i = end;
          continue;
        }
      }
      const char c = text[i];
      const char next = i + 1 < text.size() ? text[i + 1] : 0;
      if (text.compare(i, 3, "...") == 0) {
        out += "\u2026";
        i += 3;
      } else if (text.compare(i, 3, "---") == 0) {
        out += "\u2014";
        i += 3;
      } else if (text.compare(i, 2, "--") == 0) {
        out += "\u2013";
        i += 2;
      } else if (c == '-' && previous_ == ' ' && next == ' ') {
        out += "\u2013";
        ++i;
      } else if (c == '"') {
        out += opens(previous_) ? marks.open_double : marks.close_double;
        ++i;
      } else if (c == '\'') {
        // Between letters it is an apostrophe (U+2019 in every language), else a quotation mark.
        if (is_word_char(previous_) || static_cast<unsigned char>(previous_) >= 0x80)
          out += is_word_char(next) || static_cast<unsigned char>(next) >= 0x80 ? "\u2019" : marks.close_single;
        else
          out += opens(previous_) ? marks.open_single : "\u2019";
        ++i;
      } else {
        out += c;
        ++i;
      }
      previous_ = c;
    }
    return out;
  }

  const ResolvedDocument& out_;
  char previous_ = 0;  // the character before, in the paragraph being walked; 0 at its start
};

}  // namespace

void settle_punctuation(ResolvedDocument& out) {
  if (!out.tmpl.text.smart_punctuation) return;
  Punctuator punctuator(out);
  punctuator.blocks(out.doc.body);
  out.printed_text_ = std::move(punctuator.printed);
}

const std::string& ResolvedDocument::text_of(const model::Inline& text) const {
  const auto it = printed_text_.find(&text);
  return it == printed_text_.end() ? text.text : it->second;
}

}  // namespace handout::resolve
