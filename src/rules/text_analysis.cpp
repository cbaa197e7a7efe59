#include "rules/text_analysis.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <unordered_map>
#include <utility>

#include "core/utf8.hpp"
#include "model/query.hpp"

namespace handout::rules::text {
namespace {

using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

inline bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Non-ASCII code points that are spaces, punctuation or symbols rather than letters: Latin-1
// punctuation (U+00A0 no-break space … U+00BF), × and ÷, General Punctuation (dashes, curly
// quotes, bullets, ellipsis), currency, arrows, maths, box drawing and shapes (▪ ● used as typed
// bullets), CJK punctuation, private use, the BOM and emoji.
bool is_non_letter_code_point(char32_t cp) {
  return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0xFEFF || cp >= 0x1F000;
}

inline bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(static_cast<unsigned char>(cp));
  return !is_non_letter_code_point(cp);
}

// Internal joiners of a word: apostrophes (' and U+2019) and hyphens (-, U+2010, U+2011).
bool is_joiner(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011; }

bool contains_word_char(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (is_ascii_alnum(c)) return true;
      ++i;
      continue;
    }
    std::size_t len = 1;
    if (is_word_code_point(code_point_at(text, i, len))) return true;
    i += len;
  }
  return false;
}

class ProseBuilder {
 public:
  ProseBuilder(const resolve::ResolvedDocument& resolved, const ProseOptions& options, std::vector<Prose>& out)
      : resolved_(resolved), options_(options), out_(out) {}

  void add_run(const Block& block, SourceLoc loc, const Inlines& inlines, bool english) {
    Prose prose;
    prose.block = &block;
    prose.loc = loc;
    prose.heading = block.kind == BlockKind::Heading;
    prose.paragraph = block.kind == BlockKind::Paragraph;
    std::vector<std::pair<const Inline*, bool>> notes;
    append(prose, inlines, english, notes);
    push(std::move(prose));
    // Notes are printed apart from their point of reference, so each is prose of its own.
    for (std::size_t n = 0; n < notes.size(); ++n) {
      Prose note;
      note.block = &block;
      note.loc = notes[n].first->loc;
      note.note = true;
      append(note, notes[n].first->children, notes[n].second, notes);
      push(std::move(note));
    }
  }

 private:
  void push(Prose&& prose) {
    if (contains_word_char(prose.text)) out_.push_back(std::move(prose));
  }

  static void blank(Prose& p) {
    if (p.text.empty() || p.text.back() != ' ') p.text += ' ';
  }

  void append(Prose& p, const Inlines& inlines, bool english,
              std::vector<std::pair<const Inline*, bool>>& notes) {
    for (const Inline& i : inlines) {
      switch (i.kind) {
        case InlineKind::Text:
          if (options_.english_only && !english)
            blank(p);
          else
            p.text += i.text;
          break;
        case InlineKind::LineBreak: p.text += '\n'; break;
        case InlineKind::Note: notes.emplace_back(&i, english); break;
        case InlineKind::Code:
        case InlineKind::Abbr:
        case InlineKind::Emphasis:
        case InlineKind::Strong:
        case InlineKind::Subscript:
        case InlineKind::Superscript:
        case InlineKind::Link:
        case InlineKind::Span: {
          const bool drop = (i.kind == InlineKind::Code && !options_.keep_code) ||
                            (i.kind == InlineKind::Abbr && !options_.keep_abbr);
          const std::size_t slot = p.marks.size();
          p.marks.push_back(Mark{&i, p.text.size(), p.text.size()});
          if (drop) {
            blank(p);
          } else {
            // The language of a span is the resolved one (WCAG 3.1.2), as every output declares it.
            const bool inner_english = i.kind == InlineKind::Span ? is_english(resolved_.style_of(i).lang) : english;
            append(p, i.children, inner_english, notes);
          }
          p.marks[slot].end = p.text.size();
          break;
        }
      }
    }
  }

  const resolve::ResolvedDocument& resolved_;
  const ProseOptions& options_;
  std::vector<Prose>& out_;
};

// Syllable exceptions: words the rules of count_syllables get wrong and that are common in
// school and health leaflets. Lower case.
constexpr std::array<std::pair<std::string_view, int>, 21> kSyllableExceptions{{
    {"anxiety", 4}, {"area", 3},    {"business", 2}, {"client", 2},  {"create", 2},
    {"created", 3}, {"creates", 2}, {"creating", 3}, {"diet", 2},    {"hundred", 2},
    {"idea", 3},    {"ideal", 3},   {"maybe", 2},    {"naive", 2},   {"poem", 2},
    {"poet", 2},    {"quiet", 2},   {"science", 2},  {"society", 4}, {"video", 3},
    {"wednesday", 2},  // "Wenz-day": the first e is silent, which no spelling rule predicts
}};

// First halves of compounds that end in a silent e ("some-thing", "home-work", "there-fore"):
// inside a word that e looks like a spoken vowel, so such a compound is counted half by half.
constexpr std::array<std::string_view, 16> kSilentECompoundHeads{
    "some", "home", "life", "time", "safe", "there", "house", "fire",
    "care", "like", "whole", "side", "note", "base", "state", "love",
};

bool is_vowel_letter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  const std::size_t at = w.size() - suffix.size();
  for (std::size_t i = 0; i < suffix.size(); ++i)
    if (w[at + i] != suffix[i]) return false;
  return true;
}

bool one_of(char c, std::string_view set) {
  for (char x : set)
    if (x == c) return true;
  return false;
}

// y is a vowel except at the start of a word and between two vowels ("beyond", "player").
bool is_vowel_at(std::string_view w, std::size_t i) {
  const char c = w[i];
  if (is_vowel_letter(c)) return true;
  if (c != 'y' || i == 0) return false;
  return !(is_vowel_letter(w[i - 1]) && i + 1 < w.size() && is_vowel_letter(w[i + 1]));
}

// `w` is lower-case ASCII letters only; see the header for the rules.
int count_lower(std::string_view w) {
  for (const auto& [word, count] : kSyllableExceptions)
    if (word.size() == w.size() && word[0] == w[0] && word == w) return count;
  const std::size_t n = w.size();
  if (n <= 3) return 1;
  if (w[n - 1] == 's' && n > 4 && !one_of(w[n - 2], "suie")) return count_lower(w.substr(0, n - 1));
  // A compound's second half must be a word of its own (3+ letters, starting with a consonant):
  // "homeopathy" and "forest" are not compounds.
  for (std::string_view head : kSilentECompoundHeads)
    if (n >= head.size() + 3 && w.substr(0, head.size()) == head && !is_vowel_letter(w[head.size()]) &&
        w[head.size()] != 'y')
      return count_lower(head) + count_lower(w.substr(head.size()));
  struct Suffix {
    std::string_view text;
    std::size_t min_stem;
  };
  constexpr std::array<Suffix, 5> kSuffixes{{{"ment", 4}, {"ness", 3}, {"less", 3}, {"ful", 3}, {"ly", 3}}};
  for (const Suffix& s : kSuffixes)
    if (ends_with(w, s.text) && n - s.text.size() >= s.min_stem) return count_lower(w.substr(0, n - s.text.size())) + 1;

  int count = 0;
  bool previous = false;
  for (std::size_t i = 0; i < n; ++i) {
    const bool vowel = is_vowel_at(w, i);
    if (vowel && !previous) {
      ++count;
    } else if (vowel && previous && i >= 2) {
      // Vowel pairs spoken as two syllables: "pe-ri-od", "va-ri-ous", "u-su-al".
      const char first = w[i - 1];
      const char second = w[i];
      if (first == 'i' && one_of(second, "aou") && !one_of(w[i - 2], "cglnstx")) ++count;
      if (first == 'u' && second == 'a' && !one_of(w[i - 2], "qg")) ++count;
      // "re-al-ise", "re-al-i-ty", "i-de-al-ise" (not "heal-ing", "deal-er") and "the-a-tre".
      if (first == 'e' && second == 'a' && i + 3 < n &&
          ((w[i + 1] == 'l' && w[i + 2] == 'i' && one_of(w[i + 3], "stz")) || (w[i + 1] == 't' && w[i + 2] == 'r')))
        ++count;
    }
    previous = vowel;
  }
  const auto consonant = [&](std::size_t i) { return !is_vowel_at(w, i); };
  // A consonant + "le" or (British spelling) consonant + "re" ending is a syllable of its own:
  // "ta-ble", "cen-tre", "me-tres", "cen-tred", "sa-cred"; "care", "stores" and "tired" are not.
  const auto syllabic_liquid = [&](std::size_t at) {
    return (w[at] == 'l' || w[at] == 'r') && at > 0 && consonant(at - 1) && w[at - 1] != w[at];  // not "bizarre"
  };
  if (w[n - 1] == 'e' && consonant(n - 2)) {
    if (!syllabic_liquid(n - 2) && count > 1) --count;
  } else if (ends_with(w, "es") && consonant(n - 3)) {
    const char c = w[n - 3];
    const bool sibilant = one_of(c, "cgsxz") || (c == 'h' && one_of(w[n - 4], "cs"));
    if (!sibilant && !syllabic_liquid(n - 3) && count > 1) --count;
  } else if (ends_with(w, "ed") && consonant(n - 3)) {
    const char c = w[n - 3];
    const bool syllabic = syllabic_liquid(n - 3);  // "settled", not "called"
    if (c != 't' && c != 'd' && !syllabic && count > 1) --count;
  } else if (ends_with(w, "ing") && is_vowel_at(w, n - 4)) {
    ++count;  // "go-ing", "be-ing"
  }
  return count < 1 ? 1 : count;
}

// Titles and Latin abbreviations after which a full stop does not end a sentence.
constexpr std::array<std::string_view, 15> kNoSplitAfter{
    "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "prof", "st", "no", "fig", "approx", "vs", "cf",
};

bool is_closing(char32_t cp) { return cp == ')' || cp == ']' || cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019; }
bool is_opening(char32_t cp) { return cp == '(' || cp == '[' || cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x2018; }
bool is_space_cp(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0xA0; }

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// True when the full stop at `dot` follows one of kNoSplitAfter or a single capital initial.
bool is_abbreviation_stop(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0) {
    const char c = text[start - 1];
    if (c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == '"') break;
    --start;
  }
  std::string_view token = text.substr(start, dot - start);
  if (token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z') return true;  // initial "K."
  for (std::string_view a : kNoSplitAfter)
    if (iequals(a, token)) return true;
  return false;
}

}  // namespace

bool is_english(std::string_view lang) {
  return lang.size() >= 2 && ascii_lower(lang[0]) == 'e' && ascii_lower(lang[1]) == 'n' &&
         (lang.size() == 2 || lang[2] == '-' || lang[2] == '_');
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

std::vector<Prose> collect_prose(const resolve::ResolvedDocument& resolved, const ProseOptions& options) {
  const model::Document& doc = resolved.doc;
  std::vector<Prose> out;
  ProseBuilder builder(resolved, options, out);
  const bool english = is_english(resolved.root_style().lang);
  model::for_each_block(doc, [&](const Block& block, model::BlockPath path) {
    model::for_each_inline_run(block, [&](const Inlines& inlines) {
      SourceLoc loc = block.loc;
      if (block.caption && &inlines == &*block.caption) {
        loc = block.caption_loc;
      } else if (block.table && block.table->caption && &inlines == &*block.table->caption) {
        loc = block.table->caption_loc;
      } else if (block.kind == BlockKind::Plain && !path.ancestors.empty() &&
                 path.ancestors.back()->kind == BlockKind::ListItem) {
        loc = path.ancestors.back()->loc;  // report list text at its <li>
      }
      builder.add_run(block, loc, inlines, english);
    });
  });
  return out;
}

void split_words(std::string_view text, std::vector<Word>& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 1;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 && !is_ascii_alnum(byte)) {
      ++i;
      continue;
    }
    const char32_t cp = code_point_at(text, i, len);
    if (!is_word_code_point(cp)) {
      i += len;
      continue;
    }
    const std::size_t start = i;
    i += len;
    while (i < text.size()) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (is_ascii_alnum(b)) {
        ++i;
        continue;
      }
      if (b < 0x80 && b != '\'' && b != '-') break;
      const char32_t c = code_point_at(text, i, len);
      if (is_word_code_point(c)) {
        i += len;
        continue;
      }
      if (is_joiner(c) && i + len < text.size()) {
        std::size_t next_len = 1;
        if (is_word_code_point(code_point_at(text, i + len, next_len))) {
          i += len + next_len;
          continue;
        }
      }
      break;
    }
    out.push_back(Word{text.substr(start, i - start), start});
  }
}

void split_sentences(std::string_view text, std::vector<Sentence>& out) {
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    if (end > start && contains_word_char(text.substr(start, end - start))) out.push_back(Sentence{start, end});
  };
  std::size_t i = 0;
  while (i < text.size()) {
    // Only "\n", ". ! ?" and U+2026 (lead byte 0xE2) can end a sentence: skip everything else fast.
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte != '\n' && byte != '.' && byte != '!' && byte != '?' && byte != 0xE2) {
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = code_point_at(text, i, len);
    if (cp == '\n') {
      emit(i);
      i += len;
      start = i;
      continue;
    }
    if (cp != '.' && cp != '!' && cp != '?' && cp != 0x2026) {
      i += len;
      continue;
    }
    const std::size_t mark = i;
    std::size_t j = i + len;
    // Further terminators and closing quotes or brackets belong to this sentence: "Why?!", "(see p. 3.)"
    while (j < text.size()) {
      std::size_t l = 1;
      const char32_t c = code_point_at(text, j, l);
      if (c == '.' || c == '!' || c == '?' || c == 0x2026 || is_closing(c)) {
        j += l;
      } else {
        break;
      }
    }
    if (j >= text.size()) break;  // the end of the text ends the sentence
    std::size_t k = j;
    bool spaced = false;
    while (k < text.size()) {
      std::size_t l = 1;
      if (!is_space_cp(code_point_at(text, k, l))) break;
      spaced = true;
      k += l;
    }
    if (!spaced) {  // "2.5", "example.org", "e.g.," : no space, no sentence end
      i = j;
      continue;
    }
    std::size_t m = k;
    while (m < text.size()) {
      std::size_t l = 1;
      if (!is_opening(code_point_at(text, m, l))) break;
      m += l;
    }
    const bool capital_next = m >= text.size() || text[m] == '\n' || (text[m] >= 'A' && text[m] <= 'Z') ||
                              (text[m] >= '0' && text[m] <= '9');
    const bool abbreviation = cp == '.' && is_abbreviation_stop(text, mark);
    if (capital_next && !abbreviation) {
      emit(j);
      start = k;
    }
    i = k;
  }
  emit(text.size());
}

int count_syllables(std::string_view word) {
  // Fold to lower-case ASCII letters; a non-ASCII letter ("café") stands in as a vowel.
  std::array<char, 64> buffer{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size() && n < buffer.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z')
      buffer[n++] = static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z')
      buffer[n++] = static_cast<char>(c);
    else if (c >= 0xC0)
      buffer[n++] = 'a';
  }
  if (n == 0) return 1;  // a number
  const std::string_view letters(buffer.data(), n);
  // "n't" after a consonant is a syllable of its own ("does-n't", "could-n't", "is-n't"); after a
  // vowel it is not ("can't", "don't").
  const bool syllabic_nt = n >= 3 && letters[n - 2] == 'n' && letters[n - 1] == 't' && !is_vowel_letter(letters[n - 3]) &&
                           (word.ends_with("n't") || word.ends_with("n\xE2\x80\x99t"));
  return count_lower(letters) + (syllabic_nt ? 1 : 0);
}

namespace {

std::shared_ptr<TextAnalysis> analyse_uncached(std::string_view text) {
  auto a = std::make_shared<TextAnalysis>();
  a->text.assign(text);
  const std::string_view t = a->text;
  split_words(t, a->words);
  std::vector<Sentence> raw;
  split_sentences(t, raw);
  a->sentences.reserve(raw.size());
  std::size_t w = 0;
  for (Sentence s : raw) {
    while (w < a->words.size() && a->words[w].offset < s.begin) ++w;
    s.first_word = w;
    while (w < a->words.size() && a->words[w].offset < s.end) ++w;
    s.end_word = w;
    if (s.end_word == s.first_word) continue;
    a->sentences.push_back(s);
  }
  for (const Sentence& s : a->sentences) {
    ++a->stats.sentences;
    a->stats.words += static_cast<int>(s.end_word - s.first_word);
  }
  return a;
}

// Per-thread memo of analyses by text content. Cleared wholesale when it grows past kMaxEntries
// (callers hold shared_ptrs, so clearing never invalidates an analysis in use).
constexpr std::size_t kMaxEntries = 1024;

}  // namespace

std::shared_ptr<const TextAnalysis> analyse(std::string_view text) {
  thread_local std::unordered_map<std::string_view, std::shared_ptr<const TextAnalysis>> cache;
  if (const auto it = cache.find(text); it != cache.end()) return it->second;
  if (cache.size() >= kMaxEntries) cache.clear();
  std::shared_ptr<const TextAnalysis> a = analyse_uncached(text);
  cache.emplace(std::string_view(a->text), a);  // the key views the analysis' own copy
  return a;
}

TextStats measure(std::string_view text, bool count_syllables_too) {
  const auto a = analyse(text);
  TextStats stats = a->stats;
  if (count_syllables_too)
    for (const Sentence& s : a->sentences)
      for (std::size_t i = s.first_word; i < s.end_word; ++i) stats.syllables += count_syllables(a->words[i].text);
  return stats;
}

double flesch_reading_ease(const TextStats& s) {
  const double w = s.words, n = s.sentences, y = s.syllables;
  return 206.835 - 1.015 * (w / n) - 84.6 * (y / w);
}

double flesch_kincaid_grade(const TextStats& s) {
  const double w = s.words, n = s.sentences, y = s.syllables;
  return 0.39 * (w / n) + 11.8 * (y / w) - 15.59;
}

bool is_caps_word(std::string_view word) {
  bool upper = false;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  return upper;
}

bool has_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    std::size_t len = 1;
    const char32_t cp = code_point_at(word, i, len);
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0x80 && is_word_code_point(cp))) return true;
    i += len;
  }
  return false;
}

namespace {

// English words that are not abbreviations, so that written in capitals they are emphasis ("DO
// NOT", "You MUST"), never an abbreviation to expand. Words that are also common abbreviations
// ("IT", "US", "AM", "PM", "ID", "OR") are left out. Upper case, sorted for binary search.
constexpr std::array<std::string_view, 62> kShoutedWords{
    "ALL",    "ALWAYS", "AND",  "ANY",   "ARE",     "BE",   "BUT",  "CAN",   "CANNOT", "DO",     "DOES",
    "DON'T",  "EVER",   "EVERY", "FOR",  "FREE",    "FROM", "GET",  "HAVE",  "HERE",   "HOW",    "IF",
    "IMPORTANT", "IN",  "IS",   "MAY",   "MORE",    "MUST", "MY",   "NEED",  "NEVER",  "NEW",    "NO",
    "NOT",    "NOTE",   "NOW",  "OF",    "ON",      "ONLY", "OUR",  "PLEASE", "READ",  "SHOULD", "STOP",
    "THE",    "THIS",   "TO",   "TODAY", "URGENT",  "VERY", "WARNING", "WE", "WHAT",   "WHEN",   "WHY",
    "WILL",   "WITH",   "YES",  "YOU",   "YOUR",    "AT",   "BY",
};

bool is_shouted_word(std::string_view word) {
  for (std::string_view w : kShoutedWords)
    if (w == word) return true;
  return false;
}

}  // namespace

std::vector<CapsRun> find_caps_runs(const std::vector<Word>& words) {
  // BDA Dyslexia Style Guide / RNIB Clear Print: avoid continuous text in block capitals.
  std::vector<CapsRun> runs;
  std::optional<CapsRun> current;
  const auto close = [&] {
    if (current && (current->words >= 4 || current->letters > 25 || current->emphasis)) runs.push_back(*current);
    current.reset();
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i].text;
    if (!has_letter(w)) continue;  // "2", "10:30": neither capitals nor lower case
    if (!is_caps_word(w)) {
      close();
      continue;
    }
    if (!current) current = CapsRun{i, i, 0, 0};
    current->last = i;
    ++current->words;
    if (is_shouted_word(w)) current->emphasis = true;
    for (char c : w)
      if (c >= 'A' && c <= 'Z') ++current->letters;
  }
  close();
  return runs;
}

std::optional<std::string_view> abbreviation_of(std::string_view word) {
  // Cheap rejection first: this runs on every word of every leaflet.
  if (word.size() < 2 || word[0] < 'A' || word[0] > 'Z') return std::nullopt;
  if (ends_with(word, "'s"))
    word.remove_suffix(2);
  else if (ends_with(word, "\xE2\x80\x99s"))
    word.remove_suffix(4);
  else if (word.size() >= 3 && word.back() == 's')
    word.remove_suffix(1);  // "GPs"
  if (word.size() < 2 || word.size() > 6) return std::nullopt;
  if (word[0] < 'A' || word[0] > 'Z') return std::nullopt;
  int capitals = 0;
  int lower = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z')
      ++capitals;
    else if (c >= 'a' && c <= 'z')
      ++lower;
    else if (c < '0' || c > '9')
      return std::nullopt;
  }
  // One lower-case letter among two or more capitals is a mixed-case abbreviation ("SENCo",
  // "PhD", "DfE", "BSc"); names ("McCoy", "DeVos") and words ("Ofsted") have more lower case.
  // Units are not abbreviations to expand ("MHz", "GHz").
  if (capitals < 2 || lower > 1) return std::nullopt;
  if (lower == 1 && word.size() == 3 && word.substr(1) == "Hz") return std::nullopt;
  return word;
}

namespace {

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// The outward half of a UK postcode: A9, A99, AA9, AA99, A9A, AA9A ("M1", "SW1A", "AB10").
bool is_postcode_outward(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size() && i < 2 && is_ascii_upper(w[i])) ++i;
  if (i == 0 || i >= w.size() || !is_ascii_digit(w[i])) return false;
  ++i;
  if (i < w.size() && (is_ascii_digit(w[i]) || is_ascii_upper(w[i]))) ++i;
  return i == w.size();
}

// The inward half: a digit and two letters ("1AA").
bool is_postcode_inward(std::string_view w) {
  return w.size() == 3 && is_ascii_digit(w[0]) && is_ascii_upper(w[1]) && is_ascii_upper(w[2]);
}

}  // namespace

bool is_uk_postcode_part(std::string_view text, const std::vector<Word>& words, std::size_t i) {
  const auto pair_at = [&](std::size_t first) {
    if (first + 1 >= words.size()) return false;
    const Word& out = words[first];
    const Word& in = words[first + 1];
    return in.offset == out.end() + 1 && text[out.end()] == ' ' && is_postcode_outward(out.text) &&
           is_postcode_inward(in.text);
  };
  return pair_at(i) || (i > 0 && pair_at(i - 1));
}

bool is_parenthesised_expansion(std::string_view text, const Word& word, std::size_t word_index) {
  return word_index > 0 && word.offset > 0 && text[word.offset - 1] == '(' && word.end() < text.size() &&
         text[word.end()] == ')';
}

std::vector<AbbrOccurrence> collect_abbreviations(const resolve::ResolvedDocument& resolved) {
  ProseOptions options;
  options.english_only = false;  // an unexplained abbreviation is unexplained in any language
  options.keep_abbr = false;     // <abbr> content is reported through its mark, not as words
  const std::vector<Prose> prose = collect_prose(resolved, options);
  std::vector<AbbrOccurrence> out;
  std::vector<std::pair<std::size_t, AbbrOccurrence>> local;  // by offset within one run
  for (const Prose& p : prose) {
    local.clear();
    const auto analysis = analyse(p.text);  // the same text all-caps-text analyses
    const std::vector<Word>& words = analysis->words;
    const std::vector<CapsRun> runs = find_caps_runs(words);
    std::size_t run = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      while (run < runs.size() && runs[run].last < i) ++run;
      if (run < runs.size() && runs[run].first <= i) continue;  // shouting, not an abbreviation
      const auto abbr = abbreviation_of(words[i].text);
      if (!abbr || is_uk_postcode_part(p.text, words, i)) continue;
      AbbrOccurrence o{std::string(*abbr), p.loc,
                       is_parenthesised_expansion(p.text, words[i], i) ? AbbrUse::Parenthesised : AbbrUse::Word, {}};
      local.emplace_back(words[i].offset, std::move(o));
    }
    for (const Mark& m : p.marks) {
      if (m.node->kind != InlineKind::Abbr) continue;
      std::string label = quote_excerpt(model::plain_text(m.node->children), 200);
      if (label.empty()) continue;
      AbbrOccurrence o{label, m.node->loc, AbbrUse::Untitled, {}};
      if (m.node->title) {
        const std::string title = quote_excerpt(*m.node->title, 1000);
        if (!title.empty() && !iequals(title, label)) {
          o.use = AbbrUse::Titled;
          o.title = title;
        }
      }
      local.emplace_back(m.begin, std::move(o));
    }
    std::stable_sort(local.begin(), local.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& entry : local) out.push_back(std::move(entry.second));
  }
  return out;
}

AudienceTarget audience_target(const model::Document& doc, const LintConfig& config) {
  std::optional<std::string> audience;
  if (doc.meta.audience) audience = doc.meta.audience->text;
  AudienceTarget t;
  t.targets = &config.targets_for(audience);
  if (audience && config.audiences.count(*audience) != 0)
    t.who = "the target for " + *audience;
  else
    t.who = "the default target";
  return t;
}

std::string format_one_decimal(double value) {
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%.1f", value);
  return buf.data();
}

std::string format_target(double value) {
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%g", value);
  return buf.data();
}

std::string quote_excerpt(std::string_view text, std::size_t max_chars) {
  // Trim and collapse white space (line breaks included) for a one-line message.
  std::string flat;
  flat.reserve(text.size());
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space) {
      if (!flat.empty() && flat.back() != ' ') flat += ' ';
    } else {
      flat += c;
    }
  }
  while (!flat.empty() && flat.back() == ' ') flat.pop_back();
  std::size_t count = 0;
  for (std::size_t i = 0; i < flat.size();) {
    std::size_t len = 1;
    code_point_at(flat, i, len);
    if (++count > max_chars) {
      std::string cut = flat.substr(0, i);
      while (!cut.empty() && cut.back() == ' ') cut.pop_back();
      return cut + "\xE2\x80\xA6";
    }
    i += len;
  }
  return flat;
}

}  // namespace handout::rules::text
