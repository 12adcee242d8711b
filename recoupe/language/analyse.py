"""One article in, one Analysis out: entities (article-local ids), quotes, time expressions, figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from recoupe.language import entities as entity_rules
from recoupe.language import figures, marks, nlp, quotes, quotes_en, timex
from recoupe.language.entities import Local
from recoupe.language.roles import Role
from recoupe.model import Analysis, Article, Entity, Mention

# Articles parsed together by nlp.pipe; larger batches gain little and hold more docs in memory.
BATCH_SIZE = 16


def language_of(article: Article, default: str = "fr") -> str:
    return (article.language or default).split("-")[0].lower()


def _skip_reason(article: Article, lang: str) -> str | None:
    if lang not in nlp.SUPPORTED:
        return f"unsupported language: {lang} (supported: {', '.join(nlp.SUPPORTED)})"
    if not any(c.isalpha() for c in article.body):
        return "no sentence: the body has no words"
    return None


def analyse_many(
    articles: Iterable[Article], default_language: str = "fr", today: dt.date | None = None
) -> Iterator[Analysis]:
    """Analyse articles in order, parsing each supported language in batches with nlp.pipe."""
    today = today or dt.date.today()
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= BATCH_SIZE:
            yield from _batch(pending, default_language, today)
            pending = []
    if pending:
        yield from _batch(pending, default_language, today)


def analyse(article: Article, default_language: str = "fr", today: dt.date | None = None) -> Analysis:
    """Analyse one article (entity ids are local to it until identities.resolve maps them)."""
    return next(analyse_many([article], default_language, today))


def _batch(articles: list[Article], default_language: str, today: dt.date) -> Iterator[Analysis]:
    docs: dict[int, Doc] = {}
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        lang = language_of(article, default_language)
        if _skip_reason(article, lang) is None:
            by_lang.setdefault(lang, []).append(i)
    for lang, idx in by_lang.items():
        texts = (_for_parser(nlp.capped(articles[i].body), lang) for i in idx)
        for i, doc in zip(idx, nlp.load(lang).pipe(texts, batch_size=BATCH_SIZE), strict=True):
            docs[i] = doc
    for i, article in enumerate(articles):
        lang = language_of(article, default_language)
        reason = _skip_reason(article, lang)
        if reason is not None:
            yield Analysis(article_id=article.id, skipped=reason)
        else:
            yield _read(article, docs[i], lang, today)


# No-break spaces (French typography: "«\xa0", "le 16\xa0octobre", "affirme\xa0que") become
# whitespace tokens that cut the parse; the parser reads plain spaces in their place, one character
# for one, so every offset into the article text stays the same.
_NO_BREAK = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2007": " "})


def _for_parser(text: str, lang: str) -> str:
    """The text the parser reads: no-break spaces as spaces and, in French, reversed quote marks
    (» ... «) turned the right way (one character for one: every offset stays the article's)."""
    return (marks.straighten(text) if lang == "fr" else text).translate(_NO_BREAK)


def _read(article: Article, doc: Doc, lang: str, today: dt.date) -> Analysis:
    text = article.body[: len(doc.text)]  # the article's own characters (the parser read plain spaces)
    notes: tuple[str, ...] = ()
    if len(text) < len(article.body):
        notes = (f"text capped for the parser at {len(text)} of {len(article.body)} characters",)
    published = article.published.date() if article.published else None
    reference = article.fetched_at.date() if article.fetched_at else today
    times = timex.extract(text, published, reference, timex.tense_at(doc), lang)
    time_spans = [(t.start, t.end) for t in times if t.kind != "duration"]
    locals_, found_roles = entity_rules.extract(doc, text, lang, exclude=time_spans)
    ents = _entities(locals_, found_roles)
    found_quotes = quotes.extract(doc, text, ents) if lang == "fr" else quotes_en.extract(text, ents)
    # English has no tagger offline: figures then read the counted noun from the words themselves.
    tagged = doc if doc.has_annotation("POS") else None
    figs = figures.extract(text, tagged, lang, exclude=time_spans, quotes=found_quotes)
    return Analysis(
        article_id=article.id,
        entities=tuple(ents),
        quotes=tuple(found_quotes),
        time_mentions=tuple(times),
        figures=tuple(figs),
        notes=notes,
    )


def _entities(locals_: list[Local], found_roles: list[Role]) -> list[Entity]:
    """Article-local entities ("local:N"); a role bound in this article joins its person, others
    become "role:<key>" entities that identity resolution links across the store."""
    mentions: dict[int, list[Mention]] = {i: list(g.mentions) for i, g in enumerate(locals_)}
    unbound: dict[str, list[Mention]] = {}
    for role in found_roles:
        owners = [i for i, g in enumerate(locals_) if role.key in g.roles]
        mention = Mention(role.text, role.start, role.end)
        if len(owners) == 1:
            mentions[owners[0]].append(mention)
        else:
            unbound.setdefault(role.key, []).append(mention)
    out = [
        Entity(f"local:{i}", g.name, g.type, tuple(sorted(mentions[i], key=lambda m: m.start)))
        for i, g in enumerate(locals_)
    ]
    out += [Entity(f"role:{key}", ms[0].text, "ROLE", tuple(ms)) for key, ms in unbound.items()]
    return out
