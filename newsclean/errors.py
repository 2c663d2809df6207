"""The exceptions newsclean raises. Every one carries a one-line message and an exit code
(``InputUnreadableError`` 3, ``BadInputError`` 4, ``TimeLimitError`` 4, ``NoArticleError`` 5).

The command line turns them into ``newsclean: error: <message> (<file>)`` and the exit code below; the
batch runner turns them into error records. Nothing else escapes the library (an unexpected exception is
a bug, and the command line reports it as ``internal error`` with exit code 1).
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class: ``str(error)`` is a one-line message; ``exit_code`` is what the CLI exits with."""

    exit_code = 1
    kind = "error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class InputUnreadableError(NewscleanError):
    """The input could not be read at all: missing file, a directory, no permission."""

    exit_code = 3
    kind = "unreadable"


class BadInputError(NewscleanError):
    """The input was read but is not a page: empty, binary, undecodable, too large."""

    exit_code = 4
    kind = "bad-input"


class NoArticleError(NewscleanError):
    """The input is a page, but no article text could be found in it."""

    exit_code = 5
    kind = "no-article"


class TimeLimitError(NewscleanError):
    """Cleaning the input took longer than the time limit (``newsclean.guard.time_limit``): a page built to
    make a regular expression or the parser work for minutes. Exit code 4, like an input over the size
    limit; a batch records it as a ``timeout``."""

    exit_code = 4
    kind = "timeout"
