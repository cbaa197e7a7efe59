// The words Handout itself adds to a document (the notes heading, "Page 2 of 4", note link labels,
// the skip link), in one table for every language, so the PDF, DOCX and HTML writers print the same
// words. A language's row is found by its primary subtag ("ur-PK" reads the "ur" row).
#pragma once
#include <string>
#include <string_view>

namespace handout::resolve {

struct Words {
  std::string lang;           // the row's language ("en", "ur")
  std::string notes;          // heading above the endnotes
  std::string page_of_pages;  // what {page_of_pages} prints: a pattern with {page} and {pages}
  std::string note;           // the accessible name of a note reference, with {n}
  std::string back_to_note;   // the link from a note back to its reference, with {n}
  std::string skip_link;      // HTML: the link past the header to the main content
  std::string contents;       // heading above the printed table of contents
  // <callout kind> (1.1): the kind said in words at the callout's start, so it is not told by
  // colour alone (WCAG 2.2 SC 1.4.1): note, tip, warning, important.
  std::string callout_note, callout_tip, callout_warning, callout_important;

  std::string note_label(int n) const;
  std::string back_label(int n) const;
};

// The row for `lang`, or nullptr when the table has none.
const Words* find_words(std::string_view lang);
// The row for `lang`, or the English row when there is none.
const Words& words_for(std::string_view lang);

inline constexpr std::string_view kEnglishNotes = "Notes";

// Whether a running text pattern prints nothing but the {page_of_pages} placeholder with spaces and
// ASCII punctuation around it: its words are then the table's, in the language
// GeneratedText::words_lang names when that is not the document's.
bool only_page_of_pages(std::string_view pattern);

}  // namespace handout::resolve
