"""Value rules from a twenty-fifth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # the open word heading a stance, a crowd or a role in Chinese: the way Meta worked,
    # not the new model's weights; the closed path the model takes still counts
    RuleCase(
        "zh-open-source-flag-bearer-label",
        "据悉, Avocado 将在明年夏季以闭源方式推出, 只通过接口收费。随着 Avocado 上线, "
        "Meta 将摘下「开源旗手」的称号, 业务重心也随之改变。",
        "2025-12-20",
        (("Avocado", "openness", "closed"),),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "zh-open-source-community",
        "Meta 正在研发新模型 Avocado, 预计明年问世。Avocado 的出现让开源社区感到失望, "
        "许多开发者表示担忧。",
        "2025-12-20",
        (),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "zh-open-source-as-subject",
        "Meta 把赌注押在 Avocado 上。公司高层认为, 开源未能带来足够的收入, 因此 Avocado "
        "将只通过付费接口对外提供。",
        "2025-12-20",
        (),
        (("Avocado", "openness", "open_weights"),),
    ),
    # a model called open in Chinese keeps its rung
    RuleCase(
        "zh-open-model-kept",
        "Meta 今年夏天发布的 Llama 3.1 是一款开源模型, 开发者可以直接下载使用。",
        "2024-08-02",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    # a German compound on "Open-Source-": the approach, not the model
    RuleCase(
        "de-open-source-ansatz",
        "Meta hat Llama 4 Behemoth noch nicht veröffentlicht. Mit Llama 4 Behemoth bleibt "
        "Meta bei seinem Open-Source-Ansatz, sagen die Entwickler aus dem Team.",
        "2025-05-20",
        (),
        (("Llama 4 Behemoth", "openness", "open_weights"),),
    ),
    # German moves: "von <plan> auf <target>"; the target lies ahead of the move
    RuleCase(
        "de-von-season-auf-season",
        "Der Start von Llama 4 Behemoth wurde von Sommer 2025 auf frühestens Herbst "
        "verschoben. Die Entwickler arbeiten weiter an dem großen Modell.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (
            ("Llama 4 Behemoth", "release_date", "2025"),
            ("Llama 4 Behemoth", "release_date", "2025-Q3"),
            ("Llama 4 Behemoth", "release_date", "2024-Q4"),
        ),
    ),
    RuleCase(
        "de-zunaechst-auf-juni-nun-auf-herbst",
        "Die Vorstellung von Llama 4 Behemoth wurde zunächst auf Juni und nun auf Herbst "
        "verschoben. Die Entwickler arbeiten weiter an dem großen Modell.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2025-06"),),
    ),
    RuleCase(
        "de-von-april-auf-juni",
        "Der Start von Llama 4 Behemoth wurde von April auf Juni verschoben. Die Entwickler "
        "arbeiten weiter an dem großen Modell.",
        "2025-05-02",
        (("Llama 4 Behemoth", "release_date", "2025-06"),),
        (("Llama 4 Behemoth", "release_date", "2025-04"),),
    ),
    # a first plan ("ursprünglich …") gives way to the target named after "nun"
    RuleCase(
        "de-urspruenglich-then-nun",
        "Die Veröffentlichung von Llama 4 Behemoth war ursprünglich für den Sommer 2025 "
        "geplant und wurde nun auf Herbst verschoben. Die Entwickler arbeiten weiter an dem "
        "großen Modell.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (
            ("Llama 4 Behemoth", "release_date", "2025"),
            ("Llama 4 Behemoth", "release_date", "2025-Q3"),
        ),
    ),
    # a German day still reads as before
    RuleCase(
        "de-day-kept",
        "Meta hat Llama 4 Scout am 5. April veröffentlicht. Die Entwickler können das neue "
        "Modell jetzt herunterladen und damit arbeiten.",
        "2025-04-09",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
    # a time or sequence adverb before the participle: the launch is still to come
    RuleCase(
        "en-launch-was-later-postponed",
        "Llama 4 Behemoth's launch was later postponed to June, after the team missed its "
        "first target.",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "en-launch-was-first-pushed-to-june",
        "The launch of Llama 4 Behemoth was first pushed to June, and the lab has not named "
        "a new date.",
        "2025-05-20",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "en-release-was-once-again-pushed-back",
        "The release of Avocado was once again pushed back, people close to the lab say.",
        "2026-03-20",
        (),
        (("Avocado", "status", "released"),),
    ),
    # an event told in the past keeps its reading
    RuleCase(
        "en-release-was-then-hailed",
        "The release of Llama 2 was then hailed as a turning point for open models.",
        "2024-01-10",
        (("Llama 2", "status", "released"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
