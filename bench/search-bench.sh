#!/usr/bin/env bash
# Search benchmark: indexes 100,000 articles generated from ../shared/data/vi-news/underthesea-UNC and prints
# documents/s, query latency p50/p95, index size and peak heap, in a 512 MB heap. Run from the repository root.
# Usage: bash bench/search-bench.sh [documents] [queries]; BENCH_OPTS adds JVM options (a JFR recording, say).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${TOASOAN_SHARED:-$(cd ../shared && pwd)}"
mvn -B -q -o test-compile
CP="$(mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
java -Xmx512m ${BENCH_OPTS:-} -Dtoasoan.shared="$SHARED" -Dbench.documents="${1:-100000}" \
    -Dbench.queries="${2:-400}" -cp "target/test-classes:target/classes:$CP" vn.toasoan.search.SearchBenchmark
