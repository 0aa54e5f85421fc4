"""Write screenshots of every page type, desktop and phone, from the real site in a real browser.

.venv/bin/python -m tests.screenshots [FOLDER]   (after ./run test has set up .venv)
.venv/bin/python -m tests.screenshots --before COMMIT [FOLDER]   (the site as it was at COMMIT, into FOLDER/before)

FOLDER defaults to docs/assets/screenshots (kept out of the built site by mkdocs.yml).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from tests.conftest import data_copy
from tests.site import ROOT, chromium, copy_project, mkdocs, mkdocs_serve, serve

EXPLAINER = "explainers/moscow-talks-2019/"
PAGES = {  # page type -> its address on the site
    "home": "",
    "overview": EXPLAINER,
    "attendees": EXPLAINER + "attendees/",
    "history": EXPLAINER + "history/",
    "issues": EXPLAINER + "issues/",
    "glossary": EXPLAINER + "glossary/",
    "sources": EXPLAINER + "sources/",
    "updates": EXPLAINER + "updates/",
    "topic": "topics/afghanistan/",
    "person": "people/abdul-ghani-baradar/",
    "organisation": "organisations/taliban/",
    "site-glossary": "glossary/",
    "how-to-edit": "how-to-edit/",
}
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def main(target: Path, source: Path = ROOT) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        project = copy_project(Path(temporary) / "project", source)
        result = mkdocs(project, "build", "--strict")
        if result.returncode:
            raise SystemExit(result.stderr)
        target.mkdir(parents=True, exist_ok=True)
        with serve(project / "site") as base, chromium() as browser:
            for kind, address in PAGES.items():
                for size, (width, height) in SIZES.items():
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(base + address)
                    path = target / f"{kind}-{size}.jpg"
                    page.screenshot(path=str(path), type="jpeg", quality=70)
                    page.close()
                    print("wrote", path)


def draft_review(target: Path, lines: int = 28) -> None:
    """What an editor sees after drafting the reference article: `draft`, then `check`, as a picture."""
    with tempfile.TemporaryDirectory() as temporary:
        project = data_copy(Path(temporary) / "project")
        shown = []
        for command in (["draft", "rferl-2019-05-28", "--slug", "moscow-talks-draft"], ["check"]):
            result = subprocess.run(
                [sys.executable, "-m", "generator", *command, "--root", str(project)],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            shown += [f"$ python -m generator {' '.join(command)}", *(result.stdout + result.stderr).splitlines()]
    shown = shown[:lines] + (["..."] if len(shown) > lines else [])
    font = ImageFont.truetype(str(ROOT / "generator" / "fonts" / "DejaVuSans.ttf"), 15)
    image = Image.new("L", (1100, 24 * len(shown) + 32), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(shown):
        draw.text((16, 16 + 24 * number), line, font=font, fill=0 if not line.startswith("$") else 90)
    image.save(target / "draft-review.png", optimize=True)
    print("wrote", target / "draft-review.png")


def draft_preview(target: Path) -> None:
    """The preview `./run serve` shows of a draft of the reference article, desktop and phone."""
    with tempfile.TemporaryDirectory() as temporary:
        project = copy_project(Path(temporary) / "project")
        subprocess.run(
            [sys.executable, "-m", "generator", "draft", "rferl-2019-05-28", "--slug", "moscow-talks-draft"],
            cwd=project,
            check=True,
            capture_output=True,
        )
        with mkdocs_serve(project) as served, chromium() as browser:
            served.page("/drafts/moscow-talks-draft/", "Preview of")
            for size, (width, height) in SIZES.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(f"http://127.0.0.1:{served.port}/drafts/moscow-talks-draft/")
                path = target / f"draft-preview-{size}.jpg"
                page.screenshot(path=str(path), type="jpeg", quality=70)
                page.goto(f"http://127.0.0.1:{served.port}/drafts/moscow-talks-draft/#the-source-rferl-2019-05-28")
                page.screenshot(path=str(target / f"draft-preview-source-{size}.jpg"), type="jpeg", quality=70)
                page.close()
                print("wrote", path)


def before(commit: str, target: Path) -> None:
    """The page types as the site showed them at `commit`, built from that commit's files."""
    with tempfile.TemporaryDirectory() as temporary:
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", temporary], input=archive, check=True)
        main(target, Path(temporary))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--before"]:
        folder = Path(arguments[2]) if len(arguments) > 2 else ROOT / "docs" / "assets" / "screenshots"
        before(arguments[1], folder / "before")
        raise SystemExit
    folder = Path(arguments[0]) if arguments else ROOT / "docs" / "assets" / "screenshots"
    draft_review(folder)
    draft_preview(folder)
    main(folder)
