"""Extraction over many files: from the record cache, in this process, in a local process pool or on a
dask cluster. Whatever runs it, records come back in input order, one at a time (memory stays flat: at
most a small window of documents is in flight), and they are the same records.

    run = ExtractionRun(paths, on_error, workers=2)        # or scheduler="tcp://host:8786"
    for record, chars in run: ...
    run.cached, run.extracted, run.pipeline_load

Workers load the spaCy pipeline once (a process pool's initializer; on dask, the first task of each
worker process through `load_pipeline()`'s module-level cache). The parent process only lists, hashes
and reads cached records, and writes new records to the cache as they arrive; it loads the pipeline
itself only when it extracts in-process (workers=1) and a document is not cached.
"""
from __future__ import annotations

import gc
import os
import signal
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import Failure, input_files
from kg.ingest import InputError, read_bytes

WINDOW_PER_WORKER = 4            # documents in flight per worker: keeps workers busy, memory bounded
IN_PROCESS_WINDOW = 16           # documents queued for the in-process stream: it reads ahead of the records


class ClusterError(Exception):
    """The workers cannot be used: dask not installed, scheduler unreachable, workers of another kg version,
    a worker process that died (killed, out of memory)."""


# -- worker side ------------------------------------------------------------------------------------------
_LOCK = threading.Lock()          # one pipeline per process, used by one thread at a time
_STATE = {"nlp": None, "load_seconds": 0.0, "reported": False}


def _pipeline():
    if _STATE["nlp"] is None:
        from kg.nlp.pipeline import load_pipeline

        started = time.perf_counter()
        _STATE["nlp"] = load_pipeline()
        _STATE["load_seconds"] = time.perf_counter() - started
        # the pipeline lives as long as the process: freezing it keeps the cyclic collector from walking it
        # again at every full collection (measured on the corpus and dev texts four times over: collections
        # took 0.48-0.55 s of about 10 s of extraction, 0.09 s frozen; records identical)
        gc.collect()
        gc.freeze()
    return _STATE["nlp"]


def _load_seconds_once() -> float:
    """This process's pipeline load time, reported with its first result only."""
    if _STATE["reported"]:
        return 0.0
    _STATE["reported"] = True
    return _STATE["load_seconds"]


def extract_path(path: str) -> tuple[dict | None, int, str | None, float]:
    """One document -> (record, cleaned characters, why it cannot be read or None, pipeline load seconds)."""
    with _LOCK:
        return _extract_alone(path)


def worker_fingerprint() -> str:
    from kg.cache import extraction_fingerprint

    return extraction_fingerprint()


def extract_bytes(path: str, data: bytes | None) -> tuple[dict | None, int, str | None, float]:
    """extract_path for a worker that may not see the client's files (dask): the bytes travel with the
    task, are read from a private temporary file of the same name, and the record names `path`."""
    _one_core_each()
    if data is None:
        return extract_path(path)
    name = Path(path).name
    with tempfile.TemporaryDirectory(prefix="kg-doc-") as tmp:
        local = Path(tmp) / name
        local.write_bytes(data)
        record, chars, error, load = extract_path(str(local))
    if record is not None:
        record["path"] = str(path)
    return record, chars, error, load


def _init_pool_worker(parent: int) -> None:
    """Process-pool initializer: Ctrl-C is the parent's business; exit if the parent dies (kill -9);
    load the pipeline once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()
    _one_core_each()
    _pipeline()


def _one_core_each() -> None:
    """A worker among others: kg_lac does not read ahead in a thread, the other workers use the cores."""
    from kg.nlp import lac

    lac.READ_AHEAD = False


# -- backends -----------------------------------------------------------------------------------------------
class _InProcess:
    """Extraction in this process. The documents submitted go through one `nlp.pipe` stream
    (kg.extract.extract_documents: kg_lac tags a batch of articles while the next is segmented, on a second
    core), so submit() only queues a document and result() runs the stream until that document is done."""
    workers = 1
    window = IN_PROCESS_WINDOW
    fatal: tuple = ()

    def __init__(self):
        self.queue: deque[tuple[str, _Queued]] = deque()
        self.stream: Iterator | None = None

    def submit(self, path: str, data: bytes | None):
        future = _Queued(self)
        self.queue.append((path, future))
        return future

    def close(self, cancel: bool = False) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        self.queue.clear()

    def run_until(self, future: _Queued) -> None:
        with _LOCK:
            while not future.done():
                if self.stream is None:
                    if not self.queue:
                        raise RuntimeError("kg: a queued document was lost by the in-process extraction")
                    self.stream = self._extract_queued()
                try:
                    next(self.stream)
                except StopIteration:
                    self.stream = None

    def _extract_queued(self) -> Iterator[None]:
        """Set the result of each queued document as the stream finishes it. If the pipeline fails, the
        documents it was working on are extracted again one at a time, so the failure names its file."""
        from kg.articles import load_document
        from kg.extract import extract_documents

        nlp = _pipeline()
        started: deque[_Queued] = deque()       # taken from the queue, result not set yet (memory stays flat)

        def documents():
            while self.queue:
                path, future = self.queue.popleft()
                future.path = path
                while started and started[0].done():
                    started.popleft()
                started.append(future)
                try:
                    document = load_document(path)
                except InputError as err:
                    future.set((None, 0, err.problem, _load_seconds_once()))
                    continue
                future.chars = len(document.cleaned.text)
                yield future, document

        try:
            for future, record in extract_documents(nlp, documents()):
                future.set((record, future.chars, None, _load_seconds_once()))
                yield
        except Exception:  # noqa: BLE001  (which document failed is found below, one at a time)
            for future in started:
                if not future.done():
                    future.set(_extract_alone(future.path))
                    yield


def _extract_alone(path: str) -> tuple[dict | None, int, str | None, float]:
    from kg.extract import extract_file

    try:
        record, chars = extract_file(_pipeline(), path)
    except InputError as err:
        return None, 0, err.problem, _load_seconds_once()
    except Exception as err:  # noqa: BLE001  (one document the pipeline fails on must not end the run)
        brief = " ".join(str(err).split())[:200]
        return None, 0, f"extraction failed ({type(err).__name__}: {brief})", _load_seconds_once()
    return record, chars, None, _load_seconds_once()


class _Queued:
    """A document queued for the in-process stream; result() runs the stream up to it."""

    def __init__(self, backend: _InProcess):
        self.backend = backend
        self.value = None
        self.path, self.chars = "", 0

    def set(self, value) -> None:
        self.value, self.backend = value, None

    def done(self) -> bool:
        return self.backend is None

    def result(self):
        if self.backend is not None:
            self.backend.run_until(self)
        return self.value


class _Pool:
    def __init__(self, workers: int):
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        _ensure_pipeline_built()       # two workers must not build the same pipeline folder at once
        self.fatal = (BrokenProcessPool,)
        self.workers = workers
        self.window = WINDOW_PER_WORKER * workers
        self.executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_pool_worker,
                                            initargs=(os.getpid(),))

    def submit(self, path: str, data: bytes | None):
        return self.executor.submit(extract_path, path)

    def close(self, cancel: bool = False) -> None:
        if not cancel:
            self.executor.shutdown(wait=True)
            return
        # after a failure or an interrupt a waiting shutdown can deadlock on a pool whose worker was killed
        # (CPython's ProcessPoolExecutor): cancel what is queued and stop the workers ourselves
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            if proc.is_alive():
                proc.terminate()
        for proc in processes:
            proc.join(timeout=5)


class _Dask:
    def __init__(self, address: str):
        try:
            from distributed import Client, KilledWorker
        except ImportError:
            raise ClusterError("--dask needs dask.distributed: pip install 'kg[cluster]'") from None
        try:
            self.client = Client(address)          # timeout: dask config distributed.comm.timeouts.connect
        except (OSError, TimeoutError, ValueError) as err:
            raise ClusterError(f"cannot connect to the dask scheduler at {address}: {err}") from None
        self.fatal = (KilledWorker,)
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.window = WINDOW_PER_WORKER * self.workers
        self._check_workers(address)

    def _check_workers(self, address: str) -> None:
        """Workers must run the same kg code, word lists and libraries as this machine, or the records
        would depend on which worker got which document."""
        from kg.cache import extraction_fingerprint

        ours = extraction_fingerprint()
        try:
            theirs = self.client.run(worker_fingerprint)
        except Exception as err:  # noqa: BLE001  (kg not importable there: ModuleNotFoundError, pickling errors)
            self.client.close()
            raise ClusterError(f"the dask workers at {address} cannot run kg ({type(err).__name__}: {err}); "
                               "install kg[cluster] on every worker host") from None
        odd = sorted(w for w, fp in theirs.items() if fp != ours)
        if odd:
            self.client.close()
            raise ClusterError(f"{len(odd)} dask worker(s) run a different kg version, pipeline or word lists than "
                               f"this machine ({', '.join(odd[:3])}); install the same kg on every host")

    def submit(self, path: str, data: bytes | None):
        return self.client.submit(extract_bytes, path, data, pure=False)

    def close(self, cancel: bool = False) -> None:
        self.client.close()


def _ensure_pipeline_built() -> None:
    from kg.nlp.pipeline import fingerprint, load_pipeline
    from kg.paths import cache_dir

    if not (cache_dir() / f"pipeline-{fingerprint()}" / "config.cfg").exists():
        load_pipeline()


# -- the run ------------------------------------------------------------------------------------------------
@dataclass
class _Entry:
    path: str
    key: str | None = None             # cache key (None: not cached, or the cache is off)
    data: bytes | None = None          # the file's bytes, for a worker that cannot read the file itself
    hit: tuple | None = None           # (record, chars) from the cache
    failure: Failure | None = None     # the file cannot be read
    future: object = None              # the extraction, once submitted

    def done(self) -> bool:
        return self.future is None or self.future.done()


@dataclass
class ExtractionRun:
    """Iterate to get (record, cleaned characters) per readable input file, in input order."""

    paths: list[str]
    on_error: Callable[[Failure], None]
    workers: int = 1
    scheduler: str | None = None
    use_cache: bool = True
    files: list[str] = field(init=False)
    cached: int = field(init=False, default=0)       # documents served from the cache
    extracted: int = field(init=False, default=0)    # documents run through the pipeline
    extracted_chars: int = field(init=False, default=0)
    pipeline_load: float = field(init=False, default=0.0)

    def __post_init__(self):
        self._backend_in_use = _InProcess
        self.files = input_files(self.paths, self.on_error)
        if self.workers < 1:
            self.workers = os.cpu_count() or 1
        self._cache = None
        if self.use_cache:
            from kg.cache import RecordCache, extraction_fingerprint

            self._cache = RecordCache()
            self._fingerprint = extraction_fingerprint()

    def _backend(self, expected: int):
        if self.scheduler:
            return _Dask(self.scheduler)
        if self.workers > 1 and expected > 1:       # a pool for one document would only load two pipelines
            return _Pool(self.workers)
        return _InProcess()

    def _scan(self) -> list[_Entry]:
        """Each file as an entry: its cache key (if the cache is on) or why it cannot be read."""
        from kg.cache import document_key

        entries = []
        for path in self.files:
            entry = _Entry(path)
            if self._cache is not None:
                try:       # never Path.read_bytes(): a FIFO would hang the run, /dev/zero would fill the memory
                    entry.key = document_key(path, read_bytes(path), self._fingerprint)
                except InputError as err:
                    entry.failure = Failure(path, str(err))
            entries.append(entry)
        return entries

    def _entries(self, entries: list[_Entry]) -> Iterator[_Entry]:
        """The entries with their cached records looked up (one at a time: memory stays flat) and, for a
        remote worker, the file's bytes."""
        for entry in entries:
            if entry.failure is None and entry.key is not None:
                entry.hit = self._cache.get(entry.key, entry.path)
            if entry.failure is None and entry.hit is None and self.scheduler:
                try:
                    entry.data = read_bytes(entry.path)
                except InputError as err:
                    entry.failure = Failure(entry.path, str(err))
            yield entry

    def __iter__(self) -> Iterator[tuple[dict, int]]:
        backend = None
        pending: deque[_Entry] = deque()
        inflight = 0
        finished = False
        entries = self._scan()
        expected = sum(1 for e in entries if e.failure is None and (e.key is None or not self._cache.file(e.key).exists()))
        try:
            for entry in self._entries(entries):
                if entry.hit is None and entry.failure is None:
                    if backend is None:                  # started on the first document not in the cache
                        backend = self._backend_in_use = self._backend(expected)
                    entry.future = backend.submit(entry.path, entry.data)
                    entry.data = None
                    inflight += 1
                pending.append(entry)
                window = backend.window if backend is not None else 1
                while pending and (pending[0].done() or inflight >= window):
                    head = pending.popleft()
                    if head.future is not None:
                        inflight -= 1
                    yield from self._finish(head)
            while pending:
                yield from self._finish(pending.popleft())
            finished = True
        finally:
            if not finished:                             # interrupted: keep what the workers already did
                for entry in pending:
                    if entry.future is not None and entry.future.done():
                        try:
                            self._store(entry, entry.future.result())
                        except BaseException:             # noqa: BLE001  (cancelled, failed: recompute later)
                            pass
            if backend is not None:
                backend.close(cancel=not finished)

    def _store(self, entry: _Entry, result: tuple) -> tuple | None:
        record, chars, error, load = result
        self.pipeline_load = max(self.pipeline_load, load)
        if error is not None:
            return None
        if self._cache is not None and entry.key is not None:
            self._cache.put(entry.key, record, chars)
        return record, chars

    def _finish(self, entry: _Entry) -> Iterator[tuple[dict, int]]:
        if entry.failure is not None:
            self.on_error(entry.failure)
            return
        if entry.hit is not None:
            hit, entry.hit = entry.hit, None             # the entry list outlives the records: let them go
            self.cached += 1
            yield hit
            return
        try:
            result = entry.future.result()
        except self._backend_in_use.fatal as err:
            raise ClusterError(f"a worker died while extracting {entry.path} ({type(err).__name__}: {err}); "
                               "out of memory? try fewer workers") from None
        entry.future = None
        done = self._store(entry, result)
        if done is None:
            self.on_error(Failure(entry.path, f"{entry.path}: {result[2]}"))
            return
        self.extracted += 1
        self.extracted_chars += done[1]
        yield done


class Tally:
    """What the summary counts, without keeping the records."""

    def __init__(self):
        self.documents, self.entities, self.relations = 0, Counter(), Counter()

    def add(self, record: dict) -> None:
        self.documents += 1
        self.entities.update(e["type"] for e in record["entities"])
        self.relations.update(x["relation"] for x in record["relations"])


@contextmanager
def terminate_as_interrupt():
    """While a command runs, SIGTERM (kill) is handled like Ctrl-C: the work in flight is dropped, the
    temporary files are removed and every output written before stays as it was."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

