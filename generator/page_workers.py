"""`mkdocs build` renders the theme around its pages on every core, where MkDocs renders them one after
another on one.

Once MkDocs has read every page, cleaned the site's folder and written the theme's own files, at the
first page it renders, the build forks a worker for each other core. A fork starts with all MkDocs has
read, so nothing is sent or read twice. Each worker renders every n-th page with MkDocs' own page
builder, writes it and exits; the main process renders the rest, the workers' pages through an empty
template (MkDocs writes no file for an empty page), checks every page's anchors as before, and waits
for the workers before the search index reads the site. Each page is rendered from the state one
process would render it from: the site is the same, byte for byte.

One process renders every page where forking is unsafe or would change what the build does: under
`mkdocs serve` (its server's threads, and a rebuild renders a few pages), wherever another thread runs,
where a plugin listens to the pages' rendering (its events would run in two processes), on one core, and
where Python cannot fork safely. A worker dies with the main process (the kernel kills it), so a build
that is stopped or killed leaves no process writing into the site's folder.
"""

from __future__ import annotations

import atexit
import ctypes
import gc
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field

import jinja2
from mkdocs.commands.build import _build_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from .render import forking_cores

log = logging.getLogger("mkdocs.hooks.explainer")

# A worker's exit status: how many warnings it logged (below ERRORS), plus ERRORS if it logged errors; FAILED
# if a page could not be rendered.
ERRORS, FAILED = 100, 255
MOST_CORES = 8  # each worker copies some of what it renders (about 30 MB at 100 explainers)
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def shares(pages: Sequence[File], workers: int) -> list[Sequence[File]]:
    """Every (workers + 1)-th page to each worker, from the second on: the main process keeps the first,
    whose rendering forks the workers."""
    return [pages[worker :: workers + 1] for worker in range(1, workers + 1)]


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


def prepare(config: MkDocsConfig, files: Files, env: jinja2.Environment, dirty: bool) -> jinja2.Environment:
    """Once MkDocs has read every page (on_env): share the pages out, the workers' rendering empty here."""
    global _plan
    _plan = None  # no plan of an earlier build in this process
    workers = min(forking_cores(), MOST_CORES) - 1
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    # Our hook's own on_page_context forks; another plugin's page events would run in two processes.
    listening = len(config.plugins.events["page_context"]) > 1 or config.plugins.events["post_page"]
    if workers < 1 or len(pages) < 2 or listening or threading.active_count() > 1:
        return env
    templates: dict[str, str | None] = {}
    planned = shares(pages, workers)
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
    if _plan is None or _plan.started:
        return
    _plan.started = True
    gc.freeze()  # what all the processes share stays out of the collector's reach, so it is not copied
    try:
        for share in _plan.shares:
            try:
                pid = os.fork()
            except OSError:
                _restore(_plan, share)
                continue
            if pid == 0:
                _render(_plan, share, nav, page)
            _plan.pids.append(pid)
    finally:
        gc.unfreeze()


def _render(plan: _Plan, share: Sequence[File], nav: Navigation, forked_at: Page) -> None:
    """A worker: render its pages, then exit with what it logged (see ERRORS), or FAILED."""
    status = FAILED
    try:
        _die_with_the_main_process()
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C stops the build, not worth a trace in each worker
        _BUILDER_LOG.removeFilter(plan.skipped)  # its own pages' messages are MkDocs' to give
        counted = CountHandler()
        counted.setLevel(logging.WARNING)
        logging.getLogger("mkdocs").addHandler(counted)
        forked_at.active = False  # the main process was rendering it
        _restore(plan, share)
        for file in share:
            assert file.page is not None
            # MkDocs' `excluded`, a draft's, is never so: a build leaves drafts out of its pages.
            _build_page(file.page, plan.config, plan.pages, nav, plan.env, plan.dirty)
        status = min(counted.counts[logging.WARNING], ERRORS - 1) + (ERRORS if counted.counts[logging.ERROR] else 0)
    except BaseException:
        traceback.print_exc()  # after MkDocs' own line naming the page, as one process would show it
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def _restore(plan: _Plan, share: Sequence[File]) -> None:
    """The pages' own templates back, for the process that renders them."""
    for file in share:
        assert file.page is not None
        template = plan.templates[file.src_uri]
        if template is None:
            del file.page.meta["template"]
        else:
            file.page.meta["template"] = template


def _die_with_the_main_process() -> None:
    """The kernel kills this worker when the main process dies, whatever kills it (Linux's prctl)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # it died before the line above
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
    if any(status < 0 or status >= FAILED for status in statuses):
        raise Abort("A page could not be rendered (the error is above); the site is incomplete.")
    # MkDocs counts warnings and errors for a strict build with a handler of its own: theirs go to it too.
    logged = {logging.WARNING: sum(s % ERRORS for s in statuses), logging.ERROR: sum(s // ERRORS for s in statuses)}
    for counted in (h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler)):
        for level, count in logged.items():
            if count:  # a level counted at all, even 0 times, fails a strict build
                counted.counts[level] += count


@atexit.register  # however the main process ends (Ctrl-C too), no worker is left writing pages
def stop() -> None:
    """The build failed or was stopped (on_build_error, and at exit): no worker goes on writing pages."""
    global _plan
    if _plan is None:
        return
    plan, _plan = _plan, None
    _BUILDER_LOG.removeFilter(plan.skipped)
    for pid in plan.pids:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass  # already gone
