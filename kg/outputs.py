"""Where commands write: checks made before any work starts, and `kg build`'s output folder as one set.

`kg build` writes every output into a staging folder inside --out (`.kg-staging-<pid>`), then moves the files
into --out. While it does, it holds an exclusive lock (fcntl.flock on `--out/.kg-build.lock`), so a second
build into the same folder stops at once with a message instead of mixing its files with the first one's.
The staging folder is marked complete before the first file is moved: if a build is killed while moving, the
next build into that folder finishes the move (the folder then holds the newer set whole); a staging folder
that was not complete (killed while extracting or writing) and temporary files of dead processes are removed.
"""
from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".kg-build.lock"
STAGING_PREFIX = ".kg-staging-"
COMPLETE = ".complete"                    # in a staging folder: every output is written, moving may start
MANIFEST = ".kg-build-outputs"            # names of the files the last build wrote (stale ones are removed)
# temporary files of atomic_write / the database writer: .<name>.<pid>.<random>.tmp, .<name>.<pid>.tmp(.wal)
_TMP = re.compile(r"^\..+?\.(?P<pid>\d+)\.(?:[^.]+\.)?tmp(?:\.wal)?$")
_OLD_TMP = re.compile(r"^\..+\.tmp(?:\.wal)?$")        # from kg versions without the pid in the name
OLD_TMP_SECONDS = 3600


class OutputError(Exception):
    """The output cannot be written where the user asked; str() says where and why."""


class NothingRead(Exception):
    """No input document could be read: the outputs are left as they were."""

    def __init__(self, where: str | Path):
        super().__init__(f"no document was read, so {where} was left as it was")


def _probe(folder: Path) -> None:
    """Create and remove a file in `folder`: the only sure test of writing there (root ignores modes)."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".kg-probe-{os.getpid()}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"{folder}: cannot write here ({err.strerror or err})") from None
    os.close(fd)
    os.unlink(name)


def check_output_file(path: str | Path) -> Path:
    """Before any work: `path` must be a file that can be (re)written. Creates missing parent folders."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name, e.g. {path / 'out.jsonl'}")
    if path.exists() and not path.is_file():
        raise OutputError(f"{path}: is not a regular file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{path.parent}: cannot create this folder ({err.strerror or err})") from None
    _probe(path.parent)
    return path


def check_output_dir(path: str | Path) -> Path:
    """Before any work: `path` must be a folder (created if missing) where files can be written."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: is a file, not a folder; give --out a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{path}: cannot create this folder ({err.strerror or err})") from None
    _probe(path)
    return path


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _move_in(staging: Path, out: Path) -> list[str]:
    """Move every file of a complete staging folder into `out`, remove what the previous build wrote and this
    one did not, and the staging folder itself. Safe to repeat after a kill (files already moved are gone)."""
    names = sorted(p.name for p in staging.iterdir() if p.is_file() and p.name != COMPLETE)
    listed = staging / COMPLETE
    wanted = [n for n in listed.read_text(encoding="utf-8").split("\n") if n] if listed.exists() else names
    for name in names:
        os.replace(staging / name, out / name)
    previous = out / MANIFEST
    if previous.exists():
        for name in previous.read_text(encoding="utf-8").split("\n"):
            if name and name not in wanted and "/" not in name and not name.startswith("."):
                (out / name).unlink(missing_ok=True)
    tmp = out / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text("\n".join(wanted) + "\n", encoding="utf-8")
    os.replace(tmp, previous)
    shutil.rmtree(staging, ignore_errors=True)
    return wanted


def tidy(out: Path) -> list[str]:
    """Under the build lock: finish a build killed while moving its files in, remove staging folders of builds
    killed earlier and temporary files of processes that are gone. Returns what was done, for messages."""
    done = []
    for entry in sorted(out.iterdir()):
        name = entry.name
        if name.startswith(STAGING_PREFIX) and entry.is_dir() and not entry.is_symlink():
            if (entry / COMPLETE).exists():
                _move_in(entry, out)
                done.append(f"finished moving the outputs of an interrupted build ({name})")
            else:
                shutil.rmtree(entry, ignore_errors=True)
                done.append(f"removed {name} (left by an interrupted build)")
            continue
        m = _TMP.match(name)
        try:
            if m and not _alive(int(m.group("pid"))):
                entry.unlink()
                done.append(f"removed {name} (left by an interrupted run)")
            elif not m and _OLD_TMP.match(name) and entry.is_file() \
                    and time.time() - entry.stat().st_mtime > OLD_TMP_SECONDS:
                entry.unlink()
                done.append(f"removed {name} (left by an interrupted run)")
        except OSError:
            pass
    return done


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Exclusive use of `out` by one build (fcntl.flock: released by the kernel if the process dies)."""
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
            raise OutputError(f"{out}: another kg build{f' (pid {holder})' if holder.isdigit() else ''} is writing "
                              "here right now; wait for it to finish, or build into another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)                    # closing releases the lock


@contextmanager
def staged_output(out: str | Path, report=None) -> Iterator[Path]:
    """Yield a staging folder inside `out` to write every output into. When the block ends normally the files
    are moved into `out` as one set; when it raises (error, Ctrl-C, kill) `out` is left as it was."""
    out = check_output_dir(out)
    with build_lock(out):
        for line in tidy(out):
            if report:
                report(line)
        staging = out / f"{STAGING_PREFIX}{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        try:
            yield staging
            names = sorted(p.name for p in staging.iterdir() if p.is_file())
            tmp = staging / f".{COMPLETE}.tmp"
            tmp.write_text("\n".join(names) + "\n", encoding="utf-8")
            os.replace(tmp, staging / COMPLETE)       # from here on, a killed build is finished by the next one
            _move_in(staging, out)
        except BaseException:
            if not (staging / COMPLETE).exists():
                shutil.rmtree(staging, ignore_errors=True)
            raise


def safe_stem(name: str, limit: int = 60) -> str:
    """A file-name part made from user or document text (an entity name): letters, digits (CJK too), - and _
    kept, anything else (/ .. NUL quotes) becomes _; cut to `limit` characters. When that changed the name, a
    short hash of the name keeps two names that differ only there from sharing a file."""
    import hashlib

    name = str(name)
    safe = re.sub(r"[^\w\-]+", "_", name).strip("._-")[:limit] or "entity"
    if safe != name:
        safe += "-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return safe


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, write) -> Path:
    """Call write(tmp_path) then rename over `path`: readers never see a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # the pid in the name lets a later run tell an orphan (its process is gone) from a file being written
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        with open(tmp, "rb") as fh:                # on disk before the rename: a crash leaves old or new
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())          # mkstemp makes 0600; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
