"""`mkdocs build` reads and renders its pages on every core, where MkDocs does both one page after
another on one.

Reading (Markdown to HTML, with the hooks' page events): once MkDocs has built the navigation, the
build forks a worker for each other core; each reads every n-th page with MkDocs' own reader and hands
back what reading gives a page (its HTML, table of contents, title, metadata, anchors and links to
anchors), which the main process, having read the rest, sets on those pages before rendering begins.

Rendering: once MkDocs has read every page, cleaned the site's folder and written the theme's own files, at the
first page it renders, the build forks a worker for each other core. A fork starts with all MkDocs has
read, so nothing is sent or read twice. Each worker renders every n-th page with MkDocs' own page
builder, writes it and exits; the main process renders the rest, the workers' pages through an empty
template (MkDocs writes no file for an empty page), checks every page's anchors as before, and waits
for the workers before the search index reads the site. Each page is rendered from the state one
process would render it from: the site is the same, byte for byte.

A dirty build (`mkdocs serve --dirty`, `build --dirty`) shares out only the pages that changed. So
`serve`'s first build, which reads and renders every page before its server's threads start, forks as
a build does.

One process reads and renders every page where forking is unsafe or would change what the build does:
wherever another thread runs (`mkdocs serve`'s server, once its first build is done: a rebuild renders
a few pages), where another plugin listens to the pages' reading or rendering (its events would run in
two processes), on one core, and where Python cannot fork safely. A worker dies with the main process
(the kernel kills it), so a build that is stopped or killed leaves no process writing into the site's
folder.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import functools
import gc
import logging
import os
import pickle
import signal
import sys
import threading
import traceback
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn

import jinja2
from mkdocs.commands import build as mkdocs_build
from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils import CountHandler

from .render import forking_cores

log = logging.getLogger("mkdocs.hooks.explainer")

# A worker's exit status: how many warnings it logged (below ERRORS), plus ERRORS if it logged errors; FAILED
# if a page could not be read or rendered.
ERRORS, FAILED = 100, 255
MOST_CORES = 8  # each worker copies some of what it renders (about 30 MB at 100 explainers)
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def workers_wanted(config: MkDocsConfig, events: Sequence[str], ours: int) -> int:
    """How many workers to fork: one per other core (MOST_CORES at most), none where another plugin
    listens to the pages' `events` (our hook to `ours` of them), where another thread runs, or off Linux."""
    listening = sum(len(config.plugins.events[event]) for event in events) > ours
    if listening or threading.active_count() > 1:
        return 0
    return min(forking_cores(), MOST_CORES) - 1


def shares(pages: Sequence[File], workers: int) -> list[Sequence[File]]:
    """Every (workers + 1)-th page to each worker, from the second on: the main process keeps the first,
    whose rendering forks the workers."""
    return [pages[worker :: workers + 1] for worker in range(1, workers + 1)]


def to_build(pages: Sequence[File], dirty: bool) -> Sequence[File]:
    """The pages MkDocs reads and renders: in a dirty build, those whose source is newer than their page."""
    return [file for file in pages if file.is_modified()] if dirty else pages


class _SkippedPages(logging.Filter):
    """MkDocs reports each page that renders empty: here the workers' pages, on purpose."""

    def __init__(self, messages: set[str]) -> None:
        super().__init__()
        self.messages = messages

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() not in self.messages


@dataclass
class _Plan:
    config: MkDocsConfig
    pages: Sequence[File]
    env: jinja2.Environment
    dirty: bool
    shares: list[Sequence[File]]
    templates: dict[str, str | None]  # each of the workers' pages' own `template:`, None where it gave none
    skipped: _SkippedPages
    started: bool = False  # in a worker too, whose pages go through the same hooks
    pids: list[int] = field(default_factory=list)


_plan: _Plan | None = None
_BUILDER_LOG = logging.getLogger("mkdocs.commands.build")


@dataclass
class _Reading:
    theirs: set[str] = field(default_factory=set)  # the workers' pages
    workers: list[tuple[int, int]] = field(default_factory=list)  # each worker's pid and the end of its pipe

    def skipping(self, page: Page, *args: Any, **kwargs: Any) -> None:
        """MkDocs' own reader of a page, in its loop over the pages, for the main process's pages only."""
        if page.file.src_uri not in self.theirs:
            _populate_page(page, *args, **kwargs)


_reading: _Reading | None = None


def start_reading(config: MkDocsConfig, files: Files, dirty: bool) -> None:
    """Once MkDocs has built the navigation (on_nav), before it reads any page: fork the readers, and have
    MkDocs' loop over the pages skip theirs. Where a fork fails, the main process reads that share."""
    global _reading
    stop()  # no readers or renderers of an earlier build in this process, and MkDocs' reader its own
    workers = workers_wanted(config, ("pre_page", "page_read_source", "page_markdown", "page_content"), ours=2)
    pages = to_build(files.documentation_pages(inclusion=InclusionLevel.is_included), dirty)
    if workers < 1 or len(pages) < 2:
        return
    for file in pages:
        if file.page is None:  # a page out of the navigation, made here as MkDocs' loop would make it
            Page(None, file, config)
    reading = _Reading()
    gc.freeze()  # what all the processes share stays out of the collector's reach, so it is not copied
    try:
        for share in shares(pages, workers):
            try:
                readable, writable = os.pipe()
            except OSError:
                continue
            main = os.getpid()
            try:
                pid = os.fork()
            except OSError:
                os.close(readable)
                os.close(writable)
                continue
            if pid == 0:
                os.close(readable)
                _work(functools.partial(_reader, config, files, share, writable), main)
            os.close(writable)
            reading.theirs.update(file.src_uri for file in share)
            reading.workers.append((pid, readable))
            for file in share:  # the worker reads it: a source held in memory is not needed here
                if file.abs_src_path is None:
                    file.content_string = ""
    finally:
        gc.unfreeze()
    if reading.workers:
        mkdocs_build._populate_page = reading.skipping
        _reading = reading


def _reader(config: MkDocsConfig, files: Files, share: Sequence[File], writable: int) -> None:
    """A worker's work: read its pages and hand back what reading set on each."""
    pages_read = []
    for file in share:
        assert file.page is not None
        _populate_page(file.page, config, files)
        pages_read.append(_PageRead.of(file.page))
    # Written once all are read: the main process reads the pipe only when it has read its own pages.
    with os.fdopen(writable, "wb") as pipe:
        pickle.dump(pages_read, pipe, protocol=pickle.HIGHEST_PROTOCOL)


def _work(work: Callable[[], None], main: int) -> NoReturn:
    """A forked worker: do `work`, then exit with what it logged (see ERRORS), or FAILED."""
    status = FAILED
    try:
        _die_with(main)
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not where the build ignores it
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C stops the build, not worth a trace in each worker
        counted = CountHandler()
        counted.setLevel(logging.WARNING)
        logging.getLogger("mkdocs").addHandler(counted)
        work()
        status = min(counted.counts[logging.WARNING], ERRORS - 1) + (ERRORS if counted.counts[logging.ERROR] else 0)
    except BaseException:
        traceback.print_exc()  # after MkDocs' own line naming the page, as one process would show it
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):  # a closed stream must not let a worker out into the build
                stream.flush()
        os._exit(status)


@dataclass(frozen=True)
class _PageRead:
    """What reading sets on a page (MkDocs' Page.read_source and Page.render, and the hooks' page events),
    its links to anchors by the linked file's path."""

    src_uri: str
    meta: MutableMapping[str, Any]
    markdown: str | None
    content: str | None
    toc: TableOfContents
    title: str | None
    anchor_ids: set[str] | None
    links: dict[str, dict[str, str]] | None

    @classmethod
    def of(cls, page: Page) -> _PageRead:
        links = page.links_to_anchors
        return cls(
            page.file.src_uri,
            page.meta,
            page.markdown,
            page.content,
            page.toc,
            page._title_from_render,
            page.present_anchor_ids,
            None if links is None else {target.src_uri: anchors for target, anchors in links.items()},
        )

    def set_on(self, files: Files) -> None:
        page = files.src_uris[self.src_uri].page
        assert page is not None
        page.meta, page.markdown, page.content, page.toc = self.meta, self.markdown, self.content, self.toc
        page._title_from_render, page.present_anchor_ids = self.title, self.anchor_ids
        links = self.links
        page.links_to_anchors = None if links is None else {files.src_uris[uri]: to for uri, to in links.items()}


def finish_reading(files: Files) -> None:
    """Once MkDocs has read its own pages (on_env): set what the workers read on their pages, and count
    what they logged as one process would have (a page that could not be read fails the build)."""
    global _reading
    if _reading is None:
        return
    reading, _reading = _reading, None
    mkdocs_build._populate_page = _populate_page
    statuses = []
    for pid, readable in reading.workers:
        with os.fdopen(readable, "rb") as pipe:
            try:
                pages_read: list[_PageRead] = pickle.load(pipe)
            except Exception:
                pages_read = []  # the worker failed (its status says so), or handed back less than all
        for page_read in pages_read:
            page_read.set_on(files)
        statuses.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    _count(statuses, "A page could not be read (the error is above); the site is incomplete.")


def prepare(config: MkDocsConfig, files: Files, env: jinja2.Environment, dirty: bool) -> jinja2.Environment:
    """Once MkDocs has read every page (on_env): share the pages out, the workers' rendering empty here."""
    global _plan
    stop()  # no renderers of an earlier build in this process
    workers = workers_wanted(config, ("page_context", "post_page"), ours=2)  # our on_page_context forks
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    changed = to_build(pages, dirty)
    if workers < 1 or len(changed) < 2:
        return env
    templates: dict[str, str | None] = {}
    planned = shares(changed, workers)
    nothing = env.from_string("")  # MkDocs takes a page's `template:` as Jinja does, a name or a template
    for file in (file for share in planned for file in share):
        assert file.page is not None
        templates[file.src_uri] = file.page.meta.get("template")
        file.page.meta["template"] = nothing
    skipped = _SkippedPages({f"Page skipped: '{uri}'. Generated empty output." for uri in templates})
    _BUILDER_LOG.addFilter(skipped)
    _plan = _Plan(config, pages, env, dirty, planned, templates, skipped)
    log.info("Rendering the pages on %d cores", workers + 1)
    return env


def start(nav: Navigation, page: Page) -> None:
    """At the first page MkDocs renders (on_page_context), after it cleaned the site's folder and wrote the
    theme's files: fork the workers. Where a fork fails, the main process renders that worker's pages."""
    plan = _plan
    if plan is None or plan.started:
        return
    plan.started = True
    gc.freeze()  # what all the processes share stays out of the collector's reach, so it is not copied
    try:
        for share in plan.shares:
            main = os.getpid()
            try:
                pid = os.fork()
            except OSError:
                _restore(plan, share)
                continue
            if pid == 0:
                _work(functools.partial(_render, plan, share, nav, page), main)
            plan.pids.append(pid)
    finally:
        gc.unfreeze()


def _render(plan: _Plan, share: Sequence[File], nav: Navigation, forked_at: Page) -> None:
    """A worker's work: render its pages."""
    _BUILDER_LOG.removeFilter(plan.skipped)  # its own pages' messages are MkDocs' to give
    forked_at.active = False  # the main process was rendering it
    _restore(plan, share)
    for file in share:
        assert file.page is not None
        # MkDocs' `excluded`, a draft's, is never so: a build leaves drafts out of its pages.
        _build_page(file.page, plan.config, plan.pages, nav, plan.env, plan.dirty)


def _restore(plan: _Plan, share: Sequence[File]) -> None:
    """The pages' own templates back, for the process that renders them."""
    for file in share:
        assert file.page is not None
        template = plan.templates[file.src_uri]
        if template is None:
            del file.page.meta["template"]
        else:
            file.page.meta["template"] = template


def _die_with(main: int) -> None:
    """The kernel kills this worker when the main process dies, whatever kills it (Linux's prctl)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != main:  # it died before the line above, and another process adopted this one
        os._exit(FAILED)


def finish() -> None:
    """Before the search index reads the site (on_post_build): wait for every worker, and count what they
    logged as one process would have: a failed page fails the build, a warning counts in a strict build."""
    global _plan
    if _plan is None:
        return
    plan, _plan = _plan, None
    _BUILDER_LOG.removeFilter(plan.skipped)
    statuses = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in plan.pids]
    _count(statuses, "A page could not be rendered (the error is above); the site is incomplete.")


def _count(statuses: list[int], failed: str) -> None:
    """The workers' exit statuses as one process's build: a failure aborts it with `failed`; warnings and
    errors go to MkDocs' own count of them for a strict build."""
    stopped = [-status for status in statuses if status < 0]
    if stopped:  # by a signal, and with no word of its own
        raise Abort(f"A worker was stopped by signal {stopped[0]}; the site is incomplete.")
    if any(status >= FAILED for status in statuses):
        raise Abort(failed)
    logged = {logging.WARNING: sum(s % ERRORS for s in statuses), logging.ERROR: sum(s // ERRORS for s in statuses)}
    for counted in (h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler)):
        for level, count in logged.items():
            if count:  # a level counted at all, even 0 times, fails a strict build
                counted.counts[level] += count


@atexit.register  # however the main process ends (Ctrl-C too), no worker is left writing pages
def stop() -> None:
    """The build failed or was stopped (on_build_error, and at exit): no worker goes on reading or writing pages."""
    global _plan, _reading
    pids = []
    if _reading is not None:
        reading, _reading = _reading, None
        mkdocs_build._populate_page = _populate_page
        for pid, readable in reading.workers:
            os.close(readable)
            pids.append(pid)
    if _plan is not None:
        plan, _plan = _plan, None
        _BUILDER_LOG.removeFilter(plan.skipped)
        pids += plan.pids
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass  # already gone
