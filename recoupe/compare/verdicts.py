"""Verdicts on aligned claims: corroborated (by independent reporting lines), single-source, contradicted.

A group is contradicted when another group denies it (a denial cue, from the language layer's quotes or
the sentence itself, about the same thing) or states an incompatible figure for the same thing. An
article that carries a contradicted claim without any of its contradictions is a one-sided account.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from recoupe.compare import align as al
from recoupe.compare import text as tx
from recoupe.model import Claim, ClaimGroup, OneSided

# A denial and the claim it denies share the topic words but not the wording. The score adds the
# similarity of the two sentences and the share of the denied words found in the claim: measured on
# the seeds, the Ukrainian denial scores 0.9 with the encirclement claim, below 0.65 with the others.
DENIAL_THRESHOLD = 0.6
# Other groups nearly as close to a denial as the best one are denied too (the same claim split in two).
DENIAL_MARGIN = 0.05

# Stems that say "a report" or "when" rather than what is denied: "a démenti [les informations]",
# "a nié [vendredi] [les affirmations]" name nothing by themselves.
GENERIC_DENIED = frozenset(
    [
        "inform",
        "affirm",
        "declar",
        "propos",
        "alleg",
        "rapport",
        "nouvel",
        "annonc",
        "hi",
        "aujourd",
        "lund",
        "mard",
        "mercred",
        "jeud",
        "vendred",
        "samed",
        "dimanch",
        "matin",
        "soir",
        "nuit",
        "semain",
        "selon",
        "lesquel",
        "laquel",
        "cel",
        "claim",
        "report",
        "statement",
    ]
)
# A denial with this few content keys names nothing itself ("Bogota a fermement démenti").
BARE_DENIAL_KEYS = 3
# Two claims that differ only by their figure score lower than renderings of one fact (the numbers
# are different words): they count as the same thing a little below the alignment threshold.
FIGURE_CONFLICT_FACTOR = 1.0

# A denial must name something specific: a denied word that many claims of the story hold ("opération"
# in a story about one operation) does not say which claim is denied. A word counts as specific when
# at most a twelfth of the story's claims hold it (or 8 in small stories).
DENIED_MAX_SHARE = 12
DENIED_MIN_DF = 8

LinesOf = Callable[[Sequence[str]], int]


def _representative(f: al.Features, members: Sequence[int], claims: Sequence[Claim]) -> int:
    """The member closest to the others, preferring whole sentences to clauses."""

    def score(i: int) -> float:
        others = [j for j in members if j != i]
        centrality = sum(al.similarity(f, i, j) for j in others) / len(others) if others else 0.0
        whole = 0.2 if claims[i].text[:1].isupper() or claims[i].text[:1] in '«"“' else 0.0
        return centrality + whole

    return max(members, key=score)


def _denied_keys(claim: Claim, keys: dict[str, float]) -> dict[str, float]:
    """Keys of the words after the denial cue: what is denied ("a nié [avoir trahi les Farc]")."""
    cue = tx.DENIAL.search(claim.text)
    if cue is None:
        return keys
    after = {f"s:{s}" for s in tx.stems(claim.text[cue.end() :]) if s not in GENERIC_DENIED}
    after |= {f"n:{n}" for n in tx.names(" " + claim.text[cue.end() :])}
    return {k: w for k, w in keys.items() if k in after}


def _covered(denied: dict[str, float], target: dict[str, float]) -> float:
    """Share (IDF-weighted) of the denied words that the target claim contains."""
    total = sum(denied.values())
    return sum(w for k, w in denied.items() if k in target) / total if total else 0.0


def _contradictions(
    groups: Sequence[Sequence[int]], claims: Sequence[Claim], f: al.Features
) -> dict[int, set[int]]:
    """group index -> indices of the groups that contradict it."""
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    against: dict[int, set[int]] = defaultdict(set)
    # Denials deny reporting: a target group holds no denial, commentary or analysis.
    eligible = [
        not any(claims[t].denial or claims[t].kind in ("commentary", "analysis") for t in members)
        for members in groups
    ]
    for g, members in enumerate(groups):
        if not all(claims[i].denial for i in members):
            continue
        # A bare denial ("Natixis dément.") or one whose object points back ("a nié ces affirmations")
        # answers the sentence just before it in its article.
        bare = [i for i in members if len(f.keys[i]) <= BARE_DENIAL_KEYS]
        pointing_back: set[int] = set()
        for i in members:
            cue = tx.DENIAL.search(claims[i].text)
            pointing = cue is not None and tx.ANAPHORIC_OBJECT.match(claims[i].text[cue.end() :])
            if pointing:
                pointing_back.add(i)
            if (i in bare or pointing) and i > 0:
                before = claims[i - 1]
                if before.article_id == claims[i].article_id and not before.denial:
                    against[group_of[i - 1]].add(g)
        if len(bare) == len(members):
            continue
        best: dict[int, float] = {}
        for d in members:
            if d in pointing_back:
                continue  # it answers the sentence before it; what follows its cue is its own account
            denied = _denied_keys(claims[d], f.keys[d])
            if not denied:
                continue
            # The most specific denied words (highest IDF) that some reporting claim also holds say
            # what is denied; the target must hold one. The inverted index finds the holders.
            max_df = max(DENIED_MIN_DF, len(claims) // DENIED_MAX_SHARE)
            specific = {k: w for k, w in denied.items() if len(f.postings.get(k, ())) <= max_df}
            # When the claims holding the rarest word do not match the denial ("Ce constat contredit les
            # premières déclarations de la préfète..." : "premières" is rare but says little), the next
            # rarest word is tried, so the denial ties to the claim it matches best by content.
            for level in sorted(set(specific.values()), reverse=True):
                anchors = [k for k, w in specific.items() if abs(w - level) < 1e-9]
                targets = {
                    t
                    for k in anchors
                    for t in f.postings.get(k, ())
                    if group_of[t] != g and eligible[group_of[t]]
                }
                found = False
                for t in targets:
                    other = group_of[t]
                    s = al.similarity(f, d, t) + _covered(denied, f.keys[t])
                    best[other] = max(best.get(other, 0.0), s)
                    found = found or s >= DENIAL_THRESHOLD
                if found:
                    break
        if not best:
            continue
        top = max(best.values())
        if top < DENIAL_THRESHOLD:
            continue
        for other, s in best.items():
            if s >= top - DENIAL_MARGIN:
                against[other].add(g)
    # Two counts of one thing set against each other in one sentence ("Douze blessés selon les autorités,
    # quinze selon les salariés"): the two parties disagree, whoever they are.
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        if a.article_id != b.article_id or group_of[i] == group_of[i + 1] or not 0 <= b.start - a.end <= 2:
            continue
        if tx.counter_figure_cut(f"{a.text}, {b.text}") is None or not a.figures or not b.figures:
            continue
        # The second count often leaves its noun out ("quinze selon..."): its first value stands for it.
        if al.figure_conflict(a, b) or b.figures[0] not in a.figures:
            against[group_of[i]].add(group_of[i + 1])
            against[group_of[i + 1]].add(group_of[i])
    # Incompatible figures for the same thing, by no distinct claimants: each contradicts the other.
    for i, j in al.candidates(f, claims):
        gi, gj = group_of[i], group_of[j]
        a, b = claims[i], claims[j]
        if gi == gj or a.article_id == b.article_id or not al.figure_conflict(a, b):
            continue
        if al.claimant_conflict(a, b) or a.denial != b.denial:
            continue
        if al.similarity(f, i, j) >= al.THRESHOLD * FIGURE_CONFLICT_FACTOR:
            against[gi].add(gj)
            against[gj].add(gi)
    return against


def judge(
    claims: Sequence[Claim],
    groups: Sequence[Sequence[int]],
    f: al.Features,
    story_articles: Sequence[str],
    lines_of: LinesOf,
) -> tuple[list[ClaimGroup], list[OneSided]]:
    """Turn aligned groups into `ClaimGroup` verdicts and list the one-sided accounts.

    Args:
        claims: every claim of the story.
        groups: the alignment (indices into `claims`).
        f: the features the alignment used (similarities are reused, not recomputed).
        story_articles: ids of the story's articles, for `missing_from`.
        lines_of: number of independent reporting lines behind a set of articles (the copy graph).

    Returns:
        The verdicts, in order of first appearance, and the one-sided accounts.
    """
    against = _contradictions(groups, claims, f)
    ids = [f"c{n + 1}" for n in range(len(groups))]
    out: list[ClaimGroup] = []
    for g, members in enumerate(groups):
        articles = tuple(dict.fromkeys(claims[i].article_id for i in members))
        rep = claims[_representative(f, members, claims)]
        kind = Counter(claims[i].kind for i in members).most_common(1)[0][0]
        lines = lines_of(articles) if len(articles) > 1 else 1
        contradicted_by = tuple(ids[o] for o in sorted(against.get(g, ())))
        status = "contradicted" if contradicted_by else ("corroborated" if lines >= 2 else "single")
        out.append(
            ClaimGroup(
                id=ids[g],
                text=rep.text,
                kind=kind,
                status=status,
                claims=tuple(claims[i] for i in members),
                articles=articles,
                independent_lines=lines,
                contradicted_by=contradicted_by,
                missing_from=tuple(a for a in story_articles if a not in articles),
            )
        )
    one_sided: list[OneSided] = []
    by_id = {c.id: c for c in out}
    for group in out:
        if not group.contradicted_by:
            continue
        contradicting = [by_id[o] for o in group.contradicted_by]
        covered = {a for c in contradicting for a in c.articles}
        for article in group.articles:
            if article not in covered:
                one_sided.append(OneSided(article, group.id, contradicting[0].text))
    return out, one_sided


def unique_by_source(
    groups: Sequence[ClaimGroup], story_articles: Sequence[str]
) -> list[tuple[str, tuple[str, ...]]]:
    """For each article, the reporting it alone carries (ids of single-article groups, not commentary)."""
    own: dict[str, list[str]] = {a: [] for a in story_articles}
    for g in groups:
        if len(g.articles) == 1 and g.kind in ("reporting", "statement") and g.articles[0] in own:
            own[g.articles[0]].append(g.id)
    return [(a, tuple(ids)) for a, ids in own.items()]
