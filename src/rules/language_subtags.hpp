// BCP 47 (RFC 5646) language tag checking for rules 17 `document-lang` (WCAG 3.1.1) and 18
// `inline-lang-valid` (WCAG 3.1.2); Matterhorn 11-001/11-006 need a valid Lang entry in PDF/UA.
// The subtag tables live in the generated language_subtags.cpp (scripts/gen_language_subtags.py).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace handout::rules::lang {

// Table lookups; arguments must be lower case.
bool is_registered_language(std::string_view lower);
bool is_registered_region(std::string_view lower);
bool is_registered_script(std::string_view lower);
// The ISO 639-1 code of a language given by its 639-2/639-3 code ("eng" -> "en", "fre" -> "fr"):
// RFC 5646 2.2.1 registers only the two-letter code for such languages.
std::optional<std::string_view> two_letter_code_for(std::string_view lower);

// nullopt when `tag` is well formed and its language, script and region subtags are registered;
// otherwise a phrase saying what is wrong ("\"english\" is not a registered language subtag").
std::optional<std::string> tag_problem(std::string_view tag);

}  // namespace handout::rules::lang
