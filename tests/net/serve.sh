# Sourced by the golden cases of `db update` and `db check`. Starts
# tests/net/list_server.py on 127.0.0.1 (a free port it picks itself) and
# stops it when the case ends; nothing leaves the machine.
#
#   official_tree DIR     lays out the fixture lists under DIR as the
#                         publishers' paths (data.trade.gov/..., sanctionslistservice...)
#   start_server [--tls] DIR
#                         serves DIR; sets SERVER_URL, and for --tls makes a
#                         self-signed certificate cert.pem for 127.0.0.1.
#                         May be called twice (the servers share the control
#                         file and the log requests.log).
#   official_base URL     points the official addresses at URL/ (test hook
#                         EXPORTCHECK_TEST_OFFICIAL_BASE)
#   ecc ARGS...           runs exportcheck with every http(s)://127.0.0.1:PORT
#                         shown as <server>
#   control LINE...       rewrites the servers' control file (list_server.py)

official_tree() {
  local dir=$1 lists=$ROOT/tests/fixtures/lists
  local csl=$dir/data.trade.gov/downloadable_consolidated_screening_list/v1
  local ofac=$dir/sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports
  mkdir -p "$csl" "$ofac"
  cp "$lists/csl-small.csv" "$csl/consolidated.csv"
  for f in sdn alt add sdn_comments; do cp "$lists/ofac-sdn/$f.csv" "$ofac/${f^^}.CSV"; done
  for f in cons_prim cons_alt cons_add cons_comments; do cp "$lists/ofac-cons/$f.csv" "$ofac/${f^^}.CSV"; done
}

control() {
  printf '%s\n' "$@" >server.control
}

start_server() {
  local scheme=http tls=()
  if [ "$1" = --tls ]; then
    shift
    scheme=https
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
      -keyout key.pem -out cert.pem -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
      >/dev/null 2>&1 || { echo "openssl failed"; exit 1; }
    tls=(--tls cert.pem key.pem)
  fi
  touch server.control
  rm -f server.port
  python3 "$ROOT/tests/net/list_server.py" --root "$1" --port-file server.port \
    --control server.control --log requests.log "${tls[@]}" 2>>server.err &
  SERVER_PIDS+=($!)
  trap 'kill "${SERVER_PIDS[@]}" 2>/dev/null; wait 2>/dev/null' EXIT
  for _ in $(seq 1 200); do [ -s server.port ] && break; sleep 0.05; done
  [ -s server.port ] || { echo "server did not start"; cat server.err; exit 1; }
  SERVER_URL=$scheme://127.0.0.1:$(cat server.port)
}

official_base() {
  export EXPORTCHECK_TEST_OFFICIAL_BASE=$1/
}

ecc() {
  exportcheck "$@" >ecc.out 2>ecc.err
  local rc=$?
  sed -E 's#https?://127\.0\.0\.1:[0-9]+#<server>#g' ecc.out
  sed -E 's#https?://127\.0\.0\.1:[0-9]+#<server>#g' ecc.err >&2
  return $rc
}
