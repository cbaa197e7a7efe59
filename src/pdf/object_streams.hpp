// A finished PDF's bytes → the same PDF with its small objects packed into compressed object
// streams (ISO 32000-1 §7.5.7) and a cross-reference stream. libharu writes every object as plain
// text, and a tagged document is mostly structure elements: in a long handout they are more than
// half the file. libharu cannot write object streams, so this is a pass over its output.
#pragma once
#include <string>

namespace handout::pdf {

// Every object, stream and string is kept as it is (streams are copied, not decoded); only where
// the objects sit changes. The result depends on nothing but `pdf`, so rebuilding the same input
// gives the same bytes.
std::string pack_object_streams(const std::string& pdf);

}  // namespace handout::pdf
