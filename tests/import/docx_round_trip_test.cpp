// Round trip: every content file Handout ships (content/*.xml and the every-element fixture)
// written to DOCX by Handout's own writer and imported back gives the same document, once both
// sides are reduced to what a .docx can carry (docs/import.md, "What a round trip loses").
#include <catch2/catch.hpp>

#include <filesystem>

#include "docx/docx_writer.hpp"
#include "import/content_writer.hpp"
#include "import/docx_reader.hpp"
#include "job/config_file.hpp"
#include "job/document_check.hpp"
#include "support/test_support.hpp"

namespace handout::test {
namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

// Whitespace as a reader sees it: runs of spaces collapsed, none at the ends of a block.
void normalise_inlines(Inlines& in) {
  Inlines out;
  for (Inline& i : in) {
    if (i.kind == InlineKind::Abbr) {
      // A .docx has no abbreviation element: the abbreviation is plain text (its expansion is
      // printed beside it when the template says so, and comes back as text).
      normalise_inlines(i.children);
      for (Inline& c : i.children) out.push_back(std::move(c));
      continue;
    }
    normalise_inlines(i.children);
    if (i.kind == InlineKind::Text) {
      std::string t;
      for (char c : i.text) {
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        if (c == ' ' && !t.empty() && t.back() == ' ') continue;
        t += c;
      }
      i.text = t;
      if (!out.empty() && out.back().kind == InlineKind::Text) {
        out.back().text += i.text;
        if (out.back().text.ends_with("  ")) out.back().text.pop_back();
        continue;
      }
    }
    out.push_back(std::move(i));
  }
  in = std::move(out);
}

void trim(Inlines& in) {
  if (!in.empty() && in.front().kind == InlineKind::Text) in.front().text.erase(0, in.front().text.find_first_not_of(' '));
  if (!in.empty() && in.back().kind == InlineKind::Text) {
    while (in.back().text.ends_with(' ')) in.back().text.pop_back();
  }
}

void normalise_blocks(std::vector<Block>& blocks) {
  std::vector<Block> out;
  for (Block& b : blocks) {
    normalise_blocks(b.children);
    normalise_inlines(b.inlines);
    trim(b.inlines);
    if (b.caption) {
      normalise_inlines(*b.caption);
      trim(*b.caption);
    }
    if (b.image) {
      // Where the picture file lives is the importer's choice.
      b.image->src.clear();
    }
    if (b.kind == BlockKind::Image && b.caption) b.kind = BlockKind::Figure;
    if (b.table) {
      if (b.table->caption) {
        normalise_inlines(*b.table->caption);
        trim(*b.table->caption);
      }
      for (model::TableRow& r : b.table->rows) {
        for (model::TableCell& c : r.cells) {
          c.scope = model::CellScope::None;  // Word has no header scope; resolve infers it again
          normalise_blocks(c.content);
          for (Block& x : c.content) {
            if (x.kind == BlockKind::Paragraph && c.content.size() == 1) x.kind = BlockKind::Plain;
          }
        }
      }
    }
    if (b.kind == BlockKind::Section) {
      // Word has no sections: their content stands in the flow.
      for (Block& c : b.children) out.push_back(std::move(c));
      continue;
    }
    out.push_back(std::move(b));
  }
  blocks = std::move(out);
}

std::string normalised(model::Document doc) {
  normalise_blocks(doc.body);
  doc.template_name.reset();
  doc.meta.audience.reset();
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
    const std::string docx = docx::write_docx(*checked.resolved, docx::DocxOptions{});
    const import::ImportResult back = import::import_docx(docx, "round-trip.docx");
    CHECK(normalised(back.doc) == normalised(*checked.doc));
  }
}

}  // namespace handout::test
