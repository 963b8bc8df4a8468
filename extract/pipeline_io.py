"""Cross-check outputs on disk: comparisons by suffix, cases.csv, the report, records with case ids."""

from __future__ import annotations

import json
import os
from pathlib import Path

from extract.crosscheck import crosscheck
from extract.run import iter_records, write_figures_csv


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


def write_crosscheck(
    records_path: Path,
    output: Path,
    html: Path | None = None,
    cases_path: Path | None = None,
    figures_csv: Path | None = None,
) -> dict[str, int]:
    from extract.report import render

    records = list(iter_records(records_path))
    comp, cases_df, cases = crosscheck(records)
    write_table(comp, output)
    write_table(cases_df, cases_path or output.with_name("cases.csv"))
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
        tmp = html.with_name(html.name + ".tmp")
        tmp.write_text(render(records, comp, cases), encoding="utf-8")
        os.replace(tmp, html)
    counts = comp["verdict"].value_counts().to_dict() if len(comp) else {}
    return {
        "cases": len(cases),
        "comparisons": len(comp),
        **{v: int(counts.get(v, 0)) for v in ("agree", "compatible", "different_scope", "conflict", "single_source")},
    }
