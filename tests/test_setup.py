"""Setting up: which Chromium the browser tests use, and when one is installed.

``.ci/chromium.sh`` runs here with a PATH of fake executables only, so every
case is tried without touching the machine's Chromium or apt.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.browser.conftest import chromium_executable
from tests.conftest import REPO

SCRIPT = REPO / ".ci" / "chromium.sh"
FAKE_BROWSER = "#!/bin/sh\necho 'Chromium 1.0 (fake)'\n"
BROKEN_BROWSER = "#!/bin/sh\necho 'install the snap first' >&2\nexit 1\n"


def executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)
    return path


def run(bin_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    bin_dir.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        ["/bin/sh", str(SCRIPT), *args],
        env={"PATH": str(bin_dir), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("names", "chosen"),
    [
        (["chromium", "google-chrome"], "chromium"),
        (["chromium-browser", "google-chrome"], "chromium-browser"),
        (["google-chrome"], "google-chrome"),
        (["google-chrome-stable"], "google-chrome-stable"),
    ],
)
def test_the_first_chromium_on_path_is_chosen(
    tmp_path: Path, names: list[str], chosen: str
) -> None:
    for name in names:
        executable(tmp_path / "bin" / name, FAKE_BROWSER)
    result = run(tmp_path / "bin", "find")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{tmp_path / 'bin' / chosen}\n"


def test_a_stub_that_does_not_run_is_passed_over(tmp_path: Path) -> None:
    executable(tmp_path / "bin" / "chromium-browser", BROKEN_BROWSER)
    executable(tmp_path / "bin" / "google-chrome", FAKE_BROWSER)
    result = run(tmp_path / "bin", "find")
    assert result.stdout == f"{tmp_path / 'bin' / 'google-chrome'}\n"


@pytest.mark.parametrize("variable", ["CHROME_PATH", "REEX_CHROMIUM"])
def test_a_chromium_named_by_the_environment_comes_first(tmp_path: Path, variable: str) -> None:
    executable(tmp_path / "bin" / "chromium", FAKE_BROWSER)
    own = executable(tmp_path / "opt" / "chrome", FAKE_BROWSER)
    result = run(tmp_path / "bin", "find", **{variable: str(own)})
    assert result.stdout == f"{own}\n"


def test_chrome_path_comes_before_reex_chromium(tmp_path: Path) -> None:
    first = executable(tmp_path / "a" / "chrome", FAKE_BROWSER)
    second = executable(tmp_path / "b" / "chrome", FAKE_BROWSER)
    result = run(tmp_path / "bin", "find", CHROME_PATH=str(first), REEX_CHROMIUM=str(second))
    assert result.stdout == f"{first}\n"


def test_a_wrong_chrome_path_fails_and_installs_nothing(tmp_path: Path) -> None:
    apt_log = tmp_path / "apt.log"
    executable(tmp_path / "bin" / "apt-get", f'#!/bin/sh\necho "$@" >> {apt_log}\n')
    executable(tmp_path / "bin" / "chromium", FAKE_BROWSER)
    result = run(tmp_path / "bin", "install", CHROME_PATH=str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "CHROME_PATH=" in result.stderr
    assert not apt_log.exists()


def test_nothing_is_installed_when_a_chromium_exists(tmp_path: Path) -> None:
    apt_log = tmp_path / "apt.log"
    executable(tmp_path / "bin" / "apt-get", f'#!/bin/sh\necho "$@" >> {apt_log}\n')
    executable(tmp_path / "bin" / "google-chrome", FAKE_BROWSER)
    result = run(tmp_path / "bin", "install")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{tmp_path / 'bin' / 'google-chrome'}\n"
    assert not apt_log.exists()


def test_without_a_chromium_apt_installs_it_without_recommended_packages(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    apt_log = tmp_path / "apt.log"
    # The fake apt-get "installs" chromium by writing a working fake into PATH.
    executable(
        bin_dir / "apt-get",
        f'#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> {apt_log}\n'
        f'case "$*" in *install*) printf "%s" "{FAKE_BROWSER}" > {bin_dir}/chromium; '
        f"/bin/chmod 755 {bin_dir}/chromium;; esac\n",
    )
    executable(bin_dir / "id", "#!/bin/sh\necho 0\n")
    result = run(bin_dir, "install")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{bin_dir / 'chromium'}\n"
    assert apt_log.read_text(encoding="utf-8").splitlines() == [
        "noninteractive update -qq",
        "noninteractive install -y -qq --no-install-recommends chromium",
    ]


def test_without_a_chromium_or_apt_it_says_what_to_do(tmp_path: Path) -> None:
    result = run(tmp_path / "bin", "install")
    assert result.returncode == 1
    assert "CHROME_PATH" in result.stderr
    assert "Install Chromium or Google Chrome" in result.stderr


def test_the_browser_tests_use_the_chromium_the_script_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = executable(tmp_path / "opt" / "chrome", FAKE_BROWSER)
    monkeypatch.setenv("CHROME_PATH", str(own))
    monkeypatch.setenv("REEX_CHROMIUM", str(tmp_path / "elsewhere"))
    assert chromium_executable() == str(own)
    monkeypatch.delenv("CHROME_PATH")
    second = executable(tmp_path / "elsewhere", FAKE_BROWSER)
    assert chromium_executable() == str(second)
    monkeypatch.delenv("REEX_CHROMIUM")
    executable(tmp_path / "bin" / "google-chrome", FAKE_BROWSER)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    expected = "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None
    assert chromium_executable() == (expected or str(tmp_path / "bin" / "google-chrome"))


def test_make_test_passes_the_chromium_it_found_to_pytest() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "sh .ci/chromium.sh install" in makefile
    assert 'CHROME_PATH="$$(sh .ci/chromium.sh find)" $(BIN)/pytest' in makefile
    assert "apt-get install" not in makefile


# -- locked dependencies ----------------------------------------------------------------

LOCKS = REPO / "requirements"
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$"
)


def pins(lock: str) -> dict[str, str]:
    """The lock's pins that apply to this Python and platform, by normalised name."""
    found: dict[str, str] = {}
    for line in (LOCKS / lock).read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match and (match["marker"] is None or Marker(match["marker"]).evaluate()):
            found[canonicalize_name(match["name"])] = match["version"]
    return found


def requirements_of(*extras: str) -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in extras:
        declared += project["optional-dependencies"][extra]
    return [Requirement(text) for text in declared]


def test_pyproject_declares_what_the_site_uses_directly() -> None:
    names = {canonicalize_name(r.name) for r in requirements_of()}
    # mkdocs.yml's pymdownx.details; Python-Markdown renders every page.
    assert {"pymdown-extensions", "markdown", "mkdocs", "mkdocs-material"} <= names


@pytest.mark.parametrize(
    ("lock", "extras"),
    [("serve.txt", ()), ("zensical.txt", ("zensical",)), ("test.txt", ("test", "zensical"))],
)
def test_each_lock_pins_what_pyproject_asks_for(lock: str, extras: tuple[str, ...]) -> None:
    pinned = pins(lock)
    for requirement in requirements_of(*extras):
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{lock} lacks {name}: run make lock"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"{lock} pins {name}=={pinned[name]}, pyproject.toml asks for {requirement}"
        )


def test_serving_installs_no_test_tool_and_versions_agree_across_locks() -> None:
    serve, zensical, test = pins("serve.txt"), pins("zensical.txt"), pins("test.txt")
    assert not {"pytest", "playwright", "mypy", "ruff", "hypothesis", "zensical"} & set(serve)
    assert set(zensical) - set(serve) >= {"zensical"}
    for smaller in (serve, zensical):
        assert {name: test.get(name) for name in smaller} == smaller


@pytest.mark.parametrize("lock", ["pip.txt", "serve.txt", "zensical.txt", "test.txt"])
def test_every_pin_has_its_hashes(lock: str) -> None:
    text = (LOCKS / lock).read_text(encoding="utf-8")
    # One requirement per entry: its pin line, then its --hash lines.
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert entries
    for entry in entries:
        assert PIN.match(entry.splitlines()[0]), entry
        assert re.search(r"--hash=sha256:[0-9a-f]{64}", entry), entry


def test_the_makefile_installs_from_the_locks_only() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    installs = [line.strip() for line in makefile.splitlines() if "pip install" in line]
    assert "$(BIN)/pip install --quiet --require-hashes -r requirements/pip.txt" in installs
    assert "$(BIN)/pip install --quiet --require-hashes -r $<" in installs
    assert "$(BIN)/pip install --quiet --no-deps -e ." in installs
    # The only other install is uv, for `make lock`, in a folder of its own.
    others = [line for line in installs if "$(BIN)/pip" not in line]
    assert others == ['.venv-uv/bin/pip install --quiet "uv==0.13.9"']
    assert "$(VENV)/.installed-%: requirements/%.txt pyproject.toml" in makefile
    for target, lock in [("serve", "SERVE"), ("build", "SERVE"), ("zensical", "ZENSICAL")]:
        assert f"\n{target}: $({lock})\n" in makefile
    assert "\ntest: $(TEST) " in makefile
