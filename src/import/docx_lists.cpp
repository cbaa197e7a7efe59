// Numbered paragraphs into nested ul/ol lists.
#include "import/docx_reader_state.hpp"

#include <algorithm>

namespace handout::import::docx {

void Reader::add_list_item(Block para, const std::string& num_id, int ilvl, int depth, std::vector<Block>& out,
                           ListBuilder& lists) {
  const bool ordered = numbering_.ordered(num_id, std::clamp(ilvl, 0, 8));
  ilvl = std::clamp(depth, 0, 8);  // from here on, the level of nesting
  Block item;
  item.kind = BlockKind::ListItem;
  item.id = next_id();
  item.loc = para.loc;
  para.kind = BlockKind::Plain;
  item.children.push_back(std::move(para));
  // A new list at the top level when the kind changes; deeper levels nest in the last item.
  if (!lists.open.empty() && static_cast<int>(lists.open.size()) > ilvl + 1) lists.open.resize(ilvl + 1);
  if (!lists.open.empty() && static_cast<int>(lists.open.size()) == ilvl + 1 && lists.open.back()->ordered != ordered) {
    lists.open.pop_back();
  }
  while (static_cast<int>(lists.open.size()) < ilvl + 1) {
    Block list;
    list.kind = BlockKind::List;
    list.id = next_id();
    list.loc = item.loc;
    list.ordered = ordered;
    if (lists.open.empty()) {
      out.push_back(std::move(list));
      lists.open.push_back(&out.back());
    } else {
      Block* parent = lists.open.back();
      if (parent->children.empty()) {
        // Skipped level (ilvl 0 → 2): an item to hold the deeper list.
        Block filler;
        filler.kind = BlockKind::ListItem;
        filler.id = next_id();
        filler.loc = item.loc;
        parent->children.push_back(std::move(filler));
      }
      parent->children.back().children.push_back(std::move(list));
      lists.open.push_back(&parent->children.back().children.back());
    }
  }
  lists.open.back()->children.push_back(std::move(item));
}

}  // namespace handout::import::docx
