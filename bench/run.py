"""The benchmark: every figure beside a baseline measured in the same run, and the ratio.

    python -m bench.run                      # sizes 250, 1000 and 2000; live preview at 1000
    python -m bench.run --sizes 100 400      # other sizes
    python -m bench.run --quick              # a small smoke run (seconds, not minutes)
    python -m bench.run --sizes --no-clean-serve   # the live preview (--dirty) only
    python -m bench.run --plot docs/assets/performance.png --json results.json

For each size it measures
  1. generation alone (seeds to Markdown, in a fresh process, best of --repeat)
     against markdown-it-py parsing the same seeds: articles per second, peak
     memory (growth of the process's peak RSS during the work), and the ratio;
  2. ``mkdocs build`` with our plugin, cold (no generated pages, no article
     cache) and warm (both kept from the build before), against two baselines:
     a plain Material build of the same generated Markdown (docs/ plus
     .generated/ copied into one docs folder, the same mkdocs.yml without our
     plugin) and Material's own blog plugin building the same articles as
     dated posts (``bench/blog_build.py``);
  3. the growth of both builds from one size to the next (2000 over 1000);
  4. the size of article HTML pages and the search index bytes per article;
and, at --serve-size articles, 5. live preview: real ``mkdocs serve`` on
127.0.0.1, one seed saved, the article page and the search index polled over
HTTP until both show the edit (bounded waits), with ``--dirty`` (what the
plugin is made for) and without it (MkDocs' default) as the baseline; then the
served search index is compared with a clean build of the same edited site.

Timed figures are measured here, never asserted in tests: they depend on the
machine. The targets from the performance issue are printed beside them.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.blog_build import make_blog_project
from bench.corpus import write_corpus
from bench.project import make_project
from bench.zensical_build import build_with_zensical
from generator.paths import ARTICLE_CACHE_DIR

REPO = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "reex-generator"
GENERATED = ".generated"

TARGET_ARTICLES_PER_SECOND = 300
TARGET_PARSE_RATIO = 3.0
TARGET_PLUGIN_OVERHEAD = 1.20
TARGET_WARM_OVERHEAD = 1.05
TARGET_GROWTH = 2.1
TARGET_PAGE_BYTES = 100_000
TARGET_PREVIEW_SECONDS = 3.0

SERVE_START_TIMEOUT = 900.0
SERVE_EDIT_TIMEOUT = 300.0
POLL_INTERVAL = 0.05


# ----------------------------------------------------------------- child processes


def child_generate(seeds: Path, warm: bool = False) -> dict[str, float]:
    """Generation alone in this (fresh) process, with its workers if it starts any
    (``REEX_JOBS``): timed, with the CPU time and peak memory of all of them.
    ``warm``: with the on-disk article cache beside the seeds (filled by the
    runs before), as a later build or CI with its cache restored."""
    from generator.cache import ArticleCache
    from generator.parallel import worker_count
    from generator.pipeline import Project, generate

    project = Project.at(seeds.parent, seeds.name)
    cache = ArticleCache.on_disk(seeds.parent / ARTICLE_CACHE_DIR) if warm else ArticleCache()
    before = _peak_rss_kib()
    start, cpu = time.perf_counter(), _cpu_seconds()
    result = generate(project, cache)
    seconds, cpu_seconds = time.perf_counter() - start, _cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "jobs": worker_count(),
        "articles": len(result.articles),
        "pages": len(result.pages),
        "errors": len(result.errors),
        "peak_growth_mib": (_peak_rss_kib() - before) / 1024,
        # Workers are forked from this process, so their peak counts what they share.
        "worker_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def child_parse(seeds: Path) -> dict[str, float]:
    """The floor: markdown-it-py reading and parsing every seed once."""
    from markdown_it import MarkdownIt

    paths = sorted(p for p in seeds.iterdir() if p.suffix in (".txt", ".md"))
    parser = MarkdownIt()
    before = _peak_rss_kib()
    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        parser.parse(path.read_text(encoding="utf-8"))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "articles": len(paths),
        "peak_growth_mib": (_peak_rss_kib() - before) / 1024,
    }


CHILDREN: dict[str, Callable[[Path], dict[str, float]]] = {
    "generate": child_generate,
    "generate-warm": functools.partial(child_generate, warm=True),
    "parse": child_parse,
}


def _peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_child(kind: str, seeds: Path, jobs: int | None = None) -> dict[str, float]:
    env = dict(os.environ)
    if jobs is not None:
        env["REEX_JOBS"] = str(jobs)
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--child", kind, str(seeds)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{done.stderr[-3000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def best_of(kind: str, seeds: Path, repeat: int, jobs: int | None = None) -> dict[str, float]:
    """The fastest of ``repeat`` fresh processes (the machine is shared; the minimum is
    the least disturbed run), with the largest memory growth seen."""
    runs = [run_child(kind, seeds, jobs) for _ in range(repeat)]
    best = dict(min(runs, key=lambda r: r["seconds"]))
    best["peak_growth_mib"] = max(r["peak_growth_mib"] for r in runs)
    return best


# ----------------------------------------------------------------- projects


def make_plain_project(built: Path, plain: Path) -> Path:
    """The same generated Markdown as a plain Material site: docs/ and .generated/ in
    one docs folder, and mkdocs.yml without our plugin."""
    if plain.exists():
        shutil.rmtree(plain)
    plain.mkdir(parents=True)
    shutil.copytree(built / "overrides", plain / "overrides")
    shutil.copytree(built / "docs", plain / "docs")
    generated = built / GENERATED
    for source in sorted(generated.rglob("*")):
        rel = source.relative_to(generated)
        if source.is_file() and not rel.name.startswith("."):
            target = plain / "docs" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    config = yaml.safe_load((built / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config["plugins"] if not _is_our_plugin(p)]
    (plain / "mkdocs.yml").write_text(
        yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return plain


def _is_our_plugin(entry: object) -> bool:
    return entry == PLUGIN_NAME or (isinstance(entry, dict) and PLUGIN_NAME in entry)


def mkdocs_build(project: Path, *extra: str) -> float:
    """Wall seconds of one ``mkdocs build`` in its own process."""
    site = project / "site"
    if site.exists():
        shutil.rmtree(site)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", *extra],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"mkdocs build failed in {project}:\n{done.stderr[-3000:]}")
    return seconds


def page_sizes(site: Path) -> dict[str, float]:
    pages = [p.stat().st_size for p in (site / "articles").glob("*/index.html")]
    index = site / "search" / "search_index.json"
    return {
        "article_pages": len(pages),
        "article_page_mean_bytes": statistics.fmean(pages) if pages else 0.0,
        "article_page_max_bytes": max(pages, default=0),
        "search_index_bytes": index.stat().st_size if index.is_file() else 0,
    }


def blog_page_sizes(site: Path) -> dict[str, float]:
    """The blog site's post pages (under blog/YYYY/) and its search index."""
    posts = [
        p.stat().st_size
        for p in (site / "blog").glob("[0-9]*/**/index.html")
        if len(p.relative_to(site / "blog").parts) > 2
    ]
    index = site / "search" / "search_index.json"
    return {
        "post_pages": len(posts),
        "post_page_mean_bytes": statistics.fmean(posts) if posts else 0.0,
        "search_index_bytes": index.stat().st_size if index.is_file() else 0,
    }


# ----------------------------------------------------------------- live preview


@dataclass
class PreviewResult:
    """Seconds from saving a seed until the page and then the search index show it
    (the later is when the rebuild is done for a reader), by kind of edit."""

    mode: str
    startup_seconds: float
    page_seconds: dict[str, list[float]] = field(default_factory=dict)
    done_seconds: dict[str, list[float]] = field(default_factory=dict)
    index_complete: bool = False
    index_matches_clean_build: bool | None = None
    notes: list[str] = field(default_factory=list)

    def worst(self, kind: str) -> float:
        return max(self.done_seconds.get(kind, []), default=float("nan"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body: bytes = response.read()
            return body.decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return None


def shows(url: str, token: str) -> bool:
    return token in (fetch(url) or "")


def wait_for(check: Callable[[], bool], timeout: float) -> float | None:
    """Seconds until ``check()`` holds, polling; None after ``timeout``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if check():
            return time.perf_counter() - start
        time.sleep(POLL_INTERVAL)
    return None


@contextmanager
def serving(project: Path, port: int, dirty: bool, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    if dirty:
        command.append("--dirty")
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=project, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield server
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=30)


# A "body" edit changes a later paragraph: only the article's own page shows it.
# A "summary" edit changes the first highlight or the lead, which the listings and
# every topic page of the article show too, so those pages are rebuilt as well.
# An "addition" saves a new seed and a "deletion" removes it again (so the
# site ends as it began): the new article's page and search entries must show,
# then be gone.
EDIT_KINDS = ("body", "summary", "addition", "deletion")


def add_seed(seeds: Path, template: Path, token: str) -> tuple[Path, str]:
    """A new seed: ``template``'s text under a new headline naming ``token``;
    returns the file and the new article's slug."""
    from generator.slug import slugify

    title = f"Benchmark Addition {token} Lifts Rare Earth Output"
    body = template.read_text(encoding="utf-8").split("\n", 1)[1]
    seed = seeds / f"bench-addition-{token}.txt"
    seed.write_text(f"{title}\n{body}", encoding="utf-8")
    return seed, slugify(title)


def gone(page_url: str, index_url: str, location: str) -> bool:
    """The page is no longer served and the search index has no entry for it."""
    if fetch(page_url) is not None:
        return False
    served = fetch(index_url)
    return served is not None and not any(
        loc.startswith(location) for loc in index_locations(served)
    )


def edit_seed(seed: Path, token: str, kind: str) -> None:
    """Add a sentence naming ``token`` to a paragraph of the seed."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    # The first highlight or else the lead (bylines and headers are shorter), or the
    # last paragraph.
    index = next(i for i, line in enumerate(lines) if i > 0 and len(line) > 60)
    if kind == "body":
        index = max(i for i, line in enumerate(lines) if len(line) > 120)
    lines[index] += f" Analysts flagged benchmark marker {token} in the data."
    seed.write_text("\n".join(lines), encoding="utf-8")


def index_locations(index_text: str) -> list[str]:
    docs = json.loads(index_text)["docs"]
    return [str(doc["location"]) for doc in docs]


def measure_preview(
    project: Path, article_slugs: list[str], dirty: bool, kinds: list[str], base_path: str
) -> PreviewResult:
    port = free_port()
    root = f"http://127.0.0.1:{port}{base_path}"
    seeds = sorted((project / "seeds").glob("*.txt"))
    mode = "mkdocs serve --dirty" if dirty else "mkdocs serve"
    log = project / f"serve-{'dirty' if dirty else 'clean'}.log"
    with serving(project, port, dirty, log) as server:
        first_url = f"{root}articles/{article_slugs[0]}/"
        started = wait_for(
            lambda: server.poll() is None and fetch(first_url) is not None, SERVE_START_TIMEOUT
        )
        if started is None:
            raise RuntimeError(f"{mode} did not serve {first_url}; see {log}")
        # The page is served once written; wait for the whole first build (the index).
        wait_for(lambda: fetch(f"{root}search/search_index.json") is not None, SERVE_START_TIMEOUT)
        result = PreviewResult(mode, started)
        time.sleep(1.0)  # Let the watcher settle after the first build.
        added: tuple[Path, str] | None = None
        index_url = f"{root}search/search_index.json"
        for number, kind in enumerate(kinds):
            which = (len(seeds) // 2 + number * 7) % len(seeds)
            slug = article_slugs[which]
            token = f"zq{number}x{int(time.time() * 1000) % 100000}"
            start = time.perf_counter()
            if kind == "deletion" and added is not None:
                seed, slug = added
                page_url = f"{root}articles/{slug}/"
                seed.unlink()
                check = functools.partial(gone, page_url, index_url, f"articles/{slug}/")
                page = index = wait_for(check, SERVE_EDIT_TIMEOUT)
            else:
                if kind == "addition":
                    added = add_seed(project / "seeds", seeds[which], token)
                    slug = added[1]
                else:
                    edit_seed(seeds[which], token, kind)
                page_url = f"{root}articles/{slug}/"
                page = wait_for(functools.partial(shows, page_url, token), SERVE_EDIT_TIMEOUT)
                index = wait_for(functools.partial(shows, index_url, token), SERVE_EDIT_TIMEOUT)
            if page is None or index is None:
                result.notes.append(f"{kind} edit: not served within {SERVE_EDIT_TIMEOUT:.0f} s")
                break
            result.page_seconds.setdefault(kind, []).append(page)
            result.done_seconds.setdefault(kind, []).append(time.perf_counter() - start)
            time.sleep(1.0)
        served = fetch(f"{root}search/search_index.json") or '{"docs": []}'
    (project / "served_search_index.json").write_text(served, encoding="utf-8")
    pages = {location.partition("#")[0] for location in index_locations(served)}
    missing = [s for s in article_slugs if f"articles/{s}/" not in pages]
    result.index_complete = not missing
    if missing:
        result.notes.append(f"{len(missing)} articles missing from the served search index")
    return result


def compare_with_clean_build(project: Path) -> bool:
    """The served index (after the edits) against a clean build of the same sources."""
    mkdocs_build(project)
    clean = json.loads((project / "site" / "search" / "search_index.json").read_text("utf-8"))
    served = json.loads((project / "served_search_index.json").read_text("utf-8"))
    return bool(clean["docs"] == served["docs"])


# ----------------------------------------------------------------- the run


@dataclass
class SizeResult:
    size: int
    generate: dict[str, float]
    parse: dict[str, float]
    generate_serial: dict[str, float]
    plugin_build: float
    plain_build: float
    sizes: dict[str, float]
    zensical_build: float | None = None
    # Every build, in turn; plugin_build and plain_build are the fastest of them.
    plugin_runs: list[float] = field(default_factory=list)
    plain_runs: list[float] = field(default_factory=list)
    # Plugin builds with the article cache and .generated/ of the build before.
    warm_runs: list[float] = field(default_factory=list)
    # Generation with the on-disk article cache filled by an earlier run.
    generate_warm: dict[str, float] = field(default_factory=dict)
    # Material's blog plugin building the same articles as posts.
    blog_runs: list[float] = field(default_factory=list)
    blog_sizes: dict[str, float] = field(default_factory=dict)

    @property
    def blog_build(self) -> float | None:
        return min(self.blog_runs) if self.blog_runs else None

    @property
    def warm_build(self) -> float | None:
        return min(self.warm_runs) if self.warm_runs else None


@dataclass
class BuildRuns:
    """Every build of one size, in the order taken."""

    plugin: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    plain: list[float] = field(default_factory=list)
    blog: list[float] = field(default_factory=list)


def compare_builds(
    project: Path, plain_dir: Path, blog_dir: Path, repeat: int, blog_repeat: int, size: int
) -> BuildRuns:
    """``repeat`` turns of: a cold build with the plugin (no generated pages and no
    article cache, as a fresh clone), a warm one (both kept from the cold one, as
    a later build or CI with its cache restored), a plain build of the same
    Markdown and (in the first ``blog_repeat`` turns) the blog plugin's build of
    the same articles: taking turns, so that a slow spell of the machine falls on all."""
    runs = BuildRuns()
    plain: Path | None = None
    blog: Path | None = None
    for turn in range(1, repeat + 1):
        with_blog = turn <= blog_repeat
        kinds = "plugin cold, warm, plain" + (", blog" if with_blog else "")
        print(f"[{size} articles] build {turn}/{repeat}: {kinds}", flush=True)
        shutil.rmtree(project / GENERATED, ignore_errors=True)
        shutil.rmtree(project / ARTICLE_CACHE_DIR, ignore_errors=True)
        runs.plugin.append(mkdocs_build(project))
        runs.warm.append(mkdocs_build(project))
        if plain is None:
            plain = make_plain_project(project, plain_dir)
        runs.plain.append(mkdocs_build(plain))
        if with_blog:
            if blog is None:
                blog = make_blog_project(project, blog_dir)
            runs.blog.append(mkdocs_build(blog))
    return runs


def measure_size(
    size: int, work: Path, repeat: int, build_repeat: int, blog_repeat: int, zensical_too: bool
) -> SizeResult:
    base = work / str(size)
    seeds = write_corpus(size, base / "corpus" / "seeds")
    print(f"\n[{size} articles] generation, best of {repeat} ...", flush=True)
    generated = best_of("generate", seeds, repeat)
    serial = best_of("generate", seeds, repeat, jobs=1)
    run_child("generate-warm", seeds)  # fills the cache
    warm = best_of("generate-warm", seeds, repeat)
    parsed = best_of("parse", seeds, repeat)
    project = make_project(seeds, base / "project")
    runs = compare_builds(project, base / "plain", base / "blog", build_repeat, blog_repeat, size)
    sizes = page_sizes(project / "site")
    blog_sizes = blog_page_sizes(base / "blog" / "site") if runs.blog else {}
    zensical = None
    if zensical_too and importlib.util.find_spec("zensical") is not None:
        print(f"[{size} articles] the same site with Zensical ...", flush=True)
        zensical = build_with_zensical(seeds, base / "zensical")
    return SizeResult(
        size,
        generated,
        parsed,
        serial,
        min(runs.plugin),
        min(runs.plain),
        sizes,
        zensical,
        runs.plugin,
        runs.plain,
        runs.warm,
        warm,
        runs.blog,
        blog_sizes,
    )


def slugs_of(seeds: Path) -> list[str]:
    from generator.reader import read_seed

    return [read_seed(path).slug for path in sorted(seeds.glob("*.txt"))]


def site_base_path() -> str:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    from urllib.parse import urlsplit

    path = urlsplit(str(config.get("site_url") or "/")).path or "/"
    return path if path.endswith("/") else path + "/"


# ----------------------------------------------------------------- report


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x" if baseline else "n/a"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    for row in (header, ["-" * w for w in widths], *rows):
        print("  " + "  ".join(str(c).rjust(w) for c, w in zip(row, widths, strict=True)))


def report(results: list[SizeResult], previews: list[PreviewResult]) -> dict[str, Any]:
    rows = []
    for r in results:
        rate = r.generate["articles"] / r.generate["seconds"]
        rows.append(
            [
                str(r.size),
                f"{r.generate['seconds']:.2f} s",
                f"{rate:.0f}/s",
                f"{r.generate['jobs']:.0f}",
                f"{r.generate['cpu_seconds']:.2f} s",
                f"{r.generate_serial['seconds']:.2f} s",
                f"{r.generate['peak_growth_mib']:.0f}+{r.generate['worker_peak_mib']:.0f} MiB",
                f"{r.parse['seconds']:.2f} s",
                f"{r.parse['articles'] / r.parse['seconds']:.0f}/s",
                f"{r.parse['peak_growth_mib']:.0f} MiB",
                ratio(r.generate["seconds"], r.parse["seconds"]),
                f"{verdict(rate >= TARGET_ARTICLES_PER_SECOND)}/"
                f"{verdict(r.generate['seconds'] <= TARGET_PARSE_RATIO * r.parse['seconds'])}",
            ]
        )
    print_table(
        "1. Generation alone (seeds to Markdown) vs markdown-it-py parsing the same seeds",
        [
            "articles",
            "generate",
            "rate",
            "processes",
            "cpu",
            "1 process",
            "memory (+worker)",
            "parse",
            "rate",
            "memory",
            "ratio",
            f">= {TARGET_ARTICLES_PER_SECOND}/s / <= {TARGET_PARSE_RATIO:.0f}x parse",
        ],
        rows,
    )
    rows = [
        [
            str(r.size),
            f"{r.plugin_build:.1f} s",
            f"{r.plain_build:.1f} s",
            ratio(r.plugin_build, r.plain_build),
            verdict(r.plugin_build <= TARGET_PLUGIN_OVERHEAD * r.plain_build),
            _seconds(r.blog_build),
            ratio(r.plugin_build, r.blog_build or 0.0),
            " / ".join(f"{t:.1f}" for t in r.plugin_runs),
            " / ".join(f"{t:.1f}" for t in r.plain_runs),
            " / ".join(f"{t:.1f}" for t in r.blog_runs) or "-",
        ]
        for r in results
    ]
    print_table(
        "2. Cold mkdocs build with the plugin (no .generated/, no article cache) vs the plain"
        " Material build of the same Markdown and Material's blog plugin on the same articles"
        " (fastest of the builds, taken in turn)",
        [
            "articles",
            "cold plugin",
            "plain",
            "ratio",
            f"target <= {TARGET_PLUGIN_OVERHEAD:.2f}x plain",
            "blog plugin",
            "ratio to blog",
            "plugin runs (s)",
            "plain runs (s)",
            "blog runs (s)",
        ],
        rows,
    )
    rows = [
        [
            str(r.size),
            f"{r.generate['seconds']:.2f} s",
            f"{r.generate_warm['seconds']:.2f} s",
            f"{r.generate_warm['cpu_seconds']:.2f} s",
            ratio(r.generate_warm["seconds"], r.generate["seconds"]),
        ]
        for r in results
        if r.generate_warm
    ]
    print_table(
        "1b. Generation warm (article cache on disk from an earlier run) vs cold"
        " (no target of its own: it is part of the warm build's)",
        ["articles", "cold", "warm", "warm cpu", "ratio"],
        rows,
    )
    rows = [
        [
            str(r.size),
            f"{min(r.warm_runs):.1f} s",
            f"{r.plain_build:.1f} s",
            ratio(min(r.warm_runs), r.plain_build),
            verdict(min(r.warm_runs) <= TARGET_WARM_OVERHEAD * r.plain_build),
            ratio(min(r.warm_runs), r.blog_build or 0.0),
            " / ".join(f"{t:.1f}" for t in r.warm_runs),
        ]
        for r in results
        if r.warm_runs
    ]
    print_table(
        "2a. Warm mkdocs build with the plugin (article cache and .generated/ kept)"
        " vs the plain build",
        [
            "articles",
            "warm plugin",
            "plain",
            "ratio",
            f"target <= {TARGET_WARM_OVERHEAD:.2f}x plain",
            "ratio to blog",
            "warm runs (s)",
        ],
        rows,
    )
    rows = [
        [
            str(r.size),
            f"{r.zensical_build:.1f} s",
            f"{r.plugin_build:.1f} s",
            ratio(r.zensical_build, r.plugin_build),
        ]
        for r in results
        if r.zensical_build is not None
    ]
    if rows:
        print_table(
            "2b. Zensical (generator CLI + zensical build) vs mkdocs build with the plugin",
            ["articles", "zensical", "mkdocs", "ratio"],
            rows,
        )
    growth = []
    by_size = {r.size: r for r in results}
    for r in results:
        if r.size // 2 in by_size:
            half = by_size[r.size // 2]
            growth.append(
                [
                    f"{r.size} vs {half.size}",
                    ratio(r.plugin_build, half.plugin_build),
                    ratio(r.warm_build or 0.0, half.warm_build or 0.0),
                    ratio(r.plain_build, half.plain_build),
                    ratio(r.blog_build or 0.0, half.blog_build or 0.0),
                    ratio(r.generate["seconds"], half.generate["seconds"]),
                    verdict(r.plugin_build <= TARGET_GROWTH * half.plugin_build),
                ]
            )
    if growth:
        print_table(
            "3. Growth when the article count doubles",
            [
                "sizes",
                "cold plugin",
                "warm plugin",
                "plain build",
                "blog plugin",
                "generation",
                f"cold plugin <= {TARGET_GROWTH}x",
            ],
            growth,
        )
    rows = [
        [
            str(r.size),
            f"{r.sizes['article_page_mean_bytes'] / 1000:.1f} KB",
            f"{r.sizes['article_page_max_bytes'] / 1000:.1f} KB",
            f"{r.sizes['search_index_bytes'] / 1e6:.2f} MB",
            f"{r.sizes['search_index_bytes'] / max(r.size, 1) / 1000:.1f} KB",
            verdict(r.sizes["article_page_max_bytes"] < TARGET_PAGE_BYTES),
            f"{r.blog_sizes.get('post_page_mean_bytes', 0) / 1000:.1f} KB",
            f"{r.blog_sizes.get('search_index_bytes', 0) / 1e6:.2f} MB",
        ]
        for r in results
    ]
    print_table(
        "4. Article page HTML and search index (and the blog plugin's post pages and index)",
        [
            "articles",
            "page mean",
            "page max",
            "index",
            "index/article",
            f"page < {TARGET_PAGE_BYTES // 1000} KB",
            "blog post mean",
            "blog index",
        ],
        rows,
    )
    if previews:
        rows = [
            [
                p.mode,
                kind,
                f"{p.startup_seconds:.1f} s",
                ", ".join(f"{s:.2f}" for s in p.page_seconds.get(kind, [])) + " s",
                ", ".join(f"{s:.2f}" for s in p.done_seconds.get(kind, [])) + " s",
                "yes" if p.index_complete else "NO",
                {None: "-", True: "yes", False: "NO"}[p.index_matches_clean_build],
                verdict(p.worst(kind) <= TARGET_PREVIEW_SECONDS and p.index_complete),
            ]
            for p in previews
            for kind in EDIT_KINDS
            if kind in p.done_seconds
        ]
        print_table(
            "5. Live preview: save one seed -> rebuilt page, then search index, served"
            f" (target: every change within {TARGET_PREVIEW_SECONDS:.0f} s at"
            " 1,000 articles, index complete)",
            [
                "server",
                "edit",
                "first build",
                "page",
                "page+index",
                "complete",
                "= clean",
                f"<= {TARGET_PREVIEW_SECONDS:.0f} s",
            ],
            rows,
        )
        for p in previews:
            for note in p.notes:
                print(f"  note ({p.mode}): {note}")
    return {
        "machine": machine(),
        "sizes": [r.__dict__ for r in results],
        "previews": [p.__dict__ for p in previews],
    }


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} s"


def machine() -> dict[str, str]:
    from importlib.metadata import version

    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "python": sys.version.split()[0],
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
        "markdown-it-py": version("markdown-it-py"),
    }


def plot(results: list[SizeResult], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r.size for r in results]
    figure, axes = plt.subplots(figsize=(9.5, 4.2), dpi=120)
    axes.plot(
        sizes, [r.plugin_build for r in results], "o-", label="mkdocs build, with plugin, cold"
    )
    axes.plot(sizes, [r.plain_build for r in results], "s--", label="plain Material build")
    warm = [(r.size, r.warm_build) for r in results if r.warm_build is not None]
    if warm:
        axes.plot(*zip(*warm, strict=True), "o:", label="mkdocs build, with plugin, warm")
    blog = [(r.size, r.blog_build) for r in results if r.blog_build is not None]
    if blog:
        axes.plot(*zip(*blog, strict=True), "x-", label="Material blog plugin")
    zensical = [(r.size, r.zensical_build) for r in results if r.zensical_build is not None]
    if zensical:
        axes.plot(*zip(*zensical, strict=True), "d-.", label="Zensical build")
    axes.plot(sizes, [r.generate["seconds"] for r in results], "^-", label="generation alone")
    warm_generation = [(r.size, r.generate_warm["seconds"]) for r in results if r.generate_warm]
    if warm_generation:
        axes.plot(*zip(*warm_generation, strict=True), "^:", label="generation alone, warm")
    axes.plot(sizes, [r.parse["seconds"] for r in results], "v:", label="markdown-it-py parse")
    axes.set_xlabel("articles")
    axes.set_ylabel("seconds")
    axes.set_title("Build time against article count")
    axes.grid(True, alpha=0.3)
    # Beside the axes: inside, it hid a line wherever it stood.
    axes.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize="small")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    print(f"\nplot written to {path}")


def replot(results_json: Path, path: Path) -> None:
    """The plot of an earlier run, from the results it wrote with ``--json``."""
    saved = json.loads(results_json.read_text("utf-8"))
    plot([SizeResult(**size) for size in saved["sizes"]], path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # No sizes (``--sizes`` alone) measures the live preview only.
    parser.add_argument("--sizes", type=int, nargs="*", default=[250, 1000, 2000])
    parser.add_argument("--quick", action="store_true", help="sizes 20 and 40, one edit")
    parser.add_argument("--repeat", type=int, default=2, help="generation runs per size")
    parser.add_argument(
        "--build-repeat", type=int, default=3, help="plugin and plain builds per size, in turn"
    )
    parser.add_argument(
        "--blog-repeat", type=int, default=1, help="blog-plugin builds per size (the slowest)"
    )
    parser.add_argument(
        "--blog-sizes", type=int, nargs="*", help="sizes with a blog-plugin build (default: all)"
    )
    parser.add_argument(
        "--serve-first",
        action="store_true",
        help="measure the live preview before the sizes (a run cut short still has it)",
    )
    parser.add_argument("--serve-size", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3, help="body edits (then one summary edit)")
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument("--no-zensical", action="store_true", help="skip the Zensical builds")
    parser.add_argument("--no-clean-serve", action="store_true", help="skip the slow baseline")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/reex-bench"))
    parser.add_argument("--plot", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--replot",
        type=Path,
        metavar="JSON",
        help="draw --plot from a run's --json, measure nothing",
    )
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("seeds", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.seeds)))
        return
    if args.replot:
        replot(args.replot, args.plot or Path("docs/assets/performance.png"))
        return
    if args.quick:
        args.sizes, args.serve_size, args.edits, args.repeat = [20, 40], 40, 1, 1
        args.build_repeat = 1
    print(json.dumps(machine()))
    previews: list[PreviewResult] = []
    if args.serve_first and not args.no_serve:
        previews = measure_previews(args)
    results: list[SizeResult] = []
    for size in args.sizes:
        with_blog = args.blog_sizes is None or size in args.blog_sizes
        results.append(
            measure_size(
                size,
                args.workdir,
                args.repeat,
                args.build_repeat,
                args.blog_repeat if with_blog else 0,
                zensical_too=not args.no_zensical,
            )
        )
        _save_partial(args.json, results, previews)
    if not args.serve_first and not args.no_serve:
        previews = measure_previews(args)
    summary = report(results, previews)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, default=str), encoding="utf-8")
    if args.plot:
        plot(results, args.plot)


def _save_partial(
    path: Path | None, results: list[SizeResult], previews: list[PreviewResult]
) -> None:
    """What is measured so far, so that a run stopped half-way still leaves it."""
    if path is not None:
        partial = {
            "partial": True,
            "machine": machine(),
            "sizes": [r.__dict__ for r in results],
            "previews": [p.__dict__ for p in previews],
        }
        path.write_text(json.dumps(partial, indent=2, default=str), encoding="utf-8")


def measure_previews(args: argparse.Namespace) -> list[PreviewResult]:
    size = args.serve_size
    base = args.workdir / f"serve-{size}"
    seeds = write_corpus(size, base / "corpus" / "seeds")
    slugs = slugs_of(seeds)
    base_path = site_base_path()
    previews = []
    for dirty in (True, False) if not args.no_clean_serve else (True,):
        project = make_project(seeds, base / ("dirty" if dirty else "clean"))
        print(f"\n[live preview, {size} articles] {'--dirty' if dirty else 'default'} ...")
        kinds = [*["body"] * args.edits, "summary", "addition", "deletion"] if dirty else ["body"]
        preview = measure_preview(project, slugs, dirty, kinds, base_path)
        if dirty:
            preview.index_matches_clean_build = compare_with_clean_build(project)
        previews.append(preview)
    return previews


if __name__ == "__main__":
    main()
