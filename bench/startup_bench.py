"""Time the desktop app's start, against a bare PySide6 window, and DoFA's autosave.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup_bench.py PROFILE [--runs 5]
        [--source CHECKOUT] [--against CHECKOUT] [--compile-each-time]

PROFILE is a set-up workstation (e.g. bench/make_province.py's) or a folder that does not
exist yet: then a fresh standalone agency workstation (Sở Y tế) is made there first. An
approver account "bench" is added when the profile has none, so the app signs in unattended
(PLANTRACKER_USER / PLANTRACKER_PASSWORD) as the installer check does.

Prints:
  app_ms            process start → first paint of the main window (warm: median of RUNS
                    after one untimed start)
  bare_ms           the same for a bare QMainWindow in a fresh process
  start_ratio       app_ms ÷ bare_ms   (goal ≤ 2.5)
  content_ms        process start → the first screen's content painted: the tab in front
                    built (a start builds it right after the window's first paint, showing
                    "Loading…" meanwhile) and done loading (median)
  content_ratio     content_ms ÷ bare_ms
  app_cpu_ms        the main thread's processor time to that first paint (median), which a
                    machine busy with other work disturbs far less than the wall clock
  bare_cpu_ms       the same for the bare window
  cpu_ratio         app_cpu_ms ÷ bare_cpu_ms
  autosave_block_ms on a consolidating workstation: the longest the UI thread stayed busy
                    (the longest gap of a 5 ms timer) from a keystroke in the consolidated
                    report's overall assessment through its save and the preview refresh;
                    the worst of RUNS   (goal ≤ 50)

The children run with their bytecode compiled, as installed (see bench/bytecode_cache.py);
--compile-each-time leaves PYTHONDONTWRITEBYTECODE as the environment has it.
--source CHECKOUT starts the app of another checkout of the repository (the code before a
change, say) on the same profile, for before/after figures taken in one sitting (the
autosave figure is measured in this process, with this checkout's code).

--against CHECKOUT compares instead: each of RUNS rounds starts the other checkout's app and
this one's in turn (the order alternating), and prints both's median app_ms, content_ms and
app_cpu_ms and the median of the differences round by round (this one's minus the other's).
Other programs' load comes and goes over a sitting; runs paired in time share it, so a change
of a few milliseconds shows through a spread of a hundred.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bytecode_cache import with_bytecode_cache  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LOGIN, PASSWORD = "bench", "bench-password-590"
PASSPHRASE = "bench-passphrase-590"

# The child processes: the app starts as the installed program does (app.cli.main, which loads
# Qt when it chooses); the bare window imports Qt first, as it must. Each prints the main
# thread's processor time at the first paint of a QMainWindow; the app's then waits for its
# first screen's content (the tab in front built and done loading, then painted) and prints
# that wall time too, then exits. The probe watches the main windows only: an event filter on
# the whole application would be handed Qt's private objects too (a tab bar's style
# animations), and PySide then sets up the Python types of all of QtCore to name them, 15-20 ms
# of work a real start never does.
PROBE = """
import os, sys, time


def first_screen(window):
    \"\"\"The tab in front's content once built and loaded, else None.\"\"\"
    page = window.tabs.currentWidget()
    if getattr(page, "is_built", True) is False:
        return None
    content = getattr(page, "content", page)
    return None if getattr(content, "loading", False) else content


def watch_main_windows():
    \"\"\"Report the first paint of a QMainWindow (and, for the app, its first screen).\"\"\"
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        window = None

        def eventFilter(self, watched, event):
            if self.window is None and event.type() == QEvent.Type.Paint:
                self.window = watched
                QTimer.singleShot(0, self.painted)  # once this paint cycle is done
            return False

        def painted(self):  # the monotonic clock is the machine's: the bench reads it too
            cpu = time.thread_time() * 1000  # the main thread's
            os.write(1, f"paint {time.monotonic() * 1000:.1f} {cpu:.1f}\\n".encode())
            if sys.argv[1] == "bare":
                os._exit(0)
            self.poll = QTimer(interval=1, timeout=self.content_ready)
            self.poll.start()
            self.content_ready()

        def content_ready(self):
            content = first_screen(self.window)
            if content is not None:
                content.repaint()  # painted now, as it is
                os.write(1, f"content {time.monotonic() * 1000:.1f}\\n".encode())
                os._exit(0)

    probe = FirstPaint()
    main_window_init = QMainWindow.__init__

    def watched_init(window, *args, **kwargs):
        main_window_init(window, *args, **kwargs)
        window.installEventFilter(probe)
        QTimer.singleShot(120_000, lambda: os._exit(4))  # a dialog waits for a person: say so

    QMainWindow.__init__ = watched_init


class WatchWhenQtLoads:
    \"\"\"The app starts as the installed program does (app.cli.main), loading Qt when it
    chooses; the probe is put in place right after PySide6.QtWidgets has loaded.\"\"\"

    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None:
                load = spec.loader.exec_module

                def exec_module(module):
                    load(module)
                    sys.modules[name] = module
                    watch_main_windows()

                spec.loader.exec_module = exec_module
                return spec
        return None


if sys.argv[1] == "bare":
    watch_main_windows()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()
else:
    sys.meta_path.insert(0, WatchWhenQtLoads())
    from app.cli import main

    main(["--profile", sys.argv[1]])
os._exit(3)  # the window never painted
"""


def prepare(folder: Path) -> None:
    """A fresh agency workstation where there is none; an approver to sign in with."""
    from app.models.session import close_open_session
    from app.services.accounts import users
    from app.services.core.errors import UserError
    from app.services.workstation import profile

    if not profile.is_set_up(folder):
        profile.create_profile(folder, "SYT", False, PASSPHRASE).close()
    station = profile.open_profile(folder)
    if not users.has_accounts():
        users.add(station, "Nguyễn Văn Bình", "Giám đốc", "approver", PASSWORD, login=LOGIN)
    else:
        try:
            users.find(LOGIN)
        except UserError as exc:
            raise SystemExit(f"{folder} has no account '{LOGIN}': use a bench profile") from exc
    close_open_session()


def _start_ms(target: str, env: dict, source: Path) -> dict[str, float]:
    """Milliseconds from the process's start to the first paint (wall and the main thread's
    processor time) and, for the app, to its first screen's content painted."""
    started = time.monotonic() * 1000
    done = subprocess.run(
        [sys.executable, "-c", PROBE, target], env=env, cwd=source, stdout=subprocess.PIPE
    )
    if done.returncode != 0:
        raise SystemExit(f"the {target} window did not paint (exit {done.returncode})")
    lines = {line.split()[0]: line.split()[1:] for line in done.stdout.decode().splitlines()}
    times = {"wall": float(lines["paint"][0]) - started, "cpu": float(lines["paint"][1])}
    if "content" in lines:
        times["content"] = float(lines["content"][0]) - started
    return times


def start_times(
    folder: Path, runs: int, source: Path = ROOT, bytecode: str | None = None
) -> dict[str, float]:
    env = {
        **os.environ,
        "PLANTRACKER_USER": LOGIN,
        "PLANTRACKER_PASSWORD": PASSWORD,
        "PYTHONPATH": str(source),
    }
    if bytecode is not None:
        env = with_bytecode_cache(env, bytecode)
    _start_ms(str(folder), env, source)
    _start_ms("bare", env, source)
    app, bare = [], []
    for _ in range(runs):
        app.append(_start_ms(str(folder), env, source))
        bare.append(_start_ms("bare", env, source))
    return {
        "app_ms": statistics.median(t["wall"] for t in app),
        "bare_ms": statistics.median(t["wall"] for t in bare),
        "content_ms": statistics.median(t["content"] for t in app),
        "app_cpu_ms": statistics.median(t["cpu"] for t in app),
        "bare_cpu_ms": statistics.median(t["cpu"] for t in bare),
    }


def compared(folder: Path, runs: int, other: Path, bytecode: str | None) -> dict[str, float]:
    """Medians of this checkout's and `other`'s starts run in turn, and of their differences."""
    sources = {"this": ROOT, "other": other}
    envs = {}
    for name, source in sources.items():
        env = {**os.environ, "PLANTRACKER_USER": LOGIN, "PLANTRACKER_PASSWORD": PASSWORD}
        env["PYTHONPATH"] = str(source)
        cache = None if bytecode is None else str(Path(bytecode) / name)
        envs[name] = env if cache is None else with_bytecode_cache(env, cache)
        _start_ms(str(folder), envs[name], source)  # warm, and its bytecode written
    times: dict[str, list[dict[str, float]]] = {"this": [], "other": []}
    for round_ in range(runs):
        for name in ("other", "this") if round_ % 2 == 0 else ("this", "other"):
            times[name].append(_start_ms(str(folder), envs[name], sources[name]))
    figures = {}
    for key, label in (("wall", "app_ms"), ("content", "content_ms"), ("cpu", "app_cpu_ms")):
        for name in ("other", "this"):
            figures[f"{name}_{label}"] = statistics.median(t[key] for t in times[name])
        pairs = zip(times["this"], times["other"], strict=True)
        figures[f"diff_{label}"] = statistics.median(a[key] - b[key] for a, b in pairs)
    return figures


def autosave_block_ms(folder: Path, runs: int) -> float:
    """The longest UI-thread stall around an autosave of the consolidated report."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.catalogue.plan_info import active_plan_info
    from app.services.workstation import profile
    from app.ui.consolidation.consolidated_editor import ASSESSMENT, ConsolidatedEditor
    from app.ui.kit import tasks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    station = profile.open_profile(folder)
    editor = ConsolidatedEditor(station, active_plan_info(), LOGIN)
    editor.resize(1280, 800)
    editor.show()
    deadline = time.monotonic() + 60
    while editor.loading and time.monotonic() < deadline:  # the report comes from a task
        app.processEvents()
        time.sleep(0.001)
    _settle(app)
    worst = 0.0
    for run in range(runs + 1):
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick(last=last, gaps=gaps, clock=clock) -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(5)
        text = editor.editors[ASSESSMENT]
        text.setPlainText(f"Đánh giá chung, lần {run}: các cơ quan đã triển khai đầy đủ.")
        deadline = time.monotonic() + 30
        while (editor._dirty or tasks.pool().activeThreadCount()) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        _settle(app)
        timer.stop()
        if run:  # the first save also starts the draft: warm-up
            worst = max(worst, max(gaps, default=0.0))
    editor.close()
    return worst


def _settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the desktop app's start.")
    parser.add_argument("profile", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to start")
    parser.add_argument("--against", type=Path, help="a checkout to compare with, run in turn")
    parser.add_argument("--compile-each-time", action="store_true")
    args = parser.parse_args()
    folder = args.profile.expanduser().resolve()
    prepare(folder)
    if args.against is not None:
        with tempfile.TemporaryDirectory() as bytecode:
            cache = None if args.compile_each_time else bytecode
            for name, value in compared(folder, args.runs, args.against.resolve(), cache).items():
                print(f"{name}: {value:.1f}")
        return 0
    with tempfile.TemporaryDirectory() as bytecode:
        cache = None if args.compile_each_time else bytecode
        times = start_times(folder, args.runs, args.source.resolve(), cache)
    print(f"app_ms: {times['app_ms']:.0f}")
    print(f"bare_ms: {times['bare_ms']:.0f}")
    print(f"start_ratio: {times['app_ms'] / times['bare_ms']:.2f}")
    print(f"content_ms: {times['content_ms']:.0f}")
    print(f"content_ratio: {times['content_ms'] / times['bare_ms']:.2f}")
    print(f"app_cpu_ms: {times['app_cpu_ms']:.0f}")
    print(f"bare_cpu_ms: {times['bare_cpu_ms']:.0f}")
    print(f"cpu_ratio: {times['app_cpu_ms'] / times['bare_cpu_ms']:.2f}")
    from app.services.workstation import profile

    station = profile.open_profile(folder)
    consolidating = station.consolidating
    station.close()
    if consolidating:
        print(f"autosave_block_ms: {autosave_block_ms(folder, args.runs):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
