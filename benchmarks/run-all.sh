#!/usr/bin/env bash
# Regenerates benchmarks/results/ from scratch: the machine, the whole BenchmarkDotNet suite (GitHub markdown and
# brief JSON reports), the interleaved cross-check of the Monte Carlo ratios, the whole-process comparison with numpy,
# the cold start, and targets.md (issue 6's targets against the figures), and rewrites the generated section of
# benchmarks/README.md from them.
# For developers; CI never runs it. Takes about 20–40 minutes with the Default job on a 2-core machine.
#
# Usage: bash benchmarks/run-all.sh SHARED_DIR
#   JOB=Short bash benchmarks/run-all.sh ../shared          a quicker, noisier look (Default job otherwise)
#   FILTER='*MonteCarlo*' bash benchmarks/run-all.sh ../shared   only some benchmarks (their reports replace the old)
#   MC_LAUNCHES=5 bash benchmarks/run-all.sh ../shared       processes per Monte Carlo case (default 3)
#   SKIP_NUMPY=1 / SKIP_COLD_START=1 / SKIP_BDN=1 / SKIP_INTERLEAVED=1   leave a part out (its old result files stay)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:?usage: bash benchmarks/run-all.sh SHARED_DIR}
job=${JOB:-Default}
filter=${FILTER:-*}
results=benchmarks/results
mkdir -p "$results"

load() { cut -d' ' -f1-3 /proc/loadavg; }
# Each core's pace: the same fixed Python loop pinned to each core in turn, in ms. On a quiet machine the cores agree;
# on the shared VMs here one core sometimes runs the loop up to twice as long as the other for minutes at a time (seen
# 2026-11-26: 242–250 ms against 292–460 ms, and equal a minute later), and a benchmark whose thread lands there is
# slow for that long. The check runs between the parts of a sitting, never during one.
cores() {
  if ! command -v taskset >/dev/null; then echo "taskset not found"; return; fi
  local out=() c
  for c in $(seq 0 $(( $(nproc) - 1 ))); do
    out+=("core $c $(taskset -c "$c" /usr/bin/python3 -c 'import time
t = time.perf_counter(); x = 0
for i in range(3_000_000): x += i * i
print(round((time.perf_counter() - t) * 1000))') ms")
  done
  local IFS=','; echo "${out[*]}" | sed 's/,/, /g'
}
{
  echo "### Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| Date (UTC) | $(date -u +'%Y-%m-%d %H:%M') |"
  echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) logical cores |"
  echo "| Memory | $(free -g | awk '/^Mem:/ {print $2}') GiB |"
  echo "| OS | $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r) |"
  echo "| .NET SDK | $(dotnet --version) |"
  echo "| .NET runtime | $(dotnet --list-runtimes | grep -m1 'Microsoft.NETCore.App' | cut -d' ' -f2) |"
  echo "| Python / numpy | $(/usr/bin/python3 --version 2>&1 | cut -d' ' -f2) / $(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)' 2>/dev/null || echo none) |"
  echo "| Load average at start (1, 5, 15 min) | $(load) |"
  echo "| Each core's pace at start (a fixed Python loop pinned to each core; equal when the machine is quiet) | $(cores) |"
} >"$results/machine.md"

if [ -z "${SKIP_BDN:-}" ]; then
  # MonteCarloBenchmarks (category Scaling) runs in a second pass with MC_LAUNCHES processes a case (default 3): on the
  # shared VMs here one process of the same benchmark can run a third slower than the next for its whole life, and the
  # linearity and speed-up targets are ratios between cases measured minutes apart.
  mc_launches=${MC_LAUNCHES:-3}
  echo "== BenchmarkDotNet: --filter '$filter' --job $job, Monte Carlo with --launchCount $mc_launches (load $(load))" >&2
  rm -rf BenchmarkDotNet.Artifacts/results
  start=$(date +%s)
  CHANNELSHIFT_BENCH_EXCLUDE_CATEGORIES=Scaling dotnet run -c Release --project benchmarks/ChannelShift.Benchmarks -- \
    --filter "$filter" --job "$job" >"$results/benchmarkdotnet.log" 2>&1 \
    || { echo "run-all: BenchmarkDotNet failed; see $results/benchmarkdotnet.log" >&2; exit 1; }
  dotnet run -c Release --no-build --project benchmarks/ChannelShift.Benchmarks -- \
    --filter "$filter" --anyCategories Scaling --job "$job" --launchCount "$mc_launches" >>"$results/benchmarkdotnet.log" 2>&1 \
    || { echo "run-all: BenchmarkDotNet failed; see $results/benchmarkdotnet.log" >&2; exit 1; }
  for f in BenchmarkDotNet.Artifacts/results/*-report-github.md BenchmarkDotNet.Artifacts/results/*-report-brief.json; do
    cp "$f" "$results/"
  done
  echo "| BenchmarkDotNet run | job $job (Monte Carlo: $mc_launches launches a case), filter '$filter', $(( ($(date +%s) - start) / 60 )) min, load at end $(load) |" >>"$results/machine.md"
  echo "| Each core's pace after BenchmarkDotNet | $(cores) |" >>"$results/machine.md"
  rm -f "$results/benchmarkdotnet.log"
fi

if [ -z "${SKIP_INTERLEAVED:-}" ]; then
  echo "== interleaved cross-check of the Monte Carlo ratios (load $(load))" >&2
  dotnet run -c Release --project benchmarks/ChannelShift.Benchmarks -- --interleaved "$results" >/dev/null
  echo "| Each core's pace after the interleaved cross-check | $(cores) |" >>"$results/machine.md"
fi

if [ -z "${SKIP_NUMPY:-}" ]; then
  echo "== whole-process comparison with numpy (load $(load))" >&2
  RESULTS_DIR="$results" bash benchmarks/compare-numpy.sh "$shared" >/dev/null
fi

if [ -z "${SKIP_COLD_START:-}" ]; then
  echo "== cold start (load $(load))" >&2
  RESULTS_DIR="$results" bash benchmarks/cold-start.sh >/dev/null
fi

echo "| Load average at end | $(load) |" >>"$results/machine.md"
echo "| Each core's pace at end | $(cores) |" >>"$results/machine.md"
/usr/bin/python3 benchmarks/targets.py "$results" --readme benchmarks/README.md >"$results/targets.md"
cat "$results/machine.md" "$results/targets.md"
echo "benchmarks/README.md: the generated section is refreshed; update the hand-written analysis above it." >&2
