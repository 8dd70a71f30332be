"""The words of languages other than English that the readers understand, as data.

Each language is one :class:`Language` record of word lists: how a post says a model is
released, coming or shelved, open or closed; how it names months, seasons and quarters;
how it writes large numbers and parameter counts. :mod:`vocabulary`, :mod:`readers`,
:mod:`numbers` and :mod:`dates` compile the lists of all languages into the patterns they
already run, as extra alternatives that English text never matches. A language is added by
adding a record to ``LANGUAGES``; no reader changes.

Entries are regular-expression fragments matched on lower-cased text. Words of languages
written with spaces (``spaced``) are matched as whole words; Chinese and Japanese words are
matched anywhere, since those scripts put no space between words. Precision comes first:
a list holds only words that say the thing without help (a verb of release, not a verb
that only might be one), and words that are also English words are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Language:
    """The words of one language, grouped by what they signal."""

    code: str
    #: written with spaces between words (whole-word matching)
    spaced: bool = True
    released: tuple[str, ...] = ()
    upcoming: tuple[str, ...] = ()
    shelved: tuple[str, ...] = ()
    open_weights: tuple[str, ...] = ()
    closed: tuple[str, ...] = ()
    #: words after a member's name that hold it back alone, while its siblings are out
    #: ("Behemoth는 아직 공개되지 않았다", "Behemoth尚未发布", "Behemothはまだ開発中")
    held_back: tuple[str, ...] = ()
    #: weights for research or academic use only ("학술 전용", "仅限研究")
    research_only: tuple[str, ...] = ()
    #: a leak ("geleakt", "流出"): no openness rung is read from such a sentence
    leak: tuple[str, ...] = ()
    #: a paper or article as what was published ("ein Paper zu LLaMA veröffentlicht")
    artefacts: tuple[str, ...] = ()
    #: a reference back to the model in focus ("das Modell", "el nuevo modelo", "该模型")
    anaphors: tuple[str, ...] = ()
    #: words just before a name that make it a comparison or a base ("als", "比", "que")
    baseline_before: tuple[str, ...] = ()
    #: a subordinate clause's lead or a contrastive join ("während", "mientras", "mais")
    clause_joins: tuple[str, ...] = ()
    #: words just before ("nicht", "aún no", "未")
    negation: tuple[str, ...] = ()
    #: attribution to sources ("según fuentes") and hedges ("se espera")
    attribution: tuple[str, ...] = ()
    hedge: tuple[str, ...] = ()
    #: words that make a dated statement look forward ("wird", "previsto")
    future: tuple[str, ...] = ()
    #: release nouns that a date can follow ("lanzamiento", "发布")
    release_nouns: tuple[str, ...] = ()
    #: a field label whose value is the release date ("Lanzamiento:", "发布日期:")
    release_labels: tuple[str, ...] = ()
    #: a field label or table header whose value is the sizes ("参数规模", "Parámetros")
    #: or the context window ("上下文长度", "Kontextfenster")
    params_labels: tuple[str, ...] = ()
    context_labels: tuple[str, ...] = ()
    #: a spec sheet's field for the architecture ("架构" / "Dense") and for the input
    #: modalities ("模态" / "Text")
    architecture_labels: tuple[str, ...] = ()
    modality_labels: tuple[str, ...] = ()
    months: dict[str, int] = field(default_factory=dict)
    #: unspaced languages: the words a delay puts before its new day ("推迟至", "推至"); a
    #: month written alone after them ("推至至少五月") is the target, read as one to come
    moved_to: tuple[str, ...] = ()
    #: season word → quarter it mostly falls in
    seasons: dict[str, int] = field(default_factory=dict)
    #: ordinal word of a quarter → quarter ("primer" → 1), and the word for a quarter
    quarter_ordinals: dict[str, int] = field(default_factory=dict)
    quarter_words: tuple[str, ...] = ()
    #: "yesterday", "today" … → day offset from the publication date
    day_words: dict[str, int] = field(default_factory=dict)
    #: weekday names → weekday number (Monday 0), and words for a part of a month before
    #: its name ("Ende Februar", "a finales de marzo"): the month is what they date
    weekdays: dict[str, int] = field(default_factory=dict)
    month_parts: tuple[str, ...] = ()
    #: what makes a weekday name a day of the post's week: a word before it ("am", "ce",
    #: "nesta", "в", "ביום") or after it ("soir", "dernier", "pasado", "вечером"); of
    #: these, the words that say the one gone by ("letzten", "dernier", "scorso"), which in
    #: a post of that very weekday mean a week back
    weekday_before: tuple[str, ...] = ()
    weekday_after: tuple[str, ...] = ()
    weekday_last: tuple[str, ...] = ()
    #: words before a weekday that put it in the week before the post's ("上周二", "先週の
    #: 火曜日", "지난주 화요일"), not at the latest such day
    weekday_last_week: tuple[str, ...] = ()
    #: weekday names read with nothing around them ("a présenté mardi Llama 2", "ha
    #: presentato martedì"): only names that are no other word of any language read here
    weekday_bare: tuple[str, ...] = ()
    #: "this month", "last month", "at the start of this month" → months from the post's
    rel_months: dict[str, int] = field(default_factory=dict)
    #: "N days / weeks / months ago": the words before the count ("hace", "il y a", "vor")
    #: or after the unit ("fa", "назад", "lalu"), the unit words (regex → "day", "week" or
    #: "month"), and the counts spelled out ("dos", "deux", "zwei")
    ago_before: tuple[str, ...] = ()
    ago_after: tuple[str, ...] = ()
    time_units: dict[str, str] = field(default_factory=dict)
    count_words: dict[str, int] = field(default_factory=dict)
    #: a word before or after a season that says which one: the next (1), this year's (0)
    #: or the last (-1) ("la prossima primavera", "au printemps prochain")
    season_rel: dict[str, int] = field(default_factory=dict)
    #: number words → multiplier ("Milliarden" → 10^9, "亿" → 10^8)
    units: dict[str, int] = field(default_factory=dict)
    #: words for a count, read before a multiplier only ("einer Million" → 1, times 10^6)
    number_words: dict[str, int] = field(default_factory=dict)
    #: the word for parameters, for active, for total, for context and tokens
    parameters: tuple[str, ...] = ()
    active: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()
    #: input modalities: the word → the modality it names ("imagen" → "image"), the words
    #: that join two of them in a list ("y", "和", "와"), and the verbs and nouns that say a
    #: model takes them in ("procesa", "处理", "멀티모달")
    modality_words: dict[str, str] = field(default_factory=dict)
    modality_joins: tuple[str, ...] = ()
    modality_cues: tuple[str, ...] = ()


_DE_WEEKDAYS = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
_DE_DAY_PARTS = ("abend", "morgen", "vormittag", "nachmittag")
#: the participles of a launch that close a German perfect ("Meta hat X … veröffentlicht")
#: after the researchers a gate lets in, no other audience joined on ("Forschern und
#: Unternehmen"); more researchers may be ("Forschern und Forschungslabors")
_DE_NO_OTHER_AUDIENCE = (
    r"(?!,? (?:und|sowie|oder) (?!(?:[\w-]+ )?(?:forsch|wissenschaft|akadem|universit)))"
)
#: "so far", "ever" right before the participle used as an adjective: "das größte bisher
#: veröffentlichte Modell", "das größte je veröffentlichte" (the largest released so far)
#: names a class the subject is measured against, not its own release (as English "the
#: largest of any released model")
_DE_SO_FAR = "".join(
    f"(?<!{word} )"
    for word in ("bisher", "bislang", "jemals", "je", "zuvor", "bis heute", "bis dato")
)
_DE_LAUNCH_PARTICIPLE = (
    r"(?:ins rennen geschickt|veröffentlicht|vorgestellt|präsentiert|enthüllt|herausgebracht|"
    r"auf den markt gebracht|freigegeben|gelauncht|lanciert)"
)
#: the maker's perfect read where its object stands, not at the participle the clause ends
#: on: "Meta hat X im Frühjahr als Gegenstück zu GPT-4 von OpenAI und Gemini von Google
#: vorgestellt" names rivals between the model and the verb, which would give the verb to
#: them; "hat" right after the maker, with the participle ahead in the same
#: sentence, is where the object follows (as English "Meta launched X as a rival to
#: GPT-4"). Not where a denial, "noch", or a paper, study or report stands between.
_DE_MAKER_PERFECT = (
    r"(?:(?<=meta )|(?<=meta ai )|(?<=facebook )|(?<=konzern )|(?<=unternehmen ))hat"
    r"(?![^.;:!?]{0,160}?\b(?:nicht|kein\w*|nie|noch|paper|papier|studie|bericht|artikel|"
    r"blogbeitrag|code|quellcode|pläne|details|daten)\b)"
    r"(?= [^.;:!?]{0,160}? " + _DE_LAUNCH_PARTICIPLE + r"\b)"
)

GERMAN = Language(
    code="de",
    released=(
        # (not the passive infinitive "veröffentlicht werden": "soll bald veröffentlicht
        # werden", "könnte im Herbst veröffentlicht werden" say a release to come)
        r"veröffentlicht(?! werden)",
        _DE_SO_FAR + r"veröffentlicht(?:e|en)",
        # the Latin synonym: "Im Juli 2024 publizierte Meta sein neues Modell …"
        r"publiziert(?:e|en)?",
        r"vorgestellt",
        r"stellt(?: [\w-]+){1,6}? vor",
        # the separable verb in the past: "Am 18. Juli stellte Meta Llama 2 vor"
        r"stellten? (?:[\w-]+ ){1,6}?vor\b",
        r"auf den markt gebracht",
        r"(?:der öffentlichkeit )?zugänglich gemacht",
        r"(?:ist|sind|bereits|jetzt|nun) (?:\w+ )?(?:öffentlich )?(?:verfügbar|erhältlich)",
        r"bereitgestellt",
        r"freigegeben",
        # "ins Rennen geschickt": sent into the race, a launch idiom
        r"ins rennen geschickt",
        _DE_MAKER_PERFECT,
        # launch: "hat am Dienstag Llama 3.1 gestartet" (not a training run started),
        # the loan verb "launchte / gelauncht", and "lanciert", "präsentiert", "enthüllt"
        r"(?:hat|haben) (?!(?:[\w.,-]+ ){0,8}?(?:training|trainingslauf|entwicklung)\b)"
        r"(?:[\w.,-]+ ){0,8}?gestartet",
        r"(?:ist|sind) (?:offiziell |jetzt |nun |bereits )?gestartet",
        r"launcht(?:e|en)?",
        r"gelauncht",
        r"lanciert(?:e|en)?",
        r"präsentiert(?:e|en)?",
        r"enthüllt(?:e|en)?",
        # separable verbs: "brachte Meta Llama 2 heraus", "rollt … aus", "stellt … zur Verfügung"
        r"(?:bringt|brachte|brachten) (?:[\w.,-]+ ){1,6}?(?:heraus|auf den markt)\b",
        r"herausgebracht",
        r"(?:rollt|rollte|rollten) (?:[\w.,-]+ ){1,6}?aus\b",
        r"ausgerollt",
        r"zur verfügung gestellt",
        r"(?:stellt|stellte|stellten) (?:[\w.,-]+ ){1,6}?zur verfügung",
    ),
    upcoming=(
        r"(?:noch )?in (?:der )?(?:entwicklung|trainingsphase)",
        r"noch im training",
        r"wird (?:noch )?trainiert",
        r"(?:wird|werden|soll|sollen) (?:[\w-]+ ){0,4}?"
        r"(?:veröffentlicht|publiziert|erscheinen|kommen|folgen)",
        # could, should, would have to: "könnte im Herbst veröffentlicht werden", "dürfte
        # bald erscheinen", "müsste noch vorgestellt werden" (a release foreseen, not made)
        r"(?:könnte|könnten|dürfte|dürften|müsste|müssten) (?:[\w.,-]+ ){0,6}?"
        r"(?:(?:veröffentlicht|vorgestellt|präsentiert|freigegeben|publiziert) werden|erscheinen|"
        r"kommen|starten|auf den markt kommen)\b",
        # "wird ab Juli verfügbar sein", "soll … erhältlich sein": out only later
        r"(?:wird|werden|soll|sollen) (?:[\w.,-]+ ){0,6}?(?:verfügbar|erhältlich) sein",
        # the future and plans of the launch verbs: "soll im Herbst starten", "wird … vorstellen"
        r"(?:wird|werden|soll|sollen|will|wollen|plant|planen) (?:[\w.,-]+ ){0,6}?"
        r"(?:starten|gestartet|vorstellen|vorgestellt|veröffentlichen|herausbringen|launchen|"
        r"ausrollen|bereitstellen|freigeben|präsentieren|enthüllen)\b",
        r"verschoben",
        # delayed, as a verb (not "die verzögerte Veröffentlichung", which may lie behind):
        # "Die Veröffentlichung … verzögert sich", "hat sich erneut verzögert"
        r"verzögert(?:e|en)? sich",
        r"(?:hat|haben|hatte|hatten) sich (?:[\w-]+ ){0,4}?verzögert",
        # not until a time, at the earliest: "kommt frühestens im Herbst", "soll nicht vor
        # Ende 2025 erscheinen", "erst im Herbst veröffentlicht" (as English "not until fall")
        r"frühestens(?= (?:im|am|ab|in|zum|gegen|ende|anfang|mitte|nach|\d)\b)",
        r"nicht vor (?:dem |der )?(?:ende |anfang |mitte )?(?:herbst|frühjahr|frühling|sommer|"
        r"winter|(?:19|20)\d\d|januar|februar|märz|april|mai|juni|juli|august|september|"
        r"oktober|november|dezember)\b",
        r"erst (?:im|ab|ende|anfang|mitte|gegen|nach|zum) (?:[\w.-]+ ){0,3}?(?:kommen|erscheinen|"
        r"veröffentlicht|starten|gestartet|verfügbar|folgen|erfolgen)\b",
        r"noch nicht (?:veröffentlicht|publiziert|verfügbar|erschienen)",
        r"hinter verschlossenen türen",
    ),
    #: after a member's name, said of it alone: "Behemoth, noch im Training", "… ist noch
    #: nicht verfügbar" (read only where binding lets other languages' words run)
    held_back=(
        r"(?:befindet sich |ist )?noch (?:im|in der) (?:training|entwicklung|trainingsphase)",
        r"(?:ist |wurde )?noch nicht (?:veröffentlicht|verfügbar|erschienen)",
    ),
    shelved=(r"auf eis gelegt", r"eingestellt", r"gestrichen"),
    open_weights=(
        r"quelloffen(?:e[nrs]?)?",
        r"offene[nrs]? (?:gewichte|modell\w*|ki-modell\w*|sprachmodell\w*|ki-systeme?)",
        r"offenen (?:modellen|gewichten)",
        r"herunterladen",
        r"heruntergeladen",
    ),
    closed=(r"proprietär(?:es)?", r"geschlossene[sn]? (?:modell|gewichte)"),
    # weights for research only: "nur für Forschungszwecke", "nicht-kommerzielle Lizenz"
    research_only=(
        r"(?:nur|ausschließlich) (?:für|zu) (?:die )?(?:forschung|forscher(?:innen)?|"
        r"forschungszwecke(?:n)?|wissenschaftliche zwecke)(?! und)",
        r"nicht-?kommerziellen? (?:forschungs)?lizenz",
        # access let in case by case, or held to research labs: "Zugriff gibt es von Fall zu
        # Fall für Forscher", "will den Zugriff auf Hochschul-Forschungslabore beschränken",
        # "beschränkt den Zugriff auf Forscher" (as English "restrict access to researchers";
        # not "Forschern und Unternehmen", one audience of several)
        r"von fall zu fall (?:[\w,-]+ ){0,6}?(?:forscher\w*|forschungs\w+|wissenschaftler\w*)"
        + _DE_NO_OTHER_AUDIENCE,
        r"(?:zugang|zugriff) (?:[\w.,-]+ ){0,4}?auf (?:[\w,-]+ ){0,8}?(?:forscher\w*|"
        r"forschungs\w+|wissenschaftler\w*|akademische\w*) (?:[\w,-]+ ){0,8}?(?:beschränk|"
        r"begrenz)\w*",
        r"(?:beschränkt|beschränkte|begrenzt|begrenzte) (?:den |seinen |ihren )?(?:zugang|zugriff) "
        r"(?:[\w.,-]+ ){0,4}?auf (?:[\w,-]+ ){0,4}?(?:forscher\w*|forschungs\w+|"
        r"wissenschaftler\w*|akademische\w*)" + _DE_NO_OTHER_AUDIENCE,
        # given to the research community: "stellte das Modell der Forschungsgemeinschaft
        # zur Verfügung" (as English "released to the research community")
        r"(?:der|den) (?:[\w-]+ ){0,2}?[\w-]*forschungs-?(?:community|gemeinschaft|gemeinde) "
        r"(?:[\w,.-]+ ){0,8}?zur verfügung",
        # made available to researchers: "wird ausgewählten Forschern zur Verfügung
        # gestellt" (as English "available to researchers"; not "Forschern und
        # Unternehmen", where no word may stand between)
        r"(?<!und )(?<!sowie )(?<!oder )(?:forscher(?:n|innen)|forschenden|"
        r"wissenschaftler(?:n|innen)|forschungseinrichtungen|forschungslabors)"
        r"(?: kostenlos| frei)? zur verfügung",
    ),
    leak=(r"geleakt", r"durchgesickert"),
    artefacts=(r"paper zu", r"studie", r"bericht"),
    anaphors=(
        r"(?:das|dieses) (?:neue )?modell",
        r"(?:die|diese) (?:beiden |neuen )+modelle",
        r"das kontextfenster",
        r"die kontextlänge",
    ),
    baseline_before=(
        r"als",
        r"gegenüber",
        r"im vergleich zu",
        r"verglichen mit",
        r"nachfolger von",
        r"basierend auf",
        r"übertrifft",
    ),
    clause_joins=(r"während", r"obwohl", r"aber", r"doch", r"sondern"),
    negation=(r"nicht", r"kein\w*", r"nie"),
    attribution=(
        r"laut (?:\w+ )?(?:berichten|insidern|quellen)",
        r"zufolge",
        r"berichtet",
        r"quellen",
    ),
    hedge=(r"dürfte", r"könnte", r"soll", r"sollen", r"angeblich", r"erwartet", r"vermutlich"),
    future=(r"wird", r"werden", r"soll", r"sollen", r"geplant", r"erwartet", r"verschoben"),
    release_nouns=(r"veröffentlichung", r"start", r"markteinführung", r"launch"),
    # not "erschienen (am)": on news pages that is the article's own date
    release_labels=(r"veröffentlichung(?:sdatum)?", r"erscheinungsdatum"),
    params_labels=(r"parameter(?:anzahl|zahl)?",),
    context_labels=(r"kontext(?:fenster|länge|größe)",),
    months={
        "januar": 1,
        "jänner": 1,
        "februar": 2,
        "märz": 3,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "oktober": 10,
        "dezember": 12,
        # abbreviations in timelines and tables ("Okt 2023"); not those that are English
        "mär": 3,
        "okt": 10,
        "dez": 12,
    },
    seasons={"frühling": 2, "frühjahr": 2, "sommer": 3, "herbst": 4},
    quarter_ordinals={"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "letzten": 4},
    quarter_words=(r"quartal",),
    # "heute Morgen" is this morning; "am Vortag" the day before (not "am Vortag der
    # Messe", the eve of an event: see dates.py)
    day_words={
        "heute": 0,
        "heute morgen": 0,
        "gestern": -1,
        "am vortag": -1,
        "vorgestern": -2,
        "morgen": 1,
    },
    # with the parts of a day glued on: "am Dienstagabend", "Donnerstagmorgen"
    weekdays=_DE_WEEKDAYS
    | {f"{n}{part}": d for n, d in _DE_WEEKDAYS.items() for part in _DE_DAY_PARTS},
    month_parts=(r"ende", r"anfang", r"mitte"),
    weekday_before=(
        r"am",
        r"vom",
        r"seit",
        r"(?:am )?(?:vergangenen|letzten|kommenden)",
        r"(?:an )?diesem",
        r"diesen",
    ),
    weekday_after=(r"abend", r"vormittag", r"nachmittag"),
    weekday_last=(r"vergangenen", r"letzten"),
    weekday_bare=tuple(f"{n}{part}" for n in _DE_WEEKDAYS for part in _DE_DAY_PARTS),
    rel_months={
        "diesen monat": 0,
        "in diesem monat": 0,
        "dieses monats": 0,
        "anfang des monats": 0,
        "mitte des monats": 0,
        "ende des monats": 0,
        "im laufenden monat": 0,
        "letzten monat": -1,
        "im letzten monat": -1,
        "letzten monats": -1,
        "vergangenen monat": -1,
        "im vergangenen monat": -1,
        "vergangenen monats": -1,
        "im vormonat": -1,
        "nächsten monat": 1,
        "im nächsten monat": 1,
        "kommenden monat": 1,
        "im kommenden monat": 1,
    },
    # "vor zwei Wochen", "vor einem Monat", "vor drei Tagen"
    ago_before=(r"vor",),
    time_units={r"tag(?:en)?": "day", r"wochen?": "week", r"monat(?:en)?": "month"},
    count_words={
        "einem": 1,
        "einer": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
    },
    # "im nächsten Frühjahr", "diesen Herbst", "im vergangenen Sommer"
    season_rel={
        "nächsten": 1,
        "nächstes": 1,
        "kommenden": 1,
        "kommendes": 1,
        "diesen": 0,
        "dieses": 0,
        "diesem": 0,
        "letzten": -1,
        "vergangenen": -1,
    },
    units={
        "milliarden": 10**9,
        "milliarde": 10**9,
        "mrd": 10**9,
        "millionen": 10**6,
        "mio": 10**6,
        # the singular: "1 Million Token", "bis zu einer Million Token"
        "million": 10**6,
        "billionen": 10**12,
    },
    # the article as a count before a multiplier ("eine Million Token", "mit einer Million
    # Token", "einem Kontextfenster von einer Million"), and the small numbers spelled out
    number_words={
        "ein": 1,
        "eine": 1,
        "einer": 1,
        "einem": 1,
        "einen": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "zehn": 10,
    },
    parameters=(r"parameter(?:n|zahl)?",),
    active=(r"aktive[nr]?", r"aktiv"),
    total=(r"insgesamt", r"gesamt"),
    context=(r"kontext\w*",),
    tokens=(r"token",),
    modality_words={
        "texte?n?": "text",
        "bilder[n]?": "image",
        "bild": "image",
        "fotos": "image",
        "videos?": "video",
        "audio": "audio",
    },
    modality_joins=(r"und", r"sowie", r"oder", r"als auch"),
    modality_cues=(
        r"multimodal\w*",
        r"verarbeite[nt]?",
        r"versteh(?:t|en)",
        r"eingaben?",
        r"input",
        r"unterstütz(?:t|en)",
        r"erkenn(?:t|en)",
    ),
)

#: a comparison class of released models: "el mayor de cualquier modelo lanzado hasta
#: ahora", "el más grande jamás lanzado" (any, ever, so far): the subject is measured
#: against the models out, its own release is not said (as English "of any released model")
_ES_ANY = "".join(
    f"(?<!{word} )"
    for word in (
        "cualquier modelo",
        "cualquier otro modelo",
        "jamás",
        "nunca antes",
        # "además de los modelos lanzados, enseñó X": besides the released models, the
        # launched ones are the others, not the model the sentence goes on to name
        "además de los modelos",
        "aparte de los modelos",
    )
)
_ES_SO_FAR_AFTER = r"(?!(?: [\w-]+)? hasta (?:hoy|ahora|la fecha|el momento))"
SPANISH = Language(
    code="es",
    released=(
        r"(?:se )?lanz(?:ó|a|aron|an)",
        r"(?:ha|han|fue|fueron|ser) lanzad[oa]s?" + _ES_SO_FAR_AFTER,
        _ES_ANY + r"lanzad[oa]s?" + _ES_SO_FAR_AFTER,
        r"present(?:ó|aron|amos)",
        r"public(?:ó|a|amos|aron)",
        r"liber(?:ó|a|aron)",
        # the perfect tense: "Meta ha liberado / ha presentado / ha publicado Llama 3.1"
        r"(?:ha|han) (?:liberado|presentado|publicado)",
        r"(?:ya )?(?:está|están) disponibles?",
        r"disponibles? (?:para|en|desde|a partir)",
        r"(?:ha|han) llegado",
        r"llegó",
        # the present progressive of the day ("hoy estamos lanzando Llama 3.2"), the first
        # person, the passive and the recent past ("acaba de lanzar"), other launch verbs
        r"(?:estamos|está|están) (?:lanzando|presentando|publicando|liberando)",
        r"lanzamos",
        r"(?:fue|fueron) (?:oficialmente )?(?:publicad|presentad|liberad|estrenad)[oa]s?",
        r"(?:acaba|acaban|acababa) de (?:lanzar|presentar|publicar|liberar|estrenar)",
        r"estren(?:ó|aron)",
        r"(?:ha|han) (?:estrenado|desvelado|puesto a disposición)",
        r"puso a disposición",
        r"desvel(?:ó|a)",
    ),
    upcoming=(
        r"se espera que (?:[\w-]+ ){0,6}?(?:llegue|lance|se lance|se produzca|esté disponible)",
        r"(?:lanzará|llegará|presentará|publicará|liberará|estrenará)",
        # the future of being out: "estará disponible con una licencia …", "serán lanzados"
        r"(?:estará|estarán) disponibles?",
        r"(?:será|serán) (?:lanzad|publicad|liberad|presentad)[oa]s?",
        r"(?:va|van) a (?:lanzar|presentar|publicar|liberar|estrenar)",
        # should, could, must be released: "debería ser lanzado pronto", "podría ser
        # presentado este año" (a release foreseen; not "acaba de ser lanzado", just out)
        r"(?:debe|deben|debería|deberían|podría|podrían|puede|pueden|podrá|podrán|va a|van a|"
        r"tiene que|tendría que|habrá de)(?: [\w-]+)? ser (?:oficialmente )?"
        r"(?:lanzad|publicad|liberad|presentad|estrenad)[oa]s?",
        r"(?:está|están) (?:previst[oa]s?|programad[oa]s?)",
        r"previst[oa] para",
        r"en (?:fase de )?(?:desarrollo|entrenamiento|formación)"
        # not "en fase de entrenamiento de una versión de 400B": a size of the model
        r"(?! de (?:una|la|su) (?:[\w-]+ )?(?:versión|variante))",
        r"(?:aún|todavía) no (?:se )?(?:ha|han)? ?(?:sido )?(?:lanzad[oa]|publicad[oa]|disponible)",
        # "todavía no está disponible", "aún no están disponibles": not out yet
        r"(?:aún|todavía) no (?:está|están) (?:disponibles?|lanzad[oa]s?|publicad[oa]s?)",
        # the subjunctive after "aunque": "aunque todavía no se haya lanzado", "aún no
        # hayan sido publicados", "todavía no esté disponible": not out yet
        r"(?:aún|todavía) no (?:se )?(?:haya|hayan) (?:sido )?(?:lanzad[oa]s?|publicad[oa]s?)",
        r"(?:aún|todavía) no (?:esté|estén) (?:disponibles?|lanzad[oa]s?|publicad[oa]s?)",
        r"(?:trabaja|trabajando) en",
        r"prepara",
        r"retras(?:ó|ado|ada|a)",
        r"aplaz(?:ó|ado|ada)",
        r"pospuest[oa]s?",
        r"(?:anunció|anuncia|confirmó) (?:el )?desarrollo",
        # not until a time, at the earliest: "no se lanzará hasta el otoño", "no estará
        # disponible antes de 2026", "como muy pronto en septiembre" (as English "not until")
        r"no (?:se )?(?:lanzará|lanzarán|llegará|llegarán|publicará|estará disponible|estarán "
        r"disponibles|será lanzad[oa]|serán lanzad[oa]s|verá la luz)(?: [\w-]+){0,3}? "
        r"(?:hasta|antes de)\b",
        r"como (?:muy )?pronto\b",
    ),
    #: after a member's name, said of it alone ("Behemoth, aún en fase de entrenamiento")
    held_back=(
        r"(?:está |sigue )?(?:aún|todavía) en (?:fase de )?(?:desarrollo|entrenamiento)",
        r"(?:aún|todavía) no (?:se ha |ha sido |está )?"
        r"(?:lanzad[oa]|disponible|publicad[oa])",
    ),
    shelved=(r"cancelad[oa]", r"archivad[oa]", r"descartad[oa]", r"abandonad[oa]"),
    open_weights=(
        # "los modelos de lenguaje de código abierto": a class of models, not this one
        r"(?<!modelos de lenguaje )(?<!modelos de lenguaje de )(?:de )?código abierto",
        r"pesos abiertos",
        r"de libre acceso",
        r"descargar(?:lo|los|se)?",
    ),
    closed=(r"propietari[oa]", r"código cerrado"),
    # "solo está abierto para investigación", "licencia no comercial", "restringido a
    # investigadores", "exclusivamente a instituciones de investigación"
    research_only=(
        r"(?:solo|sólo|únicamente|exclusivamente) (?:está |estaba |estará )?"
        r"(?:(?:abiert|disponible|accesible|destinad|reservad)[oae]?s? )?(?:para |a )?"
        r"(?:la |los |las )?(?:investigación|investigadores|instituciones de investigación|"
        r"fines de investigación)(?! y)",
        r"investigación (?:únicamente|solamente)",
        r"licencia no comercial",
        r"(?:restringid|limitad|reservad)[oa]s? a (?:los )?investigadores",
        # case by case, or given to the research community: "concedido caso por caso a
        # investigadores académicos", "a disposición de la comunidad científica" (as English
        # "on a case-by-case basis to researchers", "released to the research community")
        r"caso por caso (?:[\w,-]+ ){0,6}?(?:investigador\w*|académic\w*|laboratorios de "
        r"investigación)(?! y)",
        r"(?:a disposición de|disponible para) la comunidad (?:investigadora|científica|de "
        r"investigación|académica)(?! y)",
        r"a disposición de (?:los )?investigadores(?! y)",
    ),
    leak=(r"filtraci[oó]n", r"filtrad[oa]s?", r"filtr[oó]"),
    artefacts=(r"artículo", r"informe", r"estudio"),
    anaphors=(
        r"(?:el|este) (?:nuevo )?modelo",
        r"(?:estos|ambos|los dos) (?:nuevos )?modelos",
        r"los nuevos modelos",
        r"la ventana de contexto",
        # "su llegada", "su lanzamiento": its release, as the English "its"
        r"su (?:llegada|lanzamiento|debut|estreno|salida)",
        # "el lanzamiento está previsto para …": the launch, as English "the launch"
        r"el (?:lanzamiento|estreno)(?! de(?:l)?\b)",
    ),
    baseline_before=(
        r"más que",
        r"mejor que",
        r"frente a",
        r"comparado con",
        r"a diferencia de",
        r"superando a",
        r"supera a",
        r"sucesor de",
        r"basado en",
    ),
    clause_joins=(
        r"mientras",
        r"aunque",
        r"pero",
        # "salieron Scout y Maverick, además de un tercer modelo por llegar": what follows
        # "besides" is said of other models, a clause of its own
        r"además de",
    ),
    # "no" only before a verb ("no optó", "no ha sido", "no se lanzará"): in Portuguese
    # "no" is "in the" ("no formato MoE", "no site")
    negation=(
        r"nunca",
        r"no(?=\s+(?:(?:se|lo|la|los|las|le|les)\s+)?(?:ha|han|había|habían|hay|es|son|era|"
        r"eran|fue|fueron|será|serán|sería|está|están|estaba|estará|tiene|tienen|tenía|usa|"
        r"utiliza|incluye|ofrece|cuenta|dispone|soporta|admite|planea|piensa|va|van|"
        r"\w+(?:ó|ió|aba|ía|ará|erá|irá)\b))",
    ),
    attribution=(r"según", r"de acuerdo con", r"fuentes", r"informó", r"reportó"),
    hedge=(r"se espera", r"podría", r"podrían", r"previst[oa]", r"probablemente"),
    future=(
        r"lanzará",
        r"llegará",
        r"será",
        r"serán",
        r"se espera",
        r"previst[oa]",
        r"próximo",
        r"pospuest[oa]s?",
    ),
    release_nouns=(r"lanzamiento", r"salida", r"estreno", r"llegada"),
    release_labels=(r"(?:fecha de )?lanzamiento", r"lanzado"),
    params_labels=(r"parámetros",),
    context_labels=(r"(?:ventana|longitud) de contexto",),
    months={
        "enero": 1,
        "febrero": 2,
        "marzo": 3,
        "abril": 4,
        "mayo": 5,
        "junio": 6,
        "julio": 7,
        "agosto": 8,
        "septiembre": 9,
        "setiembre": 9,
        "octubre": 10,
        "noviembre": 11,
        "diciembre": 12,
        # abbreviations in timelines and tables ("Abr 2024"); not "mar" (sea) nor those
        # that are English
        "ene": 1,
        "abr": 4,
        "ago": 8,
        "sept": 9,
        "dic": 12,
    },
    seasons={"primavera": 2, "verano": 3, "otoño": 4, "invierno": 1},
    quarter_ordinals={"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4},
    quarter_words=(r"trimestre",),
    # "esta mañana" is this morning, "mañana" alone tomorrow; "el día anterior" the day
    # before (not "el día anterior a la feria": see dates.py)
    day_words={
        "hoy": 0,
        "esta mañana": 0,
        "esta noche": 0,
        "ayer": -1,
        "anoche": -1,
        "el día anterior": -1,
        "anteayer": -2,
        "antier": -2,
        "mañana": 1,
    },
    weekdays={
        "lunes": 0,
        "martes": 1,
        "miércoles": 2,
        "miercoles": 2,
        "jueves": 3,
        "viernes": 4,
        "sábado": 5,
        "sabado": 5,
        "domingo": 6,
    },
    month_parts=(r"(?:a )?(?:finales|fines|principios|mediados|inicios) de", r"(?:a )?fin de"),
    # "el martes", "este jueves", "el pasado viernes", "el viernes pasado"
    weekday_before=(r"el", r"del", r"desde el", r"este", r"el (?:pasado|último)"),
    weekday_after=(r"pasado", r"por la (?:mañana|tarde|noche)"),
    weekday_last=(r"pasado", r"último"),
    rel_months={
        "este mes": 0,
        "a principios de mes": 0,
        "a comienzos de mes": 0,
        "el mes pasado": -1,
        "del mes pasado": -1,
        "el pasado mes": -1,
        "el próximo mes": 1,
        "del próximo mes": 1,
        "el mes que viene": 1,
        "el mes próximo": 1,
    },
    # "hace dos semanas", "tres días atrás", "dos meses desde que …"
    ago_before=(r"hace",),
    ago_after=(r"atrás", r"desde que"),
    time_units={r"días?": "day", r"semanas?": "week", r"mes(?:es)?": "month"},
    count_words={
        "un": 1,
        "una": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
    },
    # "la próxima primavera", "el verano pasado", "este otoño"
    season_rel={"próxima": 1, "próximo": 1, "esta": 0, "este": 0, "pasada": -1, "pasado": -1},
    units={"mil millones": 10**9, "millones": 10**6, "millón": 10**6, "billones": 10**12},
    parameters=(r"parámetros",),
    active=(r"activos",),
    total=(r"totales", r"en total", r"un total de"),
    context=(r"contexto",),
    tokens=(r"de tokens",),
    modality_words={
        "textos?": "text",
        "imágenes": "image",
        "imagen": "image",
        "fotos?": "image",
        "vídeos?": "video",
        "videos?": "video",
        "audios?": "audio",
        "audio": "audio",
        "voz": "audio",
    },
    # "tanto texto como imágenes": the second half of "both … and"
    modality_joins=(r"y", r"e", r"o", r"como"),
    modality_cues=(
        r"multimodal\w*",
        r"proces(?:a|ar|an)",
        r"entiende[n]?",
        r"comprende[n]?",
        r"entradas?",
        r"admite[n]?",
        r"soporta[n]?",
        r"acepta[n]?",
        r"maneja[n]?",
    ),
)

#: a comparison class of released models: "o maior de qualquer modelo lançado até hoje",
#: "o maior jamais lançado" (any, ever, so far): not the subject's own release
_PT_ANY = "".join(
    f"(?<!{word} )"
    for word in (
        "qualquer modelo",
        "qualquer outro modelo",
        "jamais",
        "nunca antes",
        # "além dos modelos lançados, mostrou X": the released ones are the others
        "além dos modelos",
    )
)
_PT_SO_FAR_AFTER = r"(?!(?: [\w-]+)? até (?:hoje|agora|o momento|então|aqui))"
PORTUGUESE = Language(
    code="pt",
    released=(
        r"lanç(?:ou|a|aram)",
        r"(?:foi|foram|é|são) lançad[oa]s?" + _PT_SO_FAR_AFTER,
        _PT_ANY + r"lançad[oa]s?" + _PT_SO_FAR_AFTER,
        r"apresentou",
        r"(?:já )?(?:está|estão) disponíve(?:l|is)",
        r"disponibiliz(?:ou|a)",
        r"liber(?:ou|a)",
        r"public(?:ou|aram)",
        # the present progressive of the day ("Hoje, estamos lançando o Llama 3.2"), the
        # first person, the passive of other verbs and the recent past ("acaba de lançar")
        r"(?:estamos|está|estão) (?:lançando|disponibilizando|liberando|apresentando)",
        # the progressive of Portugal ("a Meta está a lançar", "anunciou que estava a lançar
        # o Llama 2") and its verb of release, "libertar"
        r"(?:estamos|está|estão|estava|estavam) a (?:lançar|disponibilizar|libertar|apresentar)",
        r"libert(?:ou|aram)",
        r"(?:foi|foram) libertad[oa]s?",
        r"lançamos",
        r"apresent(?:amos|aram)",
        r"(?:foi|foram) (?:oficialmente )?(?:apresentad|disponibilizad|liberad|publicad|revelad)"
        r"[oa]s?",
        r"(?:acaba|acabou|acabam) de (?:lançar|apresentar|disponibilizar|liberar|publicar)",
        r"(?:tem|têm|havia|tinha) (?:lançado|disponibilizado|liberado)",
        r"revelou",
        r"estreou",
    ),
    upcoming=(
        r"(?:será|serão) (?:lançad[oa]s?|disponibilizad[oa]s?)",
        # "estará disponível para uso comercial", "estarão disponíveis": out only later
        r"(?:estará|estarão) disponíve(?:l|is)",
        # should, could, must be released: "deve ser lançado em breve", "pode ser
        # apresentado ainda este ano" (a release foreseen, not made)
        r"(?:deve|devem|deverá|deverão|deveria|deveriam|pode|podem|poderá|poderão|poderia|"
        r"poderiam|vai|vão|irá|irão|precisa|precisam|tem de|tem que)(?: [\w-]+)? ser "
        r"(?:oficialmente )?(?:lançad|apresentad|disponibilizad|liberad|publicad|revelad)[oa]s?",
        r"(?:lançará|apresentará|disponibilizará|liberará)",
        r"(?:vai|vão|irá|irão|pretende|pretendem) (?:[\w-]+ ){0,2}?"
        r"(?:lançar|disponibilizar|apresentar|liberar)",
        r"(?:está|estão) previst[oa]s?",
        r"em (?:fase de |processo de )?(?:desenvolvimento|treinamento|treino)"
        # not "em treinamento de uma versão de 400B": a size of the model
        r"(?! de (?:uma|a|sua) (?:[\w-]+ )?(?:versão|variante))",
        r"ainda não (?:foi )?lançad[oa]",
        # "ainda não está disponível", "ainda não foram disponibilizados": not out yet
        r"ainda não (?:(?:foi|foram|está|estão) )?(?:disponíve(?:l|is)|disponibilizad[oa]s?|"
        r"publicad[oa]s?|lançad[oa]s)",
        # the subjunctive after "embora": "embora ainda não tenha sido lançado",
        # "ainda não esteja disponível": not out yet
        r"ainda não (?:(?:tenha|tenham) sido|esteja|estejam) (?:disponíve(?:l|is)|"
        r"disponibilizad[oa]s?|publicad[oa]s?|lançad[oa]s?)",
        r"ainda em (?:desenvolvimento|treinamento|treino)",
        r"adi(?:ou|ado|ada)",
        r"(?:anunciou|anuncia|confirmou) (?:o )?desenvolvimento",
        # not until a time: "não será lançado antes do outono", "não deve chegar até 2026" (as
        # English "not until fall")
        r"não (?:será|serão|deve|devem|deverá|deverão|chegará|chegarão)(?: [\w-]+){0,3}? "
        r"(?:antes d|até)\w*",
    ),
    #: after a member's name, said of it alone ("Behemoth, ainda em treinamento")
    held_back=(
        r"(?:está |segue |continua )?ainda em (?:fase de |processo de )?"
        r"(?:desenvolvimento|treinamento|treino)",
        r"ainda não (?:foi |está )?(?:lançad[oa]|disponível|disponibilizad[oa])",
    ),
    shelved=(r"cancelad[oa]", r"engavetad[oa]", r"abandonad[oa]"),
    open_weights=(
        # "o universo dos modelos de linguagem de código aberto": a class, not this model
        r"(?<!modelos de linguagem )(?<!modelos de linguagem de )(?:de )?código aberto",
        r"pesos abertos",
        r"baixá-lo",
        r"para download",
    ),
    closed=(r"proprietári[oa]", r"código fechado"),
    research_only=(
        r"(?:apenas|somente|só|exclusivamente) (?:está |estava )?"
        r"(?:(?:abert|disponíve|acessíve|destinad|reservad)[oaeil]?s? )?(?:para|a|à|aos) "
        r"(?:a |os )?(?:pesquisa|pesquisadores|investigação|investigadores|"
        r"fins de pesquisa)(?! e)",
        r"licença não comercial",
        r"(?:restrit|limitad|reservad)[oa]s? a (?:os )?(?:pesquisadores|investigadores)",
        # case by case, or given to the research community: "concedido caso a caso a
        # pesquisadores acadêmicos", "à disposição da comunidade científica" (as English)
        r"caso a caso (?:[\w,-]+ ){0,6}?(?:pesquisador\w*|investigador\w*|acadêmic\w*)(?! e)",
        r"(?:à disposição da|disponível para a) comunidade (?:científica|de pesquisa|acadêmica|"
        r"de investigação)(?! e)",
        r"à disposição d(?:os|e) (?:pesquisadores|investigadores)(?! e)",
    ),
    leak=(r"vazamento", r"vazad[oa]", r"vazou"),
    artefacts=(r"artigo", r"relatório", r"estudo"),
    anaphors=(
        r"(?:o|este) (?:novo )?modelo",
        r"(?:estes|ambos os|os dois) (?:novos )?modelos",
        r"os novos modelos",
        r"a janela de contexto",
        r"(?:seu|sua) (?:lançamento|chegada|estreia)",
        r"o lançamento(?! d[oae]s?\b)",
    ),
    baseline_before=(
        r"mais que",
        r"melhor que",
        r"em relação a",
        r"comparado a",
        r"sucessor do",
        r"baseado no",
        r"supera o",
        r"superando o",
    ),
    clause_joins=(
        r"enquanto",
        r"embora",
        r"mas",
        # "saíram o Scout e o Maverick, além de um terceiro modelo ainda em treino": what
        # follows "besides" is said of other models
        r"além d(?:e|os?|as?)",
    ),
    negation=(r"não", r"nunca"),
    attribution=(r"segundo (?:a |o |as |os |fontes|informações)", r"de acordo com", r"fontes"),
    hedge=(r"espera-se", r"poderia", r"poderá", r"previst[oa]"),
    # a launch put off ("adiado para o outono") looks ahead to its new day
    future=(r"será", r"serão", r"lançará", r"previst[oa]", r"adiad[oa]s?"),
    # and the maker's own "we announced (them)": "desde que os anunciamos"
    release_nouns=(r"lançamento", r"(?:os |o |as |a )?anunciamos"),
    release_labels=(r"(?:data de )?lançamento", r"lançado"),
    params_labels=(r"parâmetros",),
    context_labels=(r"(?:janela|comprimento) de contexto",),
    months={
        "janeiro": 1,
        "fevereiro": 2,
        "março": 3,
        "abril": 4,
        "maio": 5,
        "junho": 6,
        "julho": 7,
        "agosto": 8,
        "setembro": 9,
        "outubro": 10,
        "novembro": 11,
        "dezembro": 12,
        # abbreviations in timelines and tables ("Abr 2024"); not "set" and "out", which
        # are English words ("5 out of 10")
        "fev": 2,
        "abr": 4,
        "ago": 8,
        "dez": 12,
    },
    seasons={"primavera": 2, "verão": 3, "outono": 4, "inverno": 1},
    quarter_ordinals={"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4},
    quarter_words=(r"trimestre",),
    # "na véspera": the day before (not "na véspera do lançamento": see dates.py)
    day_words={
        "hoje": 0,
        "hoje cedo": 0,
        "esta manhã": 0,
        "nesta manhã": 0,
        "ontem": -1,
        "na véspera": -1,
        "anteontem": -2,
        "amanhã": 1,
    },
    weekdays={
        "segunda-feira": 0,
        "terça-feira": 1,
        "quarta-feira": 2,
        "quinta-feira": 3,
        "sexta-feira": 4,
        "sábado": 5,
        "domingo": 6,
    },
    month_parts=(r"(?:no )?(?:final|fim|início|inicio|meados) de",),
    # "nesta terça-feira", "na última sexta-feira", "no sábado passado"
    weekday_before=(
        r"no",
        r"na",
        r"de",
        r"desde",
        r"nesta",
        r"neste",
        r"nessa",
        r"nesse",
        r"desta",
        r"deste",
        r"na última",
        r"no último",
        r"na passada",
        r"no passado",
    ),
    weekday_after=(r"passada", r"passado", r"à noite", r"de manhã", r"à tarde"),
    weekday_last=(r"última", r"último", r"passada", r"passado"),
    # "no início deste mês", "no mês passado", "mês que vem"
    rel_months={
        "este mês": 0,
        "neste mês": 0,
        "deste mês": 0,
        "no início do mês": 0,
        "no começo do mês": 0,
        "mês passado": -1,
        "do mês passado": -1,
        "próximo mês": 1,
        "mês que vem": 1,
    },
    # "há dois meses", "duas semanas atrás", "nos dois meses desde que os anunciámos"
    ago_before=(r"há",),
    ago_after=(r"atrás", r"desde que", r"desde o", r"desde a"),
    time_units={r"dias?": "day", r"semanas?": "week", r"m[eê]s(?:es)?": "month"},
    count_words={
        "um": 1,
        "uma": 1,
        "dois": 2,
        "duas": 2,
        "três": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
        "onze": 11,
        "doze": 12,
    },
    season_rel={
        "próxima": 1,
        "próximo": 1,
        "este": 0,
        "neste": 0,
        "nesta": 0,
        "passada": -1,
        "passado": -1,
    },
    units={
        "bilhões": 10**9,
        "bilhão": 10**9,
        "mil milhões": 10**9,
        "milhões": 10**6,
        "milhão": 10**6,
        "trilhões": 10**12,
        # European Portuguese counts on the long scale: "2 biliões" is two million million
        # (Brazil's "bilhões" are thousands of millions)
        "biliões": 10**12,
        "bilião": 10**12,
    },
    parameters=(r"parâmetros",),
    active=(r"ativos",),
    total=(r"totais", r"no total", r"um total de"),
    context=(r"contexto",),
    tokens=(r"de tokens",),
    modality_words={
        "textos?": "text",
        "imagens": "image",
        "imagem": "image",
        "fotos?": "image",
        "vídeos?": "video",
        "áudios?": "audio",
        "voz": "audio",
    },
    # "tanto texto quanto imagens", "tanto texto como imagens": both … and
    modality_joins=(r"e", r"ou", r"quanto", r"como"),
    modality_cues=(
        r"multimodal\w*",
        r"process(?:a|ar|am)",
        r"entende[mr]?",
        r"compreende[mr]?",
        r"entradas?",
        r"suporta[mr]?",
        r"aceita[mr]?",
    ),
)

#: "… d'une version du modèle", "… de sa variante": what is in training is one size of
#: the model, whose status is not the model's
_FR_VERSION_OF = r"(?! (?:d['’]une|de (?:la|sa|leur)) (?:[\w-]+ )?(?:version|variante))"

FRENCH = Language(
    code="fr",
    released=(
        r"(?:a|ont) (?:officiellement )?(?:publié|lancé|dévoilé|présenté)",
        r"publie",
        r"dévoile",
        r"lance",
        r"(?:est|sont) (?:désormais |maintenant )?disponibles?",
        r"disponibles? (?:dès|sur|en téléchargement)",
        r"(?:a été|ont été) (?:officiellement )?(?:lancé|publié|dévoilé)e?s?",
        # the recent past of news French: "Meta vient de lancer / de dévoiler Llama 4"
        r"(?:vient|viennent) de (?:lancer|dévoiler|présenter|publier|sortir)",
        # "lever le voile sur": to unveil; "en lançant": by launching
        r"(?:lève|levé|lever) le voile sur",
        r"en lançant",
        # the perfect of other launch verbs ("Meta a sorti Llama 4"), "est sorti", the
        # passive of more verbs and the present of the news ("Meta présente / déploie")
        r"(?:a|ont) (?:officiellement |enfin |discrètement )?(?:sorti|mis en ligne|déployé|"
        r"rendu public|rendue? disponibles?|rendus disponibles|libéré|révélé|mis à disposition)",
        r"(?:est|sont) (?:officiellement |enfin |désormais )?sortie?s?",
        r"(?:a été|ont été) (?:officiellement )?(?:présenté|mis en ligne|déployé|rendu disponible|"
        r"mis à disposition)e?s?",
        r"déploie",
        r"met à disposition",
        # the present of the news with its object: "Meta présente Llama 3", "l'entreprise
        # présente ses deux premiers modèles" (not "le modèle présente des limites")
        r"présente(?:nt)? (?:officiellement |aujourd['’]hui |enfin )?"
        r"(?:son|sa|ses|leur|leurs|llama|le nouveau|la nouvelle|les nouveaux)\b",
    ),
    upcoming=(
        r"(?:sera|seront) (?:lancé|publié|disponible)e?s?",
        r"(?:lancera|publiera|sortira|dévoilera|présentera|déploiera)",
        r"(?:va|vont) (?:bientôt )?(?:lancer|publier|sortir|dévoiler|présenter|déployer)",
        # should, could, must be released: "devrait être lancé cet automne", "pourrait être
        # dévoilé bientôt" (a release foreseen, not made)
        r"(?:devrait|devraient|pourrait|pourraient|doit|doivent|devra|devront|pourra|pourront|"
        r"va|vont)(?: [\w'’-]+)? être (?:officiellement )?"
        r"(?:lancé|publié|dévoilé|présenté|déployé|mis en ligne|rendu disponible)e?s?",
        r"(?:est|sont) prévue?s?",
        # not "… en cours d'entraînement d'une grande version à 400 milliards": one size of
        # the model in training is not the model's status (_FR_VERSION_OF)
        r"en (?:cours d'entraînement|développement)" + _FR_VERSION_OF,
        # "encore en phase d'entraînement": still in its training phase
        r"en (?:phase|cours) d['’](?:entraînement|apprentissage)" + _FR_VERSION_OF,
        r"(?:toujours|encore) en train de (?:former|l'entraîner|entraîner)",
        r"pas encore (?:publié|disponible|sorti)e?",
        # "n'a pas encore été publié", "ne sont pas encore disponibles": not out yet
        r"pas encore (?:été )?(?:publié|disponible|sorti|lancé|déployé)e?s?",
        r"report(?:é|ée)",
        # "repoussé à l'automne": pushed back, a launch still to come
        r"repouss(?:é|ée)s?",
        # not before a time, at the earliest: "ne sera pas lancé avant l'automne", "n'arrivera
        # pas avant 2026", "au plus tôt en septembre" (as English "not until fall")
        r"(?:ne|n['’]) ?(?:sera|seront|serait|seraient|devrait|devraient|arrivera|arriveront|"
        r"sortira|sortiront)(?: [\w'’-]+){0,4}? pas(?: [\w'’-]+){0,3}? avant\b",
        r"au plus tôt\b",
    ),
    #: after a member's name, said of it alone ("Behemoth, encore en phase d'entraînement")
    held_back=(
        r"(?:est |reste )?(?:encore|toujours) en (?:phase|cours) d['’]"
        r"(?:entraînement|apprentissage|développement)",
        r"(?:n['’](?:est|a) )?pas encore (?:été )?(?:publié|disponible|sorti|lancé)e?",
    ),
    shelved=(r"abandonné", r"annulé"),
    open_weights=(r"poids ouverts", r"code source ouvert", r"en libre accès", r"télécharg\w+"),
    closed=(r"propriétaire(?!s)", r"fermé(?!s)"),
    research_only=(
        r"(?:uniquement|exclusivement|seulement|réservée?s?) (?:aux|à des fins de|pour la|"
        r"à la) (?:chercheurs|recherche)(?! et)",
        # the noun first, as a licence field's value ("Licence : Recherche uniquement")
        r"recherche (?:uniquement|seulement)",
        r"licence non commerciale",
        # access let in case by case or held to researchers: "accordé au cas par cas aux
        # chercheurs universitaires", "un accès réservé aux chercheurs", "mis à la disposition
        # de la communauté scientifique" (as English "restrict access to researchers",
        # "released to the research community"; not "… et aux entreprises")
        r"au cas par cas (?:[\w'’,-]+ ){0,6}?(?:chercheurs|universitaires|laboratoires de "
        r"recherche)(?! et)",
        r"accès (?:[\w'’,-]+ ){0,4}?(?:réservé|limité|restreint)e?s? (?:aux|à des|à la) "
        r"(?:[\w-]+ )?(?:chercheurs|universitaires|laboratoires|communauté (?:scientifique|de la "
        r"recherche))(?! et)",
        r"(?:à la disposition|mise? à disposition) de la communauté (?:de la recherche|"
        r"scientifique|des chercheurs)(?! et)",
        r"(?:à la disposition|mise? à disposition) des chercheurs(?! et)",
    ),
    leak=(r"fuite", r"fuité"),
    artefacts=(r"rapport", r"étude"),
    anaphors=(
        r"(?:le|ce) (?:nouveau )?modèle",
        r"(?:ces|les deux) (?:nouveaux )?modèles",
        r"les nouveaux modèles",
        r"la fenêtre de contexte",
        # the subject pronoun before a verb of having or doing, as English "it" ("Il prend
        # en charge …"); only with such a verb, since "il" is also Italian's article
        r"(?:il|elle) (?:prend|offre|dispose|propose|supporte|possède|compte|gère|peut|"
        r"accepte|traite|comprend|affiche|apporte|intègre|utilise|repose)",
    ),
    baseline_before=(
        r"plus que",
        r"mieux que",
        r"par rapport à",
        r"face à",
        r"comparé à",
        r"successeur de",
        r"basé sur",
        r"surpasse",
    ),
    clause_joins=(r"tandis que", r"alors que", r"bien que", r"mais"),
    negation=(r"pas", r"jamais"),
    attribution=(r"selon", r"d'après", r"sources"),
    hedge=(r"pourrait", r"devrait", r"prévue?", r"serait"),
    # a launch put off ("reporté", "repoussé à l'automne") looks ahead to its new day
    future=(
        r"sera",
        r"seront",
        r"prévue?s?",
        r"lancera",
        r"publiera",
        r"report(?:é|ée)s?",
        r"repouss(?:é|ée)s?",
    ),
    release_nouns=(r"lancement", r"sortie"),
    release_labels=(r"(?:date de )?(?:sortie|lancement)",),
    params_labels=(r"paramètres",),
    context_labels=(r"(?:fenêtre|longueur) de contexte",),
    months={
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        # abbreviations in timelines and tables ("avr. 2024", "juil. 2023")
        "janv": 1,
        "févr": 2,
        "avr": 4,
        "juil": 7,
        "déc": 12,
    },
    seasons={"printemps": 2, "été": 3, "automne": 4, "hiver": 1},
    quarter_ordinals={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4},
    quarter_words=(r"trimestre",),
    # "hier" alone is German "here": only its French phrases ("hier soir", "hier matin")
    # "la veille": the day before (not "la veille de la conférence": see dates.py)
    day_words={
        "aujourd'hui": 0,
        "aujourd’hui": 0,
        "ce matin": 0,
        "ce soir": 0,
        "cet après-midi": 0,
        "hier soir": -1,
        "hier matin": -1,
        "hier après-midi": -1,
        "la veille": -1,
        "avant-hier": -2,
    },
    weekdays={
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
    month_parts=(r"(?:à la |en )?(?:fin|début|mi-?)",),
    # "le mardi", "ce jeudi", "mardi soir", "jeudi dernier", and the bare name of news
    # French ("a présenté mardi Llama 2", "Mardi, Meta a …")
    weekday_before=(r"le", r"ce", r"dès", r"depuis"),
    weekday_after=(r"soir", r"matin", r"après-midi", r"dernier"),
    weekday_last=(r"dernier",),
    weekday_bare=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    rel_months={
        "ce mois-ci": 0,
        "au début du mois": 0,
        "au début de ce mois": 0,
        "en début de mois": 0,
        "le mois dernier": -1,
        "du mois dernier": -1,
        "le mois passé": -1,
        "le mois prochain": 1,
        "du mois prochain": 1,
    },
    # "il y a deux semaines", "il y a un mois"
    ago_before=(r"il y a",),
    time_units={r"jours?": "day", r"semaines?": "week", r"mois": "month"},
    count_words={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
    },
    # "au printemps prochain", "l'été dernier", "cet automne"
    season_rel={"prochain": 1, "ce": 0, "cet": 0, "dernier": -1},
    units={
        "milliards": 10**9,
        "milliard": 10**9,
        "millions(?= de | d')": 10**6,
        # "1 million de jetons": the singular before a noun
        "million(?= de | d')": 10**6,
    },
    parameters=(r"paramètres",),
    active=(r"actifs",),
    total=(r"au total", r"un total de"),
    context=(r"contexte", r"contextuelle"),
    # French tech writing borrows "tokens" as often as it says "jetons"
    tokens=(r"de jetons", r"jetons", r"de tokens"),
    modality_words={
        "textes?": "text",
        "images?": "image",
        "photos?": "image",
        "vidéos?": "video",
        "audio": "audio",
        "voix": "audio",
    },
    modality_joins=(r"et", r"ou"),
    modality_cues=(
        r"multimodal\w*",
        r"trait(?:e|ent|er)",
        r"comprend(?:re|s|ent)?",
        r"entrées?",
        r"prend(?:re)? en charge",
        r"gère(?:nt)?",
        r"accepte(?:nt)?",
    ),
)

ITALIAN = Language(
    code="it",
    released=(
        r"(?:ha|hanno) (?:ufficialmente )?(?:rilasciato|presentato|lanciato|pubblicato)",
        r"rilascia",
        r"(?:è|sono) (?:stato|stati|stata) (?:ufficialmente )?"
        r"(?:rilasciat|lanciat|pubblicat)[oaie]",
        r"(?:è|sono) (?:ora |già )?disponibil[ei]",
        r"può essere scaricato",
        # other launch verbs in the perfect and the passive, the progressive of the day and
        # the present of the news ("Meta lancia / svela Llama 3")
        r"(?:ha|hanno) (?:ufficialmente |appena )?(?:svelato|reso disponibil[ei]|distribuito)",
        r"(?:ha|hanno) appena (?:rilasciato|presentato|lanciato|pubblicato)",
        r"(?:è|sono) (?:stato|stati|stata|state) (?:ufficialmente )?(?:presentat|svelat)[oaie]",
        r"(?:stiamo|sta|stanno) (?:rilasciando|lanciando)",
        r"(?:è|sono) uscit[oaie]",
        r"lancia",
        r"svela",
    ),
    upcoming=(
        r"(?:sarà|saranno) (?:rilasciat|lanciat|disponibil)[oaie]",
        r"(?:rilascerà|lancerà|presenterà|pubblicherà|svelerà)",
        r"(?:sta|stanno) per (?:rilasciare|lanciare|presentare|pubblicare)",
        # should, could, will be released: "dovrebbe essere rilasciato in autunno",
        # "potrebbe essere presentato", "verrà lanciato" (a release foreseen, not made)
        r"(?:dovrebbe|dovrebbero|potrebbe|potrebbero|deve|devono|dovrà|dovranno|potrà|potranno)"
        r"(?: [\w'’-]+)? essere (?:ufficialmente )?"
        r"(?:rilasciat|lanciat|presentat|pubblicat|svelat)[oaie]",
        r"(?:verrà|verranno) (?:ufficialmente )?"
        r"(?:rilasciat|lanciat|presentat|pubblicat|svelat)[oaie]",
        # not "in fase di addestramento di una versione da 400 miliardi": a size of the model
        r"in fase di (?:addestramento|sviluppo)"
        r"(?! di (?:una|la|sua) (?:[\w-]+ )?(?:versione|variante))",
        r"(?:ancora|tuttora) in (?:addestramento|sviluppo)",
        r"arriver(?:à|anno)",
        r"(?:sta|stanno) (?:ancora |continuando |ancora continuando )?(?:conducendo |continuando )?"
        r"l['’]addestramento",
        # "è ancora impegnata nell'addestramento di", "ancora al lavoro sull'addestramento":
        # still busy with the training
        r"ancora (?:impegnat[oaie]|al lavoro) (?:nell|sull)['’]addestramento",
        r"(?:non|non è) (?:è )?ancora stato rilasciato",
        # "non è ancora disponibile", "non ancora rilasciato", "non sono ancora stati
        # pubblicati": not out yet
        r"non (?:(?:è|sono) )?ancora (?:(?:stat[oaie]) )?"
        r"(?:disponibil[ei]|rilasciat[oaie]|pubblicat[oaie]|lanciat[oaie])",
        # the subjunctive after "sebbene" and the gerund after "pur": "sebbene non sia
        # ancora stato rilasciato", "pur non essendo ancora disponibile": not out yet
        r"non (?:sia|siano|essendo) ancora (?:(?:stat[oaie]) )?(?:ufficialmente )?"
        r"(?:disponibil[ei]|rilasciat[oaie]|pubblicat[oaie]|lanciat[oaie])",
        r"rinviat[oa]",
        r"posticipat[oa]",
        r"previst[oa] per",
        # not before a time: "non sarà rilasciato prima dell'autunno", "non arriverà fino al
        # 2026", "non prima dell'estate" (as English "not until fall")
        r"non (?:sarà|saranno|verrà|verranno|arriverà|arriveranno|dovrebbe|dovrebbero)"
        r"(?: [\w'’-]+){0,3}? (?:prima d|fino a)\w*",
        r"non prima d(?:i|el|ella|ell['’]|ei|egli)\b",
    ),
    #: after a member's name, said of it alone ("Behemoth, ancora in fase di addestramento")
    held_back=(
        r"(?:è |resta |rimane )?(?:quest['’]ultimo )?(?:ancora|tuttora) in (?:fase di )?"
        r"(?:addestramento|sviluppo)",
        r"non (?:è )?ancora (?:stato )?(?:disponibile|rilasciato|pubblicato)",
    ),
    shelved=(r"cancellat[oa]", r"accantonat[oa]", r"abbandonat[oa]"),
    open_weights=(r"pesi aperti", r"codice aperto", r"scaricat[oa]", r"scaricare"),
    closed=(r"proprietari[oa]", r"codice chiuso"),
    research_only=(
        r"(?:solo|esclusivamente|unicamente|riservat[oaie]) (?:per|a|ai|alla) "
        r"(?:la )?(?:ricerca|ricercatori|scopi di ricerca)(?! e)",
        r"licenza non commerciale",
        # case by case, held to researchers, given to the research community: "concesso caso
        # per caso ai ricercatori", "accesso riservato ai ricercatori", "a disposizione della
        # comunità scientifica" (as English; not "… e alle aziende")
        r"caso per caso (?:[\w'’,-]+ ){0,6}?(?:ricercator\w*|accademic\w*)(?! e)",
        r"accesso (?:[\w'’,-]+ ){0,4}?(?:riservat|limitat|ristrett)[oa] (?:ai|a) (?:[\w-]+ )?"
        r"ricercatori(?! e)",
        r"a disposizione della comunità (?:scientifica|di ricerca|della ricerca|dei ricercatori)"
        r"(?! e)",
        r"a disposizione (?:dei|di) ricercatori(?! e)",
    ),
    leak=(r"trapelat[oa]", r"fuga di"),
    artefacts=(r"articolo", r"studio", r"rapporto"),
    anaphors=(
        r"(?:il|questo) (?:nuovo )?modello",
        r"(?:questi|entrambi i|i due) (?:nuovi )?modelli",
        r"i nuovi modelli",
        r"la finestra di contesto",
        r"il suo (?:rilascio|lancio|debutto|arrivo)",
        # "il lancio è previsto entro …": the launch, as English "the launch"
        r"il (?:rilascio|lancio|debutto)(?! d(?:i|el|ella|ello|ei)\b)",
    ),
    baseline_before=(r"rispetto a", r"successore di", r"basato su", r"supera"),
    clause_joins=(r"mentre", r"sebbene", r"benché"),
    negation=(r"non(?!-)",),
    attribution=(r"secondo (?!(?:modello|trimestre|posto|semestre)\b)", r"fonti", r"stando a"),
    hedge=(r"potrebbe", r"dovrebbe", r"previst[oa]", r"sarebbe"),
    future=(
        r"sarà",
        r"saranno",
        r"previst[oa]",
        r"rinviat[oa]",
        r"posticipat[oa]",
        r"arriver(?:à|anno)",
    ),
    release_nouns=(r"rilascio", r"lancio", r"debutto"),
    release_labels=(r"(?:data di )?(?:rilascio|lancio|uscita)",),
    params_labels=(r"parametri",),
    context_labels=(r"(?:finestra|lunghezza) (?:di|del) contesto",),
    months={
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "settembre": 9,
        "ottobre": 10,
        "dicembre": 12,
        # abbreviations in timelines and tables ("mag 2024"); not "gen", "set" and "mar",
        # which are English words
        "mag": 5,
        "giu": 6,
        "lug": 7,
        "ago": 8,
        "ott": 10,
        "dic": 12,
    },
    seasons={"primavera": 2, "estate": 3, "autunno": 4, "inverno": 1},
    quarter_ordinals={"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4},
    quarter_words=(r"trimestre",),
    # "il giorno prima": the day before (not "il giorno prima della fiera": see dates.py)
    day_words={
        "oggi": 0,
        "stamattina": 0,
        "stamane": 0,
        "stasera": 0,
        "ieri": -1,
        "il giorno prima": -1,
        "l'altro ieri": -2,
        "l’altro ieri": -2,
        "altroieri": -2,
        "domani": 1,
    },
    weekdays={
        "lunedì": 0,
        "martedì": 1,
        "mercoledì": 2,
        "giovedì": 3,
        "venerdì": 4,
        "sabato": 5,
        "domenica": 6,
    },
    month_parts=(r"(?:a |alla )?(?:fine|inizio|metà)(?: di)?",),
    # "martedì scorso", "lo scorso sabato", "giovedì sera", and the bare name ("ha
    # presentato martedì Llama 2")
    weekday_before=(r"il", r"di", r"da", r"lo scorso", r"la scorsa", r"questo", r"questa"),
    weekday_after=(r"scorso", r"scorsa", r"sera", r"mattina", r"pomeriggio"),
    weekday_last=(r"scorso", r"scorsa"),
    weekday_bare=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì"),
    rel_months={
        "questo mese": 0,
        "all'inizio del mese": 0,
        "all’inizio del mese": 0,
        "all'inizio di questo mese": 0,
        "all’inizio di questo mese": 0,
        "a inizio mese": 0,
        "il mese scorso": -1,
        "del mese scorso": -1,
        "lo scorso mese": -1,
        "dello scorso mese": -1,
        "il mese prossimo": 1,
        "il prossimo mese": 1,
        "del prossimo mese": 1,
    },
    # "due settimane fa", "un mese fa"
    ago_after=(r"fa",),
    time_units={r"giorn[oi]": "day", r"settiman[ae]": "week", r"mes[ei]": "month"},
    count_words={
        "un": 1,
        "uno": 1,
        "una": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
    },
    # "entro la prossima primavera", "l'estate scorsa", "questo autunno"
    season_rel={
        "prossima": 1,
        "prossimo": 1,
        "questa": 0,
        "questo": 0,
        "scorsa": -1,
        "scorso": -1,
    },
    units={"miliardi": 10**9, "miliardo": 10**9, "milioni": 10**6, "trilioni": 10**12},
    parameters=(r"parametri",),
    active=(r"attivi",),
    # "17 miliardi di parametri attivi su 400 miliardi": the count after "su" is the total
    total=(r"in totale", r"un totale di", r"(?:parametri|miliardi) attivi su"),
    context=(r"contesto",),
    tokens=(r"di token",),
    modality_words={
        "testo": "text",
        "testi": "text",
        "immagini": "image",
        "immagine": "image",
        "foto": "image",
        "video": "video",
        "audio": "audio",
        "voce": "audio",
    },
    # "sia testo che immagini", "sia testo sia immagini": both … and
    modality_joins=(r"e", r"o", r"che", r"sia"),
    modality_cues=(
        r"multimodal\w*",
        r"elabora(?:re|no)?",
        r"comprende(?:re)?",
        r"input",
        r"supporta(?:no)?",
        r"gestisce",
        r"accetta(?:no)?",
    ),
)

#: "开源" said of a model. Not after "从" ("从开源走向封闭": moving away from open) nor after
#: a stance verb ("倡导开源", "放弃开源": a policy, no model); not before a bare "Llama"
#: ("开源的 Llama 模型": the open line, not the model in focus; "开源的 Llama 3" counts)
_ZH_STANCE: tuple[str, ...] = ("从", "從", "倡导", "倡導", "拥抱", "擁抱", "坚持", "堅持")
_ZH_STANCE += ("放弃", "放棄", "告别", "告別")
#: "开源" naming a field, not a model's weights: "在开源模型竞争中" (in the open-model race),
#: "开源社区", "开源领域", "开源阵营" (the community, the field, the camp)
_ZH_OPEN_FIELD = (
    r"(?!的?\s*(?:大?模型|ai|人工智能)?\s*(?:竞争|競爭|竞赛|競賽|之争|之爭|阵营|陣營|领域|領域|范畴|"
    r"範疇|社区|社區|生态|生態|赛道|賽道|市场|市場|界|圈|世界|浪潮|运动|運動|领军|領軍))"
)
_ZH_OPEN_SOURCE = (
    "".join(f"(?<!{word})" for word in _ZH_STANCE)
    + r"(?:开源|開源)(?!的?\s*llama(?!\s*\d))"
    + _ZH_OPEN_FIELD
)

_ZH_WEEKDAY_NAMES = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
#: counts written in Chinese numerals ("三天前", "两个月前")
_CJK_COUNTS = {
    "一": 1,
    "两": 2,
    "兩": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}

#: what makes a launch verb a plan in Chinese besides "计划", "预计", "将于" …: "将在", "会在"
#: (will, at …), "有望" (is expected to), "拟" (intends to), "预定" (is scheduled), "调整为"
#: (was moved to …), "定于" (is set for): "Avocado 有望在明年上半年问世", "计划调整为明年
#: 第二季推出", "原定于 4 月发布"
_ZH_PLAN_LEAD = (
    r"将在|將在|将要|將要|会在|會在|有望|(?<![模虚虛比草])(?:拟|擬)|预定|預定|预期|預期|"
    r"调整为|調整為|(?<![决決规規确確])定于|(?<![决決规規确確])定於|原定"
)
#: the other launch verbs a plan can name: came into the world, debuted, opened up (not
#: "开源" as a policy: "将开源作为核心战略"; not "上市" nor "发行", which shares and bonds take)
_ZH_PLAN_VERB = (
    r"问世|問世|面世|亮相|登场|登場|(?:开源|開源)(?!作为|作為|战略|戰略|策略|路线|路線|理念|精神)"
    + _ZH_OPEN_FIELD
)
#: a release or the making of a model given up: "取消了 Avocado 的发布", "放弃发布",
#: "发布计划已被取消", "暂停 Behemoth 的研发", "无限期推迟" (not "取消发布会", a launch event
#: called off; not "放弃开源", a policy dropped, which the stance words read)
_ZH_RELEASE_OR_MAKING = r"(?:发布|發布|發佈|推出|上线|上線|开发|開發|研发|研發)(?![会會者商人])"

#: "so far" right before a release verb said of a noun after it: "迄今为止发布的最大模型",
#: "至今推出的" (the largest released so far) names a class the subject is measured
#: against, not its own release; "迄今为止发布了三代" (has released so far) stays a release
_ZH_SO_FAR = "".join(
    f"(?<!{word})"
    for word in (
        "迄今为止",
        "迄今為止",
        "迄今",
        "至今",
        "目前为止",
        "目前為止",
        "截至目前",
        "截至目前为止",
    )
)
CHINESE = Language(
    code="zh",
    spaced=False,
    # (not "发布会", a launch event: "会在发布会上介绍 …" releases nothing)
    released=(
        r"(?:" + _ZH_SO_FAR + r"发布|发布(?!的))(?![会會])了?",
        r"(?:" + _ZH_SO_FAR + r"發布|發布(?!的))(?![会會])了?",
        r"(?:" + _ZH_SO_FAR + r"推出|推出(?!的))了?",
        r"开源了",
        r"開源了",
        # "开源" as the verb of Meta ("Meta开源Llama 3.1", "MetaAI宣布开源Llama3.1系列模型"):
        # the maker opens its model, so it is out; another subject opening a model is left
        r"(?:(?<=meta)|(?<=meta ai)|(?<=metaai)|(?<=脸书)|(?<=臉書))\s*(?:今天|今日|昨天|昨日|"
        r"正式|再次|又|终于|終於|宣布|宣佈)*(?:开源|開源)(?=\s*(?:了|全新|最新|新一代|其)?\s*llama)",
        r"上线",
        r"上線",
        r"已(?:经)?(?:正式)?(?:发布|發布|推出|开源|開源)",
        r"可(?:以)?从[^。,,]{0,30}下载",
        r"可(?:以)?從[^。,,]{0,30}下載",
        r"首批发布",
        r"来了",
        r"來了",
        # other launch words: released, unveiled, came out, opened for download
        r"(?:" + _ZH_SO_FAR + r"發佈|發佈(?!的))(?![会會])了?",
        r"释出",
        r"釋出",
        r"正式亮相",
        r"面世",
        r"问世",
        r"問世",
        r"开放下载",
        r"開放下載",
        # now available: "现已在 Hugging Face 上可用", "已可供使用", "現已開放使用" (as English
        # "is now available"; not "可用于", can be used for)
        r"(?:现已|現已|目前已|已经|已經|已)(?:正式)?(?:在[^。，,；;]{0,30}?)?"
        r"(?:可用(?![于於来來作])|可供(?:使用|下载|下載)|开放使用|開放使用|可以使用)",
    ),
    upcoming=(
        r"正在训练",
        r"正在訓練",
        r"训练中",
        r"訓練中",
        r"学习中",
        r"尚未(?:正式)?(?:发布|發布|推出)",
        # not yet released: "还未发布", "仍未推出", "目前还没有发布" (yet, then the verb)
        r"(?:还|還|仍)(?:未|没有?|沒有?)(?:正式)?(?:发布|發布|推出|公开|公開)",
        r"即将(?:正式)?(?:发布|推出|上线|开源|问世|面世|亮相|登场)",
        r"即將(?:正式)?(?:發布|發佈|推出|上線|開源|問世|面世|亮相|登場)",
        r"推迟",
        r"推遲",
        r"延期",
        # the release noun, then its delay: "的发布已推迟至秋季", "发布时间被延后到", "推出将
        # 延期", "发行日期已推迟至", "发布再次被推迟": the match starts at the noun, so the
        # release verb read there ("发布") gives way to the plan put off
        r"(?:发布|發布|發佈|推出|上线|上線|发行|發行|发售|發售)(?:时间|時間|日期|计划|計劃|計畫)?"
        r"(?:已经?|已經|又|再次|再度|被|将|將|或将|或將|可能|恐将|恐將|将会|將會|正式|一再)*"
        r"(?:推迟|推遲|延后|延後|延期|延迟|延遲)",
        r"还在路上",
        r"跳票",
        # not until a time: "要到秋季才会发布", "得等到明年才能推出" (as English "not released
        # until fall"; the release word inside it is not read as out); "之前不会发布" (will
        # not be released before …)
        r"(?:要|得|需|需要)(?:等)?到[^。，,；;！？!?]{1,20}?才(?:会|會|能|可能|将|將|正式)*"
        r"(?:发布|發布|發佈|推出|上线|上線|开源|開源|问世|問世|面世|亮相|登场|登場|释出|釋出)",
        r"(?:之前|以前)(?:都|也|还|還)?不(?:会|會)(?:正式)?(?:发布|發布|發佈|推出|上线|上線|开源|開源)",
        # put off, with a word of time before it: "已再度延遲", "再次延后" (the noun
        # and the plain verbs are read above)
        r"(?:已|已经|已經|再次|再度|一再|又)(?:被)?(?:延迟|延遲|延后|延後)",
        # a plan or forecast before the launch verb ("計畫在 2026 年推出"): not out yet;
        # the released reading of the verb inside it is dropped
        # "或以「閉源」形式發布": may be released as … (a report of a plan, not a release)
        r"(?:计划|計劃|計畫|预计|預計|准备|準備|打算|可能|将于|將於|或以|或将|或將|将以|將以|"
        r"将会|將會|"
        + _ZH_PLAN_LEAD
        + r")[^。，,！？!?已]{0,15}?(?:推出|发布|發布|發佈|上线|上線|"
        + _ZH_PLAN_VERB
        + r")(?![会會])",
        # "将" right before the verb: "将推出", "将正式发布" (with a noun between, "将 X 开源"
        # is the written "把": done, not planned)
        r"(?<![即])(?:将|將)(?:正式|很快|陆续|陸續|率先|首先|同步|再)?(?:推出|发布|發布|發佈|上线|"
        r"上線|" + _ZH_PLAN_VERB + r")(?![会會])",
        # the plan as a noun: "推出 Avocado 的计划", "发布新模型的計畫" (a plan to launch is not
        # a launch; "的计划已被取消" is read as shelved, which wins)
        r"(?:推出|发布|發布|發佈|上线|上線|开源|開源)[^。，,；;！？!?]{0,30}?的(?:计划|計劃|計畫)",
        # being developed or built: "Meta 正在研發一款代號為…的模型", "正在开发", "正打造全新
        # AI 模型", "正在秘密地开发" (a model still in the making is to come)
        r"(?<![真公反纠糾修])正(?:在)?(?:秘密地?,?)?(?:研发|研發|开发|開發|打造)",
    ),
    shelved=(
        r"搁置",
        r"擱置",
        r"取消发布",
        r"取消了?(?:[^。，,；;！？!?]{0,20}?的)?" + _ZH_RELEASE_OR_MAKING,
        r"放弃了?(?:[^。，,；;！？!?]{0,20}?的)?" + _ZH_RELEASE_OR_MAKING,
        # the plan or the work called off: "发布计划已被取消", "研发工作遭叫停"
        _ZH_RELEASE_OR_MAKING
        + r"(?:计划|計劃|計畫|工作|项目|項目)?(?:已经?|已經|被|遭|正式|最终|最終|宣布|宣佈)*"
        r"(?:取消|叫停|终止|終止|放弃|放棄)",
        # "推出 Avocado 的计划已被取消": the plan to launch, called off
        r"(?:推出|发布|發布|發佈|上线|上線)[^。，,；;！？!?]{0,30}?的(?:计划|計劃|計畫)"
        r"(?:已经?|已經|被|遭|正式|最终|最終)*(?:取消|叫停|终止|終止|放弃|放棄|搁置|擱置)",
        r"(?:无限期|無限期)(?:推迟|推遲|延后|延後|延期|搁置|擱置|暂停|暫停)",
        # work on it halted: "暂停了 Behemoth 的开发", "停止研发"
        r"(?:暂停|暫停|停止|中止)了?(?:[^。，,；;！？!?]{0,20}?的)?(?:开发|開發|研发|研發|训练|訓練)"
        r"(?![者商人])",
    ),
    open_weights=(
        _ZH_OPEN_SOURCE,
        r"开放权重",
        r"開放權重",
        r"可(?:以)?下载",
        r"可(?:以)?下載",
        r"可(?:以)?(?:从|從)[^。,，]{0,30}(?:下载|下載)",
        # "模型权重…已在 Hugging Face Hub … 下开放": the weights are opened
        # (not "权重尚未公开", "权重不公开": denied right before the verb)
        r"(?:权重|權重)[^。，,]{0,60}?(?<![未不没沒无無])(?:开放|開放|公开|公開)(?!源)",
        r"(?:开放|開放|公开|公開)了?(?:模型)?(?:的)?(?:权重|權重)",
    ),
    closed=(
        r"闭源",
        r"閉源",
        # proprietary: "专有模型", "以专有形式", "采用專有模式"
        r"(?:专有|專有)的?(?:模型|形式|模式|方式)",
        # "改採封閉模式", "封闭式模型": a closed kind of model (not "从开源走向封闭", a course)
        r"(?:封闭|封閉)(?:式|的)?(?:模型|形式|模式)",
        # API only: "仅通过 API 提供", "僅提供 API 服務", "只能通过API访问"
        r"(?<!不)(?:仅|僅|只)(?:能|会|會)?(?:通过|通過|透過|经由|經由|以|提供)\s*(?:[^。，,；;]{0,6}?)api",
        # weights withheld: "不再開放權重", "不会公开模型权重", "权重不对外公开" (not "尚未公开",
        # not yet, which says nothing of the rung)
        r"(?:不再|不(?:会|會))(?:对外|對外)?(?:开放|開放|公开|公開)(?:模型)?的?(?:权重|權重)",
        r"(?:权重|權重)(?:将|將|也|并|並)?(?:不再|不(?:会|會)?)(?:对外|對外)?(?:开放|開放|公开|公開)",
        # will not be, no longer open-sourced (not "不会开源所有东西", a policy of not opening
        # everything)
        r"(?:不再|不(?:会|會)(?:再)?)(?:开源|開源)(?![^。，,]{0,4}(?:所有|一切|所做|每一|全部|任何))",
    ),
    research_only=(
        r"(?:仅|僅|只)(?:限|供|能用于|能用於|用于|用於)(?:学术|學術)?(?:研究|科研)",
        # given, opened only to researchers ("原本只给研究者", "仅向研究人员开放")
        r"(?:仅|僅|只)(?:给|給|对|對|向|开放给|開放給|提供给|提供給)(?:学术|學術)?"
        r"研究(?:者|人员|人員|机构|機構|界)",
        r"非商业(?:性)?(?:许可|授权)",
        r"非商業(?:性)?(?:許可|授權)",
        # given to the research community: "向研究社区开放", "提供给学术研究界" (as English
        # "released to the research community"; not "向研究界和开发者开放", one of several)
        r"(?:向|给|給|对|對|提供给|提供給|开放给|開放給)(?:学术|學術)?研究(?:社区|社區|社群|界)"
        r"(?![和与與及、])",
        r"(?:提供给|提供給|开放给|開放給)(?:学术|學術)?研究(?:人员|人員|者)(?![和与與及、])",
    ),
    leak=(r"泄露", r"洩露", r"泄漏", r"外流"),
    artefacts=(r"论文", r"論文", r"报告", r"報告"),
    anaphors=(
        r"该模型",
        r"該模型",
        r"这款模型",
        r"這款模型",
        r"这些模型",
        r"這些模型",
        r"两款模型",
        r"兩款模型",
        # "两个模型", "这两款模型": both models
        r"(?:这|這)?(?:两|兩)(?:个|個|款)模型",
    ),
    baseline_before=(
        r"比",
        r"相比",
        r"相较于?",
        r"相較於?",
        r"对比",
        r"對比",
        r"超越",
        r"超过",
        r"超過",
        r"优于",
        r"優於",
        r"基于",
        r"基於",
        r"继",
        r"繼",
    ),
    clause_joins=(),
    # "非" and "不是" deny the word right after them: "采用专有模式而非开源模式" (proprietary
    # rather than open source), "该模型并非开放权重", "采非开源形式" (not open source)
    negation=(r"未", r"尚未", r"没有", r"沒有", r"不会", r"不會", r"不是", r"不", r"非"),
    held_back=(
        r"(?:尚|还|還|仍)(?:未|没有?|沒有?)(?:正式)?(?:发布|發布|推出|公开|公開)",
        r"(?:仍|还|還)(?:在|处于)(?:训练|訓練|开发|開發)",
        r"(?:训练|訓練)中",
    ),
    # "据彭博报道", "據美國消費者新聞與商業頻道(CNBC)獲悉" (as CNBC learned), "据彭博社最新披露",
    # "据内部人士透露", "據悉" (it is learned): what a source says or disclosed
    attribution=(
        r"[据據][^。,，]{0,24}?(?:报道|報道|報導|报导|获悉|獲悉|披露|透露)",
        r"[据據]悉",
        r"消息人士",
        r"知情人士",
    ),
    # not "可能" before kana: Japanese "利用可能な", "ダウンロード可能に" (can be used, can be
    # downloaded) states what anyone can do, no hedge
    # "有望" (is expected to), "预期" (is anticipated): a forecast, as English "expected to"
    hedge=(
        r"预计",
        r"預計",
        r"可能(?![\u3040-\u30ff。、])",
        r"或将",
        r"或將",
        r"有望",
        r"(?<!未达)(?<!未達)(?<!低于)(?<!低於)(?<!超出)(?<!符合)(?<!不及)(?:预期|預期)",
    ),
    # a launch put off ("推迟至秋季", "推至至少五月") looks ahead to its new day
    future=(
        r"将",
        r"將",
        r"预计",
        r"預計",
        r"计划",
        r"計劃",
        r"計畫",
        r"即将",
        r"即將",
        r"推迟",
        r"推遲",
        r"延期",
        r"推至",
    ),
    release_nouns=(),
    # not "发布时间": on news pages that is the article's own timestamp
    # "发布时间" (release time) heads the date column of timelines and spec lists
    release_labels=(r"发布日期", r"發布日期", r"上线日期", r"发布时间", r"發布時間", r"發佈時間"),
    # "参数规模", "参数量", "參數規格": the sizes; "上下文长度", "上下文窗口": the window
    params_labels=(r"(?:参数|參數)(?:规模|規模|规格|規格|量|数量|數量)?",),
    context_labels=(r"(?:最大)?上下文(?:长度|長度|窗口|視窗|窗口大小)",),
    architecture_labels=(r"(?:模型)?(?:架构|架構)",),
    modality_labels=(r"(?:输入|輸入)?(?:模态|模態)",),
    months={},
    moved_to=(
        r"(?:推迟|推遲|延后|延後|延期|延迟|延遲|推|延|改)(?:至|到)",
        r"(?:推迟|推遲|延后|延後|延期|延迟|延遲)(?:发布|發布|推出)?(?:至|到)",
    ),
    seasons={},
    quarter_ordinals={"一": 1, "二": 2, "三": 3, "四": 4},
    quarter_words=(r"季度",),
    day_words={"今天": 0, "今晨": 0, "今早": 0, "昨天": -1, "昨晚": -1, "昨夜": -1, "前天": -2},
    # "周二", "星期二", "週二", "上周二" (Tuesday of the week before), "本周四"
    weekdays={
        f"{week}{name}": day
        for week in ("周", "週", "星期", "礼拜", "禮拜")
        for name, day in _ZH_WEEKDAY_NAMES.items()
    },
    weekday_before=(r"本", r"这", r"這", r"上"),
    weekday_last_week=(r"上",),
    rel_months={
        "本月": 0,
        "这个月": 0,
        "這個月": 0,
        "上个月": -1,
        "上個月": -1,
        "上月": -1,
        "下个月": 1,
        "下個月": 1,
        "下月": 1,
    },
    # "三天前", "两周前", "一个月前" (a month needs its counter: "3月前" is before March)
    # (not "十天前后", about ten days)
    ago_after=(r"之?前(?![后後])", r"以前"),
    time_units={
        r"天": "day",
        r"(?:个|個)?(?:星期|礼拜|禮拜)": "week",
        r"周|週": "week",
        r"(?:个|個)月": "month",
    },
    count_words=_CJK_COUNTS,
    units={
        "万亿": 10**12,
        "萬億": 10**12,
        "千亿": 10**11,
        "亿": 10**8,
        "億": 10**8,
        "万": 10**4,
        "萬": 10**4,
        "兆": 10**12,
    },
    # "总参数量约为 109B": the word of an amount may carry "about" before the figure
    parameters=(r"(?:参数|參數)量?(?:约为|約為|约|約|大约|大約)", r"参数", r"參數"),
    active=(r"有效", r"激活", r"活跃", r"活躍"),
    total=(r"总", r"總"),
    context=(r"上下文",),
    tokens=(r"词元", r"詞元", r"个\s?tokens?", r"個\s?tokens?"),
    modality_words={
        "文本": "text",
        "文字": "text",
        "图像": "image",
        "圖像": "image",
        "图片": "image",
        "圖片": "image",
        "视频": "video",
        "視頻": "video",
        "影片": "video",
        "音频": "audio",
        "音頻": "audio",
        "语音": "audio",
        "語音": "audio",
    },
    modality_joins=(r"和", r"与", r"與", r"及", r"以及", r"、", r"或"),
    modality_cues=(
        r"多模态",
        r"多模態",
        r"处理",
        r"處理",
        r"理解",
        r"输入",
        r"輸入",
        r"支持",
        r"支援",
    ),
)

#: a denial or a contrast right after a Japanese open word: "オープンソースではなく"
#: (not open source), "オープンソースとは呼べない" (cannot be called open source), "オープン
#: ソースとして認めていません" (not recognised as open source), "オープンソースのLlamaシリーズ
#: とは異なり" (unlike the open-source Llama line): the word is denied, or said of what the
#: subject is set against ("だけではなく", not only, denies nothing)
_JA_NOT_AFTER = (
    r"(?![^、。,，]{0,20}?(?:(?<!だけ)ではな|じゃな|とは(?:呼べ|言え|いえ)な|"
    r"として認め(?:られ)?てい?な|と(?:は)?異な|と(?:は)?違))"
)
#: a release plan or target after the release noun: "2026年前半のリリースを予定しており",
#: "リリースを目指し", "リリースを計画しています", "非公開形式でリリースされる予定", "提供
#: される予定" (scheduled, aimed at, planned: not out yet)
_JA_RELEASE_NOUN = r"(?:公開|リリース|投入|発表|発売|提供|登場)"
#: the release given up or put off for good: "リリースを断念", "開発を打ち切り", "無期限延期"
#: (the making of the model, or its release, dropped; not "見送り", which Japanese news
#: says of a release held back from one region: "EUでの提供を見送る")
_JA_DROPPED = r"(?:断念|打ち切|凍結)"
#: the launch nouns a plan or a forecast follows (not "発表": results and reports are
#: announced too)
_JA_LAUNCH = r"(?:公開|リリース|投入|提供|登場|ローンチ)"

#: a clause that ends in the past ("…を始めました。", "…が出回った。") with no plan or
#: forecast in it: what a release noun anchors ("Xの公開と同時に", "Xの公開から数日で") is
#: then behind the post, as English "With the release of X, Meta added …"
_JA_PAST_CLAUSE = (
    r"(?![^。！？!?]*?(?:予定|計画|見込み|見通し|方針|延期|遅れ|目指))"
    # (the past of "込む", "泳ぐ" ends in "んだ", "いだ"; a bare "だ" is the present copula)
    r"(?=[^。！？!?]*?(?:た|んだ|いだ|ました|でした)(?:\s*[。！!」』]|\s*$))"
)
#: the researchers a gated release is for: "学術研究者", "研究者", "研究機関", "研究所"
_JA_RESEARCHERS = r"(?:研究(?:者|機関|所|コミュニティ)|学術機関)"

_JA_WEEKDAY_NAMES = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}

#: "so far" right before the passive: "これまでに公開されたモデルの中で最大" (the largest of
#: the models released so far) names a class the subject is measured against
_JA_SO_FAR = "".join(
    f"(?<!{word})"
    for word in ("これまでに", "これまで", "今までに", "今まで", "現在までに", "過去に")
)
#: a headline asking, not stating: "…の開発は中止か" (development halted?), "凍結かも" (may be
#: frozen): a question particle closes the clause after the word, or "かも" hedges it
_JA_QUESTION = r"か(?:も|(?![\u3040-\u30ff\u3400-\u9fff]))"
_JA_ASKED = "(?!" + _JA_QUESTION + ")"
JAPANESE = Language(
    code="ja",
    spaced=False,
    released=(
        r"リリースし(?:た|ました)",
        # (not a torrent or a link put up: "匿名の人物がマグネットリンクを公開した" is a
        # leak's upload, as English "posted a magnet link", no release of the model)
        r"(?<!リンクを)(?<!ファイルを)(?<!torrentを)公開し(?:た|ました)",
        _JA_SO_FAR + r"公開された(?!\s?(?:torrent|マグネット|リンク|ファイル))",
        r"提供を開始",
        # the noun compound: "…の提供開始", "提供開始した" (not a plan: "提供開始予定")
        r"提供開始(?!予定|日|時期|へ|を予定|を目指)",
        # (not the torrent or link a leak offers: "重みを落とせる…ダウンロードできるファイル")
        r"ダウンロードでき(?!る\s?(?:torrent|マグネット|リンク|ファイル))",
        r"無償提供されて",
        # "(Scout と Maverick)をリリース": the noun-verb with its object marker, in a
        # timeline; its passive and other launch verbs
        r"(?:を|が)リリース(?!予定|する|へ|の|時期|日|は)" + _JA_ASKED,
        _JA_SO_FAR + r"リリースされ(?:た|ました)",
        r"公開されました",
        # the state after it: "4月に先行公開している", "公開済み", "公開されている", "リリース
        # 済みの" (is out, has been released; not "公開中止", called off)
        r"(?:先行|一般)?公開し(?:ている|ています|ており|てい[たま])",
        r"(?:公開|リリース)済み",
        r"公開され(?:てい(?:る|ます|た)|ており)",
        r"リリースし(?:ている|ています|ており)",
        r"(?:投入|登場|ローンチ)し(?:た|ました)",
        # a headline's noun form closing its clause: "…「Llama 4」を公開、…", "…「Llama 3」
        # をオープンソースとして公開", "Llama 3.1正式リリース:" (not "を公開予定", "を公開へ")
        r"(?:を|として)(?:一般)?公開(?=\s*[、。!！:：]|\s*$)",
        r"正式リリース(?=\s*[、。!！:：]|\s*$)",
        # became available: "クラウドのカタログで利用できるようになり", "利用が可能と
        # なった" (as English "became available"; not "商用利用可能", a licence's terms, nor
        # "利用可能になる", still to come; not the bare "利用可能だ", which pages say of a
        # feature or a region as often as of the model)
        r"(?<!商用)(?<!商業)(?<!研究)利用(?:が|も)?(?:可能|でき(?:る)?よう)(?:に|と)"
        r"な(?:った|りました|っている|っています|り(?![^。]{0,60}?(?:予定|見込み|見通し|計画|"
        r"でしょう|だろう)))",
        # a release noun anchoring a past clause: "Xの公開と同時に、Metaは…を始めた", "Xの
        # リリースから数日で重みが出回った", "Xの登場以来" (read right after the name, which
        # is what was released)
        r"の(?:リリース|公開|一般公開|登場)(?:と並行して|に合わせて|と同時に|に伴(?:い|って)|から|後|"
        r"以来|を受けて)" + _JA_PAST_CLAUSE,
    ),
    upcoming=(
        r"開発中",
        r"トレーニング中",
        r"学習中",
        # "…に投入予定": planned to be put on the market, released or announced
        _JA_RELEASE_NOUN + r"予定",
        _JA_RELEASE_NOUN + r"(?:される|する)予定",
        _JA_RELEASE_NOUN + r"(?:を|の)(?:予定|目指|計画)",
        # "リリースする計画だ", "公開される見通し", "投入する方針": planned, foreseen
        _JA_LAUNCH + r"(?:する|される|を行う)(?:計画|見込み|見通し|方針|意向|考え)",
        # a headline's "…を公開へ", "リリースへ": about to be released
        _JA_LAUNCH + r"へ(?=\s*[、。!！:：]|\s*$)",
        r"延期",
        # moved later: "秋以降へと後ろ倒しされる", "リリースを年末に後ろ倒し" (a schedule word:
        # it says only that a date moved later); put off: "公開を秋まで先送り", after a
        # release noun in the same clause (not "判断を先送り", a decision put off)
        r"後ろ倒し",
        _JA_RELEASE_NOUN + r"[^。、]{0,16}?先送り",
        # not yet released: "まだ公開されていない", "まだリリースされていません"
        r"まだ(?:一般)?(?:公開|リリース|提供)(?:されて|して)い(?:ない|ません)",
        # coming soon: "近日公開", "近日リリース予定"
        r"近日(?:中に)?" + _JA_LAUNCH,
        # not released until a time: "冬までリリースされない恐れ", "年末までは公開されない"
        # (as English "not released until fall"; the time is the plan's)
        r"まで(?:は)?(?:一般)?" + _JA_RELEASE_NOUN + r"(?:され|し)(?:ない|ません)",
        # at the earliest: "早くとも秋", "早くても年末" (the release is still to come)
        r"早く(?:とも|ても)",
    ),
    shelved=(
        r"中止" + _JA_ASKED,
        r"棚上げ" + _JA_ASKED,
        # (not "重みの公開を断念": the weights held back, which is openness)
        r"(?<!重みの)(?<!ウェイトの)(?<!コードの)"
        r"(?:公開|リリース|投入|開発)(?:を|は|が)?" + _JA_DROPPED + "(?!り?" + _JA_QUESTION + ")",
        r"無期限(?:の)?(?:延期|凍結|休止)" + _JA_ASKED,
        r"お蔵入り" + _JA_ASKED,
    ),
    open_weights=(
        r"オープンソース" + _JA_NOT_AFTER,
        r"オープンウェイト" + _JA_NOT_AFTER,
        r"ダウンロード(?:でき|可能)",
        r"無償提供",
    ),
    closed=(
        r"クローズドソース",
        r"クローズド(?:[(（]専有[)）])?(?:な|型)?(?:モデル|ウェイト|化)",
        r"専有(?:モデル|型)",
        # "プロプライエタリ(非公開)になる可能性", "閉鎖型のモデルとして扱われ", "非公開形式で
        # リリースされる予定": proprietary, a closed kind of model, in a non-public form (not a
        # move toward closed models: "閉鎖モデルへ方針転換")
        r"プロプライエタリ(?!モデル開発|へ)",
        r"閉鎖(?:型|的)?(?:の|な)?モデル(?!へ|に(?:転換|移行)|エコシステム|開発)",
        r"非公開(?:形式|型|の?モデル)(?!へ|に(?:転換|移行))",
        # API only: "API経由でのみ提供", "APIのみで提供": no weights to download
        r"api(?:経由|を通じて|を介して)?(?:で)?のみ(?!ならず)",
        r"api限定",
        # weights withheld: "重みは公開しない", "ウェイトを公開されない"
        r"(?:重み|ウェイト|ウエイト)(?:は|を|が|も)?(?:一般)?公開(?:しない|されない|しません|されません|せず)",
        r"オープンソース化(?:しない|されない|しません|されません|せず)",
    ),
    research_only=(
        r"研究(?:目的|用途|者)(?:に限定|に限り|のみ|に限って|限定)",
        r"非商用(?:の)?ライセンス",
        # access let in case by case: "大学の研究者にケースバイケースで利用を許可する" (as
        # English "on a case-by-case basis")
        r"ケースバイケースで[^。]{0,12}?(?:許可|承認)",
        # a release limited to researchers: "研究者向けに限定して公開", "使えるのは許可された
        # 研究機関に限定", "研究コミュニティへ配布" (as English "released to the research
        # community"; not "開発者や研究コミュニティに", one audience of several)
        r"研究者向け(?:に|の)?(?:限定|のみ)",
        r"(?:承認|許可|選ばれ)(?:され|し)?た"
        + _JA_RESEARCHERS
        + r"(?:など|等)?(?:に|のみ)(?:限ら|限定|限っ|限り)",
        r"(?<![とや、・])研究(?:コミュニティ|者)(?:に|へ)(?:のみ)?(?:提供|公開|配布)"
        r"(?!(?:され|し)(?:ない|ません))",
    ),
    leak=(r"流出", r"リーク", r"torrent"),
    artefacts=(r"論文", r"レポート"),
    # "これらのモデル" (these models), "両モデル", "両者" (both): the models just named
    anaphors=(r"このモデル", r"同モデル", r"これらのモデル", r"両モデル", r"両者"),
    # "(先代の「Llama 2」は4096トークン)": the predecessor named for comparison
    baseline_before=(r"より", r"比べ", r"超え", r"先代の?[「『]?"),
    clause_joins=(),
    # not "まだ": "still" before a state ("まだ開発中", still in development) says no denial
    negation=(r"未",),
    held_back=(
        r"まだ(?:一般)?(?:公開|リリース|提供)(?:されて|して)い(?:ない|ません)",
        r"(?:まだ|現在)?(?:開発|トレーニング|学習)中",
    ),
    # a headline's "…との報道" (so it is reported), "と報じた", "報道によれば"
    attribution=(
        r"によると",
        r"関係者",
        r"との報道",
        r"と報じ(?:た|ている|ました|られ)",
        r"報道によれば",
    ),
    # not "予定" (scheduled): a plan stated plainly, as English "scheduled", "planned"
    hedge=(r"見込み", r"可能性", r"見通し"),
    future=(r"予定", r"見込み"),
    # the maker presenting a named model: "4月5日、…「Llama 4」を発表した", "Llama 3を発表
    # しました", "…の一般公開を発表した": its day is the release day, as English "Meta
    # announced Llama 3" (not a paper or report presented: the name or a release noun
    # stands right before)
    release_nouns=(
        r"(?:(?<=[」』a-z0-9])|(?<=[」』a-z0-9] )|(?<=公開)|(?<=リリース))を発表し(?:た|ました)",
        # the same said before the model it describes, as Japanese puts a relative clause:
        # "Metaが4月に発表したモデル「X」", "Xは、Metaが昨年発表した言語モデル" (the maker's
        # own announcement, a model noun after it; not "Metaが発表した論文", a paper)
        r"(?:meta(?: ai)?|メタ|facebook|フェイスブック)\s?が\s?[^。、「」]{0,24}?"
        r"に発表し(?:た|ました)(?=[^。、]{0,24}?(?:モデル|llm|[「『]))",
    ),
    release_labels=(r"(?:リリース|公開)日",),
    # "総パラメータ数", and a provider's "モデル・サイズ" (model size)
    params_labels=(r"総?パラメータ(?:数|サイズ)?", r"総?パラメーター(?:数)?", r"モデル・?サイズ"),
    # "コンテクスト" is a rarer spelling of the same loanword
    context_labels=(r"コンテ[キク]スト(?:長|ウィンドウ|窓)",),
    architecture_labels=(r"(?:モデル・?)?アーキテクチャ",),
    modality_labels=(r"(?:入力)?モダリティ",),
    months={},
    day_words={
        "本日": 0,
        "今日": 0,
        "今朝": 0,
        "昨日": -1,
        "昨夜": -1,
        "一昨日": -2,
        "おととい": -2,
    },
    # "火曜日", "土曜", "先週の火曜日" (Tuesday of the week before)
    weekdays={
        f"{name}曜{day_word}": day
        for name, day in _JA_WEEKDAY_NAMES.items()
        for day_word in ("日", "")
    },
    weekday_before=(r"先週の?", r"今週の?"),
    weekday_last_week=(r"先週",),
    rel_months={"今月": 0, "先月": -1, "来月": 1},
    # "2日前", "3週間前", "2か月前"
    # (not "10日前後", about ten days)
    ago_after=(r"前(?![后後])",),
    time_units={r"日": "day", r"週間": "week", r"[かカヵヶケ]月": "month"},
    count_words=_CJK_COUNTS,
    units={"億": 10**8, "万": 10**4, "兆": 10**12},
    # "およそ2兆個のパラメータ": the counter "個の" between, as tokens take it
    parameters=(r"(?:個の)?パラメータ", r"(?:個の)?パラメーター"),
    # "170億の活性パラメータ": the native word beside the loanword
    active=(r"アクティブ", r"活性"),
    total=(r"総",),
    context=(r"コンテ[キク]スト",),
    # "128,000個のトークン": the counter "個" between, as Korean "개"
    tokens=(r"(?:個の)?トークン",),
    modality_words={
        "テキスト": "text",
        "画像": "image",
        # the loanword, as providers' pages write it ("テキストとイメージを入力")
        "イメージ": "image",
        "動画": "video",
        "映像": "video",
        "ビデオ": "video",
        "音声": "audio",
        "オーディオ": "audio",
    },
    modality_joins=(r"と", r"や", r"、", r"および", r"及び"),
    modality_cues=(r"マルチモーダル", r"処理", r"理解", r"入力", r"対応"),
)

#: "so far", "ever" right before an adnominal release verb: "지금까지 공개된 라마 중 가장"
#: (the largest of the Llamas released so far) names a class the subject is measured
#: against, not its own release (as English "the largest of any released model")
_KO_SO_FAR = "".join(
    f"(?<!{word} )" for word in ("지금까지", "현재까지", "이제까지", "지금껏", "역대", "그동안")
)
#: a denial or a contrast after a Korean open word, a few words on: "오픈웨이트 구조가 아니라"
#: (not an open-weight design), "오픈소스 모델이 아닌", "오픈웨이트 모델이었던 라마 시리즈와
#: 달리" (unlike the Llama line, which was open-weight). The words between may be the noun
#: the open word describes and adnominal verbs, not a clause of their own (a topic or object
#: particle, or a connective ending before a space: "라마 3는 오픈소스로 공개됐으며 GPT-4와
#: 달리 …" keeps its rung; "하는", "되는" are adnominal verbs, not the topic particle)
_KO_NOT_AFTER = (
    r"(?!(?:[^\s,.。]*(?<![은를을며고서만])(?<!(?<![하되있없않])는)\s+){0,5}?[^\s,.。]*?"
    r"(?:(?:이|가) 아[니닌]|(?:와|과)는? (?:달리|다르게)))"
)

#: Korean joins particles and endings to the word, so its words are matched anywhere, as
#: Chinese ones are. Only status, openness and attribution words are listed: its dates
#: ("5월", "2026년"), sizes and codenames in Hangul are not read yet.
KOREAN = Language(
    code="ko",
    spaced=False,
    # launched, put out; "공개했" (unveiled) and "발표했" (announced) are not a release
    released=(
        r"출시(?:했|됐|되었|하였)",
        r"내놓았",
        r"내놨",
        # introduced, put before the public: "두 모델을 선보였다", "지난해 라마 3를 선보인
        # 뒤" (not the future "선보일", nor "선보인다")
        r"선보였",
        r"선보인(?!다)",
        # made public, put out: "공개했다", "최근 공개한 …", "5일 공개된 라마 4"; not a
        # preview ("미리 공개한") and not the future ("공개할", "공개될")
        r"(?<!미리 )(?<!미리)공개(?:했|됐|되었|하였)",
        r"(?<!미리 )(?<!미리)" + _KO_SO_FAR + r"공개(?:한|된)",
        _KO_SO_FAR + r"출시(?:한|된)",
        r"배포(?:했|한|된|됐|되었)",
        # the contracted passive: "라마 3가 공개돼", "출시되어" (not "돼야", must be)
        r"(?<!미리 )(?<!미리)(?:출시|공개|배포)(?:돼|되어)(?!야)",
        # became available: "애저에서 이용할 수 있게 됐다", "사용이 가능해졌다" (as English
        # "became available"; not "이용할 수 있게 될 것", still to come)
        r"(?:이용|사용)할 수 있게 (?:됐|되었)",
        r"(?:이용|사용)(?:이)? ?가능해(?:졌|진)",
        # a release noun anchoring a past clause: "라마 3 출시 이후 메타는 … 기능을 추가했다",
        # "Llama 2 공개 직후 …" (as English "After the release of X, Meta added …"; the
        # sentence ends in the past and holds no plan or forecast)
        r"(?<![가-힣])(?:출시|공개) (?:이후|후|직후|이래)"
        r"(?![^.。]*?(?:예정|계획|전망|방침|목표|것으로))"
        r"(?=[^.。]*?(?:했|였|됐|었|왔)(?:다|습니다)(?:[.。]|\s|$))",
    ),
    upcoming=(
        # "출시 예정", "출시될 예정": planned; "늦춰졌", "연기했": put off
        r"(?:출시|공개)(?:될|할)? 예정",
        # the future of the launch verbs with a plan or a forecast: "출시할 계획이다", "선보일
        # 예정", "내놓을 것으로 보인다", "공개할 방침", "출시 계획을 밝혔다", "출격 전망"
        # (not "출시 계획이 없다", no plan to; not "발표 예정", which results are too)
        r"(?:(?:출시|공개|배포|출격)(?:할|될)?|선보일|내놓을) ?"
        r"(?:예정|계획|방침|전망|것으로|것이라)(?!(?:이|은|도)? ?없)",
        # still training: "가장 큰 모델은 아직 학습 중이다", "학습 중인 Behemoth"
        r"학습 중(?!단)",
        # the same with the verbal noun of progress: "현재 학습을 진행 중인 Behemoth",
        # "훈련이 진행되고 있다", "개발을 진행하고 있는" (training, development under way)
        r"(?:학습|훈련|개발)(?:을|이|은|도)? 진행(?: 중|하고 있|되고 있)",
        # soon: "곧 출시될", "곧 정식 공개"
        r"곧 (?:정식 )?(?:출시|공개|배포)",
        r"늦춰(?:졌|진|지)",
        r"연기(?:했|됐|되었|된)",
        # not "개발 중단" (development halted); "개발 중인 … Behemoth" modifies the name
        # after it, which the binding gives it to (head-final modifiers)
        r"개발 중(?!단)",
        r"훈련 중(?!단)",
        r"준비하고 있",
        # development started: "개발 착수했다", "개발에 착수한", "개발에도 돌입했다", "개발에
        # 나섰다" (a model whose making has begun is still to come)
        r"개발(?:에|을)?(?:도)? ?(?:착수|돌입|나섰|나선|나서)",
        # a release set as a target: "1분기 출시를 목표로", "출시가 목표다", "출시는 2026년
        # 1분기를 목표로": planned, not out
        r"출시(?:를|가|는)? (?:[0-9가-힣]+ ){0,3}?목표",
        # not yet released: "아직 공개되지 않았다", "아직 출시하지 않은" (a denial follows
        # the verb; "아직" says it is still to come)
        r"아직 (?:[가-힣]+ ){0,2}(?:공개|출시|배포)(?:되|하)지 않",
        # not until a time: "가을까지 출시되지 않을 전망", "연말 전까지는 공개되지 않는다" (as
        # English "not released until fall")
        r"(?:까지|전까지)(?:는|도)? (?:[가-힣]+ ){0,2}?(?:출시|공개|배포)(?:되|하)지 않",
        # at the earliest: "빨라야 가을", "빨라도 내년" (the release is still to come)
        r"빨라(?:야|도)(?= )",
    ),
    held_back=(
        r"아직 (?:[가-힣]+ ){0,2}(?:공개|출시|배포)(?:되|하)지 않",
        r"(?:아직|여전히|현재) (?:개발|훈련|학습) 중(?!단)",
        r"(?:아직|여전히|현재) (?:개발|훈련|학습)(?:을|이|은|도)? 진행(?: 중|하고 있|되고 있)",
    ),
    shelved=(
        r"개발(?:을|이)? 중단",
        r"출시(?:를|가)? 취소",
        # release or work given up: "공개를 보류했다", "출시를 포기", "개발 백지화", "출시를
        # 무기한 연기했다" (put off without a day, as English "delayed indefinitely")
        # (not "오픈소스 공개를 포기", "가중치 공개를 보류": the weights held back, openness)
        r"(?<!소스 )(?<!소스)(?<!가중치 )(?<!가중치)(?<!코드 )(?<!코드)"
        r"(?:출시|공개|배포|개발)(?:를|을|가|이|는|도)? ?(?:보류|백지화|포기|철회|중단|중지|취소)",
        r"무기한 (?:연기|보류|중단)",
    ),
    open_weights=(
        r"오픈 ?소스" + _KO_NOT_AFTER,
        r"오픈 ?웨이트" + _KO_NOT_AFTER,
        r"개방형 모델" + _KO_NOT_AFTER,
        r"오픈형 모델" + _KO_NOT_AFTER,
        # "가중치를 공개한 방식": the weights are published; "다운로드할 수 있다": downloadable
        # (not "가중치 공개를 보류했다": the weights held back)
        r"가중치(?:를|가)? (?:공개|개방)(?!(?:를|을|는|가|도)? ?(?:보류|포기|중단|거부|철회|취소))"
        + _KO_NOT_AFTER,
        r"다운로드(?:할 수 있|가 가능|받을 수 있)",
    ),
    closed=(
        r"폐쇄형",
        r"클로즈드 ?모델",
        r"비공개 모델",
        # API only: "API로만 제공", "API를 통해서만": no weights to download
        r"api(?:로만|를 통해서만|를 통해서만| 형태로만| 방식으로만)",
        # weights withheld: "가중치는 공개하지 않는다", "가중치를 공개되지 않"
        r"가중치(?:를|는|가|도)? (?:공개|개방)(?:하지|되지) 않",
        r"가중치(?:의)? ?(?:공개|개방)(?:를|을|는|가|도)? ?(?:보류|포기|중단|거부|철회|취소)",
        r"독점(?:적인|형)? 모델",
        # "비공개로 출시할 예정": put out closed (not "비공개로 개발", made in secret)
        r"비공개로 (?:출시|제공|유지|전환|배포|운영)",
    ),
    # "학술 전용 오픈소스인 라마1": for academic use only, whatever "오픈소스" says
    research_only=(
        r"(?:학술|연구)\s?(?:전용|목적으로만|용으로만)",
        # a non-commercial licence, as "非商用ライセンス" and "非商业许可" are read
        r"비상업(?:적|용)? ?(?:라이선스|라이센스)",
        # given to the research community: "연구 공동체에 배포됐다", "연구자들에게만 제공"
        # (as English "released to the research community"; not "연구자와 개발자에게", one
        # audience of several, nor "공개되지 않았다")
        r"(?<![와과및,] )연구 ?(?:커뮤니티|공동체|자들?|기관)(?:에|에게)(?:만)? "
        r"(?:[가-힣]+ ){0,1}?(?:공개|제공|배포)(?!(?:되|하)지 않)",
        # case by case: "사례별로 접근을 허용", "케이스 바이 케이스로 승인"
        r"(?:사례별로|케이스 ?바이 ?케이스로) (?:[가-힣]+ ){0,3}?(?:허용|승인|허가)",
    ),
    leak=(r"유출",),
    artefacts=(r"논문", r"보고서"),
    # whole words: "이" and "두" also end other words ("핵심이 모델", "모두 모델")
    # "이 모델들", "두 모델", "모든 모델" (all the models): the models just named
    anaphors=(r"(?<![가-힣])(?:이|해당|두|모든) 모델",),
    # a denial follows the verb ("출시되지 않았다"), which the lists above do not match
    attribution=(r"보도(?:했|에 따르면)", r"소식통", r"에 따르면", r"전했다"),
    hedge=(r"전망", r"가능성", r"예상", r"것으로 보인다"),
    future=(r"예정", r"전망", r"계획"),
    release_labels=(r"출시일",),
    # not "오늘날" (nowadays): see dates.py
    day_words={"오늘": 0, "어제": -1, "그저께": -2, "그제": -2, "내일": 1},
    # "화요일", "지난 화요일", "지난주 화요일" (Tuesday of the week before)
    weekdays={
        "월요일": 0,
        "화요일": 1,
        "수요일": 2,
        "목요일": 3,
        "금요일": 4,
        "토요일": 5,
        "일요일": 6,
    },
    weekday_before=(r"지난 ?주 ?", r"이번 ?주 ?", r"지난 ?"),
    weekday_last=(r"지난 ?",),
    weekday_last_week=(r"지난 ?주",),
    rel_months={"이달": 0, "이번 달": 0, "지난달": -1, "지난 달": -1, "다음 달": 1},
    # "3일 전", "2주 전", "두 달 전", "2개월 전"
    ago_after=(r"전(?:에)?(?![가-힣])",),
    time_units={r"일": "day", r"주": "week", r"(?:개월|달)": "month"},
    count_words={"한": 1, "두": 2, "세": 3, "네": 4},
    params_labels=(r"(?:파라미터|매개변수)(?: ?수| ?규모)?",),
    # "콘텍스트" is the newspapers' spelling of the same loanword
    context_labels=(r"[컨콘]텍스트 ?(?:길이|창|윈도우)",),
    architecture_labels=(r"(?:모델 ?)?아키텍처",),
    modality_labels=(r"(?:입력 ?)?모달리티",),
    # "1천만 토큰", "2백만 토큰", "1조 …": a thousand or a hundred before 만/억 multiplies it
    units={
        "천억": 10**11,
        "백억": 10**10,
        "억": 10**8,
        "조": 10**12,
        "천만": 10**7,
        "백만": 10**6,
        "만": 10**4,
    },
    # "1090억 개의 파라미터", "170억 개를 활성화", "1000만 토큰": the counter "개" between;
    # the genitive too, "2조 파라미터의 Behemoth", "4000억 개 파라미터의 Maverick": the size
    # describes the name after it, which the binding's head-final owner gives it to (and a
    # genitive before a bare "모델" leaves the value to the name before, as it stood)
    # ("총 파라미터 수는 1090억 개": the count's noun and the topic after the word)
    parameters=(r"(?:개의?\s?)?(?:파라미터|매개변수)(?: ?(?:수|규모))?(?:는|가|은|이)?",),
    # "170억 개가 활성화되는": the counter with its subject particle
    active=(r"(?:개(?:의|를|가)?\s?)?활성",),
    # "전체 파라미터 4000억 개": all of them
    total=(r"총 ?", r"전체 ?"),
    context=(r"[컨콘]텍스트", r"문맥"),
    tokens=(r"(?:개의?\s?)?토큰",),
    modality_words={
        "텍스트": "text",
        "이미지": "image",
        "비디오": "video",
        "영상": "video",
        "오디오": "audio",
        "음성": "audio",
    },
    modality_joins=(r"와", r"과", r"및", r",", r"·"),
    modality_cues=(r"멀티모달", r"처리", r"이해", r"입력", r"지원"),
)

#: Vietnamese writes words of several syllables with spaces between the syllables, so its
#: words are matched whole, as the spaced languages' are. A small record: status, sizes
#: and context words, shown on Vietnamese news pages about Meta's models.
VIETNAMESE = Language(
    code="vi",
    released=(
        # "đã ra mắt", "vừa phát hành", "trình làng": launched, released, unveiled
        r"(?:đã|vừa|chính thức) (?:chính thức )?(?:ra mắt|phát hành|trình làng|công bố)",
        r"trình làng",
        r"(?:có thể|đã có thể) tải (?:về|xuống)",
    ),
    upcoming=(
        # "sẽ ra mắt", "dự kiến ra mắt", "hoãn (việc) ra mắt": to come, planned, put off
        r"(?:sẽ|dự kiến|dự định|sắp) (?:được )?(?:ra mắt|phát hành|công bố|giới thiệu)",
        r"hoãn (?:việc )?(?:ra mắt|phát hành)",
        r"trì hoãn",
        # "vẫn đang được huấn luyện", "đang tiếp tục huấn luyện": still being trained, still
        # training on (the passive marker and "continue" between "đang" and the verb)
        r"(?:vẫn )?đang (?:được |tiếp tục |trong quá trình )*huấn luyện",
        r"chưa (?:được )?(?:phát hành|ra mắt)",
    ),
    # not "mã nguồn mở" (open source): said of the gated first LLaMA as of the open ones
    open_weights=(r"trọng số mở",),
    closed=(r"mã nguồn đóng", r"mô hình đóng"),
    anaphors=(r"mô hình này",),
    negation=(r"chưa", r"không"),
    attribution=(r"theo (?:thông tin từ|nguồn tin|báo cáo)", r"theo các nguồn tin"),
    # not "có thể" (can): "có thể tải xuống" is what anyone can do, no hedge
    hedge=(r"dự kiến",),
    # "hoãn … sang mùa thu": put off to the fall, a day still to come
    future=(r"sẽ", r"dự kiến", r"dự định", r"sắp", r"hoãn"),
    release_nouns=(
        r"ra mắt",
        r"phát hành",
        # the new day a launch is moved to: "hoãn … sang một thời điểm … vào mùa thu", "dời
        # lịch sang tháng 9" (a trigger for the day only: no status of its own)
        r"sang(?= (?:một )?(?:thời điểm|tháng|quý|mùa)\b)",
    ),
    seasons={"mùa xuân": 2, "mùa hè": 3, "mùa thu": 4, "mùa đông": 1},
    day_words={"hôm nay": 0, "hôm qua": -1, "ngày mai": 1},
    # "vào thứ Ba", "thứ Ba vừa qua" (not "thứ hai" alone: also "the second")
    weekdays={
        "thứ hai": 0,
        "thứ ba": 1,
        "thứ tư": 2,
        "thứ năm": 3,
        "thứ sáu": 4,
        "thứ bảy": 5,
        "chủ nhật": 6,
    },
    weekday_before=(r"vào", r"hôm"),
    weekday_after=(r"vừa qua", r"tuần trước"),
    weekday_last=(r"vừa qua", r"tuần trước"),
    rel_months={"tháng này": 0, "tháng trước": -1, "tháng sau": 1, "tháng tới": 1},
    # "hai tuần trước", "3 tháng trước" (not "năm", five, which is also a year)
    ago_after=(r"trước",),
    time_units={r"ngày": "day", r"tuần": "week", r"tháng": "month"},
    count_words={"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6},
    units={"nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "tỷ": 10**9, "triệu": 10**6},
    parameters=(r"tham số",),
    active=(r"tham số hoạt động", r"hoạt động"),
    total=(r"tổng (?:số|cộng)(?: lên tới| là)?",),
    context=(r"ngữ cảnh",),
    tokens=(r"token",),
)

#: Russian. Verbs in the past (perfective) and the passive; the present ("представляет":
#: represents) and "announced" (анонсировал) are left out, as are words that only sometimes
#: mean a release ("запустила": also started a training run)
_RU_NOT_ARTEFACT = r"(?! (?:[\w-]+ )?(?:отч[её]т|стать[юи]|доклад|исследовани[ея]))"
#: a comparison class of released models: "больше, чем любая выпущенная до сих пор модель",
#: "самая большая когда-либо выпущенная" (any, ever, so far): not the subject's own release
_RU_ANY = "".join(
    f"(?<!{word} )"
    for word in (
        "любая",
        "любой",
        "любое",
        "любые",
        "любую",
        "любого",
        "любым",
        "любых",
        "когда-либо",
    )
)
_RU_SO_FAR_AFTER = (
    r"(?! (?:до сих пор|на сегодня|на сегодняшний день|к настоящему времени|на данный момент))"
)
RUSSIAN = Language(
    code="ru",
    released=(
        # not a report or a paper as what came out ("выпустила технический отчёт")
        r"выпустил[аи]?" + _RU_NOT_ARTEFACT,
        r"(?:был[аио]? )?выпущен[аы]?",
        r"представил[аи]?" + _RU_NOT_ARTEFACT,
        r"(?:был[аио]? )?представлен[аы]?(?! (?:в|на) (?:виде|форме))",
        r"опубликовал[аи]?" + _RU_NOT_ARTEFACT,
        r"(?:был[аио]? )?опубликован[аы]?",
        # the participles ("Llama 3.1, представленная накануне", "выпущенную в апреле модель")
        _RU_ANY
        + r"(?:представленн|выпущенн|опубликованн)(?:ая|ый|ое|ые|ую|ой|ого|ых|ым|ом)"
        + _RU_NOT_ARTEFACT
        + _RU_SO_FAR_AFTER,
        # became available: "стала доступна", "стали доступны всем"
        r"стал[аио]? доступн(?:а|ы|ой|ым|ыми)",
        r"вышл[аи]",
        r"вышел",
        r"(?:уже |теперь )?доступн[аы]? для (?:скачивания|загрузки)",
        r"открыл[аи]? доступ",
    ),
    upcoming=(
        r"(?:будет|будут) (?:выпущен[аы]?|представлен[аы]?|опубликован[аы]?|доступн[аы]?)",
        r"(?:выпустит|представит|опубликует|выйдет|выйдут)",
        # should, could be released: "должна быть выпущена осенью", "может быть
        # представлена", "должна выйти в 2026 году" (a release foreseen, not made)
        r"(?:должн[аоы]?|может|могут|могла бы|мог бы|могли бы) (?:быть (?:выпущен|представлен|"
        r"опубликован)[аоы]?|выйти)",
        r"(?:планирует|планируют|собирается|намерена?) (?:[\w-]+ ){0,2}?"
        r"(?:выпустить|представить|опубликовать)",
        r"(?:ещё|еще|всё ещё|все еще|пока) (?:обучается|не выпущен[аы]?|в разработке)",
        r"в (?:процессе|стадии) (?:обучения|разработки)",
        r"отложен[аы]?",
        r"отложил[аи]? (?:выпуск|релиз|запуск)",
        # not before a time: "не раньше осени", "не ранее 2026 года", "выйдет не раньше" (as
        # English "not until fall")
        r"не (?:раньше|ранее)\b",
    ),
    shelved=(r"отмен[её]н[аы]?", r"заморожен[аы]?"),
    # not "открытые … модели" alone: "открытые и закрытые чат-модели" is a comparison
    open_weights=(
        r"открыт(?:ыми|ые|ых|ым) вес(?:ами|а|ов)",
        r"(?<!моделей )(?<!моделям )с открытым (?:исходным )?кодом",
        # "распространяемой на принципах открытого исходного кода": open source, genitive
        r"(?:на принципах|в формате|в режиме|по модели) открытого (?:исходного )?кода",
        r"скачать",
    ),
    closed=(r"с закрытым (?:исходным )?кодом", r"закрыт(?:ыми|ые) вес(?:ами|а)"),
    research_only=(
        r"только для (?:исследовательских целей|исследований|исследователей)",
        r"некоммерческ\w+ лицензи\w+",
    ),
    leak=(r"утечк\w+", r"утекл[аи]?"),
    artefacts=(r"статью", r"отч[её]т"),
    anaphors=(r"(?:эта|эту|данная|данную|новая|новую) модель",),
    baseline_before=(r"чем", r"по сравнению с", r"превосходит", r"на основе", r"преемник"),
    # and the relative pronoun: ", которую Meta выпустила …" speaks of the name before it
    clause_joins=(r"хотя", r"тогда как", r"в то время как", r"котор(?:ый|ая|ую|ое|ые|ых|ой|ом)"),
    negation=(r"не", r"ни"),
    attribution=(
        r"по (?:данным|информации|словам|сообщениям)",
        r"сообща(?:ет|ют|ло|ли)",
        r"источник\w*",
    ),
    hedge=(r"ожидается", r"вероятно", r"предположительно", r"якобы", r"по слухам"),
    future=(r"будет", r"будут", r"планиру\w+", r"ожидается", r"отложен[аы]?"),
    release_nouns=(r"выпуск\w*", r"релиз\w*"),
    release_labels=(r"дата (?:выпуска|релиза|выхода)",),
    params_labels=(r"(?:количество |число )?параметр(?:ы|ов)",),
    context_labels=(r"(?:длина |размер )?контекст(?:а|ное окно)?",),
    months={
        # the genitive after a day ("6 декабря"), the prepositional ("в апреле 2024")
        # and the nominative of tables
        "января": 1,
        "январе": 1,
        "январь": 1,
        "февраля": 2,
        "феврале": 2,
        "февраль": 2,
        "марта": 3,
        "марте": 3,
        "март": 3,
        "апреля": 4,
        "апреле": 4,
        "апрель": 4,
        "мая": 5,
        "мае": 5,
        "май": 5,
        "июня": 6,
        "июне": 6,
        "июнь": 6,
        "июля": 7,
        "июле": 7,
        "июль": 7,
        "августа": 8,
        "августе": 8,
        "август": 8,
        "сентября": 9,
        "сентябре": 9,
        "сентябрь": 9,
        "октября": 10,
        "октябре": 10,
        "октябрь": 10,
        "ноября": 11,
        "ноябре": 11,
        "ноябрь": 11,
        "декабря": 12,
        "декабре": 12,
        "декабрь": 12,
    },
    quarter_ordinals={"первом": 1, "втором": 2, "третьем": 3, "четвёртом": 4, "четвертом": 4},
    quarter_words=(r"квартале",),
    # "накануне": the day before (not "накануне запуска", the eve of an event: dates.py)
    day_words={"сегодня": 0, "вчера": -1, "накануне": -1, "позавчера": -2, "завтра": 1},
    # "во вторник", "в прошлую пятницу", "в понедельник вечером"; "в среду" only with a
    # word of time ("в среду разработки" is "into the development environment")
    weekdays={
        "понедельник": 0,
        "вторник": 1,
        "прошлую среду": 2,
        "минувшую среду": 2,
        "эту среду": 2,
        "четверг": 3,
        "пятницу": 4,
        "субботу": 5,
        "воскресенье": 6,
    },
    weekday_before=(
        r"в",
        r"во",
        r"в (?:прошлый|прошлую|прошлое|минувший|минувшую|минувшее|этот|эту|это)",
    ),
    weekday_after=(r"вечером", r"утром", r"днём", r"днем"),
    weekday_last=(r"прошл\w+", r"минувш\w+"),
    rel_months={
        "в этом месяце": 0,
        "в начале месяца": 0,
        "в начале этого месяца": 0,
        "в прошлом месяце": -1,
        "в минувшем месяце": -1,
        "прошлого месяца": -1,
        "в следующем месяце": 1,
    },
    # "две недели назад", "3 дня назад", "два месяца назад"
    ago_after=(r"назад",),
    time_units={r"д(?:ень|ня|ней)": "day", r"недел[юиь]": "week", r"месяц(?:а|ев)?": "month"},
    count_words={
        "один": 1,
        "одну": 1,
        "два": 2,
        "две": 2,
        "три": 3,
        "четыре": 4,
        "пять": 5,
        "шесть": 6,
        "семь": 7,
        "восемь": 8,
        "девять": 9,
        "десять": 10,
    },
    # "весной" (in the spring), "следующей весной", "этой осенью"
    seasons={"весной": 2, "летом": 3, "осенью": 4},
    season_rel={"следующей": 1, "будущей": 1, "этой": 0, "прошлой": -1},
    units={
        "триллионов": 10**12,
        "триллиона": 10**12,
        "триллион": 10**12,
        "трлн": 10**12,
        "миллиардов": 10**9,
        "миллиарда": 10**9,
        "миллиард": 10**9,
        "млрд": 10**9,
        "миллионов": 10**6,
        "миллиона": 10**6,
        "миллион": 10**6,
        "млн": 10**6,
        "тысячам": 10**3,
        "тысяч": 10**3,
        "тысячи": 10**3,
        "тыс": 10**3,
    },
    parameters=(r"параметр(?:ов|а|ами)?",),
    active=(r"активн(?:ых|ые|ыми)",),
    total=(r"в общей сложности", r"всего"),
    context=(r"контекст\w*",),
    tokens=(r"токен(?:ов|а|ами|ы)?",),
    # lists of models and of versions ("Scout и Maverick", "3.2 и 3.3")
    modality_joins=(r"и", r"или"),
)

#: Turkish glues its endings to the word ("parametreye", "sürülen", "Nisan'da"), so its words
#: are written with the endings they take. A small record: release and training verbs,
#: sizes in "milyar"/"trilyon", the context window, months. Not "open source" (the words
#: for it): Turkish posts put it in quotes to question it, as often as they assert it.
TURKISH = Language(
    code="tr",
    released=(
        # put on the market ("piyasaya sürülen", "sürdü"); published, in the active and the
        # passive; made available for use
        r"piyasaya sür(?:ülen|üldü|ülmüştür|dü|müştür|ülmüş)",
        r"(?:yayınladı|yayınlandı|yayımladı|yayımlandı)",
        r"kullanıma (?:sundu|sunuldu|sunulan)",
        r"indirilebilir",
    ),
    upcoming=(
        # "henüz eğitimi devam eden", "eğitimi sürüyor": still in training
        r"(?:henüz |hâlâ |hala )?eğitimi (?:devam eden|devam ediyor|sürüyor|süren)",
        r"(?:henüz |hâlâ |hala )?eğitim aşamasında",
        r"henüz (?:yayınlanmadı|yayınlanmamış|piyasaya sürülmedi)",
        r"(?:yayınlanacak|piyasaya sürülecek|kullanıma sunulacak)",
        # expected, planned to be released (the verbal noun, then "is expected", "is
        # planned"): a release foreseen, not made
        r"(?:yayınlanması|yayımlanması|piyasaya sürülmesi|kullanıma sunulması) "
        r"(?:bekleniyor|planlanıyor|öngörülüyor)",
        r"ertelendi",
    ),
    shelved=(r"iptal edildi",),
    open_weights=(r"açık ağırlık(?:lı)?",),
    closed=(r"kapalı kaynak(?:lı)? (?:bir )?model",),
    research_only=(r"yalnızca araştırma (?:amaçlı|için)",),
    leak=(r"sızdırıldı", r"sızdı"),
    anaphors=(r"(?:bu|yeni) model",),
    baseline_before=(r"göre daha", r"temel alınarak", r"tabanlı"),
    negation=(r"değil",),
    attribution=(r"kaynaklara göre", r"habere göre", r"iddiaya göre"),
    hedge=(r"bekleniyor", r"muhtemelen", r"planlanıyor"),
    future=(r"bekleniyor", r"planlanıyor", r"yayınlanacak", r"piyasaya sürülecek"),
    release_labels=(r"(?:yayın|çıkış) tarihi",),
    params_labels=(r"parametre sayısı",),
    context_labels=(r"bağlam (?:penceresi|uzunluğu)",),
    months={
        # the bare month and its locative ("Nisan 2025", "Nisan'da")
        "ocak": 1,
        "şubat": 2,
        "nisan": 4,
        "mayıs": 5,
        "haziran": 6,
        "temmuz": 7,
        "ağustos": 8,
        "eylül": 9,
        "ekim": 10,
        "kasım": 11,
        "aralık": 12,
    },
    day_words={"bugün": 0, "dün": -1, "yarın": 1},
    # "Cuma günü", "geçen Cumartesi", "bu Perşembe"
    weekdays={
        "pazartesi": 0,
        "salı": 1,
        "çarşamba": 2,
        "perşembe": 3,
        "cuma": 4,
        "cumartesi": 5,
        # "pazar" alone is also a market ("bu pazar için"): Sunday with its "günü" only
        "pazar günü": 6,
    },
    weekday_before=(r"geçen", r"bu"),
    weekday_after=(r"günü", r"akşamı", r"sabahı"),
    weekday_last=(r"geçen",),
    rel_months={"bu ay": 0, "bu ayın başında": 0, "geçen ay": -1, "gelecek ay": 1},
    # "iki hafta önce", "3 gün önce", "bir ay önce"
    ago_after=(r"önce",),
    time_units={r"gün": "day", r"hafta": "week", r"ay": "month"},
    count_words={
        "bir": 1,
        "iki": 2,
        "üç": 3,
        "dört": 4,
        "beş": 5,
        "altı": 6,
        "yedi": 7,
        "sekiz": 8,
        "dokuz": 9,
    },
    units={"trilyon": 10**12, "milyar": 10**9, "milyon": 10**6},
    # "110 milyar parametreye sahip", "400 milyar parametreli", "parametresi"
    parameters=(r"parametre(?:ye|li|si|den|lik)?",),
    active=(r"aktif",),
    total=(r"toplam",),
    context=(r"bağlam(?: penceresi)?",),
    tokens=(r"token",),
    modality_words={"metin": "text", "görsel": "image", "görüntü": "image"},
    modality_joins=(r"ve", r"veya"),
    modality_cues=(r"çok modlu", r"multimodal"),
)

#: Hindi writes its vowel signs and the virama as marks that are no word characters, so a
#: word is closed by hand: no Devanagari letter or sign may go on from it ("लॉन्च" is not
#: the start of "लॉन्चिंग"). A small record: status words, sources, hedges and months, as
#: Hindi news pages about Meta's models write them.
_HI_END = r"(?![\u0900-\u097f])"
HINDI = Language(
    code="hi",
    released=(
        # launched, released, "has been released" ("लॉन्च किया था", "जारी किया जा चुका है",
        # "लॉन्च कर दिया"); not "is being launched" or "will be launched" ("लॉन्च किया जा रहा
        # है", "लॉन्च किया जाएगा")
        r"(?:लॉन्च|जारी|रिलीज) (?:कर )?(?:किया|किए|की|दिया|दिए|दी)(?: गया| गई| गए)?"
        + _HI_END
        + r"(?! जा(?! चुक))",
    ),
    upcoming=(
        # about to launch: "लॉन्च करने जा रहे हैं", "लॉन्च करने वाली है"
        r"(?:लॉन्च|रिलीज|जारी) करने (?:जा रह|वाल)",
        # a launch halted or put off ("halt on the launching", "delay in the release", "launch
        # postponed"): "लॉन्चिंग पर … रोक", "रिलीज में देरी", "लॉन्च टल गया"
        r"(?:लॉन्चिंग|लॉन्च|रिलीज) (?:पर|में) "
        r"(?:लगी |लगाई गई |लग गई |हुई |होगी )?(?:रोक|देरी)" + _HI_END,
        r"(?:लॉन्चिंग|लॉन्च|रिलीज) (?:टल|टाल)",
        # still in training, coming soon: "फिलहाल ट्रेनिंग में है", "जल्द आ रहा है"
        r"ट्रेनिंग में" + _HI_END,
        r"जल्द (?:ही )?आ रह",
        # the future of a launch: "नया एआई मॉडल लाएगी" (will bring a new model), "लॉन्च
        # करेगी", "पेश करेगी" (will launch, present), "कब तक होगा लॉन्च" (when will it launch)
        r"(?<=मॉडल )(?:लाएगी|लाएगा|लाएंगे)" + _HI_END,
        r"(?:लॉन्च|रिलीज|पेश|जारी) (?:करेगी|करेगा|करेंगे)" + _HI_END,
        r"(?:होगा|होगी|होंगे|किया जाएगा|की जाएगी) (?:लॉन्च|रिलीज)" + _HI_END,
        r"(?:लॉन्च|रिलीज|पेश) (?:होगा|होगी|होंगे|किया जाएगा|की जाएगी)" + _HI_END,
        # at work on a new one: "एक नए AI मॉडल पर काम कर रही है" (a new model, so not "Llama 3
        # के सुधार पर काम", work on improving a model that is out)
        r"नए (?:[^\s।]+ ){0,4}?पर (?:काम|कार्य) कर (?:रही|रहा|रहे)" + _HI_END,
    ),
    artefacts=(r"रिपोर्ट", r"बयान", r"पेपर"),
    # "रिपोर्ट के मुताबिक", "मीडिया रिपोर्ट्स के अनुसार", "सूत्रों के अनुसार"
    # and "जानकारी आई है कि" (word has come that), "बताया जा रहा है" (it is being said)
    attribution=(
        r"(?:रिपोर्ट्स?|सूत्रों) के (?:मुताबिक|अनुसार)",
        r"(?:जानकारी|खबर|ख़बर) (?:सामने )?आई",
        r"बताया जा रहा",
    ),
    # "may": "जा सकती है", "हो सकता है"; "likely", "expected": "संभावना", "उम्मीद"
    hedge=(r"(?:जा|हो) सकत(?:ा|ी|े)" + _HI_END, r"संभावना", r"उम्मीद"),
    future=(r"करने (?:जा रह|वाल)", r"(?:जा|हो) सकत(?:ा|ी|े)" + _HI_END),
    release_nouns=(r"रिलीज" + _HI_END, r"लॉन्चिंग" + _HI_END),
    months={
        "जनवरी": 1,
        "फ़रवरी": 2,
        "फरवरी": 2,
        "मार्च": 3,
        "अप्रैल": 4,
        "मई": 5,
        "जून": 6,
        "जुलाई": 7,
        "अगस्त": 8,
        "सितंबर": 9,
        "सितम्बर": 9,
        "अक्टूबर": 10,
        "नवंबर": 11,
        "नवम्बर": 11,
        "दिसंबर": 12,
        "दिसम्बर": 12,
    },
    # "288 अरब पैरामीटर्स": अरब is a thousand million, खरब a hundred times that
    units={"खरब": 10**11, "अरब": 10**9, "करोड़": 10**7},
    parameters=(r"पैरामीटर(?:्स)?",),
    # not "कल", which is yesterday and tomorrow both
    day_words={"आज": 0},
    rel_months={"इस महीने": 0, "पिछले महीने": -1, "अगले महीने": 1},
    # "दो हफ्ते पहले", "तीन महीने पहले"
    ago_after=(r"पहले" + _HI_END,),
    time_units={r"दिन": "day", r"(?:हफ्ते|हफ़्ते|सप्ताह)": "week", r"महीने": "month"},
    count_words={"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6},
)

#: Indonesian (and Malay, which shares its words). Verbs take prefixes for the active
#: ("merilis", "meluncurkan") and the passive ("dirilis", "diluncurkan"); the future is
#: "akan" before the verb. A small record: release, plan, training and delay verbs, open
#: weights, sizes in "miliar"/"juta"/"triliun", sources and hedges, months. Left out: the
#: closed words ("model tertutup" is as often a comparison class as a model's rung), modality
#: words (pages list them for the training data, "dilatih … teks, gambar"), and "hari ini"
#: (a quoted "today" of the maker's announcement, not the page's day).
INDONESIAN = Language(
    code="id",
    released=(
        # released, launched, introduced; in the active and the passive
        r"merilis",
        # (not "model terbesar yang pernah dirilis", the largest ever released, nor "dirilis
        # sejauh ini", so far: a class the subject is measured against)
        r"(?<!pernah )(?:telah |sudah |resmi |baru saja )?dirilis(?! (?:nanti|kemudian))"
        r"(?! (?:sejauh ini|hingga (?:kini|saat ini)|sampai (?:kini|saat ini)))",
        r"meluncurkan",
        r"(?:telah |sudah |resmi |baru saja )?diluncurkan",
        r"memperkenalkan",
        # a headline's bare verb after the maker: "Meta Rilis 2 Model AI …", "Meta
        # Luncurkan …", "Meta Perkenalkan …"; not a press release ("rilis pers") nor the
        # noun ("rilis bobot terbuka": a release of weights)
        r"(?<=meta )(?:rilis|luncurkan|perkenalkan)(?! pers)",
        r"(?:kini|sudah|telah) tersedia",
        r"(?:dapat|bisa) (?:diunduh|mengunduh)",
    ),
    upcoming=(
        # "akan dirilis", "akan segera meluncurkan": will be released, will launch
        r"akan (?:segera )?(?:dirilis|diluncurkan|merilis|meluncurkan|hadir|tersedia)",
        r"belum (?:resmi )?(?:dirilis|diluncurkan|tersedia)",
        # still in training or development: "masih dalam tahap pelatihan", "masih dilatih"
        r"(?:masih|sedang) (?:dalam (?:tahap |proses )?(?:pelatihan|pengembangan)|dilatih|"
        r"dikembangkan)",
        r"(?:berencana|berniat|bersiap) (?:untuk )?(?:merilis|meluncurkan)",
        # should, may, is expected to be released: "seharusnya dirilis", "diperkirakan
        # dirilis tahun depan" (a release foreseen, not made)
        r"(?:seharusnya|semestinya|mungkin|diperkirakan|diharapkan|rencananya) "
        r"(?:akan )?(?:segera )?(?:dirilis|diluncurkan)",
        r"dijadwalkan (?:untuk )?(?:dirilis|diluncurkan|rilis)",
        # put off: "menunda peluncuran", "peluncurannya ditunda"
        r"menunda (?:peluncuran|perilisan|rilis)",
        r"ditunda",
    ),
    held_back=(r"(?:masih|sedang) dalam (?:tahap |proses )?pelatihan", r"belum dirilis"),
    shelved=(r"dibatalkan",),
    open_weights=(r"bobot (?:model )?terbuka",),
    research_only=(r"hanya untuk (?:keperluan |tujuan )?penelitian",),
    leak=(r"bocor", r"dibocorkan"),
    anaphors=(r"model (?:ini|tersebut)",),
    baseline_before=(r"dibandingkan(?: dengan)?", r"daripada", r"berbasis", r"penerus"),
    clause_joins=(r"sedangkan", r"sementara", r"meskipun", r"namun"),
    negation=(r"tidak", r"bukan", r"belum"),
    attribution=(
        r"menurut (?:laporan|sumber|informasi)",
        r"dilaporkan",
        r"kabarnya",
        r"dikabarkan",
    ),
    hedge=(r"kemungkinan", r"diperkirakan", r"diharapkan", r"dikabarkan"),
    future=(r"akan", r"direncanakan", r"dijadwalkan", r"ditunda"),
    release_nouns=(r"peluncuran(?:nya)?", r"perilisan(?:nya)?"),
    release_labels=(r"tanggal (?:rilis|peluncuran)",),
    params_labels=(r"jumlah parameter",),
    context_labels=(r"(?:panjang|jendela) konteks",),
    months={
        # the names English does not share (April, September, November are English)
        "januari": 1,
        "februari": 2,
        "maret": 3,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "agustus": 8,
        "oktober": 10,
        "desember": 12,
    },
    # not "Minggu" (Sunday), which is also the word for a week ("minggu lalu")
    weekdays={"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5},
    # "pada Sabtu", "hari Selasa", "Kamis lalu", "Rabu malam"
    weekday_before=(r"pada", r"pada hari", r"hari", r"sejak"),
    weekday_after=(r"lalu", r"kemarin", r"malam", r"pagi", r"sore"),
    weekday_last=(r"lalu", r"kemarin"),
    day_words={"hari ini": 0, "kemarin": -1, "besok": 1},
    rel_months={"bulan ini": 0, "awal bulan ini": 0, "bulan lalu": -1, "bulan depan": 1},
    # "dua minggu lalu", "tiga hari yang lalu"
    ago_after=(r"(?:yang )?lalu",),
    time_units={r"hari": "day", r"(?:minggu|pekan)": "week", r"bulan": "month"},
    count_words={
        "satu": 1,
        "dua": 2,
        "tiga": 3,
        "empat": 4,
        "lima": 5,
        "enam": 6,
        "tujuh": 7,
        "delapan": 8,
        "sembilan": 9,
        "sepuluh": 10,
    },
    units={"triliun": 10**12, "miliar": 10**9, "juta": 10**6},
    # "17 miliar parameter aktif", "400 miliar parameter secara total"
    parameters=(r"parameter",),
    active=(r"aktif",),
    total=(r"secara total",),
    context=(r"konteks",),
    tokens=(r"token",),
    # lists of models and versions ("Scout dan Maverick", "3.2 dan 3.3")
    modality_joins=(r"dan", r"atau"),
)

#: Thai writes no space between the words of a clause, so its words are matched anywhere,
#: as Chinese ones are. A small record: launch, plan, delay and training verbs, months,
#: sizes in "พันล้าน", the context window and a wiki infobox's release rows. Left out: the
#: openness words ("โอเพนซอร์ส", open source, is said of the gated first Llama as of the
#: open ones; "แบบปิด", closed, names the class of rival models), and years of the Buddhist
#: era ("2566" for 2023), which the dates do not read yet.
_TH_LAUNCH = r"(?:เปิดตัว|ปล่อย(?:ตัว|ออกมา)|เปิดให้(?:ใช้งาน|ดาวน์โหลด))"
THAI = Language(
    code="th",
    spaced=False,
    released=(
        # launched, released, opened for use or download; not "ปล่อยให้" (let someone)
        _TH_LAUNCH + r"(?!ให้)",
    ),
    upcoming=(
        # will, is about to, prepares or plans to launch; put off; not launched yet
        r"(?:จะ|กำลังจะ|เตรียม(?:ที่จะ|จะ)?|มีแผน(?:ที่)?จะ|วางแผน(?:ที่)?จะ|คาดว่าจะ)\s?" + _TH_LAUNCH,
        r"เลื่อน(?:การ)?\s?" + _TH_LAUNCH,
        r"ยังไม่(?:ได้)?(?:ถูก)?\s?" + _TH_LAUNCH,
        # still in training or development (not "ประเทศกำลังพัฒนา", a developing country)
        r"(?:ยัง)?(?:อยู่ระหว่าง|อยู่ในระหว่าง|(?<!ประเทศ)กำลัง)(?:การ)?\s?(?:ฝึก|พัฒนา|เทรน)",
    ),
    held_back=(
        r"ยังไม่(?:ได้)?(?:ถูก)?\s?" + _TH_LAUNCH,
        r"(?:ยัง)?(?:อยู่ระหว่าง|อยู่ในระหว่าง)(?:การ)?\s?(?:ฝึก|พัฒนา|เทรน)",
    ),
    leak=(r"รั่วไหล", r"หลุดออกมา"),
    anaphors=(r"โมเดลนี้", r"โมเดลดังกล่าว"),
    baseline_before=(r"เทียบกับ", r"เหนือกว่า", r"ดีกว่า", r"อิงจาก", r"พัฒนาต่อยอดจาก"),
    negation=(r"ไม่", r"ยังไม่"),
    attribution=(r"ตามรายงาน", r"รายงานว่า", r"แหล่งข่าว", r"อ้างอิงจาก"),
    hedge=(r"คาดว่า", r"อาจจะ", r"น่าจะ"),
    future=(r"จะ", r"คาดว่า", r"มีแผน", r"เตรียม"),
    # a wiki infobox's "release date" and "stable release" rows
    release_labels=(r"(?:วันที่|วัน)เปิดตัว", r"ปล่อยตัวเสถียร"),
    params_labels=(r"(?:จำนวน)?พารามิเตอร์",),
    context_labels=(r"ความยาวบริบท",),
    months={
        "มกราคม": 1,
        "กุมภาพันธ์": 2,
        "มีนาคม": 3,
        "เมษายน": 4,
        "พฤษภาคม": 5,
        "มิถุนายน": 6,
        "กรกฎาคม": 7,
        "สิงหาคม": 8,
        "กันยายน": 9,
        "ตุลาคม": 10,
        "พฤศจิกายน": 11,
        "ธันวาคม": 12,
        # the abbreviations, written with a dot after each letter ("ก.พ."); the
        # last dot is read as the one after any abbreviated month
        "ม.ค": 1,
        "ก.พ": 2,
        "มี.ค": 3,
        "เม.ย": 4,
        "พ.ค": 5,
        "มิ.ย": 6,
        "ก.ค": 7,
        "ส.ค": 8,
        "ก.ย": 9,
        "ต.ค": 10,
        "พ.ย": 11,
        "ธ.ค": 12,
    },
    units={"ล้านล้าน": 10**12, "แสนล้าน": 10**11, "หมื่นล้าน": 10**10, "พันล้าน": 10**9, "ล้าน": 10**6},
    day_words={"วันนี้": 0, "เมื่อวานนี้": -1, "เมื่อวาน": -1},
    # "วันอังคาร", "เมื่อวันอังคารที่ผ่านมา" (last Tuesday)
    weekdays={
        "วันจันทร์": 0,
        "วันอังคาร": 1,
        "วันพุธ": 2,
        "วันพฤหัสบดี": 3,
        "วันศุกร์": 4,
        "วันเสาร์": 5,
        "วันอาทิตย์": 6,
    },
    weekday_after=(r"ที่ผ่านมา",),
    weekday_last=(r"ที่ผ่านมา",),
    rel_months={"เดือนนี้": 0, "เดือนที่แล้ว": -1, "เดือนก่อน": -1, "เดือนหน้า": 1},
    parameters=(r"พารามิเตอร์",),
    active=(r"แอคทีฟ", r"ที่ใช้งาน(?:อยู่)?"),
    total=(r"ทั้งหมด",),
    context=(r"บริบท",),
    tokens=(r"โทเค็น", r"โทเคน"),
    modality_words={
        "ข้อความ": "text",
        "รูปภาพ": "image",
        "ภาพ": "image",
        "วิดีโอ": "video",
        "เสียง": "audio",
    },
    modality_joins=(r"และ", r"หรือ"),
    modality_cues=(r"มัลติโมดัล", r"ประมวลผล", r"รองรับ", r"อินพุต", r"เข้าใจ"),
)

#: Arabic glues its conjunctions and prepositions to the next word ("وأطلقت", "لإطلاق",
#: "بإطلاق"), so its words carry the prefixes they take; vowel marks ("مَعْلمات", "متعدِّدة")
#: are no word characters, and the few words written with them allow them. A small record:
#: release and development verbs, open source, sizes in "مليار"/"مليون", sources, hedges and
#: months (both the Egyptian-Gulf names "يوليو" and the Levantine "تموز").
_AR_PREFIX = r"(?:و|ف)?"
ARABIC = Language(
    code="ar",
    released=(
        # "أعلنت Meta عن إطلاق …": announced the launch of
        _AR_PREFIX + r"أعلنت (?:[\w.-]+ ){0,2}?عن (?:إطلاق|طرح)",
        # launched, put out; not "أطلقت عليه اسم" (gave it the name)
        _AR_PREFIX + r"(?:أطلقت|طرحت)(?! (?:عليه|عليها|عليهم|اسم))",
        # a headline's present: "ميتا تطلق Llama 4"
        r"(?<=ميتا )تطلق",
        r"(?<=meta )تطلق",
        # available now, for download
        r"(?:أصبح|أصبحت|أصبحا) متاح\w*",
        r"متاح(?:ة|ان|تان)? (?:الآن|للتنزيل|للتحميل)",
    ),
    upcoming=(
        # still in training or development: "لا يزال قيد التدريب", "ما زال في مرحلة التدريب"
        # ("لا يزال", "still", is "does not cease": the denial is part of the phrase)
        r"(?:لا (?:يزال|تزال)|ما (?:زال|زالت)|مازال)(?: [\w.-]+){0,3}? (?:قيد|في مرحلة) "
        r"(?:التدريب|التطوير)",
        r"قيد (?:التدريب|التطوير)",
        r"في مرحلة (?:التدريب|التطوير)",
        # not released yet: "لم يُطرح بعد", "لم يتم إطلاقه بعد"
        r"لم (?:ي|ت)\u064f?طرح(?:\s\w+)? بعد",
        r"لم يتم (?:إطلاقه|إطلاقها|طرحه|طرحها)",
        # will be launched: "سيتم إطلاق", "ستطلق", "سيُطرح"
        r"سيتم (?:إطلاق|طرح)\w*",
        r"س(?:ت|ي)\u064f?(?:طلق|طرح)",
        # postponed: "أجلت", "أرجأت", "تأجيل إطلاق"
        _AR_PREFIX + r"(?:أجلت|أرجأت|تأجيل|تؤجل)",
        # expected to be launched: "المتوقع إطلاقه في ربيع العام المقبل", "من المتوقع أن يتم
        # إطلاق", "من المتوقع أن يطلقا"; in preparation for its launch: "تمهيدا لإطلاقها"
        _AR_PREFIX + r"(?:من )?(?:ال)?متوقع (?:أن (?:يتم|تتم) )?(?:إطلاق|طرح)\w*",
        _AR_PREFIX + r"(?:من )?(?:ال)?متوقع أن (?:ي|ت)(?:طلق|طرح)\w*",
        r"تمهيد(?:ا|ًا|اً)? ل(?:إطلاق|طرح)\w*",
        # at work on a model: "تعمل ميتا على تطوير نموذج", "يتم بناؤه" (being built)
        _AR_PREFIX + r"(?:تعمل|يعمل|تعكف|يعكف) (?:[\w.-]+ ){0,3}?على (?:تطوير|بناء) "
        r"(?:نموذج|نماذج|الجيل)",
        r"يتم (?:بناؤه|بناؤها|تطويره|تطويرها|تدريبه|تدريبها)",
    ),
    held_back=(r"قيد (?:التدريب|التطوير)", r"لم (?:ي|ت)\u064f?طرح(?:\s\w+)? بعد"),
    open_weights=(
        # "مفتوح المصدر", "مفتوحة المصدر", "المفتوح المصدر", "كمصدر مفتوح"
        r"(?:ال)?مفتوح(?:ة)? (?:ال)?مصدر",
        r"(?:ك)?مصدر مفتوح",
        r"(?:ال)?أوزان (?:ال)?مفتوحة",
    ),
    closed=(r"(?:ال)?مغلق(?:ة)? (?:ال)?مصدر",),
    leak=(r"تسريب\w*", r"تسرب\w*"),
    # and both models just named: "كلا النموذجين", "هذين النموذجين"
    anaphors=(r"(?:هذا|هذه) (?:ال)?نموذج", r"(?:كلا|هذين|هذان) (?:ال)?نموذجين"),
    baseline_before=(r"مقارنة ?ب\u0640?", r"أفضل من", r"يتفوق على", r"تتفوق على"),
    # "… متاحان الآن، في حين لا يزال Behemoth قيد التدريب": whereas, while, but
    clause_joins=(r"في حين", r"بينما", r"و?لكن"),
    negation=(r"لم", r"لا(?! (?:يزال|تزال))", r"ليس", r"ليست", r"غير"),
    attribution=(
        r"(?:بحسب|حسب|وفق\w*|طبق\w*) ل?(?:تقرير|مصادر|صحيفة|موقع|وكالة|ما ذكر|ما نقل)\w*",
        r"نقل\w* عن",
        r"(?:ذكرت|أفادت|كشفت) (?:صحيفة|وكالة|مصادر|تقارير)",
        r"مصادر مطلعة",
        # "وفقاً لما كشفه …" (according to what … revealed)
        r"(?:وفق(?:ا|اً|ًا)?|بحسب|حسب) (?:لما|ما) (?:كشف|ذكر|نقل|أفاد|أورد)\w*",
    ),
    hedge=(r"من المتوقع", r"يُتوقع", r"يتوقع", r"ربما", r"على الأرجح"),
    future=(r"سيتم", r"سيكون", r"ستكون", r"من المتوقع"),
    release_nouns=(r"(?:ل|ب|و)?إطلاق", r"(?:ل|ب|و)?طرح"),
    release_labels=(r"تاريخ (?:الإصدار|الإطلاق)",),
    params_labels=(r"عدد (?:ال)?(?:معلمات|معاملات)",),
    context_labels=(r"(?:طول|نافذة) (?:ال)?سياق",),
    months={
        "يناير": 1,
        "فبراير": 2,
        "مارس": 3,
        "أبريل": 4,
        "ابريل": 4,
        "إبريل": 4,
        "مايو": 5,
        "يونيو": 6,
        "يونيه": 6,
        "يوليو": 7,
        "يوليه": 7,
        "أغسطس": 8,
        "سبتمبر": 9,
        "أكتوبر": 10,
        "نوفمبر": 11,
        "ديسمبر": 12,
        "كانون الثاني": 1,
        "شباط": 2,
        "آذار": 3,
        "نيسان": 4,
        "أيار": 5,
        "حزيران": 6,
        "تموز": 7,
        "آب": 8,
        "أيلول": 9,
        "تشرين الأول": 10,
        "تشرين الثاني": 11,
        "كانون الأول": 12,
    },
    day_words={"أمس": -1, "الأمس": -1},
    # "يوم الثلاثاء", "الثلاثاء الماضي", and the bare name after a verb ("أعلنت ميتا
    # الثلاثاء"); not "الأحد" (also "the one") nor "الجمعة" bare
    weekdays={
        "الإثنين": 0,
        "الاثنين": 0,
        "الثلاثاء": 1,
        "الأربعاء": 2,
        "الخميس": 3,
        "الجمعة": 4,
        "السبت": 5,
        "الأحد": 6,
    },
    weekday_before=(r"يوم",),
    weekday_after=(r"الماضي",),
    weekday_last=(r"الماضي",),
    weekday_bare=("الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "السبت"),
    rel_months={
        "هذا الشهر": 0,
        "الشهر الجاري": 0,
        "مطلع الشهر": 0,
        "الشهر الماضي": -1,
        "الشهر المقبل": 1,
        "الشهر القادم": 1,
    },
    # "قبل 3 أيام", "منذ أسبوعين" (the dual is not read)
    ago_before=(r"قبل", r"منذ"),
    time_units={r"(?:أيام|يوما|يومًا)": "day", r"(?:أسابيع)": "week", r"(?:أشهر|شهور)": "month"},
    count_words={"ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6},
    units={
        "تريليون": 10**12,
        "مليارات": 10**9,
        "مليار": 10**9,
        "ملايين": 10**6,
        "مليون": 10**6,
        "ألف": 10**3,
    },
    # "17 مليار معلمة نشطة", "400 مليار معاملة", "مَعْلمات"
    parameters=(
        r"(?:ال)?م\u064e?ع\u0652?ل\u064e?م(?:ة|ات)",
        r"(?:ال)?معامل(?:ة|ات)",
        r"بارامتر(?:ات)?",
    ),
    active=(r"(?:ال)?نشطة", r"(?:ال)?فع\u0651?الة"),
    total=(r"(?:ال)?إجمالي(?:ة)?", r"إجمال(?:ًا|ا)"),
    context=(r"(?:ال)?سياق\w*",),
    tokens=(r"(?:ال)?رم(?:ز|وز)", r"توكن\w*"),
)

#: Dutch puts the participle at the end of its clause ("Meta heeft een model uitgebracht",
#: "die in 2023 zijn uitgebracht"), so a release is the auxiliary and the participle with
#: the object between them, as German's is. A small record: release, plan, delay and
#: training verbs, open source written as one word, sizes in "miljard"/"mld", sources,
#: hedges, months. Left out: "dan" alone (Indonesian "and") as a comparison marker, only
#: after a comparative ("beter dan"); the modality words ("tekst en beeld" names training
#: data as often as inputs); bare launch verbs at a clause's end ("een wervingsoffensief
#: lanceerde": a campaign, not a model).
_NL_MODEL_AHEAD = (
    r"(?=(?: [\w.'’-]+){0,4}? (?:llama\w*|\w*model(?:len)?|\w*-?serie|behemoth|scout|"
    r"maverick|avocado|muse)\b)"
)
_NL_WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}
_NL_DAY_PARTS = ("avond", "ochtend", "middag", "morgen")

#: "so far", "ever" before the verb of a relative clause: "het grootste model dat tot nu toe
#: is uitgebracht", "dat ooit is uitgebracht": a class the subject is measured against
_NL_SO_FAR = "".join(
    f"(?<!{word} )" for word in ("tot nu toe", "tot dusver", "tot op heden", "tot nog toe", "ooit")
)
DUTCH = Language(
    code="nl",
    released=(
        # released, launched, made public: the auxiliary, a few words, the participle
        r"(?:heeft|hebben|had|hadden) (?:[\w.,'’-]+ ){0,10}?"
        r"(?:uitgebracht|vrijgegeven|gelanceerd|gepresenteerd|geïntroduceerd|onthuld)",
        _NL_SO_FAR + r"(?:is|zijn|werd|werden) (?:[\w.,'’-]+ ){0,4}?"
        r"(?:uitgebracht|vrijgegeven|gelanceerd|gepubliceerd|geïntroduceerd)",
        # a subordinate clause: "die in 2023 zijn uitgebracht"
        _NL_SO_FAR
        + r"(?:uitgebracht|vrijgegeven|gelanceerd) (?:is|zijn|werd|werden)(?! \w+ (?:te|om))",
        # a headline's present with a model as its object: "Meta lanceert Llama 4"
        r"(?:lanceert|lanceerde|introduceert|introduceerde|presenteert|presenteerde|onthult|"
        r"onthulde)" + _NL_MODEL_AHEAD,
        r"(?:brengt|bracht) (?:[\w.,'’-]+ ){1,6}?uit\b",
        r"(?:is|zijn) (?:nu |vanaf vandaag |inmiddels |al |direct )?beschikbaar",
    ),
    upcoming=(
        r"(?:zal|zullen|gaat|gaan) (?:[\w.,'’-]+ ){0,12}?"
        r"(?:uitbrengen|lanceren|vrijgeven|presenteren|introduceren|uitgebracht|gelanceerd|"
        r"vrijgegeven|beschikbaar)",
        r"(?:plant|plannen|van plan|wil|willen) (?:[\w.,'’-]+ ){0,6}?"
        r"(?:uit te brengen|te lanceren|vrij te geven|te presenteren)",
        # should, must still be released: "zou binnenkort uitgebracht moeten worden", "moet
        # nog worden uitgebracht" (a release foreseen, not made)
        r"(?:zou|zouden|moet|moeten) (?:[\w.,'’-]+ ){0,8}?(?:(?:uitgebracht|gelanceerd|vrijgegeven|"
        r"gepresenteerd) (?:moeten |kunnen )?worden|worden (?:uitgebracht|gelanceerd|vrijgegeven|"
        r"gepresenteerd))",
        # still in development or training: "de nog in ontwikkeling zijnde Behemoth"
        # not "de nog in ontwikkeling zijnde Behemoth": said of the name after it
        r"(?:nog )?in ontwikkeling(?! zijnde)",
        r"(?:wordt|worden) (?:nog )?getraind",
        r"nog in (?:de )?training",
        r"nog niet (?:uitgebracht|beschikbaar|vrijgegeven|gelanceerd)",
        r"uitgesteld",
        r"naar verwachting",
        # not before a time, at the earliest: "niet vóór het najaar", "op zijn vroegst in
        # 2026" (as English "not until fall"; not "pas", which is also "just": "pas
        # gelanceerd", just launched)
        r"niet v[óo]{2}r (?:het |de )?(?:eind |begin |medio )?(?:najaar|voorjaar|zomer|winter|"
        r"herfst|lente|(?:19|20)\d\d)\b",
        r"op (?:zijn|z['’]n) vroegst\b",
    ),
    held_back=(
        r"(?:is |wordt )?nog in (?:ontwikkeling|training)",
        r"(?:wordt )?nog getraind",
        r"(?:is )?nog niet (?:uitgebracht|beschikbaar|vrijgegeven)",
    ),
    shelved=(r"geschrapt", r"stopgezet"),
    # open source as one word ("opensource", "opensourcemodel"), made open source, weights
    # to download; not "open modellen" (a class of rivals as often as the model)
    open_weights=(
        r"opensource(?:model|-?taalmodel)?(?![\w-])",
        r"open[- ]?source (?:te maken|gemaakt)",
        r"open gewichten",
        r"te downloaden",
    ),
    closed=(
        r"gesloten (?:ai-)?model(?!len)",
        r"gesloten broncode",
        r"propriëtair(?:e)? model(?!len)",
    ),
    research_only=(r"(?:alleen|uitsluitend) voor (?:onderzoek(?:sdoeleinden)?|onderzoekers)",),
    leak=(r"(?:uit)?gelekt",),
    artefacts=(r"paper over", r"studie", r"rapport"),
    anaphors=(r"(?:het|dit|dat) (?:nieuwe )?model", r"(?:de|deze) (?:beide |nieuwe )+modellen"),
    baseline_before=(
        # a comparative before "dan" ("beter dan", "groter dan"): the name after it is compared
        r"\w+er (?:\w+ )?dan",
        r"vergeleken met",
        r"in vergelijking met",
        r"ten opzichte van",
        r"gebaseerd op",
        r"op basis van",
        r"opvolger van",
        r"overtreft",
    ),
    clause_joins=(r"terwijl", r"hoewel", r"maar", r"echter"),
    negation=(r"niet", r"geen", r"nooit"),
    attribution=(
        r"volgens (?:\w+ )?(?:bronnen|ingewijden|berichten|insiders)",
        r"naar verluidt",
        r"bronnen",
    ),
    hedge=(r"zou(?:den)?", r"naar verwachting", r"waarschijnlijk", r"vermoedelijk"),
    future=(r"zal", r"zullen", r"gaat", r"gaan", r"naar verwachting", r"gepland", r"uitgesteld"),
    release_nouns=(r"lancering", r"introductie", r"uitrol"),
    release_labels=(r"releasedatum", r"lanceringsdatum", r"publicatiedatum"),
    params_labels=(r"aantal parameters",),
    context_labels=(r"context(?:venster|lengte)",),
    months={
        # the names English does not share (April, September … are English words)
        "januari": 1,
        "februari": 2,
        "maart": 3,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "augustus": 8,
        "oktober": 10,
        "mrt": 3,
        "okt": 10,
    },
    seasons={"voorjaar": 2, "lente": 2, "zomer": 3, "najaar": 4, "herfst": 4},
    quarter_ordinals={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4},
    quarter_words=(r"kwartaal",),
    day_words={
        "vandaag": 0,
        "vanochtend": 0,
        "vanmorgen": 0,
        "vanavond": 0,
        "gisteren": -1,
        "gisteravond": -1,
        "eergisteren": -2,
    },
    # with the parts of a day glued on: "dinsdagavond", "vrijdagochtend"
    weekdays=_NL_WEEKDAYS
    | {f"{n}{part}": d for n, d in _NL_WEEKDAYS.items() for part in _NL_DAY_PARTS},
    month_parts=(r"eind", r"begin", r"half", r"medio"),
    weekday_before=(r"op", r"sinds", r"afgelopen", r"vorige", r"deze"),
    weekday_last=(r"afgelopen", r"vorige"),
    weekday_bare=tuple(f"{n}{part}" for n in _NL_WEEKDAYS for part in _NL_DAY_PARTS),
    rel_months={
        "deze maand": 0,
        "begin deze maand": 0,
        "eerder deze maand": 0,
        "vorige maand": -1,
        "afgelopen maand": -1,
        "volgende maand": 1,
        "komende maand": 1,
    },
    # "twee weken geleden", "een maand geleden"
    ago_after=(r"geleden",),
    time_units={r"dag(?:en)?": "day", r"weken|week": "week", r"maanden|maand": "month"},
    count_words={
        "een": 1,
        "één": 1,
        "twee": 2,
        "drie": 3,
        "vier": 4,
        "vijf": 5,
        "zes": 6,
        "zeven": 7,
        "acht": 8,
        "negen": 9,
        "tien": 10,
    },
    # "volgend voorjaar", "dit najaar", "afgelopen zomer"
    season_rel={
        "volgend": 1,
        "volgende": 1,
        "komend": 1,
        "komende": 1,
        "dit": 0,
        "deze": 0,
        "vorig": -1,
        "vorige": -1,
        "afgelopen": -1,
    },
    units={"biljoen": 10**12, "miljard": 10**9, "mld": 10**9, "miljoen": 10**6},
    number_words={"één": 1, "twee": 2, "drie": 3, "vier": 4, "tien": 10},
    parameters=(r"parameters?",),
    active=(r"actieve", r"actief"),
    total=(r"in totaal", r"totaal"),
    context=(r"context\w*",),
    tokens=(r"tokens?",),
)

#: Polish inflects its verbs for gender (Meta is feminine: "udostępniła", "zaprezentowała")
#: and its nouns for case ("w kwietniu", "24 lutego", "70 mld parametrów"), so its words
#: carry the endings they take. A small record: release, plan, delay and training verbs,
#: open weights, sizes in "miliardów"/"mld"/"bilionów" (a Polish "bilion" is 10^12),
#: comparisons ("niż"), sources, hedges and months. Left out: "open source" said of a
#: model (Polish pages say it of the other labs' models they compare Llama with), "wydała"
#: (also "spent"), and the modality words.
#: "so far", "ever" before the passive: "największy model, jaki dotąd został wydany": a class
#: the subject is measured against, not its own release
_PL_SO_FAR = "".join(
    f"(?<!{word} )"
    for word in ("dotąd", "dotychczas", "kiedykolwiek", "do tej pory", "do dziś", "do dzisiaj")
)
POLISH = Language(
    code="pl",
    released=(
        # made available, presented, put out, published; in the past of any gender
        r"(?:udostępnił|zaprezentował|wypuścił|opublikował|przedstawił)(?:a|o|y|i)?(?!\w)",
        _PL_SO_FAR + r"(?:został[aoy]?|zostały|zostało) (?:oficjalnie |już )?"
        r"(?:udostępnion|zaprezentowan|wypuszczon|opublikowan|wydan)\w*",
        r"zadebiutował(?:a|o|y)?",
        r"(?:jest|są) (?:już |teraz |oficjalnie )?dostępn[ye](?! (?:dopiero|od przyszłego))",
    ),
    upcoming=(
        r"(?:zostanie|zostaną|będzie|będą) (?:[\w.,-]+ ){0,4}?"
        r"(?:udostępnion|zaprezentowan|wydan|opublikowan|dostępn)\w*",
        r"(?:planuje|planują|zamierza|zamierzają|chce|chcą) (?:[\w-]+ ){0,3}?"
        r"(?:udostępnić|wydać|zaprezentować|wypuścić|opublikować)",
        # should, is to be released: "powinien zostać wydany jesienią", "ma zostać
        # udostępniony" (a release foreseen, not made)
        r"(?:powinien|powinna|powinno|powinny|ma|mają|może|mogą) (?:[\w-]+ )?zostać "
        r"(?:udostępnion|zaprezentowan|wydan|opublikowan|wypuszczon)\w*",
        r"(?:wciąż|nadal|jeszcze) (?:jest )?(?:trenowan[yae]|w (?:fazie|trakcie) "
        r"(?:treningu|trenowania|rozwoju))",
        r"w (?:fazie|trakcie) (?:treningu|trenowania)",
        r"(?:jeszcze |wciąż )?nie (?:został[aoy]? )?(?:udostępnion|wydan|opublikowan)\w*",
        r"opóźni\w*",
        r"(?:przesunięt|odłożon)\w*",
        # not before a time, at the earliest: "nie wcześniej niż jesienią", "najwcześniej w
        # 2026 roku" (as English "not until fall")
        r"nie wcześniej niż\b",
        r"najwcześniej\b",
    ),
    held_back=(
        r"(?:jest )?(?:wciąż|nadal|jeszcze) (?:jest )?trenowan[yae]",
        r"(?:jeszcze |wciąż )?nie (?:został[aoy]? )?udostępnion\w*",
    ),
    shelved=(r"anulowan\w*", r"porzucon\w*"),
    open_weights=(r"otwart(?:ymi|e|ych) wag(?:ami|i)", r"otwartoźródłow\w*", r"do pobrania"),
    closed=(
        r"zamknięt(?:y|ym) model(?!e)",
        r"zamknięt\w* wag\w*",
        r"własnościow(?:y|ym) model(?!e)",
    ),
    research_only=(
        r"wyłącznie (?:do|dla) (?:celów )?(?:badań|badawczych|naukowych|badaczy)",
        r"niekomercyjn\w* licencj\w*",
    ),
    leak=(r"wyciek\w*", r"wyciekł\w*"),
    artefacts=(r"artykuł\w*", r"raport\w*"),
    anaphors=(r"(?:ten|tego|nowy|nowego) model", r"(?:te|nowe|oba) modele"),
    baseline_before=(
        r"niż",
        r"w porównaniu (?:z|ze|do)",
        r"w stosunku do",
        r"na bazie",
        r"opar\w+ na",
        r"bazując\w* na",
        r"następc\w*",
        r"przewyższa",
        r"(?:lepsz|gorsz|większ|mniejsz|szybsz|silniejsz)\w* od",
    ),
    # and the relative pronoun: ", który Meta udostępniła …" speaks of the name before it
    clause_joins=(
        r"podczas gdy",
        r"chociaż",
        r"choć",
        r"ale",
        r"jednak",
        r"natomiast",
        r"któr(?:y|a|e|ego|ej|ym|ą|zy|ych)",
    ),
    negation=(r"nie", r"nigdy"),
    attribution=(
        r"według (?:\w+ )?(?:źródeł|doniesień|informatorów|mediów|raportu)",
        r"jak (?:podaje|donosi|informuje)",
        r"donosi",
        r"donoszą",
        r"nieoficjalnie",
    ),
    hedge=(r"prawdopodobnie", r"podobno", r"ma zostać", r"mają zostać", r"oczekuje się"),
    future=(r"zostanie", r"zostaną", r"będzie", r"będą", r"planuje", r"ma zostać"),
    release_nouns=(r"premier(?:a|ę|y|ze)", r"debiut\w*"),
    release_labels=(r"data (?:premiery|wydania)",),
    params_labels=(r"liczba parametrów",),
    context_labels=(r"okno kontekstowe", r"długość kontekstu"),
    months={
        # the nominative of tables, the genitive after a day ("24 lutego") and the
        # locative after "w" ("w kwietniu")
        "styczeń": 1,
        "stycznia": 1,
        "styczniu": 1,
        "luty": 2,
        "lutego": 2,
        "lutym": 2,
        "marzec": 3,
        "marca": 3,
        "marcu": 3,
        "kwiecień": 4,
        "kwietnia": 4,
        "kwietniu": 4,
        "maj": 5,
        "maja": 5,
        "maju": 5,
        "czerwiec": 6,
        "czerwca": 6,
        "czerwcu": 6,
        "lipiec": 7,
        "lipca": 7,
        "lipcu": 7,
        "sierpień": 8,
        "sierpnia": 8,
        "sierpniu": 8,
        "wrzesień": 9,
        "września": 9,
        "wrześniu": 9,
        "październik": 10,
        "października": 10,
        "październiku": 10,
        "listopad": 11,
        "listopada": 11,
        "listopadzie": 11,
        "grudzień": 12,
        "grudnia": 12,
        "grudniu": 12,
    },
    seasons={
        "wiosna": 2,
        "wiosną": 2,
        "wiosny": 2,
        "lato": 3,
        "latem": 3,
        "jesień": 4,
        "jesienią": 4,
        "jesieni": 4,
    },
    quarter_ordinals={"pierwszym": 1, "drugim": 2, "trzecim": 3, "czwartym": 4},
    quarter_words=(r"kwartale",),
    day_words={"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "przedwczoraj": -2, "jutro": 1},
    weekdays={
        "poniedziałek": 0,
        "wtorek": 1,
        "środę": 2,
        "czwartek": 3,
        "piątek": 4,
        "sobotę": 5,
        "niedzielę": 6,
    },
    month_parts=(r"koniec", r"końcem", r"końca", r"początku", r"połowie"),
    # "we wtorek", "w ostatni piątek", "w ubiegłą środę", "w czwartek wieczorem"
    weekday_before=(
        r"w",
        r"we",
        r"od",
        r"w (?:ostatni|ostatnią|ubiegły|ubiegłą|miniony|minioną|ten|tę|tą)",
    ),
    weekday_after=(r"wieczorem", r"rano"),
    weekday_last=(r"ostatni\w*", r"ubiegł\w+", r"minion\w+"),
    rel_months={
        "w tym miesiącu": 0,
        "na początku miesiąca": 0,
        "na początku tego miesiąca": 0,
        "w zeszłym miesiącu": -1,
        "w ubiegłym miesiącu": -1,
        "w poprzednim miesiącu": -1,
        "w przyszłym miesiącu": 1,
    },
    # "dwa tygodnie temu", "trzy miesiące temu"
    ago_after=(r"temu",),
    time_units={
        r"dni|dzień": "day",
        r"tygodni(?:e)?|tydzień": "week",
        r"miesięcy|miesiące|miesiąc": "month",
    },
    count_words={"dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6},
    # "przyszłej wiosny", "zeszłej jesieni"
    season_rel={"przyszłej": 1, "tej": 0, "zeszłej": -1, "ubiegłej": -1},
    units={
        "bilionów": 10**12,
        "biliony": 10**12,
        "bilion": 10**12,
        "miliardów": 10**9,
        "miliardy": 10**9,
        "miliard": 10**9,
        "mld": 10**9,
        "milionów": 10**6,
        "miliony": 10**6,
        "milion": 10**6,
        "mln": 10**6,
    },
    number_words={"jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4},
    parameters=(r"parametr(?:ów|y|ami|a)?",),
    active=(r"aktywn(?:ych|e|ymi)",),
    total=(r"łącznie", r"w sumie"),
    context=(r"kontekst\w*",),
    tokens=(r"token(?:ów|y|ami)?",),
)

_HE_MONTHS = {
    "ינואר": 1,
    "פברואר": 2,
    "מרץ": 3,
    "מרס": 3,
    "אפריל": 4,
    "מאי": 5,
    "יוני": 6,
    "יולי": 7,
    "אוגוסט": 8,
    "ספטמבר": 9,
    "אוקטובר": 10,
    "נובמבר": 11,
    "דצמבר": 12,
}

#: Hebrew glues its one-letter words (and, the, in/on, to, that) to the next word, so its
#: verbs carry an optional "and" and its months the "in" they are dated with ("ביולי 2023",
#: in July 2023). A record of the words Hebrew tech news writes about a
#: model: launch, plan, delay and training verbs, open and closed, months, weekdays and day
#: words, sizes in "מיליארד". Weekday names are also ordinals ("שני", second): they are
#: read only after "ביום" (on the day) or with "האחרון" (the last) after them.
_HE_AND = r"ו?"
HEBREW = Language(
    code="he",
    released=(
        # presented, launched, released, unveiled, published (of the company, feminine or
        # masculine), and the passive ("הושק", "שוחרר")
        _HE_AND + r"(?:הציג|השיק|שחרר|חשף)(?:ה|ו)?(?![\u0590-\u05ff])",
        _HE_AND + r"(?:הושק|שוחרר|נחשף)(?:ה|ו)?(?![\u0590-\u05ff])",
        r"(?:כבר |כעת |עכשיו )?זמינ(?:ה|ים|ות)? (?:כעת|עכשיו|להורדה|לשימוש)",
        r"כבר ניתן להשתמש",
        # a headline's present with its object marker: "Meta משיקה את Llama 2"
        r"(?:משיק|מציג|חושף|משחרר)(?:ה|ים)? את",
    ),
    upcoming=(
        r"(?:ת|י)(?:שיק|ציג|שחרר)(?![\u0590-\u05ff])",
        r"(?:יושק|תושק|ישוחרר|תשוחרר)(?![\u0590-\u05ff])",
        r"(?:צפוי|צפויה|צפויים) (?:[\u0590-\u05ff-]+ ){0,3}?(?:לצאת|להיות מושק|להיות זמין|"
        r"להגיע|לה?שיק)",
        r"(?:עדיין |עוד )?(?:ב|נמצא ב|נמצאת ב)(?:פיתוח|אימון)(?![\u0590-\u05ff])",
        r"טרם (?:שוחרר|הושק|פורסם)(?:ה)?",
        # postponed to, until ("נדחתה למאי"); not "נדחה" alone, also "was rejected"
        r"נדח(?:ה|תה|ו) (?:עד|ל)",
    ),
    shelved=(r"(?:בוטל|נגנז)(?:ה)?(?![\u0590-\u05ff])",),
    # not "מודלי שפה בקוד פתוח": open-source language models, a class
    open_weights=(
        r"(?<!מודלי שפה )(?<!מודלי שפה ב)ב?קוד פתוח",
        r"משקלים פתוחים",
        r"(?:ניתן|אפשר) להורי?ד(?:ה|ו)?",
    ),
    closed=(r"(?:ב)?קוד סגור", r"קנייני(?:ת)?"),
    research_only=(r"(?:למטרות|לצורכי|לצרכי) מחקר בלבד", r"רישיון לא מסחרי"),
    leak=(r"דלף", r"הודלף", r"דליפ(?:ה|ת)"),
    anaphors=(r"המודל החדש", r"המודל הזה", r"המודלים החדשים"),
    # "מודלי שפה כמו ChatGPT": models like ChatGPT, a comparison
    baseline_before=(r"מאשר", r"בהשוואה ל-?", r"לעומת", r"כמו"),
    clause_joins=(r"בעוד", r"אבל", r"אך"),
    negation=(r"לא", r"אינו", r"אינה", r"טרם"),
    attribution=(r"(?:לפי|על פי) (?:דיווח|מקורות|הדיווח)", r"לדברי", r"מקורות"),
    hedge=(r"צפוי(?:ה|ים)?", r"ככל הנראה", r"עשוי(?:ה)?"),
    future=(r"צפוי(?:ה|ים)?", r"יושק", r"תושק", r"בקרוב"),
    release_nouns=(r"השקת", r"ההשקה", r"השקה"),
    months={
        **{name: number for name, number in _HE_MONTHS.items()},
        # "ביולי 2023", "ב-18 ביולי": the month with the "ב" it is dated with
        **{f"ב{name}": number for name, number in _HE_MONTHS.items()},
    },
    # "ביום שלישי", "ביום שלישי האחרון" (last Tuesday), "בשבת"
    weekdays={
        "שני": 0,
        "שלישי": 1,
        "רביעי": 2,
        "חמישי": 3,
        "שישי": 4,
        "ראשון": 6,
        "בשבת": 5,
    },
    weekday_before=(r"ביום", r"יום"),
    weekday_after=(r"האחרון", r"שעבר", r"בערב", r"בבוקר"),
    weekday_last=(r"האחרון", r"שעבר"),
    weekday_bare=("בשבת",),
    day_words={"היום": 0, "הבוקר": 0, "אתמול": -1, "אמש": -1, "שלשום": -2, "מחר": 1},
    rel_months={
        "בתחילת החודש": 0,
        "מוקדם יותר החודש": 0,
        "בחודש שעבר": -1,
        "החודש שעבר": -1,
        "בחודש הבא": 1,
        "החודש הבא": 1,
    },
    # "לפני שלושה שבועות", "לפני 3 ימים" (not the dual, "לפני חודשיים")
    ago_before=(r"לפני",),
    time_units={r"ימים": "day", r"שבועות": "week", r"חודשים": "month"},
    count_words={"שלושה": 3, "שלוש": 3, "ארבעה": 4, "ארבע": 4, "חמישה": 5, "חמש": 5},
    units={"טריליון": 10**12, "מיליארד": 10**9, "מיליון": 10**6},
    parameters=(r"פרמטרים",),
    active=(r"פעילים",),
    context=(r"חלון (?:ה)?הקשר", r"הקשר"),
    tokens=(r"טוקנים", r"אסימונים"),
    modality_words={"טקסט": "text", "תמונות": "image", "תמונה": "image", "וידאו": "video"},
    modality_cues=(r"מולטי-?מודלי\w*",),
)


#: The languages read besides English. Add a record here to read another one.
LANGUAGES: tuple[Language, ...] = (
    GERMAN,
    SPANISH,
    PORTUGUESE,
    FRENCH,
    ITALIAN,
    CHINESE,
    JAPANESE,
    KOREAN,
    VIETNAMESE,
    RUSSIAN,
    TURKISH,
    HINDI,
    INDONESIAN,
    THAI,
    ARABIC,
    DUTCH,
    POLISH,
    HEBREW,
)


def _words(kind: str, spaced: bool) -> list[str]:
    words: list[str] = []
    for language in LANGUAGES:
        if language.spaced == spaced:
            value = getattr(language, kind)
            words.extend(value if isinstance(value, tuple) else value.keys())
    # longest first, so that "mil millones" wins over "millones"
    return sorted(set(words), key=len, reverse=True)


def words(kind: str, *, spaced: bool) -> list[str]:
    """Return the word sources of ``kind`` of the spaced (or the unspaced) languages."""
    return _words(kind, spaced)


def alternation(kind: str) -> str:
    """Return one regex source for a word kind of every language (empty if none)."""
    parts: list[str] = []
    spaced = _words(kind, True)
    if spaced:
        parts.append(r"(?<![\w'’])(?:" + "|".join(spaced) + r")(?![\w])")
    unspaced = _words(kind, False)
    if unspaced:
        parts.append("(?:" + "|".join(unspaced) + ")")
    return "|".join(parts)


def _split_top(source: str, sep: str = "|") -> list[str]:
    parts, depth, current, index = [], 0, [], 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            current.append(source[index : index + 2])
            index += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def literal_keys(source: str) -> set[str]:
    """Return fragments one of which every match of the regex ``source`` contains.

    Only plain characters count: a run outside classes, or a group that must match (each
    of its alternatives gives a key). Of the candidates the one with the longest shortest
    key is taken ("(?:se )?lanz(?:ó|a)" → {"lanz"}; "(?:ha|hanno) (?:presentato|lanciato)"
    → {"presentato", "lanciato"}). An empty set means no literal is certain.
    """
    alternatives = _split_top(source)
    if len(alternatives) > 1:
        found = [literal_keys(a) for a in alternatives]
        return set().union(*found) if all(found) else set()
    candidates: list[set[str]] = []
    run: list[str] = []
    index = 0

    def close_run() -> None:
        text = "".join(run).strip()
        if text:
            candidates.append({text})
        run.clear()

    while index < len(source):
        char = source[index]
        if char == "\\":
            close_run()
            index += 2
            continue
        if char in "([":
            close_run()
            depth, end = 0, index
            while end < len(source):
                if source[end] == "\\":
                    end += 2
                    continue
                if source[end] in "([":
                    depth += 1
                elif source[end] in ")]":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            inner = source[index + 1 : end]
            optional = end + 1 < len(source) and source[end + 1] in "?*{"
            if char == "(" and not optional and not inner.startswith(("?=", "?!", "?<")):
                keys = literal_keys(inner[2:] if inner.startswith("?:") else inner)
                if keys:
                    candidates.append(keys)
            index = end + 1
            continue
        if char == "{":
            close_run()
            index = source.index("}", index) + 1
            continue
        following = source[index + 1] if index + 1 < len(source) else ""
        if char in "?*+^$." or following in ("?", "*", "{"):
            close_run()
        else:
            run.append(char)
        index += 1
    close_run()
    if not candidates:
        return set()
    return max(candidates, key=lambda keys: min(len(k) for k in keys))


def gate_keys(kind: str) -> tuple[str, ...]:
    """Return literal lower-case fragments, one of which any word of ``kind`` contains.

    The readers test these with a substring search before running a pattern (far cheaper
    than the pattern). A word with no certain literal would make the gate useless, so the
    lists are written to have one (checked by the tests).
    """
    keys: set[str] = set()
    for word in _words(kind, True) + _words(kind, False):
        keys |= literal_keys(word)
    return tuple(sorted(keys))


def modality_names() -> dict[str, str]:
    """Return the modality words of every language (regex source) → the modality named."""
    merged: dict[str, str] = {}
    for language in LANGUAGES:
        merged.update(language.modality_words)
    return merged


def mapping(kind: str, *, spaced: bool | None = None) -> dict[str, Any]:
    """Return the merged word → value table of a kind (months, units, seasons …), of the
    spaced or the unspaced languages only when ``spaced`` says which."""
    merged: dict[str, Any] = {}
    for language in LANGUAGES:
        if spaced is None or language.spaced == spaced:
            merged.update(getattr(language, kind))
    return merged


# --- which posts are read with these words --------------------------------------------------
# The lists run only while a post in another language is read: an English post pays one
# look at its opening and reads exactly as it always did.

_READING_OTHER: ContextVar[bool] = ContextVar("reading_other_language", default=False)
#: kana, CJK ideographs and Hangul syllables
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_CYRILLIC_CHAR = re.compile(r"[\u0400-\u04ff]")
_DEVANAGARI_CHAR = re.compile(r"[\u0900-\u097f]")
_ARABIC_CHAR = re.compile(r"[\u0600-\u06ff]")
_THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")
_HEBREW_CHAR = re.compile(r"[\u05d0-\u05ea]")
#: short words every text of these languages is full of, and no English text uses
_FUNCTION_WORDS = (
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "für",
    "auch",
    "el",
    "los",
    "las",
    "del",
    "que",
    "por",
    "una",
    "con",
    "como",
    "le",
    "les",
    "des",
    "est",
    "une",
    "pour",
    "dans",
    "sur",
    "il",
    "della",
    "di",
    "che",
    "sono",
    "gli",
    "não",
    "uma",
    "para",
    "com",
    "é",
    "à",
    "de",
    "em",
    "se",
    "en",
    "la",
    # Vietnamese
    "của",
    "và",
    "là",
    "các",
    "những",
    "được",
    "trong",
    "với",
    "một",
    "này",
    # Russian
    "и",
    "в",
    "на",
    "не",
    "что",
    "для",
    "это",
    "по",
    "из",
    "как",
    # Turkish
    "ve",
    "bir",
    "bu",
    "için",
    "ile",
    "olarak",
    "daha",
    "gibi",
    "olan",
    "ise",
    "ancak",
    # Indonesian (and Malay)
    "yang",
    "dan",
    "untuk",
    "dengan",
    "ini",
    "dari",
    "dalam",
    "akan",
    "pada",
    "juga",
    "adalah",
    "tersebut",
    # Dutch
    "het",
    "van",
    "een",
    "niet",
    "zijn",
    "ook",
    "wordt",
    "heeft",
    "bij",
    "deze",
    "worden",
    "naar",
    "op",
    "te",
    "om",
    "dit",
    # Polish (the one-letter prepositions "w" and "z" are no English words)
    "w",
    "z",
    "na",
    "od",
    "tego",
    "są",
    "się",
    "jest",
    "nie",
    "że",
    "oraz",
    "przez",
    "dla",
    "jako",
    "który",
    "która",
    "które",
    "został",
    "została",
    "już",
    "także",
    "czy",
)
_ENGLISH_WORDS = ("the", "and", "of", "is", "to", "with", "for", "that", "are", "was")
#: the same as sets: a post's words are looked up one by one, once
_FUNCTION_SET = frozenset(_FUNCTION_WORDS)
_ENGLISH_SET = frozenset(_ENGLISH_WORDS)


def _count(tokens: list[str], words: frozenset[str]) -> int:
    """Return how often the words occur among the tokens, a run of one word repeated
    counted every other time (as a count of " word " in the spaced text would)."""
    total = 0
    last = ""
    for token in tokens:
        if token in words and token != last:
            total += 1
            last = token
        else:
            last = ""
    return total


def is_other_language(text: str) -> bool:
    """Return True when a post is written (mostly) in a language other than English.

    Chinese, Japanese or Korean characters decide at once, Cyrillic, Devanagari or Arabic
    letters as a fifth of all; otherwise the short function words of the languages read here must
    outnumber English ones in the opening (a word count is far cheaper than a pattern, and
    this runs on every post).
    """
    sample = text[:3000]
    if not sample.isascii():
        # each script needs at least three of its characters, so the letters (a count
        # over the whole opening) are counted only when one has as many
        cjk = len(_CJK_CHAR.findall(sample))
        cyrillic = len(_CYRILLIC_CHAR.findall(sample))
        devanagari = len(_DEVANAGARI_CHAR.findall(sample))
        arabic = len(_ARABIC_CHAR.findall(sample))
        thai = len(_THAI_CHAR.findall(sample))
        hebrew = len(_HEBREW_CHAR.findall(sample))
        if max(cjk, cyrillic, devanagari, arabic, thai, hebrew) >= 3:
            # twenty characters open a long post; a short one needs a fifth of its letters
            letters = sum(char.isalpha() for char in sample)
            if cjk >= min(20, max(3, letters // 5)):
                return True
            # Cyrillic (Russian) decides when it is a fifth of the letters: an English post
            # quoting a Russian name or title stays English
            if cyrillic >= max(3, letters // 5):
                return True
            # Devanagari (Hindi) the same way: Hindi news writes names and many terms in
            # Latin letters ("Meta का AI मॉडल 'Avocado'"), an English post only a quoted word
            if devanagari >= max(3, letters // 5):
                return True
            # Arabic script the same way: Arabic pages write model names in Latin letters
            if arabic >= max(3, letters // 5):
                return True
            # Thai the same way: Thai pages write model names in Latin letters too
            if thai >= max(3, letters // 5):
                return True
            # Hebrew the same way: Hebrew pages write model names in Latin letters too
            if hebrew >= max(3, letters // 5):
                return True
    words = sample.lower().split()
    others = _count(words, _FUNCTION_SET)
    # a short text (a feed entry, a one-paragraph post) holds few function words at all:
    # one in eight of its words is as telling as eight in a long opening
    needed = min(8, max(2, len(words) // 8))
    return others >= needed and others > _count(words, _ENGLISH_SET)


def reading_other_language() -> bool:
    """Return True while a post in another language is being read."""
    return _READING_OTHER.get()


@contextmanager
def reading(text: str) -> Iterator[None]:
    """Read the words of other languages while the post ``text`` is read."""
    token = _READING_OTHER.set(is_other_language(text))
    try:
        yield
    finally:
        _READING_OTHER.reset(token)
