"""The GitHub Pages workflow: valid, runs the README's commands, deploys only a strict build."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as the boolean true.
    found = workflow.get("on", workflow.get(True))
    assert isinstance(found, dict)
    return found


def steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    found = workflow["jobs"][job]["steps"]
    assert isinstance(found, list)
    return found


def run_lines(workflow: dict[Any, Any]) -> list[str]:
    return [
        line.strip()
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        for line in str(step.get("run", "")).splitlines()
        if line.strip()
    ]


def readme_commands() -> set[str]:
    """The `make …` commands the README tells a reader to run."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return set(re.findall(r"(?m)(?:^|`)(make [a-z-]+)", text))


def make_recipe(target: str) -> list[str]:
    """The command lines of one Makefile target."""
    lines = (REPO / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def index_of(found: list[dict[str, Any]], predicate: Any) -> int:
    matches = [i for i, step in enumerate(found) if predicate(step)]
    assert len(matches) == 1, matches
    return matches[0]


def test_runs_on_push_to_main_and_by_hand(workflow: dict[Any, Any]) -> None:
    on = triggers(workflow)
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on


def test_install_test_and_build_commands_are_the_readmes(workflow: dict[Any, Any]) -> None:
    documented = readme_commands()
    assert {"make test", "make build"} <= documented
    assert run_lines(workflow) == ["make test", "make build"]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "mkdocs build --strict" in readme


def test_make_build_is_a_strict_mkdocs_build() -> None:
    recipe = make_recipe("build")
    assert recipe == ["$(BIN)/mkdocs build --strict"]


def test_never_deploys_a_dirty_build(workflow: dict[Any, Any]) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "--dirty" not in text
    assert not any("--dirty" in line for line in make_recipe("build"))
    # Nothing between the strict build and the upload rebuilds or edits site/.
    build = steps(workflow, "build")
    built = index_of(build, lambda s: s.get("run") == "make build")
    uploaded = index_of(
        build, lambda s: str(s.get("uses", "")).startswith("actions/upload-pages-artifact@")
    )
    assert built < uploaded
    assert all("run" not in step for step in build[built + 1 : uploaded])
    assert build[uploaded]["with"]["path"] == "site"


def test_tests_pass_before_anything_is_built_or_deployed(workflow: dict[Any, Any]) -> None:
    build = steps(workflow, "build")
    tested = index_of(build, lambda s: s.get("run") == "make test")
    built = index_of(build, lambda s: s.get("run") == "make build")
    assert tested < built
    assert not build[tested].get("continue-on-error")
    assert workflow["jobs"]["deploy"]["needs"] == "build"


def test_python_is_3_11_and_checkout_comes_first(workflow: dict[Any, Any]) -> None:
    build = steps(workflow, "build")
    assert str(build[0]["uses"]).startswith("actions/checkout@")
    python = index_of(build, lambda s: str(s.get("uses", "")).startswith("actions/setup-python@"))
    assert build[python]["with"]["python-version"] == "3.11"


def test_deploy_job_has_pages_permissions_and_environment(workflow: dict[Any, Any]) -> None:
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    (step,) = deploy["steps"]
    assert str(step["uses"]).startswith("actions/deploy-pages@")
    assert deploy["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert step["id"] == "deployment"
    # The build job cannot deploy: write access stays with the deploy job.
    assert workflow["permissions"] == {"contents": "read"}
    assert "permissions" not in workflow["jobs"]["build"]


def test_only_official_actions_pinned_to_a_major_version(workflow: dict[Any, Any]) -> None:
    used = [
        str(step["uses"])
        for job in workflow["jobs"].values()
        for step in job["steps"]
        if "uses" in step
    ]
    assert used
    for action in used:
        assert re.fullmatch(r"actions/[a-z-]+@v\d+", action), action


def test_checkout_leaves_no_credentials_behind(workflow: dict[Any, Any]) -> None:
    checkouts = [
        step
        for job in workflow["jobs"].values()
        for step in job["steps"]
        if str(step.get("uses", "")).startswith("actions/checkout@")
    ]
    assert checkouts
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False


def test_pip_cache_is_keyed_on_the_lock_files(workflow: dict[Any, Any]) -> None:
    build = steps(workflow, "build")
    python = build[
        index_of(build, lambda s: str(s.get("uses", "")).startswith("actions/setup-python@"))
    ]
    assert python["with"]["cache"] == "pip"
    pattern = python["with"]["cache-dependency-path"]
    keyed = {path.name for path in REPO.glob(pattern)}
    # Every lock the Makefile installs from changes the key.
    assert keyed >= {"pip.txt", "serve.txt", "zensical.txt", "test.txt"}
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "-r requirements/pip.txt" in makefile
    assert "$(VENV)/.installed-%: requirements/%.txt" in makefile
