#!/usr/bin/env bash
# Builds target/cds/: the jar extracted, plus a class-data-sharing archive recorded during one training start
# (Spring Boot's CDS recipe). Starting from it loads classes from a memory-mapped archive instead of parsing
# them again, which on a 2-core machine takes about a quarter off the start time.
#
#   bin/cds-archive.sh            # after mvn package
#   cd target/cds && java -XX:SharedArchiveFile=toasoan.jsa -jar toasoan.jar
#
# The archive fits one jar and one JDK: build it again after either changes.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/toasoan.jar ] || { echo "target/toasoan.jar missing: run mvn -DskipTests package first" >&2; exit 1; }
rm -rf target/cds
java -Djarmode=tools -jar target/toasoan.jar extract --destination target/cds > /dev/null
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# The training start runs the demo seeding too, so the classes of a first start are in the archive.
(cd target/cds && java -XX:ArchiveClassesAtExit=toasoan.jsa -Dspring.context.exit=onRefresh -jar toasoan.jar \
    --toasoan.data-dir="$training" --server.port=0 --management.server.port=-1 > "$training/training.log" 2>&1) \
    || { cat "$training/training.log" >&2; exit 1; }
echo "target/cds/toasoan.jsa: $(du -h target/cds/toasoan.jsa | cut -f1)"
