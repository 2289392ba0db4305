// Parallel coding with ordered output. Documents come from one producer (a
// reader), are coded by N workers sharing one immutable Pipeline, and are
// delivered to `sink` one at a time, on the calling thread, in input order —
// so `-j N` output is byte-identical to `-j 1`. Memory is bounded: at most
// `max_in_flight` documents are held at once, whatever the input size.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"

namespace dyad {

struct CodedDocument {
  size_t seq = 0;             // input order
  Document doc;
  Status error;               // a read error (doc unset) or a coding error
  std::vector<Event> events;
  size_t sentences = 0;
};

struct ParallelOptions {
  int threads = 1;               // <= 1: code on the calling thread
  size_t max_in_flight = 0;      // 0: 8 * threads + 16
  bool time_stages = false;
};

// `next(doc, error)` returns false at end of input (see DocumentReader::Next).
// `sink` is called in input order on the calling thread. Per-stage times of
// all workers are summed into *times when non-null.
void CodeInOrder(const Pipeline& pipeline, const ParallelOptions& options,
                 const std::function<bool(Document*, Status*)>& next,
                 const std::function<void(CodedDocument&)>& sink, StageTimes* times = nullptr);

}  // namespace dyad
