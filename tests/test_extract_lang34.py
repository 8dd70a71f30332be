"""Status, release dates and openness said in languages other than English, by kind.

Not released until a time, or at the earliest then ("までリリースされない", "要到…才会发布",
"까지 출시되지 않", "nicht vor dem Herbst", "frühestens", "verzögert sich", "ne … pas avant",
"no … hasta", "non … prima", "não … antes", "niet vóór", "не раньше", "nie wcześniej niż"):
the model is still to come, and the time is the plan's. Access gated to researchers (case by
case, held to research labs, made available to researchers or the research community, in
every record that reads openness). A model that became available ("利用できるようになった",
"现已…可用", "이용할 수 있게 됐다"), and a release noun anchoring a past clause ("Xの公開と同時
に…た", "X 출시 이후 …했다"). German: the maker's perfect read where its object stands, so
rivals named between the model and the closing participle do not take it. Japanese: the
maker's announcement said before the model it describes; a leak's uploaded link is no release.
Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and the
ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

#: a sentence in each language with the short words that mark a post as written in it
_DE = " Die Redaktion wird die Lage für die Leser weiter beobachten und ist gespannt."
_FR = " La rédaction suit le dossier pour les lecteurs et reste prudente sur la suite."
_IT = " La redazione segue la vicenda per i lettori e resta prudente sul seguito."
_PL = " Redakcja śledzi sprawę i nie jest pewna, co będzie dalej z tym projektem."

NOT_UNTIL_CASES = [
    RuleCase(
        "ja-not-released-until-a-season",
        "複数の報道では、Llama 4 Behemothは2026年春までリリースされない見通しだという。",
        "2025-09-01",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2026-Q2"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-only-at-a-time-is-no-release",
        "消息称，Llama 4 Behemoth 要等到明年才会正式发布。",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-not-before-a-time",
        "Llama 4 Behemoth 在年底之前不会推出，团队仍在调整。",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-tw-delayed-again-beside-a-released-version",
        "Llama 4 Behemoth 已再次延遲，社群對目前釋出的其他版本評價平平。",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ko-not-released-until-a-time",
        "Llama 4 Behemoth는 내년까지 출시되지 않을 것으로 알려졌다.",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "de-not-before-autumn",
        "Wie eine Zeitung schreibt, soll Llama 4 Behemoth nicht vor dem Herbst erscheinen." + _DE,
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "de-at-the-earliest",
        "Nach neuen Angaben kommt Llama 4 Behemoth frühestens im Herbst auf die Server." + _DE,
        "2025-06-01",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (),
    ),
    RuleCase(
        "de-delayed-as-a-verb",
        "Der Start von Llama 4 Behemoth verzögert sich erneut, heißt es aus dem Konzern." + _DE,
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "fr-not-available-before-autumn",
        "D'après nos informations, Llama 4 Behemoth ne sera pas disponible avant l'automne." + _FR,
        "2025-06-01",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "es-not-available-until-autumn",
        "Llama 4 Behemoth no estará disponible hasta el otoño, según la prensa de la ciudad.",
        "2025-06-01",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "it-not-before-autumn",
        "Secondo la stampa, Llama 4 Behemoth non arriverà prima dell'autunno e la squadra aspetta.",
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "pt-not-before-autumn",
        "Segundo a imprensa, o Llama 4 Behemoth não deve chegar antes do outono para os usuários.",
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "nl-not-before-autumn",
        "Llama 4 Behemoth komt niet vóór het najaar, zo is het plan van het bedrijf voor de "
        "ontwikkelaars die ermee willen werken.",
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ru-not-earlier-than",
        "Llama 4 Behemoth появится не раньше осени, и это для разработчиков не новость.",
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "pl-not-earlier-than",
        "Llama 4 Behemoth trafi do użytkowników nie wcześniej niż jesienią." + _PL,
        "2025-06-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]

RESEARCH_CASES = [
    RuleCase(
        "de-case-by-case-to-researchers",
        "Meta gewährt den Zugang zu LLaMA von Fall zu Fall akademischen Forschern und "
        "Forschungslaboren." + _DE,
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    RuleCase(
        "de-access-held-to-research-labs",
        "Meta will den Zugriff auf LLaMA zunächst auf ausgewählte Forschungslabore beschränken."
        + _DE,
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "de-researchers-and-companies-is-no-gate",
        "Meta stellt Llama 2 Forschern und Unternehmen kostenlos zur Verfügung." + _DE,
        "2023-07-20",
        (),
        (("Llama 2", "openness", "research_only"),),
    ),
    RuleCase(
        "ja-case-by-case-permission",
        "LLaMAの重みは、学術研究者にケースバイケースで利用が許可される仕組みだった。",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "ja-held-to-approved-researchers",
        "当初、LLaMAはMetaが承認した研究者に限って利用できた。",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "ja-researchers-among-others-is-no-gate",
        "Llama 2は開発者や研究者に提供される。",
        "2023-07-20",
        (),
        (("Llama 2", "openness", "research_only"),),
    ),
    RuleCase(
        "zh-given-to-researchers",
        "Meta 最初把 LLaMA 提供给研究人员使用。",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "zh-researchers-and-companies-is-no-gate",
        "Meta 把 Llama 2 提供给研究人员和企业免费使用。",
        "2023-07-20",
        (),
        (("Llama 2", "openness", "research_only"),),
    ),
    RuleCase(
        "ko-given-to-researchers-only",
        "LLaMA는 처음에 연구자들에게만 제공됐다.",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "fr-case-by-case-to-researchers",
        "Meta accorde l'accès à LLaMA au cas par cas aux chercheurs des universités.",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "es-case-by-case-to-researchers",
        "El acceso a LLaMA se concede caso por caso a investigadores de universidades.",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "it-case-by-case-to-researchers",
        "Meta concede LLaMA caso per caso ai ricercatori delle università." + _IT,
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "pt-made-available-to-researchers",
        "A Meta colocou o LLaMA à disposição dos pesquisadores das universidades.",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
]

AVAILABLE_CASES = [
    RuleCase(
        "ja-became-available",
        "今回の提携で、Llama 2はAzureのモデルカタログから利用できるようになった。",
        "2023-07-20",
        (("Llama 2", "status", "released"),),
        (),
    ),
    RuleCase(
        "ja-will-become-available-is-no-release",
        "Avocadoは来年から利用できるようになる見込みだ。",
        "2025-09-01",
        (),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "ja-commercial-use-allowed-is-no-release",
        "Avocadoは商用利用が可能となるライセンスで配布される予定だ。",
        "2025-09-01",
        (),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "zh-now-available",
        "Llama 3.1 现已在多家云平台上可供使用。",
        "2024-07-25",
        (("Llama 3.1", "status", "released"),),
        (),
    ),
    RuleCase(
        "ko-became-available",
        "Llama 2는 이번 협력으로 애저에서 이용할 수 있게 됐다.",
        "2023-07-20",
        (("Llama 2", "status", "released"),),
        (),
    ),
    RuleCase(
        "ja-release-noun-before-a-past-clause",
        "Llama 3の公開と同時に、MetaはInstagramにも新しいアシスタントを組み込んだ。",
        "2024-05-01",
        (("Llama 3", "status", "released"),),
        (),
    ),
    RuleCase(
        "ja-release-noun-before-a-plan",
        "Llama 5のリリースに合わせて、Metaは新しい機能を発表する予定だ。",
        "2025-09-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "ko-release-noun-before-a-past-clause",
        "Llama 3 출시 직후 메타는 인스타그램에 새 어시스턴트를 추가했다.",
        "2024-05-01",
        (("Llama 3", "status", "released"),),
        (),
    ),
    RuleCase(
        "ko-release-noun-before-a-plan",
        "Llama 5 출시 이후 메타는 새 기능을 추가할 계획이다.",
        "2025-09-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
]

MAKER_CASES = [
    RuleCase(
        "de-maker-perfect-with-rivals-before-the-participle",
        "Meta hat LLaMA Mitte Februar als Antwort auf ChatGPT von OpenAI und Bard von Google "
        "vorgestellt." + _DE,
        "2023-03-05",
        (("Llama 1", "status", "released"), ("Llama 1", "release_date", "2023-02")),
        (),
    ),
    RuleCase(
        "de-maker-perfect-of-a-study-is-no-release",
        "Meta hat im Februar zu LLaMA eine Studie veröffentlicht." + _DE,
        "2023-03-05",
        (),
        (("Llama 1", "status", "released"),),
    ),
    RuleCase(
        "ja-maker-announcement-before-the-model",
        "Metaが2023年2月に発表した新しい言語モデル「LLaMA」は、小さなGPUでも動く。",
        "2023-03-06",
        (("Llama 1", "release_date", "2023-02"),),
        (),
    ),
    RuleCase(
        "ja-maker-announcement-of-a-paper",
        "Metaが2024年4月に発表した論文によると、Llama 3の推論性能は高い。",
        "2024-06-01",
        (),
        (("Llama 3", "release_date", None),),
    ),
    RuleCase(
        "ja-leaked-link-is-no-release",
        "MetaはLLaMAを2月に研究者向けに公開した。\n\n3月3日には、匿名の利用者がLLaMAの重みを取得できる"
        "マグネットリンクを公開した。",
        "2023-03-06",
        (("Llama 1", "release_date", "2023-02"),),
        (("Llama 1", "release_date", "2023-03-03"),),
    ),
]


@pytest.mark.parametrize(
    "case",
    NOT_UNTIL_CASES + RESEARCH_CASES + AVAILABLE_CASES + MAKER_CASES,
    ids=lambda c: c.id,
)
def test_other_language_status_and_openness_case(case: RuleCase) -> None:
    check_rule_case(case)
