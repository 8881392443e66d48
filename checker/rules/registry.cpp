#include "checker/rules/registry.hpp"

#include <algorithm>
#include <array>

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

namespace factcheck::checker {
namespace {

const rules::boilerplate_residue_rule boilerplate_residue;
const rules::date_conflict_rule date_conflict;
const rules::duplicate_text_rule duplicate_text;
const rules::entity_misspelling_rule entity_misspelling;
const rules::misquote_rule misquote;
const rules::missing_dateline_rule missing_dateline;
const rules::name_variant_rule name_variant;
const rules::numeric_conflict_rule numeric_conflict;
const rules::role_conflict_rule role_conflict;
const rules::stale_dateline_rule stale_dateline;
const rules::stale_figure_rule stale_figure;
const rules::unbalanced_quote_rule unbalanced_quote;
const rules::uncorroborated_figure_rule uncorroborated_figure;
const rules::weekday_mismatch_rule weekday_mismatch;
const rules::wrong_word_rule wrong_word;

// Sorted by id; tests/checker/registry_test.cpp checks the order, uniqueness and that each
// id has its doc page and fixture folder.
const std::array<const rule*, 15> table = {
    &boilerplate_residue,
    &date_conflict,
    &duplicate_text,
    &entity_misspelling,
    &misquote,
    &missing_dateline,
    &name_variant,
    &numeric_conflict,
    &role_conflict,
    &stale_dateline,
    &stale_figure,
    &unbalanced_quote,
    &uncorroborated_figure,
    &weekday_mismatch,
    &wrong_word,
};

}  // namespace

std::span<const rule* const> all_rules() { return table; }

const rule* find_rule(std::string_view id) {
  const auto* it = std::lower_bound(table.begin(), table.end(), id,
                                    [](const rule* r, std::string_view key) { return r->id() < key; });
  return it != table.end() && (*it)->id() == id ? *it : nullptr;
}

}  // namespace factcheck::checker
