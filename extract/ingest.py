"""Find and read inputs; every file yields an `Article`, an `IngestError` or a `Skipped`.

Nothing here raises on bad input: a batch of 50,000 scraped files must account
for each one. Decoding uses charset-normalizer, HTML main text trafilatura.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.errors import (
    ROW_BAD_UTF16,
    ROW_BINARY_CONTROL,
    ROW_BINARY_MAGIC,
    ROW_BINARY_NUL,
    ROW_CANNOT_LIST,
    ROW_EMPTY_FILE,
    ROW_EMPTY_TEXT_FIELD,
    ROW_INVALID_JSON,
    ROW_JSON_NOT_OBJECT,
    ROW_NO_ARTICLE_TEXT,
    ROW_NO_SUCH_PATH,
    ROW_NO_TEXT,
    ROW_SYMLINK_LOOP,
    ROW_TEXT_FIELD,
    ROW_TEXT_MISSING,
    ROW_TEXT_WRONG_TYPE,
    ROW_TOO_LARGE,
    ROW_UNDECODABLE,
    ROW_UNSUPPORTED,
    W_META_BAD_DATE,
    W_META_NOT_STRING,
    W_NOT_ENGLISH,
    W_SIDECAR_NOT_JSON,
    W_SIDECAR_NOT_OBJECT,
)
from schemas import Article, IngestError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MIN_HTML_WORDS = 8
META_KEYS = ("outlet", "url", "published", "title")
BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"\x7fELF")
# Inside a folder these are project files or opfacts' own outputs, never articles (README "Error policy").
# Named explicitly on the command line they are read as asked.
NON_ARTICLE_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing", "notice", "authors"})
NON_ARTICLE_NAMES = frozenset({"crosscheck.json", "summary.json", "records.jsonl", "errors.jsonl"})
NON_ARTICLE_ENDINGS = (".errors.jsonl", ".partial.jsonl", ".schema.json")
NON_ARTICLE_DIRS = frozenset({"gold"})  # ANNOTATION.md gold files beside articles/
LANGUAGE_SAMPLE_CHARS = 3000
LANGUAGE_MIN_CONFIDENCE = 0.5  # below this (short or mixed text) the language is left unknown


@dataclass(frozen=True)
class Skipped:
    """An input deliberately not processed (not an article file, or already done with --resume)."""

    path: str
    reason: str


Item = Article | IngestError | Skipped


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _error(path: Path | str, reason: str, detail: str, doc_id: str | None = None) -> IngestError:
    return IngestError(path=str(path), doc_id=doc_id, reason=reason, detail=detail)  # type: ignore[arg-type]


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.json")


def non_article_reason(name: str) -> str | None:
    """Why a file met in a folder walk is not an article, or None when it may be one."""
    low = name.lower()
    if low in NON_ARTICLE_NAMES or low.endswith(NON_ARTICLE_ENDINGS):
        return f"not an article ({name} is an opfacts or corpus file)"
    if low.split(".", 1)[0] in NON_ARTICLE_STEMS:
        return f"not an article ({name} is a project file)"
    return None


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path | IngestError | Skipped]:
    """Files in the order given; folders recursively in sorted order, symlink loops reported."""
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p)
        elif p.exists() or p.is_symlink():
            yield p
        else:
            yield _error(p, "unreadable", ROW_NO_SUCH_PATH)


def _walk(root: Path) -> Iterator[Path | IngestError | Skipped]:
    seen: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            real = os.path.realpath(folder)
        except OSError as exc:
            yield _error(folder, "unreadable", str(exc))
            continue
        if real in seen:
            yield _error(folder, "symlink_loop", ROW_SYMLINK_LOOP.format(folder=folder, real=real))
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield _error(folder, "unreadable", ROW_CANNOT_LIST.format(detail=exc.strerror or exc))
            continue
        subdirs = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue  # hidden files and folders (.git, editor files) are not inputs
            try:
                if entry.is_dir():
                    if entry.name.lower() in NON_ARTICLE_DIRS:
                        yield from _skip_tree(path, "gold annotations, not an article")
                    else:
                        subdirs.append(path)
                    continue
            except OSError as exc:
                yield _error(path, "unreadable", str(exc))
                continue
            if is_sidecar(path):
                continue
            reason = non_article_reason(entry.name)
            if reason:
                yield Skipped(str(path), reason)
            elif path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES:
                yield path
            else:
                yield Skipped(str(path), f"not an article file ({path.suffix or 'no suffix'})")
        stack.extend(reversed(subdirs))


def _skip_tree(folder: Path, reason: str) -> Iterator[Skipped]:
    """Every file under a non-article folder, counted as skipped so the summary still adds up."""
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("."):
                yield Skipped(os.path.join(base, name), reason)


def read_inputs(inputs: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    for p in iter_paths(inputs):
        if isinstance(p, (IngestError, Skipped)):
            yield p
            continue
        yield from read_file(p, max_bytes=max_bytes)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES:
        yield _error(path, "unsupported", ROW_UNSUPPORTED.format(suffix=suffix or "(none)"))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _error(path, "too_large", ROW_TOO_LARGE.format(size=size, limit=max_bytes))
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield _error(path, "unreadable", exc.strerror or str(exc))
        return
    text_or_err = decode(raw, path)
    if isinstance(text_or_err, IngestError):
        yield text_or_err
        return
    text = text_or_err
    if suffix in JSON_SUFFIXES:
        yield from _from_json(path, text, suffix)
        return
    page_meta: dict[str, str] = {}
    if suffix in HTML_SUFFIXES:
        text, page_meta = html_to_text_and_meta(text)
        if not text.strip():
            yield _error(path, "no_article_text", ROW_NO_ARTICLE_TEXT)
            return
    side_meta, warnings = read_sidecar(path)
    meta = {**page_meta, **side_meta}  # a sidecar is the user's word: it wins over the page's own tags
    yield (
        make_article(path.stem, text, str(path), meta, warnings)
        if text.strip()
        else _error(path, "empty", ROW_NO_TEXT, doc_id=path.stem)
    )


def decode(raw: bytes, path: Path) -> str | IngestError:
    """UTF-8 first (with or without BOM), then UTF-16 by BOM, then charset-normalizer's guess."""
    if not raw.strip():
        return _error(path, "empty", ROW_EMPTY_FILE)
    if raw.startswith(BINARY_MAGIC):
        return _error(path, "binary", ROW_BINARY_MAGIC)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            return _error(path, "undecodable", ROW_BAD_UTF16.format(detail=exc.reason))
    if b"\x00" in raw[:4096]:
        return _error(path, "binary", ROW_BINARY_NUL)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # English news is mostly cp1252/Latin-1 when it is not UTF-8: prefer a Western guess that reads
    # cleanly, then let charset-normalizer choose among everything it knows.
    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1"]).best()
    if best is None or best.chaos > 0.1:
        best = from_bytes(raw).best()
    if best is None:
        return _error(path, "undecodable", ROW_UNDECODABLE)
    text = str(best)
    if sum(1 for c in text if not c.isprintable() and c not in "\r\n\t") > len(text) * 0.01:
        return _error(path, "binary", ROW_BINARY_CONTROL.format(encoding=best.encoding))
    return text


def html_to_text(html: str) -> str:
    return html_to_text_and_meta(html)[0]


def html_to_text_and_meta(html: str) -> tuple[str, dict[str, str]]:
    """Main text and page metadata in one trafilatura pass.

    trafilatura reads `<title>`/`og:title`, `og:site_name`, canonical/`og:url`, JSON-LD
    `NewsArticle` and, through htmldate, `article:published_time`, `<time datetime>` and
    JSON-LD `datePublished`. No guessing from the body text: a wrong date is worse than none.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return "", {}
    text = doc.text or ""
    # a page with no article gives back a menu item or two: not an article
    if len(text.split()) < MIN_HTML_WORDS:
        return "", {}
    found = {"title": doc.title, "outlet": doc.sitename, "url": doc.url, "published": doc.date}
    meta = {k: v.strip() for k, v in found.items() if isinstance(v, str) and v.strip()}
    if "published" in meta:
        iso = normalise_published(meta["published"])
        if iso:
            meta["published"] = iso
        else:
            del meta["published"]
    return text, meta


def read_sidecar(path: Path) -> tuple[dict, list[str]]:
    side = path.with_name(f"{path.stem}.meta.json")
    if not side.exists():
        return {}, []
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, [W_SIDECAR_NOT_JSON.format(name=side.name, detail=exc)]
    if not isinstance(data, dict):
        return {}, [W_SIDECAR_NOT_OBJECT.format(name=side.name)]
    return clean_meta(data, side.name)


def clean_meta(data: dict, where: str) -> tuple[dict, list[str]]:
    meta: dict = {}
    warnings: list[str] = []
    for key in META_KEYS:
        val = data.get(key)
        if val is None:
            continue
        if not isinstance(val, str):
            warnings.append(W_META_NOT_STRING.format(where=where, key=key))
            continue
        if key == "published":
            iso = normalise_published(val)
            if iso is None:
                warnings.append(W_META_BAD_DATE.format(where=where, value=val))
                continue
            val = iso
        meta[key] = val
    return meta, warnings


ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ]\d)")


def normalise_published(val: str) -> str | None:
    """ISO dates (a time after them is dropped) or dates in words, at day, month or year precision.

    All-numeric dates other than ISO ("08/12/2021") stay unread: the day/month order is a guess.
    """
    val = val.strip()
    m = ISO_PREFIX.match(val)
    if m:
        year, month, day = m.groups()
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat()
            if month:
                return f"{year}-{month}" if 1 <= int(month) <= 12 else None
            return year
        except ValueError:
            return None
    if not re.search(r"[A-Za-z]{3}", val):
        return None
    return _date_in_words(val)


@lru_cache(maxsize=4096)
def _date_in_words(val: str) -> str | None:
    data = _published_parser().get_date_data(val)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": str(d.year)}.get(data.period or "day")


@lru_cache(maxsize=1)
def _published_parser() -> Any:
    """One parser: building a DateDataParser costs more than parsing (DESIGN.md)."""
    import dateparser

    settings = {"REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    """py3langid's model with normalised probabilities, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or mixed to tell."""
    lang, prob = _language_identifier().classify(text[:LANGUAGE_SAMPLE_CHARS])
    return str(lang) if prob >= LANGUAGE_MIN_CONFIDENCE else None


def make_article(doc_id: str, text: str, source: str, meta: dict, warnings: list[str]) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warns = list(warnings)
    language = detect_language(text)
    if language not in (None, "en"):
        warns.append(W_NOT_ENGLISH.format(language=language))
    return Article(
        doc_id=doc_id, text=text, source=source, text_sha256=_sha(text), language=language, warnings=warns, **meta
    )


def _from_json(path: Path, text: str, suffix: str) -> Iterator[Item]:
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield _error(path, "invalid_json", ROW_INVALID_JSON.format(line=exc.lineno, detail=exc.msg))
            return
        items = data if isinstance(data, list) else [data]
        for n, obj in enumerate(items):
            yield _json_article(path, obj, None if len(items) == 1 else n + 1)
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(f"{path}:{n}", "invalid_json", ROW_INVALID_JSON.format(line=n, detail=exc.msg))
            continue
        yield _json_article(path, obj, n)


def _json_article(path: Path, obj: object, line: int | None) -> Item:
    where = f"{path}:{line}" if line else str(path)
    if not isinstance(obj, dict):
        return _error(where, "missing_text", ROW_JSON_NOT_OBJECT)
    doc_id = str(obj.get("id") or (f"{path.stem}-{line}" if line else path.stem))
    text = obj.get("text")
    if not isinstance(text, str):
        what = ROW_TEXT_MISSING if text is None else ROW_TEXT_WRONG_TYPE.format(type=type(text).__name__)
        return _error(where, "missing_text", ROW_TEXT_FIELD.format(what=what), doc_id=doc_id)
    if not text.strip():
        return _error(where, "empty", ROW_EMPTY_TEXT_FIELD, doc_id=doc_id)
    meta, warnings = clean_meta(obj, where)
    return make_article(doc_id, text, where, meta, warnings)
