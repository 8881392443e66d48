#!/usr/bin/env bash
# new-rule.sh: scaffolds a new rule (clang-tidy's add_new_check.py, for factcheck).
#
#   tools/new-rule.sh RULE-ID [SOURCE-ROOT]
#
# RULE-ID is lower-case words joined by hyphens ("figure-drift"). Creates, in SOURCE-ROOT (the
# repository this script is in, by default):
#   checker/rules/<rule_id>.hpp, .cpp   the rule class (a placeholder run() to replace)
#   docs/rules/<rule-id>.md             its page (message, severity, config, example)
#   fixtures/rules/<rule-id>/           good_1..3.txt, bad_1..3.txt and expected.txt
# and adds the rule to the rule list (checker/rules/registry.cpp: one include and one table
# entry, sorted) and its [rules.<rule-id>] table to docs/factcheck.default.toml.
#
# The scaffold builds and passes the tests as generated: its placeholder run() flags the marker
# word below, which only the generated bad_* fixtures contain. Replace run(), the fixtures, the
# doc page and the summary; set the default severity in both the class and the TOML table
# (tests/checker/registry_test.cpp checks that they agree). See docs/architecture.md.
set -euo pipefail

die() {
  echo "new-rule.sh: $*" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || die "usage: tools/new-rule.sh RULE-ID [SOURCE-ROOT]"
id=$1
root=${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
[[ $id =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || die "'$id': a rule id is lower-case words joined by hyphens"
stem=${id//-/_}
class=${stem}_rule
marker="SCAFFOLD-${id^^}"
registry=$root/checker/rules/registry.cpp
toml=$root/docs/factcheck.default.toml

[[ -f $registry && -f $toml ]] || die "$root does not look like the factcheck source tree"
for f in "$root/checker/rules/$stem.hpp" "$root/checker/rules/$stem.cpp" "$root/docs/rules/$id.md" \
  "$root/fixtures/rules/$id"; do
  [[ ! -e $f ]] || die "$f already exists"
done
grep -q "\[rules\.$id\]" "$toml" && die "$toml already has [rules.$id]"

# --- the rule class ---------------------------------------------------------------------------
cat >"$root/checker/rules/$stem.hpp" <<EOF
#pragma once

#include "checker/rules/rule.hpp"

namespace factcheck::checker::rules {

// $id: TODO one line. See docs/rules/$id.md.
class $class final : public rule {
 public:
  [[nodiscard]] std::string_view id() const override { return "$id"; }
  [[nodiscard]] severity default_severity() const override { return severity::warning; }
  [[nodiscard]] std::string_view summary() const override { return "TODO one line"; }
  void run(const aligned_corpus& corpus, finding_sink& sink) const override;
};

}  // namespace factcheck::checker::rules
EOF

cat >"$root/checker/rules/$stem.cpp" <<EOF
#include "checker/rules/$stem.hpp"

#include <fmt/format.h>

#include "checker/check.hpp"

// TODO: what the rule flags and why. A rule only reads the model (model/corpus.hpp): if it
// needs something the analysis does not compute yet, add a stage (analysis/pipeline.hpp).
namespace factcheck::checker::rules {

// Messages:
//   placeholder: replace run() ('<word>')
void ${class}::run(const aligned_corpus& corpus, finding_sink& sink) const {
  // Placeholder, so that the scaffold passes its fixtures: flags the marker word.
  constexpr std::string_view marker = "$marker";
  for (const auto& a : corpus.articles) {
    if (a.source == nullptr) continue;
    const std::string_view text = a.text();
    for (auto at = text.find(marker); at != std::string_view::npos;
         at = text.find(marker, at + marker.size())) {
      const auto begin = static_cast<std::uint32_t>(at);
      const auto end = static_cast<std::uint32_t>(at + marker.size());
      finding f;
      f.where = locate(a, {begin, end});
      f.message = fmt::format("placeholder: replace run() ('{}')", marker);
      sink.report(std::move(f));
    }
  }
}

}  // namespace factcheck::checker::rules
EOF

# --- the rule list: one include and one table entry, each block kept sorted -------------------
# The rule id a list line names ("#include \"checker/rules/wrong_word.hpp\"" or
# "&instance<rules::wrong_word_rule>," -> "wrong-word"): both blocks sort by id, as the registry.
id_of_line() {
  local m
  m=$(grep -oE 'rules/[a-z0-9_]+\.hpp|rules::[a-z0-9_]+_rule' <<<"$1" | head -n 1)
  m=${m#rules/}
  m=${m#rules::}
  m=${m%.hpp}
  m=${m%_rule}
  printf '%s' "${m//_/-}"
}
insert_sorted() {  # file begin-marker end-marker new-line
  local file=$1 begin=$2 end=$3 line=$4 b e tmp l
  b=$(grep -n -F -- "$begin" "$file" | head -n 1 | cut -d: -f1)
  e=$(grep -n -F -- "$end" "$file" | head -n 1 | cut -d: -f1)
  [[ -n $b && -n $e && $b -lt $e ]] || die "$file: no '$begin' ... '$end' block"
  tmp=$(mktemp)
  {
    head -n "$b" "$file"
    { sed -n "$((b + 1)),$((e - 1))p" "$file"; printf '%s\n' "$line"; } |
      while IFS= read -r l; do printf '%s\t%s\n' "$(id_of_line "$l")" "$l"; done |
      LC_ALL=C sort -t $'\t' -k1,1 | cut -f2-
    tail -n +"$e" "$file"
  } >"$tmp"
  cat "$tmp" >"$file"
  rm -f "$tmp"
}
insert_sorted "$registry" "BEGIN RULE INCLUDES" "END RULE INCLUDES" "#include \"checker/rules/$stem.hpp\""
insert_sorted "$registry" "BEGIN RULE LIST" "END RULE LIST" "    &instance<rules::$class>,"

# --- the default configuration: [rules.<id>] after the last table whose id sorts before it -----
tmp=$(mktemp)
LC_ALL=C awk -v id="$id" '
  function emit() { print "[rules." id "]"; print "enabled = true"; print "severity = \"warning\""; print ""; done = 1 }
  /^\[rules\.[a-z0-9-]+\]$/ {
    cur = substr($0, 8, length($0) - 8)
    if (!done && cur > id) emit()
    seen = 1
  }
  seen && !done && /^# ---/ { emit() }
  { print }
  END { if (!done) { print ""; emit() } }
' "$toml" >"$tmp"
cat "$tmp" >"$toml"
rm -f "$tmp"

# --- the doc page -----------------------------------------------------------------------------
mkdir -p "$root/docs/rules"
cat >"$root/docs/rules/$id.md" <<EOF
# $id

**Default severity:** warning  
**Messages:**

- \`placeholder: replace run() ('<word>')\`

## What it flags

TODO: what the rule flags, and why an editor wants to know.

## Configuration

\`\`\`toml
[rules.$id]
enabled = true
severity = "warning"
\`\`\`

## How to fix

TODO.

## Example

Before: TODO.

After: TODO.
EOF

# --- the fixtures -----------------------------------------------------------------------------
dir=$root/fixtures/rules/$id
mkdir -p "$dir"
: >"$dir/expected.txt"
for n in 1 2 3; do
  printf 'A plain paragraph, number %s, that this rule leaves alone.\n' "$n" >"$dir/good_$n.txt"
  printf 'A paragraph with the marker %s in it.\n' "$marker" >"$dir/bad_$n.txt"
  col=$(( $(printf 'A paragraph with the marker ' | wc -c) + 1 ))
  printf "bad_%s.txt:1:%s: warning: placeholder: replace run() ('%s') [%s]\n" "$n" "$col" "$marker" "$id" \
    >>"$dir/expected.txt"
done

cat <<EOF
new-rule.sh: scaffolded $id
  checker/rules/$stem.hpp, checker/rules/$stem.cpp
  docs/rules/$id.md
  fixtures/rules/$id/ (good_1..3.txt, bad_1..3.txt, expected.txt)
  checker/rules/registry.cpp: include and table entry
  docs/factcheck.default.toml: [rules.$id]
Next: re-run cmake (the rule sources are globbed), replace run(), the fixtures and the doc page.
EOF
