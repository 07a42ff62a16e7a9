#pragma once
// Where a command writes its result: standard output, or `-o FILE` written all
// or nothing (util::OutputFile). A command that takes -o creates one of these,
// renders into stream() and calls commit() once the result is complete; an
// error before that leaves FILE as it was (no partial report).

#include <iosfwd>
#include <memory>
#include <string>

namespace ecc::util {
class OutputFile;
}

namespace ecc::cli {

class Context;

class CommandOutput {
 public:
  // `path` empty: ctx.out(). Otherwise creates FILE's temporary file at once,
  // so an unwritable place fails before any work (DataError).
  CommandOutput(Context& ctx, const std::string& path);
  ~CommandOutput();
  CommandOutput(const CommandOutput&) = delete;
  CommandOutput& operator=(const CommandOutput&) = delete;

  std::ostream& stream();
  // Throws DataError when a write has already failed, so a long run stops
  // early instead of computing a report nobody can read. Cheap: no flush.
  void check();
  // Puts the result in place: FILE renamed over the old one, or standard
  // output flushed and checked. DataError naming the file and the reason.
  void commit();

 private:
  Context& m_ctx;
  std::unique_ptr<util::OutputFile> m_file;
};

}  // namespace ecc::cli
