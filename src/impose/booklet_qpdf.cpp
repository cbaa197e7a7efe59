// impose_booklet_with_qpdf: in the handout-impose module (and handout_pdf), not in handout_core, so
// that only --impose booklet runs load qpdf (impose/booklet.hpp).
#include <stdexcept>

#include "core/error.hpp"
#include "impose/booklet.hpp"
#include "impose/qpdf_imposition.hpp"

namespace handout::impose {

std::string impose_booklet_with_qpdf(const std::string& a5_pdf, const BookletInfo& info) {
  try {
    return place_two_up(a5_pdf, info);
  } catch (const std::runtime_error& e) {  // qpdf's QPDFExc is one
    throw InternalError(std::string("imposing the booklet: qpdf could not read the PDF just written: ") + e.what());
  }
}

}  // namespace handout::impose
