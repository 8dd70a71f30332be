"""Value wordings of a fifteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # a denial in another language over a longer verb phrase, curly apostrophes included
    RuleCase(
        "french-denial-over-a-long-verb-phrase",
        "Pour le moment, le groupe a présenté les deux versions de Llama 3. En revanche, le "
        "groupe n’a pas retenu l’architecture Sparse Mixture of Experts pour Llama 3 70B.",
        "2024-04-20",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    RuleCase(
        "spanish-no-before-a-long-verb-phrase",
        "La empresa presentó los nuevos modelos de la familia y los puso a disposición de "
        "todos. La empresa no eligió una arquitectura de mezcla de expertos (MoE) para Llama 3 "
        "70B.",
        "2024-04-20",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    # negative: "not only" is no denial
    RuleCase(
        "spanish-not-only-is-no-denial",
        "La empresa presentó los nuevos modelos de la familia y los puso a disposición de "
        "todos. Llama 4 Scout no solo usa una arquitectura de mezcla de expertos (MoE), sino "
        "también un contexto largo.",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
