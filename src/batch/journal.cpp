#include "batch/journal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "batch/files.hpp"

namespace naskah::batch {

Journal::~Journal()
{
    if (fd_ >= 0) ::close(fd_);
}

bool Journal::open(const std::filesystem::path& path, std::string& error)
{
    path_ = path;
    previous_.clear();
    std::string text, read_error;
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !read_whole_file(path.string(), text, read_error)) {
        error = path.string() + ": " + read_error;
        return false;
    }
    // Everything after the last newline is a line a kill interrupted.
    const std::size_t complete = text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1;
    if (complete != text.size()) std::filesystem::resize_file(path, complete, ec);
    std::size_t b = 0;
    while (b < complete) {
        const std::size_t e = text.find('\n', b);
        json::Value v;
        std::string parse_error;
        DecreeRecord r;
        if (json::parse(std::string_view(text).substr(b, e - b), v, parse_error) && record_from_json(v, r))
            previous_[r.input] = std::move(r);
        b = e + 1;
    }
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        error = path.string() + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool Journal::append(const std::vector<const DecreeRecord*>& records, std::string& error)
{
    std::string lines;
    for (const DecreeRecord* r : records) lines += journal_line(*r) + "\n";
    if (lines.empty()) return true;
    std::lock_guard<std::mutex> lock(mutex_);
    // One write: with O_APPEND a kill can cut it short but never interleave it with another.
    std::size_t off = 0;
    while (off < lines.size()) {
        const ssize_t n = ::write(fd_, lines.data() + off, lines.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = path_.string() + ": " + std::strerror(errno);
            return false;
        }
        off += static_cast<std::size_t>(n);
    }
    return true;
}

bool Journal::compact(const std::vector<const DecreeRecord*>& records, const std::string& tag, std::string& error)
{
    std::string text;
    for (const DecreeRecord* r : records) text += journal_line(*r) + "\n";
    std::lock_guard<std::mutex> lock(mutex_);
    if (!write_file_atomically(path_, text, tag, error)) return false;
    if (fd_ >= 0) ::close(fd_);
    fd_ = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    return true;
}

}  // namespace naskah::batch
