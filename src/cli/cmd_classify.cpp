// `exportcheck classify PRODUCT [--as-of DATE] [--format table|json]`, or from raw specs
// with --spec FILE.json or --tops/--bits/--die-area/... flags: the ECCN of a
// chip, board or server under the rule versions in force on the date.
#include <CLI/CLI.hpp>
#include <fstream>
#include <limits>
#include <sstream>

#include "classify/classifier.hpp"
#include "cli/classification_inputs.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "import/product_catalog.hpp"
#include "report/classification_report.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

// Figures (TOPS, mm², GB/s) have no upper bound; decimal() still refuses inf and nan.
constexpr double k_max_figure = std::numeric_limits<double>::infinity();

struct ClassifyOptions {
  std::string product;
  std::string as_of;
  std::string spec_file;
  std::string format;
  double tops = 0;
  int bits = 0;
  double die_area = 0;
  double interconnect = 0;
  double memory_bandwidth = 0;
  bool datacenter = false;
  bool not_datacenter = false;
  std::vector<CLI::Option*> spec_flags;  // --tops ... --memory-bandwidth
  CLI::Option* die_area_opt = nullptr;
  CLI::Option* interconnect_opt = nullptr;
  CLI::Option* memory_opt = nullptr;
};

bool given(const CLI::Option* o) {
  return o != nullptr && o->count() > 0;
}

util::Date as_of_date(const ClassifyOptions& o, const Context& ctx) {
  if (o.as_of.empty()) {
    return ctx.today();
  }
  std::optional<util::Date> d = util::parse_iso_date(o.as_of);
  if (!d) {
    throw UsageError("--as-of: expected a date YYYY-MM-DD, got " + util::quote(o.as_of));
  }
  return *d;
}

model::Figure flag_figure(const CLI::Option* opt, double value) {
  model::Figure f;
  if (given(opt)) {
    f.value = value;
    f.provenance = {"command line", ""};
  }
  return f;
}

model::ProductSpec spec_from_flags(const ClassifyOptions& o) {
  if (o.bits <= 0 || o.bits > 64 || !(o.tops > 0)) {
    throw UsageError(
        "--tops and --bits are both needed (TOPS > 0, bits 1-64) to classify from flags");
  }
  model::ProductSpec s;
  s.id = "flags";
  s.model = "spec from command line";
  s.throughput = std::vector<model::Throughput>{{"given", o.bits, o.tops, {"command line", ""}}};
  s.die_area_mm2 = flag_figure(o.die_area_opt, o.die_area);
  s.interconnect_gbps = flag_figure(o.interconnect_opt, o.interconnect);
  s.memory_bandwidth_gbps = flag_figure(o.memory_opt, o.memory_bandwidth);
  if (o.datacenter || o.not_datacenter) {
    s.datacenter.value = o.datacenter;
    s.datacenter.provenance = {"command line", ""};
  }
  return s;
}

// The spec in FILE, or on standard input for "-".
model::ProductSpec spec_from_file(Context& ctx, const std::string& path) {
  if (path == "-") {
    return import::parse_product_spec(ctx.read_stdin(), k_stdin_name);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DataError(path + ": cannot read the spec file");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return import::parse_product_spec(text.str(), path);
}

int run_classify(const ClassifyOptions& o, Context& ctx) {
  bool flags = std::any_of(o.spec_flags.begin(), o.spec_flags.end(), given);
  int sources = (o.product.empty() ? 0 : 1) + (o.spec_file.empty() ? 0 : 1) + (flags ? 1 : 0);
  if (sources != 1) {
    throw UsageError("give exactly one of PRODUCT, --spec FILE or --tops/--bits flags");
  }
  util::Date as_of = as_of_date(o, ctx);
  ClassificationInputs in = load_classification_inputs(ctx);
  model::ProductSpec custom;
  model::Classification c;
  if (!o.product.empty()) {
    c = classify_name(in, o.product, as_of);
  } else {
    custom = flags ? spec_from_flags(o) : spec_from_file(ctx, o.spec_file);
    c = classify::classify(custom, in.catalog.products, in.rules, as_of);
  }
  o.format == "json" ? report::print_classification_json(ctx.out(), c)
                     : report::print_classification_table(ctx.out(), c);
  return 0;
}

void add_spec_flags(CLI::App* cmd, ClassifyOptions& o) {
  o.spec_flags.push_back(cmd->add_option("--tops", o.tops, "dense peak TOPS/TFLOPS")
                             ->type_name("N")
                             ->check(decimal(0, k_max_figure)));
  o.spec_flags.push_back(cmd->add_option("--bits", o.bits, "bit length of that format")
                             ->type_name("N")
                             ->check(whole_number(1, 64)));
  o.die_area_opt = cmd->add_option("--die-area", o.die_area, "applicable die area")
                       ->type_name("MM2")
                       ->check(decimal(0, k_max_figure));
  o.interconnect_opt =
      cmd->add_option("--interconnect", o.interconnect, "bidirectional I/O bandwidth")
          ->type_name("GBPS")
          ->check(decimal(0, k_max_figure));
  o.memory_opt = cmd->add_option("--memory-bandwidth", o.memory_bandwidth, "DRAM bandwidth")
                     ->type_name("GBPS")
                     ->check(decimal(0, k_max_figure));
  CLI::Option* dc =
      cmd->add_flag("--datacenter", o.datacenter, "designed or marketed for datacenters");
  CLI::Option* not_dc = cmd->add_flag("--not-datacenter", o.not_datacenter,
                                      "not designed or marketed for datacenters");
  dc->excludes(not_dc);
  o.spec_flags.insert(o.spec_flags.end(),
                      {o.die_area_opt, o.interconnect_opt, o.memory_opt, dc, not_dc});
}

}  // namespace

void setup_classify(CLI::App& app, Context& ctx, const CommandEntry& self) {
  auto opts = std::make_shared<ClassifyOptions>();
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->add_option("PRODUCT", opts->product, "product name, SKU, alias or catalog id");
  cmd->add_option("--as-of", opts->as_of,
                  "classify under the rules in force on DATE (default today)")
      ->type_name("DATE");
  add_format_option(cmd, opts->format, {"table", "json"});
  add_output_option(cmd, ctx.output_path);
  cmd->add_option("--spec", opts->spec_file,
                  "classify a product described in a JSON file (- for standard input)")
      ->type_name("FILE.json");
  add_spec_flags(cmd, *opts);
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_classify(*opts, ctx); }; });
}

}  // namespace ecc::cli
