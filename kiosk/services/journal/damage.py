"""A damaged journal file is moved aside and replaced, so the kiosk still starts.

Crash safety of the move: a marker file (``checkouts.sqlite3.moving``) naming the target is
written and fsynced first; then the -wal and -shm files and the main file are renamed aside
(in that order, so a stale WAL never meets another database), a fresh journal carrying the
"rebuild needed" flag is built under a temporary name and renamed into place, and only then
is the marker removed. A crash at any point leaves the marker, and the next open finishes
the same move: no damaged file is ever opened as if it were good, and the flag cannot be lost.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.services.journal.db import REBUILD_KEY, SCHEMA, as_journal_error, fsync_dir

if TYPE_CHECKING:
    from kiosk.services.journal.store import Journal

log = logging.getLogger("kiosk.services.journal")

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_SIDE_FILES = ("-wal", "-shm")


def open_or_replace(cls: type[Journal], path: Path, **kwargs: Any) -> Journal:
    """`cls(path, **kwargs)` after moving a damaged file at `path` aside (see module doc)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise as_journal_error(exc, f"cannot create {path.parent}") from exc
    marker = _marker(path)
    if marker.exists():
        _finish_move(path, marker)
    problem = damage(path)
    if problem is not None:
        _move_aside(path, problem)
        return cls(path, **kwargs)
    if path.exists():
        return cls(path, **kwargs)
    # No file at all: a first start, or a journal lost with its disk. Ask Stripe and Final
    # POS once; on a first start that finds nothing and costs one listing.
    journal = cls(path, **kwargs)
    try:
        journal.mark_rebuild_needed("no journal file was found (first start, or it was lost)")
    except BaseException:
        journal.close()
        raise
    return journal


def damage(path: Path) -> str | None:
    """Why the journal file at `path` cannot be trusted, or None (missing counts as fine).

    Only corruption counts: a lock held by another process or a full disk is not damage and
    raises JournalError instead, so a good file is never moved aside for a passing trouble.
    """
    if not path.exists():
        return None
    try:
        # read-only: a normal connection would checkpoint a WAL into a damaged file, or
        # delete the WAL, on close; the evidence is moved aside as it was
        db = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=0.5
        )
    except sqlite3.Error as exc:
        raise as_journal_error(exc, f"cannot open the checkout journal {path}") from exc
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
        db.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return f"{exc}"
        raise as_journal_error(exc, f"cannot check the checkout journal {path}") from exc
    finally:
        db.close()
    if [tuple(row) for row in rows] != [("ok",)]:
        return "quick_check: " + "; ".join(str(row[0]) for row in rows[:5])
    return None


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".moving")


def _move_aside(path: Path, problem: str) -> None:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while any(Path(f"{aside}{suffix}").exists() for suffix in ("", *_SIDE_FILES)):
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    marker = _marker(path)
    log.warning(
        "journal: %s is damaged (%s); moving it to %s and starting a fresh journal that "
        "will be rebuilt from Stripe and Final POS",
        path,
        problem,
        aside.name,
    )
    try:
        with marker.open("w", encoding="utf-8") as out:
            json.dump({"aside": aside.name, "problem": problem, "at": time.time()}, out)
            out.flush()
            os.fsync(out.fileno())
        fsync_dir(path.parent)
    except OSError as exc:
        raise as_journal_error(exc, f"cannot move the damaged journal {path} aside") from exc
    _finish_move(path, marker)


def _finish_move(path: Path, marker: Path) -> None:
    try:
        plan = json.loads(marker.read_text(encoding="utf-8"))
        aside = path.with_name(str(plan["aside"]))
        problem = str(plan["problem"])
    except (ValueError, KeyError, TypeError):
        # Torn while it was written: nothing was renamed yet (renames wait for the fsynced
        # marker), so forget it; the file is checked again from scratch.
        log.warning("journal: ignoring the unreadable move marker %s", marker)
        try:
            marker.unlink()
        except OSError as exc:
            raise as_journal_error(exc, f"cannot remove {marker}") from exc
        return
    except OSError as exc:
        raise as_journal_error(exc, f"cannot read {marker}") from exc
    try:
        if not aside.exists():  # else the main file (moved last) and its side files are aside
            for suffix in (*_SIDE_FILES, ""):
                source, target = Path(f"{path}{suffix}"), Path(f"{aside}{suffix}")
                if source.exists() and not target.exists():
                    source.rename(target)
        fsync_dir(path.parent)
        if not path.exists():
            fresh = path.with_name(path.name + ".new")
            for stale in (fresh, *(Path(f"{fresh}{s}") for s in _SIDE_FILES)):
                stale.unlink(missing_ok=True)
            _fresh_journal(fresh, f"{problem} (moved to {aside.name})")
            fresh.rename(path)
            fsync_dir(path.parent)
        marker.unlink()
        fsync_dir(path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise as_journal_error(exc, f"cannot move the damaged journal {path} aside") from exc


def _fresh_journal(path: Path, reason: str) -> None:
    """An empty journal already flagged for a rebuild (rollback journal: no -wal to rename)."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA synchronous=FULL")
        db.executescript(SCHEMA)
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (REBUILD_KEY, reason))
    finally:
        db.close()
    with contextlib.suppress(OSError), path.open("rb+") as handle:
        os.fsync(handle.fileno())
