"""Value readers from a ninth round: kinds of language, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Every group has a negative case for what must stay as it was.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

# (1) "active" said of people, accounts or devices counts an audience, not parameters
AUDIENCE_CASES = [
    RuleCase(
        "daily-active-users-are-no-active-count",
        "Meta is training Avocado, a frontier model. The company now counts 3.2 billion "
        "daily active users across its apps.",
        "2026-01-12",
        (),
        (("Avocado", "params_active", None),),
    ),
    RuleCase(
        "monthly-active-accounts-are-no-active-count",
        "Llama 4 Scout powers the assistant, which has 1.1 billion monthly active accounts.",
        "2025-05-02",
        (),
        (("Llama 4 Scout", "params_active", None),),
    ),
    RuleCase(
        "italian-active-users-are-no-active-count",
        "Meta sta addestrando Avocado. Il gruppo conta 3,4 miliardi di utenti attivi ogni giorno.",
        "2026-01-12",
        (),
        (("Avocado", "params_active", None),),
    ),
    # negative: an active parameter count stays
    RuleCase(
        "active-parameters-stay",
        "Llama 4 Scout uses 17 billion active parameters out of 109 billion.",
        "2025-04-07",
        (("Llama 4 Scout", "params_active", 17_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", AUDIENCE_CASES, ids=[c.id for c in AUDIENCE_CASES])
def test_audience_case(case: RuleCase) -> None:
    check_rule_case(case)


# (2) "a dense (non-MoE) model": the prefix denies the design it is attached to
NON_MOE_CASES = [
    RuleCase(
        "non-moe-aside-is-no-moe",
        "Llama 3.1 405B is a dense (non-MoE) decoder trained on trillions of tokens.",
        "2024-08-01",
        (("Llama 3.1", "architecture", "dense"),),
        (("Llama 3.1", "architecture", "moe"),),
    ),
    RuleCase(
        "non-moe-word-is-no-moe",
        "Llama 3.3 keeps a non-MoE design, unlike later generations.",
        "2024-12-20",
        (),
        (("Llama 3.3", "architecture", "moe"),),
    ),
    # negative: a plain MoE statement stays
    RuleCase(
        "plain-moe-stays",
        "Llama 4 Maverick is a MoE model with 128 experts.",
        "2025-04-07",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (),
    ),
]


@pytest.mark.parametrize("case", NON_MOE_CASES, ids=[c.id for c in NON_MOE_CASES])
def test_non_moe_case(case: RuleCase) -> None:
    check_rule_case(case)


# (3) "narrowing the gap to the 405B": the size a model is measured against
GAP_CASES = [
    RuleCase(
        "gap-to-a-bigger-size-is-a-yardstick",
        "Llama 3.3 70B is a year-end refresh of the 70B that closes the gap to the 405B at "
        "a fraction of the serving cost.",
        "2024-12-20",
        (("Llama 3.3", "params_total", 70_000_000_000),),
        (("Llama 3.3", "params_total", 405_000_000_000),),
    ),
    RuleCase(
        "within-reach-of-a-bigger-size-is-a-yardstick",
        "The new Llama 3.2 11B comes within reach of the 90B on chart questions.",
        "2024-09-30",
        (("Llama 3.2", "params_total", 11_000_000_000),),
        (("Llama 3.2", "params_total", 90_000_000_000),),
    ),
    # negative: a size the model has stays
    RuleCase(
        "own-size-stays",
        "Llama 3.1 comes in 8B, 70B and 405B sizes.",
        "2024-07-24",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", GAP_CASES, ids=[c.id for c in GAP_CASES])
def test_gap_case(case: RuleCase) -> None:
    check_rule_case(case)


# (4) training-phase language: the model is being made, not out
TRAINING_PHASE_CASES = [
    RuleCase(
        "completed-initial-pretraining-is-upcoming",
        "Avocado has completed its first pre-training run, insiders say, and beats the "
        "best open models on internal tests.",
        "2026-01-20",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "not-started-post-training-is-upcoming",
        "Avocado has not even begun post-training, according to the memo.",
        "2026-01-20",
        (("Avocado", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "in-the-training-phase-is-upcoming",
        "Llama 4 Behemoth is still in its pre-training stage.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "yet-to-be-released-before-a-name-is-upcoming",
        "Benchmarks of the yet-to-be-released Llama 3.1 appeared on a forum today.",
        "2024-07-22",
        (("Llama 3.1", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "on-the-way-is-upcoming",
        "A lighter model called Little Llama is on the way as well.",
        "2025-05-16",
        (("Little Llama", "status", "upcoming"),),
        (),
    ),
    # negative: "on the way to" a goal is no release state
    RuleCase(
        "on-the-way-to-a-goal-says-nothing",
        "With Llama 4 Scout, Meta says it is on the way to personal superintelligence.",
        "2025-04-07",
        (),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
]


@pytest.mark.parametrize("case", TRAINING_PHASE_CASES, ids=[c.id for c in TRAINING_PHASE_CASES])
def test_training_phase_case(case: RuleCase) -> None:
    check_rule_case(case)


# (5) weights denied ("is not open weights"), and a closed model named by its codename
CLOSED_CASES = [
    RuleCase(
        "not-open-weights-is-closed",
        "Llama 4 Behemoth, Meta confirmed, is not open weights.",
        "2025-09-01",
        (("Llama 4 Behemoth", "openness", "closed"),),
        (("Llama 4 Behemoth", "openness", "open_weights"),),
    ),
    RuleCase(
        "not-an-open-weight-model-is-closed",
        "Unlike its elders, Llama 4 Behemoth isn't an open-weight model.",
        "2025-09-01",
        (("Llama 4 Behemoth", "openness", "closed"),),
        (),
    ),
    RuleCase(
        "closed-model-with-a-codename-is-closed",
        "Reuters says Meta is building a closed, paid AI model codenamed Avocado.",
        "2025-12-10",
        (("Avocado", "openness", "closed"),),
        (),
    ),
    # negative: the open-source debate ("not open source") is no closed rung
    RuleCase(
        "not-open-source-says-nothing",
        "Critics argue that Llama 2 is not open source in the strict sense.",
        "2023-07-25",
        (),
        (("Llama 2", "openness", "closed"),),
    ),
]


@pytest.mark.parametrize("case", CLOSED_CASES, ids=[c.id for c in CLOSED_CASES])
def test_closed_case(case: RuleCase) -> None:
    check_rule_case(case)


# (6) the maker presenting a model ("Meta introduced X", "announced the launch of X"): out,
# dated by the day given; a model also said to be in training stays upcoming
MAKER_RELEASE_CASES = [
    RuleCase(
        "maker-introduced-a-model-is-released",
        "Meta has introduced its newest language model, Llama 2, to the public.",
        "2023-07-20",
        (("Llama 2", "status", "released"),),
        (),
    ),
    RuleCase(
        "announced-the-launch-of-is-released-that-day",
        "On September 25, 2024, Meta announced the launch of the Llama 3.2 vision models.",
        "2024-09-27",
        (("Llama 3.2", "status", "released"), ("Llama 3.2", "release_date", "2024-09-25")),
        (),
    ),
    RuleCase(
        "introduced-but-in-training-stays-upcoming",
        "Meta introduced Llama 4 Behemoth, which is still being trained.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negative: an announcement of a plan is no release, and its day no release day
    RuleCase(
        "announced-a-plan-is-no-release",
        "On May 3, Meta announced that Llama 5 will ship in June.",
        "2025-05-05",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"), ("Llama 5", "release_date", "2025-05-03")),
    ),
]


@pytest.mark.parametrize("case", MAKER_RELEASE_CASES, ids=[c.id for c in MAKER_RELEASE_CASES])
def test_maker_release_case(case: RuleCase) -> None:
    check_rule_case(case)


# (7) dates of other languages: a part of a month ("Ende Februar"), a weekday ("no sábado"),
# a quarter in shorthand after a year ("2026年Q1")
GERMAN_BODY = (
    " Das Sprachmodell ist für alle Entwickler kostenlos und wird von vielen Firmen in den"
    " eigenen Anwendungen eingesetzt. Die Gewichte sind auf der Seite des Konzerns zu finden,"
    " und mit dem Modell wollen die Forscher der Firma die Konkurrenz aus den USA und aus"
    " China herausfordern, wie das Unternehmen in einem Blog mitteilte."
)
PORTUGUESE_BODY = (
    " Os modelos podem ser usados por empresas e por desenvolvedores de todo o mundo, e a"
    " empresa diz que o desempenho dos dois é melhor que o dos rivais em várias tarefas de"
    " código e de raciocínio. Para a empresa, esta é uma nova fase, com uma arquitetura que"
    " não era usada nos modelos da geração anterior, que eram mais simples e mais lentos."
)
FOREIGN_DATE_CASES = [
    RuleCase(
        "german-end-of-month-is-the-month",
        "Meta hat Llama 2 Ende Februar veröffentlicht." + GERMAN_BODY,
        "2023-03-10",
        (("Llama 2", "release_date", "2023-02"),),
        (),
    ),
    RuleCase(
        "portuguese-weekday-is-the-day-before-the-post",
        "A Meta lançou o Llama 4 Scout no sábado." + PORTUGUESE_BODY,
        "2025-04-07",
        (("Llama 4 Scout", "release_date", "2025-04-05"),),
        (),
    ),
    RuleCase(
        "year-then-q-shorthand-is-a-quarter",
        "AvocadoはMetaが2026年Q1に投入予定の次世代AIモデルで、企業向けの高性能な"
        "言語モデルとして開発が進められている。社内では大規模な計算資源が割り当てられている。",
        "2025-12-20",
        (("Avocado", "release_date", "2026-Q1"),),
        (),
    ),
    # negative: a weekday said of a plan is no past day
    RuleCase(
        "german-weekday-of-a-plan-is-no-past-day",
        "Meta wird Llama 5 am Samstag vorstellen, so die Planung." + GERMAN_BODY,
        "2025-04-07",
        (),
        (("Llama 5", "release_date", "2025-04-05"),),
    ),
]


@pytest.mark.parametrize("case", FOREIGN_DATE_CASES, ids=[c.id for c in FOREIGN_DATE_CASES])
def test_foreign_date_case(case: RuleCase) -> None:
    check_rule_case(case)


# (8) German separable verb in the past ("stellte Meta Llama 2 vor"), and a model ranked
# among the open ones ("was among the first openly available models to …")
MORE_CASES = [
    RuleCase(
        "german-past-separable-verb-is-released",
        "Am 18. Juli 2023 stellte Meta das Modell Llama 2 vor." + GERMAN_BODY,
        "2023-08-01",
        (("Llama 2", "status", "released"), ("Llama 2", "release_date", "2023-07-18")),
        (),
    ),
    RuleCase(
        "ranked-among-the-first-open-models-is-open",
        "Llama 3.2 Vision takes pictures as input. It was among the first openly available "
        "models from Meta to read charts.",
        "2024-10-20",
        (("Llama 3.2", "openness", "open_weights"),),
        (),
    ),
    # negative: a class named as a sentence's opener says nothing of a model
    RuleCase(
        "first-open-models-as-a-class-say-nothing",
        "Among the first openly available models, Llama 2 drew the most attention.",
        "2024-10-20",
        (),
        (("Llama 2", "openness", "open_weights"),),
    ),
]


@pytest.mark.parametrize("case", MORE_CASES, ids=[c.id for c in MORE_CASES])
def test_more_case(case: RuleCase) -> None:
    check_rule_case(case)


# (9) a date in parentheses after a generation named as a whole ("the Llama 4 family
# (April 5, 2025)") dates its released members, not one still in training
FAMILY_PAREN_CASES = [
    RuleCase(
        "family-paren-date-dates-released-members",
        "Llama 4 Scout and Llama 4 Maverick can be downloaded; Llama 4 Behemoth is still in "
        "training. "
        "The Llama 4 series (April 5, 2025) moved Meta to sparse experts.",
        "2025-08-01",
        (
            ("Llama 4 Scout", "release_date", "2025-04-05"),
            ("Llama 4 Maverick", "release_date", "2025-04-05"),
        ),
        (("Llama 4 Behemoth", "release_date", None), ("Llama 4 Behemoth", "status", "released")),
    ),
    # negative: a parenthesis of training data after the family word dates no release
    RuleCase(
        "family-paren-of-data-dates-nothing",
        "The Llama 3 family (15T tokens through 2023) keeps a dense design.",
        "2024-06-01",
        (),
        (("Llama 3", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", FAMILY_PAREN_CASES, ids=[c.id for c in FAMILY_PAREN_CASES])
def test_family_paren_case(case: RuleCase) -> None:
    check_rule_case(case)
