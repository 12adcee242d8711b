"""The body run: unit weights and end-marker costs, the best run and its edges, and the sections
of it about something else."""

from __future__ import annotations

from collections import Counter

from recoupe.article import furniture, metadata
from recoupe.article.clean_text.prose import _heading_like, _prose, _words
from recoupe.article.clean_text.units import Unit

# Cost of crossing an end marker, in characters of prose: about two ordinary paragraphs. A few
# paragraphs of a teaser after "Ceci pourrait également vous intéresser" or a comment widget are
# not worth it; the second half of an article split by an inline "Related" box usually is.
END_COST = 500.0


# Prose after the start of a comment section counts for this much: readers' comments can outweigh
# a short post, but they are never its body.
COMMENT_DISCOUNT = 0.2


def _discount_comments(weights: list[float], labels: list[str | None]) -> None:
    """Scale down prose that comes after a comment-section marker preceded by some prose."""
    prose_before = 0.0
    for i, label in enumerate(labels):
        if label == "comments" and prose_before >= 150:
            for j in range(i + 1, len(weights)):
                if weights[j] > 0:
                    weights[j] *= COMMENT_DISCOUNT
            return
        prose_before += max(0.0, weights[i])


# Sections of the body run less similar than this to its main section are other articles (teasers,
# "most read" lists, a trailing unrelated story). Content-word cosine: sections of one article share
# their names and topic words (measured 0.2 to 0.6 on the seeds), unrelated teasers share little.
MIN_SECTION_SIMILARITY = 0.05
# A section about as heavy as the main one is a part of the article on another subject (the next
# item of a list of recommendations), not a teaser: teasers are a headline and a line or two.
SECTION_MASS_SHARE = 0.4


def _drop_unrelated_sections(
    units: list[Unit],
    labels: list[str | None],
    weights: list[float],
    first: int,
    last: int,
    stops: frozenset[str],
) -> None:
    """Label sections of the body run that talk about something else than its main section."""
    sections: list[list[int]] = [[]]
    gap = 0
    for i in range(first, last + 1):
        if weights[i] > 0:
            if gap >= 2:
                sections.append([])
            sections[-1].append(i)
            gap = 0
        else:
            gap += 1
    sections = [sec for sec in sections if sec]
    if len(sections) < 2:
        return
    mass = [sum(weights[i] for i in sec) for sec in sections]
    core = max(range(len(sections)), key=lambda k: mass[k])
    vectors = [_vector(" ".join(units[i].text for i in sec), stops) for sec in sections]
    # Grow the article outwards from its main section: each section is compared with what has been
    # kept so far, so a string of teasers cannot vouch for one another.
    kept = Counter(vectors[core])
    order = list(range(core + 1, len(sections))) + list(range(core - 1, -1, -1))
    for k in order:
        sec = sections[k]
        if _cosine(vectors[k], kept) >= MIN_SECTION_SIMILARITY or mass[k] >= SECTION_MASS_SHARE * mass[core]:
            kept.update(vectors[k])
            continue
        # The headline-like lines just before a teaser's prose belong to the teaser.
        start = sections[k - 1][-1] + 1 if k > 0 else sec[0]
        for i in range(start, sec[-1] + 1):
            if i in sec or labels[i] is None:
                labels[i] = "unrelated"


def _vector(text: str, stops: frozenset[str]) -> Counter[str]:
    return Counter(w for w in _words(text) if len(w) > 3 and w not in stops and not w.isdigit())


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = sum(v * v for v in a.values()) ** 0.5
    nb = sum(v * v for v in b.values()) ** 0.5
    return dot / (na * nb)


def _weight(u: Unit, label: str | None, stops: frozenset[str]) -> float:
    if label is None:
        return _prose(u.text, stops)
    return -20.0


def _end_cost(u: Unit, label: str | None) -> tuple[float, float]:
    """(cost before the unit, cost after it) of running the body across it."""
    if label in ("end", "source", "comments", "legal"):
        return (END_COST / 2, END_COST / 2)
    if label is None and metadata.ends_with_credit(u.text):
        return (0.0, END_COST)
    return (0.0, 0.0)


# Most items of a list announced by the body's last line ("... I'll summarize them:") taken with it.
MAX_LIST_ITEMS = 20


def _list_after_colon(units: list[Unit], labels: list[str | None], last: int) -> int:
    """Extend the body over the list its last line announces (a line ending with a colon).

    The items are the unlabelled short lines set right under it, up to the first blank line after
    the first item: list items are short and weigh nothing as prose, so the run stops before them.
    """
    if last < 0 or not units[last].text.rstrip().endswith(":"):
        return last
    end = last
    for j in range(last + 1, min(len(units), last + 1 + MAX_LIST_ITEMS)):
        if labels[j] is not None or len(units[j].text) > 300 or (j > last + 1 and units[j].blank_before):
            break
        end = j
    return end


def _opening_sentences(units: list[Unit], labels: list[str | None], first: int, last: int) -> int:
    """Extend the body back over short sentences right above it ("When I woke up, there was nothing.").

    A one-line opening weighs too little to start the run on its own; a closed sentence of a few
    words set right above the body is its first line (headlines and labels are not closed so).
    """
    if first > last:
        return first
    while (
        first > 0
        and labels[first - 1] is None
        and furniture.SENTENCE_END.search(units[first - 1].text)
        and len(furniture.WORD.findall(units[first - 1].text)) >= 4
    ):
        first -= 1
    return first


def _best_run(weights: list[float], costs: list[tuple[float, float]]) -> tuple[int, int]:
    """The contiguous run of units with the highest total weight, paying end-marker costs inside it."""
    best, best_span = float("-inf"), (0, -1)
    cur, cur_start = float("-inf"), 0
    for i, w in enumerate(weights):
        carried = cur - costs[i][0] - (costs[i - 1][1] if i else 0.0) + w
        if cur == float("-inf") or carried < w:
            cur, cur_start = w, i
        else:
            cur = carried
        if cur > best:
            best, best_span = cur, (cur_start, i)
    first, last = best_span
    if best <= 0:
        return (0, -1)
    return first, last


def _intertitle(units: list[Unit], labels: list[str | None], weights: list[float], i: int, last: int) -> bool:
    """A one-word section label inside the body ("Décryptage", "Analysis") right above its text."""
    text = units[i].text
    if not (text[:1].isupper() and len(text) >= 5 and text.isalpha()) or i + 1 > last:
        return False
    nxt = units[i + 1]
    return labels[i + 1] is None and (weights[i + 1] > 0 or _heading_like(nxt.text))
