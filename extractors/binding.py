"""Binding stage: which model(s) a value found at a position in a sentence is said of.

The value readers find a value and its position; this stage decides its target: a
model named in the value's clause (the nearest governing name before it, else the
clause's first name), a list's subject, a name followed by a dash and its specs, or,
for a clause without a name, the model it refers back to (:mod:`focus`). It then
applies what the sentence says against that: a value said of another lab's model or
a product, a verb's own object, a status said in parentheses of a list's members, a
technical value said too far from its model, a companion named only "alongside".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from llamawatch.extractors import languages
from llamawatch.extractors import vocabulary as V
from llamawatch.extractors.choice import RELEASE_BOUND, Candidate
from llamawatch.extractors.clauses import clause_at
from llamawatch.extractors.focus import (
    RELATION_BEFORE,
    THIS_DESCRIBED_MODEL,
    ReadingState,
    all_models_opening,
    member_of_family,
    pro_drop_opening,
    refer_back,
    technical_scope,
)
from llamawatch.extractors.mentions import ELSEWHERE, VERSUS_VERB, Group, Target
from llamawatch.extractors.models import Mention, ModelCatalog
from llamawatch.extractors.scope import (
    PostScope,
    foreign_between,
    in_condition,
    object_of,
    product_subject,
    size_of_other,
    value_of_other,
)
from llamawatch.extractors.topics import PostTopics
from llamawatch.extractors.values import license_target

_MEASURE_COMPARED = re.compile(
    r"\b(?:than|(?:performance|scores?|results?|level|quality) of|approach\w*|match\w*|"
    r"rival\w*|beat\w*|outperform\w*|versus|vs|between|(?:closer|nearer) to|"
    r"compared (?:with|to))\b",
    re.I,
)
#: "closer to a dense 17B model than …", "costs what a 70B model costs": a value in an
#: indefinite noun phrase after a comparison describes a hypothetical model, no real one
_HYPOTHETICAL_LEAD = re.compile(
    r"\b(?:(?:closer|nearer) to|than(?:\s+to)?|like|as|compared (?:with|to)|versus|vs\.?|"
    r"equivalent to|similar to|what|that of)\s+an?\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
#: "positioned as a …", "billed as a …": the phrase after "as" describes the subject
_DESCRIBED_AS = re.compile(
    r"\b(?:positioned|described|billed|marketed|pitched|touted|presented|introduced|"
    r"announced|unveiled|released|launched|shipped|designed|built|conceived|planned|"
    r"intended|framed|branded)\s+as\s+an?\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_HYPOTHETICAL_TAIL = re.compile(r"[\w.,\s-]{0,30}?\b(?:models?|ones?)\b", re.I)
#: "a dense model (X, Y, Z)", "a dense model like X or Y": the names are examples of a kind
_EXAMPLES_AFTER = re.compile(
    r"[\w\s-]{0,30}?\bmodels?\b\s*(?:\(|,?\s*(?:like|such as|e\.g\.,?|including)\s)", re.I
)
#: a value, then words over a break (a dash, "plus"), then a bracket opening the names
_FAR_BRACKET = re.compile(
    r"[^()（）]*?(?:——|—|–|;|；|\bplus\b|加上|以及|sowie)[^()（）]{4,}[(（]\s*$"
)
#: "for Scout", "of Maverick" right after a value: the trailing name is whose it is
_TRAILING_OWNER = re.compile(r"[^,;:.()\[\]]{0,40}?\b(?:for|of)\s+(?:the\s+|Meta['’]s\s+)?$", re.I)
#: a value right after a comparison verb ("matches or beats the 405B") is the size
#: of what the subject is compared with
_COMPARED_OBJECT = re.compile(
    rf"(?:\b{VERSUS_VERB}|\bthan|\bversus|\bvs\.?|\bagainst)\s+"
    r"(?:(?:or|and)\s+(?:even\s+)?\w+\s+)?(?:the|a|an|its)\s+(?:much\s+)?(?:larger\s+|bigger\s+)?$",
    re.I,
)
_COMPARED_TAIL = re.compile(
    r"[\d.,]+\s?[BMTbmt]\w*(?:[\s-]+param\w*)?(?:\s+(?:[\w-]+\s+){0,2}?(?:models?|ones?|"
    r"versions?|variants?)\b|\s+(?:on|in|at|across|for|while|by|with)\b|\s*(?:[,.;)]|$))",
    re.I,
)
#: a comparison phrase in other languages, between a value and the later name it is
#: compared with: "… 70 Milliarden Parameter … im Vergleich zu den Llama 2-Modellen",
#: "… 8K 上下文长度,比 Llama 2 …"
_COMPARED_BEFORE_NAME = re.compile(
    r"\b(?:im\s+Vergleich\s+(?:zu[mr]?|mit)|verglichen\s+mit|gegenüber|"
    r"par\s+rapport\s+(?:à|aux?)|compar[ée]e?s?\s+(?:à|aux?|avec)|"
    r"en\s+comparación\s+con|comparad[oa]s?\s+(?:con|com|a|ao)|em\s+comparação\s+(?:com|a|ao)|"
    r"em\s+relação\s+(?:a|ao|aos)|rispetto\s+(?:a|al|ai|agli|alla|alle)|"
    r"in\s+confronto\s+(?:a|con)|(?:le|el|o|il)\s+(?:double|doble|dobro|doppio)\s+d[eu]?|"
    r"deux\s+fois|doppelt\s+so|das\s+Doppelte)\b|相比|相較|相较|比起|对比|對比|远超|遠超|"
    r"超过|超過|超越|优于|優於|(?<![\w])比\s*$",
    re.I,
)
#: a comparison said after the compared name: "是 Llama 2 容量的两倍" (twice Llama 2's),
#: "Llama 2 보다", "Llama 2 と比べ", "Llama 2 대비"
_COMPARED_AFTER_NAME = re.compile(
    r"\s*(?:[\w-]*\s*)?(?:相比|相較|相较|より|と比べ|と比較|보다|대비|에\s*비해|"
    r"(?:과|와)\s*비교)"
)
_COPULA_COMPARED = re.compile(r"(?:是|為|为)\s*$")
_MULTIPLE_AFTER_NAME = re.compile(
    r"\s*[^\s,，。;；:：]{0,6}?(?:飞跃|飛躍|倍|升级|升級|提升|进步|進步|突破)"
)
_NOT_OWNER = re.compile(r"\b(?:than|compared|versus|vs|unlike|like|beats?|outperform\w*)\b", re.I)
#: "<X>'s successor": what the sentence goes on to say is said of the successor ("the
#: successor to <X>, which was …" is not: a relative clause after X is X's)
_SUCCESSOR_AFTER = re.compile(
    r"\s*['’]s?\s+(?:[\w-]+\s+)?(?:successor|follow-up|sequel|replacement)\b", re.I
)
_SUCCESSOR_WORD = re.compile(r"successor|follow-up|sequel|replacement", re.I)
_SUCCESSOR_KEYS = ("successor", "follow-up", "sequel", "replacement")
_LIST_TAIL = re.compile(r"[\s,]*(?:and|or)\s+~?\d[\d.,]*\s?[BMKT]?\b[^,;:]{0,30}$")
#: a clause that is only a noun phrase set off by a dash, no verb of its own: "… and a
#: feature rivals lack — a 10 million token context window." It names what the clause
#: before it spoke of, so its value is said of that clause's model.
_DASH_NOUN_PHRASE = re.compile(
    r"\s*(?:[—–]|-(?=\s))\s*(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|it|they|which|that|"
    r"who|than|compared|versus|vs|like|unlike)\b)[\w.,%~+/-]+\s*){1,8}[.!?]?\s*$",
    re.I,
)
_NAME_DASH = re.compile(r"[\s*]*[—–:][\s*]*")
#: a name, the noun of its kind, then a dash: "Muse Spark —", "the Llama 4 herd —"
_NAME_KIND_DASH = re.compile(
    r"(?:\s+(?:herd|family|series|line-?up|suite|collection|models?))?\s*[—–]\s*", re.I
)
#: a noun phrase opening a clause after a dash: "— the first models to …", "— two MoE
#: models", "— its first proprietary AI model", "— Meta's suite of open-weight models"
_APPOSITION_DASH = re.compile(
    r"(?:the|two|three|both|a|an|its|their|(?:Meta|Facebook|the company)['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:models?|LLMs?|releases?|members?|suite|family|series|"
    r"collection|line|line-?up|herd)\b",
    re.I,
)
#: sizes, windows and build: the attributes a comparison can take from one model to another
MEASURES = frozenset({"params_total", "params_active", "context_window", "architecture"})
#: what a model is built like: said of a model only where the text names it close by
TECHNICAL = frozenset({"architecture", "context_window", "params_active", "modalities"})
#: "delayed, unlike Scout and Maverick that shipped alongside": the models a phrase
#: adds as companions are not what a delay or a date in the sentence is about
_COMPANION = re.compile(r"\b(?:alongside|along with|together with)\s+(?:[\w-]+\s+){0,4}$", re.I)
#: "with a preview of the powerful Behemoth": shown, not released with the others
_PREVIEW_OF = re.compile(
    r"\b(?:an?\s+(?:early\s+|first\s+)?(?:preview|glimpse|sneak peek|peek|teaser)\s+(?:of|at)|"
    r"previewed|teased|teasing)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
#: "open-weight model line", "open-source LLM family": the value word describes a line
_FAMILY_NOUN_AFTER = re.compile(
    r"[\w-]+\s+(?:available\s+|accessible\s+|licensed\s+)?(?:(?:AI|LLM|language|model|models)\s+){0,2}"
    r"(?:line|family|families|series|"
    r"lineup|line-up|lineage|franchise|movement|ecosystem|家族)\b",
    re.I,
)
#: an openness word right before the family's bare name ("open-source Llama framework")
_FAMILY_WORD_AFTER = re.compile(r"[\w-]+\s+")
#: "closed source versions of Unix", "open forks of Android": the word describes
#: versions of something the sentence names, which is not a model unless named as one
_VERSIONS_OF_OTHER = re.compile(
    r"[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:versions?|forks?|editions?|flavou?rs?|clones?|"
    r"copies|distributions?)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
#: a special build of a model followed by a relative clause: "a tuned build of the
#: model, one still kept private", "a custom variant of Maverick which …"
#: (what the clause says of the build is not said of the model it was built from)
_SPECIAL_BUILD_RELATIVE = re.compile(
    r"\b(?:experimental|custom|customi[sz]ed|internal|special|private|modified|tuned|"
    r"(?:chat-)?optimi[sz]ed|test|unreleased|unpublished|different|separate|early|leaked)\s+"
    r"(?:[\w-]+\s+)?(?:version|variant|build|edition|checkpoint)\s+of\s+"
    r"(?:(?:the|its|their|this|Meta['’]s)\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?\s*,?\s*"
    r"(?:(?:one|a\s+(?:version|model|variant))\s+)?(?:that|which)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
#: what may open a clause before the family's name when the family is its subject
_FAMILY_DETERMINER = re.compile(
    r"[\s,;:—–-]*(?:(?:and|but|while)\s+)?(?:(?:the|Meta['’]s|Facebook['’]s|its|this|that|our)"
    r"\s+)?(?:(?:whole|entire|open|open-weights?)\s+)?",
    re.I,
)
#: a sentence opening on what its subject is contrasted with
_COMPARISON_OPENING = re.compile(
    r"\s*(?:Unlike|In contrast to|Compared (?:to|with)|As opposed to)\s", re.I
)
_COMPARISON_LEAD = V.lowered(
    r"^(?:Unlike|Like|If|Unless|Compared|In comparison|As with|Similar to)\b"
)
#: a clause that continues the last one's subject: "which …", ", and it …", "both …"
RELATIVE_START = V.lowered(
    r"\s*(?:,\s*)?(?:and\s+|but\s+|since\s+|because\s+|as\s+|so\s+|although\s+|though\s+)?"
    r"(?:which|who|it|they|its|their|both|each|the latter|"
    r"the former|this|these)\b"
)
#: a size written as the modifier of the name right after it: "the 405B-parameter Llama 3.1"
_SIZE_BEFORE_NAME = re.compile(
    r"~?\d[\d.,]*\s?(?:[BMT]|billion|trillion)(?:[\s-]*param(?:eter)?s?)?[\s-]+", re.I
)
#: "an 8B Llama 3-based classifier": the name is the base, not what has the size
_BASED_AFTER = re.compile(r"[\s-]*(?:based|derived|powered)\b", re.I)
#: a sentence opening on a counted reference back: "All three models …", "Both models …",
#: or the count alone as the subject of its verb: "Both ship with …", "The two use …",
#: "Both of them are …"
_COUNTED_MODELS = re.compile(
    r"\s*(?:all\s+(three|four)|(both)|the\s+(?:(two|three|four))|(two|three|four))\s+"
    r"(?:(?:[\w-]+\s+)?(?:models|variants|versions)\b|of\s+them\b|"
    r"(?:(?:also|now|still|natively)\s+)?(?:are|were|have|had|use|used|ship|shipped|come|came|"
    r"feature|support|offer|run|share|bring|carry|accept|handle|rely|can|will)\b)",
    re.I,
)
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
#: "two openly available models — Scout and Maverick — and a third …": the word's noun
#: and the names set beside it
_APPOSED = re.compile(r"\S+\s+(?:[\w-]+\s+){0,2}?models?\s*(?:[—–:(]|,|\s-\s)\s*", re.I)


#: a member held back where it is named: "the in-training Behemoth", "the unreleased
#: Behemoth"; "Behemoth (still in training)", "Behemoth … was promised but not shipped"
_UNRELEASED_WORDS = (
    r"(?:still[\s-]+)?in[\s-]training|(?:still[\s-])?unreleased|yet[\s-]to[\s-]be[\s-]released"
    r"|upcoming|forthcoming|soon-to-be-released|(?:currently|still)[\s-]developing"
    r"|(?:still[\s-]+)?in[\s-]development"
)
_UNRELEASED_BEFORE = re.compile(
    r"\b(?:the|an?|its|their)\s+(?:(?:even|much|far|still)\s+)?(?:(?:larger|bigger|smaller)\s+)?"
    r"(?:" + _UNRELEASED_WORDS + r")\s+"
    # "the in-training giant Behemoth", not "the in-training data of Llama 3"
    r"(?:(?:(?!(?:of|for|from|on|with|and|or|than|to)\b)[\w-]+\s+){0,2}"
    # "a much bigger unreleased 'teacher' model named Llama 4 Behemoth": the model the
    # words describe, then its name
    r"|(?:[\w'’\"“”-]+\s+){0,2}?(?:model|LLM|system)\s+(?:named|called|dubbed|known\s+as)\s+"
    r"[\"“'‘]?)$",
    re.I,
)
_UNRELEASED_BEFORE_ANY = re.compile(r"\b(?:" + _UNRELEASED_WORDS + r")\b", re.I)
_UNRELEASED_AFTER = re.compile(
    r"\b(?:(?:is|was|remains|are|still)\s+(?:still\s+)?(?:in|being)\s+train\w*"
    # "a preview of Behemoth (2T total), which is still training": a relative clause
    # on the name just before it (a main clause "Behemoth was still training" is a
    # status of its own, whose expected date the post may go on to give)
    r"|\b(?:which|that)\s+(?:is|remains)\s+still\s+training\b"
    r"|\(\s*(?:still\s+)?in\s+training|\(\s*(?:still\s+)?unreleased"
    r"|promised but (?:never |not )(?:shipped|released)|(?:was|were|has|have) never (?:been )?"
    r"(?:shipped|released)|(?:is|was|has|remains)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:released|shipped|out)|(?:is|remains) (?:still )?yet to (?:be released|ship))",
    re.I,
)


#: "Behemoth, still in development", "the Behemoth model, currently in training": words
#: right after the name that hold it back
_UNRELEASED_RIGHT_AFTER = re.compile(
    r"[\s,]*(?:(?:models?|which\s+is|that\s+is|is|was|remains)\s+)?(?:still|currently)\s+"
    r"(?:in\s+(?:development|training)|being\s+(?:developed|trained)|under\s+development)\b",
    re.I,
)

#: the same words in other languages, after the name ("Behemoth는 아직 공개되지 않았다")
_UNRELEASED_AFTER_OTHER = re.compile(languages.alternation("held_back") or r"(?!)", re.I)

#: words without which neither pattern above can match
_HELD_BACK_KEYS = (
    "train", "unreleased", "yet", "upcoming", "forthcoming", "never", "not", "develop",
    "soon-to-be",
)  # fmt: skip


#: the words without which each of the three patterns above cannot match
_AFTER_KEYS = ("train", "unreleased", "promised", "never", "not", "yet")
_BEFORE_ANY_KEYS = (
    "train", "unreleased", "yet", "upcoming", "forthcoming", "soon-to-be", "develop",
)  # fmt: skip
_RIGHT_AFTER_KEYS = ("develop", "train")


def held_back(text: str, groups: Sequence[Group]) -> tuple[tuple[str, int, int], ...]:
    """Return the members a text holds back right where it names them, each with where
    the words that hold it back stand.

    "Scout, Maverick, and the in-training Behemoth", "Behemoth (still in training)",
    "Behemoth … was promised but not shipped": the words are said of that member alone.
    """
    lowered = text.lower()
    # the other languages' words wherever a post in another language is read ("Behemoth,
    # ancora in fase di addestramento"), or the text has Chinese/Japanese/Korean letters
    foreign = languages.reading_other_language() or bool(_HANGUL_OR_CJK.search(text))
    other = foreign and bool(_UNRELEASED_AFTER_OTHER.search(text))
    if not other and not any(key in lowered for key in _HELD_BACK_KEYS):
        return ()  # a cheap gate: most clauses hold nothing back
    # each pattern only where its own words are ("not" alone passes the gate above)
    if not other and not (
        (V.may_hold(lowered, _AFTER_KEYS) and _UNRELEASED_AFTER.search(text))
        or (V.may_hold(lowered, _BEFORE_ANY_KEYS) and _UNRELEASED_BEFORE_ANY.search(text))
        or (V.may_hold(lowered, _RIGHT_AFTER_KEYS) and _UNRELEASED_RIGHT_AFTER.search(text))
    ):
        return ()
    mentions = sorted(
        (m for g in groups for m in g.mentions if m.kind == "model"), key=lambda m: m.start
    )
    marked: list[tuple[str, int, int]] = []
    for i, mention in enumerate(mentions):
        window = max(0, mention.start - 60)
        before = _UNRELEASED_BEFORE.search(text[window : mention.start])
        if before:
            marked.append((mention.name, window + before.start(), mention.start))
            continue
        stop = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        after = text[mention.end : min(stop, mention.end + 90)]
        after = re.split(r"[;.!?](?:\s|$)|[。！？]", after, maxsplit=1)[0]
        after = _before_unnamed_model(after)
        found = _UNRELEASED_AFTER.search(after) or _UNRELEASED_RIGHT_AFTER.match(after)
        if found is None and other:
            found = _UNRELEASED_AFTER_OTHER.search(after)
        if found:
            marked.append((mention.name, mention.end + found.start(), mention.end + len(after)))
    return tuple(marked)


#: "two of them", "some of these models": a part of the models referred back to
def _size_variant_subject(sentence: Sentence, target: Target, pos: int) -> bool:
    """Return True when the target's models are named before ``pos`` only with a size
    ("Llama 3 405B is still training")."""
    named = [
        m for g in sentence.groups if g.end <= pos for m in g.mentions if m.name in target.models
    ]
    return bool(named) and all(
        m.size is not None
        or _SIZE_BEFORE_MENTION.search(sentence.text, max(0, m.start - 40), m.start)
        for m in named
    )


#: a size or "larger" right before a name: "Larger, 400-billion parameter Llama 3 models
#: … are still in training" speaks of one size of the model, not of the model
_SIZE_BEFORE_MENTION = re.compile(
    r"(?:\b\d[\d.,]*(?:\s?|-)(?:B|billion|trillion)(?:[\s-]+param(?:eter)?s?)?|"
    r"\b(?:larger|bigger|largest|biggest))[\s,-]+$",
    re.I,
)


#: what may stand between a model's name and a past participle that describes it
_BEFORE_PARTICIPLE = re.compile(r"\s*(?:(?:models?|versions?|variants?|weights)\s*)?")
_PARTICIPLE = re.compile(r"(?:released|launched|shipped|unveiled|open[\s-]sourced)\b")


def _participle_of(sentence: Sentence, pos: int) -> Group | None:
    """Return the group a status participle right after it describes ("the largest Llama
    2 model released"), or None when the word is no such participle."""
    if not _PARTICIPLE.match(sentence.text, pos):
        return None
    for group in sentence.groups:
        if group.end <= pos and _BEFORE_PARTICIPLE.fullmatch(sentence.text, group.end, pos):
            return group
    return None


#: "Purple Llama was launched on ": a named subject of a passive launch verb, just
#: before the status word or the date
_PASSIVE_LAUNCH_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:officially|first|publicly|quietly|formally|initially)\s+)?"
    r"(?:(?:launched|released|unveiled|introduced|announced|shipped|open[\s-]sourced|"
    r"made\s+available|rolled\s+out|debuted)\s+(?:on|in)\s+(?:the\s+)?)?$"
)
#: words that open a subject without naming anything: "Both are released under …" is
#: said of the models referred back to, not of a product called "Both"
_SUBJECT_WORDS = frozenset(
    {
        "The",
        "This",
        "That",
        "It",
        "They",
        "These",
        "Those",
        "Meta",
        "Both",
        "All",
        "Each",
        "Either",
        "Neither",
        "Its",
        "Their",
        "Which",
        "Two",
        "Three",
        "Four",
        "Some",
        "Most",
    }
)


#: "When it was first launched in August, Acme Inference was …": the leading clause's
#: "it" is the main clause's subject, named right after the comma
_LAUNCH_OF_SUBJECT_AFTER = re.compile(
    r"\s*(?:When|After|Since|Once|Before|Until)\s+(?:it|they)\s+(?:(?:was|were|had\s+been|"
    r"first|initially|originally)\s+){0,2}(?:launched|released|introduced|unveiled|debuted|"
    r"announced|rolled\s+out|went\s+live)\b[^,;]*,\s+"
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})(?!['’])\s+[a-z]"
)


#: "compared to Llama 3 released on April 19": a participle right after a compared
#: name, with the date it gives, is a reduced relative clause about that name
_REDUCED_RELATIVE = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:first|originally|initially)\s+)?"
    r"(?:released|launched|unveiled|introduced|announced|shipped|debuted|published)"
    r"(?:\s+by\s+(?:Meta|Facebook)(?:\s+AI)?)?\s+(?:on|in|back\s+in|last|earlier\s+in)?\s*",
    re.I,
)


def _participle_of_compared(sentence: Sentence, pos: int) -> bool:
    """Return True for a status word or date in a reduced relative after a compared name."""
    for group in sentence.groups:
        if not group.baseline or group.end > pos:
            continue
        clause = _REDUCED_RELATIVE.match(sentence.text, group.end)
        if clause and group.end < pos <= clause.end() + 1:
            return True
        if clause and pos > clause.end() and not sentence.text[clause.end() : pos].strip():
            return True
    return False


def _launch_of_other(sentence: Sentence, pos: int) -> bool:
    """Return True when the launch a status word or date belongs to has a named subject
    that is not a model: "Purple Llama was launched on December 7, 2023, four months
    after Meta released Llama 2" dates Purple Llama, not Llama 2; "When it first
    launched in August, Acme Inference ran Llama 3.1 70B" dates Acme Inference."""
    ahead = _LAUNCH_OF_SUBJECT_AFTER.match(sentence.text)
    if (
        ahead
        and pos < ahead.start("name")
        and ahead.group("name").split()[0] not in _SUBJECT_WORDS
        and not any(
            g.start < ahead.end("name") and ahead.start("name") < g.end for g in sentence.groups
        )
    ):
        return True
    if _launched_product(sentence, pos):
        return True
    m = _PASSIVE_LAUNCH_BEFORE.search(sentence.text, 0, pos)
    if m is None or m.group("name").split()[0] in _SUBJECT_WORDS:
        return False
    start, end = m.start("name"), m.end("name")
    return not any(g.start < end and start < g.end for g in sentence.groups)


#: a launch verb and its object when the object is a product, not a model: "launched a
#: hosted API", "rolled out a new chatbot", "released its own inference service"
_PRODUCT_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|releas(?:ed|es|ing)|roll(?:ed|s|ing)\s+out|unveil(?:ed|s|ing)|"
    r"debut(?:ed|s|ing)|introduc(?:ed|es|ing)|ship(?:ped|s|ping))\s+"
    r"(?:(?:a|an|the|its|their|his|her|our|new|own|first|hosted|managed|public|free|paid|"
    r"beta|serverless|private|dedicated|\w+-\w+)\s+){0,4}"
    r"(?:inference\s+|chat\s+|developer\s+|cloud\s+|web\s+|mobile\s+)?"
    r"(?:APIs?|endpoints?|services?|apps?|applications?|platforms?|chatbots?|assistants?|"
    r"tools?|SDKs?|playgrounds?|plugins?|integrations?|products?|websites?|offerings?)\b",
    re.I,
)


#: a launch of derived variants: "released quantized versions of these models",
#: "releasing our first lightweight quantized Llama models"
_VARIANT_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|releas(?:ed|es|ing)|roll(?:ed|s|ing)\s+out|unveil(?:ed|s|ing)|"
    r"introduc(?:ed|es|ing)|ship(?:ped|s|ping)|open[\s-]sourc(?:ed|es|ing))\s+"
    r"(?:(?:a|an|the|its|their|our|new|first|lightweight|smaller)\s+){0,3}"
    r"(?:quantized|quantised|distilled|pruned|compressed)\s+"
    r"(?:(?:[\w.-]+\s+){0,4}?(?:versions?|variants?|models?|checkpoints?|editions?)\b)?",
    re.I,
)


def _launched_product(sentence: Sentence, pos: int) -> bool:
    """Return True when the launch a status word or date belongs to is a product's.

    "Quillchip launched a hosted API yesterday that runs Llama 3.1": the launch's object
    is an API; the model it runs is neither launched nor dated by it. Only a launch with
    no model named between it and the value counts. "released quantized versions of
    these models on October 24": the launch is the variants', not the model's.
    """
    text = sentence.text
    start, _ = clause_at(sentence.clauses, pos)
    window = max(0, min(start, pos - 80))
    for launch in _PRODUCT_LAUNCH.finditer(text, window):
        if launch.start() > pos:
            break
        near = pos < launch.end() or len(text[launch.end() : pos].split()) <= 4
        if near and not any(
            launch.start() <= g.start < max(pos, launch.end()) for g in sentence.groups
        ):
            return True
    for launch in _VARIANT_LAUNCH.finditer(text, window):
        if launch.start() > pos:
            break
        if pos < launch.end() or len(text[launch.end() : pos].split()) <= 6:
            return True  # the variants' launch, whatever names their base
    return False


_URL = re.compile(r"\b(?:https?://|www\.)\S+")


def _inside_url(text: str, pos: int) -> bool:
    """Return True when ``pos`` falls inside a web address written out in the text."""
    if "://" not in text and "www." not in text:
        return False  # (the pattern cannot match without one: most sentences hold none)
    return any(m.start() <= pos < m.end() for m in _URL.finditer(text))


#: "up to 400 billion", "as many as 2T": a figure that bounds the sizes of several models
_UP_TO = re.compile(
    r"\b(?:up\s+to|as\s+(?:many|large)\s+as|ranging\s+to)\s+(?:about\s+|around\s+)?\S*$", re.I
)
_PARTITIVE = re.compile(
    r"\b(one|two|three|some|several|most|many|a few|only \w+)\s+of\s+(?:them|these|those|"
    r"the\s+(?:[\w-]+\s+)?models)\b",
    re.I,
)
_WHICH = re.compile(r"\b(?:which|who)\b", re.I)
_WHICH_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}\s*,\s*(?:which|who|where|whose)\b", re.I)
#: "a point update to Llama 3 (announced in April 2024)": the brackets after a compared name
_PAREN_AFTER = re.compile(r"\s*\(")
#: "the original Y models, which …": a relative clause right after a name and its noun
_WHICH_AFTER_MODEL = re.compile(
    r"(?:\s+(?:models?|family|series|checkpoints?|weights|releases?|versions?))?\s*,\s*"
    r"(?:which|who)\b",
    re.I,
)
#: an apposition after a compared name that calls it a model: ", the first open-source
#: language model", ", le premier modèle de langage", ", dem ersten Open-Source-Sprachmodell"
_APPOSED_MODEL_NOUN = re.compile(
    r"\s*,\s+(?P<det>(?:the|a|an|its|their|Meta['’]s|le|la|l['’]|un|une|el|los|una|der|die|das|"
    r"dem|den|des|ein|eine|einem|einen|il|lo|uno|o|um|uma)\s*)(?:[\w'’-]+\s+){0,4}?"
    r"(?:[\w-]*(?:[Mm]od[eèé]ll?[eoi]?s?|LLMs?)\b)",
    re.I,
)
#: where such an apposition ends: a clause joined on, a semicolon, the sentence's end
_APPOSITION_END = re.compile(
    r";|[.!?](?:\s|$)|,\s+(?:and|but|while|whereas|et|mais|tandis|y|pero|mientras|und|aber|"
    r"während|e|ma|mentre|mas)\b",
    re.I,
)
_WHICH_RIGHT_AFTER = re.compile(r"\s*,\s*(?:which|who)\b", re.I)
_WHICH_AFTER_NOUN = re.compile(r",\s*(?:which|who)\b", re.I)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: a clause opening on a definite description of a model ("The roughly 2T-parameter model")
_DEFINITE_SUBJECT = V.lowered(
    r"\s*(?:the|this|that|its|these|those)\s+(?:[\w,-]+\s+){0,4}?(?:model|models|version|"
    r"release|classifier|checkpoint|system|llm)\b"
)
#: a clause that is only a value continuing the last one: ", but only 17B active", ", and 109B"
#: a coordinated passive or copular predicate: "…, and was positioned as …" shares
#: the sentence's subject
_SHARED_SUBJECT = re.compile(
    r",\s*(?:and|but)\s+(?:(?:later|then|also|initially|originally)\s+)?"
    r"(?:was|were|is|are|has been|had been|have been|will be)\b",
    re.I,
)
#: ", as the first open model to …": a description of the sentence's subject
_AS_DESCRIPTION = re.compile(
    r"^[\s,;]*as\s+(?:the|an?|its|Meta['’]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<head>models?|LLMs?|releases?|versions?|options?|alternatives?)\b",
    re.I,
)
_ELLIPTICAL_VALUE = re.compile(
    r"^[\s,;]*(?:and|but|plus|with)?\s*(?:only|just|about|roughly|nearly|around|some|~)?\s*"
    r"~?\d[\d.,]*\s*(?:[kKmMbBtT]\b|thousand|million|billion|trillion)",
)
#: a kind of model as a noun phrase: "extend the context of open models", "most models"
_KIND_NP = re.compile(
    r"\b(?:open|open-source|open-weights?|closed|closed-source|proprietary|other|most|many|"
    r"some|frontier|rival|competing)\s+(?:[\w-]+\s+)?models\b",
    re.I,
)
#: a comparison right before a kind of model: "competitive with the most advanced
#: models", "better than most models", "rivals other open models"
_COMPARED_KIND_BEFORE = re.compile(
    r"\b(?:than|(?:competitive|comparable|on\s+par|level|even)\s+with|comparable\s+to|"
    r"rival(?:s|ling|ing)?|match(?:es|ing)?|beat(?:s|ing)?|outperform(?:s|ing)?|"
    r"surpass(?:es|ing)?|trail(?:s|ing)?)\s+(?:the\s+)?$",
    re.I,
)


#: a model the sentence brings in without a name: "a third, even more powerful model",
#: "another model", "um modelo focado em raciocínio", "un tercer modelo" (not "a model
#: card", "model weights")
_UNNAMED_MODEL = re.compile(
    r"(?<![\w-])(?i:an?|another|one\s+more|um|uma|un|una|une|ein|eine[nm]?)\s+"
    r"(?:(?!(?i:of|the|du|de|del|della|do|da|des|der|la|le|el|il)\s)[\w-]+,?\s+){0,4}?"
    r"(?i:models?|modelos?|modèles?|modell[oi]|Modell)"
    r"(?![\w-]|\s+(?i:cards?|weights|hubs?|garden|famil(?:y|ies)|series|zoo|sizes?)\b)"
)
#: words that make the phrase another model than those named: "a third", "another", "a
#: larger", "um terceiro", "un autre"
_ANOTHER_ONE = re.compile(
    r"^(?:another|one\s+more)\b|\b(?:second|third|fourth|fifth|additional|further|"
    r"separate|different|larger|bigger|smaller|newer|more|segundo|terceiro|quarto|outro|"
    r"tercer|tercero|cuarto|otro|troisième|quatrième|autre|zweites|drittes|viertes|"
    r"weiteres|anderes|terzo|altro)\b",
    re.I,
)
#: what makes such a noun phrase a description of a name, not a model of its own: a
#: copula, "as", a comma or dash before it ("Behemoth is a model still in training",
#: "Behemoth, a model still in training")
_PREDICATE_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|becomes?|became|remains?|stays?|as|é|foi|era|"
    r"es|fue|est|ist|war|è|call(?:s|ed)?|dubb(?:s|ed)|(?:se\s+)?trata(?:-se)?\s+de|"
    r"s['’]agit\s+d['’e]?|si\s+tratta\s+di|sich\s+um)|[,:;(—–-])\s*$",
    re.I,
)
#: the words that may stand between a status verb and the model it takes as object
_VERB_THEN_OBJECT = re.compile(r"\s*[\w-]+(?:\s+(?:also|too|now|just|only))?\s+$")
#: a name given right after the noun phrase: "a third model called Behemoth", "a model,
#: Behemoth, …"
_NAMED_RIGHT_AFTER = re.compile(
    r"[,\s]*(?:(?:called|named|dubbed|code-?named|known\s+as)\s+)?[\"'“‘«]?$", re.I
)


#: a colon or dash that sets off a name given after a noun phrase
_SET_OFF = re.compile(r"[:—–]|\s-\s")


def _before_unnamed_model(after: str) -> str:
    """Return the words after a name up to a model the text brings in unnamed.

    "Scout and Maverick, and previewed a third model still in training": what is said
    after "a third model" is that model's, not the name's before it.
    """
    if "model" not in after and "modell" not in after.lower():
        return after
    for np in _UNNAMED_MODEL.finditer(after):
        if _ANOTHER_ONE.search(np.group(0)) and not _PREDICATE_BEFORE.search(
            after, max(0, np.start() - 12), np.start()
        ):
            return after[: np.start()]
    return after


def _unnamed_model_holds(sentence: Sentence, pos: int) -> bool:
    """Return True when the value at ``pos`` is said of a model the sentence leaves unnamed.

    The noun phrase stands in the value's clause before it with no name between, or is
    the object right after the value's verb ("previewed a third model"); a phrase that
    describes a name ("Behemoth is a model …", "a third model called Behemoth") is
    that name's.
    """
    text = sentence.text
    lowered = text.lower()
    if "model" not in lowered and "modèle" not in lowered and "modell" not in lowered:
        return False
    clause = clause_at(sentence.clauses, pos)
    names = [(g.start, g.end) for g in sentence.groups] + [
        (m.start, m.end) for m in sentence.family
    ]
    if any(start <= pos < end for start, end in names):
        return False  # the value is read off a name ("… model known as Watermelon")
    for np in _UNNAMED_MODEL.finditer(text, clause[0], min(len(text), pos + 60)):
        if np.start() < pos:
            if np.end() > pos or any(np.end() <= start < pos for start, _ in names):
                continue  # the value is in the phrase, or a name comes after it
            if any(
                start >= pos and (start < clause[1] or _SET_OFF.search(text, pos, start))
                for start, _ in names
            ):
                continue  # "released a new open model on Saturday: Llama 4 Scout"
        elif not _VERB_THEN_OBJECT.fullmatch(text, pos, np.start()):
            continue  # well after the value: not its verb's object
        if _PREDICATE_BEFORE.search(text, max(0, np.start() - 12), np.start()):
            continue
        if not _ANOTHER_ONE.search(np.group(0)) and any(
            clause[0] <= start < np.start() for start, _ in names
        ):
            # "Mit Scout zeigt Meta ein Modell, das …": a plain "a model"
            # after a name in its clause may be that name, presented
            continue
        if any(end <= np.start() and not text[end : np.start()].strip() for _, end in names):
            continue  # "calls Behemoth a model …": said of the name right before it
        if any(
            start >= np.end()
            and (
                _NAMED_RIGHT_AFTER.fullmatch(text, np.end(), start)
                or (np.start() >= pos and start < clause[1])
            )
            for start, _ in names
        ):
            # "a third model called Behemoth", "released a new model today: Scout": the
            # phrase names it
            continue
        return True
    return False


def _speaks_of_a_kind(clause_text: str, at: int) -> bool:
    """Return True when the clause speaks of a kind of model ("most models are …").

    A kind named after the value as what the subject is measured against ("not yet
    available but competitive with the most advanced models") leaves the clause about
    the model in focus: the value comes before the comparison, and is not the kind's.
    """
    for kind in _KIND_NP.finditer(clause_text):
        if kind.start() > at and _COMPARED_KIND_BEFORE.search(
            clause_text, max(0, kind.start() - 30), kind.start()
        ):
            continue
        return True
    return False


#: a word in a clause that points back at a model: "it", "its", "the model", "this is",
#: "both"; "their" is not one ("companies keep their models closed"), nor "this year"
_MODEL_REFERENCE = re.compile(
    r"\b(?:it|its|it['’]s|they|both|each|"
    r"(?:this|these|those)\s+(?:is|was|are|were|models?|releases?|versions?|variants?|ones?|"
    r"weights|checkpoints?|family)|"
    r"the\s+(?:[\w-]+\s+){0,3}?(?:models?|versions?|variants?|family|weights|checkpoints?|"
    r"LLMs?|release|herd|series|lineup|line-up|flagship))\b",
    re.I,
)
#: "Weights are downloadable from …" as a clause's subject: the weights of the model in focus
#: a word of another language that points back at models ("이 모델들은", "这些模型",
#: "diese Modelle"): read only in a post in that language
_FOREIGN_REFERENCE = re.compile(languages.alternation("anaphors"), re.I)
_WEIGHTS_SUBJECT = re.compile(r"\s*(?:[Mm]odel\s+)?[Ww]eights\s+(?:are|were|will|can|remain)\b")
#: attributes tied to the model in focus only where the clause has a word pointing back
#: at it. Measured per attribute: the same demand on status, licence and release date
#: lost correct facts without removing wrong ones.
REFERENCE_NEEDED = frozenset({"openness"})
#: a word for a model, in the languages read: "it is a new model that will be proprietary"
_MODEL_NOUN = re.compile(
    r"\b(?:models?|modelos?|modèles?|modell[io]|modell\w*)\b|모델|模型|モデル", re.I
)
_KIND_IN_HEADING = re.compile(r"\b(?:LLMs?|models|language models?|AI)\b", re.I)
_VISION = re.compile(r"\b(?:vision|visual|images?|multimodal|multi-modal)\b", re.I)


@dataclass(frozen=True, slots=True)
class PostContext:
    """What binding reads of the post beyond the sentence: its topics, scope and state.

    ``state`` and ``candidates`` are the reader's own, read as they stand when a value
    is bound (the focus a clause refers back to, the sizes stated so far).
    """

    catalog: ModelCatalog
    about: PostTopics
    scope: PostScope
    state: ReadingState
    candidates: Sequence[Candidate]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A text being read and what the mentions stage found in it."""

    text: str
    groups: Sequence[Group]
    #: the groups said of as subjects: Meta models, not baselines
    subjects: Sequence[Group]
    #: generation names in the text ("Llama 4")
    family: Sequence[Mention]
    clauses: Sequence[tuple[int, int]]
    #: the target a row, label or list gives every value of the text
    forced: Target | None = None
    #: a labelled line whose label makes the model in focus its topic
    topic: bool = False
    #: the topic is the model the sentence before named, in the same paragraph
    carried: bool = False
    heading: bool = False
    #: models named only as companions ("alongside Scout")
    companions: frozenset[str] = frozenset()
    #: models named only as a predecessor ("Llama 1's successor")
    predecessors: frozenset[str] = frozenset()
    #: parentheses that give list members their own status, and those members
    paren_spans: Sequence[tuple[int, int]] = ()
    paren_models: frozenset[str] = frozenset()
    #: models named only as shown in preview ("with a preview of Behemoth")
    previewed: frozenset[str] = frozenset()
    #: members held back where they are named, with where the words holding them back
    #: stand ("the in-training Behemoth")
    held: tuple[tuple[str, int, int], ...] = ()
    sentence_models: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        models = frozenset(m for g in self.subjects if not g.generic for m in g.models)
        object.__setattr__(self, "sentence_models", models)


def companions_of(text: str, subjects: Sequence[Group]) -> frozenset[str]:
    """Return the models a phrase adds as companions ("alongside Scout and Maverick")."""
    return frozenset(
        m
        for g in subjects
        if _COMPANION.search(text[max(0, g.start - 60) : g.start])
        for m in g.models
    )


def focus_target(
    sentence: Sentence,
    post: PostContext,
    clause: tuple[int, int],
    *,
    topic: bool = False,
    pos: int | None = None,
) -> Target | None:
    """Return the models a clause without a named model refers back to, if any."""
    if post.scope.foreign:
        return None
    target = refer_back(
        sentence.text,
        clause,
        sentence.family,
        post.state,
        post.about,
        post.catalog,
        post.candidates,
        topic=topic,
        pos=pos,
    )
    if target is not None and post.scope.bases:
        # a model the page's own model is built from is never what "it" or "the model" is
        kept = tuple(m for m in target.models if m not in post.scope.bases)
        target = Target(kept, target.generic, target.sentence_models) if kept else None
    return target


def _named(group: Group, sentence: Sentence) -> Target:
    return Target(group.models, group.generic, sentence.sentence_models, named=True)


def _paren_close(text: str, start: int) -> int:
    """Return where the bracket opened just before ``start`` closes (the text's end if never)."""
    close = text.find(")", start)
    return len(text) if close < 0 else close


def _in_contrast_opening(sentence: Sentence, pos: int) -> bool:
    """Return True for a value in a sentence's opening contrast, before its subject's name.

    "Unlike earlier systems that used separate encoders for text, image and audio, X is
    natively multimodal": the contrast's values are the compared thing's.
    """
    text = sentence.text
    stop = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    start = stop + 2 if stop >= 0 else 0
    if not _COMPARISON_OPENING.match(text, start):
        return False
    end = len(text) if (cut := text.find(". ", pos)) < 0 else cut
    in_sentence = [g for g in sentence.subjects if start <= g.start < end]
    return bool(in_sentence) and all(g.start > pos for g in in_sentence)


def _hypothetical(text: str, pos: int) -> bool:
    """Return True for a value inside "closer to a dense 17B model than …"."""
    lead = _HYPOTHETICAL_LEAD.search(text[max(0, pos - 60) : pos])
    if lead and _DESCRIBED_AS.search(text[max(0, pos - 60) : pos]):
        return False  # "positioned as a 2T-parameter model": what the subject is
    return bool(lead and _HYPOTHETICAL_TAIL.match(text, pos))


def _compared_later(text: str, pos: int, group: Group) -> bool:
    """Return True when the name after the value at ``pos`` is only what it is compared with.

    A comparison word in another language between the value and the name ("im Vergleich
    zu", "par rapport à", "相比", "比"), or after the name ("보다", "より", "대비"),
    or a copula with a multiple or a leap ("是 Llama 2 的两倍 / 重大飞跃").
    """
    between = text[pos : group.start]
    if _COMPARED_BEFORE_NAME.search(between):
        return True
    if _COMPARED_AFTER_NAME.match(text, group.end):
        return True
    return bool(_COPULA_COMPARED.search(between) and _MULTIPLE_AFTER_NAME.match(text, group.end))


#: a modifier ending of a head-final language right before a name: what stands before it
#: modifies the name that follows ("개발 중인 … Behemoth", "開発中の Behemoth",
#: "正在开发的 Behemoth"); Korean adnominal endings, Japanese の/な, Chinese 的
_ADNOMINAL_END = re.compile(
    r"(?:[가-힣](?:인|된|한|는|은|의|할|될|던|운)|[\u3040-\u30ff\u4e00-\u9fff](?:の|な)|的)\s*"
    r"(?:['\"‘’“”「『]\s*)?$"
)
#: what breaks the modifier from the name: a clause or list break, or a conjunction
_MODIFIER_BREAK = re.compile(r"[,，、;；.。:：!?()（）]|\s(?:및|그리고|와|과|和|与|及)\s")
_HANGUL_OR_CJK = re.compile(r"[가-힣\u3040-\u30ff\u4e00-\u9fff]")


#: a size joined to the name before it by a dash or a space ("Llama2 - 7b", with an en dash too)
_SIZE_JOINED = re.compile(r"[\s–—-]{0,3}")


#: "a clean break from … open-source", "a pivot away from open weights": the openness
#: word names what the subject leaves behind. (Not "abandoning its open-source model":
#: there the word is the model's own, as it stood.)
_DEPARTURE_BEFORE = re.compile(
    r"\b(?:break|breaks|broke|breaking|departure|departs?|departed|departing|shift\w*|"
    r"pivot\w*|mov(?:e|es|ed|ing)|turn\w*|retreat\w*|step\w*|walk\w*|veer\w*)\s+"
    r"(?:\w+\s+)?(?:away\s+)?from\b[^.;!?]{0,90}$",
    re.I,
)


#: an open word of a head-final language before the noun it modifies, a policy or a
#: strategy ("오픈소스 AI 개발 방침", "오픈소스 전략", "オープンソース戦略", "开源路线"): the word
#: says what the company's stance is, not what a model is
_STANCE_NOUN_AFTER = re.compile(
    r"(?:오픈 ?소스|오픈 ?웨이트|개방형|オープン ?ソース|オープン ?ウェイト|オープン|"
    r"开源|開源|开放|開放)"
    r"\s?(?:AI\s?|인공지능\s?)?(?:개발\s?|모델\s?)?"
    r"(?:방침|전략|정책|철학|노선|기조|戦略|方針|路線|政策|哲学|战略|戰略|策略|路线|方针|理念)"
)


#: an openness word right before the name it modifies, with at most a few more words of
#: its noun phrase between ("the proprietary closed-weight 'Muse Spark'", "the open-weight
#: Llama 4 Maverick"): no verb, preposition or conjunction stands between
_PRENOMINAL = re.compile(
    r"[\w-]+(?:\s+(?!(?:and|or|but|than|to|of|from|with|as|for|in|on|at|by|is|are|was|were|"
    r"be|been|like|unlike|versus|vs|over|instead|rather|not)\b)[\w-]+){0,3}\s+[\"'“‘]?",
    re.I,
)


#: an openness word with only its own letters and a few words before a name it modifies
_MODIFIED_NAME = re.compile(r"[\w-]+(?:\s+[\w-]+){0,2}\s+")


#: a move away from a name, right before it: "a shift from the dense Llama 3 family",
#: "a departure from its earlier", "moving away from Meta's"
_DEPARTED_NAME = re.compile(
    r"\b(?:break|breaks|broke|breaking|departure|departs?|departed|departing|shift\w*|"
    r"pivot\w*|mov(?:e|es|ed|ing)|step\w*|evolution|upgrade|leap|jump)\s+"
    r"(?:away\s+)?from\s+(?:the\s+|its\s+|their\s+|Meta['’]s\s+)?"
    r"(?:[\w-]+\s+){0,2}[\"'“‘]?$",
    re.I,
)


def _departed_from(sentence: Sentence, pos: int) -> bool:
    """Return True for an openness word the sentence says its subject moves away from.

    "represents a clean break from the strategy that defined Meta for three years:
    open-source": the word is the strategy left behind, not what the model is.
    """
    text = sentence.text
    cue = _DEPARTURE_BEFORE.search(text[max(0, pos - 120) : pos])
    if cue is None:
        return False
    start = max(0, pos - 120) + cue.start()
    if any(start < g.start < pos for g in sentence.groups):
        return False
    # "a departure from the open-source Llama 4 line": the word is that model's own
    return not any(
        _MODIFIED_NAME.fullmatch(text, pos, g.start) for g in sentence.groups if g.start > pos
    )


def _head_final_owner(sentence: Sentence, pos: int) -> Group | None:
    """Return the name a value modifies in a head-final language, where modifiers come first.

    "Scout의 … 그리고 개발 중인 2조 파라미터의 Behemoth 모델은": in Korean (as in Japanese
    and Chinese) what stands before a name with an adnominal ending in between is said
    of that name, not of one named earlier in the sentence.
    """
    text = sentence.text
    if not _HANGUL_OR_CJK.search(text, max(0, pos - 4), pos + 8):
        return None
    for group in sentence.subjects:
        if group.start <= pos:
            continue
        between = text[pos : group.start]
        if len(between) > 40 or _MODIFIER_BREAK.search(between):
            return None
        return group if _ADNOMINAL_END.search(between) else None
    return None


#: another lab or its model, or a kind of model, as the noun a head-final modifier ends
#: on: "출시된 오픈AI의 GPT 4", "リリースされたOpenAIのGPT-4", "发布的 GPT-4", "지난해
#: 출시된 대부분의 공개 모델", "公開された他のモデル" (no \b: kana, Han and Hangul are word
#: characters, so a name glued to them has no word boundary)
_OTHER_HEAD = re.compile(
    r"(?:OpenAI|Open AI|Google|Anthropic|DeepSeek|Alibaba|Mistral|Microsoft|xAI|"
    r"GPT[\s-]?\d|ChatGPT|Gemini|Claude|Qwen|Gemma|Grok|"
    r"오픈\s?AI|구글|앤트로픽|딥시크|알리바바|마이크로소프트|제미나이|클로드|챗GPT|"
    r"オープンAI|グーグル|アンソロピック|ディープシーク|マイクロソフト|"
    r"谷歌|微软|微軟|阿里巴巴|深度求索|"
    r"(?:다른|기존|대부분의|경쟁|他の|既存の|ほとんどの|競合|其他|现有|現有|大多数|竞争|競爭)"
    r"(?:\s?[^\s,，、。;；]{1,8}?){0,2}?\s?(?:모델|モデル|模型))"
)
#: a verb's modifier form right before a noun: Korean past, future and copula endings
#: ("출시된 GPT-4", "공개한 모델"; not 은/는, which also mark a topic: "이 모델들은 GPT-4와
#: 견줄만한" names the subject, then what it is compared with), a Japanese verb in its
#: plain past or present form ("公開されたGPT-4"), Chinese 的 ("发布的 GPT-4")
_VERB_ADNOMINAL = re.compile(
    r"(?:[가-힣](?:된|한|인|던|될|할|운)|[\u3040-\u30ff\u4e00-\u9fff](?:た|る)|的)\s*"
    r"(?:['\"‘’“”「『]\s*)?$"
)


def _head_final_other(sentence: Sentence, pos: int) -> bool:
    """Return True when a head-final modifier holding the value ends on another lab's
    model or on a kind of model, not on a Meta model.

    "2023년 3월 출시된 오픈AI의 GPT 4의 …보다 많다" (more than GPT-4's, released in March
    2023): the release and its date are GPT-4's. A Meta name right after the other lab
    ("공개한 오픈AI 대항마 라마4", OpenAI's rival Llama 4) keeps the modifier the name's.
    """
    text = sentence.text
    if not _HANGUL_OR_CJK.search(text, max(0, pos - 4), pos + 8):
        return False
    head = _OTHER_HEAD.search(text, pos, pos + 48)
    if head is None:
        return False
    between = text[pos : head.start()]
    if _MODIFIER_BREAK.search(between) or not _VERB_ADNOMINAL.search(between):
        return False
    # a Meta name among or right after the modifier's words is the head
    return not any(pos <= g.start < head.end() + 20 for g in sentence.subjects)


def _trailing_owner(sentence: Sentence, pos: int) -> Group | None:
    """Return the model a trailing "for X" / "of X" gives the value at ``pos`` to, if any.

    "a 10M-token window for Scout" after "Scout and Maverick" is Scout's alone.
    """
    for group in sentence.subjects:
        if not pos < group.start <= pos + 64:
            continue
        between = sentence.text[pos : group.start]
        if _TRAILING_OWNER.fullmatch(between) and not _NOT_OWNER.search(between):
            return group
        return None
    return None


def predecessors(text: str, subjects: Sequence[Group]) -> frozenset[str]:
    """Return the models named only as a predecessor: "<X>'s successor".

    "X's successor — 2T tokens, a 4K window, … — turning X into an open family": the
    whole sentence describes the successor, the later "X" included.
    """
    if not V.may_hold(text.lower(), _SUCCESSOR_KEYS) or not _SUCCESSOR_WORD.search(text):
        return frozenset()
    return frozenset(m for g in subjects if _SUCCESSOR_AFTER.match(text, g.end) for m in g.models)


#: the object of a status word: a version of one size ("a 400-billion-parameter version
#: of the model", "une version à 400 milliards du modèle")
_SIZED_VERSION = re.compile(
    r"[^.;:]{0,40}?\b(?:a|an|une?|d['’]une?|una?|eine[nmr]?)\s+(?P<pre>(?:[\w-]+\s+){0,2}?)"
    r"(?:version|variant)e?s?\b(?P<post>[^.;:]{0,40})",
    re.I,
)
#: a size in it: "400-billion-parameter", "400B", "à 400 milliards de paramètres"
_SIZE_WORD = re.compile(
    r"\d[\d.,]*\s*-?\s*(?:[BT]\b|billion|trillion|milliards?|Milliarden|mil\s+millones|"
    r"miliardi|bilh[õo]es|param)",
    re.I,
)


def _sized_version_after(text: str, pos: int) -> bool:
    """Return True when the status word at ``pos`` governs a version of one size."""
    if "ersion" not in text and "ariant" not in text:
        return False
    m = _SIZED_VERSION.match(text, pos)
    return m is not None and bool(
        _SIZE_WORD.search(m.group("pre")) or _SIZE_WORD.search(m.group("post"))
    )


#: a name glued to a size by a hyphen: "Chinchilla-70B", "Gopher-280B"
_GLUED_NAME = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]{2,}-$")


def _glued_to_other_name(sentence: Sentence, pos: int) -> bool:
    """Return True for a size written into a name the catalog does not know.

    "LLaMA-65B is competitive with Chinchilla-70B": the 70B is Chinchilla's, whatever
    lab made it (a Meta name with its size is a mention, and the size is its own).
    """
    text = sentence.text
    if pos < 4 or text[pos - 1] != "-" or not text[pos : pos + 1].isdigit():
        return False
    if any(g.start <= pos < g.end for g in sentence.groups):
        return False
    return _GLUED_NAME.search(text, max(0, pos - 24), pos) is not None


#: a fronted phrase before the main clause: "With its size of …, ", "Thanks to …, "
_FRONTED_PHRASE = re.compile(
    r"(?:With|Despite|Thanks to|Given|Boasting|Having|At|Featuring)\b"
    r"(?:[^,;.!?]|\.(?=\d)){0,160},\s+"
)


def _fronted_before_other_subject(sentence: Sentence, pos: int) -> bool:
    """Return True for a value in a fronted phrase whose main clause opens on another
    lab's model and names no Meta model: "With 180 billion parameters, Falcon 180B …"."""
    if sentence.subjects:
        return False
    text = sentence.text
    fronted = _FRONTED_PHRASE.match(text)
    if fronted is None or pos >= fronted.end():
        return False
    return V.OTHER_MODEL.match(text, fronted.end()) is not None or (
        text.startswith("the ", fronted.end())
        and V.OTHER_MODEL.match(text, fronted.end() + 4) is not None
    )


def _said_of_family(sentence: Sentence, pos: int) -> bool:
    """Return True for a value said of the family or a line of models, not of a member.

    "Meta's open-weights model line began with LLaMA": the word describes the line.
    "The Llama family is open-weight, and …": the family is the clause's subject.
    """
    start, _ = clause_at(sentence.clauses, pos)
    if _FAMILY_NOUN_AFTER.match(sentence.text, pos) and not any(
        start <= g.start < pos for g in sentence.groups
    ):
        return True  # ("Llama 3 was a dense model family" is said of Llama 3)
    before = [
        m
        for m in sentence.family
        if start <= m.start < pos and _FAMILY_DETERMINER.fullmatch(sentence.text, start, m.start)
    ]
    if not before or member_of_family(sentence.text, before[-1]):
        return False  # only the family as the clause's opening subject
    return not any(before[-1].end <= g.start < pos for g in sentence.groups)


def _named_members_only(sentence: Sentence, target: Target, catalog: ModelCatalog) -> Target:
    """Narrow a generation statement to the members its own sentence names, if it names any.

    "Meta has launched the Llama 4 series, which includes Scout and Maverick": the
    sentence says which members it means; a member named elsewhere in the post is not one.
    """
    named = {
        m
        for g in sentence.subjects
        if not g.generic and not g.baseline
        for m in g.models
        if m not in sentence.previewed
    }
    if not named:
        return target
    generations = {catalog.generation_of(m) for m in named}
    kept = tuple(
        m for m in target.models if m in named or catalog.generation_of(m) not in generations
    )
    return Target(kept, target.generic, target.sentence_models, target.named)


def previewed_models(text: str, subjects: Sequence[Group]) -> frozenset[str]:
    """Return the models a sentence names only as shown in preview ("a preview of Behemoth")."""
    return frozenset(
        m
        for g in subjects
        if _PREVIEW_OF.search(text[max(0, g.start - 50) : g.start])
        for m in g.models
    )


def _apposed_models(sentence: Sentence, pos: int) -> Group | None:
    """Return the list a status word's noun names in apposition: "available models — X and Y"."""
    apposition = _APPOSED.match(sentence.text, pos)
    if apposition is None:
        return None
    return next((g for g in sentence.subjects if g.start == apposition.end()), None)


#: a count of models in a generation statement: "The Llama 4 launch brought two initial
#: models with …", "a estreia do Llama 4 trouxe dois modelos"
_COUNTED_NOUN = re.compile(
    r"\b(?P<n>two|both|three|dois|duas|dos|deux|zwei|due|twee)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:models?|modelos|modèles|Modelle|modelli|modellen)\b",
    re.I,
)
_COUNT_WORDS = {
    "two": 2, "both": 2, "dois": 2, "duas": 2, "dos": 2, "deux": 2, "zwei": 2, "due": 2,
    "twee": 2, "three": 3,
}  # fmt: skip


#: a plural reference back opening a clause: "…, and both are released under …", "these
#: models are …", "这些模型均 …", "两款模型都 …", "they ship …"
_PLURAL_BACK = re.compile(
    r"(?:^|[,;，；、]\s*|\s(?:and|but|while|whereas|so)\s+|\s)"
    r"(?P<ref>(?i:both|they|these\s+(?:[\w-]+\s+){0,2}?models|the\s+two(?:\s+[\w-]+){0,2}?"
    r"\s+models|all\s+(?:two|three|four)(?:\s+[\w-]+){0,2}?\s+models|the\s+models)"
    r"(?=\s+(?:are|were|is|will|can|have|has|ship|come|use|run|support|remain|also)\b)|"
    r"(?:这些|這些|这两款|這兩款|两款|兩款|两个|兩個)(?:模型|版本)\s?(?:均|都|皆)|"
    r"(?:これらの|両方の)?(?:モデル|両モデル)(?:とも|は)?(?:いずれも|ともに))"
)


def _both_named_before(sentence: Sentence, before: Sequence[Group], pos: int) -> Target | None:
    """Return the models named before a plural reference back that opens the value's clause.

    "Scout fits on one GPU, while Maverick ships in FP8, and both are released under the
    Llama 4 Community License", "… 而 Maverick 则提供 FP8 格式 这些模型均遵循 Llama 4 社区许可
    协议": the licence is both members', not only the one named last.
    """
    text = sentence.text
    last = before[-1]
    if not any(k in text for k in ("both", "Both", "they", "models", "模型", "版本", "モデル")):
        return None
    ref = None
    for m in _PLURAL_BACK.finditer(text, last.end, pos):
        ref = m
    if ref is None or any(ref.end() <= g.start < pos for g in sentence.groups):
        return None
    named = [g for g in sentence.subjects if g.end <= ref.start() and not g.baseline]
    models = tuple(dict.fromkeys(m for g in named for m in g.models))
    if len(models) < 2:
        return None
    return Target(models, any(g.generic for g in named), sentence.sentence_models, named=True)


def _counted_fewer(text: str, target: Target, post: PostContext) -> Target | None:
    """Narrow a generation statement that counts fewer models than the members it reaches.

    "The Llama 4 launch brought two initial models with MoE designs" in a post naming
    Scout, Maverick and Behemoth: the two are the members the post has called released
    so far; if that does not make the count, which two is unclear.
    """
    if len(target.models) < 3 or "model" not in text.lower() or target.sentence_models:
        return target  # (a sentence naming members counts those)
    counted = _COUNTED_NOUN.search(text)
    if counted is None:
        return target
    wanted = _COUNT_WORDS[counted.group("n").lower()]
    if wanted >= len(target.models):
        return target
    released = tuple(
        m
        for m in target.models
        if any(
            c.model == m and c.attribute == "status" and c.value == "released"
            for c in post.candidates
        )
    )
    if len(released) != wanted:
        return None
    return Target(released, target.generic, target.sentence_models, target.named)


def _counted_all(text: str, target: Target, post: PostContext) -> bool:
    """Return True for "All three models …" said back of exactly three models named before.

    A count that matches the models referred back to names them as surely as a list.
    """
    if target.named or len(target.models) < 2:
        return False
    generations = {post.catalog.generation_of(m) for m in target.models}
    generation = generations.pop() if len(generations) == 1 else None
    named = {m for m in post.about.named_members if post.catalog.generation_of(m) == generation}
    if generation is None or named != set(target.models):
        return False  # the count must be the whole generation the post names
    counted = _COUNTED_MODELS.match(text)
    if counted is None:
        return False
    word = next(g for g in counted.groups() if g)
    return _COUNTS[word.lower()] == len(target.models)


#: a bracket right after a name, holding only its sizes: "(1B/3B/11B/90B)", "(8B, 70B)"
_SIZE_BRACKET = re.compile(r"\s?\((?:\s*~?\d[\d.]*\s?[BMT]\b\s*(?:[/,]|and|or)?)+\)", re.I)


def _listed_member_own_size(sentence: Sentence, pos: int) -> Target | None:
    """Return the one member of a list a size is glued to, if it is glued to one.

    "Llama 3.2 (1B/3B/90B), then Llama 3.3 70B": a size written
    into a name, or in a bracket of sizes right after it, is that name's alone, not the
    whole list's.
    """
    text = sentence.text
    for group in sentence.subjects:
        if len(group.mentions) < 2 or group.generic or pos < group.start:
            continue
        for mention in group.mentions:
            if mention.name not in group.models:
                continue
            if mention.start <= pos < mention.end and mention.size is not None:
                return Target((mention.name,), False, sentence.sentence_models, named=True)
            if pos >= mention.end and "(" in text[mention.end : pos]:
                bracket = _SIZE_BRACKET.match(text, mention.end)
                if bracket and pos < bracket.end():
                    return Target((mention.name,), False, sentence.sentence_models, named=True)
    return None


def target_at(
    sentence: Sentence, post: PostContext, pos: int, *, measure: bool = False
) -> Target | None:
    """Return the models the clause around ``pos`` says its value of, or None if unclear.

    ``measure``: the value is a size or a window, which a comparison can carry from one
    model to another.
    """
    if sentence.forced is not None:
        return sentence.forced
    text, subjects, groups = sentence.text, sentence.subjects, sentence.groups
    clause = clause_at(sentence.clauses, pos)
    if measure and any(
        g.baseline and _SIZE_JOINED.fullmatch(text, g.end, pos) for g in groups if g.end <= pos
    ):
        return None  # "the Llama2 - 7b model was fine-tuned …": the base's own size
    modified = _head_final_owner(sentence, pos)
    if modified is not None:
        return _named(modified, sentence)  # "개발 중인 … Behemoth 모델": Behemoth's
    if measure:
        member = _listed_member_own_size(sentence, pos)
        if member is not None:
            return member  # "Llama 3.3 70B, Llama 3.2 (1B/3B/11B/90B)": each its own
    if measure and _hypothetical(text, pos):
        return None
    if (
        measure
        and _COMPARED_OBJECT.search(text[max(0, pos - 50) : pos])
        and _COMPARED_TAIL.match(text, pos)
    ):
        # "it matches or beats the 405B on math": the size names the compared model
        # ("matches the 17B active count" says the subject has it too)
        return None
    if measure:
        fused = next(
            (
                g
                for g in subjects
                if _SIZE_BEFORE_NAME.fullmatch(text, pos, g.start)
                and not _BASED_AFTER.match(text, g.end)
            ),
            None,
        )
        if fused is not None:
            return _named(fused, sentence)  # "the 405B-parameter Llama 3.1"
    inside = [
        g
        for g in subjects
        if clause[0] <= g.start < clause[1]
        # "It was unveiled alongside Scout and Maverick, and was positioned as a 2T
        # model": after the companions the predicate goes on with the subject
        and not (
            set(g.models) <= sentence.companions
            and g.end <= pos
            and _SHARED_SUBJECT.search(text, g.end, pos)
        )
    ]
    if inside:
        before = [g for g in inside if g.end <= pos]
        if not before and (
            V.ANAPHOR_STRONG.match(text, clause[0])
            or _DEFINITE_SUBJECT.match(text, clause[0])
            or all_models_opening(text, clause[0])
        ):
            # "The two-trillion-parameter model was meant to crown the Llama 4
            # line", "所有模型均支持 128K 上下文,采用 Llama Guard …": the clause's subject
            # refers back; the later name is an object.
            focused = focus_target(sentence, post, clause)
            if focused and _compared_in_clause(sentence, clause, pos, focused):
                return None
            if focused:
                return focused
            if measure:
                # The clause's own subject is unclear: a size before the later
                # name is the subject's ("The model has 2T, more than Maverick").
                return None
        if before and (together := _both_named_before(sentence, before, pos)) is not None:
            return together
        chosen = before[-1] if before else min(inside, key=lambda g: g.start)
        if before and _PERSON_CLAUSE.search(text, before[-1].end, pos):
            # "X is a set of versions of Y, and we are glad to release a plugin for it":
            # the joined clause has the writer as its subject; what it releases is its
            # own object (read by object_of), not the name before it
            return None
        if before and (subject := _coordinated_subject(sentence, before, clause, pos)):
            # "X has been released with the same licence as Y and is free for commercial
            # use": the second predicate has no subject of its own; it is X's, not Y's
            chosen = subject
        if (
            not before
            and pos < chosen.start
            and RELATION_BEFORE.search(text, max(0, chosen.start - 60), chosen.start)
        ):
            # "Thanks to its 11B parameters, it became a predecessor for Llama 4 Scout":
            # the later name is what the subject is set against, not the value's owner
            if _PRONOUN_SUBJECT_BETWEEN.search(text, pos, chosen.start):
                return focus_target(sentence, post, clause)
            return None
        if not before and _DEPARTED_NAME.search(text, pos, chosen.start):
            # "MoE models are a clean shift from the dense Llama 3 family": the later
            # name is what the subject leaves behind, not what the value describes
            return None
        if measure and not before and _EXAMPLES_AFTER.match(text, pos):
            return None  # "in a dense model (Llama 3, GPT-4)": examples of a kind
        if measure and not before and _FAR_BRACKET.match(text, pos, chosen.start):
            # "sizes of 8B, 70B and a 400B+ flagship, plus special variants (Code Llama,
            # Llama Guard)": names in brackets well after the value are other things
            return None
        if measure and not before and _MEASURE_COMPARED.search(text, pos, chosen.start):
            # "let a 70B model approach the scores of Llama 3.1 405B": the size
            # belongs to what is compared with the later name
            return None
        if measure and not before and _compared_later(text, pos, chosen):
            # "8K 上下文长度,是 Llama 2 容量的两倍", "70 Milliarden Parameter … im
            # Vergleich zu Llama 2": the later name is what the value is compared with
            return None
        compared = [
            g
            for g in groups
            if g.baseline
            and chosen.end <= g.start
            and g.end <= pos
            and _WHICH_AFTER.match(text, g.end)
        ]
        if compared:
            # "X serves as the successor to the original Y models, which were released in
            # 2022": the relative clause is about Y, the comparison, not X; said right
            # after Y (or "Y models") it is Y's own.
            last = compared[-1]
            own_which = _WHICH_AFTER_MODEL.match(text, last.end)
            if (
                own_which
                and not measure  # a compared model's size is seldom the point (kept off)
                and not any(last.end <= g.start < pos for g in groups)
                and not foreign_between(text, last.end, pos)
            ):
                return _named(last, sentence)
            return None
        apposed = next(
            (
                g
                for g in reversed(groups)
                if g.baseline
                and chosen.end <= g.start
                and g.end <= pos
                and (noun := _APPOSED_MODEL_NOUN.match(text, g.end)) is not None
                and noun.end("det") <= pos
            ),
            None,
        )
        if (
            apposed is not None
            and not any(apposed.end <= g.start < pos for g in groups)
            and not _APPOSITION_END.search(text, apposed.end, pos)
        ):
            # "Llama 2 is the successor to Llama, the first open model Meta launched in
            # 2022": the apposition after the compared name describes it, not the subject
            return _named(apposed, sentence)
        if any(
            g.baseline
            and (paren := _PAREN_AFTER.match(text, g.end))
            and paren.end() <= pos < _paren_close(text, paren.end())
            for g in groups
        ):
            return None  # "an update to Llama 3 (announced in April 2024)": Llama 3's date
        which = _WHICH_AFTER_NOUN.search(text, chosen.end, pos)
        if which is not None and (
            len(text[chosen.end : which.start()].split()) > 1
            and not re.match(r"\s*[,(—–-]", text[chosen.end : which.start()])
        ):
            # "Llama 2 replaces the earlier research checkpoints, which were kept …": the
            # relative clause is about the noun before it, not the sentence's subject.
            return None
        blocker = [g for g in groups if not g.models and not g.baseline]
        if any(chosen.end <= g.start < pos and g.start >= clause[0] for g in blocker):
            # "Llama 4 is expected to build on Llama 2's work": a generation the post
            # names without members is the subject after the earlier name.
            return None
        if chosen.start <= pos < chosen.end:
            pass  # the value is part of the name ("Llama 3.3 70B")
        elif foreign_between(text, chosen.end if chosen.end <= pos else clause[0], pos):
            return None
        return _named(chosen, sentence)
    clause_text = text[clause[0] : clause[1]]
    if clause[0] > 0 and _LIST_TAIL.match(clause_text):
        # "sizes of 7B, 13B, 34B, and 70B": the list's last item, cut off by the
        # clause break before "and", belongs where the list began.
        return target_at(sentence, post, clause[0] - 1, measure=measure)
    if (
        clause[0] > 0
        and _DASH_NOUN_PHRASE.fullmatch(clause_text)
        and not any(clause[0] <= g.start < clause[1] for g in groups)
    ):
        # "Both ship with …, and a feature rivals lack — a 10M-token window": the noun
        # phrase after the dash names something of the clause before; its model is ours
        return target_at(sentence, post, clause[0] - 1, measure=measure)
    own = next(
        (
            g
            for g in reversed(groups)
            if g.models
            and clause[0] <= g.start
            and g.end <= pos
            and _WHICH_RIGHT_AFTER.match(text, g.end)
        ),
        None,
    )
    if own is not None and not any(own.end <= g.start < pos for g in groups):
        # "unlike LLaMA, which was released for research use only": the relative clause
        # right after a name is about that name, even one named as a comparison.
        return _named(own, sentence)
    if any(clause[0] <= g.start < clause[1] and (g.baseline or not g.models) for g in groups):
        # A clause that names a Meta model only as a base or a comparison ("fine-tuned
        # from LLaMA"), or a generation none of whose members the post names, is
        # about something else: its values do not go to the model in focus.
        return None
    relative = RELATIVE_START.match(clause_text)
    if relative and _WHICH.search(relative.group(0)):
        # "a shift from Llama 1, which had been restricted to research": a "which"
        # right after a name is about that name, even one named as a comparison.
        named = [g for g in groups if g.models and g.end <= clause[0]]
        if named and len(_BRACKETED.sub(" ", text[named[-1].end : clause[0]]).split()) <= 1:
            return _named(named[-1], sentence)
    if subjects and relative:
        before = [g for g in subjects if g.end <= clause[0]]
        if before:
            if (
                _WHICH.search(relative.group(0))
                and len(_BRACKETED.sub(" ", text[before[-1].end : clause[0]]).split()) > 2
            ):
                # "X serves as the successor to the original models, which were …": a
                # "which" is about the noun right before it, not a name further back.
                return None
            return _named(before[-1], sentence)
    if subjects and _ELLIPTICAL_VALUE.match(clause_text):
        # "Maverick has 400B total parameters, but only 17B active": a clause
        # that is just a value continues the previous clause's subject.
        before = [g for g in subjects if g.end <= clause[0]]
        if before:
            return _named(before[-1], sentence)
    lead = [g for g in subjects if g.end <= clause[0]]
    if (
        len(lead) == 1
        and len(text[: lead[0].start].split()) <= 1
        and (dash := _NAME_DASH.match(text, lead[0].end))
        and dash.end() >= clause[0]
    ):
        # "Llama 4 Scout — 109B total / 17B active": a name, a dash, its specs
        return _named(lead[0], sentence)
    if (
        lead
        and (dash := _NAME_KIND_DASH.match(text, lead[-1].end))
        and lead[-1].end <= clause[0] <= dash.end()
        and _APPOSITION_DASH.match(text, dash.end())
        and not any(clause[0] <= g.start < clause[1] for g in groups)
        and not foreign_between(text, clause[0], pos)
    ):
        # "… then came Scout and Maverick — two early MoE models of the line", "…
        # Muse Spark — its first closed model, built by …": a noun phrase set off by a
        # dash right after names describes them
        return _named(lead[-1], sentence)
    described = _AS_DESCRIPTION.match(clause_text)
    if (
        described
        and len(lead) == 1
        and clause[0] + described.start("head") > pos
        and not any(lead[0].end <= g.start < clause[0] for g in groups)
    ):
        # "X has taken the world by storm, as the first open model to …": the "as"
        # phrase describes the subject; a value before its noun is the subject's
        return _named(lead[0], sentence)
    if lead or _COMPARISON_LEAD.match(clause_text):
        return None
    if _speaks_of_a_kind(clause_text, pos - clause[0]):
        return None  # the clause speaks of a kind of model, not the one in focus
    if foreign_between(text, clause[0], pos):
        return None
    focused = focus_target(sentence, post, clause, topic=sentence.topic, pos=pos)
    if focused and _compared_in_clause(sentence, clause, pos, focused):
        return None
    return focused


#: a second predicate joined to the first by "and", with no subject of its own or with
#: "it" for the first one's: "… the same licence as Llama 2 and is free for commercial
#: use", "… designed to support Llama 3.1, and it is released under …" (a verb or an
#: auxiliary right after "and" or "and it")
_COORDINATED_PREDICATE = re.compile(
    r"[^,;:.!?()\[\]—–]{0,80}?,?\s+(?P<join>and)\s+(?:it['’]s\s|(?:it\s+)?"
    r"(?:(?:also|now|still|then|so|thus|already|even)\s+)?"
    r"(?:is|are|was|were|has|have|had|can|could|will|would|may|might|should|must|"
    r"comes?|came|ships?|shipped|remains?|remained|became|becomes?|runs?|supports?|"
    r"offers?|features?|uses?|includes?)\b)",
    re.I,
)
#: what may stand at a clause's start before its subject: a conjunction, a determiner or
#: the maker's possessive, and a plain adjective ("And the new X …", "Meta's X …")
_SUBJECT_OPENING = re.compile(
    r"[\s*>•-]*(?:(?:and|but|so|yet|now|today|also|meanwhile)\s*,?\s+)?"
    r"(?:(?:the|Meta['’]s|its|their|our)\s+)?(?:(?:new|latest|original|upcoming)\s+)?",
    re.I,
)
#: a word of the first predicate between its subject and the name it takes as object
_PREDICATE_WORD = re.compile(r"[A-Za-z]{2,}")
#: a clause joined after the name whose subject is the writer or the reader: ", and we're
#: excited to", "; we will", ", but you can" (never a model)
_PERSON_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and|but|so|while)?|\s(?:and|but|so|while))\s+(?:we|I|you)"
    r"(?:['’](?:re|ve|ll|d|m))?\s",
)
#: a clause set off after a fronted phrase whose subject refers back: ", it serves as"
_PRONOUN_SUBJECT_BETWEEN = re.compile(
    r",\s+(?:it|the model|this model|they|these models)\s+[a-z]", re.I
)


def _coordinated_subject(
    sentence: Sentence, before: Sequence[Group], clause: tuple[int, int], pos: int
) -> Group | None:
    """Return the clause's opening subject when the value is in a predicate joined to the
    first with "and" and no subject of its own, and the name nearer the value is an object
    of the first predicate.

    "Code Llama ships under the same licence as Llama 2 and is free to use": "is free"
    is said of Code Llama; Llama 2 is only what its licence is likened to.
    """
    first, last = before[0], before[-1]
    if first is last or set(first.models) & set(last.models):
        return None
    text = sentence.text
    if not _SUBJECT_OPENING.fullmatch(text, clause[0], first.start):
        return None
    if not _PREDICATE_WORD.search(text, first.end, last.start):
        return None  # "X and Y are …" (a list), not a subject and an object
    joined = _COORDINATED_PREDICATE.match(text, last.end)
    if joined is None or joined.start("join") >= pos:
        return None
    return first


def _compared_in_clause(
    sentence: Sentence, clause: tuple[int, int], pos: int, target: Target
) -> bool:
    """Return True when the clause names the model it would refer back to as compared.

    "Die beiden neuen Modelle haben 70 Milliarden Parameter … im Vergleich zu den
    Modellen der Llama 2-Serie": a clause does not compare a model with itself, so its
    reference back is not to the model in focus.
    """
    text = sentence.text
    names = [(g.start, g.end, set(g.models)) for g in sentence.groups]
    names += [(m.start, m.end, {m.name}) for m in sentence.family]
    for start, end, models in names:
        if not pos < start < clause[1]:
            continue
        # "der Llama 2-Serie" is read as the family; its words still name Llama 2
        said = text[start : start + 24].lower()
        if not models & set(target.models) and not any(
            said.startswith(m.lower()) and not said[len(m) : len(m) + 1].isalnum()
            for m in target.models
        ):
            continue
        lead = text[max(pos, start - 60) : start]
        if (
            _COMPARED_BEFORE_NAME.search(lead)
            or _MEASURE_COMPARED.search(lead)
            or _COMPARED_AFTER_NAME.match(text, end)
        ):
            return True
    return False


def _held_back_scope(sentence: Sentence, target: Target, pos: int) -> Target:
    """Keep a release-bound value in a list off the member the list holds back.

    "Scout, Maverick, and the in-training Behemoth" / "… and Behemoth (still in
    training)": what the list's verb says of the release is said of the others.
    """
    if any(start <= pos < end for _, start, end in sentence.held):
        return target
    held = {name for name, _, _ in sentence.held}
    kept = tuple(m for m in target.models if m not in held)
    if not kept or len(kept) == len(target.models):
        return target
    return Target(kept, target.generic, target.sentence_models, target.named)


#: a short bracket after a name, then a join to the next name: "Avocado (LLM) and Mango",
#: "Scout (109B), Maverick (400B) and …", "「Scout」(…)、「Maverick」": the list goes on
#: past the bracket
_BRACKET_THEN_JOIN = re.compile(
    r"[\"'」』”’]?\s*[(（][^()（）]{1,60}[)）]\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|und|y|et|e)\s+|"
    r"&\s*|、|和|与|及|と)(?:the\s+)?[\"'「『“‘]?\s*",
    re.I,
)
_BRACKET_AFTER = re.compile(r"[\"'」』”’]?\s*[(（][^()（）]{1,60}[)）]")
#: a second name joined to the first with a noun phrase of its own that calls it a model:
#: "a coding model codenamed "Avocado" and a video model called "Mango"", "a model
#: called Mango for video and a text-based model named Avocado", "AI 모델
#: '망고(Mango)'와 … AI 모델 '아보카도(Avocado)'를" (not "along with",
#: whose companion shares only the release)
_DESCRIBED_JOIN = re.compile(
    r"[\"'”’]?(?:\s+for\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s*,?\s+(?:and|as well as|plus)\s+"
    r"(?:also\s+)?(?:an?|the|its|another)\s+(?:[\w-]+\s+){0,6}?(?:model|LLM|system)\s*,?\s+"
    r"(?:(?:internally\s+)?(?:codenamed|code-named|called|named|dubbed)|"
    r"(?:known|referred\s+to)\s+(?:internally\s+)?as)\s+[\"'“‘]?"
    r"|[)）]?\s*[’'”」』\"]?\s*(?:[(（][^()（）]{1,30}[)）]\s*[’'”」』\"]?)?(?:와|과|및)\s+"
    r"(?:[^\s,.。]+\s+){0,6}?[^\s,.。]*(?:모델|LLM)\)?인?\s?[‘'“「\"]",
    re.I,
)


def _bracket_list(sentence: Sentence, target: Target, pos: int) -> Target:
    """Widen a name's target to the list its brackets sit in: "upcoming models Avocado
    (LLM) and Mango (multimodal)" says "upcoming" of both; so does a list whose second
    name has a noun phrase of its own ("developing a text model codenamed Avocado and a
    video model called Mango").

    A value inside one member's bracket stays that member's.
    """
    text, subjects = sentence.text, sorted(sentence.subjects, key=lambda g: g.start)
    chain: list[Group] = []
    for group in subjects:
        if chain and (
            _BRACKET_THEN_JOIN.fullmatch(text, chain[-1].end, group.start)
            or _DESCRIBED_JOIN.fullmatch(text, chain[-1].end, group.start)
        ):
            chain.append(group)
            continue
        if len(chain) > 1 and any(set(target.models) == set(g.models) for g in chain):
            break
        chain = [group]
    if len(chain) < 2 or not any(set(target.models) == set(g.models) for g in chain):
        return target
    last = _BRACKET_AFTER.match(text, chain[-1].end)
    end = last.end() if last else chain[-1].end
    if chain[0].start <= pos < end:
        return target  # "Scout (109B) and Maverick (400B)": each bracket is its own name's
    models = tuple(dict.fromkeys(m for g in chain for m in g.models))
    generic = any(g.generic for g in chain)
    return Target(models, generic, target.sentence_models, target.named)


#: a bracket right after a name that dates its launch: "(announced in April 2024)",
#: "(released last July)"
DATED_BRACKET = re.compile(
    r"\s*\((?:first\s+|originally\s+)?(?:announced|released|launched|introduced|unveiled|"
    r"debuted)\b",
    re.I,
)


def _compared_bracket_owner(sentence: Sentence, pos: int) -> Group | None:
    """Return the compared name whose dating bracket holds ``pos``.

    "Llama 2 is the follow-up to LLaMA (first released in February 2023)": the bracket
    belongs to the name right before it, even one the sentence compares.
    """
    text = sentence.text
    for group in sentence.groups:
        if not group.baseline or not group.models or group.end > pos:
            continue
        bracket = DATED_BRACKET.match(text, group.end)
        if bracket and bracket.end() <= pos + 20 and pos < _paren_close(text, bracket.end()):
            return group
    return None


def _holding_words_end(text: str, start: int, end: int) -> int:
    """Return where the words that hold a member back end ("(still in training"), not
    the clause after them ("… are upcoming models"), for words after the name."""
    words = (
        _UNRELEASED_AFTER.match(text, start, end)
        or _UNRELEASED_RIGHT_AFTER.match(text, start, end)
        or _UNRELEASED_AFTER_OTHER.match(text, start, end)
    )
    return words.end() if words else end


def _list_headed_at(sentence: Sentence, held: Target, name_start: int, pos: int) -> Target:
    """Widen a member held back by words before its name to the list that name opens.

    "the upcoming models Avocado (LLM) and Mango (multimodal)", "the unreleased Avocado
    and Mango": the words stand before the whole list. Words before a later name of a
    list ("Scout, Maverick, and the in-training Behemoth") stay that name's.
    """
    text = sentence.text
    opened = next((g for g in sentence.subjects if g.start == name_start), None)
    if opened is None or opened.mentions[0].name not in held.models:
        return held  # (words after a name end where the next name starts)
    if any(
        g.end <= opened.start
        and (
            _BRACKET_THEN_JOIN.fullmatch(text, g.end, opened.start)
            or _DESCRIBED_JOIN.fullmatch(text, g.end, opened.start)
        )
        for g in sentence.subjects
    ):
        return held  # the name goes on a list begun before it
    if len(opened.mentions) > 1:
        return Target(opened.models, opened.generic, held.sentence_models, named=True)
    return _bracket_list(
        sentence, Target(opened.models, opened.generic, held.sentence_models, named=True), pos
    )


#: a relative clause about people: "teams who rest their tools on open-weight
#: foundations", "users who want open weights"
_WHO = re.compile(r"\b(?:who|whom)\b", re.I)
_WHO_CLAUSE_END = re.compile(r"[;:!?]|\.\s|\s[—–]\s|,\s+(?:and|but|while|which)\b", re.I)


def _in_people_clause(sentence: Sentence, pos: int) -> bool:
    """Return True for a value in a "who" clause that names no model before it.

    "… what it means for teams who set their stacks on open-weight
    foundations": the clause speaks of people and what they use, not of the model.
    """
    text = sentence.text
    who = None
    for m in _WHO.finditer(text, max(0, pos - 120), pos):
        who = m
    if who is None or _WHO_CLAUSE_END.search(text, who.end(), pos):
        return False
    return not any(who.end() <= g.start < pos for g in sentence.groups) and not any(
        who.end() <= m.start < pos for m in sentence.family
    )


def _refers_back(sentence: Sentence, pos: int) -> bool:
    """Return True when the clause at ``pos`` has a word that points back at a model."""
    start, end = clause_at(sentence.clauses, pos)
    if any(start <= m.start < end for m in sentence.family):
        return True  # "Llama 4 is Meta's open-weight family": the generation is named
    if _WEIGHTS_SUBJECT.match(sentence.text, start):
        return True
    if languages.reading_other_language() and _FOREIGN_REFERENCE.search(sentence.text, start, end):
        return True  # "오픈소스 … 이 모델들은": these models, in the post's language
    if pro_drop_opening(sentence.text, start):
        return True  # "Además, están publicados con pesos abiertos": the subject left out
    if all_models_opening(sentence.text, start):
        return True  # "所有模型均以开放权重发布": all the models in focus
    if THIS_DESCRIBED_MODEL.search(sentence.text, start, end):
        return True  # "this specific model", "this large language model": a model described
    return bool(_MODEL_REFERENCE.search(sentence.text, start, end))


def _own_licence_target(names: Sequence[str], generic: bool, post: PostContext) -> Target | None:
    """Return the model a licence named for it ("Llama 3.1 Community License") is said of,
    where the clause names no model: that model only when the page is about it.

    A page titled for another model ("Prompt-Guard-86M", a fine-tune's hub id) carries the
    licence of the model it is built from as its own.
    """
    target = license_target(names, generic, post.catalog, post.about.named_members)
    if target is None:
        return None
    titled = set(post.scope.title_models)
    if not titled and post.scope.names_other:
        return None  # "saltlux/Ko-Llama3-Luxia-8B": the card's licence is its model's
    kept = tuple(
        m for m in target.models if m not in post.scope.bases and (not titled or m in titled)
    )
    return Target(kept, target.generic, target.sentence_models, target.named) if kept else None


def bind(
    sentence: Sentence,
    post: PostContext,
    attribute: str,
    value: object,
    pos: int,
    *,
    fallback: Sequence[str] = (),
    fallback_generic: bool = False,
) -> Target | None:
    """Return the models a value read at ``pos`` is said of, or None to say nothing.

    ``fallback``: names a licence itself points at ("Llama 4 Community License"), the
    target when the clause gives none.
    """
    text, forced = sentence.text, sentence.forced
    if _inside_url(text, pos):
        return None  # "…/meta-abandons-llama-spark/": a web address says nothing
    if forced is None and in_condition(
        text, pos, sentence.groups, foreign=languages.reading_other_language()
    ):
        # "If X ships as an open-weight release, …", "unclear whether X will be open":
        # a condition or an open question imagines or asks; it states nothing
        return None
    if forced is None and attribute in ("release_date", "status") and "(" in text:
        compared = _compared_bracket_owner(sentence, pos)
        if compared is not None:
            # "a follow-up to Llama 2 (released in July 2023)": the bracket dates the
            # compared model; its status is not what the sentence says
            return _named(compared, sentence) if attribute == "release_date" else None
    if (
        attribute == "status"
        and value == "released"
        and forced is None
        and any(start <= pos < end for _, start, end in sentence.held)
    ):
        return None  # "the soon-to-be-released Behemoth": the words hold it back
    if attribute == "status" and value != "released" and forced is None:
        marks = [
            (name, start, end)
            for name, start, end in sentence.held
            if start <= pos < _holding_words_end(text, start, end)
        ]
        if marks:
            # "Scout, Maverick, and the in-training Behemoth": the word is said of the
            # member it stands by, not of the list it stands in ...
            marking = tuple(name for name, _, _ in marks)
            held = Target(marking, False, sentence.sentence_models, named=True)
            if len(marks) == 1:
                # ... but standing before a list's first name it is said of the list:
                # "the upcoming models Avocado (LLM) and Mango (multimodal)"
                held = _list_headed_at(sentence, held, marks[0][2], pos)
            return None if _size_variant_subject(sentence, held, pos) else held
    if (
        attribute == "status"
        and forced is None
        and _SPECIAL_BUILD_RELATIVE.search(text, max(0, pos - 140), pos)
    ):
        return None  # "a tuned build of the model, one not yet out": the build's status
    if attribute == "status" and forced is None and _sized_version_after(text, pos):
        # "it is still training a 400-billion-parameter version of the model", "en cours
        # d'entraînement d'une version à 400 milliards": one size's status
        return None
    if attribute == "status" and forced is None:
        modified = _participle_of(sentence, pos)
        if modified is not None and modified.baseline:
            return None  # "as capable as the largest Llama 2 model released": a comparison
        if modified is not None:
            return _named(modified, sentence)
    if (
        attribute in ("status", "release_date")
        and forced is None
        and _participle_of_compared(sentence, pos)
    ):
        return None  # "more than Llama 3 released on April 19": the compared model's date
    if forced is None and attribute in RELEASE_BOUND and _head_final_other(sentence, pos):
        return None  # "2023년 3월 출시된 오픈AI의 GPT 4": GPT-4's release and date
    if (
        attribute in ("status", "release_date")
        and forced is None
        and _launch_of_other(sentence, pos)
    ):
        return None  # "Purple Llama was launched on December 7, four months after Llama 2 …"
    if forced is None and _in_contrast_opening(sentence, pos):
        # "Unlike earlier systems that used separate encoders for text, image and audio,
        # Muse Spark is natively multimodal": a value in the contrast is the compared
        # thing's, not the subject's named after it.
        return None
    if attribute not in RELEASE_BOUND and value_of_other(text, pos):
        return None  # "the 32K limit of GPT-4": the value belongs to another lab's model
    if attribute in ("params_total", "params_active") and (
        size_of_other(text, pos) or _glued_to_other_name(sentence, pos)
    ):
        return None  # "the Falcon-40B model": the size is written in another lab's name
    if forced is None and _fronted_before_other_subject(sentence, pos):
        # "With its size of 180 billion parameters, Falcon 180B has …": the fronted
        # phrase is said of the other lab's model its main clause opens on
        return None
    if attribute == "modalities" and value == ("text",) and _VISION.search(text):
        return None  # "text-only models (1B, 3B) and vision models": variants differ
    if attribute in RELEASE_BOUND and product_subject(text, pos, sentence.groups):
        return None  # "The Meta AI assistant, now available in …": a product, not a model
    if (
        forced is None
        and attribute in ("openness", "status")
        and (other := _VERSIONS_OF_OTHER.match(text, pos))
        and not any(g.start == other.end() for g in sentence.groups)
    ):
        return None  # "their own closed source versions of Unix": another thing's versions
    if (
        forced is None
        and attribute == "openness"
        and any(
            m.kind == "family"
            and _FAMILY_WORD_AFTER.fullmatch(text, pos, m.start)
            # "it is the final open-weight Llama": one member, the subject
            and not member_of_family(text, m)
            for m in sentence.family
        )
    ):
        return None  # "suspended its open-source Llama framework": the family's word
    if (
        forced is None
        and attribute == "openness"
        and value == "open_weights"
        and _departed_from(sentence, pos)
    ):
        return None  # "a clean break from … open-source": what the subject leaves behind
    if (
        forced is None
        and attribute == "openness"
        and value != "closed"
        and _STANCE_NOUN_AFTER.match(text, pos)
    ):
        return None  # "오픈소스 개발 방침 선회": the company's policy, not the model's rung
    if forced is None and _said_of_family(sentence, pos):
        return None  # "the Llama family is open-weight": the whole family, no member
    if (
        forced is None
        and attribute == "openness"
        and "who" in text
        and _in_people_clause(sentence, pos)
    ):
        return None  # "developers who built on open-weight models": people, not the model
    if sentence.carried and attribute == "release_date":
        return None  # a date in a sentence naming no model dates some other event
    if (
        sentence.carried
        and attribute in REFERENCE_NEEDED
        and not _MODEL_NOUN.search(text)
        and not _refers_back(sentence, pos)
    ):
        # "All developers can use open-source tools": a rung in a sentence naming no
        # model is the model's only when the sentence speaks of a model
        return None
    owner = None if forced or attribute in RELEASE_BOUND else _trailing_owner(sentence, pos)
    if forced is None and attribute == "openness":
        # "Meta released X, which succeeds the open-weight Llama 4 Maverick", "It remains
        # unreleased; Meta ships the proprietary 'Muse Spark' instead": the word describes
        # the name it stands before, whatever the clause's subject
        owner = next(
            (
                g
                for g in sentence.subjects
                if g.start > pos and _PRENOMINAL.fullmatch(text, pos, g.start)
            ),
            None,
        )
        if owner is not None and foreign_between(text, clause_at(sentence.clauses, pos)[0], pos):
            owner = None  # "we've seen Google's Bard become …, and Meta release …": unclear
    if owner is not None:
        target: Target | None = _named(owner, sentence)
    else:
        target = target_at(sentence, post, pos, measure=attribute in MEASURES)
        if (
            attribute in REFERENCE_NEEDED
            and target is not None
            and not target.named
            and forced is None
            and not sentence.topic
            and not _refers_back(sentence, pos)
        ):
            # "Companies choose not to make their models open-source": with no word
            # pointing at a model, the model in focus is not what the clause is about.
            return None
    if (
        attribute == "status"
        and sentence.paren_models
        and target is not None
        and not any(a <= pos < b for a, b in sentence.paren_spans)
    ):
        kept = tuple(m for m in target.models if m not in sentence.paren_models)
        target = Target(kept, target.generic, target.sentence_models, target.named)
    if forced is None and attribute in ("status", "openness"):
        apposed = _apposed_models(sentence, pos)
        if apposed is not None:
            target = _named(apposed, sentence)
    if (
        target is not None
        and not target.named
        and len(target.models) > 1
        and (part := _PARTITIVE.search(text))
        and _COUNTS.get(part.group(1).lower(), 0) != len(target.models)
    ):
        return None  # "Two of them are available": which two, the sentence does not say
    if forced is None and attribute in ("status", "openness"):
        obj = object_of(text, pos, attribute, sentence.groups)
        if obj is ELSEWHERE:
            return None  # "released Alpaca": the verb's object is not a Meta model
        if obj is not None:
            target = obj
    if forced is None and target is not None and target.named and len(sentence.subjects) > 1:
        target = _bracket_list(sentence, target, pos)
    if (
        sentence.held
        and forced is None
        and attribute in RELEASE_BOUND
        and not (attribute == "status" and value != "released")
        and target is not None
    ):
        # ("Scout, Maverick and Behemoth (still in training) are upcoming models": a
        # status that is no release is said of the held member too)
        target = _held_back_scope(sentence, target, pos)
    if (target is None or not target.models) and fallback:
        target = _own_licence_target(fallback, fallback_generic, post)
    if target is not None and target.generic and forced is None:
        target = _named_members_only(sentence, target, post.catalog)
    if (
        target is not None
        and sentence.previewed
        and attribute in RELEASE_BOUND
        and not (attribute == "status" and value != "released")
    ):
        # "two models, Scout and Maverick, with a preview of Behemoth": a model shown in
        # preview does not share the others' release.
        kept = tuple(m for m in target.models if m not in sentence.previewed)
        target = Target(kept, target.generic, target.sentence_models, target.named)
    if target is not None and sentence.predecessors:
        kept = tuple(m for m in target.models if m not in sentence.predecessors)
        target = Target(kept, target.generic, target.sentence_models, target.named)
    if target is not None and forced is None and target.generic:
        target = _counted_fewer(text, target, post)
    if target is None or not target.models:
        return None
    if forced is None and _unnamed_model_holds(sentence, pos):
        # "… Scout and Maverick, and announced a third, even larger model in
        # development", "rumours of a reasoning model due soon": the value is said of a
        # model the sentence does not name, not of the names before it or in focus
        return None
    if (
        attribute == "openness"
        and sentence.heading
        and not sentence.subjects
        and forced is None
        and _KIND_IN_HEADING.search(text)
    ):
        return None  # "Open-source LLMs compared" as a heading: a topic, not a model's rung
    if attribute in TECHNICAL and forced is None and not _counted_all(text, target, post):
        scoped = technical_scope(target, post.state)
        if scoped is None:
            return None
        target = scoped
        if attribute == "context_window" and target.generic and len(target.models) > 1:
            # "Llama 4 offers a 10M-token window", "The model features a 10M-token
            # window" after it: members of a generation differ in their windows, and a
            # generation-wide figure does not say which one has it.
            return None
    if (
        attribute in ("params_total", "params_active", "context_window")
        and (target.generic or (attribute == "context_window" and not target.named))
        and len(target.models) > 1
        and _UP_TO.search(text[max(0, pos - 40) : pos])
    ):
        # "a parameter count of up to 400 billion" of a generation, "Context window: up
        # to 128K" under a list of members: the largest member's figure, and the
        # sentence does not say which member that is
        return None
    if (
        attribute == "status"
        and value != "released"
        and forced is None
        and _size_variant_subject(sentence, target, pos)
    ):
        # "Llama 3 405B is still training": one size of the model is not out yet; the
        # model is not upcoming for that
        return None
    if (
        sentence.companions
        and not (attribute == "status" and value == "released")
        and not any(
            g.start <= pos < g.end and set(g.models) <= sentence.companions
            for g in sentence.subjects
        )
    ):
        # "It was unveiled alongside Scout and Maverick, and was positioned as a 2T
        # model": a companion shares the release, nothing else the sentence says.
        kept = tuple(m for m in target.models if m not in sentence.companions)
        target = Target(kept, target.generic, target.sentence_models, target.named)
        if not target.models:
            return None
    return target
