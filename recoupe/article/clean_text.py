"""The plain-text cleaner: the lines of a scraped page in, the article's paragraphs out.

It reads the structure of the page, not a list of known lines:

1. lines broken mid-sentence are joined back into paragraphs (units);
2. each unit is labelled from its own shape: page furniture (`recoupe.article.furniture`: image
   markers and credits, calls to action, counters, hashtags, datelines, bylines, wire credits),
   lines in another language than the article's, captions (next to an image marker or credit, or repeated around one), and for
   the rest how much it reads like prose (length, closing punctuation, share of function words);
3. the body is the run of units with the most prose, where crossing an end marker (a wire credit
   closing a paragraph, a "you may also like" or comments heading, a `Source : <url>` line) costs
   as much as several paragraphs: what follows such a marker is another article or a widget;
4. inside that run furniture and captions are dropped and the rest is kept word for word.

The header zone (before the body) gives the title; the dateline and credits are read by
`recoupe.article.metadata` over all lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from recoupe.article import furniture, langid, metadata


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph candidate: one line, or lines joined because a sentence ran over them.

    `start`/`end` index the input text; `text` is the lines joined with single spaces.
    """

    start: int
    end: int
    text: str
    blank_before: bool


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What the cleaner made of a page: body paragraphs (units), title, captions and debris."""

    paragraphs: tuple[Unit, ...]
    title: str | None
    captions: tuple[str, ...]
    removed: tuple[str, ...]
    language: str | None
    header: tuple[str, ...]  # lines before the body, where datelines and bylines are read
    stopwords: frozenset[str]  # the article language's function words (empty when untrusted)
    lines: tuple[str, ...]  # every non-empty line, for metadata readers


# --------------------------------------------------------------------------- units


def split_units(text: str, stops: frozenset[str] = frozenset()) -> list[Unit]:
    """Non-empty lines, with lines broken mid-sentence joined back (only where no blank line parts them).

    `stops` (the article language's function words) tells a line left open on `de` or `the`, which
    a quotation carries on, from a heading, which a quoted paragraph merely follows.
    """
    units: list[Unit] = []
    pos = 0
    blank = True
    for raw_line in text.splitlines(keepends=True):
        start = pos
        pos += len(raw_line)
        line = raw_line.strip()
        if not line:
            blank = True
            continue
        lead = len(raw_line) - len(raw_line.lstrip())
        s, e = start + lead, start + lead + len(line)
        # The line after a "read also" marker is a link title, complete in itself.
        after_teaser = (
            len(units) >= 2 and bool(furniture.TEASER.search(units[-2].text)) and len(units[-2].text) <= 80
        )
        if units and not blank and not after_teaser and _continues(units[-1].text, line, stops):
            prev = units[-1]
            units[-1] = Unit(prev.start, e, f"{prev.text} {line}", prev.blank_before)
        else:
            units.append(Unit(s, e, line, blank))
        blank = False
    return units


def _continues(prev: str, line: str, stops: frozenset[str]) -> bool:
    """Whether `line` carries on the sentence `prev` left open (`... de` + `"très bonnes".`)."""
    if furniture.SENTENCE_END.search(prev) or len(prev) < 2 or metadata.is_date_line(line):
        return False
    first = line[0]
    if first.islower():
        return bool(re.search(r"[\w,;:\"»”’)]$", prev)) and not furniture.HASHTAG.match(line)
    if furniture.OPENING.match(line):
        words = furniture.WORD.findall(prev.lower())
        return len(words) >= 2 and (prev.endswith((",", ":", ";")) or words[-1] in stops)
    return False


# --------------------------------------------------------------------------- prose


def _norm(text: str) -> str:
    return " ".join(furniture.WORD.findall(unicodedata.normalize("NFC", text).lower()))


def _words(text: str) -> list[str]:
    return furniture.WORD.findall(text.lower())


# Most evidence an unpunctuated line gives: about one ordinary paragraph.
UNPUNCTUATED_CAP = 400.0
# Cost of a short line that is neither prose nor known furniture (menu item, label, list item).
SHORT_COST = 15.0


def _prose(text: str, stops: frozenset[str]) -> float:
    """How much `text` reads like article prose, in characters of evidence (negative for furniture-like)."""
    words = _words(text)
    n = len(text)
    if not words:
        return -20.0
    density = sum(w in stops for w in words) / len(words) if stops else 0.35
    sentence = bool(furniture.TERMINAL.search(text))
    if n >= 80 and sentence and density >= 0.2:
        return float(n)
    if n >= 150 and density >= 0.25:
        # Unpunctuated text: a paragraph whose point was lost, or a run of names, tags or links
        # glued in one line; it cannot outweigh a few real paragraphs however long it is.
        return min(float(n) * 0.8, UNPUNCTUATED_CAP)
    if n >= 50 and sentence and density >= 0.15:
        return float(n) * 0.5
    if len(words) >= 3 and density >= 0.2:
        return -2.0
    if _code_like(text):
        return -1.0  # a line of a code sample: part of a technical article, no reason to extend it  # a heading, a list item or a link title: kept inside the body, no reason to extend it
    return -SHORT_COST


# A line of program code: ends on a brace, a semicolon or an open bracket, opens on a closing brace
# or a comment, or calls a function (`name(` or `.name(`). Menu items and labels never look so.
_CODE = re.compile(
    r"[{};\[(]\s*$|^\s*(?:[})\]]|//|/\*|#include|<\?|\$ )|\w[.\w]*\((?:[^()]*)\)|\s(?:=|==|=>|->|:=)\s"
)


def _code_like(text: str) -> bool:
    return bool(_CODE.search(text))


# --------------------------------------------------------------------------- the cleaner

# Cost of crossing an end marker, in characters of prose: about two ordinary paragraphs. A few
# paragraphs of a teaser after "Ceci pourrait également vous intéresser" or a comment widget are
# not worth it; the second half of an article split by an inline "Related" box usually is.
END_COST = 500.0
# A page with no prose and at most this many lines is taken whole (less its furniture): a menu
# page has dozens of lines, a short note or a test page a handful.
TINY_PAGE = 6


def clean(text: str, language: str | None = None, title_hint: str | None = None) -> Cleaned:
    """Split a plain-text scrape into body paragraphs, title, captions and removed debris.

    Args:
        text: The decoded page text.
        language: The article's language when known (JSONL hint); detected otherwise.
        title_hint: A title the input declared; lines repeating it are not body.
    """
    units = split_units(text)
    if not units:
        return Cleaned((), None, (), (), language, (), frozenset(), ())
    language = language or _article_language(units)
    units = split_units(text, langid.stopwords(language))
    lines = tuple(u.text for u in units)
    stops = _checked_stopwords(units, language)
    labels: list[str | None] = [furniture.label(u.text) for u in units]
    _mark_foreign(units, labels, language, stops)
    captions = _mark_captions(units, labels)
    counts = Counter(_norm(u.text) for u in units)
    hint = _norm(title_hint) if title_hint else None
    for i, u in enumerate(units):
        key = _norm(u.text)
        if (
            labels[i] is None
            and key
            and (
                key == hint
                or counts[key] > 1
                and len(u.text) <= 160
                and not furniture.SENTENCE_END.search(u.text)
                and not _code_like(u.text)
            )
        ):
            labels[i] = "repeated"
    _mark_teasers(units, labels)
    _mark_author_bios(units, labels, lines, stops)
    weights = [_weight(u, labels[i], stops) for i, u in enumerate(units)]
    _unmark_share_bar_comments(units, labels, weights)
    _discount_comments(weights, labels)
    costs = [_end_cost(u, labels[i]) for i, u in enumerate(units)]
    first, last = _best_run(weights, costs)
    last = _list_after_colon(units, labels, last)
    first = _opening_sentences(units, labels, first, last)
    tiny = first > last and len(units) <= TINY_PAGE
    if tiny:
        # A page of a few lines and no prose (a test page, a note, a list): what is not furniture
        # is its text.
        kept_lines = [i for i, u in enumerate(units) if labels[i] is None and furniture.WORD.search(u.text)]
        if kept_lines:
            first, last = kept_lines[0], kept_lines[-1]
    _drop_unrelated_sections(units, labels, weights, first, last, stops)
    title = _title(units[:first], labels[:first], counts) if title_hint is None else title_hint
    if title is None and first < last and _heading_like(units[first].text) and labels[first] is None:
        title = units[first].text  # the headline opens the text (no header zone): it is not body
        labels[first] = "title"
        first += 1
    body: list[Unit] = []
    removed: list[str] = []
    for i, u in enumerate(units):
        keep = (
            first <= i <= last
            and labels[i] is None
            and (tiny or _keep_inside(u.text) or _intertitle(units, labels, weights, i, last))
        )
        if keep:
            body.append(u)
        elif labels[i] != "caption":
            removed.append(u.text)
    header = tuple(u.text for u in units[:first])
    kept_captions = tuple(dict.fromkeys(c for i, c in captions if i <= last + 1))
    return Cleaned(tuple(body), title, kept_captions, tuple(removed), language, header, stops, lines)


_SHARE = re.compile(
    r"^(?:share|partager|compartir|tweet|e-?mail|copy\s+link|copier\s+le\s+lien|print|imprimer|"
    r"whatsapp|facebook|twitter|linkedin|flipboard|pinterest|reddit)\b",
    re.I,
)


def _unmark_share_bar_comments(units: list[Unit], labels: list[str | None], weights: list[float]) -> None:
    """A "Comments" link in the share bar right above the article's first paragraph is no comment section."""
    for i in range(1, len(units) - 1):
        if labels[i] in ("comments", "end") and _SHARE.match(units[i - 1].text) and weights[i + 1] >= 150:
            labels[i] = "cta"
            weights[i] = -20.0


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


def _article_language(units: list[Unit]) -> str | None:
    """Language of the longest lines (the article's prose, not its menus)."""
    longest = sorted(units, key=lambda u: len(u.text), reverse=True)[:8]
    sample = " ".join(u.text for u in longest)[:2000]
    return langid.detect(sample)


def _checked_stopwords(units: list[Unit], language: str | None) -> frozenset[str]:
    """The article language's function words, or none when they do not fit its prose.

    A language lingua does not know (Icelandic, Zulu, Latin filler text) is guessed as a neighbour
    whose list matches almost nothing; judging prose by it would drop the whole article, so prose
    is then judged on length and punctuation alone.
    """
    stops = langid.stopwords(language)
    longest = sorted(units, key=lambda u: len(u.text), reverse=True)[:8]
    # The median line decides, not the pooled words: one huge line of names or tags would
    # otherwise outvote the article's paragraphs.
    shares = sorted(sum(w in stops for w in ws) / len(ws) for u in longest if (ws := _words(u.text)))
    if not stops or not shares or shares[len(shares) // 2] < 0.15:
        return frozenset()
    return stops


def _mark_foreign(
    units: list[Unit], labels: list[str | None], language: str | None, stops: frozenset[str]
) -> None:
    """Label lines written in another language than the article's (lingua only where in doubt)."""
    if language is None or not stops:
        return  # without a trusted article language there is nothing to compare lines with
    for i, u in enumerate(units):
        if labels[i] is not None or langid.letters(u.text) < langid.MIN_LETTERS:
            continue
        if _prose(u.text, stops) <= 0 and not _heading_like(u.text):
            continue  # a menu item or a label is not body text whatever its language
        if plainly_in(u.text, stops):
            continue  # no need to ask lingua
        if langid.is_other_language(u.text, language):
            labels[i] = "foreign"


def plainly_in(text: str, stops: frozenset[str]) -> bool:
    """Whether `text` is plainly in the language of `stops` (enough of its function words)."""
    words = _words(text)
    hits = sum(w in stops for w in words)
    return hits >= 2 and hits / max(1, len(words)) >= 0.15


def _mark_captions(units: list[Unit], labels: list[str | None]) -> list[tuple[int, str]]:
    """Label captions: explicitly labelled lines, and lines beside an image marker or credit."""
    captions: list[tuple[int, str]] = []

    def take(j: int) -> None:
        if 0 <= j < len(units) and labels[j] in (None, "repeated", "foreign") and len(units[j].text) <= 300:
            labels[j] = "caption"
            captions.append((j, furniture.CAPTION_LABEL.sub("", units[j].text).strip()))

    for i, u in enumerate(units):
        if furniture.CAPTION_LABEL.match(u.text) and labels[i] in (None, "credit", "cta"):
            labels[i] = None
            take(i)
    counts = Counter(_norm(u.text) for u in units)
    for i, u in enumerate(units):
        if labels[i] not in ("image", "credit"):
            continue
        before = i - 1 if i > 0 else None
        after = i + 1 if i + 1 < len(units) else None
        if (before is not None and labels[before] == "caption") or (
            after is not None and labels[after] == "caption"
        ):
            continue
        if before is not None and after is not None and _norm(units[before].text) == _norm(units[after].text):
            take(before)
            take(after)
        elif labels[i] == "image" and after is not None and _caption_like(units[after].text):
            take(after)
        elif labels[i] == "credit":
            # The caption is the line set right against the credit (no blank line between), before
            # it first, as most sites print caption then credit; a line shown twice on the page is
            # the headline, not a caption.
            touching = [before] if not u.blank_before else []
            if after is not None and not units[after].blank_before:
                touching.append(after)
            for j in touching:
                if (
                    j is not None
                    and labels[j] is None
                    and _caption_like(units[j].text)
                    and counts[_norm(units[j].text)] == 1
                ):
                    take(j)
                    break
    return captions


def _caption_like(text: str) -> bool:
    return 15 <= len(text) <= 250 and len(furniture.WORD.findall(text)) >= 3


# A link that closes an excerpt of another article ("Read More" under a teaser's lead).
_READ_MORE = re.compile(
    r"^(?:read|view)\s+more|^(?:leer|ver)\s+más|^lire\s+la\s+suite|^(?:weiterlesen|mehr\s+lesen)", re.I
)
# A short line naming a newsletter heads a sign-up box; the line under it is its pitch.
# What a newsletter's pitch promises ("Daily news about ...", "delivered to your inbox").
_PITCH = re.compile(
    r"\b(?:daily|weekly|inbox|e-?mails?|deliver\w*|sign\s+up|subscri\w+|join|receive|free|"
    r"quotidien\w*|chaque|recevez|täglich|wöchentlich|diari\w*|semanal\w*|recibe)\b",
    re.I,
)
_NEWSLETTER = re.compile(r"\b(?:newsletters?|infolettres?|boletín|boletines)\b", re.I)


def _mark_teasers(units: list[Unit], labels: list[str | None]) -> None:
    """After a "read also" marker, the next short headline-like line is the teaser it links to.

    Also: the excerpt just above a "Read More" link is another article's lead, and the short line
    under a newsletter's name is the sign-up box's pitch.
    """
    read_more = [
        i
        for i, u in enumerate(units)
        if i > 0
        and len(u.text) <= 30
        and _READ_MORE.match(u.text)
        and not _READ_MORE.sub("", u.text).strip(" .…:›»>")
    ]
    if len(read_more) >= 2:  # a list of excerpts, each closed by its link (one "Read more" is a box heading)
        for i in read_more:
            if labels[i - 1] is None and len(units[i - 1].text) <= 700:
                labels[i - 1] = "teaser"
    for i, u in enumerate(units):
        if len(u.text) <= 80 and _NEWSLETTER.search(u.text) and not furniture.SENTENCE_END.search(u.text):
            labels[i] = labels[i] or "cta"
            if i + 1 < len(units) and labels[i + 1] is None:
                pitch = units[i + 1].text
                if len(pitch) <= 200 and _PITCH.search(pitch):
                    labels[i + 1] = "prompt"
    markers = [label == "teaser" for label in labels]  # the markers themselves, not their targets
    for i, is_marker in enumerate(markers):
        if not is_marker or i + 1 >= len(units):
            continue
        nxt = units[i + 1].text
        if labels[i + 1] is None and len(nxt) <= 160:
            labels[i + 1] = "teaser"
        # Further link titles right under the first (no blank line, no closing point) belong to it.
        j = i + 2
        while (
            j < len(units)
            and j <= i + 5
            and labels[j] is None
            and not units[j].blank_before
            and len(units[j].text) <= 160
            and not furniture.SENTENCE_END.search(units[j].text)
        ):
            labels[j] = "teaser"
            j += 1


# What an author's biography says right after the name ("Jane Doe is a reporter", "writes about").
_BIO_VERBS = frozenset(
    {
        *("is", "was", "writes", "has", "covers", "reports", "teaches", "lives", "works"),
        *("est", "écrit", "enseigne", "vit", "travaille", "ist", "schreibt", "lebt", "arbeitet"),
        *("es", "escribe", "trabaja", "vive", "è", "scrive"),
    }
)


def _name_line(text: str, stops: frozenset[str]) -> bool:
    """A person's name alone on a line ("Leah C. Stokes"): a byline without "By", an author box's head."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[0].isupper()
        and w.replace(".", "").replace("-", "").replace("’", "").replace("'", "").isalpha()
        and w.lower() not in stops
        for w in words
    )


def _bio_of(text: str, name: str, first_only: bool) -> bool:
    """Whether `text` opens as a biography of `name` (its first name alone when `first_only`)."""
    head = name.split()[0] if first_only else name
    if not text.startswith(head + " "):
        return False
    rest = text[len(head) :].split()
    return bool(rest) and rest[0].lower() in _BIO_VERBS


def _mark_author_bios(
    units: list[Unit], labels: list[str | None], lines: tuple[str, ...], stops: frozenset[str]
) -> None:
    """A short paragraph in the second half about the author is the author's bio, not the article.

    It opens with a byline's name, or with a name standing alone on an earlier line followed by a
    biography's verb ("Leah C. Stokes is an assistant professor"); the first name is enough right
    under the name line of an author box ("Jake Goulding" / "Jake is the co-founder of ...").
    """
    names = [n for n in metadata.authors_from_lines(lines) if " " in n]
    name_lines: list[tuple[int, str]] = [
        (i, u.text) for i, u in enumerate(units) if labels[i] is None and _name_line(u.text, stops)
    ]
    for i, u in enumerate(units):
        text = u.text
        if labels[i] is not None or len(text) > 600:
            continue
        if any(i - 3 <= j < i and _bio_of(text, n, first_only=True) for j, n in name_lines):
            labels[i] = "end"  # an author box: the name, then the bio, wherever it stands
        elif i < len(units) // 2:
            continue
        elif (len(text) <= 400 and any(text.startswith(n) for n in names)) or any(
            j < i and _bio_of(text, n, first_only=False) for j, n in name_lines
        ):
            labels[i] = "end"  # a byline's name, or a name shown alone earlier, then a bio's verb


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


def _keep_inside(text: str) -> bool:
    """Inside the body, a one-word line without punctuation is a leftover label, not text."""
    words = furniture.WORD.findall(text)
    return len(words) >= 2 or bool(furniture.SENTENCE_END.search(text))


def _heading_like(text: str) -> bool:
    words = furniture.WORD.findall(text)
    return (
        4 <= len(words) <= 30
        and len(text) <= 200
        and not furniture.TERMINAL.search(text)
        and text[0].isupper()
    )


_SEPARATED = re.compile(r"\s[·|›>]\s")
# How many lines above the body the headline is looked for first.
TITLE_WINDOW = 10


def _title(header: list[Unit], labels: list[str | None], counts: Counter[str]) -> str | None:
    """The headline among header lines: heading-shaped, repeated if any is, else the longest."""
    best: tuple[tuple[int, int, int, int], str] | None = None
    for i, u in enumerate(header):
        if labels[i] not in (None, "repeated"):
            continue
        words = furniture.WORD.findall(u.text)
        question = 4 <= len(words) <= 30 and u.text.rstrip().endswith(("?", "!"))
        if not question and (
            not 4 <= len(words) <= 30
            or len(u.text) > 250
            or furniture.SENTENCE_END.search(u.text.rstrip('»"”'))
        ):
            continue
        if not (
            u.text[0].isupper() or u.text[0].isdigit() or furniture.OPENING.match(u.text)
        ) or u.text.endswith(":"):
            continue  # a label ("Sie befinden sich hier:") announces something, a headline does not
        if _SEPARATED.search(u.text):
            continue  # "Actu > Justice", "98.4 FM · Écouter le direct": menus and breadcrumbs
        # The headline stands just above the text (bylines and datelines may come between); menus
        # and teasers higher up lose to it. A headline shown twice is the strongest sign.
        near = len(header) - i <= TITLE_WINDOW
        score = (int(near), int(counts[_norm(u.text)] > 1), int(len(words) >= 6), -i)
        if best is None or score > best[0]:
            best = (score, u.text)
    return best[1] if best else None
