"""Cross-check outputs on disk: comparisons by suffix, cases, claim clusters, case figures, the report."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from extract.atomic import atomic_path, atomic_write_text
from extract.crosscheck import crosscheck
from extract.errors import E_OUTPUT_SUFFIX
from extract.outputs import iter_jsonl, iter_records, write_figures_csv


def write_table(df, dest: Path) -> None:  # noqa: ANN001 - pandas DataFrame
    """By suffix, published atomically."""
    suffix = dest.suffix.lower()
    if suffix not in (".csv", ".parquet", ".jsonl"):
        raise ValueError(E_OUTPUT_SUFFIX.format(suffix=suffix, allowed=".csv, .parquet or .jsonl"))
    with atomic_path(dest) as tmp:
        if suffix == ".csv":
            df.to_csv(tmp, index=False)
        elif suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", lines=True, force_ascii=False)


def write_jsonl(lines: Iterable[str], dest: Path) -> None:
    """One JSON document per line, published atomically."""
    with atomic_path(dest) as tmp, tmp.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")


def crosscheck_paths(output: Path) -> dict[str, Path]:
    """Where the cluster-level outputs go: beside the comparisons file."""
    return {
        "clusters": output.with_name("clusters.jsonl"),
        "case_figures": output.with_name("case_figures.csv"),
        "case_figures_parquet": output.with_name("case_figures.parquet"),
    }


def write_crosscheck(
    records_path: Path,
    output: Path,
    html: Path | None = None,
    cases_path: Path | None = None,
    figures_csv: Path | None = None,
    errors_path: Path | None = None,
) -> dict[str, int]:
    from extract.report import render

    records = list(iter_records(records_path))
    res = crosscheck(records)
    write_table(res.comparisons, output)
    write_table(res.cases_df, cases_path or output.with_name("cases.csv"))
    paths = crosscheck_paths(output)
    write_jsonl((c.model_dump_json() for c in res.clusters), paths["clusters"])
    write_table(res.case_figures, paths["case_figures"])
    write_table(res.case_figures, paths["case_figures_parquet"])
    if figures_csv is not None:
        # records now carry case_id: rewrite them (atomically) and flatten the figures
        write_jsonl((json.dumps(r, ensure_ascii=False) for r in records), records_path)
        with atomic_path(figures_csv) as tmp:
            write_figures_csv(records_path, tmp, with_case=True)
    if html is not None:
        errors = list(iter_jsonl(errors_path)) if errors_path is not None and errors_path.exists() else []
        atomic_write_text(html, render(records, res, errors=errors))
    counts = Counter(c.verdict for c in res.clusters)
    return {
        "cases": len(res.cases),
        "clusters": len(res.clusters),
        "comparisons": len(res.comparisons),
        **{v: int(counts.get(v, 0)) for v in ("agree", "compatible", "different_scope", "conflict", "single_source")},
    }
