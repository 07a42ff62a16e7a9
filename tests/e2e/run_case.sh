#!/usr/bin/env bash
# Runs one golden case: tests/e2e/<case>/cmd is a bash script run in a fresh
# temporary directory (a copy of the case folder) with `exportcheck` on PATH.
# Its stdout, stderr and exit code are compared with expected.stdout,
# expected.stderr (optional) and expected.exit (default 0).
#
# In cmd, $ROOT is the source tree and $SHARED the ../shared folder beside it.
# A case that needs $SHARED must `exit 77` when it is absent (ctest: skipped).
# Output paths are made stable: $ROOT becomes <root>, the temp dir <tmp>, and
# the build's commit <commit>.
# UPDATE_GOLDEN=1 rewrites the expected files instead of comparing.
#
# The date-proof pass of scripts/test sets ECC_TEST_FAKETIME (a faketime -f
# spec: the real clock moved years away), ECC_TEST_TZ and ECC_TEST_LOCALE;
# the expected files must still match, since "now" comes only from
# EXPORTCHECK_NOW through cli::Context.
set -u
case_dir=$1
binary=$2
root=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ecc-golden.XXXXXX")
cp -r "$case_dir"/. "$tmp"/
mkdir -p "$tmp/bin"
ln -s "$binary" "$tmp/bin/exportcheck"
cd "$tmp" || exit 1
wrap=()
[ -n "${ECC_TEST_FAKETIME:-}" ] && wrap=(faketime -f "$ECC_TEST_FAKETIME")
env -i PATH="$tmp/bin:/usr/bin:/bin" HOME="$tmp/home" LC_ALL="${ECC_TEST_LOCALE:-C}" TZ="${ECC_TEST_TZ:-UTC}" \
  ROOT="$root" SHARED="$root/../shared" EXPORTCHECK_NOW="${EXPORTCHECK_NOW_OVERRIDE:-2026-11-23T12:00:00Z}" \
  "${wrap[@]}" bash ./cmd >"$tmp/actual.stdout" 2>"$tmp/actual.stderr"
status=$?
if [ "$status" = 77 ]; then
  echo "skipped: $(cat "$tmp/actual.stdout")"
  rm -rf "$tmp"
  exit 77
fi
echo "$status" >"$tmp/actual.exit"
# The commit the binary was built from changes with every commit: reports
# that name it (the audit's provenance block) show <commit>.
commit=$(env -i PATH=/usr/bin:/bin "$binary" --version 2>/dev/null | sed -n '1s/.*(commit \([^)]*\))$/\1/p')
for f in actual.stdout actual.stderr; do
  sed -i -e "s#$tmp#<tmp>#g" -e "s#$root#<root>#g" "$tmp/$f"
  if [ -n "$commit" ]; then
    sed -i -e "s#(commit $commit)#(commit <commit>)#g" -e "s#\"commit\":\"$commit\"#\"commit\":\"<commit>\"#g" \
      -e "s#\"commit\": \"$commit\"#\"commit\": \"<commit>\"#g" "$tmp/$f"
  fi
done
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$tmp/actual.stdout" "$case_dir/expected.stdout"
  if [ -s "$tmp/actual.stderr" ]; then cp "$tmp/actual.stderr" "$case_dir/expected.stderr"; else rm -f "$case_dir/expected.stderr"; fi
  if [ "$status" != 0 ]; then echo "$status" >"$case_dir/expected.exit"; else rm -f "$case_dir/expected.exit"; fi
  rm -rf "$tmp"
  exit 0
fi
fail=0
expected_exit=0
[ -f "$case_dir/expected.exit" ] && expected_exit=$(cat "$case_dir/expected.exit")
if [ "$status" != "$expected_exit" ]; then
  echo "exit code: expected $expected_exit, got $status"
  fail=1
fi
diff -u "$case_dir/expected.stdout" "$tmp/actual.stdout" || fail=1
if [ -f "$case_dir/expected.stderr" ]; then
  diff -u "$case_dir/expected.stderr" "$tmp/actual.stderr" || fail=1
elif [ -s "$tmp/actual.stderr" ]; then
  echo "unexpected stderr:"; cat "$tmp/actual.stderr"; fail=1
fi
if [ "$fail" = 0 ]; then rm -rf "$tmp"; else echo "kept: $tmp"; fi
exit $fail
