// Header rows: their heights, which of them repeat on continuation pages, and whether repeating
// them can work at all on the page.
#pragma once

#include <cstddef>
#include <vector>

namespace naskah::layout::table {

/// A header cell as the header's heights see it: the rows it covers and how many lines it has.
struct HeaderCell {
    int row = 0, rowspan = 1;
    std::size_t lines = 0;
};

/// Heights of `rows` header rows: each as tall as its tallest one-row cell (at least one line);
/// then each cell spanning rows grows the last of its rows by what they lack, in the order given.
std::vector<double> header_row_heights(int rows, const std::vector<HeaderCell>& cells, double line_height, double pad);

/// The header's height on the table's first page (every row) and on continuation pages (the rows
/// that repeat, `<baris ulang="tidak">` and `<nomor-kolom ulang="tidak">` left out).
struct HeaderHeights {
    double first = 0, repeated = 0;
};
HeaderHeights header_heights(const std::vector<double>& row_heights, const std::vector<bool>& repeats);

/// Whether the header repeats on continuation pages.
enum class HeaderRepeat {
    Yes,
    TooTall,      ///< taller than 80% of a page: printed once, placed like body rows (it may break)
    NoRoomBelow,  ///< no body row would fit under it on a continuation page: printed once
};
/// `page`: the page's body height; `continued`: the "(lanjutan)" line above a continued table;
/// `least_row`: a one-line body row.
HeaderRepeat header_repeat(const HeaderHeights& h, double page, double continued, double least_row);

}  // namespace naskah::layout::table
