// Writing systems, as the resolve stage and the language lint rules need them: the script a
// character belongs to, the script a language is normally written in, the direction a piece of
// text starts in (FriBiDi), and the template font for a script or language.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "style/template.hpp"

namespace handout::resolve {

enum class Direction { Ltr, Rtl };

// The ISO 15924 code, lower case ("arab", "beng", "hani", "latn"…), of the scripts a handout for
// families in the UK meets; "" for characters of no script of their own (digits, punctuation,
// spaces, symbols, combining marks) and for scripts not listed.
std::string_view script_of(char32_t c);

// "Arabic", "Bengali"…: a script code's English name for messages (the code when not listed).
std::string script_name(std::string_view script);
// A language usually written in `script`, for hints ("arab" → "ar"); "" when none is listed.
std::string_view example_language(std::string_view script);

// The script `lang` (BCP 47) is written in: its script subtag when it has one ("pa-Arab" → arab),
// else its primary language's usual script (CLDR likely subtags: "ur" → arab, "pa" → guru,
// "zh" → hani, "ti" → ethi); "latn" for a language not listed.
std::string script_of_language(std::string_view lang);

// True when `script` is a script `lang` uses: its own, plus the Han/kana mix of Japanese and the
// Han/Hangul of Korean.
bool language_uses_script(std::string_view lang, std::string_view script);

// HTML's dir="auto" (Unicode bidi rules P2 and P3): the direction of the first strong character
// of `text`, skipping nothing but characters of no strong direction; nullopt when there is none.
std::optional<Direction> first_strong_direction(std::string_view text);

// Right-to-left when the language's script is (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi,
// Kurdish Sorani, Yiddish, Dhivehi, Syriac…): BCP 47 primary subtag, or a script subtag
// (Arab, Hebr, Thaa, Syrc, Nkoo, Adlm) that overrides it ("pa-Arab" is RTL, "az-Latn" is not).
Direction direction_of_language(std::string_view lang);

// The family the template names for text in `lang` written in `script` ([fonts]: the longest
// language key that is a prefix of `lang` wins, then the script key); nullopt when it names none.
std::optional<std::string> script_font_for(const style::Template& tmpl, std::string_view lang,
                                           std::string_view script);

// Word keeps three fonts per run (ECMA-376 §17.3.2.26): ASCII/High ANSI, East Asian and Complex
// Script; which one a script's characters are drawn in.
enum class FontSlot { Latin, EastAsian, ComplexScript };
FontSlot font_slot_of(std::string_view script);

}  // namespace handout::resolve
