"""Value rules from a twenty-ninth round, each on sentences written for it.

English kinds of language for openness, status and size that real pages use where the
model is found but the attribute was not read: weights put out with a verb, a research
audience, verbs of arriving, "its launch" in a time after the event, size ranges, and
labels sold or views held (which state no rung). Each case is a ``RuleCase``
(helpers_extract): a post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

CASES = [
    # --- weights as the object of a verb of putting out -----------------------------------
    RuleCase(
        "en-released-weights-for-models",
        "Over the weekend Meta released weights for a pair of models, Llama 4 Scout and "
        "Llama 4 Maverick.",
        "2025-04-09",
        (
            ("Llama 4 Scout", "openness", "open_weights"),
            ("Llama 4 Maverick", "openness", "open_weights"),
        ),
        (),
    ),
    RuleCase(
        "en-ships-the-weights-under-licence",
        "Meta ships the weights of Llama 3 under a licence of its own making.",
        "2024-05-01",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "en-released-with-weights",
        "Every Llama 2 size is released with weights that companies can run themselves.",
        "2023-08-01",
        (("Llama 2", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "en-did-not-release-the-weights",
        "Meta did not release the weights of Llama 4 Behemoth this spring.",
        "2025-06-01",
        (),
        (("Llama 4 Behemoth", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-shared-weights-inside-the-network",
        "Llama 4 Maverick keeps shared weights across its expert layers to save memory.",
        "2025-06-01",
        (),
        (("Llama 4 Maverick", "openness", None),),
    ),
    RuleCase(
        "en-weights-spread-over-gpus",
        "For serving, the operator distributes the weights across eight GPUs for Llama 3.1.",
        "2024-09-01",
        (),
        (("Llama 3.1", "openness", None),),
    ),
    RuleCase(
        "en-declined-to-release-the-weights",
        "Meta declined to release the weights of Llama 4 Behemoth after the tests.",
        "2025-08-01",
        (),
        (("Llama 4 Behemoth", "openness", "open_weights"),),
    ),
    # --- a research audience narrows the release ---------------------------------------
    RuleCase(
        "en-weights-but-only-to-those-doing-research",
        "Meta did release the weights of LLaMA, but only to those who would use them for "
        "academic research.",
        "2023-03-20",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-only-to-those-who-do-research",
        "LLaMA went out only to people who conduct research at universities and labs.",
        "2023-03-20",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "en-only-available-to-those-approved",
        "At first LLaMA was only available to applicants approved by Meta.",
        "2023-06-01",
        (("Llama 1", "openness", "research_only"),),
        (("Llama 1", "openness", "open_weights"),),
    ),
    RuleCase(
        "en-released-for-the-research-community",
        "Meta said LLaMA is released for the research community under a bespoke licence.",
        "2023-03-01",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    RuleCase(
        "en-research-community-among-others",
        "Llama 3 is available to the research community and to businesses alike.",
        "2024-05-01",
        (),
        (("Llama 3", "openness", "research_only"),),
    ),
    RuleCase(
        "en-unlike-research-model-the-new-one-is-open",
        "Unlike LLaMA, which went only to approved researchers, Llama 2 is open source.",
        "2023-07-20",
        (("Llama 2", "openness", "open_weights"),),
        (("Llama 2", "openness", "research_only"),),
    ),
    # --- verbs of arriving, with the model as subject ----------------------------------
    RuleCase(
        "en-when-it-came-out",
        "When Llama 3 came out, many hobbyists rushed to fine-tune it at home.",
        "2024-06-01",
        (("Llama 3", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-has-finally-arrived",
        "Llama 4 Scout has finally arrived, and its context window is enormous.",
        "2025-04-06",
        (("Llama 4 Scout", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-made-its-debut",
        "Llama 3.2 made its debut at a developer event in Menlo Park.",
        "2024-10-01",
        (("Llama 3.2", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-paper-about-model-came-out",
        "A new paper on Llama 3 came out this week with fresh benchmark numbers.",
        "2024-06-01",
        (),
        (("Llama 3", "status", "released"),),
    ),
    RuleCase(
        "en-waiting-until-it-arrives",
        "Many developers are waiting until Llama 5 arrives before they switch.",
        "2025-12-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "en-landed-in-a-ranking",
        "On the coding board, Llama 3 landed in third place behind two closed rivals.",
        "2024-06-01",
        (),
        (("Llama 3", "status", "released"),),
    ),
    RuleCase(
        "en-company-came-out-with",
        "Meta came out against the proposed rules for Llama 5 and other future models.",
        "2025-12-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    # --- "its launch" in a time after the event ----------------------------------------
    RuleCase(
        "en-since-its-debut",
        "Since its debut, Llama 3.1 has been fetched millions of times by developers.",
        "2024-12-01",
        (("Llama 3.1", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-since-its-dated-release",
        "Since its April release, Llama 4 Scout has drawn a steady crowd of tinkerers.",
        "2025-09-01",
        (("Llama 4 Scout", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-weeks-after-its-release",
        "Llama 4 Maverick drew sharp complaints in the weeks after its release.",
        "2025-06-01",
        (("Llama 4 Maverick", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-hype-surrounding-its-launch",
        "For all the excitement surrounding its launch, Code Llama's answers have so far "
        "disappointed many testers.",
        "2024-02-20",
        (("Code Llama", "status", "released"),),
        (),
    ),
    RuleCase(
        "en-its-release-is-another-model",
        "Since its release, Qwen 3 has drawn attention, and Meta is racing to finish "
        "Llama 4 Behemoth.",
        "2025-05-15",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "en-following-its-release-next-month",
        "Following its release next month, Llama 5 should power the assistant.",
        "2025-12-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "en-ahead-of-its-launch",
        "Ahead of its launch, Llama 5 is being tested by a small group of partners.",
        "2025-12-01",
        (),
        (("Llama 5", "status", "released"),),
    ),
    # --- a size range ------------------------------------------------------------------
    RuleCase(
        "en-parameter-count-ranges-from-to",
        "The parameter count of LLaMA ranges from 7 billion to 65 billion, depending on "
        "the version.",
        "2023-03-01",
        (("Llama 1", "params_total", 65_000_000_000),),
        (),
    ),
    RuleCase(
        "en-sizes-of-range-takes-the-top",
        "LLaMA is offered in sizes of 7 billion to 65 billion, and the smallest fits on a laptop.",
        "2023-03-01",
        (("Llama 1", "params_total", 65_000_000_000),),
        (("Llama 1", "params_total", 7_000_000_000),),
    ),
    RuleCase(
        "en-money-range-is-no-size",
        "Meta spent 7 billion to 10 billion on servers before Llama 3 shipped.",
        "2024-05-01",
        (),
        (("Llama 3", "params_total", None),),
    ),
    RuleCase(
        "en-token-range-is-no-size",
        "Llama 3 saw 8 trillion to 15 trillion tokens during training, by various accounts.",
        "2024-05-01",
        (),
        (("Llama 3", "params_total", None),),
    ),
    # --- the open verb made a noun or a decision ---------------------------------------
    RuleCase(
        "en-the-open-sourcing-of",
        "Zuckerberg touted the open-sourcing of Code Llama as a gift to programmers.",
        "2024-01-30",
        (("Code Llama", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "en-decision-to-open-source",
        "Meta's decision to open-source Llama 2 reshaped the market for chatbots.",
        "2023-09-01",
        (("Llama 2", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "en-open-sourcing-of-tooling",
        "The open-sourcing of its data pipeline also helped Llama 3 spread.",
        "2024-06-01",
        (),
        (("Llama 3", "openness", None),),
    ),
    # --- a label sold, a view held: no rung --------------------------------------------
    RuleCase(
        "en-tout-as-open-but-claim-disputed",
        "Meta likes to tout Llama 3 as open source, but that label is hotly contested.",
        "2024-06-01",
        (),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "en-falsely-promotes-as-open",
        "Critics say Meta falsely promotes Llama 3 as open source.",
        "2024-06-01",
        (),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "en-while-marketed-as-open",
        "Llama 3, while marketed as open source, fails the usual definition.",
        "2024-06-01",
        (),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "en-notion-that-ai-must-be-closed",
        "LLaMA undercut the notion that strong language models must stay closed-source.",
        "2023-05-01",
        (),
        (("Llama 1", "openness", "closed"),),
    ),
    RuleCase(
        "en-released-as-open-source-still-read",
        "Meta released Llama 3 as open source for anyone to build on.",
        "2024-05-01",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_modal_of_the_audience_is_no_hedge() -> None:
    """The modal of "only to people who would do research" is the audience's, no guess."""
    facts = facts_of(
        "Meta put LLaMA out, but only to people who would do research on it.", "2023-03-20"
    )
    found = find(facts, "Llama 1", "openness", "research_only")
    assert found and found[0].certainty == "confirmed"
