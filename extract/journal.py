"""The run's journal: finished records appended one whole line at a time, and what `--resume` finds done.

A killed run leaves every finished record readable in `<output>.partial.jsonl`; `--resume`
skips an input when a finished record has its doc_id and text hash, each record standing for
one input (reprints of a done text under other names are still extracted).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path


class Journal:
    """Append-only JSONL written one complete line per write, flushed each time."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and path.exists():
            drop_partial_tail(path)
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


def drop_partial_tail(path: Path) -> None:
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


def journal_path(output: Path) -> Path:
    """`records.csv` → `records.csv.partial.jsonl`, beside it (so publishing is a rename)."""
    return output.with_name(output.name + ".partial.jsonl")


def errors_path_for(output: Path) -> Path:
    """`records.jsonl` → `records.errors.jsonl`: the error rows of a run sit beside its records."""
    stem = output.name[: -len("".join(output.suffixes))] if output.suffixes else output.name
    return output.with_name(f"{stem}.errors.jsonl")
