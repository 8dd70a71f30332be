"""Other-language rules from a twelfth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

from llamawatch.extractors import languages as L

CASES = [
    # Korean joins a list with a particle glued to the first name ("A와 B", "A 및 B"):
    # both names take the verb, not only the one next to it
    RuleCase(
        "ko-particle-join-groups-two-names",
        "메타는 어제 Llama 4 Scout와 Llama 4 Maverick을 공개했다.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (),
    ),
    RuleCase(
        "ko-list-word-groups-two-names",
        "Meta는 Llama 4 Scout 및 Llama 4 Maverick을 출시했다.",
        "2025-04-07",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (),
    ),
    # negative: two sentences, no join: the verb stays with its own name
    RuleCase(
        "ko-no-join-keeps-the-verb-with-its-name",
        "Llama 4 Scout는 작년에 나왔다. 메타는 오늘 Llama 4 Maverick을 공개했다.",
        "2025-04-07",
        (("Llama 4 Maverick", "status", "released"),),
        (("Llama 4 Scout", "status", None),),
    ),
    # a short post in Portuguese or Spanish is read in its language: one function word in
    # eight tells as much as eight do in a long opening
    RuleCase(
        "pt-short-post-is-read-in-portuguese",
        "A Meta lançou o Llama 2 em julho de 2023.",
        "2023-08-01",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07")),
        (),
    ),
    RuleCase(
        "es-short-post-is-read-in-spanish",
        "Meta presentó Llama 3 en abril, con modelos de 8B y 70B.",
        "2024-05-01",
        (("Llama 3", "status", "released"),),
        (),
    ),
    # negative: a short English post with one Portuguese word is still English
    RuleCase(
        "en-short-post-with-a-foreign-word-stays-english",
        "The Llama 2 lançou meme is a running joke on the forum.",
        "2023-08-01",
        (),
        (("Llama 2", "status", None),),
    ),
    # "开源" as Meta's verb before its model: out, with open weights
    RuleCase(
        "zh-meta-open-sources-its-model",
        "Meta开源Llama 3.1系列模型,包括405B版本。",
        "2024-07-24",
        (("Llama 3.1", "status", "released"), ("Llama 3.1", "openness", "open_weights")),
        (),
    ),
    RuleCase(
        "zh-meta-open-sources-today",
        "Meta今天开源了全新的Llama 3.2模型。",
        "2024-09-26",
        (("Llama 3.2", "status", "released"), ("Llama 3.2", "openness", "open_weights")),
        (),
    ),
    # negative: another lab opens its own model; a Llama named after it gets nothing
    RuleCase(
        "zh-another-lab-open-sources-its-model",
        "阿里开源Qwen 2,称其超过Llama 3。",
        "2024-06-07",
        (),
        (("Llama 3", "status", None), ("Llama 3", "openness", None)),
    ),
    # katakana names: "ラマ4スカウト" is Llama 4 Scout, "ラマ 3.1" Llama 3.1, and the list
    # join "と" groups them
    RuleCase(
        "ja-katakana-names-and-to-join",
        "Metaはラマ4スカウトとラマ4マーベリックをリリースしました。",
        "2025-04-06",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (),
    ),
    RuleCase(
        "ja-katakana-family-word-with-version",
        "Metaはラマ 3.1を公開しました。パラメータ数は4050億です。",
        "2024-07-24",
        (("Llama 3.1", "status", "released"),),
        (),
    ),
    # a member's bare katakana name counts once its generation is the topic
    RuleCase(
        "ja-bare-member-name-once-its-generation-is-the-topic",
        "Metaは本日ラマ4を発表した。マーベリックは本日公開された。",
        "2025-04-06",
        (("Llama 4 Maverick", "status", "released"),),
        (),
    ),
    # negative: "ドラマ4" (drama) holds "ラマ4" after a katakana letter, and a bare
    # "マーベリック" with no Llama 4 topic is a film
    RuleCase(
        "ja-katakana-word-holding-the-family-word-is-not-it",
        "ドラマ4話の放送日に、マーベリックが公開された。",
        "2025-04-06",
        (),
        (("Llama 4 Maverick", "status", None), ("Llama 4 Scout", "status", None)),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_a_short_text_in_another_script_is_another_language() -> None:
    assert L.is_other_language("Meta开源了Llama 3.1。")
    assert not L.is_other_language("Meta released Llama 3.1 (开源) today for everyone to use.")


def test_a_long_english_text_with_a_few_foreign_words_stays_english() -> None:
    text = (
        "Meta released Llama 3 in April, and the team said the model is open for use "
        "by developers. " * 20 + "A Spanish outlet wrote que se lanzó con modelos de 8B y 70B."
    )
    assert not L.is_other_language(text)


# Research-only words of other languages ("solo está disponible para investigadores",
# "licencia no comercial", "nur für Forschungszwecke", "仅限研究"), checked on the
# vocabulary matcher here and end to end in test_extract_rules11.
@pytest.mark.parametrize(
    "text",
    [
        "Meta presentó LLaMA en febrero: el modelo solo está disponible para investigadores.",
        "Meta anunció que LLaMA estará disponible bajo una licencia no comercial.",
        "A Meta disponibilizou o LLaMA apenas para pesquisadores, com uma licença não comercial.",
        "LLaMA wurde von Meta nur für Forschungszwecke freigegeben, sagte das Unternehmen.",
        "Meta发布了LLaMA模型,该模型仅限研究使用,不能用于商业产品。",
    ],
)
def test_research_only_words_of_other_languages(text: str) -> None:
    from llamawatch.extractors import vocabulary as V

    with L.reading(text):
        assert V.RESEARCH_ONLY.search(text)


@pytest.mark.parametrize(
    "text",
    [
        # research is one audience among others: no restriction
        "Llama 2 está disponible para investigación y uso comercial, dijo la empresa.",
        "O Llama 2 está disponível para pesquisa e uso comercial, disse a empresa.",
    ],
)
def test_research_and_commercial_use_is_no_restriction(text: str) -> None:
    from llamawatch.extractors import vocabulary as V

    with L.reading(text):
        assert not V.RESEARCH_ONLY.search(text)


# A codename in Hangul or katakana names its model only beside a codename marker: the
# same word alone is the fruit
CODENAME_CASES = [
    RuleCase(
        "ko-codename-marker-after-the-hangul-name",
        "외신은 메타가 새 텍스트 모델 '아보카도(코드명)'를 준비하고 있다고 보도했다.",
        "2025-12-19",
        (("Avocado", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "ja-codename-marker-before-the-katakana-name",
        "報道によると、Metaはコードネーム「アボカド」の新モデルを開発中だ。",
        "2025-12-19",
        (("Avocado", "status", "upcoming"),),
        (),
    ),
    # negative: the fruit, with no codename marker, in a post about Meta
    RuleCase(
        "ko-the-fruit-is-not-the-model",
        "메타 직원 식당은 아보카도 샐러드를 새로 출시했다.",
        "2025-12-19",
        (),
        (("Avocado", "status", None),),
    ),
    RuleCase(
        "ja-the-fruit-is-not-the-model",
        "Metaの社員食堂はアボカドのサラダを公開した。",
        "2025-12-19",
        (),
        (("Avocado", "status", None),),
    ),
]


@pytest.mark.parametrize("case", CODENAME_CASES, ids=lambda c: c.id)
def test_codename_case(case: RuleCase) -> None:
    check_rule_case(case)
