"""Batch driver: inputs → records, streamed, with workers, engines, resume and accounting.

Records are appended to a journal (`<output>.partial.jsonl`) one whole line at
a time and flushed, so a killed run leaves every finished record readable.
`--resume` skips the inputs already done: same doc_id and same text hash, each
done record standing for one input (reprints under other names are not done).
When the run completes, the journal is turned into the requested format and
published with an atomic rename. Output order is input order whatever the
engine, worker count or batch size.

Local workers are forked from a parent that has already loaded the pipeline
(Linux): the model is loaded once per run whatever the worker count, and the
chunks handed out shrink with the corpus so no worker waits idle at the end.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from extract.atomic import atomic_path, publish_file
from extract.ingest import DEFAULT_MAX_BYTES, Skipped, iter_paths, read_file
from schemas import Article, IngestError

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
CHUNKS_PER_WORKER = 16  # enough chunks that the last ones finish together; few enough to keep batches useful


@dataclass
class RunSummary:
    """Accounting of a run: inputs = records + errors + skipped, always."""

    inputs: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    resumed: int = 0  # of the skipped: done by an earlier run (--resume)
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


def _one_blas_thread_per_worker() -> None:
    """In a worker process, numpy's BLAS gets one thread.

    OpenBLAS starts a thread per core in every process: two workers on two cores ran four
    threads whose spin-waits cost the workers about a fifth more CPU per article than one
    process (measured with getrusage). The worker processes are the parallelism.
    """
    import multiprocessing

    if _WORKER.get("blas_limited") or multiprocessing.parent_process() is None:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    _WORKER["blas_limited"] = True


def extract_chunk(
    chunk: list[Article | dict[str, Any]], model: str | None, rules_dir: str | None, batch_size: int = 32
) -> list[tuple[str, str]]:
    """Articles → [("record"|"error", json)] in the same order; never raises per article."""
    _one_blas_thread_per_worker()
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

    def empty(self) -> bool:
        return not self.path.exists() or self.path.stat().st_size == 0


def _drop_partial_tail(path: Path) -> None:
    """A line cut by a kill has no newline: remove it so the journal stays valid JSONL."""
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with path.open("r+b") as fh:
            fh.truncate(cut)


def done_inputs(*paths: Path) -> Counter[tuple[str, str]]:
    """(doc_id, text hash) of every finished record, counted: two done copies let two inputs skip."""
    out: Counter[tuple[str, str]] = Counter()
    for p in paths:
        if not p.exists() or p.suffix not in {".jsonl"}:
            continue
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                    out[(rec["doc_id"], rec["text_sha256"])] += 1
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
    console: Any = None,
) -> RunSummary:
    """Extract every input into `output`; bad inputs become error rows, never exceptions.

    Usage problems (a model that does not load, broken rules, the Dask extra missing) raise an
    `OpfactsError` before any output file is opened.
    """
    output = Path(output)
    errors_file = errors_file or errors_path_for(output)
    _preflight(engine, model, rules_dir)
    journal = journal_path(output)
    err_journal = journal_path(errors_file)
    summary = RunSummary(output=str(output), errors_file=str(errors_file))
    done: Counter[tuple[str, str]] = Counter()
    if resume:
        if output.suffix.lower() == ".jsonl" and output.exists() and not journal.exists():
            shutil.copyfile(output, journal)  # resuming a finished run: its records are the journal's start
        done = done_inputs(journal)
    walked = list(iter_paths(inputs))  # the walk is cheap; knowing the total makes progress honest
    show = sys.stderr.isatty() if progress is None else progress
    stack = ExitStack()
    # workers are forked before any thread (the progress bar's) exists
    pool = stack.enter_context(_local_pool(workers)) if engine == "local" and workers > 1 else None
    bar = _Progress(show, total=len(walked), console=console)
    rec_j = Journal(journal, resume)
    err_j = Journal(err_journal, False)  # errors are found again on every run: never appended to
    finished = False

    def account(item: Article | IngestError | Skipped) -> Article | None:
        summary.inputs += 1
        if isinstance(item, Skipped):
            summary.skipped += 1
            bar.advance()
            return None
        if isinstance(item, IngestError):
            _count_error(summary, item.reason)
            err_j.write(item.model_dump_json())
            bar.advance(error=True)
            return None
        key = (item.doc_id, item.text_sha256)
        if done[key] > 0:  # finished by an earlier, interrupted run (--resume)
            done[key] -= 1
            summary.skipped += 1
            summary.resumed += 1
            bar.advance()
            return None
        return item

    def articles() -> Iterator[Article]:
        for p in walked:
            if isinstance(p, (IngestError, Skipped)):
                account(p)
                continue
            for n, item in enumerate(read_file(p, max_bytes=max_bytes)):
                if n:
                    bar.grow()  # a .jsonl file holds more than one input
                art = account(item)
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
            expected=len(walked),
            pool=pool,
        ):
            if kind == "record":
                rec_j.write(line)
                summary.records += 1
            else:
                err_j.write(line)
                _count_error(summary, json.loads(line)["reason"])
            bar.advance(error=kind != "record")
        finished = True
    finally:
        rec_j.close()
        err_j.close()
        bar.stop()
        stack.close()
        if not finished and rec_j.empty():
            # nothing to resume from: leave no empty journals behind
            journal.unlink(missing_ok=True)
            err_journal.unlink(missing_ok=True)
    publish(journal, output)
    publish(err_journal, errors_file)
    return summary


def _preflight(engine: str, model: str | None, rules_dir: str | None) -> None:
    """Fail before opening outputs: rules, the Dask extra, and (local engine) the model itself."""
    from extract.errors import E_DASK_MISSING, OpfactsError
    from extract.rules_loader import load_rules

    load_rules(rules_dir)
    if engine == "dask":
        import importlib.util

        if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
            raise OpfactsError(E_DASK_MISSING)
        return
    # the local engine needs the pipeline in this process anyway: workers are forked from it
    _worker_extractor(model, rules_dir)


def _count_error(summary: RunSummary, reason: str) -> None:
    summary.errors += 1
    summary.error_reasons[reason] = summary.error_reasons.get(reason, 0) + 1


def pool_chunk_size(batch_size: int, workers: int, expected: int) -> int:
    """Chunks no bigger than a batch, and small enough that each worker gets several.

    With a few big chunks, one worker sits idle while the other finishes the last one.
    """
    if workers <= 1 or expected <= 0:
        return max(1, batch_size)
    return max(1, min(batch_size, math.ceil(expected / (workers * CHUNKS_PER_WORKER))))


def _engine(
    engine: str,
    articles: Iterator[Article],
    *,
    model: str | None,
    rules_dir: str | None,
    workers: int,
    scheduler: str | None,
    batch_size: int,
    expected: int = 0,
    pool: Any = None,
) -> Iterator[tuple[str, str]]:
    chunks = _chunks(articles, pool_chunk_size(batch_size, workers, expected))  # Articles pickle as they are
    if engine == "dask":
        from extract.dask_engine import run_dask

        yield from run_dask(
            chunks, model=model, rules_dir=rules_dir, scheduler=scheduler, batch_size=batch_size, workers=workers
        )
        return
    if pool is None:
        for c in chunks:
            yield from extract_chunk(c, model, rules_dir, batch_size)
        return
    from functools import partial

    fn = partial(extract_chunk, model=model, rules_dir=rules_dir, batch_size=batch_size)
    yield from ordered_window(lambda c: pool.apply_async(fn, (c,)).get, chunks, window=2 * workers)


def _local_pool(workers: int) -> Any:
    """Worker processes; on Linux forked, so they share the parent's loaded pipeline (copy-on-write)."""
    import multiprocessing as mp

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return mp.get_context(method).Pool(workers)


def ordered_window(
    submit: Callable[[Any], Callable[[], list[Any]]], chunks: Iterable[Any], *, window: int
) -> Iterator[Any]:
    """Results in submission order with at most `window` chunks in flight.

    Unlike `Pool.imap`, which reads the whole input ahead in a thread, this reads only as far as
    the workers have room for: memory stays flat and the accounting stays in one thread.
    """
    pending: deque[Callable[[], list[Any]]] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from pending.popleft()()
    while pending:
        yield from pending.popleft()()


def publish(journal: Path, final: Path) -> None:
    """Turn the journal into the final format and rename it into place (atomic on POSIX)."""
    suffix = final.suffix.lower()
    if suffix == ".jsonl" or final.name.endswith(".errors.jsonl"):
        publish_file(journal, final)  # the journal is already a finished file in the same folder
        return
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"unsupported output suffix {suffix!r}: use .jsonl, .csv or .parquet")
    with atomic_path(final) as tmp:
        if suffix == ".csv":
            write_figures_csv(journal, tmp)
        else:
            write_figures_parquet(journal, tmp)
    journal.unlink()


def iter_jsonl(path: Path, *, what: str = "an opfacts JSON line") -> Iterator[dict[str, Any]]:
    """Objects of a JSONL file; a line that is not a JSON object is an `OpfactsError` naming file and line."""
    from extract.errors import E_RECORDS_JSON, OpfactsError

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
    from extract.errors import E_RECORDS_JSON, OpfactsError

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


def _as_date(iso: str | None) -> Any:
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
                row["published"] = _as_date(row["published"])
                rows.append(row)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))


class _Progress:
    """On a terminal: done/total, rate, ETA and the errors so far. Nothing at all in a pipe."""

    def __init__(self, show: bool, total: int = 0, console: Any = None) -> None:
        self.p = None
        self.errors = 0
        self.total = total
        self.completed = 0
        if show:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            self.p = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[errors]} errors"),
                console=console,
                transient=True,
            )
            self.p.start()
            self.task = self.p.add_task("extract", total=total, errors=0, rate="")

    def grow(self, n: int = 1) -> None:
        self.total += n
        if self.p is not None:
            self.p.update(self.task, total=self.total)

    def advance(self, error: bool = False) -> None:
        self.completed += 1
        self.errors += error
        if self.p is not None:
            speed = self.p.tasks[0].speed
            rate = f"{speed:.1f}/s" if speed else "-/s"
            self.p.update(self.task, advance=1, errors=self.errors, rate=rate)

    def stop(self) -> None:
        if self.p is not None:
            self.p.stop()
