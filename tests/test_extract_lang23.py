"""Dates and launch words of other languages, completed record by record, on posts written
for them.

Weekdays with the words that make them a day ("Mardi soir", "ce jeudi", "el viernes
pasado", "во вторник", "ביום שלישי האחרון", "上周二"), the day before ("накануне"), this
and last month ("no início deste mês"), "N weeks ago" in every record ("hace dos semanas",
"vor zwei Wochen", "두 달 전"), a season with which one it is ("la prossima primavera"),
the day-first numeric date ("18.07.2023"), the weekend, the Hebrew record, and launch verbs
the records lacked (Russian participles, the Portuguese progressive, the French present).
Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and the
ones that must not. Posts in another language are long enough to be read as that language.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

from llamawatch.extractors.languages import is_other_language

WEEKDAY_CASES = [
    # French: a part of the day after the name, "ce" before it, the bare name after the
    # verb, "dernier" in a post of that very weekday (a week back)
    RuleCase(
        "fr-weekday-evening-opens-the-sentence",
        "Mardi soir, le groupe Meta a présenté Llama 2, avec une version pour la conversation.",
        "2023-07-19",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07-18")),
        (),
    ),
    RuleCase(
        "fr-this-weekday-with-the-present-of-the-news",
        "Ce jeudi, Meta présente son nouveau modèle Llama 3 aux développeurs du monde entier. "
        "Il est disponible dans deux tailles, pour la recherche et pour les entreprises.",
        "2024-04-19",
        (("Llama 3", "status", "released"), ("Llama 3", "release_date", "2024-04-18")),
        (),
    ),
    RuleCase(
        "fr-bare-weekday-after-the-verb",
        "Meta a dévoilé jeudi Llama 3, que les développeurs peuvent déjà utiliser dans le cloud.",
        "2024-04-20",
        (("Llama 3", "release_date", "2024-04-18"),),
        (),
    ),
    RuleCase(
        "fr-last-weekday-in-a-post-of-that-weekday",
        "Meta a publié Llama 3 jeudi dernier, et la communauté teste déjà les deux tailles "
        "du modèle.",
        "2024-04-25",
        (("Llama 3", "release_date", "2024-04-18"),),
        (("Llama 3", "release_date", "2024-04-25"),),
    ),
    RuleCase(
        "fr-every-weekday-is-a-habit-not-a-day",
        "Chaque mardi, l'équipe de Meta publie une lettre sur les usages de Llama 3 dans "
        "les entreprises.",
        "2024-04-25",
        (),
        (("Llama 3", "release_date", None),),
    ),
    RuleCase(
        "es-last-friday-after-the-name",
        "El viernes pasado Meta lanzó Llama 4 Scout para todos los desarrolladores que lo "
        "quieran usar.",
        "2025-04-09",
        (("Llama 4 Scout", "release_date", "2025-04-04"),),
        (),
    ),
    RuleCase(
        "de-weekday-with-the-evening-glued-on",
        "Meta hat am Dienstagabend Llama 2 vorgestellt, das auch für Unternehmen kostenlos ist.",
        "2023-07-20",
        (("Llama 2", "release_date", "2023-07-18"),),
        (),
    ),
    RuleCase(
        "zh-weekday-of-the-week-before",
        "Meta 上周二发布了 Llama 3，开发者现在可以从官网下载这两个版本的模型。",
        "2024-05-02",
        (("Llama 3", "release_date", "2024-04-23"),),
        (),
    ),
    RuleCase(
        "zh-last-week-continuously-is-no-monday",
        "据悉，Meta 团队上周一直在训练 Llama 4 的最大版本，目前还没有公开任何数据。",
        "2024-05-02",
        (),
        (("Llama 4", "release_date", None),),
    ),
    RuleCase(
        "ko-last-weekday",
        "메타는 지난 화요일 Llama 3를 공개했다. 개발자들은 이 모델을 바로 내려받을 수 있다.",
        "2024-04-19",
        (("Llama 3", "release_date", "2024-04-16"),),
        (),
    ),
    # Turkish "pazar" alone is also a market: no Sunday is read from it
    RuleCase(
        "tr-market-is-no-sunday",
        "Meta, bu pazar için Llama 3'ü yayınladı ve model geliştiriciler için ücretsiz olarak "
        "sunuldu.",
        "2024-05-02",
        (),
        (("Llama 3", "release_date", "2024-04-28"),),
    ),
    # English: a part of the day after the name, and "last Tuesday" on a Tuesday
    RuleCase(
        "en-weekday-evening",
        "Tuesday evening, Meta released Llama 2 to researchers and businesses alike.",
        "2023-07-20",
        (("Llama 2", "release_date", "2023-07-18"),),
        (),
    ),
    RuleCase(
        "en-last-weekday-on-that-weekday",
        "Meta released Llama 2 last Tuesday, and developers have been busy since.",
        "2023-07-25",
        (("Llama 2", "release_date", "2023-07-18"),),
        (("Llama 2", "release_date", "2023-07-25"),),
    ),
]

DAY_CASES = [
    RuleCase(
        "ru-the-day-before-with-a-participle",
        "Llama 3.1, представленная накануне компанией Meta, уже доступна всем разработчикам "
        "в облаке и на сайте.",
        "2024-07-24",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "release_date", "2024-07-23")),
        (),
    ),
    RuleCase(
        "ru-the-eve-of-a-thing-is-no-day",
        "Накануне конференции компания Meta выпустила Llama 3.1 для всех разработчиков и "
        "исследователей.",
        "2024-07-24",
        (),
        (("Llama 3.1", "release_date", "2024-07-23"),),
    ),
    # a "today" inside a quotation is the day of the words quoted, not the post's
    RuleCase(
        "id-today-inside-a-quote-is-not-the-post-day",
        "“Hari ini, kami memperkenalkan Llama 4 Scout untuk semua pengembang,” tulis Meta "
        "dalam blog resminya yang dibaca oleh banyak orang.",
        "2025-04-07",
        (),
        (("Llama 4 Scout", "release_date", "2025-04-07"),),
    ),
    RuleCase(
        "id-today-in-the-post-voice",
        "Hari ini Meta merilis Llama 4 Scout untuk para pengembang yang ingin mencobanya "
        "dengan gratis.",
        "2025-04-05",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
    # "de la noche a la mañana" is overnight, no tomorrow
    RuleCase(
        "es-overnight-is-no-tomorrow",
        "De la noche a la mañana, Meta lanzó Llama 3.1 y cambió el mercado de los modelos de "
        "código abierto para todos.",
        "2024-07-24",
        (),
        (("Llama 3.1", "release_date", "2024-07-25"),),
    ),
    RuleCase(
        "fr-weekday-before-another-event-is-no-day",
        "Meta a lancé Llama 4 Scout le jour où personne ne l'attendait, samedi avant la "
        "conférence des développeurs de la société.",
        "2025-04-09",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
    ),
    RuleCase(
        "fr-this-weekend",
        "Meta a présenté ce week-end ses nouveaux modèles Llama 4 Scout et Llama 4 Maverick "
        "pour les développeurs.",
        "2025-04-07",
        (("Llama 4 Scout", "release_date", "2025-04"),),
        (),
    ),
]

MONTH_AND_AGO_CASES = [
    # this month, with the Portuguese progressive of Portugal ("estava a lançar")
    RuleCase(
        "pt-start-of-this-month-progressive",
        "No início deste mês, a empresa disse que estava a lançar, grátis para empresas, o "
        "Llama 2.",
        "2023-07-28",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07")),
        (),
    ),
    RuleCase(
        "pt-months-ago",
        "A Meta lançou o Llama 3.1 há dois meses e a comunidade adotou o modelo com rapidez. "
        "Hoje é uma das bases mais usadas para criar novos modelos de código aberto.",
        "2024-09-25",
        (("Llama 3.1", "release_date", "2024-07"),),
        (),
    ),
    RuleCase(
        "es-weeks-ago",
        "Meta lanzó Llama 3 hace dos semanas y los desarrolladores ya lo usan en sus proyectos.",
        "2024-05-02",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
    RuleCase(
        "de-weeks-ago",
        "Meta hat Llama 3 vor zwei Wochen veröffentlicht, und die Resonanz ist bisher groß.",
        "2024-05-02",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
    RuleCase(
        "it-weeks-ago",
        "Meta ha rilasciato Llama 3 tre settimane fa e da allora è molto usato dagli "
        "sviluppatori di tutto il mondo. Il modello è disponibile in due versioni che si "
        "possono scaricare dal sito della società.",
        "2024-05-10",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
    RuleCase(
        "ru-weeks-ago",
        "Meta выпустила Llama 3 две недели назад, и эта модель уже очень популярна у "
        "разработчиков.",
        "2024-05-02",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
    RuleCase(
        "nl-weeks-ago",
        "Meta heeft Llama 3 twee weken geleden uitgebracht voor ontwikkelaars en bedrijven "
        "in de hele wereld.",
        "2024-05-02",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
    RuleCase(
        "ja-months-ago",
        "Metaは2か月前にLlama 3.1を公開した。開発者はこのモデルを自由に利用できる。",
        "2024-09-25",
        (("Llama 3.1", "release_date", "2024-07"),),
        (),
    ),
    RuleCase(
        "zh-about-ten-days-is-no-day",
        "Meta 在十天前后将发布 Llama 4 的最大版本，目前仍在训练中。",
        "2025-04-20",
        (),
        (("Llama 4 Behemoth", "release_date", "2025-04-10"),),
    ),
]

SEASON_AND_NUMERIC_CASES = [
    # "entro la prossima primavera": the next spring; "il lancio" refers back to the model
    RuleCase(
        "it-next-spring-and-the-launch",
        "Meta prepara un nuovo modello chiamato Avocado. Il lancio è previsto entro la "
        "prossima primavera; non sarà open source: il modello resterà proprietario.",
        "2025-12-12",
        (("Avocado", "release_date", "2026-Q2"), ("Avocado", "openness", "closed")),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "fr-next-spring-after-the-season",
        "Meta lancera son modèle Avocado au printemps prochain, selon plusieurs sources "
        "proches du dossier. Le modèle est pour le moment en phase de test dans les labos.",
        "2025-12-12",
        (("Avocado", "release_date", "2026-Q2"),),
        (),
    ),
    RuleCase(
        "de-day-first-numeric-date",
        "Meta hat Llama 2 am 18.07.2023 veröffentlicht, gemeinsam mit Microsoft und für die "
        "Forschung.",
        "2023-07-25",
        (("Llama 2", "release_date", "2023-07-18"),),
        (),
    ),
]

HEBREW_CASES = [
    RuleCase(
        "he-last-tuesday-open-source",
        "Meta הציגה ביום שלישי האחרון את Llama 2, והמודל זמין בקוד פתוח לשימוש מחקרי ומסחרי.",
        "2023-07-21",
        (
            ("Llama 2", "status", "released"),
            ("Llama 2", "release_date", "2023-07-18"),
            ("Llama 2", "openness", "open_weights"),
        ),
        (),
    ),
    RuleCase(
        "he-month-with-its-preposition",
        "Meta השיקה את Llama 3 באפריל 2024, והמודל כבר ניתן להורדה לכל המפתחים.",
        "2024-06-01",
        (("Llama 3", "release_date", "2024-04"), ("Llama 3", "openness", "open_weights")),
        # (not "3 באפריל": the version number is no day)
        (("Llama 3", "release_date", "2024-04-03"),),
    ),
]


@pytest.mark.parametrize(
    "case",
    WEEKDAY_CASES + DAY_CASES + MONTH_AND_AGO_CASES + SEASON_AND_NUMERIC_CASES + HEBREW_CASES,
    ids=lambda c: c.id,
)
def test_date_and_launch_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_a_hebrew_post_is_read_as_another_language() -> None:
    assert is_other_language("Meta השיקה את המודל החדש שלה, והוא זמין לכל המפתחים.")
    assert not is_other_language("Meta launched its new model, and it is out for everyone.")
