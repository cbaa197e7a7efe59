// Owners for the fontconfig objects font fallback creates, so every early return and exception
// releases them (the same unique_ptr-with-destroyer as the HarfBuzz owners in hb_ptr.hpp).
#pragma once
#include <fontconfig/fontconfig.h>

#include "pdf/hb_ptr.hpp"

namespace handout::pdf::fc {

using Pattern = hb::Ptr<FcPattern, FcPatternDestroy>;
using FontSet = hb::Ptr<FcFontSet, FcFontSetDestroy>;
using CharSet = hb::Ptr<FcCharSet, FcCharSetDestroy>;

}  // namespace handout::pdf::fc
