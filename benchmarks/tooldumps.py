"""Plain-text dumps of HTML pages made at run time by the tools people use to make them.

Tools (:data:`TOOL_NAMES`): ``lynx -dump`` with its numbered link list and with
``-nolist``, ``w3m -dump``, inscriptis, html2text (Markdown), html-text and a browser's
select-all-and-copy (headless Chromium's ``document.body.innerText``, every request
off the machine blocked). A tool that is not installed is skipped with a note
(:func:`make_dumper` raises :class:`DumperUnavailable`).

Nothing is written into the repository. Dumps are cached under
``$NEWSPARSE_DUMP_CACHE``, else ``$XDG_CACHE_HOME/newsparse/tooldumps``, else
``~/.cache/newsparse/tooldumps``, keyed by tool, tool version, options and page, so
that a rerun only parses. ``python -m benchmarks.tooldumps TOOL FILE [URL]`` prints
one dump, for looking at a page as a tool gives it.
"""

from __future__ import annotations

import base64
import fcntl
import gzip
import hashlib
import html as html_lib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = [
    "TOOL_NAMES",
    "URL_TOOLS",
    "DumpCache",
    "DumpFailed",
    "Dumper",
    "DumperUnavailable",
    "cache_dir",
    "cached_dump",
    "deadline",
    "make_dumper",
    "prepare_html",
]

# The order of the report: the terminal browsers, the Python converters, then the browser.
TOOL_NAMES: tuple[str, ...] = ("lynx", "lynx-nolist", "w3m", "inscriptis", "html2text", "html-text", "chromium")
# Tools whose dumps carry link targets (lynx's References list, html2text's Markdown links).
URL_TOOLS: frozenset[str] = frozenset({"lynx", "html2text"})
TIMEOUT = 60.0  # seconds one tool may take on one page
# Bumped when the way a page is handed to the tools changes, so old cached dumps are not reused.
PREPARE_VERSION = "1"


class DumperUnavailable(Exception):
    """The tool is not installed (or cannot start) on this machine."""


class DumpFailed(Exception):
    """The tool ran but gave no dump for this page (exit status, time-out, crash)."""


# --- the page as the file-reading tools get it -------------------------------------------

_HEAD_LIMIT = 131072  # as benchmarks.corpora.declared_charset: a late <meta charset> still counts
_META_CHARSET = re.compile(r"(<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*)([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(r"^(\s*<\?xml[^>]*?\bencoding\s*=\s*[\"'])([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HAS_BASE = re.compile(r"<base\b[^>]*\bhref\s*=", re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


def prepare_html(html: str, url: str | None) -> bytes:
    """The decoded page as UTF-8 bytes that lynx, w3m and Chromium read as the corpus does.

    The corpora mix charsets and some pages declare one they are not stored in; the
    page is decoded once (``benchmarks.corpora.decode_html``) and written back as UTF-8,
    so its own charset declarations are rewritten to say so (lynx and Chromium obey a
    ``<meta charset>`` over any command-line default). A ``<base>`` with the page's URL
    is added when the page has none, so lynx resolves links as ``lynx -dump URL`` would.
    """
    head_end = html.lower().find("</head", 0, _HEAD_LIMIT)
    cut = head_end if head_end != -1 else min(len(html), _HEAD_LIMIT)
    head = _META_CHARSET.sub(lambda m: m.group(1) + "utf-8", html[:cut])
    head = _XML_ENCODING.sub(lambda m: m.group(1) + "utf-8", head)
    page = head + html[cut:]
    if url and not _HAS_BASE.search(page):
        tag = f'<base href="{html_lib.escape(url, quote=True)}">'
        m = _HEAD_OPEN.search(page, 0, _HEAD_LIMIT)
        page = page[: m.end()] + tag + page[m.end() :] if m else tag + page
    return page.encode("utf-8", errors="replace")


# --- cache -----------------------------------------------------------------------------


def cache_dir() -> Path:
    """Where dumps are cached: never inside the repository."""
    env = os.environ.get("NEWSPARSE_DUMP_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "newsparse" / "tooldumps"


def page_hash(html: str, url: str | None) -> str:
    h = hashlib.sha256()
    h.update((url or "").encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(html.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class DumpCache:
    """Gzipped dumps in ``root/<tool>/<version key>/<page hash>.json.gz``; ``root`` None disables it."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def _path(self, dumper: Dumper, key: str) -> Path | None:
        if self.root is None:
            return None
        version = hashlib.sha256(f"{dumper.version}\0{dumper.options}\0{PREPARE_VERSION}".encode()).hexdigest()[:16]
        return self.root / dumper.name / version / key[:2] / f"{key}.json.gz"

    def get(self, dumper: Dumper, key: str) -> tuple[str, float] | None:
        """The cached dump and the seconds the tool took to make it, or None."""
        path = self._path(dumper, key)
        if path is None or not path.is_file():
            return None
        try:
            entry = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
            return str(entry["text"]), float(entry["seconds"])
        except (OSError, EOFError, ValueError, KeyError, TypeError):
            return None  # a torn write from a killed run: make the dump again

    def put(self, dumper: Dumper, key: str, text: str, seconds: float) -> None:
        path = self._path(dumper, key)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        entry = json.dumps({"seconds": seconds, "text": text}, ensure_ascii=False)
        tmp.write_bytes(gzip.compress(entry.encode("utf-8", "replace"), compresslevel=6))
        os.replace(tmp, path)


# --- dumpers ---------------------------------------------------------------------------


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in an in-process call that runs longer than ``seconds`` (main thread only,
    where signals are delivered; elsewhere there is no cut-off)."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"no result after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _dist_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError as exc:
        raise DumperUnavailable(f"{dist} is not installed (pip install '.[bench]')") from exc


class Dumper:
    """One tool: ``setup`` finds it (raising :class:`DumperUnavailable`), ``dump`` makes one dump."""

    name = ""
    # What else than the version changes the output; part of the cache key.
    options = ""
    version = "?"
    prints_urls = False

    def setup(self, workdir: Path) -> None:
        raise NotImplementedError

    def dump(self, html: str, url: str | None) -> str:
        raise NotImplementedError

    def close(self) -> None:
        """Free what ``setup`` started (the browser)."""

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


class _CommandDumper(Dumper):
    """A program that reads the page from a file and prints the dump on stdout."""

    program = ""

    def setup(self, workdir: Path) -> None:
        exe = shutil.which(self.program)
        if exe is None:
            raise DumperUnavailable(f"{self.program} is not installed (apt-get install {self.program})")
        self.exe = exe
        self.workdir = workdir
        # A home of its own: no user configuration read, no history or cookie files left behind.
        home = workdir / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "dumb",
        }
        self.version = self._version()

    def _version(self) -> str:
        raise NotImplementedError

    def _argv(self, path: Path) -> list[str]:
        raise NotImplementedError

    def _run(self, argv: list[str], timeout: float = 10.0) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            argv, capture_output=True, timeout=timeout, env=self.env, stdin=subprocess.DEVNULL, check=False
        )

    def dump(self, html: str, url: str | None) -> str:
        path = self.workdir / "page.html"
        path.write_bytes(prepare_html(html, url))
        try:
            done = self._run(self._argv(path), TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            raise DumpFailed(f"no dump after {TIMEOUT:g} s") from exc
        if done.returncode != 0 and not done.stdout:
            raise DumpFailed(f"exit status {done.returncode}: {done.stderr.decode('utf-8', 'replace')[:120]}")
        return self._finish(done.stdout.decode("utf-8", errors="replace"), path, url)

    def _finish(self, text: str, path: Path, url: str | None) -> str:
        return text


class LynxDumper(_CommandDumper):
    name = "lynx"
    program = "lynx"
    prints_urls = True
    flags: tuple[str, ...] = ()

    def _version(self) -> str:
        out = self._run([self.exe, "-version"]).stdout.decode("utf-8", "replace")
        m = re.search(r"Lynx Version (\S+)", out)
        return m.group(1) if m else "?"

    @property
    def options(self) -> str:  # type: ignore[override]
        return " ".join((*self.flags, "self-links=url"))

    def _finish(self, text: str, path: Path, url: str | None) -> str:
        # Links to the page itself ("#top", "#comments") are listed against the document's own
        # address: the page URL for `lynx -dump URL`, not this run's temporary file.
        own = url or "file://localhost/page.html"
        return text.replace(f"file://localhost{path}", own).replace(path.as_uri(), own)

    def _argv(self, path: Path) -> list[str]:
        # Lynx's defaults otherwise (80 columns, Debian's lynx.cfg); only the charsets are said,
        # so the output is UTF-8 whatever the locale.
        return [
            self.exe,
            "-dump",
            "-force_html",
            "-assume_charset=utf-8",
            "-display_charset=utf-8",
            *self.flags,
            str(path),
        ]


class LynxNolistDumper(LynxDumper):
    name = "lynx-nolist"
    prints_urls = False
    flags = ("-nolist",)


class W3mDumper(_CommandDumper):
    name = "w3m"
    program = "w3m"
    options = "-I UTF-8 -O UTF-8 -o meta_refresh=0"

    def _version(self) -> str:
        out = self._run([self.exe, "-version"]).stdout.decode("utf-8", "replace")
        m = re.search(r"w3m/(\S+?),", out)
        return m.group(1) if m else "?"

    def _argv(self, path: Path) -> list[str]:
        # -I outranks the page's own <meta charset>; a refresh must not send w3m off the machine.
        return [self.exe, "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-o", "meta_refresh=0", str(path)]


class InscriptisDumper(Dumper):
    name = "inscriptis"

    def setup(self, workdir: Path) -> None:
        self.version = _dist_version("inscriptis")
        try:
            from inscriptis import get_text  # type: ignore[import-not-found,import-untyped,unused-ignore]
        except ImportError as exc:
            raise DumperUnavailable(f"inscriptis cannot be imported ({exc})") from exc
        self._get_text = get_text

    def dump(self, html: str, url: str | None) -> str:
        with deadline(TIMEOUT):
            return str(self._get_text(html))


class Html2textDumper(Dumper):
    name = "html2text"
    prints_urls = True

    def setup(self, workdir: Path) -> None:
        self.version = _dist_version("html2text")
        try:
            import html2text  # type: ignore[import-not-found,import-untyped,unused-ignore]
        except ImportError as exc:
            raise DumperUnavailable(f"html2text cannot be imported ({exc})") from exc
        self._module = html2text

    def dump(self, html: str, url: str | None) -> str:
        # Its defaults (Markdown links and images, 78-column wrapping); baseurl as the page's address.
        conv = self._module.HTML2Text(baseurl=url or "")
        with deadline(TIMEOUT):
            return str(conv.handle(html))


class HtmlTextDumper(Dumper):
    name = "html-text"

    def setup(self, workdir: Path) -> None:
        self.version = _dist_version("html-text")
        try:
            import html_text  # type: ignore[import-not-found,import-untyped,unused-ignore]
        except ImportError as exc:
            raise DumperUnavailable(f"html-text cannot be imported ({exc})") from exc
        self._extract = html_text.extract_text

    def dump(self, html: str, url: str | None) -> str:
        with deadline(TIMEOUT):
            return str(self._extract(html))


# --- the browser -----------------------------------------------------------------------

# Every request of the tab goes through the Fetch domain: the page itself is answered from memory,
# all others are aborted. WebSockets never reach the Fetch domain; they are on the tab's block list.
_INTERCEPTED = [{"urlPattern": "*"}]
_BLOCKED = ["ws://*", "wss://*"]
# The address a page without a known URL is served at (a reserved name: it resolves nowhere).
_NO_URL = "https://page.invalid/"
# Pages hide <html> or <body> until a script of theirs shows them again (anti-flicker snippets, font
# loaders); with that script not loaded they would stay blank, which no reader with a network sees.
# A page whose scripts replaced the document may have no <body>: then the whole document is read.
_INNER_TEXT = """(() => {
  for (const el of [document.documentElement, document.body]) {
    if (el && el.style) {
      el.style.setProperty("visibility", "visible", "important");
      el.style.setProperty("opacity", "1", "important");
    }
  }
  const root = document.body || document.documentElement;
  return [document.URL, root ? root.innerText : ""];
})()"""


class ChromiumDumper(Dumper):
    """Select-all-and-copy in a browser: headless Chromium's ``document.body.innerText``.

    One browser runs for the whole pass and is driven over the DevTools protocol on a
    pipe (no port, no extra package). Each page is a fresh tab that opens the page's own
    URL; the Fetch domain answers that first document request with the decoded page (as
    UTF-8, said in the Content-Type header, which outranks the page's ``<meta charset>``)
    and aborts every other request, so nothing leaves the machine (WebSockets are blocked,
    and a host resolver that resolves nothing stands behind both). The page's scripts run
    at its own address (a page that checks its host name before showing itself still
    shows), none of its resources or trackers load, and an aborted navigation leaves the
    page in place. Style sheets of the page's site do not load either: text that those
    would hide shows here. A page that shows no text at all then (an app whose scripts did
    not load: forum threads, shops) is read once more with scripts off, as its server
    wrote it for readers without them (its ``<noscript>`` content).
    """

    name = "chromium"
    options = "innerText 1366x900 js-on served-at-url others-aborted html-body-shown no-js-if-blank"
    LOAD_WAIT = 15.0  # seconds to wait for the load event; the text is read then in any case

    def setup(self, workdir: Path) -> None:
        exe = os.environ.get("NEWSPARSE_CHROMIUM") or next(
            (p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None
        )
        if exe is None:
            raise DumperUnavailable("chromium is not installed (apt-get install chromium)")
        self.exe = exe
        self.workdir = workdir
        try:
            out = subprocess.run([exe, "--version"], capture_output=True, timeout=30, check=False).stdout
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DumperUnavailable(f"chromium does not start ({exc})") from exc
        m = re.search(rb"(\d+\.\d+\.\d+\.\d+)", out)
        self.version = m.group(1).decode() if m else "?"
        self.proc: subprocess.Popen[bytes] | None = None
        self._start()

    def _start(self) -> None:
        profile = tempfile.mkdtemp(prefix="profile-", dir=self.workdir)
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        argv = [
            self.exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-extensions",
            "--mute-audio",
            "--renderer-process-limit=1",
            f"--user-data-dir={profile}",
            "--window-size=1366,900",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--remote-debugging-pipe",
            "about:blank",
        ]

        def _fds() -> None:
            # The DevTools pipe is fd 3 (commands in) and fd 4 (replies out) of the browser; the
            # pipe ends are first moved above 10 so that placing one cannot overwrite the other.
            a = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            argv,
            pass_fds=(3, 4),
            preexec_fn=_fds,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buf = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._serving: str | None = None  # the page, base64, until its document request is answered
        try:
            self._call("Browser.getVersion", timeout=30)
        except (DumpFailed, OSError) as exc:
            self.close()
            raise DumperUnavailable(f"chromium does not answer on its DevTools pipe ({exc})") from exc

    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> int:
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            data = data[os.write(self._to_browser, data) :]
        return self._next_id

    def _recv(self, timeout: float) -> dict[str, Any] | None:
        end = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = end - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                return None
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise DumpFailed("chromium closed its DevTools pipe")
            self._buf += chunk
        msg, _, self._buf = self._buf.partition(b"\0")
        out: dict[str, Any] = json.loads(msg)
        method = out.get("method")
        if method == "Page.javascriptDialogOpening":
            # An alert() would stop the page until someone clicks it.
            self._send("Page.handleJavaScriptDialog", {"accept": True}, out.get("sessionId"))
        elif method == "Fetch.requestPaused":
            # Answered at once: a request left waiting would hold the load event back.
            params = out.get("params", {})
            request, session = params.get("requestId"), out.get("sessionId")
            if params.get("resourceType") == "Document" and self._serving is not None:
                # The tab's first document request is the page (frames and navigations come after it).
                body, self._serving = self._serving, None
                headers = [{"name": "Content-Type", "value": "text/html; charset=utf-8"}]
                self._send(
                    "Fetch.fulfillRequest",
                    {"requestId": request, "responseCode": 200, "responseHeaders": headers, "body": body},
                    session,
                )
            else:
                self._send("Fetch.failRequest", {"requestId": request, "errorReason": "Aborted"}, session)
        return out

    def _call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None, timeout: float = 10.0
    ) -> dict[str, Any]:
        wanted = self._send(method, params, session)
        end = time.monotonic() + timeout
        while True:
            msg = self._recv(end - time.monotonic())
            if msg is None:
                raise DumpFailed(f"no answer to {method} after {timeout:g} s")
            if msg.get("id") == wanted:
                if "error" in msg:
                    raise DumpFailed(f"{method}: {msg['error'].get('message')}")
                result: dict[str, Any] = msg.get("result", {})
                return result
            if "method" in msg:
                self._events.append(msg)

    def _wait_event(self, name: str, session: str, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while True:
            if any(e.get("method") == name and e.get("sessionId") == session for e in self._events):
                return True
            msg = self._recv(end - time.monotonic())
            if msg is None:
                return False
            if "method" in msg:
                self._events.append(msg)

    def dump(self, html: str, url: str | None) -> str:
        text = self._read(html, url, scripts=True)
        return text if text.strip() else self._read(html, url, scripts=False)

    def _read(self, html: str, url: str | None, scripts: bool) -> str:
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        address = url if url and url.startswith(("http://", "https://")) else _NO_URL
        target = None
        try:
            target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            self._call("Page.enable", session=session)
            self._call("Network.enable", session=session)
            self._call("Network.setBlockedURLs", {"urls": _BLOCKED}, session=session)
            self._call("Fetch.enable", {"patterns": _INTERCEPTED}, session=session)
            if not scripts:
                self._call("Emulation.setScriptExecutionDisabled", {"value": True}, session=session)
            self._events.clear()
            self._serving = base64.b64encode(html.encode("utf-8", errors="replace")).decode("ascii")
            self._call("Page.navigate", {"url": address}, session=session, timeout=self.LOAD_WAIT)
            self._wait_event("Page.loadEventFired", session, self.LOAD_WAIT)
            value = self._call(
                "Runtime.evaluate", {"expression": _INNER_TEXT, "returnByValue": True}, session=session, timeout=20
            )["result"].get("value")
            if not isinstance(value, list) or len(value) != 2:
                raise DumpFailed("innerText not readable")
            shown_url, text = value
        except DumpFailed:
            # A hung renderer or a lost pipe: a new browser for the next page.
            self.close()
            raise
        finally:
            self._serving = None
            if target is not None and self.proc is not None and self.proc.poll() is None:
                try:
                    self._call("Target.closeTarget", {"targetId": target})
                except DumpFailed:
                    self.close()
        if not str(shown_url).startswith(("http://", "https://")):
            # An error page or about:blank: the page itself never showed.
            raise DumpFailed(f"the tab shows {str(shown_url)[:40]!r}, not the page")
        return str(text)

    def close(self) -> None:
        proc, self.proc = getattr(self, "proc", None), None
        if proc is None:
            return
        for fd in (self._to_browser, self._from_browser):
            with suppress(OSError):
                os.close(fd)
        if proc.poll() is None:
            # Its own process group (start_new_session): the renderer and helpers go with it.
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


_DUMPERS: dict[str, type[Dumper]] = {
    "lynx": LynxDumper,
    "lynx-nolist": LynxNolistDumper,
    "w3m": W3mDumper,
    "inscriptis": InscriptisDumper,
    "html2text": Html2textDumper,
    "html-text": HtmlTextDumper,
    "chromium": ChromiumDumper,
}


def make_dumper(name: str, workdir: Path) -> Dumper:
    """The tool ``name`` (one of :data:`TOOL_NAMES`), set up; :class:`DumperUnavailable` if it is missing."""
    dumper = _DUMPERS[name]()
    workdir.mkdir(parents=True, exist_ok=True)
    dumper.setup(workdir)
    return dumper


def cached_dump(dumper: Dumper, cache: DumpCache, html: str, url: str | None) -> tuple[str, float, bool]:
    """The dump of one page, the seconds the tool took to make it, and whether it came from the cache."""
    key = page_hash(html, url)
    hit = cache.get(dumper, key)
    if hit is not None:
        return hit[0], hit[1], True
    t0 = time.perf_counter()
    text = dumper.dump(html, url)
    seconds = time.perf_counter() - t0
    cache.put(dumper, key, text, seconds)
    return text, seconds, False


def main(argv: list[str] | None = None) -> int:
    import argparse

    from benchmarks.corpora import decode_html

    ap = argparse.ArgumentParser(
        prog="python -m benchmarks.tooldumps", description="Print one page as a tool dumps it."
    )
    ap.add_argument("tool", choices=TOOL_NAMES)
    ap.add_argument("file", type=Path, help="an HTML file (gzipped is fine)")
    ap.add_argument("url", nargs="?", help="the page's address, for resolving its links")
    args = ap.parse_args(argv)
    data = args.file.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    with tempfile.TemporaryDirectory(prefix="tooldumps-") as tmp:
        try:
            dumper = make_dumper(args.tool, Path(tmp))
        except DumperUnavailable as exc:
            print(f"{args.tool}: {exc}", file=sys.stderr)
            return 2
        try:
            sys.stdout.write(dumper.dump(decode_html(data), args.url))
        finally:
            dumper.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
