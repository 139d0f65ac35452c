#!/usr/bin/env bash
# One sitting of measurements into benchmarks/results/: the machine (machine.md), the whole BenchmarkDotNet suite
# (GitHub markdown and brief JSON reports per class), the whole-process comparison with numpy (compare-numpy.*), the
# app's cold start (cold-start.*) and, last, the performance targets (targets.*), whose table also reads the numpy
# comparison and cold start just written. For developers; CI never runs it. About 40 minutes with the Default job on
# a 2-core machine.
#
# Usage: bash benchmarks/run-all.sh SHARED_DIR        (SHARED_DIR holds anchors/numpy_once.py, e.g. ../shared)
#   JOB=Short bash benchmarks/run-all.sh ../shared          a quicker, noisier look (Default job otherwise)
#   FILTER='*Appraisal*' bash benchmarks/run-all.sh ../shared   only some benchmarks (their reports replace the old)
#   SKIP_BDN=1 / SKIP_NUMPY=1 / SKIP_COLD_START=1 / SKIP_TARGETS=1   leave a part out (its old result files stay)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:?usage: bash benchmarks/run-all.sh SHARED_DIR}
job=${JOB:-Default}
filter=${FILTER:-*}
results=benchmarks/results
mkdir -p "$results"

load() { cut -d' ' -f1-3 /proc/loadavg; }
# Each core's pace: the same fixed Python loop pinned to each core in turn, in ms. On a quiet machine the cores agree;
# on a shared VM one core can run it much slower than the other for minutes at a time, and a benchmark whose thread
# lands there is slow for that long. The check runs between the parts of a sitting, never during one.
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
  echo "| Commit | $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' (src/ modified)') |"
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
  echo "== BenchmarkDotNet: --filter '$filter' --job $job (load $(load))" >&2
  rm -rf BenchmarkDotNet.Artifacts/results
  start=$(date +%s)
  dotnet run -c Release --project benchmarks/ChannelShift.Benchmarks -- \
    --filter "$filter" --job "$job" >"$results/benchmarkdotnet.log" 2>&1 \
    || { echo "run-all: BenchmarkDotNet failed; see $results/benchmarkdotnet.log" >&2; exit 1; }
  cp BenchmarkDotNet.Artifacts/results/*-report-github.md BenchmarkDotNet.Artifacts/results/*-report-brief.json "$results/"
  echo "| BenchmarkDotNet run | job $job, filter '$filter', $(( ($(date +%s) - start) / 60 )) min, load at end $(load) |" >>"$results/machine.md"
  echo "| Each core's pace after BenchmarkDotNet | $(cores) |" >>"$results/machine.md"
  rm -f "$results/benchmarkdotnet.log"
fi

if [ -z "${SKIP_NUMPY:-}" ]; then
  echo "== whole-process comparison with numpy (load $(load))" >&2
  RESULTS_DIR="$results" bash benchmarks/compare-numpy.sh "$shared" >/dev/null
  echo "| Each core's pace after the numpy comparison | $(cores) |" >>"$results/machine.md"
fi

if [ -z "${SKIP_COLD_START:-}" ]; then
  echo "== cold start (load $(load))" >&2
  RESULTS_DIR="$results" bash benchmarks/cold-start.sh >/dev/null
  echo "| Each core's pace after the cold start | $(cores) |" >>"$results/machine.md"
fi

# Last: its table reads compare-numpy.json and cold-start.json (an old one where that part was skipped).
if [ -z "${SKIP_TARGETS:-}" ]; then
  echo "== performance targets (load $(load))" >&2
  RESULTS_DIR="$results" bash benchmarks/targets.sh >/dev/null
fi

echo "| Load average at end | $(load) |" >>"$results/machine.md"
echo "| Each core's pace at end | $(cores) |" >>"$results/machine.md"
cat "$results/machine.md" "$results/compare-numpy.md" "$results/cold-start.md" "$results/targets.md" 2>/dev/null || true
echo "run-all: results in $results/ (commit them together, as one sitting)" >&2
