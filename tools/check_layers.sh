#!/usr/bin/env bash
# Checks the one-way module dependencies of docs/architecture.md on the
# #include lines of src/: a module may include only itself and the modules
# below it, and third-party headers only where they are allowed.
set -u
src=${1:-src}
declare -A allowed=(
  [util]="util"
  [model]="util model"
  [import]="util model import"
  [store]="util model store"
  [net]="util net"
  [classify]="util model classify"
  [rules]="util model rules"
  [graph]="util model graph"
  [match]="util model match"
  [screen]="util model import store net classify rules graph match screen"
  [report]="util model import store net classify rules graph match screen report"
  [cli]="util model import store net classify rules graph match screen report cli"
)
# Third-party headers and the one module each may appear in.
declare -A third_party=(
  ["sqlite3.h"]="store"
  ["CLI/"]="cli"
  ["boost/graph"]="graph"
  ["unicode/"]="match"
  ["nlohmann/"]="import rules report"
  ["curl/"]="net"
)
bad=0
for module in "${!allowed[@]}"; do
  [ -d "$src/$module" ] || continue
  while IFS=: read -r file line inc; do
    target=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$inc")
    case " ${allowed[$module]} " in
      *" $target "*) ;;
      *) echo "$file:$line: module '$module' may not include '$target' (${inc## })"; bad=1 ;;
    esac
  done < <(grep -n -H -E '^#include "[a-z_]+/' "$src/$module" -r)
  for header in "${!third_party[@]}"; do
    owner=${third_party[$header]}
    case " $owner " in *" $module "*) continue ;; esac
    if grep -rn -H "#include <$header" "$src/$module" >/dev/null; then
      grep -rn -H "#include <$header" "$src/$module" | sed "s/\$/: '$header' belongs to module '$owner' only/"
      bad=1
    fi
  done
done
if [ "$bad" = 0 ]; then echo "layers: ok"; fi
exit $bad
