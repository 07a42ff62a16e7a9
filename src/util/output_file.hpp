#pragma once
// Checked output. Every byte exportcheck writes goes through a FdStream, so a
// failed write (a full disk, a file size limit, an I/O error) becomes an error
// with its reason instead of a short report and a normal exit code. Files are
// written all or nothing (OutputFile): into a temporary file beside the
// target, renamed over it only once everything was written, flushed and
// synced; on failure the temporary file is removed and the previous file, if
// any, is left as it was.

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace ecc::util {

class FdBuf;

// An ostream over a file descriptor it does not own (64 KiB buffer; flushed at
// each line end when the descriptor is a terminal). The first failed write is
// remembered and every later write is dropped.
class FdStream {
 public:
  // `failure` starts the message of check(): "writing standard output".
  FdStream(int fd, std::string failure);
  ~FdStream();  // flushes what is left; errors then are ignored (check() first)
  FdStream(const FdStream&) = delete;
  FdStream& operator=(const FdStream&) = delete;

  std::ostream& stream();
  // False once a write has failed.
  bool ok() const;
  // Flushes. Throws DataError "FAILURE: REASON" when any write failed.
  void check();
  // Drops what is buffered without writing it (for a file given up on).
  void abandon();

 private:
  std::unique_ptr<FdBuf> m_buf;
  std::unique_ptr<std::ostream> m_stream;
  std::string m_failure;
};

// A file written all or nothing. Creates PATH's temporary file beside it at
// once; commit() puts it in place. Paths under /dev/ and /proc/ and existing
// files that are not regular files (a FIFO, /dev/null) are written directly.
// A symbolic link is kept: its target is replaced. A file this process may
// not write is not replaced either (EACCES).
class OutputFile {
 public:
  // Throws DataError "PATH: cannot write: REASON" when the file cannot be created.
  explicit OutputFile(std::string path);
  // Without commit(): removes the temporary file; PATH stays as it was.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream();
  // False once a write has failed (commit() will throw).
  bool ok() const;
  // Flushes, syncs and closes the temporary file and renames it to PATH.
  // Throws DataError "PATH: cannot write: REASON"; PATH is then unchanged.
  void commit();
  const std::string& path() const { return m_path; }

 private:
  void discard() noexcept;

  std::string m_path;    // as given, for messages
  std::string m_target;  // what is replaced: PATH, or the file a symbolic link names
  std::string m_temp;    // empty when writing directly
  int m_fd = -1;
  std::unique_ptr<FdStream> m_stream;
};

// Writes `content` to `path` all or nothing (OutputFile); DataError on failure.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace ecc::util
