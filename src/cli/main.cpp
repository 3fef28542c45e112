// naskah command line: dispatches to the sub-commands.
//
// Exit codes (README.md, docs/robustness.md): 0 fine, 1 errors found in an input, 2 usage error,
// unreadable input, or a failure of naskah itself (out of memory, a bug): never anything else.
#include <csignal>
#include <cstring>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/commands.hpp"

namespace {

void print_help(std::ostream& out)
{
    out << "naskah " NASKAH_VERSION " - Indonesian government decrees (Keputusan) to PDF and DOCX\n"
           "\n"
           "Usage: naskah <command> [options]\n"
           "\n"
           "Commands:\n"
           "  check FILE...           validate decree files and run the drafting checks\n"
           "  render FILE [options]   lay out a decree and write PDF and/or DOCX\n"
           "  batch INPUT... -o DIR   render many decrees into an archive folder with a manifest\n"
           "  manifest merge ...      merge the manifests of sharded batch runs\n"
           "  new KIND                print a commented starter to fill in (keputusan, peraturan, instruksi)\n"
           "  import IN.docx -o OUT   turn a Word decree into a naskah file (docs/import.md)\n"
           "  serve [DIR]             edit the decrees of DIR in the browser, with a live preview\n"
           "\n"
           "Options:\n"
           "  -h, --help              this help (also: naskah <command> --help)\n"
           "  --version               print the version\n"
           "\n"
           "Exit codes: 0 fine, 1 errors found in an input, 2 usage error or unreadable input.\n";
}

}  // namespace

int main(int argc, char** argv)
{
    // A file-size limit (ulimit -f) would kill the process on its first write past it, leaving a
    // temporary file and no message; ignored, the write fails with EFBIG and is reported as E-TULIS
    // like a full disk, the temporary removed and any earlier output kept.
    std::signal(SIGXFSZ, SIG_IGN);
    if (argc < 2) {
        print_help(std::cerr);
        return 2;
    }
    const std::string command = argv[1];
    std::vector<std::string> args(argv + 2, argv + argc);
    if (command == "-h" || command == "--help" || command == "help") {
        print_help(std::cout);
        return 0;
    }
    if (command == "--version" || command == "version") {
        std::cout << "naskah " NASKAH_VERSION "\n";
        return 0;
    }
    try {
        if (command == "check") return naskah::cli::run_check(args);
        if (command == "render") return naskah::cli::run_render(args);
        if (command == "new") return naskah::cli::run_new(args);
        if (command == "batch") return naskah::cli::run_batch(args);
        if (command == "manifest") return naskah::cli::run_manifest(args);
        if (command == "import") return naskah::cli::run_import(args);
        if (command == "serve") return naskah::cli::run_serve(args);
    } catch (const std::bad_alloc&) {
        std::cerr << "naskah: out of memory; no output file was written\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "naskah: internal error: " << e.what() << "; no output file was written\n";
        return 2;
    }
    std::cerr << "naskah: unknown command '" << command << "'; expected check, render, batch, manifest, import, new or serve (see naskah --help)\n";
    return 2;
}
