"""The speaker record the rules pass around, and the Quote made of a span, its speaker and its cue."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from recoupe.language.quotes.lexicon import DENIAL, _lemma
from recoupe.model import Quote


@dataclass
class _Speaker:
    id: str | None
    name: str | None


def _quote(
    text: str, start: int, end: int, is_direct: bool, speaker: _Speaker | None, cue: Token | None,
    direct: bool | None = None,
) -> Quote:
    lemma = _lemma(cue) if cue is not None else None
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        direct=is_direct if direct is None else direct,
        speaker_id=speaker.id if speaker else None,
        speaker_name=speaker.name if speaker else None,
        cue=lemma,
        denial=lemma in DENIAL if lemma else False,
    )
