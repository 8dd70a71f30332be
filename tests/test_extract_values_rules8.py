"""Value-reading rules from an eighth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. The rules decide how a value is read (status, dates, sizes,
openness, certainty) and which of a post's dates is its current one.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # (1) "has yet to appear": not out, still awaited
    RuleCase(
        "yet-to-appear-is-upcoming",
        "The flagship of the family, Llama 4 Behemoth, has yet to appear in public.",
        "2025-07-02",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # (2) "a delay in its release": the release is put off
    RuleCase(
        "a-delay-in-its-release-is-upcoming",
        "Weak internal scores for Llama 4 Behemoth caused a further delay in its launch.",
        "2025-07-16",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    # (3) "We are making the X weights available": an announcement's present
    RuleCase(
        "we-are-making-weights-available-is-released",
        "We are making the Llama Guard weights available so that others can adapt them.",
        "2023-12-08",
        (("Llama Guard", "status", "released"),),
        (),
    ),
    RuleCase(
        "we-are-making-available-next-month-is-not-released",
        "We are making Llama Guard available to partners next month.",
        "2023-11-20",
        (),
        (("Llama Guard", "status", "released"),),
    ),
    # (4) "has introduced Scout and Maverick to users": put in people's hands
    RuleCase(
        "introduced-to-users-is-released",
        "So far Meta has introduced two of the smaller models, Llama 4 Scout and Llama 4 "
        "Maverick, to users.",
        "2025-05-02",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (),
    ),
    # (5) "288 billion of which are active": a share of the total
    RuleCase(
        "of-which-are-active-is-the-active-count",
        "Llama 4 Behemoth packs nearly 2 trillion parameters in all, 288 billion of which "
        "are active.",
        "2025-05-02",
        (
            ("Llama 4 Behemoth", "params_total", 2_000_000_000_000),
            ("Llama 4 Behemoth", "params_active", 288_000_000_000),
        ),
        (),
    ),
    # (6) a rumour borne out: "As rumoured, Meta released X" states the release
    RuleCase(
        "as-rumoured-released-is-confirmed",
        "As had long been rumored, Meta put out Llama 3.1 on July 23.",
        "2024-07-25",
        (("Llama 3.1", "status", "released"),),
        (),
    ),
    # (7) openness of a model placed in its maker's open kind
    RuleCase(
        "appositive-member-of-its-open-models-is-open",
        "Meta has shipped Llama 3.2, the newest generation of its open-source AI models.",
        "2024-09-27",
        (("Llama 3.2", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "a-class-statement-about-open-models-stays-silent",
        "Meta has shipped Llama 3.2 while many open-source AI models lag behind.",
        "2024-09-27",
        (),
        (("Llama 3.2", "openness", None),),
    ),
    # (8) "no launch for the open model in Europe": "no" denies the launch, not openness
    RuleCase(
        "no-launch-for-the-open-model-keeps-open",
        "Regulators were unhappy, so there will be no launch of Llama 3, the open-source "
        "model, in Europe.",
        "2024-07-18",
        (),
        (("Llama 3", "openness", "closed"),),
    ),
    # (9) year-first numeric dates in tables
    RuleCase(
        "table-year-dot-month-is-the-release-month",
        "| Model | Released | Licence |\n|---|---|---|\n"
        "| Llama 2 | 2023.07 | Llama 2 Community |\n| Llama 3 | 2024/04 | Llama 3 Community |",
        "2024-08-01",
        (("Llama 2", "release_date", "2023-07"), ("Llama 3", "release_date", "2024-04")),
        (),
    ),
    RuleCase(
        "a-dotted-version-is-not-a-date",
        "| Model | Released |\n|---|---|\n| Llama 2 | build 2023.07.1 |",
        "2024-08-01",
        (),
        (("Llama 2", "release_date", None),),
    ),
    # (10) step-by-step postponement: the latest postponed-to date is the plan now
    RuleCase(
        "latest-postponement-wins",
        "Llama 4 Behemoth was first meant to come in April and was then pushed back to June. "
        "Now Behemoth's launch has been postponed to the fall or later.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2025-06"),),
    ),
    RuleCase(
        "one-plan-with-an-earliest-month-keeps-its-date",
        "Llama 5 has been pushed to 2026, possibly as early as March.",
        "2025-12-01",
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2026-03")),
        (),
    ),
    RuleCase(
        "once-expected-as-early-as-a-month-then-pushed-is-replaced",
        "Llama 4 Behemoth, once expected as early as April, has since been pushed to the "
        "fall or beyond.",
        "2025-06-16",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2025-04"),),
    ),
    RuleCase(
        "released-model-keeps-its-precise-date",
        "Meta released Llama 3.1 on July 23, 2024, after it had been delayed to the summer.",
        "2024-08-01",
        (("Llama 3.1", "release_date", "2024-07-23"),),
        (),
    ),
]


CASES += [
    # (11) "pushed to at least May 2026": put off to a time, still awaited
    RuleCase(
        "pushed-to-at-least-a-month-is-upcoming",
        "Avocado has reportedly been pushed to at least May 2026 after weak test runs.",
        "2026-01-20",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-05")),
        (),
    ),
    # "was supposed to ship in March. Then May. Now it is drifting toward June": the
    # target keeps moving; the latest is the plan now
    RuleCase(
        "drifting-toward-a-month-is-the-current-plan",
        "Avocado was supposed to ship in March. Then in May. Now it is drifting toward June.",
        "2026-04-01",
        (("Avocado", "status", "upcoming"), ("Avocado", "release_date", "2026-06")),
        (("Avocado", "release_date", "2026-03"),),
    ),
    # a concessive claim ("Although Meta claims X is for research, …") is disputed
    RuleCase(
        "a-conceded-claim-of-research-access-is-no-rung",
        "Although Meta claims that Llama 2 is available for research, outsiders cannot reach "
        "parts of it.",
        "2023-08-01",
        (),
        (("Llama 2", "openness", None),),
    ),
    RuleCase(
        "a-plain-research-only-statement-keeps-its-rung",
        "Meta says Llama 2 is available only for research.",
        "2023-08-01",
        (("Llama 2", "openness", "research_only"),),
        (),
    ),
    # a tail set off by a dash or comma narrows the plan before it, in its year
    RuleCase(
        "a-dashed-as-soon-as-tail-dates-the-plan",
        "Meta should launch Llama 3 later this year, perhaps as soon as July.",
        "2024-02-20",
        (("Llama 3", "release_date", "2024-07"),),
        (("Llama 3", "release_date", "2024"),),
    ),
    RuleCase(
        "an-as-early-as-month-takes-the-named-year",
        "Llama 5 is expected in 2027, as early as March.",
        "2025-12-20",
        (("Llama 5", "release_date", "2027-03"),),
        (("Llama 5", "release_date", "2026-03"),),
    ),
    # "Meta's April launch": a possessive before the month is a determiner
    RuleCase(
        "a-possessive-month-launch-dates-the-release",
        "The firm's April launch made Llama 4 Scout available for download.",
        "2025-09-01",
        (("Llama 4 Scout", "release_date", "2025-04"),),
        (),
    ),
    RuleCase(
        "a-possessive-month-without-a-launch-noun-is-no-date",
        "Meta's April figures show Llama 4 Scout is available for download.",
        "2025-09-01",
        (),
        (("Llama 4 Scout", "release_date", "2025-04"),),
    ),
    # "By July 2024, Meta introduced X": a look back at what was out by then
    RuleCase(
        "by-a-date-meta-introduced-is-released",
        "By April 2024, Meta introduced Llama 3 in 8B and 70B sizes.",
        "2025-03-01",
        (("Llama 3", "status", "released"), ("Llama 3", "release_date", "2024-04")),
        (),
    ),
    RuleCase(
        "a-dated-introduction-without-by-is-no-release",
        "In April 2025, Meta introduced Llama 4 Behemoth, which is still training.",
        "2025-06-01",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # (12) "could launch as soon as July": the earliest month of a plan dates it
    RuleCase(
        "as-soon-as-a-month-dates-the-plan",
        "Meta could launch Llama 3 as soon as July, insiders say.",
        "2024-02-20",
        (("Llama 3", "release_date", "2024-07"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_value_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


# (13) certainty: a rumour borne out, and a flat statement after a report, are confirmed;
# a rumour of a plan stays a guess
CERTAINTY_CASES = [
    (
        "As had long been rumored, Meta put out Llama 3.1 on July 23.",
        "2024-07-25",
        "Llama 3.1",
        "status",
        "confirmed",
    ),
    (
        "The three sizes are 8B, 70B and the long-rumoured 405B parameters for Llama 3.1.",
        "2024-07-25",
        "Llama 3.1",
        "params_total",
        "confirmed",
    ),
    (
        "TechCrunch reported on April 11 that the arena entry differed from the public model. "
        "Meta released Llama 3.1 on July 23, 2024 as an openly available model.",
        "2025-04-20",
        "Llama 3.1",
        "status",
        "confirmed",
    ),
    (
        "Meta is rumored to release Llama 3.1 next week.",
        "2024-07-18",
        "Llama 3.1",
        "status",
        "speculative",
    ),
]


@pytest.mark.parametrize(("text", "published", "model", "attribute", "certainty"), CERTAINTY_CASES)
def test_certainty_case(
    text: str, published: str, model: str, attribute: str, certainty: str
) -> None:
    found = find(facts_of(text, published), model, attribute)
    assert found and found[0].certainty == certainty, found
