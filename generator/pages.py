"""The page map: every generated page's address under docs/, an explainer's pages in reading order,
and the link from one page to another. Renderers and templates take addresses from here only."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from pydantic import BaseModel

from .kinds import EXPLAINERS, KINDS, Kind

HOME = "index.md"
SITE_GLOSSARY = "glossary.md"
HOW_TO_EDIT = "how-to-edit.md"
CORRECTIONS = "corrections.md"  # every correction of every explainer, newest first
TOPIC = "topics/{id}.md"  # a page per topic: the explainers on it
INDEX = "{folder}/index.md"  # the A-Z list of people, of organisations, of topics
FEED = "feed.xml"  # Atom: new explainers, updates and corrections
SITE_CARD = "card.png"  # the picture shared with a link to any page that has none of its own
PREVIEWS = "drafts"  # previews of drafts, under `mkdocs serve` only: any other build deletes them


class OnDisk:
    """In place of a page kept for `mkdocs serve`, once written to docs/: its content is there, where
    the server reads it, not in memory too (at 1,000 explainers, 220 MB of pages)."""

    def __repr__(self) -> str:
        return "ON_DISK"


ON_DISK = OnDisk()


@dataclass(frozen=True)
class Link:
    title: str
    address: str  # a page under docs/, with or without #anchor: Page.url makes the link from the current page
    blurb: str = ""  # what is there, where a list of links says it

    def at(self, anchor: str) -> str:
        """The address of an anchor on the linked page."""
        return f"{self.address.partition('#')[0]}#{anchor}"


@dataclass(frozen=True)
class ExplainerPage:
    name: str  # the page's file name, without .md
    title: str  # in the navigation and the page's title
    blurb: str  # what the overview says the page holds
    describes: str  # what its JSON-LD describes (render/jsonld.py's DESCRIBED)
    shows: str | None = None  # the explainer's field the page is made of: no page while it is empty
    graphic: str | None = None  # the picture atop it (render/graphics.py's GRAPHICS), where its data has one
    # The glossary repeats the registry's definitions: searching finds those once, on the site
    # glossary, and its links to other terms need no tooltip (their definitions are on the page).
    searched: bool = True
    tooltips: bool = True
    # Its title and blurb for an event that is no meeting (an announcement, a ruling, an election).
    not_a_meeting: tuple[str, str] | None = None

    def title_of(self, explainer: BaseModel) -> str:
        return self.not_a_meeting[0] if self.not_a_meeting and not _a_meeting(explainer) else self.title

    def blurb_of(self, explainer: BaseModel) -> str:
        return self.not_a_meeting[1] if self.not_a_meeting and not _a_meeting(explainer) else self.blurb

    @property
    def template(self) -> str:
        return f"{'overview' if self.name == 'index' else self.name}.md.j2"


# Each page of an explainer, in reading order.
EXPLAINER_PAGES = (
    ExplainerPage("index", "Overview", "the summary, key figures and quotations.", "article", graphic="board"),
    ExplainerPage(
        "attendees", "Who attended", "the parties and the people there, and what each did.", "event",
        shows="attendance", graphic="whos-who",
        not_a_meeting=("Who is involved", "the parties and the people involved, and what each did."),
    ),
    ExplainerPage(
        "history", "History", "from {first} to {last}, in date order.", "history",
        shows="timeline",
    ),
    ExplainerPage(
        "issues", "The negotiation issues", "what is being negotiated, and how far it has got.", "issues",
        shows="issues",
        not_a_meeting=("What is at stake", "the conditions, commitments and questions, and where each stands."),
    ),
    ExplainerPage(
        "glossary", "Glossary", "the words and names, defined.", "glossary",
        shows="glossary", searched=False, tooltips=False,
    ),
    ExplainerPage("sources", "Sources", "every quotation this explainer relies on.", "sources"),
    ExplainerPage(
        "updates", "Updates and corrections", "what changed since it was first published, and when.", "changes"
    ),
)  # fmt: skip
EXPLAINER_PAGE = {page.name: page for page in EXPLAINER_PAGES}


def _a_meeting(explainer: BaseModel) -> bool:
    return getattr(getattr(explainer, "event", None), "kind", "meeting") == "meeting"


def pages_of(explainer: BaseModel) -> tuple[ExplainerPage, ...]:
    """The pages an explainer has, in reading order: none for a part its data leaves empty."""
    return tuple(page for page in EXPLAINER_PAGES if page.shows is None or getattr(explainer, page.shows))


def record_page(kind: Kind[BaseModel], record_id: str) -> str:
    """The page (with its anchor, for a glossary term) where a record is shown site-wide."""
    if kind.page is None:
        raise ValueError(f"{kind.folder} have no pages of their own")
    return kind.page.format(id=record_id)


def explainer_page(slug: str, page: str = "index") -> str:
    return posixpath.join(posixpath.dirname(record_page(EXPLAINERS, slug)), f"{page}.md")


def explainer_file(slug: str, name: str) -> str:
    """A downloadable file of an explainer's open data."""
    return posixpath.join(posixpath.dirname(record_page(EXPLAINERS, slug)), "data", name)


def explainer_card(slug: str) -> str:
    """The picture shown beside a shared link to any of the explainer's pages."""
    return posixpath.join(posixpath.dirname(record_page(EXPLAINERS, slug)), "card.png")


def topic_page(topic: str) -> str:
    return TOPIC.format(id=topic_id(topic))


def topic_id(topic: str) -> str:
    """A topic's name as an address: 'Peace talks' -> 'peace-talks'."""
    return "-".join("".join(char if char.isalnum() else " " for char in topic.casefold()).split()) or "topic"


def served(path: str) -> str:
    """Where MkDocs serves a file under docs/ (directory URLs): 'a/b.md' at 'a/b/', 'a/index.md' at 'a/'."""
    if not path.endswith(".md"):
        return path
    folder, _, name = path.removesuffix(".md").rpartition("/")
    page = "" if name == "index" else f"{name}/"
    return f"{folder}/{page}" if folder else page


def relative(here: str, target: str) -> str:
    """The link from the page `here` to `target` (a file under docs/, with or without #anchor), as the
    browser follows it: generated pages are HTML, which MkDocs passes through without rewriting links."""
    path, _, anchor = target.partition("#")
    fragment = f"#{anchor}" if anchor else ""
    if path == here and fragment:
        return fragment
    # posixpath.relpath, without its look-up of the working folder: this runs for every link.
    folder, parts = served(here).split("/")[:-1], served(path).split("/")
    common = 0
    while common < min(len(folder), len(parts) - 1) and folder[common] == parts[common]:
        common += 1
    return ("/".join([".."] * (len(folder) - common) + parts[common:]) or "./") + fragment


# What the generator owns under docs/: everything else there is written by hand.
GENERATED = tuple(
    dict.fromkeys(
        [HOME, HOW_TO_EDIT, CORRECTIONS, SITE_GLOSSARY, FEED, SITE_CARD, TOPIC.split("/")[0], PREVIEWS]
        + [kind.page.split("/")[0] for kind in KINDS if kind.page and "/" in kind.page]
    )
)
