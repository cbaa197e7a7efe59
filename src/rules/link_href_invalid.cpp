// Rule 23 `link-href-invalid` (docs/spec/lint-rules.md): href missing, empty, "#", or not an
// http, https, mailto or tel URL (content-format.md, inline `a`). WCAG 2.2 SC 2.4.4: a link that
// goes nowhere has no purpose; markdownlint MD042 no-empty-links. URL shapes per RFC 3986
// (authority for http/https), RFC 6068 (mailto) and RFC 3966 (tel).
#include <optional>
#include <string>
#include <string_view>

#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 0x20);
  return out;
}

// RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), ended by ':'.
std::optional<std::string> scheme_of(std::string_view href) {
  const std::size_t colon = href.find(':');
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(href[0])) return std::nullopt;
  for (char c : href.substr(0, colon))
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return std::nullopt;
  return lower_ascii(href.substr(0, colon));
}

// http/https (RFC 3986 §3.2): "//" then a host that is not empty; no spaces anywhere.
std::optional<std::string> web_problem(std::string_view rest) {
  if (!rest.starts_with("//")) return "has no \"//\" and host after the scheme";
  std::string_view authority = rest.substr(2);
  authority = authority.substr(0, authority.find_first_of("/?#"));
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string_view host = authority;
  if (!host.starts_with('[')) host = host.substr(0, host.find(':'));
  if (host.empty()) return "has no host name";
  for (char c : host) {
    // Non-ASCII bytes are allowed: internationalised domain names are written in Unicode.
    if (static_cast<unsigned char>(c) < 0x80 && !is_alpha(c) && !is_digit(c) && c != '-' && c != '.' && c != '[' &&
        c != ']' && c != ':')
      return "has an invalid host name";
  }
  return std::nullopt;
}

// mailto (RFC 6068): at least one address "local@domain" before any "?".
std::optional<std::string> mailto_problem(std::string_view rest) {
  const std::string_view to = rest.substr(0, rest.find('?'));
  if (to.empty()) return "has no e-mail address";
  const std::size_t at = to.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == to.size()) return "is not an e-mail address";
  return std::nullopt;
}

// tel (RFC 3966): digits with visual separators "-.()" and an optional leading "+".
// Spaces are accepted because people write them and PDF viewers and Word strip them.
std::optional<std::string> tel_problem(std::string_view rest) {
  bool digit = false;
  for (std::size_t k = 0; k < rest.size(); ++k) {
    const char c = rest[k];
    if (is_digit(c)) digit = true;
    else if (c == '+' && k == 0) continue;
    else if (c != '-' && c != '.' && c != '(' && c != ')' && c != ' ') return "is not a telephone number";
  }
  if (!digit) return "has no telephone number";
  return std::nullopt;
}

struct Problem {
  std::string message;
  std::string hint;
};

// `internal_links`: the document is format 1.1, where "#name" leads to the block with id="name"
// (whether it exists is link-target-missing's question).
std::optional<Problem> href_problem(const std::optional<std::string>& href, bool internal_links) {
  const std::string schemes_hint = "use an http://, https://, mailto: or tel: address";
  if (!href) return Problem{"link has no href", "add href=\"https://…\" (or mailto:, tel:) naming where it goes"};
  const std::string shown = "link href \"" + links::excerpt(*href) + "\"";
  if (links::is_blank(*href)) return Problem{"link href is empty", "write the address in href, or remove the link"};
  if (*href == "#") return Problem{shown + " goes nowhere", schemes_hint + " instead of \"#\""};
  if (href->find_first_of(" \t\n") != std::string::npos && !href->starts_with("tel:"))
    return Problem{shown + " contains a space", "remove the space, or write it as %20"};
  const std::optional<std::string> scheme = scheme_of(*href);
  if (!scheme) {
    if (href->starts_with("#") && internal_links) return std::nullopt;
    if (href->starts_with("#"))
      return Problem{shown + " points into the document", schemes_hint + ", or add version=\"1.1\" and an id to link within it"};
    // Suggest the scheme only when the text says which: "name@host" or "host.name/path".
    const std::string_view first = std::string_view(*href).substr(0, href->find('/'));
    if (href->find('@') != std::string::npos && href->find('/') == std::string::npos)
      return Problem{shown + " has no scheme", "write href=\"mailto:" + *href + "\""};
    if (!first.empty() && first.find('.') != std::string_view::npos && first.front() != '.')
      return Problem{shown + " has no scheme", "write href=\"https://" + *href + "\""};
    return Problem{shown + " has no scheme", "write the full address, starting with https://"};
  }
  const std::string_view rest = std::string_view(*href).substr(scheme->size() + 1);
  std::optional<std::string> problem;
  std::string example;
  if (*scheme == "http" || *scheme == "https") {
    problem = web_problem(rest);
    example = "https://www.example.org/page";
  } else if (*scheme == "mailto") {
    problem = mailto_problem(rest);
    example = "mailto:office@example.org";
  } else if (*scheme == "tel") {
    problem = tel_problem(rest);
    example = "tel:+441234567890";
  } else {
    return Problem{shown + " uses the scheme \"" + *scheme + "\"",
                   schemes_hint + "; other schemes do not open from print or PDF"};
  }
  if (problem) return Problem{shown + " " + *problem, "write the complete address, e.g. " + example};
  return std::nullopt;
}

void check_link_href_invalid(const RuleContext& ctx, RuleReporter& reporter) {
  const bool internal_links = ctx.doc.version >= model::FormatVersion::V1_1;
  for (const links::LinkRef& ref : links::collect_links(ctx.resolved)) {
    if (std::optional<Problem> p = href_problem(ref.link->href, internal_links)) reporter.report(ref.link->loc, p->message, p->hint);
  }
}

}  // namespace

extern const Rule kLinkHrefInvalid{
    23, "link-href-invalid", Severity::Error, "2.4.4",
    "every link has an http, https, mailto or tel address",
    "Reports an <a> whose href is missing, empty, only \"#\", or not one of the URL kinds the "
    "content format allows: http:// or https:// with a host name, mailto: with an e-mail address, "
    "or tel: with a number. Malformed addresses such as \"http://\", \"mailto:\" alone, or "
    "\"www.example.org\" without a scheme are reported too. Such a link goes nowhere, or somewhere "
    "the PDF or DOCX reader cannot open (WCAG 2.2 SC 2.4.4; markdownlint MD042 no-empty-links). "
    "In format 1.1, href=\"#name\" links to the block with id=\"name\" (rule link-target-missing "
    "checks that it exists). Fix: write the complete address, e.g. href=\"https://www.example.org/page\", "
    "href=\"mailto:office@example.org\" or href=\"tel:+441234567890\".",
    &check_link_href_invalid,
};

}  // namespace handout::rules
