// The rule registry: the one table of rules, lookup by id, and the loop that runs them.
#include <algorithm>
#include <string>

#include "core/error.hpp"
#include "rules/all_rules.hpp"
#include "rules/rule.hpp"

namespace handout::rules {
namespace {

// The one table (ARCHITECTURE.md, habit 5), in the order of docs/spec/lint-rules.md.
constexpr const Rule* kRules[] = {
    &kHeadingIncrement,
    &kFirstHeadingH1,
    &kSingleH1,
    &kEmptyHeading,
    &kDuplicateHeading,
    &kEmphasisAsHeading,
    &kImageAlt,
    &kImageAltMeaningless,
    &kImageAltRedundant,
    &kImageAltTooLong,
    &kDecorativeWithAlt,
    &kColorContrast,
    &kColorContrastEnhanced,
    &kCalloutBoundaryContrast,
    &kContrastFixSuggestion,
    &kColorOnlyMeaning,
    &kDocumentLang,
    &kInlineLangValid,
    &kLinkTextGeneric,
    &kLinkTextIsUrl,
    &kBareUrlInText,
    &kLinkEmpty,
    &kLinkHrefInvalid,
    &kIdenticalLinksSamePurpose,
    &kAbbrUnexpanded,
    &kAbbrFirstUse,
    &kAbbrTitleEmpty,
    &kListStructure,
    &kManualListMarkers,
    &kRunInList,
    &kTableHeaderMissing,
    &kThScope,
    &kThHasDataCells,
    &kTableEmptyCells,
    &kTableCaptionRedundant,
    &kLayoutTable,
    &kDocumentTitle,
    &kDocumentTitleGeneric,
    &kAllCapsText,
    &kLongItalicRun,
    &kBlankSpacing,
    &kSentenceLength,
    &kReadingLevel,
    &kAudienceReadingTarget,
    &kPassiveVoice,
    &kParagraphLength,
    &kRepeatedWord,
    &kWordyPhrase,
    &kNoteEmpty,
    &kTemplateMinFontSize,
    &kTemplateJustifiedText,
    &kTemplateLineSpacing,
    &kTemplateSerifBodyFont,
    &kLangScriptMismatch,
    &kDirContradictsLang,
    &kScriptFontMissing,
    &kLinkTargetMissing,
    &kFormFieldLabel,
    &kTickBoxSensory,
    &kReplySlipReturnTo,
};

// Drops findings covered by an inline suppression of the same rule.
class SuppressingSink final : public DiagnosticSink {
 public:
  SuppressingSink(const std::vector<model::Suppression>& suppressions, const std::string& file, DiagnosticSink& next)
      : suppressions_(suppressions), file_(file), next_(next) {}
  void report(Diagnostic d) override {
    if (d.file == file_) {
      for (const model::Suppression& s : suppressions_) {
        if (s.rule == d.code && s.first <= d.loc && d.loc <= s.last) return;
      }
    }
    next_.report(std::move(d));
  }

 private:
  const std::vector<model::Suppression>& suppressions_;
  const std::string& file_;
  DiagnosticSink& next_;
};

}  // namespace

void RuleReporter::report(SourceLoc loc, std::string message, std::string hint) {
  report_in(file_, loc, std::move(message), std::move(hint));
}

void RuleReporter::report_in(const std::string& file, SourceLoc loc, std::string message, std::string hint) {
  sink_.report(Diagnostic{std::string(rule_id_), severity_, file, loc, std::move(message), std::move(hint)});
}

void RuleReporter::report_in(const std::string& file, SourceLoc loc, std::string message, std::string hint,
                             Severity severity) {
  sink_.report(Diagnostic{std::string(rule_id_), severity, file, loc, std::move(message), std::move(hint)});
}

std::span<const Rule* const> all_rules() { return kRules; }

const Rule* find_rule(std::string_view id) {
  for (const Rule* r : kRules) {
    if (id == r->id) return r;
  }
  return nullptr;
}

bool is_input_error(const Diagnostic& d) { return d.severity == Severity::Error && find_rule(d.code) == nullptr; }

void run_rules(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const model::Suppression& s : ctx.doc.suppressions) {
    if (!find_rule(s.rule)) {
      throw InputError("suppression-unknown-rule", ctx.doc.path, s.at,
                       "handout-ignore names unknown rule '" + s.rule + "'",
                       "run 'handout rules' for the list of rule ids");
    }
  }
  SuppressingSink filtered(ctx.doc.suppressions, ctx.doc.path, sink);
  for (const Rule* rule : kRules) {
    if (!rule->check || !ctx.config.enabled(rule->id)) continue;
    Severity severity = rule->severity;
    if (auto it = ctx.config.rules.find(rule->id); it != ctx.config.rules.end() && it->second.severity)
      severity = *it->second.severity;
    RuleReporter reporter(rule->id, severity, ctx.doc.path, filtered);
    rule->check(ctx, reporter);
  }
}

}  // namespace handout::rules
