// Fillable form fields for reply slips (ISO 32000-1 §12.7, PDF/UA-1 §7.18.4): the AcroForm
// dictionary, one field per text line or tick box and one radio field per question, each widget
// with an appearance for every state so no viewer needs NeedAppearances.
#pragma once
#include <hpdf.h>

#include <vector>

#include "layout/paged_document.hpp"

namespace handout::pdf {

// Adds the fields for `widgets` (in structure order) to the document's /AcroForm and their
// widget annotations to `pages`; returns the widget annotation of each, in the same order, for
// the caller to give a /StructParent and an OBJR in its Form element.
std::vector<HPDF_Dict> add_form_fields(HPDF_Doc doc, const std::vector<HPDF_Page>& pages,
                                       const std::vector<layout::FormWidget>& widgets);

}  // namespace handout::pdf
