#!/usr/bin/env bash
# The enterprise import end to end (see bench/README.md, "Enterprise import"): generates a
# seeded CSV of firms × 2 years (valid credit codes, GCJ-02 positions in the corridor, tiers,
# figures), imports it once through EnterpriseImportService into a fresh embedded H2 file
# database, and prints rows | firms | seconds | rows/s | peak heap.
# Usage: bash bench/enterprise-import.sh [ROWS]   (default 1000000)
# Needs: Maven, Java 17. The CSV is kept in target/bench/enterprise/ and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-1000000}"
out=target/bench
mkdir -p "$out/enterprise"

echo "== build (test classes)"
# Formatting is checked by the normal build, not by a benchmark run.
mvn -q -B -ntp -o -DskipTests -Dspring-javaformat.skip=true test-compile
mvn -q -B -ntp -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
# A private copy of the compiled classes: a build running alongside must not swap them
# out from under the measured run.
snapshot="$out/enterprise/classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
classpath="$snapshot/test:$snapshot/main:$(cat "$out/classpath.txt")"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"

echo "== import $rows rows"
java -cp "$classpath" org.corridor.observatory.bench.EnterpriseImportBench "$rows" "$out/enterprise" | tee "$out/enterprise-import.txt"
rm -rf "$out"/enterprise/h2-*
