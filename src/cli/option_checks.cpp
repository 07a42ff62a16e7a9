#include "cli/option_checks.hpp"

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>

#include "util/strings.hpp"

namespace ecc::cli {

namespace {

const char* const k_choices_validator = "one_of";

std::string number_text(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

// "from 0 to 256", or ">= 0" when there is no upper bound.
std::string bounds(bool unbounded, const std::string& text_min, const std::string& text_max) {
  return unbounded ? ">= " + text_min : "from " + text_min + " to " + text_max;
}

}  // namespace

CLI::Validator whole_number(long long min, long long max) {
  const std::string expected = "expected a whole number " +
                               bounds(max == std::numeric_limits<long long>::max(),
                                      std::to_string(min), std::to_string(max)) +
                               ", got ";
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        long long v = 0;
        const char* end = text.data() + text.size();
        auto [ptr, ec] = std::from_chars(text.data(), end, v);
        if (text.empty() || ec != std::errc() || ptr != end || v < min || v > max) {
          return expected + util::quote(text);
        }
        return {};
      },
      "");
}

CLI::Validator decimal(double min, double max) {
  const std::string expected = "expected a number " +
                               bounds(!std::isfinite(max), number_text(min), number_text(max)) +
                               ", got ";
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        double v = 0;
        const char* end = text.data() + text.size();
        auto [ptr, ec] = std::from_chars(text.data(), end, v);
        if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(v) || v < min ||
            v > max) {
          return expected + util::quote(text);
        }
        return {};
      },
      "");
}

CLI::Validator one_of(const std::vector<std::string>& choices) {
  const std::string listed = util::join(choices, ", ");
  CLI::Validator v(
      [=](std::string& text) -> std::string {
        for (const std::string& c : choices) {
          if (text == c) {
            return {};
          }
        }
        return "expected one of " + listed + ", got " + util::quote(text);
      },
      "{" + util::join(choices, ",") + "}", k_choices_validator);
  return v;
}

std::vector<std::string> option_choices(const CLI::Option& opt) {
  try {
    // get_validator is not const in CLI11 2.1; it does not change the option.
    const CLI::Validator* v = const_cast<CLI::Option&>(opt).get_validator(k_choices_validator);
    std::string d = v->get_description();
    if (d.size() < 2) {
      return {};
    }
    return util::split(std::string_view(d).substr(1, d.size() - 2), ",");
  } catch (const CLI::OptionNotFound&) {
    return {};
  }
}

void add_output_option(CLI::App* cmd, std::string& path) {
  cmd->add_option("-o,--output", path,
                  "write the result to FILE, all or nothing (default: standard output)")
      ->type_name("FILE");
}

void add_format_option(CLI::App* cmd, std::string& format, const std::vector<std::string>& choices,
                       const std::vector<std::string>& aliases) {
  format = choices.front();
  CLI::Option* main = cmd->add_option("--format", format,
                                      "output format: " + util::join(choices, ", ") + " (default " +
                                          choices.front() + ")")
                          ->type_name("FORMAT")
                          ->check(one_of(choices));
  std::vector<CLI::Option*> all{main};
  for (const std::string& alias : aliases) {
    all.push_back(cmd->add_flag_callback(
        "--" + alias, [&format, alias] { format = alias; }, "same as --format " + alias));
  }
  for (CLI::Option* a : all) {
    for (CLI::Option* b : all) {
      if (a != b) {
        a->excludes(b);
      }
    }
  }
}

}  // namespace ecc::cli
