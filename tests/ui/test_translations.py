"""The Qt Linguist files: extraction of Python tr() calls, .ts/.qm freshness, completeness."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.ui.translations import build

SHIPPED = build.LANGUAGES
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def messages(ts: Path) -> list[tuple[str, ET.Element, list[str]]]:
    """(context, message, the source files it comes from) for every entry of `ts`."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        first = context.find("message/location")
        qml = first.get("filename", "") if first is not None else ""
        for message in context.iter("message"):
            comment = message.findtext("extracomment")
            places = comment.split() if comment else [f"kiosk/ui/{Path(qml).as_posix()}"]
            found.append((name, message, places))
    return found


def staff_text(places: list[str], context: str) -> bool:
    return context.startswith("Staff") or any("kiosk/ui/staff/" in p for p in places)


def station_text(places: list[str], context: str) -> bool:
    return context.startswith("Station") or any("kiosk/ui/station/" in p for p in places)


def test_extractor_reads_literal_calls_in_order_and_names_the_rest(tmp_path: Path) -> None:
    source = tmp_path / "kiosk" / "ui" / "sample.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "from kiosk.ui.i18n import tr, tr_n, tr_noop\n"
        'A = tr_noop("Marked for later")\n'
        "def f(name, n, text):\n"
        '    tr("Hello {name}", name=name)\n'
        '    tr_n("%n item(s)", n)\n'
        "    tr(text)\n"
        '    tr(f"no {name}")\n'
        '    other.tr("not ours")\n'
        '    return tr("Hello {name}", name="again")\n',
        encoding="utf-8",
    )
    found, dynamic = build.python_messages([source], tmp_path)
    assert [(m.text, m.numerus, m.places) for m in found] == [
        ("Marked for later", False, ["kiosk/ui/sample.py:2"]),
        ("Hello {name}", False, ["kiosk/ui/sample.py:4", "kiosk/ui/sample.py:9"]),
        ("%n item(s)", True, ["kiosk/ui/sample.py:5"]),
    ]
    assert dynamic == ["kiosk/ui/sample.py:6", "kiosk/ui/sample.py:7"]


def test_lupdate_files_the_stub_under_context_kiosk_with_plurals(tmp_path: Path) -> None:
    """What lupdate makes of the generated JavaScript: our context, our text, our numerus."""
    found = [
        build.PyMessage('Say "hi" – café…', False, ["kiosk/a.py:1"]),
        build.PyMessage("%n item(s)", True, ["kiosk/b.py:2"]),
    ]
    stub = tmp_path / build.STUB
    stub.write_text(build.stub_source(found), encoding="utf-8")
    ts = tmp_path / "out.ts"
    subprocess.run(
        [build.tool("pyside6-lupdate"), "-silent", str(stub), "-ts", str(ts)], check=True
    )
    entries = [(c, m.findtext("source"), m.get("numerus"), p) for c, m, p in messages(ts)]
    assert entries == [
        ("kiosk", 'Say "hi" – café…', None, ["kiosk/a.py:1"]),
        ("kiosk", "%n item(s)", "yes", ["kiosk/b.py:2"]),
    ]


def test_ts_and_qm_files_are_what_the_sources_give() -> None:
    """A new or changed tr()/qsTr() text, or a .qm not rebuilt: run `make translations`."""
    assert build.stale() == []


def test_a_stale_qm_is_caught(tmp_path: Path) -> None:
    """The .qm check compiles the .ts files as they are, whatever the sources say, so the
    sources here are one small file (lupdate over the whole package is the test above's)."""
    package = tmp_path / "kiosk"
    (package / "ui").mkdir(parents=True)
    (package / "ui" / "sample.py").write_text(
        'from kiosk.ui.i18n import tr\nPAY = tr("Pay")\n', encoding="utf-8"
    )
    work = tmp_path / "translations"
    shutil.copytree(build.HERE, work, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (work / "kiosk_fr.qm").write_bytes(b"not a qm")
    (work / "kiosk_es.ts").write_text(
        (work / "kiosk_es.ts").read_text(encoding="utf-8").replace("Pagar", "Pagar ya"),
        encoding="utf-8",
    )
    problems = build.stale(work, package)
    assert "kiosk_fr.qm is not what kiosk_fr.ts compiles to" in problems
    assert "kiosk_es.qm is not what kiosk_es.ts compiles to" in problems
    assert all("kiosk_de.qm" not in p for p in problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated(language: str) -> None:
    """Customer screens, staff mode and the checkout station: every entry, every plural form."""
    ts = build.ts_files()[language]
    todo, checked, staff, station = [], 0, 0, 0
    for context, message, places in messages(ts):
        checked += 1
        staff += staff_text(places, context)
        station += station_text(places, context)
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in {"unfinished", "obsolete", "vanished"} or not all(forms):
            todo.append(f"{context}: {message.findtext('source')}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(message.findtext("source") or "")))
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == wanted, (context, form)
    assert checked > 550 and staff > 150 and station > 180  # the scope did not silently shrink
    assert todo == []


def test_plural_forms_follow_each_language() -> None:
    """German, French and Spanish have two forms; English plurals come from kiosk_en.ts."""
    for language in (*SHIPPED, "en"):
        ts = build.ts_files()[language]
        numerus = [m for _c, m, _p in messages(ts) if m.get("numerus") == "yes"]
        assert numerus, language
        for message in numerus:
            assert len(list(message.iter("numerusform"))) == 2, (
                language,
                message.findtext("source"),
            )
