"""Write the README's screenshots from the real site in a real browser.

.venv/bin/python -m tests.screenshots      (after ./run test has set up .venv)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.site import ROOT, chromium, copy_project, mkdocs, serve

SHOTS = {  # file name -> (page, viewport width, height)
    "overview-desktop.png": ("explainers/moscow-talks-2019/", 1280, 900),
    "history-phone.png": ("explainers/moscow-talks-2019/history/", 390, 844),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        project = copy_project(Path(temporary) / "project")
        result = mkdocs(project, "build", "--strict")
        if result.returncode:
            raise SystemExit(result.stderr)
        target = ROOT / "docs" / "assets" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        with serve(project / "site") as base, chromium() as browser:
            for name, (page_path, width, height) in SHOTS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(base + page_path)
                page.screenshot(path=str(target / name))
                page.close()
                print("wrote", (target / name).relative_to(ROOT))


if __name__ == "__main__":
    main()
