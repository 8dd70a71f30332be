"""Round 11b language rules: Hangul model names, list joins of other languages.

Each case is a ``RuleCase`` (helpers_extract): a post written for the rule, the facts that
must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, catalog, check_rule_case

CASES = [
    # Hangul names: "라마3" is Llama 3, "라마 4 매버릭" Llama 4 Maverick
    RuleCase(
        "a-hangul-numbered-name-is-the-model",
        "메타가 새 언어모델 라마3를 오늘 출시했다. 라마3는 700억 개의 매개변수를 갖췄다.",
        "2024-04-20",
        (("Llama 3", "status", "released"), ("Llama 3", "params_total", 70_000_000_000)),
        (),
    ),
    RuleCase(
        "a-hangul-member-name-is-the-member",
        "메타가 라마 4 매버릭을 출시했다. 라마 4 매버릭은 170억 개의 활성 파라미터를 갖췄다.",
        "2025-04-07",
        (("Llama 4 Maverick", "params_active", 17_000_000_000),),
        (),
    ),
    # negative: "드라마" (drama) holds "라마" but names no model
    RuleCase(
        "a-hangul-word-that-ends-in-the-name-is-no-model",
        "방송사가 새 드라마3 시즌을 출시했다. 드라마3는 열두 편으로 구성됐다.",
        "2024-04-20",
        (),
        (("Llama 3", None, None),),
    ),
    # "학술 전용 오픈소스": open source for academic use only is research-only weights
    RuleCase(
        "an-academic-only-model-is-research-only",
        "학술 전용 오픈소스인 라마1과 달리 새 모델은 누구나 쓸 수 있다.",
        "2023-07-25",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    # list joins of other languages continue a versioned name: "3.2 y 3.3"
    RuleCase(
        "a-spanish-list-continues-the-version",
        "Según la empresa, Meta lanzó Llama 3.2 y 3.3 el 18 de septiembre de 2024 como "
        "modelos de código abierto, que son los más pequeños de la familia para los que "
        "trabajan en el móvil.",
        "2025-01-10",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "release_date", "2024-09-18")),
        (),
    ),
    # negative: a size after the join is no version ("y 70B")
    RuleCase(
        "a-size-after-the-join-is-no-version",
        "Según la empresa, Meta lanzó Llama 3 y 70B parámetros en la versión grande, que "
        "es la más potente de la familia para los que trabajan en la nube.",
        "2024-05-10",
        (),
        (("Llama 70", None, None),),
    ),
]


_KO = (
    " 회사는 개발자와 연구자가 자신의 서버에서 이 모델을 사용할 수 있으며 미세 조정과 배포도 "
    "가능하다고 밝혔다. 업계에서는 이번 발표가 시장의 판도를 바꿀 것으로 보고 있다."
)
_ZH = (
    " 该公司表示，开发者和研究人员可以在自己的服务器上使用这个模型，并且可以进行微调和部署。"
    "业内人士认为这次发布将改变市场格局。"
)
_JA = (
    " 同社によると、開発者や研究者は自分のサーバーでこのモデルを使うことができ、微調整や"
    "配布も可能だという。業界ではこの発表が市場の構図を変えるとみている。"
)

CASES += [
    # "아직 공개되지 않았다" (not yet made public): the member is still to come, and a
    # release said of the generation's three versions does not reach it
    RuleCase(
        "ko-not-yet-public-holds-the-member-back",
        "Llama 4는 Scout, Maverick, Behemoth 세 가지 버전으로 출시되었다. 다만 Behemoth는 "
        "아직 공개되지 않았다." + _KO,
        "2025-04-09",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negative: the siblings named as released stay released
    RuleCase(
        "ko-a-released-member-is-not-held-back",
        "Llama 4는 Scout, Maverick 두 가지 버전으로 출시되었다. 두 버전 모두 바로 쓸 수 있다."
        + _KO,
        "2025-04-09",
        (("Llama 4 Maverick", "status", "released"),),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    RuleCase(
        "zh-still-not-released-holds-the-member-back",
        "Meta发布了Llama 4 Scout和Llama 4 Maverick。Llama 4 Behemoth目前还未发布。" + _ZH,
        "2025-04-09",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "まだ開発中" (still in development): "まだ" before a state is no denial
    RuleCase(
        "ja-still-in-development-is-upcoming",
        "Llama 4 Behemothはまだ開発中で、Llama 4 MaverickとLlama 4 Scoutがリリースされた。" + _JA,
        "2025-04-09",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ja-not-yet-public-is-upcoming",
        "MetaはLlama 4 ScoutとLlama 4 Maverickを公開した。Llama 4 Behemothはまだ公開されて"
        "いない。" + _JA,
        "2025-04-09",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("라마 3.1 405B 모델", ["Llama 3.1"]),
        ("라마 4는 곧", ["Llama 4"]),
        ("Llama 3.1 und 3.2", ["Llama 3.1", "Llama 3.2"]),
        ("Llama 3.1和3.2", ["Llama 3.1", "Llama 3.2"]),
        ("Llama 2と3", ["Llama 2", "Llama 3"]),
        ("Llama 3.2 et 3.3", ["Llama 3.2", "Llama 3.3"]),
        ("라마 3.2와 3.3", ["Llama 3.2", "Llama 3.3"]),
        ("드라마 3", []),
        ("Llama 3.1 et 405 personnes", ["Llama 3.1"]),
    ],
)
def test_names_in_other_scripts_and_lists(text: str, names: list[str]) -> None:
    found = [m.name for m in catalog().find_mentions(text) if m.kind != "family"]
    assert found == names


def test_a_hangul_short_name_needs_its_generation_as_topic() -> None:
    # "스카우트" is also the word for recruiting: alone it names no model
    alone = catalog().find_mentions("메타가 인재 스카우트에 나섰다", short_names=False)
    assert not alone
    topic = catalog().find_mentions("스카우트와 매버릭", short_names=True)
    assert [m.name for m in topic] == ["Llama 4 Scout", "Llama 4 Maverick"]
    assert all(m.short for m in topic)


ANAPHOR_CASES = [
    # "모든 모델" (all the models), "两个模型" (the two models), "両モデル" (both models):
    # a reference back to the models just named carries the value to each of them
    RuleCase(
        "ko-all-the-models-refers-back",
        "메타가 Llama 4 Scout와 Llama 4 Maverick을 출시했다. 모든 모델은 오픈소스로 공개됐다."
        + _KO,
        "2025-04-09",
        (("Llama 4 Scout", "openness", "open_weights"), ("Llama 4 Maverick", "openness", None)),
        (),
    ),
    RuleCase(
        "zh-the-two-models-refers-back",
        "Meta发布了Llama 4 Scout和Llama 4 Maverick。两个模型均为开源模型。" + _ZH,
        "2025-04-09",
        (("Llama 4 Scout", "openness", "open_weights"), ("Llama 4 Maverick", "openness", None)),
        (),
    ),
    RuleCase(
        "ja-both-models-refers-back",
        "MetaはLlama 4 ScoutとLlama 4 Maverickをリリースした。両モデルはオープンソースで"
        "提供される。" + _JA,
        "2025-04-09",
        (("Llama 4 Scout", "openness", "open_weights"), ("Llama 4 Maverick", "openness", None)),
        (),
    ),
    # negative: "모든" before another noun ("모든 개발자", every developer) refers to no model
    RuleCase(
        "ko-all-the-developers-is-no-reference",
        "메타가 Llama 4 Scout를 출시했다. 모든 개발자는 오픈소스 도구를 쓸 수 있다는 이야기도 "
        "나왔다." + _KO,
        "2025-04-09",
        (),
        (("Llama 4 Scout", "openness", None),),
    ),
]


@pytest.mark.parametrize("case", ANAPHOR_CASES, ids=[c.id for c in ANAPHOR_CASES])
def test_anaphor_case(case: RuleCase) -> None:
    check_rule_case(case)


_ES = (
    " Según la empresa, los modelos son abiertos y están disponibles para los desarrolladores "
    "de todo el mundo que trabajan con la nube."
)

MONTH_CASES = [
    # "Abr 2024" in a Spanish timeline row: an abbreviated month dates the release
    RuleCase(
        "es-abbreviated-month-dates-the-release",
        "Historia de la familia.\n\nAbr 2024Llama 3 se lanzó para los equipos de la empresa." + _ES,
        "2025-01-10",
        (("Llama 3", "release_date", "2024-04"),),
        (),
    ),
    # negative: "5 out of 10" in a Portuguese page is no October ("out" is left out)
    RuleCase(
        "pt-out-of-is-no-month",
        "Segundo a empresa, o Llama 3 foi lançado e 5 out of 10 desenvolvedores já usam o "
        "modelo, que está disponível para todos os usuários do mundo.",
        "2024-06-10",
        (),
        (("Llama 3", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", MONTH_CASES, ids=[c.id for c in MONTH_CASES])
def test_month_case(case: RuleCase) -> None:
    check_rule_case(case)


SOON_AFTER_CASES = [
    # "Soon after Llama 1, Meta put out Llama 2": the earlier name only dates the
    # sentence; the release is the later model's
    RuleCase(
        "a-fronted-soon-after-name-is-a-point-in-time",
        "Not long after Llama 1, Meta released Llama 2 in July 2023.",
        "2024-01-10",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07")),
        (("Llama 1", "status", None),),
    ),
    RuleCase(
        "de-kurz-nach-name-is-a-point-in-time",
        "Kurz nach Llama 1 hat Meta Llama 2 im Juli 2023 veröffentlicht. Laut dem Unternehmen "
        "ist das Modell für die Entwickler in der ganzen Welt verfügbar, die mit der Cloud "
        "arbeiten.",
        "2024-01-10",
        (("Llama 2", "status", "released"),),
        (("Llama 1", "status", None),),
    ),
    # negative: the name with a verb of its own ("after Llama 1 leaked in March") keeps
    # its own event and date
    RuleCase(
        "a-soon-after-clause-with-its-own-verb-keeps-its-date",
        "Shortly after Llama 1 was released in February 2023, its weights leaked online.",
        "2024-01-10",
        (("Llama 1", "release_date", "2023-02"),),
        (),
    ),
]


@pytest.mark.parametrize("case", SOON_AFTER_CASES, ids=[c.id for c in SOON_AFTER_CASES])
def test_soon_after_case(case: RuleCase) -> None:
    check_rule_case(case)
