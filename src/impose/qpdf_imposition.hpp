// The part of the booklet that qpdf does (qpdf_imposition.cpp, compiled as C++17): the A5 pages
// of `a5_pdf` placed two-up on A4 landscape in booklet_order, with the print copy's metadata.
// Throws what qpdf throws (std::runtime_error and its QPDFExc) when the input cannot be read.
#pragma once
#include <string>

#include "impose/booklet.hpp"

namespace handout::impose {

std::string place_two_up(const std::string& a5_pdf, const BookletInfo& info);

}  // namespace handout::impose
