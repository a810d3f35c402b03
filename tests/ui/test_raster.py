"""Qt paints the kiosk's frames on the GUI thread, without its fill thread pool (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

# A full-window translucent rectangle is a fill Qt splits over its pool when it has one; the
# pool's threads are named "Thread (pooled)".
PAINT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    {imports}
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlComponent, QQmlEngine
    app = QGuiApplication([])
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(
        b'import QtQuick\\nimport QtQuick.Window\\n'
        b'Window {{ width: 600; height: 600; visible: true;'
        b' Rectangle {{ anchors.fill: parent; color: "red"; opacity: 0.5 }} }}', "")
    window = component.create()
    frames = []
    window.frameSwapped.connect(lambda: frames.append(1))
    loop = QEventLoop()
    QTimer.singleShot(5000, loop.quit)
    def check():
        if frames:
            loop.quit()
        else:
            QTimer.singleShot(10, check)
    check()
    loop.exec()
    names = [Path(f"/proc/self/task/{{t}}/comm").read_text().strip()
             for t in os.listdir("/proc/self/task")]
    print(len(frames) > 0, names.count("Thread (pooled)"))
    """
)


def painted(imports: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", PAINT.format(imports=imports)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    return done.stdout.strip()


def test_importing_kiosk_ui_keeps_the_fills_off_qt_s_thread_pool() -> None:
    assert painted("import kiosk.ui") == "True 0"


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="Qt keeps no fill pool on one core")
def test_without_it_qt_starts_its_pool_for_the_same_frame() -> None:
    # the control: the check above would pass on a machine where the pool never starts
    drawn, pooled = painted("").split()
    assert drawn == "True" and int(pooled) > 0
