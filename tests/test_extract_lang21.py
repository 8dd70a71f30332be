"""Language rules from a twenty-first round, each on sentences written for it.

Indonesian and Arabic records (release, plan and training words, open weights, sizes,
sources); a member's katakana or Hangul name quoted after "AI model"; a byline's
"Key: value" fields beside its release field. Each ``RuleCase`` (helpers_extract) holds a
post, the facts that must come out and the ones that must not.
"""

from __future__ import annotations

import pytest
from helpers_extract import RuleCase, check_rule_case, describe, facts_of, find

CASES = [
    # Indonesian: the active and passive release verbs, sizes in "miliar", a month
    RuleCase(
        "id-merilis-size-and-month",
        "Pada bulan Juli 2024, Meta merilis Llama 3.1 yang versi terbesarnya memiliki "
        "405 miliar parameter.",
        "2024-08-02",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "params_total", 405_000_000_000),
            ("Llama 3.1", "release_date", "2024-07"),
        ),
        (),
    ),
    # a headline's bare verb after the maker ("Meta Luncurkan …"), and "dan" joining a list
    RuleCase(
        "id-headline-verb-and-list",
        "Meta Luncurkan Llama 4 Scout dan Llama 4 Maverick untuk Pengembang\n\n"
        "Kedua model itu kini bisa dicoba oleh siapa saja.",
        "2025-04-07",
        (("Llama 4 Scout", "status", "released"), ("Llama 4 Maverick", "status", "released")),
        (),
    ),
    # still in training is upcoming; "sedangkan" starts a clause of its own
    RuleCase(
        "id-masih-dalam-pelatihan",
        "Di sisi lain, Llama 4 Behemoth masih dalam tahap pelatihan, sedangkan Llama 4 Scout "
        "sudah dirilis bulan ini.",
        "2025-04-20",
        (("Llama 4 Behemoth", "status", "upcoming"), ("Llama 4 Scout", "status", "released")),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "akan merilis": a release to come, never a release
    RuleCase(
        "id-akan-merilis",
        "Kabarnya Meta akan merilis Llama 5 setelah pengujian internal selesai. Model ini "
        "juga akan dipakai untuk asisten yang ada di dalam aplikasi perusahaan tersebut.",
        "2025-09-01",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    # sizes with Indonesian words for total and active
    RuleCase(
        "id-total-and-active",
        "Llama 4 Maverick tersusun dari 400 miliar parameter secara total, dengan "
        "17 miliar parameter aktif untuk setiap token.",
        "2025-04-07",
        (
            ("Llama 4 Maverick", "params_total", 400_000_000_000),
            ("Llama 4 Maverick", "params_active", 17_000_000_000),
        ),
        (),
    ),
    # open weights, and a named source that makes the delay reported
    RuleCase(
        "id-bobot-terbuka",
        "Seperti generasi sebelumnya, Llama 3 dibagikan dengan bobot terbuka kepada komunitas. "
        "Ini adalah langkah yang juga disukai oleh banyak pengembang dari dalam negeri.",
        "2024-05-02",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    RuleCase(
        "id-menurut-laporan-menunda",
        "Menurut laporan Wall Street Journal, Meta menunda peluncuran Llama 4 Behemoth "
        "hingga akhir tahun. Para insinyur yang ada di dalam tim tersebut belum puas dengan "
        "hasil pengujian untuk model ini.",
        "2025-05-16",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # Arabic: "announced the launch of" with its day, sizes in "مليار"
    RuleCase(
        "ar-announced-launch-with-day",
        "في 23 يوليو، أعلنت ميتا عن إطلاق Llama 3.1 الذي يصل أكبر إصداراته إلى 405 مليار معلمة.",
        "2024-07-24",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07-23"),
            ("Llama 3.1", "params_total", 405_000_000_000),
        ),
        (),
    ),
    # "still under training" after "whereas", and "و" glued to the next name of a list
    RuleCase(
        "ar-still-training-and-glued-and",
        "أطلقت ميتا نموذجي Llama 4 Scout وLlama 4 Maverick يوم السبت، في حين لا يزال "
        "Llama 4 Behemoth قيد التدريب.",
        "2025-04-06",
        (
            ("Llama 4 Scout", "status", "released"),
            ("Llama 4 Maverick", "status", "released"),
            ("Llama 4 Behemoth", "status", "upcoming"),
        ),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    # "أطلقت عليه اسم" gives the model its name: no launch
    RuleCase(
        "ar-gave-it-the-name",
        "النموذج الأضخم الذي أطلقت عليه ميتا اسم Llama 4 Behemoth يضم نحو 288 مليار معلمة نشطة.",
        "2025-04-08",
        (("Llama 4 Behemoth", "params_active", 288_000_000_000),),
        (("Llama 4 Behemoth", "status", "released"),),
    ),
    RuleCase(
        "ar-open-source",
        "تتوفر نماذج Llama 3 مفتوحة المصدر لأي مطور يرغب في تشغيلها على أجهزته.",
        "2024-04-25",
        (("Llama 3", "openness", "open_weights"),),
        (),
    ),
    # the future with "سيتم", and a source that makes it reported
    RuleCase(
        "ar-future-reported",
        "بحسب مصادر مطلعة، سيتم إطلاق Llama 5 بعد انتهاء الاختبارات الداخلية.",
        "2025-09-01",
        (("Llama 5", "status", "upcoming"),),
        (("Llama 5", "status", "released"),),
    ),
    # a member's katakana name quoted right after "AI model" names it without its generation
    RuleCase(
        "ja-ai-model-quoted-member",
        "米メタは、開発中の大型AIモデル「ベヒーモス」の公開を再び延期すると明らかにした。",
        "2025-05-16",
        (("Llama 4 Behemoth", "status", "upcoming"),),
        (),
    ),
    # … but not after any model: a 3D figure of the game monster is no Meta model
    RuleCase(
        "ja-3d-model-is-no-member",
        "人気ゲームの3Dモデル「ベヒーモス」が本日発売され、予約分はすぐに完売した。",
        "2025-05-16",
        (),
        (("Llama 4 Behemoth", "status", None),),
    ),
    # a byline's "Key: value" fields beside its release field, dots without spaces
    RuleCase(
        "byline-fields-beside-release",
        "Llama 3.1 8B Instruct\n\nA small model for laptops and edge boxes.\n\n"
        "License: Llama 3.1 Community License·Released Jul 23, 2024·Context: 128,000 tokens",
        "2025-03-01",
        (
            ("Llama 3.1", "status", "released"),
            ("Llama 3.1", "release_date", "2024-07-23"),
            ("Llama 3.1", "license", "llama-3.1-community"),
            ("Llama 3.1", "context_window", 128_000),
        ),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case: RuleCase) -> None:
    check_rule_case(case)


def test_english_byline_keeps_other_fields_quiet() -> None:
    """A byline's fields that name no attribute ("By …", "Reading time") give nothing."""
    facts = facts_of(
        "Llama 3.1 8B Instruct\n\nA small model for laptops.\n\n"
        "By Dana Reyes · Released Jul 23, 2024 · Reading time: 6 min",
        "2025-03-01",
    )
    assert find(facts, "Llama 3.1", "release_date", "2024-07-23"), describe(facts)
    assert not find(facts, "Llama 3.1", "context_window"), describe(facts)


CERTAINTY = [
    ("id-menurut-laporan-menunda", "Llama 4 Behemoth", "status", "reported"),
    ("ar-future-reported", "Llama 5", "status", "reported"),
]


@pytest.mark.parametrize(("case_id", "model", "attribute", "certainty"), CERTAINTY)
def test_certainty(case_id: str, model: str, attribute: str, certainty: str) -> None:
    """A source named in Indonesian or Arabic makes the statement reported."""
    case = next(c for c in CASES if c.id == case_id)
    facts = facts_of(case.text, case.published)
    found = find(facts, model, attribute)
    assert found and all(f.certainty == certainty for f in found), describe(facts)
