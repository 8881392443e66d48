#include "checker/analysis/stem.hpp"

#include <libstemmer.h>

#include <memory>

#include "text/ascii.hpp"

namespace factcheck::checker {
namespace {

struct stemmer_deleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A stemmer keeps a work buffer: one per thread, created on first use.
sb_stemmer* english() {
  thread_local const std::unique_ptr<sb_stemmer, stemmer_deleter> instance(
      sb_stemmer_new("english", "UTF_8"));
  return instance.get();
}

}  // namespace

std::string stem(std::string_view word) {
  std::string w = text::to_lower_ascii(word);
  if (w.size() > 2 && w.ends_with("'s")) w.resize(w.size() - 2);
  if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) w.resize(w.size() - 4);
  sb_stemmer* s = english();
  if (s == nullptr || w.empty()) return w;
  const sb_symbol* out =
      sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
  if (out == nullptr) return w;
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<std::size_t>(sb_stemmer_length(s)));
}

}  // namespace factcheck::checker
