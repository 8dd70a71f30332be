"""Language rules from a nineteenth round, each on sentences written for it.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

CASES = [
    # Korean: development begun ("개발에 착수", "개발에 돌입", "개발에 나섰다") is a model to come
    RuleCase(
        "ko-gaebal-chaksu",
        "메타가 새로운 인공지능 모델 '아보카도(Avocado)'의 개발에 착수했다. 회사는 이번 모델을 "
        "내부 연구소에서 시험하고 있다.",
        "2025-12-10",
        (("Avocado", "status", "upcoming"),),
        (("Avocado", "status", "released"),),
    ),
    RuleCase(
        "ko-gaebal-dolip",
        "업계에 따르면 메타는 이미지 생성 모델 '망고(Mango)' 개발에도 돌입했다고 한다. 자세한 "
        "일정은 알려지지 않았다.",
        "2025-12-19",
        (("Mango", "status", "upcoming"),),
        (),
    ),
    # "개발자" (developers) who "나섰다" (stepped up) are no development begun
    RuleCase(
        "ko-gaebalja-not-development",
        "메타가 어제 Llama 3.1을 출시했다. 전 세계 개발자들이 곧바로 Llama 3.1 활용에 나섰다.",
        "2024-07-24",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "status", "upcoming"),),
    ),
    # Korean: a release set as the target ("출시를 목표로", "출시가 목표다") is a plan, for every
    # name of the list it is said of
    RuleCase(
        "ko-chulsi-mokpyo-list",
        "메타는 새 모델 Avocado와 Mango의 성과를 소개했으며, 일반 출시는 내년 상반기를 "
        "목표로 하고 있다.",
        "2026-01-22",
        (("Avocado", "status", "upcoming"), ("Mango", "status", "upcoming")),
        (("Avocado", "status", "released"), ("Mango", "status", "released")),
    ),
    RuleCase(
        "ko-chulsiga-mokpyo",
        "메타는 차세대 언어 모델 'Avocado'를 준비하는 중이다. Avocado는 내년 봄 출시가 목표다.",
        "2025-12-19",
        (("Avocado", "status", "upcoming"),),
        (),
    ),
    # Korean: a quoted Hangul name right after "모델" names that model ("AI 모델 '망고'"); the
    # fruit in a market report is none
    RuleCase(
        "ko-model-quoted-name",
        "보도에 따르면 메타는 텍스트 중심 AI 모델 '아보카도'를 개발 중인 것으로 전해졌다. 회사는 "
        "이에 대해 언급하지 않았다.",
        "2025-12-19",
        (("Avocado", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "ko-fruit-not-model",
        "올겨울 수입 과일 가격이 크게 올랐다. 시장에서 '아보카도'와 '망고'는 여전히 개발 중인 "
        "신품종과 함께 팔리고 있다.",
        "2025-12-19",
        (),
        (("Avocado", "status", None), ("Mango", "status", None)),
    ),
    # Spanish, Portuguese, German: the future of "available" is a release still to come
    RuleCase(
        "es-estara-disponible",
        "Según el blog de la compañía, LLaMA estará disponible bajo una licencia no comercial "
        "para los grupos de investigación de las universidades.",
        "2023-02-24",
        (("Llama 1", "status", "upcoming"), ("Llama 1", "openness", "research_only")),
        (("Llama 1", "status", "released"),),
    ),
    RuleCase(
        "es-ya-esta-disponible-stays-released",
        "La empresa confirmó que Llama 3.1 ya está disponible para los desarrolladores de "
        "todo el mundo en su web.",
        "2024-07-24",
        (("Llama 3.1", "status", "released"),),
        (("Llama 3.1", "status", "upcoming"),),
    ),
    RuleCase(
        "pt-estara-disponivel",
        "De acordo com a empresa, o Llama 2 estará disponível para uso comercial e para os "
        "pesquisadores da comunidade.",
        "2023-06-20",
        (("Llama 2", "status", "upcoming"),),
        (("Llama 2", "status", "released"),),
    ),
    RuleCase(
        "de-wird-verfuegbar-sein",
        "Der Konzern hat die neue Familie angekündigt, aber Llama 4 Behemoth wird erst im "
        "Herbst für die Entwickler verfügbar sein.",
        "2025-06-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # Spanish, Portuguese, Italian: "tanto X como Y", "tanto X quanto Y", "sia X che Y" list
    # the inputs as "both X and Y" does
    RuleCase(
        "es-tanto-como-modalities",
        "La empresa Meta lanzó Llama 3.2 para los desarrolladores de la comunidad. Los "
        "modelos más grandes de Llama 3.2 pueden procesar tanto texto como imágenes a la vez.",
        "2024-09-26",
        (("Llama 3.2", "modalities", ["image", "text"]),),
        (),
    ),
    RuleCase(
        "pt-tanto-quanto-modalities",
        "A empresa Meta lançou o Llama 3.2 para os desenvolvedores da comunidade. Os "
        "modelos maiores do Llama 3.2 processam tanto texto quanto imagens de uma só vez.",
        "2024-09-26",
        (("Llama 3.2", "modalities", ["image", "text"]),),
        (),
    ),
    RuleCase(
        "it-sia-che-modalities",
        "Il gruppo Meta ha rilasciato Llama 3.2 per gli sviluppatori della comunità. I "
        "modelli più grandi di Llama 3.2 elaborano sia testo che immagini nella stessa "
        "richiesta.",
        "2024-09-26",
        (("Llama 3.2", "modalities", ["image", "text"]),),
        (),
    ),
    # "tanto … como" between a modality and a non-modality is no list
    RuleCase(
        "es-tanto-como-no-list",
        "La empresa Meta lanzó Llama 3.2 para los desarrolladores de la comunidad. Llama 3.2 "
        "genera tanto texto como código para las empresas.",
        "2024-09-26",
        (),
        (("Llama 3.2", "modalities", None),),
    ),
    # Japanese, Korean: "X の N 倍", "X 의 N 배": X is what the subject is measured against
    RuleCase(
        "ja-multiple-after-baseline",
        "米Metaは4月5日、新しいモデル「Llama 4 Scout」を発表した。Scoutは「Llama 3」の"
        "10倍以上のデータで学習され、オープンソースの開発者コミュニティを支援するという。",
        "2025-04-06",
        (),
        (("Llama 3", "openness", None),),
    ),
    RuleCase(
        "ko-multiple-after-baseline",
        "메타가 오늘 Llama 3를 공개했다. 학습 데이터는 라마 2의 7배 규모이며 오픈소스 "
        "커뮤니티를 위한 것이다.",
        "2024-04-19",
        (),
        (("Llama 2", "openness", None), ("Llama 2", "status", None)),
    ),
    # French, Spanish: one size of the model in training is not the model's status
    RuleCase(
        "fr-version-in-training",
        "Llama 3 existe en deux tailles pour les développeurs de la communauté. Dans son "
        "billet, le groupe dit avoir en cours d'entraînement d'une autre version à "
        "400 milliards de paramètres.",
        "2024-04-19",
        (("Llama 3", "params_total", 400_000_000_000),),
        (("Llama 3", "status", "upcoming"),),
    ),
    RuleCase(
        "fr-model-in-training",
        "Llama 4 Behemoth est le plus grand modèle de la famille. Le modèle est encore en "
        "cours d'entraînement et sera publié plus tard.",
        "2025-04-06",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    RuleCase(
        "es-version-in-training",
        "Llama 3 llega en dos tamaños para los desarrolladores de la comunidad. La compañía "
        "tiene en fase de entrenamiento de una versión de 400 mil millones de parámetros.",
        "2024-04-19",
        (),
        (("Llama 3", "status", "upcoming"),),
    ),
    # Spanish press writes the first model "LlaMa"
    RuleCase(
        "es-llama-mixed-case",
        "La compañía presentó su modelo LlaMa para la comunidad científica, y LlaMa solo está "
        "abierto para la investigación de momento.",
        "2023-02-24",
        (("Llama 1", "openness", "research_only"),),
        (),
    ),
    # Japanese: the maker presenting a named model on a day ("…日、「X」を発表した") dates
    # its release, as English "On April 5, Meta announced X" does; a paper presented
    # does not
    RuleCase(
        "ja-happyo-date",
        "米Metaは7月23日、新しいモデル「Llama 3.1」を発表した。Llama 3.1は同日から"
        "ダウンロードできる。",
        "2024-07-24",
        (("Llama 3.1", "release_date", "2024-07-23"), ("Llama 3.1", "status", "released")),
        (),
    ),
    RuleCase(
        "ja-paper-happyo-no-date",
        "米Metaは9月2日、「Llama 3.1」に関する新しい論文を発表した。Llama 3.1は7月から"
        "ダウンロードできる。",
        "2024-09-03",
        (),
        (("Llama 3.1", "release_date", "2024-09-02"),),
    ),
    # German: "Mrd." and "Mio." after a figure are no sentence end ("109 Mrd. Parameter")
    RuleCase(
        "de-mrd-abbreviation",
        "Der Konzern hat Llama 4 Scout für alle Entwickler veröffentlicht und das ist neu. "
        "Llama 4 Scout nutzt 16 Experten (109 Mrd. Parameter insgesamt) und ist multimodal.",
        "2025-04-06",
        (("Llama 4 Scout", "params_total", 109_000_000_000),),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
