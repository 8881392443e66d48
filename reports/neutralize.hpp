#pragma once
// Text that cannot act on its reader. Article text and file names reach terminals, browsers,
// Markdown viewers and CI parsers; these helpers find the characters that change how the text
// around them reads without showing themselves, and render them visibly or as escapes.

#include <cstdint>
#include <string>
#include <string_view>

namespace factcheck::reports {

// The hidden controls: C1 controls (U+0080-U+009F, e.g. the one-byte CSI U+009B), the
// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069), the zero-width and invisible format characters (U+200B-U+200D,
// U+2060-U+2064, U+FEFF) and the line and paragraph separators (U+2028, U+2029).
bool is_hidden_control(std::uint32_t cp);

// The length in bytes of the hidden control that starts at `text[at]` (0 when there is none);
// its code point in `cp`. `text` is valid UTF-8.
std::size_t hidden_control_at(std::string_view text, std::size_t at, std::uint32_t& cp);

// For a terminal: invalid UTF-8 becomes U+FFFD, a tab a space, and every C0 control, DEL and
// hidden control a '?', so one character stays one column and no escape sequence, bell or
// bidirectional override reaches the terminal.
std::string terminal_safe(std::string_view text);

// A JSON document (nlohmann's dump, valid UTF-8) with every hidden control written as a
// \uXXXX escape. Lossless: it parses back to the same strings; hidden controls only occur
// inside strings.
std::string json_escape_hidden(std::string_view json);

// "U+202E": how the markup formats name a hidden control they will not print.
std::string code_point_name(std::uint32_t cp);

}  // namespace factcheck::reports
