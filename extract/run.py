"""Batch driver: inputs → records, streamed, with workers, engines, resume and accounting.

Records are appended to a journal (`<output>.partial.jsonl`) one whole line at
a time and flushed, so a killed run leaves every finished record readable.
`--resume` skips inputs whose text hash is already in the journal or output.
When the run completes, the journal is turned into the requested format and
published with an atomic rename. Output order is input order whatever the
engine, worker count or batch size.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from extract.ingest import DEFAULT_MAX_BYTES, Skipped, read_inputs
from schemas import Article, IngestError

FIGURE_COLUMNS = [
    "doc_id",
    "outlet",
    "published",
    "case_id",
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
    "evidence_start",
    "evidence_end",
    "evidence",
    "sentence",
]


@dataclass
class RunSummary:
    """Accounting of a run: inputs = records + errors + skipped, always."""

    inputs: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    output: str = ""
    errors_file: str = ""
    error_reasons: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        return f"{self.inputs} inputs: {self.records} records, {self.errors} errors, {self.skipped} skipped"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- worker side -----------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _worker_extractor(model: str | None, rules_dir: str | None) -> Any:
    """One pipeline per process, loaded on first use and kept."""
    key = f"{model}|{rules_dir}"
    if _WORKER.get("key") != key:
        from extract.extractor import Extractor

        _WORKER["ex"] = Extractor(model, rules_dir=rules_dir, quiet=True)
        _WORKER["key"] = key
    return _WORKER["ex"]


def extract_chunk(
    chunk: list[Article | dict[str, Any]], model: str | None, rules_dir: str | None, batch_size: int = 32
) -> list[tuple[str, str]]:
    """Articles → [("record"|"error", json)] in the same order; never raises per article."""
    ex = _worker_extractor(model, rules_dir)
    ex.batch_size = batch_size
    arts = [a if isinstance(a, Article) else Article.model_validate(a) for a in chunk]
    try:
        return [("record", r.model_dump_json()) for r in ex.pipe(arts)]
    except Exception:  # noqa: BLE001 - fall back to one at a time to find the bad article
        out: list[tuple[str, str]] = []
        for a in arts:
            try:
                out.append(("record", ex(a).model_dump_json()))
            except Exception as exc:  # noqa: BLE001
                err = IngestError(
                    path=a.source, doc_id=a.doc_id, reason="extraction_failed", detail=f"{type(exc).__name__}: {exc}"
                )
                out.append(("error", err.model_dump_json()))
        return out


# -- journal ---------------------------------------------------------------------------


class Journal:
    """Append-only JSONL written one complete line per write, flushed each time."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and path.exists():
            _drop_partial_tail(path)
            self.fh = path.open("a", encoding="utf-8")
        else:
            self.fh = path.open("w", encoding="utf-8")

    def write(self, line: str) -> None:
        self.fh.write(line + "\n")
        self.fh.flush()

    def close(self, fsync: bool = True) -> None:
        if fsync:
            os.fsync(self.fh.fileno())
        self.fh.close()


def _drop_partial_tail(path: Path) -> None:
    """A line cut by a kill has no newline: remove it so the journal stays valid JSONL."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with path.open("r+b") as fh:
            fh.truncate(cut)


def done_hashes(*paths: Path) -> set[str]:
    out: set[str] = set()
    for p in paths:
        if not p.exists() or p.suffix not in {".jsonl"}:
            continue
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    out.add(json.loads(line)["text_sha256"])
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue
    return out


# -- driver ----------------------------------------------------------------------------


def journal_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial.jsonl")


def errors_path_for(output: Path) -> Path:
    stem = output.name[: -len("".join(output.suffixes))] if output.suffixes else output.name
    return output.with_name(f"{stem}.errors.jsonl")


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_extract(
    inputs: list[str],
    output: Path,
    *,
    model: str | None = None,
    rules_dir: str | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 32,
    max_bytes: int = DEFAULT_MAX_BYTES,
    resume: bool = False,
    progress: bool | None = None,
    errors_file: Path | None = None,
) -> RunSummary:
    output = Path(output)
    errors_file = errors_file or errors_path_for(output)
    journal = journal_path(output)
    err_journal = journal_path(errors_file)
    summary = RunSummary(output=str(output), errors_file=str(errors_file))
    done = done_hashes(output, journal) if resume else set()
    rec_j = Journal(journal, resume)
    err_j = Journal(err_journal, resume)
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(show)

    def account(item: Any) -> Article | None:
        summary.inputs += 1
        if isinstance(item, Skipped):
            summary.skipped += 1
            return None
        if isinstance(item, IngestError):
            _count_error(summary, item.reason)
            err_j.write(item.model_dump_json())
            return None
        if item.text_sha256 in done:  # finished by an earlier, interrupted run (--resume)
            summary.skipped += 1
            return None
        return item

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, max_bytes=max_bytes):
            art = account(item)
            bar.advance(art is None)
            if art is not None:
                yield art

    try:
        for kind, line in _engine(
            engine,
            articles(),
            model=model,
            rules_dir=rules_dir,
            workers=workers,
            scheduler=scheduler,
            batch_size=batch_size,
        ):
            if kind == "record":
                rec_j.write(line)
                summary.records += 1
            else:
                err_j.write(line)
                _count_error(summary, json.loads(line)["reason"])
            bar.advance(True)
    finally:
        rec_j.close()
        err_j.close()
        bar.stop()
    publish(journal, output)
    publish(err_journal, errors_file)
    return summary


def _count_error(summary: RunSummary, reason: str) -> None:
    summary.errors += 1
    summary.error_reasons[reason] = summary.error_reasons.get(reason, 0) + 1


def _engine(
    engine: str,
    articles: Iterator[Article],
    *,
    model: str | None,
    rules_dir: str | None,
    workers: int,
    scheduler: str | None,
    batch_size: int,
) -> Iterator[tuple[str, str]]:
    chunk = max(1, batch_size)
    dicts = _chunks(articles, chunk)  # Articles pickle as they are for workers and Dask
    if engine == "dask":
        from extract.dask_engine import run_dask

        yield from run_dask(
            dicts, model=model, rules_dir=rules_dir, scheduler=scheduler, batch_size=batch_size, workers=workers
        )
        return
    if workers <= 1:
        for c in dicts:
            yield from extract_chunk(c, model, rules_dir, batch_size)
        return
    import multiprocessing as mp
    from functools import partial

    ctx = mp.get_context("forkserver" if sys.platform != "win32" else "spawn")
    fn = partial(extract_chunk, model=model, rules_dir=rules_dir, batch_size=batch_size)
    with ctx.Pool(workers) as pool:
        for res in pool.imap(fn, dicts):  # imap keeps input order: deterministic output
            yield from res


def publish(journal: Path, final: Path) -> None:
    """Turn the journal into the final format and rename it into place (atomic on POSIX)."""
    suffix = final.suffix.lower()
    if suffix == ".jsonl" or final.name.endswith(".errors.jsonl"):
        os.replace(journal, final)
        return
    tmp = final.with_name(final.name + ".tmp")
    if suffix == ".csv":
        write_figures_csv(journal, tmp)
    elif suffix == ".parquet":
        write_figures_parquet(journal, tmp)
    else:
        raise ValueError(f"unsupported output suffix {suffix!r}: use .jsonl, .csv or .parquet")
    os.replace(tmp, final)
    journal.unlink()


def iter_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def figure_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for f in record["figures"]:
        ev = f["evidence"]
        yield {
            "doc_id": record["doc_id"],
            "outlet": record.get("outlet"),
            "published": record.get("published"),
            "case_id": record.get("case_id"),
            **{k: f.get(k) for k in FIGURE_COLUMNS[4:19]},
            "evidence_start": ev["start"],
            "evidence_end": ev["end"],
            "evidence": ev["text"],
            "sentence": ev["sentence"],
        }


def write_figures_csv(records: Path, dest: Path) -> None:
    import csv

    with dest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIGURE_COLUMNS)
        w.writeheader()
        for rec in iter_records(records):
            w.writerows(figure_rows(rec))


def write_figures_parquet(records: Path, dest: Path, batch: int = 2000) -> None:
    """Written in row groups so memory stays flat with the corpus."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            (
                c,
                pa.int64()
                if c in {"value", "min", "max", "evidence_start", "evidence_end"}
                else pa.bool_()
                if c in {"life", "aggregate"}
                else pa.float64()
                if c == "confidence"
                else pa.string(),
            )
            for c in FIGURE_COLUMNS
        ]
    )
    with pq.ParquetWriter(dest, schema) as writer:
        rows: list[dict[str, Any]] = []
        for rec in iter_records(records):
            rows.extend(figure_rows(rec))
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))


class _Progress:
    """A rich progress bar on a terminal; nothing at all in a pipe."""

    def __init__(self, show: bool) -> None:
        self.p = None
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

            self.p = Progress(
                SpinnerColumn(), TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), transient=True
            )
            self.p.start()
            self.task = self.p.add_task("extract", total=None)

    def advance(self, done: bool) -> None:
        if self.p is not None and done:
            self.p.advance(self.task)

    def stop(self) -> None:
        if self.p is not None:
            self.p.stop()
