"""Number and date normalisation: examples plus properties (hypothesis)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llamawatch.extractors.dates import MONTHS, contains, find_dates, precision_of
from llamawatch.extractors.numbers import find_quantities, parse_quantity

MULTIPLIERS = {"K": 10**3, "M": 10**6, "B": 10**9, "T": 10**12}
WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
MONTH_NAMES = [name for name in MONTHS if len(name) > 3 and name != "sept"]
MONTH_NAMES.insert(4, "may")  # "may" is both a full name and an abbreviation


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("400-billion", 400_000_000_000),
        ("17B", 17_000_000_000),
        ("~109B", 109_000_000_000),
        (r"\~400B", 400_000_000_000),
        ("2 trillion", 2_000_000_000_000),
        ("10M tokens", 10_000_000),
        ("128K", 128_000),
        ("4k", 4_000),
        ("1.5 trillion", 1_500_000_000_000),
        ("eight billion", 8_000_000_000),
        ("279M", 279_000_000),
        ("1,500B", 1_500_000_000_000),
    ],
)
def test_quantity_examples(text: str, value: int) -> None:
    assert parse_quantity(text) == value


@given(st.integers(min_value=1, max_value=999), st.sampled_from(sorted(MULTIPLIERS)))
def test_compact_quantities(number: int, unit: str) -> None:
    for text in (f"{number}{unit}", f"~{number}{unit}", f"{number}{unit.lower()}"):
        assert parse_quantity(text) == number * MULTIPLIERS[unit]
    assert find_quantities(f"about {number}{unit} in all")[0].compact


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from(sorted(WORDS)),
    st.sampled_from([" ", "-"]),
)
def test_word_quantities(number: int, word: str, separator: str) -> None:
    text = f"a {number}{separator}{word} parameter model"
    found = find_quantities(text)
    assert [q.value for q in found] == [number * WORDS[word]]
    assert not found[0].compact


@given(st.decimals(min_value=1, max_value=99, places=1), st.sampled_from(sorted(WORDS)))
def test_decimal_quantities(number: object, word: str) -> None:
    assert parse_quantity(f"{number} {word}") == round(float(str(number)) * WORDS[word])


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_thousands_separators(number: int) -> None:
    assert parse_quantity(f"{number:,}B") == number * 10**9


dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


@given(dates, dates)
def test_absolute_dates_keep_their_precision(day: dt.date, published: dt.date) -> None:
    month = MONTH_NAMES[day.month - 1].capitalize()
    cases = {
        f"on {month} {day.day}, {day.year}": day.isoformat(),
        f"on {day.day} {month} {day.year}": day.isoformat(),
        f"on {day.isoformat()}": day.isoformat(),
        f"in {month} {day.year}": f"{day.year}-{day.month:02d}",
        f"in Q{(day.month - 1) // 3 + 1} {day.year}": f"{day.year}-Q{(day.month - 1) // 3 + 1}",
    }
    for text, expected in cases.items():
        found = find_dates(text, published)
        assert [d.values[-1] for d in found] == [expected], text


@given(dates, st.integers(min_value=1, max_value=12))
def test_bare_month_is_the_next_or_last_occurrence(published: dt.date, month: int) -> None:
    name = MONTH_NAMES[month - 1].capitalize()
    (future,) = find_dates(f"it will ship in {name}", published, future=True)
    (past,) = find_dates(f"it shipped in {name}", published, future=False)
    future_value, past_value = future.values[0], past.values[0]
    assert future_value.endswith(f"-{month:02d}") and past_value.endswith(f"-{month:02d}")
    this_month = f"{published.year}-{published.month:02d}"
    assert past_value <= this_month <= future_value
    assert int(future_value[:4]) - int(past_value[:4]) in (0, 1)


@given(dates, st.sampled_from(["spring", "summer", "fall", "autumn", "winter"]))
def test_next_season_is_after_the_post(published: dt.date, season: str) -> None:
    (found,) = find_dates(f"expected next {season}", published, future=True)
    value = found.values[0]
    year, quarter = int(value[:4]), int(value[-1])
    assert value[4:6] == "-Q"
    assert (year, quarter) > (published.year, (published.month - 1) // 3 + 1)
    assert year - published.year in (0, 1)


@given(dates)
def test_relative_years_and_days(published: dt.date) -> None:
    def value(text: str) -> str:
        return find_dates(text, published, future=True)[0].values[0]

    assert value("later this year") == str(published.year)
    assert value("next year") == str(published.year + 1)
    if (published + dt.timedelta(days=1)).day == 1:
        # a month-only date reads as the month's last day: a day reckoned from it is
        # only the month
        assert value("released today") == published.isoformat()[:7]
        assert value("out yesterday") == published.isoformat()[:7]
        return
    assert value("released today") == published.isoformat()
    assert value("out yesterday") == (published - dt.timedelta(days=1)).isoformat()


def test_examples_from_the_spec() -> None:
    published = dt.date(2025, 12, 10)
    assert find_dates("next spring", published, future=True)[0].values == ("2026-Q2",)
    assert find_dates("expected in Q2 2026", published)[0].values == ("2026-Q2",)
    assert find_dates("July 2023", published)[0].values == ("2023-07",)
    assert find_dates("April–July 2024", published)[0].values == ("2024-04", "2024-07")
    assert find_dates("Meta on Thursday released it", dt.date(2024, 4, 19))[0].values == (
        "2024-04-18",
    )


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("next spring", None) == []
    assert find_dates("in July 2023", None)[0].values == ("2023-07",)


@given(dates)
def test_coarser_dates_contain_finer_ones(day: dt.date) -> None:
    iso = day.isoformat()
    quarter = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    assert contains(iso[:7], iso) and contains(iso[:4], iso) and contains(quarter, iso)
    assert precision_of(iso) > precision_of(iso[:7]) > precision_of(quarter) > precision_of(iso[:4])
    assert not contains(iso, iso[:7])


_WORDS = st.sampled_from(
    [
        "Llama", "Llama 4", "Scout", "Maverick", "Behemoth", "LLaMA", "3.1", "405B", "17B",
        "active", "parameters", "released", "not", "never", "closed", "open-weight", "license",
        "Community", "License", "(", ")", ":", ",", ".", "\n", "- ", "**", "|", "it", "both",
        "the model", "in", "July", "Q2", "2026", "next", "spring", "today", "according to",
        "reports", "may", "128K", "context", "window", "text", "images", "and", "MoE", "dense",
        "codenamed", "Avocado", "Meta", "'s", "#", "[x](https://h/Llama-3.1-8B)", "\x00", "é",
    ]
)  # fmt: skip


@settings(deadline=None, max_examples=200)
@given(st.lists(_WORDS, max_size=60), dates)
def test_extraction_never_raises_and_stays_in_vocabulary(
    words: list[str], published: dt.date
) -> None:
    """Any jumble of the words the extractor reacts to yields valid facts, never an error."""
    from helpers_extract import facts_of

    from llamawatch.records import ATTRIBUTES, CERTAINTIES, OPENNESS_SCALE, STATUSES

    for fact in facts_of(" ".join(words), published.isoformat()):
        assert fact.attribute in ATTRIBUTES and fact.certainty in CERTAINTIES
        if fact.attribute == "status":
            assert fact.value in STATUSES
        if fact.attribute == "openness":
            assert fact.value in OPENNESS_SCALE
        if fact.attribute in ("params_total", "params_active", "context_window"):
            assert isinstance(fact.value, int) and fact.value > 0
        if fact.attribute == "release_date":
            assert isinstance(fact.value, str) and fact.value[:4].isdigit()
