#include "rules/lint_config.hpp"

namespace handout::rules {

LintConfig LintConfig::defaults() {
  LintConfig c;
  c.audiences.emplace("parents", AudienceTargets{6, 70, 25});
  c.audiences.emplace("staff", AudienceTargets{10, 50, 30});
  c.default_audience = AudienceTargets{8, 60, 25};
  return c;
}

const AudienceTargets& LintConfig::targets_for(const std::optional<std::string>& audience) const {
  if (audience) {
    auto it = audiences.find(*audience);
    if (it != audiences.end()) return it->second;
  }
  return default_audience;
}

bool LintConfig::enabled(std::string_view rule) const {
  auto it = rules.find(rule);
  return it == rules.end() || it->second.enabled;
}

}  // namespace handout::rules
