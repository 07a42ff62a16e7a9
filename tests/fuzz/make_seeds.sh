#!/usr/bin/env bash
# Rebuilds tests/fuzz/corpus/ (the committed seeds) from the project's own
# fixtures, examples and rules: small, real-shaped inputs from which the
# fuzzer mutates. Run it after a fixture changes; commit what it writes.
# Usage: tests/fuzz/make_seeds.sh   (from anywhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fuzz/corpus
# corpus/audit_log is kept: records written by real `screen --log` and
# `audit --log` runs (README.md says how), which no fixture holds.
find "$out" -mindepth 1 -maxdepth 1 -type d ! -name audit_log -exec rm -rf {} + 2>/dev/null || true
seed() {  # seed TARGET NAME < bytes
  mkdir -p "$out/$1"
  cat >"$out/$1/$2"
}
copy() {  # copy TARGET FILE...
  local t=$1; shift
  for f in "$@"; do seed "$t" "$(basename "$f")" <"$f"; done
}
F=tests/fixtures
copy csl_csv $F/lists/csl-small.csv $F/lists/csl-legacy-28col.csv $F/lists/csl-bom-crlf.csv
# CSL JSON: the first two records of the fixture.
python3 - "$F/lists/csl-small.json" >"$out.tmp" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
print(json.dumps({"results": doc["results"][:2]}, indent=1, ensure_ascii=False))
PY
seed csl_json two-records.json <"$out.tmp"
seed csl_json bare-array.json <<<'[{"name": "Example Co", "source": "Entity List (EL) - Bureau of Industry and Security", "addresses": [{"country": "CN"}], "ids": [{"type": "LEI", "number": "1"}]}]'
copy watchlist_csv $F/lists/watchlist.csv $F/match/watchlist.csv $F/lists/watchlist-bad-country.csv
for set in sdn cons; do  # the primary and its companions, NUL-separated (fuzz_targets.cpp)
  d=$F/lists/ofac-$set
  if [ $set = sdn ]; then files=(sdn alt add sdn_comments); else files=(cons_prim cons_alt cons_add cons_comments); fi
  { cat "$d/${files[0]}.csv"; printf '\0'; cat "$d/${files[1]}.csv"; printf '\0'
    cat "$d/${files[2]}.csv"; printf '\0'; cat "$d/${files[3]}.csv"; } | seed ofac_legacy "$set.bin"
done
copy ownership_csv $F/ownership/ownership.csv examples/ownership/sensetime-group.csv
copy ftm_ownership $F/ownership/ftm.jsonl $F/ownership/malformed.jsonl
# GLEIF: the first two records of each fixture, closed again.
gleif_excerpt() {  # gleif_excerpt FILE RECORD GROUP ROOT N: the first N records, closed again
  python3 - "$@" <<'PY'
import re, sys
text, rec, group, root, n = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
records = re.findall(r"<%s[\s>].*?</%s>" % (rec, rec), text, re.S)[:n]
head = text[:re.search(r"<%s[\s>]" % rec, text).start()]
print(head + "\n".join(records) + "\n</%s>\n</%s>" % (group, root))
PY
}
gleif_excerpt "$F/ownership/gleif-rr.xml" rr:RelationshipRecord rr:RelationshipRecords rr:RelationshipData 2 >"$out.tmp"
seed gleif_rr two-records.xml <"$out.tmp"
copy gleif_rr $F/ownership/malformed-rr.xml
gleif_excerpt "$F/ownership/gleif-lei.xml" lei:LEIRecord lei:LEIRecords lei:LEIData 1 >"$out.tmp"
seed gleif_lei one-record.xml <"$out.tmp"
copy order_json examples/orders/*.json examples/ownership/order-ai-cloud-l2.json
seed order_json spec-item.json <<'J'
{"id": "SO-9", "date": "2026-02-01", "ship_from": "US", "destination": "CN", "parties": [{"role": "end_user", "name": "Example Co", "country": "CN", "ids": [{"type": "LEI", "number": "1"}]}], "items": [{"spec": {"model": "X", "throughput": [{"format": "FP8", "bits": 8, "dense_tops": 1000}]}, "quantity": 2}]}
J
seed order_csv orders.csv <<'C'
order_id,date,ship_from,destination,party_role,party_name,party_country,party_hq_country,ultimate_parent,ultimate_parent_country,product,quantity
SO-1,2026-02-01,US,CN,ultimate_consignee,Hangzhou Example Cloud Computing Co. Ltd.,CN,CN,,,H200,8
SO-1,2026-02-01,US,CN,ultimate_consignee,Hangzhou Example Cloud Computing Co. Ltd.,CN,CN,,,L20,8
SO-2,2024-03-01,US,DE,ultimate_consignee,Example GmbH,DE,,,,H100 SXM5,8
C
copy customer_csv tests/e2e/audit_csv/customers.csv tests/e2e/ci_audit_suppressions/customers.csv
copy customer_jsonl tests/e2e/audit_json/customers.jsonl
copy suppressions tests/e2e/ci_audit_sarif/ignore.json
seed suppressions party.json <<<'{"suppressions": [{"rule": "entity-list", "party": "Beijing Sensetime Technology Development Co., Ltd.", "reason": "r", "approved_by": "a", "expires": "2027-01-01"}]}'
seed product_spec chip.json <<'J'
{"vendor": "Example", "model": "accelerator X", "throughput": [{"format": "BF16", "bits": 16, "dense_tops": 148}, {"format": "INT8", "bits": 8, "dense_tops": 296}], "die_area_mm2": 814, "memory_bandwidth_gbps": 4000, "datacenter": true}
J
seed product_spec board.json <<<'{"model": "HGX X", "kind": "board", "contains": {"product": "x", "count": 8}, "hbm": {"stack_bandwidth_gbps": {"value": 819, "source": "s", "confidence": "high"}, "co_packaged_with_logic": true}}'
# The catalog: its first chip and first board (with the chip it contains).
python3 - data/products.json >"$out.tmp" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
board = next(p for p in doc["products"] if p.get("kind") == "board")
chip = next(p for p in doc["products"] if p["id"] == board["contains"]["product"])
print(json.dumps({"match_ignore_words": doc.get("match_ignore_words", [])[:3], "products": [chip, board]}, indent=1))
PY
seed product_catalog chip-and-board.json <"$out.tmp"
copy screening_rule rules/screening/entity-list.json rules/screening/ac-2023-11-d5-macau.json \
  rules/screening/remote-access-d5-hq.json rules/screening/affiliates-rule.json
copy country_groups rules/country_groups.json
copy rule_version rules/classification/*.json
copy overlay rules/overlays/*.json
copy ownership_rules rules/ownership/*.json
seed mirror_manifest exportcheck-mirror.json <<'J'
{
  "exportcheck_mirror": 1,
  "files": [
    {
      "path": "csl/consolidated.csv",
      "origin_url": "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",
      "fetched_at": "2026-11-23T12:00:00Z",
      "last_modified": "Mon, 23 Nov 2026 08:00:00 GMT",
      "etag": "\"abc\"",
      "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "bytes": 1234
    }
  ]
}
J
rm -f "$out.tmp"
echo "seeds: $(find "$out" -type f | wc -l) files, $(du -sh "$out" | cut -f1)"
