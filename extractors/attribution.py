"""Attribution and certainty: whose word a value is, and how sure the post is of it.

A value said on someone's report ("according to …", or later sentences of the same
paragraph that carry the report on) is ``reported``; a hedge right before the value
("may", "is expected to") makes it ``speculative``; else it is ``confirmed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.clauses import clause_at
from llamawatch.extractors.sentences import Unit
from llamawatch.records import Certainty

#: a sentence in the writer's or the company's own voice ends a report's scope
_OWN_VOICE = re.compile(
    r"\s*(?:(?:We|I|Our|My|In (?:my|our) view)\b|(?:Meta|Facebook|The company|A (?:Meta )?"
    r"spokes(?:person|woman|man))\s+(?:has\s+|had\s+)?(?:said|says|confirmed|confirms|announced|"
    r"declined|did not|didn't|told|stated|wrote|denied|"
    # "Meta released X on July 23": the writer states a past event as a fact
    r"released|launched|shipped|open-sourced|debuted)\b)"
)

#: "… until you remember that X was shelved", "as you may recall": the writer turns to the
#: reader with what both know; the report before does not speak here
_READER_ADDRESSED = re.compile(
    r"\b(?:you|we all)\s+(?:may\s+|might\s+|will\s+|'ll\s+|probably\s+)?"
    r"(?:remember|recall|know|realise|realize)\b",
    re.I,
)

#: headings and titles that announce guesses: "Predictions for 2025", "What to expect"
GUESSWORK = re.compile(
    r"\b(?:predictions?|predict|forecasts?|wish ?list|what to expect|what we expect|"
    r"speculation|rumou?r mill|could look like|might look like)\b",
    re.I,
)

#: "As previously rumoured, Meta released …", "the long-rumoured 405B": the rumour came
#: true; the clause states the fact, it does not guess
_RUMOUR_BORNE_OUT = re.compile(
    r"(?:\b(?:as|like)\s+(?:(?:was|had|has|have|been|previously|long|widely|earlier|first)\s+)"
    r"{0,3}|\b(?:long|much|oft|often)[\s-])$",
    re.I,
)
_RUMOUR_WORD = re.compile(r"rumou?red\b", re.I)

#: "two models, 8B and 70B, with more to come", "weitere sollen folgen": a hedge about other,
#: future members of a line, which does not hedge the members the clause has named before it
_OTHERS_TO_FOLLOW = re.compile(
    r"\b(?:weitere|andere|more|others|other (?:models|sizes|versions)|further "
    r"(?:models|sizes|versions))(?:\s+(?:Modelle|Varianten|Versionen|models|sizes|versions))?"
    r"\s+(?:sollen|soll|werden|dürften|will|are (?:expected|set|slated|planned) to|may|might|"
    r"could|should)\b[^,.;:]{0,40}?\b(?:folgen|kommen|follow|come|arrive)\b|"
    r"\b(?:with|and) more (?:models |sizes |versions |variants )?(?:to come|to follow|"
    r"expected|planned|on the way)\b",
    re.I,
)

#: the words _OTHERS_TO_FOLLOW cannot match without (a cheap test before it)
_OTHERS_TO_FOLLOW_KEYS = ("weitere", "andere", "more", "other", "further")

FUTURE_TENSE = re.compile(r"\b(?:will|'ll|won't|is going to|are going to)\b", re.I)


def grade_certainty(
    text: str, clauses: Sequence[tuple[int, int]], pos: int, reported: bool
) -> Certainty:
    """Grade a value: attributed → reported; hedged just before it → speculative."""
    if reported:
        return "reported"
    clause = clause_at(clauses, pos)
    start, end = max(clause[0], pos - 60), min(clause[1], pos + 25)
    # Match on the whole clause (so "would have" is seen whole), keep hedges near the value.
    others = [
        (m.start(), m.end())
        for m in (
            _OTHERS_TO_FOLLOW.finditer(text, clause[0], clause[1])
            if V.may_hold(text.lower(), _OTHERS_TO_FOLLOW_KEYS)
            else ()
        )
        if m.start() > pos
    ]
    for hedge in V.HEDGE.finditer(text[clause[0] : clause[1]]):
        at = clause[0] + hedge.start()
        if any(a <= at < b for a, b in others):
            continue  # "…, 8B and 70B, more to follow": the hedge is about other members
        if text.startswith("May", at) and at > clause[0]:
            continue  # the month, not the modal verb
        if _RUMOUR_WORD.match(text, at) and _RUMOUR_BORNE_OUT.search(text, max(0, at - 30), at):
            continue
        if at > pos and _PEOPLE_RELATIVE_BEFORE.search(text, max(0, at - 12), at):
            continue  # "only to people who would research": the modal tells what the
            # audience does, in a clause of its own, not how sure the value is
        if start <= at < end:
            return "speculative"
    return "confirmed"


#: a relative clause about people right before a modal ("those who would", "anyone who
#: might want to"): the modal is the people's, never a hedge on a model's value
_PEOPLE_RELATIVE_BEFORE = re.compile(r"\bwho\s+$", re.I)


#: "according to Meta", "according to the press release", "according to Meta's model card":
#: the developer's own word, which docs/facts.md counts as confirmed (as "Meta says" is),
#: unless it reaches the writer through a leak or from people inside ("according to Meta's
#: internal slide deck", "according to Meta staff")
_DEVELOPER_AFTER = re.compile(
    r"\s+(?:(?:Meta(?:\s+(?:AI|Platforms))?|Facebook|the company|Mark Zuckerberg|Zuckerberg|"
    r"its (?:makers?|creators?|developers?|authors?))"
    r"(?![’']s\s+(?:internal|leaked|confidential|private|unreleased|secret)\b)"
    r"(?!\s+(?:insiders?|sources?|employees|staff|engineers|people|researchers|executives|"
    r"officials|documents?|memos?|slides?)\b)"
    r"|(?:the|its|Meta[’']s|the company[’']s)\s+(?:own\s+)?(?:official\s+)?(?:press release|"
    r"model card|announcement|launch (?:post|blog(?: post)?)|blog(?: post)?|technical report|"
    r"release notes|paper|licen[cs]e|documentation|materials|benchmarks?))\b",
    re.I,
)


def attributed(text: str) -> bool:
    """Return True when ``text`` attributes what it says to a source other than the developer."""
    for m in V.ATTRIBUTION.finditer(text):
        if m.group(0).lower() == "according to" and _DEVELOPER_AFTER.match(text, m.end()):
            continue  # the developer's own word: confirmed, as "Meta says" is
        return True
    return False


def attribution_carries(
    units: Sequence[Unit], index: int, attributed: Callable[[str], bool] = attributed
) -> bool:
    """Return True when a hedged sentence continues a report with no subject of its own.

    "Reports indicate Avocado … . It would be …": the report still speaks. A
    sentence that names its own subject speaks for the writer. ``attributed`` tests
    a sentence for a source (the reader keeps its answers: each later sentence of a
    paragraph asks again of the ones before it).
    """
    if index == 0:
        return False
    current = units[index]
    if current.bullet or current.heading or _OWN_VOICE.match(current.clean):
        return False
    if _READER_ADDRESSED.search(current.clean):
        return False
    # "According to X, … . The model will …": the report goes on through its paragraph
    # until a sentence speaks in another voice ("Meta declined to comment").
    for back in range(index - 1, -1, -1):
        previous = units[back]
        if previous.block != current.block or previous.heading or previous.bullet:
            return False
        if attributed(previous.clean):
            # "Meta told staff X, according to a memo seen by The Information": the
            # company's words reach the writer through the source, so the report goes on
            return True
        if _OWN_VOICE.match(previous.clean):
            return False
    return False
