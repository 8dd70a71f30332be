"""Language rules from the eleventh round: whole paradigms of the release verbs, input
modalities and sizes in the languages read besides English, on written sentences.

Each case is a ``RuleCase`` (helpers_extract): a post, the facts that must come out and
the ones that must not. Posts in a spaced language carry a tail of ordinary prose so that
the post reads as that language (languages.is_other_language); fixture sentences are
written for the tests, not copied from pages.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case

_FR = (
    " Les développeurs peuvent utiliser le modèle sur leurs propres machines et la société "
    "dit que les prix des services sont restés les mêmes pour les clients de la plateforme."
)
_DE = (
    " Die Entwickler können das Modell auf eigenen Rechnern nutzen, und das Unternehmen sagt, "
    "dass die Preise für die Kunden der Plattform nicht gestiegen sind und auch mit der Zeit "
    "nicht steigen werden."
)
_PT = (
    " A empresa diz que o modelo é uma opção para quem não quer pagar por uma API, e que a "
    "versão está à venda para uso comercial com uma licença própria, como as anteriores."
)
_ES = (
    " Los desarrolladores pueden usar el modelo en sus propios equipos y la empresa dice que "
    "los precios para los clientes de la plataforma no cambiaron con la llegada de la versión."
)
_IT = (
    " Gli sviluppatori di tutto il mondo possono usare il modello della società, che dice che "
    "i prezzi di listino non sono cambiati e che gli utenti della piattaforma sono contenti di "
    "questa scelta."
)

# (1) Release verbs: the perfect, passive, present progressive and recent past of every
# language's launch verbs say the model is out; their future and plan forms keep it coming.
RELEASE_PARADIGM_CASES = [
    RuleCase(
        "french-a-sorti-releases",
        "La semaine dernière, Meta a sorti Llama 3.3, son dernier modèle de langage." + _FR,
        "2024-12-12",
        (("Llama 3.3", "status", "released"),),
        (("Llama 3.3", "status", "upcoming"),),
    ),
    RuleCase(
        "french-future-sortira-stays-upcoming",
        "Selon la presse, Meta sortira Llama 3.3 dans quelques semaines." + _FR,
        "2024-11-20",
        (("Llama 3.3", "status", "upcoming"),),
        (("Llama 3.3", "status", "released"),),
    ),
    RuleCase(
        "german-hat-gestartet-releases",
        "Der Konzern Meta hat am Mittwoch sein neues Modell, Llama 3.3, gestartet." + _DE,
        "2024-12-07",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
    RuleCase(
        "german-training-gestartet-is-no-release",
        "Meta hat das Training von Llama 4 Behemoth bereits im Winter gestartet." + _DE,
        "2025-03-01",
        (),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "german-launchte-releases-with-its-month",
        "Im Dezember 2024 launchte Meta das Modell Llama 3.3 für Entwickler." + _DE,
        "2025-02-01",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "release_date", "2024-12")),
        (),
    ),
    RuleCase(
        "german-soll-starten-stays-upcoming",
        "Llama 4 Behemoth soll laut Meta erst im Herbst starten." + _DE,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "portuguese-present-progressive-releases-today",
        "Hoje, estamos lançando o Llama 3.3, um modelo de texto com 70 bilhões de parâmetros."
        + _PT,
        "2024-12-06",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "release_date", "2024-12-06")),
        (),
    ),
    RuleCase(
        "portuguese-vai-lancar-stays-upcoming",
        "A Meta vai lançar o Llama 4 Behemoth somente depois do verão." + _PT,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "spanish-acaba-de-lanzar-releases",
        "Meta acaba de lanzar Llama 3.3, un modelo de texto para la comunidad." + _ES,
        "2024-12-07",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
    RuleCase(
        "spanish-va-a-lanzar-stays-upcoming",
        "Meta va a lanzar Llama 4 Behemoth cuando termine el entrenamiento." + _ES,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "italian-ha-svelato-releases",
        "Ieri Meta ha svelato Llama 3.3, un modello di testo per gli sviluppatori." + _IT,
        "2024-12-07",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
    RuleCase(
        "italian-sta-per-rilasciare-stays-upcoming",
        "Meta sta per rilasciare Llama 4 Behemoth, secondo fonti vicine al gruppo." + _IT,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "korean-gonggae-han-releases",
        "메타가 최근 공개한 Llama 3.3 모델은 개발자들 사이에서 큰 관심을 모으고 있다. "
        "이 모델은 누구나 내려받아 사용할 수 있다.",
        "2024-12-10",
        (("Llama 3.3", "status", "released"),),
        (),
    ),
    RuleCase(
        "korean-preview-and-plan-are-no-release",
        "메타는 Llama 4 Behemoth를 미리 공개했지만 정식 출시는 하반기로 늦춰졌다. "
        "업계에서는 이 모델이 가장 큰 모델이 될 것으로 본다.",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "japanese-wo-release-in-a-timeline-releases",
        "- 2024年12月: Llama 3.3をリリース\n"
        "- 2025年4月: Llama 4 ScoutとLlama 4 Maverickをリリース\n"
        "\nこれらのモデルは開発者の間で広く使われている。",
        "2025-06-01",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "release_date", "2024-12")),
        (),
    ),
    RuleCase(
        "japanese-release-yotei-stays-upcoming",
        "MetaはLlama 4 Behemothを秋にリリース予定だと関係者が明らかにした。"
        "このモデルはまだ学習を続けているという。",
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # a report that a model "may be released as closed source" is no release
    RuleCase(
        "chinese-may-be-released-as-is-upcoming",
        "知情人士透露，Avocado 模型或以「闭源」形式发布，Meta 将严格控制访问权限。"
        "该模型目前仍在内部测试之中。",
        "2025-12-10",
        (("Avocado", "status", "upcoming"), ("Avocado", "openness", "closed")),
        (("Avocado", "status", "released"),),
    ),
]

# (2) Input modalities written in another language ("texto e imagem", "文本和图像",
# "텍스트와 이미지"), read as the English list is; a list of what the model was trained on or
# makes is not its inputs. English "multi-modal" is the cue "multimodal" is.
MODALITY_CASES = [
    RuleCase(
        "portuguese-modality-list",
        "O Llama 3.2 Vision é um modelo multimodal que processa texto e imagem ao mesmo tempo."
        + _PT,
        "2024-10-01",
        (("Llama 3.2", "modalities", ["image", "text"]),),
        (),
    ),
    RuleCase(
        "portuguese-training-list-is-no-input",
        "O Llama 4 Scout foi treinado com texto, imagens e vídeos em grande quantidade." + _PT,
        "2025-04-10",
        (),
        (("Llama 4 Scout", "modalities", None),),
    ),
    RuleCase(
        "chinese-modality-list",
        "Llama 4 Scout 是原生多模态模型，能够直接处理文本和图像输入，并可在单张 GPU 上运行。",
        "2025-04-10",
        (("Llama 4 Scout", "modalities", ["image", "text"]),),
        (),
    ),
    RuleCase(
        "chinese-training-data-list-is-no-input",
        "Llama 4 Scout 在大量未标注的文本、图像和视频数据上训练，获得了广泛的视觉理解能力。",
        "2025-04-10",
        (),
        (("Llama 4 Scout", "modalities", None),),
    ),
    RuleCase(
        "korean-modality-list",
        "Llama 4 Maverick은 텍스트와 이미지를 동시에 이해하고 처리할 수 있는 멀티모달 모델이다.",
        "2025-04-10",
        (("Llama 4 Maverick", "modalities", ["image", "text"]),),
        (),
    ),
    RuleCase(
        "english-hyphenated-multi-modal-is-a-cue",
        "Llama 4 Scout is a native multi-modal model for text and images from the start.",
        "2025-04-10",
        (("Llama 4 Scout", "modalities", ["image", "text"]),),
        (),
    ),
    RuleCase(
        "english-multi-modal-generation-is-no-input",
        "Llama 4 Scout is a multi-modal system that generates text and images on request.",
        "2025-04-10",
        (),
        (("Llama 4 Scout", "modalities", None),),
    ),
]

# (3) Sizes in Korean and Chinese: the counter "개" and "约为" between the words and the figure.
SIZE_CASES = [
    RuleCase(
        "korean-total-and-active-parameters",
        "Llama 4 Maverick은 총 4000억 개의 파라미터 중 170억 개를 활성화하는 모델이다. "
        "이 모델은 128개의 전문가로 구성된다.",
        "2025-04-10",
        (
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
        ),
        (),
    ),
    # a genitive size ("2조 파라미터의 Behemoth") describes the name after it
    RuleCase(
        "korean-genitive-size-is-not-the-previous-model",
        "Llama 4 Maverick의 고성능과 2조 파라미터의 Llama 4 Behemoth 모델이 화제가 되고 있다. "
        "두 모델 모두 전문가 혼합 구조를 쓴다.",
        "2025-04-10",
        (),
        (("Llama 4 Maverick", "params_total", 2_000_000_000_000),),
    ),
    RuleCase(
        "chinese-total-parameters-with-about",
        "Llama 4 Scout 拥有 16 个专家模块，总参数量约为 1090 亿，可在单张 H100 上运行。",
        "2025-04-10",
        (("Llama 4 Scout", "params_total", 109_000_000_000),),
        (),
    ),
]

# (4) Openness words: weights opened on a hub (Chinese), weights published (Korean).
OPENNESS_CASES = [
    RuleCase(
        "chinese-weights-opened-on-a-hub",
        "Llama 4 Maverick 的模型权重以及指令微调版本已在 Hugging Face 的组织页面下开放。"
        "开发者可以自行部署这个模型并进行微调。",
        "2025-04-10",
        (("Llama 4 Maverick", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "korean-weights-published",
        "Llama 4 Scout는 가중치를 공개한 방식으로 배포되어 누구나 연구에 활용할 수 있다.",
        "2025-04-10",
        (("Llama 4 Scout", "openness", "open_weights"),),
        (),
    ),
]


# (4b) French context in borrowed "tokens" and the singular "1 million de"; the subject
# pronoun before a verb of having refers back to the model in focus, as English "it".
FRENCH_CONTEXT_CASES = [
    RuleCase(
        "french-pronoun-and-borrowed-tokens",
        "Le plus petit modèle, Llama 4 Scout, compte 16 experts. Il prend en charge une longueur "
        "de contexte de 10 millions de tokens." + _FR,
        "2025-04-10",
        (("Llama 4 Scout", "context_window", 10_000_000),),
        (),
    ),
    RuleCase(
        "french-singular-million-of-jetons",
        "Pour Llama 4 Maverick, la longueur du contexte atteint 1 million de jetons." + _FR,
        "2025-04-10",
        (("Llama 4 Maverick", "context_window", 1_000_000),),
        (),
    ),
    # negative: Italian "il" is an article, not the pronoun ("il modello …")
    RuleCase(
        "italian-article-il-is-no-pronoun",
        "Llama 4 Scout è piccolo. Il modello di OpenAI gestisce 200 mila token di contesto." + _IT,
        "2025-04-10",
        (),
        (("Llama 4 Scout", "context_window", None),),
    ),
]

# (5) A small Vietnamese record: launch and plan verbs, sizes with "tỷ", the context window.
_VI = (
    " Các nhà phát triển có thể dùng mô hình này trên máy của mình, và công ty cho biết giá "
    "của dịch vụ là không đổi với những khách hàng trong một thời gian dài."
)
VIETNAMESE_CASES = [
    RuleCase(
        "vietnamese-launch-and-sizes",
        "Meta vừa ra mắt Llama 3.3, một mô hình với 70 tỷ tham số." + _VI,
        "2024-12-08",
        (("Llama 3.3", "status", "released"), ("Llama 3.3", "params_total", 70_000_000_000)),
        (),
    ),
    RuleCase(
        "vietnamese-active-parameters-and-context",
        "Llama 4 Scout có 17 tỷ tham số hoạt động và cửa sổ ngữ cảnh lên tới 10 triệu token." + _VI,
        "2025-04-10",
        (
            ("Llama 4 Scout", "params_active", 17_000_000_000),
            ("Llama 4 Scout", "context_window", 10_000_000),
        ),
        (),
    ),
    RuleCase(
        "vietnamese-future-launch-stays-upcoming",
        "Meta sẽ ra mắt Llama 4 Behemoth vào cuối năm nay." + _VI,
        "2025-05-20",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "mã nguồn mở" (open source) is said of the gated first LLaMA as of the open ones
    RuleCase(
        "vietnamese-open-source-is-no-openness-rung",
        "Meta đã chia sẻ mã của LLaMA dưới dạng phần mềm mã nguồn mở cho giới nghiên cứu." + _VI,
        "2023-03-10",
        (),
        (("Llama 1", "openness", "open_weights"),),
    ),
]


@pytest.mark.parametrize(
    "case",
    RELEASE_PARADIGM_CASES
    + MODALITY_CASES
    + SIZE_CASES
    + OPENNESS_CASES
    + FRENCH_CONTEXT_CASES
    + VIETNAMESE_CASES,
    ids=lambda c: c.id,
)
def test_language_rule(case: RuleCase) -> None:
    check_rule_case(case)
