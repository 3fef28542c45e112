// Every character of a decree checked against the house style's fonts before layout, so a
// drafter learns of all missing characters at once (and from `naskah check`), each at its place.
#pragma once

#include "core/diagnostic.hpp"
#include "model/model.hpp"
#include "text/font.hpp"

namespace naskah::layout {

/// Reports each character the face of its text lacks (E-HURUF-GLIF), once per character and
/// face. Returns false when any is missing.
bool check_glyphs(const model::Decree& decree, const text::FontSet& fonts, DiagnosticSink& sink);

}  // namespace naskah::layout
