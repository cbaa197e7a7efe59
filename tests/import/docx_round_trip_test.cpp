// Round trip: every content file Handout ships (content/*.xml and the every-element fixture)
// written to DOCX by Handout's own writer and imported back gives the same document, once both
// sides are reduced to what a .docx can carry (docs/import.md, "What a round trip loses").
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include "docx/docx_writer.hpp"
#include "import/content_writer.hpp"
#include "import/docx_reader.hpp"
#include "job/config_file.hpp"
#include "job/document_check.hpp"
#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

namespace handout::test {
namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

// What the DOCX writer settled from the template, which comes back from Word as plain facts.
struct Settled {
  std::map<model::NodeId, std::string> printed_expansion;  // abbr id → "expansion" printed before it
  Colour page{255, 255, 255};
  Colour callout{0, 0, 0};
};

void collect_expansions(const Inlines& in, const resolve::ResolvedDocument& resolved, Settled& settled) {
  for (const Inline& i : in) {
    if (i.kind == InlineKind::Abbr) {
      if (const std::string* e = resolved.expansion_printed_at(i)) settled.printed_expansion[i.id] = *e;
    }
    collect_expansions(i.children, resolved, settled);
  }
}

void collect_expansions(const std::vector<Block>& blocks, const resolve::ResolvedDocument& resolved, Settled& settled) {
  for (const Block& b : blocks) {
    collect_expansions(b.inlines, resolved, settled);
    if (b.caption) collect_expansions(*b.caption, resolved, settled);
    collect_expansions(b.children, resolved, settled);
    if (b.table) {
      if (b.table->caption) collect_expansions(*b.table->caption, resolved, settled);
      for (const model::TableRow& r : b.table->rows) {
        for (const model::TableCell& c : r.cells) collect_expansions(c.content, resolved, settled);
      }
    }
  }
}

Inline text(std::string t) {
  Inline i;
  i.text = std::move(t);
  return i;
}

// Whitespace as a reader sees it: runs of spaces collapsed, adjacent text merged.
void normalise_inlines(Inlines& in, const Settled& settled) {
  Inlines out;
  auto push = [&](Inline i) {
    if (i.kind == InlineKind::Text) {
      std::string t;
      for (char c : i.text) {
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        if (c == ' ' && ((!t.empty() && t.back() == ' ') ||
                         (t.empty() && !out.empty() && out.back().kind == InlineKind::Text &&
                          out.back().text.ends_with(' '))))
          continue;
        t += c;
      }
      if (!out.empty() && out.back().kind == InlineKind::Text) {
        out.back().text += t;
        return;
      }
      i.text = t;
    }
    out.push_back(std::move(i));
  };
  for (Inline& i : in) {
    normalise_inlines(i.children, settled);
    if (i.kind == InlineKind::Abbr) {
      // A .docx has no abbreviation element: what the writer printed ("expansion (ABBR)" where
      // the template expands it, the abbreviation alone elsewhere) comes back as text.
      auto e = settled.printed_expansion.find(i.id);
      if (e != settled.printed_expansion.end()) push(text(e->second + " ("));
      for (Inline& c : i.children) push(std::move(c));
      if (e != settled.printed_expansion.end()) push(text(")"));
      continue;
    }
    if (i.kind == InlineKind::Span && i.background == settled.page) {
      i.background.reset();  // painting the page colour again is not painted at all
    }
    push(std::move(i));
  }
  in = std::move(out);
}

void trim(Inlines& in) {
  if (!in.empty() && in.front().kind == InlineKind::Text) in.front().text.erase(0, in.front().text.find_first_not_of(' '));
  if (!in.empty() && in.back().kind == InlineKind::Text) {
    while (in.back().text.ends_with(' ')) in.back().text.pop_back();
  }
}

void normalise_all(Inlines& in, const Settled& settled) {
  normalise_inlines(in, settled);
  trim(in);
}

void normalise_blocks(std::vector<Block>& blocks, const Settled& settled) {
  std::vector<Block> out;
  for (Block& b : blocks) {
    normalise_blocks(b.children, settled);
    normalise_all(b.inlines, settled);
    if (b.caption) normalise_all(*b.caption, settled);
    if (b.image) {
      // Where the picture file lives is the importer's choice; a picture without a width is
      // written at its natural size, which comes back as a width.
      b.image->src.clear();
      b.image->width_percent.reset();
    }
    if (b.kind == BlockKind::Callout && !b.background) b.background = settled.callout;
    if (b.table) {
      if (b.table->caption) normalise_all(*b.table->caption, settled);
      // A first row of header cells in a table without row groups is its header row (resolve
      // settles that, and Word marks it as a repeated header row).
      auto& rows = b.table->rows;
      const bool grouped = std::any_of(rows.begin(), rows.end(), [](const model::TableRow& r) {
        return r.group != model::RowGroup::None;
      });
      if (!grouped && !rows.empty() &&
          std::all_of(rows[0].cells.begin(), rows[0].cells.end(), [](const model::TableCell& c) { return c.header; })) {
        for (model::TableRow& r : rows) r.group = model::RowGroup::Body;
        rows[0].group = model::RowGroup::Head;
      }
      for (model::TableRow& r : b.table->rows) {
        for (model::TableCell& c : r.cells) {
          c.scope = model::CellScope::None;  // Word has no header scope; resolve infers it again
          normalise_blocks(c.content, settled);
        }
      }
    }
    // Word has no address element (1.1): an address is written as one paragraph kept on one page,
    // its lines split by breaks, and comes back as that paragraph.
    if (b.kind == BlockKind::Address) b.kind = BlockKind::Paragraph;
    if (b.kind == BlockKind::Section) {
      // Word has no sections: their content stands in the flow.
      for (Block& c : b.children) out.push_back(std::move(c));
      continue;
    }
    out.push_back(std::move(b));
  }
  blocks = std::move(out);
}

std::string normalised(model::Document doc, const Settled& settled) {
  normalise_blocks(doc.body, settled);
  doc.template_name.reset();
  doc.meta.audience.reset();  // Word's core properties have no audience or content date
  doc.meta.date.reset();
  return import::write_content(doc);
}

}  // namespace

TEST_CASE("docx import: every shipped content file survives a round trip through Handout's DOCX", "[import][round-trip]") {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(HANDOUT_SOURCE_DIR) + "/content")) {
    if (e.path().extension() == ".xml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  files.push_back(test_path("fixtures/docx/every-element.xml"));
  for (const std::string& file : files) {
    INFO(file);
    job::TemplateCache templates;
    job::ConfigCache configs;
    job::CheckedDocument checked = job::check_document(file, templates, configs, {});
    REQUIRE_FALSE(checked.input_error);
    // Typographic punctuation off: the DOCX then carries the source's own quotes and dashes, so
    // what comes back can be compared with the source character for character.
    style::Template plain_punctuation = *checked.tmpl;
    plain_punctuation.text.smart_punctuation = false;
    const resolve::ResolvedDocument resolved = resolve::resolve_document(*checked.doc, plain_punctuation);
    const std::string docx = docx::write_docx(resolved, docx::DocxOptions{});
    const import::ImportResult back = import::import_docx(docx, "round-trip.docx");
    Settled settled;
    collect_expansions(checked.doc->body, resolved, settled);
    settled.page = checked.tmpl->page.background;
    settled.callout = checked.tmpl->callout.background;
    model::Document source = *checked.doc;
    model::Document imported = back.doc;
    // A reply slip comes back from Word as paragraphs of its labels (Word has no slip, and its
    // content controls import as their text; docs/import.md): the letter before it survives whole.
    const auto slip = std::find_if(source.body.begin(), source.body.end(),
                                   [](const Block& b) { return b.kind == BlockKind::ReplySlip; });
    if (slip != source.body.end()) {
      const auto keep = static_cast<std::size_t>(slip - source.body.begin());
      source.body.erase(slip, source.body.end());
      REQUIRE(imported.body.size() > keep);
      imported.body.resize(keep);
    }
    CHECK(normalised(imported, settled) == normalised(source, settled));
  }
}

}  // namespace handout::test
