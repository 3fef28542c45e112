#include "batch/files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace fs = std::filesystem;

namespace naskah::batch {

namespace {

using atomic::temp_marker;

// "PATH: cannot write: REASON", in the language of the diagnostic it goes into.
std::string cannot(const std::string& path, const char* what_id, const char* what_en, int err, Lang lang)
{
    return path + ": " + (lang == Lang::Id ? what_id : what_en) + ": " + system_error_text(err, lang);
}

}  // namespace

bool sync_file_system(const fs::path& folder, std::string& error, Lang lang)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) {
        error = cannot(folder.string(), "tidak dapat disimpan ke disk", "cannot flush to disk", errno, lang);
        if (fd >= 0) ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

std::size_t remove_stale_temporaries(const fs::path& folder, const std::string& tag)
{
    const std::string marker = temp_marker(tag);
    std::size_t removed = 0;
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        std::error_code e1;
        // a folder below holding its own .naskah-batch is another run's output folder: its
        // temporaries may be live, and they are not ours to sweep
        if (it->is_directory(e1) && fs::exists(it->path() / ".naskah-batch", e1)) {
            it.disable_recursion_pending();
            continue;
        }
        const std::string name = it->path().filename().string();
        const std::size_t at = name.rfind(marker);
        // the marker is followed by mkstemp's six characters and nothing else
        if (at == std::string::npos || name.size() != at + marker.size() + 6) continue;
        std::error_code e2;
        if (it->is_regular_file(e2) && fs::remove(it->path(), e2)) ++removed;
    }
    return removed;
}

bool read_whole_file(const std::string& path, std::string& out, std::string& error, Lang lang)
{
    out.clear();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = system_error_text(errno, lang);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            error = system_error_text(errno, lang);
            ::close(fd);
            return false;
        }
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return true;
}

FolderLock::~FolderLock()
{
    if (fd_ >= 0) ::close(fd_);
}

bool FolderLock::acquire(const fs::path& lock_file, std::string& error)
{
    fd_ = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        error = lock_file.string() + ": " + std::strerror(errno);
        return false;
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        error = errno == EWOULDBLOCK ? "another naskah batch is writing to this output folder (" + lock_file.string() + ")"
                                     : lock_file.string() + ": " + std::strerror(errno);
        ::close(fd_);
        fd_ = -1;
        return false;
    }
    return true;
}

}  // namespace naskah::batch

namespace naskah::batch {

bool inside_outdir(const std::string& relative)
{
    if (relative.empty()) return false;
    const fs::path p(relative);
    if (p.is_absolute() || p.has_root_name() || p.has_root_directory()) return false;
    for (const auto& part : p)
        if (part == "..") return false;
    return true;
}

}  // namespace naskah::batch
