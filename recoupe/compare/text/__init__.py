"""Plain-text helpers of the comparison layer: sentence spans, French stems, name keys, cue lexicons.

The package's modules: `spans` (sentences with offsets), `stopwords`, `tokens` (folds, stems, name keys),
`counts` (numbers written in a text) and `cues` (denial, attribution, commentary patterns).
"""

from recoupe.compare.text.counts import numbers
from recoupe.compare.text.cues import ANALYSIS_HEADER, ANAPHORIC_OBJECT, ATTRIBUTION, COMMENTARY, DENIAL
from recoupe.compare.text.spans import Span, counter_figure_cut, sentences
from recoupe.compare.text.stopwords import STOPWORDS
from recoupe.compare.text.tokens import fold, name_key, names, stems, words

__all__ = [
    "ANALYSIS_HEADER",
    "ANAPHORIC_OBJECT",
    "ATTRIBUTION",
    "COMMENTARY",
    "DENIAL",
    "STOPWORDS",
    "Span",
    "counter_figure_cut",
    "fold",
    "name_key",
    "names",
    "numbers",
    "sentences",
    "stems",
    "words",
]
