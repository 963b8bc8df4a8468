"""Published files are whole or absent: a failed write leaves the old file and no temp file behind."""

from __future__ import annotations

import os

import pytest

from extract.atomic import atomic_path, atomic_write_text, publish_file


class BoomError(Exception):
    pass


def test_atomic_write_replaces_the_target_and_leaves_nothing_else(tmp_path):
    dest = tmp_path / "report.html"
    dest.write_text("old", encoding="utf-8")
    atomic_write_text(dest, "new")
    assert dest.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_atomic_exception_mid_write_keeps_the_old_file(tmp_path):
    dest = tmp_path / "records.csv"
    dest.write_text("old,whole\n", encoding="utf-8")
    with pytest.raises(BoomError), atomic_path(dest) as tmp:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write("half a ro")
            fh.flush()
            assert dest.read_text(encoding="utf-8") == "old,whole\n"  # readers never see the half
            raise BoomError
    assert dest.read_text(encoding="utf-8") == "old,whole\n"
    assert [p.name for p in tmp_path.iterdir()] == ["records.csv"]


def test_atomic_exception_without_old_file_publishes_nothing(tmp_path):
    dest = tmp_path / "cases.csv"
    with pytest.raises(BoomError), atomic_path(dest) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise BoomError
    assert list(tmp_path.iterdir()) == []


def test_atomic_temp_is_beside_the_target_and_hidden(tmp_path):
    # same folder: os.replace never crosses a file system; hidden: a folder walk skips it
    with atomic_path(tmp_path / "out.jsonl") as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".") and tmp.name.endswith(".tmp")
        tmp.write_text("{}\n", encoding="utf-8")


def test_atomic_output_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "summary.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "summary.json").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("bad", ["missing/summary.json", "."])
def test_atomic_errors_name_the_target_not_the_temp_file(tmp_path, bad):
    dest = tmp_path / bad
    with pytest.raises(OSError) as err:
        atomic_write_text(dest, "{}")
    assert err.value.filename == str(dest)
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_atomic_publish_file_moves_a_finished_file(tmp_path):
    src, dest = tmp_path / "r.jsonl.partial.jsonl", tmp_path / "r.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    publish_file(src, dest)
    assert not src.exists() and dest.read_text(encoding="utf-8") == "{}\n"
