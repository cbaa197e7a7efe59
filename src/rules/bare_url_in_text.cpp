// Rule 21 `bare-url-in-text` (docs/spec/lint-rules.md): a URL or e-mail address written out in
// prose instead of inside <a>. WCAG 2.2 SC 2.4.4 Link Purpose (In Context); markdownlint MD034
// no-bare-urls. Screen readers spell a bare address out, and it cannot become a link (PDF Link
// annotation, DOCX hyperlink) or a note.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

struct BareAddress {
  std::string text;
  bool email = false;
};

bool is_ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 0x20) : c; }

bool starts_with_nocase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (lower(s[pos + k]) != prefix[k]) return false;
  return true;
}

// A URL starts a word: "(https://…" and "see www.…" do, "xhttp://" and "a.www.b" do not.
bool at_word_start(std::string_view s, std::size_t pos) {
  if (pos == 0) return true;
  const char before = s[pos - 1];
  return !is_ascii_alnum(before) && std::string_view("/.-_@:").find(before) == std::string_view::npos;
}

// The URL runs to the next space, quote or angle bracket (as MD034 / GFM autolinks), minus
// trailing sentence punctuation and an unbalanced closing bracket.
std::size_t url_end(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  while (end < s.size() && s[end] != ' ' && s[end] != '\n' && s[end] != '\t' && s[end] != '<' && s[end] != '>' &&
         s[end] != '"' && s.substr(end, 2) != "\xC2\xA0")
    ++end;
  // Counted once and updated while trimming, so a run of ")" costs linear time.
  long parens = 0, brackets = 0;  // opening minus closing
  for (std::size_t k = pos; k < end; ++k) {
    parens += s[k] == '(' ? 1 : s[k] == ')' ? -1 : 0;
    brackets += s[k] == '[' ? 1 : s[k] == ']' ? -1 : 0;
  }
  while (end > pos) {
    const char last = s[end - 1];
    const bool unbalanced = (last == ')' && parens < 0) || (last == ']' && brackets < 0);
    if (std::string_view(".,;:!?'*").find(last) == std::string_view::npos && !unbalanced) break;
    parens += last == ')' ? 1 : 0;
    brackets += last == ']' ? 1 : 0;
    --end;
  }
  return end;
}

bool is_local_char(char c) { return is_ascii_alnum(c) || std::string_view("._%+-").find(c) != std::string_view::npos; }
bool is_domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

// "name@example.org": a local part, and a domain of two or more non-empty labels whose last one
// is at least two letters.
bool valid_email_domain(std::string_view domain) {
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot + 3 > domain.size()) return false;
  for (char c : domain.substr(dot + 1))
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return domain.find("..") == std::string_view::npos && domain.front() != '.' && domain.front() != '-';
}

std::vector<BareAddress> find_bare_addresses(std::string_view s) {
  std::vector<BareAddress> out;
  for (std::size_t i = 0; i < s.size();) {
    if (at_word_start(s, i)) {
      std::size_t body = 0;  // where the part after the prefix starts
      if (starts_with_nocase(s, i, "https://")) body = i + 8;
      else if (starts_with_nocase(s, i, "http://")) body = i + 7;
      else if (starts_with_nocase(s, i, "www.")) body = i + 4;
      if (body != 0) {
        const std::size_t end = url_end(s, i);
        const std::string_view rest = s.substr(body, end > body ? end - body : 0);
        // "www." needs a further dot ("www.nhs.uk"); "https://" needs a host after it.
        const bool www = s[body - 1] == '.';
        const bool valid = !rest.empty() && is_ascii_alnum(rest.front()) &&
                           (!www || rest.find('.') != std::string_view::npos);
        if (valid) {
          out.push_back({std::string(s.substr(i, end - i)), false});
          i = end;
          continue;
        }
      }
    }
    if (s[i] == '@') {
      std::size_t left = i;
      while (left > 0 && is_local_char(s[left - 1])) --left;
      while (left < i && s[left] == '.') ++left;
      std::size_t right = i + 1;
      while (right < s.size() && is_domain_char(s[right])) ++right;
      while (right > i + 1 && (s[right - 1] == '.' || s[right - 1] == '-')) --right;
      if (left < i && valid_email_domain(s.substr(i + 1, right - i - 1))) {
        out.push_back({std::string(s.substr(left, right - left)), true});
        i = right;
        continue;
      }
    }
    ++i;
  }
  return out;
}

// The prose of a run: text outside <a> (already a link) and <code> (literal, as MD034 skips code
// spans). Notes are collected to be checked on their own, at the note's own location.
void gather_prose(const Inlines& run, std::string& text, std::vector<const Inline*>& notes) {
  for (const Inline& i : run) {
    switch (i.kind) {
      case InlineKind::Text: text += i.text; break;
      case InlineKind::Emphasis:
      case InlineKind::Strong:
      case InlineKind::Abbr:
      case InlineKind::Subscript:
      case InlineKind::Superscript:
      case InlineKind::Span: gather_prose(i.children, text, notes); break;
      case InlineKind::LineBreak:
      case InlineKind::Link:
      case InlineKind::Code: text += ' '; break;
      case InlineKind::Note:
        notes.push_back(&i);
        text += ' ';
        break;
    }
  }
}

void report_addresses(std::string_view text, SourceLoc loc, RuleReporter& reporter) {
  for (const BareAddress& found : find_bare_addresses(text)) {
    if (found.email) {
      reporter.report(loc, "e-mail address \"" + found.text + "\" is written out, not as a link",
                      "wrap it in <a href=\"mailto:" + found.text + "\">…</a> with words naming who it reaches");
    } else {
      const std::string href = links::fold_case(found.text).starts_with("www.") ? "https://" + found.text : found.text;
      reporter.report(loc, "URL \"" + links::excerpt(found.text, 80) + "\" is written out, not as a link",
                      "wrap it in <a href=\"" + href + "\">…</a> with words naming the page; "
                      "a screen reader spells a bare address out character by character");
    }
  }
}

void check_bare_url_in_text(const RuleContext& ctx, RuleReporter& reporter) {
  // A Plain block (inline text of an <li>, <th> or <td>) has no start tag of its own: findings go
  // to its <li> or cell. Cells are recorded when their table is visited, before their content.
  std::unordered_map<const Block*, SourceLoc> cell_of;
  model::for_each_block(ctx.doc, [&](const Block& block, model::BlockPath path) {
    SourceLoc loc = block.loc;
    if (block.kind == BlockKind::Plain) {
      if (!path.ancestors.empty() && path.ancestors.back()->kind == BlockKind::ListItem) {
        loc = path.ancestors.back()->loc;
      } else if (auto it = cell_of.find(&block); it != cell_of.end()) {
        loc = it->second;
      }
    }
    if (block.kind == BlockKind::Figure) loc = block.caption_loc;
    if (block.kind == BlockKind::Table && block.table) {
      loc = block.table->caption_loc;
      for (const model::TableRow& row : block.table->rows)
        for (const model::TableCell& cell : row.cells)
          for (const Block& content : cell.content) cell_of.emplace(&content, cell.loc);
    }
    model::for_each_inline_run(block, [&](const Inlines& run) {
      std::string text;
      std::vector<const Inline*> notes;
      gather_prose(run, text, notes);
      report_addresses(text, loc, reporter);
      for (const Inline* note : notes) {
        std::string note_text;
        std::vector<const Inline*> nested;  // notes do not nest; the parser rejects it
        gather_prose(note->children, note_text, nested);
        report_addresses(note_text, note->loc, reporter);
      }
    });
  });
}

}  // namespace

extern const Rule kBareUrlInText{
    21, "bare-url-in-text", Severity::Warning, "2.4.4",
    "URLs and e-mail addresses in prose are links, not bare text",
    "Reports a web address (http://…, https://…, www.…) or an e-mail address written in the text of "
    "a paragraph, heading, list item, table cell, caption or note without an <a> around it. Text in "
    "<code> is literal and is not checked. The finding points at the block (or the <note>) that "
    "holds the text. A bare address is read out character by character by screen readers, cannot "
    "be followed from the PDF or DOCX, and says nothing about where it leads (WCAG 2.2 SC 2.4.4; "
    "markdownlint MD034 no-bare-urls). Fix: wrap it in <a href=\"…\"> with words that name the "
    "destination, e.g. <a href=\"https://doi.org/10.1177/2158244015604695\">Pascuzzo et al. "
    "(2015)</a>.",
    &check_bare_url_in_text,
};

}  // namespace handout::rules
