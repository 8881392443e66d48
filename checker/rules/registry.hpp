#pragma once
// Every rule, in one table sorted by id.

#include <memory>
#include <span>
#include <string_view>

#include "checker/rules/rule.hpp"

namespace factcheck::checker {

std::span<const rule* const> all_rules();
const rule* find_rule(std::string_view id);

}  // namespace factcheck::checker
