"""Save a PNG of every screen, in Vietnamese and English, for review: screenshots/<name>.png.

Run with the virtual environment's Python; uses Qt's offscreen platform and throwaway profiles.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.services.workstation import profile  # noqa: E402
from app.ui.catalogue.agency_register import AgencyRegisterDialog  # noqa: E402
from app.ui.kit import i18n  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.setup_wizard import SetupWizard  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "screenshots"


def save(widget: QWidget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        for language in ("vi", "en"):
            i18n.install(language)
            wizard = SetupWizard(Path(scratch) / f"new-{language}", profile.setup_choices())
            wizard.resize(720, 560)
            wizard.agency_page.filter.setText("ngoai vu")
            save(wizard, f"setup-agency-{language}")
            wizard.next()
            save(wizard, f"setup-role-{language}")
            wizard.close()

            # Throwaway profiles: a passphrase serves where the computer has no secret store.
            station = profile.create_profile(
                Path(scratch) / f"dofa-{language}", "SNGV", True, "screenshots-only-passphrase"
            )
            window = MainWindow(station)
            window.tabs.setCurrentWidget(window.browser)
            window.browser.select_ref("III.2.7")
            save(window, f"duties-mine-{language}")
            window.browser.scope.setCurrentIndex(1)
            window.browser.search.setText("xuc tien")
            window.browser.select_ref("III.4.4")
            save(window, f"duties-search-{language}")
            dialog = AgencyRegisterDialog(editable=True, parent=window)
            save(dialog, f"agency-register-{language}")
            dialog.close()
            window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
