"""Entry script for the PyInstaller build (build_installer.spec).

PyInstaller needs a script file, not a `module:function` entry point; this is the same as the
`plantracker` console script (app.cli:main), and it imports `app` as a package so that relative
layout and `app.paths` behave as in a normal install.
"""

from app.cli import main

raise SystemExit(main())
