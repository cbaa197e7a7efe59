// What print adds to a document, settled once for every writer: the table of contents (its
// entries, their anchors and its heading in the document's language), the byline under the
// title, and the addresses of external links that paper cannot follow (docs/typesetting.md).
#include <algorithm>
#include <cctype>

#include "core/whitespace.hpp"
#include "model/query.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::resolve {
namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;

// The headings a reader navigates by: those in the body, its sections, not those inside lists,
// tables, callouts or quotes (a callout's heading-like title is not a heading in the model).
void collect_headings(const std::vector<Block>& blocks, std::vector<const Block*>& out) {
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::Heading) out.push_back(&b);
    if (b.kind == BlockKind::Section) collect_headings(b.children, out);
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// An address as a reader sees it printed: no scheme, no "www.", no trailing slash.
std::string bare_address(std::string_view href) {
  std::string a = lower(href);
  for (std::string_view scheme : {"mailto:", "tel:", "https://", "http://"}) {
    if (starts_with(a, scheme)) {
      a.erase(0, scheme.size());
      break;
    }
  }
  if (starts_with(a, "www.")) a.erase(0, 4);
  while (!a.empty() && a.back() == '/') a.pop_back();
  return a;
}

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

// The address printed after a link, or "" when the link needs none: internal links ("#…"),
// and links whose text already shows the address (an e-mail address or phone number written
// out, a web address as its own text), which printing again would only repeat.
std::string address_to_print(const Inline& link) {
  if (!link.href || link.href->empty() || (*link.href)[0] == '#') return "";
  const std::string href = *link.href;
  const std::string scheme = lower(href.substr(0, href.find(':') + 1));
  if (scheme != "http:" && scheme != "https:" && scheme != "mailto:" && scheme != "tel:") return "";
  const std::string text = lower(normalise_space(model::plain_text(link.children)));
  if (scheme == "tel:") {
    const std::string number = digits_of(href);
    // "0161 496 0000" shows tel:+441614960000 as well: compare without the country code.
    const std::string national = starts_with(number, "44") ? "0" + number.substr(2) : number;
    const std::string shown = digits_of(text);
    if (!number.empty() && (shown.find(number) != std::string::npos || shown.find(national) != std::string::npos))
      return "";
    return href.substr(4);
  }
  const std::string bare = bare_address(href);
  if (bare.empty() || text.find(bare) != std::string::npos) return "";
  return scheme == "mailto:" ? href.substr(7) : href;
}

}  // namespace

const ContentsEntry* ResolvedDocument::contents_entry(const model::Block& heading) const {
  if (!contents) return nullptr;
  const auto it = contents_index_.find(&heading);
  return it == contents_index_.end() ? nullptr : &contents->entries[it->second];
}

const std::string* ResolvedDocument::printed_url(const model::Inline& link) const {
  const auto it = printed_url_.find(&link);
  return it == printed_url_.end() ? nullptr : &it->second;
}

void settle_print_aids(ResolvedDocument& out) {
  const model::Document& doc = out.doc;
  const style::Template& tmpl = out.tmpl;

  // The byline: authors, then the date as written. Dates are printed as the author wrote them: an
  // ISO 8601 date (2025-09-01) reads the same in every language of the words table, and a date
  // written out in words is already in the document's language.
  std::string byline = out.generated.authors;
  if (!out.generated.date.empty()) byline += (byline.empty() ? "" : " · ") + out.generated.date;
  out.generated.byline = normalise_space(byline);

  // The document's contents attribute wins over the template: true prints the contents whenever
  // there is a heading to list, false never; absent, the template's [contents] decides.
  if (doc.contents.value_or(tmpl.contents.enabled)) {
    std::vector<const Block*> headings;
    collect_headings(doc.body, headings);
    ResolvedContents contents;
    contents.heading = out.generated.words.contents;
    for (const Block* h : headings) {
      if (h == out.title_heading || h->level > tmpl.contents.levels) continue;
      std::string text;
      model::for_each_inline(h->inlines, [&](const Inline& i, const std::vector<const Inline*>& ancestors) {
        const bool in_note = std::any_of(ancestors.begin(), ancestors.end(),
                                         [](const Inline* a) { return a->kind == InlineKind::Note; });
        if (in_note || i.kind == InlineKind::Note) return;
        if (i.kind == InlineKind::Text) text += out.text_of(i);
        if (i.kind == InlineKind::LineBreak) text += ' ';
      });
      out.contents_index_[h] = contents.entries.size();
      // A heading with its own id keeps it, so the contents and the author's links name one place.
      std::string id = h->anchor ? *h->anchor : "section-" + std::to_string(contents.entries.size() + 1);
      contents.entries.push_back({h->level, normalise_space(text), h, std::move(id)});
    }
    const int needed = doc.contents ? 1 : tmpl.contents.min_headings;
    if (!contents.entries.empty() && static_cast<int>(contents.entries.size()) >= needed)
      out.contents = std::move(contents);
    else
      out.contents_index_.clear();
  }

  if (tmpl.print_urls == style::PrintUrls::After) {
    model::for_each_block(doc, [&](const Block& b, model::BlockPath) {
      model::for_each_inline_run(b, [&](const model::Inlines& inlines) {
        model::for_each_inline(inlines, [&](const Inline& in, const std::vector<const Inline*>&) {
          if (in.kind != InlineKind::Link) return;
          std::string address = address_to_print(in);
          if (!address.empty()) out.printed_url_[&in] = std::move(address);
        });
      });
    });
  }
}

}  // namespace handout::resolve
