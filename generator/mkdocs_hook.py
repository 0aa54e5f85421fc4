"""MkDocs hook: regenerate the pages from data/ before MkDocs reads docs/; index the built site for search.

A data error aborts the build before MkDocs cleans or writes site/, so a bad edit never
damages what was built before.
"""

from __future__ import annotations

import atexit
import calendar
import contextlib
import ctypes
import gc
import html as markup
import logging
import os
import posixpath
import re
import sys
import time
from pathlib import Path

import jinja2
import watchdog.events
import watchdog.observers
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # MkDocs loads hooks by path, not as part of a package
    sys.path.insert(0, str(ROOT))

from generator import page_workers, search_index, theme_nav  # noqa: E402
from generator.build import Reuse, build, write_previews  # noqa: E402
from generator.models import Site  # noqa: E402
from generator.pages import GENERATED, OnDisk  # noqa: E402
from generator.problems import DataError  # noqa: E402
from generator.render import Pages  # noqa: E402
from generator.render.escape import html_attribute  # noqa: E402
from generator.render.navigation import NavItem  # noqa: E402

log = logging.getLogger("mkdocs.hooks.explainer")
# Under `mkdocs serve`, what the build keeps between rebuilds. MkDocs loads a hook once per process,
# so this lives as long as the server.
serve_reuse: Reuse | None = None
dirty_build = False
served_nav: list[NavItem] = []  # the last good build's navigation, kept while the data has problems
server_started = False  # `mkdocs serve`'s server runs (after its first build): its threads make forking unsafe
# Under `mkdocs build` (not a dirty one), the generated files, handed to MkDocs rather than written to docs/
# and read back: at 1,000 explainers, writing their 12,000 files took 1.4 to 2.2 seconds.
generated: Pages | None = None
searched: search_index.Pages | None = None  # what Pagefind reads of this build's pages, as they are rendered


class CompiledTemplates(jinja2.BytecodeCache):
    """The theme's templates compiled once per `mkdocs serve`: MkDocs makes a new Jinja environment for
    each rebuild, which compiled some 35 templates again (about 0.3 s of each rebuild). Jinja checks
    each template's source against what was compiled, so an edited template is compiled afresh."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


compiled_templates = CompiledTemplates()


def on_startup(command: str, dirty: bool) -> None:
    """Once per process: `mkdocs serve` rebuilds after each edit, reusing what did not change."""
    global serve_reuse, dirty_build
    if command == "serve" and serve_reuse is None:
        serve_reuse = Reuse()
    dirty_build = dirty


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Runs before MkDocs reads docs/ or touches site/, on every build and every serve rebuild."""
    global served_nav, generated
    started = time.perf_counter()
    serving = serve_reuse is not None
    try:
        written = serving or dirty_build  # to docs/, where MkDocs reads again only the pages that changed
        result = build(
            ROOT,
            write=written,
            reuse=serve_reuse,
            site_url=config.site_url,
            with_previews=serving,
            fork=not server_started,
        )
    except DataError as error:
        count = len(error.problems)
        if not serving:
            raise Abort(
                f"{error}\n{count} problem{'s' if count != 1 else ''} in data/; the site was not built."
            ) from None
        # While serving, an editor mid-edit sees the problems and the previews beside the last good pages.
        log.warning("%s\n%d problem%s in data/: see the Problems to fix page", error, count, "s" if count != 1 else "")
        config.nav = [item for item in served_nav if "Previews (never published)" not in item]
        config.nav += write_previews(ROOT, error.problems, serve_reuse)
        return config
    if watching is not None:
        watching.renew()
    # Builders without hooks fall back to a navigation from the folder layout.
    config.nav = served_nav = result.nav
    generated = None if written else result.pages
    apply_identity(config, result.site)
    # The same data gives the same site: MkDocs stamps the sitemap with this date, not today's.
    if result.as_of and "SOURCE_DATE_EPOCH" not in os.environ:
        os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(result.as_of.timetuple()))
    log.info(
        "Explainer: %d pages (%d written to docs/), %d citations verified in %.2f seconds",
        len(result.pages),
        len(result.written),
        result.citations,
        time.perf_counter() - started,
    )
    return config


def on_serve(server: LiveReloadServer, config: MkDocsConfig, **_: object) -> LiveReloadServer:
    """Watch what people write in docs/, not the pages the build writes there. Each rebuild writes
    generated pages into docs/; watched, they asked for a second rebuild at once, and the server holds
    every request until the last rebuild has ended, so an edit showed a whole rebuild later. data/,
    templates/ and generator/ are watched (mkdocs.yml's `watch`), and so is every hand-written file."""
    global watching, server_started
    server_started = True  # whatever the kind of serve (`--clean` too, which MkDocs starts as a build)
    server.unwatch(config.docs_dir)
    # MkDocs watches mkdocs.yml before this runs, and mkdocs.yml's `watch` after it.
    if config.config_file_path:
        server.unwatch(config.config_file_path)
    server.observer = ChangesObserver()
    if config.config_file_path:
        server.watch(config.config_file_path)
    watching = Watching(server, Path(config.docs_dir))
    watching.renew()
    return server


# What counts as an edit: the build itself opens and reads every file it watches.
_CHANGES: list[type[watchdog.events.FileSystemEvent]] = [
    watchdog.events.FileCreatedEvent,
    watchdog.events.FileModifiedEvent,
    watchdog.events.FileMovedEvent,
    watchdog.events.FileDeletedEvent,
]


class ChangesObserver(watchdog.observers.Observer):  # type: ignore[misc, valid-type]
    """Told of each change by the system (inotify, FSEvents, ...) where MkDocs' own observer walks every
    watched folder twice a second: at 1,000 explainers that is thousands of files read on each walk, a
    quarter of a second's wait on average before a rebuild starts, and time taken from the rebuild."""

    def schedule(self, event_handler: watchdog.events.FileSystemEventHandler, path: str, **options: object):  # type: ignore[no-untyped-def]
        return super().schedule(event_handler, path, recursive=bool(options.get("recursive")), event_filter=_CHANGES)


class Watching:
    """The hand-written entries of docs/ a server watches, renewed at each rebuild: a file that appeared
    since is watched from then on, and so is one an editor saved by writing a new file in its place
    (the watcher drops a file it once saw missing)."""

    def __init__(self, server: LiveReloadServer, docs: Path) -> None:
        self.server, self.docs = server, docs
        self.paths: list[str] = []

    def renew(self) -> None:
        for path in self.paths:
            self.server.unwatch(path)
        self.paths = [str(path) for path in sorted(self.docs.iterdir()) if path.name not in GENERATED]
        for path in self.paths:
            self.server.watch(path)


watching: Watching | None = None


def apply_identity(config: MkDocsConfig, site: Site) -> None:
    """The site's name, description, language and colour (its wordmark's and its share cards') come
    from data/site.yml."""
    # The theme prints both as they are: text from data is HTML-escaped here.
    config.site_name = html_attribute(site.name)
    config.site_description = html_attribute(site.tagline)
    config.theme["language"] = site.language
    for palette in config.theme["palette"]:
        # A newsroom's white header, its wordmark in the site's colour (overrides' CSS reads the accent).
        palette["primary"] = "white"
        palette["accent"] = site.colour


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    page_workers.start_reading(config, files, dirty_build)
    return nav


def on_env(env: jinja2.Environment, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    global searched
    page_workers.finish_reading(files)
    pages = (file.page for file in files.documentation_pages() if file.page is not None)
    if theme_nav.supported(config.theme["features"], pages):
        env.globals["primary_nav"] = theme_nav.primary_nav  # overrides/partials/nav.html
    if serve_reuse is not None:
        env.bytecode_cache = compiled_templates
    # What Pagefind reads, kept as each page is rendered: not in a dirty build, which renders only the pages
    # that changed, nor where another plugin may change a page after this hook.
    elif not dirty_build and len(config.plugins.events["post_page"]) == 1:
        searched = search_index.Pages(Path(config.site_dir))
    return page_workers.prepare(config, files, env, dirty_build)


def on_page_context(context: TemplateContext, page: Page, nav: Navigation, **_: object) -> TemplateContext:
    page_workers.start(nav, page)
    return context


@atexit.register  # a build stopped by Ctrl-C leaves no copy of its pages behind
def on_build_error(**_: object) -> None:
    global searched
    page_workers.stop()
    if searched is not None:
        searched.discard()
        searched = None


def on_post_page(output: str, page: Page, **_: object) -> str:
    if searched is not None:
        searched.add(page.file.dest_uri, output)
    return output


# What Python-Markdown passes through as it is, and so may be set aside: HTML elements one after
# another, each opening a line with a block-level tag and closing at the end of one, with nothing
# else (no Markdown between them or after them). Only the tags of each element's own name are read to
# find its end (an element left open inside it, "<div><p>a</div>", Python-Markdown passes through too).
_BLOCK_TAGS = frozenset(["p", "div", "ul", "ol", "nav", "figure", "blockquote", "table", "script"])
_TAG = re.compile(r"""<(/?)([a-zA-Z][\w:-]*)(?:"[^"]*"|'[^']*'|[^'">])*>""")
_STASHED = "EXPLAINER-HTML-BLOCK-{}"
_PLACEHOLDER = re.compile("<p>" + _STASHED.format(r"(\d+)") + "</p>")
_ID = re.compile(r'\sid="([^"]+)"')


def whole_elements(chunk: str) -> bool:
    at = 0  # where the next element must begin
    while opening := _TAG.match(chunk, at):
        name = opening.group(2).lower()
        if opening.group(1) or name not in _BLOCK_TAGS or opening.group().endswith("/>"):
            return False
        if name == "script":  # its JSON is no markup: on to its end
            closed = chunk.find("</script>", opening.end())
            end = closed + len("</script>") if closed >= 0 else None
        else:
            end = search_index.element_end(chunk, at, name)
        if end is None or (end < len(chunk) and chunk[end] != "\n"):
            return False
        if end == len(chunk):
            return True
        at = end + 1
    return False


def stash_html(markdown: str) -> tuple[str, list[str]]:
    """A generated page's HTML blocks set aside, each run of them in place of a word of its own. Python-Markdown
    would parse every tag of them twice (MkDocs' anchors, then its raw HTML) to pass them through
    unchanged: most of a generated page's conversion. Headings stay Markdown for the table of contents."""
    blocks: list[str] = []
    kept: list[str] = []
    for chunk in markdown.split("\n\n"):
        block = chunk.strip("\n")
        if not whole_elements(block) or " markdown" in block:
            kept.append(chunk)
        elif chunk == block and blocks and kept[-1] == _STASHED.format(len(blocks) - 1):
            blocks[-1] += "\n" + block  # one word for a run of blocks, put back as Python-Markdown joins them
        else:
            kept.append(chunk.replace(block, _STASHED.format(len(blocks))))
            blocks.append(block)
    return "\n\n".join(kept), blocks


def restore_html(html: str, blocks: list[str]) -> str:
    """The blocks put back in one pass: a block's own text is never read as a placeholder."""
    return _PLACEHOLDER.sub(lambda placeholder: blocks[int(placeholder.group(1))], html)


stashed: dict[str, list[str]] = {}  # a page's set-aside HTML blocks, from its Markdown to its HTML


def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    if page.file.src_uri.split("/")[0] not in GENERATED:
        return markdown
    markdown, stashed[page.file.src_uri] = stash_html(markdown)
    return markdown


def on_page_content(html: str, page: Page, **_: object) -> str:
    """Put back the page's HTML blocks, whose ids MkDocs' check of anchors needs to know, and check
    their links as MkDocs checks a Markdown link. Then drop the page's Markdown, and its source where
    the build handed it from memory: MkDocs keeps every page until the build ends, and nothing reads
    the Markdown again. Empty, not None, which would blank the page's title."""
    blocks = stashed.pop(page.file.src_uri, [])
    if blocks:
        html = restore_html(html, blocks)
        markup_set_aside = "".join(blocks)
        if page.present_anchor_ids is not None:
            page.present_anchor_ids.update(_ID.findall(markup_set_aside))
        check_links(page, _HREF.findall(markup_set_aside))
    page.markdown = ""
    if page.file.abs_src_path is None:
        page.file.content_string = ""
    return html


_HREF = re.compile(r'\shref="([^"]*)"')
_ELSEWHERE = re.compile(r"^(?:[a-zA-Z][\w+.-]*:|//|/)")  # another site, a scheme or the server's root
served: dict[str, File] = {}  # this build's files by the URL each is served at


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global generated
    if generated is not None:
        files, generated = with_generated(files, config, generated), None
    if serve_reuse is not None:
        give_back_freed_memory()
    served.clear()
    served.update((file.url, file) for file in files)
    return files


def give_back_freed_memory() -> None:
    """Under `mkdocs serve`, once the generator's pages are written to docs/ and dropped: return their memory
    to the system. The C allocator keeps freed memory for later, and MkDocs' reading of the pages did not
    reuse it: at 1,000 explainers the server held 260 MB more at its peak, and for as long as it ran."""
    if sys.platform == "linux":
        with contextlib.suppress(OSError, AttributeError):  # glibc's; another C library may lack it
            ctypes.CDLL(None).malloc_trim(0)


def with_generated(files: Files, config: MkDocsConfig, contents: Pages) -> Files:
    """The docs' own files and the generated ones (in place of any that an earlier serve or `python -m
    generator build` wrote to docs/), in the order MkDocs lists a folder's files. The pages go to MkDocs
    from memory; the other files (pictures, open data, the feed) are written straight into the site,
    each file's source its destination, as MkDocs allows a plugin's files: held until MkDocs copied
    them, they were a tenth of the build's memory at 1,000 explainers."""
    made, folders = [], set()
    for path, content in contents.items():
        assert not isinstance(content, OnDisk), "only a build that wrote docs/ keeps pages there"
        if path.endswith(".md"):
            made.append(File.generated(config, path, content=content))
            continue
        target = Path(config.site_dir, path)
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        made.append(File.generated(config, path, abs_src_path=str(target)))
    kept = [file for file in files if file.src_uri.split("/")[0] not in GENERATED]
    return Files(sorted(kept + made, key=_listed))


def _listed(file: File) -> tuple[tuple[int | bool | str, ...], ...]:
    """Where MkDocs lists a file (walking docs/): a folder's files before its subfolders, each sorted by
    name, its index page first."""
    *folders, name = file.src_uri.split("/")
    return (*((1, folder) for folder in folders), (0, posixpath.splitext(name)[0] not in ("index", "README"), name))


def check_links(page: Page, hrefs: list[str]) -> None:
    """Warn, as MkDocs does of a Markdown link (a warning fails a strict build), of each link in the
    page's HTML whose page or file the site lacks; hand each anchor to MkDocs' own check of anchors,
    which runs once every page is rendered."""
    for href in dict.fromkeys(markup.unescape(href) for href in hrefs):
        if _ELSEWHERE.match(href):
            continue
        path, _, anchor = href.partition("#")
        path = path.partition("?")[0]
        if not path:
            target: File | None = page.file
        else:
            url = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page.url), path)).lstrip("/")
            url = "" if url == "." else url
            target = served.get(f"{url}/" if path.endswith("/") and url else url)
        if target is None:
            log.warning("Generated page '%s' links to '%s', which the site lacks", page.file.src_uri, href)
        elif anchor and page.links_to_anchors is not None:
            page.links_to_anchors.setdefault(target, {}).setdefault(anchor, href)


def on_post_build(config: MkDocsConfig) -> None:
    """Index the built site for search with Pagefind, which writes its index in small pieces."""
    global searched
    page_workers.finish()
    site = Path(config.site_dir)
    pages, searched = searched, None
    # `serve --dirty` keeps the index of its first build: an edit shows sooner, and is searchable after a restart.
    if serve_reuse is not None and (site / "pagefind" / "pagefind.js").is_file():
        return
    if serve_reuse is not None:
        # What the first build made and serve keeps for hours (the checked data, the rendered pages, the
        # theme) is put out of the cycle collector's reach: a rebuild's collection then walks only what
        # rebuilds make, not the whole heap (at 1,000 explainers, a rebuild of 1.7 to 3.4 s became 1.6 to 2.0 s).
        gc.collect()
        gc.freeze()
    search_index.index(site, pages)
