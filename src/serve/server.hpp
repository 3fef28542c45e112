// `naskah serve`: a local web server for editing decrees in the browser with a live preview.
//
// It serves the editor (web/, from the data folder), lists and opens the decree files of one
// folder, saves them safely (atomic write, previous version kept, never over a change made by
// someone else), and answers previews: the decree laid out by the same engine as the PDF and
// painted as SVG (render/svg/), with the format errors and drafting checks beside it.
// Security: loopback only unless asked, a random token on every request, no path outside the
// folder, a body size limit, a Content-Security-Policy without inline scripts. docs/serve.md.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace naskah::serve {

struct ServeOptions {
    std::string dir = ".";            ///< the folder whose decrees are served
    std::string host = "127.0.0.1";   ///< listen address; anything but loopback is warned about
    int port = 8417;                  ///< 0: any free port
    std::string token;                ///< empty: a random one
    /// The starters new files are made from, by kind (keputusan, peraturan, instruksi); the first
    /// is the default.
    std::vector<std::pair<std::string, std::string>> starters;
    std::size_t max_body = 4u << 20;  ///< request body limit (bytes); also the largest file opened
};

/// Runs until the process is stopped. `ready` receives the address with its token once the
/// server listens. Returns non-zero (after printing why) when it cannot start.
int run_server(const ServeOptions& options, const std::function<void(const std::string& url)>& ready);

/// A random token of 32 hex digits from the kernel's random source; empty when there is none.
std::string random_token();

/// Whether `name` may name a decree file in the served folder: a plain file name ending in .xml,
/// no separator, no leading dot, no "..", nothing absolute.
bool safe_file_name(const std::string& name);

}  // namespace naskah::serve
