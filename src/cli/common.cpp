#include "cli/common.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "check/findings.hpp"
#include "import/package.hpp"

namespace po = boost::program_options;

namespace naskah::cli {

int parse_command(const std::vector<std::string>& args, const po::options_description& shown, const po::options_description& all,
                  const char* positional, int max_positional, po::variables_map& vm)
{
    po::positional_options_description pos;
    pos.add(positional, max_positional);
    try {
        po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "naskah: " << e.what() << "\n" << shown;
        return 2;
    }
    if (vm.count("help")) {
        std::cout << shown;
        return 0;
    }
    return -1;
}

bool read_render_request(const po::variables_map& vm, const char* command, pipeline::RenderRequest& req, Lang& lang)
{
    std::string error;
    if (!pipeline::parse_formats(vm["format"].as<std::string>(), req.formats, error)) {
        std::cerr << command << ": " << error << "\n";
        return false;
    }
    if (vm.count("variant")) {
        model::Variant v;
        if (!pipeline::parse_variant(vm["variant"].as<std::string>(), v)) {
            std::cerr << command << ": --variant takes asli, salinan or tte\n";
            return false;
        }
        req.variant = v;
    }
    req.sign_map = vm.count("sign-map") > 0;
    req.strict = vm.count("strict") > 0;
    req.lang = vm["lang"].as<std::string>();
    if (!parse_lang(req.lang, lang)) {
        std::cerr << command << ": --lang takes id or en\n";
        return false;
    }
    req.epoch = pipeline::source_date_epoch();
    return true;
}

void print_diagnostics(const DiagnosticSink& sink, bool json, std::ostream& text_out, std::ostream& json_out, std::size_t max_per_rule)
{
    // the drafting checks' findings grouped per word, with a summary line per rule (docs/checks.md#output)
    check::ReportOptions options;
    options.json = json;
    options.english = sink.english();
    options.max_per_rule = max_per_rule;
    check::write_findings(sink.items(), options, text_out, json_out);
}

namespace {

/// Whether the file at `path` is one naskah wrote and nothing changed since.
bool naskah_made(const std::string& path)
{
    namespace fs = std::filesystem;
    const std::string ext = fs::path(path).extension().string();
    struct stat st {};
    // outputs of a decree are a few MiB; anything far larger is no output of ours
    constexpr off_t kLargest = 256 << 20;
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > kLargest) return false;
    if (ext == ".pdf") {
        std::ifstream f(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        if (!f.good() && !f.eof()) return false;
        std::size_t ends = 0;
        for (std::size_t at = bytes.find("%%EOF"); at != std::string::npos; at = bytes.find("%%EOF", at + 5)) ++ends;
        // a signature (or any edit) is an incremental update: a second end-of-file marker
        return ends == 1 && bytes.find("/Producer (naskah ") != std::string::npos;
    }
    if (ext == ".docx") {
        import::Package pkg;
        DiagnosticSink quiet;
        if (!import::open_package(path, pkg, quiet)) return false;
        const std::string* app = pkg.get("docProps/app.xml");
        return app && app->find("<Application>naskah</Application>") != std::string::npos;
    }
    return false;
}

}  // namespace

bool refuse_overwrite(const std::string& path, const std::string& input, const char* force_hint, DiagnosticSink& sink)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) return false;
    const bool is_input = fs::equivalent(path, input, ec);
    if (!is_input && naskah_made(path)) return false;
    const std::string hint = force_hint ? std::string(force_hint) : std::string();
    if (is_input)
        sink.error(SourcePos{path, 0, 0}, "E-TULIS", "keluaran ini akan menimpa masukannya sendiri; beri nama lain dengan -o",
                   "this output would replace its own input; give another name with -o");
    else {
        const std::string ext = fs::path(path).extension().string();
        const bool document = ext == ".pdf" || ext == ".docx";
        const std::string or_id = hint.empty() ? std::string() : ", atau " + hint + " untuk menimpanya";
        const std::string or_en = hint.empty() ? std::string() : ", or " + hint + " to replace it";
        sink.error(SourcePos{path, 0, 0}, "E-TULIS",
                   (document ? "berkas ini sudah ada dan bukan buatan naskah (berkas Word kantor? PDF yang sudah ditandatangani?)"
                             : "berkas ini sudah ada (mungkin sudah disunting)") +
                       std::string(": tidak ditimpa; beri nama lain dengan -o") + or_id,
                   (document ? "this file exists and naskah did not make it (the office's Word file? a PDF signed since?)"
                             : "this file exists (perhaps edited since)") +
                       std::string(": it is not replaced; give another name with -o") + or_en);
    }
    return true;
}

}  // namespace naskah::cli
