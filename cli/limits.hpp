#pragma once
// The configuration's [limits] turned into reading limits, and the exit-2 message when one is
// reached (docs/decisions/0051-limits-and-memory-estimate.md).

#include <cstdint>
#include <string>

#include "checker/config.hpp"
#include "text/ingest.hpp"

namespace factcheck::cli {

// The peak memory of a check is estimated, not measured: a fixed base (code, gazetteer,
// lexicons, allocator) plus a measured factor times the input bytes (the worst ratio of peak
// resident size to input seen on the corpora of the decision record, with a margin).
constexpr std::uint64_t memory_base_mib = 64;
constexpr std::uint64_t memory_bytes_factor = 64;

// Input bytes the memory budget allows (at least one byte).
std::uint64_t input_bytes_allowed(const checker::resource_limits& limits);

// Sets the three reading limits of `options` from `limits`, less what `already` (an earlier
// ingest of the same run, --against) used.
void apply_limits(const checker::resource_limits& limits, const text::ingest_result* already,
                  text::ingest_options& options);

// "path: 70 MiB, over the limit limits.max_file_mb = 64 (...)" for the exit-2 message.
std::string limit_message(const text::limit_reached& reached,
                          const checker::resource_limits& limits, const std::string& source);

}  // namespace factcheck::cli
