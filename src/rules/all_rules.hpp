// Every rule object, one per src/rules/<id>.cpp (file name: the id with "-" as "_").
// Generated once from docs/spec/lint-rules.md; the order is the spec's row order.
#pragma once
#include "rules/rule.hpp"

namespace handout::rules {

extern const Rule kHeadingIncrement;  // 1 heading-increment
extern const Rule kFirstHeadingH1;  // 2 first-heading-h1
extern const Rule kSingleH1;  // 3 single-h1
extern const Rule kEmptyHeading;  // 4 empty-heading
extern const Rule kDuplicateHeading;  // 5 duplicate-heading
extern const Rule kEmphasisAsHeading;  // 6 emphasis-as-heading
extern const Rule kImageAlt;  // 7 image-alt
extern const Rule kImageAltMeaningless;  // 8 image-alt-meaningless
extern const Rule kImageAltRedundant;  // 9 image-alt-redundant
extern const Rule kImageAltTooLong;  // 10 image-alt-too-long
extern const Rule kDecorativeWithAlt;  // 11 decorative-with-alt
extern const Rule kColorContrast;  // 12 color-contrast
extern const Rule kColorContrastEnhanced;  // 13 color-contrast-enhanced
extern const Rule kCalloutBoundaryContrast;  // 14 callout-boundary-contrast
extern const Rule kContrastFixSuggestion;  // 15 contrast-fix-suggestion
extern const Rule kColorOnlyMeaning;  // 16 color-only-meaning
extern const Rule kDocumentLang;  // 17 document-lang
extern const Rule kInlineLangValid;  // 18 inline-lang-valid
extern const Rule kLinkTextGeneric;  // 19 link-text-generic
extern const Rule kLinkTextIsUrl;  // 20 link-text-is-url
extern const Rule kBareUrlInText;  // 21 bare-url-in-text
extern const Rule kLinkEmpty;  // 22 link-empty
extern const Rule kLinkHrefInvalid;  // 23 link-href-invalid
extern const Rule kIdenticalLinksSamePurpose;  // 24 identical-links-same-purpose
extern const Rule kAbbrUnexpanded;  // 25 abbr-unexpanded
extern const Rule kAbbrFirstUse;  // 26 abbr-first-use
extern const Rule kAbbrTitleEmpty;  // 27 abbr-title-empty
extern const Rule kListStructure;  // 28 list-structure
extern const Rule kManualListMarkers;  // 29 manual-list-markers
extern const Rule kRunInList;  // 30 run-in-list
extern const Rule kTableHeaderMissing;  // 31 table-header-missing
extern const Rule kThScope;  // 32 th-scope
extern const Rule kThHasDataCells;  // 33 th-has-data-cells
extern const Rule kTableEmptyCells;  // 34 table-empty-cells
extern const Rule kTableCaptionRedundant;  // 35 table-caption-redundant
extern const Rule kLayoutTable;  // 36 layout-table
extern const Rule kDocumentTitle;  // 37 document-title
extern const Rule kDocumentTitleGeneric;  // 38 document-title-generic
extern const Rule kAllCapsText;  // 39 all-caps-text
extern const Rule kLongItalicRun;  // 40 long-italic-run
extern const Rule kBlankSpacing;  // 41 blank-spacing
extern const Rule kSentenceLength;  // 42 sentence-length
extern const Rule kReadingLevel;  // 43 reading-level
extern const Rule kAudienceReadingTarget;  // 44 audience-reading-target
extern const Rule kPassiveVoice;  // 45 passive-voice
extern const Rule kParagraphLength;  // 46 paragraph-length
extern const Rule kRepeatedWord;  // 47 repeated-word
extern const Rule kWordyPhrase;  // 48 wordy-phrase
extern const Rule kNoteEmpty;  // 49 note-empty
extern const Rule kTemplateMinFontSize;  // 50 template-min-font-size
extern const Rule kTemplateJustifiedText;  // 51 template-justified-text
extern const Rule kTemplateLineSpacing;  // 52 template-line-spacing
extern const Rule kTemplateSerifBodyFont;  // 53 template-serif-body-font
extern const Rule kLangScriptMismatch;  // 54 lang-script-mismatch
extern const Rule kDirContradictsLang;  // 55 dir-contradicts-lang
extern const Rule kScriptFontMissing;  // 56 script-font-missing
extern const Rule kLinkTargetMissing;  // 57 link-target-missing
extern const Rule kFormFieldLabel;  // 58 form-field-label
extern const Rule kTickBoxSensory;  // 59 tick-box-sensory
extern const Rule kReplySlipReturnTo;  // 60 reply-slip-return-to

}  // namespace handout::rules
