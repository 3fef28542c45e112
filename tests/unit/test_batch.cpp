#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <string>

#include "batch/files.hpp"
#include "batch/inputs.hpp"
#include "batch/journal.hpp"
#include "batch/json.hpp"
#include "batch/manifest.hpp"
#include "batch/runner.hpp"
#include "batch/sha256.hpp"
#include "xml/decree_reader.hpp"

namespace fs = std::filesystem;
using namespace naskah::batch;

namespace {

class TempDir {
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "naskah-batch-test-XXXXXX").string();
        path_ = mkdtemp(pattern.data());
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

void write(const fs::path& p, const std::string& text)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

std::string read(const fs::path& p)
{
    std::string out, error;
    EXPECT_TRUE(read_whole_file(p.string(), out, error)) << p << ": " << error;
    return out;
}

std::string sample() { return read(fs::path(NASKAH_SOURCE_DIR) / "samples/keputusan-kpu-kab-malang-15-2022.xml"); }

/// The sample with another number (and so other bytes and another output).
std::string sample_numbered(int n)
{
    std::string s = sample();
    const std::string from = "<nomor>15/";
    s.replace(s.find(from), from.size(), "<nomor>" + std::to_string(n) + "/");
    return s;
}

DecreeRecord ok_record(const std::string& input)
{
    DecreeRecord r;
    r.input = input;
    r.input_sha256 = sha256_hex(input);
    r.status = Status::Ok;
    r.number = "1/HK/2022";
    r.title = "Judul \"dengan\" koma, dan\nbaris";
    r.date = "2022-01-17";
    r.variant = "salinan";
    r.layout = "kpu";
    r.layout_hash = "0123456789abcdef";
    r.naskah = "0.1.0";
    r.warnings = 3;
    r.outputs.push_back(OutputRecord{input + ".pdf", 1234, 10, sha256_hex("x")});
    r.options = "formats=pdf";
    return r;
}

class CaptureReporter : public Reporter {
public:
    void start(std::size_t, const Shard&, unsigned) override {}
    void finished(const DecreeRecord& r, Outcome o, const std::vector<naskah::Diagnostic>&) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        outcomes[r.input] = o;
    }
    void end(const Summary& s) override { summary = s; }
    void message(const std::string& text) override
    {
        std::lock_guard<std::mutex> lock(mutex);
        messages.push_back(text);
    }
    std::mutex mutex;
    std::map<std::string, Outcome> outcomes;
    std::vector<std::string> messages;
    Summary summary;
    std::size_t count(Outcome o) const
    {
        std::size_t n = 0;
        for (const auto& [input, outcome] : outcomes) n += outcome == o;
        return n;
    }
};

}  // namespace

TEST(BatchJson, ParsesWhatTheManifestWrites)
{
    json::Value v;
    std::string error;
    ASSERT_TRUE(json::parse(R"({"a": [1, -2.5e1, true, null], "s": "x\"\\\n\u00e9\ud83d\ude00", "o": {}})", v, error)) << error;
    EXPECT_EQ(v["a"].array.size(), 4u);
    EXPECT_EQ(v["a"].array[1].number, -25);
    EXPECT_EQ(v["s"].string, "x\"\\\n\xc3\xa9\xf0\x9f\x98\x80");
    EXPECT_TRUE(v["missing"].is_null());
    EXPECT_FALSE(json::parse("{\"a\": 1,}", v, error));
    EXPECT_FALSE(json::parse("{\"a\": 1} x", v, error));
    EXPECT_FALSE(json::parse("\"unterminated", v, error));
}

TEST(BatchManifest, RecordRoundTripsThroughTheJournal)
{
    DecreeRecord r = ok_record("2022/a.xml");
    r.errors.push_back(ProblemRecord{"2022/a.xml", 3, 4, "error", "E-X", "pesan \"salah\""});
    json::Value v;
    std::string error;
    ASSERT_TRUE(json::parse(journal_line(r), v, error)) << error;
    DecreeRecord back;
    ASSERT_TRUE(record_from_json(v, back));
    EXPECT_EQ(journal_line(back), journal_line(r));
    EXPECT_EQ(back.options, "formats=pdf");
    // the manifest states the options once, not per decree
    EXPECT_EQ(record_json(r).find("options"), std::string::npos);
}

// File names and messages may hold control characters and bytes that are not UTF-8 (a file
// name on Linux is any bytes): the journal line must stay one line of valid JSON, and writing it
// must not throw (nlohmann's default for invalid UTF-8).
TEST(BatchManifest, ControlCharactersAndInvalidUtf8StayValidJson)
{
    DecreeRecord r = ok_record("a\xff\xfe.xml");
    r.errors.push_back(ProblemRecord{"a\xff\xfe.xml", 1, 1, "error", "E-X", std::string("tab\tbell\x07nul") + '\0' + "end\b\f\xc3"});
    std::string line;
    ASSERT_NO_THROW(line = journal_line(r));
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_NE(line.find("\"a\xef\xbf\xbd\xef\xbf\xbd.xml\""), std::string::npos);  // one U+FFFD a byte
    EXPECT_NE(line.find("tab\\tbell\\u0007nul\\u0000end\\b\\f\xef\xbf\xbd"), std::string::npos);
    json::Value v;
    std::string error;
    ASSERT_TRUE(json::parse(line, v, error)) << error;
    Manifest m;
    m.naskah = "0.1.0";
    m.records = {r};
    Manifest back;
    ASSERT_TRUE(parse_manifest(manifest_json(m), back, error)) << error;
}

TEST(BatchManifest, JsonRoundTripAndCsvQuoting)
{
    Manifest m;
    m.naskah = "0.1.0";
    m.options.formats = "pdf";
    m.options.variant = "input";
    m.options.layout = "input";
    m.records = {ok_record("b.xml"), ok_record("a.xml")};
    DecreeRecord skipped;
    skipped.input = "c.xml";
    skipped.status = Status::Skipped;
    skipped.reason = "not a naskah document (root element <foo>)";
    m.records.push_back(skipped);
    const std::string text = manifest_json(m);
    EXPECT_LT(text.find("\"a.xml\""), text.find("\"b.xml\""));  // sorted by input
    Manifest back;
    std::string error;
    ASSERT_TRUE(parse_manifest(text, back, error)) << error;
    EXPECT_EQ(manifest_json(back), text);
    const std::string csv = manifest_csv(m);
    EXPECT_NE(csv.find("\"Judul \"\"dengan\"\" koma, dan\nbaris\""), std::string::npos);
    EXPECT_NE(csv.find("c.xml,,skipped,"), std::string::npos);
}

TEST(BatchManifest, MergedShardsEqualTheWhole)
{
    Manifest whole;
    whole.naskah = "0.1.0";
    whole.options.formats = "pdf";
    for (int i = 0; i < 20; ++i) whole.records.push_back(ok_record("d" + std::to_string(i) + ".xml"));
    std::vector<Manifest> parts(3);
    for (int k = 0; k < 3; ++k) {
        parts[k] = whole;
        parts[k].shard = std::to_string(k + 1) + "/3";
        parts[k].records.clear();
        for (const auto& r : whole.records)
            if (in_shard(r.input, Shard{static_cast<unsigned>(k + 1), 3})) parts[k].records.push_back(r);
    }
    Manifest merged;
    std::string error;
    ASSERT_TRUE(merge_manifests({parts[2], parts[0], parts[1]}, merged, error)) << error;
    EXPECT_EQ(manifest_json(merged), manifest_json(whole));
    ASSERT_TRUE(merge_manifests({parts[0], parts[1]}, merged, error));
    EXPECT_FALSE(merged.complete);  // a shard is missing
    EXPECT_FALSE(merge_manifests({parts[0], parts[0]}, merged, error));
    Manifest other = parts[1];
    other.options.formats = "docx";
    EXPECT_FALSE(merge_manifests({parts[0], other}, merged, error));
}

TEST(BatchShard, ParsesAndPartitions)
{
    Shard s;
    EXPECT_TRUE(parse_shard("2/3", s));
    EXPECT_EQ(s.index, 2u);
    EXPECT_EQ(s.tag(), "2-of-3");
    for (const char* bad : {"0/3", "4/3", "1/0", "a/b", "3", "1/3/4", "-1/3"}) EXPECT_FALSE(parse_shard(bad, s)) << bad;
    std::size_t counts[4] = {};
    for (int i = 0; i < 1000; ++i) {
        const std::string rel = "2022/keputusan-" + std::to_string(i) + ".xml";
        int owners = 0;
        for (unsigned k = 1; k <= 4; ++k)
            if (in_shard(rel, Shard{k, 4})) {
                ++owners;
                ++counts[k - 1];
            }
        EXPECT_EQ(owners, 1) << rel;
    }
    for (auto c : counts) EXPECT_GT(c, 180u);  // roughly even
}

TEST(BatchInputs, MirrorsFoldersAndSkipsTheOutputFolder)
{
    TempDir t;
    const fs::path a = t.path() / "arsip";
    write(a / "2021/k-1.xml", "<keputusan/>");
    write(a / "2022/k-1.xml", "<keputusan/>");
    write(a / "2022/sub/k-2.XML", "<keputusan/>");
    write(a / "2022/notes.txt", "not xml");
    write(a / ".git/x.xml", "<keputusan/>");
    write(a / "out/old.xml", "<keputusan/>");
    write(t.path() / "list.txt", "# decrees\n" + (a / "2021/k-1.xml").string() + "\n\n" + (a / "2021/missing.xml").string() + "\n");
    InputSet set;
    std::vector<std::string> errors;
    ASSERT_TRUE(collect_inputs({a.string(), (t.path() / "list.txt").string(), (a / "out/old.xml").string()}, a / "out", set, errors))
        << (errors.empty() ? "" : errors[0]);
    EXPECT_EQ(set.root, a);
    std::vector<std::string> rels;
    for (const auto& f : set.files) rels.push_back(f.rel);
    EXPECT_EQ(rels, (std::vector<std::string>{"2021/k-1.xml", "2021/missing.xml", "2022/k-1.xml", "2022/sub/k-2.XML"}));
    std::set<std::string> skipped;
    for (const auto& s : set.skipped) skipped.insert(s.input);
    EXPECT_EQ(skipped, (std::set<std::string>{"out/", "out/old.xml"}));
    EXPECT_EQ(output_base(t.path() / "o", set.files[2]), t.path() / "o/2022/k-1");

    EXPECT_FALSE(collect_inputs({(t.path() / "nothing-here").string()}, a / "out", set, errors));
}

TEST(BatchFiles, AtomicWriteAndStaleTemporaries)
{
    TempDir t;
    std::string error;
    ASSERT_TRUE(write_file_atomically(t.path() / "a.pdf", "bytes", "all", error)) << error;
    EXPECT_EQ(read(t.path() / "a.pdf"), "bytes");
    write(t.path() / "sub/b.pdf.tmp-all-Ab12Cd", "partial");
    write(t.path() / "sub/c.pdf.tmp-2-of-3-Ab12Cd", "another shard's");
    write(t.path() / "sub/d.tmp-all-notmine.pdf", "a decree's own name");
    EXPECT_EQ(remove_stale_temporaries(t.path(), "all"), 1u);
    EXPECT_FALSE(fs::exists(t.path() / "sub/b.pdf.tmp-all-Ab12Cd"));
    EXPECT_TRUE(fs::exists(t.path() / "sub/c.pdf.tmp-2-of-3-Ab12Cd"));
    EXPECT_TRUE(fs::exists(t.path() / "sub/d.tmp-all-notmine.pdf"));
    EXPECT_EQ(std::distance(fs::directory_iterator(t.path()), fs::directory_iterator()), 2);
}

TEST(BatchJournal, DropsALineCutShortByAKill)
{
    TempDir t;
    const fs::path p = t.path() / "journal.jsonl";
    DecreeRecord first = ok_record("a.xml"), second = ok_record("a.xml");
    second.warnings = 9;
    write(p, journal_line(first) + "\n" + journal_line(second) + "\n" + journal_line(ok_record("b.xml")).substr(0, 40));
    Journal j;
    std::string error;
    ASSERT_TRUE(j.open(p, error)) << error;
    ASSERT_EQ(j.previous().size(), 1u);
    EXPECT_EQ(j.previous().at("a.xml").warnings, 9u);  // the last record of an input wins
    const DecreeRecord c = ok_record("c.xml"), d = ok_record("d.xml");
    ASSERT_TRUE(j.append({&c, &d}, error));
    Journal again;
    ASSERT_TRUE(again.open(p, error));
    EXPECT_EQ(again.previous().size(), 3u);  // a, and the two appended in one write
    ASSERT_TRUE(again.compact({&c}, "all", error));
    EXPECT_EQ(read(p), journal_line(ok_record("c.xml")) + "\n");
}

TEST(BatchRun, RendersReportsFailuresAndResumes)
{
    TempDir t;
    const fs::path in = t.path() / "in", out = t.path() / "out";
    write(in / "2022/k-1.xml", sample_numbered(1));
    write(in / "2023/k-1.xml", sample_numbered(2));
    write(in / "bad.xml", "<keputusan><kepala>");
    write(in / "other.xml", "<gaya nama=\"x\"/>");
    BatchOptions options;
    options.inputs = {in.string()};
    options.outdir = out;
    options.jobs = 2;
    options.request.epoch = 1700000000;
    reset_stop();
    {
        CaptureReporter rep;
        EXPECT_EQ(run_batch(options, rep), 1);
        EXPECT_EQ(rep.count(Outcome::Rendered), 2u);
        EXPECT_EQ(rep.count(Outcome::Failed), 1u);
        EXPECT_EQ(rep.count(Outcome::Skipped), 1u);
    }
    Manifest m;
    std::string error;
    const std::string first_manifest = read(out / "manifest.json");
    ASSERT_TRUE(parse_manifest(first_manifest, m, error)) << error;
    EXPECT_TRUE(m.complete);
    ASSERT_EQ(m.records.size(), 4u);
    std::size_t outputs = 0;
    for (const auto& r : m.records) {
        if (r.input == "bad.xml") {
            EXPECT_EQ(r.status, Status::Failed);
            ASSERT_FALSE(r.errors.empty());
            EXPECT_EQ(r.errors[0].file, "bad.xml");
        }
        for (const auto& o : r.outputs) {
            const std::string bytes = read(out / o.path);
            EXPECT_EQ(bytes.size(), o.size);
            EXPECT_EQ(sha256_hex(bytes), o.sha256);
            EXPECT_GT(o.pages, 0);
            ++outputs;
        }
    }
    EXPECT_EQ(outputs, 2u);
    EXPECT_TRUE(fs::exists(out / "2022/k-1.salinan.pdf"));
    EXPECT_TRUE(fs::exists(out / "2023/k-1.salinan.pdf"));

    // Nothing changed: nothing is rendered again and the manifest is the same bytes.
    {
        CaptureReporter rep;
        EXPECT_EQ(run_batch(options, rep), 1);
        EXPECT_EQ(rep.count(Outcome::Rendered), 0u);
        EXPECT_EQ(rep.count(Outcome::Unchanged), 2u);
    }
    EXPECT_EQ(read(out / "manifest.json"), first_manifest);

    // A changed input and a lost output are rendered again; --force renders everything.
    write(in / "2022/k-1.xml", sample_numbered(3));
    fs::remove(out / "2023/k-1.salinan.pdf");
    {
        CaptureReporter rep;
        run_batch(options, rep);
        EXPECT_EQ(rep.count(Outcome::Rendered), 2u);
    }
    options.force = true;
    {
        CaptureReporter rep;
        run_batch(options, rep);
        EXPECT_EQ(rep.count(Outcome::Rendered), 2u);
    }
}

TEST(BatchRun, AHouseStyleThatDoesNotLoadFailsItsDecreesOnly)
{
    TempDir t;
    std::string other = sample_numbered(5);
    other.replace(other.find("gaya=\"kpu\""), 10, "gaya=\"tidak-ada\"");
    write(t.path() / "in/a.xml", sample_numbered(4));
    write(t.path() / "in/b.xml", other);
    BatchOptions options;
    options.inputs = {(t.path() / "in").string()};
    options.outdir = t.path() / "out";
    CaptureReporter rep;
    EXPECT_EQ(run_batch(options, rep), 1);
    EXPECT_EQ(rep.outcomes["a.xml"], Outcome::Rendered);
    EXPECT_EQ(rep.outcomes["b.xml"], Outcome::Failed);
    Manifest m;
    std::string error;
    ASSERT_TRUE(parse_manifest(read(options.outdir / "manifest.json"), m, error)) << error;
    ASSERT_EQ(m.records.size(), 2u);
    ASSERT_EQ(m.records[1].errors.size(), 1u);
    EXPECT_EQ(m.records[1].errors[0].code, "E-GAYA");
    EXPECT_EQ(m.records[1].errors[0].file, "b.xml");  // not the style's machine-specific path
}

// A file name that is not UTF-8 could not be written into the (UTF-8 JSON) manifest as itself:
// the decree fails with a request to rename it, and the manifest stays valid JSON.
TEST(BatchRun, AFileNameThatIsNotUtf8FailsItsDecreeOnly)
{
    TempDir t;
    write(t.path() / "in/a.xml", sample_numbered(8));
    write(t.path() / "in/b\xff.xml", sample_numbered(9));
    BatchOptions options;
    options.inputs = {(t.path() / "in").string()};
    options.outdir = t.path() / "out";
    CaptureReporter rep;
    EXPECT_EQ(run_batch(options, rep), 1);
    EXPECT_EQ(rep.outcomes["a.xml"], Outcome::Rendered);
    EXPECT_EQ(rep.outcomes["b\xff.xml"], Outcome::Failed);
    EXPECT_FALSE(fs::exists(options.outdir / "b\xff.salinan.pdf"));
    Manifest m;
    std::string error;
    ASSERT_TRUE(parse_manifest(read(options.outdir / "manifest.json"), m, error)) << error;
    ASSERT_EQ(m.records.size(), 2u);
    EXPECT_EQ(m.records[1].input, "b\xef\xbf\xbd.xml");
    ASSERT_EQ(m.records[1].errors.size(), 1u);
    EXPECT_EQ(m.records[1].errors[0].code, "E-BACA");
}

TEST(BatchRun, TwoInputsClaimingOneOutputDoNotOverwriteEachOther)
{
    TempDir t;
    std::string asli = sample_numbered(7);
    asli.replace(asli.find(" varian=\"salinan\""), 17, "");
    write(t.path() / "in/a.xml", sample_numbered(6));    // salinan: a.salinan.pdf
    write(t.path() / "in/a.salinan.xml", asli);         // asli: a.salinan.pdf too
    BatchOptions options;
    options.inputs = {(t.path() / "in").string()};
    options.outdir = t.path() / "out";
    options.jobs = 1;
    CaptureReporter rep;
    EXPECT_EQ(run_batch(options, rep), 1);
    EXPECT_EQ(rep.outcomes["a.salinan.xml"], Outcome::Rendered);
    EXPECT_EQ(rep.outcomes["a.xml"], Outcome::Failed);
    Manifest m;
    std::string error;
    ASSERT_TRUE(parse_manifest(read(options.outdir / "manifest.json"), m, error)) << error;
    ASSERT_EQ(m.records.size(), 2u);
    ASSERT_EQ(m.records[0].outputs.size(), 1u);
    EXPECT_EQ(sha256_hex(read(options.outdir / "a.salinan.pdf")), m.records[0].outputs[0].sha256);
    ASSERT_EQ(m.records[1].errors.size(), 1u);
    EXPECT_EQ(m.records[1].errors[0].code, "E-TULIS");
}

TEST(BatchRun, StopsCleanlyWhenAsked)
{
    TempDir t;
    for (int i = 0; i < 6; ++i) write(t.path() / "in" / ("k-" + std::to_string(i) + ".xml"), sample_numbered(i + 1));
    BatchOptions options;
    options.inputs = {(t.path() / "in").string()};
    options.outdir = t.path() / "out";
    options.jobs = 1;
    CaptureReporter rep;
    request_stop(2);  // before the first decree: nothing is taken
    EXPECT_EQ(run_batch(options, rep), 130);
    reset_stop();
    Manifest m;
    std::string error;
    ASSERT_TRUE(parse_manifest(read(options.outdir / "manifest.json"), m, error)) << error;
    EXPECT_FALSE(m.complete);
    EXPECT_TRUE(m.records.empty());
}

TEST(BatchInputs, EmptyAndUnreadableFilesAreDecreesThatFailNotSkips)
{
    std::string root;
    EXPECT_TRUE(naskah::xml::meant_as_decree("", root));                      // an empty file fails, with its error
    EXPECT_TRUE(naskah::xml::meant_as_decree("not XML at all\n", root));
    EXPECT_TRUE(root.empty());
    EXPECT_TRUE(naskah::xml::meant_as_decree("<keputusan><kepala>", root));   // broken, but a decree
    EXPECT_TRUE(naskah::xml::meant_as_decree("<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE k>\n<keputusan", root));
    EXPECT_FALSE(naskah::xml::meant_as_decree("<gaya nama=\"x\"/>", root));   // another document: skipped
    EXPECT_EQ(root, "gaya");
    EXPECT_FALSE(naskah::xml::meant_as_decree("\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- <keputusan> --><w:document><broken", root));
    EXPECT_EQ(root, "w:document");
}

TEST(BatchRun, OutputsOfInputsNoLongerGivenAreNamedThenPruned)
{
    TempDir t;
    const fs::path in = t.path() / "in", out = t.path() / "out";
    write(in / "a.xml", sample_numbered(1));
    write(in / "b.xml", sample_numbered(2));
    BatchOptions options;
    options.inputs = {in.string()};
    options.outdir = out;
    options.jobs = 1;
    options.request.epoch = 1700000000;
    reset_stop();
    {
        CaptureReporter rep;
        EXPECT_EQ(run_batch(options, rep), 0);
    }
    fs::remove(in / "b.xml");  // deleted from the archive after it was rendered
    for (int run = 0; run < 2; ++run) {  // named on every run until pruned
        CaptureReporter rep;
        EXPECT_EQ(run_batch(options, rep), 0);
        ASSERT_EQ(rep.messages.size(), 1u);
        EXPECT_NE(rep.messages[0].find("b.salinan.pdf"), std::string::npos) << rep.messages[0];
        EXPECT_NE(rep.messages[0].find("--prune"), std::string::npos) << rep.messages[0];
        EXPECT_TRUE(fs::exists(out / "b.salinan.pdf"));
        EXPECT_EQ(read(out / "manifest.json").find("b.xml"), std::string::npos);  // not in the manifest
    }
    options.prune = true;
    {
        CaptureReporter rep;
        EXPECT_EQ(run_batch(options, rep), 0);
        ASSERT_EQ(rep.messages.size(), 1u);
        EXPECT_NE(rep.messages[0].find("removed"), std::string::npos) << rep.messages[0];
    }
    EXPECT_FALSE(fs::exists(out / "b.salinan.pdf"));
    EXPECT_TRUE(fs::exists(out / "a.salinan.pdf"));
    options.prune = false;
    {
        CaptureReporter rep;
        EXPECT_EQ(run_batch(options, rep), 0);
        EXPECT_TRUE(rep.messages.empty());
    }
}

// More decrees than a commit group holds (64): the committer thread flushes, renames and
// journals full groups while the workers go on, and the rest when they are done. Every decree
// is reported once, listed in the manifest with a file under its final name, and no temporary
// file is left behind.
TEST(BatchRun, MoreDecreesThanAGroupAreAllCommitted)
{
    TempDir t;
    constexpr int kDecrees = 70;
    for (int i = 0; i < kDecrees; ++i) write(t.path() / "in" / ("k-" + std::to_string(i) + ".xml"), sample_numbered(100 + i));
    BatchOptions options;
    options.inputs = {(t.path() / "in").string()};
    options.outdir = t.path() / "out";
    options.jobs = 2;
    options.request.epoch = 1700000000;
    reset_stop();
    CaptureReporter rep;
    EXPECT_EQ(run_batch(options, rep), 0);
    EXPECT_EQ(rep.count(Outcome::Rendered), static_cast<std::size_t>(kDecrees));
    Manifest m;
    std::string error;
    ASSERT_TRUE(parse_manifest(read(options.outdir / "manifest.json"), m, error)) << error;
    EXPECT_TRUE(m.complete);
    ASSERT_EQ(m.records.size(), static_cast<std::size_t>(kDecrees));
    for (const auto& r : m.records) {
        EXPECT_EQ(r.status, Status::Ok) << r.input;
        ASSERT_EQ(r.outputs.size(), 1u) << r.input;
        EXPECT_EQ(sha256_hex(read(options.outdir / r.outputs[0].path)), r.outputs[0].sha256);
    }
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(options.outdir)) {
        if (!e.is_regular_file()) continue;
        const std::string name = e.path().filename().string();
        EXPECT_EQ(name.find(".tmp-"), std::string::npos) << name;
        files += name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0;
    }
    EXPECT_EQ(files, static_cast<std::size_t>(kDecrees));
    // the journal holds one line per decree
    const std::string journal = read(journal_path(options.outdir, options.shard));
    EXPECT_EQ(static_cast<int>(std::count(journal.begin(), journal.end(), '\n')), kDecrees);
}
