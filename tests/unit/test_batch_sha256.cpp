#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "batch/sha256.hpp"

using naskah::batch::Sha256;
using naskah::batch::sha256_hex;

namespace {

// one update, for comparing with the digest fed in pieces
std::string whole_at_once(std::string_view s)
{
    Sha256 h;
    h.update(s);
    return h.hex();
}

}  // namespace

// FIPS 180-4 examples (csrc.nist.gov "SHA256.pdf", "SHA2_Additional.pdf").
TEST(BatchSha256, FipsVectors)
{
    const std::pair<std::string, const char*> vectors[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {std::string(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (const auto& [text, digest] : vectors) {
        EXPECT_EQ(sha256_hex(text), digest);
        EXPECT_EQ(whole_at_once(text), digest);
    }
}

// Lengths around the 55/56/64-byte padding edges, fed in pieces of every size.
TEST(BatchSha256, PaddingEdgesAndPiecesAgree)
{
    std::string data;
    for (int i = 0; i < 300; ++i) data += static_cast<char>(i * 31 + 7);
    for (std::size_t n : {0u, 1u, 55u, 56u, 57u, 63u, 64u, 65u, 119u, 120u, 128u, 129u, 300u}) {
        const std::string_view part(data.data(), n);
        const std::string whole = whole_at_once(part);
        EXPECT_EQ(sha256_hex(part), whole) << n;
        for (std::size_t piece : {1u, 3u, 17u, 64u}) {
            Sha256 h;
            for (std::size_t b = 0; b < n; b += piece) h.update(part.substr(b, piece));
            EXPECT_EQ(h.hex(), whole) << n << " in pieces of " << piece;
        }
    }
}

TEST(BatchSha256, MatchesSha256sum)
{
    const std::string path = std::string(NASKAH_SOURCE_DIR) + "/samples/keputusan-kpu-kab-malang-15-2022.xml";
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    FILE* p = popen(("sha256sum '" + path + "'").c_str(), "r");
    ASSERT_NE(p, nullptr);
    char out[65] = {};
    const std::size_t n = std::fread(out, 1, 64, p);
    pclose(p);
    if (n != 64) GTEST_SKIP() << "sha256sum is not available";
    EXPECT_EQ(sha256_hex(bytes), std::string(out, 64));
}
