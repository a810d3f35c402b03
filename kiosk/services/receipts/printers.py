"""Sending ESC/POS bytes to a printer and reading its state (python-escpos devices).

Blocking I/O: callers run `send` and `status` in a worker thread (`asyncio.to_thread`), so a
printer that hangs never stalls the screen.

State is read from the printer where it reports it: the real-time status queries
``DLE EOT 4`` (paper roll sensor: bits 5 and 6 = paper end, bits 2 and 3 = near end) and
``DLE EOT 1`` (bit 3 = offline). A network or USB printer answers them; a file or device path
cannot, so its state is UNKNOWN and a write that succeeds counts as printed. The paper is
checked before a job (no point sending it to an empty printer) and after it (the roll ran out
mid-job: the job is retried whole; a duplicate receipt beats none).
"""

from __future__ import annotations

import functools
import logging
import socket
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kiosk.services.receipts.settings import PrinterKind, PrinterSettings

log = logging.getLogger(__name__)

DLE_EOT_ONLINE = b"\x10\x04\x01"
DLE_EOT_PAPER = b"\x10\x04\x04"
_OFFLINE_BIT = 0x08
_PAPER_END = 0x60
_PAPER_NEAR_END = 0x0C


class PrinterState(StrEnum):
    READY = "ready"
    PAPER_LOW = "paper_low"  # still prints; staff should change the roll soon
    PAPER_OUT = "paper_out"
    OFFLINE = "offline"  # cover open, error, or switched offline
    UNREACHABLE = "unreachable"  # no connection at all
    UNKNOWN = "unknown"  # a file/device path, or a printer that does not answer status
    NOT_CONFIGURED = "not_configured"

    @property
    def can_print(self) -> bool:
        return self in (PrinterState.READY, PrinterState.PAPER_LOW, PrinterState.UNKNOWN)


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    state: PrinterState
    where: str
    detail: str = ""
    checked_at: float = 0.0

    @property
    def ok(self) -> bool:
        return self.state.can_print


class PrinterError(Exception):
    """A job did not print; `state` says why (for staff, never for the customer)."""

    def __init__(self, state: PrinterState, detail: str) -> None:
        super().__init__(f"{state.value}: {detail}")
        self.state = state


def paper_state(byte: int) -> PrinterState:
    if byte & _PAPER_END == _PAPER_END:
        return PrinterState.PAPER_OUT
    if byte & _PAPER_NEAR_END == _PAPER_NEAR_END:
        return PrinterState.PAPER_LOW
    return PrinterState.READY


class EscposDevice:
    """One configured printer: open, ask its state, send a job, close (per job)."""

    def __init__(self, settings: PrinterSettings) -> None:
        self.settings = settings

    @property
    def where(self) -> str:
        return self.settings.describe()

    def _open(self) -> Any:
        s = self.settings
        try:
            if s.kind is PrinterKind.NETWORK:
                printer: Any = _Network(s.host or "", port=s.port, timeout=s.timeout_s)
            elif s.kind is PrinterKind.USB:
                from escpos.printer import Usb

                if not Usb.is_usable():
                    raise PrinterError(PrinterState.UNREACHABLE, "pyusb is not installed")
                printer = Usb(s.usb_vendor_id, s.usb_product_id, timeout=int(s.timeout_s * 1000))
            else:
                from escpos.printer import File

                printer = File(str(s.path))
            printer.open()
        except PrinterError:
            raise
        except Exception as exc:  # python-escpos wraps OSError in its own DeviceNotFoundError
            raise PrinterError(PrinterState.UNREACHABLE, f"{self.where}: {exc}") from exc
        return printer

    @staticmethod
    def _query(printer: Any, command: bytes) -> int | None:
        """One real-time status byte, or None where the printer cannot answer."""
        try:
            printer._raw(command)
            answer = printer._read()
        except NotImplementedError:
            return None
        except TimeoutError:
            return None
        if not answer:
            return None
        return int(answer[-1])

    def _state(self, printer: Any) -> tuple[PrinterState, str]:
        if self.settings.kind is PrinterKind.FILE:
            return PrinterState.UNKNOWN, "a file or device path reports no status"
        paper = self._query(printer, DLE_EOT_PAPER)
        if paper is None:
            return PrinterState.UNKNOWN, "the printer did not answer the status query"
        state = paper_state(paper)
        if state is PrinterState.PAPER_OUT:
            return state, "the paper roll is empty"
        online = self._query(printer, DLE_EOT_ONLINE)
        if online is not None and online & _OFFLINE_BIT:
            return PrinterState.OFFLINE, "the printer reports it is offline"
        return state, "paper is low" if state is PrinterState.PAPER_LOW else ""

    def status(self) -> PrinterStatus:
        """Ask the printer now (blocking; a few seconds at most)."""
        try:
            printer = self._open()
        except PrinterError as exc:
            return PrinterStatus(exc.state, self.where, str(exc), time.time())
        try:
            state, detail = self._state(printer)
        except OSError as exc:
            state, detail = PrinterState.UNREACHABLE, str(exc)
        finally:
            _close(printer)
        return PrinterStatus(state, self.where, detail, time.time())

    def send(self, job: bytes) -> PrinterState:
        """Print one job or raise `PrinterError`; returns the state seen after the job."""
        printer = self._open()
        try:
            state, detail = self._state(printer)
            if not state.can_print:
                raise PrinterError(state, detail)
            printer._raw(job)
            after, detail = self._state(printer)
            if after is PrinterState.PAPER_OUT or after is PrinterState.OFFLINE:
                raise PrinterError(after, f"during the job: {detail}")
            return after
        except OSError as exc:
            raise PrinterError(PrinterState.UNREACHABLE, f"{self.where}: {exc}") from exc
        finally:
            _close(printer)


@functools.cache
def _network_class() -> Any:
    from escpos.exceptions import DeviceNotFoundError
    from escpos.printer import Network

    class Network9100(Network):  # type: ignore[misc]
        """python-escpos' Network, but a refused connection closes its socket (3.1 leaks it,
        and the ResourceWarning surfaces later, in whatever runs next)."""

        def open(self, raise_not_found: bool = True) -> None:
            if self._device:
                self.close()
            try:
                sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
            except OSError as exc:
                self.device = None
                raise DeviceNotFoundError(f"cannot connect: {exc}") from exc
            self.device = sock

    return Network9100


def _Network(host: str, *, port: int, timeout: float) -> Any:
    return _network_class()(host, port=port, timeout=timeout)


def _close(printer: Any) -> None:
    try:
        printer.close()
    except Exception:  # closing a dead socket must not hide the real outcome
        log.debug("closing the printer failed", exc_info=True)
