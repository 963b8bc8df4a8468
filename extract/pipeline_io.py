"""Cross-check outputs on disk: comparisons by suffix, cases, claim clusters, case figures, the report."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from extract.crosscheck import crosscheck
from extract.run import iter_jsonl, iter_records, write_figures_csv


def write_table(df, dest: Path) -> None:  # noqa: ANN001 - pandas DataFrame
    """By suffix, through a temp file and an atomic rename."""
    tmp = dest.with_name(dest.name + ".tmp")
    suffix = dest.suffix.lower()
    if suffix == ".csv":
        df.to_csv(tmp, index=False)
    elif suffix == ".parquet":
        df.to_parquet(tmp, index=False)
    elif suffix == ".jsonl":
        df.to_json(tmp, orient="records", lines=True, force_ascii=False)
    else:
        raise ValueError(f"unsupported output suffix {suffix!r}: use .csv, .parquet or .jsonl")
    os.replace(tmp, dest)


def write_jsonl(rows, dest: Path) -> None:  # noqa: ANN001 - iterable of pydantic models
    tmp = dest.with_name(dest.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(r.model_dump_json() + "\n")
    os.replace(tmp, dest)


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
    write_jsonl(res.clusters, paths["clusters"])
    write_table(res.case_figures, paths["case_figures"])
    write_table(res.case_figures, paths["case_figures_parquet"])
    if figures_csv is not None:
        # records now carry case_id: rewrite them (atomically) and flatten the figures
        tmp = records_path.with_name(records_path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        os.replace(tmp, records_path)
        ftmp = figures_csv.with_name(figures_csv.name + ".tmp")
        write_figures_csv(records_path, ftmp, with_case=True)
        os.replace(ftmp, figures_csv)
    if html is not None:
        errors = list(iter_jsonl(errors_path)) if errors_path is not None and errors_path.exists() else []
        tmp = html.with_name(html.name + ".tmp")
        tmp.write_text(render(records, res, errors=errors), encoding="utf-8")
        os.replace(tmp, html)
    counts = Counter(c.verdict for c in res.clusters)
    return {
        "cases": len(res.cases),
        "clusters": len(res.clusters),
        "comparisons": len(res.comparisons),
        **{v: int(counts.get(v, 0)) for v in ("agree", "compatible", "different_scope", "conflict", "single_source")},
    }
