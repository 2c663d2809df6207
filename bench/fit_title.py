"""Fit the weights of newsclean.metadata.TITLE_WEIGHTS from the dev corpora's dumps.

    python bench/fit_title.py [--l2 0.01]

For every page with a visible title truth, every block in the title window that could be a title is a
candidate with the named features of metadata.title_features; the truth line is the one to pick. The
weights maximise the conditional log-likelihood of picking it (a softmax over each page's candidates,
L2-regularised), fitted on both corpora's chromium and w3m dumps. The script prints a 2-fold estimate
(pages split at random, fitted on one half, scored on the other), the in-sample accuracy and the weights
in the form the module uses. Needs numpy (not a dependency of newsclean).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newsclean import lang, metadata, pipeline, textdump  # noqa: E402
from newsclean.errors import NoArticleError  # noqa: E402
from newsclean.model import Options  # noqa: E402
from newsclean.scoring import normalise_title  # noqa: E402

ROOT = HERE.parent.parent / "shared" / "corpus"
Group = list[tuple[dict[str, float], bool]]


def collect(corpus: Path, flavour: str) -> list[Group]:
    groups: list[Group] = []
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        if not truth.get("title") or not truth.get("title_visible", True):
            continue
        text = (corpus / "dumps" / flavour / f"{truth['id']}.txt").read_text(
            encoding="utf-8", errors="replace"
        )
        blocks, _ = textdump.split_blocks(text)
        if not blocks.texts:
            groups.append([])
            continue
        page = pipeline._prepare(blocks, lang.guess_language(pipeline._language_sample(blocks)), Options())
        try:
            start, end = pipeline._find_core(page, None)
        except NoArticleError:
            groups.append([])
            continue
        lo, hi = metadata.title_window(page, start, end)
        ctx = metadata.title_context(page, start, end, lo, hi)
        wanted = normalise_title(truth["title"])
        groups.append(
            [
                (metadata.title_features(page, i, ctx), normalise_title(blocks.texts[i]) == wanted)
                for i in metadata.title_candidates(page, ctx, lo, hi)
            ]
        )
    return groups


def fit(
    groups: list[Group], names: list[str], l2: float, steps: int = 3000, rate: float = 0.05
) -> np.ndarray:
    data = [
        (np.array([[f[n] for n in names] for f, _ in g]), np.array([ok for _, ok in g], dtype=float))
        for g in groups
        if g and any(ok for _, ok in g)
    ]
    w = np.zeros(len(names))
    for _ in range(steps):
        grad = np.zeros_like(w)
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += x.T @ (y / y.sum() - p)
        w += rate * (grad / len(data) - l2 * w)
    return w


def accuracy(groups: list[Group], names: list[str], w: np.ndarray) -> float:
    hits = 0
    for g in groups:
        if g:
            scores = [sum(w[k] * f[n] for k, n in enumerate(names)) for f, _ in g]
            hits += g[int(np.argmax(scores))][1]
    return hits / max(1, len(groups))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=0.01)
    args = parser.parse_args()
    groups = [g for c in ("naeb", "readability") for fl in ("chromium", "w3m") for g in collect(ROOT / c, fl)]
    names = sorted({n for g in groups for f, _ in g for n in f})
    rng = random.Random(0)
    order = list(range(len(groups)))
    rng.shuffle(order)
    a, b = [groups[i] for i in order[::2]], [groups[i] for i in order[1::2]]
    first, second = accuracy(b, names, fit(a, names, args.l2)), accuracy(a, names, fit(b, names, args.l2))
    print(f"2-fold: {first:.3f} {second:.3f}")
    w = fit(groups, names, args.l2)
    print(f"in-sample: {accuracy(groups, names, w):.3f}")
    for name, weight in sorted(zip(names, w, strict=True), key=lambda x: -abs(x[1])):
        print(f'    "{name}": {weight:.2f},')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
