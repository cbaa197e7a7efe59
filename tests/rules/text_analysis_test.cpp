// Tests for the shared prose analysis (src/rules/text_analysis.hpp): syllables, words,
// sentences, the Flesch formulas, English detection and the abbreviation shapes.
#include <string>
#include <utility>
#include <vector>

#include "rules/text_analysis.hpp"
#include "support/test_support.hpp"

using namespace handout;
using namespace handout::rules;

namespace {

std::vector<std::string> sentences_of(std::string_view t) {
  std::vector<text::Sentence> s;
  text::split_sentences(t, s);
  std::vector<std::string> out;
  for (const auto& x : s) out.emplace_back(t.substr(x.begin, x.end - x.begin));
  return out;
}

std::vector<std::string> words_of(std::string_view t) {
  std::vector<text::Word> w;
  text::split_words(t, w);
  std::vector<std::string> out;
  for (const auto& x : w) out.emplace_back(x.text);
  return out;
}

}  // namespace

TEST_CASE("text analysis: syllable counter gives the known counts", "[rules][text-analysis]") {
  const std::vector<std::pair<std::string, int>> known{
      {"the", 1},        {"cat", 1},       {"make", 1},       {"table", 2},     {"people", 2},  {"whole", 1},
      {"free", 1},       {"agree", 2},     {"makes", 1},      {"boxes", 2},     {"changes", 2}, {"places", 2},
      {"lines", 1},      {"helped", 1},    {"wanted", 2},     {"needed", 2},    {"played", 1},  {"learned", 1},
      {"tried", 1},      {"attached", 2},  {"securely", 3},   {"attachment", 3}, {"really", 2}, {"family", 3},
      {"only", 2},       {"early", 2},     {"useful", 2},     {"management", 3}, {"element", 3}, {"various", 3},
      {"period", 3},     {"social", 2},    {"nation", 2},     {"usual", 3},     {"equal", 2},   {"language", 2},
      {"going", 2},      {"being", 2},     {"beyond", 2},     {"player", 2},    {"eye", 1},     {"area", 3},
      {"business", 2},   {"science", 2},   {"children", 2},   {"services", 3},  {"adolescent", 4}, {"mental", 2},
      {"health", 1},     {"Teachers", 2},  {"everyone", 3},   {"called", 1},    {"settled", 2}, {"2019", 1},
      {"Consistent", 3}, {"they", 1},      {"safe", 1},
  };
  for (const auto& [word, count] : known) {
    INFO(word);
    CHECK(text::count_syllables(word) == count);
  }
}

TEST_CASE("text analysis: syllable counter handles British spellings, compounds and contractions",
          "[rules][text-analysis]") {
  const std::vector<std::pair<std::string, int>> known{
      // consonant + "re" (British) is spoken like consonant + "le"
      {"centre", 2}, {"centres", 2}, {"centred", 2}, {"metre", 2}, {"metres", 2}, {"kilometres", 4},
      {"centimetre", 4}, {"litre", 2}, {"litres", 2}, {"fibre", 2}, {"theatre", 3}, {"theatres", 3},
      {"acre", 2}, {"meagre", 2}, {"sombre", 2}, {"sabre", 2}, {"spectre", 2}, {"sacred", 2},
      {"hatred", 2}, {"Centre", 2},
      // ...while a vowel + "re" stays silent
      {"care", 1}, {"more", 1}, {"stores", 1}, {"tired", 1}, {"scared", 1}, {"there", 1}, {"offered", 2},
      {"referred", 2}, {"bizarre", 2},
      // compounds whose first half ends in a silent e
      {"something", 2}, {"sometimes", 2}, {"someone", 2}, {"somehow", 2}, {"homework", 2},
      {"therefore", 2}, {"timetable", 3}, {"lifetime", 2}, {"safeguarding", 3}, {"households", 2},
      {"statement", 2}, {"likewise", 2}, {"notebook", 2}, {"carefully", 3}, {"homeless", 2},
      {"wherever", 3},
      // "-al-ise" after "re"/"de"
      {"realise", 3}, {"realised", 3}, {"realize", 3}, {"reality", 4}, {"dealing", 2}, {"healing", 2},
      // contractions: n't after a consonant is a syllable
      {"doesn't", 2}, {"doesn\u2019t", 2}, {"couldn't", 2}, {"isn't", 2}, {"didn't", 2}, {"can't", 1},
      {"don't", 1}, {"haven't", 2},
      {"Wednesday", 2}, {"colour", 2}, {"programme", 2}, {"organise", 3},
  };
  for (const auto& [word, count] : known) {
    INFO(word);
    CHECK(text::count_syllables(word) == count);
  }
}

TEST_CASE("text analysis: sentences end at . ! ? before a capital, not after e.g., Dr., initials or decimals",
          "[rules][text-analysis]") {
  CHECK(sentences_of("Dr. K. Smith came. He left e.g. at noon. It cost 2.5 pounds! Really?") ==
        std::vector<std::string>{"Dr. K. Smith came.", "He left e.g. at noon.", "It cost 2.5 pounds!", "Really?"});
  CHECK(sentences_of("He said \"Stop.\" Then he left.") ==
        std::vector<std::string>{"He said \"Stop.\"", "Then he left."});
  CHECK(sentences_of("Visit example.org today. it goes on in lower case.") ==
        std::vector<std::string>{"Visit example.org today. it goes on in lower case."});
  CHECK(sentences_of("first line\nsecond line") == std::vector<std::string>{"first line", "second line"});
  CHECK(sentences_of("  ...  ").empty());
}

TEST_CASE("text analysis: words keep internal apostrophes and hyphens, curly ones too", "[rules][text-analysis]") {
  CHECK(words_of("don\xE2\x80\x99t well-known A4 \xE2\x80\x94 10:30 caf\xC3\xA9 'quoted' -x") ==
        std::vector<std::string>{"don\xE2\x80\x99t", "well-known", "A4", "10", "30", "caf\xC3\xA9", "quoted", "x"});
}

TEST_CASE("text analysis: Flesch formulas on a counted passage", "[rules][text-analysis]") {
  // Sentence 1: Children(2) learn(1) better(2) when(1) they(1) feel(1) safe(1) = 7 words, 9 syllables.
  // Sentence 2: Teachers(2) can(1) help(1) by(1) being(2) consistent(3) = 6 words, 10 syllables.
  const text::TextStats s = text::measure("Children learn better when they feel safe. Teachers can help by being consistent.");
  CHECK(s.words == 13);
  CHECK(s.sentences == 2);
  CHECK(s.syllables == 19);
  // FRE = 206.835 - 1.015 * 13/2 - 84.6 * 19/13 = 76.5913…
  CHECK(text::flesch_reading_ease(s) == Approx(206.835 - 1.015 * 6.5 - 84.6 * 19.0 / 13.0));
  CHECK(text::flesch_reading_ease(s) == Approx(76.591).epsilon(0.0001));
  // FK = 0.39 * 13/2 + 11.8 * 19/13 - 15.59 = 4.1912…
  CHECK(text::flesch_kincaid_grade(s) == Approx(4.191).epsilon(0.0001));
}

TEST_CASE("text analysis: English is any lang whose primary subtag is en", "[rules][text-analysis]") {
  CHECK(text::is_english("en"));
  CHECK(text::is_english("en-GB"));
  CHECK(text::is_english("EN-us"));
  CHECK_FALSE(text::is_english("cy"));
  CHECK_FALSE(text::is_english("pl"));
  CHECK_FALSE(text::is_english("eng"));
  CHECK_FALSE(text::is_english(""));
}

TEST_CASE("text analysis: abbreviation shape", "[rules][text-analysis]") {
  CHECK(text::abbreviation_of("CAMHS") == std::optional<std::string_view>("CAMHS"));
  CHECK(text::abbreviation_of("GPs") == std::optional<std::string_view>("GP"));
  CHECK(text::abbreviation_of("KS2") == std::optional<std::string_view>("KS2"));
  CHECK(text::abbreviation_of("NHS's") == std::optional<std::string_view>("NHS"));
  CHECK_FALSE(text::abbreviation_of("A4"));
  CHECK_FALSE(text::abbreviation_of("I"));
  CHECK_FALSE(text::abbreviation_of("Camhs"));
  CHECK_FALSE(text::abbreviation_of("ABCDEFG"));
}

TEST_CASE("text analysis: runs of capitals of four words or more than 25 letters", "[rules][text-analysis]") {
  std::vector<text::Word> w;
  text::split_words("Please READ THIS 2 PAGE NOW and ask the GP", w);
  const auto runs = text::find_caps_runs(w);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].words == 4);
  CHECK(w[runs[0].first].text == "READ");
  CHECK(w[runs[0].last].text == "NOW");
  w.clear();
  text::split_words("ask the NHS GP now", w);
  CHECK(text::find_caps_runs(w).empty());
}

TEST_CASE("text analysis: prose leaves out code, notes and other-language spans", "[rules][text-analysis]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<ul><li>Run <code>ls -l</code> now<note>A note.</note> and <span lang="cy">Bore da</span> then.</li></ul>
</body></handout>)");
  const auto prose = text::collect_prose(handout::resolve::resolve_document(doc, handout::test::default_template()), text::ProseOptions{});
  REQUIRE(prose.size() == 2);
  CHECK(prose[0].text == "Run  now and  then.");
  CHECK(prose[0].loc.line == 2);
  CHECK(prose[0].loc.col == 5);  // the <li>, not its text
  CHECK(prose[1].note);
  CHECK(prose[1].text == "A note.");
}

TEST_CASE("text analysis: analyse splits once and gives each text its own result", "[rules][text-analysis]") {
  const auto a = text::analyse("We go home. Then we eat.");
  const auto b = text::analyse("One two three four.");
  REQUIRE(a->sentences.size() == 2);
  CHECK(a->sentences[1].first_word == 3);
  CHECK(a->sentences[1].end_word == 6);
  CHECK(a->words[3].text == "Then");
  CHECK(b->stats.words == 4);
  CHECK(b->stats.sentences == 1);
  // The same text again is the same analysis (memoised), a different one never is.
  CHECK(text::analyse("We go home. Then we eat.") == a);
  CHECK(text::analyse("We go home. Then we eat!") != a);
  CHECK(text::measure("We go home. Then we eat.").syllables == 6);
}

TEST_CASE("text analysis: punctuation-only, symbols and non-Latin text give no prose findings",
          "[rules][text-analysis]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title><audience>parents</audience></meta><body>
<h1>… — !!! ??? 😀</h1>
<p>‘’ “” ... . ! ? ;;; ::: ,,, (((( )))) e.g. i.e. Dr. K. 2.5 A4 I a</p>
<p>Wörter café naïve Łódź straße 東京 — done.</p>
<ul><li><p>x</p></li><li>y</li></ul>
</body></handout>)");
  for (const char* id : {"abbr-unexpanded", "abbr-first-use", "abbr-title-empty", "manual-list-markers", "run-in-list",
                         "all-caps-text", "long-italic-run", "blank-spacing", "sentence-length", "reading-level",
                         "audience-reading-target", "passive-voice", "paragraph-length", "repeated-word",
                         "wordy-phrase"}) {
    INFO(id);
    CHECK(test::run_rule(id, doc).empty());
  }
}
