# Third-party libraries, all from Debian packages (see scripts/deps.sh).
# Each is wrapped in an INTERFACE target with SYSTEM includes so that their
# warnings never fire, and each is linked by exactly one module.
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Boost 1.74 REQUIRED)
find_package(Threads REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(CURL 7.85 REQUIRED)  # CURLOPT_PROTOCOLS_STR; Debian libcurl4-openssl-dev
find_path(DOCTEST_INCLUDE_DIR doctest/doctest.h REQUIRED)
