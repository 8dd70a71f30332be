"""Scope stage functions, one at a time, on sentences written for the tests."""

from __future__ import annotations

from collections.abc import Sequence

from helpers_extract import catalog

from llamawatch.extractors.mentions import ELSEWHERE, Group, find_groups
from llamawatch.extractors.scope import (
    company_before,
    derivative_post,
    foreign_between,
    foreign_launch,
    object_of,
    opens_on_other_release,
    other_subject,
    product_subject,
    read_post_scope,
    value_of_other,
)
from llamawatch.extractors.sentences import split_units


def groups_of(text: str) -> Sequence[Group]:
    return find_groups(text, catalog().find_mentions(text), catalog(), frozenset())


def test_another_lab_opening_the_sentence_is_its_subject() -> None:
    assert other_subject("Anthropic said its newest system reads 500K tokens")
    assert not other_subject("Meta said the newest Llama reads 500K tokens")


def test_a_status_verb_governs_the_name_after_it() -> None:
    text = "The lab quietly released Llama 3 to researchers"
    pos = text.index("released")
    target = object_of(text, pos, "status", groups_of(text))
    assert target is not None and target.models == ("Llama 3",)


def test_a_status_verb_before_another_name_points_elsewhere() -> None:
    text = "Stanford released the new Alpaca last spring"
    assert object_of(text, text.index("released"), "status", groups_of(text)) is ELSEWHERE


def test_a_product_before_the_status_word_is_not_a_model() -> None:
    text = "The assistant launched in Europe"
    assert product_subject(text, text.index("launched"), groups_of(text))
    named = "The assistant runs on Llama 3, launched in April"
    assert not product_subject(named, named.index("launched"), groups_of(named))


def test_a_value_given_to_another_labs_model() -> None:
    text = "a 128K window, twice that of Gemini"
    assert value_of_other(text, text.index("twice"))
    assert not value_of_other("a 128K window for every user", 2)


def test_a_rival_between_subject_and_value() -> None:
    text = "Llama 3 trails GPT-4 at 8K tokens"
    assert foreign_between(text, 0, text.index("8K"))
    hardware = "Llama 3 fits on one NVIDIA H100 at 8K tokens"
    assert not foreign_between(hardware, 0, hardware.index("8K"))


def test_a_company_named_before_a_position() -> None:
    assert company_before("As Meta put it, the model ships", catalog(), 20)
    assert company_before("the company says the model ships", catalog(), 20)
    assert not company_before("A reviewer says the model ships", catalog(), 20)


def test_a_title_announcing_another_labs_launch() -> None:
    title = "Acme Labs releases Quokka, a small chat model"
    assert foreign_launch(title, groups_of(title), catalog().company_names)
    own = "Meta releases Llama 3"
    assert not foreign_launch(own, groups_of(own), catalog().company_names)


def test_a_post_that_opens_on_its_own_release() -> None:
    units = split_units("Today we are releasing Quokka, tuned from Llama 3.")
    assert opens_on_other_release(units, groups_of)
    meta = split_units("Meta AI: today we are releasing Quokka to everyone.")
    assert not opens_on_other_release(meta, groups_of)


def test_a_derivative_page_is_about_its_own_model() -> None:
    units = split_units("This model is fine-tuned from Llama 3 to write poems.")
    assert derivative_post(units, {"Llama 3"}, groups_of)
    assert not derivative_post(units, {"Llama 2"}, groups_of)
    card = split_units("It was developed by Meta. This model is fine-tuned from Llama 3.")
    assert not derivative_post(card, {"Llama 3"}, groups_of)


def test_the_title_gives_the_post_its_subject() -> None:
    units = split_units("Llama 3 Gets a Longer Window\n\nThe model now reads more.")
    scope = read_post_scope(
        "Llama 3 Gets a Longer Window", units, ("Llama 3",), catalog(), groups_of
    )
    assert scope.title_models == ("Llama 3",)
    assert scope.title_focus.models == ("Llama 3",)
    assert not scope.foreign and not scope.derivative and not scope.guess


def test_a_title_about_another_lab_makes_the_post_foreign() -> None:
    title = "Anthropic's new system beats Llama 3"
    scope = read_post_scope(title, split_units(title), (), catalog(), groups_of)
    assert scope.foreign and scope.title_models == ()


def test_a_prediction_title_marks_guesswork() -> None:
    title = "Predictions for next year: what Llama 5 could look like"
    assert read_post_scope(title, split_units(title), (), catalog(), groups_of).guess
