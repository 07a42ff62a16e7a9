// `exportcheck owners NAME|ID`: one party's ownership picture on a date: its
// ultimate parent and headquarters, what it inherits under the OFAC 50 % rule
// and the BIS Affiliates Rule (with the paths of percentages), NS-CMIC notes,
// and its neighbourhood as Graphviz DOT. Lookup: entity id, list entry key,
// exact name, then the list entry the matcher finds; several or none -> exit 3.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <tuple>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/option_checks.hpp"
#include "cli/ownership_inputs.hpp"
#include "graph/ownership_analysis.hpp"
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
  std::string format;      // table, json, dot
  std::string affiliates;  // "", active, stayed
};

std::string fold(std::string_view s) {
  return util::to_lower_ascii(util::collapse_spaces(s));
}

void add_unique(std::vector<std::size_t>& out, std::size_t i) {
  if (std::find(out.begin(), out.end(), i) == out.end()) {
    out.push_back(i);
  }
}

// Entities the list entries matching `query` are linked to.
std::vector<std::size_t> by_matcher(const graph::OwnershipAnalysis& a,
                                    const std::vector<model::ListEntry>& entries,
                                    const std::string& query) {
  std::vector<std::size_t> out;
  if (entries.empty()) {
    return out;
  }
  match::Matcher matcher(entries);
  for (const match::MatchResult& r : matcher.match(match::Query{query, "", {}}).results) {
    if (r.decision != match::Decision::match) {
      continue;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
      for (const model::EntityListing& l : a.entity(i).listings) {
        if (l.list_code == r.list_code && l.entry_key == r.entry_key) {
          add_unique(out, i);
        }
      }
    }
  }
  return out;
}

// The three names sharing most words with the query, then closest by edit distance.
std::string suggestions(const graph::OwnershipAnalysis& a, const std::string& query) {
  std::vector<std::string> words = util::split(fold(query), " ");
  std::vector<std::tuple<long, std::size_t, std::string>> scored;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::string name = fold(a.entity(i).name);
    long shared = 0;
    for (const std::string& w : words) {
      shared += name.find(w) != std::string::npos ? 1 : 0;
    }
    scored.emplace_back(-shared, util::edit_distance(fold(query), name), a.entity(i).name);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> names;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) {
    names.push_back(util::quote(std::get<2>(scored[i])));
  }
  return names.empty() ? "" : "; closest: " + util::join(names, ", ");
}

// Entities linked to the list entry whose key is `key`.
std::vector<std::size_t> by_entry_key(const graph::OwnershipAnalysis& a, const std::string& key) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (const model::EntityListing& l : a.entity(i).listings) {
      if (l.entry_key == key) {
        add_unique(out, i);
      }
    }
  }
  return out;
}

std::size_t find_entity(const graph::OwnershipAnalysis& a,
                        const std::vector<model::ListEntry>& entries, const std::string& query) {
  if (std::optional<std::size_t> id = a.find(query)) {
    return *id;
  }
  std::vector<std::size_t> found = by_entry_key(a, query);
  bool by_key = !found.empty();
  for (std::size_t i = 0; i < a.size() && !by_key; ++i) {
    if (fold(a.entity(i).name) == fold(query)) {
      add_unique(found, i);
    }
  }
  if (found.empty()) {
    found = by_matcher(a, entries, query);
  }
  if (found.size() == 1) {
    return found.front();
  }
  if (found.empty()) {
    throw DataError("no entity " + util::quote(query) + " in the ownership data" +
                    suggestions(a, query));
  }
  std::vector<std::string> ids;
  for (std::size_t i : found) {
    ids.push_back(util::quote(a.entity(i).id) + " (" + a.entity(i).name + ")");
  }
  throw DataError(util::quote(query) + " is ambiguous in the ownership data: " +
                  util::join(ids, ", ") + "; give the id");
}

// Diagnostics about the entity or its direct neighbours.
std::vector<model::OwnershipDiagnostic> nearby(const graph::OwnershipAnalysis& a,
                                               const model::OwnershipNeighbourhood& hood) {
  std::vector<model::OwnershipDiagnostic> out;
  for (const model::OwnershipDiagnostic& d : a.diagnostics()) {
    bool near = std::any_of(d.entity_ids.begin(), d.entity_ids.end(), [&](const std::string& id) {
      return std::any_of(hood.entities.begin(), hood.entities.end(),
                         [&](const model::OwnedEntity& e) { return e.id == id; });
    });
    if (near) {
      out.push_back(d);
    }
  }
  return out;
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
  if (!opts.affiliates.empty()) {
    options.affiliates_override =
        opts.affiliates == "active" ? model::RuleState::active : model::RuleState::stayed;
  }
  options.rules = rules::load_ownership_rules(ctx.rules_dir());
  return options;
}

// What the DOT picture concludes: each entity's mark on the date, and the
// date and rule windows as its caption.
graph::DotConclusion dot_conclusion(const graph::OwnershipAnalysis& analysis,
                                    const model::OwnershipNeighbourhood& hood,
                                    const graph::AnalysisOptions& options) {
  graph::DotConclusion c;
  for (const model::OwnedEntity& e : hood.entities) {
    if (std::optional<std::size_t> i = analysis.find(e.id)) {
      c.marks[e.id] =
          graph::node_mark(e, analysis.restrictions(*i, graph::OwnershipAnalysis::Detail::status));
    }
  }
  c.caption = {"as of " + options.as_of.iso() + " (exportcheck owners)",
               "OFAC 50 % rule in force; Affiliates Rule " +
                   std::string(model::rule_state_name(analysis.affiliates_state())) + " (" +
                   analysis.affiliates_note() + ")"};
  return c;
}

int run_owners(Context& ctx, const OwnersOpts& opts) {
  graph::AnalysisOptions options = analysis_options(ctx, opts);
  store::Store db = store::Store::open(ctx.db_path(), store::OpenMode::read_only);
  std::vector<model::ListEntry> entries = db.active_entries();
  model::OwnershipGraph graph = load_linked_ownership(db, entries);
  if (graph.entities.empty()) {
    throw DataError("database '" + db.path() + "' has no ownership data; import an ownership " +
                    "file with 'exportcheck db import FILE'");
  }
  graph::OwnershipAnalysis analysis(graph, options);
  std::size_t v = find_entity(analysis, entries, opts.query);
  if (opts.format == "dot") {
    const model::OwnershipNeighbourhood hood = analysis.neighbourhood(v, 3, 3);
    const graph::DotConclusion conclusion = dot_conclusion(analysis, hood, options);
    ctx.out() << graph::render_dot(hood, &conclusion);
    return 0;
  }
  report::OwnersView view;
  view.as_of = options.as_of;
  view.entity = analysis.entity(v);
  view.parent = analysis.ultimate_parent(v);
  view.restrictions = analysis.restrictions(v);
  view.affiliates_state = std::string(model::rule_state_name(analysis.affiliates_state()));
  view.affiliates_note = analysis.affiliates_note();
  view.neighbourhood = analysis.neighbourhood(v, 1, 1);
  view.diagnostics = nearby(analysis, view.neighbourhood);
  if (opts.format == "json") {
    report::print_owners_json(ctx.out(), view);
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
  add_format_option(cmd, opts->format, {"table", "json", "dot"}, {"json", "dot"});
  cmd->add_option("--affiliates-rule", opts->affiliates,
                  "override the BIS Affiliates Rule state the rule file gives for the date")
      ->check(one_of({"active", "stayed"}))
      ->type_name("active|stayed");
  cmd->callback([&ctx, opts] { ctx.action = [&ctx, opts] { return run_owners(ctx, *opts); }; });
}

}  // namespace ecc::cli
