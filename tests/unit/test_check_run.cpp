// The checks' thread of `naskah render` (pipeline::CheckRun): started before the fonts, handed the
// decree later, or never handed one when the render stops early. Each way must end the thread and
// give the same findings as the checks run in the calling thread.
#include <gtest/gtest.h>

#include <atomic>
#include <string>

#include "check/checks.hpp"
#include "pipeline/pipeline.hpp"
#include "xml/decree_reader.hpp"

using namespace naskah;

namespace {

const std::string kReference = std::string(NASKAH_SOURCE_DIR) + "/samples/keputusan-kpu-kab-malang-15-2022.xml";

std::atomic<int> warm_ups{0};
void count_warm_up() { ++warm_ups; }

std::vector<std::string> codes_of(const DiagnosticSink& sink)
{
    std::vector<std::string> out;
    for (const auto& d : sink.items()) out.push_back(d.code + "@" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column));
    return out;
}

}  // namespace

TEST(CheckRun, FindsWhatTheChecksFindInTheCallingThread)
{
    DiagnosticSink sink;
    model::Decree decree;
    ASSERT_TRUE(xml::read_decree(kReference, decree, sink));
    style::HouseStyle house;
    ASSERT_TRUE(style::load_style("kpu", house, sink));
    pipeline::RenderRequest request;

    DiagnosticSink direct;
    check::CheckOptions opts;
    opts.style = &house;
    opts.lang = request.lang;
    check::run_checks(decree, opts, direct);
    ASSERT_FALSE(direct.items().empty());  // the reference carries slips of its own

    const int before = warm_ups;
    pipeline::CheckRun run(Lang::Id, count_warm_up);
    EXPECT_FALSE(run.started());
    run.start(decree, house, request);
    EXPECT_TRUE(run.started());
    EXPECT_EQ(&run.style(), &house);  // the layout of the same decree takes this style
    const DiagnosticSink found = run.finish();
    EXPECT_EQ(warm_ups, before + 1);
    EXPECT_EQ(codes_of(found), codes_of(direct));
}

TEST(CheckRun, ARunNeverHandedADecreeEndsItsThread)
{
    const int before = warm_ups;
    {
        pipeline::CheckRun run(Lang::Id, count_warm_up);
    }  // would hang here if the thread kept waiting
    EXPECT_EQ(warm_ups, before + 1);
    pipeline::CheckRun run(Lang::En);
    EXPECT_TRUE(run.finish().items().empty());
}
