"""Compare: how articles frame their story — voices, the author's own share, cues, entity framing.

Reads the outputs of one or more `claimscope run`s (claims.csv, entities.csv, articles.csv in a
folder or its subfolders) and builds framing.csv, voices.csv and entity_framing.csv, plus the
HTML report (pipeline.report).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .outputs import safe_cell
from .records import LIST_SEP
from .resources import load_tsv
from .spreadsheet import read_frame

TOP = 5
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


@dataclass
class RunOutputs:
    """The three tables of one or more runs, one row per article / claim / mention."""

    articles: pd.DataFrame
    claims: pd.DataFrame
    entities: pd.DataFrame


def read_outputs(folder: str | Path) -> RunOutputs:
    """All run outputs under `folder` (itself or any subfolder); an article seen twice is kept once."""
    folder = Path(folder)
    found = sorted({p.parent for p in folder.rglob("claims.csv")})
    if not found:
        raise FileNotFoundError(f"{folder}: no claims.csv here or below; run `claimscope run` first")
    tables: dict[str, list[pd.DataFrame]] = {"articles": [], "claims": [], "entities": []}
    for run_dir in found:
        for name in tables:
            path = run_dir / f"{name}.csv"
            if path.exists():
                tables[name].append(read_frame(path))  # as a spreadsheet may have saved it
    frames = {k: pd.concat(v, ignore_index=True) if v else pd.DataFrame() for k, v in tables.items()}
    arts = frames["articles"].drop_duplicates("article_id", keep="last")
    claims = frames["claims"].drop_duplicates(["article_id", "claim_id"], keep="last")
    # Headline and dateline rows share an empty claim id and no offsets: their text tells them apart.
    ents = frames["entities"].drop_duplicates(["article_id", "claim_id", "label", "start_char", "text"], keep="last")
    for df, cols in ((claims, ("paragraph", "sentence", "start_char", "end_char")),
                     (ents, ("start_char", "end_char"))):
        for c in cols:
            if c in df:
                df[c] = pd.to_numeric(df[c], errors="coerce").fillna(-1).astype(int)
    return RunOutputs(arts.reset_index(drop=True), claims.reset_index(drop=True), ents.reset_index(drop=True))


def split_list(cell: str) -> list[str]:
    """A list-valued CSV cell as a list.

    >>> split_list("a | b"), split_list("")
    (['a', 'b'], [])
    """
    return [v for v in (cell or "").split(LIST_SEP) if v]


def metonyms(models: str | None = None) -> dict[str, str]:
    """Place names that stand for a country ("Washington" -> "United States"), from models/metonyms.tsv."""
    return {row[0]: row[1] for row in load_tsv("metonyms.tsv", models) if len(row) > 1}


def _counted(items, top: int = TOP) -> str:
    return LIST_SEP.join(f"{k} ({n})" for k, n in Counter(i for i in items if i).most_common(top))


def _records_by_article(df: pd.DataFrame) -> dict[str, list[dict]]:
    """A table's rows as plain dicts, grouped by article once (pandas per article cost seconds)."""
    grouped: dict[str, list[dict]] = {}
    for row in df.to_dict("records") if len(df) else []:
        grouped.setdefault(row.get("article_id", ""), []).append(row)
    return grouped


def framing_table(out: RunOutputs, keyterms: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """One row per article: the author's share, voices, cue profile, entities, dates, money."""
    rows = []
    claims_of, entities_of = _records_by_article(out.claims), _records_by_article(out.entities)
    typed = "speaker_type" in out.claims
    for art in out.articles.itertuples():
        # Photo captions describe pictures and headings name sections; the shares are of the text's own claims.
        every = claims_of.get(art.article_id, [])
        c = [r for r in every if r.get("section", "") not in ("caption", "heading")]
        e = entities_of.get(art.article_id, [])
        n = len(c)
        sourced = [r for r in c if r.get("claim_type") == "sourced"]
        editorial = [r for r in c if r.get("claim_type") == "editorial"]
        marked = [r for r in editorial if r.get("editorial_markers", "") != ""]
        cues = [r for r in sourced if r.get("cue", "") != ""]
        kinds = Counter(r.get("cue_kind", "") for r in cues)
        voices = [r.get("speaker_canonical", "") for r in sourced
                  if not typed or r.get("speaker_type", "") in VOICE_TYPES]
        named = [r for r in e if r.get("label") in NAME_LABELS]
        headline = [r for r in named if r.get("section", "") == "title"]
        dates = [r["value"] for r in e if r.get("label") == "DATE" and r.get("value")]
        starts = sorted(d.split("/")[0] for d in dates if d.split("/")[0])
        ends = sorted(d.split("/")[-1] for d in dates if d.split("/")[-1])
        money = [(r["value"], r.get("unit", "")) for r in e if r.get("label") == "MONEY" and r.get("value")]
        rows.append({
            "article_id": art.article_id, "title": getattr(art, "title", ""), "claims": n,
            "captions": len(every) - n,
            "share_sourced": round(len(sourced) / n, 3) if n else 0.0,
            "share_editorial": round(len(editorial) / n, 3) if n else 0.0,
            "share_editorial_marked": round(len(marked) / len(editorial), 3) if editorial else 0.0,
            "voices": len({v for v in voices if v}),
            "top_voices": _counted(voices),
            "cues_neutral": kinds["neutral"],
            "cues_loaded": kinds["loaded"],
            "cues_cognition": kinds["cognition"],
            "share_cues_loaded": round(kinds["loaded"] / len(cues), 3) if cues else 0.0,
            "top_cues": _counted(r["cue"].lower() for r in cues),
            "top_entities": _counted(r.get("canonical") or r.get("text", "") for r in named),
            "headline_entities": LIST_SEP.join(dict.fromkeys(r.get("canonical") or r.get("text", "")
                                                             for r in headline)),
            "key_terms": LIST_SEP.join((keyterms or {}).get(art.article_id, [])),
            "dates_from": starts[0] if starts else "", "dates_to": ends[-1] if ends else "",
            "money_amounts": money_amounts(money),
            **assertion_shares(editorial, "editorial"), **assertion_shares(sourced, "sourced"),
        })
    return pd.DataFrame(rows)


# Speaker types that are voices: a pronoun left unresolved, a source the text never names ("unknown") or a
# subject taken for a speaker by mistake has no type among these.
VOICE_TYPES = frozenset({"person", "organisation", "country", "media", "document", "anonymous"})


def money_amounts(money: list[tuple[str, str]], top: int = 3) -> str:
    """The distinct amounts an article names, per currency, from (value, unit) pairs: how many, and the
    largest `top` (adding up every amount mentioned would count one budget three times and add unlike things).

    >>> money_amounts([("5", "USD"), ("5", "USD"), ("900", "USD"), ("20", "PKR")])
    'PKR: 1 (20) | USD: 2 (900, 5)'
    """
    by_unit: dict[str, set[float]] = {}
    for value, unit in money:
        try:
            by_unit.setdefault(unit, set()).add(float(value))
        except ValueError:
            continue
    parts = []
    for unit in sorted(by_unit):
        values = sorted(by_unit[unit], reverse=True)
        shown = ", ".join(str(int(v)) if v == int(v) else f"{v:.2f}" for v in values[:top])
        parts.append(f"{unit}: {len(values)} ({shown})")
    return LIST_SEP.join(parts)


def assertion_shares(claims: list[dict], kind: str) -> dict[str, float]:
    """Shares of fact, opinion and question among some claims (e.g. the editorial ones).

    >>> assertion_shares([{"assertion": "fact"}, {"assertion": "opinion"}, {"assertion": ""}], "sourced")
    {'sourced_share_fact': 0.5, 'sourced_share_opinion': 0.5, 'sourced_share_question': 0.0}
    """
    said = Counter(r.get("assertion", "") for r in claims)
    n = sum(v for a, v in said.items() if a)
    return {f"{kind}_share_{a}": round(said[a] / n, 3) if n else 0.0 for a in ("fact", "opinion", "question")}


def voices_table(out: RunOutputs) -> pd.DataFrame:
    """One row per (article, canonical speaker): claims, direct vs indirect, cues, type."""
    s = out.claims[(out.claims.claim_type == "sourced") & (out.claims.speaker_canonical != "")]
    rows = []
    for (art, speaker), g in s.groupby(["article_id", "speaker_canonical"], sort=True):
        rows.append({
            "article_id": art, "speaker": speaker, "claims": len(g),
            "direct": int((g.attribution == "direct_quote").sum()),
            "indirect": int(g.attribution.isin(["indirect", "according_to"]).sum()),
            "mixed": int((g.attribution == "mixed").sum()),
            "cues": _counted(g.cue.str.lower(), top=10),
            "loaded_cues": int((g.cue_kind == "loaded").sum()),
            "speaker_type": Counter(g.speaker_type).most_common(1)[0][0],
            "as_written": _counted(g.speaker, top=3),
        })
    df = pd.DataFrame(rows)
    return df.sort_values(["article_id", "claims"], ascending=[True, False]) if len(df) else df


def entity_framing_table(out: RunOutputs, models: str | None = None) -> pd.DataFrame:
    """One row per (article, canonical entity): mentions, where (editorial vs sourced claims), and the
    adjectives and verbs the parse attaches to it. Capitals standing for a country count as it."""
    stand_for = metonyms(models)
    e = out.entities[out.entities.label.isin(NAME_LABELS)].copy()
    if e.empty:
        return pd.DataFrame()
    e["entity"] = e.canonical.where(e.canonical != "", e.text).map(lambda n: stand_for.get(n, n))
    kinds = out.claims.set_index(["article_id", "claim_id"])["claim_type"].to_dict()
    e["claim_type"] = [kinds.get(k, "") for k in zip(e.article_id, e.claim_id, strict=True)]
    rows = []
    # Plain lists per column, and each group's row positions: a DataFrame per (article, entity) group cost
    # seconds on a hundred articles.
    col = {c: e[c].tolist() if c in e else None for c in ("label", "claim_type", "verb", "verb_role", "modifiers")}
    groups = e.groupby(["article_id", "entity"], sort=True).indices
    for (art, entity) in sorted(groups):
        g = groups[art, entity]
        verbs = [f"{col['verb'][i]} ({col['verb_role'][i]})" for i in g if col["verb"][i]] \
            if col["verb"] is not None and col["verb_role"] is not None else []
        mods = [m for i in g for m in split_list(col["modifiers"][i])] if col["modifiers"] is not None else []
        kinds_here = [col["claim_type"][i] for i in g]
        rows.append({
            "article_id": art, "entity": entity, "label": Counter(col["label"][i] for i in g).most_common(1)[0][0],
            "mentions": len(g), "in_editorial": kinds_here.count("editorial"),
            "in_sourced": kinds_here.count("sourced"),
            "adjectives": _counted(mods, top=10), "verbs": _counted(verbs, top=10),
            "as_subject": sum(1 for v in verbs if v.endswith("(subject)")),
            "as_object": sum(1 for v in verbs if v.endswith("(object)") or v.endswith("(passive subject)")),
        })
    df = pd.DataFrame(rows)
    return df.sort_values(["article_id", "mentions"], ascending=[True, False])


def key_terms(out: RunOutputs, topn: int = 8, models: str | None = None,
              progress: Callable[[], None] | None = None) -> dict[str, list[str]]:
    """Key terms of each article, once per article, from its claims in order (keyterms.py: SGRank's
    statistical ranking, without parsing again). `progress` is called after each article."""
    from .keyterms import key_terms as terms_of

    terms: dict[str, list[str]] = {}
    for art, g in out.claims.groupby("article_id", sort=False):
        terms[art] = terms_of(g.sort_values("sentence").text, topn, models)
        if progress:
            progress()
    return terms


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """A comparison table as a spreadsheet-safe CSV, written atomically."""
    tmp = path.with_name(f".{path.name}.tmp")
    df.map(safe_cell).to_csv(tmp, index=False)
    tmp.replace(path)


def compare(folder: str | Path, out_dir: str | Path | None = None, models: str | None = None,
            progress: Callable[[], None] | None = None, on_start: Callable[[int], None] | None = None,
            min_articles: int = 2, similarity: float | None = None) -> dict[str, Path]:
    """Write framing.csv, voices.csv, entity_framing.csv, claim_links.csv, stories.csv and report.html;
    return their paths. `on_start` is told how many articles there are, `progress` is called as each one's
    key terms are done. Claims are linked across articles at `similarity` (default links.THRESHOLD), and a
    story needs `min_articles` articles."""
    from .links import THRESHOLD, claim_links, stories
    from .report import render_report

    out = read_outputs(folder)
    target = Path(out_dir or folder)
    target.mkdir(parents=True, exist_ok=True)
    if on_start:
        on_start(out.claims.article_id.nunique())
    framing = framing_table(out, key_terms(out, models=models, progress=progress))
    voices = voices_table(out)
    entities = entity_framing_table(out, models)
    links = claim_links(out.claims, THRESHOLD if similarity is None else similarity)
    story_table = stories(out.claims, links, min_articles)
    names = ("framing.csv", "voices.csv", "entity_framing.csv", "claim_links.csv", "stories.csv", "report.html")
    paths = {name: target / name for name in names}
    write_csv(framing, paths["framing.csv"])
    write_csv(voices, paths["voices.csv"])
    write_csv(entities, paths["entity_framing.csv"])
    write_csv(pd.DataFrame(links, columns=["claim_id_a", "claim_id_b", "similarity", "kind"]), paths["claim_links.csv"])
    write_csv(story_table, paths["stories.csv"])
    tmp = target / ".report.html.tmp"
    tmp.write_text(render_report(out, framing, voices, story_table), encoding="utf-8")
    tmp.replace(paths["report.html"])
    return paths
