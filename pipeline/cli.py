"""The claimscope command line: parse options, call the library, print."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Pull claims, sources and entities out of op-eds and commentary.")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .md, .html, .htm).")],
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("outputs"),
    published: Annotated[str, typer.Option(help="Publication date YYYY-MM-DD, for relative dates.")] = "",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Extract claims and entities from articles into CSV and JSONL files."""
    if published:
        from .components.dates import normalise_date

        if not normalise_date(published):
            _err(f"--published: '{published}' is not a date (use YYYY-MM-DD)")
            raise typer.Exit(2)
    from .runner import run as run_pipeline

    try:
        result = run_pipeline(inputs, out, published=published)
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
    if not quiet:
        n = len(result.articles)
        claims = sum(a.n_claims for a in result.articles)
        sourced = sum(a.n_sourced for a in result.articles)
        typer.echo(f"{n} article{'s' * (n != 1)}, {claims} claims ({sourced} sourced, {claims - sourced} editorial)")
        for a in result.articles:
            typer.echo(f"  {a.article_id}: {a.n_claims} claims, {a.n_sourced} sourced, {a.n_editorial} editorial")
        typer.echo(f"outputs: {out}/claims.csv, entities.csv, articles.csv, claims.jsonl")
        if result.orphaned_reviews:
            typer.echo(f"{result.orphaned_reviews} reviewed claims no longer exist: see {out}/reviews_orphaned.csv")
    raise typer.Exit(result.exit_code)


@app.command()
def review(
    out: Annotated[Path, typer.Argument(help="A folder holding a reviewed claims.csv.")] = Path("outputs"),
) -> None:
    """Show, per rule, how often reviewers agreed with claim_type (review_label: sourced/editorial, ok/wrong)."""
    path = out / "claims.csv" if out.is_dir() else out
    if not path.exists():
        _err(f"{path}: no claims.csv here; run `claimscope run` first")
        raise typer.Exit(2)
    from .review import rule_agreement

    table = rule_agreement(path)
    if table.empty:
        typer.echo(f"{path}: no review labels filled in yet")
        return
    typer.echo(table.to_string(index=False))


def main() -> None:
    """Console entry point. Click exits 2 on a usage error; `run` exits 0 or 1 (see the contract)."""
    app()
