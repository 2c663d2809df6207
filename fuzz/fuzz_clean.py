"""Coverage-guided fuzzing (atheris, libFuzzer) of newsclean's input side: sniffing, decoding, gunzip, the
markup guards, the HTML front end and the text front end, then the writers.

A finding is any exception other than a NewscleanError (the documented failures), a writer that raises,
JSON that does not parse back, or an input slower than libFuzzer's ``-timeout``. See fuzz/README.md::

    python fuzz/fuzz_clean.py --target clean WORKDIR/corpus fixtures-seeds -max_total_time=600 -timeout=20

``--target``: ``sources`` (decode and sniff only: fast), ``html`` (every input through the HTML front end),
``text`` (through the text front end), ``clean`` (the default: sniffed, as the command line does).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys

import atheris

if importlib.util.find_spec("newsclean") is None:  # run from a clone without installing it
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with atheris.instrument_imports(include=["newsclean"]):
    from newsclean import pipeline, sources, writers
    from newsclean.errors import NewscleanError
    from newsclean.model import Options

OPTIONS = {
    "sources": Options(),
    "clean": Options(),
    "html": Options(kind="html"),
    "text": Options(kind="text"),
}
TARGET = "clean"


def check_article(article: object) -> None:
    """Every writer works on every article, and the JSON parses back to the documented keys."""
    record = json.loads(writers.to_json(article))  # type: ignore[arg-type]
    assert list(record) == [
        "title",
        "date",
        "subtitle",
        "author",
        "site",
        "language",
        "url",
        "body",
        "found_by",
        "date_note",
        "source",
    ], list(record)
    assert json.loads(writers.to_json_line(article)) == record  # type: ignore[arg-type]
    assert writers.to_markdown(article).endswith("\n")  # type: ignore[arg-type]
    assert writers.to_text(article).endswith("\n")  # type: ignore[arg-type]


def test_one_input(data: bytes) -> None:
    options = OPTIONS[TARGET]
    try:
        if TARGET == "sources":
            source = sources.load(data, options=options)
            assert source.kind in ("html", "text")
            return
        article = pipeline.clean(data, options=options)
    except NewscleanError as error:
        message = str(error)
        assert message and "\n" not in message, repr(message)
        return
    check_article(article)


def main() -> None:
    global TARGET
    parser = argparse.ArgumentParser(description=__doc__, add_help=False)
    parser.add_argument("--target", choices=sorted(OPTIONS), default="clean")
    known, rest = parser.parse_known_args()
    TARGET = known.target
    atheris.Setup([sys.argv[0], *rest], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
