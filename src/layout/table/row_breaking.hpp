// Row breaking: where a row that does not fit at the bottom of a page may split between lines.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace naskah::layout::table {

/// The lines of one cell of a row being placed: all of them, and those not yet on a page.
struct CellLines {
    std::size_t total = 0, remaining = 0;
};

/// The break choice when a row does not fit in the `room` lines left on the page: how many lines
/// of each cell (null: a cell spanning rows, not the row's own) go on this page. A cell that fits
/// goes whole; a longer cell of four or more lines puts at least two here and leaves at least two
/// for the next page; anything else cannot split (nullopt: the row moves to the next page), nor
/// can a split that places nothing here or leaves nothing for the next page.
std::optional<std::vector<std::size_t>> choose_row_split(const std::vector<std::optional<CellLines>>& cells, long room);

/// The forced split on a fresh page, where choose_row_split found none: each cell puts as many of
/// its remaining lines as the `room` (at least one line) holds, so the row always makes progress.
std::vector<std::size_t> force_row_split(const std::vector<std::optional<CellLines>>& cells, long room);

/// The least of a row that may stand at a page bottom, in lines: a cell under four lines whole,
/// a longer one two (what choose_row_split would put there); at least one line.
std::size_t least_first_part(const std::vector<std::optional<CellLines>>& cells);

}  // namespace naskah::layout::table
