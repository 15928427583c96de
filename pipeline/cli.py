"""The claimscope command line: parse options, call the library, print."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Pull claims, sources and entities out of op-eds and commentary.")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class Format(StrEnum):
    parquet = "parquet"


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .md, .html, .htm).")],
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("outputs"),
    published: Annotated[str, typer.Option(help="Publication date YYYY-MM-DD, for relative dates.")] = "",
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes (default: all cores).")] = None,
    engine: Annotated[Engine, typer.Option(help="local, or dask for a dask.distributed cluster.")] = Engine.local,
    scheduler: Annotated[str, typer.Option(help="Dask scheduler address (tcp://host:8786).")] = "",
    fmt: Annotated[list[Format], typer.Option("--format", help="Also write claims/entities as parquet.")] = [],  # noqa: B006
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors; no progress bar.")] = False,
    model: Annotated[Path | None, typer.Option("--model", help="A models folder (rules and the attribution "
                                                                "model), e.g. one `claimscope learn` wrote.")] = None,
) -> None:
    """Extract claims and entities from articles into CSV and JSONL files (and Parquet on request)."""
    if published:
        from .components.dates import normalise_date

        if not normalise_date(published):
            _err(f"--published: '{published}' is not a date (use YYYY-MM-DD)")
            raise typer.Exit(2)
    if engine == Engine.dask and not scheduler:
        _err("--engine dask needs --scheduler ADDRESS (the address `dask scheduler` prints)")
        raise typer.Exit(2)
    from .resources import RuleFileError
    from .runner import default_workers
    from .runner import run as run_pipeline
    from .spreadsheet import SpreadsheetError

    if model is not None and not (model / "attribution_model.json").is_file():
        _err(f"--model: {model} holds no attribution_model.json (give a folder `claimscope learn` wrote)")
        raise typer.Exit(2)
    bar = None if quiet or not sys.stderr.isatty() else _progress_bar()
    try:
        with bar or nullcontext():
            result = run_pipeline(inputs, out, published=published, workers=workers or default_workers(),
                                  engine=engine.value, scheduler=scheduler, formats=tuple(f.value for f in fmt),
                                  models=str(model) if model else None,
                                  progress=bar.advance if bar else None, on_start=bar.start_total if bar else None)
    except SpreadsheetError as e:
        _err(f"{e}; the outputs in {out} are unchanged")
        raise typer.Exit(1) from None
    except RuleFileError as e:
        _err(f"{e}; the outputs in {out} are unchanged")
        raise typer.Exit(2) from None
    except OSError as e:
        _err(f"{out}: cannot write outputs ({e.strerror or e})")
        raise typer.Exit(1) from None
    except Exception as e:  # a fault of ours, not of the input: one line, previous outputs untouched
        _err(f"claimscope: internal error ({type(e).__name__}: {e}); the previous outputs in {out} are unchanged")
        raise typer.Exit(1) from None
    for line in result.rejected:
        _err(f"rejected: {line}")
    for line in result.warnings:
        _err(f"warning: {line}")
    if result.unchanged:
        _err(f"no article could be processed; the outputs in {out} are unchanged")
        raise typer.Exit(1)
    if not quiet:
        n, claims, sourced = result.n_articles, result.n_claims, result.n_sourced
        typer.echo(f"{n} article{'s' * (n != 1)}, {claims} claims ({sourced} sourced, {claims - sourced} editorial)")
        for a in result.articles:
            typer.echo(f"  {a.article_id}: {a.n_claims} claims, {a.n_sourced} sourced, {a.n_editorial} editorial")
        if n > len(result.articles):
            typer.echo(f"  ... and {n - len(result.articles)} more (see {out}/articles.csv)")
        extra = ", claims.parquet, entities.parquet" if fmt else ""
        typer.echo(f"outputs: {out}/claims.csv, entities.csv, articles.csv, claims.jsonl{extra}")
        if result.moved_reviews or result.orphaned_reviews:
            where = f" (claims that no longer exist: see {out}/reviews_orphaned.csv)" if result.orphaned_reviews else ""
            typer.echo(f"reviews: {result.moved_reviews} moved to edited claims, {result.orphaned_reviews} "
                       f"orphaned{where}")
    raise typer.Exit(result.exit_code)


class _progress_bar:
    """A rich progress bar on stderr: articles done, words per second (with `rate`), time left."""

    def __init__(self, label: str = "claimscope", rate: bool = True):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        rate_column = [TextColumn("{task.fields[rate]} words/s")] if rate else []
        self.progress = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), *rate_column,
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("run", total=None, rate="-")
        self.words = 0

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def start_total(self, n: int) -> None:
        self.progress.update(self.task, total=n)

    def tick(self) -> None:
        self.progress.update(self.task, advance=1)

    def advance(self, article) -> None:
        self.words += article.n_words
        elapsed = self.progress.tasks[0].elapsed or 1e-9
        self.progress.update(self.task, advance=1, rate=f"{self.words / elapsed:,.0f}")


@app.command()
def compare(
    folder: Annotated[Path, typer.Argument(help="Folder with the outputs of one or more runs.")] = Path("outputs"),
    out: Annotated[Path | None, typer.Option("--out", help="Where to write (default: FOLDER).")] = None,
    min_articles: Annotated[int, typer.Option("--min-articles", min=2,
                                              help="Articles a shared claim needs to be a story.")] = 2,
    similarity: Annotated[float, typer.Option("--similarity", min=0.05, max=1.0,
                                              help="How alike two claims must be to be linked (0-1).")] = 0.4,
) -> None:
    """Compare framing across articles: framing.csv, voices.csv, entity_framing.csv, claim_links.csv,
    stories.csv and report.html."""
    from .compare import compare as compare_outputs
    from .spreadsheet import SpreadsheetError

    bar = _progress_bar("compare", rate=False) if sys.stderr.isatty() else None
    try:
        with bar or nullcontext():
            paths = compare_outputs(folder, out, progress=bar.tick if bar else None,
                                    on_start=bar.start_total if bar else None, min_articles=min_articles,
                                    similarity=similarity)
    except FileNotFoundError as e:
        _err(str(e))
        raise typer.Exit(2) from None
    except SpreadsheetError as e:
        _err(str(e))
        raise typer.Exit(1) from None
    except Exception as e:  # one line, never a traceback
        _err(f"claimscope: internal error ({type(e).__name__}: {e}) while comparing {folder}")
        raise typer.Exit(1) from None
    typer.echo("comparison: " + ", ".join(str(p) for p in paths.values()))


@app.command()
def review(
    out: Annotated[Path, typer.Argument(help="A folder holding a reviewed claims.csv.")] = Path("outputs"),
) -> None:
    """Show, per rule and per cue class, how far reviewers agreed with claim_type and speaker
    (review_label: sourced/editorial or ok/wrong; review_speaker: the right speaker when it was wrong)."""
    path = out / "claims.csv" if out.is_dir() else out
    if not path.exists():
        _err(f"{path}: no claims.csv here; run `claimscope run` first")
        raise typer.Exit(2)
    from .review import agreement
    from .spreadsheet import SpreadsheetError

    try:
        tables = {by: agreement(path, by) for by in ("rule", "cue_kind")}
    except SpreadsheetError as e:
        _err(str(e))
        raise typer.Exit(1) from None
    if tables["rule"].empty:
        typer.echo(f"{path}: no review labels filled in yet")
        return
    for by, table in tables.items():
        typer.echo(f"per {by.replace('_', ' ')}:")
        typer.echo(table.rename(columns={"group": by}).to_string(index=False, na_rep=""))
        typer.echo("")


@app.command()
def learn(
    results: Annotated[list[Path], typer.Argument(help="Result folders with reviewed claims.csv files.")],
    out: Annotated[Path, typer.Option("--out", help="Models folder to write (use it with run --model).")],
    eval_dir: Annotated[Path | None, typer.Option("--eval", help="Also train on the GUM sets in this folder "
                                                                 "(gum/, gum-more/).")] = None,
) -> None:
    """Refit the attribution decision on its training data plus your reviews; show the before/after figures."""
    from .learning import learn as learn_from
    from .nlp import load_nlp
    from .spreadsheet import SpreadsheetError
    from .training import SHARED_SETS, SPEC_SET, collect

    nlp = load_nlp()
    base = collect(SPEC_SET, nlp, "spec")
    for name in SHARED_SETS if eval_dir else ():
        if (eval_dir / name / "gold_claims.tsv").exists():
            base += collect(eval_dir / name, nlp, name)
    current = nlp.get_pipe("claimscope_attribution").model
    try:
        report = learn_from(results, base, current, nlp, out)
    except SpreadsheetError as e:
        _err(str(e))
        raise typer.Exit(1) from None
    for line in report.skipped or []:
        _err(f"skipped: {line}")
    if not report.reviewed:
        _err("no reviewed claims found (fill review_label in claims.csv); nothing written")
        raise typer.Exit(1)
    b, a = report.before, report.after
    typer.echo(f"{report.reviewed} reviewed claims in {report.articles} articles")
    for name, sc in (("model in use", b), ("learned, held out by article", a)):
        typer.echo(f"sourced P/R/F1 on them, {name}: {sc.precision:.3f} / {sc.recall:.3f} / {sc.f1:.3f}")
    typer.echo(f"wrote {report.written}; use it with: claimscope run ... --model {report.written}")


def main() -> None:
    """Console entry point. Click exits 2 on a usage error; `run` exits 0 or 1 (see the contract)."""
    app()
