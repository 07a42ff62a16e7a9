#include "report/screen_report.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "report/finding_json.hpp"
#include "report/owners_report.hpp"
#include "util/strings.hpp"

namespace ecc::report {

namespace {

using nlohmann::ordered_json;

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string citations(const model::ScreeningRule& r) {
  return util::join(r.citations, "; ");
}

std::string line_label(const screen::LineResult& l) {
  std::string eccn = !l.known ? "unknown product"
                     : l.classification
                         ? l.classification->eccn + (l.classification->paragraph.empty()
                                                         ? ""
                                                         : " (" + l.classification->paragraph + ")")
                         : "";
  std::string variants;
  for (const model::Classification& v : l.variants) {
    variants += (variants.empty() ? " (any of: " : ", ") + model::display_name(*v.product);
  }
  return std::to_string(l.quantity) + " x " + l.query + (variants.empty() ? "" : variants + ")") +
         "  " + eccn;
}

ordered_json finding_json(const model::Finding& f, const screen::ScreenResult& r) {
  ordered_json j;
  j["rule"] = f.rule->id;
  j["title"] = f.rule->title;
  j["citation"] = citations(*f.rule);
  j["verdict"] = model::to_string(f.verdict);
  j["undecided"] = f.undecided;
  j["policy"] = f.policy.empty() ? ordered_json(nullptr) : ordered_json(f.policy);
  j["explanation"] = f.explanation;
  j["line"] = f.line < 0 ? ordered_json(nullptr) : ordered_json(f.line + 1);
  j["party"] = f.party < 0 ? ordered_json(nullptr)
                           : ordered_json(r.order->parties[static_cast<size_t>(f.party)].name);
  j["evidence"] = f.evidence;
  j["rule_file"] = rule_file_of(*f.rule);
  return j;
}

ordered_json suppression_json(const screen::Suppression* s) {
  if (!s) {
    return nullptr;
  }
  return {{"reason", s->reason},
          {"approved_by", s->approved_by},
          {"expires", s->expires.iso()},
          {"source", s->source}};
}

ordered_json statuses_json(const screen::SuppressionOutcome& o) {
  ordered_json out = ordered_json::array();
  for (const screen::SuppressionStatus& st : o.statuses) {
    const screen::Suppression& s = *st.suppression;
    out.push_back({{"source", s.source},
                   {"rule", s.rule},
                   {"entry", s.entry},
                   {"party", s.party},
                   {"order", s.order},
                   {"state", screen::to_string(st.state)},
                   {"applied", st.applied},
                   {"detail", st.detail}});
  }
  return out;
}

ordered_json result_json(const screen::ScreenResult& r, const screen::SuppressionOutcome* sup,
                         size_t index) {
  ordered_json j;
  j["order"] = r.order->id;
  j["source"] = r.order->source;
  j["as_of"] = r.as_of.iso();
  j["verdict"] = model::to_string(r.verdict);
  j["lines"] = ordered_json::array();
  for (size_t i = 0; i < r.lines.size(); ++i) {
    const screen::LineResult& l = r.lines[i];
    ordered_json line{{"line", i + 1}, {"item", l.query}, {"quantity", l.quantity}};
    if (l.classification) {
      const model::Classification& c = *l.classification;
      line["classification"] = {{"eccn", c.eccn},
                                {"paragraph", c.paragraph},
                                {"arithmetic", c.arithmetic},
                                {"rule", c.rule ? c.rule->id : ""}};
    } else {
      line["classification"] = nullptr;
      line["unknown"] = l.unknown_reason;
    }
    line["verdict"] = model::to_string(l.verdict);
    if (!l.variants.empty()) {
      ordered_json ids = ordered_json::array();
      for (const model::Classification& v : l.variants) {
        ids.push_back(v.product->id);
      }
      line["variants"] = ids;
      line["variants_note"] = l.variants_note;
    }
    j["lines"].push_back(line);
  }
  j["parties"] = ordered_json::array();
  for (size_t i = 0; i < r.parties.size(); ++i) {
    const model::OrderParty& p = r.order->parties[i];
    ordered_json hits = ordered_json::array();
    for (const screen::PartyHit& h : r.parties[i].hits) {
      hits.push_back({{"list", h.entry->list_code},
                      {"entry", h.entry->name},
                      {"key", h.entry->entry_key},
                      {"alias", h.alias},
                      {"score", h.score},
                      {"similar", h.similar}});
    }
    j["parties"].push_back({{"role", p.role},
                            {"name", p.name},
                            {"country", p.country},
                            {"matches", hits},
                            {"notes", r.parties[i].notes}});
    if (!r.parties[i].ownership_entity.empty()) {
      j["parties"].back()["ownership"] = party_ownership_json(r.parties[i]);
    }
  }
  j["findings"] = ordered_json::array();
  for (size_t f = 0; f < r.findings.size(); ++f) {
    j["findings"].push_back(finding_json(r.findings[f], r));
    if (sup) {
      j["findings"].back()["suppressed"] = suppression_json(sup->by_finding[index][f]);
    }
  }
  if (sup) {
    j["effective_verdict"] = model::to_string(sup->effective[index]);
  }
  return j;
}

}  // namespace

void print_finding(std::ostream& out, const model::Finding& f, const std::string& marker) {
  out << "  [" << model::to_string(f.verdict) << marker << "] " << f.rule->id << " ("
      << citations(*f.rule) << ")" << (f.line >= 0 ? ", line " + std::to_string(f.line + 1) : "")
      << "\n";
  out << "      " << f.explanation << "\n";
  if (!f.policy.empty()) {
    out << "      policy: " << f.policy << "\n";
  }
  for (const std::string& e : f.evidence) {
    out << "      evidence: " << e << "\n";
  }
}

void print_screen_table(std::ostream& out, const screen::ScreenResult& r,
                        const DataProvenance& data,
                        const std::vector<const screen::Suppression*>* suppressed) {
  out << "order " << r.order->id << " (" << r.order->source << "), as of " << r.as_of.iso() << ": "
      << upper(model::to_string(r.verdict)) << "\n";
  for (size_t i = 0; i < r.lines.size(); ++i) {
    const screen::LineResult& l = r.lines[i];
    out << "  line " << i + 1 << "  " << line_label(l) << "  -> " << model::to_string(l.verdict)
        << "\n";
  }
  for (size_t i = 0; i < r.parties.size(); ++i) {
    const model::OrderParty& p = r.order->parties[i];
    out << "  " << p.role << ": " << p.name << " (" << p.country << ")";
    if (r.parties[i].hits.empty()) {
      out << ", no list match";
    }
    for (const screen::PartyHit& h : r.parties[i].hits) {
      out << ", " << h.how << " on " << h.entry->list_code;
    }
    out << "\n";
    print_party_ownership(out, r.parties[i]);
  }
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const model::Finding& f = r.findings[i];
    const screen::Suppression* s =
        suppressed && i < suppressed->size() ? (*suppressed)[i] : nullptr;
    print_finding(out, f, s ? ", suppressed" : "");
    if (s) {
      out << "      suppressed: " << s->reason << " (approved by " << s->approved_by << ", expires "
          << s->expires.iso() << ", " << s->source << ")\n";
    }
  }
  if (r.findings.empty()) {
    out << "  no rule in force applies\n";
  }
  if (suppressed && screen::effective_verdict(r, *suppressed) != r.verdict) {
    out << "  after suppressions: "
        << upper(model::to_string(screen::effective_verdict(r, *suppressed))) << "\n";
  }
  out << "  data: rules " << data.rules_version;
  for (const model::DatasetInfo& d : data.datasets) {
    out << "; #" << d.id << " " << d.file_name << " (" << d.data_date << ")";
  }
  out << "\n";
}

void print_screen_json(std::ostream& out, const std::vector<screen::ScreenResult>& results,
                       const DataProvenance& data, const screen::SuppressionOutcome* suppressions) {
  ordered_json d;
  d["tool_version"] = data.tool_version;
  d["rules_version"] = data.rules_version;
  d["datasets"] = ordered_json::array();
  for (const model::DatasetInfo& ds : data.datasets) {
    d["datasets"].push_back({{"id", ds.id},
                             {"source", ds.source_key},
                             {"file", ds.file_name},
                             {"sha256", ds.sha256},
                             {"data_date", ds.data_date}});
  }
  if (results.size() == 1) {
    ordered_json j = result_json(results[0], suppressions, 0);
    if (suppressions) {
      j["suppressions"] = statuses_json(*suppressions);
    }
    j["data"] = d;
    out << j.dump(2) << "\n";
    return;
  }
  ordered_json j;
  j["orders"] = ordered_json::array();
  for (size_t i = 0; i < results.size(); ++i) {
    j["orders"].push_back(result_json(results[i], suppressions, i));
  }
  if (suppressions) {
    j["suppressions"] = statuses_json(*suppressions);
  }
  j["data"] = d;
  out << j.dump(2) << "\n";
}

}  // namespace ecc::report
