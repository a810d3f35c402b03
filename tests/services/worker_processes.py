"""Crash-matrix workers as fresh processes that skip the kiosk's imports.

Each worker ran as ``python -m <module>``: a new interpreter paying ~1 s CPU of imports
(pydantic models, httpx, stripe) before its first request, twice or three times a case. Here
a multiprocessing forkserver, itself a new interpreter started once (never a fork of the
test process, so no sandbox thread, journal handle or monkeypatch of the test process gets
in), imports the workers' modules, and each worker is a fork of that server: a new process
with nothing run yet but those imports. It then runs the module as ``-m`` does (`runpy`),
with the caller's arguments, environment and working directory, its output in files.

A worker that SIGKILLs itself reports ``-SIGKILL`` as `subprocess` would.
"""

from __future__ import annotations

import multiprocessing
import os
import runpy
import subprocess
import sys
import tempfile
from pathlib import Path

WORKER_MODULES = [
    "tests.services.crash_worker",
    "tests.services.cash_refund_worker",
    "tests.staff.refund_worker",
]

_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(WORKER_MODULES)


def _main(module: str, args: list[str], env: dict[str, str], cwd: str, out: str, err: str) -> None:
    """In the worker: the module as ``python -m module *args`` would run it."""
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    for fd, path in ((1, out), (2, err)):
        with open(path, "wb") as file:  # noqa: PTH123 - a raw file for dup2
            os.dup2(file.fileno(), fd)
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


def run_module(
    module: str, args: list[str], *, env: dict[str, str], cwd: Path, timeout_s: float
) -> subprocess.CompletedProcess[str]:
    """Run `module` in a fresh worker process; its return code, stdout and stderr."""
    if module not in WORKER_MODULES:
        raise ValueError(f"{module} is not preloaded: add it to WORKER_MODULES")
    with tempfile.TemporaryDirectory(prefix="kiosk-worker-") as folder:
        out, err = Path(folder) / "stdout", Path(folder) / "stderr"
        process = _context.Process(
            target=_main, args=(module, args, env, str(cwd), str(out), str(err))
        )
        process.start()
        process.join(timeout_s)
        if process.exitcode is None:
            process.kill()
            process.join()
            raise subprocess.TimeoutExpired([module, *args], timeout_s)
        code = process.exitcode
        process.close()
        return subprocess.CompletedProcess(
            [module, *args],
            code,
            out.read_text() if out.exists() else "",
            err.read_text() if err.exists() else "",
        )
