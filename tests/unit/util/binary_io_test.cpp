#include "util/binary_io.hpp"

#include <doctest/doctest.h>

#include "util/error.hpp"

TEST_SUITE("util") {
  TEST_CASE("util::BinaryWriter and BinaryReader") {
    ecc::util::BinaryWriter w;
    w.put<uint32_t>(7);
    w.put_string("héllo");
    w.put_string(std::string(300, 'x'));  // a two-byte length prefix
    w.put_strings({"a", "", "c"});
    w.put_array(std::vector<uint32_t>{1, 2, 3});
    w.put<uint8_t>(9);  // misaligns what follows: arrays are padded back to 8 bytes
    w.put_array(std::vector<uint64_t>{42, 43});
    const std::string bytes = w.finish();
    SUBCASE("reads back what was written, arrays viewed in place") {
      ecc::util::BinaryReader r(bytes, "test data");
      CHECK(r.get<uint32_t>() == 7);
      CHECK(r.get_string() == "héllo");
      CHECK(r.get_string() == std::string(300, 'x'));
      CHECK(r.get_strings() == std::vector<std::string>{"a", "", "c"});
      CHECK(r.get_array<uint32_t>() == std::vector<uint32_t>{1, 2, 3});
      CHECK(r.get<uint8_t>() == 9);
      const ecc::util::Array<uint64_t> v = r.view_array<uint64_t>();
      REQUIRE(v.size() == 2);
      CHECK(v[0] == 42);
      CHECK(v[1] == 43);
      CHECK(reinterpret_cast<uintptr_t>(v.data()) % 8 == 0);
      CHECK(r.at_end());
    }
    SUBCASE("damage is a DataError naming the data") {
      std::string damaged = bytes;
      damaged[5] ^= 1;
      CHECK_THROWS_WITH_AS(ecc::util::BinaryReader(damaged, "test data"),
                           "test data: checksum mismatch: the stored data is damaged",
                           ecc::DataError);
      CHECK_THROWS_AS(ecc::util::BinaryReader(bytes.substr(0, 4), "test data"), ecc::DataError);
    }
    SUBCASE("reading past the end is a DataError, not a crash") {
      ecc::util::BinaryWriter small;
      small.put<uint64_t>(1000000);  // read back as an array length
      const std::string b = small.finish();
      ecc::util::BinaryReader r(b, "test data");
      CHECK_THROWS_AS(r.get_array<uint32_t>(), ecc::DataError);
    }
  }
  TEST_CASE("util::Array owns or views") {
    ecc::util::Array<int> owned(std::vector<int>{1, 2, 3});
    ecc::util::Array<int> copy = owned;
    CHECK(copy.size() == 3);
    CHECK(copy.data() != owned.data());
    const int raw[] = {4, 5};
    ecc::util::Array<int> view = ecc::util::Array<int>::view(raw);
    ecc::util::Array<int> moved = std::move(view);
    CHECK(moved.data() == raw);
    CHECK(moved.owned_bytes() == 0);
  }
}
