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

std::string temp_marker(const std::string& tag) { return ".tmp-" + tag + "-"; }

// "PATH: cannot write: REASON", in the language of the diagnostic it goes into.
std::string cannot(const std::string& path, const char* what_id, const char* what_en, int err, Lang lang)
{
    return path + ": " + (lang == Lang::Id ? what_id : what_en) + ": " + system_error_text(err, lang);
}

}  // namespace

namespace {

// Creates the temporary file and writes it; the descriptor stays open for the caller's fsync.
int write_new_temporary(const fs::path& path, std::string_view bytes, const std::string& tag, std::string& temp, std::string& error,
                        Lang lang)
{
    const std::string pattern = path.string() + temp_marker(tag) + "XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) {
        error = cannot(path.string(), "berkas sementara tidak dapat dibuat", "cannot create a temporary file", errno, lang);
        return -1;
    }
    temp.assign(name.data());
    fchmod(fd, 0644);
    std::size_t off = 0;
    while (off < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = cannot(path.string(), "tidak dapat ditulis", "cannot write", errno, lang);
            ::close(fd);
            std::remove(temp.c_str());
            return -1;
        }
        off += static_cast<std::size_t>(n);
    }
    return fd;
}

}  // namespace

bool write_file_atomically(const fs::path& path, std::string_view bytes, const std::string& tag, std::string& error)
{
    std::string temp;
    const int fd = write_new_temporary(path, bytes, tag, temp, error, Lang::En);
    if (fd < 0) return false;
    // fsync before the rename: after a crash the final name holds either the old or the new
    // bytes, never an empty file.
    int saved = ::fsync(fd) != 0 ? errno : 0;
    ::close(fd);
    if (saved == 0 && std::rename(temp.c_str(), path.c_str()) != 0) saved = errno;
    if (saved != 0) {
        error = path.string() + ": cannot write: " + std::strerror(saved);
        std::remove(temp.c_str());
        return false;
    }
    return true;
}

bool write_temporary(const fs::path& path, std::string_view bytes, const std::string& tag, std::string& temp, std::string& error,
                     Lang lang)
{
    const int fd = write_new_temporary(path, bytes, tag, temp, error, lang);
    if (fd < 0) return false;
    if (::close(fd) != 0) {
        error = cannot(path.string(), "tidak dapat ditulis", "cannot write", errno, lang);
        std::remove(temp.c_str());
        return false;
    }
    return true;
}

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
