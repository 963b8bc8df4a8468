"""opfacts command line: thin typer commands over `extract`; heavy imports stay inside commands.

Exit codes: 0 success (bad inputs are listed as error rows, not failures);
1 some inputs failed with --strict, or `evaluate` below --min-f1;
2 usage errors (bad options, missing paths, broken rule or gold files).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Evidence-backed figures from news about law-enforcement operations.",
)

DEFAULT_SAMPLES = Path(__file__).resolve().parent / "data" / "samples" / "articles"
ModelOpt = Annotated[
    str | None,
    typer.Option("--model", metavar="NAME", help="spaCy model name or path; 'blank' for rules only."),
]
RulesOpt = Annotated[
    Path | None, typer.Option("--rules", metavar="DIR", help="Another rules folder (default: the bundled rules/).")
]
WorkersOpt = Annotated[int, typer.Option(min=1, metavar="N", help="Worker processes, forked from the loaded pipeline.")]
BatchOpt = Annotated[int, typer.Option(min=1, metavar="N", help="Articles per nlp.pipe batch.")]
MaxBytesOpt = Annotated[
    int, typer.Option(min=1, metavar="BYTES", help="Larger files become 'too_large' error rows (default 5 MB).")
]
ResumeOpt = Annotated[
    bool, typer.Option("--resume", help="Keep the records of an interrupted run and do only the inputs left.")
]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 1 when any input failed.")]
SummaryOpt = Annotated[Path | None, typer.Option(metavar="FILE", help="Also write the run summary as JSON here.")]
ENGINES = ("local", "dask")
RECORD_SUFFIXES = (".jsonl", ".csv", ".parquet")
TABLE_SUFFIXES = (".csv", ".parquet", ".jsonl")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"opfacts: {message}", err=True)
    return typer.Exit(code)


def _guard(fn):  # noqa: ANN001, ANN202 - decorator
    """No traceback reaches a user: known mistakes exit 2 with one line, anything else exits 1 with one line.

    OPFACTS_DEBUG=1 lets unexpected errors through with their traceback, for bug reports.
    """
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        import os

        from extract.errors import E_INTERNAL, E_INTERRUPTED, E_OS, E_PATH, OpfactsError

        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except OpfactsError as exc:
            raise _fail(str(exc)) from None
        except KeyboardInterrupt:
            raise _fail(E_INTERRUPTED, 130) from None
        except OSError as exc:
            detail = exc.strerror or exc
            msg = E_PATH.format(path=exc.filename, detail=detail) if exc.filename else E_OS.format(detail=detail)
            raise _fail(msg) from None
        except Exception as exc:
            if os.environ.get("OPFACTS_DEBUG"):
                raise
            msg = " ".join(str(exc).split())[:300]
            raise _fail(E_INTERNAL.format(kind=type(exc).__name__, detail=msg), 1) from None

    return wrapper


def _require_inputs(paths: list[Path]) -> None:
    """A path named on the command line that is not there is a typo: exit 2 before any work."""
    from extract.errors import E_NO_SUCH_PATHS

    missing = [str(p) for p in paths if not (p.exists() or p.is_symlink())]
    if missing:
        raise _fail(E_NO_SUCH_PATHS.format(paths=", ".join(missing)))


def _check_suffix(path: Path, allowed: tuple[str, ...], what: str) -> None:
    from extract.errors import E_SUFFIX

    if path.suffix.lower() not in allowed:
        suffix = path.suffix or "(no suffix)"
        raise _fail(E_SUFFIX.format(path=path, what=what, allowed=", ".join(allowed), suffix=suffix))


def _check_writable_dir(path: Path) -> None:
    from extract.errors import E_NOT_A_FOLDER

    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise _fail(E_NOT_A_FOLDER.format(path=parent))


@app.command(short_help="Records from articles (.jsonl, .csv, .parquet).")
@_guard
def extract(
    paths: Annotated[list[Path], typer.Argument(metavar="PATHS", help="Files or folders (.txt .html .json .jsonl).")],
    output: Annotated[Path, typer.Option("-o", "--output", metavar="FILE", help="Records: .jsonl, .csv or .parquet.")],
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    engine: Annotated[str, typer.Option(metavar="local|dask", help="Where workers run.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786.")
    ] = None,
    batch_size: BatchOpt = 32,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    resume: ResumeOpt = False,
    strict: StrictOpt = False,
    summary_json: SummaryOpt = None,
    rules: RulesOpt = None,
) -> None:
    """Extract records from articles; errors go to <output stem>.errors.jsonl."""
    from extract.errors import E_ENGINE

    if engine not in ENGINES:
        raise _fail(E_ENGINE.format(allowed=", ".join(ENGINES), engine=engine))
    _check_suffix(output, RECORD_SUFFIXES, "the output")
    _check_writable_dir(output)
    _require_inputs(paths)
    from extract.run import run_extract

    summary = run_extract(
        [str(p) for p in paths],
        output,
        model=model,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        batch_size=batch_size,
        max_bytes=max_bytes,
        resume=resume,
        rules_dir=str(rules) if rules else None,
    )
    _report_summary(summary, summary_json, paths)
    if strict and summary.errors:
        raise typer.Exit(1)


def _report_summary(summary, summary_json: Path | None, paths: list[Path], *also: Path) -> None:  # noqa: ANN001
    from extract.errors import W_NO_ARTICLES

    typer.echo(summary.line(), err=True)
    for reason, n in sorted(summary.error_reasons.items()):
        typer.echo(f"  {n} {reason}", err=True)
    if summary.inputs == summary.skipped and not summary.resumed:
        named = ", ".join(str(p) for p in paths)
        typer.echo("opfacts: " + W_NO_ARTICLES.format(paths=named), err=True)
    from extract.atomic import atomic_write_text

    for dest in (summary_json, *also):
        if dest:
            atomic_write_text(dest, json.dumps(summary.as_dict(), indent=2))


@app.command(short_help="Compare figures between outlets, give verdicts.")
@_guard
def crosscheck(
    records: Annotated[Path, typer.Argument(metavar="RECORDS.jsonl", help="records.jsonl from `opfacts extract`.")],
    output: Annotated[
        Path, typer.Option("-o", "--output", metavar="FILE", help="Comparisons: .csv, .parquet or .jsonl.")
    ],
    html: Annotated[
        Path | None, typer.Option("--html", metavar="FILE", help="Also write the HTML report here.")
    ] = None,
    cases: Annotated[
        Path | None, typer.Option(metavar="FILE", help="Where cases.csv goes (default: beside the output).")
    ] = None,
) -> None:
    """Group records into cases, compare figures between outlets, give verdicts.

    Beside OUTPUT: clusters.jsonl (one claim cluster per line), case_figures.csv and .parquet.
    """
    from extract.errors import E_NO_SUCH_RECORDS, E_RECORDS_FOLDER

    if not records.exists():
        raise _fail(E_NO_SUCH_RECORDS.format(path=records))
    if not records.is_file():
        raise _fail(E_RECORDS_FOLDER.format(path=records))
    _check_suffix(records, (".jsonl",), "the records file")
    _check_suffix(output, TABLE_SUFFIXES, "the output")
    if cases is not None:
        _check_suffix(cases, TABLE_SUFFIXES, "--cases")
    from extract.pipeline_io import write_crosscheck

    counts = write_crosscheck(records, output, html, cases)
    typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()), err=True)


@app.command(short_help="Extract, cross-check and report into --out.")
@_guard
def run(
    paths: Annotated[
        list[Path] | None, typer.Argument(metavar="PATHS", help="Files or folders; default data/samples.")
    ] = None,
    out: Annotated[Path, typer.Option("--out", metavar="DIR", help="Output folder.")] = Path("out"),
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    batch_size: BatchOpt = 32,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    resume: ResumeOpt = False,
    strict: StrictOpt = False,
    summary_json: SummaryOpt = None,
    rules: RulesOpt = None,
) -> None:
    """The main job: extract, cross-check and write the report into --out."""
    from extract.errors import E_OUT_NOT_A_FOLDER
    from extract.pipeline_io import write_crosscheck
    from extract.run import run_extract

    given = paths or [DEFAULT_SAMPLES]
    _require_inputs(given)
    if out.exists() and not out.is_dir():
        raise _fail(E_OUT_NOT_A_FOLDER.format(path=out))
    out.mkdir(parents=True, exist_ok=True)
    summary = run_extract(
        [str(p) for p in given],
        out / "records.jsonl",
        model=model,
        workers=workers,
        batch_size=batch_size,
        max_bytes=max_bytes,
        resume=resume,
        rules_dir=str(rules) if rules else None,
        errors_file=out / "errors.jsonl",
    )
    _report_summary(summary, out / "summary.json", given, *([summary_json] if summary_json else []))
    counts = write_crosscheck(
        out / "records.jsonl",
        out / "crosscheck.csv",
        out / "report.html",
        out / "cases.csv",
        figures_csv=out / "figures.csv",
        errors_path=out / "errors.jsonl",
    )
    typer.echo(
        f"cases={counts['cases']} clusters={counts['clusters']} comparisons={counts['comparisons']} "
        f"conflicts={counts['conflict']}",
        err=True,
    )
    typer.echo(
        f"wrote {out}/records.jsonl, figures.csv, errors.jsonl, crosscheck.csv, cases.csv, clusters.jsonl, "
        "case_figures.csv, case_figures.parquet, report.html"
    )
    if strict and summary.errors:
        raise typer.Exit(1)


@app.command(short_help="Score extraction against gold annotations.")
@_guard
def evaluate(
    corpus: Annotated[Path, typer.Argument(metavar="CORPUS", help="Folder with articles/ and gold/.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    min_f1: Annotated[
        float | None, typer.Option(metavar="F", help="Exit 1 when figures micro-F1 is below this.")
    ] = None,
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="Also list per rule id the figures it produced and how many matched gold.")
    ] = False,
    model: ModelOpt = None,
) -> None:
    """Score extraction against gold annotations (ANNOTATION.md)."""
    from extract.errors import E_BELOW_MIN_F1
    from extract.evaluate import evaluate_corpus

    scores = evaluate_corpus(corpus, model)
    data = scores.as_dict()
    if as_json:
        typer.echo(json.dumps(data, indent=2))
    else:
        _print_scores(data, by_rule=by_rule)
    if min_f1 is not None and scores.micro.f1 < min_f1:
        typer.echo("opfacts: " + E_BELOW_MIN_F1.format(f1=scores.micro.f1, min_f1=min_f1), err=True)
        raise typer.Exit(1)


def _print_scores(d: dict, *, by_rule: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"figures ({d['docs']} articles)")
    for c in ("kind", "gold", "tp", "fp", "fn", "P", "R", "F1"):
        t.add_column(c, justify="right" if c != "kind" else "left")
    rows = [*d["figures"]["per_kind"].items(), ("micro", d["figures"]["micro"])]
    for k, v in rows:
        t.add_row(
            k, *(str(v[x]) for x in ("gold", "tp", "fp", "fn")), *(f"{v[x]:.3f}" for x in ("precision", "recall", "f1"))
        )
    t2 = Table(title="other fields")
    for c in ("field", "gold", "P", "R", "F1"):
        t2.add_column(c)
    for k in ("operations", "agencies", "dates"):
        v = d[k]
        t2.add_row(k, str(v["gold"]), f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}")
    if "grouping" in d:
        g = d["grouping"]
        t2.add_row("grouping (pairs)", str(g["gold"]), f"{g['precision']:.3f}", f"{g['recall']:.3f}", f"{g['f1']:.3f}")
    if "grouping_x6" in d:
        g = d["grouping_x6"]
        t2.add_row(
            "grouping, 6 copies", str(g["gold"]), f"{g['precision']:.3f}", f"{g['recall']:.3f}", f"{g['f1']:.3f}"
        )
    con = Console(width=100)
    con.print(t)
    con.print(t2)
    if by_rule:
        t3 = Table(title="figures by rule (matched against gold)")
        for c in ("rule", "produced", "tp", "fp", "P"):
            t3.add_column(c, justify="left" if c == "rule" else "right")
        for rule, v in d["by_rule"].items():
            t3.add_row(rule, str(v["produced"]), str(v["tp"]), str(v["fp"]), f"{v['precision']:.3f}")
        con.print(t3)
    con.print(f"qualifier accuracy {d['qualifier_accuracy']:.3f} over {d['qualifier_matched']} matched figures")
    con.print(f"where accuracy {d['where_accuracy']:.3f} over {d['where_matched']} matched figures")
    con.print(f"aggregate accuracy {d['aggregate_accuracy']:.3f} over {d['aggregate_matched']} matched terms")
    if "verdicts" in d:
        v = d["verdicts"]
        con.print(f"verdicts {v['right']}/{v['total']} right ({v['accuracy']:.3f})")
    con.print(f"figures micro-F1 {d['figures']['micro']['f1']:.3f}")


@app.command(short_help="One article with its figures highlighted.")
@_guard
def show(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="One article file (.txt .html .json .jsonl).")],
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Also list every number with the figure it became or why it is none."),
    ] = False,
    model: ModelOpt = None,
) -> None:
    """One article on the terminal with every figure and its evidence highlighted."""
    from extract.errors import E_NO_SUCH_FILE, E_PATH, E_SHOW_FOLDER
    from extract.ingest import HTML_SUFFIXES, JSON_SUFFIXES, TEXT_SUFFIXES

    if not (file.exists() or file.is_symlink()):
        raise _fail(E_NO_SUCH_FILE.format(path=file))
    if file.is_dir():
        raise _fail(E_SHOW_FOLDER.format(path=file))
    allowed = tuple(sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES))
    _check_suffix(file, allowed, "the article file")
    from extract.extractor import Extractor
    from extract.ingest import read_file
    from extract.show import render_terminal
    from schemas import Article

    items = list(read_file(file))
    arts = [i for i in items if isinstance(i, Article)]
    if not arts:
        reason = getattr(items[0], "detail", "no article") if items else "no article"
        raise _fail(E_PATH.format(path=file, detail=reason))
    ex = Extractor(model, quiet=True)
    for art, rec in zip(arts, ex.pipe(arts), strict=True):
        render_terminal(rec)
        if explain:
            from extract.show import render_explain

            render_explain(ex.parse(art))


@app.command(short_help="JSON Schema of a published model.")
@_guard
def schema(
    which: Annotated[
        str, typer.Argument(metavar="[MODEL]", help="ArticleRecord | Comparison | IngestError | GoldDoc")
    ] = "ArticleRecord",
) -> None:
    """Print the JSON Schema of a published model."""
    import schemas
    from extract.errors import E_UNKNOWN_SCHEMA

    allowed = ("ArticleRecord", "Comparison", "IngestError", "GoldDoc")
    if which not in allowed:
        raise _fail(E_UNKNOWN_SCHEMA.format(name=which, allowed=", ".join(allowed)))
    typer.echo(json.dumps(schemas.model_json_schema_of(getattr(schemas, which)), indent=2, sort_keys=True))


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
