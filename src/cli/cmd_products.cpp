// `exportcheck products list|show`: the chip catalog with its figures, sources
// and confidence.
#include <CLI/CLI.hpp>

#include "cli/classification_inputs.hpp"
#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "report/product_report.hpp"

namespace ecc::cli {

namespace {

struct ProductsOptions {
  std::string format;
  std::string name;
};

}  // namespace

void setup_products(CLI::App& app, Context& ctx, const CommandEntry& self) {
  auto opts = std::make_shared<ProductsOptions>();
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->require_subcommand(1);
  CLI::App* list = cmd->add_subcommand("list", "list the catalog: id, vendor, model, TPP, PD");
  add_format_option(list, opts->format, {"table", "json"});
  add_output_option(list, ctx.output_path);
  list->callback([&ctx, opts] {
    ctx.action = [&ctx, opts] {
      ClassificationInputs in = load_classification_inputs(ctx);
      opts->format == "json" ? report::print_product_list_json(ctx.out(), in.catalog)
                             : report::print_product_list_table(ctx.out(), in.catalog);
      return 0;
    };
  });
  CLI::App* show = cmd->add_subcommand("show", "show one product's figures with sources");
  show->add_option("NAME", opts->name, "product name, SKU, alias or id")->required();
  add_format_option(show, opts->format, {"table", "json"});
  add_output_option(show, ctx.output_path);
  show->callback([&ctx, opts] {
    ctx.action = [&ctx, opts] {
      ClassificationInputs in = load_classification_inputs(ctx);
      const model::ProductSpec& p = resolve_product(in.catalog, opts->name);
      opts->format == "json" ? report::print_product_json(ctx.out(), p)
                             : report::print_product_table(ctx.out(), p);
      return 0;
    };
  });
}

}  // namespace ecc::cli
