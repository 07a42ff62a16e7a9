#!/usr/bin/env bash
# Checks that JSON input is read only through the guarded helpers
# (import/json_input.hpp, rules/json_fields.hpp): outside them, no file that
# uses nlohmann/json may call parse(), get<>(), get_to() or value(), which
# throw nlohmann exceptions (internal errors, exit 4) on hostile input.
# Writing JSON (report/) is unaffected: building and dumping values is safe.
set -u
src=${1:-src}
bad=0
helpers="$src/import/json_input.cpp $src/import/json_input.hpp $src/rules/json_fields.cpp"
for f in $(grep -rl -E '#include (<nlohmann/|"import/json_input.hpp"|"rules/json_fields.hpp")' "$src"); do
  case " $helpers " in *" $f "*) continue ;; esac
  hits=$(grep -n -E '::parse\(|\.get<|get_to\(|\.value\(' "$f" | grep -v -E '^[0-9]+:\s*//')
  if [ -n "$hits" ]; then
    sed "s#^#$f:#; s#\$#: read JSON through import/json_input.hpp or rules/json_fields.hpp#" <<<"$hits"
    bad=1
  fi
done
if [ "$bad" = 0 ]; then echo "json input: ok"; fi
exit $bad
