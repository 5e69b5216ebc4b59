"""Cold generation's CPU time in one process, this tree's code against another commit's.

    python -m bench.generation_cpu                       # against main, 3 rounds
    python -m bench.generation_cpu --against abc1234 --rounds 4 --articles 500

On a machine other sessions share, wall time says more about the neighbours
than about the code. This writes the benchmark corpus once, exports the other
commit's ``generator`` package (``git archive``) to a temporary folder, and then
alternates fresh processes of the two (``REEX_JOBS=1``, no article cache),
each reporting the CPU time of ``generate`` alone (``resource.getrusage``, after
the imports). The ratio of the medians is the figure to quote.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from bench.corpus import write_corpus

REPO = Path(__file__).resolve().parent.parent

# Run in a fresh process with the package of ``root`` first on the path (the
# editable install's finder taken out, so that it cannot answer instead).
_CHILD = """
import json, os, resource, sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__module__]
sys.path.insert(0, {root!r})
os.environ["REEX_JOBS"] = "1"
from pathlib import Path
from generator import annotate  # noqa: F401  (imported before the clock starts)
from generator.pipeline import Project, generate
from generator.siteconfig import read_site_settings
import generator
assert generator.__file__.startswith({root!r}), generator.__file__
project = Project.at(Path({project!r}), **read_site_settings(Path({repo!r})))
def cpu():
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime
start = cpu()
result = generate(project)
print(json.dumps({{"cpu": cpu() - start, "pages": len(result.pages)}}))
"""


def export(commit: str, folder: Path) -> Path:
    """The ``generator`` package of ``commit``, written under ``folder``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", commit, "generator"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def measure(root: Path, project: Path) -> dict[str, float]:
    code = _CHILD.format(root=str(root), project=str(project), repo=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", default="main", help="the commit to compare with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        write_corpus(args.articles, work / "project" / "seeds")
        other = export(args.against, work / "other")
        times: dict[str, list[float]] = {args.against: [], "tree": []}
        for number in range(args.rounds):
            for name, root in ((args.against, other), ("tree", REPO)):
                done = measure(root, work / "project")
                times[name].append(done["cpu"])
                print(f"round {number + 1}: {name}: {done['cpu']:.2f} s CPU", flush=True)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, median in medians.items():
        per = 1000 * median / args.articles
        print(f"{name}: median {median:.2f} s CPU, {per:.1f} ms per article")
    print(f"ratio {args.against} / tree: {medians[args.against] / medians['tree']:.3f}x")


if __name__ == "__main__":
    main()
