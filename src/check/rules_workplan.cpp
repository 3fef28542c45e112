// Work plans (rencana kerja) and the NO column of generic tables.
#include <map>
#include <optional>
#include <string>

#include "check/context.hpp"
#include "check/text_util.hpp"
#include "model/grid.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

bool placeholder(const std::string& s)
{
    std::string t;
    for (char c : s)
        if (c != ' ') t += c;
    return t.empty() || t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94" || t == "\xE2\x80\xA6" || t == "..." || t == "?";
}

// Normalised text for finding duplicates: lower case, letters and digits only.
std::string key_of(const std::string& s)
{
    std::string out;
    for (const auto& w : text::words(s)) {
        if (!out.empty()) out += ' ';
        out += text::lower(w.view(s));
    }
    return out;
}

// A number typed before a text naskah numbers itself: "1.", "2)", "a.", "IV.".
std::size_t typed_number(const std::string& s, std::string& number)
{
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t e = i;
    while (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ++e;
    if (e == i || e >= s.size() || (s[e] != '.' && s[e] != ')')) return std::string::npos;
    const std::string w = s.substr(i, e - i);
    bool digits = true;
    for (char c : w)
        if (!std::isdigit(static_cast<unsigned char>(c))) digits = false;
    const bool letter = w.size() == 1 && std::islower(static_cast<unsigned char>(w[0]));
    if (!digits && !letter && !text::from_roman(w)) return std::string::npos;
    if (digits && w.size() > 3) return std::string::npos;
    if (e + 1 < s.size() && s[e + 1] != ' ') return std::string::npos;  // "1.5 juta", "S.H."
    number = s.substr(i, e + 1 - i);
    return i;
}

void check_typed_number(Context& cx, const Inline& in, const std::string& what_id, const std::string& what_en)
{
    const Text t = make_text(in);
    std::string number;
    const std::size_t at = typed_number(t.s, number);
    if (at == std::string::npos) return;
    cx.report("RENCANA-NOMOR", cx.at(t, at),
              "nomor «" + number + "» diketik di awal " + what_id + "; naskah menomori sendiri, sehingga nomornya tercetak dua kali",
              "the number «" + number + "» is typed before " + what_en + "; naskah numbers it itself, so the number would print twice",
              "hapus «" + number + "»", "remove «" + number + "»");
}

void check_plan(Context& cx, const WorkPlan& plan)
{
    // the first sub-activity of each wording; its position is worked out only for a duplicate
    std::map<std::string, const model::SubActivity*> seen;
    auto position = [&](const model::SubActivity& sub) {
        const Text text = make_text(sub.text);
        return text.empty() ? sub.pos : cx.at(text, 0);
    };
    for (const auto& sec : plan.sections) {
        check_typed_number(cx, sec.title, "judul bagian", "a section title");
        for (const auto& act : sec.activities) {
            check_typed_number(cx, act.name, "nama kegiatan", "an activity name");
            for (const auto& sub : act.subs) {
                if (act.subs.size() > 1) check_typed_number(cx, sub.text, "subkegiatan", "a sub-activity");
                if (sub.months & ~0xFFFu) {
                    cx.report("RENCANA-BULAN", sub.months_pos.known() ? sub.months_pos : sub.pos,
                              "bulan pelaksanaan di luar 1–12", "months of execution outside 1 to 12",
                              "bulan ditulis 1 sampai 12, misalnya bulan=\"1-3,7\"", "months run from 1 to 12, e.g. bulan=\"1-3,7\"");
                }
                if ((sub.months & 0xFFFu) == 0) {
                    cx.report("RENCANA-JADWAL", sub.months_pos.known() ? sub.months_pos : sub.pos,
                              "subkegiatan tidak dijadwalkan: tidak ada bulan pelaksanaan", "the sub-activity is not scheduled: no month of execution",
                              "isi bulan=\"…\", misalnya bulan=\"1-3\"", "fill in bulan=\"…\", e.g. bulan=\"1-3\"");
                }
                if (placeholder(sub.indicator.plain())) {
                    const Text ind = make_text(sub.indicator);
                    const SourcePos pos = ind.empty() ? (sub.indicator.pos.known() ? sub.indicator.pos : sub.pos) : cx.at(ind, 0);
                    cx.report("RENCANA-INDIKATOR", pos, "indikator keberhasilan subkegiatan kosong", "the sub-activity's success indicator is empty",
                              "tuliskan hasil yang dapat diukur, misalnya «Terbitnya SK …»",
                              "state a measurable result, e.g. «Terbitnya SK …»");
                }
                const std::string key = key_of(sub.text.plain());
                if (key.empty()) continue;
                auto [it, fresh] = seen.emplace(key, &sub);
                if (!fresh) {
                    const SourcePos first = position(*it->second);
                    cx.report("RENCANA-GANDA", position(sub),
                              "subkegiatan ini sama dengan subkegiatan di baris " + std::to_string(first.line),
                              "this sub-activity duplicates the one on line " + std::to_string(first.line),
                              "gabungkan atau hapus salah satu", "merge them or remove one");
                }
            }
        }
    }
}

void check_table_numbers(Context& cx, const Table& table)
{
    ResolvedGrid grid;
    DiagnosticSink ignored;  // the reader already reported span problems
    if (!resolve_grid(table, grid, ignored) || grid.columns == 0) return;
    int column = -1;
    for (int r = 0; r < grid.header_rows && column < 0; ++r)
        for (int c = 0; c < grid.columns; ++c) {
            if (!grid.origin_at(r, c)) continue;
            std::string h = text::upper(blocks_plain(grid.at(r, c).cell->blocks));
            while (!h.empty() && (h.back() == '.' || h.back() == ' ')) h.pop_back();
            if (h == "NO" || h == "NOMOR" || h == "NO URUT") {
                column = c;
                break;
            }
        }
    if (column < 0) return;
    long previous = 0;
    bool after_group = true;
    bool seen_number = false;
    for (int r = grid.body_begin(); r < grid.rows; ++r) {
        const Row* row = grid.row_source[static_cast<std::size_t>(r)];
        if (row && row->group) {
            after_group = true;
            continue;
        }
        if (!grid.origin_at(r, column)) continue;
        const Cell* cell = grid.at(r, column).cell;
        const Inline* para = first_paragraph(cell->blocks);
        if (!para) continue;
        const Text t = make_text(*para);
        std::size_t i = 0;
        while (i < t.s.size() && t.s[i] == ' ') ++i;
        std::size_t e = i;
        while (e < t.s.size() && std::isdigit(static_cast<unsigned char>(t.s[e]))) ++e;
        if (e == i || e - i > 6) continue;
        const long n = std::stol(t.s.substr(i, e - i));
        const std::string suffix = e < t.s.size() && (t.s[e] == '.' || t.s[e] == ')') ? std::string(1, t.s[e]) : std::string();
        const bool restart = after_group && n == 1;
        // a table may continue another's numbering ("22." first, after a table that ends at 21)
        const bool first_number = previous == 0 && !seen_number;
        seen_number = true;
        if (n != previous + 1 && !restart && !first_number)
            cx.report("TABEL-NOMOR", cx.at(t, i),
                      "nomor «" + t.s.substr(i, e - i) + suffix + "» tidak berurutan; seharusnya «" + std::to_string(previous + 1) + suffix + "»",
                      "number «" + t.s.substr(i, e - i) + suffix + "» is out of sequence; expected «" + std::to_string(previous + 1) + suffix + "»",
                      "maksud Anda: " + std::to_string(previous + 1) + suffix + "?", "did you mean: " + std::to_string(previous + 1) + suffix + "?");
        previous = n;
        after_group = false;
    }
}

// A body cell's text without the spaces about it, for the rules that compare a column's cells;
// none for a group row or a place another cell's span covers.
std::optional<std::string> body_cell_text(const ResolvedGrid& grid, int r, int c)
{
    const Row* row = grid.row_source[static_cast<std::size_t>(r)];
    if ((row && row->group) || !grid.origin_at(r, c)) return std::nullopt;
    std::string v = blocks_plain(grid.at(r, c).cell->blocks);
    while (!v.empty() && v.back() == ' ') v.pop_back();
    while (!v.empty() && v.front() == ' ') v.erase(0, 1);
    return v;
}

// «Seksi Keamanan | (empty) | 1. Satuan Polisi Pamong Praja …» among rows «Seksi Upacara | : | …»
// (Keputusan Bupati Donggala 2025, its committee): a column that holds only a colon on every row
// separates a post from its holders; one row whose colon is left out, while its row goes on with
// text after it, has lost it. Three colons at least, and exactly one such row (two or more make a
// layout of their own).
void check_table_colons(Context& cx, const Table& table)
{
    ResolvedGrid grid;
    DiagnosticSink ignored;
    if (!resolve_grid(table, grid, ignored) || grid.columns < 3) return;
    for (int c = 1; c + 1 < grid.columns; ++c) {
        int colons = 0, other = 0;
        const Cell* missing = nullptr;
        int missing_count = 0;
        for (int r = grid.body_begin(); r < grid.rows; ++r) {
            const std::optional<std::string> text = body_cell_text(grid, r, c);
            if (!text) continue;
            const std::string& v = *text;
            if (v == ":") {
                ++colons;
                continue;
            }
            if (!v.empty()) {
                ++other;
                continue;
            }
            bool before = false, after = false;  // the post before the column and its holder after it
            for (int k = 0; k < grid.columns; ++k)
                if (k != c && grid.origin_at(r, k) && !blocks_plain(grid.at(r, k).cell->blocks).empty()) (k < c ? before : after) = true;
            if (before && after) {
                missing = grid.at(r, c).cell;
                ++missing_count;
            }
        }
        if (colons < 3 || other > 0 || missing_count != 1) continue;
        cx.report("TANDA-BACA", missing->pos, "tanda titik dua tertinggal: baris lain pada kolom ini memuat «:»",
                  "a colon is left out: the other rows of this column hold «:»", ":", ":");
    }
}

// «- | √ | √ | (empty) | - | √» (Keputusan Sekretaris Jenderal PU 469/KPTS/SJ/2025, the units
// present in each province): a column whose cells each hold a mark, «√» for yes and «-» for no,
// answers its question on every row; one cell left empty, on a row that goes on in other columns,
// is a blank left unfilled. Five marks at least, «√» among them, nothing else in the column, and
// exactly one such cell (more make a layout of their own).
void check_table_marks(Context& cx, const Table& table)
{
    ResolvedGrid grid;
    DiagnosticSink ignored;
    if (!resolve_grid(table, grid, ignored) || grid.columns < 3) return;
    static const char* kMarks[] = {"\xE2\x88\x9A", "\xE2\x9C\x93", "\xE2\x9C\x94", "-", "\xE2\x80\x93", "\xE2\x80\x94", "v", "V"};
    for (int c = 0; c < grid.columns; ++c) {
        int marks = 0, yes = 0, other = 0, missing_count = 0;
        const Cell* missing = nullptr;
        for (int r = grid.body_begin(); r < grid.rows; ++r) {
            const std::optional<std::string> text = body_cell_text(grid, r, c);
            if (!text) continue;
            const std::string& v = *text;
            if (v.empty()) {
                bool rest = false;  // the row holds text in another column
                for (int k = 0; k < grid.columns; ++k)
                    if (k != c && grid.origin_at(r, k) && !blocks_plain(grid.at(r, k).cell->blocks).empty()) rest = true;
                if (rest) {
                    missing = grid.at(r, c).cell;
                    ++missing_count;
                }
                continue;
            }
            bool mark = false;
            for (const char* m : kMarks) mark = mark || v == m;
            if (!mark) {
                ++other;
                break;
            }
            ++marks;
            if (v != "-" && v != "\xE2\x80\x93" && v != "\xE2\x80\x94") ++yes;
        }
        if (other > 0 || marks < 5 || yes == 0 || missing_count != 1) continue;
        cx.report("ISIAN", missing->pos, "sel kosong pada kolom tanda: baris lain pada kolom ini memuat «√» atau «-»",
                  "an empty cell in a column of marks: the other rows of this column hold «√» or «-»");
    }
}

// "… PADA BAGIAN UMUM;" row after row, and one row "… PADA SATUAN POLISI PAMONG PRAJA" without
// its ";" (Keputusan Bupati Boven Digoel 2024, its Lampiran): a column whose cells are the items of
// a list (UU 12/2011 Lampiran II: an item ends with ";") keeps the mark on every row but the last
// of each group. Judged where ";" ends five cells at least and five times as many as the rows that
// stray; a cell that ends with "." or with no mark is then reported.
void check_table_semicolons(Context& cx, const Table& table)
{
    ResolvedGrid grid;
    DiagnosticSink ignored;
    if (!resolve_grid(table, grid, ignored)) return;
    for (int c = 0; c < grid.columns; ++c) {
        std::vector<std::pair<const Cell*, char>> cells;  // rows not closing their group, and how they end
        std::size_t group_start = 0;
        auto close_group = [&] {
            if (cells.size() > group_start) cells.pop_back();  // the group's last row ends the list
            group_start = cells.size();
        };
        for (int r = grid.body_begin(); r < grid.rows; ++r) {
            const Row* row = grid.row_source[static_cast<std::size_t>(r)];
            if (row && row->group) {
                close_group();
                continue;
            }
            if (!grid.origin_at(r, c)) continue;
            std::string v = blocks_plain(grid.at(r, c).cell->blocks);
            while (!v.empty() && v.back() == ' ') v.pop_back();
            auto ends_with = [&](const char* tail) {
                const std::size_t n = std::char_traits<char>::length(tail);
                return v.size() >= n && v.compare(v.size() - n, n, tail) == 0;
            };
            char end = 0;
            if (v.empty()) end = 0;
            else if (v.back() == ';' || v.back() == '.') end = v.back();
            else if (ends_with("; dan") || ends_with("; atau") || ends_with("; dan/atau")) end = ';';
            else if (std::isalpha(static_cast<unsigned char>(v.back())) || v.back() == ')' || static_cast<unsigned char>(v.back()) >= 0x80)
                end = 'w';
            cells.push_back({grid.at(r, c).cell, end});
        }
        close_group();
        std::size_t semi = 0, stray = 0;
        for (const auto& [cell, end] : cells) {
            semi += end == ';';
            stray += end == '.' || end == 'w';
        }
        if (semi < 5 || stray == 0 || stray * 5 > semi) continue;
        for (const auto& [cell, end] : cells)
            if (end == '.' || end == 'w')
                cx.report("TANDA-BACA", cell->pos, "baris tabel tidak diakhiri «;», padahal baris lain pada kolom ini diakhiri «;»",
                          "a table row does not end with «;» where the other rows of this column do", "akhiri dengan «;»",
                          "end it with «;»");
    }
}

}  // namespace

void check_work_plan(Context& cx)
{
    for (const auto& l : cx.decree.lampiran)
        for (const auto& c : l.content) {
            if (const auto* p = std::get_if<WorkPlan>(&c)) check_plan(cx, *p);
            else if (const auto* t = std::get_if<Table>(&c)) {
                check_table_numbers(cx, *t);
                if (cx.enabled("TANDA-BACA")) {
                    check_table_colons(cx, *t);
                    check_table_semicolons(cx, *t);
                }
                if (cx.enabled("ISIAN")) check_table_marks(cx, *t);
            }
        }
}

}  // namespace naskah::check
