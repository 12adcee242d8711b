"""Role descriptions that stand for a person: "le président russe", "la porte-parole de la Maison Blanche"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from recoupe.language.names import fold

_HEADS = (
    r"président(?:e)?|porte-parole|envoyé(?:e)?\s+spécial(?:e)?|émissaire(?:\s+spécial)?|"
    r"secrétaire\s+général(?:e)?|secrétaire\s+d['’]État|secrétaire|ministre|premier\s+ministre|chancelier|"
    r"chancelière|conseiller|conseillère|propriétaire|locataire|occupant|chef\s+de\s+l['’]État|chef|"
    r"vice-président(?:e)?|roi|reine|pape|patron(?:ne)?|dirigeant(?:e)?|responsable"
)
_NATIONALITY = (
    r"russe|américain(?:e)?|ukrainien(?:ne)?|français(?:e)?|allemand(?:e)?|britannique|chinois(?:e)?|"
    r"turc|turque|israélien(?:ne)?|iranien(?:ne)?|polonais(?:e)?|italien(?:ne)?|espagnol(?:e)?|colombien(?:ne)?|"
    r"vénézuélien(?:ne)?|européen(?:ne)?|syrien(?:ne)?|libanais(?:e)?|palestinien(?:ne)?|biélorusse|"
    r"saoudien(?:ne)?|japonais(?:e)?|indien(?:ne)?|canadien(?:ne)?|mexicain(?:e)?|brésilien(?:ne)?"
)
_OF = r"(?:de\s+la|du|de\s+l['’]|des|de)\s+(?:[A-ZÉÈ][\w'’-]*)(?:\s+[A-ZÉÈ][\w'’-]*)*"
_ROLE = re.compile(
    rf"\b(?P<det>[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Aa]u)\s*(?P<head>{_HEADS})(?:\s+(?P<nat>{_NATIONALITY}))?(?:\s+(?P<of>{_OF}))?",
)

# Different words for the same office (general usage, not tied to one story).
_SYNONYMS = {
    "proprietaire de la maison blanche": "president americain",
    "locataire de la maison blanche": "president americain",
    "occupant de la maison blanche": "president americain",
    "president des etats-unis": "president americain",
    "chef de l'etat americain": "president americain",
    "locataire du kremlin": "president russe",
    "maitre du kremlin": "president russe",
    "chef du kremlin": "president russe",
    "chef de l'etat russe": "president russe",
    "president de la russie": "president russe",
    "emissaire special americain": "envoye special americain",
    "president de l'ukraine": "president ukrainien",
    "chef de l'etat ukrainien": "president ukrainien",
}


@dataclass(frozen=True, slots=True)
class Role:
    """A role phrase in the text and its canonical key ("president russe")."""

    text: str
    start: int
    end: int
    key: str


def find(text: str) -> Iterator[Role]:
    """Role phrases qualified by a nationality or an institution (a bare "le président" is not one)."""
    for m in _ROLE.finditer(text):
        if not (m["nat"] or m["of"]):
            continue
        head = fold(re.sub(r"e$", "", m["head"]) if m["head"].endswith(("ée", "te")) else m["head"])
        head = head.replace("presidente", "president").replace("envoyee speciale", "envoye special")
        parts = [head]
        if m["nat"]:
            parts.append(re.sub(r"(ne|e)$", "", fold(m["nat"])) if fold(m["nat"]) not in ("russe", "britannique", "biélorusse") else fold(m["nat"]))
        if m["of"]:
            parts.append(fold(m["of"]).replace("’", "'"))
        key = " ".join(parts)
        key = _SYNONYMS.get(key, key)
        start = m.start("head") if m["det"].lower() in ("du", "au") else m.start()
        yield Role(text=text[start : m.end()], start=start, end=m.end(), key=key)
