// Footnotes, endnotes and comments: notes read at their reference, comments kept for the block
// they are anchored in.
#include "import/docx_reader_state.hpp"

#include <utility>

namespace handout::import::docx {

std::map<std::string, pugi::xml_node> Reader::notes(const std::string& part, const char* element) {
  note_docs_.push_back(pkg_.read_xml(part));
  (std::string_view(element) == "w:footnote" ? footnotes_part_ : endnotes_part_) = part;
  std::map<std::string, pugi::xml_node> out;
  if (!note_docs_.back()) return out;
  for (pugi::xml_node n : note_docs_.back()->first_child().children(element)) {
    out[n.attribute("w:id").value()] = n;
  }
  return out;
}

void Reader::read_comments(const std::string& part) {
  std::optional<pugi::xml_document> xml = pkg_.read_xml(part);
  if (!xml) return;
  for (pugi::xml_node c : xml->child("w:comments").children("w:comment")) {
    std::string text;
    for (const pugi::xpath_node& t : c.select_nodes(".//w:t")) text += t.node().text().get();
    std::string who = c.attribute("w:author").value();
    comments_[c.attribute("w:id").value()] = (who.empty() ? std::string() : who + ": ") + text;
  }
}

void Reader::take_comment(const std::string& id) {
  auto it = comments_.find(id);
  if (it == comments_.end()) return;
  current_comments_.push_back(it->second);
  comments_.erase(it);
}

void Reader::attach_comments(model::NodeId id) {
  for (std::string& c : current_comments_) out_.comments[id].push_back(std::move(c));
  current_comments_.clear();
}

Inline Reader::note(const std::map<std::string, pugi::xml_node>& notes, const std::string& part, const std::string& id) {
  Inline n;
  n.kind = InlineKind::Note;
  n.id = next_id();
  n.loc = para_loc_;
  n.note_number = ++note_number_;
  auto it = notes.find(id);
  if (it == notes.end()) return n;
  const SourceLoc saved = para_loc_;
  // Hyperlinks in a note are relationships of the notes part.
  const std::string saved_part = std::exchange(part_, part);
  for (pugi::xml_node p : it->second.children("w:p")) {
    Inlines in = content(p, RunFormat{});
    // Word puts the note's own number (a footnoteRef run) and a space first.
    if (!n.children.empty() && has_content(in)) {
      Inline space;
      space.kind = InlineKind::Text;
      space.text = " ";
      n.children.push_back(space);
    }
    for (Inline& i : in) n.children.push_back(std::move(i));
  }
  para_loc_ = saved;
  part_ = saved_part;
  trim_front(n.children);
  return n;
}

void Reader::trim_front(Inlines& in) {
  while (!in.empty() && in.front().kind == InlineKind::Text) {
    std::string& t = in.front().text;
    t.erase(0, t.find_first_not_of(" \t"));
    if (!t.empty()) return;
    in.erase(in.begin());
  }
}

}  // namespace handout::import::docx
