"""Record files in and figure tables out: read records.jsonl, write CSV / Parquet, publish a run's output.

A run writes a journal of records; `publish` turns it into the format the output's suffix asks
for (JSONL as it is, CSV or Parquet one figure per row) and puts it in place atomically.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.atomic import atomic_path, publish_file
from extract.errors import E_OUTPUT_SUFFIX, E_RECORDS_JSON, OpfactsError

RECORD_COLUMNS = ["doc_id", "outlet", "published", "url", "title"]
FIGURE_FIELDS = [
    "kind",
    "value",
    "min",
    "max",
    "unit",
    "qualifier",
    "life",
    "aggregate",
    "where",
    "when",
    "attributed_to",
    "operation",
    "person",
    "rule",
    "confidence",
]
EVIDENCE_COLUMNS = ["evidence_start", "evidence_end", "evidence", "sentence"]
# extract output has no case yet; `run` adds case_id after the cross-check
FIGURE_COLUMNS = [*RECORD_COLUMNS, *FIGURE_FIELDS, *EVIDENCE_COLUMNS]
FIGURE_COLUMNS_WITH_CASE = [*RECORD_COLUMNS, "case_id", *FIGURE_FIELDS, *EVIDENCE_COLUMNS]
INT_COLUMNS = {"value", "min", "max", "evidence_start", "evidence_end"}
BOOL_COLUMNS = {"life", "aggregate"}


def publish(journal: Path, final: Path) -> None:
    """Turn the journal into the final format and put it in place atomically."""
    suffix = final.suffix.lower()
    if suffix == ".jsonl" or final.name.endswith(".errors.jsonl"):
        publish_file(journal, final)  # the journal is already a finished file in the same folder
        return
    if suffix not in (".csv", ".parquet"):
        raise ValueError(E_OUTPUT_SUFFIX.format(suffix=suffix, allowed=".jsonl, .csv or .parquet"))
    with atomic_path(final) as tmp:
        if suffix == ".csv":
            write_figures_csv(journal, tmp)
        else:
            write_figures_parquet(journal, tmp)
    journal.unlink()


def iter_jsonl(path: Path, *, what: str = "an opfacts JSON line") -> Iterator[dict[str, Any]]:
    """Objects of a JSONL file; a line that is not a JSON object is an `OpfactsError` naming file and line."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise OpfactsError(E_RECORDS_JSON.format(path=path, line=n, what=what, detail=exc.msg)) from None
            if not isinstance(obj, dict):
                raise OpfactsError(E_RECORDS_JSON.format(path=path, line=n, what=what, detail="not a JSON object"))
            yield obj


def iter_records(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a records.jsonl; anything else is an `OpfactsError` naming file and line."""
    for n, rec in enumerate(iter_jsonl(path, what="an opfacts record"), 1):
        if not isinstance(rec.get("figures"), list):
            raise OpfactsError(E_RECORDS_JSON.format(path=path, line=n, what="an opfacts record", detail="no figures"))
        yield rec


def figure_rows(record: dict[str, Any], with_case: bool = False) -> Iterator[dict[str, Any]]:
    """One row per figure, each carrying its article's doc_id, outlet, date, url and title."""
    for f in record["figures"]:
        ev = f["evidence"]
        row = {k: record.get(k) for k in RECORD_COLUMNS}
        if with_case:
            row["case_id"] = record.get("case_id")
        row.update({k: f.get(k) for k in FIGURE_FIELDS})
        row.update(evidence_start=ev["start"], evidence_end=ev["end"], evidence=ev["text"], sentence=ev["sentence"])
        yield row


def write_figures_csv(records: Path, dest: Path, *, with_case: bool = False) -> None:
    """Counts are written as integers ('12', never '12.0'); empty cells are missing values."""
    import csv

    columns = FIGURE_COLUMNS_WITH_CASE if with_case else FIGURE_COLUMNS
    with dest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns)
        w.writeheader()
        for rec in iter_records(records):
            w.writerows(figure_rows(rec, with_case))


def figures_arrow_schema(with_case: bool = False) -> Any:
    """Nullable int64 counts, booleans, float confidence and `published` as a date."""
    import pyarrow as pa

    def typ(c: str) -> Any:
        if c in INT_COLUMNS:
            return pa.int64()
        if c in BOOL_COLUMNS:
            return pa.bool_()
        if c == "confidence":
            return pa.float64()
        if c == "published":
            return pa.date32()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in (FIGURE_COLUMNS_WITH_CASE if with_case else FIGURE_COLUMNS)])


def as_date(iso: str | None) -> Any:
    """'2024-03-05' → date; month or year precision → the first day of that period."""
    from datetime import date

    if not iso:
        return None
    parts = [int(x) for x in iso.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def write_figures_parquet(records: Path, dest: Path, batch: int = 2000) -> None:
    """Written in row groups so memory stays flat with the corpus."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = figures_arrow_schema()
    with pq.ParquetWriter(dest, schema) as writer:
        rows: list[dict[str, Any]] = []
        for rec in iter_records(records):
            for row in figure_rows(rec):
                row["published"] = as_date(row["published"])
                rows.append(row)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
