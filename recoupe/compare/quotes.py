"""Quote variants: one utterance by one speaker as each outlet renders it, with how the renderings differ."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from recoupe.compare import text as tx
from recoupe.model import Analysis, ClaimGroup, Quote, QuoteGroup

# Most claims one quote may overlap: a sentence and its continuation (a post quoted in two sentences).
MAX_QUOTE_CLAIMS = 2


def _speakers_agree(a: Quote, b: Quote) -> bool:
    return a.speaker_id is None or b.speaker_id is None or a.speaker_id == b.speaker_id


def _difference(text: str, ref: str, direct: bool) -> str:
    """How `text` renders the utterance compared with the fullest rendering `ref`."""
    a, b = " ".join(tx.words(text.lower())), " ".join(tx.words(ref.lower()))
    if text is ref:
        return "fullest rendering"
    if a == b:
        return "same wording"
    if a and a in b:
        return "truncated"
    sa, sb = set(tx.stems(text)), set(tx.stems(ref))
    overlap = len(sa & sb) / len(sa | sb) if sa | sb else 0.0
    how = "paraphrase" if overlap >= 0.4 else "different translation or wording"
    return how if direct else f"indirect speech, {how}"


def group_quotes(
    analyses: Mapping[str, Analysis], groups: Sequence[ClaimGroup]
) -> list[QuoteGroup]:
    """Group the quotes of a story's articles that render one utterance.

    Two quotes render one utterance when they fall in claims of one aligned claim group and their
    speakers do not disagree; a quote spanning several sentences links their groups (one post quoted
    in pieces). Only groups quoted by at least two articles are returned.

    Args:
        analyses: article id -> language-layer analysis (quotes with speakers, offsets).
        groups: the story's aligned claim groups (their claims carry offsets).
    """
    # A quote nobody is known to have said cannot be matched to a speaker's other renderings.
    quotes: list[tuple[str, Quote]] = [
        (aid, q) for aid, an in analyses.items() for q in an.quotes if q.speaker_id or q.speaker_name
    ]
    parent = list(range(len(quotes)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_article: dict[str, list[int]] = {}
    for qi, (aid, _) in enumerate(quotes):
        by_article.setdefault(aid, []).append(qi)
    owner: dict[int, list[int]] = {}
    spanned: dict[int, int] = {}
    for gi, group in enumerate(groups):
        for claim in group.claims:
            for qi in by_article.get(claim.article_id, ()):
                q = quotes[qi][1]
                if q.start < claim.end and q.end > claim.start:
                    owner.setdefault(gi, []).append(qi)
                    spanned[qi] = spanned.get(qi, 0) + 1
    # A "quote" running over more than MAX_QUOTE_CLAIMS claims is a mis-detected span (an opening mark
    # closed paragraphs later), not an utterance: it would tie unrelated groups together.
    owner = {gi: [qi for qi in qs if spanned[qi] <= MAX_QUOTE_CLAIMS] for gi, qs in owner.items()}
    for members in owner.values():
        for x in members[1:]:
            if _speakers_agree(quotes[members[0]][1], quotes[x][1]):
                parent[find(x)] = find(members[0])

    clusters: dict[int, list[int]] = {}
    for qi in range(len(quotes)):
        clusters.setdefault(find(qi), []).append(qi)
    out: list[QuoteGroup] = []
    for members in clusters.values():
        if len({quotes[i][0] for i in members}) < 2:
            continue
        speakers = Counter(quotes[i][1].speaker_id for i in members if quotes[i][1].speaker_id)
        speaker = speakers.most_common(1)[0][0] if speakers else None
        names = Counter(
            quotes[i][1].speaker_name
            for i in members
            if quotes[i][1].speaker_name and quotes[i][1].speaker_id == speaker
        )
        ordered = sorted(members, key=lambda i: (quotes[i][0], quotes[i][1].start))
        ref = max((quotes[i][1].text for i in ordered), key=len)
        variants = tuple((quotes[i][0], quotes[i][1].text) for i in ordered)
        differences = tuple(
            f"{quotes[i][0]}: {_difference(quotes[i][1].text, ref, quotes[i][1].direct)}" for i in ordered
        )
        out.append(
            QuoteGroup(speaker, names.most_common(1)[0][0] if names else None, variants, differences)
        )
    out.sort(key=lambda g: -len({a for a, _ in g.variants}))
    return out
