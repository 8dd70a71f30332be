"""Language and page-structure rules from a tenth round on real pages, on written sentences.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Posts in another language must be long enough for the post to be
read as that language (languages.is_other_language).
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

# (1) A run-together spec card field whose value carries a note in brackets
# ("LicenseSome Licence (weights withheld)"): the note is not part of the name, and the
# field names the licence of the card's model, not of a model named inside the licence.
GLUED_NOTE_CASES = [
    RuleCase(
        "glued-licence-field-with-a-bracketed-note",
        "Llama 4 Behemoth\n\nMeta's largest Llama 4 model, a teacher for the smaller ones.\n\n"
        "Released2025-04\n"
        "LicenseLlama 4 Community License Agreement (no weights were ever published)\n"
        "Parameters~2T total · 288B active (16 experts)\n",
        "2026-01-10",
        (("Llama 4 Behemoth", "license", "llama-4-community"),),
        (("Llama 4 Scout", "license", None), ("Llama 4 Maverick", "license", None)),
    ),
    RuleCase(
        "glued-licence-field-with-a-long-note",
        "Llama 3\n\nThe third Llama family from Meta, in two dense sizes.\n\n"
        "Released2024-04-18\n"
        "LicenseMeta Llama 3 Community License (weights open; a custom licence, with "
        "extra terms above a very large user count)\n",
        "2025-02-01",
        (("Llama 3", "license", "llama-3-community"),),
        (),
    ),
    # negative: a glued field whose value runs on into prose is still not a field
    RuleCase(
        "glued-licence-field-running-into-prose-is-not-read",
        "Llama 4 Behemoth\n\nMeta's largest Llama 4 model.\n\n"
        "LicenseTerms were never settled for the model and nobody knows which licence "
        "Meta would have chosen for it (if any)\n",
        "2026-01-10",
        (),
        (("Llama 4 Behemoth", "license", None),),
    ),
]

# (2) Spanish perfect tense of a release verb: "Meta ha liberado / ha presentado /
# ha publicado X" says X is out, as the simple past "liberó" already did.
_ES_TAIL = (
    " Los desarrolladores pueden usar el modelo en sus propios equipos y la empresa dice "
    "que es uno de los modelos más grandes del mercado, con una licencia para la comunidad."
)
SPANISH_PERFECT_CASES = [
    RuleCase(
        "spanish-ha-liberado-releases",
        "La compañía Meta ha liberado su modelo Llama 3.1 405B para uso gratuito." + _ES_TAIL,
        "2024-07-26",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "params_total", 405_000_000_000)),
        (),
    ),
    RuleCase(
        "spanish-han-presentado-releases",
        "Los ingenieros de Meta han presentado Llama 3.2 con versiones de visión." + _ES_TAIL,
        "2024-09-27",
        (("Llama 3.2", "status", "released"),),
        (),
    ),
    # negative: a perfect tense that is negated or future says nothing of a release
    RuleCase(
        "spanish-aun-no-ha-publicado-is-not-a-release",
        "La compañía Meta aún no ha publicado Llama 5 y no hay fecha para el modelo." + _ES_TAIL,
        "2026-03-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", GLUED_NOTE_CASES, ids=[c.id for c in GLUED_NOTE_CASES])
def test_glued_note_case(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize("case", SPANISH_PERFECT_CASES, ids=[c.id for c in SPANISH_PERFECT_CASES])
def test_spanish_perfect_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) German "publizieren", the Latin synonym of "veröffentlichen" (wiki-style German):
# "Im Juli 2024 publizierte Meta das neue Modell X"; future and negated uses stay upcoming.
_DE_TAIL = (
    " Das Modell ist ein großes Sprachmodell und die Entwickler können es mit der Lizenz "
    "der Firma für ihre eigenen Produkte nutzen, auch wenn nicht alle Daten offen sind."
)
GERMAN_PUBLISHED_CASES = [
    RuleCase(
        "german-publizierte-releases-with-its-date",
        "Am 23. Juli 2024 publizierte Meta sein neues Modell Llama 3.1 in drei Größen." + _DE_TAIL,
        "2024-09-01",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07-23")),
        (),
    ),
    RuleCase(
        "german-hat-publiziert-releases",
        "Der Konzern Meta hat sein Modell Llama 3.2 für alle publiziert." + _DE_TAIL,
        "2024-10-01",
        (("Llama 3.2", "status", "released"),),
        (),
    ),
    # negatives: a future or negated "publiziert" is no release
    RuleCase(
        "german-soll-publiziert-werden-is-upcoming",
        "Das Modell Llama 5 soll im Herbst publiziert werden, sagt der Konzern." + _DE_TAIL,
        "2025-06-01",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "german-noch-nicht-publiziert-is-no-release",
        "Der Konzern Meta hat Llama 5 noch nicht publiziert." + _DE_TAIL,
        "2025-06-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", GERMAN_PUBLISHED_CASES, ids=[c.id for c in GERMAN_PUBLISHED_CASES])
def test_german_published_case(case: RuleCase) -> None:
    check_rule_case(case)


# (4) A definition list scraped as bullets: one bullet names the field, the next holds
# its value ("- Context Length" / "- 4,096 tokens"); the value reads as that field.
BULLETED_FIELD_CASES = [
    RuleCase(
        "bulleted-field-name-then-value",
        "Llama Guard 3 is a safety classifier from Meta for chat prompts and replies.\n\n"
        "- Provider\n- Meta\n- Context Length\n- 4,096 tokens\n- Input Types\n- text\n",
        "2024-08-01",
        (("Llama Guard", "context_window", 4096), ("Llama Guard", "modalities", ["text"])),
        (),
    ),
    # negatives: a bulleted table of contents pairs nothing; a field name followed by
    # another field name is not a value
    RuleCase(
        "bulleted-contents-list-pairs-nothing",
        "Llama 3 is a model family from Meta with a context window of 8,192 tokens.\n\n"
        "- Architecture\n- Training data\n- Context length\n- Safety work\n",
        "2024-05-01",
        (("Llama 3", "context_window", 8192),),
        (("Llama 3", "architecture", None),),
    ),
    RuleCase(
        "bulleted-field-name-then-field-name",
        "Llama 3 is a model family from Meta.\n\n- Context Length\n- Parameters\n- 70B\n",
        "2024-05-01",
        (),
        (("Llama 3", "context_window", None),),
    ),
]


@pytest.mark.parametrize("case", BULLETED_FIELD_CASES, ids=[c.id for c in BULLETED_FIELD_CASES])
def test_bulleted_field_case(case: RuleCase) -> None:
    check_rule_case(case)


# (5) A scrape that lost the space after a full stop ("… tools.In July …"): the stop
# still ends the sentence, so a hedge or model of one sentence stays out of the next.
RUN_TOGETHER_CASES = [
    RuleCase(
        "run-together-stop-ends-the-hedged-sentence",
        "Llama 5 might arrive next year, analysts guess.In July 2024 Meta released "
        "Llama 3.1 with 405B parameters.",
        "2024-09-01",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07"),
        ),
        (("Llama 3.1", "status", "upcoming"),),
    ),
    # negative: a dotted name or domain is no sentence end
    RuleCase(
        "dotted-domain-is-not-a-sentence-end",
        "Meta released Llama 3.1 on ai.meta.com and in llama.cpp builds in July 2024.",
        "2024-09-01",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07")),
        (),
    ),
]


@pytest.mark.parametrize("case", RUN_TOGETHER_CASES, ids=[c.id for c in RUN_TOGETHER_CASES])
def test_run_together_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_run_together_stop_splits_sentences() -> None:
    from llamawatch.extractors.sentences import split_sentences

    assert split_sentences("It ships in many products.In 2024 it grew.") == [
        "It ships in many products.",
        "In 2024 it grew.",
    ]
    # a short dotted token ("Node.Js", "e.g.The") is left alone
    assert len(split_sentences("It runs on Node.Js and e.g.The web.")) == 1


# (6) French news idioms of a release: the recent past "vient de lancer / dévoiler",
# "lever le voile sur" (to unveil) and the gerund "en lançant".
_FR_TAIL = (
    " Selon la presse, il est dans la course avec les autres entreprises de la tech, et une "
    "partie des ingénieurs pour le projet sont dans les bureaux de Paris."
)
FRENCH_RELEASE_CASES = [
    RuleCase(
        "french-vient-de-lancer-releases",
        "La société Meta vient de lancer Llama 3.2, son modèle pour les téléphones." + _FR_TAIL,
        "2024-09-26",
        (("Llama 3.2", "status", "released"),),
        (),
    ),
    RuleCase(
        "french-lever-le-voile-sur-releases",
        "Meta a levé le voile sur Llama 3.1 cette semaine, avec une version de 405 milliards "
        "de paramètres." + _FR_TAIL,
        "2024-07-25",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "params_total", 405_000_000_000)),
        (),
    ),
    RuleCase(
        "french-en-lancant-releases",
        "Meta surprend le secteur en lançant une nouvelle version de son modèle, Llama 2."
        + _FR_TAIL,
        "2023-07-20",
        (("Llama 2", "status", "released"),),
        (),
    ),
    # negative: "lancer" in the future or as a plan is not a release
    RuleCase(
        "french-va-lancer-is-not-a-release",
        "La société Meta va lancer Llama 5 plus tard, selon des sources." + _FR_TAIL,
        "2026-02-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", FRENCH_RELEASE_CASES, ids=[c.id for c in FRENCH_RELEASE_CASES])
def test_french_release_case(case: RuleCase) -> None:
    check_rule_case(case)
