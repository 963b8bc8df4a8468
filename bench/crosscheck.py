"""Cross-check at scale: time and peak memory at 1x, 8x and 64x copies of the corpus records.

The corpus articles are extracted once; their records are then written 1, 8 and 64 times
(each copy with its own doc_id, as a big story reposted by many sites), and
`opfacts crosscheck` runs on each file in a fresh process, writing the comparisons, the
clusters, the case figures and the HTML report. Ends with key=value lines:
`crosscheck_growth_64x_vs_8x` (linear is 8), `crosscheck_peak_mib_64x`, `report_mib_64x`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNNER = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from extract.pipeline_io import write_crosscheck
t = time.perf_counter()
counts = write_crosscheck(Path({records!r}), Path({out!r}), Path({html!r}))
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, counts["comparisons"],
      counts["clusters"], counts["cases"])
"""


def base_records(corpus: Path, dest: Path, records: Path | None) -> list[str]:
    """The corpus records as JSON lines: read from --records, or extracted once here."""
    if records is None:
        from extract.run import run_extract

        records = dest / "corpus.jsonl"
        run_extract([str(corpus / "articles")], records, progress=False)
    return [line for line in records.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_copies(lines: list[str], copies: int, dest: Path) -> None:
    with dest.open("w", encoding="utf-8") as fh:
        for n in range(copies):
            for line in lines:
                r = json.loads(line)
                if n:
                    r["doc_id"] = f"{r['doc_id']}~{n}"
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def measure(records: Path, out: Path) -> dict[str, float]:
    """Cross-check one records file in a fresh process: seconds, peak RSS (MiB), rows and report size."""
    html = out.with_suffix(".html")
    code = RUNNER.format(root=str(ROOT), records=str(records), out=str(out), html=str(html))
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    secs, rss_kib, rows, clusters, cases = res.stdout.split()
    return {
        "seconds": float(secs),
        "peak_mib": int(rss_kib) / 1024,
        "comparisons": int(rows),
        "clusters": int(clusters),
        "cases": int(cases),
        "report_mib": html.stat().st_size / 2**20,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("OPFACTS_CORPUS", ROOT.parent / "shared/corpus"))
    )
    ap.add_argument("--records", type=Path, default=None, help="Use these records instead of extracting the corpus.")
    ap.add_argument("--copies", type=int, nargs="+", default=[1, 8, 64])
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="opfacts-bench-cc-"))
    try:
        lines = base_records(args.corpus, tmp, args.records)
        results = {}
        for k in args.copies:
            path = tmp / f"records-{k}x.jsonl"
            write_copies(lines, k, path)
            results[k] = measure(path, tmp / f"crosscheck-{k}x.csv")
            path.unlink()
        print(f"{len(lines)} records, copies {args.copies}")
        head = ("copies", "records", "seconds", "peak MiB", "cases", "clusters", "rows", "report MiB")
        print(" ".join(f"{h:>10}" for h in head))
        for k, r in results.items():
            cells = (k, k * len(lines), f"{r['seconds']:.2f}", f"{r['peak_mib']:.1f}", r["cases"], r["clusters"])
            print(" ".join(f"{c:>10}" for c in (*cells, r["comparisons"], f"{r['report_mib']:.2f}")))
        out = {}
        if 8 in results and 64 in results:
            out["crosscheck_growth_64x_vs_8x"] = results[64]["seconds"] / results[8]["seconds"]
        top = max(results)
        out[f"crosscheck_peak_mib_{top}x"] = results[top]["peak_mib"]
        out[f"report_mib_{top}x"] = results[top]["report_mib"]
        out[f"crosscheck_seconds_{top}x"] = results[top]["seconds"]
        (ROOT / "bench" / "out").mkdir(exist_ok=True)
        (ROOT / "bench" / "out" / "crosscheck.json").write_text(json.dumps({**out, "runs": results}, indent=2))
        for k, v in out.items():
            print(f"{k}={v:.3f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
