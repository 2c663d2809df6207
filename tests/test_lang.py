"""Language guess and stop lists (newsclean.lang)."""

from __future__ import annotations

import pytest

from newsclean.lang import JUSTEXT_NAMES, MONTH_FIRST, NO_SPACE_LANGUAGES, guess_language, stop_words

SAMPLES = {
    "en": (
        "The city council voted on Monday to spend the money on the ferry terminal, and the mayor said that "
        "the work would begin in June if the weather allows it."
    ),
    "de": (
        "Der Stadtrat hat am Montag beschlossen, den Anleger im Nordhafen zu sanieren. Die Arbeiten sollen "
        "im Juni beginnen und etwa fünf Monate dauern, sagte die Bürgermeisterin auf der Sitzung."
    ),
    "fr": (
        "Le conseil municipal a approuvé lundi la rénovation de la gare maritime. Les travaux doivent "
        "commencer en juin et durer cinq mois, selon la mairie qui a présenté le projet."
    ),
    "es": (
        "El ayuntamiento aprobó el lunes la reforma de la terminal de ferris. Las obras comenzarán en junio "
        "y durarán unos cinco meses, según explicó la alcaldesa a los periodistas."
    ),
    "zh": "海港城交通局周一表示，北码头改建工程已经完成约三分之二，新的候船大厅预计将在今年年底前投入使用。",
    "ja": (
        "港湾市交通局は2日、北ターミナルの改修工事が約3分の2まで進み、"
        "新しい待合棟が年内に利用できる見通しだと発表した。"
    ),
    "ru": (
        "Городской совет в понедельник одобрил ремонт паромного причала. Работы начнутся в июне и продлятся "
        "около пяти месяцев, но это не так просто, как кажется, сказал мэр."
    ),
}


@pytest.mark.parametrize(("language", "sample"), list(SAMPLES.items()), ids=list(SAMPLES))
def test_guess_language(language: str, sample: str) -> None:
    assert guess_language(sample) == language


@pytest.mark.parametrize(
    "sample",
    [
        pytest.param("", id="empty"),
        pytest.param("0:00 / 1:42 ×", id="no-letters"),
        pytest.param("Home News", id="too-short"),
    ],
)
def test_too_little_text_is_unknown(sample: str) -> None:
    assert guess_language(sample) is None


def test_menu_words_alone_are_unknown() -> None:
    assert guess_language("Home News Sports Business Opinion Weather Obituaries Classifieds") is None


@pytest.mark.parametrize(
    ("language", "word"),
    [("en", "the"), ("de", "und"), ("fr", "les"), ("es", "para"), ("ru", "это")],
)
def test_stop_words_load(language: str, word: str) -> None:
    words = stop_words(language)
    assert len(words) > 100
    assert word in words


def test_stop_words_are_lower_case() -> None:
    assert all(word == word.lower() for word in stop_words("de"))


@pytest.mark.parametrize("language", [None, "xx"])
def test_stop_words_fall_back_to_english(language: str | None) -> None:
    assert stop_words(language) == stop_words("en")


def test_stop_words_are_cached() -> None:
    assert stop_words("fr") is stop_words("fr")


def test_every_profile_language_has_a_stop_list_name() -> None:
    from newsclean.lang import PROFILES

    assert set(PROFILES) <= set(JUSTEXT_NAMES)


def test_only_english_is_month_first() -> None:
    assert frozenset({"en"}) == MONTH_FIRST


def test_no_space_languages() -> None:
    assert {"zh", "ja"} <= NO_SPACE_LANGUAGES


def test_language_sample_skips_links_and_markup() -> None:
    from newsclean import pipeline
    from newsclean.model import Blocks

    junk = "https://b5.example.jp/b?P=oI9TLjE4Mi66RLp&T=16mncrita%2fX%3d1489053188%2fE%3d2078709551" * 20
    text = "トレンドマイクロは3月9日、通信を暗号化し保護するアプリの発売を開始すると発表した。" * 3
    texts = [junk, text]
    blocks = Blocks(texts, [1, 2], ["p", "p"], [True, True], [True, True], [False, False], [0, 0])
    sample = pipeline._language_sample(blocks)
    assert "example.jp" not in sample
    assert guess_language(sample) == "ja"


def test_function_words() -> None:
    from newsclean.lang import function_words

    assert {"the", "by", "of"} <= function_words("en")
    assert "der" in function_words("de")
    assert function_words(None) == function_words("en") == function_words("xx")
    assert "home" not in function_words("en")  # a content word, although jusText's stop list has it
