"""newsclean: turn scraped news pages (plain-text dumps and HTML) into clean articles.

Public API::

    from newsclean import clean, clean_file, Options
    article = clean(open("page.txt", "rb").read())
    article.title, article.date, article.body_text
"""

from typing import TYPE_CHECKING, Any

from .errors import BadInputError, InputUnreadableError, NewscleanError, NoArticleError
from .model import Article, Block, Options

if TYPE_CHECKING:
    from .pipeline import clean, clean_file


def __getattr__(name: str) -> Any:
    """clean and clean_file load the pipeline (rules, dates, ...) on first use, so that importing the
    package, and ``newsclean --help``, stay fast."""
    if name in ("clean", "clean_file"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'newsclean' has no attribute {name!r}")


__all__ = [
    "Article",
    "BadInputError",
    "Block",
    "InputUnreadableError",
    "NewscleanError",
    "NoArticleError",
    "Options",
    "clean",
    "clean_file",
]
__version__ = "0.1.0"
