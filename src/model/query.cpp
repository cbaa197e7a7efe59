#include "model/query.hpp"

#include <algorithm>

namespace handout::model {
namespace {

void visit_blocks(const std::vector<Block>& blocks, std::vector<const Block*>& path,
                  const std::function<void(const Block&, BlockPath)>& fn) {
  for (const Block& b : blocks) {
    fn(b, BlockPath{path});
    path.push_back(&b);
    visit_blocks(b.children, path, fn);
    if (b.table) {
      for (const TableRow& row : b.table->rows)
        for (const TableCell& cell : row.cells) visit_blocks(cell.content, path, fn);
    }
    path.pop_back();
  }
}

void visit_inlines(const Inlines& inlines, std::vector<const Inline*>& path,
                   const std::function<void(const Inline&, const std::vector<const Inline*>&)>& fn) {
  for (const Inline& i : inlines) {
    fn(i, path);
    if (!i.children.empty()) {
      path.push_back(&i);
      visit_inlines(i.children, path, fn);
      path.pop_back();
    }
  }
}

void append_text(const Inlines& inlines, bool with_notes, std::string& out) {
  for (const Inline& i : inlines) {
    switch (i.kind) {
      case InlineKind::Text: out += i.text; break;
      case InlineKind::LineBreak: out += '\n'; break;
      case InlineKind::Note:
        if (with_notes) append_text(i.children, with_notes, out);
        break;
      case InlineKind::Emphasis:
      case InlineKind::Strong:
      case InlineKind::Code:
      case InlineKind::Subscript:
      case InlineKind::Superscript:
      case InlineKind::Link:
      case InlineKind::Abbr:
      case InlineKind::Span: append_text(i.children, with_notes, out); break;
    }
  }
}

void append_block_text(const Block& b, std::string& out) {
  auto add = [&out](const Inlines& in) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    append_text(in, false, out);
  };
  for_each_inline_run(b, add);
  for (const Block& c : b.children) append_block_text(c, out);
  if (b.table)
    for (const TableRow& row : b.table->rows)
      for (const TableCell& cell : row.cells)
        for (const Block& c : cell.content) append_block_text(c, out);
}

}  // namespace

void for_each_block(const Document& doc, const std::function<void(const Block&, BlockPath)>& fn) {
  std::vector<const Block*> path;
  visit_blocks(doc.body, path, fn);
}

void for_each_inline(const Inlines& inlines,
                     const std::function<void(const Inline&, const std::vector<const Inline*>&)>& fn) {
  std::vector<const Inline*> path;
  visit_inlines(inlines, path, fn);
}

void for_each_inline_run(const Block& block, const std::function<void(const Inlines&)>& fn) {
  switch (block.kind) {
    case BlockKind::Heading:
    case BlockKind::Paragraph:
    case BlockKind::Plain:
    case BlockKind::DefinitionTerm:
    case BlockKind::Address: fn(block.inlines); break;
    case BlockKind::Figure:
      if (block.caption) fn(*block.caption);
      break;
    case BlockKind::Table:
      if (block.table && block.table->caption) fn(*block.table->caption);
      break;
    case BlockKind::List:
    case BlockKind::ListItem:
    case BlockKind::Image:
    case BlockKind::Callout:
    case BlockKind::Quote:
    case BlockKind::Section:
    case BlockKind::PageBreak:
    case BlockKind::ReplySlip:
    case BlockKind::DefinitionList:
    case BlockKind::DefinitionDetails:
    case BlockKind::Rule: break;
  }
}

std::string plain_text(const Inlines& inlines) {
  std::string out;
  append_text(inlines, false, out);
  return out;
}

std::string plain_text_with_notes(const Inlines& inlines) {
  std::string out;
  append_text(inlines, true, out);
  return out;
}

std::string plain_text(const Block& block) {
  std::string out;
  append_block_text(block, out);
  return out;
}

std::string choice_answer_name(const FormField& choice, std::size_t option) {
  const std::string question = choice.label.value_or("");
  const std::string& answer = choice.options.at(option);
  if (question.empty()) return answer;
  // A question that ends in its own punctuation ("Lunch?", "Lunch on the day:") needs no colon.
  const char last = question.back();
  return question + (last == ':' || last == '?' || last == '.' ? " " : ": ") + answer;
}

std::vector<std::string> languages_used(const Document& doc) {
  std::vector<std::string> out{doc.lang};
  for_each_block(doc, [&](const Block& b, BlockPath) {
    for_each_inline_run(b, [&](const Inlines& run) {
      for_each_inline(run, [&](const Inline& in, const std::vector<const Inline*>&) {
        if (in.kind == InlineKind::Span && in.lang && std::find(out.begin(), out.end(), *in.lang) == out.end())
          out.push_back(*in.lang);
      });
    });
  });
  return out;
}

const char* block_element_name(const Block& block) {
  static const char* const kHeadings[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
  switch (block.kind) {
    case BlockKind::Heading: return (block.level >= 1 && block.level <= 6) ? kHeadings[block.level - 1] : "h?";
    case BlockKind::Paragraph: return "p";
    case BlockKind::Plain: return "text";
    case BlockKind::List: return block.ordered ? "ol" : "ul";
    case BlockKind::ListItem: return "li";
    case BlockKind::Figure: return "figure";
    case BlockKind::Image: return "img";
    case BlockKind::Table: return "table";
    case BlockKind::Callout: return "callout";
    case BlockKind::Quote: return "quote";
    case BlockKind::Section: return "section";
    case BlockKind::PageBreak: return "pagebreak";
    case BlockKind::ReplySlip: return "reply-slip";
    case BlockKind::DefinitionList: return "dl";
    case BlockKind::DefinitionTerm: return "dt";
    case BlockKind::DefinitionDetails: return "dd";
    case BlockKind::Address: return "address";
    case BlockKind::Rule: return "hr";
  }
  return "?";
}

const char* inline_element_name(InlineKind kind) {
  switch (kind) {
    case InlineKind::Text: return "text";
    case InlineKind::Emphasis: return "em";
    case InlineKind::Strong: return "strong";
    case InlineKind::Code: return "code";
    case InlineKind::Link: return "a";
    case InlineKind::Abbr: return "abbr";
    case InlineKind::Span: return "span";
    case InlineKind::LineBreak: return "br";
    case InlineKind::Note: return "note";
    case InlineKind::Subscript: return "sub";
    case InlineKind::Superscript: return "sup";
  }
  return "?";
}

}  // namespace handout::model
