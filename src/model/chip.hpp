#pragma once
// Value types of chip classification: a product's specification as the
// catalog or a --spec file gives it, the BIS rule versions and "is-informed"
// overlays as rules/ gives them, and the result of classifying one product on
// one date. Unknown figures are std::nullopt, never a guess.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.hpp"

namespace ecc::model {

// Where a figure comes from and how sure we are ("C", "C-sec", "memory, unverified", ...).
struct Provenance {
  std::string source;
  std::string confidence;
};

// One number of a spec; nullopt when unknown.
struct Figure {
  std::optional<double> value;
  Provenance provenance;
};

// A yes/no fact of a spec; nullopt when unknown.
struct Flag {
  std::optional<bool> value;
  Provenance provenance;
};

// Dense (no sparsity) peak throughput in one format, e.g. {"FP8", 8, 1979}.
struct Throughput {
  std::string format;
  int bits = 0;
  double dense_tops = 0;
  Provenance provenance;
};

// A stand-alone or co-packaged HBM stack (3A090.c).
struct HbmStack {
  Figure stack_bandwidth_gbps;
  Figure stack_area_mm2;
  bool co_packaged_with_logic = true;  // HBM inside an accelerator package is not 3A090.c itself
};

enum class ProductKind { chip, board, server };

// The chips a board or server carries: `count` of catalog product `product_id`.
struct Component {
  std::string product_id;
  int count = 1;
};

struct ProductSpec {
  std::string id;  // stable catalog key, e.g. "nvidia-h100-sxm5"
  std::string vendor;
  std::string model;
  std::vector<std::string> aliases;  // SKUs and other names
  ProductKind kind = ProductKind::chip;
  // Throughput per package (or per die when throughput_per_die); nullopt when
  // unknown, empty when the item has no processing units (e.g. an HBM stack).
  std::optional<std::vector<Throughput>> throughput;
  bool throughput_per_die = false;
  int dies = 1;
  Figure die_area_mm2;  // applicable (non-planar logic) die area, all dies together
  Figure memory_bandwidth_gbps;
  Figure interconnect_gbps;  // aggregate bidirectional I/O to non-memory ICs, PCIe included
  Flag datacenter;           // designed or marketed for use in datacenters
  std::optional<HbmStack> hbm;
  std::optional<Component> contains;  // boards and servers only
  std::string base_eccn;  // ECCN the item would otherwise have (5A992, 4A003, ...), for ".z"
  std::vector<std::string> notes;
};

// The product catalog (data/products.json).
struct ProductCatalog {
  std::vector<ProductSpec> products;
  std::vector<std::string> ignore_words;  // words name matching skips: "nvidia", "geforce", ...
};

// "Vendor Model", the name shown to users.
std::string display_name(const ProductSpec& p);
std::string_view to_string(ProductKind k);
// Parses "chip", "board" or "server".
std::optional<ProductKind> parse_product_kind(std::string_view s);

// ---- rules ----

// Quantities a rule condition can test. JSON names: tpp, pd, interconnect_gbps,
// memory_bandwidth_gbps, hbm_mbd, datacenter, standalone_hbm.
enum class Parameter {
  tpp,
  performance_density,
  interconnect_gbps,
  memory_bandwidth_gbps,
  hbm_bandwidth_density,
  datacenter,
  standalone_hbm,
};
std::string_view json_name(Parameter p);
std::optional<Parameter> parse_parameter(std::string_view json_name);
bool is_boolean(Parameter p);

// min: value >= limit; below: value < limit; above: value > limit; max: value <= limit.
enum class Bound { min, below, above, max };

struct Threshold {
  Parameter parameter = Parameter::tpp;
  Bound bound = Bound::min;
  double limit = 0;
};

struct FlagTest {
  Parameter parameter = Parameter::datacenter;
  bool value = true;
};

// All of `thresholds` and `flags` must hold.
struct Condition {
  std::vector<Threshold> thresholds;
  std::vector<FlagTest> flags;
};

// A named test of a rule: a 3A090 paragraph, a note, or a licence-exception line.
struct RuleTest {
  std::string name;  // "3A090.a.1", "Note 2 to 3A090", ...
  std::string eccn;  // "3A090.a" (paragraphs, NAC lines); empty otherwise
  Condition when;
};

// Which part of the classification a rule version replaces.
enum class RuleScope { parameters, hbm, china_review };
std::string_view json_name(RuleScope s);
std::optional<RuleScope> parse_rule_scope(std::string_view s);

struct RuleVersion {
  std::string id;
  std::string title;
  std::vector<std::string> citations;  // "88 FR 73458"
  util::Date effective_from;
  std::optional<util::Date> effective_to;  // last day in force
  std::vector<std::string> confidence;
  RuleScope scope = RuleScope::parameters;
  std::vector<RuleTest> paragraphs;  // in order; the first that holds decides
  std::vector<RuleTest> exclusions;  // when one holds, the item is outside 3A090
  std::vector<RuleTest> nac;         // when one holds for the item's ECCN, NAC/ACA eligible
  std::map<std::string, std::string> assembly_eccns;  // IC ECCN -> board/server ECCN
  std::vector<std::string> z_eccns;           // ECCNs that get a ".z" when meeting 3A090 parameters
  std::optional<RuleTest> license_exception;  // e.g. License Exception HBM
  std::optional<RuleTest> case_by_case;       // china_review: the parameter test
  std::string source_file;
};

// A vendor-specific "is-informed" letter or BIS guidance naming products.
struct Overlay {
  std::string id;
  std::string title;
  std::vector<std::string> citations;
  util::Date effective_from;
  std::optional<util::Date> effective_to;
  std::vector<std::string> confidence;
  std::string requirement;  // what it adds, e.g. "licence required"
  std::string vendor;       // equivalents are tested only for this vendor's products; empty: any
  std::vector<std::string> products;         // catalog ids named by the letter
  std::vector<std::string> named_in_source;  // names as the source gives them
  std::vector<Condition> equivalents;        // any of these -> "equivalent" product
  std::vector<std::string> destinations;     // e.g. "CN", "HK", "MO", "D:5", "D:5/Macau-HQ"
  std::string source_file;
};

struct RuleSet {
  std::vector<RuleVersion> versions;
  std::vector<Overlay> overlays;
};

// ---- results ----

// The outcome of one overlay for one product.
struct OverlayHit {
  const Overlay* overlay = nullptr;
  bool named = false;  // named in the letter; false: equivalent by criteria
  std::string reason;
};

// The 2026 China/Macau case-by-case parameter test.
struct ReviewPolicyResult {
  const RuleVersion* rule = nullptr;
  std::optional<bool> eligible;  // nullopt: a figure is missing
  std::string arithmetic;
};

struct Classification {
  const ProductSpec* product = nullptr;
  util::Date as_of;
  std::string eccn;       // "3A090.a", "4A090.a", "5A992.z", "not 3A090", "undecided"
  std::string paragraph;  // the deciding paragraph, e.g. "3A090.a.2"; empty when none
  std::vector<std::string> also_meets;
  std::vector<std::string> candidates;  // when undecided: what it could be
  std::optional<double> tpp;            // per chip (package)
  std::optional<double> board_tpp;      // boards and servers: aggregated over the chips
  std::optional<double> performance_density;
  std::string arithmetic;
  std::optional<bool> nac_eligible;   // nullopt: a figure is missing
  const RuleVersion* rule = nullptr;  // the 3A090.a/.b rule in force; null before the first
  std::vector<const RuleVersion*> rules_applied;
  std::optional<ReviewPolicyResult> china_review;
  std::vector<OverlayHit> overlays;
  std::vector<std::string> missing;  // figures that were needed but unknown
  std::vector<std::string> notes;
  // A name that fits several catalog products which all classify alike: their
  // ids (this classification is the first's); empty for one product.
  std::vector<std::string> variants;
};

}  // namespace ecc::model
