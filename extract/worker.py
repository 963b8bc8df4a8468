"""Worker side of a run: one pipeline per process, and the chunk function every engine runs.

Local worker processes and Dask workers both call `extract_chunk`; the pipeline is loaded on a
process's first chunk and kept (in a forked local worker it is already there, loaded by the parent).
"""

from __future__ import annotations

from typing import Any

from extract.errors import ROW_EXTRACTION_FAILED
from schemas import Article, IngestError

_WORKER: dict[str, Any] = {}


def worker_extractor(model: str | None, rules_dir: str | None) -> Any:
    """One pipeline per process, loaded on first use and kept."""
    key = f"{model}|{rules_dir}"
    if _WORKER.get("key") != key:
        from extract.extractor import Extractor

        _WORKER["ex"] = Extractor(model, rules_dir=rules_dir, quiet=True)
        _WORKER["key"] = key
    return _WORKER["ex"]


def one_blas_thread_per_worker() -> None:
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
    one_blas_thread_per_worker()
    ex = worker_extractor(model, rules_dir)
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
                detail = ROW_EXTRACTION_FAILED.format(kind=type(exc).__name__, detail=exc)
                err = IngestError(path=a.source, doc_id=a.doc_id, reason="extraction_failed", detail=detail)
                out.append(("error", err.model_dump_json()))
        return out
