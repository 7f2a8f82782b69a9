"""Where the app finds its bundled resources and the default profile folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _root() -> Path:
    # A PyInstaller one-folder build unpacks data next to the executable (sys._MEIPASS).
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


ROOT = _root()
RESOURCES = ROOT / "resources"
PLANS_DIR = RESOURCES / "plans"
REGISTERS_DIR = RESOURCES / "registers"
FONTS_DIR = RESOURCES / "fonts"
ICONS_DIR = RESOURCES / "icons"
TRANSLATIONS_DIR = ROOT / "translations"
USER_GUIDE_DIR = ROOT / "docs" / "user-guide"


def default_profile_dir() -> Path:
    """The profile used when neither --profile nor PLANTRACKER_PROFILE is given."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "PlanTracker" / "default"
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "plantracker" / "default"
