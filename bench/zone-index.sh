#!/usr/bin/env bash
# ZoneIndex benchmarks in one command (see bench/README.md):
#   1. JMH: the lookup kernel on one thread, points per second;
#   2. the same points and zones in PostGIS: ST_Contains join against ZoneIndex.assign,
#      both timed in this run, with the ratio. Exits non-zero if their pair counts differ.
# Usage: bash bench/zone-index.sh [--zones FILE.geojson] [--distribution NAME] [--quick]
#   --zones         a GeoJSON FeatureCollection to use instead of the default zone set
#                   (the corridor plan's own zones, as the platform draws them), or
#                   'synthetic' for the corridor's six districts plus synthetic corridor-like zones
#   --distribution  points for the PostGIS comparison: uniform (default) or clustered
#   --quick         shorter JMH runs and 500 000 PostGIS points, for a smoke test
# Needs: root for apt-get (PostGIS is installed if missing), PostgreSQL 15 on
# 127.0.0.1:5432 with trust auth (user postgres, database test), Maven, Java 17.
set -euo pipefail
cd "$(dirname "$0")/.."

zones=""
distribution=uniform
quick=false
while [ $# -gt 0 ]; do
	case "$1" in
		--zones) if [ "$2" = synthetic ]; then zones=synthetic; else zones="$(realpath "$2")"; fi; shift 2 ;;
		--distribution) distribution="$2"; shift 2 ;;
		--quick) quick=true; shift ;;
		*) echo "unknown argument: $1" >&2; exit 2 ;;
	esac
done

out=target/bench
mkdir -p "$out"

echo "== PostGIS"
if ! dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15-postgis-3 >/dev/null
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
	pg_ctlcluster --skip-systemctl-redirect 15 main start || true
fi
pg_isready -h 127.0.0.1 -p 5432

echo "== build (test and benchmark classes, profile bench; the JMH annotation processor runs here)"
# Formatting is checked by the normal build, not by a benchmark run.
mvn -q -B -ntp -DskipTests -Dspring-javaformat.skip=true -Pbench test-compile
mvn -q -B -ntp -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
classpath="target/test-classes:target/classes:$(cat "$out/classpath.txt")"

properties=()
if [ -n "$zones" ]; then
	properties+=("-Dbench.zones=$zones")
fi
if $quick; then
	jmh_timing=(-wi 2 -w 1s -i 3 -r 1s)
	properties+=("-Dbench.points=500000")
else
	jmh_timing=(-wi 3 -w 2s -i 5 -r 2s)
fi

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== JMH: ZoneIndexBenchmark (one thread, score = points per second)"
java -cp "$classpath" org.openjdk.jmh.Main 'org.corridor.observatory.bench.ZoneIndexBenchmark' \
	-f 1 -t 1 "${jmh_timing[@]}" -jvmArgsAppend "-Xms1g -Xmx1g ${properties[*]:-}" \
	-rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"

echo "== ZoneIndex against PostGIS (same points, same zones)"
java -Xmx2g "${properties[@]}" "-Dbench.distribution=$distribution" -cp "$classpath" org.corridor.observatory.bench.PostgisComparison | tee "$out/postgis.txt"
echo "== results in $out/jmh.txt, $out/jmh.json and $out/postgis.txt"
