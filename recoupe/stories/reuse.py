"""Text reuse: MinHash LSH candidates at document and passage level, verified by exact alignment.

Two LSH indexes find candidates: one over each article's whole set of word shingles (syndicated
copies, trimmed or extended) and one over 40-word passage windows (two rewrites of one wire dispatch
that share paragraphs but little else: whole-document Jaccard ~0.05, passage Jaccard ~0.6).
Every candidate is then aligned word by word, so each reported span is text that really appears in
both articles, with its offsets in both bodies.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash, MinHashLSH

from recoupe.model import Reuse
from recoupe.stories.shingles import Tokens, shingles, tokenize, windows

# 64 permutations: the Jaccard estimate has a standard error of ~0.06, plenty for *candidates*,
# since the alignment below decides. Doubling it doubles hashing time for no gain in recall here.
NUM_PERM = 64
# Document level: candidates from Jaccard ~0.5 up (a copy trimmed to half of the original).
DOC_THRESHOLD = 0.5
# Passage level: two windows sharing a third of their shingles are worth aligning.
PASSAGE_THRESHOLD = 0.3
# A shared run shorter than 8 words is usually a phrase ("a déclaré le porte-parole du Kremlin"),
# not reuse; runs separated by at most 3 edited words are one passage.
MIN_RUN = 8
MAX_GAP = 3
# Reuse needs at least 15 shared words in total (one full sentence).
MIN_SHARED = 15
# Duplicate: one text is (almost) inside the other, and the other is at least half shared.
DUP_HIGH = 0.8
DUP_LOW = 0.5
# Candidates aligned per article: in a flood of identical copies the best few are enough to mark
# the copy, and the cost per article stays bounded. 4, not 8: a story's articles that share a
# dispatch each reach 8 candidates once the story has 8 members, so the alignments per article
# grew with the stream (5.2 at 1k, 7.2 at 10k on bench_scale); its copy graph stays connected with
# 4 links per article, and bench_reuse is unchanged but for 2 pairs (139 -> 137).
MAX_CANDIDATES = 4
# Articles kept in the indexes: reuse happens within days, and this bounds memory (~10 MB).
HORIZON = 10_000
# Tokens kept for the articles added last (and those aligned lately): a candidate is most often an
# article of the same days, which would otherwise be read back from the store and tokenized again
# for every later article that shares its dispatch (~15 kB each: words interned, offsets in
# arrays). 4,096 rather than 1,024: a story's articles span ~1,300 articles on the scale stream,
# and with 1,024 an article read and tokenized again 4-5 older candidates at 10k articles.
TOKEN_CACHE = 4096


@dataclass(frozen=True, slots=True)
class Alignment:
    """Shared word runs of `a` and `b`: spans (a_start, a_end, b_start, b_end) in characters."""

    spans: tuple[tuple[int, int, int, int], ...]
    shared_a: int  # words of a inside the spans
    shared_b: int
    chars_a: int
    chars_b: int


_TEMPLATE = MinHash(num_perm=NUM_PERM)  # its permutations are reused: drawing them costs more than hashing


def _minhash(items: set[str]) -> LeanMinHash:
    mh = MinHash(num_perm=NUM_PERM, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)
    mh.update_batch([s.encode("utf-8") for s in items])
    return LeanMinHash(mh)


def _maximal_runs(a: Sequence[str], b: Sequence[str], least: int) -> list[tuple[int, int, int]]:
    """Every maximal common run (i, j, k) of at least `least` words: a[i:i+k] == b[j:j+k], and
    neither word before nor after matches. Found from the `least`-word n-grams the texts share."""
    if len(a) < least or len(b) < least:
        return []
    starts: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - least + 1):
        starts.setdefault(tuple(b[j : j + least]), []).append(j)
    runs = []
    for i in range(len(a) - least + 1):
        for j in starts.get(tuple(a[i : i + least]), ()):
            if i and j and a[i - 1] == b[j - 1]:
                continue  # inside a run that started earlier
            k = least
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            runs.append((i, j, k))
    return runs


def matching_runs(a: Sequence[str], b: Sequence[str], least: int = MIN_RUN) -> list[tuple[int, int, int]]:
    """The matching blocks of at least `least` words that `difflib.SequenceMatcher(None, a, b,
    autojunk=False).get_matching_blocks()` gives, in order, without its quadratic pure-Python scan.

    The same recursion: the longest match of the window (ties: first in `a`, then in `b`), then the
    windows before and after it. A window whose longest match is shorter than `least` only holds
    shorter ones, so only the maximal runs of `least` words or more are needed, clipped to each
    window. A test checks the equality with difflib on random and real texts.
    """
    runs = _maximal_runs(a, b, least)
    found: list[tuple[int, int, int]] = []
    queue = [(0, len(a), 0, len(b))]
    while queue and runs:
        alo, ahi, blo, bhi = queue.pop()
        best: tuple[int, int, int] | None = None
        for i, j, k in runs:
            lo = max(alo - i, blo - j, 0)
            hi = min(ahi - i, bhi - j, k)
            size = hi - lo
            if size >= least and (best is None or (-size, i + lo, j + lo) < (-best[2], best[0], best[1])):
                best = (i + lo, j + lo, size)
        if best is None:
            continue
        found.append(best)
        i, j, k = best
        if alo < i and blo < j:
            queue.append((alo, i, blo, j))
        if i + k < ahi and j + k < bhi:
            queue.append((i + k, ahi, j + k, bhi))
    return sorted(found)


def align(a: Tokens, b: Tokens) -> Alignment:
    """Exact shared passages of two token sequences (runs of >= MIN_RUN words, small gaps merged)."""
    merged: list[list[int]] = []  # [a_i, a_end, b_j, b_end] in words
    for i, j, k in matching_runs(a.words, b.words):
        if merged and 0 <= i - merged[-1][1] <= MAX_GAP and 0 <= j - merged[-1][3] <= MAX_GAP:
            merged[-1][1], merged[-1][3] = i + k, j + k
        else:
            merged.append([i, i + k, j, j + k])
    spans = tuple((a.starts[i], a.ends[ie - 1], b.starts[j], b.ends[je - 1]) for i, ie, j, je in merged)
    return Alignment(
        spans=spans,
        shared_a=sum(ie - i for i, ie, _, _ in merged),
        shared_b=sum(je - j for _, _, j, je in merged),
        chars_a=sum(e - s for s, e, _, _ in spans),
        chars_b=sum(e - s for _, _, s, e in spans),
    )


def classify(alignment: Alignment, len_a: int, len_b: int) -> str | None:
    """"duplicate", "passage" or None (not reuse) from the shared share of each text."""
    if min(alignment.shared_a, alignment.shared_b) < MIN_SHARED:
        return None
    ca, cb = alignment.shared_a / max(len_a, 1), alignment.shared_b / max(len_b, 1)
    if max(ca, cb) >= DUP_HIGH and min(ca, cb) >= DUP_LOW:
        return "duplicate"
    return "passage"


def pair(a_id: str, a: Tokens, b_id: str, b: Tokens) -> tuple[Reuse, Reuse] | None:
    """Both directions of the reuse between two texts, or None when they share no passage."""
    al = align(a, b)
    kind = classify(al, len(a), len(b))
    if kind is None:
        return None
    ab = Reuse(a_id, b_id, kind, al.chars_a, round(al.shared_a / len(a), 4), al.spans)
    ba = Reuse(
        b_id, a_id, kind, al.chars_b, round(al.shared_b / len(b), 4), tuple((c, d, s, e) for s, e, c, d in al.spans)
    )
    return ab, ba


def _signatures(tokens: Tokens) -> tuple[LeanMinHash, list[tuple[LeanMinHash, int]]]:
    """The whole-document signature and the passage windows' signatures (with their numbers)."""
    doc = _minhash(shingles(tokens.words))
    return doc, [(_minhash(shingles(tokens.words[s:e])), i) for i, (s, e) in enumerate(windows(len(tokens)))]


class ReuseIndex:
    """The stateful reuse stage: `add` one article, get its reuse with the articles indexed before.

    `text_of` fetches the body of an indexed article (the store in production, a dict in tests), so
    the index holds only MinHash signatures, and only for the last `horizon` articles.
    """

    def __init__(self, text_of: Callable[[str], str], horizon: int = HORIZON) -> None:
        self.text_of = text_of
        self.horizon = horizon
        self.docs = MinHashLSH(threshold=DOC_THRESHOLD, num_perm=NUM_PERM)
        self.passages = MinHashLSH(threshold=PASSAGE_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, LeanMinHash] = {}
        self.window_keys: dict[str, list[str]] = {}
        self.order: deque[str] = deque()
        # Tokens of recently aligned articles: a copied dispatch is aligned with many later copies.
        self._tokens: dict[str, Tokens] = {}

    def _tokens_of(self, article_id: str) -> Tokens:
        tokens = self._tokens.get(article_id)
        if tokens is None:
            tokens = self._keep(article_id, tokenize(self.text_of(article_id)))
        return tokens

    def _keep(self, article_id: str, tokens: Tokens) -> Tokens:
        if len(self._tokens) >= TOKEN_CACHE:
            self._tokens.pop(next(iter(self._tokens)))
        self._tokens[article_id] = tokens
        return tokens

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.signatures

    def candidates(self, tokens: Tokens) -> tuple[LeanMinHash, list[tuple[str, int]], list[str]]:
        """(document signature, passage window signatures keyed, best candidate ids)."""
        doc, win_sigs = _signatures(tokens)
        hits: Counter[str] = Counter()
        for key in self.docs.query(doc):
            hits[key] += 100  # a whole-document candidate ranks above any passage-only one
        for sig, _ in win_sigs:
            for key in self.passages.query(sig):
                hits[key.split("#", 1)[0]] += 1
        # Rank by hits, then by estimated Jaccard, then by id: deterministic.
        ranked = sorted(hits, key=lambda k: (-hits[k], -doc.jaccard(self.signatures[k]), k))
        return doc, win_sigs, ranked[:MAX_CANDIDATES]

    def add(self, article_id: str, text: str) -> list[Reuse]:
        """Reuse records (both directions) between `article_id` and the indexed articles; then index it."""
        tokens = tokenize(text)
        if article_id in self.signatures:
            return []
        doc, win_sigs, best = self.candidates(tokens)
        found: list[Reuse] = []
        for other in best:
            both = pair(article_id, tokens, other, self._tokens_of(other))
            if both is not None:
                found.extend(both)
        if len(tokens):
            self._index(article_id, doc, win_sigs)
            self._keep(article_id, tokens)  # a candidate of the next articles of its story
        return found

    def index(self, article_id: str, text: str) -> None:
        """Index an article without looking for its reuse (stored already): refills the index after
        a restart at the cost of its signatures only, not of `add`'s queries and alignments."""
        if article_id in self.signatures:
            return
        tokens = tokenize(text)
        if len(tokens):
            self._index(article_id, *_signatures(tokens))

    def _index(self, article_id: str, doc: LeanMinHash, win_sigs: list[tuple[LeanMinHash, int]]) -> None:
        self.docs.insert(article_id, doc)
        keys = []
        for sig, i in win_sigs:
            key = f"{article_id}#{i}"
            self.passages.insert(key, sig)
            keys.append(key)
        self.signatures[article_id] = doc
        self.window_keys[article_id] = keys
        self.order.append(article_id)
        while len(self.order) > self.horizon:
            self._forget(self.order.popleft())

    def _forget(self, article_id: str) -> None:
        self.docs.remove(article_id)
        for key in self.window_keys.pop(article_id, []):
            self.passages.remove(key)
        self.signatures.pop(article_id, None)
        self._tokens.pop(article_id, None)
