"""Batch driver: inputs → records, streamed, with workers, engines, resume and accounting.

This module only drives a run; each part it drives has its own module:
`extract.worker` (the pipeline per process), `extract.engines` / `extract.dask_engine`
(where chunks run), `extract.journal` (finished records and resume), `extract.outputs`
(the final file, by suffix), `extract.summary` (the accounting), `extract.progress`.

Records are appended to a journal (`<output>.partial.jsonl`) one whole line at
a time and flushed, so a killed run leaves every finished record readable.
`--resume` skips the inputs already done: same doc_id and same text hash, each
done record standing for one input (reprints under other names are not done).
When the run completes, the journal is turned into the requested format and
published atomically. Output order is input order whatever the
engine, worker count or batch size.

Local workers are forked from a parent that has already loaded the pipeline
(Linux): the model is loaded once per run whatever the worker count, and the
chunks handed out shrink with the corpus so no worker waits idle at the end.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from extract.engines import local_pool, run_engine
from extract.ingest import DEFAULT_MAX_BYTES, Skipped, iter_paths, read_file
from extract.journal import Journal, done_inputs, errors_path_for, journal_path
from extract.outputs import publish
from extract.progress import RunProgress
from extract.summary import RunSummary
from extract.worker import worker_extractor
from schemas import Article, IngestError

__all__ = ["RunSummary", "run_extract"]


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
    pool = stack.enter_context(local_pool(workers)) if engine == "local" and workers > 1 else None
    bar = RunProgress(show, total=len(walked), console=console)
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
            summary.count_error(item.reason)
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
        for kind, line in run_engine(
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
                summary.count_error(json.loads(line)["reason"])
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
    worker_extractor(model, rules_dir)
