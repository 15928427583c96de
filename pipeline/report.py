"""The HTML review report: one self-contained page (no network), overview charts and every claim
highlighted in its article, with speaker and cue on hover and beside, entities marked, and filters."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # compare.py calls this module: a runtime import would close a circle
    from .compare import RunOutputs

_STYLE = """
body{font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d232a;background:#fafafa}
header{background:#1d3557;color:#fff;padding:16px 28px}header h1{margin:0;font-size:22px}
main{padding:12px 28px;max-width:1150px}
@media (max-width:600px){main{padding:8px 10px}header{padding:12px 10px}article{padding:8px 10px}}
svg.bar{max-width:100%}
table{border-collapse:collapse;margin:8px 0 18px;background:#fff}
th,td{border:1px solid #dde;padding:5px 8px;text-align:left;vertical-align:top;font-size:13px}
th{background:#eef2f7}
.controls{position:sticky;top:0;background:#fafafa;padding:8px 0;border-bottom:1px solid #dde;z-index:2}
.claim{padding:1px 2px;border-radius:3px}
.claim.sourced{background:#dcebff;border-bottom:2px solid #2f6fdb}
.claim.editorial{background:#fff0d6;border-bottom:2px solid #e09b1a}
p.caption{font-size:.85em;font-style:italic;color:#555}
.claim.hidden{background:none;border-bottom:none;opacity:.25}
.who{font-size:11px;color:#2f4f7f;background:#eef3fb;border-radius:3px;padding:0 3px;margin-left:2px}
mark.ent{background:none;border-bottom:1px dotted #555;padding:0}
mark.PERSON{color:#6a1b9a}mark.ORG{color:#00695c}mark.GPE,mark.LOC,mark.FAC{color:#1b5e20}
mark.DATE{color:#8d4a00}mark.MONEY{color:#b71c1c}
article{background:#fff;border:1px solid #e3e6ea;border-radius:6px;padding:10px 22px;margin:18px 0}
.legend span{margin-right:14px}.meta{color:#667;font-size:13px}.sw{white-space:nowrap}
span.cid{font-size:10px;color:#99a;margin-left:2px}
.scroll{overflow-x:auto;max-width:100%}
#shared td.tell{min-width:180px;max-width:320px}#shared td.none{color:#99a;text-align:center}
#shared .frame{font-size:12px;font-weight:600;margin-bottom:2px}
.frame.sourced{color:#2f6fdb}.frame.editorial{color:#b36b00}.cid{font-size:11px;color:#889}
"""

_SCRIPT = """
(function(){
  const boxes = document.querySelectorAll('.controls input.type');
  const kinds = document.querySelectorAll('.controls input.kind');
  const who = document.getElementById('speaker');
  const shown = document.getElementById('shown');
  const claims = Array.from(document.querySelectorAll('article .claim'));
  function apply(){
    const on = {};
    boxes.forEach(b => on[b.value] = b.checked);
    kinds.forEach(b => on['kind:' + b.value] = b.checked);
    const q = (who.value || '').toLowerCase();
    let n = 0;
    claims.forEach(c => {
      const kind = c.dataset.assertion ? on['kind:' + c.dataset.assertion] !== false : true;
      const ok = on[c.dataset.type] && kind && (!q || (c.dataset.speaker || '').toLowerCase().includes(q));
      c.classList.toggle('hidden', !ok);
      if (ok) n++;
    });
    shown.textContent = 'Showing ' + n + ' of ' + claims.length + ' claims';
  }
  const m = location.hash.match(/show=(sourced|editorial)/);
  if (m) boxes.forEach(b => b.checked = (b.value === m[1]));
  const s = location.hash.match(/speaker=([^&]+)/);
  if (s) who.value = decodeURIComponent(s[1]);
  boxes.forEach(b => b.addEventListener('change', apply));
  kinds.forEach(b => b.addEventListener('change', apply));
  who.addEventListener('input', apply);
  apply();
})();
"""


def _bar(parts: list[tuple[float, str, str]], width: int = 220, height: int = 14) -> str:
    """A horizontal stacked bar as inline SVG: (share, colour, label) parts."""
    x, rects = 0.0, []
    for share, colour, label in parts:
        w = max(0.0, share) * width
        rects.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" fill="{colour}">'
                     f"<title>{html.escape(label)}</title></rect>")
        x += w
    return (f'<svg class="bar" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'preserveAspectRatio="none" role="img" xmlns="http://www.w3.org/2000/svg">'
            f'<rect width="{width}" height="{height}" fill="#eee"/>{"".join(rects)}</svg>')


def _swatch(colour: str, label: str) -> str:
    return (f'<span class="sw"><svg width="12" height="12"><rect width="12" height="12" fill="{colour}"/></svg> '
            f"{html.escape(label)}</span>")


OVERVIEW_LEGEND = ("<div class='legend'>" + _swatch("#2f6fdb", "sourced") + _swatch("#e09b1a", "editorial")
                   + " · cues: " + _swatch("#7aa6e0", "neutral") + _swatch("#d9534f", "loaded")
                   + _swatch("#9b8ec4", "cognition") + "<br><small>claims: the article's own claims, photo "
                   "captions and section headings left out; voices: named people, organisations, countries, media, "
                   "documents and anonymous groups that the article quotes or reports.</small></div>")


def _overview(framing: pd.DataFrame) -> str:
    rows = []
    for r in framing.itertuples():
        share = f"{r.share_sourced:.0%} sourced / {r.share_editorial:.0%} editorial"
        cues = r.cues_neutral + r.cues_loaded + r.cues_cognition
        cue_bar = _bar([(r.cues_neutral / cues if cues else 0, "#7aa6e0", f"{r.cues_neutral} neutral cues"),
                        (r.cues_loaded / cues if cues else 0, "#d9534f", f"{r.cues_loaded} loaded cues"),
                        (r.cues_cognition / cues if cues else 0, "#9b8ec4", f"{r.cues_cognition} cognition cues")])
        type_bar = _bar([(r.share_sourced, "#2f6fdb", share), (r.share_editorial, "#e09b1a", share)])
        rows.append(
            f"<tr><td><a href='#a-{html.escape(r.article_id)}'>{html.escape(r.title or r.article_id)}</a></td>"
            f"<td>{r.claims}</td><td>{type_bar}"
            f"<br><small>{share}</small></td><td>{r.voices}</td><td>{html.escape(r.top_voices)}</td>"
            f"<td>{cue_bar}<br><small>{r.cues_loaded} loaded of {cues}</small></td>"
            f"<td>{html.escape(r.key_terms)}</td></tr>")
    return ("<div class='scroll'><table id='overview'><tr><th>article</th><th>claims</th>"
            "<th>sourced vs editorial</th><th>voices</th>"
            "<th>top voices</th><th>reporting cues</th><th>key terms</th></tr>" + "".join(rows) + "</table></div>"
            + OVERVIEW_LEGEND)


def _framing_cell(row) -> str:
    """How one article tells a shared claim: sourced or editorial, by whom, with which cue."""
    kind = str(row.claim_type)
    who = f" · {html.escape(str(row.speaker))}" if getattr(row, "speaker", "") else ""
    cue = f" · “{html.escape(str(row.cue))}” ({html.escape(str(row.cue_kind))})" if getattr(row, "cue", "") else ""
    canonical = str(getattr(row, "speaker_canonical", "") or "")
    if who and canonical and canonical.lower() not in str(row.speaker).lower():
        who += f" ({html.escape(canonical)})"  # "the same report" says whose only with its canonical name
    assertion = str(getattr(row, "assertion", "") or "")
    told = f" · {html.escape(assertion)}" if assertion else ""
    return (f"<td class='tell'><div class='frame {html.escape(kind)}'>{html.escape(kind)}{who}{cue}{told}</div>"
            f"{html.escape(str(row.text))}<div class='cid'>{html.escape(str(row.claim_id))}</div></td>")


# A story's cell for an article that does not state the claim (or states it in words too far apart to link).
NOT_TOLD = "<td class='none' title='no linked claim in this article'>—</td>"


def _shared_claims(stories: pd.DataFrame, articles: pd.DataFrame) -> str:
    """One row per group of linked claims, one column per article that tells any of them."""
    if stories is None or not len(stories):
        return "<p>No claim is shared by enough articles.</p>"
    titles = dict(zip(articles.article_id, articles.title.where(articles.title != "", articles.article_id),
                      strict=True)) if len(articles) else {}
    order = list(dict.fromkeys(stories.sort_values(["article_id"]).article_id))
    head = "".join(f"<th>{html.escape(str(titles.get(a, a)))}</th>" for a in order)
    rows = []
    for story, group in stories.groupby("story", sort=True):
        cells = {r.article_id: _framing_cell(r) for r in group.itertuples()}
        rows.append(f"<tr><td>{story}</td><td>{group.n_articles.iloc[0]}</td>"
                    + "".join(cells.get(a, NOT_TOLD) for a in order) + "</tr>")
    return (f"<div class='scroll'><table id='shared'><tr><th>story</th><th>articles</th>{head}</tr>"
            + "".join(rows) + "</table></div>")


def _claim_html(claim, ents: list) -> str:
    """A claim with its entities (rows of entities.csv, in order) marked."""
    text = claim.text
    pieces, pos = [], 0
    for e in ents:
        a, b = e.start_char - claim.start_char, e.end_char - claim.start_char
        if a < pos or b > len(text) or a < 0:
            continue
        title = e.canonical or e.value or e.text
        if e.value and e.label in ("DATE", "MONEY"):
            title = f"{e.value} {e.unit}".strip()
        pieces.append(html.escape(text[pos:a]))
        pieces.append(f'<mark class="ent {e.label}" title="{html.escape(e.label)}: {html.escape(title)}">'
                      f"{html.escape(text[a:b])}</mark>")
        pos = b
    pieces.append(html.escape(text[pos:]))
    kind = claim.claim_type
    assertion = str(getattr(claim, "assertion", "") or "")
    tip = f"{kind}; rule {claim.rule}; confidence {claim.confidence}"
    if assertion:
        tip += f"; {assertion} ({getattr(claim, 'assertion_confidence', '')})"
    badge = ""
    if kind == "sourced":
        who = claim.speaker_canonical or claim.speaker or "unnamed source"
        tip = f"{who} — {claim.cue} ({claim.attribution}); {tip}"
        badge = f'<span class="who">{html.escape(who)}{" · " + html.escape(claim.cue) if claim.cue else ""}</span>'
    review = str(getattr(claim, "review_label", "") or "")
    status = f"reviewed: {review}" if review else "not reviewed"
    tag = (f'<span class="cid" title="claim_id {html.escape(claim.claim_id)}; {status}">'
           f'{html.escape(claim.claim_id.rsplit(":", 1)[-1][:6])}{" ✓" if review else ""}</span>')
    return (f'<span class="claim {kind}" data-type="{kind}" data-assertion="{html.escape(assertion)}" '
            f'data-speaker="{html.escape(claim.speaker_canonical)}" data-id="{html.escape(claim.claim_id)}" '
            f'title="{html.escape(tip)}; claim_id {html.escape(claim.claim_id)}; {status}">'
            f'{"".join(pieces)}</span>{badge}{tag} ')


def _article_html(art, claims: pd.DataFrame, ents: pd.DataFrame) -> str:
    paras: dict[int, list[str]] = {}
    captions: set[int] = set()
    # Each claim's entities in order, from one pass over the article's rows (a claim's entities never share
    # a start): a DataFrame per claim made the report slower than the rest of `compare`.
    by_claim: dict[str, list] = {}
    for e in ents.sort_values("start_char", kind="stable").itertuples():
        by_claim.setdefault(e.claim_id, []).append(e)
    for c in claims.sort_values("sentence").itertuples():
        paras.setdefault(c.paragraph, []).append(_claim_html(c, by_claim.get(c.claim_id, [])))
        if getattr(c, "section", "") == "caption":
            captions.add(c.paragraph)
    meta = " · ".join(x for x in (getattr(art, "author", ""), getattr(art, "published", "")) if x)
    body = "".join(('<p class="caption">' if k in captions else "<p>") + "".join(p) + "</p>"
                   for k, p in sorted(paras.items()))
    return (f"<article id='a-{html.escape(art.article_id)}'><h2>{html.escape(art.title or art.article_id)}</h2>"
            f"<div class='meta'>{html.escape(meta)}</div>{body}</article>")


def render_report(out: RunOutputs, framing: pd.DataFrame, voices: pd.DataFrame,
                  stories: pd.DataFrame | None = None) -> str:
    """The report page as one HTML string (styles, charts and script inline)."""
    claims_of = dict(tuple(out.claims.groupby("article_id", sort=False))) if len(out.claims) else {}
    in_claims = out.entities[out.entities.claim_id != ""] if len(out.entities) else out.entities
    entities_of = dict(tuple(in_claims.groupby("article_id", sort=False))) if len(in_claims) else {}
    articles = "".join(
        _article_html(a, claims_of.get(a.article_id, out.claims.iloc[:0]),
                      entities_of.get(a.article_id, in_claims.iloc[:0]))
        for a in out.articles.itertuples())
    captions = int(out.claims.section.isin(("caption", "heading")).sum()) if "section" in out.claims else 0
    summary = {"articles": len(out.articles), "claims": len(out.claims), "captions": captions,
               "sourced": int((out.claims.claim_type == "sourced").sum())}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>claimscope report</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head>
<body><header><h1>claimscope report</h1>
<div>{summary['articles']} articles · {summary['claims']} claims, of which {summary['captions']} photo captions ·
{summary['sourced']} sourced</div></header>
<main><h2>Overview</h2>{_overview(framing)}
<h2 id="shared-claims">Shared claims</h2>
<p class="meta">Claims that several articles state, each column how one article tells it (linked by wording:
see claim_links.csv and stories.csv).</p>{_shared_claims(stories, out.articles)}
<div class="controls"><label><input class="type" type="checkbox" value="sourced" checked> sourced</label>
<label><input class="type" type="checkbox" value="editorial" checked> editorial</label> ·
<label><input class="kind" type="checkbox" value="fact" checked> fact</label>
<label><input class="kind" type="checkbox" value="opinion" checked> opinion</label>
<label><input class="kind" type="checkbox" value="question" checked> question</label> ·
<label>speaker <input id="speaker" type="search" placeholder="filter by speaker"></label>
<span id="shown"></span>
<div class="legend"><span class="claim sourced">sourced claim</span><span class="claim editorial">editorial claim</span>
<mark class="ent PERSON">person</mark> <mark class="ent ORG">organisation</mark> <mark class="ent GPE">place</mark>
<mark class="ent DATE">date</mark> <mark class="ent MONEY">money</mark>
<mark class="ent">other names and figures (groups, works, numbers, shares, times)</mark>
<span class="cid">a1b2c3 ✓</span> the end of a claim's id (all of it on hover), ✓ when reviewed</div></div>
{articles}</main>
<script type="application/json" id="summary">{json.dumps(summary)}</script>
<script>{_SCRIPT}</script></body></html>
"""
