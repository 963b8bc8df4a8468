"""Batch runs: interrupted and resumed, determinism across workers and engines, Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.run import run_extract

ROOT = Path(__file__).resolve().parent.parent


def make_corpus(folder: Path, n: int, copies: int = 1) -> Path:
    """N files; with copies > 1 each text is also there under copies - 1 other names (reposted wire copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    arts = sorted((ROOT / "data" / "samples" / "articles").glob("*.txt"))
    for i in range(n):
        src = arts[(i // copies) % len(arts)]
        text = f"Story {i // copies}.\n\n" + src.read_text(encoding="utf-8")
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_run_workers_and_batch_size_give_identical_records(tmp_path):
    src = make_corpus(tmp_path / "in", 12)
    a = run_extract([str(src)], tmp_path / "a.jsonl", workers=1, batch_size=5)
    b = run_extract([str(src)], tmp_path / "b.jsonl", workers=2, batch_size=3)
    assert a.records == b.records == 12
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_run_killed_then_resumed_equals_uninterrupted(tmp_path, sig):
    src = make_corpus(tmp_path / "in", 60, copies=6)  # reprints: the same text under other names
    full = tmp_path / "full.jsonl"
    run_extract([str(src)], full, batch_size=4)
    out = tmp_path / "part.jsonl"
    journal = tmp_path / "part.jsonl.partial.jsonl"
    cmd = [sys.executable, "-m", "cli", "extract", str(src), "-o", str(out), "--batch-size", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        if journal.exists() and len(journal.read_bytes().splitlines()) >= 6:
            break
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert not out.exists(), "an interrupted run must not publish the final file"
    kept = [x for x in lines(journal) if x.endswith("}")]
    if len(kept) % 6 == 0:  # the kill must fall inside a group of reprints, where resume used to lose records
        kept = kept[:-1]
        journal.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert 0 < len(kept) < 60
    summary = run_extract([str(src)], out, resume=True, batch_size=4)
    assert summary.skipped == len(kept) and summary.records == 60 - len(kept)
    got = lines(out)
    assert len(got) == len(set(got)) == 60
    assert sorted(got) == sorted(lines(full))


@pytest.mark.slow
def test_run_dask_local_cluster_equals_local_engine(tmp_path):
    pytest.importorskip("dask.distributed")
    src = make_corpus(tmp_path / "in", 10)
    (src / "empty.txt").write_text("")
    local = run_extract([str(src)], tmp_path / "local.jsonl", batch_size=3)
    dask = run_extract([str(src)], tmp_path / "dask.jsonl", engine="dask", workers=2, batch_size=3)
    assert (local.records, local.errors) == (dask.records, dask.errors) == (10, 1)
    assert (tmp_path / "local.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()
    assert lines(tmp_path / "local.errors.jsonl") == lines(tmp_path / "dask.errors.jsonl")


def test_run_summary_accounts_for_every_input(tmp_path):
    src = make_corpus(tmp_path / "in", 3)
    (src / "bad.txt").write_bytes(b"%PDF-1.4")
    (src / "x.bin").write_bytes(b"\x00")
    s = run_extract([str(src)], tmp_path / "r.jsonl")
    assert (s.inputs, s.records, s.errors, s.skipped) == (5, 3, 1, 1)
    assert s.records + s.errors + s.skipped == s.inputs
    assert os.path.exists(tmp_path / "r.errors.jsonl")


def test_run_resume_keeps_reprints_under_other_names(tmp_path):
    # 8 texts, each under 4 names; an interrupted run finished the first 10 files
    src = make_corpus(tmp_path / "in", 32, copies=4)
    full = tmp_path / "full.jsonl"
    run_extract([str(src)], full, model="blank", batch_size=4)
    out = tmp_path / "part.jsonl"
    journal = tmp_path / "part.jsonl.partial.jsonl"
    journal.write_text("\n".join(lines(full)[:10]) + "\n" + lines(full)[10][:40], encoding="utf-8")  # cut last line
    summary = run_extract([str(src)], out, model="blank", resume=True, batch_size=4)
    assert (summary.skipped, summary.records) == (10, 22)
    assert sorted(lines(out)) == sorted(lines(full))


def test_run_resume_skips_each_done_copy_once(tmp_path):
    # the same file named twice is two inputs: one done copy lets only one of them skip
    src = make_corpus(tmp_path / "in", 1)
    doc = src / "doc0000.txt"
    full = tmp_path / "full.jsonl"
    run_extract([str(doc), str(doc)], full, model="blank")
    out = tmp_path / "part.jsonl"
    (tmp_path / "part.jsonl.partial.jsonl").write_text(lines(full)[0] + "\n", encoding="utf-8")
    summary = run_extract([str(doc), str(doc)], out, model="blank", resume=True)
    assert (summary.skipped, summary.records) == (1, 1) and lines(out) == lines(full)


def test_run_failed_model_load_leaves_no_partial_files(tmp_path):
    from extract.errors import ModelError

    src = make_corpus(tmp_path / "in", 2)
    with pytest.raises(ModelError) as err:
        run_extract([str(src)], tmp_path / "r.jsonl", model="en_core_web_no_such_model")
    assert not list(tmp_path.glob("*.jsonl")), list(tmp_path.iterdir())
    assert ".." not in str(err.value) and "--model blank" in str(err.value)


def test_run_dask_extra_missing_is_a_clear_error_before_any_file(tmp_path, monkeypatch):
    import importlib.util

    from extract.errors import OpfactsError

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "dask" else real(name, *a))
    with pytest.raises(OpfactsError, match="opfacts\\[dask\\]"):
        run_extract([str(make_corpus(tmp_path / "in", 1))], tmp_path / "r.jsonl", engine="dask")
    assert not list(tmp_path.glob("*.jsonl"))


def test_run_figure_tables_are_typed_and_carry_url_and_title(tmp_path):
    import csv

    import pyarrow.parquet as pq

    src = tmp_path / "in"
    src.mkdir()
    text = "Police said 79 people were arrested in Operation Tern. One man was jailed for 12 years."
    (src / "a.txt").write_text(text)
    meta = {"outlet": "Kent News", "url": "https://k.example/a", "title": "Tern", "published": "2024-03-05"}
    (src / "a.meta.json").write_text(json.dumps(meta))
    run_extract([str(src)], tmp_path / "r.csv", model="blank")
    run_extract([str(src)], tmp_path / "r.parquet", model="blank")
    with (tmp_path / "r.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert "case_id" not in rows[0]  # extract has no cases yet; `run` adds them
    assert {(r["url"], r["title"], r["published"]) for r in rows} == {("https://k.example/a", "Tern", "2024-03-05")}
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["arrested"]["value"] == "79" and by_kind["sentence"]["min"] == "144"
    assert by_kind["sentence"]["value"] == ""  # missing, not 'None' or 'nan'
    table = pq.read_table(tmp_path / "r.parquet")
    types = {f.name: str(f.type) for f in table.schema}
    assert types["value"] == types["min"] == "int64" and types["published"] == "date32[day]"
    assert "case_id" not in types and {"url", "title"} <= set(types)
    df = table.to_pandas()
    assert str(df.loc[df["kind"] == "arrested", "published"].iloc[0]) == "2024-03-05"


def test_run_progress_shows_total_rate_eta_and_errors(tmp_path):
    from io import StringIO

    from rich.console import Console

    src = make_corpus(tmp_path / "in", 5)
    (src / "empty.txt").write_text("")
    buf = StringIO()
    console = Console(file=buf, force_terminal=True, width=120)
    s = run_extract([str(src)], tmp_path / "r.jsonl", model="blank", progress=True, console=console)
    shown = buf.getvalue()
    assert s.inputs == 6
    assert "/6" in shown and "/?" not in shown
    assert "1 errors" in shown and "ETA" in shown and "/s" in shown


@pytest.mark.parametrize(
    ("batch", "workers", "expected", "size"),
    [(32, 1, 500, 32), (32, 2, 500, 16), (32, 2, 100, 4), (32, 2, 3, 1), (8, 4, 10_000, 8)],
)
def test_run_pool_chunks_leave_no_worker_idle_at_the_end(batch, workers, expected, size):
    from extract.engines import pool_chunk_size

    assert pool_chunk_size(batch, workers, expected) == size


def _blas_threads_in_worker() -> int:
    from threadpoolctl import threadpool_info

    from extract.worker import one_blas_thread_per_worker

    one_blas_thread_per_worker()
    return max((i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"), default=1)


def test_run_workers_use_one_blas_thread_each():
    # two workers with a BLAS thread per core each spun on two cores: a fifth more CPU per article
    from extract.engines import local_pool

    with local_pool(1) as pool:
        assert pool.apply(_blas_threads_in_worker) == 1


def test_run_modules_import_without_cycles():
    # each part of a run imports only what it uses: the engines never reach back into the driver
    code = (
        "import sys, extract.dask_engine, extract.engines, extract.journal, extract.outputs, extract.progress; "
        "assert 'extract.run' not in sys.modules, sorted(m for m in sys.modules if m.startswith('extract'))"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
