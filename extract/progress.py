"""Progress of a run on a terminal (rich); silent in a pipe, where only the closing summary prints."""

from __future__ import annotations

from typing import Any


class RunProgress:
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
