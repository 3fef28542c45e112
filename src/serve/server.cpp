#include "serve/server.hpp"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <regex>

#include "check/checks.hpp"
#include "core/diagnostic.hpp"
#include "core/json_write.hpp"
#include "core/utf8.hpp"
#include "layout/glyphs.hpp"
#include "pipeline/pipeline.hpp"
#include "render/svg/svg_writer.hpp"
#include "style/shipped.hpp"
#include "style/style.hpp"
#include "xml/decree_reader.hpp"
#include "xml/source.hpp"

namespace fs = std::filesystem;

namespace naskah::serve {

std::string random_token()
{
    unsigned char bytes[16];
    std::size_t got = 0;
    while (got < sizeof bytes) {
        const ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return {};
        }
        got += static_cast<std::size_t>(n);
    }
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

bool safe_file_name(const std::string& name)
{
    if (name.size() < 5 || name.size() > 200 || name[0] == '.' || !name.ends_with(".xml")) return false;
    if (name.find("..") != std::string::npos) return false;
    // offices name files as they speak: «SK Tim Satu Data (revisi).xml», «Keputusan Kadis é.xml»
    // (a new-user trial saw both left out of the list without a word); never a separator, a
    // control byte, a quote or a character Windows refuses, nor a space at either end
    if (name.front() == ' ' || name[name.size() - 5] == ' ' || utf8::find_invalid(name) != std::string_view::npos) return false;
    for (unsigned char ch : name)
        if (!(std::isalnum(ch) || ch >= 0x80 || std::strchr("._- ()+,", ch))) return false;
    return true;
}

namespace {

// A house style name as layouts/ holds them; a path (which load_style would also take) could
// name a file outside the served folder.
bool safe_style_name(const std::string& name)
{
    if (name.empty() || name.size() > 64) return false;
    for (unsigned char ch : name)
        if (!(std::islower(ch) || std::isdigit(ch) || ch == '-' || ch == '_')) return false;
    return true;
}

// the shipped styles whose names are safe in a URL and a file name (all of today's)
std::vector<std::string> shipped_styles()
{
    std::vector<std::string> out = style::shipped_styles();
    std::erase_if(out, [](const std::string& name) { return !safe_style_name(name); });
    return out;
}

// FNV-1a 64 of the bytes: the version a client saw, sent back with a save (If-Match).
std::string version_of(const std::string& bytes)
{
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    char buf[24];
    std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
    return buf;
}

enum class ReadStatus { Ok, Missing, Refused, TooLarge, Failed };

// Reads a regular file that is no symlink (O_NOFOLLOW), at most `limit` bytes.
ReadStatus read_plain_file(const fs::path& path, std::size_t limit, std::string& out)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return errno == ENOENT ? ReadStatus::Missing : errno == ELOOP ? ReadStatus::Refused : ReadStatus::Failed;
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return ReadStatus::Refused;
    }
    if (static_cast<std::size_t>(st.st_size) > limit) {
        ::close(fd);
        return ReadStatus::TooLarge;
    }
    out.clear();
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            ::close(fd);
            return ReadStatus::Failed;
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > limit) {
            ::close(fd);
            return ReadStatus::TooLarge;
        }
    }
    ::close(fd);
    return ReadStatus::Ok;
}

using json_write::Json;

Json diagnostics_json(const DiagnosticSink& sink)
{
    Json list = Json::array();
    for (const auto& d : sink.items()) list.push_back(json_write::diagnostic(d));
    return list;
}

bool constant_time_equal(const std::string& a, const std::string& b)
{
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool is_loopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

// A house style with its fonts and the shaper whose cache serves every preview in it. Shapers
// belong to one thread at a time, so renders in one style take turns.
struct StyleSlot {
    pipeline::Engine engine;
    std::unique_ptr<text::Shaper> shaper;
    std::mutex mutex;
};

class Service {
public:
    explicit Service(const ServeOptions& o) : opts_(o), dir_(fs::weakly_canonical(o.dir)) {}

    void install(httplib::Server& svr);
    void set_port(int port) { port_ = port; }

private:
    ServeOptions opts_;
    fs::path dir_;
    int port_ = 0;
    std::mutex styles_mutex_;
    std::map<std::string, std::unique_ptr<StyleSlot>> styles_;
    std::mutex files_mutex_;  // a save reads, compares and replaces as one step

    bool allowed(const httplib::Request& req, httplib::Response& res);
    StyleSlot* style_slot(const std::string& name, DiagnosticSink& sink);
    /// The file a request names (?name=), or an error response (403) and nullopt.
    std::optional<fs::path> file_of(const httplib::Request& req, httplib::Response& res);
    void static_file(const std::string& name, httplib::Response& res);
    void list(httplib::Response& res);
    void open(const httplib::Request& req, httplib::Response& res);
    void save(const httplib::Request& req, httplib::Response& res);
    void create(const httplib::Request& req, httplib::Response& res);
    void preview(const httplib::Request& req, httplib::Response& res);
    void download(const httplib::Request& req, httplib::Response& res);
    void font_css(const std::string& style, httplib::Response& res);
    void font_file(const std::string& style, int face, httplib::Response& res);
    bool shipped(const std::string& style)
    {
        const auto styles = shipped_styles();
        return safe_style_name(style) && std::find(styles.begin(), styles.end(), style) != styles.end();
    }
};


// cpp-httplib compresses text, JSON and SVG replies for a client that accepts it, with Brotli at
// its slowest quality: 2.6 s for the reference decree's preview, against 25 ms to render it. On
// the loopback compression gains nothing, so the replies carry a JSON type it does not compress.
constexpr const char* kJson = "application/vnd.naskah+json";

// A file that is not UTF-8 is never sent for editing (open() and save() refuse it, see
// not_editable); anything else ill-formed (a name) json_write::dump sends as U+FFFD.
void reply(httplib::Response& res, const Json& j) { res.set_content(json_write::dump(j), kJson); }

void fail(httplib::Response& res, int status, const std::string& message)
{
    res.status = status;
    reply(res, Json{{"error", message}});
}

/// Why a file's bytes cannot be edited as text, or "" when they can: bytes that are not UTF-8,
/// named by line and column as `naskah check` names them.
std::string not_editable(std::string_view text)
{
    const std::size_t bad = utf8::find_invalid(text);
    if (bad == std::string_view::npos) return {};
    // the reader's own line and column (code points from the line start), as E-XML-UTF8 gives them
    const SourcePos at = xml::SourceText(std::string(), std::string(text.substr(0, bad + 1))).at_offset(bad);
    return "the file is not UTF-8 (line " + std::to_string(at.line) + ", column " + std::to_string(at.column) +
           "): convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8; the editor does not open it, so its bytes are never replaced";
}

bool Service::allowed(const httplib::Request& req, httplib::Response& res)
{
    // Another site's page may make the browser send requests here (DNS rebinding names this
    // address under a foreign host): only our own host names are answered.
    if (is_loopback(opts_.host)) {
        const std::string host = req.get_header_value("Host");
        const std::string p = ":" + std::to_string(port_);
        if (host != "127.0.0.1" + p && host != "localhost" + p && host != "[::1]" + p) {
            fail(res, 403, "unexpected Host header");
            return false;
        }
    }
    std::string given = req.get_param_value("t");
    if (given.empty()) given = req.get_header_value("X-Naskah-Token");
    if (given.empty()) {
        const std::string cookies = req.get_header_value("Cookie");
        const std::string key = "naskah_token=";
        for (std::size_t at = cookies.find(key); at != std::string::npos; at = cookies.find(key, at + 1)) {
            if (at != 0 && cookies[at - 1] != ' ' && cookies[at - 1] != ';') continue;
            const std::size_t b = at + key.size();
            given = cookies.substr(b, cookies.find(';', b) == std::string::npos ? std::string::npos : cookies.find(';', b) - b);
            break;
        }
    }
    if (!constant_time_equal(given, opts_.token)) {
        fail(res, 403, "missing or wrong access token; open the address naskah serve printed");
        return false;
    }
    return true;
}

std::optional<fs::path> Service::file_of(const httplib::Request& req, httplib::Response& res)
{
    const std::string name = req.get_param_value("name");
    if (!safe_file_name(name)) {
        fail(res, 403, "not a decree file name in the served folder: " + name +
                           "; expected a name ending in .xml of letters, digits, spaces and . _ - ( ) + , (no / \\ : \" and no space at either end)");
        return std::nullopt;
    }
    const fs::path path = dir_ / name;
    struct stat st{};
    if (::lstat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {  // symlinks included
        fail(res, 403, "not a plain file: " + name);
        return std::nullopt;
    }
    return path;
}

StyleSlot* Service::style_slot(const std::string& name, DiagnosticSink& sink)
{
    std::lock_guard lock(styles_mutex_);
    auto it = styles_.find(name);
    if (it == styles_.end()) {
        auto slot = std::make_unique<StyleSlot>();
        if (slot->engine.load(name, sink)) slot->shaper = std::make_unique<text::Shaper>(*slot->engine.fonts);
        else slot.reset();
        it = styles_.emplace(name, std::move(slot)).first;
    }
    return it->second.get();
}

void Service::static_file(const std::string& name, httplib::Response& res)
{
    static const std::regex ok("[a-z0-9-]+\\.(html|js|css|svg)");
    if (!std::regex_match(name, ok)) return fail(res, 404, "no such file");
    std::string bytes;
    if (read_plain_file(fs::path(style::data_dir()) / "web" / name, opts_.max_body, bytes) != ReadStatus::Ok)
        return fail(res, 404, "no such file: web/" + name);
    const std::string ext = name.substr(name.rfind('.') + 1);
    const char* type = ext == "html" ? "text/html; charset=utf-8"
                       : ext == "js" ? "text/javascript; charset=utf-8"
                       : ext == "css" ? "text/css; charset=utf-8"
                                      : "image/svg+xml";
    res.set_content(bytes, type);
}

void Service::list(httplib::Response& res)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir_, ec)) {
        const std::string n = e.path().filename().string();
        if (safe_file_name(n) && e.is_regular_file(ec) && !e.is_symlink(ec)) names.push_back(n);
    }
    std::sort(names.begin(), names.end());
    reply(res, Json{{"dir", dir_.string()}, {"files", names}, {"styles", shipped_styles()}});
}

void Service::open(const httplib::Request& req, httplib::Response& res)
{
    const auto path = file_of(req, res);
    if (!path) return;
    std::string text;
    switch (read_plain_file(*path, opts_.max_body, text)) {
    case ReadStatus::Ok: break;
    case ReadStatus::Missing: return fail(res, 404, "no such file");
    case ReadStatus::TooLarge: return fail(res, 413, "file larger than the editor takes");
    default: return fail(res, 403, "cannot open the file");
    }
    // The editor holds text, not bytes: a file in another encoding (Windows-1252 from an old
    // editor) would come back with U+FFFD in place of its letters and be saved so. It is not
    // opened; the drafter converts it first (naskah check names the same place, E-XML-UTF8).
    if (const std::string why = not_editable(text); !why.empty()) return fail(res, 422, why);
    res.set_header("ETag", version_of(text));
    reply(res, Json{{"name", path->filename().string()}, {"version", version_of(text)}, {"text", text}});
}

// Saves whatever the editor holds, even a decree the reader rejects (it is the drafter's work),
// but only over the version the editor started from: a file changed on disk since is never
// overwritten; the answer carries the disk's text so the page can offer both.
void Service::save(const httplib::Request& req, httplib::Response& res)
{
    const auto path = file_of(req, res);
    if (!path) return;
    const std::string expected = req.get_header_value("If-Match");
    std::lock_guard lock(files_mutex_);
    std::string current;
    const ReadStatus st = read_plain_file(*path, opts_.max_body * 2, current);
    if (st != ReadStatus::Ok && st != ReadStatus::Missing) return fail(res, 403, "cannot read the file on disk");
    const bool exists = st == ReadStatus::Ok;
    // never over bytes the editor could not have shown (open() refuses them too)
    if (exists) {
        if (const std::string why = not_editable(current); !why.empty()) return fail(res, 422, why);
    }
    if (!exists ? expected != "*" && !expected.empty() : expected != version_of(current)) {
        res.status = 409;
        reply(res, Json{{"conflict", true}, {"exists", exists}, {"version", exists ? version_of(current) : ""}, {"text", current}});
        return;
    }
    DiagnosticSink sink;
    if (exists && current != req.body && !pipeline::write_atomically(path->string() + ".bak", current, sink))
        return fail(res, 500, sink.items().empty() ? "cannot write the backup" : sink.items().front().message);
    if (!pipeline::write_atomically(path->string(), req.body, sink))
        return fail(res, 500, sink.items().empty() ? "cannot write the file" : sink.items().front().message);
    res.set_header("ETag", version_of(req.body));
    reply(res, Json{{"saved", true}, {"version", version_of(req.body)}});
}

void Service::create(const httplib::Request& req, httplib::Response& res)
{
    const auto path = file_of(req, res);
    if (!path) return;
    std::string style = req.get_param_value("style");
    const auto styles = shipped_styles();
    if (!style.empty() && std::find(styles.begin(), styles.end(), style) == styles.end()) return fail(res, 400, "unknown house style: " + style);
    const std::string kind = req.get_param_value("kind");
    const auto starter = kind.empty() ? opts_.starters.begin()
                                      : std::find_if(opts_.starters.begin(), opts_.starters.end(), [&](const auto& k) { return k.first == kind; });
    if (starter == opts_.starters.end()) {
        std::string kinds;
        for (const auto& k : opts_.starters) kinds += (kinds.empty() ? "" : ", ") + k.first;
        return fail(res, 400, "unknown kind: " + kind + "; expected one of " + kinds);
    }
    std::string text = starter->second;
    // the starter's own gaya="…" (its root's first attribute) becomes the chosen style
    const std::string gaya = "gaya=\"";
    if (const auto at = text.find(gaya); at != std::string::npos && !style.empty()) {
        const auto end = text.find('"', at + gaya.size());
        if (end != std::string::npos) text.replace(at + gaya.size(), end - at - gaya.size(), style);
    }
    std::lock_guard lock(files_mutex_);
    // O_EXCL: an existing file is never replaced by a starter
    const int fd = ::open(path->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return fail(res, errno == EEXIST ? 409 : 403, errno == EEXIST ? "a file of that name exists" : "cannot create the file");
    std::size_t off = 0;
    while (off < text.size()) {
        const ssize_t n = ::write(fd, text.data() + off, text.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        off += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (off != text.size()) {
        ::unlink(path->c_str());
        return fail(res, 500, "cannot write the file");
    }
    reply(res, Json{{"name", path->filename().string()}, {"version", version_of(text)}, {"text", text}});
}

// The text in the editor (saved or not) laid out and painted as SVG, with every diagnostic.
void Service::preview(const httplib::Request& req, httplib::Response& res)
{
    const auto path = file_of(req, res);
    if (!path) return;
    const auto start = std::chrono::steady_clock::now();
    Lang lang = Lang::Id;
    parse_lang(req.get_param_value("lang"), lang);
    DiagnosticSink sink(lang);
    model::Decree decree;
    std::string svg;
    int pages = 0;
    std::string style_name;
    bool loaded = xml::read_decree_text(path->string(), req.body, decree, sink);
    if (loaded) {
        std::string name = decree.layout_name.empty() ? "kpu" : decree.layout_name;
        style_name = name;
        const auto styles = shipped_styles();
        StyleSlot* slot = nullptr;
        if (!safe_style_name(name) || std::find(styles.begin(), styles.end(), name) == styles.end())
            sink.error(decree.pos, "E-GAYA", "gaya selingkung tidak dikenal: " + name + " (pilih salah satu dari layouts/)",
                       "unknown house style: " + name + " (choose one of layouts/)");
        else slot = style_slot(name, sink);
        if (slot) {
            std::lock_guard lock(slot->mutex);
            DiagnosticSink layout_sink(lang);
            if (layout::check_glyphs(decree, *slot->engine.fonts, layout_sink)) {
                model::Variant variant = decree.meta.variant;
                pipeline::parse_variant(req.get_param_value("variant"), variant);
                render::SvgOptions so;
                so.font_family_prefix = "naskah-" + name + "-";  // from /fonts/NAME.css
                render::render_svg(decree, slot->engine.style, *slot->engine.fonts, *slot->shaper, variant, svg, pages, layout_sink, so);
            }
            check::CheckOptions co;
            co.lang = lang == Lang::En ? "en" : "id";
            co.style = &slot->engine.style;
            co.source_text = &req.body;
            check::run_checks(decree, co, sink);
            for (auto& d : layout_sink.items()) sink.add(std::move(d));
        }
    }
    sink.sort();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    reply(res, Json{{"pages", pages},
                    {"ms", json_write::rounded(ms, 1)},
                    {"diagnostics", diagnostics_json(sink)},
                    {"style", style_name},
                    {"svg", svg}});
}

// The saved file rendered to PDF or DOCX in the asked variant, as an attachment.
void Service::download(const httplib::Request& req, httplib::Response& res)
{
    const auto path = file_of(req, res);
    if (!path) return;
    std::string text;
    if (read_plain_file(*path, opts_.max_body, text) != ReadStatus::Ok) return fail(res, 404, "cannot open the file");
    Lang lang = Lang::Id;
    parse_lang(req.get_param_value("lang"), lang);
    DiagnosticSink sink(lang);
    pipeline::RenderRequest rq;
    const std::string format = req.get_param_value("format");
    if (format == "pdf") rq.formats = pipeline::Formats{true, false, false};
    else if (format == "docx") rq.formats = pipeline::Formats{false, true, false};
    else return fail(res, 400, "format is pdf or docx");
    if (req.has_param("variant")) {
        model::Variant v;
        if (!pipeline::parse_variant(req.get_param_value("variant"), v)) return fail(res, 400, "variant is asli, salinan or tte");
        rq.variant = v;
    }
    rq.run_checks = false;  // the editor shows them; a download is what the drafter asked for
    rq.source_text = &text;
    rq.epoch = pipeline::source_date_epoch();
    model::Decree decree;
    pipeline::RenderResult result;
    bool ok = xml::read_decree_text(path->string(), text, decree, sink);
    if (ok) {
        const std::string name = decree.layout_name.empty() ? "kpu" : decree.layout_name;
        const auto styles = shipped_styles();
        StyleSlot* slot = safe_style_name(name) && std::find(styles.begin(), styles.end(), name) != styles.end() ? style_slot(name, sink) : nullptr;
        ok = slot != nullptr;
        if (slot) {
            std::lock_guard lock(slot->mutex);
            ok = pipeline::render_decree(decree, slot->engine, *slot->shaper, rq, result, sink) && !result.files.empty();
        }
    }
    if (!ok) {
        sink.sort();
        res.status = 422;
        reply(res, Json{{"diagnostics", diagnostics_json(sink)}});
        return;
    }
    const auto& f = result.files.front();
    const std::string file_name = path->stem().string() + f.suffix;  // safe: from a checked name
    // RFC 6266: an ASCII name for old clients, the name itself percent-encoded (RFC 8187) for the rest
    std::string ascii, encoded;
    for (unsigned char ch : file_name) {
        ascii += ch < 0x80 ? static_cast<char>(ch) : '_';
        if (std::isalnum(ch) || std::strchr(".-_", ch)) encoded += static_cast<char>(ch);
        else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", ch);
            encoded += hex;
        }
    }
    res.set_header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    res.set_content(f.bytes, format == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

// The preview's words are <text> in the house style's own four faces (render/svg/), served here.
void Service::font_css(const std::string& style, httplib::Response& res)
{
    if (!shipped(style)) return fail(res, 404, "unknown house style");
    std::string css;
    for (int f = 0; f < 4; ++f)
        css += "@font-face { font-family: \"naskah-" + style + "-" + std::to_string(f) + "\"; src: url(\"/fonts/" + style + "/" + std::to_string(f) +
               "\") format(\"truetype\"); }\n";
    res.set_content(css, "text/css; charset=utf-8");
}

void Service::font_file(const std::string& style, int face, httplib::Response& res)
{
    DiagnosticSink sink;
    StyleSlot* slot = shipped(style) ? style_slot(style, sink) : nullptr;
    if (!slot) return fail(res, 404, "unknown house style");
    res.set_content(slot->engine.fonts->at(face).bytes(), "font/ttf");
}

void Service::install(httplib::Server& svr)
{
    svr.set_payload_max_length(opts_.max_body);
    // A browser keeps up to six connections open per tab, each holding a worker while it idles:
    // enough workers for a few tabs, and idle connections let go soon, so no request waits.
    svr.new_task_queue = [] { return new httplib::ThreadPool(32); };
    svr.set_keep_alive_timeout(2);
    svr.set_default_headers({
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
         "form-action 'none'; frame-ancestors 'none'; base-uri 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"X-Frame-Options", "DENY"},
    });
    // cpp-httplib answers some requests itself with an empty body (a POST without Content-Length
    // is 400, an unknown address 404): every error a client sees says what was expected
    svr.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // ours, already explained
        std::string why;
        switch (res.status) {
        case 400:
            why = "bad request: expected a body with its Content-Length on " + req.method + " " + req.path + " (an empty body: Content-Length: 0, curl -d '')";
            break;
        case 404: why = "no such address: " + req.path + "; expected /, /api/files, /api/file, /api/new, /api/preview or /api/download"; break;
        case 405: why = "method " + req.method + " not allowed on " + req.path; break;
        case 413:
            // cpp-httplib reads a form-encoded body (curl -d's default type) only up to 8 KiB
            why = req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0
                      ? "a form-encoded body is limited to 8 KiB; send the decree's text as text/plain (curl --data-binary @FILE -H 'Content-Type: text/plain'), up to 4 MiB"
                      : "the request is too large (at most 4 MiB)";
            break;
        default: why = "HTTP error " + std::to_string(res.status) + " on " + req.method + " " + req.path; break;
        }
        fail(res, res.status, why);
        return httplib::Server::HandlerResponse::Handled;
    }));
    svr.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        return allowed(req, res) ? httplib::Server::HandlerResponse::Unhandled : httplib::Server::HandlerResponse::Handled;
    });
    svr.Get("/", [this](const httplib::Request&, httplib::Response& res) {
        // the token moves into a cookie the page's own requests carry (SameSite: no other site's)
        res.set_header("Set-Cookie", "naskah_token=" + opts_.token + "; Path=/; HttpOnly; SameSite=Strict");
        static_file("editor.html", res);
    });
    svr.Get(R"(/static/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) { static_file(req.matches[1], res); });
    svr.Get("/api/files", [this](const httplib::Request&, httplib::Response& res) { list(res); });
    svr.Get("/api/file", [this](const httplib::Request& req, httplib::Response& res) { open(req, res); });
    svr.Put("/api/file", [this](const httplib::Request& req, httplib::Response& res) { save(req, res); });
    svr.Post("/api/new", [this](const httplib::Request& req, httplib::Response& res) { create(req, res); });
    svr.Post("/api/preview", [this](const httplib::Request& req, httplib::Response& res) { preview(req, res); });
    svr.Get(R"(/fonts/([a-z0-9_-]+)\.css)", [this](const httplib::Request& req, httplib::Response& res) { font_css(req.matches[1], res); });
    svr.Get(R"(/fonts/([a-z0-9_-]+)/([0-3]))", [this](const httplib::Request& req, httplib::Response& res) {
        font_file(req.matches[1], std::stoi(req.matches[2]), res);
    });
    svr.Get("/api/download", [this](const httplib::Request& req, httplib::Response& res) { download(req, res); });
}

}  // namespace

int run_server(const ServeOptions& options, const std::function<void(const std::string& url)>& ready)
{
    ServeOptions o = options;
    if (o.token.empty()) o.token = random_token();
    if (o.token.empty()) {
        std::cerr << "naskah serve: no random source for the access token\n";
        return 2;
    }
    std::error_code ec;
    if (!fs::is_directory(o.dir, ec)) {
        std::cerr << "naskah serve: not a folder: " << o.dir << "\n";
        return 2;
    }
    check::preload();
    Service service(o);
    httplib::Server svr;
    service.install(svr);
    int port = o.port;
    if (port == 0) port = svr.bind_to_any_port(o.host);
    else if (!svr.bind_to_port(o.host, port)) port = -1;
    if (port <= 0) {
        std::cerr << "naskah serve: cannot listen on " << o.host << ":" << o.port << "\n";
        return 2;
    }
    service.set_port(port);
    const std::string shown = o.host.find(':') != std::string::npos ? "[" + o.host + "]" : o.host;
    ready("http://" + shown + ":" + std::to_string(port) + "/?t=" + o.token);
    return svr.listen_after_bind() ? 0 : 2;
}

}  // namespace naskah::serve
