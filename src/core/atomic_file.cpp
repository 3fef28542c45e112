#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace fs = std::filesystem;

namespace naskah::atomic {

namespace {

// "PATH: cannot write: REASON", in the language of the diagnostic it goes into.
std::string cannot(const std::string& path, const char* what_id, const char* what_en, int err, Lang lang)
{
    return path + ": " + (lang == Lang::Id ? what_id : what_en) + ": " + system_error_text(err, lang);
}

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

std::string temp_marker(const std::string& tag) { return ".tmp-" + tag + "-"; }

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

bool write_file_atomically(const fs::path& path, std::string_view bytes, const std::string& tag, std::string& error, Lang lang)
{
    std::string temp;
    const int fd = write_new_temporary(path, bytes, tag, temp, error, lang);
    if (fd < 0) return false;
    int saved = ::fsync(fd) != 0 ? errno : 0;
    if (::close(fd) != 0 && saved == 0) saved = errno;
    if (saved == 0 && std::rename(temp.c_str(), path.c_str()) != 0) saved = errno;
    if (saved != 0) {
        error = cannot(path.string(), "tidak dapat ditulis", "cannot write", saved, lang);
        std::remove(temp.c_str());
        return false;
    }
    return true;
}

bool write_all_atomically(const std::vector<std::pair<std::string, std::string>>& files, const std::string& tag, std::string& error,
                          Lang lang, std::string* failed)
{
    std::vector<std::string> temps;
    auto drop = [&] {
        for (const auto& t : temps) std::remove(t.c_str());
    };
    for (const auto& [path, bytes] : files) {
        std::string temp;
        if (!write_temporary(path, bytes, tag, temp, error, lang)) {
            if (failed) *failed = path;
            drop();
            return false;
        }
        temps.push_back(std::move(temp));
    }
    for (std::size_t k = 0; k < files.size(); ++k) {
        if (std::rename(temps[k].c_str(), files[k].first.c_str()) == 0) continue;
        error = cannot(files[k].first, "tidak dapat ditulis", "cannot write", errno, lang);
        if (failed) *failed = files[k].first;
        for (std::size_t done = 0; done < k; ++done) std::remove(files[done].first.c_str());
        temps.erase(temps.begin(), temps.begin() + static_cast<std::ptrdiff_t>(k));
        drop();
        return false;
    }
    return true;
}

}  // namespace naskah::atomic
