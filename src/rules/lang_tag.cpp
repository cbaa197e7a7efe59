// BCP 47 syntax (RFC 5646 section 2.1 ABNF) plus registry lookups of the language, script and
// region subtags, for rules 17 and 18 (WCAG 3.1.1 / 3.1.2; Matterhorn 11-001, 11-006).
#include <algorithm>
#include <cctype>
#include <vector>

#include "rules/language_subtags.hpp"

namespace handout::rules::lang {
namespace {

bool all_of_class(std::string_view s, int (*pred)(int)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [pred](char c) { return pred(static_cast<unsigned char>(c)) != 0; });
}
bool is_alpha(std::string_view s) { return all_of_class(s, &isalpha); }
bool is_digit(std::string_view s) { return all_of_class(s, &isdigit); }
bool is_alnum(std::string_view s) { return all_of_class(s, &isalnum); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> split(std::string_view tag) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t dash = tag.find('-', start);
    parts.push_back(lower(tag.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start)));
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return parts;
}

// RFC 5646 2.2.5: variant = 5*8alphanum / (DIGIT 3alphanum).
bool is_variant(const std::string& s) {
  return is_alnum(s) && ((s.size() >= 5 && s.size() <= 8) ||
                         (s.size() == 4 && std::isdigit(static_cast<unsigned char>(s[0])) != 0));
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace

std::optional<std::string> tag_problem(std::string_view tag) {
  if (tag.empty()) return std::string("the tag is empty");
  const std::vector<std::string> parts = split(tag);
  for (const std::string& p : parts) {
    if (p.empty() || p.size() > 8 || !is_alnum(p)) return quoted(tag) + " is not well-formed BCP 47 syntax";
  }
  std::size_t i = 0;
  // RFC 5646 2.2.7: a tag made only of private-use subtags ("x-klingon") is valid.
  if (parts[0] == "x") {
    if (parts.size() < 2) return quoted(tag) + " is not well-formed BCP 47 syntax";
    return std::nullopt;
  }
  const std::string& language = parts[i++];
  if (!is_alpha(language) || language.size() == 1) return quoted(tag) + " is not well-formed BCP 47 syntax";
  // 2.2.1: 4 letters are reserved and 5-8 letters are only for future registrations, so no such
  // primary subtag is registered today ("english" is well formed but not a language subtag).
  const bool private_range = language.size() == 3 && language >= "qaa" && language <= "qtz";
  if (language.size() > 3 || (!private_range && !is_registered_language(language))) {
    if (auto two = two_letter_code_for(language)) {
      return quoted(language) + " is not a registered language subtag (BCP 47 uses the ISO 639-1 code " +
             quoted(*two) + ")";
    }
    return quoted(language) + " is not a registered language subtag";
  }
  // 2.2.2: up to three extended language subtags (3 letters), e.g. "zh-yue".
  for (int n = 0; n < 3 && i < parts.size() && parts[i].size() == 3 && is_alpha(parts[i]); ++n, ++i) {
    if (!is_registered_language(parts[i])) return quoted(parts[i]) + " is not a registered extended language subtag";
  }
  // 2.2.3: script, 4 letters from ISO 15924 (Qaaa-Qabx is private use).
  if (i < parts.size() && parts[i].size() == 4 && is_alpha(parts[i])) {
    const std::string& script = parts[i++];
    if (!(script >= "qaaa" && script <= "qabx") && !is_registered_script(script)) {
      return quoted(script) + " is not a registered script subtag";
    }
  }
  // 2.2.4: region, 2 letters from ISO 3166-1 or 3 digits from UN M.49.
  if (i < parts.size() && ((parts[i].size() == 2 && is_alpha(parts[i])) || (parts[i].size() == 3 && is_digit(parts[i])))) {
    const std::string& region = parts[i++];
    // ISO 3166-1 keeps AA, QM-QZ, XA-XZ and ZZ for private use; RFC 5646 2.2.4 allows them.
    const bool private_region = region == "aa" || region == "zz" || (region >= "qm" && region <= "qz") ||
                                (region >= "xa" && region <= "xz");
    // "en-UK" is the usual slip: UK is no ISO 3166-1 code (the United Kingdom is GB), and "uk"
    // read as a subtag is Ukrainian, so say which country code was meant.
    if (region == "uk") return "\"UK\" is not a region subtag: the United Kingdom is region GB (\"en-GB\")";
    if (is_alpha(region) && !private_region && !is_registered_region(region)) {
      return quoted(region) + " is not a registered region subtag";
    }
  }
  while (i < parts.size() && is_variant(parts[i])) ++i;
  // 2.2.6 extensions: singleton (not x) followed by 2-8 alphanum subtags.
  while (i < parts.size() && parts[i].size() == 1 && parts[i] != "x") {
    ++i;
    const std::size_t first = i;
    while (i < parts.size() && parts[i].size() >= 2) ++i;
    if (i == first) return quoted(tag) + " is not well-formed BCP 47 syntax";
  }
  // 2.2.7 private use: "x" then 1-8 alphanum subtags to the end.
  if (i < parts.size() && parts[i] == "x") {
    if (i + 1 == parts.size()) return quoted(tag) + " is not well-formed BCP 47 syntax";
    return std::nullopt;
  }
  if (i != parts.size()) return quoted(tag) + " is not well-formed BCP 47 syntax";
  return std::nullopt;
}

}  // namespace handout::rules::lang
