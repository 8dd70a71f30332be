"""Words of other languages from an eighth round on real pages, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post long enough to be recognised as
written in its language, the facts that must come out and the ones that must not. The
sentences are written for these tests, never copied from a page.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, facts_of, find

from llamawatch.extractors import languages

# Italian: "N miliardi di parametri attivi su M miliardi" gives the total after "su";
# "arriverà" and "ancora in addestramento" say a model is still to come
ITALIAN_CASES = [
    RuleCase(
        "it-active-out-of-total",
        "Secondo la società, Llama 4 Maverick è il modello di mezzo, che a ogni passo usa "
        "17 miliardi attivi su 400 miliardi, ed è pensato per chi lavora con testi e immagini "
        "nella stessa applicazione. Il modello è uno di quelli che gli sviluppatori "
        "possono scaricare, e sono molti quelli che lo provano con il supporto della comunità.",
        "2025-04-07",
        (
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
        ),
        (),
    ),
    RuleCase(
        "it-active-users-out-of-accounts-is-no-size",
        "La società di Menlo Park ha rilasciato Llama 3 per gli sviluppatori, e il modello è "
        "già nelle app con 3 miliardi di utenti attivi su 4 miliardi di profili, che sono "
        "tanti anche per chi lavora nel settore. Il modello è uno di quelli che gli sviluppatori "
        "usano di più, e sono molti quelli che lo provano con il supporto della comunità.",
        "2024-04-20",
        (("Llama 3", "status", "released"),),
        (("Llama 3", "params_total", None),),
    ),
    RuleCase(
        "it-will-arrive-is-upcoming",
        "Durante la presentazione il fondatore ha spiegato che arriverà anche un modello "
        "capace di ragionare, chiamato Llama 4 Reasoning, ma non ha dato una data per il "
        "lancio, che sarà comunque nelle prossime settimane. Gli analisti sono curiosi di "
        "vedere che cosa saprà fare il modello nella prova della matematica.",
        "2025-04-07",
        (("Llama 4 Reasoning", "status", "upcoming"),),
        (("Llama 4 Reasoning", "status", "released"),),
    ),
    RuleCase(
        "it-still-training-is-upcoming",
        "Il più grande della famiglia è Llama 4 Behemoth, ancora in addestramento nei "
        "laboratori della società, e per questo non è tra i modelli che gli sviluppatori "
        "possono usare oggi. Gli altri sono già nelle mani di chi sviluppa app, e il "
        "gruppo di ricerca della società dice che il lavoro di messa a punto è a buon punto.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]

# Portuguese: "anunciou o desenvolvimento de X" is a model to come; "os modelos de linguagem
# de código aberto" names a class of models, not the one in the sentence
PORTUGUESE_CASES = [
    RuleCase(
        "pt-announced-development-is-upcoming",
        "Além disso, a empresa de Zuckerberg anunciou o desenvolvimento de um modelo maior, o "
        "Llama 4 Behemoth, "
        "que será usado como professor para os modelos menores e que tem uma arquitetura com "
        "muitos especialistas para as tarefas mais difíceis. O modelo não é uma ferramenta "
        "para o público, e a empresa diz que não tem uma data para o lançamento com os parceiros.",
        "2025-04-07",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "pt-open-source-language-models-is-a-class",
        "A Meta lançou o Llama 4 Scout, que traz novidades para quem usa modelos de "
        "linguagem de código aberto em casa e para as empresas que usam a inteligência artificial "
        "com uma janela de contexto muito grande. O modelo é uma boa opção para quem "
        "trabalha com textos longos, e não é caro para uma empresa com poucos recursos.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "openness", None),),
    ),
    # negative: a model said to be open source keeps its rung
    RuleCase(
        "pt-a-model-of-open-source-is-open",
        "A empresa lançou o Llama 3 em abril, e o Llama 3 é um modelo de código aberto que os "
        "desenvolvedores podem usar com uma licença para as pequenas e as grandes empresas. "
        "Não é uma ferramenta para o público em geral, mas é uma base para quem cria produtos.",
        "2024-04-20",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
]

# Spanish: "pospuesto hasta el otoño" is a delay with a season; "su lanzamiento" refers
# back to the model in focus, as the English "its release" does
SPANISH_CASES = [
    RuleCase(
        "es-postponed-until-autumn",
        "Meta pensaba presentar Llama 4 Behemoth en la conferencia de abril para los "
        "desarrolladores. Ahora su lanzamiento ha sido pospuesto hasta el otoño, según "
        "personas que conocen el proyecto y que hablaron con la prensa. Los ingenieros del "
        "grupo no están contentos con los resultados, y por eso la empresa prefiere esperar.",
        "2025-05-16",
        (
            ("Llama 4 Behemoth", "status", "upcoming"),
            ("Llama 4 Behemoth", "release_date", "2025-Q4"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negative: the same class phrase in Spanish names no model
    RuleCase(
        "es-open-source-language-models-is-a-class",
        "Meta lanzó Llama 4 Scout, una novedad para los que siguen los modelos de lenguaje "
        "de código abierto y para las empresas que trabajan con textos muy largos en la nube. "
        "Los usuarios del modelo dicen que es rápido y que funciona bien con una sola tarjeta.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"),),
        (("Llama 4 Scout", "openness", None),),
    ),
]

# German: "ins Rennen geschickt" (sent into the race) is a launch
GERMAN_CASES = [
    RuleCase(
        "de-sent-into-the-race-is-released",
        "Der Konzern hat Llama 2 im Juli 2023 ins Rennen geschickt, und die Entwickler "
        "nutzen das Modell seitdem für viele Anwendungen, die auch für kleine Firmen "
        "interessant sind. Die Firma sagt, dass das Modell nicht nur für die Forschung ist und "
        "dass es auch mit wenig Rechenleistung läuft.",
        "2023-08-10",
        (("Llama 2", "status", "released"),),
        (("Llama 2", "status", "upcoming"),),
    ),
]

# Chinese: a plan or forecast before the launch verb ("计划在 2026 年推出") is not a
# release; "从开源走向闭源", "倡导开源" and "开源的 Llama 模型" give no open rung
CHINESE_CASES = [
    RuleCase(
        "zh-planned-launch-is-upcoming",
        "有外媒称,Meta 计划于明年推出一款闭源的新模型 Avocado,"
        "公司内部已经为此组建了新的团队,并投入了大量的算力资源。",
        "2025-12-11",
        (("Avocado", "status", "upcoming"), ("Avocado", "openness", "closed")),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "zh-traditional-planned-launch-is-upcoming",
        "有媒體指出,Avocado 這款新模型目前內部計畫在 2026 年上半年推出,"
        "這款模型將由新成立的實驗室負責開發,目前還沒有公布更多的細節。",
        "2025-12-11",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "zh-from-open-to-closed-is-no-open-rung",
        "Meta 正在打造新模型 Avocado,难道要从开源走向封闭?倡导开源的科学家已经离开公司,"
        "而 Avocado 对开源的 Llama 模型会有什么影响,目前还不清楚。",
        "2025-12-11",
        (),
        (("Avocado", "openness", "open_weights"),),
    ),
    RuleCase(
        "zh-skipped-release-is-upcoming",
        "Llama 4 Behemoth 这款旗舰模型至今已经多次跳票,开发者对现有模型的表现也不太满意,"
        "公司内部的讨论一直没有停止。",
        "2025-12-11",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # negatives: a numbered open Llama and a plain release keep their readings
    RuleCase(
        "zh-open-numbered-llama-is-open",
        "Meta 今天正式发布了开源的 Llama 3 模型,开发者可以在多个平台下载,"
        "并把它用于研究和商业用途。",
        "2024-04-19",
        (("Llama 3", "status", "released"), ("Llama 3", "openness", "open_weights")),
        (("Llama 3", "status", "upcoming"),),
    ),
]

# Japanese: "…に投入予定" is a planned launch; "クローズドモデル" is a closed model
JAPANESE_CASES = [
    RuleCase(
        "ja-planned-launch-and-closed-model",
        "Metaは新モデルのAvocadoを来年に市場へ投入予定で、これは企業向けのクローズドモデル"
        "になるとみられている。詳しい仕様はまだ明らかにされていない。",
        "2025-12-11",
        (("Avocado", "status", "upcoming"), ("Avocado", "openness", "closed")),
        (("Avocado", "status", "released"), ("Avocado", "openness", "open_weights")),
    ),
]

# Korean: launched, planned and put-off verbs and endings; a denial follows the verb
KOREAN_CASES = [
    RuleCase(
        "ko-put-off-is-upcoming",
        "외신 보도에 따르면 메타는 새 AI 모델 '아보카도(Avocado)'의 출시를 여름 이후로 "
        "연기했다. 회사는 구체적인 일정을 아직 밝히지 않았고, 내부에서는 성능 문제가 "
        "원인이라는 이야기가 나온다.",
        "2026-03-13",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "ko-launched-open-source-is-released",
        "메타는 오늘 새 언어 모델 Llama 3를 출시했다. Llama 3는 오픈소스로 제공되며 "
        "개발자들은 누구나 가중치를 내려받아 연구와 서비스에 쓸 수 있다.",
        "2024-04-19",
        (("Llama 3", "status", "released"), ("Llama 3", "openness", "open_weights")),
        (("Llama 3", "status", "upcoming"),),
    ),
    # negative: a denial after the verb is no release
    RuleCase(
        "ko-not-launched-is-no-release",
        "메타는 Llama 4 Behemoth를 아직 출시하지 않았다. 회사 관계자는 모델의 품질을 "
        "더 높이는 작업이 계속되고 있다고 말했으며 일정은 정해지지 않았다고 덧붙였다.",
        "2025-06-01",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
]

# A release-date label of another language ("Lanzamiento:", "Data de lançamento:"), also
# after a pictograph ("🗓️ …"), dates the model of its section
LABEL_CASES = [
    RuleCase(
        "es-release-label-after-a-pictograph",
        "Los modelos de la familia para los que programan\n\n"
        "Code Llama\n\n"
        "Es una versión del modelo para escribir y explicar código, con variantes para Python "
        "y para seguir instrucciones de los usuarios.\n\n"
        "🗓️ Fecha de lanzamiento: 24 agosto 2023\n\n"
        "Los desarrolladores lo usan con una licencia que permite el uso comercial en la "
        "mayoría de los casos.\n",
        "2024-05-01",
        (
            ("Code Llama", "status", "released"),
            ("Code Llama", "release_date", "2023-08-24"),
        ),
        (),
    ),
    RuleCase(
        "pt-release-label",
        "Os modelos da nova geração para as empresas\n\n"
        "Llama 4 Scout\n\n"
        "É o menor modelo da família, com uma janela de contexto muito longa para os textos "
        "das empresas que não têm muitos recursos.\n\n"
        "Data de lançamento: 5 de abril de 2025\n",
        "2025-04-20",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Scout", "release_date", "2025-04-05"),
        ),
        (),
    ),
    # the pictograph before a label is skipped in English posts as well
    RuleCase(
        "en-release-label-after-a-pictograph",
        "Llama 3.1\n\nThe model comes in three sizes and many teams build tools on it.\n\n"
        "📅 Release date: July 23, 2024\n",
        "2024-08-01",
        (("Llama 3.1", "release_date", "2024-07-23"),),
        (),
    ),
    # negatives: a planned launch in a label is no release
    RuleCase(
        "es-planned-launch-label-is-no-release",
        "Los modelos de la familia para los que programan\n\n"
        "Avocado\n\n"
        "Es el nuevo modelo de la empresa, que no será de código abierto según los que "
        "conocen el proyecto, y que por ahora no tiene una fecha fija para los usuarios.\n\n"
        "Lanzamiento previsto: marzo 2026\n",
        "2025-12-20",
        (),
        (("Avocado", "status", "released"),),
    ),
]

CASES = (
    ITALIAN_CASES
    + PORTUGUESE_CASES
    + SPANISH_CASES
    + GERMAN_CASES
    + CHINESE_CASES
    + JAPANESE_CASES
    + KOREAN_CASES
    + LABEL_CASES
)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_the_stance_words_keep_a_literal_gate_key() -> None:
    # the lookbehinds before "开源" must not hide its literal from the readers' gate
    assert {"开源", "開源"} <= set(languages.gate_keys("open_weights"))


def test_an_english_post_with_a_hangul_codename_is_read_as_english() -> None:
    text = (
        "Meta is building a new model, known in Seoul papers as 아보카도 (Avocado), and "
        "the company says it will be closed. The model is expected next year, and that is "
        "the plan for the rest of the lab as well."
    )
    assert not languages.is_other_language(text)


def test_a_foreign_release_label_in_an_english_post_is_not_read() -> None:
    text = (
        "Code Llama\n\nThe model writes and explains code, and it is used by many teams "
        "that build tools for the developers of the company.\n\nLanzamiento: 24 agosto 2023\n"
    )
    assert not find(facts_of(text, "2024-05-01"), "Code Llama", "release_date")
