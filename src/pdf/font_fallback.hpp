// Font fallback: text split into runs by Unicode script, and the installed font that shows a
// script's characters in a language, found with fontconfig (the template's [fonts] family first,
// then any font whose character set covers them). Lookups are cached for the process.
#pragma once
#include <fontconfig/fontconfig.h>
#include <hb.h>

#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "style/template.hpp"

namespace handout::pdf {

// fontconfig's configuration is process-wide; FcInit is cheap after the first call but its
// matching functions are not documented as thread-safe, so every fontconfig call is serialised.
std::mutex& fontconfig_mutex();

// A fontconfig configuration of just the standard font folders (no aliases, no rules), built
// once per process: loading the system's costs milliseconds. nullptr when FONTCONFIG_FILE or
// FONTCONFIG_PATH asks for the system's. Call with fontconfig_mutex() held.
FcConfig* standard_folders_config();

// A run of text in one script: characters of no script of their own (spaces, punctuation,
// digits, combining marks) join the run around them.
struct ScriptRun {
  std::size_t begin = 0, end = 0;  // byte offsets
  hb_script_t script = HB_SCRIPT_COMMON;
};
std::vector<ScriptRun> script_runs(std::string_view text);

// "beng" for Bengali: the ISO 15924 code in lower case, as [fonts] keys spell it.
std::string script_code(hb_script_t script);
// "Arabic", "Hebrew"…: the script's English name for messages (the ISO code when not listed).
std::string script_name(hb_script_t script);

struct FallbackFont {
  std::string file;
  int index = 0;
  std::string family;
};

// The font for `script` text in `lang` (BCP 47) at this weight and slant. With `by_characters`
// the answer is specific to `needed` (a font that has every one of them); without, it is the
// font for the script and language, looked up once per process.
std::optional<FallbackFont> find_fallback_font(const style::Template& tmpl, hb_script_t script, std::string_view lang,
                                               bool bold, bool italic, const std::u32string& needed,
                                               bool by_characters);

}  // namespace handout::pdf
