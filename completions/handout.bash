# bash completion for handout(1). Installed as share/bash-completion/completions/handout.
#
# Option lists, rule ids and template names are read from the handout being completed at
# completion time (`handout <command> --help`, `handout rules --format json`,
# `handout templates`), so this file never goes stale when options or rules change.
# Only the values of enumerated options are written down here.

# Runs the handout named on the command line when it is executable, else the one on PATH.
_handout_exe() {
  local exe=$1
  if [[ $exe == */* ]]; then
    exe=${exe/#\~/$HOME}
    [[ -x $exe ]] || exe=handout
  fi
  printf '%s\n' "$exe"
}

# Long and short options from the help's option lines (src/cli/help.cpp), which start with two
# spaces and a short option, or six spaces and a long one:
#   "  -f, --format FORMAT   report format…"   or   "      --strict          fail on warnings…".
# Wrapped description lines are indented further, so they never match.
_handout_options() {
  local exe=$1 cmd=$2
  "$exe" "$cmd" --help 2>/dev/null | sed -n \
    -e 's/^  -\([A-Za-z0-9]\), --\([A-Za-z0-9-]\{1,\}\).*/-\1 --\2/p' \
    -e 's/^      --\([A-Za-z0-9-]\{1,\}\).*/--\1/p' | tr ' ' '\n' | sort -u
}

# Rule ids from the JSON rule list (a stable, documented format), one per line.
_handout_rule_ids() {
  "$1" rules --format json 2>/dev/null | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p'
}

# Template names: first tab-separated column of `handout templates`.
_handout_template_names() {
  "$1" templates 2>/dev/null | cut -f1
}

_handout_filedir() {
  # bash-completion's _filedir handles quoting and ~; plain compgen when it is not loaded.
  if declare -F _filedir >/dev/null; then
    _filedir "$@"
  elif [[ ${1-} == -d ]]; then
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
  else
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}

_handout() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local prev=""
  ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
  local exe
  exe=$(_handout_exe "${COMP_WORDS[0]}")
  COMPREPLY=()

  # The subcommand is the first word after the program that is not an option.
  local cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ ${COMP_WORDS[i]} != -* ]]; then
      cmd=${COMP_WORDS[i]}
      break
    fi
  done

  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then
      mapfile -t COMPREPLY < <(compgen -W "--help --version" -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "lint build import rules explain templates" -- "$cur")
    fi
    return 0
  fi

  # Values of options that take one.
  case $prev in
    -f | --format)
      case $cmd in
        rules) mapfile -t COMPREPLY < <(compgen -W "text json markdown" -- "$cur") ;;
        *) mapfile -t COMPREPLY < <(compgen -W "text json sarif github" -- "$cur") ;;
      esac
      return 0
      ;;
    -t | --template)
      mapfile -t COMPREPLY < <(compgen -W "$(_handout_template_names "$exe")" -- "$cur")
      return 0
      ;;
    --color)
      mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
      return 0
      ;;
    --min-severity)
      mapfile -t COMPREPLY < <(compgen -W "error warning info" -- "$cur")
      return 0
      ;;
    --impose)
      mapfile -t COMPREPLY < <(compgen -W "booklet" -- "$cur")
      return 0
      ;;
    -o | --output)
      # build and import write into a folder; lint writes its report to a file.
      if [[ $cmd == build || $cmd == import ]]; then _handout_filedir -d; else _handout_filedir; fi
      return 0
      ;;
    -j | --jobs | --max-warnings | --shard | --rules-url)
      return 0  # free-form values: nothing sensible to offer
      ;;
  esac

  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_handout_options "$exe" "$cmd")" -- "$cur")
    return 0
  fi

  case $cmd in
    lint | build | import) _handout_filedir ;;
    explain)
      # One rule id, once.
      local n=0
      for ((i = 1; i < COMP_CWORD; i++)); do [[ ${COMP_WORDS[i]} != -* ]] && ((n++)); done
      ((n == 1)) && mapfile -t COMPREPLY < <(compgen -W "$(_handout_rule_ids "$exe")" -- "$cur")
      ;;
  esac
  return 0
}

complete -F _handout handout
