// `naskah batch` and `naskah manifest`: archive runs over many decrees (docs/batch.md).
#include <boost/program_options.hpp>

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "batch/files.hpp"
#include "batch/manifest.hpp"
#include "batch/progress.hpp"
#include "batch/runner.hpp"
#include "batch/sha256.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace naskah::cli {

namespace {

void on_stop_signal(int signal) { batch::request_stop(signal); }

/// The first Ctrl-C (or TERM, HUP) lets the decrees in flight finish and the manifest be
/// written; SA_RESETHAND makes a second one end the process at once.
class StopSignals {
public:
    StopSignals()
    {
        struct sigaction sa {};
        sa.sa_handler = on_stop_signal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &sa, &previous_[i]);
    }
    ~StopSignals()
    {
        for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &previous_[i], nullptr);
    }

private:
    static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction previous_[3];
};

int manifest_merge(const std::vector<std::string>& args)
{
    po::options_description opts("naskah manifest merge MANIFEST.json... -o OUT.json");
    opts.add_options()("help,h", "this help")("output,o", po::value<std::string>(),
                                              "merged manifest; the CSV goes next to it (OUT.csv)")(
        "input", po::value<std::vector<std::string>>(), "shard manifests");
    po::variables_map vm;
    if (const int code = parse_command(args, opts, opts, "input", -1, vm); code >= 0) return code;
    if (!vm.count("input") || !vm.count("output")) {
        std::cerr << "naskah manifest merge: expected manifests to merge and -o OUT.json\n" << opts;
        return 2;
    }
    std::vector<batch::Manifest> parts;
    for (const auto& path : vm["input"].as<std::vector<std::string>>()) {
        std::string text, error;
        batch::Manifest m;
        if (!batch::read_whole_file(path, text, error)) {
            std::cerr << "naskah manifest merge: " << path << ": " << error << "\n";
            return 2;
        }
        if (!batch::parse_manifest(text, m, error)) {
            std::cerr << "naskah manifest merge: " << path << ": " << error << "\n";
            return 2;
        }
        parts.push_back(std::move(m));
    }
    batch::Manifest merged;
    std::string error;
    if (!batch::merge_manifests(parts, merged, error)) {
        std::cerr << "naskah manifest merge: " << error << "\n";
        return 2;
    }
    const fs::path out = vm["output"].as<std::string>();
    fs::path csv = out;
    csv.replace_extension(".csv");
    if (!batch::write_file_atomically(out, batch::manifest_json(merged), "merge", error) ||
        !batch::write_file_atomically(csv, batch::manifest_csv(merged), "merge", error)) {
        std::cerr << "naskah manifest merge: " << error << "\n";
        return 2;
    }
    std::size_t failed = 0;
    for (const auto& r : merged.records) failed += r.status == batch::Status::Failed;
    std::cerr << "naskah manifest merge: " << merged.records.size() << " record(s) from " << parts.size() << " manifest(s) into "
              << out.string() << (merged.complete ? "" : " (incomplete: a shard is missing or was interrupted)") << "\n";
    return failed ? 1 : 0;
}

int manifest_verify(const std::vector<std::string>& args)
{
    if (args.size() != 1 || args[0] == "-h" || args[0] == "--help") {
        std::cerr << "naskah manifest verify OUTDIR/manifest.json\n"
                     "  checks that every output the manifest lists exists with its size and SHA-256\n";
        return args.size() == 1 ? 0 : 2;
    }
    std::string text, error;
    batch::Manifest m;
    if (!batch::read_whole_file(args[0], text, error) || !batch::parse_manifest(text, m, error)) {
        std::cerr << "naskah manifest verify: " << args[0] << ": " << error << "\n";
        return 2;
    }
    const fs::path folder = fs::path(args[0]).parent_path();
    std::size_t checked = 0, bad = 0;
    for (const auto& r : m.records)
        for (const auto& o : r.outputs) {
            std::string bytes;
            ++checked;
            if (!batch::read_whole_file((folder / o.path).string(), bytes, error)) {
                std::cerr << o.path << ": " << error << "\n";
                ++bad;
            } else if (bytes.size() != o.size || batch::sha256_hex(bytes) != o.sha256) {
                std::cerr << o.path << ": differs from the manifest\n";
                ++bad;
            }
        }
    std::cerr << "naskah manifest verify: " << checked - bad << " of " << checked << " output(s) match\n";
    return bad ? 1 : 0;
}

}  // namespace

int run_batch(const std::vector<std::string>& args)
{
    po::options_description opts("naskah batch INPUT... -o OUTDIR [options]\n"
                                 "INPUT: decree files, folders (searched for *.xml) or list files (one path a line; - reads standard input)");
    opts.add_options()("help,h", "this help")("output,o", po::value<std::string>(), "output folder (required)")(
        "layout", po::value<std::string>(), "house style for every decree: a name in layouts/ or a file; default: each decree's gaya, else kpu")(
        "format", po::value<std::string>()->default_value("pdf"), "pdf, docx, wordml, comma-separated")(
        "variant", po::value<std::string>(), "asli, salinan or tte; default: each decree's varian")(
        "jobs,j", po::value<unsigned>()->default_value(0), "worker threads; 0: one per core this process may use")(
        "shard", po::value<std::string>(), "K/N: render only the K-th of N deterministic parts of the inputs")(
        "force", "render again even decrees whose outputs are up to date")(
        "prune", "remove the outputs of inputs an earlier run rendered that are no longer given")(
        "sign-map", "write NAME.sign.json next to each PDF (asli, tte)")("strict", "warnings from the drafting checks fail a decree")(
        "lang", po::value<std::string>()->default_value("id"), "language of the messages (format errors and drafting checks): id or en")(
        "quiet,q", "no progress; only failures")("json", "progress and diagnostics as JSON lines on stdout")(
        "input", po::value<std::vector<std::string>>(), "inputs");
    po::variables_map vm;
    if (const int code = parse_command(args, opts, opts, "input", -1, vm); code >= 0) return code;
    if (!vm.count("input") || !vm.count("output")) {
        std::cerr << "naskah batch: expected inputs and -o OUTDIR\n" << opts;
        return 2;
    }
    batch::BatchOptions options;
    options.inputs = vm["input"].as<std::vector<std::string>>();
    options.outdir = fs::path(vm["output"].as<std::string>()).lexically_normal();
    Lang lang = Lang::Id;
    if (!read_render_request(vm, "naskah batch", options.request, lang)) return 2;
    if (vm.count("layout")) options.layout = vm["layout"].as<std::string>();
    if (vm.count("shard") && !batch::parse_shard(vm["shard"].as<std::string>(), options.shard)) {
        std::cerr << "naskah batch: --shard takes K/N with 1 <= K <= N, e.g. --shard 2/8\n";
        return 2;
    }
    options.jobs = vm["jobs"].as<unsigned>();
    options.force = vm.count("force") > 0;
    options.prune = vm.count("prune") > 0;

    batch::ReportStyle style;
    style.json = vm.count("json") > 0;
    style.quiet = vm.count("quiet") > 0;
    if (style.json && style.quiet) {
        std::cerr << "naskah batch: --quiet and --json exclude each other (--json prints every event)\n";
        return 2;
    }
    const char* term = std::getenv("TERM");
    style.terminal = ::isatty(STDERR_FILENO) && !(term && std::string(term) == "dumb");
    auto reporter = batch::make_reporter(style, std::cout, std::cerr);
    StopSignals signals;
    batch::reset_stop();
    return batch::run_batch(options, *reporter);
}

int run_manifest(const std::vector<std::string>& args)
{
    if (args.empty() || args[0] == "-h" || args[0] == "--help") {
        (args.empty() ? std::cerr : std::cout) << "Usage: naskah manifest merge MANIFEST.json... -o OUT.json\n"
                                                  "       naskah manifest verify OUTDIR/manifest.json\n";
        return args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "merge") return manifest_merge(rest);
    if (args[0] == "verify") return manifest_verify(rest);
    std::cerr << "naskah manifest: unknown action '" << args[0] << "'; expected merge or verify\n";
    return 2;
}

}  // namespace naskah::cli
