#!/usr/bin/env bash
# Installs the Debian packages exportcheck needs, only those missing.
# Sourced by scripts/demo and scripts/test; safe to run again.
set -euo pipefail
ECC_PACKAGES=(build-essential cmake ninja-build pkg-config
  nlohmann-json3-dev libcli11-dev libsqlite3-dev libboost-graph-dev doctest-dev libicu-dev
  libcurl4-openssl-dev python3-jsonschema libxml2-utils faketime openssl python3
  man-db zsh fish)  # the man page and shell-completion tests
# The audit HTML report's browser test (golden audit_html_browser) runs with
# headless Chromium and skips without it; a large package, so opt-in to keep
# CI short: ECC_WITH_BROWSER=1 scripts/test.
if [ "${ECC_WITH_BROWSER:-0}" = 1 ]; then
  ECC_PACKAGES+=(chromium)
fi
# scripts/test --fuzz also needs clang with its libFuzzer and sanitizer runtimes.
if [ "${ECC_WITH_FUZZ:-0}" = 1 ]; then
  ECC_PACKAGES+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${ECC_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "exportcheck: installing Debian packages: ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
