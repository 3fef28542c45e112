// Rules for a Peraturan's body (issue 14): references to Pasal, ayat, huruf and angka resolve in
// this regulation; Pasal, ayat and BAB numbers given by hand run on without gaps; a Pasal is not
// one lone ayat; inserted numbers ("3A", "(2a)") belong to amended text; headings of Bagian and
// Paragraf are typed as titles; and the regulation Pasal I amends is the one cited in Mengingat.
// Conventions: Lampiran II UU 12/2011 (BAB … Pasal, "Pasal 5 ayat (2) huruf b", amendments).
#include <algorithm>
#include <map>
#include <optional>

#include "check/citation.hpp"
#include "check/context.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

// "3" → {3, ""}, "3A" → {3, "a"}; {-1, …} when the number does not start with digits.
std::pair<long, std::string> number_key(const std::string& v)
{
    std::size_t i = 0;
    long n = 0;
    while (i < v.size() && i < 6 && std::isdigit(static_cast<unsigned char>(v[i]))) n = n * 10 + (v[i++] - '0');
    return {i == 0 ? -1 : n, text::lower(v.substr(i))};
}

bool is_number_word(std::string_view w)
{
    return !w.empty() && w.size() <= 6 && std::isdigit(static_cast<unsigned char>(w[0]));
}

std::string item_label(const Item& it, std::size_t index, Numbering n)
{
    return text::lower(it.label.empty() ? text::strip_label(list_marker(n, index)) : text::strip_label(it.label));
}

// "1–3" for labels that run on from their first, else "1, 2, 4"; letters alike ("a–d").
std::string label_range(const std::vector<std::string>& labels)
{
    if (labels.empty()) return {};
    bool run = labels.size() > 2;
    for (std::size_t k = 1; k < labels.size() && run; ++k) {
        const auto a = number_key(labels[k - 1]), b = number_key(labels[k]);
        if (a.first >= 0) run = a.second.empty() && b.second.empty() && b.first == a.first + 1;
        else run = labels[k].size() == 1 && labels[k - 1].size() == 1 && labels[k][0] == labels[k - 1][0] + 1;
    }
    if (run) return labels.front() + "\xE2\x80\x93" + labels.back();
    std::string out;
    for (std::size_t k = 0; k < labels.size(); ++k) {
        if (k == 12) return out + ", …";
        out += (k ? ", " : "") + labels[k];
    }
    return out;
}

std::string ayat_range(const std::vector<std::string>& labels)
{
    if (labels.size() > 2) {
        bool run = true;
        for (std::size_t k = 1; k < labels.size() && run; ++k) {
            const auto a = number_key(labels[k - 1]), b = number_key(labels[k]);
            run = a.first >= 0 && a.second.empty() && b.second.empty() && b.first == a.first + 1;
        }
        if (run) return "(" + labels.front() + ")\xE2\x80\x93(" + labels.back() + ")";
    }
    std::string out;
    for (std::size_t k = 0; k < labels.size(); ++k) out += (k ? ", (" : "(") + labels[k] + ")";
    return out;
}

std::vector<const Clause*> ayat_of(const Division& p)
{
    std::vector<const Clause*> out;
    for (const Clause& c : p.clauses)
        if (c.kind == Clause::Kind::Ayat) out.push_back(&c);
    return out;
}

// ---- references ------------------------------------------------------------------------------

// One place a reference points at: Pasal 5 ayat (2) huruf b angka 1. Empty fields are not named;
// an empty `pasal` is the Pasal the reference stands in.
struct Target {
    std::string pasal, ayat, letter, angka;
    std::size_t at_pasal = 0, at_ayat = 0, at_letter = 0, at_angka = 0;  // byte offsets in the text
    bool relative_letter = false;  // "dimaksud pada huruf a": an item of the list the reference stands in

    std::string name() const
    {
        std::string out;
        auto add = [&](const std::string& s) { out += (out.empty() ? "" : " ") + s; };
        if (!pasal.empty()) add("Pasal " + pasal);
        if (!ayat.empty()) add("ayat (" + ayat + ")");
        if (!letter.empty()) add("huruf " + letter);
        if (!angka.empty()) add("angka " + angka);
        return out;
    }
};

// Where a text stands: its Pasal and clause.
struct Place {
    const Division* pasal = nullptr;
    const Clause* clause = nullptr;
    bool absolute = true;  // "Pasal N" references resolve here (not in text quoted by an amendment)
};

class References {
public:
    References(Context& cx, const std::vector<const Division*>& pasal) : cx_(cx), pasal_(pasal)
    {
        for (const Division* p : pasal) index_.emplace(text::lower(p->number), p);
    }

    void scan(const Text& t, const Place& place)
    {
        const auto toks = text::tokenize(t.s);
        std::size_t k = 0;
        while (k < toks.size()) {
            const std::size_t next = chain(t, toks, k, place);
            k = next > k ? next : k + 1;
        }
    }

private:
    Context& cx_;
    const std::vector<const Division*>& pasal_;
    std::map<std::string, const Division*> index_;

    enum Level { kPasal = 0, kAyat = 1, kHuruf = 2, kAngka = 3 };

    static std::string_view word(const Text& t, const std::vector<text::Token>& toks, std::size_t k)
    {
        return k < toks.size() ? toks[k].view(t.s) : std::string_view();
    }

    // A component at token k: its level, its value and the token after it; false when none.
    bool component(const Text& t, const std::vector<text::Token>& toks, std::size_t k, int& level, std::string& value,
                   std::size_t& after) const
    {
        const std::string_view w = word(t, toks, k);
        if (w == "Pasal" && is_number_word(word(t, toks, k + 1))) {
            level = kPasal;
            value = std::string(word(t, toks, k + 1));
            after = k + 2;
            return true;
        }
        if ((w == "ayat" || w == "Ayat") && word(t, toks, k + 1) == "(" && is_number_word(word(t, toks, k + 2)) && word(t, toks, k + 3) == ")") {
            level = kAyat;
            value = text::lower(word(t, toks, k + 2));
            after = k + 4;
            return true;
        }
        if (w == "huruf" && letter_word(word(t, toks, k + 1))) {
            level = kHuruf;
            value = std::string(word(t, toks, k + 1));
            after = k + 2;
            return true;
        }
        if (w == "angka" && is_number_word(word(t, toks, k + 1))) {
            level = kAngka;
            value = std::string(word(t, toks, k + 1));
            after = k + 2;
            return true;
        }
        return false;
    }

    static bool letter_word(std::string_view w)
    {
        // "a" … "z", and "aa", "bb" … past z; "di", "ke" and other words are no list letters
        if (w.size() == 1) return w[0] >= 'a' && w[0] <= 'z';
        return w.size() == 2 && w[0] == w[1] && w[0] >= 'a' && w[0] <= 'z';
    }

    // The same level again without its word: "huruf a dan b", "Pasal 2 dan 3", "ayat (1) dan (2)".
    bool bare(const Text& t, const std::vector<text::Token>& toks, std::size_t k, int level, std::string& value, std::size_t& after) const
    {
        const std::string_view w = word(t, toks, k);
        if ((level == kPasal || level == kAngka) && is_number_word(w)) {
            value = std::string(w);
            after = k + 1;
            return true;
        }
        if (level == kHuruf && letter_word(w)) {
            value = std::string(w);
            after = k + 1;
            return true;
        }
        if (level == kAyat && w == "(" && is_number_word(word(t, toks, k + 1)) && word(t, toks, k + 2) == ")") {
            value = text::lower(word(t, toks, k + 1));
            after = k + 3;
            return true;
        }
        return false;
    }

    // Connecting words between two components; returns the token after them (k when none).
    static std::size_t connectors(const Text& t, const std::vector<text::Token>& toks, std::size_t k)
    {
        for (;;) {
            const std::string_view w = word(t, toks, k);
            if (w == "," || w == "dan" || w == "atau" || w == "serta" || w == "/") ++k;
            else if (w == "sampai" && word(t, toks, k + 1) == "dengan") k += 2;
            else return k;
        }
    }

    // A reference chain starting at token k; returns the token after it, or k when none starts.
    std::size_t chain(const Text& t, const std::vector<text::Token>& toks, std::size_t k, const Place& place)
    {
        int level = 0;
        std::string value;
        std::size_t after = 0;
        if (!component(t, toks, k, level, value, after)) return k;
        // a list item named alone is one of the list the text stands in, and only after
        // "dimaksud pada/dalam": "angka 5" is often just a figure
        const std::string_view before = k > 0 ? word(t, toks, k - 1) : std::string_view();
        if ((level == kHuruf || level == kAngka) && before != "pada" && before != "dalam" && before != "dimaksud") return after;
        // in quoted amended text "Pasal 3 ayat (5)" is the amended regulation's: read past all of it
        const bool skip = level == kPasal && !place.absolute;

        std::vector<Target> targets;
        Target cur;
        int last = -1;
        auto set = [&](Target& tg, int lv, const std::string& v, std::size_t at) {
            switch (lv) {
            case kPasal: tg.pasal = v, tg.at_pasal = at; break;
            case kAyat: tg.ayat = v, tg.at_ayat = at; break;
            case kHuruf: tg.letter = v, tg.at_letter = at; break;
            default: tg.angka = v, tg.at_angka = at; break;
            }
        };
        auto truncate = [&](Target tg, int lv) {
            if (lv <= kPasal) tg.pasal.clear();
            if (lv <= kAyat) tg.ayat.clear();
            if (lv <= kHuruf) tg.letter.clear();
            tg.angka.clear();
            return tg;
        };
        set(cur, level, value, toks[k].begin);
        cur.relative_letter = level == kHuruf || level == kAngka;
        last = level;
        std::size_t end = after;
        for (;;) {
            // deeper at once: "Pasal 5 ayat (2) huruf b"
            if (component(t, toks, end, level, value, after) && level > last) {
                set(cur, level, value, toks[end].begin);
                last = level;
                end = after;
                continue;
            }
            const std::size_t c = connectors(t, toks, end);
            if (c == end) break;
            if (component(t, toks, c, level, value, after)) {
                if (level == kPasal && !place.absolute && !skip) break;
            } else if (bare(t, toks, c, last, value, after)) {
                level = last;
            } else {
                break;
            }
            targets.push_back(cur);
            Target next = truncate(cur, level);
            set(next, level, value, toks[c].begin);
            cur = next;
            last = level;
            end = after;
        }
        targets.push_back(cur);
        if (skip || external(t, toks, end)) return end;
        for (const auto& tg : targets) resolve(t, tg, place);
        return end;
    }

    // "Pasal 9 Peraturan Daerah Nomor 5 Tahun 2012", "Pasal 8 dalam Peraturan Gubernur …": the
    // reference names another instrument. "Pasal 5 Peraturan Bupati ini" is this one.
    static bool external(const Text& t, const std::vector<text::Token>& toks, std::size_t k)
    {
        std::string_view w = word(t, toks, k);
        if (w == "dalam" || w == "pada" || w == "dari") w = word(t, toks, ++k);
        if (w.empty() || !toks[k].word || !text::starts_upper(w)) return false;
        for (std::size_t j = k; j < toks.size() && j < k + 12; ++j) {
            const std::string_view v = word(t, toks, j);
            if (v == "ini") return false;
            if (!toks[j].word || std::isdigit(static_cast<unsigned char>(v[0]))) break;
        }
        return true;
    }

    // Items of the lists directly in `blocks` numbered by `n`.
    static std::vector<std::pair<std::string, const Item*>> items(const std::vector<Block>& blocks, Numbering n)
    {
        std::vector<std::pair<std::string, const Item*>> out;
        for (const Block& b : blocks)
            if (b.is_list && b.list.numbering == n)
                for (std::size_t i = 0; i < b.list.items.size(); ++i) out.emplace_back(item_label(b.list.items[i], i, n), &b.list.items[i]);
        return out;
    }

    void fail(const Text& t, std::size_t at, const Target& tg, const std::string& id, const std::string& en)
    {
        const std::string name = tg.name();
        const bool quoted = place_ && !place_->absolute;
        cx_.report("PASAL-RUJUKAN", cx_.at(t, at),
                   "rujukan «" + name + "» tidak ditemukan dalam " + (quoted ? "Pasal yang dikutip" : "peraturan ini") + ": " + id,
                   "the reference «" + name + "» is not found in " + (quoted ? "the quoted Pasal" : "this regulation") + ": " + en);
    }
    const Place* place_ = nullptr;

    void resolve(const Text& t, const Target& tg, const Place& place)
    {
        place_ = &place;
        const Division* p = place.pasal;
        if (!tg.pasal.empty()) {
            auto it = index_.find(text::lower(tg.pasal));
            if (it == index_.end()) {
                std::vector<std::string> numbers;
                for (const Division* d : pasal_) numbers.push_back(d->number);
                fail(t, tg.at_pasal, tg, "Pasal " + tg.pasal + " tidak ada; peraturan ini memiliki Pasal " + label_range(numbers),
                     "there is no Pasal " + tg.pasal + "; this regulation has Pasal " + label_range(numbers));
                return;
            }
            p = it->second;
        }
        if (!p) return;
        const std::string here_id = tg.pasal.empty() ? "Pasal " + p->number + " (tempat rujukan ini)" : "Pasal " + p->number;
        const std::string here_en = tg.pasal.empty() ? "Pasal " + p->number + " (where this reference stands)" : "Pasal " + p->number;
        // what holds the items: the ayat named, the Pasal's own text, or the clause the reference stands in
        std::vector<Block> holder;
        std::string holder_id = here_id, holder_en = here_en;
        if (!tg.ayat.empty()) {
            const auto ayat = ayat_of(*p);
            const Clause* found = nullptr;
            std::vector<std::string> numbers;
            for (const Clause* a : ayat) {
                numbers.push_back(text::lower(a->number));
                if (text::lower(a->number) == tg.ayat) found = a;
            }
            if (!found) {
                if (ayat.empty())
                    fail(t, tg.at_ayat, tg, here_id + " tidak memiliki ayat", here_en + " has no ayat");
                else
                    fail(t, tg.at_ayat, tg, "ayat (" + tg.ayat + ") tidak ada; " + here_id + " memiliki ayat " + ayat_range(numbers),
                         "there is no ayat (" + tg.ayat + "); " + here_en + " has ayat " + ayat_range(numbers));
                return;
            }
            holder = found->blocks;
            holder_id = "Pasal " + p->number + " ayat (" + found->number + ")";
            holder_en = holder_id;
        } else if (tg.relative_letter && tg.pasal.empty() && place.clause) {
            holder = place.clause->blocks;
            if (place.clause->kind == Clause::Kind::Ayat) holder_id = holder_en = "Pasal " + p->number + " ayat (" + place.clause->number + ")";
        } else {
            for (const Clause& c : p->clauses)
                if (c.kind == Clause::Kind::Text) holder.insert(holder.end(), c.blocks.begin(), c.blocks.end());
        }
        const Item* item = nullptr;
        if (!tg.letter.empty()) {
            const auto letters = items(holder, Numbering::Letter);
            for (const auto& [label, it] : letters)
                if (label == tg.letter) item = it;
            if (!item) {
                std::vector<std::string> labels;
                for (const auto& l : letters) labels.push_back(l.first);
                const auto numbered = items(holder, Numbering::Number);
                std::vector<std::string> angka;
                for (const auto& l : numbered) angka.push_back(l.first);
                if (labels.empty() && holder.empty() && !ayat_of(*p).empty())
                    fail(t, tg.at_letter, tg, holder_id + " terdiri atas ayat; sebutkan ayat yang memuat huruf " + tg.letter,
                         holder_en + " is divided into ayat; name the ayat that holds huruf " + tg.letter);
                else if (labels.empty() && !angka.empty())
                    fail(t, tg.at_letter, tg, holder_id + " dirinci dengan angka " + label_range(angka) + ", bukan huruf",
                         holder_en + " is divided into angka " + label_range(angka) + ", not huruf");
                else if (labels.empty())
                    fail(t, tg.at_letter, tg, holder_id + " tidak memiliki rincian huruf", holder_en + " has no lettered list");
                else
                    fail(t, tg.at_letter, tg, "huruf " + tg.letter + " tidak ada; " + holder_id + " memiliki huruf " + label_range(labels),
                         "there is no huruf " + tg.letter + "; " + holder_en + " has huruf " + label_range(labels));
                return;
            }
        }
        if (!tg.angka.empty()) {
            const std::vector<Block>& within = item ? item->blocks : holder;
            const std::string within_id = item ? holder_id + " huruf " + tg.letter : holder_id;
            const auto numbers = items(within, Numbering::Number);
            bool found = false;
            std::vector<std::string> labels;
            for (const auto& [label, it] : numbers) {
                labels.push_back(label);
                found = found || label == tg.angka;
            }
            if (!found) {
                if (labels.empty() && within.empty() && !item && !ayat_of(*p).empty())
                    fail(t, tg.at_angka, tg, within_id + " terdiri atas ayat; sebutkan ayat yang memuat angka " + tg.angka,
                         within_id + " is divided into ayat; name the ayat that holds angka " + tg.angka);
                else if (labels.empty())
                    fail(t, tg.at_angka, tg, within_id + " tidak memiliki rincian angka", within_id + " has no numbered list");
                else
                    fail(t, tg.at_angka, tg, "angka " + tg.angka + " tidak ada; " + within_id + " memiliki angka " + label_range(labels),
                         "there is no angka " + tg.angka + "; " + within_id + " has angka " + label_range(labels));
            }
        }
    }
};

void scan_blocks(References& refs, const std::vector<Block>& blocks, const Place& place)
{
    for (const Block& b : blocks) {
        if (!b.is_list) {
            if (!b.paragraph.empty()) refs.scan(make_text(b.paragraph), place);
            continue;
        }
        for (const Item& it : b.list.items) scan_blocks(refs, it.blocks, place);
    }
}

// `own`: the Pasal's own text is this regulation's; in an amending regulation even Pasal I and II
// speak of the amended one ("Ketentuan Pasal 5 ayat (2) diubah"), so only quoted Pasal are read.
void scan_pasal(References& refs, const Division& p, bool own, bool absolute)
{
    for (const Clause& c : p.clauses) {
        if (c.kind == Clause::Kind::Change) {
            // the instruction and the text it quotes speak of the amended regulation's Pasal; only
            // "pada ayat (1)" inside a whole quoted Pasal evidently means that Pasal's own ayat
            for (const Division& q : c.quoted) {
                std::vector<const Division*> stack{&q};
                while (!stack.empty()) {
                    const Division* v = stack.back();
                    stack.pop_back();
                    if (v->kind == DivisionKind::Pasal) scan_pasal(refs, *v, true, false);
                    for (const Division& child : v->children) stack.push_back(&child);
                }
            }
            continue;
        }
        if (own) scan_blocks(refs, c.blocks, Place{&p, &c, absolute});
    }
}

void check_references(Context& cx)
{
    const Decree& d = cx.decree;
    const auto pasal = body_pasal(d);
    References refs(cx, pasal);
    const bool amendment = is_amendment(d);
    for (const Division* p : pasal) scan_pasal(refs, *p, !amendment, true);
}

// ---- numbering ------------------------------------------------------------------------------

void report_number(Context& cx, std::string_view code, const SourcePos& element, bool given, const std::string& id, const std::string& en,
                   const std::string& hint_id = {}, const std::string& hint_en = {})
{
    cx.report(code, given ? cx.attribute_pos(element, "nomor") : element, id, en, hint_id, hint_en);
}

// Ayat of one Pasal: no gaps, not a single one, inserted ones only in amended text.
void check_ayat(Context& cx, const Division& p, bool quoted)
{
    const auto ayat = ayat_of(p);
    if (ayat.size() == 1)
        cx.report("AYAT-TUNGGAL", ayat.front()->pos, "Pasal " + p.number + " hanya memiliki satu ayat; Pasal yang tidak dirinci tidak diberi ayat",
                  "Pasal " + p.number + " has a single ayat; a Pasal that is not divided has no ayat",
                  "tulis teksnya langsung di <pasal>, tanpa <ayat>", "write its text directly in <pasal>, without <ayat>");
    long prev = 0;
    for (const Clause* a : ayat) {
        const auto [n, suffix] = number_key(a->number);
        if (n < 0) continue;
        if (!suffix.empty()) {
            if (!quoted)
                report_number(cx, "PASAL-SISIP", a->pos, a->number_given,
                              "ayat (" + a->number + ") adalah ayat sisipan; ayat sisipan hanya ada dalam teks yang diubah oleh peraturan perubahan",
                              "ayat (" + a->number + ") is an inserted ayat; inserted ayat appear only in text amended by an amending regulation",
                              "nomori ayat dengan angka berurutan", "number the ayat in sequence");
        } else if (n > prev + 1 && a->number_given) {
            report_number(cx, "AYAT-URUT", a->pos, true,
                          "ayat (" + a->number + ") dalam Pasal " + p.number + " sesudah ayat (" + std::to_string(prev) + "); seharusnya ayat (" +
                              std::to_string(prev + 1) + ")",
                          "ayat (" + a->number + ") in Pasal " + p.number + " follows ayat (" + std::to_string(prev) + "); expected ayat (" +
                              std::to_string(prev + 1) + ")",
                          "hapus nomor=\"…\" agar naskah menomori sendiri", "drop nomor=\"…\" and let naskah number it");
        }
        prev = n;
    }
}

void check_quoted_ayat(Context& cx, const std::vector<Division>& vs)
{
    for (const Division& v : vs) {
        if (v.kind == DivisionKind::Pasal) check_ayat(cx, v, true);
        check_quoted_ayat(cx, v.children);
    }
}

void check_numbers(Context& cx)
{
    const Decree& d = cx.decree;
    const bool amendment = is_amendment(d);
    // Pasal run on across BAB: 1, 2, 3 … (I, II … in an amending regulation)
    long prev = 0;
    for (const Division* p : body_pasal(d)) {
        const auto [n, suffix] = number_key(p->number);
        const long value = n >= 0 ? n : text::from_roman(p->number);
        if (n >= 0 && !suffix.empty()) {
            report_number(cx, "PASAL-SISIP", p->pos, p->number_given,
                          "Pasal " + p->number + " adalah Pasal sisipan; Pasal sisipan hanya ada dalam teks yang dikutip oleh peraturan perubahan (<ubah>)",
                          "Pasal " + p->number + " is an inserted Pasal; inserted Pasal appear only in text quoted by an amending regulation (<ubah>)",
                          "nomori Pasal dengan angka berurutan", "number the Pasal in sequence");
            continue;
        }
        if (value > 0 && p->number_given && value != prev + 1) {
            const std::string want = n >= 0 || !amendment ? std::to_string(prev + 1) : roman(static_cast<int>(prev + 1));
            const std::string before = prev == 0 ? std::string() : n >= 0 ? std::to_string(prev) : roman(static_cast<int>(prev));
            report_number(cx, "PASAL-URUT", p->pos, true,
                          "Pasal " + p->number + (prev == 0 ? " adalah Pasal pertama" : " sesudah Pasal " + before) + "; seharusnya Pasal " + want,
                          "Pasal " + p->number + (prev == 0 ? " is the first Pasal" : " follows Pasal " + before) + "; expected Pasal " + want,
                          "hapus nomor=\"…\" agar naskah menomori sendiri", "drop nomor=\"…\" and let naskah number it");
        }
        if (value > 0) prev = value;
    }
    for (const Division* p : body_pasal(d)) {
        check_ayat(cx, *p, false);
        for (const Clause& c : p->clauses)
            if (c.kind == Clause::Kind::Change) check_quoted_ayat(cx, c.quoted);
    }

    // BAB I, II … across the body; Bagian Kesatu … and Paragraf 1 … within their parent
    // a BAB's number follows the number printed before it, so one BAB left out or typed twice is
    // one slip: "I, III, IV, V" is wrong at III only, and in "V, VI, VI, VIII" the second VI is the
    // odd one (VIII follows the first VI by two), not VIII
    int bab = 0, bab_prev = 0, bab_prev2 = 0;
    bool bab_prev_reported = false;
    for (const Division& v : d.body)
        if (v.kind == DivisionKind::Bab) {
            ++bab;
            const int printed = v.number_given ? text::from_roman(v.number) : bab;
            bool reported = false;
            if (v.number_given && printed != bab_prev + 1 && !(bab_prev_reported && printed == bab_prev2 + 2)) {
                reported = true;
                const int want = bab_prev + 1;
                report_number(cx, "BAB-URUT", v.pos, true,
                              "BAB " + v.number + (bab_prev == 0 ? " adalah BAB pertama" : " sesudah BAB " + roman(bab_prev)) + "; seharusnya BAB " + roman(want),
                              "BAB " + v.number + (bab_prev == 0 ? " is the first BAB" : " follows BAB " + roman(bab_prev)) + "; expected BAB " + roman(want),
                              "hapus nomor=\"…\" agar naskah menomori sendiri", "drop nomor=\"…\" and let naskah number it");
            }
            bab_prev2 = bab_prev;
            bab_prev = printed;
            bab_prev_reported = reported;
        }
    std::vector<const Division*> parents;
    for (const Division& v : d.body) parents.push_back(&v);
    // in the text an amendment quotes, the divisions inside a quoted one run in sequence too
    // (an inserted Bagian's Paragraf 1, 2, 3); the quoted divisions themselves keep the amended
    // regulation's numbers, which the amendment cannot be checked against
    for (const Division* p : body_pasal(d))
        for (const Clause& c : p->clauses)
            if (c.kind == Clause::Kind::Change)
                for (const Division& q : c.quoted) parents.push_back(&q);
    while (!parents.empty()) {
        const Division* parent = parents.back();
        parents.pop_back();
        int bagian = 0, paragraf = 0;
        for (const Division& v : parent->children) {
            parents.push_back(&v);
            if (v.kind == DivisionKind::Bagian) {
                ++bagian;
                const std::string want = text::capitalise(ordinal_id(bagian));
                if (v.number_given && !text::same_ignoring_case(v.number, want))
                    report_number(cx, "BAB-URUT", v.pos, true,
                                  "Bagian " + v.number + " adalah Bagian ke-" + std::to_string(bagian) + " dalam " + (parent->kind == DivisionKind::Bab ? "BAB " : "") +
                                      parent->number + "; seharusnya Bagian " + want,
                                  "Bagian " + v.number + " is Bagian number " + std::to_string(bagian) + " in " + (parent->kind == DivisionKind::Bab ? "BAB " : "") +
                                      parent->number + "; expected Bagian " + want,
                                  "hapus nomor=\"…\" agar naskah menomori sendiri", "drop nomor=\"…\" and let naskah number it");
            } else if (v.kind == DivisionKind::Paragraf) {
                ++paragraf;
                if (v.number_given && v.number != std::to_string(paragraf))
                    report_number(cx, "BAB-URUT", v.pos, true,
                                  "Paragraf " + v.number + " adalah Paragraf ke-" + std::to_string(paragraf) + " dalam Bagian " + parent->number +
                                      "; seharusnya Paragraf " + std::to_string(paragraf),
                                  "Paragraf " + v.number + " is Paragraf number " + std::to_string(paragraf) + " in Bagian " + parent->number +
                                      "; expected Paragraf " + std::to_string(paragraf),
                                  "hapus nomor=\"…\" agar naskah menomori sendiri", "drop nomor=\"…\" and let naskah number it");
                // the count goes on from a number out of sequence: 1, 1, 2, 3 is one slip
                if (v.number_given && !v.number.empty() && std::all_of(v.number.begin(), v.number.end(), [](char c) { return c >= '0' && c <= '9'; }))
                    paragraf = std::atoi(v.number.c_str());
            }
        }
    }
}

// ---- headings --------------------------------------------------------------------------------

// The house style prints a BAB's title in capitals; Bagian and Paragraf titles are printed as
// typed, each word capitalised but the joining words (UU 12/2011 Lampiran II). So a title is typed
// in title case whatever it heads: one typed in capitals is reported where it would print so.
void check_titles(Context& cx, const std::vector<Division>& vs)
{
    static const char* kJoining[] = {"dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "dalam", "dengan", "terhadap",
                                     "oleh", "serta", "bagi", "tentang", "atas", "sebagai", "melalui", "antara"};
    for (const Division& v : vs) {
        check_titles(cx, v.children);
        if (v.kind == DivisionKind::Pasal || v.title.empty()) continue;
        const std::string head = v.kind == DivisionKind::Bab ? "BAB " + v.number : (v.kind == DivisionKind::Bagian ? "Bagian " : "Paragraf ") + v.number;
        const Text t = make_text(v.title.plain(), v.title.pos, Anchor::Attribute);
        std::size_t e = t.s.size();
        while (e > 0 && t.s[e - 1] == ' ') --e;
        if (e > 0 && (t.s[e - 1] == '.' || t.s[e - 1] == ',' || t.s[e - 1] == ';' || t.s[e - 1] == ':')) {
            cx.report("BAB-JUDUL", cx.at(t, e - 1), "judul " + head + " diakhiri «" + t.s.substr(e - 1, 1) + "»; judul ditulis tanpa tanda baca di akhir",
                      "the title of " + head + " ends with «" + t.s.substr(e - 1, 1) + "»; a heading has no final punctuation",
                      "hapus «" + t.s.substr(e - 1, 1) + "»", "remove «" + t.s.substr(e - 1, 1) + "»");
            continue;
        }
        if (v.kind == DivisionKind::Bab) continue;  // printed in capitals whatever was typed
        const auto ws = text::words(t.s);
        std::string fixed;
        bool capitals = ws.size() > 0, lower_word = false;
        std::size_t lower_at = 0;
        for (std::size_t k = 0; k < ws.size(); ++k) {
            const std::string w(ws[k].view(t.s));
            const std::string lw = text::lower(w);
            bool joining = false;
            for (const char* j : kJoining) joining = joining || lw == j;
            if (!text::all_upper(w) && !(w.size() == 1 && text::is_upper(static_cast<unsigned char>(w[0])))) capitals = false;
            if (k > 0 && !joining && !w.empty() && text::is_lower(static_cast<unsigned char>(w[0])) && !lower_word) {
                lower_word = true;
                lower_at = ws[k].begin;
            }
            fixed += (k ? " " : "") + (k > 0 && joining ? lw : text::capitalise(lw));
        }
        if (capitals && ws.size() > 1) {
            cx.report("BAB-JUDUL", cx.at(t, 0), "judul " + head + " diketik dengan huruf kapital semua; hanya judul BAB yang dicetak kapital (oleh gaya rumah)",
                      "the title of " + head + " is typed in capitals; only BAB titles are printed in capitals (by the house style)",
                      "maksud Anda: " + fixed + "?", "did you mean: " + fixed + "?");
        } else if (lower_word) {
            cx.report("BAB-JUDUL", cx.at(t, lower_at), "judul " + head + ": setiap kata diawali huruf kapital, kecuali kata tugas",
                      "the title of " + head + ": every word begins with a capital, except joining words", "maksud Anda: " + fixed + "?",
                      "did you mean: " + fixed + "?");
        }
    }
}

// ---- amendment: the regulation Pasal I amends is in Mengingat ---------------------------------

// Same kind (a region may be left out on one side: "Peraturan Bupati" for "Peraturan Bupati
// Kulon Progo"), number and year.
bool same_regulation(const Citation& a, const Citation& b)
{
    if (a.number != b.number || a.year != b.year) return false;
    if (a.level != b.level) return false;
    const std::string& x = a.group.size() <= b.group.size() ? a.group : b.group;
    const std::string& y = a.group.size() <= b.group.size() ? b.group : a.group;
    return y.compare(0, x.size(), x) == 0;
}

void check_amended(Context& cx)
{
    const Decree& d = cx.decree;
    if (!is_amendment(d)) return;
    const auto pasal = body_pasal(d);
    if (pasal.empty()) return;
    const Division& first = *pasal.front();
    // the opening words, else the first change instruction: "Ketentuan Pasal 3 Peraturan … diubah"
    std::optional<Citation> named;
    Text where;
    for (int pass = 0; pass < 2 && !named; ++pass)
        for (const Clause& c : first.clauses) {
            if ((pass == 0) != (c.kind != Clause::Kind::Change)) continue;
            const Inline* para = first_paragraph(c.blocks);
            if (!para) continue;
            where = make_text(*para);
            for (const auto& cit : find_citations(where.s, true))
                if (!cit.number.empty() && cit.level != kUud) {
                    named = cit;
                    break;
                }
            if (named) break;
        }
    if (!named) return;
    std::optional<Citation> near;
    for (const Item& it : d.mengingat) {
        const std::string s = blocks_plain(it.blocks);
        for (const auto& c : find_citations(s, false)) {
            if (same_regulation(*named, c)) return;
            if (!near && c.level == named->level) near = c;
        }
    }
    // with no regulation of its kind in Mengingat to be a copy slip of, the decree that names the
    // amended regulation in Menimbang ("bahwa berdasarkan Peraturan Bupati … Nomor 48 …") cites it
    if (!near)
        for (const Item& it : d.menimbang)
            for (const auto& c : find_citations(blocks_plain(it.blocks), false))
                if (same_regulation(*named, c)) return;
    const std::string name = where.s.substr(named->begin, (named->year_begin == std::string::npos ? named->end : named->year_begin + 4) - named->begin);
    const std::string near_id = near ? "; Mengingat mengutip " + near->name() : "; tidak ada " + std::string(level_name(named->level, false)) + " dalam Mengingat";
    const std::string near_en = near ? "; Mengingat cites " + near->name() : "; Mengingat cites no " + std::string(level_name(named->level, true));
    cx.report("PERUBAHAN-MENGINGAT", cx.at(where, named->begin),
              "Pasal " + first.number + " mengubah «" + name + "», yang tidak dikutip dalam Mengingat" + near_id,
              "Pasal " + first.number + " amends «" + name + "», which Mengingat does not cite" + near_en,
              "kutip peraturan yang diubah dalam Mengingat, dengan jenis, nomor dan tahun yang sama",
              "cite the amended regulation in Mengingat, with the same kind, number and year");
}

}  // namespace

void check_peraturan(Context& cx)
{
    if (cx.decree.instrument != Instrument::Peraturan || cx.decree.body.empty()) return;
    check_references(cx);
    check_numbers(cx);
    check_titles(cx, cx.decree.body);
    check_amended(cx);
}

}  // namespace naskah::check
