"""Language guess and stop lists.

The guess is cheap: the script of the letters first (CJK, Cyrillic, Arabic, ...), then for Latin and
Cyrillic text a vote of a dozen very frequent function words per language. It only has to be good enough
to pick a stop list and to say whether numeric dates are day-first.

Stop lists come from jusText (100 languages, built from Wikipedia by the jusText authors, BSD licence): a
well-kept list is better than one we would write, and stop-word density is a language-neutral measure of
"this line is prose". The file of the guessed language is read once per process, on first use.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re

#: language code -> jusText stop-list file name
JUSTEXT_NAMES = {
    "af": "Afrikaans", "sq": "Albanian", "ar": "Arabic", "hy": "Armenian", "az": "Azerbaijani",
    "eu": "Basque", "be": "Belarusian", "bn": "Bengali", "bs": "Bosnian", "bg": "Bulgarian",
    "ca": "Catalan", "hr": "Croatian", "cs": "Czech", "da": "Danish", "nl": "Dutch", "en": "English",
    "eo": "Esperanto", "et": "Estonian", "fi": "Finnish", "fr": "French", "gl": "Galician",
    "ka": "Georgian", "de": "German", "el": "Greek", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "is": "Icelandic", "id": "Indonesian", "ga": "Irish", "it": "Italian",
    "kn": "Kannada", "kk": "Kazakh", "ko": "Korean", "la": "Latin", "lv": "Latvian", "lt": "Lithuanian",
    "mk": "Macedonian", "ms": "Malay", "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali",
    "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk", "fa": "Persian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sr": "Serbian",
    "sk": "Slovak", "sl": "Slovenian", "es": "Spanish", "sw": "Swahili", "sv": "Swedish",
    "tl": "Tagalog", "ta": "Tamil", "te": "Telugu", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "uz": "Uzbek", "vi": "Vietnamese", "cy": "Welsh",
}  # fmt: skip

#: a dozen of the most frequent words of each language written in Latin or Cyrillic letters, for the
#: vote; words shared by several languages are fine, the totals decide
PROFILES = {
    "en": "the of and to in is that for it was on with as are be this by have from not",
    "de": "der die und das ist nicht den von zu mit sich des auf für ein eine dem im auch",
    "fr": "le la les de des et est un une du que qui dans pour pas sur au avec il ce",
    "es": "el la de que y en los se del las un por con no una para es al lo como más",
    "it": "il di che la e è per un in non del della una sono con le si da gli al",
    "pt": "de que o a do da em um para com não uma os no se na por mais as dos",
    "nl": "de het een en van is dat niet op te zijn voor met die ook als maar bij",
    "sv": "och att det som en på är av för med till den inte har de ett om var",
    "da": "og at det som en på er af for med til den ikke har de et om var",
    "no": "og at det som en på er av for med til den ikke har de et om var ble",
    "pl": "i w na z że się nie do to jest o jak ale po co tak za od",
    "cs": "a se na je že v to s z do o jsou by jako ale za jak podle",
    "sk": "a sa na je že v to s z do o sú by ako ale za aj podľa",
    "ro": "și de în a la că cu nu o pe din se este un mai pentru care",
    "hu": "a az és hogy nem is egy de meg van ez csak már mint el",
    "fi": "ja on ei se että oli hän mutta ovat kun myös tai ole niin",
    "tr": "ve bir bu da de için ile ne olarak daha çok gibi en ama",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke",
    "vi": "và của là có không được trong cho những với người một các này",
    "ca": "el la de i que els les en per amb no una es del al",
    "hr": "i je u da se na za su od ne kao što to s iz",
    "ru": "и в не на что с по это как он к но из у за от же",
    "uk": "і в не на що з та це як до за від але про у його її",
    "bg": "и на да се в не за от с че е са като по това",
    "sr": "и је у да се на за су од не као што то са из",
}  # fmt: skip
_WORD_RE = re.compile(r"[^\W\d_]+")
#: ...in lower-cased ASCII text (see plain_marks)
_ASCII_WORD_RE = re.compile(r"[a-z]+")
#: typographic punctuation that keeps most English lines from being ASCII
TYPOGRAPHIC_MARKS = "’‘“”–—…«»•·"
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana: Japanese (before Han)
    ("ko", re.compile(r"[\uac00-\ud7a3]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
#: anything beyond Latin letters (with their accents)
_NON_LATIN_RE = re.compile(r"[\u0370-\u1fff\u2e80-\uffef]")
#: the guess reads this many characters of the sample
GUESS_CHARS = 1500
#: fewer letters than this: no guess
MIN_LETTERS = 20
#: share of letters in a script above which that script decides
SCRIPT_SHARE = 0.2
#: languages whose pages write numeric dates month-first
MONTH_FIRST = frozenset({"en"})
#: scripts written without spaces between words
NO_SPACE_LANGUAGES = frozenset({"zh", "ja", "th"})


def plain_marks(text: str) -> str:
    """``text`` with its typographic punctuation (TYPOGRAPHIC_MARKS) as spaces. None of the marks is a
    letter, a digit or "_", so a pattern of word characters finds the same words in the result; and most
    English lines are ASCII then, in which a character range ("[a-z]") scans about twice as fast as
    Unicode categories ("[^\\W\\d_]"): the word patterns have an ASCII twin for such text."""
    if not text.isascii():
        for mark in TYPOGRAPHIC_MARKS:
            if mark in text:
                text = text.replace(mark, " ")
    return text


@functools.cache
def _profile_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for language, words in PROFILES.items():
        for word in words.split():
            index.setdefault(word, []).append(language)
    return {word: tuple(langs) for word, langs in index.items()}


def guess_language(sample: str) -> str | None:
    """ISO 639-1 code of the sample's language, or None when there is too little text to tell."""
    head = sample[:GUESS_CHARS]
    letters = len(head)  # near enough: the sample is the page's longest lines, mostly letters
    if letters < MIN_LETTERS:
        return None
    non_latin = _NON_LATIN_RE.search(head) is not None
    if non_latin:
        for code, pattern in _SCRIPTS:
            if len(pattern.findall(head)) > SCRIPT_SHARE * letters:
                if code == "zh" and _SCRIPTS[0][1].search(head):
                    return "ja"
                return code
    cyrillic = len(_CYRILLIC_RE.findall(head)) > SCRIPT_SHARE * letters if non_latin else False
    index = _profile_index()
    votes: dict[str, int] = {}
    low = plain_marks(head.lower())
    words = (_ASCII_WORD_RE if low.isascii() else _WORD_RE).findall(low)
    for langs in filter(None, map(index.get, words)):  # the profile words among them, one vote each
        for language in langs:
            votes[language] = votes.get(language, 0) + 1
    candidates = [lang for lang in votes if (lang in {"ru", "uk", "bg", "sr"}) == cyrillic]
    if not candidates:
        return None
    best = max(candidates, key=lambda lang: (votes[lang], lang == "en"))
    return best if votes[best] >= 3 else None


@functools.cache
def stop_words(language: str | None) -> frozenset[str]:
    """The jusText stop list of a language (lower case), English when the language has none."""
    name = JUSTEXT_NAMES.get(language or "en", "English")
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        return frozenset(PROFILES.get(language or "en", PROFILES["en"]).split())
    path = os.path.join(next(iter(spec.submodule_search_locations)), "stoplists", f"{name}.txt")
    try:
        with open(path, encoding="utf-8") as handle:
            return frozenset(word.lower() for word in handle.read().split())
    except OSError:
        return frozenset(PROFILES.get(language or "en", PROFILES["en"]).split())


@functools.cache
def function_words(language: str | None) -> frozenset[str]:
    """The few commonest grammatical words of a language (its PROFILES entry: articles, prepositions,
    conjunctions); English when the language is unknown or has no profile. A headline never ends with
    one."""
    return frozenset(PROFILES.get(language or "en", PROFILES["en"]).split())
