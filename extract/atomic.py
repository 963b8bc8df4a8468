"""Publishing files atomically: a reader sees the old file or the whole new one, never half of it.

Every output opfacts publishes (records, figure tables, cross-check tables, the report, the
summary) goes through here: the content is written to a temp file in the target's folder
(so the rename never crosses a file system), flushed to disk with fsync, then moved over the
target with `os.replace`, which is atomic on POSIX and Windows. A failure on the way removes
the temp file and leaves the old target untouched.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _fsync_file(path: Path) -> None:
    """Data on disk before the rename: otherwise a crash can publish an empty file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """The rename itself on disk; not every platform lets a folder be opened, so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish_file(src: Path, dest: Path) -> None:
    """Move a finished file from the folder of `dest` over `dest` (fsync, then `os.replace`)."""
    _fsync_file(src)
    os.replace(src, dest)
    _fsync_dir(dest.parent)


def _new_temp(folder: Path, name: str) -> Path:
    """An empty file of our own beside the target.

    Hidden and ending in .tmp, so a folder walk never takes it for an input. Created with the
    umask's permissions like any output (tempfile.mkstemp would make it owner-only).
    """
    while True:
        tmp = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return tmp


def _naming(exc: OSError, dest: Path) -> OSError:
    """The same error about the target: users never heard of our temp file."""
    return OSError(exc.errno, exc.strerror, str(dest))


@contextmanager
def atomic_path(dest: Path | str) -> Iterator[Path]:
    """A temp path beside `dest` to write to; on a clean exit it replaces `dest`, on an error it goes.

    For writers that want a path (pandas, pyarrow): `with atomic_path(out) as tmp: df.to_csv(tmp)`.
    """
    dest = Path(dest)
    folder = dest.parent if str(dest.parent) else Path(".")
    try:
        tmp = _new_temp(folder, dest.name)
    except OSError as exc:
        raise _naming(exc, dest) from None
    try:
        yield tmp
        publish_file(tmp, dest)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename == str(tmp):
            raise _naming(exc, dest) from None
        raise


def atomic_write_text(dest: Path | str, text: str, encoding: str = "utf-8") -> None:
    """`Path.write_text`, published atomically."""
    with atomic_path(dest) as tmp:
        tmp.write_text(text, encoding=encoding)
