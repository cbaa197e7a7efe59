#include "impose/booklet.hpp"

#include <stdexcept>

#include "core/error.hpp"
#include "impose/qpdf_imposition.hpp"

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

std::string impose_booklet(const std::string& a5_pdf, const BookletInfo& info) {
  try {
    return place_two_up(a5_pdf, info);
  } catch (const std::runtime_error& e) {  // qpdf's QPDFExc is one
    throw InternalError(std::string("imposing the booklet: qpdf could not read the PDF just written: ") + e.what());
  }
}

}  // namespace handout::impose
