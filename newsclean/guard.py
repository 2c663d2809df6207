"""Time limits for cleaning one document.

A page can be built to make a regular expression backtrack or a parser work for minutes. ``time_limit``
bounds the work done inside it::

    from newsclean.guard import time_limit
    with time_limit(20.0, path="page.html"):
        article = pipeline.clean(data, path="page.html")   # or TimeLimitError after 20 s

How it interrupts, and where it cannot:

* In the main thread of a POSIX process, ``signal.setitimer(ITIMER_REAL)`` delivers SIGALRM when the time
  is up, and the handler raises inside the work. Python code and regular expressions (the ``re`` engine
  checks for signals while it backtracks) stop there and then. C code that holds on (lxml parsing one
  huge document) is stopped when it returns to Python: late, but stopped. The caller's own SIGALRM handler
  and a timer it has running are put back afterwards (a timer due earlier than this limit still fires on
  time, through the caller's handler).
* In any other thread, or where there is no SIGALRM (Windows), signals cannot be used: the work runs to
  its end and ``TimeLimitError`` is raised then if it took longer than the limit. The outcome is the same
  (an error, not an article), only not sooner.

The library never installs a signal handler unless it is asked to: ``time_limit(None)`` and
``time_limit(0)`` do nothing. A process that must never hang, whatever C code does, also needs a watchdog
outside the work: :class:`Watchdog` (used by the command line), or the batch runner's worker processes,
which are killed and replaced when they do not answer.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator

from .errors import TimeLimitError

#: a timer that was due while ours ran is re-armed this soon after ours ends (setitimer(0) disarms)
_OVERDUE = 1e-6


class _Expired(BaseException):
    """Raised by the SIGALRM handler in the middle of the work. A BaseException, so that no ``except
    Exception`` in the cleaning code (or a library it calls) swallows it; turned into TimeLimitError."""


def limit_message(seconds: float) -> str:
    """The one-line message of a time-out, shared by the command line and the batch runner."""
    return f"took longer than {seconds:g} s: given up"


def can_interrupt() -> bool:
    """True when ``time_limit`` can interrupt the work here (main thread, SIGALRM and setitimer)."""
    return (
        hasattr(signal, "SIGALRM")
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )


@contextlib.contextmanager
def time_limit(seconds: float | None, *, path: str | None = None) -> Iterator[None]:
    """Raise TimeLimitError when the body runs longer than ``seconds`` (None or <= 0: no limit).

    Interrupts the body in the main thread (SIGALRM); elsewhere checks the time when the body ends.
    """
    if seconds is None or seconds <= 0:
        yield
        return
    if not can_interrupt():
        start = time.monotonic()
        yield
        if time.monotonic() - start > seconds:
            raise TimeLimitError(limit_message(seconds), path=path)
        return
    with _alarm(seconds, path):
        yield


@contextlib.contextmanager
def _alarm(seconds: float, path: str | None) -> Iterator[None]:
    state = {"active": True, "fired": False, "outer_fired": False}
    start = time.monotonic()
    previous_handler = signal.getsignal(signal.SIGALRM)
    previous_delay, previous_interval = signal.getitimer(signal.ITIMER_REAL)
    # an earlier deadline of the caller's stays in force: the timer goes off at the sooner of the two
    outer_first = 0 < previous_delay < seconds

    def on_alarm(signum: int, frame: object) -> None:
        if not state["active"]:
            return
        if outer_first and time.monotonic() - start < seconds:
            # the caller's timer, not ours: let its handler decide
            state["outer_fired"] = True
            signal.setitimer(signal.ITIMER_REAL, max(seconds - (time.monotonic() - start), _OVERDUE))
            if callable(previous_handler):
                previous_handler(signum, frame)
            return
        state["fired"] = True
        raise _Expired

    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, previous_delay if outer_first else seconds)
    try:
        yield
    except _Expired:
        raise TimeLimitError(limit_message(seconds), path=path) from None
    finally:
        state["active"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay > 0 and not state["outer_fired"]:
            remaining = previous_delay - (time.monotonic() - start)
            signal.setitimer(signal.ITIMER_REAL, max(remaining, _OVERDUE), previous_interval)
        elif previous_interval > 0:
            signal.setitimer(signal.ITIMER_REAL, previous_interval, previous_interval)
    if state["fired"]:
        # the alarm went off but the body swallowed it (a bare except in a library): still too long
        raise TimeLimitError(limit_message(seconds), path=path)


class Watchdog:
    """A last resort for work that a signal cannot stop (C code that never returns to Python): after
    ``seconds``, ``on_expire`` is called from a daemon thread, unless the ``with`` block ended first.

    ``on_expire`` runs beside the stuck work, so it may only do what is safe then: the command line prints
    its one error line and ends the process with ``os._exit``. Threads run while lxml parses (it releases
    the GIL), so the watchdog gets its turn.
    """

    def __init__(self, seconds: float | None, on_expire: Callable[[], None]) -> None:
        self.seconds = seconds
        self.on_expire = on_expire
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def _watch(self) -> None:
        if not self._done.wait(self.seconds):
            self.on_expire()

    def __enter__(self) -> Watchdog:
        if self.seconds is not None and self.seconds > 0:
            self._thread = threading.Thread(target=self._watch, name="newsclean-watchdog", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None


__all__ = ["TimeLimitError", "Watchdog", "can_interrupt", "limit_message", "time_limit"]
