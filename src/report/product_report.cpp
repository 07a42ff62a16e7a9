// Catalog listings. TPP and PD in the list come from classify::measure, the
// same code the classifier uses, so the list never disagrees with `classify`.
#include "report/product_report.hpp"

#include <nlohmann/json.hpp>

#include "classify/quantities.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::json;

std::string tpp_cell(const model::ProductSpec& p) {
  if (p.contains) {
    return std::to_string(p.contains->count) + " × " + p.contains->product_id;
  }
  classify::Quantities q = classify::measure(p);
  return q.tpp ? classify::format(*q.tpp, 6, true, true) : "unknown";
}

std::string pd_cell(const model::ProductSpec& p) {
  if (p.contains) {
    return "-";
  }
  classify::Quantities q = classify::measure(p);
  return q.performance_density ? classify::format(*q.performance_density, 2, false, true)
                               : "unknown";
}

std::string dc_cell(const model::Flag& f) {
  return f.value ? (*f.value ? "yes" : "no") : "unknown";
}

std::string pad(std::string s, size_t width) {
  size_t shown = 0;
  for (unsigned char ch : s) {
    shown += (ch & 0xC0) != 0x80 ? 1 : 0;  // count UTF-8 code points
  }
  if (shown < width) {
    s.append(width - shown, ' ');
  }
  return s;
}

std::string figure_text(const model::Figure& f, const std::string& unit) {
  std::string v = f.value ? classify::format(classify::from_decimal(*f.value), 6, true, true) + unit
                          : "unknown";
  return v + "  [" + f.provenance.confidence + "] " + f.provenance.source;
}

json figure_json(const model::Figure& f) {
  return {{"value", f.value ? json(*f.value) : json(nullptr)},
          {"source", f.provenance.source},
          {"confidence", f.provenance.confidence}};
}

void row(std::ostream& out, const std::string& key, const std::string& value) {
  out << pad(key + ":", 16) << value << "\n";
}

}  // namespace

void print_product_list_table(std::ostream& out, const model::ProductCatalog& catalog) {
  const std::vector<size_t> widths = {24, 8, 24, 7, 22, 9};
  std::vector<std::string> head = {"ID", "VENDOR", "MODEL", "KIND", "TPP", "PD", "DATACENTER"};
  std::string line;
  for (size_t i = 0; i < head.size(); ++i) {
    line += i < widths.size() ? pad(head[i], widths[i]) : head[i];
  }
  out << line << "\n";
  for (const model::ProductSpec& p : catalog.products) {
    std::vector<std::string> cells = {p.id,
                                      p.vendor,
                                      p.model,
                                      std::string(model::to_string(p.kind)),
                                      tpp_cell(p),
                                      pd_cell(p),
                                      p.contains ? "-" : dc_cell(p.datacenter)};
    line.clear();
    for (size_t i = 0; i < cells.size(); ++i) {
      line += i < widths.size() ? pad(cells[i], widths[i]) : cells[i];
    }
    out << util::trim(line) << "\n";
  }
  out << catalog.products.size() << " products\n";
}

void print_product_list_json(std::ostream& out, const model::ProductCatalog& catalog) {
  json list = json::array();
  for (const model::ProductSpec& p : catalog.products) {
    classify::Quantities q = classify::measure(p);
    list.push_back(
        {{"id", p.id},
         {"vendor", p.vendor},
         {"model", p.model},
         {"kind", std::string(model::to_string(p.kind))},
         {"tpp", q.tpp && !p.contains ? json(classify::to_double(*q.tpp)) : json(nullptr)},
         {"datacenter", p.datacenter.value ? json(*p.datacenter.value) : json(nullptr)}});
  }
  out << json{{"products", list}}.dump(2) << "\n";
}

void print_product_table(std::ostream& out, const model::ProductSpec& p) {
  row(out, "product", model::display_name(p) + " (" + p.id + ")");
  row(out, "kind", std::string(model::to_string(p.kind)));
  row(out, "aliases", p.aliases.empty() ? "-" : util::join(p.aliases, ", "));
  if (p.contains) {
    row(out, "contains", std::to_string(p.contains->count) + " × " + p.contains->product_id);
  } else if (!p.throughput) {
    row(out, "throughput", "unknown");
  } else {
    for (const model::Throughput& t : *p.throughput) {
      row(out, "dense " + t.format,
          classify::format(classify::from_decimal(t.dense_tops), 6, true, true) + " × " +
              std::to_string(t.bits) + " bit  [" + t.provenance.confidence + "] " +
              t.provenance.source);
    }
    row(out, "tpp", tpp_cell(p));
    row(out, "dies", std::to_string(p.dies) + (p.throughput_per_die ? " (figures per die)" : ""));
    row(out, "die area", figure_text(p.die_area_mm2, " mm²"));
    row(out, "pd", pd_cell(p));
    row(out, "memory bw", figure_text(p.memory_bandwidth_gbps, " GB/s"));
    row(out, "interconnect", figure_text(p.interconnect_gbps, " GB/s"));
    row(out, "datacenter",
        dc_cell(p.datacenter) + "  [" + p.datacenter.provenance.confidence + "] " +
            p.datacenter.provenance.source);
  }
  for (const std::string& n : p.notes) {
    row(out, "note", n);
  }
}

void print_product_json(std::ostream& out, const model::ProductSpec& p) {
  json throughput = nullptr;
  if (p.throughput) {
    throughput = json::array();
    for (const model::Throughput& t : *p.throughput) {
      throughput.push_back({{"format", t.format},
                            {"bits", t.bits},
                            {"dense_tops", t.dense_tops},
                            {"source", t.provenance.source},
                            {"confidence", t.provenance.confidence}});
    }
  }
  json j = {{"id", p.id},
            {"vendor", p.vendor},
            {"model", p.model},
            {"aliases", p.aliases},
            {"kind", std::string(model::to_string(p.kind))},
            {"notes", p.notes}};
  if (p.contains) {
    j["contains"] = {{"product", p.contains->product_id}, {"count", p.contains->count}};
  } else {
    j["throughput"] = throughput;
    j["throughput_per_die"] = p.throughput_per_die;
    j["dies"] = p.dies;
    j["die_area_mm2"] = figure_json(p.die_area_mm2);
    j["memory_bandwidth_gbps"] = figure_json(p.memory_bandwidth_gbps);
    j["interconnect_gbps"] = figure_json(p.interconnect_gbps);
    j["datacenter"] = {{"value", p.datacenter.value ? json(*p.datacenter.value) : json(nullptr)},
                       {"source", p.datacenter.provenance.source},
                       {"confidence", p.datacenter.provenance.confidence}};
  }
  out << j.dump(2) << "\n";
}

}  // namespace ecc::report
