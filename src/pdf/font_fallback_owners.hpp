// Owners for the HarfBuzz and fontconfig objects font fallback creates, so every early return and
// exception releases them (RAII for C resources).
#pragma once
#include <fontconfig/fontconfig.h>
#include <hb.h>

#include <memory>

namespace handout::pdf::fallback {

template <typename T, void (*Destroy)(T*)>
struct Destroyer {
  void operator()(T* p) const {
    if (p) Destroy(p);
  }
};

using FcPatternPtr = std::unique_ptr<FcPattern, Destroyer<FcPattern, FcPatternDestroy>>;
using FcFontSetPtr = std::unique_ptr<FcFontSet, Destroyer<FcFontSet, FcFontSetDestroy>>;
using FcCharSetPtr = std::unique_ptr<FcCharSet, Destroyer<FcCharSet, FcCharSetDestroy>>;
using HbBufferPtr = std::unique_ptr<hb_buffer_t, Destroyer<hb_buffer_t, hb_buffer_destroy>>;

}  // namespace handout::pdf::fallback
