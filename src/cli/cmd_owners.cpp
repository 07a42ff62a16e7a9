// `exportcheck owners NAME|ID`: one party's ownership picture on a date: its
// ultimate parent and headquarters, what it inherits under the OFAC 50 % rule
// and the BIS Affiliates Rule (with the paths of percentages), NS-CMIC notes,
// and its neighbourhood as Graphviz DOT, or all of it as an HTML page with
// the picture as inline SVG. Lookup: entity id, list entry key,
// exact name, then the list entry the matcher finds; several or none -> exit 3.
// Reads the ownership index for the entity's ancestry and neighbourhood only
// (graph::LocalAnalysis; the whole graph in memory when there is no index).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <tuple>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "cli/ownership_inputs.hpp"
#include "cli/run_settings.hpp"
#include "cli/screening_lists.hpp"
#include "graph/local_analysis.hpp"
#include "graph/render.hpp"
#include "match/matcher.hpp"
#include "report/owners_report.hpp"
#include "rules/ownership_rules.hpp"
#include "store/store.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace ecc::cli {

namespace {

struct OwnersOpts {
  std::string query;
  std::string as_of;
  std::string format;      // table, json, dot, html
  std::string affiliates;  // "", active, stayed
};

void add_unique(std::vector<std::uint32_t>& out, std::uint32_t n) {
  if (std::find(out.begin(), out.end(), n) == out.end()) {
    out.push_back(n);
  }
}

// Entities linked to the list entries the matcher finds for `query` (read
// from the stored match index only when the other lookups found nothing).
std::vector<std::uint32_t> by_matcher(Context& ctx, const store::Store& db,
                                      const graph::StoredGraph& g, const std::string& query) {
  std::vector<std::uint32_t> out;
  ScreeningLists lists = load_screening_lists(ctx, db);
  if (lists.entry_count == 0) {
    return out;
  }
  for (const match::MatchResult& r : lists.matcher->match(match::Query{query, "", {}}).results) {
    if (r.decision == match::Decision::match) {
      for (std::uint32_t n : g.find_listed(r.list_code, r.entry_key)) {
        add_unique(out, n);
      }
    }
  }
  return out;
}

// The three names sharing most words with the query, then closest by edit distance.
std::string suggestions(const graph::StoredGraph& g, const graph::LocalAnalysis& a,
                        const std::string& query) {
  std::vector<std::string> words = util::split(graph::fold_name(query), " ");
  std::vector<std::tuple<long, std::size_t, std::string>> scored;
  g.each_name([&](const graph::StoredNode& node) {
    if (!a.exists(node)) {
      return;
    }
    std::string name = graph::fold_name(node.entity.name);
    long shared = 0;
    for (const std::string& w : words) {
      shared += name.find(w) != std::string::npos ? 1 : 0;
    }
    scored.emplace_back(-shared, util::edit_distance(graph::fold_name(query), name),
                        node.entity.name);
  });
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> names;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
    names.push_back(util::quote(std::get<2>(scored[i])));
  }
  return names.empty() ? "" : "; closest: " + util::join(names, ", ");
}

// By entity id, then list entry key, then exact (folded) name, then the matcher.
std::uint32_t find_entity(Context& ctx, const store::Store& db, const graph::StoredGraph& g,
                          const graph::LocalAnalysis& a, const std::string& query) {
  if (std::optional<std::uint32_t> id = g.find_id(query); id && a.exists(*id)) {
    return *id;
  }
  std::vector<std::uint32_t> found = g.find_listed("", query);
  if (found.empty()) {
    for (std::uint32_t n : g.find_name(graph::fold_name(query))) {
      if (a.exists(n)) {
        add_unique(found, n);
      }
    }
  }
  if (found.empty()) {
    found = by_matcher(ctx, db, g, query);
  }
  if (found.size() == 1) {
    return found.front();
  }
  if (found.empty()) {
    throw DataError("no entity " + util::quote(query) + " in the ownership data" +
                    suggestions(g, a, query));
  }
  std::vector<std::string> ids;
  for (std::uint32_t n : found) {
    graph::StoredNode node = g.node(n);
    ids.push_back(util::quote(node.entity.id) + " (" + node.entity.name + ")");
  }
  throw DataError(util::quote(query) + " is ambiguous in the ownership data: " +
                  util::join(ids, ", ") + "; give the id");
}

graph::AnalysisOptions analysis_options(Context& ctx, const OwnersOpts& opts) {
  graph::AnalysisOptions options;
  options.as_of = ctx.today();
  if (!opts.as_of.empty()) {
    std::optional<util::Date> d = util::parse_iso_date(opts.as_of);
    if (!d) {
      throw UsageError("invalid --as-of " + util::quote(opts.as_of) + " (expected YYYY-MM-DD)");
    }
    options.as_of = *d;
  }
  options.rules =
      rules::load_ownership_rules(ctx.rules_dir(), affiliates_assumption(ctx, opts.affiliates));
  return options;
}

// What the DOT picture concludes: each entity's mark on the date (each one
// answered from its own ancestry), and the date and rule windows as its caption.
graph::DotConclusion dot_conclusion(const graph::StoredGraph& g,
                                    const graph::LocalAnalysis& analysis,
                                    const graph::LocalAnswer& answer) {
  graph::DotConclusion c;
  const graph::LocalQuestion status_only{graph::OwnershipAnalysis::Detail::status, false, -1, -1};
  for (const model::OwnedEntity& e : answer.neighbourhood.entities) {
    std::optional<std::uint32_t> n = g.find_id(e.id);
    if (!n)
      continue;
    if (std::optional<graph::LocalAnswer> a = analysis.answer(*n, status_only)) {
      c.marks[e.id] = graph::node_mark(e, a->restrictions);
    }
  }
  c.caption = {"as of " + analysis.options().as_of.iso() + " (exportcheck owners)",
               "OFAC 50 % rule in force; Affiliates Rule " +
                   std::string(model::rule_state_name(answer.affiliates_state)) + " (" +
                   answer.affiliates_note + ")"};
  return c;
}

// The neighbourhood three levels up and down with the conclusion drawn on
// it, as `--dot` and the HTML picture show it.
report::OwnersPicture owners_picture(const graph::StoredGraph& g,
                                     const graph::LocalAnalysis& analysis, std::uint32_t n) {
  graph::LocalQuestion q{graph::OwnershipAnalysis::Detail::status, false, 3, 3};
  std::optional<graph::LocalAnswer> hood = analysis.answer(n, q);
  report::OwnersPicture picture;
  picture.conclusion = dot_conclusion(g, analysis, *hood);
  picture.neighbourhood = std::move(hood->neighbourhood);
  return picture;
}

// The entity's report: restrictions explained, its direct owners and
// holdings, and what the list entries it is listed as say of it.
report::OwnersView owners_view(const store::Store& db, const graph::LocalAnalysis& analysis,
                               std::uint32_t n) {
  std::optional<graph::LocalAnswer> a =
      analysis.answer(n, {graph::OwnershipAnalysis::Detail::explained, true, 1, 1});
  report::OwnersView view;
  view.as_of = analysis.options().as_of;
  view.entity = std::move(a->entity);
  view.parent = std::move(a->parent);
  view.restrictions = std::move(a->restrictions);
  view.affiliates_state = std::string(model::rule_state_name(a->affiliates_state));
  view.affiliates_note = a->affiliates_note;
  view.neighbourhood = std::move(a->neighbourhood);
  view.diagnostics = std::move(a->diagnostics);
  // "listed as an affiliate of ...": the links of the entries the entity is listed as.
  std::vector<std::string> keys;
  for (const model::EntityListing& l : view.entity.listings) {
    keys.push_back(l.entry_key);
  }
  const std::vector<model::ListEntry> listed =
      keys.empty() ? std::vector<model::ListEntry>{} : db.active_entries_with_keys(keys);
  for (const model::EntityListing& l : view.entity.listings) {
    for (const model::ListEntry& e : listed) {
      if (e.list_code == l.list_code && e.entry_key == l.entry_key) {
        for (const model::EntryLink& link : e.links) {
          view.list_links.push_back(report::list_tag(l.list_code) + " [" + l.entry_key +
                                    "]: " + model::link_text(link));
        }
      }
    }
  }
  return view;
}

int run_owners(Context& ctx, const OwnersOpts& opts) {
  graph::AnalysisOptions options = analysis_options(ctx, opts);
  store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  OwnershipInputs ownership = load_ownership(db, ctx.rules_dir(), OwnershipMode::per_party,
                                             affiliates_assumption(ctx, opts.affiliates));
  if (ownership.graph->entities() == 0) {
    throw DataError("database '" + db.path() + "' has no ownership data; import an ownership " +
                    "file with 'exportcheck db import FILE'");
  }
  const graph::StoredGraph& g = *ownership.graph;
  graph::LocalAnalysis analysis(g, options);
  std::uint32_t n = find_entity(ctx, db, g, analysis, opts.query);
  if (opts.format == "dot") {
    const report::OwnersPicture picture = owners_picture(g, analysis, n);
    ctx.out() << graph::render_dot(picture.neighbourhood, &picture.conclusion);
    return 0;
  }
  const report::OwnersView view = owners_view(db, analysis, n);
  if (opts.format == "json") {
    report::print_owners_json(ctx.out(), view);
  } else if (opts.format == "html") {
    report::print_owners_html(ctx.out(), view, owners_picture(g, analysis, n));
  } else {
    report::print_owners_table(ctx.out(), view);
  }
  return 0;
}

}  // namespace

void setup_owners(CLI::App& app, Context& ctx, const CommandEntry& self) {
  auto opts = std::make_shared<OwnersOpts>();
  CLI::App* cmd = app.add_subcommand(self.name, self.summary);
  cmd->add_option("entity", opts->query, "entity id (LEI, list entry key, ...) or name")
      ->required()
      ->type_name("NAME|ID");
  cmd->add_option("--as-of", opts->as_of, "analyse as of this date (default: today)")
      ->type_name("YYYY-MM-DD");
  add_format_option(cmd, opts->format, {"table", "json", "dot", "html"}, {"json", "dot"});
  add_output_option(cmd, ctx.output_path);
  add_affiliates_option(cmd, opts->affiliates);
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_owners(ctx, *opts); }; });
}

}  // namespace ecc::cli
