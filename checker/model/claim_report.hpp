#pragma once
// What the figure and date rules put in a finding: locations, readable figures, the fact label
// and the timeline of a fact group.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/corpus.hpp"
#include "checker/model/finding.hpp"
#include "checker/model/interval.hpp"

namespace factcheck::checker {

const analyzed_article& article_of(const aligned_corpus& corpus, const claim& c);
const grammar::quantity& quantity_of(const aligned_corpus& corpus, const claim& c);
const grammar::time_expression& time_of(const aligned_corpus& corpus, const claim& c);

// The file name an editor recognizes ("b.txt"), not the whole path.
std::string short_name(std::string_view path);
// "94,300 troops" for a figure claim, the time text for an event claim.
std::string claim_text(const aligned_corpus& corpus, const claim& c);
// "2021-12-03", or "undated".
std::string as_of_text(const claim& c);

// A finding at the claim, with its sentence as context and the group's label as fact.
finding finding_at(const aligned_corpus& corpus, const claim& c, const fact_group& group);
location related_at(const aligned_corpus& corpus, const claim& c);
// Points a timeline shows at most.
inline constexpr std::size_t max_timeline_points = 12;
struct figure_timeline {
  std::vector<figure_point> points;  // oldest first
  std::size_t more = 0;              // distinct points left out
};
// The group's figures, one point per date and value (the first source that gives it), oldest
// first. Beyond max_timeline_points: the first, the last and evenly spaced points between, and
// the number left out.
figure_timeline timeline_of(const aligned_corpus& corpus, const fact_group& group);

// Figures that identify nothing an editor checks against other sources: vague amounts.
bool is_vague(const grammar::quantity& q);

}  // namespace factcheck::checker
