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


def make_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    arts = sorted((ROOT / "data" / "samples" / "articles").glob("*.txt"))
    for i in range(n):
        src = arts[i % len(arts)]
        (folder / f"doc{i:04d}.txt").write_text(f"Story {i}.\n\n" + src.read_text(encoding="utf-8"), encoding="utf-8")
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
    src = make_corpus(tmp_path / "in", 60)
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
    kept = [json.loads(x) for x in lines(journal) if x.endswith("}")]
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
