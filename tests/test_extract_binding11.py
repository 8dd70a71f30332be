"""Binding rules of the eleventh round: which model a value in a sentence belongs to.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Sentences are written for the tests (no corpus text).
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

# Posts in another language must be long enough to be read as that language.
_DE = (
    " Die Firma sagt, dass die Modelle für Entwickler und Forscher gedacht sind und "
    "dass sie auf vielen Plattformen laufen werden, auch auf kleineren Rechnern. Der Konzern "
    "will mit der neuen Version die Konkurrenz von OpenAI und Google herausfordern, die "
    "ebenfalls an großen Modellen arbeiten."
)
_ZH = "该公司表示,开发者和研究人员都可以在自己的服务器上使用这些模型,并且可以进行微调和部署。"

CASES = [
    # a value before a later name that a comparison phrase in another language marks
    # as compared: the compared model does not take it
    RuleCase(
        "a-chinese-multiple-of-a-compared-model-is-not-its-value",
        "Meta 今天发布了 Llama 3。它的上下文长度为 8K,是 Llama 2 窗口的两倍。" + _ZH,
        "2024-04-19",
        (),
        (("Llama 2", "context_window", None),),
    ),
    RuleCase(
        "a-chinese-bi-comparison-is-not-the-compared-value",
        "Meta 推出 Llama 3;共有 700 亿参数的版本,比 Llama 2 更强。" + _ZH,
        "2024-04-19",
        (),
        (("Llama 2", "params_total", None),),
    ),
    RuleCase(
        "a-german-comparison-after-the-value-is-not-the-compared-value",
        "Meta hat Llama 3 veröffentlicht. Im Sommer 2023 kam der Vorgänger, Llama 2.\n\n"
        "Die beiden neuen Modelle haben 70 Milliarden Parameter und sind deutlich stärker "
        "im Vergleich zu den älteren Modellen der Llama 2-Reihe." + _DE,
        "2024-04-19",
        (),
        (("Llama 2", "params_total", None),),
    ),
    # negative: a name after the value with no comparison word is still the owner
    RuleCase(
        "a-chinese-value-before-its-own-name-stays-its-own",
        "Meta 今天发布了新模型。新模型拥有 700 亿参数,名为 Llama 3。" + _ZH,
        "2024-04-19",
        (("Llama 3", "params_total", 70_000_000_000),),
        (),
    ),
    RuleCase(
        "a-german-clause-naming-its-model-keeps-the-value",
        "Meta hat Llama 3 veröffentlicht. Llama 3 hat 70 Milliarden Parameter." + _DE,
        "2024-04-19",
        (("Llama 3", "params_total", 70_000_000_000),),
        (("Llama 2", "params_total", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_binding11(case: RuleCase) -> None:
    check_rule_case(case)


# A timeline: lines that open on a date with a model's name right after it (glued on
# by a run-together table, or after a dash) date that model's release; a row whose
# name is followed by another event's verb ("leaks", "se filtra") does not.
TIMELINE_CASES = [
    RuleCase(
        "glued-timeline-rows-date-their-models",
        "How the Llama line grew\n\n"
        "DateEvent\n"
        "Jul 2024Llama 3.1 with a 405B flagship model\n"
        "Sep 2024Llama 3.2 with small and vision models\n",
        "2025-03-01",
        (("Llama 3.1", "release_date", "2024-07"), ("Llama 3.2", "release_date", "2024-09")),
        (("Llama 3.1", "status", None),),
    ),
    RuleCase(
        "dash-timeline-headings-date-their-models",
        "A short history of Meta's open models\n\n"
        "July 2023 - Llama 2\n\n- Sizes: 7B, 13B and 70B\n- Licence: community\n\n"
        "April 2024 - Llama 3\n\n- Sizes: 8B and 70B\n",
        "2025-03-01",
        (("Llama 2", "release_date", "2023-07"), ("Llama 3", "release_date", "2024-04")),
        (),
    ),
    # negative: a row whose name is followed by another event's verb dates that event
    RuleCase(
        "a-timeline-row-with-another-event-is-no-release-date",
        "How the Llama line grew\n\n"
        "Mar 2023LLaMA leaks online through a torrent\n"
        "Jul 2024Llama 3.1 with a 405B flagship model\n",
        "2025-03-01",
        (("Llama 3.1", "release_date", "2024-07"),),
        (("Llama 1", "release_date", None),),
    ),
    # negative: one date-led line alone is a dateline, not a timeline
    RuleCase(
        "a-single-date-led-line-is-no-timeline",
        "Notes from the meetup\n\n"
        "July 2024 - Llama 3.1 talks filled the room at the local meetup.\n\n"
        "Speakers compared notes on serving costs.\n",
        "2025-03-01",
        (),
        (("Llama 3.1", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", TIMELINE_CASES, ids=[c.id for c in TIMELINE_CASES])
def test_timeline_rows(case: RuleCase) -> None:
    check_rule_case(case)


_KO = (
    " 회사는 개발자와 연구자가 자신의 서버에서 이 모델을 사용할 수 있으며 미세 조정과 배포도 "
    "가능하다고 밝혔다. 업계에서는 이번 발표가 경쟁 구도를 바꿀 것으로 보고 있다."
)

# Head-final word order (Korean): a modifier with an adnominal ending stands before the
# name it modifies, so "개발 중인 … Behemoth" (Behemoth, in development) is Behemoth's,
# not the model named earlier in the sentence.
HEAD_FINAL_CASES = [
    RuleCase(
        "a-korean-modifier-before-a-name-is-that-names",
        "메타가 Llama 4 Scout와 Llama 4 Maverick을 공개했다. 특히 Maverick의 높은 성능과 "
        "개발 중인 거대한 Behemoth 모델이 주목받고 있다." + _KO,
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Maverick", "status", "upcoming"),),
    ),
    # negative: a comma between the modifier and the later name breaks the modifier off
    RuleCase(
        "a-korean-modifier-cut-off-by-a-comma-stays-with-its-clause",
        "메타가 Llama 4 Scout와 Llama 4 Maverick을 공개했다. Maverick은 개발 중인, "
        "Behemoth는 아직 소식이 없다." + _KO,
        "2025-04-08",
        (),
        (("Llama 4 Behemoth", "status", "upcoming"),),
    ),
]

_DE2 = _DE

# A reference back in the post's own language ("dieses Modell", "이 모델들은") counts as
# the word pointing at a model that openness needs.
FOREIGN_REFERENCE_CASES = [
    RuleCase(
        "a-german-reference-back-carries-openness",
        "Meta hat Llama 3 veröffentlicht. Dieses Modell wurde als Open-Source-Modell "
        "freigegeben." + _DE2,
        "2024-04-20",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    # negative: with no word pointing at a model, openness is not the focus's
    RuleCase(
        "a-german-clause-about-other-software-gives-no-openness",
        "Meta hat Llama 3 veröffentlicht. Viele Firmen setzen heute auf "
        "Open-Source-Software für ihre Server." + _DE2,
        "2024-04-20",
        (),
        (("Llama 3", "openness", None),),
    ),
]


@pytest.mark.parametrize(
    "case",
    HEAD_FINAL_CASES + FOREIGN_REFERENCE_CASES,
    ids=[c.id for c in HEAD_FINAL_CASES + FOREIGN_REFERENCE_CASES],
)
def test_head_final_and_foreign_reference(case: RuleCase) -> None:
    check_rule_case(case)


# An embedded social post (a paragraph signed "— Name (@handle) April 5, 2025") was
# written on its own day: its "today" does not take the page's date.
EMBEDDED_POST_CASES = [
    RuleCase(
        "an-embedded-posts-today-is-not-the-pages-date",
        "Meta's new models are here, and the team's lead shared the news.\n\n"
        "Proud of the team, and glad to show it to the world today as we release Llama 4 "
        "Scout and Llama 4 Maverick pic.twitter.com/abcdEFG123\n\n"
        "— Jane Doe (@janedoe_ai) April 5, 2025\n\n"
        "Both models can be downloaded from the company's site.\n",
        "2025-04-08",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "release_date", "2025-04-08"),),
    ),
    # negative: the page's own "today" still dates the release
    RuleCase(
        "the-pages-own-today-still-dates-the-release",
        "Meta's new models are here.\n\n"
        "Today Meta ships Llama 4 Scout and Llama 4 Maverick to everyone.\n\n"
        "Both models can be downloaded from the company's site.\n",
        "2025-04-05",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
]


@pytest.mark.parametrize("case", EMBEDDED_POST_CASES, ids=[c.id for c in EMBEDDED_POST_CASES])
def test_embedded_posts(case: RuleCase) -> None:
    check_rule_case(case)


# "In the <X> paper, the <Y>-7b model was fine-tuned …": the sentence speaks of X's
# paper; Y is X's base, and the size joined to Y's name is Y's own, nobody's fact here.
DOCUMENT_CASES = [
    RuleCase(
        "a-base-named-in-another-models-paper-takes-no-size",
        "Llama Guard is Meta's new safety classifier for chat prompts and replies.\n\n"
        "In the Llama Guard paper, the Llama2–7b model was fine-tuned on a small set of harm "
        "categories.\n",
        "2024-02-17",
        (),
        (("Llama 2", "params_total", None), ("Llama Guard", "params_total", None)),
    ),
    # negative: a sentence about the paper's own model keeps its size
    RuleCase(
        "the-papers-own-model-keeps-its-size",
        "Meta published the report for its newest model.\n\n"
        "In the Llama 2 paper, Llama 2 is described with 70B parameters at the top size.\n",
        "2023-07-20",
        (("Llama 2", "params_total", 70_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", DOCUMENT_CASES, ids=[c.id for c in DOCUMENT_CASES])
def test_document_openings(case: RuleCase) -> None:
    check_rule_case(case)


# An openness word the sentence says its subject leaves behind ("a clean break from …
# open-source"), or that modifies the family's bare name ("its open-source Llama
# framework"), is not the openness of the model the sentence names.
OPENNESS_OWNER_CASES = [
    RuleCase(
        "a-break-from-open-source-is-not-the-models-openness",
        "Meta has a new flagship model.\n\n"
        "Avocado stands for a sharp break from the approach Meta had followed for years: "
        "open-source.\n",
        "2026-04-12",
        (),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "an-open-source-llama-framework-is-the-familys",
        "Meta has paused its open-source Llama framework, shipping a proprietary model "
        "named Muse Spark to take on the leading labs.\n",
        "2026-04-10",
        (),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # negative: a model named after the departure phrase keeps the openness said of it
    RuleCase(
        "a-model-named-after-the-departure-keeps-its-openness",
        "Meta shipped its biggest model today.\n\n"
        "In a turn away from closed labs, Llama 3.1 405B is open-source for everyone.\n",
        "2025-01-10",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
]


@pytest.mark.parametrize("case", OPENNESS_OWNER_CASES, ids=[c.id for c in OPENNESS_OWNER_CASES])
def test_openness_owner(case: RuleCase) -> None:
    check_rule_case(case)
