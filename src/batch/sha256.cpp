#include "batch/sha256.hpp"

#include <openssl/evp.h>

#include <new>
#include <stdexcept>

namespace naskah::batch {

struct Sha256::Context {
    EVP_MD_CTX* md = nullptr;
    ~Context() { EVP_MD_CTX_free(md); }
};

// A failure here is no input's fault (libcrypto out of memory): it throws, and the caller's
// per-decree handler reports it.
Sha256::Sha256() : ctx_(std::make_unique<Context>())
{
    ctx_->md = EVP_MD_CTX_new();
    if (!ctx_->md) throw std::bad_alloc();
    if (EVP_DigestInit_ex(ctx_->md, EVP_sha256(), nullptr) != 1) throw std::runtime_error("EVP_DigestInit_ex(SHA-256) failed");
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes)
{
    if (EVP_DigestUpdate(ctx_->md, bytes.data(), bytes.size()) != 1) throw std::runtime_error("EVP_DigestUpdate failed");
}

std::string Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (EVP_DigestFinal_ex(ctx_->md, digest, &n) != 1 || n != 32) throw std::runtime_error("EVP_DigestFinal_ex failed");
    static const char* digits = "0123456789abcdef";
    std::string out(64, '0');
    for (unsigned i = 0; i < 32; ++i) {
        out[2 * i] = digits[digest[i] >> 4];
        out[2 * i + 1] = digits[digest[i] & 15];
    }
    return out;
}

std::string sha256_hex(std::string_view bytes)
{
    Sha256 h;
    h.update(bytes);
    return h.hex();
}

}  // namespace naskah::batch
