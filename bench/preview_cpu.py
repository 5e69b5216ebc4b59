"""The live preview's rebuilds measured in one process, by CPU time, with a profile.

    python -m bench.preview_cpu                          # 1,000 articles, every change
    python -m bench.preview_cpu --kinds addition deletion --profile /tmp/prof
    python -m bench.preview_cpu --compare                # and the index against a clean build

``bench.run`` measures the preview as a reader sees it (a real ``mkdocs serve
--dirty``, polled over HTTP), which on a shared machine is as noisy as the
machine. This runs the same rebuilds as ``mkdocs serve --dirty`` does (the
configuration loaded again, then a dirty build into one site folder, the
plugin instance kept) inside this process, and reports each rebuild's CPU time
(this process and any workers) beside its wall time: the figure to compare
before and after a change while others use the machine. With ``--profile``
each measured rebuild is also written as a cProfile file.

The project (``--workdir``) is kept between runs, its seeds copied afresh from
the benchmark corpus each time, so that from the second run on the first
build is warm (the article cache and the generated pages kept).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import write_corpus
from bench.project import make_project
from bench.run import add_seed, edit_seed, index_locations

KINDS = ("body", "summary", "addition", "deletion")
# As ``bench.run`` measures them (its default three body edits), so that the
# addition copies the same seed as there.
BENCH_KINDS = ["body", "body", "body", "summary", "addition", "deletion"]


@dataclass(frozen=True)
class Rebuild:
    kind: str
    cpu: float
    wall: float
    shown: bool
    rendered: int
    generation: float


def cpu_seconds() -> float:
    """CPU time of this process and of its waited-for children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def prepare(workdir: Path, articles: int) -> Path:
    """The project folder: made once, its seeds the benchmark corpus again each run."""
    corpus = write_corpus(articles, workdir / "corpus" / "seeds")
    project = workdir / "project"
    if not (project / "mkdocs.yml").is_file():
        return make_project(corpus, project)
    shutil.rmtree(project / "seeds")
    shutil.copytree(corpus, project / "seeds")
    return project


class _Watcher:
    """What the plugin's ``on_serve`` asks of MkDocs' server: nothing is watched here."""

    def watch(self, path: str) -> None:
        del path


class Server:
    """What ``mkdocs serve --dirty`` does on each save, without the HTTP server."""

    def __init__(self, project: Path, site_dir: Path) -> None:
        self.project, self.site_dir = project, site_dir
        self.plugins: Any = None

        # CPU time of the last build's generation (the plugin's on_files).
        self.generation = 0.0

    def build(self) -> None:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        config = load_config(str(self.project / "mkdocs.yml"), site_dir=str(self.site_dir))
        first = self.plugins is None
        if first:
            config.plugins.on_startup(command="serve", dirty=True)
            self.plugins = config.plugins
            self._time_generation()
        self.generation = 0.0
        build(config, dirty=True)
        if first:  # as mkdocs serve, once its first build is done
            config.plugins.on_serve(_Watcher(), config=config, builder=self.build)

    def _time_generation(self) -> None:
        """Wrap the plugin's ``on_files`` (the instance MkDocs keeps) to time it."""
        plugin = next(p for p in self.plugins.values() if hasattr(p, "dirty_index"))
        on_files = plugin.on_files

        def timed_on_files(*args: Any, **kwargs: Any) -> Any:
            start = cpu_seconds()
            try:
                return on_files(*args, **kwargs)
            finally:
                self.generation += cpu_seconds() - start

        plugin.on_files = timed_on_files

    def rendered(self) -> int:
        """How many pages the last build rendered (the plugin counts them)."""
        for plugin in self.plugins.values():
            if hasattr(plugin, "dirty_index"):
                return len(plugin.dirty_index.rebuilt)
        return -1

    def page(self, slug: str) -> str | None:
        path = self.site_dir / "articles" / slug / "index.html"
        return path.read_text(encoding="utf-8") if path.is_file() else None

    def index(self) -> list[str]:
        text = (self.site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
        return index_locations(text)

    def index_text(self) -> str:
        return (self.site_dir / "search" / "search_index.json").read_text(encoding="utf-8")


class GcClock:
    """Time spent in the garbage collector's full collections, by wall clock."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start
            self.full += 1


GC = GcClock()


def timed(kind: str, rebuild: Callable[[], None], profile: Path | None) -> tuple[float, float]:
    profiler = cProfile.Profile() if profile else None
    cpu, wall = cpu_seconds(), time.perf_counter()
    if profiler:
        profiler.enable()
    rebuild()
    if profiler:
        profiler.disable()
    cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
    if profiler and profile:
        profile.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(str(profile / f"{kind}.prof"))
    return cpu, wall


def run(project: Path, kinds: list[str], profile: Path | None, repeat: int) -> list[Rebuild]:
    from generator.slug import slugify

    seeds = sorted((project / "seeds").glob("article-*.txt"))
    site = Path(tempfile.mkdtemp(prefix="preview-cpu-"))
    server = Server(project, site)
    cpu, wall = timed("first", server.build, None)
    print(f"first build: {cpu:.2f} s CPU, {wall:.2f} s wall", flush=True)
    done: list[Rebuild] = []
    added: tuple[Path, str] | None = None
    for number, kind in enumerate(kinds * repeat):
        which = (len(seeds) // 2 + number * 7) % len(seeds)
        token = f"zq{number}x{int(time.time() * 1000) % 100000}"
        slug = slugify(seeds[which].read_text(encoding="utf-8").split("\n", 1)[0])
        if kind == "deletion" and added is not None:
            seed, slug = added
            seed.unlink()
        elif kind == "addition":
            added = add_seed(project / "seeds", seeds[which], token)
            slug = added[1]
        else:
            edit_seed(seeds[which], token, kind)
        time.sleep(0.3)  # a later modification time than the pages built before
        gc_before, full_before = GC.seconds, GC.full
        cpu, wall = timed(f"{kind}-{number}", server.build, profile)
        collected = f"{GC.full - full_before} full collections, {GC.seconds - gc_before:.2f} s"
        page = server.page(slug)
        if kind == "deletion":
            shown = page is None and not any(
                loc.startswith(f"articles/{slug}/") for loc in server.index()
            )
        else:
            shown = page is not None and token in page and token in server.index_text()
        done.append(Rebuild(kind, cpu, wall, shown, server.rendered(), server.generation))
        print(
            f"{kind}: {cpu:.2f} s CPU ({server.generation:.2f} s generating),"
            f" {wall:.2f} s wall, {server.rendered()} pages rendered, {collected},"
            f" shown: {shown}",
            flush=True,
        )
    (project / "served_search_index.json").write_text(server.index_text(), encoding="utf-8")
    shutil.rmtree(site)
    return done


def compare_with_clean_build(project: Path) -> bool:
    """The index after the rebuilds against a clean ``mkdocs build`` of the same
    seeds, in a new process (MkDocs keeps plugin instances for the process)."""
    clean = Path(tempfile.mkdtemp(prefix="preview-clean-"))
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(clean)], cwd=project, check=True
    )
    expected = json.loads((clean / "search" / "search_index.json").read_text("utf-8"))["docs"]
    served = json.loads((project / "served_search_index.json").read_text("utf-8"))["docs"]
    shutil.rmtree(clean)
    return bool(expected == served)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=BENCH_KINDS)
    parser.add_argument("--repeat", type=int, default=1, help="times through --kinds")
    parser.add_argument("--profile", type=Path, help="a folder for one .prof per rebuild")
    parser.add_argument("--compare", action="store_true", help="index against a clean build")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/reex-preview-cpu"))
    args = parser.parse_args()
    project = prepare(args.workdir, args.articles)
    done = run(project, args.kinds, args.profile, args.repeat)
    summary = {r.kind: [] for r in done}  # type: dict[str, list[float]]
    for rebuild in done:
        summary[rebuild.kind].append(round(rebuild.cpu, 2))
    print(json.dumps({"cpu_seconds": summary, "all_shown": all(r.shown for r in done)}))
    if args.compare:
        print(f"index equal to a clean build's: {compare_with_clean_build(project)}")


if __name__ == "__main__":
    main()
