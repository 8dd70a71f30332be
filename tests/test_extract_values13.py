"""Value wordings of a thirteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # an openness word heading a plan or a reputation says nothing of the model beside it
    RuleCase(
        "open-weight-plans-in-a-headline-are-no-rung",
        "Open-Weight Plans Live On While Muse Spark Ships Closed\n\n"
        "Meta shipped Muse Spark on April 9, 2026, and kept the model proprietary.",
        "2026-04-12",
        (("Muse Spark", "openness", "closed"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    RuleCase(
        "open-source-leadership-is-a-reputation",
        "The chief executive, who used to boast of open-source leadership, now says Avocado "
        "will stay proprietary.",
        "2026-01-20",
        (),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "the-line-s-open-source-tradition-is-no-rung",
        "Muse Spark arrived on April 9, 2026, and Meta's open-source tradition now looks shaky.",
        "2026-04-12",
        (("Muse Spark", "release_date", "2026-04-09"),),
        (("Muse Spark", "openness", "open_weights"),),
    ),
    # negative: the open word said of the model itself still counts
    RuleCase(
        "an-open-weight-model-with-plans-after-and-is-still-open",
        "Llama 4 Scout is open-weight and plans for a larger sibling are under way.",
        "2025-04-20",
        (("Llama 4 Scout", "openness", "open_weights"),),
        (),
    ),
    # a plural open kind followed by its own verb is a clause about the kind, even after a
    # colon that would otherwise make it a predicate of the name before
    RuleCase(
        "an-open-kind-with-its-own-verb-after-a-colon-is-generic",
        "Llama 3.3 70B Leaves Azure: Open-Source Models Face a Faster Turnover",
        "2026-03-01",
        (),
        (("Llama 3.3", "openness", None),),
    ),
    # negative: the kind as the predicate of the names before the colon still counts
    RuleCase(
        "an-open-kind-as-the-names-predicate-still-counts",
        "Llama 4 Scout and Maverick: open-weight models anyone may download",
        "2025-04-20",
        (("Llama 4 Scout", "openness", "open_weights"),),
        (),
    ),
    # a moved launch names its new target: "rescheduled to", "pushed further to"
    RuleCase(
        "a-rescheduled-launch-gives-the-new-month",
        "First pencilled in for the opening quarter of 2026, the Llama 4 Behemoth launch has "
        "since been rescheduled to June.",
        "2026-02-15",
        (("Llama 4 Behemoth", "release_date", "2026-06"),),
        (("Llama 4 Behemoth", "release_date", "2026-Q1"),),
    ),
    RuleCase(
        "pushed-further-to-a-season",
        "Llama 4 Behemoth, originally due in April, has been pushed further to autumn 2025.",
        "2025-05-20",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2025-04"),),
    ),
    # the move after "following an earlier delay" is the old one; the target before it holds
    RuleCase(
        "a-trailing-earlier-delay-keeps-the-target-before-it",
        "The Llama 4 Behemoth debut was pushed to autumn 2025 at the soonest, following an "
        "earlier delay from a spring event to July.",
        "2025-05-25",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2025-07"),),
    ),
    # negative: an earlier delay before the new target leaves the old reading unchanged
    RuleCase(
        "a-leading-earlier-delay-still-gives-the-later-target",
        "Following an earlier delay to July, Llama 4 Behemoth has now slipped to the autumn.",
        "2025-05-25",
        (("Llama 4 Behemoth", "release_date", "2025-Q4"),),
        (("Llama 4 Behemoth", "release_date", "2025-07"),),
    ),
    # a figure labelled as another setting (RoPE base, vocabulary, batch) is no window,
    # even with the window's own figure in the same line
    RuleCase(
        "a-rope-theta-figure-is-not-the-window",
        "Under the hood, Llama 3.1 70B: rotary θ=1M, GQA, 8 KV heads, 128K context.",
        "2024-09-01",
        (("Llama 3.1", "context_window", 128_000),),
        (("Llama 3.1", "context_window", 1_000_000),),
    ),
    RuleCase(
        "a-vocabulary-size-is-not-the-window",
        "Llama 3 pairs a tokenizer vocabulary of 128K tokens with an 8K context.",
        "2024-05-01",
        (("Llama 3", "context_window", 8_000),),
        (("Llama 3", "context_window", 128_000),),
    ),
    RuleCase(
        "a-vocabulary-figure-before-its-noun-is-not-the-window",
        "Llama 3 ships with a 128K-token vocabulary and an 8K context window.",
        "2024-05-01",
        (("Llama 3", "context_window", 8_000),),
        (("Llama 3", "context_window", 128_000),),
    ),
    # negative: the window's figure after the context words still counts
    RuleCase(
        "a-window-beside-a-vocabulary-figure-still-counts",
        "Llama 4 Scout: context 10M tokens, vocabulary 202K entries.",
        "2025-04-20",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (("Llama 4 Scout", "context_window", 202_000),),
    ),
    # a training-token count glued to Chinese text is no parameter count
    RuleCase(
        "a-token-count-glued-to-chinese-is-not-a-size",
        "Meta 于2024年4月发布了 Llama 3。\n\nLlama 3 8B\n- • 8K上下文窗口\n- • 18T tokens训练数据",
        "2024-05-01",
        (("Llama 3", "params_total", 8_000_000_000),),
        (("Llama 3", "params_total", 18_000_000_000_000),),
    ),
    RuleCase(
        "a-token-count-after-a-glued-chinese-word-is-not-a-size",
        "Meta 于2024年4月发布了 Llama 3。\n\nLlama 3 8B\n- • 8K上下文窗口\n- • 18T训练tokens",
        "2024-05-01",
        (("Llama 3", "params_total", 8_000_000_000),),
        (("Llama 3", "params_total", 18_000_000_000_000),),
    ),
    # a day named without its year, in a post dated only by its month (read as its last day):
    # the post's own month, not the same day a year before
    RuleCase(
        "a-yearless-day-of-the-post-s-month-stays-in-its-year",
        "Meta put out Llama 2 on July 20th together with a cloud partner.",
        "2023-07-31",
        (("Llama 2", "release_date", "2023-07-20"),),
        (("Llama 2", "release_date", "2022-07-20"),),
    ),
    RuleCase(
        "a-yearless-day-of-the-post-s-month-in-french",
        "Meta a publié Llama 2 le 20 juillet avec un partenaire du cloud. Le modèle est "
        "gratuit pour la recherche et les entreprises.",
        "2023-07-31",
        (("Llama 2", "release_date", "2023-07-20"),),
        (),
    ),
    # negative: a day of another month still looks back to its latest occurrence
    RuleCase(
        "a-yearless-day-of-another-month-looks-back",
        "Meta put out Llama 2 on December 4th together with a cloud partner.",
        "2023-07-01",
        (("Llama 2", "release_date", "2022-12-04"),),
        (),
    ),
    # negative: a first plan with no new target gives no date at all
    RuleCase(
        "an-original-plan-alone-is-no-date",
        "Llama 4 Behemoth was originally due in April, after an earlier delay.",
        "2025-05-25",
        (),
        (("Llama 4 Behemoth", "release_date", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_value_rule(case: RuleCase) -> None:
    check_rule_case(case)


# the developer's own word ("according to Meta", "according to the press release") is
# confirmed, as "Meta says" is; a leak, insiders or the press stay reported
CERTAINTY_CASES = [
    ("According to Meta, Muse Spark shipped on April 9, 2026.", "confirmed"),
    ("Muse Spark shipped on April 9, 2026, according to Meta's launch post.", "confirmed"),
    ("According to the press release, Muse Spark shipped on April 9, 2026.", "confirmed"),
    ("According to Meta's internal roadmap, Muse Spark ships on April 9, 2026.", "reported"),
    ("According to Meta insiders, Muse Spark ships on April 9, 2026.", "reported"),
    ("According to Reuters, Muse Spark shipped on April 9, 2026.", "reported"),
]


@pytest.mark.parametrize(
    ("text", "certainty"),
    CERTAINTY_CASES,
    ids=[c[1] + "-" + str(i) for i, c in enumerate(CERTAINTY_CASES)],
)
def test_developer_attribution(text: str, certainty: str) -> None:
    found = find(facts_of(text, "2026-04-20"), "Muse Spark", "release_date", "2026-04-09")
    assert found, text
    assert {f.certainty for f in found} == {certainty}, text


def test_maybe_hedges_a_value() -> None:
    """ "maybe" hedges like "perhaps" and "possibly" do."""
    found = find(
        facts_of("Llama 4 Behemoth is coming, maybe in October.", "2025-06-01"),
        "Llama 4 Behemoth",
        "release_date",
        "2025-10",
    )
    assert [f.certainty for f in found] == ["speculative"]
