"""Dask engine: the same `extract_chunk` on a cluster, results streamed back in input order.

Each Dask worker process loads the pipeline once (module-level cache in
`extract.worker`) and keeps it for every partition it receives. At most
`window` partitions are in flight, so memory stays flat on the client.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from extract.worker import extract_chunk


def run_dask(
    chunks: Iterator[list[Any]],
    *,
    model: str | None,
    rules_dir: str | None,
    scheduler: str | None,
    batch_size: int,
    workers: int = 2,
    window: int = 8,
) -> Iterator[tuple[str, str]]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - run_extract checks first; kept for direct callers
        from extract.errors import E_DASK_MISSING, OpfactsError

        raise OpfactsError(E_DASK_MISSING) from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(client.submit(extract_chunk, chunk, model, rules_dir, batch_size, pure=False))
            if len(pending) >= window * max(1, workers):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
