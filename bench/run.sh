#!/bin/bash
# Throughput/latency benchmark: the home page and an article page of target/toasoan.jar against nginx serving
# the same article as a static file, on this machine (loopback, wrk -t2 -c64).
#
#   bench/run.sh [--article PATH] [--rounds N] [--duration SECONDS]
#
# Targets (what we aim for; printed next to the results):
#   article throughput >= 0.5 x nginx's, article p99 < 10 ms, start to first page < 5 s, peak heap <= 256 MB.
#
# Steps: apt-get install wrk/nginx when missing; mvn package when target/toasoan.jar is missing or stale;
# java -Xmx256m -jar target/toasoan.jar on a free port with a fresh temp data dir (demo content on:
# toasoan.demo.enabled=true; extra app args in $TOASOAN_APP_ARGS); start time = launch to first 200 of "/";
# article = first /tin-tuc/ link of the home page (or --article); nginx (generated config, temp dir) serves
# curl's copy of the article; 10 s warm-up per target, then N interleaved rounds (home, article, nginx).
# Peak heap: max of G1/Serial "used before GC" in the -Xlog:gc log and of jvm_memory_used_bytes{area="heap"}
# (summed over pools) sampled every second from the actuator on the management port.
# Raw output: bench/out/ (git-ignored). All processes are stopped on exit.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
ARTICLE=""
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
while [ $# -gt 0 ]; do
    case $1 in
        --article) ARTICLE=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

OUT="$ROOT/bench/out"
mkdir -p "$OUT"
TMP=$(mktemp -d /tmp/toasoan-bench.XXXXXX)
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
die() { echo "bench: $*" >&2; exit 1; }
say() { echo "== $*"; }

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# 1. Tools.
missing=()
command -v jq >/dev/null || missing+=(jq)
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -f target/toasoan.jar ] || [ -n "$(find pom.xml src/main -newer target/toasoan.jar -print -quit)" ]; then
    say "building target/toasoan.jar (missing or older than the sources)"
    mvn -B -q -DskipTests package
fi

LOAD=$(cut -d' ' -f1 /proc/loadavg)
if [ "$(bc -l <<<"$LOAD > 1.0")" = 1 ]; then
    echo "WARNING: load average $LOAD before the run: other work on this machine skews every figure"
fi

# 2. Application: start time.
PORT=$(free_port); MPORT=$(free_port); NPORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
say "starting the application on $BASE (management 127.0.0.1:$MPORT, data $TMP/data)"
mkdir -p "$TMP/data"
t0=$(date +%s%N)
# shellcheck disable=SC2086
java -Xmx256m -Xlog:gc:file="$OUT/gc.log" -jar target/toasoan.jar --server.port="$PORT" \
    --server.address=127.0.0.1 --management.server.port="$MPORT" --management.server.address=127.0.0.1 \
    --toasoan.data-dir="$TMP/data" --toasoan.site.base-url="$BASE" --toasoan.demo.enabled=true \
    --management.endpoints.web.exposure.include=health,prometheus,metrics \
    ${TOASOAN_APP_ARGS:-} > "$OUT/app.log" 2>&1 &
JPID=$!
PIDS+=("$JPID")
FIRST_ANSWER_MS=""
START_NOTE=""
while :; do
    kill -0 "$JPID" 2>/dev/null || { tail -30 "$OUT/app.log" >&2; die "the application exited (log: $OUT/app.log)"; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)
    now_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$code" = 200 ] && { START_MS=$now_ms; break; }
    if [ "$code" != 000 ] && [ -z "$FIRST_ANSWER_MS" ]; then FIRST_ANSWER_MS=$now_ms; fi
    # Up, but "/" is not a page (e.g. the skeleton's 404): go on after 5 s, with the time of the first answer.
    if [ -n "$FIRST_ANSWER_MS" ] && [ $((now_ms - FIRST_ANSWER_MS)) -gt 5000 ]; then
        START_MS=$FIRST_ANSWER_MS; START_NOTE=" (NOT a 200: / answers http $code)"
        echo "WARNING: / answers http $code, not 200; start time = first answer"
        break
    fi
    [ "$now_ms" -lt 120000 ] || die "no answer from $BASE/ within 120 s"
    sleep 0.02
done
say "first 200 of / after $START_MS ms$START_NOTE"

# Heap sampler: sum of jvm_memory_used_bytes{area="heap"} every second, max kept in a file.
echo 0 > "$TMP/heap.max"
(
    max=0
    while kill -0 "$JPID" 2>/dev/null; do
        v=$(curl -s --max-time 2 "http://127.0.0.1:$MPORT/actuator/prometheus" 2>/dev/null \
            | awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {s += $NF} END {printf "%d", s}') || v=0
        if [ "${v:-0}" = 0 ]; then  # no Prometheus registry on the classpath: the metrics endpoint
            v=$(curl -s --max-time 2 "http://127.0.0.1:$MPORT/actuator/metrics/jvm.memory.used?tag=area:heap" \
                2>/dev/null | jq -r '[.measurements[]? | select(.statistic == "VALUE") | .value] | add // 0 | floor' \
                2>/dev/null) || v=0
        fi
        if [ "${v:-0}" -gt "$max" ]; then max=$v; echo "$max" > "$TMP/heap.max"; fi
        sleep 1
    done
) &
PIDS+=("$!")

# 3. The article, saved for nginx.
if [ -z "$ARTICLE" ]; then
    ARTICLE=$(curl -s "$BASE/" | grep -o 'href="[^"]*"' | sed 's/^href="//; s/"$//; s/&amp;/\&/g' \
        | sed -E "s#^https?://(127\.0\.0\.1|localhost):$PORT##" | grep -m1 '^/tin-tuc/' || true)
    [ -n "$ARTICLE" ] || die "no /tin-tuc/ link on the home page $BASE/ (demo content off? pass --article PATH)"
fi
mkdir -p "$TMP/www"
acode=$(curl -s -o "$TMP/www/article.html" -w '%{http_code}' "$BASE$ARTICLE")
[ "$acode" = 200 ] || echo "WARNING: $ARTICLE answers http $acode (measuring it anyway)"
PAGE_BYTES=$(stat -c %s "$TMP/www/article.html")
PAGE_GZIP=$(gzip -c "$TMP/www/article.html" | wc -c)
say "article $ARTICLE: $PAGE_BYTES bytes ($PAGE_GZIP gzipped), http $acode"

# 4. nginx serving the saved copy.
mkdir -p "$TMP/nginx"
USER_LINE=""
[ "$(id -u)" = 0 ] && USER_LINE="user root;"
cat > "$TMP/nginx/nginx.conf" <<EOF
$USER_LINE
worker_processes 2;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $TMP/nginx/client_body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    types { }
    default_type text/html;
    charset utf-8;
    server {
        listen 127.0.0.1:$NPORT;
        root $TMP/www;
        location / { try_files /article.html =404; }
    }
}
EOF
"$NGINX" -p "$TMP/nginx" -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf" &
PIDS+=("$!")
for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NPORT/article.html" || true)" = 200 ] && break
    sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NPORT/article.html" || true)" = 200 ] \
    || die "nginx did not start (log: $TMP/nginx/error.log: $(cat "$TMP/nginx/error.log" 2>/dev/null))"
say "nginx on 127.0.0.1:$NPORT serves the saved article"

# 5. wrk: warm-up, then interleaved rounds. The Lua done() hook prints exact figures.
cat > "$TMP/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  local errs = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_us=%d p99_us=%d bytes_per_resp=%.0f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
    summary.bytes / math.max(summary.requests, 1), summary.requests, non2xx, errs))
end
EOF
declare -A URL=([home]="$BASE/" [article]="$BASE$ARTICLE" [nginx]="http://127.0.0.1:$NPORT/article.html")
TARGETS=(home article nginx)
# A browser User-Agent: the visit counter ignores clients without one, and the benchmark must count every visit.
UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
run_wrk() {  # run_wrk TARGET SECONDS LABEL
    wrk -t2 -c64 -d"$2"s --latency -H "User-Agent: $UA" -s "$TMP/report.lua" "${URL[$1]}" > "$OUT/wrk-$1-$3.txt" 2>&1 \
        || { cat "$OUT/wrk-$1-$3.txt" >&2; die "wrk failed on ${URL[$1]}"; }
    grep '^RESULT' "$OUT/wrk-$1-$3.txt" | sed "s/^RESULT/$1 $3/"
}
say "warm-up: ${DURATION}s per target"
for t in "${TARGETS[@]}"; do run_wrk "$t" "$DURATION" warmup; done
: > "$TMP/results.txt"
for r in $(seq 1 "$ROUNDS"); do
    say "round $r/$ROUNDS"
    for t in "${TARGETS[@]}"; do run_wrk "$t" "$DURATION" "round$r" | tee -a "$TMP/results.txt"; done
done

# 6a. Every view counted: the article's counter (flushed each second, page re-rendered within 5 s) against the
# responses wrk received; wrk does not count requests still in flight when a run ends (up to 64 a run).
sleep 6
SENT=$(( $(grep -h '^RESULT' "$OUT"/wrk-article-*.txt | grep -oE 'requests=[0-9]+' | cut -d= -f2 | paste -sd+ | bc) + 1 ))
SHOWN=$(curl -s "$BASE$ARTICLE" | grep -oE 'Lượt xem: <span>[0-9.]+' | grep -oE '[0-9.]+$' | tr -d . || true)
STATS=$(curl -s "$BASE/api/v1/stats" || true)

# 6b. Start time again, from the class-data-sharing archive of bin/cds-archive.sh (a deployment option).
CDS_MS=""
if bin/cds-archive.sh > "$OUT/cds.log" 2>&1; then
    CPORT=$(free_port)
    rm -rf "$TMP/cds-data"
    t1=$(date +%s%N)
    (cd target/cds && exec java -Xmx256m -XX:SharedArchiveFile=toasoan.jsa -jar toasoan.jar --server.port="$CPORT" \
        --server.address=127.0.0.1 --management.server.port=-1 --toasoan.data-dir="$TMP/cds-data" \
        --toasoan.demo.enabled=true > "$OUT/app-cds.log" 2>&1) &
    CPID=$!
    PIDS+=("$CPID")
    for _ in $(seq 1 3000); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$CPORT/" || true)" = 200 ]; then
            CDS_MS=$(( ($(date +%s%N) - t1) / 1000000 )); break
        fi
        kill -0 "$CPID" 2>/dev/null || break
        sleep 0.02
    done
    kill "$CPID" 2>/dev/null || true
fi

# 6. Peak heap: before-GC values in the gc log ("Pause ... 123M->45M(256M)") and the sampled maximum.
sleep 1.5
GC_PEAK=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$OUT/gc.log" 2>/dev/null | sed 's/M->.*//' | sort -n | tail -1 || true)
SAMPLED=$(cat "$TMP/heap.max")
SAMPLED_MB=$(( SAMPLED / 1048576 ))
PEAK_MB=$(( ${GC_PEAK:-0} > SAMPLED_MB ? ${GC_PEAK:-0} : SAMPLED_MB ))
cp "$TMP/results.txt" "$OUT/results.txt"

# 7. Table.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
field() { grep "^$1 " "$TMP/results.txt" | grep -oE "$2=[0-9.]+" | cut -d= -f2; }
echo
echo "Tòa Soạn benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before $LOAD / after $(cut -d' ' -f1 /proc/loadavg), wrk -t2 -c64 -d${DURATION}s, median of $ROUNDS interleaved rounds"
printf '%-8s %-44s %10s %9s %9s %10s %8s\n' target 'url (port/path)' 'req/s' 'p50 ms' 'p99 ms' 'bytes/resp' 'non-2xx'
declare -A RPS
for t in "${TARGETS[@]}"; do
    RPS[$t]=$(field "$t" rps | median)
    p50=$(field "$t" p50_us | median); p99=$(field "$t" p99_us | median)
    bytes=$(field "$t" bytes_per_resp | median); bad=$(field "$t" non2xx | paste -sd+ | bc)
    printf '%-8s %-44s %10.0f %9.2f %9.2f %10.0f %8s\n' "$t" "$(u=${URL[$t]#http://127.0.0.1:}; echo "${u:0:44}")" "${RPS[$t]}" \
        "$(bc -l <<<"$p50/1000")" "$(bc -l <<<"$p99/1000")" "$bytes" "$bad"
done
RATIO=$(bc -l <<<"${RPS[article]} / ${RPS[nginx]}")
ART_P99=$(bc -l <<<"$(field article p99_us | median) / 1000")
echo
printf '%-36s %12s   %s\n' measure value target
printf '%-36s %12.2f   %s\n' 'article / nginx throughput' "$RATIO" '>= 0.5'
printf '%-36s %12.2f   %s\n' 'article p99 latency (ms)' "$ART_P99" '< 10'
printf '%-36s %12d   %s\n' 'start to first page (ms)' "$START_MS" "< 5000$START_NOTE"
printf '%-36s %12s   %s\n' 'start to first page, CDS (ms)' "${CDS_MS:-failed}" "< 5000  (bin/cds-archive.sh; log $OUT/cds.log)"
printf '%-36s %12d   %s\n' 'peak heap used (MB)' "$PEAK_MB" "<= 256  (gc log ${GC_PEAK:-n/a} MB, sampled $SAMPLED_MB MB)"
printf '%-36s %12d   %s\n' 'article page size (bytes)' "$PAGE_BYTES" "$PAGE_GZIP gzipped; $ARTICLE"
printf '%-36s %12s   %s\n' 'article views counted' "${SHOWN:-?}" "responses received: $SENT (wrk runs + the saved copy); /api/v1/stats $STATS"
echo "bytes/resp: headers + body as wrk read them (no gzip: wrk sends no Accept-Encoding)"
echo "raw: $OUT/ (wrk-*.txt, results.txt, gc.log, app.log)"
