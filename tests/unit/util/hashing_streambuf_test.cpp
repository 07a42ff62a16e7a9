#include "util/hashing_streambuf.hpp"

#include <doctest/doctest.h>

#include <istream>
#include <sstream>

TEST_SUITE("util") {
  TEST_CASE("util::HashingStreambuf") {
    SUBCASE("the bytes read through it, in any pieces, hash like the whole text") {
      std::string text(200000, 'x');
      text += "\nlast line";
      std::istringstream source(text);
      ecc::util::HashingStreambuf buf(source.rdbuf());
      std::istream in(&buf);
      CHECK(in.peek() == 'x');  // a peek reads ahead but hashes each byte once
      std::string line;
      std::string seen;
      while (std::getline(in, line)) {
        seen += line + "\n";
      }
      CHECK(seen == text + "\n");
      CHECK(buf.hex_digest() == ecc::util::sha256_hex(text));
    }
    SUBCASE("an empty source") {
      std::istringstream source("");
      ecc::util::HashingStreambuf buf(source.rdbuf());
      std::istream in(&buf);
      CHECK(in.peek() == std::char_traits<char>::eof());
      CHECK(buf.hex_digest() == ecc::util::sha256_hex(""));
    }
  }
}
