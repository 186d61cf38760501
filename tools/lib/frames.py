#!/usr/bin/env python3
"""frames.py RUN.txt...: per-scene frame times from several `rootcause --bench` runs.

Each run prints `empty-frame-ms: X` (an empty frame paced one per 60 Hz tick, as the scenes'
frames are), `empty-frame-back-to-back-ms: Y` (for comparison only) and lines
`bench: scene NAME N frames p50 A ms p95 B ms p99 C ms max D ms`. Prints a table (median and
spread over the runs) against the budgets — p99 <= 16.7 ms, and median <= 2x the empty-frame
time of the same run. The table goes to stderr, the same figures as a JSON list to stdout.
"""
import json
import re
import statistics
import sys

LINE = re.compile(r"^bench: scene (\S+)\s+(\d+) frames\s+p50\s+([\d.]+) ms\s+p95\s+([\d.]+) ms\s+p99\s+([\d.]+) ms")


def main(paths):
    p50, p99, ratio = {}, {}, {}
    empties, backToBack = [], []
    for path in paths:
        empty = None
        rows = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("empty-frame-ms:"):
                    empty = float(line.split(":")[1])
                    empties.append(empty)
                if line.startswith("empty-frame-back-to-back-ms:"):
                    backToBack.append(float(line.split(":")[1]))
                m = LINE.match(line)
                if m:
                    rows.append((m.group(1), float(m.group(3)), float(m.group(5))))
        for name, a, c in rows:
            p50.setdefault(name, []).append(a)
            p99.setdefault(name, []).append(c)
            if empty:
                ratio.setdefault(name, []).append(a / (2 * empty))
    figures = []
    err = sys.stderr
    print(f"{'scene':32} {'p50 ms':>8} {'p99 ms (spread)':>24} {'p50 / (2x empty)':>18}", file=err)
    for name in sorted(p99):
        med99, med50 = statistics.median(p99[name]), statistics.median(p50[name])
        r = statistics.median(ratio[name]) if name in ratio else None
        ok99, ok50 = med99 <= 16.7, (r is not None and r <= 1.0)
        spread = f"{min(p99[name]):.2f}..{max(p99[name]):.2f}"
        print(f"{name:32} {med50:8.2f} {med99:10.2f} {spread:>13} {r if r is not None else float('nan'):18.2f}"
              f"  {'ok' if ok99 and ok50 else 'MISSED'}", file=err)
        figures.append({"key": f"frame_p99_ms:{name}", "median": med99, "min": min(p99[name]), "max": max(p99[name]),
                        "runs": len(p99[name]), "budget": 16.7, "budget_is_ceiling": True, "ok": ok99})
        figures.append({"key": f"frame_p50_over_2x_empty:{name}", "median": r, "budget": 1.0,
                        "budget_is_ceiling": True, "ok": ok50, "p50_ms": med50})
    if empties:
        b2b = f"{statistics.median(backToBack):.2f} ms" if backToBack else "-"
        print(f"empty frame (clear + show, paced like the scenes' frames): median {statistics.median(empties):.2f} ms "
              f"over {len(empties)} runs; drawn back to back: {b2b}", file=err)
        figures.append({"key": "empty_frame_ms", "median": statistics.median(empties), "min": min(empties),
                        "max": max(empties), "runs": len(empties), "budget": 0, "budget_is_ceiling": True,
                        "ok": True})
        if backToBack:
            figures.append({"key": "empty_frame_back_to_back_ms", "median": statistics.median(backToBack),
                            "min": min(backToBack), "max": max(backToBack), "runs": len(backToBack),
                            "budget": 0, "budget_is_ceiling": True, "ok": True})
    json.dump(figures, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
