#include "cli/output.hpp"

#include <ostream>

#include "cli/context.hpp"
#include "util/output_file.hpp"

namespace ecc::cli {

CommandOutput::CommandOutput(Context& ctx, const std::string& path) : m_ctx(ctx) {
  if (!path.empty()) {
    m_file = std::make_unique<util::OutputFile>(path);
  }
}

CommandOutput::~CommandOutput() = default;

std::ostream& CommandOutput::stream() {
  return m_file ? m_file->stream() : m_ctx.out();
}

void CommandOutput::check() {
  if (m_file && !m_file->ok()) {
    m_file->commit();  // a write failed: commit() throws with the reason and removes the file
  } else if (!m_file && !m_ctx.out().good()) {
    m_ctx.check_out();
  }
}

void CommandOutput::commit() {
  if (m_file) {
    m_file->commit();
  } else {
    m_ctx.check_out();
  }
}

}  // namespace ecc::cli
