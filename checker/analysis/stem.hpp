#pragma once
// English word stems (Snowball "english" stemmer, libstemmer): "killed" -> "kill",
// "soldiers" -> "soldier". Lower-cases ASCII first; a possessive is stripped.

#include <string>
#include <string_view>

namespace factcheck::checker {

std::string stem(std::string_view word);

}  // namespace factcheck::checker
