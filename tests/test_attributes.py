"""The attribute table is the one place every stage reads an attribute's rules from."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from llamawatch.attributes import ATTRIBUTE_SPECS, SPECS, validate_value
from llamawatch.changes import ResolutionRules, is_restatement, severity_of
from llamawatch.evaluation.extraction import values_match
from llamawatch.publishing.render import alert_context, attribute_label, display_value
from llamawatch.records import ALERT_ATTRIBUTES, ATTRIBUTES, ChangeEvent, Dissent, format_value


def event(attribute: str, old: object, new: object) -> ChangeEvent:
    return ChangeEvent(
        date=dt.date(2025, 4, 5),
        model="Llama 9",
        attribute=attribute,
        old=old,  # type: ignore[arg-type]
        new=new,  # type: ignore[arg-type]
        certainty="confirmed",
        severity="alert",
        evidence="said so",
        source="https://news.example.org/a",
    )


def test_records_attributes_are_the_table_in_order() -> None:
    assert tuple(spec.name for spec in ATTRIBUTE_SPECS) == ATTRIBUTES
    assert len(set(ATTRIBUTES)) == len(ATTRIBUTES)


@pytest.mark.parametrize(
    ("attribute", "value", "shown"),
    [
        ("params_total", 8192, "8,192"),  # once "8.192K" on pages and "8,192" in alerts
        ("params_total", 1_234_567_890, "1,234,567,890"),  # exact, never a rounded 1.235B
        ("params_total", 1_500_000_000_000, "1.5T"),
        ("context_window", 8192, "8K tokens"),
        ("context_window", 131_072, "128K tokens"),
        ("openness", "research_only", "research only"),
        ("modalities", ("image", "text"), "image, text"),
    ],
)
def test_one_formatter_for_pages_alerts_and_the_command_line(
    attribute: str, value: object, shown: str
) -> None:
    assert display_value(attribute, value) == shown  # type: ignore[arg-type]
    assert format_value(value, attribute) == shown  # type: ignore[arg-type]
    # the run summary's headline and the alert mail say the same words as the pages
    assert f"→ {shown} (confirmed, 1 source)" in event(attribute, value, value).headline()
    context = alert_context([event(attribute, None, value)], site_title="t")
    assert shown in str(context.items[0].new)  # type: ignore[attr-defined]


def test_labels_validation_and_alerts_come_from_the_table() -> None:
    for spec in ATTRIBUTE_SPECS:
        assert attribute_label(spec.name) == spec.label
        assert (spec.name in ALERT_ATTRIBUTES) is spec.alert
        assert (severity_of(spec.name, None) == "alert") is spec.alert
    assert validate_value("params_active", 0) == "params_active 0 is not a positive integer"
    assert validate_value("status", "paused") is not None
    assert validate_value("height", 3) == "unknown attribute 'height'"


def test_resolution_and_evaluation_read_the_kinds() -> None:
    assert ResolutionRules().forward_looking == {
        s.name for s in ATTRIBUTE_SPECS if s.forward_looking
    }
    counts = [s.name for s in ATTRIBUTE_SPECS if s.kind == "count"]
    assert counts == ["params_total", "params_active", "context_window"]
    for name in counts:
        assert is_restatement(name, 100_000, 101_000)
        assert values_match(name, 101_000, 100_000)
    # a date is restated by a vaguer one that covers it; a word is never "close"
    assert is_restatement("release_date", "2025-04-05", "2025-Q2")
    assert not values_match("release_date", "2025-04", "2025-04-05")
    assert SPECS["modalities"].choice == "union"


def test_a_headline_says_how_many_sources_back_the_change_and_how_many_dissent() -> None:
    backed = dataclasses.replace(
        event("openness", None, "closed"),
        support=3,
        dissent=(
            Dissent("https://b.example.org/x", "open_weights", "reported", dt.date(2025, 4, 4)),
        ),
    )
    assert backed.headline() == "Llama 9: openness closed (confirmed, 3 sources, 1 says otherwise)"
    assert event("openness", None, "closed").headline().endswith("(confirmed, 1 source)")
