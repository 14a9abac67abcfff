#!/usr/bin/env bash
# The enterprise import end to end (see bench/README.md, "Enterprise import"): generates a
# seeded CSV of firms × 2 years (valid credit codes, GCJ-02 positions in the corridor, tiers,
# figures) and the same rows as an XLSX workbook, imports each once through
# EnterpriseImportService into a fresh embedded H2 file database, each in its own JVM, and
# prints a table: format | rows | firms | file | read+check | fold+zones | store | total |
# import thread CPU | peak heap used | peak heap after GC. Other work on the machine
# lengthens the wall-clock times: the script prints the load average before each import.
# Usage: bash bench/enterprise-import.sh [ROWS] [FORMATS]   (defaults: 1000000 "csv xlsx")
# Needs: Maven, Java 17. The files are kept in target/bench/enterprise/ and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-1000000}"
formats="${2:-csv xlsx}"
out=target/bench
mkdir -p "$out/enterprise"

echo "== build (test and benchmark classes, profile bench)"
# Formatting is checked by the normal build, not by a benchmark run.
mvn -q -B -ntp -o -DskipTests -Dspring-javaformat.skip=true -Pbench test-compile
mvn -q -B -ntp -o -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
# A private copy of the compiled classes: a build running alongside must not swap them
# out from under the measured run.
snapshot="$out/enterprise/classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
classpath="$snapshot/test:$snapshot/main:$(cat "$out/classpath.txt")"
bench=org.corridor.observatory.bench.EnterpriseImportBench

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); default heap $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize / {printf "%.1f GiB", $4 / 2^30}')"

echo "== files"
java -cp "$classpath" "$bench" generate "$rows" "$out/enterprise"

report="$out/enterprise-import.txt"
{
	echo "| format | rows | firms | file | read + check (s) | fold + zones (s) | store (s) | total (s) | import thread CPU (s) | peak heap used | peak heap after GC |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"
for format in $formats; do
	echo "== import $rows rows of $format (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
	java -cp "$classpath" "$bench" import "$format" "$rows" "$out/enterprise" | tee "$out/enterprise-import-$format.txt"
	grep '^|' "$out/enterprise-import-$format.txt" >> "$report"
	rm -rf "$out"/enterprise/h2-*
done
echo "== results (also in $report)"
cat "$report"
