// CodeInOrder: a reader feeding N workers through a bounded queue; results are
// reordered by sequence number and handed to the sink on the calling thread.
#include "dyad/parallel.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace dyad {

namespace {

void AddTimes(const StageTimes& from, StageTimes* to) {
  to->clean += from.clean;
  to->segment += from.segment;
  to->parse += from.parse;
  to->actors += from.actors;
  to->events += from.events;
  to->enrich += from.enrich;
}

void CodeOne(Pipeline::Worker* w, CodedDocument* cd) {
  if (!cd->error.ok()) return;
  cd->error = w->Code(cd->doc, &cd->events);
  cd->sentences = w->analysis().sentences.size();
}

}  // namespace

void CodeInOrder(const Pipeline& pipeline, const ParallelOptions& options,
                 const std::function<bool(Document*, Status*)>& next,
                 const std::function<void(CodedDocument&)>& sink, StageTimes* times) {
  if (options.threads <= 1) {
    auto w = pipeline.NewWorker();
    w->time_stages = options.time_stages;
    CodedDocument cd;
    for (size_t seq = 0;; ++seq) {
      cd.seq = seq;
      cd.events.clear();
      cd.sentences = 0;
      cd.error = Status::Ok();
      if (!next(&cd.doc, &cd.error)) break;
      CodeOne(w.get(), &cd);
      sink(cd);
    }
    if (times) AddTimes(w->times(), times);
    return;
  }
  const size_t cap = options.max_in_flight ? options.max_in_flight : 8 * options.threads + 16;
  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  std::deque<std::unique_ptr<CodedDocument>> queue;
  std::map<size_t, std::unique_ptr<CodedDocument>> done;
  size_t in_flight = 0;
  bool input_done = false;

  std::vector<std::thread> threads;
  std::vector<StageTimes> worker_times(options.threads);
  for (int t = 0; t < options.threads; ++t) {
    threads.emplace_back([&, t] {
      auto w = pipeline.NewWorker();
      w->time_stages = options.time_stages;
      for (;;) {
        std::unique_ptr<CodedDocument> cd;
        {
          std::unique_lock<std::mutex> lock(mu);
          work_cv.wait(lock, [&] { return !queue.empty() || input_done; });
          if (queue.empty()) break;
          cd = std::move(queue.front());
          queue.pop_front();
        }
        CodeOne(w.get(), cd.get());
        {
          std::lock_guard<std::mutex> lock(mu);
          size_t seq = cd->seq;
          done.emplace(seq, std::move(cd));
        }
        done_cv.notify_one();
      }
      worker_times[t] = w->times();
    });
  }

  // The calling thread reads input and drains results in order.
  size_t next_out = 0, seq = 0;
  auto drain = [&](std::unique_lock<std::mutex>& lock) {
    for (;;) {
      auto it = done.find(next_out);
      if (it == done.end()) return;
      std::unique_ptr<CodedDocument> cd = std::move(it->second);
      done.erase(it);
      --in_flight;
      lock.unlock();
      sink(*cd);
      lock.lock();
      ++next_out;
    }
  };
  for (;;) {
    auto cd = std::make_unique<CodedDocument>();
    cd->seq = seq;
    if (!next(&cd->doc, &cd->error)) break;
    ++seq;
    std::unique_lock<std::mutex> lock(mu);
    drain(lock);
    while (in_flight >= cap) {
      done_cv.wait(lock, [&] { return done.count(next_out) > 0; });
      drain(lock);
    }
    ++in_flight;
    queue.push_back(std::move(cd));
    lock.unlock();
    work_cv.notify_one();
  }
  {
    std::unique_lock<std::mutex> lock(mu);
    input_done = true;
    work_cv.notify_all();
    while (next_out < seq) {
      done_cv.wait(lock, [&] { return done.count(next_out) > 0; });
      drain(lock);
    }
  }
  for (auto& th : threads) th.join();
  if (times) {
    for (const auto& wt : worker_times) AddTimes(wt, times);
  }
}

}  // namespace dyad
