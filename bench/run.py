"""Throughput and memory, measured side by side in one run; ends with key=value lines.

A: the bare model (nlp.pipe) over the texts; B: opfacts end to end in one process (ingest,
pipeline, records validated and written), with the pipeline already loaded, like A's model;
C: opfacts with --workers 2 (workers forked from that loaded parent, as in a real run, where
the parent loads the model once before forking); D: opfacts rules-only (blank English); peak
RSS of the rules-only run at N and 10·N articles (each in its own process); `opfacts --help`
wall time. B and C run three times, interleaved, and `workers2_speedup` is the median of the
three B/C ratios; the load average is printed because other processes skew every ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_corpus(dest: Path, n: int, corpus: Path) -> list[str]:
    """N articles with unique doc_ids, cycling through the shared corpus and the samples."""
    sources = sorted((corpus / "articles").glob("*.txt")) + sorted((ROOT / "data/samples/articles").glob("*.txt"))
    if not sources:
        raise SystemExit(f"no articles found under {corpus}/articles or data/samples/articles")
    dest.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        (dest / f"bench-{i:06d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def timed(fn) -> float:  # noqa: ANN001
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def rss_of_rules_only(folder: Path, out: Path) -> int:
    """Peak RSS (KiB) of a separate process running the rules-only extraction."""
    code = (
        f"import resource,sys; sys.path.insert(0, {str(ROOT)!r}); from extract.run import run_extract; "
        f"run_extract([{str(folder)!r}], __import__('pathlib').Path({str(out)!r}), model='blank', progress=False); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=3, help="B/C pairs; workers2_speedup is their median")
    ap.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("OPFACTS_CORPUS", ROOT.parent / "shared/corpus"))
    )
    args = ap.parse_args()
    n = args.docs
    tmp = Path(tempfile.mkdtemp(prefix="opfacts-bench-"))
    try:
        texts = build_corpus(tmp / "n", n, args.corpus)
        words = sum(len(t.split()) for t in texts)
        import spacy

        from extract.pipeline import resolve_model
        from extract.run import run_extract

        model = resolve_model().name
        nlp = spacy.load(model)
        for _ in nlp.pipe(texts[:20]):
            pass  # warm-up
        t_a = timed(lambda: [None for _ in nlp.pipe(texts, batch_size=32)])
        # A and B both start with a loaded pipeline (model load is not per-document work); C pays for its
        # workers' start-up and model loads, as a real run does
        from extract.worker import worker_extractor

        worker_extractor(None, None)
        worker_extractor("blank", None)
        worker_extractor(None, None)
        load_before = os.getloadavg()
        pairs = []
        for _ in range(args.repeats):  # interleaved, so a burst of outside load hits both sides
            t_b = timed(lambda: run_extract([str(tmp / "n")], tmp / "b.jsonl", progress=False))
            t_c = timed(lambda: run_extract([str(tmp / "n")], tmp / "c.jsonl", workers=2, progress=False))
            pairs.append((t_b, t_c))
        load_after = os.getloadavg()
        t_b, t_c = (statistics.median(x) for x in zip(*pairs, strict=True))
        speedups = [b / c for b, c in pairs]
        worker_extractor("blank", None)
        t_d = timed(lambda: run_extract([str(tmp / "n")], tmp / "d.jsonl", model="blank", progress=False))
        same = (tmp / "b.jsonl").read_bytes() == (tmp / "c.jsonl").read_bytes()
        build_corpus(tmp / "n10", 10 * n, args.corpus)
        rss_n = rss_of_rules_only(tmp / "n", tmp / "rn.jsonl")
        rss_10n = rss_of_rules_only(tmp / "n10", tmp / "r10n.jsonl")
        exe = shutil.which("opfacts", path=str(Path(sys.executable).parent)) or "opfacts"
        helps = [timed(lambda: subprocess.run([exe, "--help"], capture_output=True, check=True)) for _ in range(3)]
        rows = [
            ("A bare model nlp.pipe", t_a),
            ("B opfacts, 1 process", t_b),
            ("C opfacts, --workers 2", t_c),
            ("D opfacts rules-only", t_d),
        ]
        print(f"{n} articles, {words} words, model {model}, {os.cpu_count()} cores")
        print(f"{'run':28} {'seconds':>8} {'words/s':>10} {'docs/s':>8}")
        for name, t in rows:
            print(f"{name:28} {t:8.2f} {words / t:10.0f} {n / t:8.1f}")
        print(f"peak RSS rules-only: {rss_n / 1024:.1f} MiB at {n} docs, {rss_10n / 1024:.1f} MiB at {10 * n} docs")
        print(f"records identical with 1 and 2 workers: {same}")
        print("workers2_speedup runs: " + ", ".join(f"{x:.3f}" for x in speedups) + " (median below)")
        cores = os.cpu_count()
        print(f"load average (1 min) before B/C {load_before[0]:.2f}, after {load_after[0]:.2f} on {cores} cores")
        result = {
            "extract_vs_model": t_a / t_b,
            "workers2_speedup": statistics.median(speedups),
            "rules_only_speedup": t_b / t_d,
            "rss_growth_10x": rss_10n / rss_n,
            "help_seconds": min(helps),
            "docs_per_second": n / t_b,
        }
        (ROOT / "bench" / "out").mkdir(exist_ok=True)
        (ROOT / "bench" / "out" / "last.json").write_text(json.dumps(result, indent=2))
        for k, v in result.items():
            print(f"{k}={v:.3f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
