// Owners for HarfBuzz objects: each hb_*_t that Handout creates or references is held by one of
// these from the moment it exists, so an exception on the way (a failed subset, a bad_alloc) cannot
// leak it. HarfBuzz objects are reference counted; an owner drops exactly the one reference it holds.
#pragma once
#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace handout::pdf::hb {

template <class T, void (*Destroy)(T*)>
struct Destroyer {
  void operator()(T* p) const noexcept { Destroy(p); }
};

template <class T, void (*Destroy)(T*)>
using Ptr = std::unique_ptr<T, Destroyer<T, Destroy>>;

using Blob = Ptr<hb_blob_t, hb_blob_destroy>;
using Face = Ptr<hb_face_t, hb_face_destroy>;
using Font = Ptr<hb_font_t, hb_font_destroy>;
using Buffer = Ptr<hb_buffer_t, hb_buffer_destroy>;
using SubsetInput = Ptr<hb_subset_input_t, hb_subset_input_destroy>;
using SubsetPlan = Ptr<hb_subset_plan_t, hb_subset_plan_destroy>;

}  // namespace handout::pdf::hb
