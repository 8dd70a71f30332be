"""Value rules from a thirty-first round: value readers of other languages, on sentences
written for them.

Three kinds of language the English readers have and the other languages' lacked: a size
whose label stands before the figure ("激活参数为 170 亿", "パラメータ数は1090億",
"매개변수는 총 1090억", "aktive Parameteranzahl von 17B", "400.000 millones de
parámetros"), the words for a mixture of experts and a dense model ("混合专家",
"混合エキスパート", "전문가 혼합", "mezcla de expertos", "稠密模型", "밀집 모델"), and a
Llama version's community licence named in another language ("Llama 3 社区许可证",
"コミュニティライセンス", "licencia comunitaria de Llama 3") or a non-commercial one
("licencia no comercial", Llama 1's). Each case is a ``RuleCase``
(helpers_extract): a post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

B = 1_000_000_000

CASES = [
    # --- a size's label before its figure: active and total kept apart ---------------------
    RuleCase(
        "zh-active-and-total-labels-before",
        "Meta 于四月发布了 Llama 4 Scout。该模型的激活参数为 170 亿，总参数量为 1090 亿，"
        "可以在单张显卡上运行。",
        "2025-04-20",
        (
            ("Llama 4 Scout", "params_active", 17 * B),
            ("Llama 4 Scout", "params_total", 109 * B),
        ),
        (("Llama 4 Scout", "params_total", 17 * B),),
    ),
    RuleCase(
        "zh-parameter-count-label-before",
        "Meta 透露，仍在训练中的 Llama 4 Behemoth 参数量为 2 万亿，是这个系列里最大的模型。",
        "2025-04-20",
        (("Llama 4 Behemoth", "params_total", 2000 * B),),
        (),
    ),
    RuleCase(
        "zh-activating-verb-before-figure",
        "Llama 4 Maverick 共有 4000 亿个参数，但处理每个词元时只激活其中 170 亿个参数，"
        "这让推理成本大幅下降。",
        "2025-04-20",
        (
            ("Llama 4 Maverick", "params_active", 17 * B),
            ("Llama 4 Maverick", "params_total", 400 * B),
        ),
        (("Llama 4 Maverick", "params_total", 17 * B),),
    ),
    RuleCase(
        "zh-part-of-the-network-is-no-size",
        "据介绍，Llama 4 Scout 的图像编码器参数量约为 10 亿，专门负责把图片转成词元。",
        "2025-04-20",
        (),
        (("Llama 4 Scout", "params_total", None),),
    ),
    RuleCase(
        "ja-total-and-active-labels-before",
        "Metaが公開したLlama 4 Scoutは、総パラメータ数は1090億、アクティブパラメータ数は"
        "170億となっている。",
        "2025-04-20",
        (
            ("Llama 4 Scout", "params_active", 17 * B),
            ("Llama 4 Scout", "params_total", 109 * B),
        ),
        (("Llama 4 Scout", "params_total", 17 * B),),
    ),
    RuleCase(
        "ja-active-label-colon-compact-figure",
        "Llama 4 Maverickの主な仕様をまとめると、アクティブパラメータ: 17B、"
        "エキスパート数は128だ。",
        "2025-04-20",
        (("Llama 4 Maverick", "params_active", 17 * B),),
        (("Llama 4 Maverick", "params_total", 17 * B),),
    ),
    RuleCase(
        "ja-counter-before-active-word",
        "Llama 4 Maverickは170億個のアクティブパラメータと128のエキスパートを持つモデルだ。",
        "2025-04-20",
        (("Llama 4 Maverick", "params_active", 17 * B),),
        (("Llama 4 Maverick", "params_total", 17 * B),),
    ),
    RuleCase(
        "ko-total-and-active-labels-before",
        "메타가 공개한 Llama 4 Scout의 매개변수는 총 1090억 개이며, 활성 파라미터는 170억 개다.",
        "2025-04-20",
        (
            ("Llama 4 Scout", "params_active", 17 * B),
            ("Llama 4 Scout", "params_total", 109 * B),
        ),
        (("Llama 4 Scout", "params_total", 17 * B),),
    ),
    RuleCase(
        "ko-counter-before-total-word",
        "아직 학습 중인 Llama 4 Behemoth는 활성 파라미터가 2880억 개이고, 약 2조 개의 총 "
        "파라미터를 지닌다.",
        "2025-04-20",
        (
            ("Llama 4 Behemoth", "params_active", 288 * B),
            ("Llama 4 Behemoth", "params_total", 2000 * B),
        ),
        (),
    ),
    RuleCase(
        "de-active-label-before-compact-figure",
        "Meta hat Llama 4 Scout vorgestellt. Das Modell kommt im Betrieb auf eine aktive "
        "Parameteranzahl von 17B und verteilt die Arbeit auf 16 Experten, wie der Konzern "
        "mitteilt.",
        "2025-04-20",
        (("Llama 4 Scout", "params_active", 17 * B),),
        (("Llama 4 Scout", "params_total", 17 * B),),
    ),
    RuleCase(
        "es-count-of-millions",
        "Meta presentó Llama 4 Maverick, que tiene 400.000 millones de parámetros en total y "
        "solo usa 17.000 millones de parámetros activos en cada paso.",
        "2025-04-20",
        (
            ("Llama 4 Maverick", "params_total", 400 * B),
            ("Llama 4 Maverick", "params_active", 17 * B),
        ),
        (("Llama 4 Maverick", "params_total", 17 * B),),
    ),
    RuleCase(
        "fr-activated-participle-after",
        "Selon Meta, Llama 4 Scout compte 17 milliards de paramètres activés par jeton, ce "
        "qui réduit nettement le coût de calcul.",
        "2025-04-20",
        (("Llama 4 Scout", "params_active", 17 * B),),
        (("Llama 4 Scout", "params_total", 17 * B),),
    ),
    RuleCase(
        "es-millions-of-users-are-no-size",
        "Meta, que tiene 3.000 millones de usuarios activos en sus aplicaciones, presentó "
        "ayer Llama 4 Scout para los desarrolladores.",
        "2025-04-06",
        (),
        (("Llama 4 Scout", "params_active", None), ("Llama 4 Scout", "params_total", None)),
    ),
    RuleCase(
        "zh-users-and-money-are-no-size",
        "Meta 旗下应用的日活跃用户达 30 亿，今年资本支出为 650 亿美元，公司还推出了 "
        "Llama 4 Scout。",
        "2025-04-20",
        (),
        (("Llama 4 Scout", "params_active", None), ("Llama 4 Scout", "params_total", None)),
    ),
    # --- a mixture of experts and a dense model, in other words ----------------------------
    RuleCase(
        "zh-moe-native-term",
        "Llama 4 Scout 是 Meta 首款采用混合专家架构的模型，推理成本更低。",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (("Llama 4 Scout", "architecture", "dense"),),
    ),
    RuleCase(
        "zh-tw-moe-native-term",
        "Llama 4 Maverick 採用混合專家架構，總共配置了 128 位專家來分擔工作。",
        "2025-04-20",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "ja-moe-native-term",
        "Llama 4 Scoutは、Metaとして初めて混合エキスパート型のアーキテクチャを採用した。",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "ko-moe-native-term",
        "메타의 Llama 4 Maverick은 전문가 혼합 구조를 택한 첫 번째 라마 모델이다.",
        "2025-04-20",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "es-moe-native-term",
        "Llama 4 Scout incorpora una mezcla de expertos que reparte cada consulta entre "
        "varias redes más pequeñas.",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "pt-moe-native-term",
        "O Llama 4 Maverick usa uma arquitetura de mistura de especialistas para ganhar "
        "eficiência no processamento.",
        "2025-04-20",
        (("Llama 4 Maverick", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "fr-moe-native-term",
        "Avec Llama 4 Scout, Meta adopte pour la première fois un mélange d'experts dans "
        "son architecture.",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "de-moe-native-term",
        "Laut Meta nutzt Llama 4 Scout eine Mischung aus Experten, die jeweils nur einen Teil "
        "der Arbeit übernehmen.",
        "2025-04-20",
        (("Llama 4 Scout", "architecture", "moe"),),
        (),
    ),
    RuleCase(
        "zh-dense-native-term",
        "Llama 3.1 是一个稠密模型，每次计算都会用到全部参数。",
        "2024-08-01",
        (("Llama 3.1", "architecture", "dense"),),
        (("Llama 3.1", "architecture", "moe"),),
    ),
    RuleCase(
        "zh-dense-english-word-glued",
        "Llama 3 采用的是纯 Dense架构，没有任何专家路由。",
        "2024-06-01",
        (("Llama 3", "architecture", "dense"),),
        (),
    ),
    RuleCase(
        "ko-dense-native-term",
        "Llama 3.3은 밀집 모델로, 모든 파라미터가 매번 계산에 쓰인다.",
        "2025-01-10",
        (("Llama 3.3", "architecture", "dense"),),
        (),
    ),
    RuleCase(
        "zh-moe-denied-before",
        "Llama 3 的每一层都是全连接结构，无MoE稀疏设计。",
        "2024-06-01",
        (),
        (("Llama 3", "architecture", "moe"),),
    ),
    RuleCase(
        "zh-moe-denied-not-is",
        "需要说明的是，Llama 3.1 并非混合专家模型，而是标准的解码器结构。",
        "2024-08-01",
        (),
        (("Llama 3.1", "architecture", "moe"),),
    ),
    RuleCase(
        "ja-moe-denied-after",
        "Llama 3.1はMoEではなく、すべてのパラメータを毎回使うモデルだ。",
        "2024-08-01",
        (),
        (("Llama 3.1", "architecture", "moe"),),
    ),
    RuleCase(
        "zh-dense-as-the-class-compared",
        "与传统稠密模型不同，Llama 4 Scout 每次只调用一部分参数。",
        "2025-04-20",
        (),
        (("Llama 4 Scout", "architecture", "dense"),),
    ),
    RuleCase(
        "zh-compute-intensive-is-no-design",
        "Llama 3.1 在计算密集型任务上表现出色，适合做代码生成。",
        "2024-08-01",
        (),
        (("Llama 3.1", "architecture", "dense"),),
    ),
    RuleCase(
        "zh-both-designs-side-by-side",
        "回顾历史，Llama 3 是稠密模型，而 Llama 4 Scout 用上了混合专家架构。",
        "2025-04-20",
        (),
        (("Llama 4 Scout", "architecture", "dense"),),
    ),
    RuleCase(
        "fr-designs-as-classes",
        "Avec Llama 4 Scout, Meta montre que les modèles de mélange d'experts coûtent moins "
        "cher à servir que les modèles denses.",
        "2025-04-20",
        (),
        (("Llama 4 Scout", "architecture", None),),
    ),
    # --- a community licence named in another language -------------------------------------
    RuleCase(
        "zh-versioned-community-licence",
        "Meta 以 Llama 3 社区许可证发布了 Llama 3 的模型权重，大多数企业可以免费商用。",
        "2024-05-01",
        (("Llama 3", "license", "llama-3-community"),),
        (),
    ),
    RuleCase(
        "ja-versioned-community-licence",
        "Llama 3.2の重みは、Llama 3.2 コミュニティライセンス契約の条件で配布されている。",
        "2024-10-01",
        (("Llama 3.2", "license", "llama-3.2-community"),),
        (),
    ),
    RuleCase(
        "ko-versioned-community-licence",
        "Llama 3.1은 Llama 3.1 커뮤니티 라이선스로 배포되며 대부분의 기업이 쓸 수 있다.",
        "2024-08-01",
        (("Llama 3.1", "license", "llama-3.1-community"),),
        (),
    ),
    RuleCase(
        "es-community-licence-version-after",
        "Meta distribuye Llama 3 bajo la licencia comunitaria de Llama 3, que pone límites a "
        "los servicios con muchos usuarios.",
        "2024-05-01",
        (("Llama 3", "license", "llama-3-community"),),
        (),
    ),
    RuleCase(
        "zh-unversioned-licence-of-its-model",
        "Llama 3.1 采用社区许可协议，允许绝大多数企业免费商用。",
        "2024-08-01",
        (("Llama 3.1", "license", "llama-3.1-community"),),
        (),
    ),
    RuleCase(
        "zh-family-licence-names-no-version",
        "Llama 系列都采用社区许可协议。Llama 3 则在 2024 年 4 月正式推出。",
        "2024-05-01",
        (),
        (("Llama 3", "license", None),),
    ),
    RuleCase(
        "es-noncommercial-licence-of-llama-1",
        "En febrero de 2023 Meta puso LLaMA a disposición de los investigadores con una "
        "licencia no comercial que se concedía caso por caso.",
        "2023-03-10",
        (("Llama 1", "license", "llama-1-research"),),
        (),
    ),
    RuleCase(
        "zh-noncommercial-licence-of-another-model-has-no-id",
        "Llama 3.1 的社区版之外，Meta 没有为 Llama 3.1 提供非商业许可，这与 Llama 1 不同。",
        "2024-08-01",
        (),
        (("Llama 3.1", "license", "llama-1-research"),),
    ),
    RuleCase(
        "zh-licence-denied",
        "Llama 4 Behemoth 目前仍在训练，也没有采用社区许可协议对外提供。",
        "2025-04-20",
        (),
        (("Llama 4 Behemoth", "license", None),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)
