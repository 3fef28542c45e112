// SHA-256 (FIPS 180-4) for the archive manifest: hashes of inputs and outputs.
//
// Written here rather than linked from OpenSSL or Nettle so the manifest does not tie the build
// to a crypto library for one digest; tests/unit/test_batch_sha256.cpp checks it against the
// FIPS test vectors and sha256sum.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace naskah::batch {

class Sha256 {
public:
    Sha256();
    /// Uses only the portable code, not the CPU's SHA instructions (tests compare the two).
    explicit Sha256(bool portable_only) : Sha256() { portable_only_ = portable_only; }
    void update(std::string_view bytes);
    /// The digest as 64 lower-case hex digits. The object is spent afterwards.
    std::string hex();

private:
    void blocks(const unsigned char* p, std::size_t n);
    void block(const unsigned char* p);
    bool portable_only_ = false;
    std::array<std::uint32_t, 8> h_;
    unsigned char buffer_[64];
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace naskah::batch
