#include "model/grid.hpp"

#include "core/limits.hpp"

#include <algorithm>
#include <string>

namespace naskah::model {

namespace {

// Places the cells of rows [first, first + rows.size()) into the grid, HTML style: each cell
// takes the next slot not already covered by a rowspan from above.
bool place_rows(const std::vector<Row>& rows, int first, int group_end, ResolvedGrid& g, DiagnosticSink& sink,
                const char* part, const char* part_id)
{
    bool ok = true;
    std::vector<bool> row_failed(rows.size(), false);
    for (std::size_t ri = 0; ri < rows.size(); ++ri) {
        const int r = first + static_cast<int>(ri);
        const Row& row = rows[ri];
        const bool ok_before = ok;
        ok = true;
        g.row_source[static_cast<std::size_t>(r)] = &row;
        int c = 0;
        for (const Cell& cell : row.cells) {
            while (c < g.columns && g.at(r, c).cell) ++c;
            if (c >= g.columns) {
                sink.error(cell.pos, "E-TABEL-LEBAR",
                           "sel ini berada di luar " + std::to_string(g.columns) + " kolom tabel; seharusnya paling banyak " +
                               std::to_string(g.columns) + " kolom pada setiap baris " + part_id,
                           std::string("this cell lies beyond the table's ") + std::to_string(g.columns) +
                               " columns; expected at most " + std::to_string(g.columns) + " columns in each " + part +
                               " row");
                ok = false;
                break;
            }
            if (cell.colspan < 1 || cell.rowspan < 1) {
                sink.error(cell.pos, "E-TABEL-RENTANG", "nilai gabungan sel harus paling sedikit 1", "spans must be at least 1");
                ok = false;
                continue;
            }
            if (cell.colspan > g.columns - c) {  // no c + colspan: it may pass INT_MAX
                sink.error(cell.pos, "E-TABEL-RENTANG",
                           "gabung-kolom=\"" + std::to_string(cell.colspan) + "\" melewati batas tabel: sel dimulai pada kolom " +
                               std::to_string(c + 1) + " dari " + std::to_string(g.columns),
                           "gabung-kolom=\"" + std::to_string(cell.colspan) + "\" leaves the table: the cell starts in column " +
                               std::to_string(c + 1) + " of " + std::to_string(g.columns));
                ok = false;
                break;
            }
            if (cell.rowspan > group_end - r) {
                sink.error(cell.pos, "E-TABEL-RENTANG",
                           "gabung-baris=\"" + std::to_string(cell.rowspan) + "\" melewati baris " + part_id + " terakhir (tersisa " +
                               std::to_string(group_end - r) + " baris)",
                           "gabung-baris=\"" + std::to_string(cell.rowspan) + "\" runs past the last " + part + " row (" +
                               std::to_string(group_end - r) + " rows remain)");
                ok = false;
            }
            // an over-long span still covers what is there, so the rows below report no gap of
            // their own as a consequence
            const int rowspan = std::min(cell.rowspan, group_end - r);
            bool overlap = false;
            for (int dr = 0; dr < rowspan && !overlap; ++dr)
                for (int dc = 0; dc < cell.colspan; ++dc)
                    if (g.at(r + dr, c + dc).cell) {
                        const GridSlot& other = g.at(r + dr, c + dc);
                        const SourcePos& at = other.cell->pos;
                        sink.error(cell.pos, "E-TABEL-TUMPANG",
                                   "sel ini bertumpang tindih dengan sel pada baris " + std::to_string(at.line) + ", kolom " +
                                       std::to_string(at.column) + " (sel itu meluas ke kolom tabel " +
                                       std::to_string(other.origin_col + 1) + "); seharusnya baris ini berisi satu sel lebih sedikit",
                                   "this cell overlaps the cell at line " + std::to_string(at.line) + ", column " +
                                       std::to_string(at.column) + " (it spans into table column " +
                                       std::to_string(other.origin_col + 1) + "); expected one cell fewer in this row");
                        overlap = true;
                        ok = false;
                        break;
                    }
            if (overlap) {
                c += cell.colspan;
                continue;
            }
            for (int dr = 0; dr < rowspan; ++dr)
                for (int dc = 0; dc < cell.colspan; ++dc) {
                    GridSlot& s = g.at(r + dr, c + dc);
                    s.cell = &cell;
                    s.origin_row = r;
                    s.origin_col = c;
                }
            c += cell.colspan;
        }
        row_failed[ri] = !ok;
        ok = ok && ok_before;
    }
    // Every slot must be covered: a short row is a drafting mistake, not something to pad silently.
    // Rows that already have an error of their own are not reported twice.
    for (std::size_t ri = 0; ri < rows.size(); ++ri) {
        if (row_failed[ri]) continue;
        const int r = first + static_cast<int>(ri);
        int covered = 0;
        for (int c = 0; c < g.columns; ++c)
            if (g.at(r, c).cell) ++covered;
        if (covered < g.columns) {
            sink.error(rows[ri].pos, "E-TABEL-KURANG",
                       "baris " + std::string(part_id) + " ini mengisi " + std::to_string(covered) + " dari " + std::to_string(g.columns) +
                           " kolom; seharusnya ada sel (atau gabungan sel) untuk setiap kolom",
                       "this " + std::string(part) + " row covers " + std::to_string(covered) + " of " +
                           std::to_string(g.columns) + " columns; expected a cell (or a span) for every column");
            ok = false;
        }
    }
    return ok;
}

}  // namespace

bool check_table_size(const Table& table, std::size_t all_rows, DiagnosticSink& sink)
{
    // Limits (docs/robustness.md) before anything is allocated: a table of a million rows, or
    // of thousands of columns, is refused here with its position instead of exhausting memory.
    if (table.columns.size() > limits::kTableColumns || all_rows > limits::kTableRows ||
        table.columns.size() * all_rows > limits::kTableSlots) {
        const std::string got = std::to_string(all_rows) + " x " + std::to_string(table.columns.size());
        const std::string lim = std::to_string(limits::kTableRows) + " baris, " + std::to_string(limits::kTableColumns) + " kolom, " +
                                std::to_string(limits::kTableSlots) + " sel";
        const std::string lim_en = std::to_string(limits::kTableRows) + " rows, " + std::to_string(limits::kTableColumns) + " columns, " +
                                   std::to_string(limits::kTableSlots) + " cells";
        sink.error(table.pos, "E-TABEL-BATAS", "tabel ini berukuran " + got + " (baris x kolom); batasnya " + lim + "; bagilah tabelnya",
                   "this table is " + got + " (rows x columns); the limits are " + lim_en + "; split the table");
        return false;
    }
    return true;
}

bool resolve_grid(const Table& table, ResolvedGrid& g, DiagnosticSink& sink)
{
    g = ResolvedGrid{};
    if (table.columns.empty()) {
        sink.error(table.pos, "E-TABEL-KOLOM", "tabel memerlukan paling sedikit satu <kolom>", "a table needs at least one <kolom>");
        return false;
    }
    const std::size_t all_rows = table.header.size() + (table.column_numbers ? 1 : 0) + table.body.size();
    if (!check_table_size(table, all_rows, sink)) return false;
    g.columns = static_cast<int>(table.columns.size());
    g.header_rows = static_cast<int>(table.header.size());
    const int number_rows = table.column_numbers ? 1 : 0;
    g.number_row = table.column_numbers ? g.header_rows : -1;
    g.rows = g.header_rows + number_rows + static_cast<int>(table.body.size());
    g.slots.assign(static_cast<std::size_t>(g.rows) * static_cast<std::size_t>(g.columns), GridSlot{});
    g.row_source.assign(static_cast<std::size_t>(g.rows), nullptr);

    bool ok = place_rows(table.header, 0, g.header_rows, g, sink, "header", "kepala");
    if (number_rows) {
        g.generated.reserve(static_cast<std::size_t>(g.columns));  // pointers into it must stay valid
        for (int c = 0; c < g.columns; ++c) {
            Cell cell;
            Block b;
            b.paragraph = Inline::from_text(std::to_string(c + 1), table.pos);
            cell.blocks.push_back(std::move(b));
            cell.halign = HAlign::Center;
            cell.pos = table.pos;
            g.generated.push_back(std::move(cell));
            GridSlot& s = g.at(g.number_row, c);
            s.cell = &g.generated.back();
            s.origin_row = g.number_row;
            s.origin_col = c;
        }
    }
    ok = place_rows(table.body, g.body_begin(), g.rows, g, sink, "body", "isi") && ok;
    return ok;
}

}  // namespace naskah::model
