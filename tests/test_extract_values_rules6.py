"""Value rules from a sixth round on real pages (precision first), each on sentences written
for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out
and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # "runs at the speed of a ~17B dense model": the yardstick's design and size, not the model's
    RuleCase(
        "speed-of-a-dense-model-is-a-yardstick",
        "Both Llama 4 Scout and Llama 4 Maverick run at the speed of a ~20B dense model while "
        "scoring far above their class.",
        "2026-05-01",
        (),
        (
            ("Llama 4 Scout", "architecture", None),
            ("Llama 4 Maverick", "architecture", None),
            ("Llama 4 Scout", "params_total", None),
        ),
    ),
    RuleCase(
        "as-cheap-as-a-dense-model-is-a-yardstick",
        "Llama 5 is as cheap as a small dense model to serve, Meta says.",
        "2026-05-01",
        (),
        (("Llama 5", "architecture", None),),
    ),
    RuleCase(
        "a-dense-model-said-of-the-model-still-counts",
        "Llama 5 is a 70B dense model trained on public data.",
        "2026-05-01",
        (("Llama 5", "architecture", "dense"), ("Llama 5", "params_total", 70_000_000_000)),
        (),
    ),
    RuleCase(
        "memory-footprint-does-not-hide-the-size",
        "Llama 5 has a memory footprint of 140 GB and 70B parameters.",
        "2026-05-01",
        (("Llama 5", "params_total", 70_000_000_000),),
        (),
    ),
    # "Unlike earlier systems that used encoders for text, image and audio, X is multimodal":
    # the list belongs to the systems set against the model
    RuleCase(
        "modalities-in-an-unlike-phrase-are-the-others",
        "Llama 5 drops the bolted-on design. Unlike earlier assistants that used separate "
        "encoders for text, image, and audio, Llama 5 processes them in one network.",
        "2026-05-01",
        (),
        (("Llama 5", "modalities", None),),
    ),
    RuleCase(
        "in-contrast-to-phrase-lists-the-others",
        "In contrast to older pipelines that handled text and speech separately, Llama 5 is "
        "multimodal from the first layer.",
        "2026-05-01",
        (),
        (("Llama 5", "modalities", None),),
    ),
    RuleCase(
        "modalities-after-the-unlike-phrase-are-the-model-s",
        "Unlike older pipelines that bolted a vision encoder onto a language model, Llama 5 "
        "is natively multimodal and accepts text and images as inputs.",
        "2026-05-01",
        (("Llama 5", "modalities", ("image", "text")),),
        (),
    ),
    # "available in limited preview": shown to a few, not out
    RuleCase(
        "available-in-limited-preview-is-upcoming",
        "# Llama 5 Titan\n\nStatus: shown in March 2026; not fully out as of May 2026 "
        "(available in limited preview to research partners)",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "available-in-a-private-research-preview-is-upcoming",
        "Meta says Llama 5 is available in a private research preview for a handful of labs.",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "a-preview-on-a-cloud-is-a-way-to-use-it",
        "Llama 5 is available in a private preview on Azure AI Foundry from today.",
        "2026-05-01",
        (("Llama 5", "status", "released"),),
        (),
    ),
    # "is now powering Meta AI and will roll out to WhatsApp": out now, reaching further later
    RuleCase(
        "out-now-and-will-roll-out-wider-is-no-plan",
        "Llama 5 is now powering Meta AI on the web and will roll out to Instagram and "
        "Messenger over the coming weeks.",
        "2026-05-01",
        (),
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", None)),
    ),
    RuleCase(
        "already-available-and-coming-to-more-countries-next-month",
        "Llama 5 is already available to developers in the US and will come to more "
        "countries next month.",
        "2026-05-01",
        (("Llama 5", "status", "released"),),
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2026-06")),
    ),
    RuleCase(
        "another-subject-out-now-keeps-the-plan",
        "The new Meta AI app is now available in preview, and Llama 5 will launch next month.",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2026-06")),
        (),
    ),
    RuleCase(
        "a-plain-rollout-plan-is-still-upcoming",
        "Llama 5 will roll out to Instagram users in the coming weeks.",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"),),
        (),
    ),
    # "upcoming" said of glasses, an event or an app: no model's plan
    RuleCase(
        "upcoming-glasses-are-no-model-plan",
        "Llama 5 is the brain of Meta AI now. This skill is expected to be central to Meta's "
        "upcoming AI glasses, where the assistant sees what the wearer sees.",
        "2026-05-01",
        (),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "upcoming-event-is-no-model-plan",
        "Llama 5 will headline talks at the upcoming developer conference, the company said.",
        "2026-05-01",
        (),
        (("Llama 5", "status", "upcoming"),),
    ),
    RuleCase(
        "upcoming-ai-model-is-still-a-plan",
        "Meta's upcoming AI model, Llama 5, is said to be much larger.",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "expected-to-be-released-is-still-a-plan",
        "Llama 5 is expected to be released in June, two people familiar said.",
        "2026-05-01",
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2026-06")),
        (),
    ),
    # "whether X shipped …": a question asked, not a release stated
    RuleCase(
        "whether-the-siblings-shipped-is-a-question",
        "Llama 5 Mini's worth hinges on whether the Llama 4 Maverick and Llama 4 Behemoth "
        "siblings shipped on the same design live up to the promise.",
        "2026-05-01",
        (),
        (("Llama 4 Maverick", "status", "released"), ("Llama 4 Behemoth", "status", "released")),
    ),
    RuleCase(
        "unclear-whether-it-was-released",
        "It remains unclear whether Llama 5 was released to all developers.",
        "2026-05-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "whether-or-not-aside-keeps-the-release",
        "Whether or not you like it, Llama 5 was released on Tuesday.",
        "2026-05-01",
        (("Llama 5", "status", "released"),),
        (),
    ),
    # a licence's definitions: "Meta's proprietary X" says who owns it, not that it is closed
    RuleCase(
        "licence-definition-proprietary-is-ownership",
        "LLAMA 5 COMMUNITY LICENSE AGREEMENT\n\n“Model Materials” means, together, Meta’s "
        "proprietary Llama 5 and its Documentation, as made available under this Agreement.",
        "2026-05-01",
        (),
        (("Llama 5", "openness", "closed"),),
    ),
    RuleCase(
        "proprietary-outside-a-licence-is-closed",
        "Meta's proprietary Llama 5 will only be offered through its paid API.",
        "2026-05-01",
        (("Llama 5", "openness", "closed"),),
        (),
    ),
    # "released quantized versions of these models on <day>": the derived builds' day
    RuleCase(
        "quantized-versions-date-is-not-the-model-s",
        "Having open-sourced the small Llama 5 models in March, Meta shipped quantized versions "
        "of these models on April 20th.",
        "2026-05-01",
        (("Llama 5", "release_date", "2026-03"),),
        (("Llama 5", "release_date", "2026-04-20"),),
    ),
    RuleCase(
        "distilled-variants-date-is-not-the-model-s",
        "Meta rolled out distilled variants of Llama 5 on April 20, 2026.",
        "2026-05-01",
        (),
        (("Llama 5", "release_date", None),),
    ),
    RuleCase(
        "the-model-s-own-release-day-stays",
        "Meta shipped Llama 5 on April 20th, with quantized builds to follow.",
        "2026-05-01",
        (("Llama 5", "release_date", "2026-04-20"),),
        (),
    ),
    # "an open-source package that anyone can request access to": gated, "open" settles no rung
    RuleCase(
        "open-package-on-request-is-no-open-weights",
        "Llama 5 comes as an open-source package that anyone in the research community can "
        "request access to.",
        "2026-05-01",
        (),
        (("Llama 5", "openness", "open_weights"),),
    ),
    RuleCase(
        "open-weights-on-request-is-no-open-weights",
        "The Llama 5 weights are open, available only on request to academic labs.",
        "2026-05-01",
        (),
        (("Llama 5", "openness", "open_weights"),),
    ),
    RuleCase(
        "open-and-downloadable-stays-open-weights",
        "Llama 5 is open source and can be downloaded from Hugging Face today.",
        "2026-05-01",
        (("Llama 5", "openness", "open_weights"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
