// Fuzzes the grammar: extraction never crashes and returns sorted, in-bounds spans.
// grammar/extract.hpp promises, for each vector returned, spans inside the text, sorted and
// non-overlapping; extract_time_periods and compose_time_periods promise the same contract.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "grammar/entities.hpp"
#include "grammar/extract.hpp"

namespace {

template <class Items>
void check_spans(const Items& items, std::size_t size) {
  std::uint32_t last_end = 0;
  for (const auto& item : items) {
    if (item.span.begin > item.span.end || item.span.end > size) __builtin_trap();
    if (item.span.begin < last_end) __builtin_trap();
    last_end = item.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  factcheck::grammar::time_context context;
  context.reference = std::chrono::year{2021} / 12 / 4;
  check_spans(factcheck::grammar::extract_quantities(text), size);
  const auto atoms = factcheck::grammar::extract_times(text, context);
  check_spans(atoms, size);
  check_spans(factcheck::grammar::extract_time_periods(text, context), size);
  // Without a reference date the relative atoms stay unresolved: a second path through compose.
  check_spans(
      factcheck::grammar::compose_time_periods(text, atoms, factcheck::grammar::time_context{}),
      size);
  (void)factcheck::grammar::extract_names(text);
  (void)factcheck::grammar::extract_quotations(text);
  return 0;
}
