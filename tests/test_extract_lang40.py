"""Status and plans said in languages other than English, by kind.

A release foreseen with a modal and the passive ("deve ser lançado", "debería ser lanzado",
"könnte … veröffentlicht werden", "должна быть выпущена", "dovrebbe essere rilasciato",
"devrait être lancé", "powinien zostać wydany", "zou … uitgebracht moeten worden",
"diperkirakan dirilis", "yayınlanması bekleniyor"): upcoming, never released. A class of
the models released so far or ever ("o maior de qualquer modelo lançado até hoje",
"迄今为止发布的", "これまでに公開された", "지금까지 공개된", "das größte bisher veröffentlichte",
"любая выпущенная до сих пор", "yang pernah dirilis", "dat tot nu toe is uitgebracht",
"jaki dotąd został wydany"): the subject is measured against it, not released by it.
Korean training under way ("학습을 진행 중인"); a Japanese headline that asks ("…中止か") or
is reported ("…との報道"); Hindi and Arabic plans ("लॉन्च करेगी", "المتوقع إطلاقه"); a Korean
list of names glossed in brackets ("'스카우트(Scout)'와 '매버릭(Maverick)'").
Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and the
ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

#: a sentence in each language with the short words that mark a post as written in it
_PT = " A redação acompanha o caso para os leitores e não tem mais detalhes sobre isso."
_ES = " La redacción sigue el caso para los lectores y no tiene más detalles sobre esto."
_DE = " Die Redaktion wird die Lage für die Leser weiter beobachten und ist gespannt."
_FR = " La rédaction suit le dossier pour les lecteurs et reste prudente sur la suite."
_IT = " La redazione segue la vicenda per i lettori e resta prudente sul seguito."
_RU = " Редакция следит за ситуацией и не знает, что будет дальше с этим проектом."
_PL = " Redakcja śledzi sprawę i nie jest pewna, co będzie dalej z tym projektem."
_NL = " De redactie volgt het nieuws voor de lezers en wacht op meer details van het bedrijf."
_ID = " Redaksi akan terus mengikuti kabar ini untuk para pembaca dengan informasi yang ada."
_TR = " Bu konuda şirket için daha fazla bilgi ve açıklama bekleniyor ve bu haber güncellenecek."

MODAL_PASSIVE_CASES = [
    RuleCase(
        "pt-should-be-launched",
        "De acordo com o blog, o Llama 4 Behemoth deve ser lançado em breve." + _PT,
        "2025-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "es-could-be-launched",
        "En la nota se dice que Llama 4 Behemoth podría ser lanzado muy pronto." + _ES,
        "2025-04-10",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "de-could-be-published",
        "Im Bericht heißt es, Llama 4 Behemoth könnte im Herbst veröffentlicht werden." + _DE,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ru-must-be-released",
        "По плану Llama 4 Behemoth должна быть выпущена осенью." + _RU,
        "2025-05-20",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "it-should-be-released",
        "Secondo il blog, Llama 4 Behemoth dovrebbe essere rilasciato in autunno." + _IT,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "fr-should-be-launched",
        "D'après le blog, Llama 4 Behemoth devrait être lancé dans quelques semaines." + _FR,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "pl-should-be-released",
        "Według bloga Llama 4 Behemoth powinien zostać wydany jesienią." + _PL,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "nl-should-be-released",
        "Volgens de blog zou Llama 4 Behemoth in het najaar uitgebracht moeten worden." + _NL,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "id-expected-to-be-released",
        "Menurut blog itu, Llama 4 Behemoth diperkirakan dirilis pada musim gugur." + _ID,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "tr-expected-to-be-published",
        "Blogdaki bilgiye göre Llama 4 Behemoth modelinin sonbaharda yayınlanması bekleniyor."
        + _TR,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "es-just-been-launched-stays-released",
        "El modelo Llama 4 Scout acaba de ser lanzado por la empresa de Menlo Park." + _ES,
        "2025-04-06",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "status", "upcoming"),),
    ),
]

#: "the largest of the models released so far": Behemoth is compared, not released
SO_FAR_CASES = [
    RuleCase(
        "pt-any-model-launched-until-today",
        "Com 2 trilhões de parâmetros, o Llama 4 Behemoth é o maior de qualquer modelo "
        "lançado até hoje pela empresa." + _PT,
        "2025-04-10",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Behemoth", "status", "released"), ("Llama 4 Behemoth", "release_date", None)),
    ),
    RuleCase(
        "es-any-model-launched-so-far",
        "Con 2 billones de parámetros, Llama 4 Behemoth supera a cualquier modelo lanzado "
        "hasta ahora por la empresa." + _ES,
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "de-largest-published-so-far",
        "Mit 2 Billionen Parametern wäre Llama 4 Behemoth das größte bisher veröffentlichte "
        "Sprachmodell der Firma." + _DE,
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "de-plain-perfect-stays-released",
        "Meta hat Llama 4 Scout am Samstag veröffentlicht." + _DE,
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"),),
        (),
    ),
    RuleCase(
        "ru-any-released-so-far",
        "С 2 трлн параметров Llama 4 Behemoth превзойдёт любую выпущенную до сих пор модель "
        "компании." + _RU,
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-largest-released-so-far",
        "Llama 4 Behemoth 的参数量达到 2 万亿，将是 Meta 迄今为止发布的参数最多的模型。",
        "2025-04-10",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "zh-released-so-far-as-a-verb-stays",
        "Meta 于 4 月 5 日发布了 Llama 4 Scout 和 Llama 4 Maverick。",
        "2025-04-10",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (),
    ),
    RuleCase(
        "ja-largest-released-so-far",
        "Llama 4 Behemothのパラメータ数は2兆で、これまでに公開されたどのLlamaよりも多い。",
        "2025-04-10",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ko-largest-released-so-far",
        "라마 4 베헤모스의 매개변수는 2조 개로, 현재까지 출시된 라마 모델 가운데 가장 많다.",
        "2025-04-10",
        (("Llama 4 Behemoth", "params_total", 2_000_000_000_000),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "id-largest-ever-released",
        "Dengan 2 triliun parameter, Llama 4 Behemoth menjadi model terbesar yang pernah dirilis "
        "oleh perusahaan itu." + _ID,
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "nl-largest-released-so-far",
        "Met 2 biljoen parameters is Llama 4 Behemoth het grootste model dat tot nu toe is "
        "uitgebracht door het bedrijf." + _NL,
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "pl-largest-released-so-far",
        "Llama 4 Behemoth będzie największym modelem firmy, jaki dotąd został wydany." + _PL,
        "2025-04-10",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]

CJK_CASES = [
    RuleCase(
        "ko-training-under-way-held-back",
        "메타는 아직 학습을 진행 중인 라마 4 베헤모스는 빼고, 라마 4 스카우트와 라마 4 매버릭 "
        "두 모델만 먼저 내놓았다.",
        "2025-04-08",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ko-training-under-way-predicate",
        "라마 4 베헤모스는 현재 훈련을 진행하고 있다고 회사 측은 설명했다.",
        "2025-04-08",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ko-glossed-names-in-a-list",
        "메타는 지난달 '스카우트(Scout)'와 '매버릭(Maverick)' 두 모델을 선보였다. 라마 4 "
        "시리즈의 첫 모델들이다.",
        "2025-05-16",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04"),
            ("Llama 4 Maverick", "release_date", "2025-04"),
        ),
        (),
    ),
    RuleCase(
        "ja-headline-asks-about-a-halt",
        "Metaが方針を転換との見方、「Llama 4 Behemoth」の開発は中止か",
        "2025-07-15",
        (),
        (("Llama 4 Behemoth", "status", "shelved"),),
    ),
    RuleCase(
        "ja-halt-maybe",
        "関係者の話では、Llama 4 Behemothの開発は中止かもしれない。",
        "2025-07-15",
        (),
        (("Llama 4 Behemoth", "status", "shelved"),),
    ),
    RuleCase(
        "ja-halt-stated-stays-shelved",
        "MetaはLlama 4 Behemothの開発を中止した。",
        "2025-07-15",
        (("Llama 4 Behemoth", "status", "shelved"),),
        (),
    ),
    RuleCase(
        "ja-reported-headline",
        "「Llama 4 Behemoth」のリリースを秋以降に延期したとの報道",
        "2025-05-16",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]

OTHER_SCRIPT_CASES = [
    RuleCase(
        "hi-will-launch",
        "रिपोर्ट के मुताबिक मेटा अगले साल Llama 5 लॉन्च करेगी और इस पर टीम तेजी से काम कर रही है।",
        "2025-12-10",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "hi-working-on",
        "मेटा इन दिनों Llama 5 नाम के नए मॉडल पर काम कर रही है, ऐसा कंपनी के लोगों का कहना है।",
        "2025-12-10",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    RuleCase(
        "ar-expected-launch",
        "تعمل ميتا على نموذج Llama 5 الجديد، المتوقع إطلاقه في العام المقبل وفق ما نقلته مصادر.",
        "2025-12-10",
        (("Llama 5", "status", "upcoming"), ("Llama 5", "release_date", "2026")),
        (("Llama 5", "status", "released"),),
    ),
]


@pytest.mark.parametrize("case", MODAL_PASSIVE_CASES, ids=lambda c: c.id)
def test_modal_passive_is_a_plan(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize("case", SO_FAR_CASES, ids=lambda c: c.id)
def test_released_so_far_is_a_class(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize("case", CJK_CASES, ids=lambda c: c.id)
def test_cjk_status_words(case: RuleCase) -> None:
    check_rule_case(case)


@pytest.mark.parametrize("case", OTHER_SCRIPT_CASES, ids=lambda c: c.id)
def test_hindi_and_arabic_plans(case: RuleCase) -> None:
    check_rule_case(case)


def test_japanese_reported_headline_is_reported() -> None:
    """ "…との報道" (so it is reported) attributes the headline's claim to the press."""
    facts = facts_of("「Llama 4 Behemoth」のリリースを秋以降に延期したとの報道", "2025-05-16")
    found = find(facts, "Llama 4 Behemoth", "status", "upcoming")
    assert found and all(f.certainty == "reported" for f in found)
