#include <iostream>
#include <sstream>

#include <pugixml.hpp>

#include "cli/commands.hpp"
#include "style/style.hpp"

namespace naskah::cli {

extern const char* const kStarterKeputusan;
extern const char* const kStarterPeraturan;
extern const char* const kStarterInstruksi;

namespace {

/// The built-in starter of a kind and the house style it is written for; nullptr: no such kind.
const char* starter_text(const std::string& kind)
{
    if (kind == "keputusan") return kStarterKeputusan;
    if (kind == "peraturan") return kStarterPeraturan;
    if (kind == "instruksi") return kStarterInstruksi;
    return nullptr;
}

const char* starter_style(const std::string& kind) { return kind == "keputusan" ? "kpu" : "bupati"; }

/// The starter with the office parts a house style names (its <contoh>): kop lines, issuer,
/// official, number, and gaya="…". Comments and layout of the starter are kept.
bool starter_for(const std::string& kind, const std::string& gaya, const style::HouseStyle& s, std::string& out)
{
    pugi::xml_document doc;
    const bool regulation = kind == "peraturan";
    if (!doc.load_string(starter_text(kind), pugi::parse_default | pugi::parse_comments | pugi::parse_declaration)) return false;
    pugi::xml_node root = doc.child(regulation ? "peraturan" : "keputusan");
    pugi::xml_node kepala = root.child("kepala");
    pugi::xml_node kop = kepala.child("kop");
    if (!root || !kepala || !kop) return false;
    root.attribute("gaya").set_value(gaya.c_str());
    while (pugi::xml_node b = kop.child("baris")) kop.remove_child(b);
    std::stringstream lines(s.starter.kop);
    std::string line;
    while (std::getline(lines, line, '|'))
        if (!line.empty()) kop.append_child("baris").text().set(line.c_str());
    kepala.child("penerbit").text().set(s.starter.issuer.c_str());
    kepala.child("pejabat").text().set(s.starter.official.c_str());
    // a Peraturan's and an Instruksi's number is "1 TAHUN 2024" everywhere
    if (kind == "keputusan") kepala.child("nomor").text().set(s.starter.number.c_str());
    // The decree starter is a KPU decree citing the election law; a head of a region decides on the
    // law on regional government instead (UU 23/2014), which MENGINGAT-KURANG asks of every
    // kepala daerah's decree, so the starter of such a style does not open with a warning.
    const std::string& issuer = s.starter.issuer;
    const bool head_of_region = issuer.rfind("Bupati ", 0) == 0 || issuer.rfind("Wali Kota ", 0) == 0 ||
                                issuer.rfind("Walikota ", 0) == 0 || issuer.rfind("Gubernur ", 0) == 0;
    if (kind == "keputusan" && head_of_region)
        if (pugi::xml_node first = root.child("mengingat").child("butir"))
            first.text().set("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 "
                             "Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);");
    std::ostringstream o;
    doc.save(o, "  ", pugi::format_default, pugi::encoding_utf8);
    out = o.str();
    return true;
}

}  // namespace

int run_new(const std::vector<std::string>& args)
{
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << "naskah new keputusan|peraturan|instruksi [--gaya NAME]\n"
                     "  prints a commented starter decree, regulation or instruction to fill in: naskah new keputusan > draft.xml\n"
                     "  --gaya NAME   for that house style (layouts/NAME.xml: kpu, bupati, …), with its office's kop and titles\n";
        return 0;
    }
    const bool with_style = args.size() == 3 && args[1] == "--gaya";
    if (args.empty() || !starter_text(args[0]) || !(args.size() == 1 || with_style)) {
        std::cerr << "naskah new: expected 'naskah new keputusan|peraturan|instruksi [--gaya NAME]'\n";
        return 2;
    }
    const std::string& kind = args[0];
    if (!with_style || args[2] == starter_style(kind)) {
        std::cout << starter_text(kind);
        return 0;
    }
    style::HouseStyle s;
    DiagnosticSink sink;
    if (args[2].find('/') != std::string::npos || !style::load_style(args[2], s, sink)) {
        for (const auto& d : sink.items()) std::cerr << d.pos.file << ": " << d.message << "\n";
        std::cerr << "naskah new: no house style '" << args[2] << "' in " << style::data_dir() << "/layouts/\n";
        return 2;
    }
    std::string out;
    if (!starter_for(kind, args[2], s, out)) {
        std::cerr << "naskah new: the built-in starter cannot be read\n";
        return 2;
    }
    std::cout << out;
    return 0;
}

}  // namespace naskah::cli
