"""The learned speaker choice (recoupe/language/speaker_model.py): its shipped file, its candidates
and features on a French sentence written for the test (real spaCy parse), and the hook in quotes."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

from recoupe.language import nlp, speaker_model
from recoupe.language.analyse import analyse
from recoupe.model import Analysis, Article

# Jean Dupont is the subject of the reporting verb in the quote's own sentence; nobody else is named.
BODY = (
    "Le conseil municipal s'est réuni lundi soir. Jean Dupont, le maire de Lyon, a déclaré que la ville "
    "construirait un nouveau pont avant la fin de l'année prochaine."
)


def _analysis(body: str = BODY) -> Analysis:
    return analyse(Article(id="s", input="t", body=body, content_hash="s", language="fr"))


def _shipped() -> dict:
    text = resources.files("recoupe.language").joinpath("data/speaker_model.json").read_text("utf-8")
    return json.loads(text)


def test_the_shipped_file_loads_and_records_how_it_was_measured() -> None:
    data = _shipped()
    model = speaker_model.load()
    assert model is not None and len(model.weights) == len(speaker_model.FEATURES)
    # trained on development sets only, never on a blind one
    assert set(data["training_sets"]) <= {"tuned", "dev", "dev3", "dev4", "dev5", "en-dev", "en-dev2"}
    folds = data["leave_one_set_out"]
    assert set(folds) == set(data["training_sets"])
    # enabled only when it won: more quotes right pooled over the folds, and no fold lost
    won = data["pooled"]["model"] > data["pooled"]["rules"] and all(f["model"] >= f["rules"] for f in folds.values())
    assert model.enabled == won


def test_candidates_list_the_rules_choice_first_and_the_subject_of_the_cue() -> None:
    analysis = _analysis()
    (quote,) = analysis.quotes
    doc = nlp.load("fr")(BODY)
    phantom = replace(quote, speaker_id=None, speaker_name="Paul Martin")  # a choice named nowhere near
    (cands,) = speaker_model.candidates(doc, BODY, analysis.entities, [phantom])
    assert cands[0].name == "Paul Martin" and cands[0].x["rule"] == 1.0
    dupont = next(c for c in cands if c.name == "Jean Dupont")
    assert dupont.x.get("rule", 0.0) == 0.0
    assert dupont.x["subj_report_here"] == 1.0 and dupont.x["per"] == 1.0 and dupont.x["same_sent"] == 1.0
    assert cands[0].x["log_chars"] > dupont.x["log_chars"]


def test_a_model_that_weighs_the_cue_subject_changes_the_rules_choice() -> None:
    analysis = _analysis()
    (quote,) = analysis.quotes
    doc = nlp.load("fr")(BODY)
    phantom = replace(quote, speaker_id=None, speaker_name="Paul Martin")
    n = len(speaker_model.FEATURES)
    weights = [0.0] * n
    weights[speaker_model.FEATURES.index("subj_report_here")] = 3.0
    weights[speaker_model.FEATURES.index("log_chars")] = -1.0
    weights[speaker_model.FEATURES.index("per")] = 1.0  # a named person before the role phrase apposed to it
    model = speaker_model.from_json({"features": list(speaker_model.FEATURES), "weights": weights, "bias": 0.0,
                                     "mean": [0.0] * n, "scale": [1.0] * n, "enabled": True})  # fmt: skip
    with speaker_model.using(model):
        (chosen,) = speaker_model.rechoose(doc, BODY, analysis.entities, [phantom])
    assert chosen.speaker_name == "Jean Dupont" and chosen.speaker_id == quote.speaker_id
    assert (chosen.start, chosen.end, chosen.text) == (phantom.start, phantom.end, phantom.text)  # spans untouched


def test_the_shipped_weights_keep_a_right_rule_choice() -> None:
    analysis = _analysis()
    (quote,) = analysis.quotes
    assert quote.speaker_name == "Jean Dupont"
    model = speaker_model.load()
    assert model is not None
    with speaker_model.using(replace(model, enabled=True)):
        (chosen,) = speaker_model.rechoose(nlp.load("fr")(BODY), BODY, analysis.entities, [quote])
    assert chosen == quote


def test_a_disabled_model_leaves_the_quotes_as_the_rules_made_them() -> None:
    default = _analysis().quotes
    with speaker_model.using(None):
        rules = _analysis().quotes
    assert default == rules
