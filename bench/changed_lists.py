#!/usr/bin/env python3
"""Writes a copy of a trade.gov CSL CSV with exactly N entries changed or added,
deterministically, as the "next day's list" of the --changed-since benchmark
(bench/changed_since_bench.sh, docs/benchmarks.md).

usage: changed_lists.py IN.csv OUT.csv [N=100] [SEED=20261123]

Half of N (rounded down) are existing entries, picked by the seed, that
change the way list updates change entries: every other one gains an alias
(its name with the words in another order, as a new transliteration would),
the rest a new address. The other half are new entries: a copy of a picked
entity with a new _id and a new name (a city before its name, as when a
subsidiary is listed). Nothing is removed. `exportcheck db diff` of the two
files shows N = added + changed.
"""
import csv
import random
import sys

CITIES = ["Shenzhen", "Dubai", "Almaty", "Tashkent", "Minsk", "Yerevan", "Bishkek", "Baku"]


def reordered(name):
    words = name.replace(",", " ").split()
    return " ".join(words[1:] + words[:1]) if len(words) > 1 else name + " Co"


def main():
    src, dst = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261123)
    with open(src, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    # Organisations: not people, vessels or aircraft (DPL rows carry no type and are mostly people).
    entities = [
        i
        for i, r in enumerate(rows)
        if r["type"] not in ("Individual", "Vessel", "Aircraft")
        and not r["source"].startswith("Denied Persons")
        and r["name"].strip()
    ]
    picked = rng.sample(entities, n)
    to_change, to_copy = picked[: n // 2], picked[n // 2 :]
    for k, i in enumerate(to_change):
        r = rows[i]
        if k % 2 == 0:
            alias = reordered(r["name"])
            r["alt_names"] = "; ".join(a for a in [r["alt_names"], alias] if a)
        else:
            address = "Building %d, Free Zone, %s, AE" % (k, rng.choice(CITIES))
            r["addresses"] = "; ".join(a for a in [r["addresses"], address] if a)
    added = []
    for k, i in enumerate(to_copy):
        r = dict(rows[i])
        r["_id"] = "bench-added-%03d" % k
        r["entity_number"] = ""
        r["name"] = "%s %s" % (rng.choice(CITIES), r["name"].strip())
        r["start_date"] = "2026-11-20"
        added.append(r)
    with open(dst, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows + added)
    print("%s: %d entries changed, %d added (seeded)" % (dst, len(to_change), len(added)))


if __name__ == "__main__":
    main()
