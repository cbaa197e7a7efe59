// Rule 20 `link-text-is-url` (docs/spec/lint-rules.md): the text of an <a> is its own address.
// WCAG 2.2 SC 2.4.4 Link Purpose (In Context); Word checker "Hyperlink text is meaningful";
// GOV.UK: meaningful link text. A screen reader reads a URL out character by character.
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

// Lower-cased, without "http://", "https://", a leading "www." and trailing
// slashes, so that "www.example.org" matches href="https://example.org/".
std::string normalise_address(std::string_view text) {
  std::string s = links::fold_case(links::normalise_space(text));
  for (std::string_view prefix : {"https://", "http://"}) {
    if (s.starts_with(prefix)) {
      s.erase(0, prefix.size());
      break;
    }
  }
  if (s.starts_with("www.")) s.erase(0, 4);
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

void check_link_text_is_url(const RuleContext& ctx, RuleReporter& reporter) {
  for (const links::LinkRef& ref : links::collect_links(ctx.resolved)) {
    if (!ref.link->href) continue;  // link-href-invalid reports it
    // An email address or phone number is what the reader needs to see: on paper the link text is
    // all there is, and GOV.UK writes addresses out. Only web addresses need words instead.
    const std::string scheme = links::fold_case(std::string_view(*ref.link->href).substr(0, 7));
    if (scheme.starts_with("mailto:") || scheme.starts_with("tel:")) continue;
    const std::string text = links::link_text(*ref.link);
    const std::string address = normalise_address(*ref.link->href);
    if (address.empty() || normalise_address(text) != address) continue;
    reporter.report(ref.link->loc, "link text \"" + links::excerpt(text) + "\" is the link's own address",
                    "write words that name the destination inside <a>, e.g. \"the school's term dates page\"; "
                    "screen readers spell an address out character by character");
  }
}

}  // namespace

extern const Rule kLinkTextIsUrl{
    20, "link-text-is-url", Severity::Warning, "2.4.4",
    "link text is words, not the URL itself",
    "Reports an <a> whose text is its own href. Both are compared after lower-casing and removing "
    "the scheme (http://, https://), a leading \"www.\" and trailing slashes, so "
    "<a href=\"https://example.org/\">www.example.org</a> is reported. A mailto: or tel: link whose "
    "text is the address or number is not: on paper the reader must see it (GOV.UK writes email "
    "addresses out). A screen reader reads such "
    "text out character by character and it says nothing about what the reader will find there "
    "(WCAG 2.2 SC 2.4.4; Word's \"Hyperlink text is meaningful\"; GOV.UK guidance on meaningful "
    "link text). Fix: make the link text name the destination, e.g. \"the NHS page on "
    "chickenpox\", and keep the address in the href.",
    &check_link_text_is_url,
};

}  // namespace handout::rules
