// libFuzzer target: `naskah import` past the zip: the input is a Word package's main part
// (word/document.xml) beside a fixed styles part; WordprocessingML reading, the recogniser of
// Keputusan, Peraturan and Instruksi, and the writer of the naskah file. The zip layer (libzip,
// limits against bombs) is tested by tests/scripts/import.sh's bad packages; mutating compressed
// bytes would rarely get past its checksums to the code below.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

#include "import/package.hpp"
#include "import/recognise.hpp"
#include "import/wordml.hpp"
#include "xml/decree_reader.hpp"
#include "xml/decree_writer.hpp"

namespace {
std::string file_text(const char* path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string styles = file_text(NASKAH_FUZZ_FILES "/import-styles.xml");
    naskah::import::Package pkg;
    pkg.path = "fuzz.docx";
    pkg.parts["word/document.xml"] = std::string(reinterpret_cast<const char*>(data), size);
    pkg.parts["word/styles.xml"] = styles;
    naskah::DiagnosticSink sink;
    naskah::import::WDocument doc;
    if (!naskah::import::read_wordml(pkg, doc, sink)) return 0;
    naskah::import::ImportResult result;
    if (!naskah::import::recognise(doc, pkg, {}, result, sink)) return 0;
    // what the import writes must at least be read again without a crash
    const std::string xml = naskah::xml::write_decree(result.decree, {});
    naskah::model::Decree again;
    naskah::xml::read_decree_text(NASKAH_FUZZ_FILES "/imported.xml", xml, again, sink);
    for (const auto& d : sink.items()) naskah::format_diagnostic(d);
    return 0;
}
