"""The comparison harness (bench/compare.py) on a tiny synthetic corpus: rows, columns, outputs, per-page
lists, failing and missing tools, floors. Peers that are not installed show as a note, never as an error."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import compare  # noqa: E402
import corpus  # noqa: E402
import peers  # noqa: E402

PARAGRAPHS = (
    "The city council voted on Tuesday to expand the bus network into the northern districts, a plan that"
    " has been debated for more than three years and that will add twelve new routes by the spring.",
    "Supporters said the change would cut travel times for thousands of workers who now need two or three"
    " transfers to reach the industrial park, while critics warned that the budget did not cover drivers.",
    "The mayor said the first routes would open in March and that the council would review the costs again"
    " in the autumn, after the first months of service had shown how many people were using the new lines.",
)
BODY = "\n\n".join(PARAGRAPHS)
PAGES = {
    "a": ("Council expands bus network", "2024-03-05", PARAGRAPHS),
    "b": ("New routes for the north", "2024-04-01", PARAGRAPHS[:2]),
    "c": ("Budget questions remain", None, PARAGRAPHS[1:]),
}
CHROME = ("Home", "News", "Sport", "Weather", "Subscribe now")


def page_html(title: str, date: str | None, paragraphs: tuple[str, ...]) -> str:
    time = f'<p><time datetime="{date}">{date}</time></p>' if date else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    nav = "".join(f"<li><a href='/{c}'>{c}</a></li>" for c in CHROME)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Daily</title></head>'
        f"<body><nav><ul>{nav}</ul></nav><article><h1>{title}</h1>{time}{body}</article>"
        "<footer><p>Copyright Daily News</p></footer></body></html>"
    )


def chromium_dump(title: str, date: str | None, paragraphs: tuple[str, ...]) -> str:
    return "\n".join([*CHROME, title, *([date] if date else []), *paragraphs, "Copyright Daily News"]) + "\n"


def w3m_dump(title: str, date: str | None, paragraphs: tuple[str, ...]) -> str:
    wrapped = []
    for paragraph in paragraphs:
        lines, line = [], ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > 60:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        wrapped.append("\n".join([*lines, line]))
    head = " ".join(CHROME)
    return "\n\n".join([head, title, *([date] if date else []), *wrapped, "Copyright Daily News"]) + "\n"


def make_corpus(root: Path, name: str = "synth") -> Path:
    path = root / name
    for folder in ("pages", "dumps/chromium", "dumps/w3m"):
        (path / folder).mkdir(parents=True)
    truths = []
    for page_id, (title, date, paragraphs) in PAGES.items():
        (path / "pages" / f"{page_id}.html").write_text(page_html(title, date, paragraphs), encoding="utf-8")
        (path / "dumps/chromium" / f"{page_id}.txt").write_text(chromium_dump(title, date, paragraphs))
        (path / "dumps/w3m" / f"{page_id}.txt").write_text(w3m_dump(title, date, paragraphs))
        truth = {"id": page_id, "body": "\n\n".join(paragraphs), "title": title, "title_visible": True}
        truths.append({**truth, "date": date, "date_conflicts": []})
    lines = (json.dumps(t) + "\n" for t in truths)
    (path / "truth.jsonl").write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def synth(tmp_path: Path) -> Path:
    return make_corpus(tmp_path)


def table_lines(markdown: str) -> list[list[str]]:
    """The cells of the first Markdown table in ``markdown`` (header and rule included)."""
    lines = markdown.split("\n\n| ")[1].split("\n\n")[0]
    return [[c.strip() for c in line.strip().strip("|").split(" | ")] for line in ("| " + lines).splitlines()]


def settings(path: Path, **changes: object) -> compare.Settings:
    base = compare.Settings(corpora=(path,), modes=None, tools=peers.tool_names(), reps=1, isolate=False)
    return replace(base, **changes)  # type: ignore[arg-type]


def boom(page: corpus.ToolInput) -> peers.Extraction:
    raise RuntimeError(f"cannot read {page.id}")


def load_boom() -> peers.Extractor:
    return boom


def load_nothing() -> peers.Extractor:
    return lambda page: peers.Extraction("   ")


def load_missing() -> peers.Extractor:
    import newsclean_no_such_module  # type: ignore[import-not-found]  # noqa: F401

    raise AssertionError("unreachable")


# --- the command ------------------------------------------------------------------------------------------


def test_table_has_every_tool_mode_and_column(
    synth: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert compare.main([str(synth), "--in-process", "--reps", "1", "--out", str(out)]) == 0
    header, _, *lines = table_lines(capsys.readouterr().out)
    assert header == list(compare.COLUMNS)
    cells = {(line[0], line[1], line[2].split()[0]) for line in lines}
    expected = {("synth", mode, tool) for mode in ("html", "chromium", "w3m") for tool in peers.tool_names()}
    assert cells == expected
    assert all(len(line) == len(compare.COLUMNS) for line in lines)
    rows = json.loads((out / "results.json").read_text())["rows"]
    assert len(rows) == len(expected)
    assert len(table_lines((out / "results.md").read_text())) == len(expected) + 2
    assert len((out / "pages.jsonl").read_text().splitlines()) == sum(r["pages"] for r in rows)


def test_json_records_machine_versions_and_settings(synth: Path, tmp_path: Path) -> None:
    compare.main([str(synth), "--in-process", "--reps", "0", "--tool", "passthrough", "--out", str(tmp_path)])
    report = json.loads((tmp_path / "results.json").read_text())
    assert report["machine"]["cores"] >= 1 and report["machine"]["cpu"]
    assert report["machine"]["python"]
    assert "lxml" in report["packages"]
    assert report["settings"]["tools"] == ["passthrough"]
    assert report["rows"][0]["pages_per_s"] is None  # --reps 0: not timed


def test_passthrough_of_an_exact_dump_scores_one(tmp_path: Path) -> None:
    path = make_corpus(tmp_path)
    (path / "dumps/chromium/a.txt").write_text(BODY + "\n")
    report = compare.run_benchmark(settings(path, modes=("chromium",), tools=("passthrough",)))
    page = next(p for p in report.results[0].pages if p.id == "a")
    assert (page.precision, page.recall, page.exact) == (1.0, 1.0, True)


def test_per_page_lists_the_worst_pages(synth: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [str(synth), "--in-process", "--reps", "0", "--per-page", "2", "--tool", "passthrough"]
    compare.main([*argv, "--mode", "chromium"])
    out = capsys.readouterr().out
    assert "### Worst 2 pages: passthrough on synth/chromium" in out
    header, _, *lines = table_lines(out.split("### Worst 2 pages")[1])
    assert header == list(compare.PER_PAGE_COLUMNS)
    assert len(lines) == 2 and {line[0] for line in lines} <= set(PAGES)
    f1s = [float(line[3]) for line in lines]
    assert f1s == sorted(f1s)


def test_speed_and_memory_are_measured_in_child_processes(synth: Path, tmp_path: Path) -> None:
    argv = [str(synth), "--tool", "passthrough", "--mode", "chromium", "--reps", "2", "--jobs", "1"]
    assert compare.main([*argv, "--out", str(tmp_path)]) == 0
    row = json.loads((tmp_path / "results.json").read_text())["rows"][0]
    assert row["peak_mib"] > 1
    assert row["pages_per_s"] > 0 and len(row["rates"]) == 2


def test_mode_absent_from_a_corpus_is_skipped(synth: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert compare.main([str(synth), "--in-process", "--reps", "0", "--mode", "lynx"]) == 0
    assert "| synth |" not in capsys.readouterr().out


def test_not_a_corpus_is_an_error(tmp_path: Path) -> None:
    assert compare.main([str(tmp_path), "--in-process"]) == 2


# --- failures ---------------------------------------------------------------------------------------------


def test_a_tool_that_raises_is_counted_not_fatal(synth: Path) -> None:
    tool = peers.Tool("boom", "native", frozenset({"title", "date"}), load_boom)
    report = compare.run_benchmark(settings(synth, modes=("chromium",)), tools=[tool])
    row = report.results[0].row
    assert (row.failures, row.errors, row.empty) == (3, 3, 0)
    assert row.f1 == 0.0 and row.title == 0.0
    assert row.pages_per_s is not None
    assert all(
        p.failure and p.failure.startswith("RuntimeError: cannot read") for p in report.results[0].pages
    )


def test_empty_output_is_a_failure(synth: Path) -> None:
    tool = peers.Tool("blank", "html", frozenset(), load_nothing)
    row = compare.run_benchmark(settings(synth, modes=("w3m",)), tools=[tool]).results[0].row
    assert (row.failures, row.errors, row.empty) == (3, 0, 3)
    assert row.title is None and row.date is None


def test_a_tool_not_installed_is_a_note_in_the_table(synth: Path) -> None:
    tool = peers.Tool("ghost", "html", frozenset({"title"}), load_missing)
    report = compare.run_benchmark(settings(synth, modes=("html",)), tools=[tool])
    assert report.results[0].row.note and "not installed" in report.results[0].row.note
    line = next(line for line in compare.results_table(report).splitlines() if "ghost" in line)
    assert "not installed" in line and line.count(compare.DASH) == len(compare.COLUMNS) - 3


def test_custom_tools_need_in_process_runs(synth: Path) -> None:
    tool = peers.Tool("boom", "native", frozenset(), load_boom)
    with pytest.raises(ValueError, match="isolate"):
        compare.run_benchmark(settings(synth, isolate=True), tools=[tool])


# --- corpora and inputs -------------------------------------------------------------------------------------


def test_a_new_flavour_is_a_mode_and_its_layout_is_guessed(synth: Path) -> None:
    (synth / "dumps/lynx").mkdir()
    (synth / "dumps/odd").mkdir()
    for page_id, (title, date, paragraphs) in PAGES.items():
        (synth / "dumps/lynx" / f"{page_id}.txt").write_text(w3m_dump(title, date, paragraphs))
        (synth / "dumps/odd" / f"{page_id}.txt").write_text(chromium_dump(title, date, paragraphs))
    assert corpus.load_corpus(synth).modes() == ("html", "chromium", "lynx", "odd", "w3m")
    assert corpus.flavour_layout(synth, "lynx") == "wrapped"
    assert corpus.flavour_layout(synth, "odd") == "lines"


def test_status_json_command_decides_the_layout(synth: Path) -> None:
    status = {"odd": {"command": "w3m -dump -cols 80"}, "w3m": {"command": "text = document.body.innerText"}}
    (synth / "dumps/status.json").write_text(json.dumps(status))
    assert corpus.flavour_layout(synth, "odd") == "wrapped"
    assert corpus.flavour_layout(synth, "w3m") == "lines"


@pytest.mark.parametrize(
    ("layout", "text", "paragraphs"),
    [
        ("lines", "Home\nNews\n\nFirst.\nSecond <line>.\n", ["Home", "News", "First.", "Second <line>."]),
        (
            "wrapped",
            "Home News\n\nFirst line\nwrapped.\n\nSecond.\n",
            ["Home News", "First line wrapped.", "Second."],
        ),
    ],
    ids=["innertext-one-p-per-line", "wrapped-one-p-per-block"],
)
def test_dump_as_html(layout: corpus.Layout, text: str, paragraphs: list[str]) -> None:
    assert corpus.dump_paragraphs(text, layout) == paragraphs
    markup = corpus.dump_as_html(text, layout).decode()
    assert markup.count("<p>") == len(paragraphs)
    assert "Second &lt;line&gt;." in markup or layout == "wrapped"


def test_limit_keeps_the_first_ids_sorted(synth: Path) -> None:
    assert corpus.load_corpus(synth, limit=2).ids == ("a", "b")


@pytest.mark.parametrize(
    ("markup", "lang"),
    [(b'<html lang="en-US">', "en"), (b"<HTML class=x LANG=de>", "de"), (b"<html>", None)],
    ids=["region", "upper-case", "none"],
)
def test_page_language(markup: bytes, lang: str | None) -> None:
    assert corpus.page_language(markup + b"<body></body></html>") == lang


def test_truth_lang_wins_over_the_page(synth: Path) -> None:
    loaded = corpus.load_corpus(synth)
    truth = loaded.truths[0]
    assert corpus.language_of(loaded, truth) == "en"
    assert corpus.language_of(loaded, replace(truth, lang="fr")) == "fr"


def test_page_text_drops_scripts_and_keeps_blocks() -> None:
    markup = (
        b"<html><head><title>T</title></head><body><p>One</p><script>x()</script><div>Two</div></body></html>"
    )
    assert peers.page_text(markup) == "One\nTwo"


# --- floors ---------------------------------------------------------------------------------------------


def test_floors_are_raised_never_lowered() -> None:
    new = compare.raised_floors({"a/x": 0.9, "b/x": 0.5}, {"a/x": 0.7, "b/x": 0.8, "c/x": 0.6001})
    assert new == {"a/x": 0.9, "b/x": 0.795, "c/x": 0.595}


def test_update_floors_writes_and_keeps_higher_floors(synth: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    compare.write_floors({"synth/chromium": 0.999}, floors)
    assert compare.main([str(synth), "--update-floors", "--floors", str(floors)]) == 0
    written = compare.read_floors(floors)
    assert set(written) == {"synth/chromium", "synth/w3m"}
    assert written["synth/chromium"] == 0.999
    assert json.loads(floors.read_text())["tolerance"] == compare.FLOOR_TOLERANCE


def test_readme_documents_every_option() -> None:
    readme = (BENCH / "README.md").read_text(encoding="utf-8")
    parser_options = [
        option
        for action in compare.build_parser()._actions
        if action.help != compare.argparse.SUPPRESS
        for option in action.option_strings
        if option.startswith("--") and option != "--help"
    ]
    assert parser_options
    missing = [option for option in parser_options if f"`{option}" not in readme]
    assert not missing, f"bench/README.md does not document {missing}"


def test_update_floors_refuses_when_newsclean_crashes(
    synth: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    floors = tmp_path / "floors.json"
    compare.write_floors({"synth/chromium": 0.5}, floors)
    monkeypatch.setattr(
        peers, "tool_by_name", lambda name: peers.Tool(name, "native", frozenset(), load_boom)
    )
    assert compare.main([str(synth), "--update-floors", "--floors", str(floors)]) == 1
    assert compare.read_floors(floors) == {"synth/chromium": 0.5}
