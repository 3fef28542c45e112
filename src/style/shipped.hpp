// The house styles naskah ships (layouts/*.xml): listed for the import's choice, the editor's
// menu and the message that names a style which does not exist.
#pragma once

#include <string>
#include <vector>

namespace naskah::style {

/// The names of the shipped house styles (layouts/NAME.xml under data_dir()), sorted.
std::vector<std::string> shipped_styles();

/// The shipped style nearest to a name that is none (at most three letters off), or "".
std::string nearest_shipped_style(const std::string& name);
/// Of `candidates`, the one nearest to `name` (at most three letters off; the first of equals), or "":
/// what a typo such as «judul.nomer» meant.
std::string nearest_name(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace naskah::style
