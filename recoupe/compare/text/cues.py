"""Cue patterns of the comparison: denial, attribution, commentary and analysis headings."""

from __future__ import annotations

import re

# Denial: the source says a claim is false (nier, démentir, réfuter, démenti, fausses informations).
DENIAL = re.compile(
    r"\b(?:ni(?:é|ée|és|ées|e|ent|ant|er)|dément\w*|démenti\w*|réfut\w*|contest(?:e|ent|é|ée|ant)|rejet(?:te|tent|é|ée)"
    r"|fausses? informations?|infondé\w*|mensong\w*|contredi\w*|en contradiction|denie[sd]?|deny|false"
    r"|contradict\w*|at odds with)\b",
    re.IGNORECASE,
)
# A denial whose object points back ("a nié ces affirmations", "denied that account") answers the
# sentence before it.
ANAPHORIC_OBJECT = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:ces|cette|cet|that|this|these|those)\b", re.IGNORECASE)
# Attribution: someone is reported as saying or announcing it.
ATTRIBUTION = re.compile(
    r"\b(?:selon|d'après|d’après|a\s+(?:déclaré|dit|affirmé|annoncé|indiqué|précisé|ajouté|écrit|estimé|"
    r"souligné|expliqué|assuré|confirmé|qualifié|décrit|cité|fait savoir|revendiqué|démenti|nié|alerté|"
    r"mis en garde|appelé|demandé|exhorté|insisté|noté|reconnu)|ont\s+(?:déclaré|dit|affirmé|annoncé|"
    r"indiqué|précisé|ajouté|confirmé|revendiqué|démenti|nié)|déclare|affirme|annonce|confirme|"
    r"affirmant|ajoutant|soulignant|qualifiant|estimant|précisant|déclarant|said|says|told|according to)\b",
    re.IGNORECASE,
)
# Speculation, judgement and guessed motives: the marks of commentary rather than reporting.
COMMENTARY = re.compile(
    r"\b(?:pourrai(?:t|ent)|devrai(?:t|ent)|sembl\w*|para[iî]t|peut-être|sans doute|sans aucun doute|"
    r"probablement|vraisemblablement|apparemment|à première vue|reste à savoir|il est possible|"
    r"clairement|évidemment|malheur\w*|désespér\w*|est contraint\w*|cherche\w* à|son image|"
    r"pourrait bien|au détriment|à double tranchant|might|could|perhaps|arguably)\b",
    re.IGNORECASE,
)
# A heading or byline that opens an analysis or opinion section.
ANALYSIS_HEADER = re.compile(
    r"\b(?:analy[sz]e|analysis|décryptage|éclairage|éditorial|editorial|opinion|point de vue|chronique|"
    r"tribune)\b",
    re.IGNORECASE,
)
