// libFuzzer target: the XML reader and the decree model alone (many more executions per second
// than fuzz_render): safety pre-checks, pugixml, the decree reader, grids, referenced files.
#include <cstddef>
#include <cstdint>
#include <string>

#include "xml/decree_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    naskah::DiagnosticSink sink;
    naskah::model::Decree decree;
    naskah::xml::read_decree_text(NASKAH_FUZZ_FILES "/input.xml", std::string(reinterpret_cast<const char*>(data), size), decree, sink);
    for (const auto& d : sink.items()) naskah::format_diagnostic(d);
    return 0;
}
