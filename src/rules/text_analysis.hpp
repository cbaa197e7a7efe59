// Text analysis shared by the prose rules (25-27, 29, 30, 39-48): prose extracted from the model
// block by block, word and sentence tokenising, the syllable counter and the Flesch formulas
// (docs/spec/lint-rules.md, "Readability formulas"), English detection (rules 42-48 apply only
// to lang values starting "en"), and the capitals/abbreviation shapes used by rules 25, 26 and 39.
//
// Everything here works on UTF-8 std::string_views into one extracted string per block and
// allocates nothing per word: lint has to keep up with 2,000 leaflets a second.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_loc.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"
#include "rules/lint_config.hpp"

namespace handout::rules::text {

// ---- Language --------------------------------------------------------------------------------

// True for "en", "EN", "en-GB", "en-US"…: the primary subtag is "en" (BCP 47, case-insensitive).
// Rules 42-48 use English coefficients and word lists, so for "cy", "pl" and anything else
// they stay silent rather than mis-apply (lint-rules.md, "Readability formulas").
bool is_english(std::string_view lang);

// ---- Prose extraction ------------------------------------------------------------------------

struct ProseOptions {
  bool english_only = true;  // text in a non-English language (document or span lang) is blanked
  bool keep_code = false;    // <code> is not prose: blanked unless kept
  bool keep_abbr = true;     // <abbr> content; rules 25 and 39 blank it
};

// An inline container met while extracting, with the range its text occupies in Prose::text.
struct Mark {
  const model::Inline* node;
  std::size_t begin = 0, end = 0;
};

// The visible text of one inline sequence: a heading, a paragraph, the Plain text of a list item
// or cell, a figure or table caption, or the text of one note (notes are printed apart from the
// sentence they hang on, so each is prose of its own).
struct Prose {
  const model::Block* block = nullptr;  // the block owning the text
  SourceLoc loc;                        // start tag to report at: the li for a list item's text
  bool heading = false;
  bool paragraph = false;  // a <p>
  bool note = false;
  // LineBreak is "\n" (it always ends a sentence); blanked inlines become one space.
  std::string text;
  std::vector<Mark> marks;  // every non-Text inline (em, strong, abbr, span, a, code) kept, in order
};

// Every prose run of the document in document order (a block's own text, then its notes).
// Runs left with no letter or digit at all are dropped.
std::vector<Prose> collect_prose(const resolve::ResolvedDocument& resolved, const ProseOptions& options);

// ---- Words and sentences ---------------------------------------------------------------------

// A word: letters (any non-ASCII code point that is not punctuation or a space counts as a letter)
// and digits, with internal apostrophes (' and U+2019) and hyphens (-, U+2010, U+2011) joining
// parts: "don't", "don’t", "well-known", "A4". `offset` is its byte offset in the text.
struct Word {
  std::string_view text;
  std::size_t offset = 0;
  std::size_t end() const { return offset + text.size(); }
};
void split_words(std::string_view text, std::vector<Word>& out);  // appends

// A sentence is [begin, end) in the text. A sentence ends at "\n" (a line break) or at . ! ?
// (plus any closing quotes or brackets) followed by the end of the text, or by white space and
// then a capital letter or digit (an opening quote or bracket may come first). It does not end
// after "e.g." or "i.e.", after a title ("Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "No.",
// "Fig.", "approx.", "vs.", "cf."), after a single capital initial ("K."), or at a decimal point
// ("2.5": no space follows). "etc." before a capital does end one (it usually closes a sentence).
// Sentences with no word are dropped.
struct Sentence {
  std::size_t begin = 0, end = 0;
  std::size_t first_word = 0, end_word = 0;  // TextAnalysis::words [first_word, end_word); split_sentences leaves 0
};
void split_sentences(std::string_view text, std::vector<Sentence>& out);  // appends

// ASCII case-insensitive equality (enough for the English word lists).
bool iequals(std::string_view a, std::string_view b);

// ---- Syllables and readability ---------------------------------------------------------------

// Syllables in one English word. The algorithm (counters differ by up to a grade, so it is
// spelt out here, as the spec asks):
//  1. Only letters count (a non-ASCII letter, as in "café", stands for a vowel); a token with no
//     letter (a number) is one syllable. Upper case is folded.
//     A small exceptions table wins first (area 3, being 2, business 2, create 2, idea 3,
//     people 2, poem 2, quiet 2, science 2, video 3, …).
//  2. A word of three letters or fewer is one syllable. A compound whose first half ends in a
//     silent e ("some", "home", "there", "time"… + a consonant and 3+ letters) is counted half by
//     half: "something" 2, "therefore" 2, "timetable" 3.
//  3. A plural "s" (not "ss", "us", "is" or "es") is dropped and the stem counted.
//  4. The suffixes "ly", "ful", "less", "ness" (stem of 3+ letters) and "ment" (stem of 4+) count
//     one syllable each, added to the count of the stem: "securely" = secure (2) + 1.
//  5. Otherwise count groups of vowels (a e i o u y; y is a consonant at the start of a word and
//     between two vowels: "young", "beyond", "player"):
//     - minus one for a silent final e after a consonant ("make"), but not for consonant + "le"
//       or, in British spelling, consonant + "re" ("table", "centre", "litre"; the same for "les",
//       "res", "led", "red": "centres", "centred", "sacred");
//     - minus one for "es" after a consonant other than c, g, s, x, z, ch, sh or consonant + l
//       ("lines"; not "places", "tables") and for "ed" after a consonant other than t, d or
//       consonant + l ("helped", "called"; not "wanted", "settled");
//     - plus one where "ia", "io" or "iu" follow a letter other than c, g, l, n, s, t, x
//       ("period", "various"; not "social", "nation", "million") and where "ua" does not follow
//       q or g ("usual", not "equal");
//     - plus one for "ing" after a vowel ("going", "being");
//     - plus one for "ea" before "li" + s, t or z ("re-al-ise", "re-al-i-ty") or before "tr"
//       ("the-a-tre").
//  6. Never fewer than one; "n't" after a consonant adds one ("doesn't" 2, "couldn't" 2, not
//     "can't"). "Wednesday" (2) is in the exceptions table.
// Known misses include "experience" 3 (is 4), "ie" pairs outside the exceptions table ("diet"),
// and "Italy" 2 (is 3).
int count_syllables(std::string_view word);

struct TextStats {
  int words = 0;
  int sentences = 0;
  int syllables = 0;
  void add(const TextStats& other) {
    words += other.words;
    sentences += other.sentences;
    syllables += other.syllables;
  }
};

// A text split once into words and sentences. Up to a dozen rules read
// the same prose, so analyse() memoises by the text's content (a per-thread cache, validated by
// comparing the whole text, so a new document can never see another's results). Hold the
// shared_ptr while using the views into it.
struct TextAnalysis {
  std::string text;
  std::vector<Word> words;          // views into `text`, offsets into `text`
  std::vector<Sentence> sentences;  // with their word ranges; sentences without words dropped
  TextStats stats;  // words and sentences; syllables are counted by measure() only, when needed
};
std::shared_ptr<const TextAnalysis> analyse(std::string_view text);

// Words, sentences and syllables of a text (sentences with no word are not counted).
// Syllables are left at 0 when not asked for (paragraph-length only needs the counts).
TextStats measure(std::string_view text, bool count_syllables_too = true);

// lint-rules.md "Readability formulas"; both need words > 0 and sentences > 0.
// Flesch Reading Ease = 206.835 - 1.015 (W/S) - 84.6 (Y/W)
double flesch_reading_ease(const TextStats& s);
// Flesch-Kincaid Grade = 0.39 (W/S) + 11.8 (Y/W) - 15.59
double flesch_kincaid_grade(const TextStats& s);

// ---- Capitals and abbreviations (rules 25, 26, 39) -----------------------------------------

// True when the word has at least one ASCII capital and no lower-case ASCII letter.
bool is_caps_word(std::string_view word);
// True when the word has at least one letter (ASCII or not).
bool has_letter(std::string_view word);

// Rule 39: runs of capitalised words (words without a letter neither count nor break a run)
// holding four or more words or more than 25 letters, or holding an ordinary English word that
// is no abbreviation ("DO NOT", "You MUST"): capitals used for emphasis. Indices into `words`:
// [first, last].
struct CapsRun {
  std::size_t first = 0, last = 0;
  int words = 0;
  int letters = 0;
  bool emphasis = false;  // holds an ordinary word ("DO", "NOT", "MUST")
};
std::vector<CapsRun> find_caps_runs(const std::vector<Word>& words);

// Rule 25's shape of an abbreviation: 2-6 characters, the first a capital A-Z, the rest capitals
// or digits, with at least two capitals ("GCSE", "KS2"; not "A4", which is a paper size, and not
// "I"), and at most one lower-case letter ("SENCo", "PhD", "DfE"; not "McCoy"; not the units "MHz",
// "GHz"). A plural or possessive ending "s", "'s", "’s" is dropped: "GPs" is "GP". Returns the
// abbreviation, or nullopt.
std::optional<std::string_view> abbreviation_of(std::string_view word);

// True when words[i] is half of a UK postcode ("SW1A 1AA", "AB1 2CD": outward code, one space,
// digit + two letters), which is an address, not an abbreviation.
bool is_uk_postcode_part(std::string_view text, const std::vector<Word>& words, std::size_t i);

// True when `text` shows "(ABBR)" right around the word at [offset, offset+size) with at least
// one word before the bracket: the "Words … (ABBR)" expansion pattern of rules 25 and 26.
bool is_parenthesised_expansion(std::string_view text, const Word& word, std::size_t word_index);

// One use of an abbreviation, in document order (rules 25 and 26).
enum class AbbrUse {
  Word,           // the bare word in running text
  Parenthesised,  // "Child and Adolescent Mental Health Services (CAMHS)": expanded here
  Titled,         // <abbr title="…">: expanded here (title not blank, not the abbreviation itself)
  Untitled,       // <abbr> with no usable title (rule 27 reports those)
};
struct AbbrOccurrence {
  std::string abbr;   // the abbreviation ("GP" for "GPs"); for an <abbr>, its trimmed text
  SourceLoc loc;      // the <abbr> start tag, else the start tag of the block holding the word
  AbbrUse use = AbbrUse::Word;
  std::string title;  // Titled only
};
// Every abbreviation-shaped word (abbreviation_of) and every <abbr>, in document order, in any
// language. Words inside <code> and words that are part of a run of capitals (find_caps_runs:
// rule 39 reports those as shouting, rule 25 must not report them again) are left out.
std::vector<AbbrOccurrence> collect_abbreviations(const resolve::ResolvedDocument& resolved);

// ---- Audience targets (rules 42-44) ------------------------------------------------------------

struct AudienceTarget {
  const AudienceTargets* targets = nullptr;
  std::string who;  // "the target for parents", or "the default target"
};
// The reading targets chosen by meta/audience (an audience the config does not know gets the default).
AudienceTarget audience_target(const model::Document& doc, const LintConfig& config);

// ---- Messages ----------------------------------------------------------------------------------

// "14.2": one decimal place, for reading figures.
std::string format_one_decimal(double value);
// "25", "6.5": a configured target without trailing zeros.
std::string format_target(double value);
// A short quotation for a message: at most `max_chars` code points, with "…" when cut.
std::string quote_excerpt(std::string_view text, std::size_t max_chars = 60);

}  // namespace handout::rules::text
