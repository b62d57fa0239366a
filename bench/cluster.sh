#!/bin/bash
# Cluster benchmark: requests/s and p99 of the cached article page and of the visit beacon with 1, 2 and 3 nodes of
# target/toasoan.jar in cluster mode (one PostgreSQL database, one Redis) behind nginx, measured with wrk.
#
#   bench/cluster.sh [--rounds N] [--duration SECONDS]
#
# On a 2-core machine the nodes, nginx, PostgreSQL, Redis and wrk all share the same two cores: a second and third
# node add no capacity here. What the table shows is the cost of the shared stores (sessions and visit windows in
# Redis, counts and the change feed in PostgreSQL) and of the extra hop through nginx, not how Tòa Soạn scales;
# docs/capacity.md turns these rates into what 100 nodes need.
#
# Steps: apt-get install wrk/nginx/redis-server/jq when missing; mvn package when target/toasoan.jar is missing or
# stale; a throw-away PostgreSQL database toasoan_bench_<random> on 127.0.0.1:5432 (user postgres) and a private
# redis-server on a free port (nothing saved), both removed on exit. Phase "page": three nodes in the default
# counting mode (the server counts every page it serves), node 1 alone first with demo content; the article = first
# /tin-tuc/ link of the home page. Phase "beacon": the nodes again with toasoan.stats.counting=beacon, measuring
# POST /api/v1/visit?a=<article id>, each request a new visitor (its own X-Forwarded-For address). For 1, 2, 3 nodes
# nginx (generated config, temp dir; round robin, keep-alive to the nodes, as docs/deploy.md) is restarted over the
# first N nodes; 5 s warm-up, then N rounds of wrk -t2 -c64. Raw output: bench/out/cluster-* (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS=${ROUNDS:-1}
DURATION=${DURATION:-10}
while [ $# -gt 0 ]; do
    case $1 in
        --rounds) ROUNDS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

OUT="$ROOT/bench/out"
mkdir -p "$OUT"
TMP=$(mktemp -d /tmp/toasoan-cluster-bench.XXXXXX)
DB="toasoan_bench_$(tr -dc 'a-z0-9' < /dev/urandom | head -c 12 || true)"
PIDS=()
NGINX_PID=""
cleanup() {
    local pid
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
    done
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
die() { echo "bench: $*" >&2; exit 1; }
say() { echo "== $*"; }

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# 1. Tools, services, the jar.
missing=()
command -v jq >/dev/null || missing+=(jq)
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL is not reachable on 127.0.0.1:5432"
if [ ! -f target/toasoan.jar ] || [ -n "$(find pom.xml src/main -newer target/toasoan.jar -print -quit)" ]; then
    say "building target/toasoan.jar (missing or older than the sources)"
    mvn -B -q -DskipTests package
fi
LOAD=$(cut -d' ' -f1 /proc/loadavg)
if [ "$(bc -l <<<"$LOAD > 1.0")" = 1 ]; then
    echo "WARNING: load average $LOAD before the run: other work on this machine skews every figure"
fi

psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" >/dev/null || die "cannot create database $DB"
RPORT=$(free_port)
mkdir -p "$TMP/redis"
/usr/bin/redis-server --port "$RPORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$TMP/redis" \
    > "$OUT/cluster-redis.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 100); do redis-cli -p "$RPORT" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
redis-cli -p "$RPORT" ping 2>/dev/null | grep -q PONG || die "redis-server did not start (log: $OUT/cluster-redis.log)"
say "database $DB on 127.0.0.1:5432, Redis on 127.0.0.1:$RPORT"

NPORT=$(free_port)
BASE="http://127.0.0.1:$NPORT"
declare -a PORT MPORT NODE_PID
for i in 1 2 3; do PORT[$i]=$(free_port); MPORT[$i]=$(free_port); done

# 2. Nodes and nginx. Cluster mode, except in the baseline phase (one node on the embedded default).
CLUSTER_ARGS=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres
    --toasoan.cluster.redis-url="redis://127.0.0.1:$RPORT" --toasoan.cluster.key-prefix=bench:)
MODE_ARGS=("${CLUSTER_ARGS[@]}")
start_node() {  # start_node INDEX PHASE ARGS...
    local i=$1 phase=$2; shift 2
    mkdir -p "$TMP/$phase/node$i"
    java -Xmx256m -jar target/toasoan.jar --server.port="${PORT[$i]}" --server.address=127.0.0.1 \
        --management.server.port="${MPORT[$i]}" --toasoan.data-dir="$TMP/$phase/node$i" \
        "${MODE_ARGS[@]}" --toasoan.site.base-url="$BASE" "$@" > "$OUT/cluster-$phase-node$i.log" 2>&1 &
    NODE_PID[$i]=$!
    PIDS+=("$!")
}
await_node() {  # await_node INDEX PHASE
    local i=$1 code
    for _ in $(seq 1 600); do
        kill -0 "${NODE_PID[$i]}" 2>/dev/null \
            || { tail -30 "$OUT/cluster-$2-node$i.log" >&2; die "node $i exited (log: $OUT/cluster-$2-node$i.log)"; }
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORT[$i]}/" || true)
        [ "$code" = 200 ] && return 0
        sleep 0.2
    done
    die "node $i: no 200 from / within 120 s"
}
# start_nodes PHASE DEMO ARGS...: node 1 alone (it migrates an empty database, with demo content when DEMO is true),
# then nodes 2 and 3 together; ARGS go to all three.
start_nodes() {
    local phase=$1 demo=$2; shift 2
    say "phase $phase: starting node 1"
    start_node 1 "$phase" --toasoan.demo.enabled="$demo" "$@"; await_node 1 "$phase"
    say "phase $phase: starting nodes 2 and 3"
    start_node 2 "$phase" --toasoan.demo.enabled=false "$@"
    start_node 3 "$phase" --toasoan.demo.enabled=false "$@"
    await_node 2 "$phase"; await_node 3 "$phase"
}
stop_nodes() {
    local i
    for i in 1 2 3; do kill "${NODE_PID[$i]}" 2>/dev/null || true; done
    for i in 1 2 3; do
        for _ in $(seq 1 120); do kill -0 "${NODE_PID[$i]}" 2>/dev/null || break; sleep 0.25; done
        kill -9 "${NODE_PID[$i]}" 2>/dev/null || true
    done
}
start_nginx() {  # start_nginx N: round robin over the first N nodes
    local n=$1 i servers="" user=""
    for i in $(seq 1 "$n"); do servers+="        server 127.0.0.1:${PORT[$i]} max_fails=2 fail_timeout=5s;"$'\n'; done
    [ "$(id -u)" = 0 ] && user="user root;"
    mkdir -p "$TMP/nginx"
    cat > "$TMP/nginx/nginx.conf" <<EOF
$user
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $TMP/nginx/client_body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    upstream toasoan {
$servers        keepalive 64;
    }
    server {
        listen 127.0.0.1:$NPORT;
        location / {
            proxy_pass http://toasoan;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
EOF
    "$NGINX" -p "$TMP/nginx" -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf" -g 'daemon off;' &
    NGINX_PID=$!
    for _ in $(seq 1 50); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)" = 200 ] && return 0
        sleep 0.1
    done
    die "nginx did not start (log: $TMP/nginx/error.log: $(cat "$TMP/nginx/error.log" 2>/dev/null))"
}
stop_nginx() {
    kill "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    NGINX_PID=""
}

# 3. wrk: the Lua done() hook prints exact figures; the beacon script makes each request a new visitor.
cat > "$TMP/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local errs = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_us=%d p99_us=%d requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
    summary.requests, summary.errors.status, errs))
end
EOF
cat "$TMP/report.lua" > "$TMP/beacon.lua"
cat >> "$TMP/beacon.lua" <<'EOF'
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
request = function()
  n = n + 1
  local address = string.format("10.%d.%d.%d", tid or 0, math.floor(n / 256) % 256, n % 256)
  -- Headers given to wrk.format replace wrk's -H headers: the User-Agent must be passed again (no User-Agent, no count).
  return wrk.format("POST", nil, {["X-Forwarded-For"] = address, ["Content-Length"] = "0",
    ["User-Agent"] = wrk.headers["User-Agent"]}, nil)
end
EOF
# A browser User-Agent: the visit counter ignores clients without one.
UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
: > "$TMP/results.txt"
run_wrk() {  # run_wrk TARGET NODES URL SCRIPT SECONDS LABEL
    local file="$OUT/cluster-wrk-$1-$2-$6.txt"
    wrk -t2 -c64 -d"$5"s --latency -H "User-Agent: $UA" -s "$4" "$3" > "$file" 2>&1 \
        || { cat "$file" >&2; die "wrk failed on $3"; }
    grep '^RESULT' "$file" | sed "s/^RESULT/$1 $2 $6/"
}
measure() {  # measure TARGET URL SCRIPT [NODE COUNTS]: 1, 2 and 3 nodes by default
    local n r
    for n in ${4:-1 2 3}; do
        start_nginx "$n"
        say "$1 with $n node(s): warm-up 5 s, then $ROUNDS x ${DURATION}s"
        run_wrk "$1" "$n" "$2" "$3" 5 warmup > /dev/null
        for r in $(seq 1 "$ROUNDS"); do run_wrk "$1" "$n" "$2" "$3" "$DURATION" "round$r" | tee -a "$TMP/results.txt"; done
        stop_nginx
    done
}

# 4. Phase page: the default counting (every page served is counted on the node that serves it).
start_nodes page true
start_nginx 1
ARTICLE=$(curl -s "$BASE/" | grep -o 'href="[^"]*"' | sed 's/^href="//; s/"$//; s/&amp;/\&/g' \
    | sed -E "s#^https?://(127\.0\.0\.1|localhost):$NPORT##" | grep -m1 '^/tin-tuc/' || true)
stop_nginx
[ -n "$ARTICLE" ] || die "no /tin-tuc/ link on the home page (demo content missing?)"
ARTICLE_ID=${ARTICLE##*-}
say "article $ARTICLE (id $ARTICLE_ID)"
measure article "$BASE$ARTICLE" "$TMP/report.lua"
stop_nodes

# 5. Phase beacon: pages are not counted by the server; each beacon is a new visitor.
start_nodes beacon false --toasoan.stats.counting=beacon
measure beacon "$BASE/api/v1/visit?a=$ARTICLE_ID" "$TMP/beacon.lua"
STATS=$(curl -s "http://127.0.0.1:${PORT[1]}/api/v1/stats" || true)
stop_nodes

# 6. Baseline: what a site picks without cluster mode, one node on the embedded default (H2, visit windows in the
# process), behind the same nginx: the cluster rows are compared with it.
MODE_ARGS=()
start_node 1 single --toasoan.demo.enabled=true; await_node 1 single
ARTICLE_SINGLE=$(curl -s "http://127.0.0.1:${PORT[1]}/" | grep -o 'href="[^"]*"' | sed 's/^href="//; s/"$//' \
    | sed -E "s#^https?://[^/]+##" | grep -m1 '^/tin-tuc/' || true)
[ -n "$ARTICLE_SINGLE" ] || die "no /tin-tuc/ link on the baseline node's home page"
measure single "$BASE$ARTICLE_SINGLE" "$TMP/report.lua" 1
kill "${NODE_PID[1]}" 2>/dev/null || true
for _ in $(seq 1 120); do kill -0 "${NODE_PID[1]}" 2>/dev/null || break; sleep 0.25; done
start_node 1 single-beacon --toasoan.demo.enabled=true --toasoan.stats.counting=beacon; await_node 1 single-beacon
measure single-beacon "$BASE/api/v1/visit?a=${ARTICLE_SINGLE##*-}" "$TMP/beacon.lua" 1
cp "$TMP/results.txt" "$OUT/cluster-results.txt"

# 7. Table.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
field() { grep "^$1 $2 " "$TMP/results.txt" | grep -oE "$3=[0-9.]+" | cut -d= -f2; }
echo
echo "Tòa Soạn cluster benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before $LOAD / after $(cut -d' ' -f1 /proc/loadavg), wrk -t2 -c64 -d${DURATION}s through nginx, median of $ROUNDS round(s)"
printf '%-13s %6s %10s %9s %9s %9s %8s\n' target nodes 'req/s' 'p50 ms' 'p99 ms' 'non-2xx' 'errors'
for t in single article single-beacon beacon; do
    case $t in single*) counts=1 ;; *) counts="1 2 3" ;; esac
    for n in $counts; do
        printf '%-13s %6s %10.0f %9.2f %9.2f %9s %8s\n' "$t" "$n" "$(field "$t" "$n" rps | median)" \
            "$(bc -l <<<"$(field "$t" "$n" p50_us | median)/1000")" "$(bc -l <<<"$(field "$t" "$n" p99_us | median)/1000")" \
            "$(field "$t" "$n" non2xx | paste -sd+ | bc)" "$(field "$t" "$n" socket_errors | paste -sd+ | bc)"
    done
done
echo
echo "single:  one node on the embedded default (H2, no Redis) behind the same nginx, GET $ARTICLE_SINGLE; single-beacon: its beacon"
echo "article: GET $ARTICLE (cached page, counted by the node that serves it: a Redis visit window + a count)"
echo "beacon:  POST /api/v1/visit?a=$ARTICLE_ID, a new visitor each time (counting=beacon); /api/v1/stats after: $STATS"
echo "On $(nproc) cores, nodes, nginx, PostgreSQL, Redis and wrk share the same CPUs: more nodes cannot serve more here."
echo "These figures show the cost of the shared stores and of the proxy hop, not scaling (see docs/capacity.md)."
echo "raw: $OUT/cluster-* (wrk output, node logs)"
