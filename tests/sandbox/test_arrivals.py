"""Arrivals: what the printer and mail stand-ins keep, read and waited for across threads."""

from __future__ import annotations

import threading

import pytest

from kiosk.sandbox.arrivals import Arrivals


def test_a_waiter_wakes_when_a_server_thread_adds_the_last_one() -> None:
    arrivals: Arrivals[str] = Arrivals("print jobs")
    with arrivals.adding() as items:
        items.append("first")
    go = threading.Event()

    def server() -> None:
        go.wait(5)
        with arrivals.adding() as items:
            items.append("second")

    thread = threading.Thread(target=server)
    thread.start()
    go.set()
    try:
        assert arrivals.wait_for(2, timeout_s=10) == ["first", "second"]
    finally:
        thread.join(5)


def test_the_timeout_says_how_many_of_how_many_arrived() -> None:
    arrivals: Arrivals[int] = Arrivals("messages")
    with arrivals.adding() as items:
        items.append(1)
    with pytest.raises(TimeoutError, match=r"^1 of 3 messages arrived$"):
        arrivals.wait_for(3, timeout_s=0.01)


def test_readers_get_copies_and_clear_empties_the_list() -> None:
    arrivals: Arrivals[int] = Arrivals("print jobs")
    with arrivals.adding() as items:
        items.append(1)
    seen = arrivals.copy()
    seen.append(2)
    assert arrivals.copy() == [1]
    arrivals.clear()
    assert arrivals.copy() == []
    assert arrivals.wait_for(0, timeout_s=0) == []


def test_a_failed_add_leaves_the_list_usable() -> None:
    arrivals: Arrivals[int] = Arrivals("messages")
    with pytest.raises(RuntimeError), arrivals.adding():
        raise RuntimeError("bad message")
    with arrivals.adding() as items:  # the lock was released
        items.append(1)
    assert arrivals.copy() == [1]
