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

}  // namespace naskah::style
