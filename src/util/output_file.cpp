// Checked, all-or-nothing output. The stream buffer writes with write(2) and
// keeps the errno of the first failure, so the message names the real reason
// (ENOSPC, EFBIG, EIO) however late the buffer is flushed. A file is built in
// "DIR/.NAME.tmp-PID-N" (O_EXCL, the target's permissions), fsync'ed, closed
// and renamed: readers see the old file or the new one, never a part.
#include "util/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <vector>

#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::util {

class FdBuf : public std::streambuf {
 public:
  FdBuf(int fd, bool line_flush) : m_fd(fd), m_line_flush(line_flush), m_buf(size_t{1} << 16) {
    setp(m_buf.data(), m_buf.data() + m_buf.size());
  }
  int error() const { return m_errno; }
  // Forgets what is buffered (a file given up on).
  void drop() { setp(m_buf.data(), m_buf.data() + m_buf.size()); }
  // Writes the buffer out; false (and nothing more is written) after a failure.
  bool drain() {
    const bool ok = write_all(pbase(), static_cast<size_t>(pptr() - pbase()));
    setp(m_buf.data(), m_buf.data() + m_buf.size());
    return ok;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) {
      return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
      if (m_line_flush && traits_type::to_char_type(c) == '\n' && !drain()) {
        return traits_type::eof();
      }
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    const auto size = static_cast<size_t>(n);
    if (m_errno != 0) {
      return 0;
    }
    if (size > static_cast<size_t>(epptr() - pptr())) {
      if (!drain()) {
        return 0;
      }
      if (size >= m_buf.size()) {
        return write_all(s, size) ? n : 0;
      }
    }
    std::memcpy(pptr(), s, size);
    pbump(static_cast<int>(n));
    if (m_line_flush && std::memchr(s, '\n', size) != nullptr && !drain()) {
      return 0;
    }
    return n;
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool write_all(const char* p, size_t n) {
    while (n > 0 && m_errno == 0) {
      const ssize_t w = ::write(m_fd, p, n);
      if (w < 0 && errno == EINTR) {
        continue;
      }
      if (w <= 0) {
        m_errno = w < 0 ? errno : EIO;
        break;
      }
      p += w;
      n -= static_cast<size_t>(w);
    }
    return m_errno == 0;
  }

  int m_fd;
  bool m_line_flush;
  std::vector<char> m_buf;
  int m_errno = 0;
};

FdStream::FdStream(int fd, std::string failure)
    : m_buf(std::make_unique<FdBuf>(fd, isatty(fd) == 1)),
      m_stream(std::make_unique<std::ostream>(m_buf.get())),
      m_failure(std::move(failure)) {}

FdStream::~FdStream() {
  m_buf->drain();
}

void FdStream::abandon() {
  m_buf->drop();
}

std::ostream& FdStream::stream() {
  return *m_stream;
}

bool FdStream::ok() const {
  return m_buf->error() == 0 && m_stream->good();
}

void FdStream::check() {
  m_buf->drain();
  if (m_buf->error() != 0) {
    throw DataError(m_failure + ": " + std::strerror(m_buf->error()));
  }
  if (!m_stream->good()) {
    throw DataError(m_failure + ": the output stream failed");
  }
}

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail_write(const std::string& path, int error) {
  throw DataError(path + ": cannot write: " + std::strerror(error));
}

// Devices, FIFOs and /proc files cannot be replaced by a rename.
bool written_directly(const std::string& path) {
  if (starts_with(path, "/dev/") || starts_with(path, "/proc/")) {
    return true;
  }
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

// The file a rename must replace: PATH, or what its symbolic link names.
std::string replaced_file(const std::string& path) {
  std::error_code ec;
  if (fs::is_symlink(path, ec)) {
    fs::path target = fs::weakly_canonical(path, ec);
    if (!ec) {
      return target.string();
    }
  }
  return path;
}

// Creates DIR/.NAME.tmp-PID-N next to `target`; returns its descriptor.
int create_temp(const std::string& path, const std::string& target, std::string& temp) {
  const fs::path t(target);
  const std::string dir = t.has_parent_path() ? t.parent_path().string() + "/" : "";
  for (int n = 0; n < 100; ++n) {
    temp = dir + "." + t.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
           std::to_string(n);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      struct stat st {};
      if (::stat(target.c_str(), &st) == 0) {
        ::fchmod(fd, st.st_mode & 07777);  // keep the permissions of the file it replaces
      }
      return fd;
    }
    if (errno != EEXIST) {
      fail_write(path, errno);
    }
  }
  fail_write(path, EEXIST);
}

}  // namespace

OutputFile::OutputFile(std::string path) : m_path(std::move(path)) {
  if (m_path.empty()) {
    throw DataError("cannot write a file with an empty name");
  }
  if (written_directly(m_path)) {
    m_target = m_path;
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (m_fd < 0) {
      fail_write(m_path, errno);
    }
  } else {
    m_target = replaced_file(m_path);
    if (::access(m_target.c_str(), F_OK) == 0 && ::access(m_target.c_str(), W_OK) != 0) {
      fail_write(m_path, errno);  // a file we may not write is not replaced either
    }
    m_fd = create_temp(m_path, m_target, m_temp);
  }
  m_stream = std::make_unique<FdStream>(m_fd, m_path + ": cannot write");
}

OutputFile::~OutputFile() {
  discard();
}

void OutputFile::discard() noexcept {
  if (m_stream) {
    m_stream->abandon();
    m_stream.reset();
  }
  if (m_fd >= 0) {
    ::close(m_fd);
    m_fd = -1;
  }
  if (!m_temp.empty()) {
    ::unlink(m_temp.c_str());
    m_temp.clear();
  }
}

std::ostream& OutputFile::stream() {
  return m_stream->stream();
}

bool OutputFile::ok() const {
  return m_stream && m_stream->ok();
}

void OutputFile::commit() {
  if (!m_stream) {
    throw DataError(m_path + ": cannot write: already finished");
  }
  try {
    m_stream->check();
  } catch (const DataError&) {
    discard();
    throw;
  }
  int error = 0;
  if (!m_temp.empty() && ::fsync(m_fd) != 0) {
    error = errno;
  }
  const int fd = m_fd;
  m_fd = -1;
  if (::close(fd) != 0 && error == 0) {
    error = errno;
  }
  if (error == 0 && !m_temp.empty() && ::rename(m_temp.c_str(), m_target.c_str()) != 0) {
    error = errno;
  }
  if (error != 0) {
    discard();
    fail_write(m_path, error);
  }
  if (!m_temp.empty()) {
    m_temp.clear();
    const fs::path dir = fs::path(m_target).parent_path();
    const int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      ::fsync(dfd);  // the rename itself survives a crash; best effort
      ::close(dfd);
    }
  }
  m_stream.reset();
}

void write_file_atomically(const std::string& path, std::string_view content) {
  OutputFile file(path);
  file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  file.commit();
}

}  // namespace ecc::util
