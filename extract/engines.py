"""Engines: where chunks of articles are extracted, results always coming back in input order.

`local` runs in this process (one worker) or in a pool of processes forked from it, fed through
a bounded window; `dask` hands the same chunks to `extract.dask_engine`. Both run
`extract.worker.extract_chunk`.
"""

from __future__ import annotations

import math
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from typing import Any

from extract.worker import extract_chunk
from schemas import Article

CHUNKS_PER_WORKER = 16  # enough chunks that the last ones finish together; few enough to keep batches useful


def chunks_of(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` items, read lazily so the input is never all in memory."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def pool_chunk_size(batch_size: int, workers: int, expected: int) -> int:
    """Chunks no bigger than a batch, and small enough that each worker gets several.

    With a few big chunks, one worker sits idle while the other finishes the last one.
    """
    if workers <= 1 or expected <= 0:
        return max(1, batch_size)
    return max(1, min(batch_size, math.ceil(expected / (workers * CHUNKS_PER_WORKER))))


def run_engine(
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
    """("record"|"error", json) per article, in input order, whatever the engine."""
    chunks = chunks_of(articles, pool_chunk_size(batch_size, workers, expected))  # Articles pickle as they are
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
    fn = partial(extract_chunk, model=model, rules_dir=rules_dir, batch_size=batch_size)
    yield from ordered_window(lambda c: pool.apply_async(fn, (c,)).get, chunks, window=2 * workers)


def local_pool(workers: int) -> Any:
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
