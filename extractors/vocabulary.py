"""The words that signal each attribute's values, certainty and negation.

Kept apart from the matching logic in :mod:`facts` so that a reader can check the
vocabulary against docs/facts.md in one place. Every pattern here runs on cleaned text
(straight quotes, no Markdown) and is case-insensitive unless it says otherwise.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from llamawatch.extractors import languages


class _Lowered:
    """A case-insensitive pattern run on lower-cased text: several times faster than re.I."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern = source
        self._compiled = re.compile(_lower_source(source))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._compiled.search(_lower(text), pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._compiled.match(_lower(text), pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._compiled.finditer(_lower(text))

    def sub(self, repl: Callable[[re.Match[str]], str] | str, text: str) -> str:
        return self._compiled.sub(repl, _lower(text))


class Gated:
    """A pattern that runs only on text holding one of ``keys``: lower-case words it
    cannot match without (see ``may_hold``).

    Most texts hold none of them, and a few substring tests are far cheaper than a
    pattern the regex engine must try at every position. The keys are looked for in
    the whole text, wherever a search starts, so the gate never changes a result.
    """

    __slots__ = ("_compiled", "keys", "pattern")

    def __init__(self, compiled: re.Pattern[str], keys: tuple[str, ...]) -> None:
        self._compiled = compiled
        self.pattern = compiled.pattern
        self.keys = keys

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not may_hold(text.lower(), self.keys):
            return None
        return self._compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not may_hold(text.lower(), self.keys):
            return None
        return self._compiled.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        if not may_hold(text.lower(), self.keys):
            return iter(())
        return self._compiled.finditer(text, pos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        if not may_hold(text.lower(), self.keys):
            return text
        return self._compiled.sub(repl, text)


class Matcher(Protocol):
    """What the readers ask of a vocabulary pattern (a compiled regex or a bilingual one)."""

    @property
    def pattern(self) -> str: ...

    def search(self, text: str, pos: int = 0, /) -> re.Match[str] | None: ...

    def match(self, text: str, pos: int = 0, /) -> re.Match[str] | None: ...

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]: ...


def _lower(text: str) -> str:
    lowered = text.lower()
    # A few characters change length when lower-cased; positions must stay valid.
    return lowered if len(lowered) == len(text) else text


#: what ``re.I`` matches to an ASCII "i" or "s" though ``str.lower()`` gives none: the
#: dotless i, the long s, and the dotted capital I (which lowers to "i" and a combining dot)
_ODD_FOLDS = ("\u0131", "\u017f", "\u0130", "\u0307")


def may_hold(lowered: str, keys: Iterable[str]) -> bool:
    """Return False only when lower-cased text holds none of ``keys``.

    A gate before a case-insensitive pattern that cannot match without one of the keys:
    a substring test is far cheaper than the pattern. Text with a letter the pattern
    would fold onto a key's letter though ``str.lower()`` does not always passes, so
    the gate never changes what the pattern finds.
    """
    for key in keys:  # a loop, not any(): this runs thousands of times a post
        if key in lowered:
            return True
    return not lowered.isascii() and any(odd in lowered for odd in _ODD_FOLDS)


def may_match(lowered: str, gate: re.Pattern[str]) -> bool:
    """Return False only when lower-cased text holds none of the keys ``gate`` tests.

    :func:`may_hold` for a long list of keys, compiled once with :func:`key_pattern`:
    one scan of the text instead of one per key.
    """
    if gate.search(lowered):
        return True
    return not lowered.isascii() and any(odd in lowered for odd in _ODD_FOLDS)


#: a trie of strings: each character to the trie of what follows it ("" where one ends)
_Trie = dict[str, "_Trie"]


def key_pattern(keys: Iterable[str]) -> re.Pattern[str]:
    """Compile a test of whether any of ``keys`` occurs: ``search`` finds one or None.

    The keys are written as a trie ("re(?:lease|ady)" for "release" and "ready"): the
    regex engine tries every alternative at every position, so sharing prefixes makes
    the test two to three times faster than a plain alternation of the keys. Which key
    a match shows means nothing, only whether there is one (no keys: always one).
    """
    trie: _Trie = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here

    def source(node: _Trie) -> str:
        if "" in node:
            return ""  # a key ends here: the longer keys through it add nothing
        parts = [re.escape(char) + source(child) for char, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return re.compile(source(trie) if trie else "")


def _lower_source(source: str) -> str:
    """Lower-case a regex source, leaving escapes (\\S, \\W, \\B) alone."""
    out: list[str] = []
    escaped = False
    for char in source:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out)


def lowered(pattern: str) -> _Lowered:
    """Compile a case-insensitive pattern that runs on lower-cased text."""
    return _Lowered(pattern)


def _rx(pattern: str, flags: int = re.I) -> _Lowered | re.Pattern[str]:
    if flags == re.I:
        return _Lowered(pattern)
    return re.compile(pattern, flags)


#: a Latin token glued to CJK text ("MoEアーキテクチャ", "采用MoE架构", "open-sourceモデル"):
#: kana, Han and Hangul are word characters to ``\b``, so these stand for its two sides
_CJK_CHARS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
B_START = r"(?:\b|(?<=[" + _CJK_CHARS + r"]))"
B_END = r"(?:\b|(?=[" + _CJK_CHARS + r"]))"


# --- certainty ---------------------------------------------------------------------------

#: attribution to sources, reports or memos (docs/facts.md: "reported")
ATTRIBUTION: Matcher = _rx(
    r"^(?:report|reports|rumou?r|scoop|leak)\s*:|\b(?:according to|there (?:are|were) reports|"
    r"reports? that|"
    r"reports? (?:say|says|said|suggest\w*|indicate\w*|claim\w*|state\w*)|"
    # "reports emerged that …", "word got out that …": the news, not the writer, says it
    r"(?:reports?|news|word|rumou?rs?) (?:have |had |soon |then )?(?:emerged|surfaced|"
    r"circulated|broke|spread|got out)"
    r"|reportedly|is said to|are said to|was said to|were said to|sources? (?:say|said|told|"
    r"familiar|close to|with knowledge)|people (?:familiar|close to|with knowledge)|"
    r"insiders?|an? (?:internal |leaked |confidential )?(?:Meta |company )?memo|"
    r"leaked (?:memo|documents?|roadmap)|"
    # "The memo states that …", "Internal memos obtained by X reveal …", "internal documents
    # show": a memo or an internal paper is the source, whatever its determiner or number
    r"(?:memos?|(?:internal|leaked|confidential) (?:documents?|slides?|roadmaps?))"
    # ("The January memo from a product lead called …", "dated January 20 identifies …")
    r"(?:,? (?:obtained|seen|viewed|reviewed|dated|signed|sent|circulated|shared|from)\b"
    r"[^.;:]{0,60}?)?"
    r",? (?:clearly |also |further )?(?:states?|stated|says|said|shows?|showed|indicates?|"
    r"indicated|reveals?|revealed|describes?|described|claims?|claimed|notes?|noted|adds?|added|"
    r"outlines?|outlined|details?|detailed|disclos(?:es|ed)|cites?|cited|identif(?:ies|ied)|"
    r"calls|called)|"
    r"(?:obtained|seen|viewed|reviewed) by (?:The Information|Bloomberg|Reuters|The Verge|CNBC|"
    r"Axios|Business Insider|The New York Times|The Wall Street Journal|WSJ|Semafor|"
    r"Financial Times)|"
    r"(?:has|have|had) reported|(?:was|were|been) reported|reported (?:that|by|on|earlier)|"
    r"(?:told|telling) reporters|per (?:a |the )?reports?|per (?:people|sources|insiders)|"
    # "per a new Wall Street Journal report", "per a Bloomberg report": the outlet's report
    # named between (not "per Meta's report", "per the company's own report")
    r"per (?:a |an |the )?(?:new |recent |fresh |latest |separate |later )?"
    r"(?!(?:meta|facebook|the company|its|their|our)\b)(?:[\w.&’'-]+ ){1,4}?reports?|"
    r"a report in|"
    # "Reports from outlets like X suggest …", "One report from Y cites …", "A new report
    # from Z hit the wires": the outlet's report, not the developer's own
    r"reports? (?:from|by) "
    r"(?!Meta\b|Facebook\b|the company\b|its\b|(?:the )?(?:Llama|FAIR|GenAI)\b)|"
    r"cited by|citing (?:people|sources|a report|reports)|"
    # a video or a podcast summed up by the page: "the video argues", "This French-language
    # video argues that …", "the speaker says" (the page relays someone else's claim)
    r"(?:the|this|a|one) (?:[\w-]+ )?(?:video|podcast|episode|documentary|livestream|"
    r"presenter|speaker|narrator|host) (?:argues|argued|claims|claimed|says|said|contends|"
    r"contended|asserts|asserted|alleges|alleged|notes|noted|reports|reported|insists|"
    r"insisted|warns|warned)|"
    r"the reporting|reporting (?:so far |by \w+ )?(?:says|suggests|indicates|shows)|"
    r"(?:people|sources?|persons?|insiders?|officials?|employees|engineers|executives|analysts)"
    r" (?:said|say|says|told|added|claim|claimed|familiar)|"
    r"(?:one|two|three|some|several|both|all) of them (?:said|says|added|told)|"
    r"they (?:said|say|added|told)|"
    r"(?:the person|one person|a person|the source|one source) (?:said|added|told)|"
    r"(?:Bloomberg|Reuters|The Information|The Verge|CNBC|Axios|TechCrunch|Business Insider|"
    r"The New York Times|New York Times|NYT|The Wall Street Journal|Wall Street Journal|WSJ|"
    r"Financial Times|FT|Semafor|Platformer|"
    # the short name news copy gives a paper it has named once: "The Journal says that …"
    r"the Journal|the Times) (?:reported|reports|says|said|wrote|writes|"
    r"first reported|has reported|learned|noted|notes|added|adds))\b"
)
#: hedged, forward-looking language (docs/facts.md: "speculative")
HEDGE: Matcher = _rx(
    r"\b(?:will likely|likely|unlikely|probably|possibly|perhaps|maybe|presumably|may|might|could|"
    r"would(?! have)|my bet|i bet|i expect|i suspect|i guess|guessing|my guess|"
    r"(?:is|are|was|were) expected|expected to|expected in|expected by|expected later|"
    r"expected (?:this|next|early|late|soon)|expected$|is tipped|rumou?r(?:s|ed)?|"
    r"speculat\w*|potentially|supposedly|in talks|considering|weighing|"
    # "is anticipated to launch" hedges; "its highly anticipated Llama 4 Scout" only
    # describes a model the sentence states as out (an attributive adjective). The
    # words before it are tested after the word, so that the regex engine tests them
    # where "anticipated" stands, not at every word of every text
    r"anticipated(?<!highly anticipated)(?<!long[\s-]anticipated)(?<!much[\s-]anticipated)"
    r"(?<!eagerly anticipated)(?<!hotly anticipated)(?<!widely anticipated)"
    r"(?<!long-anticipated)(?<!much-anticipated)|"
    r"rumou?red|could be|set to|poised to|"
    # an inference, not a statement: "the details suggest a mixture-of-experts design"
    r"suggest(?:s|ed|ing)?|appears? to|appeared to|seems? to|seemed to|points? to|pointing to|"
    r"hints? at|hinting at)\b"
)

# --- negation -----------------------------------------------------------------------------

#: words that, just before a trigger, deny or defer it
NEGATION_BEFORE = _rx(
    r"\b(?:not|never|no|n't|nor|without|neither|hardly|yet to be|yet to|has yet|have yet|"
    r"won't|wouldn't|isn't|aren't|wasn't|weren't|hasn't|haven't|didn't|doesn't|don't|"
    # "developers cannot download weights", "you can't run it yourself": a denied ability
    r"cannot|can't|can’t|couldn't|couldn’t|unable to|"
    r"rather than|instead of|instead)\b[\w\s,'\"-]{0,25}$"
)

# --- status -------------------------------------------------------------------------------

SHELVED: Matcher = _rx(
    r"\b(?:shelved|shelves|shelving|scrapped|scraps|cancel+ed|cancel+ing|cancels|abandoned|"
    r"abandons|axed|killed off|discontinued|mothballed|(?:paused|delayed|postponed|halted|"
    r"shelved)\s+(?:[\w.-]+\s+){0,4}?indefinitely|put on (?:indefinite )?hold|"
    r"on indefinite hold|never (?:publicly |officially )?(?:shipped|released|"
    r"launched|came out|made it out|saw the light of day|arrived|materiali[sz]ed)|"
    r"(?:decided|chose|opted) (?:not to|against) (?:release|releasing|launch|launching|ship)|"
    # (not "no plans to release weights", "no plans to release it openly": the plan denied is
    # the weights' or the open rung's, which is openness; the model itself may be out)
    r"(?:no|dropped) plans to (?:release|launch|ship)(?!\s+(?:(?:the|its|their|any|model|"
    r"public|open|downloadable|the model['’]s)\s+){0,3}weights\b|\s+(?:it|them)\s+"
    r"(?:openly|as open|under an open|with open))|"
    # (not "will not ship with open weights": the release is denied a rung, not made)
    r"(?:will not|won't) (?:be )?(?:released|launched|ship)"
    r"(?!\s+(?:as|with|under|openly|publicly)\b)|is not going to be released|"
    r"not be released(?!\s+(?:as|openly|publicly|under|with|in|on|to|for|until|before|"
    r"this|next|yet|soon)\b)|dead on arrival|pulled the plug|never (?:got|was|were) (?:released|"
    r"shipped|launched)|was never released|were never released|"
    # work on the model halted, in the passive or the active, its object said or left to
    # the sentence's model ("testing of the model was halted", "the testing work has also
    # been suspended", "they halted further testing and …", "stopped experiments related to
    # the model", "Testing reportedly stopped as the lab launched")
    r"(?:testing|training|work|development|experiments)\s+(?:(?:on|of)\s+"
    r"(?:[\w.“”\"'-]+\s+){1,3})?(?:was|were|(?:has|had)\s+(?:also\s+|now\s+|since\s+)?been|"
    r"is being)\s+(?:quietly\s+|also\s+|reportedly\s+|then\s+)?(?:halted|stopped|"
    r"suspended|ended|frozen|paused)|"
    r"(?:testing|work|development)\s+(?:reportedly\s+|also\s+|then\s+|quietly\s+)?"
    r"(?:stopped|halted|ceased)(?!\s+(?:at|in|on|after|before)\s+\d)|"
    r"(?:halted|stopped|suspended|ended|froze|paused|ceased) (?:all |further |its |their )?"
    r"(?:testing|training|work|development|experiments)(?: (?:on|of)| related to|"
    r"(?=\s+(?:and|since|after|as|amid|following|once|when)\b|\s*[,.;]|\s*$)))\b"
)
RELEASED: Matcher = _rx(
    r"\b(?:released|releases today|(?:is|are|'re|am) (?:now |today |also )?releasing|"
    # a paper's abstract: "We release Code Llama, a family of …"
    r"(?<=\bWe )release(?= [A-Z])|"
    # a headline's or abstract's present tense: "Today, Meta releases X", "we develop and
    # release X" (a plan or a habit said with the same verb is ruled out by what follows)
    r"(?<![\w-])(?:meta|we)\s+(?:(?:develop|developed|build|built|train|trained)\s+and\s+)?"
    r"releases?\b(?!\s+(?:have|has|are|were|had|typically|usually|often|tend|every|each)\b)"
    r"(?!(?:[^.;]){0,60}?\b(?:tomorrow|next|later|soon|in the coming|plans?|will|would)\b)|"
    r"(?:today|now),? (?:meta|we) (?:is|are|'re) (?:also )?releasing|launched|launches today|"
    r"debuted|shipped|rolled out|(?:begun|began|started|starts) rolling out|"
    # "Meta is rolling out X to developers", "…, rolling out new tools like X": the present
    # of a release under way (a date or "soon" after it makes it a plan, read as upcoming)
    r"(?:(?:is|are|'s|'re) (?:now |also |today |currently |already )?|, )rolling out\b"
    r"(?!(?:[^.;]){0,60}?\b(?:tomorrow|next|later|soon|in the coming|will|over the)\b)|"
    # a model card's "This model is ready for commercial/non-commercial use": it is out
    r"(?:is|are) (?:now )?ready for (?:commercial|non-commercial)(?:\s*/\s*non-commercial)? use|"
    r"open[\s-]sourced|made (?:publicly |freely |openly )?available|became available|"
    r"made (?:it|them|(?:its|their|the) (?:[\w.-]+ ){1,5}?)(?:publicly |freely |openly )?"
    r"available|(?:gave|gives|brought|brings) us|"
    # an announcement's present: "We are making the X weights available" (not "next month")
    r"(?<=\b(?:we|We) )(?:are|'re) (?:now |also )?making (?:(?:the|our) )?(?:[\w.-]+ ){1,5}?"
    r"(?:publicly |freely |openly )?available\b"
    r"(?!(?:[^.;]){0,60}?\b(?:tomorrow|next|later|soon|in the coming|will)\b)|"
    # "By July 2024, Meta introduced X": a look back at what was out by then
    r"(?:(?<=\bBy )|(?<=\bby ))(?:(?:early|mid|late|the end of)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d,\s+(?:Meta|Facebook|the company)\s+(?:had\s+)?introduced\b|"
    # "has so far introduced Scout and Maverick to users": put in people's hands
    r"introduced (?:[\w.,'’-]+ ){1,16}?to (?:users|the public|developers|everyone|customers)\b|"
    # the passive of the maker's verb: "Llama Guard, recently introduced by Meta, …"
    r"(?:(?:first|recently|newly|officially|originally|initially) )?introduced by "
    r"(?:Meta|Facebook|Zuckerberg)\b|"
    # the maker presenting a model as done: "Zuckerberg introduced the Llama 3.1 model", "Meta
    # AI announced the launch of the Llama 3.2 series" (a sentence that also says the model is
    # in training or previewed is ruled out where the status is read). "Unveiled" is left
    # out: the labelled sets split on it (a showing, often of a model still to come)
    r"(?<![\w-])(?:Meta(?: AI)?|Facebook|the company|Zuckerberg|we|We)\s+(?:has |have |had )?"
    r"(?:just |officially |finally |now |also |quietly |formally )?introduced\b"
    r"(?!\s+(?:plans?|its plans|a (?:preview|roadmap|plan|glimpse)|details|what|how|"
    r"a first look)\b)|"
    r"announced the (?:official |general |public |wide |open[\s-]source )?"
    r"(?:launch|release|availability|rollout|debut) of\b|"
    r"(?:is|are|was|were) (?:now |finally |officially )?(?:out|live|here)\b|"
    r"(?:is|are) now available|(?:is|are|was|were|remains?|still|now|already|publicly|"
    r"freely|generally|widely|openly|been) (?:publicly |freely |"
    r"generally |widely |openly )?available|"
    # ("available only to …" is not "available on": the word ends where the list does)
    r"available (?:now|today|on|for|through|via|from|in|to download|to anyone|across|"
    r"as open|under|at)\b|(?:first|latest|new|recent|initial|two|three|latest) "
    r"(?:\w+ )?releases?\b|after (?:its |the |their )?(?:initial )?release|"
    # "With the release of Llama 3.1, developers …": the release as a past event (not
    # "with the release of Llama 5 expected next month", nor of another lab's model)
    r"(?<=with )the (?:recent |latest |new |official |public )?release of"
    r"(?= (?:meta['’]s )?(?:code )?llama\b)"
    r"(?![^.;]{0,60}?\b(?:expected|slated|due|planned|set to|coming|next|later|soon|upcoming|"
    r"will|would|approach\w*|nears?|looming)\b)|"
    # "Meta's September 2024 release of Llama 3.2": a dated release named as a past event
    # (not "its planned 2026 release of", nor one said to come)
    r"(?:(?<=['’]s )|(?<=\bits )|(?<=\btheir ))(?:(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december) )?(?:19|20)\d\d release of\b"
    r"(?![^.;]{0,60}?\b(?:will|would|expected|slated|due|planned|coming|next|later|soon)\b)|"
    r"(?:out|available) now|can (?:now )?be downloaded|downloadable|hit the market|"
    r"went live|goes live|dropped (?:today|yesterday|on|last)|release of (?:the )?weights|"
    r"what'?s out|(?:'s|'re) (?:now )?out\b|is out now|"
    r"(?:can|could) (?:now )?be (?:downloaded|fetched)|"
    r"(?:Meta|Facebook|company) (?:on \w+ |(?:has |have |had )?(?:recently|quietly|officially|"
    r"finally|just|now|also) )?(?:dropped|released|launched|shipped|published)|"
    r"put out|puts out|putting out)"
)
#: "due to launch", "due for release", "due in May": a plan. "Due to" before anything but a
#: verb gives a cause ("due to implementation issues", "due to its cost", "due in part to
#: …"), so only the verbs of arriving are listed, not the nouns a cause may take
_DUE_AS_PLAN = (
    r"due (?:for|by|around|in(?!\s+(?:large\s+|no\s+small\s+|great\s+)?part\b)|"
    r"to (?:be|become|launch|release|ship|debut|arrive|appear|come|hit|land|roll|go|drop|"
    r"reach|open|start|begin|enter|get|make)\b"
    r"(?!\s+(?:delays?|issues?|problems?|timing|schedules?|costs?|hiccups?|bugs?)\b))"
)
#: the verbs of arriving a plan's infinitive names ("is set to launch", "is expected to be
#: made available", "is poised to roll out"); "poised to reshape the market", "set to become
#: the default", "expected to boost adoption" tell what a model will do, which a model
#: already out does as well as one to come
_ARRIVING_VERB = (
    r"(?:launch|release|ship|debut|arrive|appear|land|come out|come to|roll out|go live|"
    r"go public|hit (?:the )?(?:market|shelves|stores)|enter (?:the )?(?:market|fray)|"
    r"open[\s-]source|unveil|introduce|announce|reveal|showcase|preview|"
    r"make (?:[\w.-]+ ){0,3}?available|make (?:its|their|a) (?:[\w-]+ )?(?:debut|appearance)|"
    r"follow (?=later|soon|shortly|in |next|this|early|late)|"
    r"be (?:(?:officially|publicly|formally|widely|fully|finally|first|broadly) )?"
    r"(?:released|launched|shipped|unveiled|introduced|announced|published|open[\s-]sourced|"
    r"rolled out|made (?:available|public|open)|available|out|ready|delivered|revealed|shown|"
    r"presented|previewed)|"
    r"become (?:available|public|open))\b"
)
_TIME_WORD = (
    r"(?:early|mid|late|later|next|this|the (?:end|fall|autumn|summer|spring|winter|first|"
    r"second|coming)|fall|autumn|summer|spring|winter|q[1-4]|(?:19|20)\d\d|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b"
)
#: a plan's "for" names a release or a time ("slated for release", "planned for early
#: 2026", "scheduled for a spring launch"); before a purpose it tells a use ("planned for
#: use in the assistant", "slated for advanced research")
_PLAN_FOR = (
    r"for (?=(?:(?:a|an|the|its|their|future|public|general|official|wide|full|broad|"
    r"possible|eventual)\s+)?(?:[\w-]+\s+){0,2}?(?:release|launch|debut|roll-?out|arrival|"
    r"availability|unveiling|announcement|publication)\b|" + _TIME_WORD + r")"
)
#: "is set to launch", "slated for release", "planned in May", "expected by year-end"
_PLAN_SET_WAYS = r"to " + _ARRIVING_VERB + r"|" + _PLAN_FOR + r"|in\b|by\b"
_PLAN_SET = r"(?:" + _PLAN_SET_WAYS + r")"
UPCOMING: Matcher = _rx(
    r"\b(?:upcoming|forthcoming|in (?:active |early )?development|under development|"
    r"being developed|being built|in training|still[\s-]training|still being trained|"
    r"(?:is|are) (?:still )?(?:being )?training|(?:currently|still) (?:being )?trained|"
    r"in the works|coming soon|coming later|coming (?:this|next|in)|"
    r"(?:will|would|could|may|might|to) (?:(?:still|also|likely|soon|eventually|then|first|"
    r"finally|probably|reportedly) )?(?:be )?(?:release[ds]?|launch(?:ed)?|ship(?:ped)?|"
    r"arrive|debut|come out|roll(?:ed)? out|become available|made available|available|land|"
    r"drop|hit|open[\s-]sourced)|"
    # "X is expected to rival GPT-4" still speaks of a model to come: only the words a
    # model already out is also said to be ("set", "poised") need a verb of arriving
    r"(?:is|are) (?:now |still |currently |also )?(?:expected|tipped) (?:to|for|in|by)|"
    r"(?:is|are) (?:now |still |currently |also )?(?:slated|scheduled|set|planned|"
    r"poised) " + _PLAN_SET + r"|"
    r"(?:is|are) (?:now |still |currently |also )?" + _DUE_AS_PLAN + r"|"
    r"(?:is|are|was|were|(?:has|have) (?:also |reportedly )?been) (?:also |still |now |"
    r"reportedly )?(?:developing|"
    r"building|training|testing|working on)|(?:(?:is|are|was|were|been|being|has|have|had)\s+"
    r"(?:\w+\s+)?(?:delayed|postponed|pushed back)|"
    # "has been pushed to late 2025", "was pushed into next year": put off to a time
    r"(?:is|are|was|were|been|being)\s+(?:\w+\s+)?pushed\s+(?:out\s+)?(?:to|until|into)\s+"
    r"(?:at least\s+)?(?=(?:late|early|mid|the (?:end|second|first|fall|autumn|summer|spring|"
    r"winter)|next|this|fall|autumn|summer|spring|winter|q[1-4]|20\d\d|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b)|"
    r"(?:will|to|would|could|may|might) (?:further )?delay\b|(?:delay|postponement) of\b|"
    r"delay(?:s|ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.\"“”'-]+\s+){0,4}?(?:launch|release|"
    r"rollout|debut|model)|postpon(?:es|ing)|"
    # "Meta delays Llama 4 Behemoth to late 2025", "is pushing Llama 5 to the fall", "later
    # pushed the launch to June" (a past move to a time: still to come when it was made)
    r"(?:delay(?:s|ing)|push(?:es|ed|ing))\s+(?:[\w.\"“”'-]+\s+){1,5}?(?:to|until|into)\s+"
    r"(?=(?:late|early|mid|the (?:end|second|first|fall|autumn|summer|spring|winter)|next|"
    r"this|fall|autumn|summer|spring|winter|q[1-4]|20\d\d|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b)|push(?:ed|es|ing)?\s+(?:\w+\s+){0,2}?back|"
    r"slipped|slips|"
    # "now it's drifting toward June": the target keeps moving later
    r"drift(?:s|ed|ing)? (?:toward|towards|to|into) (?=(?:late|early|mid|next|the (?:end|fall|"
    r"summer|spring|winter|second)|fall|autumn|summer|spring|winter|q[1-4]|20\d\d|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b)|"
    r"slipping|moved the target)(?! indefinitely)|not (?:yet )?out\b|(?:still[\s-])?unreleased|"
    r"not[\s-]yet[\s-]released|"
    r"expected (?:to (?:launch|release|arrive|ship|debut|come|be released)|in|by|later|next|"
    r"this|early|soon|around)|(?:planned|slated|scheduled) (?:"
    + _PLAN_SET_WAYS
    + r"|around)|"
    + _DUE_AS_PLAN
    + r"|"
    r"plans? to (?:release|launch|ship|debut)|planning to (?:release|launch|ship)|"
    r"not yet (?:been )?(?:released|available|out)|yet to (?:be )?(?:released|launch|ship)|"
    # "has yet to appear / arrive / see the light of day": not out, still awaited
    r"(?:has|have) yet to (?:appear|arrive|debut|materiali[sz]e|surface|see the light of day|"
    r"be (?:made )?(?:available|seen|shown))|"
    # "led to a delay in its release": the release is put off, not done
    r"(?:a|the|further|another) delay (?:in|to) (?:its|the|their) (?:[\w-]+ )?"
    r"(?:release|launch|rollout|debut)|"
    r"(?:has|have)n't (?:yet )?been released|(?:has|have) not (?:yet )?been released|"
    r"(?:started|begun|began|starts|start|starting) (?:to train|training|pre-?training)|"
    r"completed (?:the )?pre-?training(?: on| of)?|"
    # training phases: "has completed its initial pre-training phase", "hasn't even started
    # post-training", "is in the training phase", "has finished pre-training": not out yet
    r"(?:has|have|had) (?:now |just |already )?(?:completed|finished|wrapped up) "
    r"(?:its |their |the )?(?:initial |first |main )?pre-?training(?: phase| stage| run)?|"
    r"(?:has|have|had)(?:n't| not) (?:even |yet )?(?:started|begun|entered|finished|completed) "
    r"(?:its |their |the )?(?:post-?training|pre-?training|training|fine-?tuning)|"
    r"in (?:the |its |their )?(?:final |last |early |late )?(?:pre-?|post-?)?training "
    r"(?:phase|stage)|"
    # "the yet-to-be-announced Llama 3.1": a model named before it is out
    r"yet[\s-]to[\s-]be[\s-](?:announced|released|launched|unveiled|named|shipped)|"
    # "a lighter model is on the way" (not "on the way to AGI")
    r"(?:is|are|'s|'re) (?:also |still |now |reportedly )?on (?:the|its|their) way\b(?! to\b)|"
    r"(?:is|are|'s|'re) (?:launching|releasing|shipping|debuting|rolling out)\b"
    r"(?=(?:[^.;]|\.(?=\d)){0,40}?\b(?:tomorrow|next|later|soon|in the coming))|"
    r"(?:preparing|readying|prepping) (?:[\w.-]+ ){1,3}?for (?:a|an|its|the) "
    r"(?:[\w-]+ ){0,2}?(?:launch|release|debut)|"
    # "Behemoth remains in preview": shown, not out (a preview "on Azure" is a way to use it)
    r"(?:is|are|was|were|remains?|still) (?:still |only |currently )?in (?:an? )?"
    r"(?:early |private |limited )?preview(?!\s+(?:on|via|through|for|to|in|at|with|from|as)\b)|"
    # "available in limited preview / research access": shown to a few, not out
    r"available (?:only )?in (?:an? )?(?:early |private |limited |closed |research )"
    r"(?:research )?preview(?!\s+(?:on|via|through|in|at)\b)|"
    # "a vision model, Llama 4-V, to follow later": named now, out later
    r"\bto follow (?:later|soon|shortly|in the coming|"
    r"(?:later |early )?next|this (?:year|month|fall|autumn|summer|spring|winter))|"
    r"previewed|previewing|sneak peek|teased|next (?:frontier|flagship|generation|big) model|"
    r"(?:is|are|was) working on|still cooking|announced (?:the )?(?:forthcoming|upcoming|"
    r"planned) release)"
)
#: release verbs after which a date is the release date
RELEASE_DATE_TRIGGER: Matcher = _rx(
    # "plans to ship X in the first half of 2026": the bare verb of a plan dates it too
    # (the words before "ship" and "out" are tested after them, so that the regex engine
    # tests them where the word stands, not at every word of every text)
    r"\b(?:released?|releases|releasing|launch(?:ed|es|ing)?|debut(?:ed|s)?|shipped|ships|"
    r"ship(?<=to ship)|"
    # "the aim now is to introduce X next spring": a plan's infinitive, as "to ship"
    r"introduce(?<=to introduce)|"
    r"arriv(?:e|ed|es|ing)|out(?:(?<=is out)|(?<=are out)|(?<=was out)|(?<=came out)|"
    r"(?<=come out)|(?<=comes out)|(?<=now out))|"
    r"available|availability|rolled out|expected|due|slated|"
    # "On April 8, 2026, X went live": the release verb the status reader knows dates it too
    r"went live|goes live|"
    r"unveil(?:ed|s|ing)?|pushed|pushes|pushing|delayed|delays|delaying|slipped|slips|moved|"
    # "By July 2024, Meta introduced X": a look back at what was out by then
    r"(?:(?<=\bBy )|(?<=\bby ))(?:(?:early|mid|late|the end of)[\s-]+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d,\s+(?:Meta|Facebook|the company)\s+(?:had\s+)?introduced\b|"
    # the maker's presenting verb, active or passive: "In mid-July, Meta introduced X", "X,
    # introduced by Meta in February 2023"
    r"(?<![\w-])(?:Meta(?: AI)?|Facebook|the company|Zuckerberg|we)\s+(?:has |have |had )?"
    r"(?:just |officially |finally |now |also |quietly |formally )?introduced\b"
    r"(?!\s+(?:plans?|its plans|a (?:preview|roadmap|plan|glimpse)|details|what|how|"
    r"a first look)\b)|"
    r"(?<=introduced )by (?:Meta|Facebook|Zuckerberg)\b|"
    # the maker announcing a named model, and the passive with its day: "On April 18, Meta
    # announced Llama 3", "Meta announced its latest model: LLaMA", "X (announced in April
    # 2024)", "X, which was announced on July 23": the model presented is the one out
    r"(?<![\w-])(?:Meta(?: AI)?|Facebook|the company|Zuckerberg|we)\s+(?:has |have |had )?"
    r"(?:just |officially |finally |formally )?announced\s+(?:(?:its|the) (?:latest|new|newest)"
    r"(?: [\w-]+){0,3}? model[:,]?\s+)?(?=(?:Code )?L[Ll][Aa][Mm][Aa]\b)|"
    # (the passive only right after a name's last word: "Llama 3 was", "LLaMA, which was")
    r"(?:(?<=\d \()|(?<=llama \()|(?<=\d was )|(?<=\d were )|(?<=llama was )|(?<=\db was )|"
    r"(?<=\d, which was )|(?<=llama, which was ))(?:(?:officially|first|formally|publicly) )?"
    r"announced(?=(?: [\w-]+){0,4}? (?:on|in) (?:(?:early|mid|late)[\s-]+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:19|20)\d\d)\b)|"
    r"postponed|postpones|postponing|drift(?:s|ed|ing)? (?:toward|towards|to|into)|"
    r"rescheduled|reschedules|"
    r"scheduled|planned|coming|put out|land|lands|landed|landing|dropped|hit|hits|"
    r"open[\s-]sourced|gave us|brought us|delay|postponement)\b"
)
#: verbs that date a statement, not the release ("In 2023, Mark announced …")
SPEECH_VERB = _rx(
    # "announced the launch of X" is the launch itself: its day is the release day
    r"\b(?:(?:announced|announces)(?! the (?:official |general |public |wide |open[\s-]source )?"
    r"(?:launch|release|availability|rollout|debut) of\b)|said|says|confirmed|confirms|"
    r"revealed|reveals|told|"
    r"stated|reported|"
    r"wrote|noted|explained|teased|hinted|discussed|shared|unveiled plans|"
    # "By May 2025, reports emerged that …": the day the news came out
    r"(?:reports?|news|word|rumou?rs?) (?:have |had |soon |then )?(?:emerged|surfaced|"
    r"circulated|broke|spread|got out))\b"
)
#: a showing that is not a release: "Meta previewed Behemoth", "teased Llama 5"
PREVIEW_VERB = _rx(
    r"\b(?:previewed|previewing|previews|teased|teasing|teases|gave (?:a|an) (?:early )?"
    r"(?:preview|glimpse|sneak peek)|(?:offered|unveiled|showed) (?:a|an) (?:early )?"
    r"(?:preview|glimpse|sneak peek))\b"
)
#: a past-tense event verb: the day it names has gone by
PAST_EVENT_VERB = _rx(
    r"\b(?:previewed|teased|unveiled|announced|revealed|introduced|showed|showcased|"
    r"released|launched|debuted|shipped|presented|demoed|detailed)\b"
)
#: words that make a release statement look forward
FUTURE_WORDS: Matcher = _rx(
    r"\b(?:will|expected|due|slated|scheduled|planned|plans?|coming|upcoming|forthcoming|"
    # "the next generation of its model", "a next-gen LLM": the model's rank, not a time
    r"next(?![\s-]+gen(?:eration)?s?\b)|later|soon|to be released|to launch|to release|would|"
    r"set to|aims?|delay\w*|"
    r"postpon\w*|push(?:ed|es|ing)? back|"
    # "pushed the launch to June", "moved its release to the fall", "slipped to May": the
    # day a launch was moved to lies ahead of the move (not "pushed to release X")
    r"(?:push(?:ed|es|ing)?|mov(?:ed|es|ing)|shift(?:ed|s|ing)?|slipp?(?:ed|s|ing)|slid|"
    r"bump(?:ed|s|ing)?)\s+(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:launch|release|"
    r"debut|rollout|roll-out|timeline)(?:\s+of\s+[^.;,]{1,40}?)?\s+|it\s+|them\s+)?"
    # "pushed the timeline to at least May": the plan's new target, however hedged
    r"(?:back\s+|out\s+|further\s+|again\s+)?(?:to|until|into)\s+(?:at\s+least\s+)?"
    r"(?:the\s+)?(?:early|late|"
    r"mid|end|next|this|\d|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|spring|summer|fall|autumn|winter|q[1-4]|first|second|third|"
    r"fourth)"
    r")\b"
)

#: the places a released model is downloaded from or served on: a model said to be on one
#: of them, or one of them said to offer it, is out ("X is already live on Hugging Face",
#: "Bedrock offers two Meta models"). A device, a chip or a leaderboard is no such place
#: ("runs on a single H100", "ranks on LMArena")
DISTRIBUTION_PLATFORM = (
    r"(?:(?:the\s+)?Hugging\s?Face(?:\s+Hub)?|(?:the\s+)?(?:Hugging Face\s+)?Hub\b|"
    r"(?:www\.)?llama\.(?:com|meta\.com)|Kaggle|Ollama|GitHub|LM Studio|"
    r"(?:Amazon\s+)?(?:Bedrock|SageMaker(?:\s+JumpStart)?)|AWS|(?:Microsoft\s+)?Azure(?:\s+AI)?|"
    r"Google Cloud|(?:Google\s+)?Vertex(?:\s+AI)?|Model Garden|Databricks|Snowflake|Groq|"
    r"Together(?:\s+AI)?|Fireworks(?:\s+AI)?|Replicate|Cloudflare(?:\s+Workers\s+AI)?|"
    r"(?:IBM\s+)?watsonx(?:\.ai)?|NVIDIA NIM|OpenRouter|Cerebras|SambaNova|Oracle Cloud|"
    r"Dell Enterprise Hub)"
)
#: the cheap test a sentence passes before the platform patterns are tried (lower-cased)
PLATFORM_KEYS = (
    "hugging", "hub", "llama.com", "llama.meta", "kaggle", "ollama", "lm studio", "bedrock",
    "sagemaker", "aws", "azure", "google cloud", "vertex", "model garden", "databricks",
    "snowflake", "groq", "together", "fireworks", "replicate", "cloudflare", "watsonx",
    "nvidia nim", "openrouter", "cerebras", "sambanova", "oracle",
)  # fmt: skip
#: the verbs by which a provider or the maker puts a named model in people's hands:
#: "Bedrock offers two Meta models: …", "Together AI provides serverless access to X",
#: "since August, Meta has offered X", "Groq now hosts X" (the object, a model's
#: name, is checked where the pattern is used; a preview, a beta or early access is not a
#: release: "offers early access to X")
OFFERS_MODEL = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+(?:(?:also|now|long|since|already)\s+)?)?"
    r"(?:offers|offered|hosts|hosted|serves|served|"
    r"(?:provides|provided|gives|gave|offers|offered)\s+(?:(?:managed|instant|immediate|direct|"
    r"full|open|free|easy|public|API|serverless|on-demand)\s+){0,2}access\s+to)\s+"
    r"(?!(?:an?\s+)?(?:early|limited|preview|beta|select|selected|private|restricted|"
    r"exclusive|sneak|first\s+look|glimpse)\b)"
    # the words before the name: "Meta's", "both", "two Llama 4 models:"
    r"(?:(?:Meta['’]s|the|its|both|all|two|three|four|five|several|its\s+own)\s+)*"
    r"(?:(?:[\w.-]+\s+){0,2}?(?:models?|variants?|versions?)\s*:\s*)?",
    re.I,
)
OFFERS_KEYS = ("offer", "host", "serve", "access to")
#: a model said to stand on a platform, in the present: "X and Y are already roaming free
#: on sites such as Hugging Face", "X is live on Groq",
#: "X is hosted by Together AI", "X is up on the Hub". The name is right before (checked
#: where it is used); "is coming to", "is expected on", "is training on" are not here, and
#: neither is any tense but the present
ON_PLATFORM = re.compile(
    r"\s+(?:is|are|'s|'re|’s|’re)\s+(?:(?:already|now|also|currently|readily|freely|widely|"
    r"publicly|officially|finally|all)\s+)*"
    r"(?:(?:live|up|hosted|listed|accessible|downloadable|served|offered|(?:running|trotting|"
    r"roaming|sitting|living|trending|circulating)(?:\s+(?:free|around|wild|loose))?)\s+)?"
    r"(?:on|across|via|through|at|from|by)\s+(?:(?:platforms?|services?|providers?|sites?|"
    r"hubs?|clouds?)\s+(?:like|such as|including)\s+)?" + DISTRIBUTION_PLATFORM + r"(?![\w-])",
    re.I,
)
#: the reader of a guide, told what to do with a model: "You can download X from llama.com",
#: "you can find X on the Hub" (a condition or a plan before it is tested where it is used)
YOU_CAN_GET = re.compile(
    r"(?<![\w-])(?:you|developers|anyone|users|everyone)\s+can\s+(?:now\s+|already\s+|"
    r"also\s+|today\s+)?(?:download|find|grab|get|access|pull|fetch|try|use|run)\s+"
    r"(?:(?:Meta['’]s|the|all|both)\s+)*",
    re.I,
)

# --- openness -----------------------------------------------------------------------------

OPEN_WEIGHTS: Matcher = _rx(
    B_START + r"(?:open[\s-]weights?|open[\s-]access|openly[\s-](?:available|released|licensed|"
    r"distributed|shared|downloadable)|(?<=released )openly\b|"
    r"weights (?:are |were |is |remain |will be )?(?:now |still )?(?:publicly |"
    r"freely |openly )?(?:available|released|downloadable|published|on Hugging Face)|"
    r"(?:available|free) (?:now |today )?(?:for|to) (?:free |direct |public )?download|"
    r"(?:for|via|through) (?:free |direct |public )?download|downloadable|"
    # the verb made a noun or a decision taken ("the open-sourcing of Code Llama", "by
    # open-sourcing this LLM", "Meta's decision to open-source Llama 2", "chose to open
    # source it"): the reader wants a model as the object
    r"(?:(?:the|its|their|meta['’]s)\s+)?open[\s-]sourcing\s+of|(?<=\bby )open[\s-]sourcing|"
    r"(?:decision|decided|chose|opted) to open[\s-]source|"
    r"open[\s-]?source[d]?(?![\s-]+(?:Initiative|definition|community|movement|"
    r"AI\b(?![\s-]+(?:model|LLM|system))|software|"
    r"advocates|purists|world|ecosystem|licen|label|sense|crowd|projects?))|"
    # "a new wave of its open AI models": "open AI" after the maker's possessive
    # (not "Open AI models", a misspelt rival lab)
    r"(?:(?<=\bits )|(?<=\btheir )|(?<=meta's )|(?<=meta’s ))open ai (?:model|llm|system)s?\b|"
    # (not "the Open LLM Leaderboard", a page that ranks models, whatever their rung)
    r"open (?:model|LLM|release|foundation model|language model)s?(?![\s-]+(?:leaderboards?|"
    r"arenas?|rankings?)\b)|"
    r"(?:download|grab|get|fetch|pull)\w* (?:the |its |their )?(?:model |public )?weights|"
    r"(?:can|could|may) (?:now |still )?be (?:freely )?(?:downloaded|fetched|self-hosted)|"
    r"(?:weights|files) (?:can|could) be (?:downloaded|fetched)|"
    # the weights as the object of a verb of putting out ("Meta released weights for two
    # new models", "released the model weights openly", "ships the weights under a custom
    # licence", "distributed the weights through its website", "the release of the
    # weights"): downloadable is what putting them out means (a release to researchers
    # only is read as that rung, which the reader lets win in the same statement)
    # ("shared weights", "distributes weights across GPUs" are how a network or a cluster
    # holds them: those two verbs need a determiner, and no verb reads "across" after)
    r"(?:(?:releas(?:ed|es|ing)|(?<![\w-])release|publish(?:ed|es|ing)|post(?:ed|s|ing)|"
    r"upload(?:ed|s|ing)|ship(?:ped|s|ping)|open[\s-]sourc(?:ed|es|ing)|put(?:s|ting)? out|"
    r"drop(?:ped|s)) (?:(?:the|its|their|all|full|complete|trained|public|model|model's|"
    r"model’s|[\w.-]+['’]s) ){0,3}|(?:shar(?:ed|es|ing)|distribut(?:ed|es|ing)) (?:the|its|"
    r"their|all|[\w.-]+['’]s) (?:(?:full|complete|trained|public|model|model's|model’s) )?)"
    r"weights(?!\s+(?:across|between|among|over|onto|evenly|per)\b)|"
    r"release of (?:the |its |their )?(?:model )?weights|"
    # "all models are released with weights", "is expected to arrive with weights"
    r"(?:released|ships|shipped|comes|came|arriv(?:e|es|ed|ing)) with (?:its |their |the |"
    r"full |downloadable )?"
    r"(?:model )?weights|"
    r"(?:free|free of charge|available (?:free(?: of charge)?|for free)|freely available)"
    r" (?:to use )?for (?:both )?(?:ai |academic )?(?:research and commercial|commercial and "
    r"research) (?:use|purposes)|"
    # a bare "open" in scare quotes after "as" ("released these models as “open,” but …"):
    # the reader keeps it only where a release verb governs the "as"
    r"(?<=\bas [“\"‘'])open(?=[,.]?[”\"’'])|(?<=\bas a [“\"‘'])open(?=[,.]?[”\"’'])|"
    r"openly available|freely available|weights (?:went up|are up|were posted|were uploaded|"
    r"landed)|open for anyone to download)" + B_END
)
RESEARCH_ONLY: Matcher = _rx(
    r"\b(?:research[\s-]only|(?:for|to) (?:non-?commercial )?(?:academic )?research(?:ers)?"
    r"(?: purposes| use)? only|only (?:to|for) (?:academic )?research(?:ers)?|"
    r"(?:intended|available|accessible|released|restricted|limited|granted|offered|given) "
    # "offered to download and run for research use": the verbs between change nothing
    r"(?:to (?:download|use|access)(?: and (?:use|study|run))? )?"
    r"(?:only )?(?:for|to) (?:(?:approved|vetted|select(?:ed)?|qualified) )?(?:academic )?"
    r"(?:researchers|research(?: use| purposes)?|the (?:AI |ML |academic |scientific |wider |"
    r"broader )?research community)"
    # "accessible to researchers and developers", "for research and commercial use": the
    # researchers are one audience among others, no restriction
    r"(?!,? (?:and|&|or|as well as) (?:[\w-]+ )?(?:developers|commercial|businesses|"
    r"enterprises|companies|the public|everyone|anyone|hobbyists|startups|engineers|"
    r"industry|consumers|users|builders|creators|practitioners))|"
    r"non-?commercial (?:research )?licen[cs]e|research licen[cs]e|"
    # "previously only given to approved researchers", "restricting access to researchers",
    # "access … exclusively to research institutions"
    r"(?:only|exclusively) (?:given|granted|offered|available|released|provided|shared|"
    r"distributed) (?:to|for) (?:[\w-]+,? ){0,4}?(?:approved |vetted |select(?:ed)? |"
    r"qualified |trusted )?(?:academic )?researchers|"
    # the audience told by what its members do or who let them in ("but only to those who
    # would do research with it", "only available to those approved by Meta", "weights
    # released to researchers"): a gate around research, not a download for anyone
    r"only (?:(?:available|given|offered|granted|released|provided|shared|accessible|open) )?"
    r"(?:to|for) (?:those|people|anyone|groups|organi[sz]ations|institutions|applicants|"
    r"parties|users)(?: (?:who|that) (?:(?:would|will|want to|wish to|plan to|intend to|"
    r"are|were|could|can) )?(?:do|doing|conduct|conducting|perform|performing|pursue|"
    r"pursuing|carry out|carrying out|engage in|engaged in|use (?:it |them )?(?:for|in)|using "
    r"(?:it |them )?(?:for|in)) (?:[\w-]+ )?research|"
    r"(?: (?:who|that) (?:are|were|had been|have been|get|got))? (?:approved|vetted|"
    r"selected|hand-?picked|whitelisted) by)|"
    r"(?:releas(?:ed|es|ing)|shar(?:ed|es|ing)|gave|giv(?:es|ing)|offer(?:ed|s|ing)|"
    r"distribut(?:ed|es|ing)) (?:(?:the|its|their|model|model's|model’s|[\w.-]+['’]s) ){0,3}"
    r"weights (?:(?:of|for) [\w.-]+(?: [\w.-]+){0,2} )?(?:only )?(?:to|for|with) "
    r"(?:(?:approved|vetted|select(?:ed)?|qualified|"
    r"academic) )*(?:researchers|academics|the (?:AI |academic |scientific )?research "
    r"community)(?!,? (?:and|&|or|as well as) )|"
    r"restrict\w* (?:its |the )?access to (?:approved |vetted |select(?:ed)? |qualified )?"
    r"(?:academic )?researchers|"
    r"access (?:[\w-]+ ){0,6}?exclusively (?:to|for) (?:academic |approved )?(?:researchers|"
    r"academics|research (?:institutions|organi[sz]ations|labs|groups))|"
    r"(?:on request|case-by-case basis) (?:to|for) (?:academic )?researchers|"
    # access asked for by researchers ("required individual researchers to request access",
    # "a package anyone in the research community can apply for access to"): gated, not open
    # (not "developers and researchers can request access": one audience among others)
    r"(?<!and )(?<!or )(?<!, )(?:(?:individual|academic|approved|interested) )?researchers "
    r"(?:to |can |could |may |must |had to |have to |needed to |were able to )?"
    r"(?:request|apply for) access\b|"
    r"anyone in the (?:AI |ML |research |academic |scientific )(?:research )?(?:community|field) "
    r"(?:can|could|may) (?:request|apply for) access\b|"
    r"(?:designed|built|meant) to help (?:academic )?researchers(?! and)|"
    r"as an? research (?:model|release|project|artefact|artifact|preview))\b"
)
CLOSED: Matcher = _rx(
    r"\b(?:closed[\s-]source[d]?|closed[\s-]weights?|closed (?:(?:commercial|frontier|flagship|"
    r"foundation|language|reasoning|multimodal|AI) )?(?:model|LLM|system|release|"
    r"AI model)s?|proprietary|API[\s-]only|only (?:available )?(?:through|via) (?:an? |its |"
    r"the )?API|internal[\s-]only|(?:for )?internal use only|"
    # "keeps the Muse Spark weights in-house": the owner's name may run to three words
    r"keep(?:s|ing)? (?:the |its |their )?(?:[\w.-]+(?: [\w.-]+){0,2}['’]?s? )?"
    r"weights (?:of (?:the |its )?[\w.-]+(?: [\w.-]+)? )?(?:private|internal|secret|closed|"
    r"in-house|to itself|to themselves|under wraps|locked (?:away|up|down))|"
    r"withh(?:o|e)ld(?:s|ing)? (?:the |its |their )?(?:[\w.-]+['’]s? )?weights|"
    # "the weights for X remain restricted", "its weights stay private", "weights are kept
    # in-house": the weights held back (not "restricted by a licence", "restricted to
    # researchers", which are a licence's terms and the research rung)
    r"weights (?:(?:of|for) (?:the |its |their )?[\w.-]+(?: [\w.-]+){0,2} )?"
    r"(?:remain|remains|stay|stays|are|is|were|will remain|will stay|(?:are|is|were|will be|"
    r"have been|has been|are being) kept) (?:still |largely |tightly |strictly |firmly )?"
    r"(?:restricted(?! (?:by|under|to|for|from|in|on|with)\b)|restricted to (?:Meta|the "
    r"company|its (?:own )?(?:staff|employees|teams|apps|products))\b|private|in-house|internal|"
    r"secret|under wraps|proprietary|locked(?: (?:away|up|down))?)|"
    r"weights (?:will )?(?:not be|won't"
    r" be|aren't|are not|were not|will never be|remain not) (?:publicly |openly |freely )?"
    r"(?:released|published|made available|shared|open|available|downloadable|public)"
    r"(?! (?:yet|until|before|at launch|initially|right away|immediately)\b)|"
    # "developers cannot download weights": no one outside gets them
    r"(?:cannot|can't|can’t|can not) (?:(?!yet\b)\w+ )?(?:download|obtain|access) "
    r"(?:the |its |their )?(?:model(?:['’]s)? )?weights|"
    r"(?:not|never) (?:be )?open[\s-]sourced|won't (?:be )?open[\s-]source[d]?|"
    r"no longer (?:be )?(?:open|open[\s-]source[d]?|open[\s-]weights?|released openly)|"
    # "is not being released as open weights", "will not ship with open weights", "won't be
    # made available as open source": a release denied its open rung (not "has never been
    # made available as open source", said of a model that is not out at all)
    r"(?:not|n't) (?:be |being )?(?:released|shipped|ship|shipping|launched|"
    r"made available|published|offered) (?:openly|publicly|as (?:an? )?open|"
    r"with (?:open|public|downloadable) weights)|will not release (?:the |its )?weights|"
    r"won't release (?:the |its )?weights|"
    # "with no plans to release weights", "no immediate plans for public weights"
    r"no (?:immediate |current |near-term )?plans? (?:to (?:release|publish|open[\s-]source|"
    r"share)|for (?:releasing|publishing)?) ?(?:the |its |any |public |open |downloadable )?"
    r"(?:model )?weights|(?:stay|stays|remain|remains|be kept|kept|keep|is|are|"
    # (the word between is no denial: "is not closed" says nothing of the rung)
    r"be|being|was|were|go|goes|going|went|turn|turns) (?:(?!not |never )\w+ )?closed"
    r"(?![\s-]+(?:up|down|"
    r"to|on|at|in|for|off|out|the|a|its|their|source|weights?|model|models)\b)|"
    r"offered only through|only (?:through|via) (?:its |Meta's )?(?:own )?(?:apps|API|products)"
    r"|without (?:public |open |downloadable )?weights|"
    # "it is not open weights", "Muse Spark isn't an open-weight model": the weights are
    # withheld (a denial of "open source" alone is the licence debate and says nothing)
    r"(?:is|are|was|were|will be)(?:n't| not)\s+(?:an?\s+)?open[\s-]weights?"
    r"(?:\s+(?:model|release|LLM)s?)?(?![\s-]+(?:in|by|under)\b)|"
    # "a closed, monetizable model with the codename Avocado": the model named is closed
    r"closed,\s+(?:[\w-]+,?\s+){1,3}?(?:model|LLM|system)s?"
    r"(?=\s+(?:with the code ?name|codenamed|code-named|called|named|dubbed|known as)\b))\b"
)
#: "closed" said of a trend or of others, not of the model
CLOSED_CONTEXT_BLOCK = _rx(
    r"(?:compared (?:with|to)|leading|mov\w*|shift\w*|pivot\w*|turn\w*|transition\w*|toward|"
    r"towards|away from|"
    r"alternatives? to|than|versus|vs\.?|against|rivals?|competitors?|compete with|"
    r"like|unlike|other|most|many)\s+(?:a |an |the |more |other |its |to |toward |towards )?"
    r"[\"']?$"
)
#: "not (truly) open source": a denial of a rung, never evidence of "closed"
#: "offered LLaMA to researchers", "gave the model to approved academics": a release to a
#: group (the audience says nothing of the openness rung by itself)
OFFERED_TO_GROUP = _rx(
    r"\b(?:offered|granted|gave|provided)\s+(?!to\b|access\b)(?:[\w.’'-]+\s+){1,3}?to\s+"
    r"(?:(?:select|selected|approved|vetted|qualified|academic|outside)\s+)?"
    r"(?:researchers|academics|developers)\b"
)
#: "accepts text and a single image as input": an input list with a determiner inside
MODALITY_INPUT_PAIR = re.compile(
    r"\b(?:accept|accepts|accepting|take|takes|taking)\s+(?:both\s+)?(?P<first>text|images?)"
    r"\s+(?:and|plus)\s+(?:an?\s+|one\s+|a\s+single\s+|one\s+or\s+more\s+|multiple\s+|"
    r"several\s+)(?P<second>images?|text)\s+(?:as\s+)?inputs?\b",
    re.I,
)
#: a sentence about a leak: "the weights leaked", "a torrent of the model"
LEAK: Matcher = _rx(r"\b(?:leak(?:s|ed|ing)?|torrents?|bittorrent)\b")
NOT_OPEN = _rx(r"\b(?:not|never|isn't|aren't|wasn't|n't)\s*[:—–-]?\s+(?:\w+\s+){0,2}$")

# --- architecture, modalities, licence -----------------------------------------------------

MOE: Matcher = _rx(
    B_START + r"(?:mixture[\s-]of[\s-]experts?|MoE|sparse experts?|mixed[\s-]experts?)" + B_END
)
DENSE: Matcher = _rx(
    r"\bdense\b(?![\s-]+(?:layers?|blocks?|attention|FFN|feed))"
    r"(?![\s-]+(?:retrieval|embeddings?|vectors?|passage|captioning|prediction|search)\b)"
    # "a dense 12B multimodal safety model": up to three words between it and the noun
    r"(?=[\s-]+(?:[\w-]+[\s-]+){0,3}(?:model|classifier|architecture|transformer|LLM|decoder|variant|version|"
    r"network|family|families|generation|series|lineup)|\s*[,.;)]|\s*$|"
    # "a 12B dense (not a MoE!) model": the aside denies the other design
    r"\s*\(\s*(?:not|no|non)\b)"
)
MODALITY_WORD = (
    r"(?:text|texts|image|images|audio|video|videos|speech|voice|visual inputs?|vision|photos?|"
    r"pictures)"
)
MODALITY_LIST = _rx(
    # "text, images, even videos", "text and images, and even video": "even" stretches the
    # list to one more item (not "and soon, even video": a plan, which stops the list)
    r"\b" + MODALITY_WORD + r"(?:\s*(?:,\s*(?:and\s+|or\s+)?(?:even\s+)?|\s+and\s+(?:even\s+)?|"
    r"\s+or\s+|\s*&\s*|\s*/\s*|"
    r"\s+as well as\s+|\s+plus\s+|\s*\+\s*|\s+alongside\s+|\s+along with\s+|"
    r"\s+together with\s+|\s+in addition to\s+|\s+besides\s+|"
    # "not only text but also images": the first item stays in the list
    r"\s*,?\s+but\s+also\s+)" + MODALITY_WORD + r")+\b"
)
MODALITY_CUE: Matcher = _rx(
    # "work across formats: text, images, even videos": the formats it works across
    r"\b(?:inputs?|moderat\w*|classif\w*|support\w*|work\w* with|work\w* across|take|takes|taking|"
    r"understand\w*|process\w*|accept\w*|take\w* in|reason\w* (?:over|about|"
    r"across)|multi-?modal\w*|modalit\w*|perceiv\w*|read\w*|interpret\w*|handl\w*|ingest\w*|"
    r"analy[sz]\w*|comprehen\w*|see|hear)\b"
)
MODALITY_BLOCK = _rx(
    r"\b(?:generat\w*|output\w*|produc\w*|creat\w*|synthes\w*|text-to-|image generation|"
    r"speech synthesis)\b"
)
#: "trained on mountains of text, images and video", "training data of text and images":
#: what the model learnt from, not what it takes as input
MODALITY_TRAINING = _rx(
    r"\b(?:(?:pre-?)?train(?:ed|ing|s)?\s+(?:it\s+|them\s+)?(?:on|with|from)|"
    r"training\s+(?:data|set|corpus|mix)|(?:pre-?)?training)\b[^.;:]{0,40}$"
)
TEXT_ONLY = _rx(
    r"\btext[\s-]only\b|\b(?:takes?|accepts?|supports?|handles?) text (?:as )?inputs?\b|"
    r"\binputs? (?:is|are) text\b(?! and| or|,)|"
    r"\b(?:accepts?|takes?|handles?|supports?|processes|reads?) (?:only|just)"
    r" text\b|\btext (?:input )?only\b|\bonly text\b(?! and| or|,)"
)

LICENSE_NAME = re.compile(
    r"(?i:Llama)[\s\-_]?(?P<version>\d+(?:\.\d+)?)(?:'s)?\s+(?i:community\s+)?"
    r"(?i:licen[cs]e|acceptable use policy|AUP)(?:\s+(?i:agreement))?"
)
COMMUNITY_LICENSE = _rx(r"\bcommunity licen[cs]e\b")
SPDX_LICENSES: tuple[tuple[_Lowered | re.Pattern[str], str], ...] = (
    (_rx(r"\bApache(?: License)?,?\s*(?:v(?:ersion)?\s*)?2(?:\.0)?\b"), "apache-2.0"),
    (_rx(r"\bMIT licen[cs]e\b|\bunder (?:the )?MIT\b"), "mit"),
    (_rx(r"\bCC[\s-]BY[\s-]NC[\s-]SA[\s-]4\.0\b"), "cc-by-nc-sa-4.0"),
    (_rx(r"\bCC[\s-]BY[\s-]NC[\s-]4\.0\b"), "cc-by-nc-4.0"),
    (_rx(r"\bCC[\s-]BY[\s-]4\.0\b"), "cc-by-4.0"),
    (_rx(r"\bGPL[\s-]?v?3(?:\.0)?\b"), "gpl-3.0"),
    (_rx(r"\bBSD[\s-]3[\s-]Clause\b"), "bsd-3-clause"),
    (
        _rx(r"\bproprietary licen[cs]e\b|\bcommercial licen[cs]e\b(?=[^.]*\bproprietary)"),
        "proprietary",
    ),
)
#: a model's own licence, named through the model ("its license", "whose license")
OWN_LICENSE = _rx(r"\b(?:its|whose|their|the model's)\s+(?:own\s+|new\s+|current\s+)?licen[cs]e\b")
#: other developers' model names, for telling their statements from Meta's
OTHER_MODEL = re.compile(
    r"\b(?:GPT-?\d[\w.-]*|ChatGPT|Gemini|Claude|Qwen[\w.-]*|DeepSeek[\w.-]*|Mistral|Mixtral|"
    r"Grok|Gemma|Phi-\d|Falcon|PaLM|o\d(?:-mini)?|OLMo[\w.-]*|Nemotron[\w.-]*|Kimi|GLM-?\d[\w.-]*|"
    r"ChatGLM|Baichuan|InternLM|Yi-\d[\w.-]*|DBRX|Jamba|Command R\+?|Granite|Ernie|ERNIE|"
    r"Hunyuan|MiniMax|Pixtral|Codestral|StableLM|Vicuna|Alpaca|WizardLM|Zephyr|StarCoder\d?|"
    r"BLOOM|Bard|Copilot|Sonnet|Opus)\b"
)
NONCOMMERCIAL_LICENSE = _rx(
    r"\b(?:non-?commercial(?: research)? licen[cs]e|research(?:-only)? licen[cs]e)\b"
)

# --- anaphora and comparisons ---------------------------------------------------------------

#: words before a mention that make it a baseline or comparison, not the subject
BASELINE_BEFORE: Matcher = _rx(
    r"(?:\bthan|\bover(?: the)?|\bvs\.?|\bversus|\bcompared (?:to|with)|\bcomparison (?:to|with)"
    r"|\brelative to|\bpredecessors?(?: like| such as| including)?|\bunlike|\bthat of|"
    r"\b(?:performs?|performing|does|scores?|scoring|works?|fares?|competes?)\s+(?:about\s+|"
    r"roughly\s+|nearly\s+|almost\s+|just\s+)?as well as|\bas (?:good|strong|capable) as|"
    r"\bcomparable to|\bcompetitive with|\bheld its own against|\bagainst|\bpruned from|"
    r"\b(?:training|fine-?tuning|version|variant|fork|derivative|distillation|performance|"
    r"quality|level|capabilities|results|scores?|approach|design|recipe|footsteps) of|"
    r"\b(?:twice|double|triple|half|\w+ times)\s+(?:what|that of|the)?\s*|"
    r"\b(?:up from|down from|from|vs\.?|versus|compared (?:to|with))\s+[\w.~,]+(?:\s+\w+)?\s+"
    r"(?:in|with|for|on|of)|"
    r"\bfine-?tuned (?:on|from)|\bbased on|"
    r"(?:\bbuil(?:t|ds?)|(?<=[\w,] )building) (?:on|upon)(?: top of)?|"
    r"\bderived from|"
    r"\bdistilled (?:from|into)|\boutperform\w*|\bbeats?|\bbeating|\bsurpass\w*|"
    r"\bsuccessor (?:to|of)|\breplac\w*|\bupgrade (?:over|from)|\bup from|\bimprovements? over|"
    r"\bsimilar to|\bas with|\bmatch\w*|\brival\w*|\bon par with|\bahead of|\bbehind|"
    r"\btrails?|\btrailing|\bfrom)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?"
    r"(?:original\s+|earlier\s+|previous\s+|older\s+|smallest\s+|largest\s+|smaller\s+|"
    r"much\s+|far\s+|even\s+|significantly\s+|considerably\s+|"
    r"larger\s+|first\s+|base\s+|instruct\s+|[\d.]+\s?[bm]\s+|"
    # "can rival an older 405-billion-parameter Llama 3.1": a size adjective
    r"[\d.]+[\s-](?:billion|million|trillion)[\s-]param\w*\s+)*$"
)
#: a strong reference back to the model in focus
ANAPHOR_STRONG: Matcher = _rx(
    r"\b(?:(?:these|those|both|the two|all three|all four|all)\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?:models|LLMs|versions|variants|checkpoints)|the model|this model|that model|"
    r"these models|those models|both models|the models|"
    r"both|each|they|them|their|the (?:new |latest |larger |smaller |bigger |biggest |largest |"
    r"smallest |base |instruct |instruction[\s-]tuned |pre-?trained |fine-?tuned |chat |"
    r"flagship |open |two |three )+(?:model|models|one|ones|version|versions|variant|variants|"
    r"release)|the (?:context window|context length|licen[cs]e|architecture|parameter count)|"
    r"the (?:collection|lineup|suite|series|herd|family|launch|rollout|debut|release date|"
    r"classifier|checkpoint|assistant)|"
    r"every (?:member|size|variant|model)|"
    r"each (?:member|size|variant|model)|all (?:three |four |two )?sizes|"
    r"the release|this release|the family's newest|the weights|its weights|the checkpoints?|"
    r"it|its)\b"
)
#: a weak reference ("models", "weights") that only counts without any other subject
ANAPHOR_WEAK = _rx(
    r"(?:^(?!(?:a|an|another|some|any|no|one|such)\s)|\b(?:the|these|those|its|their|both|all|"
    r"our|new|eight|six|seven|two|three|four|five|"
    r"nine|ten|twelve|\d+)\s+)(?:[\w,-]+\s+){0,3}?(?:models?|weights|checkpoints?|variants?|"
    r"versions?|LLMs?)\b"
)
LARGER_ONE = _rx(r"\bthe (?:larger|bigger|biggest|largest) (?:one|model|version|variant)\b")
SMALLER_ONE = _rx(r"\bthe (?:smaller|smallest|tiny|tinier) (?:one|model|version|variant)\b")
#: other developers, whose models are out of scope
OTHER_COMPANIES = _rx(
    r"\b(?:OpenAI|Google|DeepMind|Anthropic|Microsoft|Mistral|DeepSeek|Alibaba|Qwen|xAI|"
    r"Apple|Amazon|Nvidia|NVIDIA|IBM|Cohere|Baidu|Tencent|Samsung|Stability|Hugging Face's|"
    r"Moonshot|Zhipu|Databricks|Snowflake|AI2|Allen Institute|AI21|MosaicML|EleutherAI|"
    r"Perplexity|Inflection|Reka|ByteDance|Huawei|Stanford)\b",
    0,
)
OTHER_MODEL_NAMES = frozenset(
    {
        "gpt",
        "chatgpt",
        "gemini",
        "claude",
        "mistral",
        "mixtral",
        "qwen",
        "deepseek",
        "grok",
        "phi",
        "gemma",
        "falcon",
        "mpt",
        "bert",
        "the",
        "it",
        "this",
        "that",
        "meta",
        "facebook",
        "model",
        "models",
        "llama",
        "ai",
        "a",
        "an",
        "our",
        "its",
    }
)


# --- other languages ------------------------------------------------------------------------
# The word lists of extractors/languages.py, compiled into a second pattern beside each
# English one. The second runs only on text holding one of its words' literal keys, so an
# English sentence costs one cheap key test more and reads exactly as before.


class _Bilingual:
    """An English pattern and the same cue in other languages, searched as one pattern."""

    __slots__ = ("_gate", "english", "foreign", "pattern")

    def __init__(self, english: Matcher, foreign: str, keys: tuple[str, ...]):
        self.english = english
        self.pattern = english.pattern
        self.foreign = _Lowered(foreign) if foreign and keys else None
        # no boundary test in the gate: literals alone are scanned fastest
        self._gate = key_pattern(keys) if keys else None

    def _foreign_for(self, text: str) -> _Lowered | None:
        if self.foreign is None or self._gate is None or not languages.reading_other_language():
            return None
        return self.foreign if self._gate.search(text.lower()) else None

    def search(self, text: str, pos: int = 0, /) -> re.Match[str] | None:
        found = self.english.search(text, pos)
        foreign = self._foreign_for(text)
        if foreign is None:
            return found
        other = foreign.search(text, pos)
        if found is None or (other is not None and other.start() < found.start()):
            return other
        return found

    def match(self, text: str, pos: int = 0, /) -> re.Match[str] | None:
        found = self.english.match(text, pos)
        if found is not None:
            return found
        foreign = self._foreign_for(text)
        return foreign.match(text, pos) if foreign is not None else None

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]:
        foreign = self._foreign_for(text)
        if foreign is None:
            return iter(self.english.finditer(text))
        english = list(self.english.finditer(text))
        extra = [
            m
            for m in foreign.finditer(text)
            if not any(e.start() < m.end() and m.start() < e.end() for e in english)
        ]
        return iter(sorted(english + extra, key=lambda m: m.start()))


def _with_languages(pattern: Matcher, *kinds: str) -> _Bilingual:
    english: Matcher = pattern.english if isinstance(pattern, _Bilingual) else pattern
    sources = [languages.alternation(kind) for kind in kinds]
    keys = tuple(sorted({k for kind in kinds for k in languages.gate_keys(kind)}))
    return _Bilingual(english, "|".join(s for s in sources if s), keys)


SHELVED = _with_languages(SHELVED, "shelved")
RELEASED = _with_languages(RELEASED, "released")
UPCOMING = _with_languages(UPCOMING, "upcoming")
OPEN_WEIGHTS = _with_languages(OPEN_WEIGHTS, "open_weights")
CLOSED = _with_languages(CLOSED, "closed")
RESEARCH_ONLY = _with_languages(RESEARCH_ONLY, "research_only")
ATTRIBUTION = _with_languages(ATTRIBUTION, "attribution")
HEDGE = _with_languages(HEDGE, "hedge")
FUTURE_WORDS = _with_languages(FUTURE_WORDS, "future")
LEAK = _with_languages(LEAK, "leak")
ANAPHOR_STRONG = _with_languages(ANAPHOR_STRONG, "anaphors")
#: a date after a release verb or noun of another language dates the release
RELEASE_DATE_TRIGGER = _with_languages(
    RELEASE_DATE_TRIGGER, "released", "upcoming", "release_nouns"
)
#: a denial in another language just before a trigger ("nicht", "não", "尚未", "不")
#: (the words of a longer verb phrase may stand between: "n'a pas retenu l'architecture
#: …", "no eligió una arquitectura de …"; "nicht nur", "pas
#: seulement", "no solo" are "not only", no denial)
FOREIGN_NEGATION_BEFORE = _Lowered(
    r"(?:(?<![\w'’])(?:"
    # (the Spanish record's "no" stands only before a verb: in Portuguese "no" is "in the",
    # "no formato MoE", "no site")
    + "|".join(languages.words("negation", spaced=True))
    + r")"
    r"(?![\w])(?!\s+(?:nur|seulement|uniquement|solo|sólo|solamente|só|apenas)\b)"
    r"[\w\s,'’\"«»-]{0,50}\(?$)|(?:(?:"
    + "|".join(languages.words("negation", spaced=False))
    + r")(?:正式|完全|再)?\s?$)"
)
#: "ein Paper zu LLaMA veröffentlicht": a paper or report of another language was published
FOREIGN_ARTEFACT_BEFORE = _Lowered(
    r"(?:(?<![\w])(?:"
    + "|".join(languages.words("artefacts", spaced=True))
    + r")(?![\w])[^.;,:]{0,30}$)|(?:(?:"
    + "|".join(languages.words("artefacts", spaced=False))
    + r")[^。，,]{0,12}$)"
)
#: "mejor que Llama 3", "比 Llama 2": a name after these is a comparison, not the subject
BASELINE_BEFORE = _Bilingual(
    BASELINE_BEFORE,
    r"(?:(?<![\w])(?:"
    + "|".join(languages.words("baseline_before", spaced=True))
    + r")|(?:"
    + "|".join(languages.words("baseline_before", spaced=False))
    + r"))\s*[\"“']?$",
    languages.gate_keys("baseline_before"),
)


# --- modalities in other languages ------------------------------------------------------------
#: a list of input modalities in another language ("texto e imagem", "텍스트와 이미지",
#: "文本、图像和视频", "テキストと画像"): two or more modality words and the joins between them
_FOREIGN_MODALITY_WORDS = sorted(languages.modality_names(), key=len, reverse=True)
_FOREIGN_MODALITY_ITEM = (
    r"(?:(?<![^\W\d_])(?:"
    + "|".join(w for w in _FOREIGN_MODALITY_WORDS if w[:1].isascii())
    + r")(?![^\W\d_])|(?:"
    + "|".join(w for w in _FOREIGN_MODALITY_WORDS if not w[:1].isascii())
    + r"))"
)
_SPACED_JOINS = "|".join(languages.words("modality_joins", spaced=True))
_UNSPACED_JOINS = "|".join(
    re.escape(w) if w in (",", "·") else w for w in languages.words("modality_joins", spaced=False)
)
FOREIGN_MODALITY_LIST = _Lowered(
    _FOREIGN_MODALITY_ITEM
    + r"(?:(?:\s*,\s*(?:(?:"
    + _SPACED_JOINS
    + r")\s+)?|\s+(?:"
    + _SPACED_JOINS
    + r")\s+|\s*(?:"
    + _UNSPACED_JOINS
    + r")\s*|\s*[/&+]\s*)"
    # an article before the next item ("le texte et les images", "el texto y las imágenes")
    + r"(?:(?:les|le|la|l'|des|du|el|los|las|o|a|os|as|il|lo|gli|i|die|der|das|den)\s*)?"
    + _FOREIGN_MODALITY_ITEM
    + r")+"
)
#: one modality word of another language, to name what a list holds
FOREIGN_MODALITY_NAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(word), name) for word, name in languages.modality_names().items()
)
FOREIGN_MODALITY_KEYS = languages.gate_keys("modality_words")
#: what makes a list inputs ("verarbeitet", "处理", "멀ти모달") and what makes it made or
#: learnt from ("生成", "génère", "trained on"): the English cues with those of other languages
MODALITY_CUE = _with_languages(MODALITY_CUE, "modality_cues")
#: generated, output, trained on, in other languages (a list near these is not the inputs)
FOREIGN_MODALITY_NOT_INPUT = _Lowered(
    r"生成|产出|產出|输出|輸出|出力|출력|생성|训练|訓練|学習|トレーニング|학습|훈련|"
    r"(?<![^\W\d_])(?:gener\w*|génér\w*|erzeug\w*|produz\w*|produc\w*|produi\w*|cri[ae]\w*|"
    r"crée\w*|output|sortie|ausgabe|salida|saída|entrenad\w*|treinad\w*|entraîn\w*|"
    r"trainiert\w*|addestrat\w*|datos|dados|données|daten|dati)(?![^\W\d_])"
)


# --- architecture and licence names in other languages ------------------------------------
#: mixture of experts in other languages: the Chinese, Japanese and Korean calques in either
#: order ("混合专家", "专家混合", "混合エキスパート", "混合専門家", "전문가 혼합", "혼합 전문가")
#: and the European translations ("mezcla de expertos", "mélange d'experts", "Mischung aus
#: Experten", "miscela di esperti", "mistura de especialistas")
FOREIGN_MOE_SOURCE = (
    r"混合专家|混合專家|专家混合|專家混合|混合エキスパート|エキスパート混合|混合専門家|専門家混合|"
    r"전문가\s?혼합|혼합\s?전문가|"
    r"(?<![\w])(?:mezcla de expert[oa]s|m[ée]lange d['’]experts|combinaison d['’]experts|"
    r"mischung (?:aus|von) experten|expertenmischung|miscela di esperti|"
    r"mistura de (?:especialistas|peritos))(?![\w])"
)
#: a dense model in Chinese, Japanese or Korean, always with its noun ("稠密模型", "密集架构",
#: "密なモデル", "밀집 모델"; not "计算密集型", "稠密向量"), and the English word glued to
#: such a noun ("Dense模型", "Denseモデル", "dense 모델"). The European words ("denso",
#: "dense", "dicht") are left out: real pages use them for the class a model is set against
#: ("contrairement aux modèles denses", "rispetto ai modelli densi"), rarely for the model.
FOREIGN_DENSE_SOURCE = (
    r"(?<!计算)(?<!計算)(?<!算力)(?<!资源)(?<!資源)(?<!数据)(?<!數據)(?<!劳动)(?<!勞動)"
    r"(?<!知识)(?<!知識)(?<!技术)(?<!技術)(?<!内存)(?<!显存)(?<!顯存)"
    r"(?:稠密|密集)(?:的)?\s?(?:transformer\s?)?(?:大?模型|架构|架構|结构|結構|大?语言模型|"
    r"大?語言模型)|"
    r"密な\s?(?:モデル|アーキテクチャ|構造)|デンス\s?(?:モデル|アーキテクチャ)|"
    r"밀집\s?(?:형\s?)?(?:모델|아키텍처|구조)|덴스\s?(?:모델|아키텍처)|"
    r"(?<![a-z])dense(?=\s?(?:transformer\s?)?(?:模型|架构|架構|结构|結構|モデル|アーキテクチャ|"
    r"構造|모델|아키텍처|구조))"
)
#: the literal keys one of which each of those holds (the gate before the patterns)
FOREIGN_ARCHITECTURE_KEYS = (
    "专家", "專家", "エキスパート", "専門家", "전문가", "expert", "esperti", "especialistas",
    "peritos", "稠密", "密集", "密な", "デンス", "밀집", "덴스", "dense",
)  # fmt: skip
MOE = _Bilingual(MOE, FOREIGN_MOE_SOURCE, FOREIGN_ARCHITECTURE_KEYS)
DENSE = _Bilingual(DENSE, FOREIGN_DENSE_SOURCE, FOREIGN_ARCHITECTURE_KEYS)

#: a Llama version's community licence named in another language: the version before the
#: name ("Llama 3 社区许可证", "Llama 3.2 コミュニティライセンス契約", "Llama 3.1 커뮤니티
#: 라이선스", "Llama 3 Community-Lizenz", "Licencia Comunitaria Llama 3") or after it
#: ("licencia comunitaria de Llama 3", "licence communautaire de Llama 2")
_COMMUNITY_WORD = r"(?:社区|社區|社群|コミュニティ・?|커뮤니티\s?)"
_LICENSE_NOUN_CJK = (
    r"(?:许可证|许可协议|许可|許可證|許可協議|許可|授权协议|授權協議|授权|授權|ライセンス|라이선스|"
    r"라이센스)"
)
_COMMUNITY_LICENSE_SPACED = (
    r"(?:licencia|licence|licença|licenza)\s+(?:comunitaria|communautaire|comunitária|"
    r"da comunidade|de la comunidad|de la communauté|della comunità)"
)
FOREIGN_LICENSE_NAME = re.compile(
    r"(?i:llama)[\s\-_]?(?P<version>\d+(?:\.\d+)?)\s?(?:的|の|의)?\s?(?:"
    + _COMMUNITY_WORD
    + _LICENSE_NOUN_CJK
    + r"|(?i:community)[\s-]?(?i:lizenz)|(?i:gemeinschaftslizenz))|"
    r"(?i:"
    + _COMMUNITY_LICENSE_SPACED
    + r")\s+(?:(?i:de|du|di|da|do|von)\s+)?(?:(?i:la|el|le|il|o|a)\s+)?(?:Meta\s+)?"
    r"(?i:llama)[\s\-_]?(?P<version_after>\d+(?:\.\d+)?)"
)
#: the same name with no version ("社区许可协议", "コミュニティライセンス", "커뮤니티 라이선스",
#: "licencia comunitaria", "Community-Lizenz"): the licence of whichever model it is said of
FOREIGN_COMMUNITY_LICENSE = _Lowered(
    _COMMUNITY_WORD
    + _LICENSE_NOUN_CJK
    + r"|(?<![\w])(?:"
    + _COMMUNITY_LICENSE_SPACED
    + r"|community-lizenz|gemeinschaftslizenz)(?![\w])"
)
#: the literal keys one of which any of those holds
FOREIGN_LICENSE_KEYS = (
    "许可", "許可", "授权", "授權", "ライセンス", "라이선스", "라이센스", "licen", "lizenz",
)  # fmt: skip
#: a non-commercial (research) licence named in another language ("licencia no comercial",
#: "licence non commerciale", "licenza non commerciale", "licença não comercial",
#: "nichtkommerzielle Lizenz", "非商业许可", "非商用ライセンス", "비상업적 라이선스"): the
#: licence Llama 1 was released under, and no id for any other model
FOREIGN_NONCOMMERCIAL_LICENSE = _Lowered(
    r"(?<![\w])(?:licencia no comercial|licence non[\s-]commerciale|licenza non commerciale|"
    r"licença não[\s-]comercial|nicht[\s-]?kommerzielle[nr]? lizenz|niekomercyjn\w* licencj\w*)"
    r"(?![\w])|非商业(?:性)?(?:许可|授权)|非商業(?:性)?(?:許可|授權)|非商用(?:の)?ライセンス|"
    r"비상업(?:적|용)? ?(?:라이선스|라이센스)"
)
