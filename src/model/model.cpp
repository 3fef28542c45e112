#include "model/model.hpp"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/smpdtfmt.h>
#include <unicode/gregocal.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <mutex>

namespace naskah::model {

bool Inline::empty() const
{
    for (const auto& s : spans)
        if (!s.text.empty()) return false;
    return true;
}

std::string Inline::plain() const
{
    std::string out;
    for (const auto& s : spans) {
        if (s.line_break) {
            if (!out.empty() && out.back() != ' ') out += ' ';
            continue;
        }
        out += s.text;
    }
    return out;
}

Inline Inline::from_text(std::string text, SourcePos pos)
{
    Inline in;
    in.pos = pos;
    in.spans.push_back(Span{std::move(text), kPlain, false, pos});
    return in;
}

std::string Date::iso() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

const char* variant_name(Variant v)
{
    switch (v) {
    case Variant::Asli: return "asli";
    case Variant::Salinan: return "salinan";
    case Variant::Tte: return "tte";
    }
    return "asli";
}

static std::string to_utf8(const icu::UnicodeString& u)
{
    std::string out;
    u.toUTF8String(out);
    return out;
}

// ICU formatters are costly to build (about 1.6 M instructions) and not safe to format with from
// two threads at once: one set per process, each call under its lock. A set per thread made
// render's checks thread build its own for the few diktum labels it asks for; the calls are a
// handful per decree, so batch workers hardly ever wait on each other.
namespace {
struct IcuFormatters {
    std::unique_ptr<icu::RuleBasedNumberFormat> spellout;
    std::unique_ptr<icu::SimpleDateFormat> date, date_short;
    IcuFormatters()
    {
        UErrorCode st = U_ZERO_ERROR;
        icu::Locale id("id");
        spellout = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, id, st);
        if (U_SUCCESS(st)) spellout->setDefaultRuleSet(u"%spellout-ordinal", st);
        if (U_FAILURE(st)) spellout.reset();
        st = U_ZERO_ERROR;
        date = std::make_unique<icu::SimpleDateFormat>(u"d MMMM y", id, st);
        if (U_FAILURE(st)) date.reset();
        else date->setTimeZone(*icu::TimeZone::getGMT());
        st = U_ZERO_ERROR;
        date_short = std::make_unique<icu::SimpleDateFormat>(u"d MMM y", id, st);
        if (U_FAILURE(st)) date_short.reset();
        else date_short->setTimeZone(*icu::TimeZone::getGMT());
    }
};
struct SharedFormatters {
    std::mutex mutex;
    IcuFormatters f;
};
SharedFormatters& shared_formatters()
{
    static SharedFormatters s;
    return s;
}
}  // namespace

std::string format_date_id(const Date& d, bool short_month)
{
    auto& shared = shared_formatters();
    icu::SimpleDateFormat* fmt = short_month ? shared.f.date_short.get() : shared.f.date.get();
    if (!fmt) return d.iso();
    UErrorCode st = U_ZERO_ERROR;
    icu::GregorianCalendar cal(*icu::TimeZone::getGMT(), icu::Locale("id"), st);
    cal.clear();
    cal.set(d.year, d.month - 1, d.day);
    UDate when = cal.getTime(st);
    if (U_FAILURE(st)) return d.iso();
    icu::UnicodeString out;
    {
        std::lock_guard<std::mutex> lock(shared.mutex);
        fmt->format(when, out);
    }
    return to_utf8(out);
}

std::string ordinal_id(int n)
{
    auto& shared = shared_formatters();
    if (!shared.f.spellout) return std::to_string(n);
    icu::UnicodeString out;
    {
        std::lock_guard<std::mutex> lock(shared.mutex);
        shared.f.spellout->format(static_cast<int32_t>(n), out);
    }
    return to_utf8(out);
}

std::string upper_id(std::string_view s)
{
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toUpper(icu::Locale("id"));
    return to_utf8(u);
}

std::string roman(int n)
{
    static const struct { int v; const char* s; } table[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                            {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                            {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                            {1, "I"}};
    std::string out;
    for (const auto& e : table)
        while (n >= e.v) {
            out += e.s;
            n -= e.v;
        }
    return out;
}

std::string diktum_label(const Decree& d, std::size_t index)
{
    const auto& dk = d.diktum.at(index);
    if (!dk.label.empty()) return upper_id(dk.label);
    return upper_id(ordinal_id(static_cast<int>(index + 1)));
}

std::string list_marker(Numbering numbering, std::size_t index)
{
    switch (numbering) {
    case Numbering::Letter: {
        // a … z, then aa, ab … as drafters continue past z
        std::string s;
        std::size_t n = index;
        do {
            s.insert(s.begin(), static_cast<char>('a' + n % 26));
            n = n / 26;
        } while (n-- > 0);
        return s + ".";
    }
    case Numbering::Number: return std::to_string(index + 1) + ".";
    case Numbering::Bullet: return "\xE2\x80\xA2";
    case Numbering::Dash: return "-";
    case Numbering::None: return "";
    }
    return "";
}

bool is_instruksi(const Metadata& m)
{
    static constexpr std::string_view word = "instruksi";
    if (m.kind.size() != word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(m.kind[i])) != word[i]) return false;
    return true;
}

std::string decree_heading(const Metadata& m) { return m.kind + " " + m.issuer; }

std::string months_text(std::uint16_t months)
{
    std::string out;
    for (int m = 1; m <= 12;) {
        if (!(months & (1u << (m - 1)))) {
            ++m;
            continue;
        }
        int end = m;
        while (end < 12 && (months & (1u << end))) ++end;
        if (!out.empty()) out += ",";
        out += std::to_string(m);
        if (end > m) out += "-" + std::to_string(end);
        m = end + 1;
    }
    return out;
}

static Cell text_cell(Inline text, SourcePos pos, std::optional<HAlign> align = std::nullopt)
{
    Cell c;
    Block b;
    b.paragraph = std::move(text);
    c.blocks.push_back(std::move(b));
    c.halign = align;
    c.pos = pos;
    return c;
}

static Cell header_cell(const std::string& text, int colspan, int rowspan, SourcePos pos)
{
    Cell c = text_cell(Inline::from_text(text, pos), pos, HAlign::Center);
    c.colspan = colspan;
    c.rowspan = rowspan;
    c.valign = VAlign::Middle;
    c.bold = true;
    return c;
}

static Inline numbered(std::string number, const Inline& text)
{
    Inline out = text;
    if (!number.empty()) {
        Span lead{number + " ", kPlain, false, text.pos};
        out.spans.insert(out.spans.begin(), lead);
    }
    return out;
}

// The header, the section rows and the rows of one activity, as the generic table has them.
// expand_work_plan and WorkPlanPieces build the same rows; the table engine takes a long plan
// a piece at a time, so a 200,000-row plan never exists as one table of 3.4 million cells.
static void work_plan_header(const WorkPlan& plan, const WorkPlanColumns& cols, Table& t)
{
    t.pos = plan.pos;
    t.columns = {cols.no, cols.kegiatan, cols.sub, cols.indikator};
    for (int m = 0; m < 12; ++m) t.columns.push_back(cols.month);
    for (const auto& extra : plan.extra_columns) t.columns.push_back(extra.width);
    t.columns.push_back(cols.ket);

    const SourcePos p = plan.pos;
    Row top, second;
    top.pos = second.pos = p;
    top.cells.push_back(header_cell("NO.", 1, 2, p));
    top.cells.push_back(header_cell("KEGIATAN", 1, 2, p));
    top.cells.push_back(header_cell("SUB KEGIATAN", 1, 2, p));
    top.cells.push_back(header_cell("INDIKATOR KEBERHASILAN", 1, 2, p));
    top.cells.push_back(header_cell("PELAKSANAAN (BULAN)", 12, 1, p));
    for (const auto& extra : plan.extra_columns) top.cells.push_back(header_cell(upper_id(extra.heading), 1, 2, extra.pos));
    top.cells.push_back(header_cell("KET.", 1, 2, p));
    for (int m = 1; m <= 12; ++m) second.cells.push_back(header_cell(std::to_string(m), 1, 1, p));
    t.header.push_back(std::move(top));
    t.header.push_back(std::move(second));
}

static void work_plan_section_row(const WorkPlan& plan, const WorkPlanColumns& cols, std::size_t si, Table& t)
{
    const Section& sec = plan.sections[si];
    Row group;
    group.group = true;
    group.keep_with_next = true;
    group.pos = sec.pos;
    Inline title = sec.title;
    if (cols.upper_section_titles)
        for (auto& s : title.spans) s.text = upper_id(s.text);
    Cell gc = text_cell(numbered(roman(static_cast<int>(si + 1)) + ".", title), sec.pos);
    gc.colspan = static_cast<int>(t.columns.size());
    gc.bold = true;
    group.cells.push_back(std::move(gc));
    t.body.push_back(std::move(group));
}

static void work_plan_activity_rows(const WorkPlan& plan, const WorkPlanColumns& cols, const Activity& act, std::size_t ai, Table& t)
{
    const int total_columns = static_cast<int>(t.columns.size());
    const int span = static_cast<int>(act.subs.size());
    for (std::size_t ui = 0; ui < act.subs.size(); ++ui) {
        const SubActivity& sub = act.subs[ui];
        Row row;
        row.pos = sub.pos;
        // exactly one cell per column: growing the vector would leave a third of it unused
        row.cells.reserve(static_cast<std::size_t>(total_columns));
        if (ui == 0) {
            Cell no = text_cell(Inline::from_text(std::to_string(ai + 1) + ".", act.pos), act.pos, HAlign::Center);
            no.rowspan = span;
            Cell name = text_cell(act.name, act.pos);
            name.rowspan = span;
            row.cells.push_back(std::move(no));
            row.cells.push_back(std::move(name));
        }
        const std::string marker = span > 1 ? std::to_string(ui + 1) + "." : std::string();
        row.cells.push_back(text_cell(numbered(marker, sub.text), sub.pos));
        row.cells.push_back(text_cell(sub.indicator, sub.indicator.pos.known() ? sub.indicator.pos : sub.pos));
        for (int m = 0; m < 12; ++m) {
            Cell mc;
            mc.pos = sub.months_pos.known() ? sub.months_pos : sub.pos;
            if (sub.months & (1u << m)) {
                mc.fill = cols.month_fill;
                mc.mark = cols.month_mark;
            }
            row.cells.push_back(std::move(mc));
        }
        for (std::size_t e = 0; e < plan.extra_columns.size(); ++e)
            row.cells.push_back(text_cell(e < sub.extra.size() ? sub.extra[e] : Inline{}, sub.pos));
        row.cells.push_back(text_cell(sub.remark, sub.pos, HAlign::Center));
        t.body.push_back(std::move(row));
    }
}

Table expand_work_plan(const WorkPlan& plan, const WorkPlanColumns& cols)
{
    Table t;
    work_plan_header(plan, cols, t);
    std::size_t body_rows = plan.sections.size();
    for (const auto& sec : plan.sections)
        for (const auto& act : sec.activities) body_rows += act.subs.size();
    t.body.reserve(body_rows);
    for (std::size_t si = 0; si < plan.sections.size(); ++si) {
        work_plan_section_row(plan, cols, si, t);
        const Section& sec = plan.sections[si];
        for (std::size_t ai = 0; ai < sec.activities.size(); ++ai) work_plan_activity_rows(plan, cols, sec.activities[ai], ai, t);
    }
    return t;
}

std::vector<ColumnWidth> work_plan_columns(const WorkPlan& plan, const WorkPlanColumns& cols)
{
    std::vector<ColumnWidth> out{cols.no, cols.kegiatan, cols.sub, cols.indikator};
    for (int m = 0; m < 12; ++m) out.push_back(cols.month);
    for (const auto& extra : plan.extra_columns) out.push_back(extra.width);
    out.push_back(cols.ket);
    return out;
}

std::size_t WorkPlanPieces::total_rows() const
{
    std::size_t rows = 2 + plan_.sections.size();
    for (const auto& sec : plan_.sections)
        for (const auto& act : sec.activities) rows += act.subs.size();
    return rows;
}

void WorkPlanPieces::restart()
{
    section_ = activity_ = 0;
    section_row_done_ = started_ = false;
}

bool WorkPlanPieces::done() const { return started_ && section_ >= plan_.sections.size(); }

const Table* WorkPlanPieces::next(std::size_t rows)
{
    if (done()) return nullptr;
    piece_ = Table{};
    work_plan_header(plan_, cols_, piece_);
    started_ = true;
    bool last_is_section = false;
    while (section_ < plan_.sections.size()) {
        // a piece ends after whole activities, never on a section row (kept with the row after it)
        if (piece_.body.size() >= rows && !last_is_section) break;
        const Section& sec = plan_.sections[section_];
        if (!section_row_done_) {
            work_plan_section_row(plan_, cols_, section_, piece_);
            section_row_done_ = true;
            last_is_section = true;
        } else if (activity_ < sec.activities.size()) {
            work_plan_activity_rows(plan_, cols_, sec.activities[activity_], activity_, piece_);
            ++activity_;
            last_is_section = false;
        } else {
            ++section_;
            activity_ = 0;
            section_row_done_ = false;
        }
    }
    // skip past a finished section, so done() knows when nothing is left
    while (section_ < plan_.sections.size() && section_row_done_ && activity_ >= plan_.sections[section_].activities.size()) {
        ++section_;
        activity_ = 0;
        section_row_done_ = false;
    }
    return &piece_;
}

}  // namespace naskah::model

namespace naskah::model {

namespace {

bool has_changes(const Division& v)
{
    for (const Clause& c : v.clauses)
        if (c.kind == Clause::Kind::Change) return true;
    for (const Division& child : v.children)
        if (has_changes(child)) return true;
    return false;
}

void collect_pasal(const std::vector<Division>& vs, std::vector<const Division*>& out)
{
    for (const Division& v : vs) {
        if (v.kind == DivisionKind::Pasal) out.push_back(&v);
        collect_pasal(v.children, out);
    }
}

bool digits(const std::string& s)
{
    return !s.empty() && s.size() < 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

struct Numberer {
    bool roman_pasal = false;
    int bab = 0, pasal = 0;

    void clauses(std::vector<Clause>& cs)
    {
        int ayat = 0, change = 0;
        for (Clause& c : cs) {
            if (c.kind == Clause::Kind::Ayat) {
                if (!c.number_given) c.number = std::to_string(++ayat);
                else if (digits(c.number)) ayat = std::stoi(c.number);
            } else if (c.kind == Clause::Kind::Change) {
                ++change;
                if (!c.number_given) c.number = std::to_string(change);
                // quoted text keeps the numbers of the regulation it amends; only its ayat count
                Numberer quoted;
                quoted.divisions(c.quoted, 0, true);
                quoted.clauses(c.quoted_clauses);
            }
        }
        // a lone change instruction is not numbered (UU 12/2011 Lampiran II: "1." only when several)
        if (change == 1)
            for (Clause& c : cs)
                if (c.kind == Clause::Kind::Change && !c.number_given) c.number.clear();
    }

    // `inside_quote`: Pasal numbers of amended text are given by the drafter, never generated
    void divisions(std::vector<Division>& vs, int depth, bool inside_quote)
    {
        int bagian = 0, paragraf = 0;
        for (Division& v : vs) {
            switch (v.kind) {
            case DivisionKind::Bab:
                ++bab;
                if (!v.number_given) v.number = roman(bab);
                break;
            case DivisionKind::Bagian:
                ++bagian;
                if (!v.number_given) v.number = capitalised(ordinal_id(bagian));
                break;
            case DivisionKind::Paragraf:
                ++paragraf;
                if (!v.number_given) v.number = std::to_string(paragraf);
                break;
            case DivisionKind::Pasal:
                // a given number sets the count ("7"), an inserted one ("3A") leaves it
                if (!v.number_given && !inside_quote) {
                    ++pasal;
                    v.number = roman_pasal ? roman(pasal) : std::to_string(pasal);
                } else if (digits(v.number)) {
                    pasal = std::stoi(v.number);
                } else if (roman_pasal) {
                    ++pasal;
                }
                clauses(v.clauses);
                break;
            }
            divisions(v.children, depth + 1, inside_quote);
        }
    }
};

}  // namespace

std::string short_instrument(const Metadata& m)
{
    if (!m.short_name.empty()) return m.short_name;
    // the office without its region: "Bupati Kulon Progo" → "Bupati", "Wali Kota Kendari" →
    // "Wali Kota", "Menteri Dalam Negeri" → "Menteri", "Daerah Provinsi …" → "Daerah"
    std::string office = m.issuer;
    const auto first_space = office.find(' ');
    std::string head = office.substr(0, first_space);
    if ((head == "Wali" || head == "Komisi" || head == "Badan" || head == "Lembaga") && first_space != std::string::npos) {
        // two-word offices; a commission or agency keeps its whole name (PKPU: "Peraturan Komisi Pemilihan Umum")
        if (head == "Wali") {
            const auto second = office.find(' ', first_space + 1);
            head = office.substr(0, second);
        } else {
            head = office;
        }
    }
    return m.kind + (head.empty() ? "" : " " + head);
}

bool is_amendment(const Decree& d)
{
    for (const Division& v : d.body)
        if (has_changes(v)) return true;
    return false;
}

std::vector<const Division*> body_pasal(const Decree& d)
{
    std::vector<const Division*> out;
    collect_pasal(d.body, out);
    return out;
}

void number_body(Decree& d)
{
    Numberer n;
    n.roman_pasal = is_amendment(d);
    n.divisions(d.body, 0, false);
    if (d.penjelasan) {
        int pasal = 0;
        for (Note& note : d.penjelasan->pasal) {
            ++pasal;
            if (note.number.empty()) note.number = std::to_string(pasal);
        }
    }
}

}  // namespace naskah::model
