#!/usr/bin/env bash
# A sensitivity run of the composite index (see bench/README.md, "Composite index
# sensitivity"): the pack's example index, 10 000 draws over the corridor's reporting
# districts and over every zone of the plan, on seeded figures (no database); prints
# zones | draws | min/median/max s. The goal is under 5 s for the districts.
# Usage: bash bench/composite-index.sh [DRAWS [REPETITIONS [WARM-UPS]]]   (default 10000 7 3)
# Needs: Maven (offline), Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

draws="${1:-10000}"
repetitions="${2:-7}"
warmups="${3:-3}"
out=target/bench
mkdir -p "$out/compositeindex"

echo "== build (test and benchmark classes, profile bench)"
mvn -q -B -ntp -o -DskipTests -Dspring-javaformat.skip=true -Pbench test-compile
mvn -q -B -ntp -o -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
snapshot="$out/compositeindex/classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
classpath="$snapshot/test:$snapshot/main:$(cat "$out/classpath.txt")"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== composite index sensitivity, $draws draws"
java -Xmx512m -cp "$classpath" org.corridor.observatory.compositeindex.SensitivityBench \
	"$draws" "$repetitions" "$warmups" | tee "$out/composite-index.txt"
