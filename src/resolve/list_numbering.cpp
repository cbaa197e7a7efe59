// List markers and /ListNumbering names for lists as written (<ol start type>, format 1.1).
#include "resolve/list_numbering.hpp"

#include "resolve/resolved_document.hpp"

namespace handout::resolve {
namespace {

// CSS Counter Styles Level 3 §6.1 "alphabetic": a, b, … z, aa, ab, … (bijective base 26).
std::string alphabetic(int n, char a) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>(a + (n - 1) % 26));
  return out;
}

// CSS Counter Styles Level 3 §6.1 "additive" upper-roman, 1…3999.
std::string roman(int n, bool upper) {
  static constexpr std::pair<int, const char*> kValues[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                            {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                            {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                            {1, "i"}};
  std::string out;
  for (const auto& [value, letters] : kValues)
    for (; n >= value; n -= value) out += letters;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

std::string list_number(model::ListStyle style, int number) {
  if (number < 1) return std::to_string(number);
  switch (style) {
    case model::ListStyle::Decimal: break;
    case model::ListStyle::LowerAlpha: return alphabetic(number, 'a');
    case model::ListStyle::UpperAlpha: return alphabetic(number, 'A');
    case model::ListStyle::LowerRoman:
      if (number <= 3999) return roman(number, false);
      break;
    case model::ListStyle::UpperRoman:
      if (number <= 3999) return roman(number, true);
      break;
  }
  return std::to_string(number);
}

std::string list_marker(const model::Block& list, int depth, int index) {
  if (!list.ordered) return ResolvedDocument::list_marker(false, depth, index);
  return list_number(list.list_style, list.list_start + index - 1) + ".";
}

const char* list_numbering(const model::Block& list, int depth) {
  if (!list.ordered) return list_numbering(false, depth);
  switch (list.list_style) {
    case model::ListStyle::Decimal: break;
    case model::ListStyle::LowerAlpha: return "LowerAlpha";
    case model::ListStyle::UpperAlpha: return "UpperAlpha";
    case model::ListStyle::LowerRoman: return "LowerRoman";
    case model::ListStyle::UpperRoman: return "UpperRoman";
  }
  return "Decimal";
}

}  // namespace handout::resolve
