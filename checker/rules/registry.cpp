// The rule list: the single source of the rules. The registry (all_rules, find_rule), its test,
// the SARIF rule table (reports/sarif_reporter.cpp, through reports::detail::known_rules) and
// the check that docs/factcheck.default.toml has one [rules.<id>] table per rule, with the
// rule's default severity (tests/checker/registry_test.cpp), all read this table.
//
// Adding a rule: tools/new-rule.sh <rule-id> adds the two lines below (an include and a table
// entry, both sorted by id) and scaffolds the rule's files. See docs/architecture.md.
#include "checker/rules/registry.hpp"

#include <algorithm>
#include <array>

// BEGIN RULE INCLUDES (sorted; tools/new-rule.sh inserts here)
#include "checker/rules/boilerplate_residue.hpp"
#include "checker/rules/date_conflict.hpp"
#include "checker/rules/duplicate_text.hpp"
#include "checker/rules/entity_misspelling.hpp"
#include "checker/rules/misquote.hpp"
#include "checker/rules/missing_dateline.hpp"
#include "checker/rules/name_variant.hpp"
#include "checker/rules/numeric_conflict.hpp"
#include "checker/rules/role_conflict.hpp"
#include "checker/rules/stale_dateline.hpp"
#include "checker/rules/stale_figure.hpp"
#include "checker/rules/unbalanced_quote.hpp"
#include "checker/rules/uncorroborated_figure.hpp"
#include "checker/rules/weekday_mismatch.hpp"
#include "checker/rules/wrong_word.hpp"
// END RULE INCLUDES

namespace factcheck::checker {
namespace {

// One instance of each rule class, for the whole program (rules are stateless).
template <class R>
const R instance{};

// Sorted by id; tests/checker/registry_test.cpp checks the order, uniqueness and that each
// id has its doc page, fixture folder and default configuration.
// clang-format off
const auto table = std::to_array<const rule*>({
    // BEGIN RULE LIST (sorted by id; tools/new-rule.sh inserts here)
    &instance<rules::boilerplate_residue_rule>,
    &instance<rules::date_conflict_rule>,
    &instance<rules::duplicate_text_rule>,
    &instance<rules::entity_misspelling_rule>,
    &instance<rules::misquote_rule>,
    &instance<rules::missing_dateline_rule>,
    &instance<rules::name_variant_rule>,
    &instance<rules::numeric_conflict_rule>,
    &instance<rules::role_conflict_rule>,
    &instance<rules::stale_dateline_rule>,
    &instance<rules::stale_figure_rule>,
    &instance<rules::unbalanced_quote_rule>,
    &instance<rules::uncorroborated_figure_rule>,
    &instance<rules::weekday_mismatch_rule>,
    &instance<rules::wrong_word_rule>,
    // END RULE LIST
});
// clang-format on

}  // namespace

std::span<const rule* const> all_rules() { return table; }

const rule* find_rule(std::string_view id) {
  const auto* it = std::lower_bound(table.begin(), table.end(), id,
                                    [](const rule* r, std::string_view key) { return r->id() < key; });
  return it != table.end() && (*it)->id() == id ? *it : nullptr;
}

}  // namespace factcheck::checker
