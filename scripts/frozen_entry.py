"""Entry script for the PyInstaller build (build_installer.spec).

PyInstaller needs a script file, not a `module:function` entry point; this is the same as the
`plantracker` console script (app.cli:main), and it imports `app` as a package so that relative
layout and `app.paths` behave as in a normal install.
"""

import multiprocessing

from app.cli import main

if __name__ == "__main__":
    # The import reads bundles ahead in a worker process (app/services/exchange/read_ahead.py):
    # started from the frozen program, such a process must run the worker, not the app.
    multiprocessing.freeze_support()
    raise SystemExit(main())
