#pragma once
// The parallel part of `exportcheck audit`: rows are read in batches on the
// calling thread, matched on worker threads, and written back on the calling
// thread in input order. At most a few batches per worker are in flight, so
// memory stays flat however long the input is.

#include <cstddef>
#include <functional>
#include <ostream>

#include "model/customer.hpp"
#include "report/audit_report.hpp"

namespace ecc::cli {

struct PipelineSteps {
  std::function<bool(model::Customer&)> read;                      // false at end of input
  std::function<report::CustomerResult(model::Customer&&)> audit;  // runs on workers
  std::function<void(report::CustomerResult&)> write;              // input order
  std::function<double()> progress_fraction;  // share of the input read, in [0, 1]; optional
};

struct PipelineOptions {
  unsigned jobs = 1;                 // worker threads
  size_t batch_rows = 256;           // rows per batch
  std::ostream* progress = nullptr;  // where to draw a progress bar (a terminal), or none
};

// Runs the steps to the end of input and returns the number of rows. An
// exception from any step stops the workers and is rethrown here.
size_t run_audit_pipeline(const PipelineSteps& steps, const PipelineOptions& options);

}  // namespace ecc::cli
