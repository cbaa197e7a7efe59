#include "impose/booklet.hpp"

namespace handout::impose {

std::vector<SheetSide> booklet_order(int pages) {
  std::vector<SheetSide> sides;
  if (pages <= 0) return sides;
  const int padded = (pages + 3) / 4 * 4;
  auto page_or_blank = [pages](int index) { return index < pages ? index : SheetSide::kBlank; };
  for (int sheet = 0; sheet < padded / 4; ++sheet) {
    sides.push_back({{page_or_blank(padded - 1 - 2 * sheet), page_or_blank(2 * sheet)}});
    sides.push_back({{page_or_blank(2 * sheet + 1), page_or_blank(padded - 2 - 2 * sheet)}});
  }
  return sides;
}

}  // namespace handout::impose
