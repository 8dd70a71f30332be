"""Layout and language rules of an eighteenth round's second pass, on posts written for them.

Tables whose cells ran together or sit on one line (a header line of column names, one
line per row), spec fields glued to their labels on lines of their own, two-column sheets
broken at the cell boundary, and the Dutch and Polish records. Each case is a ``RuleCase``
(helpers_extract): a post, the facts that must come out and the ones that must not. Posts
in another language are long enough to be read as that language.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

from llamawatch.extractors.languages import is_other_language
from llamawatch.extractors.sentences import split_units

LAYOUT_CASES = [
    # a timeline table scraped without its cell breaks: the header's names say what each
    # cell is, the shape of a date, a list of sizes or a window where each one ends
    RuleCase(
        "glued-timeline-rows",
        "Family overview\n\n"
        "VersionRelease DateParametersContext WindowNotes\n"
        "Llama 2Jul 20237B, 13B, 70B4KFirst commercial licence\n"
        "Llama 3.1Jul 20248B, 70B, 405B128KLonger window for all sizes\n",
        "2025-02-01",
        (
            ("Llama 2", "release_date", "2023-07"),
            ("Llama 2", "params_total", 70_000_000_000),
            ("Llama 2", "context_window", 4_000),
            ("Llama 3.1", "release_date", "2024-07"),
            ("Llama 3.1", "params_total", 405_000_000_000),
            ("Llama 3.1", "context_window", 128_000),
        ),
        (("Llama 2", "context_window", 128_000), ("Llama 3.1", "params_total", 70_000_000_000)),
    ),
    # a generation's row that lists its members one by one: the windows beside them are
    # each member's own, in order
    RuleCase(
        "glued-generation-row-pairs-members",
        "Family overview\n\n"
        "ModelRelease DateModel SizesContext Length\n"
        "Llama 3.3Dec 202470B128K\n"
        "Llama 4Apr 2025Scout-17B-16E, Maverick-17B-128E10M, 1M\n",
        "2025-06-01",
        (
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Maverick", "context_window", 1_000_000),
            ("Llama 4 Maverick", "release_date", "2025-04"),
        ),
        (("Llama 4 Maverick", "context_window", 10_000_000),),
    ),
    # cells that sit on one line with spaces between them; a cell the table leaves
    # without a figure ("n/a") ends what the row says
    RuleCase(
        "spaced-rows-under-a-header",
        "The three members\n\n"
        "Name Total Params Active Params Context Window Experts\n"
        "Llama 4 Scout 109B 17B 10M tokens 16 routed\n"
        "Llama 4 Maverick 400B 17B n/a 128 routed\n",
        "2025-05-01",
        (
            ("Llama 4 Scout", "params_active", 17_000_000_000),
            ("Llama 4 Scout", "params_total", 109_000_000_000),
            ("Llama 4 Scout", "context_window", 10_000_000),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
        ),
        (("Llama 4 Maverick", "context_window", None),),
    ),
    # a model card's table with a blank corner: the row opens on the name, and the
    # training-token column is no size
    RuleCase(
        "card-table-with-blank-corner",
        "About this card\n\n"
        "The weights below are an unchanged copy of the release.\n\n"
        "Training Data Params Token count Context length GQA\n"
        "Llama 3.3 (text only) Public web text and licensed data. 70B 15T+ 128k Yes\n",
        "2025-01-20",
        (("Llama 3.3", "params_total", 70_000_000_000), ("Llama 3.3", "context_window", 128_000)),
        (("Llama 3.3", "params_total", 15_000_000_000_000),),
    ),
    # a spec card's fields glued to their labels, each on a line of its own, with a list of
    # sizes as a value
    RuleCase(
        "glued-fields-on-their-own-lines",
        "Llama 3\n\nA short card on the third generation.\n\n"
        "Released2024-04-18\n"
        "Parameters8B / 70B\n"
        "Context Window8K tokens\n",
        "2025-03-01",
        (
            ("Llama 3", "release_date", "2024-04-18"),
            ("Llama 3", "params_total", 70_000_000_000),
            ("Llama 3", "context_window", 8_000),
        ),
        (),
    ),
    # a two-column sheet broken at each cell boundary: "| Key |" over "Value |"
    RuleCase(
        "broken-two-column-sheet",
        "Overview\n"
        "| Field |\nValue |\n"
        "| Display Name |\nMeta: Llama 4 Maverick |\n"
        "| Release Date |\nApril 5, 2025 |\n"
        "| Total Parameters |\n400B |\n"
        "| Context Length |\n1,048,576 tokens |\n",
        "2025-08-01",
        (
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "context_window", 1_048_576),
        ),
        (),
    ),
    # a key/value sheet whose key and value share a line
    RuleCase(
        "spaced-key-value-sheet",
        "Llama 3.1 (405B)\n\nRun the largest model on your own cluster.\n\n"
        "Property Value\n"
        "Architecture Dense Transformer with GQA\n"
        "Total Parameters 405B\n",
        "2026-01-10",
        (("Llama 3.1", "architecture", "dense"), ("Llama 3.1", "params_total", 405_000_000_000)),
        (),
    ),
    # a row of another lab's model under such a header gives nothing to the Meta rows
    RuleCase(
        "glued-row-of-another-lab",
        "Open models compared\n\n"
        "ModelRelease DateParametersContext Length\n"
        "Mistral Large 2Jul 2024123B128K\n"
        "Llama 3.1Jul 2024405B128K\n",
        "2025-01-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (("Llama 3.1", "params_total", 123_000_000_000),),
    ),
]


@pytest.mark.parametrize("case", LAYOUT_CASES, ids=lambda c: c.id)
def test_layout_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_a_line_of_prose_under_a_header_is_no_row() -> None:
    # a space before a lower-case word ends a row's name: prose does not read as a row
    units = split_units(
        "Model Parameters Context Length\nLlama 3 was trained with 8B parameters and 8K context\n"
    )
    assert not any(u.table for u in units)


def test_a_stray_pipe_joins_no_lines() -> None:
    # one "| key |" line over a value line is not yet a broken sheet
    units = split_units("| Note |\nsee the appendix |\n\nLlama 3 is out.")
    assert not any(u.table and len(u.cells) == 2 for u in units)


LANGUAGE_CASES = [
    RuleCase(
        "nl-released-with-participle-last",
        "Nieuws uit de wereld van de taalmodellen: Meta heeft op 23 juli 2024 het model "
        "Llama 3.1 uitgebracht. De grootste variant telt 405 miljard parameters en is te "
        "downloaden voor wie de licentie aanvaardt.",
        "2024-07-25",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07-23"),
            ("Llama 3.1", "params_total", 405_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "nl-plan-and-season",
        "Het bedrijf zet de ontwikkeling van zijn grootste model voort. Meta zal Llama 4 "
        "Behemoth volgens de eigen planning in het najaar van 2025 uitbrengen, later dan "
        "eerst de bedoeling was.",
        "2025-05-20",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # a comparative before "dan" makes the name after it the compared one
    RuleCase(
        "nl-comparative-dan-is-a-baseline",
        "Uit de eerste proeven blijkt dat Llama 4 Maverick beter scoort dan Llama 3.3 70B. "
        "Het model van Meta telt in totaal 400 miljard parameters, waarvan 17 miljard actief.",
        "2025-04-09",
        (
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
        ),
        (("Llama 3.3", "params_total", None),),
    ),
    # "de nog in ontwikkeling zijnde Behemoth": the words before the name are said of it,
    # not of the sibling named before them
    RuleCase(
        "nl-attributive-in-development",
        "De reeks bestaat uit drie leden van een nieuwe generatie: Llama 4 Scout, Llama 4 "
        "Maverick en de nog in ontwikkeling zijnde Llama 4 Behemoth, die het grootst is.",
        "2025-04-07",
        (),
        (("Llama 4 Maverick", "status", "upcoming"), ("Llama 4 Scout", "status", "upcoming")),
    ),
    RuleCase(
        "nl-reportedly-closed",
        "Er gaan al weken geruchten rond over de koers van het bedrijf. Volgens ingewijden "
        "zou Avocado een gesloten model worden, in tegenstelling tot de eerdere modellen.",
        "2025-12-10",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "pl-released-month-and-mld",
        "Koncern Meta udostępniła nowy model Llama 3.1 w lipcu 2024 roku. Największa "
        "wersja tego modelu ma 405 mld parametrów i jest do pobrania dla każdego.",
        "2024-08-02",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07"),
            ("Llama 3.1", "params_total", 405_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "pl-still-training-and-bilion",
        "Prace nad największym modelem trwają. Llama 4 Behemoth jest wciąż trenowany i nie "
        "został jeszcze udostępniony, a według firmy będzie miał dwa biliony parametrów.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "niż" before a name: the name is what the subject is compared with
    RuleCase(
        "pl-niz-is-a-baseline",
        "Polski model z otwartymi wagami osiągnął w testach wynik lepszy niż Llama 3.1 8B "
        "od Meta. To dobra wiadomość dla rodzimej sceny, która jest jeszcze dość młoda.",
        "2026-01-05",
        (),
        (("Llama 3.1", "params_total", None),),
    ),
    # the instrumental of a season is a time without a preposition ("wiosną 2026")
    RuleCase(
        "pl-season-in-the-instrumental",
        "Według źródeł Meta planuje udostępnić model Avocado wiosną 2026 roku. Firma nie "
        "potwierdziła tych informacji i nie chce ich komentować.",
        "2025-12-11",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-Q2")),
        (),
    ),
    RuleCase(
        "pl-list-joined-with-i",
        "Meta zaprezentowała 5 kwietnia 2025 roku dwa modele z rodziny Llama 4: Scout i "
        "Maverick. Oba modele są już dostępne dla programistów na całym świecie.",
        "2025-04-09",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (),
    ),
]


@pytest.mark.parametrize("case", LANGUAGE_CASES, ids=lambda c: c.id)
def test_language_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_short_dutch_and_polish_posts_read_as_other_languages() -> None:
    assert is_other_language(
        "Meta heeft het model vandaag uitgebracht en het is nu voor iedereen te gebruiken."
    )
    assert is_other_language(
        "Meta udostępniła model w lipcu, a jego największa wersja jest już do pobrania."
    )
    assert not is_other_language("Meta released the model in July; it is out for everyone now.")
