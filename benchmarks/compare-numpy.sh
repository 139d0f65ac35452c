#!/usr/bin/env bash
# The whole-process comparison of issue 6: `channelshift simulate benchmarks/anchor.json --iterations N --seed 7
# --format json` (Release build) against the numpy anchor `numpy_once.py N`, both as whole processes, alternating,
# RUNS times each, under /usr/bin/time -v. Prints each run's wall time and peak RSS, the medians, the ratio, and both
# mean NPVs with their difference in combined standard errors. For developers only: CI and the tests never run it
# (it needs numpy and the shared anchors folder).
#
# Usage: bash benchmarks/compare-numpy.sh SHARED_DIR [ITERATIONS] [RUNS]
#   SHARED_DIR   the folder holding anchors/numpy_mc.py and anchors/numpy_once.py (e.g. ../shared)
#   ITERATIONS   default 10000000;  RUNS  default 3
# Needs: /usr/bin/python3 with numpy (apt-get install -y python3-numpy), /usr/bin/time (apt-get install -y time).
# numpy runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (this command only): they are set on some machines
# here for old OpenBLAS builds and slow a current numpy down.
# Writes a markdown report to stdout; RESULTS_DIR (if set) also gets compare-numpy.md and compare-numpy.json.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${1:?usage: bash benchmarks/compare-numpy.sh SHARED_DIR [ITERATIONS] [RUNS]}
shared=$(cd "$shared" && pwd)
n=${2:-10000000}
runs=${3:-3}
once="$shared/anchors/numpy_once.py"
[ -f "$once" ] || { echo "compare-numpy: $once not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "compare-numpy: /usr/bin/time not found (apt-get install -y time)" >&2; exit 2; }
/usr/bin/python3 -c 'import numpy' 2>/dev/null || { echo "compare-numpy: numpy not found (apt-get install -y python3-numpy)" >&2; exit 2; }

echo "building the app (Release)..." >&2
dotnet build -c Release src/ChannelShift.Cli -nologo -v q >&2
app=src/ChannelShift.Cli/bin/Release/net10.0/channelshift
[ -x "$app" ] || { echo "compare-numpy: $app not built" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The same app published ReadyToRun (precompiled: less JIT at start-up), as one would install it.
echo "publishing the app ReadyToRun (Release)..." >&2
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
dotnet publish src/ChannelShift.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v q >&2
r2r="$work/r2r/ChannelShift.Cli"
[ -x "$r2r" ] || { echo "compare-numpy: $r2r not published" >&2; exit 2; }

# run NAME I COMMAND...: one timed whole-process run; appends "name i wall_s rss_kb load1" to $work/runs.
run() {
  local name=$1 i=$2
  shift 2
  local load t0 t1
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$work/$name-$i.time" "$@" >"$work/$name-$i.out" 2>"$work/$name-$i.err" \
    || { echo "compare-numpy: $name run $i failed:" >&2; cat "$work/$name-$i.err" "$work/$name-$i.time" >&2; exit 1; }
  t1=$(date +%s%N)
  local rss
  rss=$(grep -oE 'Maximum resident set size \(kbytes\): [0-9]+' "$work/$name-$i.time" | grep -oE '[0-9]+$')
  echo "$name $i $(( (t1 - t0) / 1000000 )) $rss $load" >>"$work/runs"
  echo "  $name run $i: $(( (t1 - t0) / 1000000 )) ms, peak RSS $(( rss / 1024 )) MB, load $load" >&2
}

echo "alternating $runs runs each at $n iterations..." >&2
for i in $(seq 1 "$runs"); do
  run channelshift "$i" "$app" simulate benchmarks/anchor.json --iterations "$n" --seed 7 --format json
  run channelshift-r2r "$i" "$r2r" simulate benchmarks/anchor.json --iterations "$n" --seed 7 --format json
  run numpy "$i" env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 "$once" "$n"
done

# numpy's mean and standard deviation of the NPV: numpy_mc.run itself (its own formula and seed, nothing copied),
# with np.percentile watched to catch the NPV array it is given. Not timed.
echo "numpy's standard deviation (one more, untimed run)..." >&2
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 - "$shared/anchors" "$n" >"$work/numpy-stats.json" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[1])
import numpy as np
import numpy_mc
seen = {}
percentile = np.percentile
def watch(a, q, *args, **kwargs):
    seen["npv"] = np.asarray(a)
    return percentile(a, q, *args, **kwargs)
numpy_mc.np.percentile = watch
dt, mean, pct, p_pos = numpy_mc.run(int(sys.argv[2]))
npv = seen["npv"]
assert abs(float(npv.mean()) - float(mean)) <= 1e-6 * abs(float(mean)), "the watched array is not the NPV"
json.dump({"n": int(npv.size), "mean": float(mean), "stdDev": float(npv.std(ddof=1)),
           "p5": float(pct[0]), "p50": float(pct[2]), "p95": float(pct[4]), "probabilityNpvPositive": float(p_pos),
           "numpy": np.__version__}, sys.stdout)
PY

/usr/bin/python3 - "$work" "$n" "$runs" <<'PY'
import json, os, statistics, sys
work, n, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = [line.split() for line in open(os.path.join(work, "runs"))]
ours = json.load(open(os.path.join(work, "channelshift-1.out")))
np_ = json.load(open(os.path.join(work, "numpy-stats.json")))
def med(name, col): return statistics.median(float(r[col]) for r in rows if r[0] == name)
wall_o, wall_n = med("channelshift", 2) / 1000, med("numpy", 2) / 1000
wall_r = med("channelshift-r2r", 2) / 1000
rss_r = med("channelshift-r2r", 3) / 1024
same = open(os.path.join(work, "channelshift-1.out")).read() == open(os.path.join(work, "channelshift-r2r-1.out")).read()
rss_o, rss_n = med("channelshift", 3) / 1024, med("numpy", 3) / 1024
mo, so = ours["npv"]["mean"], ours["npv"]["stdDev"]
mn, sn = np_["mean"], np_["stdDev"]
se = (so ** 2 / ours["iterations"] + sn ** 2 / np_["n"]) ** 0.5
z = (mo - mn) / se
out = []
out.append(f"### Whole process, {n:,} iterations: channelshift simulate vs numpy_once.py ({runs} alternating runs each)\n")
out.append("| Run | Program | Wall (s) | Peak RSS (MB) | Load (1 min) |")
out.append("|---:|---|---:|---:|---:|")
for r in rows:
    out.append(f"| {r[1]} | {r[0]} | {int(r[2]) / 1000:.3f} | {int(r[3]) / 1024:.0f} | {r[4]} |")
out.append("")
out.append("| | channelshift | numpy | numpy ÷ channelshift |")
out.append("|---|---:|---:|---:|")
out.append(f"| Median wall time (s) | {wall_o:.3f} | {wall_n:.3f} | {wall_n / wall_o:.2f}× |")
out.append(f"| Median wall time (s), ReadyToRun publish | {wall_r:.3f} | {wall_n:.3f} | {wall_n / wall_r:.2f}× |")
out.append(f"| Median peak RSS (MB) | {rss_o:.0f} (ReadyToRun {rss_r:.0f}) | {rss_n:.0f} | {rss_n / rss_o:.2f}× |")
out.append(f"| Mean NPV (£) | {mo:,.2f} | {mn:,.2f} | |")
out.append(f"| Standard deviation of NPV (£) | {so:,.2f} | {sn:,.2f} | |")
out.append(f"| P5 / P50 / P95 (£) | {ours['npv']['p5']:,.0f} / {ours['npv']['p50']:,.0f} / {ours['npv']['p95']:,.0f} | {np_['p5']:,.0f} / {np_['p50']:,.0f} / {np_['p95']:,.0f} | |")
out.append(f"| P(NPV > 0) | {ours['probabilityNpvPositive']:.4f} | {np_['probabilityNpvPositive']:.4f} | |")
out.append("")
out.append(f"Difference of the means: £{mo - mn:,.2f} = {z:+.2f} combined standard errors "
           f"(√(sd₁²/n₁ + sd₂²/n₂) = £{se:,.2f}); issue 6 asks for |z| ≤ 4: {'agree' if abs(z) <= 4 else 'DO NOT AGREE'}.")
out.append(f"channelshift seed 7; numpy_mc's own seed 42; numpy {np_['numpy']}. "
           f"`channelshift` is `dotnet build -c Release`'s apphost; `channelshift-r2r` the same app from "
           f"`dotnet publish -c Release -p:PublishReadyToRun=true`; their JSON outputs are {'identical' if same else 'DIFFERENT'}.")
text = "\n".join(out)
print(text)
res = os.environ.get("RESULTS_DIR")
if res:
    open(os.path.join(res, "compare-numpy.md"), "w").write(text + "\n")
    json.dump({"iterations": n, "runs": runs, "medianWallSeconds": {"channelshift": wall_o, "channelshiftReadyToRun": wall_r, "numpy": wall_n},
               "medianPeakRssMB": {"channelshift": rss_o, "numpy": rss_n}, "ratio": wall_n / wall_o, "ratioReadyToRun": wall_n / wall_r, "sameOutput": same,
               "meanNpv": {"channelshift": mo, "numpy": mn}, "stdDev": {"channelshift": so, "numpy": sn},
               "combinedStandardErrors": z,
               "runs_raw": [{"program": r[0], "run": int(r[1]), "wallMs": int(r[2]), "peakRssKB": int(r[3]), "load1": float(r[4])} for r in rows]},
              open(os.path.join(res, "compare-numpy.json"), "w"), indent=2)
PY
