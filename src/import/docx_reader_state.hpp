// The DOCX reader's state while it walks one document, shared by the files that each read one
// kind of content: docx_reader.cpp (the parts around the body and the whole walk),
// docx_paragraphs.cpp (paragraphs into blocks), docx_lists.cpp (numbering into nested lists),
// docx_grouping.cpp (captions, quotes, callouts), docx_tables.cpp, docx_runs.cpp (runs, fields,
// links), docx_notes.cpp (footnotes, endnotes, comments) and docx_pictures.cpp.
// Internal to src/import: the public interface is docx_reader.hpp.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "import/docx_package.hpp"
#include "import/docx_reader.hpp"
#include "import/docx_styles.hpp"
#include "import/docx_text.hpp"

namespace handout::import::docx {

// The model names every part of the reader uses.
using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

class Reader {
 public:
  Reader(DocxPackage& pkg, const ImportOptions& options, ImportResult& out)
      : pkg_(pkg), options_(options), out_(out) {}

  void run();

 private:
  using Pieces = std::vector<std::pair<RunFormat, Inline>>;

  // ---- parts around the body (docx_reader.cpp, docx_notes.cpp) ------------------------------
  std::map<std::string, pugi::xml_node> notes(const std::string& part, const char* element);
  void read_comments(const std::string& part);
  void read_core_properties();
  static std::int64_t text_width(pugi::xml_node sect);

  // Tables in tables, content controls in content controls, hyperlinks in insertions: hostile
  // input can nest these without end, and every level is a C++ stack frame here (and a model
  // level for lint and the writers). The content format allows 100 levels of elements.
  static constexpr int kMaxDepth = 64;
  static constexpr std::size_t kMaxTableRows = 2000;  // as the content reader's limit
  struct DepthGuard {
    DepthGuard(Reader& r, pugi::xml_node at);
    ~DepthGuard() { --reader.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
    Reader& reader;
  };

  model::NodeId next_id() { return ++node_id_; }
  // One docx-content-dropped warning at `loc`, and a line in the top comment.
  void warn(const std::string& what, SourceLoc loc);

  // ---- blocks (docx_paragraphs.cpp, docx_lists.cpp) -----------------------------------------
  struct ListBuilder {
    // Open lists, outermost first; each points into the block vector or into its parent's last item.
    std::vector<Block*> open;
    void close() { open.clear(); }
  };
  // One container's children (body, cell, note): paragraphs and tables into blocks, with lists,
  // quotes, callouts and captions put together.
  std::vector<Block> blocks(pugi::xml_node container);
  void paragraph(pugi::xml_node p, std::vector<Block>& out, ListBuilder& lists);
  // `ilvl` is the numbering level (bullet or number); `depth` the nesting shown, 0 at the top.
  void add_list_item(Block para, const std::string& num_id, int ilvl, int depth, std::vector<Block>& out,
                     ListBuilder& lists);

  // ---- grouping (docx_grouping.cpp) ---------------------------------------------------------
  void attach_captions(std::vector<Block>& blocks);
  void group(std::vector<Block>& blocks, StyleRole role);
  static std::string box_signature(pugi::xml_node ppr);
  static void text_blocks(std::vector<Block>& blocks, std::vector<Block*>& out);
  static void lift_text_colour(Block& callout);

  // ---- tables (docx_tables.cpp) -------------------------------------------------------------
  Block table(pugi::xml_node tbl);

  // ---- inline content (docx_runs.cpp) -------------------------------------------------------
  // The paragraph's (or hyperlink's) children → inlines, adjacent runs of one format merged.
  Inlines content(pugi::xml_node parent, const RunFormat& base);
  void collect(pugi::xml_node parent, const RunFormat& base, Pieces& pieces);
  void run(pugi::xml_node r, const RunFormat& base, Pieces& pieces);
  void append_text(Pieces& pieces, const RunFormat& f, const std::string& text);
  Inlines wrap(Pieces& pieces);
  static std::string field_kind(const std::string& instr);
  void field_warning(const std::string& instr);

  // ---- notes and comments (docx_notes.cpp) --------------------------------------------------
  void take_comment(const std::string& id);
  void attach_comments(model::NodeId id);
  Inline note(const std::map<std::string, pugi::xml_node>& notes, const std::string& part, const std::string& id);
  static void trim_front(Inlines& in);

  // ---- pictures (docx_pictures.cpp) ---------------------------------------------------------
  void drawing(pugi::xml_node d);

  DocxPackage& pkg_;
  const ImportOptions& options_;
  ImportResult& out_;
  std::optional<pugi::xml_document> styles_xml_, numbering_xml_;
  std::vector<std::optional<pugi::xml_document>> note_docs_;
  std::map<std::string, pugi::xml_node> footnotes_, endnotes_;
  std::string footnotes_part_, endnotes_part_;
  bool used_endnotes_ = false;
  std::map<std::string, std::string> comments_;
  std::vector<std::string> current_comments_;
  StyleTable styles_;
  NumberingTable numbering_;
  std::string part_;
  std::string first_run_lang_;
  std::string current_heading_;
  std::int64_t page_text_width_ = 9026;
  std::uint32_t paragraph_number_ = 0;
  model::NodeId node_id_ = 0;
  int note_number_ = 0;
  int insertions_ = 0, deletions_ = 0;
  struct Field {
    std::string instr;  // the field code, e.g. " TOC \\o "1-3" "
    bool code = true;   // between begin and separate: the code, not the result
    bool toc = false;
  };
  std::vector<Field> fields_;  // complex fields open at this point, outermost first
  int toc_open_ = 0;
  int depth_ = 0;
  SourceLoc para_loc_;
  std::vector<Block> pending_images_;
  bool pending_page_break_ = false;
  std::map<model::NodeId, StyleRole> roles_;
  std::map<model::NodeId, std::optional<Colour>> paragraph_backgrounds_;
  std::set<model::NodeId> grouped_;
  // Bookmarks that a hyperlink in the body leads to (w:anchor), as content-format ids; a block
  // holding one gets that id, so the link stays a link within the document.
  std::map<std::string, std::string> linked_bookmarks_;  // bookmark name → id
  std::vector<std::string> pending_bookmarks_;           // bookmark ids met between paragraphs
  void collect_linked_bookmarks(pugi::xml_node body);
  std::optional<std::string> bookmark_id(pugi::xml_node p);
  std::set<model::NodeId> callout_members_;  // blocks inside the callout above them
  std::string open_callout_box_;
  std::map<std::string, std::string> media_names_;
};

}  // namespace handout::import::docx
