"""Find dates in text and resolve them to the partial ISO dates of docs/facts.md.

Absolute dates ("July 18, 2023", "Feb 2023", "Q2 2026", "2025") keep the precision they
are written with. Partial and relative ones ("in July", "next spring", "later this
year", "today") are resolved against the post's publication date; whether "in July"
means the July before or after the post depends on the tense of the statement, so
the caller says which way to look (``future``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from llamawatch.extractors import languages
from llamawatch.extractors import vocabulary as V

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: a season is the quarter it mostly falls in (northern hemisphere, as the press writes)
SEASONS: dict[str, int] = {"winter": 1, "spring": 2, "summer": 3, "fall": 4, "autumn": 4}
_ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL_QUARTERS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|through)\s*"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a date followed by a time ("2026-03-13T01:03:22Z") stamps a page or a record, not an event
    (
        "iso",
        re.compile(r"(?<![\d-])(?P<y>" + _YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d|T\d)"),
    ),
    (
        # "2023.07.18", "2023/07/18": the year-first day of tables and Asian-style copy
        "numeric_day",
        re.compile(
            r"(?<![\w./-])(?P<y>" + _YEAR + r")(?P<sep>[./])(?P<m>0[1-9]|1[0-2])(?P=sep)"
            r"(?P<d>0[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)"
        ),
    ),
    (
        # "| Llama 2 | 2023.07 |", "2024-04": a year and a two-digit month
        "numeric_month",
        re.compile(r"(?<![\w./-])(?P<y>" + _YEAR + r")[./-](?P<m>0[1-9]|1[0-2])(?![\w/-]|[.,]\d)"),
    ),
    ("iso_quarter", re.compile(r"(?<![\w-])(?P<y>" + _YEAR + r")-?Q(?P<q>[1-4])(?!\w)")),
    (
        # "On April 5-6, 2025", "5-6 April 2025": a span of days; the month is what it says
        "day_range_year",
        re.compile(
            r"(?<!\w)(?P<mon>" + _MONTH + r")\s+" + _DAY + r"\s*[-–—]\s*" + _DAY + r",?\s+"
            r"(?P<y>"
            + _YEAR
            + r")(?!\d)|(?<![\w.])"
            + _DAY
            + r"\s*[-–—]\s*"
            + _DAY
            + r"\s+(?P<mon2>"
            + _MONTH
            + r"),?\s+(?P<y2>"
            + _YEAR
            + r")(?!\d)"
        ),
    ),
    (
        "month_day_year",
        re.compile(
            r"(?<!\w)(?P<mon>"
            + _MONTH
            + r")\s+(?P<d>"
            + _DAY
            + r"),?\s+(?P<y>"
            + _YEAR
            + r")(?!\d)"
        ),
    ),
    (
        "day_month_year",
        re.compile(
            r"(?<![\w.])(?P<d>"
            + _DAY
            + r")\s+(?:of\s+)?(?P<mon>"
            + _MONTH
            + r"),?\s+(?P<y>"
            + _YEAR
            + r")(?!\d)"
        ),
    ),
    (
        "month_range_year",
        re.compile(
            r"(?<!\w)(?P<mon>"
            + _MONTH
            + r")"
            + _DASH
            + r"(?P<mon2>"
            + _MONTH
            + r"),?\s+(?P<y>"
            + _YEAR
            + r")(?!\d)"
        ),
    ),
    (
        "month_year",
        re.compile(r"(?<!\w)(?P<mon>" + _MONTH + r"),?\s+(?:of\s+)?(?P<y>" + _YEAR + r")(?!\d)"),
    ),
    (
        "month_relative_year",
        re.compile(
            r"(?<!\w)(?P<mon>" + _MONTH + r")\s+(?:of\s+)?(?P<rel>this|next|last)\s+year(?!\w)"
        ),
    ),
    (
        "quarter_year",
        re.compile(
            r"(?<!\w)(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
            r"\s+quarter)\s*(?:of\s+|,\s*)?(?:(?P<y>" + _YEAR + r")|(?P<rel>this|next|last)\s+year)"
            r"(?!\d)",
            re.I,
        ),
    ),
    (
        "quarter_alone",
        re.compile(
            r"(?<!\w)(?:(?i:in|into|by|during|for|to)\s+(?:the\s+)?)(?:Q(?P<q>[1-4])|(?P<qw>(?i:first|second"
            r"|third|fourth|1st|2nd|3rd|4th))\s+quarter)(?!\w)"
        ),
    ),
    (
        "season",
        re.compile(
            r"(?<!\w)(?:(?P<rel>this|next|last|coming|early|late)\s+)?(?P<season>spring|summer|fall"
            r"|autumn|winter)(?:\s+(?:of\s+)?(?P<y>" + _YEAR + r"))?(?!\w)",
            re.I,
        ),
    ),
    (
        # "on April 5-6": a span of days in the post's year or the one before it
        "day_range",
        re.compile(
            r"(?<!\w)(?P<mon>"
            + _MONTH
            + r")\s+"
            + _DAY
            + r"\s*[-–—]\s*"
            + _DAY
            + r"(?![\d:]|,?\s*(?:19|20)\d\d)(?!\w)"
        ),
    ),
    (
        "month_day",
        re.compile(
            r"(?<!\w)(?P<mon>" + _MONTH + r")\s+(?P<d>" + _DAY + r")(?!\d|:\d|,?\s*(?:19|20)\d\d)"
        ),
    ),
    (
        "month_alone",
        re.compile(
            r"(?<!\w)(?:(?i:in|by|until|since|from|this|next|last|early|late|mid|around|during"
            r"|before|after|to|toward|towards|at least|no earlier than|to at least|"
            # "slated for March", "now looks set for May": a plan's month
            r"(?:slated|set|scheduled|planned|targeted|due|earmarked|pencil+ed in|aimed|"
            r"timed|penciled in) for|"
            r"as (?:soon|early) as)[\s-]+)"
            r"(?P<mon>" + _MONTH + r")"
            r"(?![\w\s]*?\d{4})(?!\w)"
        ),
    ),
    (
        "month_adjective",
        re.compile(
            # "Meta's April launch": a possessive is a determiner too
            r"(?:(?<!\w)(?i:a|an|its|the|their|his)\s+|(?<=\w)['’]s\s+)(?P<mon>" + _MONTH + r")"
            r"(?=\s+(?i:launch|release|debut|rollout|roll-out|target|window|timeframe)\b)"
        ),
    ),
    (
        # "late 2025" and "late in the second half of this year" are the fourth quarter
        # (news README convention 4); "the second half of 2025", "early 2025" only the year
        "half_year",
        re.compile(
            r"(?<!\w)(?P<late>late\s+in\s+the\s+(?:second|2nd)\s+half|late)(?:[\s-]+of)?[\s-]+"
            r"(?:the\s+)?(?:of\s+)?(?:(?P<y>" + _YEAR + r")|(?P<rel>this|next)\s+year)(?!\d)|"
            r"(?<!\w)(?:(?:first|second|1st|2nd)\s+half|early|mid|end)(?:[\s-]+of)?[\s-]+"
            r"(?:the\s+)?(?:of\s+)?(?:(?P<y2>" + _YEAR + r")|(?P<rel2>this|next)\s+year)(?!\d)",
            re.I,
        ),
    ),
    (
        "relative_year",
        re.compile(
            r"(?<!\w)(?:(?P<rel>this|next|last|coming)\s+year|(?P<later>later|earlier|end|"
            r"the end|the rest)\s+(?:in|of)\s+the\s+year|by year[- ]end)(?!\w)",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"(?<!\w)(?:(?i:on)\s+(?P<article>a\s+)?|(?i:last|this|next)\s+|(?i:released|launched|unveiled|shipped|debuted|"
            r"introduced|announced|revealed|arrived|landed)\s+)(?P<weekday>Monday|Tuesday|Wednesday|"
            r"Thursday|Friday|Saturday|Sunday)(?!\w)"
            # "Tuesday evening", "late Friday night": a part of the day says it is one day
            r"|(?<!\w)(?P<weekday2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?=\s+(?i:morning|afternoon|evening|night)\b)"
        ),
    ),
    (
        "label_month",
        re.compile(r"^\s*(?:In\s+)?(?P<mon>" + _MONTH + r")(?=\s*[:,])"),
    ),
    (
        "relative_month",
        re.compile(r"(?<!\w)(?P<rel>this|next|last|coming)\s+month(?!\w)", re.I),
    ),
    (
        # "released … over the weekend", "this past weekend": the Saturday and Sunday
        # nearest the post, a month where both days fall in one
        "weekend",
        re.compile(
            r"(?<!\w)(?:(?:over|during|on|at)\s+the|(?P<rel>this(?:\s+past)?|last|past))"
            # (not "the weekend of March 7-8", "the weekend before the launch": another)
            r"\s+weekend(?!\w)(?!\s+(?:of|before|after|following|prior)\b)",
            re.I,
        ),
    ),
    (
        "relative_week",
        # ("earlier this week": the days of the post's week up to the post)
        re.compile(r"(?<!\w)(?P<rel>last|this)\s+week(?!\w)(?!['’]s)", re.I),
    ),
    (
        # "Meta said on the 8th (local time)": a day of the post's month, as wire copy writes
        "day_ordinal",
        re.compile(
            r"(?<!\w)(?i:on)\s+the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)(?!\w)"
            r"(?!\s+(?:of\s+)?(?i:month|day|anniversary|floor|century|place|time|attempt|try|"
            r"generation|version|iteration|edition|round|spot)\b)"
            r"(?!\s*,?\s+(?:of\s+)?" + _MONTH + r")"
        ),
    ),
    (
        # "last night" is the day before the post, as "anoche" and "昨晚" are
        "day_word",
        re.compile(r"(?<!\w)(?P<word>today|yesterday|tomorrow|tonight|last night)(?!\w)", re.I),
    ),
    (
        "ago",
        re.compile(
            r"(?<!\w)(?:just\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?|months?)\s+(?:ago|since)(?!\w)",
            re.I,
        ),
    ),
    ("year", re.compile(r"(?<![\w$€£.,/-])(?P<y>" + _YEAR + r")(?![\w%/]|[.,]\d|-\d)")),
]


# --- dates written in other languages (month names and formats of extractors/languages.py)
FOREIGN_MONTHS: dict[str, int] = languages.mapping("months")
_FOREIGN_SEASONS: dict[str, int] = languages.mapping("seasons")
_FOREIGN_QUARTERS: dict[str, int] = languages.mapping("quarter_ordinals")
_FOREIGN_DAY_WORDS: dict[str, int] = languages.mapping("day_words")
_FOREIGN_WEEKDAYS: dict[str, int] = languages.mapping("weekdays")
_MONTH_PARTS = "|".join(languages.words("month_parts", spaced=True)) or "(?!)"
_FOREIGN_REL_MONTHS: dict[str, int] = languages.mapping("rel_months")
_FOREIGN_SEASON_REL: dict[str, int] = languages.mapping("season_rel")
_FOREIGN_COUNTS: dict[str, int] = languages.mapping("count_words")
_SPACED_WEEKDAYS: dict[str, int] = languages.mapping("weekdays", spaced=True)
_UNSPACED_WEEKDAYS: dict[str, int] = languages.mapping("weekdays", spaced=False)
_SPACED_COUNTS: dict[str, int] = languages.mapping("count_words", spaced=True)
_UNSPACED_COUNTS: dict[str, int] = languages.mapping("count_words", spaced=False)
_SPACED_REL_MONTHS: dict[str, int] = languages.mapping("rel_months", spaced=True)
#: the words of "last" around a weekday ("dernier", "scorso", "прошлую", "지난"), and the
#: words that put it in the week before the post's ("上周二", "先週の火曜日")
_WEEKDAY_LAST = re.compile(
    "|".join(
        languages.words("weekday_last", spaced=True) + languages.words("weekday_last", spaced=False)
    )
    or "(?!)",
    re.I,
)
_WEEKDAY_LAST_WEEK = re.compile(
    "|".join(languages.words("weekday_last_week", spaced=False)) or "(?!)"
)
#: "the day before" may be the eve of a thing named after it ("la veille de la conférence",
#: "накануне запуска", "am Vortag der Messe"): then it is no day of the post's
_EVE_WORDS = frozenset(
    ("la veille", "накануне", "am vortag", "el día anterior", "na véspera", "il giorno prima")
)
_EVE_OF = re.compile(
    r"\s+(?:de|du|des|d['’]|a|al|à|della|dello|del|di|der|des|dem|do|da|dos|das|"
    # a Russian genitive ("накануне запуска"), not a verb in the past ("накануне представила")
    r"(?![а-яё]*л[аио]?(?![\w]))[а-яё]+(?:а|я|ы|и|ов|ев|ого|его))(?![\w])",
    re.I,
)
#: unit regex → "day", "week" or "month", each compiled to tell which one a match is
_FOREIGN_UNITS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(source, re.I), unit) for source, unit in languages.mapping("time_units").items()
]


def _words_of(kind: str, spaced: bool) -> str:
    """One alternation of a kind's regex words (spaced or unspaced languages), or a never."""
    return "|".join(languages.words(kind, spaced=spaced)) or "(?!)"


def _either_or_never(words: Iterable[str]) -> str:
    return _either(words) or "(?!)"


#: German names the target of a move with "auf", a hedge allowed after it: "auf Juni
#: verschoben", "auf frühestens Herbst" (at the earliest the fall)
_DE_MOVED_TO = r"auf(?:\s+(?:frühestens|spätestens|voraussichtlich))?"


def _either(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


#: a year or a week named by its distance from the post's, in other languages:
#: "l'année dernière", "el año pasado", "letztes Jahr", "去年", "작년" (year offsets), and
#: "la semaine dernière", "letzte Woche", "上周", "지난주" (the week before the post's)
_FOREIGN_REL_YEARS: dict[str, int] = {
    # French
    "l'année dernière": -1,
    "l'an dernier": -1,
    "l'année passée": -1,
    "l'année prochaine": 1,
    "l'an prochain": 1,
    # Spanish
    "el año pasado": -1,
    "del año pasado": -1,
    "el próximo año": 1,
    "del próximo año": 1,
    "el año que viene": 1,
    "el año próximo": 1,
    # Portuguese
    "ano passado": -1,
    "próximo ano": 1,
    "ano que vem": 1,
    # Italian
    "l'anno scorso": -1,
    "lo scorso anno": -1,
    "dello scorso anno": -1,
    "l'anno prossimo": 1,
    "il prossimo anno": 1,
    "del prossimo anno": 1,
    # German
    "letztes jahr": -1,
    "letzten jahres": -1,
    "im letzten jahr": -1,
    "vergangenes jahr": -1,
    "im vergangenen jahr": -1,
    "vergangenen jahres": -1,
    "nächstes jahr": 1,
    "nächsten jahres": 1,
    "im nächsten jahr": 1,
    "im kommenden jahr": 1,
    "kommendes jahr": 1,
    # Korean (the Chinese and Japanese words are added below, from _CJK_REL_OFFSET)
    "작년": -1,
    "지난해": -1,
    "내년": 1,
    # Russian, Polish, Dutch, Turkish, Indonesian, Vietnamese
    "в прошлом году": -1,
    "прошлого года": -1,
    "в следующем году": 1,
    "следующего года": 1,
    "w zeszłym roku": -1,
    "w ubiegłym roku": -1,
    "w przyszłym roku": 1,
    "vorig jaar": -1,
    "volgend jaar": 1,
    "geçen yıl": -1,
    "gelecek yıl": 1,
    "önümüzdeki yıl": 1,
    "tahun lalu": -1,
    "tahun depan": 1,
    "năm ngoái": -1,
    "năm tới": 1,
    # Hebrew, Hindi, Arabic
    "בשנה שעברה": -1,
    "אשתקד": -1,
    "בשנה הבאה": 1,
    "पिछले साल": -1,
    "अगले साल": 1,
    "العام الماضي": -1,
    "العام المقبل": 1,
}
_FOREIGN_REL_YEARS.update(
    {w.replace("'", "’"): v for w, v in _FOREIGN_REL_YEARS.items() if "'" in w}
)
_LATIN_LETTER = re.compile(r"[a-zà-ÿ]")
#: a Latin word right before a number: in a Hebrew post, a name and its version ("Llama 3")
_LATIN_WORD_BEFORE = re.compile(r"[A-Za-z][\w.-]*\s+$")
#: kana, CJK ideographs and Hangul: words of these scripts are matched anywhere
_UNSPACED_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_FOREIGN_LAST_WEEK = (
    "la semaine dernière",
    "la semaine passée",
    "la semana pasada",
    "semana passada",
    "la settimana scorsa",
    "la scorsa settimana",
    "letzte woche",
    "vergangene woche",
    "in der vergangenen woche",
    "上周",
    "上週",
    "先週",
    "지난주",
    "на прошлой неделе",
    "w zeszłym tygodniu",
    "w ubiegłym tygodniu",
    "vorige week",
    "afgelopen week",
    "geçen hafta",
    "pekan lalu",
    "minggu lalu",
    "tuần trước",
    "tuần qua",
    "בשבוע שעבר",
    "पिछले हफ्ते",
    "पिछले सप्ताह",
    "الأسبوع الماضي",
    "สัปดาห์ที่แล้ว",
)

#: the weekend nearest the post ("ce week-end", "el fin de semana", "am Wochenende", "周末")
#: or the one before it ("le week-end dernier", "上周末"): "" or "last", as English reads it
_FOREIGN_WEEKEND: dict[str, str] = {
    "ce week-end": "",
    "ce weekend": "",
    "pendant le week-end": "",
    "durant le week-end": "",
    "le week-end dernier": "last",
    "este fin de semana": "",
    "durante el fin de semana": "",
    "el pasado fin de semana": "last",
    "el fin de semana pasado": "last",
    "neste fim de semana": "",
    "no fim de semana": "",
    "no último fim de semana": "last",
    "no fim de semana passado": "last",
    "questo fine settimana": "",
    "nel fine settimana": "",
    "nel weekend": "",
    "lo scorso fine settimana": "last",
    "lo scorso weekend": "last",
    "am wochenende": "",
    "übers wochenende": "",
    "am vergangenen wochenende": "last",
    "am letzten wochenende": "last",
    "dit weekend": "",
    "afgelopen weekend": "last",
    "w ten weekend": "",
    "w miniony weekend": "last",
    "w ostatni weekend": "last",
    "в выходные": "",
    "на выходных": "",
    "в прошлые выходные": "last",
    "akhir pekan ini": "",
    "akhir pekan lalu": "last",
    "hafta sonu": "",
    "geçen hafta sonu": "last",
    "cuối tuần qua": "",
    "בסוף השבוע": "",
    "בסוף השבוע שעבר": "last",
    "上周末": "last",
    "上週末": "last",
    "这个周末": "",
    "本周末": "",
    "先週末": "last",
    "今週末": "",
    "지난 주말": "last",
    "지난주말": "last",
    "이번 주말": "",
}

_FMONTH = "(?:" + _either(FOREIGN_MONTHS) + ")"
#: after "5." (a German ordinal day) an English-looking month is German too ("5. April")
_ANY_MONTH = "(?:" + _either([*FOREIGN_MONTHS, *(m for m in MONTHS if len(m) > 3)]) + ")"
_CJK_MONTH = r"(?P<m>1[0-2]|0?[1-9])\s*月"
_CJK_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])\s*日"
_CJK_MOVED_TO = "|".join(languages.words("moved_to", spaced=False)) or "(?!)"
_CJK_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KO_MONTH = r"(?P<m>1[0-2]|0?[1-9])\s*월"
#: a year named by its distance from the post's: 올해/금년 this, 내년 next, 작년/지난해 last
#: ("올" alone is the press's short "this year" before a period: "올 3·4분기", "올 4월")
_KO_REL_YEAR = r"올해|금년|내년|작년|지난해|(?<![가-힣])올(?=\s)"
_KO_REL_OFFSET = {"올해": 0, "금년": 0, "내년": 1, "작년": -1, "지난해": -1, "올": 0}
#: a quarter as the Korean press writes it, "3·4분기" (the third of four), or plain "3분기"
_KO_QUARTER = r"(?P<q>[1-4])(?:\s*[·・.]\s*4)?\s*분기"
#: the seasons as quarters, as docs/facts.md reads "next spring"; not winter, which
#: straddles the turn of the year ("今年冬季" may be this December or next February)
_CJK_SEASONS = {"春": 2, "夏": 3, "秋": 4, "봄": 2, "여름": 3, "가을": 4}
_KO_DAY = (
    r"(?P<d>[12]\d|3[01]|0?[1-9])\s*일(?:에|께|부터|까지)?(?![가-힣])"
    r"(?!\s*(?:동안|만에|만|이내|안에|간|째|후|뒤|전|이상|이하|정도|가량|내)(?![가-힣]))"
)
#: a year named by its distance from the post's: 今年/本年 this, 明年/来年 next, 去年/昨年 last
_CJK_REL_YEAR = r"(?P<cjkrel>[今本明来來去昨])年"
_CJK_REL_OFFSET = {"今": 0, "本": 0, "明": 1, "来": 1, "來": 1, "去": -1, "昨": -1}
# "去年", "昨年", "明年", "来年": the same offsets as words of their own ("this year" is
# read where it qualifies a quarter or a year's end only)
_FOREIGN_REL_YEARS.update({f"{c}年": v for c, v in _CJK_REL_OFFSET.items() if v})
#: a part of this year, said with the year's word: "年内" (within the year; not "三年内",
#: within three years), "今年上半年", "今年下半期", "今年初", "今年前半", Japanese "今年中に",
#: Korean "연내", "올해 안에", "올해 중", "올해 상반기", "올해 초": the year, as English "later this
#: year" and "the first half of 2026" are read (news README convention 4)
_CJK_THIS_YEAR_PART = (
    r"(?<![\d一二三四五六七八九十两兩几幾多数數半近])(?:今年|本年)?年[内內]|"
    r"(?:今年|本年)(?:度)?(?:的)?(?:上半年|下半年|上半期|下半期|前半|後半|年初|初(?!期|步|次|代|版)|"
    r"年中|中(?=に))|"
    r"(?<![가-힣])연내(?:에|를|로|의|는|엔)?(?![가-힣])|"
    r"(?:올해|금년)\s?(?:안|중|내|초|상반기|하반기|중반)(?:에|에는|까지|를|로|의)?(?![가-힣])"
)
#: the end of a year in Korean: "올해 말", "내년 말까지", "2026년 말", "연말": its fourth quarter
_KO_YEAR_END = (
    r"(?:(?:(?<!\d)(?P<y>" + _YEAR + r")\s*년|(?P<korel>" + _KO_REL_YEAR + r"))\s?(?:연)?말|"
    r"(?<![가-힣])연말)(?:에|에는|까지|께|경|쯤|로|을|이|의)?(?![가-힣])"
)
_FOREIGN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "cjk_date",
        re.compile(r"(?P<y>" + _YEAR + r")\s*年\s*" + _CJK_MONTH + r"(?:\s*" + _CJK_DAY + ")?"),
    ),
    (
        # "今年4月", "去年 7 月 23 日", "昨年7月", "明年3月": a month (and its day) of a year
        # reckoned from the post's, as Korean "지난해 7월" is read
        "cjk_rel_date",
        re.compile(
            r"(?<![如至迄])"
            + _CJK_REL_YEAR
            + r"\s*的?\s*"
            + _CJK_MONTH
            + r"(?:\s*"
            + _CJK_DAY
            + ")?"
        ),
    ),
    ("cjk_this_year", re.compile(_CJK_THIS_YEAR_PART)),
    (
        # a month without its year, as English "in April" and Korean "4월에" are read:
        # Chinese after "于", "在" ("已于 4 月发布", "在4月份推出") or right before its launch
        # verb ("7 月发布六个月后"), Japanese before "に", "から", "末", "中旬" ("4月に先行公開",
        # "4月末にリリース"); not a day ("4月5日", read above)
        "cjk_month_alone",
        re.compile(
            r"(?:(?<=[于於在])\s*|(?<![\d年.,/-])(?=(?:1[0-2]|0?[1-9])\s*月(?:(?:に|から|末|上旬|"
            r"中旬|下旬|頃|ごろ|以降)|份?\s*(?:正式)?(?:发布|發布|發佈|推出|上线|上線|开源|開源|"
            r"问世|問世|亮相))))" + _CJK_MONTH + r"(?:份)?(?!\s*\d)(?![日号號])"
        ),
    ),
    ("ko_year_end", re.compile(_KO_YEAR_END)),
    (
        "cjk_quarter",
        re.compile(
            r"(?:(?P<y>" + _YEAR + r")\s*年|" + _CJK_REL_YEAR + r")\s*(?:(?:第\s*)?"
            # "第一季度" and, in Taiwan and Hong Kong, "第一季" (not "季節", a season)
            r"(?P<qw>[一二三四1-4])\s*(?:季度|季(?![節节])|四半期)|"
            # "2026年Q1": the quarter in the field's own shorthand
            r"[QＱ](?P<q>[1-4])(?!\d))"
        ),
    ),
    (
        # "2026年底", "今年底", "今年年底", "年末": the end of a year is its fourth quarter
        "cjk_year_end",
        re.compile(
            r"(?:(?:(?P<y>" + _YEAR + r")\s*年|" + _CJK_REL_YEAR + r")年?|(?<![\d年])年)"
            r"(?:底|末)(?!年始)"
        ),
    ),
    (
        # "明年春季", "2026 年春季", "今年夏天", "来年春", Korean "내년 봄", "2026년 가을": a
        # season of a year named or reckoned from the post's, a quarter as the English "next
        # spring" is; a season with no year ("春季发布会", a spring event) is not read
        "cjk_season",
        re.compile(
            r"(?:(?:(?P<y>" + _YEAR + r")\s*年|" + _CJK_REL_YEAR + r")\s*(?P<cjkseason>[春夏秋])"
            r"(?:季|天)?(?![节節])|(?:(?<!\d)(?P<y2>"
            + _YEAR
            + r")\s*년|(?P<korel>"
            + _KO_REL_YEAR
            + r"))\s*(?P<koseason>봄|여름|가을)(?![가-힣]*철)|"
            # Japanese "今秋" (this autumn), "来春" (next spring), "昨秋": the year's word
            # fused to the season (not Chinese "迎来春天", "ushered in spring")
            r"(?<![迎未到带帶])(?P<cjkrel2>[今来來昨])(?P<cjkseason2>[春夏秋])(?![节節季天])|"
            # "秋以降" (autumn or later), "夏頃" (around summer): a bare season is the next
            # one from the post's day when a word of time follows it
            r"(?<![\d年今来來昨本明去春夏秋冬])(?P<cjkseason3>[春夏秋])(?=以降|以後|ごろ|頃))"
        ),
    ),
    ("cjk_month_day", re.compile(r"(?<![\d年])" + _CJK_MONTH + r"\s*" + _CJK_DAY)),
    (
        # "推至至少五月", "推迟至5月": a month alone as a delay's new target (a hedge such as
        # "至少", at least, between); a month alone elsewhere ("三月档期") stays unread
        "cjk_month_target",
        re.compile(
            r"(?:" + _CJK_MOVED_TO + r")(?:至少|最早|最快|最晚|最迟|最遲)?\s*"
            r"(?P<cjkmon>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
            r"(?!\s*(?:\d|[一二三四五六七八九十])+\s*[日号號])"
        ),
    ),
    # Korean: "2024년 4월 19일", "4월 19일", and a day alone, "19일 공개했다", which news
    # writes for a day of the post's own month (not a span: "30일 동안", "3일 만에")
    (
        "ko_date",
        re.compile(
            r"(?<!\d)(?P<y>" + _YEAR + r")\s*년\s*" + _KO_MONTH + r"(?:\s*" + _KO_DAY + r")?"
        ),
    ),
    ("ko_month_day", re.compile(r"(?<![\d년])" + _KO_MONTH + r"\s*" + _KO_DAY)),
    ("ko_day", re.compile(r"(?<![\d월.,/-])(?<![\d월]\s)" + _KO_DAY)),
    # "내년 1분기", "2026년 1분기", "올해 3분기": a quarter of a year named or reckoned
    # from the post's (a quarter alone, "3분기 실적", is an earnings season: not read)
    (
        "ko_quarter",
        re.compile(
            r"(?:(?<!\d)(?P<y>" + _YEAR + r")\s*년|(?P<korel>" + _KO_REL_YEAR + r"))\s*"
            r"(?:제\s*)?" + _KO_QUARTER
        ),
    ),
    # "5월 이후로", "지난 8월", "내년 1월", "오는 5월에": a month without its day, of the
    # year named before it, else the post's year or the one around it (as "in May")
    (
        "ko_month",
        re.compile(
            r"(?:(?P<korel>" + _KO_REL_YEAR + r")\s*|(?P<kodir>지난|오는)\s+|"
            r"(?<![\d년.,/-])(?<![\d년]\s))" + _KO_MONTH + r"(?!\s*\d)"
        ),
    ),
    # (a particle or a preposition may be glued before it: "は2026年上半期に", "於2026年問世")
    ("cjk_year", re.compile(r"(?<![\dA-Za-z.,/-])(?P<y>" + _YEAR + r")\s*年(?!\s*\d)")),
    # Korean "2026년", "2026년 상반기" (a half of a year is the year): not "2020년대" (a decade)
    # nor "2026년 5월", read whole above
    ("ko_year", re.compile(r"(?<![\d\w])(?P<y>" + _YEAR + r")\s*년(?!\s*\d)(?!대)")),
    (
        "f_day_month_year",
        re.compile(
            r"(?<![\w.])(?P<d>"
            + _DAY
            + r")(?:\.\s+(?P<mon>"
            + _ANY_MONTH
            + r")|\s+(?:de\s+|di\s+)?"
            r"(?P<fmon>" + _FMONTH + r"))\.?,?\s+(?:de\s+|del\s+)?(?P<y>" + _YEAR + r")(?!\d)",
            re.I,
        ),
    ),
    (
        "f_month_year",
        re.compile(
            r"(?<!\w)(?P<fmon>"
            + _FMONTH
            + r")\.?,?\s+(?:de\s+|del\s+|di\s+)?(?P<y>"
            + _YEAR
            + r")(?!\d)",
            re.I,
        ),
    ),
    (
        "f_quarter_year",
        re.compile(
            r"(?<!\w)(?P<qw>"
            + _either(_FOREIGN_QUARTERS)
            + r")\s+(?:"
            + "|".join(languages.words("quarter_words", spaced=True))
            + r")\s+(?:(?:de|del|di|des|von)\s+)?(?P<y>"
            + _YEAR
            + r")(?!\d)",
            re.I,
        ),
    ),
    (
        "f_day_month",
        re.compile(
            r"(?<![\w.])(?P<d>"
            + _DAY
            + r")(?:\.\s+(?P<mon>"
            + _ANY_MONTH
            + r")|\s+(?:de\s+|di\s+)?"
            r"(?P<fmon>" + _FMONTH + r"))(?![\w])(?!\.?,?\s+(?:de\s+|del\s+)?\d)",
            re.I,
        ),
    ),
    (
        "f_month_alone",
        re.compile(
            r"(?<!\w)(?:en|em|im|in|a|ad|à|nel|no|desde|hasta|até|seit|bis|ab|entre|"
            + _DE_MOVED_TO
            # "Ende Februar", "a finales de marzo", "no final de abril": a part of the month
            + "|"
            + _MONTH_PARTS
            + r")\s+"
            r"(?:(?:el\s+)?mes\s+de\s+|(?:o\s+)?mês\s+de\s+)?(?P<fmon>" + _FMONTH + r")(?![\w])"
            r"(?![\w\s]*?\d{4})",
            re.I,
        ),
    ),
    (
        # "pada Sabtu (5/4/2025)", "Kamis (4/9/2025)", "(Selasa, 02/04/2024)": the bracketed
        # day/month/year of Indonesian and Malay news (and of most languages but English,
        # whose month comes first: only read in a post of another language)
        "f_numeric_dmy",
        re.compile(
            r"(?:(?<=\()|(?<=,\s))(?P<d>[12]\d|3[01]|0?[1-9])/(?P<m>0?[1-9]|1[0-2])/"
            r"(?P<y>" + _YEAR + r")(?=\))"
        ),
    ),
    (
        # "am 18.07.2023", "el 18/07/2023", "em 5/4/2025": the day-first numeric date of
        # every language read here but English (only read in a post of another language)
        "f_numeric_dmy",
        re.compile(
            r"(?<![\w./-])(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[./])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
            r"(?P<y>" + _YEAR + r")(?![\w/]|[.,]\d|-\d)"
        ),
    ),
    (
        # Hebrew glues "ב" (in) to the month: "ביולי" alone is "in July"
        "f_month_alone",
        re.compile(
            r"(?<![\w-])(?P<fmon>"
            + _either_or_never(f"ב{name}" for name in languages.HEBREW.months if name[0] != "ב")
            + r")(?![\w])(?![\w\s]*?\d{4})"
        ),
    ),
    (
        # Hindi puts its postposition after the month: "मई तक" (by May), "मार्च में" (in
        # March), "मई के अंत तक" (by the end of May); not "से" (from), the start of a move
        "f_month_alone",
        re.compile(
            r"(?<![\w\u0900-\u097f])(?P<fmon>"
            + (_either(languages.HINDI.months) or "(?!)")
            + r")(?=(?:\s+के\s+(?:अंत|आखिर|आख़िर|मध्य|शुरू|शुरुआत))?\s+(?:तक|में)"
            # (not "मार्च में नहीं बल्कि मई में", not in March but in May)
            r"(?![\w\u0900-\u097f])(?!\s+नहीं))"
        ),
    ),
    (
        # "la prossima primavera", "au printemps prochain", "im nächsten Frühjahr", "este
        # otoño", "следующей весной": a season named with which one it is
        "f_season_rel",
        re.compile(
            r"(?<![\w'’])(?P<srel>"
            + _either_or_never(_FOREIGN_SEASON_REL)
            + r")\s+(?P<season>"
            + _either_or_never(_FOREIGN_SEASONS)
            + r")(?![\w])|(?<!\w)(?P<season2>"
            + _either_or_never(_FOREIGN_SEASONS)
            + r")\s+(?P<srel2>"
            + _either_or_never(_FOREIGN_SEASON_REL)
            + r")(?![\w])",
            re.I,
        ),
    ),
    (
        "f_season",
        re.compile(
            # French "a été" / "à été" is the verb "has been", never the summer ("en été")
            r"(?<!\w)(?:in|im|en|em|(?:à|a)(?!\s*été(?!\w))|al|all'|nel|nell'|el|o|l'|zum|"
            r"bis zum|au|à l'|no|na|"
            # German: the start of a move and the plan ("von Sommer 2025 auf frühestens
            # Herbst verschoben", "für den Sommer erwartet") as well as its target
            r"von|vom|für den|für|den|" + _DE_MOVED_TO + r"|"
            # Dutch "in het najaar", and the Polish instrumental, a time without a
            # preposition ("wiosną 2026", in the spring of 2026)
            r"in het|in de|(?=wiosną|jesienią|latem|весной|летом|осенью)|"
            # Vietnamese "vào mùa thu" (in the fall), "sang mùa thu" (on to the fall)
            r"vào|sang)"
            r"\s*(?P<season>" + _either(_FOREIGN_SEASONS) + r")(?![\w])"
            # (not "mùa hè năm ngoái", the summer of a year named by its distance: unread)
            r"(?!\s+năm\b)"
            r"(?:\s+(?:de\s+|del\s+|di\s+|van\s+)?(?P<y>" + _YEAR + r"))?",
            re.I,
        ),
    ),
    (
        # "am Samstag", "el viernes pasado", "ce jeudi", "mardi soir", "nesta terça-feira",
        # "во вторник", "ביום שלישי האחרון", "Mardi, Meta a …", "a présenté mardi": a
        # weekday of the post's week, or of the one before for "last" ("jeudi dernier")
        "f_weekday",
        re.compile(
            r"(?<![\w-])(?:(?:"
            + _words_of("weekday_before", True)
            + r")\s+(?P<fweekday>"
            + _either_or_never(_SPACED_WEEKDAYS)
            + r")(?![\w-])(?:\s+(?:"
            + _words_of("weekday_after", True)
            + r")(?![\w-]))?|(?P<fweekday2>"
            + _either_or_never(_SPACED_WEEKDAYS)
            + r")\s+(?:"
            + _words_of("weekday_after", True)
            + r")(?![\w-])"
            # the bare name ("a présenté mardi"), not a habit ("chaque mardi", "ogni
            # martedì") nor a span of days ("du lundi au vendredi")
            + r"|(?<!chaque )(?<!ogni )(?<!du )(?<!dal )(?P<fweekday3>"
            + _either_or_never(languages.words("weekday_bare", spaced=True))
            # (nor a day before or after another: "samedi avant la conférence")
            + r")(?![\w-])(?!\s+(?:au|à|al|a|avant|après|prima|dopo)\s)"
            # a name opening a sentence, set off by a comma ("Jueves, Meta …")
            + r"|(?:(?<=^)|(?<=\n)|(?<=[.!?…]\s))(?P<fweekday4>"
            + _either_or_never(_SPACED_WEEKDAYS)
            + r")(?=\s*,))",
            re.I,
        ),
    ),
    (
        # "上周二", "本周四", "周二", "先週の火曜日", "土曜日", "지난 화요일", "วันอังคาร…"
        "f_weekday_unspaced",
        re.compile(
            r"(?:(?P<ulead>"
            + _words_of("weekday_before", False)
            + r"))?(?<![每一二三四五六七八九十两兩\d])(?P<uweekday>"
            + _either_or_never(_UNSPACED_WEEKDAYS)
            # (not "上周一直", all last week: "一直" is "continuously")
            + r")(?![\d一二三四五六七八九十个個年直起般致些])(?:\s*(?:"
            + _words_of("weekday_after", False)
            + r"))?"
        ),
    ),
    (
        # "hace dos semanas", "il y a un mois", "vor drei Tagen", "due settimane fa", "две
        # недели назад", "dois meses desde que …", "三天前", "2か月前", "두 달 전": the day, or
        # the month for weeks and months, that far before the post
        "f_ago",
        re.compile(
            r"(?<![\w])(?:(?:"
            + _words_of("ago_before", True)
            + r")\s+(?P<agon>\d{1,2}|"
            + _either_or_never(_SPACED_COUNTS)
            + r")\s+(?P<agounit>"
            + _words_of("time_units", True)
            + r")(?![\w])|(?P<agon2>\d{1,2}|"
            + _either_or_never(_SPACED_COUNTS)
            + r")\s+(?P<agounit2>"
            + _words_of("time_units", True)
            + r")\s+(?:"
            + _words_of("ago_after", True)
            + r")(?![\w]))"
            # (not "4月2日前", before April 2: a month or year before the count)
            + r"|(?<![\d.一二三四五六七八九十两兩가-힣月年第])(?P<agon3>\d{1,2}|"
            + _either_or_never(_UNSPACED_COUNTS)
            + r")\s*(?P<agounit3>"
            + _words_of("time_units", False)
            + r")\s*(?:"
            + _words_of("ago_after", False)
            + r")",
            re.I,
        ),
    ),
    (
        # "este mes", "no início deste mês", "le mois dernier", "в прошлом месяце", "上个月",
        # "先月", "지난달": a month reckoned from the post's
        "f_relative_month",
        re.compile(
            r"(?<![\w'’])(?P<relmonth>"
            + _either_or_never(w for w in _FOREIGN_REL_MONTHS if w in _SPACED_REL_MONTHS)
            + r")(?![\w])|(?<!以)(?P<relmonth2>"
            + _either_or_never(w for w in _FOREIGN_REL_MONTHS if w not in _SPACED_REL_MONTHS)
            + r")",
            re.I,
        ),
    ),
    (
        "f_day_word",
        re.compile(r"(?<![\w'])(?P<word>" + _either(_FOREIGN_DAY_WORDS) + r")(?![\w])", re.I),
    ),
    (
        # "l'année dernière", "el año pasado", "去年", "작년": the year before the post's (a
        # CJK word may be glued to the next: "去年发布"; "去年底" is read above as a quarter)
        "f_relative_year",
        re.compile(
            r"(?<![\w'])(?P<relword>"
            + _either(w for w in _FOREIGN_REL_YEARS if _LATIN_LETTER.search(w))
            + r")(?![\w])|(?<!未)(?P<cjkword>"
            + _either(w for w in _FOREIGN_REL_YEARS if not _LATIN_LETTER.search(w))
            + ")",
            re.I,
        ),
    ),
    (
        "f_weekend",
        re.compile(
            r"(?<![\w'’])(?P<weekendword>"
            + _either(w for w in _FOREIGN_WEEKEND if not _UNSPACED_CHAR.search(w))
            + r")(?![\w])|(?P<weekendword2>"
            + _either(w for w in _FOREIGN_WEEKEND if _UNSPACED_CHAR.search(w))
            + ")",
            re.I,
        ),
    ),
    (
        "f_relative_week",
        re.compile(
            r"(?<![\w'])(?P<weekword>" + _either(_FOREIGN_LAST_WEEK) + r")(?![\w])|"
            # glued to the verb after it ("上周发布了", "先週公開した", "지난주에"): not a weekday
            # of that week ("上周二", "先週の火曜日", "지난주 화요일"), nor its weekend
            # (not "上周期", the last cycle; not "지난 주주총회", a shareholders' meeting)
            r"(?P<weekword2>(?:上周|上週|先週)(?![一二三四五六日天末期边邊年刊报報])"
            r"(?!の?[月火水木金土日]曜)|지난\s?주(?:에|엔|에는)?(?![가-힣])"
            r"(?!\s*[월화수목금토일]요일))",
            re.I,
        ),
    ),
]
#: a cheap test (lower-cased text) that a text may hold a date of another language
_FOREIGN_HINT = re.compile(
    r"年|月|연내|연말|올해|금년|\d\s*(?:[년월일]|분기)|\d[./]\d{1,2}[./](?:19|20)\d\d|[今来來昨][春夏秋]|[春夏秋](?:以降|以後|ごろ|頃)|\d\.\s+[a-zäöü]|(?<![\w])(?:"
    + _either(
        [
            *FOREIGN_MONTHS,
            *_FOREIGN_SEASONS,
            *_FOREIGN_DAY_WORDS,
            *_FOREIGN_QUARTERS,
            *_FOREIGN_WEEKDAYS,
            *_FOREIGN_REL_YEARS,
            *_FOREIGN_LAST_WEEK,
            *_FOREIGN_REL_MONTHS,
            *_FOREIGN_WEEKEND,
        ]
    )
    + r")(?![\w])|"
    + _either(
        w
        for w in (
            *_FOREIGN_DAY_WORDS,
            *_FOREIGN_REL_YEARS,
            *_FOREIGN_LAST_WEEK,
            *_FOREIGN_REL_MONTHS,
            *_FOREIGN_WEEKDAYS,
            *_FOREIGN_WEEKEND,
        )
        if not w.isascii()
    )
    # "hace 3 días", "vor zwei Wochen", "三天前": an ago (its leading word or its unit)
    + r"|(?<![\w])(?:"
    + _words_of("ago_before", True)
    + "|"
    + _words_of("ago_after", True)
    + ")(?![\\w])|"
    + _words_of("ago_after", False)
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in text and the partial ISO date(s) it resolves to."""

    start: int
    end: int
    values: tuple[str, ...]  #: one value, or one per end of a range ("April to July 2024")
    precision: int  #: 4 day, 3 month, 2 quarter, 1 year
    relative: bool = False  #: resolved against the publication date
    kind: str = ""


#: a clock time right after a date: "2026-04-09 01:01", "2025-04-05T18:30"
_CLOCK_AFTER = re.compile(r"(?:T|\s{1,2}|,\s)\d{1,2}:\d{2}\b")


@dataclass(frozen=True, slots=True)
class _Needs:
    """What an English date pattern cannot match without, tested once per text.

    Every pattern opens on a lookbehind, so the regex engine tries it at every position
    of the text; most texts lack what most patterns need, and these tests are cheap.
    """

    year: bool = False  #: a year in digits (_YEAR)
    month: bool = False  #: an English month's name as written (_MONTH)
    digit: bool = False
    words: tuple[str, ...] = ()  #: one of these words in the lower-cased text

    def met(self, text: str, lowered: str, year: bool, month: bool) -> bool:
        return (
            (year or not self.year)
            and (month or not self.month)
            and (not self.digit or _DIGIT.search(text) is not None)
            and (not self.words or V.may_hold(lowered, self.words))
        )


_YEAR_ANYWHERE = re.compile(_YEAR)
_MONTH_ANYWHERE = re.compile(_MONTH)
_DIGIT = re.compile(r"\d")
_YEAR_ONLY = _Needs(year=True)
_MONTH_ONLY = _Needs(month=True)
_YEAR_AND_MONTH = _Needs(year=True, month=True)
#: by pattern kind (see _PATTERNS); a kind not listed always runs
_NEEDS: dict[str, _Needs] = {
    "iso": _YEAR_ONLY,
    "numeric_day": _YEAR_ONLY,
    "numeric_month": _YEAR_ONLY,
    "iso_quarter": _YEAR_ONLY,
    "day_range_year": _YEAR_AND_MONTH,
    "month_day_year": _YEAR_AND_MONTH,
    "day_month_year": _YEAR_AND_MONTH,
    "month_range_year": _YEAR_AND_MONTH,
    "month_year": _YEAR_AND_MONTH,
    "month_relative_year": _Needs(month=True, words=("year",)),
    "quarter_year": _Needs(words=("q",)),
    "quarter_alone": _Needs(words=("q",)),
    "season": _Needs(words=("spring", "summer", "fall", "autumn", "winter")),
    "day_range": _MONTH_ONLY,
    "month_day": _MONTH_ONLY,
    "month_alone": _MONTH_ONLY,
    "month_adjective": _MONTH_ONLY,
    "half_year": _Needs(words=("late", "half", "early", "mid", "end")),
    "relative_year": _Needs(words=("year",)),
    "weekday": _Needs(words=("day",)),
    "label_month": _MONTH_ONLY,
    "relative_month": _Needs(words=("month",)),
    "relative_week": _Needs(words=("week",)),
    "weekend": _Needs(words=("weekend",)),
    "day_ordinal": _Needs(digit=True),
    "day_word": _Needs(words=("today", "yesterday", "tomorrow", "tonight", "last night")),
    "ago": _Needs(words=("ago", "since")),
    "year": _YEAR_ONLY,
    # the CJK patterns below open on a lookbehind, tried at every place of a post: a post
    # without their words skips them
    "ko_year_end": _Needs(words=("말",)),
    "cjk_this_year": _Needs(words=("年内", "年內", "今年", "本年", "연내", "올해", "금년")),
    "cjk_month_alone": _Needs(words=("月",)),
}


def find_dates(text: str, published: dt.date | None, *, future: bool = False) -> list[DateMention]:
    """Return the date expressions in ``text`` resolved to partial ISO dates, in order.

    Relative expressions need ``published``; without it they are skipped. A dateline the
    text opens on ("March 12 (Reuters) -") is left out: it dates the story, not an event.
    """
    found = _all_dates(text, published, future)
    if _opens_with_dateline(text, found, published):
        del found[0]
    return found


def opens_on_dateline(text: str, published: dt.date | None) -> bool:
    """Whether ``text`` opens on a news story's dateline ("June 3 : Meta has …")."""
    head = text[: _DATELINE_REACH + 60]
    return _opens_with_dateline(head, _all_dates(head, published, False), published)


def _opens_with_dateline(
    text: str, found: Sequence[DateMention], published: dt.date | None
) -> bool:
    """Whether the first of the dates found in ``text`` is the dateline it opens on."""
    return (
        bool(found) and found[0].start < _DATELINE_REACH and _is_dateline(text, found[0], published)
    )


def _all_dates(text: str, published: dt.date | None, future: bool) -> list[DateMention]:
    if not DATE_HINT.search(text):
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    patterns = _PATTERNS
    lowered = text.lower()
    if languages.reading_other_language() and _FOREIGN_HINT.search(lowered):
        patterns = _FOREIGN_PATTERNS + _PATTERNS  # the longer foreign form wins its span
    year = _YEAR_ANYWHERE.search(text) is not None
    month = _MONTH_ANYWHERE.search(text) is not None
    for kind, pattern in patterns:
        needs = _NEEDS.get(kind)
        if needs is not None and not needs.met(text, lowered, year, month):
            continue
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if _CLOCK_AFTER.match(text, m.end()):
                continue  # "2026-04-09 01:01": a page's timestamp, not an event's day
            mention = _resolve(kind, m, published, future)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


#: how far into a text a dateline's date can start ("SAN FRANCISCO, CALIF., March 12")
_DATELINE_REACH = 48
#: what may stand before a dateline's date: markup, and a city in capitals ("NEW YORK, ")
_DATELINE_LEAD = re.compile(
    r"[\s*_]*(?P<city>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{1,12})?"
    r",\s*)?"
)
#: what follows a dateline's date: a wire service ("(Reuters) -", ". /TASS/.", "/PRNewswire/
#: --") or just the separator ("March 12 : Meta has …"), then the story's first word
_DATELINE_TAIL = re.compile(
    r"\s*(?:\.?\s*(?P<slash>/[A-Z][\w. -]{1,24}/)\.?(?:\s*(?:[:–—]|--?))?|"
    r"(?P<agency>\([A-Z][\w.&' -]{0,24}\))?\s*(?:[:–—]|--?))\s+[\"“'‘]?[A-Z]"
)
#: a dateline without a city or service is told from a timeline's row by its day: the
#: story's own day, or a day or so before it (wire copy runs the next morning)
_DATELINE_LAG_DAYS = 3


def _is_dateline(text: str, first: DateMention, published: dt.date | None) -> bool:
    """Whether the text's first date is the dateline a news story opens on.

    "SAN FRANCISCO, March 12 (Reuters) - Meta has delayed …", "March 12 : Meta …": the
    day the story was filed, never the day of anything the story tells.
    """
    if first.precision != 4:
        return False
    tail = _DATELINE_TAIL.match(text, first.end)
    if tail is None:
        return False
    lead = _DATELINE_LEAD.match(text)
    if lead is None or lead.end() != first.start:
        return False
    if lead.group("city") or tail.group("slash") or tail.group("agency"):
        return True
    return published is not None and _story_day(text, first, published)


def _story_day(text: str, first: DateMention, published: dt.date) -> bool:
    """Whether a day is the post's own day or just before it (a year read either way)."""
    month, day = int(first.values[-1][5:7]), int(first.values[-1][8:10])
    written = _YEAR_ANYWHERE.search(text, first.start, first.end) is not None
    years = (int(first.values[-1][:4]),) if written else (published.year, published.year - 1)
    for year in years:
        try:
            lag = (published - dt.date(year, month, day)).days
        except ValueError:
            continue
        if 0 <= lag <= _DATELINE_LAG_DAYS:
            return True
    return False


def precision_of(value: str) -> int:
    """Return how precise a partial ISO date is: 4 day, 3 month, 2 quarter, 1 year."""
    if "Q" in value:
        return 2
    return {4: 1, 7: 3, 10: 4}.get(len(value), 0)


def contains(coarse: str, fine: str) -> bool:
    """Return True if the period ``coarse`` contains the date ``fine`` (2025-04 ⊇ 2025-04-05)."""
    if coarse == fine:
        return True
    if "Q" in coarse:
        year, quarter = coarse.split("-Q")
        if "Q" in fine or not fine.startswith(year) or len(fine) < 7:
            return False
        return (int(fine[5:7]) - 1) // 3 + 1 == int(quarter)
    return fine.startswith(coarse) and precision_of(fine) > precision_of(coarse)


#: "they dropped it on a Saturday": a past event right before the day; never a habit
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:dropped|released|launched|shipped|unveiled|debuted|introduced|announced|published|"
    r"came out|went live|landed|arrived)\b(?:\s+[\w.'’-]+){0,4}?\s+$",
    re.I,
)
_HABIT_BEFORE = re.compile(r"\b(?:usually|always|often|typically|normally|tends? to)\b", re.I)
_F_DATE_FOLLOWS = re.compile(
    r",?\s+(?:(?:den|le|el|il|dia)\s+)?\d{1,2}(?:\.|º)?\s+(?:de\s+)?\w"
    # "pada Kamis (18/4/2024)": Indonesian news puts the day's full date in brackets
    r"|\s*\(\d{1,2}/\d{1,2}/\d{4}\)"
)
_DATE_FOLLOWS = re.compile(
    r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\.?\s+\d|,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
)


def _resolve(
    kind: str, m: re.Match[str], published: dt.date | None, future: bool
) -> DateMention | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    if kind.startswith(("cjk_", "f_", "ko_")):
        return _resolve_foreign(kind, m, published, future)
    try:
        if kind == "iso":
            day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            return DateMention(start, end, (day.isoformat(),), 4, kind=kind)
        if kind == "numeric_day":
            day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            return DateMention(start, end, (day.isoformat(),), 4, kind=kind)
        if kind == "numeric_month":
            return DateMention(start, end, (f"{g['y']}-{g['m']}",), 3, kind=kind)
        if kind == "iso_quarter":
            return DateMention(start, end, (f"{g['y']}-Q{g['q']}",), 2, kind=kind)
        if kind in ("month_day_year", "day_month_year"):
            day = dt.date(int(g["y"]), _month(g["mon"]), _day(g["d"]))
            return DateMention(start, end, (day.isoformat(),), 4, kind=kind)
        if kind == "day_range_year":
            value = f"{int(g['y'] or g['y2']):04d}-{_month(g['mon'] or g['mon2']):02d}"
            return DateMention(start, end, (value,), 3, kind=kind)
        if kind == "month_range_year":
            year = int(g["y"])
            first, last = _month(g["mon"]), _month(g["mon2"])
            values = (f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}")
            return DateMention(start, end, values, 3, kind=kind)
        if kind == "month_year":
            value = f"{int(g['y']):04d}-{_month(g['mon']):02d}"
            return DateMention(start, end, (value,), 3, kind=kind)
        if kind == "month_relative_year":
            if not published:
                return None
            year = published.year + {"this": 0, "next": 1, "last": -1}[g["rel"].lower()]
            value = f"{year:04d}-{_month(g['mon']):02d}"
            return DateMention(start, end, (value,), 3, relative=True, kind=kind)
        if kind == "weekday":
            if not published:
                return None
            name = g.get("weekday") or g["weekday2"]
            if g.get("weekday") and not re.match(r"(?i:on|last|this|next)\b", m.group(0)):
                start = m.start("weekday")  # "released Tuesday": the date is the weekday
            if _DATE_FOLLOWS.match(m.string, m.end()):
                return None  # "on Wednesday, September 25, 2024": the full date says it
            if g.get("article") and (
                future
                or not _PAST_VERB_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
                or _HABIT_BEFORE.search(m.string, max(0, m.start() - 50), m.start())
            ):
                return None  # "ships on a Tuesday as a rule": a habit, not a day
            if is_month_only(published):
                # the post's day is unknown: the month is all "on Sunday" can say
                return None if future else _month_of(published, start, end, kind)
            weekday = _WEEKDAYS.index(name.lower())
            delta = (published.weekday() - weekday) % 7
            if delta == 0 and not future and m.group(0)[:4].lower() == "last":
                delta = 7  # "last Tuesday" in a post of a Tuesday: a week back
            day = published + dt.timedelta(days=(7 - delta) % 7 if future else -delta)
            return DateMention(start, end, (day.isoformat(),), 4, relative=True, kind=kind)
        if kind == "label_month":
            if not published:
                return None
            month = _month(g["mon"])
            year = _year_for_period(published, month, published.month, future)
            return DateMention(start, end, (f"{year}-{month:02d}",), 3, relative=True, kind=kind)
        if kind == "quarter_year":
            quarter = int(g["q"]) if g.get("q") else _ORDINAL_QUARTERS[g["qw"].lower()]
            if g.get("y"):
                year = int(g["y"])
            elif published:
                year = published.year + {"this": 0, "next": 1, "last": -1}[g["rel"].lower()]
            else:
                return None
            return DateMention(start, end, (f"{year}-Q{quarter}",), 2, relative=not g.get("y"))
        if kind == "quarter_alone":
            if not published:
                return None
            quarter = int(g["q"]) if g.get("q") else _ORDINAL_QUARTERS[g["qw"].lower()]
            year = _year_for_period(published, quarter, _quarter(published), future)
            return DateMention(start, end, (f"{year}-Q{quarter}",), 2, relative=True, kind=kind)
        if kind == "season":
            quarter = SEASONS[g["season"].lower()]
            if g.get("y"):
                return DateMention(start, end, (f"{int(g['y'])}-Q{quarter}",), 2, kind=kind)
            if not published:
                return None
            rel = (g.get("rel") or "").lower()
            current = _quarter(published)
            if rel == "this":
                year = published.year
            elif rel in ("next", "coming"):
                year = published.year if quarter > current else published.year + 1
            elif rel == "last":
                year = published.year if quarter < current else published.year - 1
            elif g.get("rel") is None and not future and not _seasonal_context(m):
                return None
            else:
                year = _year_for_period(published, quarter, current, future)
            return DateMention(start, end, (f"{year}-Q{quarter}",), 2, relative=True, kind=kind)
        if kind == "month_day":
            if not published:
                return None
            month, day_of_month = _month(g["mon"]), _day(g["d"])
            year = _year_of_day(published, month, day_of_month, future)
            value = dt.date(year, month, day_of_month).isoformat()
            return DateMention(start, end, (value,), 4, relative=True, kind=kind)
        if kind in ("month_alone", "month_adjective", "day_range"):
            if not published:
                return None
            month = _month(g["mon"])
            year = _year_for_period(published, month, published.month, future)
            return DateMention(start, end, (f"{year}-{month:02d}",), 3, relative=True, kind=kind)
        if kind == "relative_year":
            if not published:
                return None
            rel = (g.get("rel") or "this").lower()
            year = published.year + {"this": 0, "next": 1, "coming": 1, "last": -1}[rel]
            return DateMention(start, end, (f"{year}",), 1, relative=True, kind=kind)
        if kind == "relative_month":
            if not published:
                return None
            offset = {"this": 0, "next": 1, "coming": 1, "last": -1}[g["rel"].lower()]
            index = published.year * 12 + published.month - 1 + offset
            value = f"{index // 12:04d}-{index % 12 + 1:02d}"
            return DateMention(start, end, (value,), 3, relative=True, kind=kind)
        if kind == "relative_week":
            if not published or future:
                return None
            if g["rel"].lower() == "this":
                return _this_week(published, start, end)
            return _last_week(published, start, end)
        if kind == "weekend":
            if not published:
                return None
            return _weekend(published, (g.get("rel") or "").lower(), future, start, end)
        if kind == "day_ordinal":
            if not published:
                return None
            if is_month_only(published):
                return None  # "on the 8th" of this month or the last: unknown without the day
            day_of_month = int(g["d"])
            index = published.year * 12 + published.month - 1
            if future and day_of_month < published.day:
                index += 1  # the next such day lies in the next month
            elif not future and day_of_month > published.day:
                index -= 1  # the latest such day lies in the month before
            day = dt.date(index // 12, index % 12 + 1, day_of_month)
            return DateMention(start, end, (day.isoformat(),), 4, relative=True, kind=kind)
        if kind == "day_word":
            if not published:
                return None
            if is_month_only(published):
                return _month_of(published, start, end, kind)
            offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}[
                " ".join(g["word"].lower().split())
            ]
            value = (published + dt.timedelta(days=offset)).isoformat()
            return DateMention(start, end, (value,), 4, relative=True, kind=kind)
        if kind == "ago":
            # "two months ago": the month it was then; "three days ago": that day.
            if not published:
                return None
            words = [
                "a",
                "an",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
            ]
            raw = g["n"].lower()
            count = int(raw) if raw.isdigit() else max(1, words.index(raw) - 1)
            return _ago(published, count, g["unit"].lower(), start, end)
        if kind == "half_year":
            year_text = g.get("y") or g.get("y2")
            rel = g.get("rel") or g.get("rel2")
            if year_text:
                year = int(year_text)
            elif published and rel:
                year = published.year + (1 if rel.lower() == "next" else 0)
            else:
                return None
            relative = not year_text
            if g.get("late"):
                return DateMention(start, end, (f"{year}-Q4",), 2, relative=relative, kind=kind)
            return DateMention(start, end, (f"{year}",), 1, relative=relative, kind=kind)
        if kind == "year":
            return DateMention(start, end, (g["y"],), 1, kind=kind)
    except (ValueError, KeyError):
        return None
    return None


def _resolve_foreign(
    kind: str, m: re.Match[str], published: dt.date | None, future: bool
) -> DateMention | None:
    """Resolve a date written in another language (see ``_FOREIGN_PATTERNS``)."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    month_name = g.get("fmon") or g.get("mon")
    if (
        kind in ("f_day_month_year", "f_day_month")
        and (g.get("fmon") or "").startswith("ב")
        and _LATIN_WORD_BEFORE.search(m.string, max(0, start - 24), start)
    ):
        return None  # "Llama 3 באפריל 2024": the version, then "in April 2024"
    try:
        month = int(g["m"]) if g.get("m") else _month(month_name) if month_name else 0
        if kind == "cjk_date":
            if g.get("d"):
                day = dt.date(int(g["y"]), month, int(g["d"]))
                return DateMention(start, end, (day.isoformat(),), 4, kind=kind)
            return DateMention(start, end, (f"{int(g['y']):04d}-{month:02d}",), 3, kind=kind)
        if kind == "ko_date":
            if g.get("d"):
                day = dt.date(int(g["y"]), month, int(g["d"]))
                return DateMention(start, end, (day.isoformat(),), 4, kind="cjk_date")
            return DateMention(start, end, (f"{int(g['y']):04d}-{month:02d}",), 3, kind="cjk_date")
        if kind == "cjk_rel_date":
            if not published:
                return None
            year = published.year + _CJK_REL_OFFSET[g["cjkrel"]]
            if g.get("d"):
                value = dt.date(year, month, int(g["d"])).isoformat()
                return DateMention(start, end, (value,), 4, relative=True, kind="cjk_date")
            value = f"{year:04d}-{month:02d}"
            return DateMention(start, end, (value,), 3, relative=True, kind="cjk_date")
        if kind == "cjk_month_alone":
            if not published:
                return None
            year = _year_for_period(published, month, published.month, future)
            value = f"{year:04d}-{month:02d}"
            return DateMention(start, end, (value,), 3, relative=True, kind="f_month_alone")
        if kind == "cjk_this_year":
            if not published:
                return None
            value = str(published.year)
            return DateMention(start, end, (value,), 1, relative=True, kind="relative_year")
        if kind == "ko_year_end":
            if g.get("y"):
                return DateMention(start, end, (f"{g['y']}-Q4",), 2, kind="cjk_year_end")
            if not published:
                return None
            year = published.year + _KO_REL_OFFSET.get((g.get("korel") or "").strip(), 0)
            return DateMention(start, end, (f"{year}-Q4",), 2, relative=True, kind="cjk_year_end")
        if kind in ("cjk_quarter", "cjk_year_end"):
            if kind == "cjk_year_end":
                quarter = 4
            else:
                written = g["q"] or g["qw"]
                quarter = _FOREIGN_QUARTERS.get(written) or int(written)
            if g.get("y"):
                return DateMention(start, end, (f"{g['y']}-Q{quarter}",), 2, kind=kind)
            if not published:
                return None
            year = published.year + _CJK_REL_OFFSET.get(g.get("cjkrel") or "今", 0)
            return DateMention(start, end, (f"{year}-Q{quarter}",), 2, relative=True, kind=kind)
        if kind == "cjk_season":
            names = ("cjkseason", "koseason", "cjkseason2", "cjkseason3")
            season = next((g[n] for n in names if g.get(n)), "")
            quarter = _CJK_SEASONS[season]
            written = g.get("y") or g.get("y2")
            if written:
                return DateMention(start, end, (f"{written}-Q{quarter}",), 2, kind=kind)
            if not published:
                return None
            if g.get("korel"):
                year = published.year + _KO_REL_OFFSET[g["korel"]]
            elif g.get("cjkseason3"):
                # the season next to come: this year's unless its quarter is already past
                year = published.year + (quarter < (published.month - 1) // 3 + 1)
            else:
                rel = g.get("cjkrel") or g.get("cjkrel2") or "今"
                year = published.year + _CJK_REL_OFFSET.get(rel, 0)
            return DateMention(start, end, (f"{year}-Q{quarter}",), 2, relative=True, kind=kind)
        if kind in ("ko_quarter", "ko_month"):
            year_offset = _KO_REL_OFFSET.get(g.get("korel") or "")
            period = int(g["q"]) if kind == "ko_quarter" else month
            if kind == "ko_quarter" and g.get("y"):
                return DateMention(start, end, (f"{g['y']}-Q{period}",), 2, kind="cjk_quarter")
            if not published:
                return None
            if year_offset is not None:
                year = published.year + year_offset
            elif g.get("kodir"):
                # "지난 8월" the latest August, "오는 5월" the next May
                current = published.month
                year = _year_for_period(published, period, current, g["kodir"] == "오는")
            else:
                year = _year_for_period(published, period, published.month, future)
            if kind == "ko_quarter":
                return DateMention(
                    start, end, (f"{year}-Q{period}",), 2, relative=True, kind="cjk_quarter"
                )
            value = f"{year:04d}-{period:02d}"
            return DateMention(start, end, (value,), 3, relative=True, kind="f_month_alone")
        if kind == "cjk_month_target" and published:
            # a target a launch was moved to lies ahead of the post, whatever the clause says
            target = _cjk_month_number(g["cjkmon"])
            year = _year_for_period(published, target, published.month, True)
            value = f"{year:04d}-{target:02d}"
            return DateMention(start, end, (value,), 3, relative=True, kind="f_month_alone")
        if kind in ("cjk_year", "ko_year"):
            return DateMention(start, end, (g["y"],), 1, kind="cjk_year")
        if kind == "f_day_month_year":
            day = dt.date(int(g["y"]), month, _day(g["d"]))
            return DateMention(start, end, (day.isoformat(),), 4, kind=kind)
        if kind == "f_month_year":
            return DateMention(start, end, (f"{int(g['y']):04d}-{month:02d}",), 3, kind=kind)
        if kind == "f_quarter_year":
            quarter = _FOREIGN_QUARTERS[g["qw"].lower()]
            return DateMention(start, end, (f"{g['y']}-Q{quarter}",), 2, kind=kind)
        if not published:
            return None
        if kind == "ko_day":
            # a day of the post's month, and one past unless the clause looks ahead
            day_of_month = int(g["d"])
            if is_month_only(published) or (day_of_month > published.day) != future:
                return None
            value = published.replace(day=day_of_month).isoformat()
            return DateMention(start, end, (value,), 4, relative=True, kind="cjk_month_day")
        if kind in ("cjk_month_day", "f_day_month", "ko_month_day"):
            day_of_month = int(re.match(r"\d+", g["d"]).group(0))  # type: ignore[union-attr]
            year = _year_of_day(published, month, day_of_month, future)
            value = dt.date(year, month, day_of_month).isoformat()
            return DateMention(start, end, (value,), 4, relative=True, kind=kind)
        if kind == "f_numeric_dmy":
            day = dt.date(int(g["y"]), month, int(g["d"]))
            return DateMention(start, end, (day.isoformat(),), 4, kind="numeric_day")
        if kind == "f_month_alone":
            year = _year_for_period(published, month, published.month, future)
            return DateMention(start, end, (f"{year}-{month:02d}",), 3, relative=True, kind=kind)
        if kind == "f_season":
            quarter = _FOREIGN_SEASONS[g["season"].lower()]
            if g.get("y"):
                return DateMention(start, end, (f"{int(g['y'])}-Q{quarter}",), 2, kind=kind)
            year = _year_for_period(published, quarter, _quarter(published), future)
            return DateMention(start, end, (f"{year}-Q{quarter}",), 2, relative=True, kind=kind)
        if kind in ("f_weekday", "f_weekday_unspaced"):
            if _F_DATE_FOLLOWS.match(m.string, m.end()):
                return None  # "am Samstag, 5. April 2025": the full date says it
            if future:
                return None  # the past-tense verbs of other languages are not read: no guess
            if is_month_only(published):
                return _month_of(published, start, end, "weekday")
            found = ("fweekday", "fweekday2", "fweekday3", "fweekday4", "uweekday")
            name = next(g[n] for n in found if g.get(n))
            weekday = _FOREIGN_WEEKDAYS[name.lower()]
            delta = (published.weekday() - weekday) % 7
            if g.get("ulead") and _WEEKDAY_LAST_WEEK.match(g["ulead"]):
                # "上周二": that weekday of the week before the post's
                monday = published - dt.timedelta(days=published.weekday() + 7)
                day = monday + dt.timedelta(days=weekday)
            else:
                if delta == 0 and _WEEKDAY_LAST.search(m.group(0)):
                    delta = 7  # "jeudi dernier" in a post of a Thursday: a week back
                day = published - dt.timedelta(days=delta)
            return DateMention(start, end, (day.isoformat(),), 4, relative=True, kind="weekday")
        if kind == "f_ago":
            count_text = (g.get("agon") or g.get("agon2") or g.get("agon3") or "").lower()
            unit_text = g.get("agounit") or g.get("agounit2") or g.get("agounit3") or ""
            count = int(count_text) if count_text.isdigit() else _FOREIGN_COUNTS[count_text]
            unit = next(u for pattern, u in _FOREIGN_UNITS if pattern.fullmatch(unit_text))
            return _ago(published, count, unit, start, end)
        if kind == "f_relative_month":
            word = " ".join((g.get("relmonth") or g.get("relmonth2") or "").lower().split())
            offset = _FOREIGN_REL_MONTHS[
                word.replace("’", "'") if word not in _FOREIGN_REL_MONTHS else word
            ]
            index = published.year * 12 + published.month - 1 + offset
            value = f"{index // 12:04d}-{index % 12 + 1:02d}"
            return DateMention(start, end, (value,), 3, relative=True, kind="relative_month")
        if kind == "f_season_rel":
            quarter = _FOREIGN_SEASONS[(g.get("season") or g.get("season2") or "").lower()]
            rel = _FOREIGN_SEASON_REL[(g.get("srel") or g.get("srel2") or "").lower()]
            current = _quarter(published)
            if rel > 0:
                year = published.year if quarter > current else published.year + 1
            elif rel < 0:
                year = published.year if quarter < current else published.year - 1
            else:
                year = published.year
            return DateMention(start, end, (f"{year}-Q{quarter}",), 2, relative=True, kind="season")
        if kind == "f_relative_year":
            word = " ".join((g.get("relword") or g.get("cjkword") or "").lower().split())
            year = published.year + _FOREIGN_REL_YEARS[word]
            return DateMention(start, end, (f"{year}",), 1, relative=True, kind="relative_year")
        if kind == "f_relative_week":
            return None if future else _last_week(published, start, end)
        if kind == "f_weekend":
            word = " ".join((g.get("weekendword") or g.get("weekendword2") or "").lower().split())
            return _weekend(published, _FOREIGN_WEEKEND[word], future, start, end)
        if kind == "f_day_word":
            word = " ".join(g["word"].lower().split())
            if word in _EVE_WORDS and _EVE_OF.match(m.string, end):
                return None  # "la veille de la conférence": the eve of a thing, not a day
            if word == "오늘" and m.string.startswith("날", end):
                return None  # "오늘날": nowadays
            if word == "mañana" and m.string[max(0, start - 3) : start].lower() == "la ":
                return None  # "de la noche a la mañana": overnight, not tomorrow
            if _inside_quote(m.string, start):
                return None  # "“Hoy lanzamos …”, dijo": the day of the words quoted
            if is_month_only(published):
                return _month_of(published, start, end, "day_word")
            offset = _FOREIGN_DAY_WORDS[word]
            value = (published + dt.timedelta(days=offset)).isoformat()
            return DateMention(start, end, (value,), 4, relative=True, kind="day_word")
    except (ValueError, KeyError):
        return None
    return None


#: a cheap test before the patterns: text without a digit or any of these holds no date
#: (words alone: an alternation of literals is scanned fastest, and a digit is quickly found)
_DATE_HINT_LOWER = re.compile(
    r"today|yesterday|tomorrow|tonight|night|spring|summer|fall|autumn|winter|year|month|"
    r"quarter|days?\b|weeks?\b|weekend|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
)


class _DateHint:
    """Cheap test for "may hold a date", run on lower-cased text (faster than re.I)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        """Return a hint of a date (a digit first, then a word), or None."""
        lowered = text.lower()
        found = _DIGIT.search(lowered) or _DATE_HINT_LOWER.search(lowered)
        if found is None and languages.reading_other_language():
            return _FOREIGN_HINT.search(lowered)
        return found


DATE_HINT = _DateHint()
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _seasonal_context(m: re.Match[str]) -> bool:
    """Return True when a bare season word is used as a time ("in the spring")."""
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    return bool(re.search(r"\b(?:in|by|during|for|until|this|the|at least)\s+(?:the\s+)?$", before))


def _ago(published: dt.date, count: int, unit: str, start: int, end: int) -> DateMention | None:
    """Return the date ``count`` days, weeks or months before the post.

    "three days ago" is that day; "two weeks ago" and "two months ago" the month it was then.
    """
    if unit.startswith("day") and is_month_only(published):
        return _month_of(published, start, end, "ago") if count <= 7 else None
    if unit.startswith("day"):
        value = (published - dt.timedelta(days=count)).isoformat()
        return DateMention(start, end, (value,), 4, relative=True, kind="ago")
    if unit.startswith("week"):
        then = published - dt.timedelta(days=7 * count)
        return DateMention(start, end, (then.isoformat()[:7],), 3, relative=True, kind="ago")
    index = published.year * 12 + published.month - 1 - count
    value = f"{index // 12:04d}-{index % 12 + 1:02d}"
    return DateMention(start, end, (value,), 3, relative=True, kind="ago")


#: an opening quotation mark → the marks that close it (German opens with "„" and closes
#: with "“", which opens an English quote)
_QUOTE_CLOSERS = {"“": "”", "«": "»", "„": "“”"}


def _inside_quote(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a quotation opened earlier on its line and not closed."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    opened = -1
    for mark in _QUOTE_CLOSERS:
        found = before.rfind(mark)
        # a "“" after a "„" closes it, it opens nothing
        if found > opened and not (mark == "“" and before.rfind("„", 0, found) >= 0):
            opened = found
    if opened < 0:
        return before.count('"') % 2 == 1
    closers = _QUOTE_CLOSERS[before[opened]]
    return not any(mark in before[opened + 1 :] for mark in closers)


def is_month_only(published: dt.date) -> bool:
    """Return True when the publication date may name only a month.

    A month-only date ("published: 2026-03") is read as the month's last day (the
    post was out by then), and records keep no precision; on a month's last day a
    day reckoned from the post is unknown.
    """
    return (published + dt.timedelta(days=1)).day == 1


def _last_week(published: dt.date, start: int, end: int) -> DateMention | None:
    """Return "last week" as its month, only when the whole week lies in one month."""
    monday = published - dt.timedelta(days=published.weekday())
    week_start, week_end = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    return _month_of_span(week_start, week_end, start, end, "relative_week")


def _this_week(published: dt.date, start: int, end: int) -> DateMention | None:
    """Return "this week" looked back on as its month: the days from the week's Monday to
    the post, only when they lie in one month (a month-only post date gives no week)."""
    if is_month_only(published):
        return None
    monday = published - dt.timedelta(days=published.weekday())
    return _month_of_span(monday, published, start, end, "relative_week")


def _month_of_span(
    first: dt.date, last: dt.date, start: int, end: int, kind: str
) -> DateMention | None:
    """Return the month of a span of days reckoned from the post, when it lies in one month."""
    if (first.year, first.month) != (last.year, last.month):
        return None
    return DateMention(
        start, end, (f"{first.year:04d}-{first.month:02d}",), 3, relative=True, kind=kind
    )


def _weekend(
    published: dt.date, rel: str, future: bool, start: int, end: int
) -> DateMention | None:
    """Return a weekend near the post as its month, only when its days lie in one month.

    Looking back ("over the weekend", "last weekend") it is the latest Saturday and Sunday
    up to the post (the one before, for "last weekend" in a post of a weekend); looking
    ahead ("this weekend" in a plan) the next one.
    """
    if is_month_only(published):
        # the post's day is unknown: the month is all a weekend gone by can say
        return None if future else _month_of(published, start, end, "weekend")
    if future and rel in ("", "this"):
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
        if published.weekday() == 6:
            saturday = published - dt.timedelta(days=1)
    elif future:
        return None  # "last weekend" in a plan: no reading
    else:
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if rel == "last" and published.weekday() >= 5:
            saturday -= dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    if not future and sunday > published:
        sunday = saturday  # a post of the Saturday: the weekend so far is that day
    return _month_of_span(saturday, sunday, start, end, "weekend")


def earliest_day(published: dt.date) -> dt.date:
    """Return the earliest day the post may be from: its month's first for a month-only date."""
    return published.replace(day=1) if is_month_only(published) else published


def _month_of(published: dt.date, start: int, end: int, kind: str) -> DateMention:
    """Return the post's month for a relative day read against a month-only date."""
    value = f"{published.year:04d}-{published.month:02d}"
    return DateMention(start, end, (value,), 3, relative=True, kind=kind)


def _year_for_period(published: dt.date, period: int, current: int, future: bool) -> int:
    """Return the year of the next (future) or latest (past) occurrence of a period."""
    if future:
        return published.year if period >= current else published.year + 1
    return published.year if period <= current else published.year - 1


def _year_of_day(published: dt.date, month: int, day: int, future: bool) -> int:
    """Return the year of a day named without one ("on March 9th").

    In a post dated only by its month ("2025-03", read as its last day), a day of that same
    month is the post's own month, not the year before: the post's day is unknown.
    """
    if is_month_only(published) and month == published.month:
        return published.year
    return _year_for_period(published, month * 100 + day, _md(published), future)


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _md(day: dt.date) -> int:
    return day.month * 100 + day.day


def _cjk_month_number(written: str) -> int:
    """The month of "5", "五", "十一" (Chinese numerals up to twelve)."""
    if written.isdigit():
        return int(written)
    if written.startswith("十"):
        return 10 + _CJK_NUMERALS.get(written[1:], 0)
    return _CJK_NUMERALS[written]


def _month(name: str) -> int:
    key = name.rstrip(".").lower()
    return MONTHS[key] if key in MONTHS else FOREIGN_MONTHS[key]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


# --- a list of months under a year's heading ---------------------------------------------
#: a line that is a year alone ("2023:", "## 2023", "In 2023:"): the heading of the lines
#: below it
_YEAR_LINE = re.compile(r"\s*(?:[-*•#]+\s*)?(?:In\s+)?(?P<y>(?:19|20)\d\d)\s*[:.–—-]?\s*")
#: a line that opens on a month's name as its label ("July: Meta released X", "In July,")
_MONTH_LABEL_LINE = re.compile(r"\s*(?:[-*•]\s*)?(?:In\s+)?" + _MONTH + r"\s*[:,–—]")


def year_headed_months(lines: Sequence[str], published: dt.date | None) -> dict[int, dt.date]:
    """Return, for each line labelled with a bare month under a year's heading, the day
    its month is reckoned from: the last day of the heading's year.

    "2023:" … "July: Meta released Llama 2" in a post of January 2025 dates July 2023,
    not the July before the post. Only a year before the post's is used (a heading of the
    post's own year leaves the month to be reckoned from the post, as without one).
    """
    if published is None:
        return {}
    found: dict[int, dt.date] = {}
    year: int | None = None
    for index, line in enumerate(lines):
        heading = _YEAR_LINE.fullmatch(line)
        if heading:
            year = int(heading.group("y"))
        elif year is not None and year < published.year and _MONTH_LABEL_LINE.match(line):
            found[index] = dt.date(year, 12, 31)
    return found
