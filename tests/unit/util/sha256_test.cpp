#include "util/sha256.hpp"

#include <doctest/doctest.h>

TEST_SUITE("util") {
  TEST_CASE("util::sha256_hex") {
    SUBCASE("FIPS 180-4 test vectors") {
      CHECK(ecc::util::sha256_hex("") ==
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      CHECK(ecc::util::sha256_hex("abc") ==
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
      CHECK(ecc::util::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }
    SUBCASE("feeding in pieces gives the same digest as one piece") {
      std::string data(1000, 'a');
      ecc::util::Sha256 h;
      for (size_t i = 0; i < data.size(); i += 7) {
        h.update(std::string_view(data).substr(i, 7));
      }
      CHECK(h.hex_digest() == ecc::util::sha256_hex(data));
    }
    SUBCASE("one million 'a'") {
      CHECK(ecc::util::sha256_hex(std::string(1000000, 'a')) ==
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
  }
}
