#pragma once
// Checks for option values with plain messages ("--max-age: expected a whole
// number from 0 to 100000, got 'abc'"), run by CLI11 before it converts the
// text, so a bad value is a usage error (exit 2) that names the option and
// never CLI11's raw conversion text. And the one way commands add --format.

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
class Validator;
}  // namespace CLI

namespace ecc::cli {

// A whole number in [min, max] (decimal digits, optional leading '-').
CLI::Validator whole_number(long long min, long long max);

// A decimal number in [min, max] ("0.85", "1e3"; no "nan", "inf" or hex).
CLI::Validator decimal(double min, double max);

// One of `choices`, exactly as written. Its description "{a,b,c}" is shown
// in --help and read back by the man page and the shell completions.
CLI::Validator one_of(const std::vector<std::string>& choices);

// The choices of `opt` when it was checked with one_of; empty otherwise.
std::vector<std::string> option_choices(const CLI::Option& opt);

// Adds `-o,--output FILE` bound to `path` (Context::output_path): the result
// is written to FILE all or nothing instead of standard output.
void add_output_option(CLI::App* cmd, std::string& path);

// Adds `--format CHOICE` (the first choice is the default) and, for each of
// `aliases` (a subset of `choices`), a flag `--ALIAS` that means `--format
// ALIAS` ("--json" for json). Giving two of them is a usage error.
void add_format_option(CLI::App* cmd, std::string& format, const std::vector<std::string>& choices,
                       const std::vector<std::string>& aliases = {"json"});

}  // namespace ecc::cli
