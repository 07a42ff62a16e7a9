#include "util/output_file.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <ostream>

#include "temp_dir.hpp"
#include "util/error.hpp"
#include "util/file_io.hpp"

namespace {

// Names in the directory, to see that no temporary file is left.
size_t files_in(const std::string& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_SUITE("util") {
  TEST_CASE("util::OutputFile") {
    ecc::test::TempDir dir;
    const std::string path = dir.file("out.csv");
    SUBCASE("commit puts the whole file in place; before that the old one stays") {
      dir.write("out.csv", "old\n");
      ::chmod(path.c_str(), 0640);
      ecc::util::OutputFile f(path);
      f.stream() << std::string(200000, 'x') << "\n";
      CHECK(ecc::util::read_file(path) == "old\n");
      CHECK(files_in(dir.file("")) == 2);  // out.csv and its temporary file
      f.commit();
      CHECK(ecc::util::read_file(path).size() == 200001);
      CHECK(files_in(dir.file("")) == 1);
      struct stat st {};
      REQUIRE(::stat(path.c_str(), &st) == 0);
      CHECK((st.st_mode & 0777) == 0640);  // the permissions of the file it replaced
    }
    SUBCASE("without commit (an error on the way) nothing is left and the old file is kept") {
      dir.write("out.csv", "old\n");
      {
        ecc::util::OutputFile f(path);
        f.stream() << "partial";
      }
      CHECK(ecc::util::read_file(path) == "old\n");
      CHECK(files_in(dir.file("")) == 1);
    }
    SUBCASE("a symbolic link is kept; the file it names is replaced") {
      dir.write("target.csv", "old\n");
      std::filesystem::create_symlink(dir.file("target.csv"), path);
      ecc::util::write_file_atomically(path, "new\n");
      CHECK(std::filesystem::is_symlink(path));
      CHECK(ecc::util::read_file(dir.file("target.csv")) == "new\n");
    }
    SUBCASE("a device is written directly, and its failure is reported with the reason") {
      ecc::util::OutputFile null_device("/dev/null");
      null_device.stream() << "nothing";
      null_device.commit();
      ecc::util::OutputFile full("/dev/full");
      full.stream() << std::string(100000, 'x');
      CHECK_FALSE(full.ok());
      CHECK_THROWS_WITH_AS(full.commit(), "/dev/full: cannot write: No space left on device",
                           ecc::DataError);
    }
    SUBCASE("a place that cannot be written fails at once") {
      CHECK_THROWS_WITH_AS(ecc::util::OutputFile(dir.file("no-dir/out.csv")),
                           doctest::Contains("no-dir/out.csv: cannot write: No such file"),
                           ecc::DataError);
    }
  }

  TEST_CASE("util::FdStream") {
    SUBCASE("remembers the first failed write and names its reason") {
      const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
      REQUIRE(fd >= 0);
      {
        ecc::util::FdStream out(fd, "writing standard output");
        out.stream() << "short";  // buffered: the failure shows at the flush
        CHECK(out.ok());
        CHECK_THROWS_WITH_AS(out.check(), "writing standard output: No space left on device",
                             ecc::DataError);
        CHECK_FALSE(out.ok());
      }
      ::close(fd);
    }
    SUBCASE("passes everything through to a good descriptor") {
      ecc::test::TempDir dir;
      const std::string path = dir.file("o.txt");
      const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
      REQUIRE(fd >= 0);
      {
        ecc::util::FdStream out(fd, "writing o.txt");
        out.stream() << "a" << std::string(70000, 'b') << 'c';  // larger than the buffer
        out.check();
      }
      ::close(fd);
      CHECK(ecc::util::read_file(path).size() == 70002);
    }
  }
}
