"""Focus stage: which model a sentence without a name of its own refers back to."""

from __future__ import annotations

from helpers_extract import catalog

from llamawatch.extractors.choice import Candidate
from llamawatch.extractors.focus import (
    ReadingState,
    by_size,
    by_stated_size,
    refer_back,
    technical_scope,
    update_focus,
)
from llamawatch.extractors.mentions import Focus, Group, Target, find_groups
from llamawatch.extractors.topics import PostTopics


def subjects(text: str) -> list[Group]:
    found = find_groups(text, catalog().find_mentions(text), catalog(), frozenset())
    return [g for g in found if not g.baseline]


def named(text: str) -> ReadingState:
    state = ReadingState()
    update_focus(state, text, subjects(text), [])
    return state


def size(model: str, value: int) -> Candidate:
    return Candidate(model, "params_total", value, "confirmed", "", 0)


def back(
    text: str, state: ReadingState, candidates: list[Candidate] | None = None
) -> Target | None:
    about = PostTopics(models=("Llama 3",))
    return refer_back(text, (0, len(text)), [], state, about, catalog(), candidates or [])


def test_a_named_subject_takes_the_focus() -> None:
    state = named("Llama 3 and Llama 2 ship under one licence")
    assert state.focus == Focus(("Llama 3", "Llama 2"), False)
    assert state.recent_models == ["Llama 3", "Llama 2"]


def test_another_labs_subject_clears_the_focus() -> None:
    state = named("Llama 3 arrives")
    update_focus(state, "Gemini now reads video", [], [])
    assert state.focus == Focus() and state.foreign_focus
    assert back("The model reads 32K tokens", state) is None


def test_the_model_refers_back_to_the_focus() -> None:
    target = back("The model reads 32K tokens", named("Llama 3 arrives"))
    assert target is not None and target.models == ("Llama 3",)


def test_it_after_several_models_is_unclear() -> None:
    assert back("It reads 32K tokens", named("Llama 3 and Llama 2 arrive")) is None


def test_the_larger_one_is_picked_by_the_sizes_the_post_gave() -> None:
    state = named("Llama 3 and Llama 2 arrive")
    sizes = [size("Llama 3", 70_000_000_000), size("Llama 2", 13_000_000_000)]
    target = back("The larger one reads 8K tokens", state, sizes)
    assert target is not None and target.models == ("Llama 3",)
    assert by_size(["Llama 3", "Llama 2"], sizes, larger=False) == "Llama 2"
    assert by_size(["Llama 3", "Llama 1"], sizes, larger=True) is None


def test_a_stated_size_names_its_model() -> None:
    sizes = [size("Llama 3", 70_000_000_000)]
    assert by_stated_size("70B", sizes) == "Llama 3"
    assert by_stated_size("8B", sizes) is None


def test_a_technical_value_needs_the_model_close_by() -> None:
    state = named("Llama 3 arrives")
    state.index = 9
    state.block = 4
    far = Target(("Llama 2",), False)
    assert technical_scope(far, state) is None
    assert technical_scope(Target(("Llama 3",), False), state) == Target(("Llama 3",), False)
