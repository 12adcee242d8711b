"""Train the learned speaker choice (recoupe/language/speaker_model.py) and measure whether it transfers.

Reads only the development gold sets (tuned, dev, dev3, dev4, dev5; never heldout, blind2 or
en-heldout). For each quote the rules extract and the evaluator matches to a gold quote, every
candidate is labelled correct when the evaluator's own `_same_speaker` accepts it. Then:

- transfer: train on tuned+dev+dev3+dev4, test on dev5 (web pages, like the blind sets);
- leave one set out over the five French sets (train on four, test on the fifth);
- the final model, trained on all five, is written to recoupe/language/data/speaker_model.json
  with the fold figures, and `"enabled": true` only when it won on the leave-one-set-out average
  (pooled over quotes) without losing on any fold.

    .venv/bin/python scripts/train_speaker.py            # measure, then write the data file
    .venv/bin/python scripts/train_speaker.py --check    # measure only; fail if the file would change

Deterministic: same gold, same code, same file (lbfgs from zeros, features in a fixed order).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from recoupe.evaluate import corpora
from recoupe.evaluate.language import Span, _same_speaker, gold_entries, gold_quotes, match_spans
from recoupe.language import analyse as analyse_mod
from recoupe.language import entities as entity_rules
from recoupe.language import nlp, quotes, speaker_model, timex
from recoupe.model import Quote

SETS = ("tuned", "dev", "dev3", "dev4", "dev5")
OUT = Path(__file__).resolve().parent.parent / "recoupe" / "language" / "data" / "speaker_model.json"
# Inverse regularisation strength: fixed beforehand (the sklearn default), never tuned on a test fold.
C = 1.0


@dataclass
class Item:
    """One predicted quote matched to a gold quote: its candidates' features and labels."""

    x: np.ndarray  # candidates x features; row 0 is the rules' choice
    y: np.ndarray  # 1 where the candidate is the gold speaker


def _rules_only(entry: dict[str, Any], doc_text: corpora.CorpusText) -> tuple[Any, str, Any, list[Quote]]:
    """The parse, text, entities and rule quotes of a gold article, as `analyse` computes them."""
    text = doc_text.text
    body = nlp.capped(text)
    doc = nlp.load("fr")(analyse_mod._for_parser(body, "fr"))
    text = text[: len(doc.text)]
    times = timex.extract(text, doc_text.published, dt.date.today(), timex.tense_at(doc), "fr")
    spans = [(t.start, t.end) for t in times if t.kind != "duration"]
    locals_, roles = entity_rules.extract(doc, text, "fr", exclude=spans)
    ents = analyse_mod._entities(locals_, roles)
    with speaker_model.using(None):
        found = quotes.extract(doc, text, ents)
    return doc, text, ents, found


def collect(gold_set: str) -> list[Item]:
    items = []
    for entry in gold_entries(gold_set):
        doc_text = corpora.load(entry["corpus"], entry["id"], corpora.DEFAULT_CORPORA)
        gold = gold_quotes(entry, doc_text.text)
        doc, text, ents, found = _rules_only(entry, doc_text)
        pred = [Span(q.start, q.end, q.speaker_name) for q in found]
        cands = speaker_model.candidates(doc, marks_text(text), ents, found)
        for gi, pi in match_spans(gold, pred):
            cs = cands[pi]
            x = speaker_model.matrix(cs)
            y = np.array([float(_same_speaker(gold[gi].label, c.name or None)) for c in cs])
            # the rules' own answer is the quote's speaker_name, exactly as the evaluator scores it
            y[0] = float(_same_speaker(gold[gi].label, found[pi].speaker_name))
            items.append(Item(x, y))
    return items


def marks_text(text: str) -> str:
    from recoupe.language import marks

    return marks.straighten(text)


def fit(items: list[Item]) -> dict[str, Any]:
    x = np.vstack([it.x for it in items])
    y = np.concatenate([it.y for it in items])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    lr.fit((x - mean) / scale, y)
    return {"features": list(speaker_model.FEATURES), "weights": [round(float(w), 6) for w in lr.coef_[0]],
            "bias": round(float(lr.intercept_[0]), 6), "mean": [round(float(m), 6) for m in mean],
            "scale": [round(float(s), 6) for s in scale]}  # fmt: skip


# The rules' side of the features: what the learned choice alone (the question "does a learned
# choice transfer better than more rules?") must not see.
RULE_FEATURES = [i for i, f in enumerate(speaker_model.FEATURES) if f == "rule" or f.startswith("r_")]
OWN_FEATURES = [i for i in range(len(speaker_model.FEATURES)) if i not in RULE_FEATURES]


def blind_to_rules(items: list[Item]) -> list[Item]:
    """The items without the rule features but with every candidate (the rules' choice, a person
    resolved from a pronoun or role, among them, unmarked): which one the rules picked is hidden."""
    return [Item(it.x[:, OWN_FEATURES], it.y) for it in items]


def alone(items: list[Item]) -> list[Item]:
    """The items without the rules: no rule features, and no candidate that only the rules proposed
    (one named nowhere in the window and no earlier speaker; its distance is the 8.0 placeholder)."""
    col = speaker_model.FEATURES.index("log_chars")
    prev = speaker_model.FEATURES.index("previous_only")
    out = []
    for it in items:
        keep = [i for i in range(len(it.x)) if not (it.x[i, col] == 8.0 and not it.x[i, prev])]
        keep = keep or [0]
        out.append(Item(it.x[np.ix_(keep, OWN_FEATURES)], it.y[keep]))
    return out


def fit_alone(items: list[Item]) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    x = np.vstack([it.x for it in items])
    y = np.concatenate([it.y for it in items])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=5000, solver="lbfgs").fit((x - mean) / scale, y)
    return mean, scale, lr.coef_[0], float(lr.intercept_[0])


def score_alone(items: list[Item], train: list[Item]) -> int:
    """Quotes whose best candidate, by a model that never saw the rules' choice, is the gold speaker."""
    mean, scale, w, b = fit_alone(train)
    return sum(int(it.y[int(np.argmax(((it.x - mean) / scale) @ w + b))]) for it in items)


def score(model: dict[str, Any], items: list[Item]) -> tuple[int, int, int, int]:
    """(rules correct, rules+model correct, quotes, speakers the model changed) on matched quotes."""
    m = speaker_model.from_json({**model, "enabled": True})
    rules = learned = changed = 0
    for it in items:
        best = int(np.argmax(m.scores_of(it.x)))
        rules += int(it.y[0])
        learned += int(it.y[best])
        changed += int(best != 0)
    return rules, learned, len(items), changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="measure only; fail if the data file would change")
    args = parser.parse_args(argv)
    data = {name: collect(name) for name in SETS}
    for name in SETS:
        print(f"{name}: {len(data[name])} matched quotes", file=sys.stderr)
    folds: dict[str, dict[str, Any]] = {}

    def fold(test: str, train: tuple[str, ...]) -> dict[str, Any]:
        model = fit([it for s in train for it in data[s]])
        r, m, n, changed = score(model, data[test])
        a = score_alone(alone(data[test]), alone([it for s in train for it in data[s]]))
        b = score_alone(blind_to_rules(data[test]), blind_to_rules([it for s in train for it in data[s]]))
        reach = sum(int(it.y.any()) for it in data[test])  # some candidate is right: the most any chooser gets
        reach_alone = sum(int(it.y.any()) for it in alone(data[test]))
        row = {"train": list(train), "quotes": n, "rules": r, "model": m, "changed": changed, "learned_alone": a, "learned_blind_to_rules": b,
               "rules_accuracy": round(r / n, 3), "model_accuracy": round(m / n, 3),
               "learned_alone_accuracy": round(a / n, 3), "learned_blind_to_rules_accuracy": round(b / n, 3), "candidates_reach": reach,
               "candidates_reach_alone": reach_alone}  # fmt: skip
        print(f"test {test:5s} train {'+'.join(train):26s} rules {r}/{n} {r / n:.3f}  rules+model {m}/{n} {m / n:.3f} ({changed} changed)"
              f"  blind to rules {b}/{n} {b / n:.3f}  learned alone {a}/{n} {a / n:.3f}  (a right candidate: {reach}, without the rules' {reach_alone})")  # fmt: skip
        return row

    transfer = fold("dev5", ("tuned", "dev", "dev3", "dev4"))
    for test in SETS:
        folds[test] = fold(test, tuple(s for s in SETS if s != test))
    pooled_rules = sum(f["rules"] for f in folds.values())
    pooled_model = sum(f["model"] for f in folds.values())
    n = sum(f["quotes"] for f in folds.values())
    mean_rules = float(np.mean([f["rules"] / f["quotes"] for f in folds.values()]))
    mean_model = float(np.mean([f["model"] / f["quotes"] for f in folds.values()]))
    print(f"leave-one-set-out: pooled rules {pooled_rules}/{n} {pooled_rules / n:.3f}  model {pooled_model}/{n} "
          f"{pooled_model / n:.3f}; mean of folds rules {mean_rules:.3f} model {mean_model:.3f}")  # fmt: skip
    wins = pooled_model > pooled_rules and mean_model > mean_rules and all(f["model"] >= f["rules"] for f in folds.values())
    final = fit([it for s in SETS for it in data[s]])
    out = {
        "_about": "Learned speaker choice (recoupe/language/speaker_model.py), written by scripts/train_speaker.py: "
        "logistic regression (C=1.0) over (quote, candidate) pairs of the matched quotes of the training sets; "
        "enabled only when it beat the rules on the leave-one-set-out comparison. Accuracy on matched quotes.",
        "enabled": wins,
        "training_sets": list(SETS),
        "transfer_dev5": transfer,
        "leave_one_set_out": folds,
        "pooled": {"quotes": n, "rules": pooled_rules, "model": pooled_model},
        **final,
    }
    rendered = json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text("utf-8") == rendered
        print("data file up to date" if same else "data file differs from what the script writes")
        return 0 if same else 1
    OUT.write_text(rendered, "utf-8")
    print(f"wrote {OUT} (enabled: {wins})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
