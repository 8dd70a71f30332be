"""Choice per post: several candidate values for a model's attribute become one fact."""

from __future__ import annotations

from llamawatch.extractors.choice import Candidate, choose, consolidate
from llamawatch.records import ArticleText, Certainty, FactValue

ARTICLE = ArticleText(url="urn:choice", title="", text="")


def candidate(
    attribute: str,
    value: FactValue,
    certainty: Certainty = "confirmed",
    *,
    model: str = "Llama 9 Big",
    order: int = 0,
    generic: bool = False,
    explicit: bool = True,
    from_title: bool = False,
) -> Candidate:
    return Candidate(
        model=model,
        attribute=attribute,
        value=value,
        certainty=certainty,
        evidence=f"sentence {order}",
        order=order,
        generic=generic,
        explicit=explicit,
        from_title=from_title,
    )


def test_largest_size_wins() -> None:
    pool = [candidate("params_total", 70_000_000_000), candidate("params_total", 400_000_000_000)]
    chosen = choose("params_total", pool)
    assert chosen is not None and chosen.value == 400_000_000_000


def test_most_precise_date_wins() -> None:
    pool = [candidate("release_date", "2031-04"), candidate("release_date", "2031-04-17", order=3)]
    chosen = choose("release_date", pool)
    assert chosen is not None and chosen.value == "2031-04-17"


def test_modalities_are_united() -> None:
    pool = [candidate("modalities", ("text",)), candidate("modalities", ("image", "text"))]
    chosen = choose("modalities", pool)
    assert chosen is not None and chosen.value == ("image", "text")


def test_status_takes_the_furthest_stage_among_the_surest() -> None:
    waiting = [candidate("status", "upcoming"), candidate("status", "shelved", order=2)]
    shelved = choose("status", waiting)
    assert shelved is not None and shelved.value == "shelved"
    shipped = choose("status", [candidate("status", "upcoming"), candidate("status", "released")])
    assert shipped is not None and shipped.value == "released"
    # a confirmed "upcoming" outweighs a reported "released"
    rumoured = [candidate("status", "upcoming"), candidate("status", "released", "reported")]
    chosen = choose("status", rumoured)
    assert chosen is not None and chosen.value == "upcoming"


def test_open_beats_closed_at_equal_certainty() -> None:
    pool = [candidate("openness", "closed"), candidate("openness", "open", order=1)]
    chosen = choose("openness", pool)
    assert chosen is not None and chosen.value == "open"


def test_surer_closed_against_a_hedged_open_gives_nothing() -> None:
    pool = [
        candidate("openness", "closed", "reported"),
        candidate("openness", "open", "speculative"),
    ]
    assert choose("openness", pool) is None


def test_body_wording_beats_the_headline() -> None:
    pool = [
        candidate("architecture", "moe", from_title=True),
        candidate("architecture", "moe", "reported", order=5),
    ]
    chosen = choose("architecture", pool)
    assert chosen is not None and chosen.certainty == "reported"


def test_generation_release_reaches_only_members_shown_released() -> None:
    def generation(model: str) -> str | None:
        return "Llama 9"

    facts = consolidate(
        [
            candidate("status", "released", model="Llama 9 Small", generic=True, explicit=False),
            candidate("status", "released", model="Llama 9 Big", generic=True, explicit=False),
            candidate("status", "upcoming", model="Llama 9 Big", order=2),
        ],
        ARTICLE,
        generation,
    )
    assert [(f.model, f.value) for f in facts] == [
        ("Llama 9 Big", "upcoming"),
        ("Llama 9 Small", "released"),
    ]


def test_facts_come_sorted_by_model_then_attribute_order() -> None:
    facts = consolidate(
        [
            candidate("context_window", 65536, model="B"),
            candidate("status", "released", model="B"),
            candidate("status", "released", model="A"),
        ],
        ARTICLE,
    )
    assert [(f.model, f.attribute) for f in facts] == [
        ("A", "status"),
        ("B", "status"),
        ("B", "context_window"),
    ]
