"""Units and clauses stage, and attribution and certainty: sentences written for the tests."""

from __future__ import annotations

from llamawatch.extractors.attribution import attribution_carries, grade_certainty
from llamawatch.extractors.clauses import (
    clause_at,
    spec_pairs,
    split_clauses,
    units_with_title,
)
from llamawatch.extractors.mentions import Group
from llamawatch.extractors.sentences import label_cue, split_units
from llamawatch.records import ArticleText


def pieces(text: str, groups: list[Group] | None = None) -> list[str]:
    return [text[a:b] for a, b in split_clauses(text, groups or [])]


def test_a_semicolon_and_a_contrast_split_clauses() -> None:
    text = "The small one reads text; the big one, while slower, reads pictures"
    assert pieces(text) == [
        "The small one reads text",
        "; the big one",
        ", while slower, reads pictures",
    ]


def test_a_leading_subordinate_clause_is_its_own_clause() -> None:
    assert pieces("While rivals wait, the lab ships today") == [
        "While rivals wait,",
        " the lab ships today",
    ]


def test_no_clause_breaks_inside_a_list_of_models() -> None:
    text = "Alpha; Beta ship"
    inside = Group(0, 11, ("Alpha", "Beta"), False, False, ())
    assert pieces(text, [inside]) == ["Alpha; Beta ship"]


def test_clause_at_falls_back_to_the_last_clause() -> None:
    assert clause_at([(0, 5), (5, 9)], 7) == (5, 9)
    assert clause_at([(0, 5), (5, 9)], 20) == (5, 9)
    assert clause_at([], 3) == (0, 4)


def test_labels_give_the_cue_of_their_attribute() -> None:
    assert label_cue("Context window") == "context length of"
    assert label_cue("Release date") == "released on"
    assert label_cue("Output") == ""
    assert label_cue("Favourite colour") is None
    assert label_cue("a label far too long to be a label at all") is None


def test_spec_lines_are_pairs_and_prose_is_not() -> None:
    assert spec_pairs("Params: 12B Context: 64K License: custom") == [
        ("Params", "12B"),
        ("Context", "64K"),
        ("License", "custom"),
    ]
    assert spec_pairs("Note: the team said this: nothing else happened today at all") == []


def test_the_title_leads_unless_the_text_repeats_it() -> None:
    added = units_with_title(ArticleText("urn:t", "Lab ships a model", "It reads text."))
    assert [(u.clean, u.heading, u.block) for u in added][:1] == [("Lab ships a model", True, -1)]
    repeated = units_with_title(
        ArticleText("urn:t", "Lab ships a model", "Lab ships a model\n\nIt reads text.")
    )
    assert [u.clean for u in repeated].count("Lab ships a model") == 1
    assert repeated[0].heading and repeated[0].block == -1


def test_certainty_is_reported_hedged_or_confirmed() -> None:
    text = "The model might reach 1M tokens next year"
    clauses = split_clauses(text, [])
    assert grade_certainty(text, clauses, text.index("1M"), reported=False) == "speculative"
    assert grade_certainty(text, clauses, text.index("1M"), reported=True) == "reported"
    plain = "The model reaches 1M tokens"
    assert grade_certainty(plain, split_clauses(plain, []), 18, reported=False) == "confirmed"


def test_may_the_month_is_not_a_hedge() -> None:
    text = "Shipped on 5 May to everyone"
    clauses = split_clauses(text, [])
    assert grade_certainty(text, clauses, text.index("5 May"), reported=False) == "confirmed"


def test_a_report_carries_through_its_paragraph_until_another_voice() -> None:
    units = split_units(
        "According to two insiders, the lab has a big model. It could ship soon.\n\n"
        "It has a small sibling."
    )
    assert attribution_carries(units, 1)
    assert not attribution_carries(units, 2)  # a new paragraph speaks for the writer
    voiced = split_units(
        "According to two insiders, the lab has a big model. We think it could ship soon."
    )
    assert not attribution_carries(voiced, 1)


def test_a_sentence_ends_after_its_footnote_marks() -> None:
    # wiki pages put citation marks after the full stop: "… runs.[^1][^2] Meta …"
    text = (
        "Quillwort trained on a huge open-weight cluster.[^1][^2] Meta also released "
        "Llama Guard that day. The weights followed.[4] They are on the hub."
    )
    assert [u.clean for u in split_units(text)] == [
        "Quillwort trained on a huge open-weight cluster.[^1][^2]",
        "Meta also released Llama Guard that day.",
        "The weights followed.[4]",
        "They are on the hub.",
    ]
