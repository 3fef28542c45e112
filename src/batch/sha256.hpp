// SHA-256 for the archive manifest: hashes of inputs and outputs, computed by OpenSSL's EVP
// interface (libcrypto, already loaded through libzip; it picks the CPU's SHA instructions
// itself). tests/unit/test_batch_sha256.cpp checks it against the FIPS vectors and sha256sum.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace naskah::batch {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view bytes);
    /// The digest as 64 lower-case hex digits. The object is spent afterwards.
    std::string hex();

private:
    struct Context;
    std::unique_ptr<Context> ctx_;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace naskah::batch
