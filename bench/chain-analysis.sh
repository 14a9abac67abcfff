#!/usr/bin/env bash
# The industry-chain analysis over a corridor of DEMO firms (see bench/README.md, "Industry
# chain analysis"): builds the in-memory chain cube straight from the seeded demo generator
# (no database), then times ChainAnalyser.analyse for the whole corridor and for the core
# area, and the chains x zones matrix, and prints operation | firms | min/median/max s | heap.
# First it checks that the demo generator the cube is built from streams in bounded memory
# (DemoStreamBench: a million firm-years, live heap growth under 64 MB, else the script fails).
# Usage: bash bench/chain-analysis.sh [FIRMS [REPETITIONS [WARM-UPS]]]   (default 10000000 7 3)
# Environment: HEAP (default 12g), the -Xmx of the run.
# Needs: Maven (offline), Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

firms="${1:-10000000}"
repetitions="${2:-7}"
warmups="${3:-3}"
heap="${HEAP:-12g}"
out=target/bench
mkdir -p "$out/chain"

echo "== build (test and benchmark classes, profile bench)"
# Formatting is checked by the normal build, not by a benchmark run.
mvn -q -B -ntp -o -DskipTests -Dspring-javaformat.skip=true -Pbench test-compile
mvn -q -B -ntp -o -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
# A private copy of the compiled classes: a build running alongside must not swap them
# out from under the measured run.
snapshot="$out/chain/classes"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp -r target/classes "$snapshot/main" && cp -r target/test-classes "$snapshot/test"
classpath="$snapshot/test:$snapshot/main:$(cat "$out/classpath.txt")"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== demo generator: a million firm-years streamed, live heap growth"
java -Xmx1g -cp "$classpath" org.corridor.observatory.registry.demo.DemoStreamBench | tee "$out/demo-stream.txt"

echo "== chain analysis, $firms firms, -Xmx$heap"
java -Xmx"$heap" -cp "$classpath" \
	org.corridor.observatory.chain.ChainAnalysisBench "$firms" "$repetitions" "$warmups" | tee "$out/chain-analysis.txt"
