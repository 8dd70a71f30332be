"""Value rules from a third round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "openly distributed", "released openly", "openly shared": the weights are out
    RuleCase(
        "openly-distributed-is-open-weights",
        "Llama 3.2 is the first openly distributed vision model from Meta.",
        "2024-10-01",
        (("Llama 3.2", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "released-openly-is-open-weights",
        "Meta says Llama 3.3 was released openly, like the rest of the series.",
        "2025-01-10",
        (("Llama 3.3", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "not-released-openly-is-no-open-weights",
        "Unlike its siblings, Llama 3.3 was not released openly at first.",
        "2025-01-10",
        (),
        (("Llama 3.3", "openness", "open_weights"),),
    ),
    # an adverb between the company and its launch verb: "Meta recently dropped …"
    RuleCase(
        "company-adverb-dropped-is-a-release",
        "Meta quietly dropped its newest Llama 4 models, including the much-hyped Maverick.",
        "2025-04-20",
        (("Llama 4 Maverick", "status", "released"),),
        (),
    ),
    RuleCase(
        "company-adverb-dropped-support-is-no-release",
        "Meta recently dropped support for older phones in its Llama 4 Maverick demo app.",
        "2025-04-20",
        (),
        (("Llama 4 Maverick", "status", "released"),),
    ),
    # (a) an adverb between "will" and the verb keeps the sentence in the future
    RuleCase(
        "will-still-be-released-is-a-plan",
        "Quillwort's maker says Llama 3 will still be released to everyone next year.",
        "2023-09-01",
        (("Llama 3", "status", "upcoming"),),
        (("Llama 3", "status", "released"),),
    ),
    RuleCase(
        "will-be-open-sourced-is-a-plan",
        "The company told staff that Llama 3 will be open-sourced like its predecessor.",
        "2023-09-01",
        (("Llama 3", "status", "upcoming"),),
        (("Llama 3", "status", "released"),),
    ),
    RuleCase(
        "was-open-sourced-is-a-release",
        "Llama 2 was open-sourced in the summer, and developers took to it quickly.",
        "2023-09-01",
        (("Llama 2", "status", "released"),),
        (),
    ),
    # (b) an open word before a field, a market or an undertaking names no model's rung
    RuleCase(
        "open-source-model-space-is-a-field",
        "Llama 3 was released in April. Its arrival stirred up the open-source model space, "
        "where newcomers from Paris keep appearing.",
        "2024-05-02",
        (("Llama 3", "status", "released"),),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "open-weight-training-runs-are-not-a-model",
        "Training Llama 3.1 405B was among the largest open-weight training runs on record.",
        "2024-08-01",
        (("Llama 3.1", "params_total", 405_000_000_000),),
        (("Llama 3.1", "openness", None),),
    ),
    RuleCase(
        "open-source-alternatives-are-a-crowd",
        "Llama 3 now faces open-source alternatives from a dozen smaller labs.",
        "2024-09-01",
        (),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "predicated-open-alternative-keeps-the-rung",
        "Llama 2 is an open-source alternative to the big chat assistants.",
        "2023-09-01",
        (("Llama 2", "openness", "open_weights"),),
        (),
    ),
    # (c) an open word as the subject of a denial ("open release is no longer viable")
    RuleCase(
        "open-release-no-longer-viable-is-no-rung",
        "Llama 5 shipped today as a proprietary model; with Llama 5, open release is no "
        "longer considered viable.",
        "2026-03-02",
        (("Llama 5", "openness", "closed"),),
        (("Llama 5", "openness", "open_weights"),),
    ),
    RuleCase(
        "open-model-that-is-not-gated-stays-open",
        "Llama 3 is an open model that is not restricted to researchers.",
        "2024-05-02",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    # (d) a shelving under "may", "could", "might" is a fear, not a decision; the delay stays
    RuleCase(
        "may-be-abandoned-is-not-shelved",
        "Llama 5's launch has slipped twice, and some staff fear it may be abandoned.",
        "2025-02-11",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "shelved"),),
    ),
    RuleCase(
        "could-be-scrapped-is-not-shelved",
        "Llama 4 Behemoth has been delayed again, and one investor note says it could well "
        "be scrapped.",
        "2025-07-01",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "shelved"),),
    ),
    RuleCase(
        "was-shelved-stays-shelved",
        "Llama 4 Behemoth was quietly shelved over the summer.",
        "2025-09-01",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    # (e) a date that ends the training data ("a knowledge cutoff of …") is no release date
    RuleCase(
        "knowledge-cutoff-date-is-not-a-release",
        "Llama 3.3 has a knowledge cutoff of December 2023 and was released in December 2024.",
        "2025-01-10",
        (("Llama 3.3", "release_date", "2024-12"),),
        (("Llama 3.3", "release_date", "2023-12"),),
    ),
    RuleCase(
        "training-data-cutoff-after-the-date",
        "Llama 3.3 arrived in December 2024, a year after Meta's December 2023 "
        "training-data cutoff.",
        "2025-01-10",
        (("Llama 3.3", "release_date", "2024-12"),),
        (("Llama 3.3", "release_date", "2023-12"),),
    ),
    # (f) "reports emerged that …": the news speaks (reported), and its day is not a release
    RuleCase(
        "reports-emerged-dates-the-news",
        "By March 2026, reports emerged that Meta was delaying the release of Llama 5.",
        "2026-04-20",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "release_date", None), ("Llama 5", "status", "released")),
    ),
    RuleCase(
        "news-broke-is-a-report",
        "Word got out that Llama 5 is still being trained on the new cluster.",
        "2026-04-20",
        (("Llama 5", "status", "upcoming"),),
        (),
    ),
    # (g) "said on the 8th that it released X": a day of the post's month dates the release
    RuleCase(
        "said-on-the-8th-that-it-released",
        "Meta stated on the 8th (local time) that it released Llama 5 to developers worldwide. "
        "Llama 5 is available starting today in the Meta AI app.",
        "2026-04-09",
        (("Llama 5", "release_date", "2026-04-08"), ("Llama 5", "status", "released")),
        (("Llama 5", "release_date", "2026-04-09"),),
    ),
    RuleCase(
        "on-the-30th-looks-back-a-month",
        "Meta said on the 30th that it launched Llama 5 for phones.",
        "2026-05-03",
        (("Llama 5", "release_date", "2026-04-30"),),
        (),
    ),
    RuleCase(
        "said-on-a-day-that-it-will-release-is-no-release-day",
        "Meta said on the 8th that it will release Llama 5 in June.",
        "2026-04-09",
        (("Llama 5", "release_date", "2026-06"),),
        (("Llama 5", "release_date", "2026-04-08"),),
    ),
    # (h) the present tense of a headline or an abstract: "Meta releases X", "we develop
    # and release X"
    RuleCase(
        "abstract-we-develop-and-release",
        "In this work, we develop and release Code Llama, a family of models for code.",
        "2023-08-25",
        (("Code Llama", "status", "released"),),
        (),
    ),
    RuleCase(
        "today-meta-releases",
        "Today, Meta releases Llama Guard 4, a small safety classifier for chat apps.",
        "2025-04-29",
        (("Llama Guard", "status", "released"), ("Llama Guard", "release_date", "2025-04-29")),
        (),
    ),
    RuleCase(
        "meta-releases-next-month-is-no-release",
        "Meta releases Llama 5 next month, two people said.",
        "2026-03-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "when-we-release-is-no-release",
        "When we release Llama 5, the weights will be free to download.",
        "2026-03-02",
        (),
        (("Llama 5", "status", "released"),),
    ),
    # (i) "initially restricting …" after a release day says how it began: the day stands
    RuleCase(
        "initially-restricting-keeps-the-release-day",
        "Meta released Llama 2 on July 18, 2023, initially limiting the largest chat model "
        "to a waitlist.",
        "2023-08-01",
        (("Llama 2", "release_date", "2023-07-18"),),
        (),
    ),
    RuleCase(
        "originally-planned-still-drops-the-old-day",
        "Llama 5 was originally planned for March 2026, but it now ships in the summer.",
        "2026-02-01",
        (),
        (("Llama 5", "release_date", "2026-03"),),
    ),
    # (j) "available free of charge for research and commercial use": open weights
    RuleCase(
        "free-of-charge-for-research-and-commercial-use",
        "Llama 2 checkpoints are available free of charge for both academic research and "
        "commercial use.",
        "2023-08-01",
        (("Llama 2", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "free-for-research-only-is-not-open-weights",
        "LLaMA was free of charge for research use only.",
        "2023-04-01",
        (),
        (("Llama 1", "openness", "open_weights"),),
    ),
    # (k) access held back for researchers: "only given to approved researchers",
    # "restricting access to researchers", "access … exclusively to research institutions"
    RuleCase(
        "only-given-to-approved-researchers",
        "Before the torrent appeared, LLaMA was only given to universities, approved "
        "researchers and a few labs.",
        "2023-03-08",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "restricting-access-to-researchers",
        "Meta put out LLaMA in February 2023, restricting access to vetted researchers who "
        "filled in a form.",
        "2023-06-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "access-exclusively-to-research-institutions",
        "LLaMA came with a licence that granted access case by case and exclusively to "
        "research labs.",
        "2023-06-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "not-only-to-researchers-is-no-research-rung",
        "Llama 2 is not only given to researchers: anyone may download it.",
        "2023-08-01",
        (),
        (("Llama 2", "openness", "research_only"),),
    ),
    # (l) "dense (not a MoE)": the aside denies the other design, the model is dense
    RuleCase(
        "dense-with-a-denying-aside",
        "Llama Guard 4 is a 12B dense (not MoE) classifier for prompts and replies.",
        "2025-05-01",
        (("Llama Guard", "architecture", "dense"),),
        (("Llama Guard", "architecture", "moe"),),
    ),
    RuleCase(
        "dense-with-another-aside-says-nothing",
        "Llama 5 mixes dense (and sparse) attention layers.",
        "2026-05-01",
        (),
        (("Llama 5", "architecture", None),),
    ),
    # (m) "late 2025", "late in the second half of this year": the fourth quarter (news
    # convention 4); "the second half of 2025" and "early 2025" stay the year
    RuleCase(
        "late-year-is-the-fourth-quarter",
        "Llama 5 is now slated for late 2026, two people said.",
        "2026-03-02",
        (("Llama 5", "release_date", "2026-Q4"),),
        (("Llama 5", "release_date", "2026"),),
    ),
    RuleCase(
        "late-in-the-second-half-of-this-year",
        "Llama 5 has been delayed to late in the second half of this year.",
        "2026-03-02",
        (("Llama 5", "release_date", "2026-Q4"), ("Llama 5", "status", "upcoming")),
        (),
    ),
    RuleCase(
        "second-half-stays-the-year",
        "Llama 5 is expected in the second half of 2026.",
        "2026-03-02",
        (("Llama 5", "release_date", "2026"),),
        (("Llama 5", "release_date", "2026-Q4"),),
    ),
    # (n) "originally slated for April, X has been pushed to …": the old day is dropped,
    # the new target after the move is kept
    RuleCase(
        "pushed-to-after-a-replaced-plan",
        "Initially slated for a spring debut at the developer event, Llama 5 has been pushed "
        "to late in the second half of this year.",
        "2026-03-02",
        (("Llama 5", "release_date", "2026-Q4"),),
        (("Llama 5", "release_date", "2026-Q2"),),
    ),
    RuleCase(
        "originally-due-alone-gives-no-day",
        "Llama 5 was originally due in April.",
        "2026-03-02",
        (),
        (("Llama 5", "release_date", None),),
    ),
    # (o) "has been pushed to late 2026", "was pushed into next year": put off, so upcoming
    RuleCase(
        "pushed-to-a-time-is-upcoming",
        "Llama 5 has been pushed into next year after weak internal evaluations.",
        "2026-03-02",
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2027")),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "pushed-to-a-place-is-no-status",
        "The Llama 5 evaluation code was pushed to a public repository.",
        "2026-03-02",
        (),
        (("Llama 5", "status", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
