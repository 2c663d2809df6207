"""newsclean: turn scraped news pages (plain-text dumps and HTML) into clean articles.

Public API::

    from newsclean import clean, clean_file, Options
    article = clean(open("page.txt", "rb").read())
    article.title, article.date, article.body_text
"""

from .errors import BadInputError, InputUnreadableError, NewscleanError, NoArticleError
from .model import Article, Block, Options
from .pipeline import clean, clean_file

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
