#!/usr/bin/env bash
# The install test (ctest `install`): installs the build into a temporary
# prefix, moves the installed tree elsewhere (it must be relocatable), and runs
# the installed binary from a directory outside the source tree with the source
# tree out of reach: EXPORTCHECK_HOME and EXPORTCHECK_DB unset, and the source
# folder hidden behind an empty tmpfs in a private mount namespace (unshare),
# so a binary that fell back to its compiled-in source path would find
# nothing. Checks:
#   - the installed files are there (binary, rules, data, docs, examples, man
#     page, bash/zsh/fish completions) and the man page renders without warnings;
#   - `--version` names the installed rules folder;
#   - `db import` of the installed CSL snapshot, then `screen` of the installed
#     examples, `audit` of a customer file and `classify` give exactly what the
#     build-tree binary gives on the same inputs;
#   - the binary alone (no share/ beside it) fails closed with a message naming
#     EXPORTCHECK_HOME and --rules, and works again with EXPORTCHECK_HOME set.
# Exit 77 (skipped) when unprivileged mount namespaces are not available.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
if ! unshare -rm true 2>/dev/null; then
  echo "unshare -rm (user and mount namespaces) is not available: cannot hide the source tree"
  exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ecc-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "install test: $*" >&2; exit 1; }
unset EXPORTCHECK_HOME EXPORTCHECK_DB
export EXPORTCHECK_NOW=2026-11-23T12:00:00Z HOME="$tmp/home"

cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
mv "$tmp/prefix" "$tmp/moved"
p=$tmp/moved
for f in bin/exportcheck share/exportcheck/rules/country_groups.json \
  share/exportcheck/data/products.json share/exportcheck/data/csl/consolidated.csv \
  share/doc/exportcheck/README.md share/doc/exportcheck/docs/cli.md \
  share/doc/exportcheck/examples/orders/h20-china.json share/man/man1/exportcheck.1 \
  share/bash-completion/completions/exportcheck share/zsh/vendor-completions/_exportcheck \
  share/fish/vendor_completions.d/exportcheck.fish; do
  [ -f "$p/$f" ] || fail "not installed: $f"
done
# man-db's seccomp sandbox refuses what libfaketime needs (the date-proof pass preloads it).
warnings=$(MAN_DISABLE_SECCOMP=1 MANWIDTH=80 man --warnings -l "$p/share/man/man1/exportcheck.1" 2>&1 >/dev/null) || true
[ -z "$warnings" ] || fail "the man page renders with warnings: $warnings"

# Inputs in a work directory outside the source tree, taken from the installed docs.
work=$tmp/work
mkdir -p "$work/orders" "$tmp/home"
cp "$p"/share/doc/exportcheck/examples/orders/*.json "$work/orders/"
printf 'id,name,country\n1,Huawei Technologies Co. Ltd.,China\n2,Example GmbH,DE\n3,SenseTime,CN\n' \
  >"$work/customers.csv"

# Runs "$@" in $work with the source tree hidden; prints stdout, then "exit N".
hidden() {
  unshare -rm bash -c 'mount -t tmpfs tmpfs "$1" && shift && cd "$0" && { "$@"; echo "exit $?"; }' \
    "$work" "$src" "$@" 2>&1
}
installed=$p/bin/exportcheck
[ "$(hidden ls -A "$src")" = "exit 0" ] || fail "the source tree is not hidden"
version=$(hidden "$installed" --version)
grep -qx "rules [0-9a-f]\{16\} ($p/share/exportcheck/rules)" <<<"$version" ||
  fail "--version does not name the installed rules: $version"

out=$(hidden "$installed" -q --db inst.db db import "$p/share/exportcheck/data/csl/consolidated.csv")
grep -q "^imported consolidated.csv" <<<"$out" || fail "db import of the installed CSL failed: $out"
(cd "$work" && "$build/exportcheck" -q --db ref.db db import "$src/data/csl/consolidated.csv" >/dev/null)
compare() {  # label, then the command line after the database option; stdin from $STDIN
  local label=$1
  shift
  local got want
  got=$(hidden "$installed" --db inst.db "$@" <"${STDIN:-/dev/null}")
  want=$(cd "$work" && { "$build/exportcheck" --db ref.db "$@"; echo "exit $?"; } 2>&1 <"${STDIN:-/dev/null}")
  [ "$got" = "$want" ] || fail "$label: the installed binary differs from the build tree's:
$(diff <(echo "$want") <(echo "$got") | head -20)"
  grep -q "^exit [01]$" <<<"$got" || fail "$label: $(tail -3 <<<"$got")"
  echo "install test: $label: same as the build tree ($(tail -1 <<<"$got"))"
}
compare "screen of the installed examples" screen orders/
STDIN=$work/orders/h200-china-2026.json compare "screen from standard input" screen -
compare "audit" audit customers.csv
compare "classify" classify H20 --as-of 2025-04-09

# The binary alone, with neither share/ beside it nor the source tree: fail closed.
mkdir -p "$tmp/lonely"
cp "$installed" "$tmp/lonely/exportcheck"
out=$(hidden "$tmp/lonely/exportcheck" classify H20)
grep -q "EXPORTCHECK_HOME" <<<"$out" && grep -q -- "--rules" <<<"$out" && grep -q "^exit 3$" <<<"$out" ||
  fail "the binary without resources should fail with exit 3 naming EXPORTCHECK_HOME and --rules: $out"
out=$(EXPORTCHECK_HOME="$p/share/exportcheck" hidden "$tmp/lonely/exportcheck" classify H20)
grep -q "^exit 0$" <<<"$out" || fail "EXPORTCHECK_HOME does not help the lone binary: $out"
echo "install test: ok (prefix moved to $p, source tree hidden)"
