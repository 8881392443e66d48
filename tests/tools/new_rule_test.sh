#!/usr/bin/env bash
# ctest NewRuleScaffold: runs tools/new-rule.sh into a scratch copy of the sources and checks what
# it made: the rule's files, one sorted entry in each block of the rule list, the default
# configuration table, the fixtures and expected.txt; that a second run refuses (exit 2); and
# that the new rule and the registry compile with the project's warnings as errors.
#   new_rule_test.sh SOURCE-DIR CXX-COMPILER
set -euo pipefail
src=$1
cxx=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() {
  echo "NewRuleScaffold: $*" >&2
  exit 1
}

mkdir -p "$scratch/docs" "$scratch/fixtures/rules"
cp -r "$src/checker" "$src/tools" "$scratch/"
cp -r "$src/docs/rules" "$scratch/docs/"
cp "$src/docs/factcheck.default.toml" "$scratch/docs/"

id=scaffold-probe
bash "$scratch/tools/new-rule.sh" "$id" "$scratch" >/dev/null

for f in checker/rules/scaffold_probe.hpp checker/rules/scaffold_probe.cpp docs/rules/$id.md \
  fixtures/rules/$id/expected.txt; do
  [[ -s $scratch/$f ]] || fail "missing $f"
done
for n in 1 2 3; do
  [[ -s $scratch/fixtures/rules/$id/good_$n.txt && -s $scratch/fixtures/rules/$id/bad_$n.txt ]] ||
    fail "missing fixture $n"
done
[[ $(wc -l <"$scratch/fixtures/rules/$id/expected.txt") -eq 3 ]] || fail "expected.txt: not 3 lines"
grep -q "^bad_1.txt:1:[0-9]*: warning: .* \[$id\]$" "$scratch/fixtures/rules/$id/expected.txt" ||
  fail "expected.txt: wrong format"

registry=$scratch/checker/rules/registry.cpp
[[ $(grep -c 'scaffold_probe' "$registry") -eq 2 ]] || fail "registry.cpp: not one include and one entry"
# Each block stays sorted by id.
for block in 'RULE INCLUDES' 'RULE LIST'; do
  sed -n "/BEGIN $block/,/END $block/p" "$registry" | grep 'rules[/:]' |
    sed -E 's/.*rules(\/|::)([a-z0-9_]+).*/\2/; s/_rule$//; y/_/-/' >"$scratch/ids"
  [[ $(wc -l <"$scratch/ids") -ge 16 ]] || fail "registry.cpp: $block block too short"
  LC_ALL=C sort -c "$scratch/ids" || fail "registry.cpp: $block block not sorted"
done
grep -A2 "^\[rules\.$id\]$" "$scratch/docs/factcheck.default.toml" | grep -q '^severity = "warning"$' ||
  fail "factcheck.default.toml: no [rules.$id] table with its severity"
grep '^\[rules\.' "$scratch/docs/factcheck.default.toml" | LC_ALL=C sort -c ||
  fail "factcheck.default.toml: [rules.*] tables not sorted"

if bash "$scratch/tools/new-rule.sh" "$id" "$scratch" >/dev/null 2>&1; then fail "second run did not refuse"; fi
if bash "$scratch/tools/new-rule.sh" "Bad_Id" "$scratch" >/dev/null 2>&1; then fail "bad id accepted"; fi

# The scratch copy first, then the real tree for text/ and grammar/.
"$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror \
  -I"$scratch" -I"$src" "$scratch/checker/rules/scaffold_probe.cpp" "$registry" ||
  fail "the scaffold does not compile"
echo "NewRuleScaffold: ok"
