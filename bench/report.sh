#!/usr/bin/env bash
# The corridor's annual evaluation report on the DEMO figures (see bench/README.md, "Annual
# evaluation report"): starts the application without its web server on an H2 file of its own (the platform's settings),
# then times the report end to end as a report job makes it (figures from the evaluation,
# charts, Word, PDF) and by part. Goal: under 10 s with all its charts.
# Usage: bash bench/report.sh [REPETITIONS [WARM-UPS]] [--all-charts]   (default 7 2)
# Environment: HEAP (default 2g), the -Xmx of the run.
# Needs: Maven (offline), Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

heap="${HEAP:-2g}"
out=target/bench
mkdir -p "$out/report"

echo "== build (test and benchmark classes, profile bench)"
mvn -q -B -ntp -o -DskipTests -Dspring-javaformat.skip=true -Pbench test-compile
mvn -q -B -ntp -o -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
snapshot="$out/report/classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
classpath="$snapshot/test:$snapshot/main:$(cat "$out/classpath.txt")"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== corridor report, -Xmx$heap"
java -Xmx"$heap" -Djava.awt.headless=true -cp "$classpath" org.corridor.observatory.report.ReportBench "$@" \
	| tee "$out/report.txt"
