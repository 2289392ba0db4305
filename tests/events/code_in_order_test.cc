// CodeInOrder (include/dyad/parallel.h): output in input order whatever the
// thread count, and bounded memory — the reader never runs more than
// max_in_flight documents ahead of the sink, even when the sink is slow, so a
// 2 GB input is never held in memory.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "dyad/parallel.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

std::shared_ptr<const Pipeline> SmallPipeline() {
  PipelineOptions o;
  o.dict = std::string("dyad:") + DYAD_SOURCE_DIR + "/data/dict";
  o.model_path = "none";  // the coder's fallback: this test is about scheduling
  auto p = Pipeline::Create(o);
  EXPECT_TRUE(p.ok()) << p.status().message();
  return p.ok() ? p.value() : nullptr;
}

struct OrderRun {
  size_t delivered = 0;
  size_t max_ahead = 0;  // documents read but not yet delivered, at most
  bool in_order = true;
  size_t events = 0;
};

OrderRun CodeMany(const Pipeline& pipeline, int threads, size_t max_in_flight, size_t docs, bool slow_sink) {
  OrderRun run;
  size_t produced = 0;
  ParallelOptions opt;
  opt.threads = threads;
  opt.max_in_flight = max_in_flight;
  auto next = [&](Document* d, Status*) {
    if (produced == docs) return false;
    d->id = "doc" + std::to_string(produced);
    d->date = "20240115";
    d->text = produced % 2 ? "Russia urged Armenia not to trust the West.\n"
                           : "Armenia criticized Russia over the border talks.\n";
    ++produced;
    run.max_ahead = std::max(run.max_ahead, produced - run.delivered);
    return true;
  };
  auto sink = [&](CodedDocument& c) {
    if (c.seq != run.delivered || c.doc.id != "doc" + std::to_string(run.delivered)) run.in_order = false;
    run.events += c.events.size();
    ++run.delivered;
    if (slow_sink) std::this_thread::sleep_for(std::chrono::microseconds(100));
  };
  CodeInOrder(pipeline, opt, next, sink);
  return run;
}

TEST(CodeInOrder, ReaderStaysWithinTheInFlightBoundWhenTheSinkIsSlow) {
  auto p = SmallPipeline();
  ASSERT_TRUE(p);
  for (int threads : {1, 2, 4}) {
    OrderRun r = CodeMany(*p, threads, 12, 3000, /*slow_sink=*/true);
    EXPECT_EQ(r.delivered, 3000u) << threads << " threads";
    EXPECT_TRUE(r.in_order) << threads << " threads";
    EXPECT_LE(r.max_ahead, 12u + 1) << threads << " threads";
    EXPECT_GT(r.events, 0u);
  }
}

TEST(CodeInOrder, EventCountIsIndependentOfThreads) {
  auto p = SmallPipeline();
  ASSERT_TRUE(p);
  OrderRun one = CodeMany(*p, 1, 0, 500, false);
  OrderRun three = CodeMany(*p, 3, 0, 500, false);
  EXPECT_EQ(one.delivered, 500u);
  EXPECT_EQ(three.delivered, 500u);
  EXPECT_TRUE(three.in_order);
  EXPECT_GT(one.events, 0u);
  EXPECT_EQ(one.events, three.events);
}

}  // namespace
}  // namespace dyad
