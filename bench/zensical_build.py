"""Time a Zensical build of a corpus, for the benchmark to set beside MkDocs' time.

    python -m bench.zensical_build SEEDS_DIR WORKDIR

``build_with_zensical(seeds_dir, workdir)`` lays out a fresh project in
``workdir`` (the repository's mkdocs.yml, docs/ and overrides/, the given
seeds) and times the one command a publisher runs, ``python -m generator
zensical --build``, in its own process: generation, staging and Zensical's
build, from a cold Zensical cache. That is what ``mkdocs build`` does in one
process with our plugin, so the two times compare like for like.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from bench.project import make_project

PROJECT_NAME = "zensical-project"


class BuildFailed(RuntimeError):
    """The timed command did not succeed; its output is in the message."""


def prepare_project(seeds_dir: Path, workdir: Path) -> Path:
    """A fresh copy of the site's inputs with ``seeds_dir`` as its seeds."""
    return make_project(seeds_dir, workdir / PROJECT_NAME)


def zensical_build_command() -> list[str]:
    # Lenient: the benchmark times the build; seed warnings are not its business.
    return [sys.executable, "-m", "generator", "zensical", "--build", "--lenient"]


def build_with_zensical(seeds_dir: Path, workdir: Path) -> float:
    """Wall-clock seconds of one full Zensical build of ``seeds_dir``.

    The site lands in ``workdir/zensical-project/build/zensical/site``.
    Raises ``BuildFailed`` if the build does not succeed.
    """
    project = prepare_project(seeds_dir, workdir)
    start = time.perf_counter()
    done = subprocess.run(
        zensical_build_command(), cwd=project, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise BuildFailed(f"zensical build of {seeds_dir} failed:\n{done.stdout}{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds_dir", type=Path)
    parser.add_argument("workdir", type=Path)
    args = parser.parse_args()
    seconds = build_with_zensical(args.seeds_dir, args.workdir)
    print(f"zensical build: {seconds:.2f} s")


if __name__ == "__main__":
    main()
