#!/usr/bin/env bash
# Forecasts with probabilities for every indicator x zone of the plan (see bench/README.md,
# "Forecasts"): starts the platform without a web server on an in-memory H2 with the demo
# figures, then times the backtest and every zone's forecasts with everything kept forgotten
# before each run, and prints operation | min/median/max s. Goal: under 1 s.
# Usage: bash bench/forecasts.sh [REPETITIONS [WARM-UPS]]   (default 7 3)
# Needs: Maven (offline), Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

repetitions="${1:-7}"
warmups="${2:-3}"
out=target/bench
mkdir -p "$out/forecasts"

echo "== build (test and benchmark classes, profile bench)"
mvn -q -B -ntp -o -DskipTests -Dspring-javaformat.skip=true -Pbench test-compile
mvn -q -B -ntp -o -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
snapshot="$out/forecasts/classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
classpath="$snapshot/test:$snapshot/main:$(cat "$out/classpath.txt")"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== forecasts, $repetitions runs after $warmups warm-ups"
java -Xmx1g -cp "$classpath" org.corridor.observatory.foresight.ForecastBench "$repetitions" "$warmups" \
	| tee "$out/forecasts.txt"
