#!/usr/bin/env bash
# The app's cold start (issue 6 target: median ≤ 400 ms): `channelshift bdo` from a Release build, a new process
# each time, RUNS times (default 15), after 2 warm-up runs (so the files are in the page cache); beside it the
# ReadyToRun publish and, for the product's target (no slower than it), `/usr/bin/python3 -c "import numpy"`
# (skipped if numpy is not installed). Uses hyperfine
# (apt-get install -y hyperfine) if installed, else (or with COLD_START_TOOL=loop) a loop timed with date +%s%N.
# For developers; CI never runs it.
# Usage: bash benchmarks/cold-start.sh [RUNS]      RESULTS_DIR (if set) also gets cold-start.md and cold-start.json.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}

echo "building the app (Release)..." >&2
dotnet build -c Release src/ChannelShift.Cli -nologo -v q >&2
app=src/ChannelShift.Cli/bin/Release/net10.0/channelshift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The same app published ReadyToRun (precompiled: less JIT at start-up), measured beside it.
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
dotnet publish src/ChannelShift.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v q >&2
r2r="$work/r2r/ChannelShift.Cli"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Python's start with numpy imported, the yardstick of the product's cold-start target; empty without numpy.
numpy=()
if /usr/bin/python3 -c 'import numpy' 2>/dev/null; then numpy=('/usr/bin/python3 -c "import numpy"'); fi

if command -v hyperfine >/dev/null && [ "${COLD_START_TOOL:-}" != loop ]; then
  tool="hyperfine $(hyperfine --version | cut -d' ' -f2)"
  hyperfine --warmup 2 --runs "$runs" -N --export-json "$work/h.json" "$app bdo" "$r2r bdo" "${numpy[@]}" >&2
  /usr/bin/python3 -c 'import json,sys; [print(t) for t in json.load(open(sys.argv[1]))["results"][0]["times"]]' "$work/h.json" >"$work/times"
  /usr/bin/python3 -c 'import json,sys; [print(t) for t in json.load(open(sys.argv[1]))["results"][1]["times"]]' "$work/h.json" >"$work/times-r2r"
  if [ ${#numpy[@]} -gt 0 ]; then
    /usr/bin/python3 -c 'import json,sys; [print(t) for t in json.load(open(sys.argv[1]))["results"][2]["times"]]' "$work/h.json" >"$work/times-numpy"
  fi
else
  tool="a loop timed with date +%s%N"
  for _ in 1 2; do "$app" bdo >/dev/null; "$r2r" bdo >/dev/null; if [ ${#numpy[@]} -gt 0 ]; then /usr/bin/python3 -c 'import numpy'; fi; done
  for _ in $(seq 1 "$runs"); do
    t0=$(date +%s%N); "$app" bdo >/dev/null; t1=$(date +%s%N)
    awk -v ns=$(( t1 - t0 )) 'BEGIN { printf "%.6f\n", ns / 1e9 }' >>"$work/times"
    t0=$(date +%s%N); "$r2r" bdo >/dev/null; t1=$(date +%s%N)
    awk -v ns=$(( t1 - t0 )) 'BEGIN { printf "%.6f\n", ns / 1e9 }' >>"$work/times-r2r"
    if [ ${#numpy[@]} -gt 0 ]; then
      t0=$(date +%s%N); /usr/bin/python3 -c 'import numpy'; t1=$(date +%s%N)
      awk -v ns=$(( t1 - t0 )) 'BEGIN { printf "%.6f\n", ns / 1e9 }' >>"$work/times-numpy"
    fi
  done
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

/usr/bin/python3 - "$work/times" "$tool" "$load_before" "$load_after" "$work/times-r2r" "$work/times-numpy" <<'PY'
import json, os, statistics, sys
times = [float(x) for x in open(sys.argv[1])]
med = statistics.median(times)
r2r = [float(x) for x in open(sys.argv[5])]
med_r2r = statistics.median(r2r)
numpy = [float(x) for x in open(sys.argv[6])] if os.path.exists(sys.argv[6]) else []
med_numpy = statistics.median(numpy) if numpy else None
text = (f"### Cold start: `channelshift bdo` (Release), {len(times)} runs ({sys.argv[2]})\n\n"
        f"| Median (ms) | Min (ms) | Max (ms) | Target | Load before / after |\n|---:|---:|---:|---|---|\n"
        f"| {med * 1000:.0f} | {min(times) * 1000:.0f} | {max(times) * 1000:.0f} | ≤ 400 ms: {'met' if med <= 0.4 else 'not met'} "
        f"| {sys.argv[3]} / {sys.argv[4]} |\n\n"
        f"The same app published ReadyToRun (`dotnet publish -c Release -p:PublishReadyToRun=true`): median "
        f"{med_r2r * 1000:.0f} ms (min {min(r2r) * 1000:.0f}, max {max(r2r) * 1000:.0f}), measured in the same sitting. "
        + (f"`/usr/bin/python3 -c \"import numpy\"`, in the same sitting: median {med_numpy * 1000:.0f} ms (min {min(numpy) * 1000:.0f}, "
           f"max {max(numpy) * 1000:.0f}); the ReadyToRun app is {'no slower' if med_r2r <= med_numpy else 'SLOWER'}."
           if numpy else "`python3 -c \"import numpy\"`: not measured (no numpy in /usr/bin/python3)."))
print(text)
res = os.environ.get("RESULTS_DIR")
if res:
    open(os.path.join(res, "cold-start.md"), "w").write(text + "\n")
    json.dump({"medianSeconds": med, "times": times, "medianSecondsReadyToRun": med_r2r, "timesReadyToRun": r2r,
               "medianSecondsNumpyImport": med_numpy, "timesNumpyImport": numpy, "tool": sys.argv[2], "load": [sys.argv[3], sys.argv[4]]},
              open(os.path.join(res, "cold-start.json"), "w"), indent=2)
PY
