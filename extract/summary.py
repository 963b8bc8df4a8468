"""A run's accounting: every input is a record, an error row or skipped, and the numbers add up."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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

    def count_error(self, reason: str) -> None:
        """One more error row, counted under its reason (the summary lists them by reason)."""
        self.errors += 1
        self.error_reasons[reason] = self.error_reasons.get(reason, 0) + 1
