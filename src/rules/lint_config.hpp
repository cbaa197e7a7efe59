// Project configuration for lint (handout.toml, found from the content file's folder upwards):
// rules switched off, severities overridden, reading-level targets per audience.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "core/diagnostic.hpp"

namespace handout::rules {

// Rules 42-44: targets for sentence length and reading level, chosen by meta/audience.
struct AudienceTargets {
  double max_grade = 8;         // Flesch-Kincaid grade: warn above
  double min_reading_ease = 60; // Flesch Reading Ease: warn below
  int max_sentence_words = 25;  // sentence-length: info above
};

struct RuleSetting {
  bool enabled = true;
  std::optional<Severity> severity;  // overrides the rule's default
};

struct LintConfig {
  std::string path;  // the handout.toml it came from; empty for built-in defaults
  std::map<std::string, RuleSetting, std::less<>> rules;           // by rule id
  std::map<std::string, AudienceTargets, std::less<>> audiences;   // by meta/audience value
  AudienceTargets default_audience;                                // no meta/audience, or unknown
  // `images = "folder"`: a folder of pictures (logos, shared diagrams) that content <img src> may
  // also name, absolute and canonical; empty when the project has none. Not a lint setting, but
  // handout.toml is the project's one settings file.
  std::string images_dir;

  // Built-in defaults: parents (grade 6, ease 70, 25 words), staff (grade 10, ease 50, 30 words),
  // anyone else (grade 8, ease 60, 25 words).
  static LintConfig defaults();
  const AudienceTargets& targets_for(const std::optional<std::string>& audience) const;
  bool enabled(std::string_view rule) const;
};

}  // namespace handout::rules
