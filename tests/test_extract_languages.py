"""Posts in German, Spanish, French, Portuguese, Italian, Chinese and Japanese.

The sentences are written for these tests (never copied from a corpus). Each post is long
enough to be recognised as written in its language: the words of other languages are read
only in such posts (extractors/languages.py), so an English post reads as it always did.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of

from llamawatch.extractors import languages

CASES = [
    RuleCase(
        "de-released-date-sizes",
        "Der Konzern aus Menlo Park hat am 5. April 2025 die Modelle Llama 4 Scout und "
        "Llama 4 Maverick veröffentlicht. Die Gewichte sind für alle Entwickler verfügbar und "
        "lassen sich herunterladen. Llama 4 Maverick hat 17 Milliarden aktive Parameter und "
        "insgesamt 400 Milliarden Parameter, und das ist auch für die Konkurrenz nicht wenig.",
        "2025-04-07",
        (
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
        ),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    RuleCase(
        "de-still-in-development-is-upcoming",
        "Die beiden kleineren Modelle sind schon da, und die Nutzer testen sie mit Freude. "
        "Llama 4 Behemoth befindet sich dagegen noch in der Entwicklung, und Meta nennt für "
        "das große Modell auch keinen Termin, der für die Kunden wichtig ist.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "es-launched-open-source-date",
        "Según la compañía, Meta lanzó Llama 3 el 18 de abril de 2024 como un modelo de "
        "código abierto. Llama 3 tiene 70 mil millones de parámetros y una "
        "ventana de contexto de 8 mil tokens, que es el doble que la anterior para los que "
        "trabajan con textos largos.",
        "2024-04-20",
        (
            ("Llama 3", "status", "released"),
            ("Llama 3", "release_date", "2024-04-18"),
            ("Llama 3", "openness", "open_weights"),
            ("Llama 3", "params_total", 70_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "es-proprietary-expected-quarter",
        "La empresa de Menlo Park trabaja en un modelo que se llama Avocado y que será "
        "propietario, según fuentes del sector. Se espera que el lanzamiento del modelo se "
        "produzca en el primer trimestre de 2026, aunque la fecha no es definitiva para los "
        "que siguen el proyecto.",
        "2025-12-11",
        (
            ("Avocado", "status", "upcoming"),
            ("Avocado", "openness", "closed"),
        ),
        (("Avocado", "status", "released"), ("Avocado", "openness", "open_weights")),
    ),
    RuleCase(
        "fr-released-date-context",
        "Meta a publié le 23 juillet 2024 le modèle Llama 3.1 405B, qui est disponible pour "
        "les développeurs. Le modèle a une fenêtre de contexte de 128K jetons et il est "
        "proposé en open source pour la recherche et pour les entreprises.",
        "2024-07-25",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07-23"),
            ("Llama 3.1", "params_total", 405_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "pt-launched-month-year",
        "A empresa de Zuckerberg lançou o Llama 2 em julho de 2023, e o modelo é de código "
        "aberto para pesquisa e para uso comercial. Os desenvolvedores podem baixar o modelo "
        "com uma licença que tem algumas regras para as grandes empresas, e a empresa diz que "
        "a comunidade criou milhares de versões com ele, o que é uma marca para a indústria.",
        "2024-12-06",
        (
            ("Llama 2", "status", "released"),
            ("Llama 2", "release_date", "2023-07"),
            ("Llama 2", "openness", "open_weights"),
        ),
        (),
    ),
    RuleCase(
        "it-training-sizes",
        "Meta sta ancora conducendo l'addestramento di Llama 4 Behemoth, che non è ancora "
        "disponibile per gli sviluppatori. Il modello ha 288 miliardi di parametri attivi e un "
        "totale di 2 trilioni di parametri, che sono molti anche per chi lavora con i modelli "
        "più grandi.",
        "2025-04-07",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "params_active", 288_000_000_000),
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "it-postponed-to-autumn-is-a-plan",
        "Secondo fonti interne, il lancio di Llama 4 Behemoth è stato rinviato all'autunno, "
        "perché il modello non è ancora pronto. Gli ingegneri di Meta lavorano ancora sulle "
        "prestazioni, che sono al centro delle discussioni con i dirigenti della società.",
        "2025-05-15",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-released-open-sizes",
        "Meta 今天正式发布了开源大模型 Llama 3,包括 80 亿和 700 亿参数两个版本。"
        "开发者可以在多个平台下载这些模型,并用于研究和商业用途。Meta 表示,更大的版本还在训练中。",
        "2024-04-19",
        (
            ("Llama 3", "status", "released"),
            ("Llama 3", "openness", "open_weights"),
            ("Llama 3", "params_total", 70_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "zh-not-yet-released-is-upcoming",
        "Llama 4 Behemoth 拥有 2880 亿有效参数,总参数达 2 兆。这款模型尚未正式发布,"
        "Meta 表示它仍在训练中,预计会在之后的几个月里与开发者见面,但具体时间还没有公布。",
        "2025-04-07",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "params_active", 288_000_000_000),
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ja-cjk-date",
        "Metaは2024年7月23日に大規模言語モデル「Llama 3.1」をリリースしました。"
        "Llama 3.1の最大のモデルは4050億パラメータで、重みは誰でもダウンロードできます。"
        "開発者はこのモデルを研究や商用の目的で使うことができ、多くの企業が試しています。",
        "2024-07-25",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07-23"),
            ("Llama 3.1", "params_total", 405_000_000_000),
        ),
        (),
    ),
    # --- negatives ------------------------------------------------------------------------
    RuleCase(
        "es-cooking-show-launch-gives-nothing",
        "La cadena lanza una nueva temporada de su programa de cocina el 4 de agosto de 2024. "
        "Los cocineros preparan recetas con las verduras de la temporada, y la conductora del "
        "programa dice que el ciclo fue cancelado el año pasado por la televisión pública.",
        "2024-08-05",
        (),
        (),
    ),
    RuleCase(
        "de-date-of-another-event-is-not-a-release-date",
        "Meta hat Llama 3 im April 2024 veröffentlicht, und die Modelle sind für die "
        "Entwickler verfügbar. Die Konferenz LlamaCon findet am 29. April 2025 statt, und "
        "dort will der Konzern über die Zukunft der Modelle und der Assistenten sprechen.",
        "2025-03-01",
        (("Llama 3", "release_date", "2024-04"),),
        (("Llama 3", "release_date", "2025-04-29"),),
    ),
    RuleCase(
        "fr-not-yet-published-is-no-release",
        "Le modèle Llama 4 Behemoth n'est pas encore publié, et Meta le présente comme un "
        "modèle en cours d'entraînement. Les chercheurs de la société disent que les tests "
        "sont bons, mais il n'y a pas de date pour les développeurs qui attendent.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_cooking_show_gives_no_facts_at_all() -> None:
    case = next(c for c in CASES if c.id == "es-cooking-show-launch-gives-nothing")
    assert facts_of(case.text, case.published) == []


def test_an_english_post_is_not_read_as_another_language() -> None:
    english = (
        "Meta released Llama 3 on April 18, 2024. The models are open weights, and the "
        "larger one has 70 billion parameters. Developers can download them today."
    )
    assert not languages.is_other_language(english)
    assert languages.is_other_language(CASES[0].text)


def test_a_foreign_word_in_an_english_post_is_not_read() -> None:
    # "lanzó" in an English post: the Spanish word list is not used, nothing changes
    facts = facts_of("The Spanish press wrote that Meta lanzó Llama 3 this week.", "2024-04-20")
    assert not [f for f in facts if f.attribute == "status"]


def test_every_word_has_a_literal_gate_key() -> None:
    # The readers test a word's literal key before its pattern: a word without one would
    # never be read.
    kinds = ("released", "upcoming", "shelved", "open_weights", "closed", "negation")
    for kind in kinds:
        for spaced in (True, False):
            for word in languages.words(kind, spaced=spaced):
                assert languages.literal_keys(word), (kind, word)
