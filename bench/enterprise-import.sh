#!/usr/bin/env bash
# The enterprise import end to end (see bench/README.md, "Enterprise import"): generates a
# seeded CSV of firms × 2 years (valid credit codes, GCJ-02 positions in the corridor, tiers,
# figures) and the same rows as an XLSX workbook; copies the CSV raw into a plain PostgreSQL
# table with two indexes (the floor), and reads it raw into a plain H2 table with two indexes
# (H2's floor); then imports each format once through
# EnterpriseImportService into a fresh PostgreSQL schema (enterprise_import_bench, the COPY
# path) and into a fresh embedded H2 file database, each in its own JVM, and prints one
# table: engine | format | rows | firms | file | read+check | fold+zones | store | import |
# compaction | total | import thread CPU | peak heap used | peak heap after GC | H2 file after
# the store and after the compaction step. Other work on the machine lengthens the
# wall-clock times: the script prints the load average before each import.
# Usage: bash bench/enterprise-import.sh [ROWS] [FORMATS] [ENGINES]
#        (defaults: 1000000 "csv" "postgres postgres-warm h2"; e.g. "csv xlsx" for both
#        formats). "postgres-warm" first imports the file's first 200 000 rows in the same
#        JVM and empties the registry (-Dbench.warmup), as a platform that has imported
#        since it started: its code is compiled before the measured import.
# Needs: Maven, Java 17; PostgreSQL on 127.0.0.1:5432 (database test, user postgres, trust
# auth) for the PostgreSQL rows, left out when it does not answer. The files are kept in
# target/bench/enterprise/ and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-1000000}"
formats="${2:-csv}"
engines="${3:-postgres postgres-warm h2}"
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
	echo "| engine | format | rows | firms | file | read + check (s) | fold + zones (s) | store (s) | import (s) | compaction (s) | total (s) | import thread CPU (s) | peak heap used | peak heap after GC | H2 file after store | H2 file after compaction |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$report"
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
	echo "== raw COPY of the CSV into a plain table, then two indexes (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
	java -cp "$classpath" "$bench" rawcopy "$rows" "$out/enterprise" | tee "$out/enterprise-rawcopy.txt"
	grep '^|' "$out/enterprise-rawcopy.txt" >> "$report"
else
	echo "== no PostgreSQL on 127.0.0.1:5432: the PostgreSQL rows are left out"
	engines="${engines//postgres-warm/}"
	engines="${engines//postgres/}"
fi
echo "== raw CSVREAD of the CSV into a plain H2 table, then two indexes (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$classpath" "$bench" rawh2 "$rows" "$out/enterprise" | tee "$out/enterprise-rawh2.txt"
grep '^|' "$out/enterprise-rawh2.txt" >> "$report"
for engine in $engines; do
	for format in $formats; do
		echo "== import $rows rows of $format into $engine (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
		warmup=0
		[ "$engine" = postgres-warm ] && warmup=200000
		java -Dbench.warmup=$warmup -cp "$classpath" "$bench" import "$format" "$rows" "$out/enterprise" "${engine%-warm}" | tee "$out/enterprise-import-$engine-$format.txt"
		grep '^|' "$out/enterprise-import-$engine-$format.txt" >> "$report"
		rm -rf "$out"/enterprise/h2-*
	done
done
echo "== results (also in $report)"
cat "$report"
