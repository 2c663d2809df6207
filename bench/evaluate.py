"""Score newsclean on corpora in the shared format: ``pages/``, ``dumps/<flavour>/``, ``truth.jsonl``.

    python bench/evaluate.py                       # every corpus under ../shared/corpus, dumps
    python bench/evaluate.py --mode html           # HTML pages instead
    python bench/evaluate.py CORPUS_DIR --per-page 15

Body: 4-gram shingle precision / recall / F1 (newsclean.scoring). Title: exact match after whitespace
normalisation, on pages whose title is visible in the page (``title_visible``). Date: same calendar day as
``date`` or one of ``date_conflicts``, on pages with a date truth.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newsclean import NewscleanError, Options, clean  # noqa: E402
from newsclean.scoring import PageScore, normalise_title, score_corpus, score_page  # noqa: E402

DEFAULT_ROOT = HERE.parent.parent / "shared" / "corpus"


@dataclass
class PageResult:
    id: str
    score: PageScore
    title_ok: bool | None
    date_ok: bool | None
    error: str | None
    seconds: float
    title: str | None
    date: str | None


def load_truth(corpus: Path) -> list[dict]:
    with open(corpus / "truth.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run(corpus: Path, mode: str) -> list[PageResult]:
    results = []
    for truth in load_truth(corpus):
        if mode == "html":
            path = corpus / "pages" / f"{truth['id']}.html"
        else:
            path = corpus / "dumps" / mode / f"{truth['id']}.txt"
        data = path.read_bytes()
        options = Options(kind="html" if mode == "html" else "text")
        started = time.perf_counter()
        error = None
        try:
            article = clean(data, options=options)
            body, title = article.body_text, article.title
            date = article.date.isoformat() if article.date else None
        except NewscleanError as exc:
            body, title, date, error = "", None, None, f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        title_ok = None
        if truth.get("title") and truth.get("title_visible", True):
            title_ok = normalise_title(title) == normalise_title(truth["title"])
        date_ok = None
        if truth.get("date"):
            days = {truth["date"], *(truth.get("date_conflicts") or [])}
            date_ok = date in days
        results.append(
            PageResult(
                truth["id"], score_page(truth["body"], body), title_ok, date_ok, error, seconds, title, date
            )
        )
    return results


def summarise(name: str, results: list[PageResult]) -> dict:
    corpus = score_corpus([r.score for r in results])
    titles = [r.title_ok for r in results if r.title_ok is not None]
    dates = [r.date_ok for r in results if r.date_ok is not None]
    seconds = sum(r.seconds for r in results)
    return {
        "run": name,
        "pages": len(results),
        "precision": corpus.precision,
        "recall": corpus.recall,
        "f1": corpus.f1,
        "title": sum(titles) / len(titles) if titles else None,
        "date": sum(dates) / len(dates) if dates else None,
        "errors": sum(1 for r in results if r.error),
        "pages_per_s": len(results) / seconds if seconds else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "corpora", nargs="*", type=Path, help="corpus folders (default: all under ../shared/corpus)"
    )
    parser.add_argument("--mode", action="append", help="html, or a dump flavour (chromium, w3m); repeatable")
    parser.add_argument(
        "--per-page", type=int, default=0, metavar="N", help="list the N worst pages of each run"
    )
    parser.add_argument("--json", type=Path, help="also write the summary as JSON here")
    args = parser.parse_args(argv)
    corpora = args.corpora or sorted(p for p in DEFAULT_ROOT.iterdir() if (p / "truth.jsonl").exists())
    rows = []
    for corpus in corpora:
        modes = args.mode or sorted(os.listdir(corpus / "dumps"))
        for mode in modes:
            if mode != "html" and not (corpus / "dumps" / mode).is_dir():
                continue
            results = run(corpus, mode)
            row = summarise(f"{corpus.name}/{mode}", results)
            rows.append(row)
            if args.per_page:
                worst = sorted(results, key=lambda r: r.score.f1)[: args.per_page]
                for r in worst:
                    print(
                        f"  {r.id:40} F1 {r.score.f1:.3f} P {r.score.precision:.3f} R {r.score.recall:.3f}"
                        f" {r.error or ''}",
                        file=sys.stderr,
                    )
    header = (
        f"{'run':28} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'title':>6} {'date':>6} {'errors':>6}"
        f" {'pages/s':>8}"
    )
    print(header)
    for row in rows:
        fmt = lambda v: f"{v:6.3f}" if isinstance(v, float) else f"{'-':>6}"  # noqa: E731
        print(
            f"{row['run']:28} {row['pages']:5d} {fmt(row['precision'])} {fmt(row['recall'])} {fmt(row['f1'])}"
            f" {fmt(row['title'])} {fmt(row['date'])} {row['errors']:6d} {row['pages_per_s']:8.0f}"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
