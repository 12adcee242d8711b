"""Local files and folders: which files a folder holds, what kind each is, and capped reading."""

from __future__ import annotations

import gzip
import logging
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import PurePath

log = logging.getLogger(__name__)

KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}
JSONL = (".jsonl", ".ndjson")
FEEDS = (".xml", ".rss", ".atom", ".rdf")
WARC = (".warc",)
# What a folder walk reads; other files in a folder (README.md, images, scripts) are skipped and
# logged. A file named on the command line is always read, its content sniffed.
FOLDER_SUFFIXES = (*KINDS, *JSONL, *FEEDS, *WARC)


def suffix(path: str) -> str:
    """The meaningful extension, lower case, looking through a final ".gz"."""
    name = PurePath(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return PurePath(name).suffix


def kind_of(path: str) -> str:
    """ "text", "html" or "unknown" from the file name."""
    return KINDS.get(suffix(path), "unknown")


def walk(path: str) -> Iterator[str]:
    """`path` itself if it is a file, else the readable files under it: recursive, sorted, no hidden."""
    if not os.path.isdir(path):
        yield path
        return
    unreadable: list[str] = []
    for root, dirs, names in os.walk(path, onerror=lambda exc: unreadable.append(exc.filename or path)):
        yield from unreadable  # read_capped then says why (permission denied, ...)
        unreadable.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            ext = suffix(name)
            if ext in FOLDER_SUFFIXES or not ext:
                yield full
            else:
                log.info(
                    "skipped %s: %r files are not read from folders (name the file to read it)", full, ext
                )
    yield from unreadable


def not_regular(path: str) -> str | None:
    """Why `path` cannot be read as a file (missing, a folder that could not be listed, a pipe...)."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            os.listdir(path)  # raises the reason it could not be walked
            return f"unreadable: {path} is a folder that could not be listed"
    except FileNotFoundError:
        return f"not found: no file or folder {path!r}"
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc} ({path})"
    if not stat.S_ISREG(mode):
        # A pipe or a device would block or never end.
        return f"unreadable: {path} is not a regular file (a pipe, socket or device)"
    return None


def read_capped(path: str, max_bytes: int) -> tuple[bytes, str | None]:
    """The first `max_bytes` bytes of a file, and a reason when it is larger, missing or unreadable."""
    problem = not_regular(path)
    if problem:
        return b"", problem
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return b"", f"not found: no file or folder {path!r}"
    except OSError as exc:
        return b"", f"unreadable: {exc.strerror or exc} ({path})"
    if len(data) > max_bytes:
        return data[:max_bytes], (
            f"too large: more than {max_bytes} bytes; only the first {max_bytes} were read "
            "(raise the cap with --max-bytes or RECOUPE_MAX_BYTES)"
        )
    return data, None


def lines(path: str, max_bytes: int) -> Iterator[bytes]:
    """Lines of a (possibly gzipped) text file, each cut at max_bytes+1 so a huge line is never held whole.

    Raises OSError (including a truncated gzip, as EOFError is re-raised as OSError) on read failure.
    """
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            while True:
                line = handle.readline(max_bytes + 1)
                if not line:
                    return
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    while True:  # skip the rest of the oversized line
                        more = handle.readline(1 << 20)
                        if not more or more.endswith(b"\n"):
                            break
                yield line
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise OSError(f"truncated or corrupt gzip: {exc}") from exc
