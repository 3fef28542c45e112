// libFuzzer target: decree text → read → drafting checks → layout → PDF, DOCX and Flat OPC in
// memory, exactly the path `naskah render` takes, without writing a file. The input chooses
// everything a decree can choose: the house style (gaya="…", a shipped name or a file beside the
// input), the logo (<logo berkas="…"/>: fuzz/files/ holds a whole PNG and a cut one), the
// variant (varian="…"), tables, nesting. See fuzz/README.md.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "check/checks.hpp"
#include "pipeline/pipeline.hpp"
#include "xml/decree_reader.hpp"

namespace {

struct Loaded {
    std::unique_ptr<naskah::pipeline::Engine> engine;
    std::unique_ptr<naskah::text::Shaper> shaper;
};

// house styles stay loaded across inputs, as in a batch run
Loaded* engine_for(const std::string& layout, const naskah::model::Decree& decree)
{
    static std::map<std::string, Loaded> loaded;
    auto it = loaded.find(layout);
    if (it == loaded.end()) {
        Loaded l;
        l.engine = std::make_unique<naskah::pipeline::Engine>();
        naskah::DiagnosticSink sink;
        if (l.engine->load(layout, sink, decree.layout_name.empty() ? nullptr : &decree.layout_pos))
            l.shaper = std::make_unique<naskah::text::Shaper>(*l.engine->fonts);
        else
            l.engine.reset();
        it = loaded.emplace(layout, std::move(l)).first;
    }
    return it->second.engine ? &it->second : nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // the decree "lives" in fuzz/files/, so relative logo and gaya paths find the files there
    const std::string path = NASKAH_FUZZ_FILES "/input.xml";
    naskah::DiagnosticSink sink;
    naskah::model::Decree decree;
    if (!naskah::xml::read_decree_text(path, std::string(reinterpret_cast<const char*>(data), size), decree, sink)) return 0;
    const std::string layout = decree.layout_name.empty() ? "kpu" : decree.layout_name;
    Loaded* l = engine_for(layout, decree);
    if (!l) return 0;
    naskah::pipeline::RenderRequest request;
    request.formats = {true, true, true};
    request.sign_map = true;
    request.dump_layout = (size & 1) != 0;
    request.checks_in_parallel = false;  // one thread: what libFuzzer sees is deterministic
    request.epoch = 0;
    naskah::pipeline::RenderResult result;
    naskah::pipeline::render_decree(decree, *l->engine, *l->shaper, request, result, sink);
    return 0;
}
