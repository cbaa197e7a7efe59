// Rule 58 `tick-box-sensory`: a tick box (a checkbox, or an answer of a choice) whose label says
// nothing or names it only by colour or place ("left", "tick the green box"). WCAG 2.2 SC 1.3.3
// and 1.4.1: the PDF field, the Word control and the HTML input are read by their label alone.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

// Lower-case ASCII words of `text`.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80)) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// True when the label's words, apart from the words any tick box label may have ("tick the …
// box"), are all colours or places: what it means is only in how or where the box is printed.
bool only_colour_or_place(std::string_view label) {
  static const std::set<std::string_view> kSensory = {
      "red",  "green", "blue",  "yellow", "orange", "purple", "pink",  "black",  "white",  "grey",
      "gray", "brown", "left",  "right",  "top",    "bottom", "above", "below",  "upper",  "lower",
      "middle", "first", "second", "third", "last", "shaded", "coloured", "colored", "highlighted"};
  static const std::set<std::string_view> kFiller = {
      "tick", "the", "a", "this", "that", "box", "one", "on", "in", "at", "side", "column", "square",
      "circle", "option", "here", "choose", "select", "mark", "cross", "hand", "of", "to", "or", "and"};
  bool sensory = false;
  for (const std::string& w : words_of(label)) {
    if (kSensory.count(w)) sensory = true;
    else if (!kFiller.count(w)) return false;
  }
  return sensory;
}

void check_label(RuleReporter& reporter, SourceLoc loc, const std::string& label, const char* what) {
  if (label.empty()) {
    reporter.report(loc, std::string(what) + " has no text saying what ticking it means",
                    "write what ticking it says, e.g. \"I give permission for my child to go on the trip\"");
  } else if (only_colour_or_place(label)) {
    reporter.report(loc, std::string(what) + " \"" + label + "\" is named only by colour or position",
                    "say what ticking it means; a screen reader, a photocopy and the form field itself "
                    "carry no colour or place");
  }
}

void check_tick_box_sensory(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::ReplySlip || !block.slip) return;
    for (const model::FormField& f : block.slip->fields) {
      // A checkbox with no label at all is form-field-label's finding.
      if (f.kind == model::FieldKind::Checkbox && f.label && !f.label->empty())
        check_label(reporter, f.loc, *f.label, "tick box");
      if (f.kind == model::FieldKind::Choice)
        for (std::size_t i = 0; i < f.options.size(); ++i) check_label(reporter, f.option_locs[i], f.options[i], "answer");
    }
  });
}

}  // namespace

extern const Rule kTickBoxSensory{
    58, "tick-box-sensory", Severity::Error, "1.3.3, 1.4.1",
    "a tick box says what ticking it means, not only its colour or place",
    "Reports a <checkbox> label, or a choice's <option>, that is empty or names the box only by "
    "colour or position (\"left\", \"top box\", \"tick the green box\"). The PDF form field, the "
    "Word check box and the HTML input are announced by that text alone, and a photocopy or a "
    "screen reader has no colour and no page position (WCAG 2.2 SC 1.3.3 Sensory "
    "Characteristics, 1.4.1 Use of Color). A checkbox with no label at all is reported by "
    "form-field-label. Fix: write what ticking it says, e.g. \"My child may go on the trip\".",
    &check_tick_box_sensory,
};

}  // namespace handout::rules
