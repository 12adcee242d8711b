"""Split an article into claims: sentences with their actors, dates, figures, attribution and kind."""

from __future__ import annotations

from recoupe.compare import text as tx
from recoupe.model import Analysis, Article, Claim

# Shorter sentences are debris (a lone name, "Photo", a date line) rather than statements.
MIN_WORDS = 5


def _inside(start: int, end: int, span: tx.Span) -> bool:
    return start >= span.start and end <= span.end


def _overlaps(start: int, end: int, span: tx.Span) -> bool:
    return start < span.end and end > span.start


def _kind(span: tx.Span, attributed: bool, concrete: bool, in_analysis: bool, paragraph_commentary: bool) -> str:
    """reporting, statement (attributed), commentary (speculation or judgement) or analysis (section)."""
    if in_analysis:
        return "analysis"
    if attributed:
        return "statement"
    if tx.COMMENTARY.search(span.text) or (paragraph_commentary and not concrete):
        return "commentary"
    return "reporting"


def extract_claims(article: Article, analysis: Analysis | None = None) -> list[Claim]:
    """The claims of one article, in reading order.

    Args:
        article: the clean article; claim offsets index `article.body`.
        analysis: what the language layer found (entities, quotes, dates, figures); without it,
            figures are read from digits and no actors or dates are attached.

    Returns:
        One `Claim` per sentence of at least `MIN_WORDS` words; headings are not claims but a heading
        or byline naming an analysis (Analyse, Analysis, Décryptage...) marks what follows as analysis.
    """
    spans = tx.sentences(article.body)
    entities = analysis.entities if analysis else ()
    quotes = analysis.quotes if analysis else ()
    times = analysis.time_mentions if analysis else ()
    figures = analysis.figures if analysis else ()

    # Paragraphs where commentary cues appear and nothing is dated or attributed read as commentary.
    # Paragraphs where at least half the sentences carry commentary cues and none is dated or
    # attributed read as commentary as a whole.
    cues: dict[int, list[bool]] = {}
    factual_blocks: set[int] = set()
    for span in spans:
        if span.heading:
            continue
        cues.setdefault(span.block, []).append(bool(tx.COMMENTARY.search(span.text)))
        if tx.ATTRIBUTION.search(span.text) or any(_inside(t.start, t.end, span) for t in times if t.resolved):
            factual_blocks.add(span.block)
    commentary_blocks = {b for b, flags in cues.items() if 2 * sum(flags) >= len(flags) and any(flags)}

    claims: list[Claim] = []
    in_analysis = False
    for span in spans:
        if span.heading:
            # A new heading closes an analysis section unless it is itself an analysis byline.
            in_analysis = bool(tx.ANALYSIS_HEADER.search(span.text))
            continue
        if len(span.text.split()) < MIN_WORDS and not tx.DENIAL.search(span.text):
            # Short sentences are debris, except a bare denial ("Bogota a démenti."): it answers the
            # sentence before it.
            continue
        actor_ids = tuple(
            dict.fromkeys(e.id for e in entities for m in e.mentions if _inside(m.start, m.end, span))
        )
        dates = tuple(
            sorted(
                {
                    d
                    for t in times
                    if t.resolved and _inside(t.start, t.end, span)
                    # Point dates only: an interval ("l'été 2024") is background, not when it happened.
                    for d in (t.date,)
                    if d is not None
                }
            )
        )
        own_figures = [f for f in figures if _inside(f.start, f.end, span)]
        if own_figures:
            values = tuple(f.value for f in own_figures)
            labels = tuple(tx.fold(f.what or "") for f in own_figures)
        else:
            found = tx.numbers(span.text) if analysis is None or not figures else []
            values = tuple(v for v, _ in found)
            labels = tuple(label for _, label in found)
        my_quotes = [q for q in quotes if _overlaps(q.start, q.end, span)]
        speaker = next((q.speaker_id for q in my_quotes if q.speaker_id), None)
        speaker_name = next((q.speaker_name for q in my_quotes if q.speaker_name), None)
        claimant = next((f.claimant_name for f in own_figures if f.claimant_name), None)
        attributed = bool(my_quotes) or bool(tx.ATTRIBUTION.search(span.text))
        denial = any(q.denial for q in my_quotes) or bool(tx.DENIAL.search(span.text))
        concrete = bool(dates) or bool(values)
        kind = _kind(
            span,
            attributed,
            concrete,
            in_analysis,
            span.block in commentary_blocks and span.block not in factual_blocks,
        )
        claims.append(
            Claim(
                id=f"{article.id}#{len(claims) + 1}",
                article_id=article.id,
                text=span.text,
                start=span.start,
                end=span.end,
                kind=kind,
                actor_ids=actor_ids,
                dates=dates,
                figures=values,
                speaker_id=speaker,
                denial=denial,
                figure_labels=labels,
                attribution=speaker_name or claimant,
            )
        )
    return claims
