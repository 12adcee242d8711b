"""Labels read from a unit's neighbours: a share bar's comments link, teasers and newsletter
boxes, authors' bios."""

from __future__ import annotations

import re

from recoupe.article import furniture, metadata
from recoupe.article.clean_text.units import Unit

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
