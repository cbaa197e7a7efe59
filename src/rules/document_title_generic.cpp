// Rule 38 `document-title-generic` (docs/spec/lint-rules.md): WCAG 2.2 SC 2.4.2 Page Titled
// (a title must describe the topic); PAC "Validity of document title".
#include <algorithm>
#include <array>
#include <cctype>

#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr std::array<std::string_view, 9> kPlaceholders{
    "untitled", "untitled document", "new document", "title", "document", "no title", "draft", "test", "handout"};

std::string normalise(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// "document12", "untitled-3", "new document 2": a default name and a number, with at most one
// space, '_' or '-' between them.
bool is_numbered_default(std::string_view title) {
  std::size_t digits = 0;
  while (digits < title.size() && std::isdigit(static_cast<unsigned char>(title[title.size() - 1 - digits]))) ++digits;
  if (digits == 0) return false;
  std::string_view stem = title.substr(0, title.size() - digits);
  if (!stem.empty() && (stem.back() == ' ' || stem.back() == '_' || stem.back() == '-')) stem.remove_suffix(1);
  return stem == "document" || stem == "untitled" || stem == "untitled document" || stem == "new document";
}

// "leaflet.docx", "Final_v2.pdf": one word (no space) ending in a document file extension.
bool is_file_name(std::string_view title) {
  static constexpr std::string_view kExtensions[] = {"doc", "docx", "odt", "rtf", "pdf", "xml", "txt", "htm",
                                                      "html", "pages", "md", "indd", "ppt", "pptx"};
  const std::size_t dot = title.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || title.find(' ') != std::string_view::npos) return false;
  return std::find(std::begin(kExtensions), std::end(kExtensions), title.substr(dot + 1)) != std::end(kExtensions);
}

// Why the title is generic, or empty when it is not.
std::string generic_reason(const std::string& title) {
  if (std::find(kPlaceholders.begin(), kPlaceholders.end(), title) != kPlaceholders.end()) return "a placeholder";
  // Word and LibreOffice defaults: "Document1", "Untitled 2", "Untitled-3".
  if (is_numbered_default(title)) return "a placeholder";
  if (is_file_name(title)) return "a file name";
  return {};
}

void check_document_title_generic(const RuleContext& ctx, RuleReporter& reporter) {
  const std::string reason = generic_reason(normalise(ctx.doc.meta.title.text));
  if (reason.empty()) return;
  reporter.report(ctx.doc.meta.title.loc, "document title \"" + ctx.doc.meta.title.text + "\" is " + reason,
                  "replace it with a title that names the topic, e.g. \"Caring for your child after a tonsillectomy\"");
}

}  // namespace

extern const Rule kDocumentTitleGeneric{
    38, "document-title-generic", Severity::Warning, "2.4.2",
    "the title is not a placeholder or a file name",
    "Reports a meta/title that is a placeholder (\"Untitled\", \"Document1\", \"New document\", "
    "\"Title\") or a file name (\"leaflet.docx\", \"final.pdf\", \"content.xml\"). Such titles are "
    "what editors fill in by default; they pass the document-title check but tell a reader, or a "
    "screen reader announcing the window, nothing about the content (WCAG 2.2 SC 2.4.2; PAC "
    "\"Validity of document title\"). Fix: write a title that names the topic of the handout.",
    &check_document_title_generic,
};

}  // namespace handout::rules
