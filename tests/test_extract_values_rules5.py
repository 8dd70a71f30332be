"""Value rules from a fifth round on real pages (precision first), each on sentences written
for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "Later in July, Meta released X": a past story moving on, so the latest July gone by
    RuleCase(
        "narrative-later-with-past-verb-looks-back",
        "Later in July, Meta released Llama 2 with a longer context than the first model.",
        "2023-10-20",
        (("Llama 2", "release_date", "2023-07"),),
        (("Llama 2", "release_date", "2024-07"),),
    ),
    RuleCase(
        "later-with-a-plan-still-looks-ahead",
        "Meta is expected to ship Llama 5 later in March, people familiar with it said.",
        "2025-10-20",
        (),
        (("Llama 5", "release_date", "2025-03"),),
    ),
    # "On April 5-6, 2025": a span of days dates the release to the month only
    RuleCase(
        "day-range-is-the-month",
        "On March 3–4, 2026, Meta rolled out Llama 5 to developers worldwide.",
        "2026-05-01",
        (("Llama 5", "release_date", "2026-03"),),
        (("Llama 5", "release_date", "2026-03-03"),),
    ),
    RuleCase(
        "day-range-before-the-month-is-the-month",
        "Meta shipped Llama 5 on 3-4 March 2026, in two waves.",
        "2026-05-01",
        (("Llama 5", "release_date", "2026-03"),),
        (("Llama 5", "release_date", "2026-03-03"),),
    ),
    RuleCase(
        "day-range-without-a-year-is-the-month",
        "Meta shipped Llama 5 over the weekend of March 7-8, to little fanfare.",
        "2026-05-01",
        (("Llama 5", "release_date", "2026-03"),),
        (("Llama 5", "release_date", "2026-03-07"),),
    ),
    RuleCase(
        "single-day-still-dates-the-day",
        "On March 3, 2026, Meta rolled out Llama 5 to developers worldwide.",
        "2026-05-01",
        (("Llama 5", "release_date", "2026-03-03"),),
        (),
    ),
    # a release-date field that holds no date ("Coming Soon", "TBA", "N/A") is no release
    RuleCase(
        "release-field-coming-soon-is-no-release",
        "# Llama 5 at a glance\n\nLlama 5 is the next model from Meta.\n\nRelease Date\n\n"
        "Coming Soon\n\nPricing\n\nUnknown",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "release-row-tba-is-no-release",
        "# Llama 5 spec sheet\n\n| Field | Value |\n|---|---|\n| Release date | TBA |\n"
        "| Parameters | 1T |\n",
        "2026-05-01",
        (("Llama 5", "params_total", 1_000_000_000_000),),
        (("Llama 5", "status", "released"), ("Llama 5", "release_date", None)),
    ),
    RuleCase(
        "release-row-with-a-date-still-releases",
        "# Llama 5 spec sheet\n\n| Field | Value |\n|---|---|\n| Release date | April 2, 2026 |\n"
        "| Parameters | 1T |\n",
        "2026-05-01",
        (("Llama 5", "status", "released"), ("Llama 5", "release_date", "2026-04-02")),
        (),
    ),
    # an openness word on a class picked out by "these", "top", "leading": the kind, no model
    RuleCase(
        "these-open-models-are-a-class",
        "Meta released Llama 4 Scout and Llama 4 Maverick. But here is the thing: while these "
        "open-source large language models are pushing boundaries, they raise hard questions.",
        "2025-05-01",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "openness", None), ("Llama 4 Maverick", "openness", None)),
    ),
    RuleCase(
        "top-open-models-listicle-label-is-a-class",
        "In this piece we rank the top open-source pre-trained language models: Llama 2 by "
        "Meta, Quillwort by Quill Labs and Fennel by the Fennel Institute.",
        "2023-10-20",
        (),
        (("Llama 2", "openness", None),),
    ),
    RuleCase(
        "leading-open-model-line-is-a-class",
        "Llama 5 is Meta's bid to keep the leading open-weight model line ahead of closed rivals.",
        "2026-05-01",
        (),
        (("Llama 5", "openness", None),),
    ),
    RuleCase(
        "best-open-models-as-a-predicate-still-reads",
        "Llama 3.1 and Quillwort are the best open-source models you can run on a laptop today.",
        "2024-09-01",
        (("Llama 3.1", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "appositive-open-models-still-read",
        "Meta released Llama 4 Scout and Llama 4 Maverick, its new open-weight multimodal "
        "language models.",
        "2025-05-01",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (),
    ),
    # "the latest Gemini release": a release phrase that names another lab's model
    RuleCase(
        "another-labs-release-is-not-ours",
        "Meta's next model, Llama 5, has underperformed in internal tests. While Llama 5 did "
        "better than Meta's earlier AI systems and beat an older version of Google's Gemini "
        "model, it reportedly fell short of the latest Gemini release.",
        "2026-01-10",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "latest-llama-release-still-reads",
        "Llama 3.1 is the latest Llama release and the biggest one so far.",
        "2024-08-01",
        (("Llama 3.1", "status", "released"),),
        (),
    ),
    # "the importance of making AI tools freely available": a topic or a wish, no release
    RuleCase(
        "making-available-as-a-topic-is-no-release",
        "# Meta says Llama 3 is weeks away\n\nMeta says Llama 3, its new open model, will be "
        "released within about a month.\n\nAt the London event, Meta's policy chief spoke of "
        "the importance of making AI tools widely and freely available, freeing them from the "
        "grip of a few big firms.",
        "2024-04-10",
        (("Llama 3", "status", "upcoming"),),
        (("Llama 3", "status", "released"),),
    ),
    RuleCase(
        "making-available-as-an-event-still-reads",
        "By making Llama 2 freely available, Meta changed how startups build products.",
        "2023-09-01",
        (("Llama 2", "status", "released"),),
        (),
    ),
    # "X with 13B parameters outperforms Y with 175B": the claim's small size, not X's largest
    RuleCase(
        "small-size-that-beats-a-bigger-rival-is-no-size",
        "Meta put out the first LLaMA in February 2023, saying that LLaMA with 13B parameters "
        "beats Quillwort with 175B parameters on most reasoning tests.",
        "2023-10-20",
        (("Llama 1", "release_date", "2023-02"),),
        (("Llama 1", "params_total", None),),
    ),
    RuleCase(
        "size-that-beats-a-rival-without-a-size-still-reads",
        "Llama 3.1 with 405B parameters outperforms Quillwort on several coding benchmarks.",
        "2024-08-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (),
    ),
    # "an open-weight Llama-class model": any model of that class, not the one named
    RuleCase(
        "open-class-of-models-is-no-openness",
        "Quillchip Cloud: Llama 3.1 at 900 tok/s (8B)\n\nQuillchip now serves Llama 3.1 at 900 "
        "tokens per second.\n\nFor anyone building agents, these figures matter. They set a "
        "new bar for how fast an open-weight Llama-class model can stream tokens in production.",
        "2024-08-28",
        (),
        (("Llama 3.1", "openness", None),),
    ),
    # "With the release of Llama 3.1, …": the release as an event gone by
    RuleCase(
        "with-the-release-of-llama-is-released",
        "With the release of Llama 3.1, hobbyists have a new favourite to run at home.",
        "2024-08-10",
        (("Llama 3.1", "status", "released"),),
        (),
    ),
    RuleCase(
        "with-the-release-of-llama-expected-is-no-release",
        "With the release of Llama 5 expected next month, rivals are cutting their prices.",
        "2026-02-10",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "with-the-release-of-another-labs-model-is-no-release",
        "# The Llama 3 licence question\n\nLlama 3 is licensed under Meta's own terms. With the "
        "release of Quill Labs' new fine-tuned model, the question grows more pressing.",
        "2024-05-10",
        (),
        (("Llama 3", "status", "released"),),
    ),
    # a comparison table's row for another lab's model says nothing of the Meta model
    RuleCase(
        "other-labs-table-row-is-not-the-focus",
        "# Open models compared\n\n| Model | Developer | Sizes | License |\n|---|---|---|---|\n"
        "| Llama 3 | Meta | 8B, 70B | custom |\n| Quillwort | Quill Labs | 7B | Apache 2.0 |\n",
        "2024-09-01",
        (("Llama 3", "params_total", 70_000_000_000),),
        (("Llama 3", "license", "apache-2.0"), ("Llama 3", "params_total", 7_000_000_000)),
    ),
    # a licence cell that names a Llama licence by version without the word "License"
    RuleCase(
        "llama-community-cell-is-the-licence",
        "# Open models compared\n\n| Model | Developer | Sizes | License |\n|---|---|---|---|\n"
        "| Llama 3 | Meta | 8B, 70B | Llama 3 Community |\n| Quillwort | Quill Labs | 7B | MIT |\n",
        "2024-09-01",
        (("Llama 3", "license", "llama-3-community"),),
        (("Llama 3", "license", "mit"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
