#!/usr/bin/env bash
# The load bench (see bench/README.md, "Load at a million firms"): starts the platform on
# 127.0.0.1 with demo data on and an H2 file database of FIRMS firms (imported once
# through the normal enterprise import from a seeded CSV, then kept in
# target/bench/load/), signs in as the DEMO analyst, and runs wrk against the overview,
# an indicator page, the enterprise search page and the evaluation API, CONNECTIONS
# connections for SECONDS seconds each; then downloads the whole registry as Excel and
# the firms as GeoJSON once each. Prints one table: p50, p99, requests/s, errors.
# Usage: bash bench/load.sh [FIRMS] [SECONDS] [CONNECTIONS]   (defaults: 1000000 30 100)
# BENCH_JAVA_OPTS adds JVM options, e.g. -Dobservatory.pages.kept= to measure pages written anew each time.
# Needs: Maven, Java 17, wrk, curl. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

firms="${1:-1000000}"
seconds="${2:-30}"
connections="${3:-100}"
port=18091
base="http://127.0.0.1:$port"
out=target/bench
load="$out/load"
mkdir -p "$load"

echo "== build (test and benchmark classes, profile bench)"
mvn -q -B -ntp -o -DskipTests -Dspring-javaformat.skip=true -Pbench test-compile
# The runtime class path (plus the bench classes): what the platform ships with, not the tests'
# libraries (the OIDC test server brings FreeMarker, whose view resolver looked every view up in its jar).
mvn -q -B -ntp -o -Pbench dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt"
# A private copy of the classes: a build running alongside must not swap them out.
rm -rf "$load/classes" && mkdir -p "$load/classes"
cp -r target/classes "$load/classes/main" && cp -r target/test-classes "$load/classes/test"

echo "== platform with $firms firms (the first run imports them: minutes)"
# Emptied here, not by the redirection below, which the background job does later.
: > "$load/server.log"
java -Xmx3g ${BENCH_JAVA_OPTS:-} -cp "$load/classes/test:$load/classes/main:$(cat "$out/classpath.txt")" \
	org.corridor.observatory.bench.LoadBenchServer "$firms" "$load" "$port" > "$load/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
until grep -q '^READY' "$load/server.log"; do
	if ! kill -0 "$server" 2>/dev/null; then
		cat "$load/server.log"
		exit 1
	fi
	sleep 2
done
grep -E '^(wrote|imported|name index|READY)' "$load/server.log"

echo "== sign in (DEMO analyst)"
jar="$load/cookies"
rm -f "$jar"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=demo-analyst \
	--data-urlencode password=Demo-Corridor-2025 --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
[ -n "$session" ] || { echo "no session cookie"; exit 1; }

indicator=$(curl -s "$base/api/v1/plans/chengxi-2021/indicators" | grep -o '"code":"[A-Z_0-9]*"' | head -1 | cut -d'"' -f4)
# The search page as it opens (every firm), and searched by a word in one name of nine (科技).
declare -a names=("overview /" "indicator /indicators/$indicator" "enterprise search /enterprises"
	"enterprise search by name /enterprises?q=%E7%A7%91%E6%8A%80"
	"evaluation API /api/v1/plans/chengxi-2021/evaluations")

# Warm up (JIT, caches) before measuring.
for entry in "${names[@]}"; do
	path="${entry##* }"
	wrk -t2 -c10 -d5s -H "Cookie: JSESSIONID=$session" "$base$path" > /dev/null
done

report="$out/load.txt"
{
	echo "| request | connections | seconds | requests/s | p50 | p99 | errors |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$report"
for entry in "${names[@]}"; do
	name="${entry% *}"
	path="${entry##* }"
	echo "== $name: $path (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
	result=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency --timeout 10s -H "Cookie: JSESSIONID=$session" "$base$path")
	echo "$result"
	p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
	p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
	rps=$(echo "$result" | awk '$1 == "Requests/sec:" {print $2}')
	non2xx=$(echo "$result" | awk '/Non-2xx or 3xx responses:/ {print $5}')
	socket=$(echo "$result" | awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
	errors=$(( ${non2xx:-0} + ${socket:-0} ))
	echo "| $name \`$path\` | $connections | $seconds | $rps | $p50 | $p99 | $errors |" >> "$report"
done

echo "== whole-registry downloads (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
{
	echo
	echo "| download | HTTP | bytes | seconds |"
	echo "|---|---:|---:|---:|"
} >> "$report"
for path in /enterprises/export.xlsx /api/v1/geojson/firms; do
	line=$(curl -s -b "$jar" -o "$load/download" -w '%{http_code} %{size_download} %{time_total}' "$base$path")
	read -r code bytes time <<< "$line"
	echo "| \`$path\` | $code | $bytes | $time |" >> "$report"
done
rm -f "$load/download"
echo "== results (also in $report)"
cat "$report"
