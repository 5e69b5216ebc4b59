"""``python -m generator``: build, parse (and, for writers, check and new).

The edge of the program: every ``SeedError`` becomes one line on stderr
(``path:line: error: message``) and an exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .annotate import read_and_annotate
from .cache import ArticleCache
from .duplicates import likely_duplicates
from .engines import STAGE_DIR, run_zensical, stage_zensical
from .errors import Diagnostic, SeedError
from .evaluate import evaluate, format_failures, format_table, report_data
from .lint import lint_article
from .new_seed import create_seed
from .output import check_output_dir
from .paths import ARTICLE_CACHE_DIR, TAXONOMY_NAME
from .pipeline import Project, generate, write
from .project import read_taxonomy
from .reader import is_seed
from .serialize import article_data, read_sections
from .siteconfig import read_site_settings
from .taxonomy import load_taxonomy

DESCRIPTION = """\
Turn the articles in seeds/ into the site's Markdown pages, and help writers
with them. Problems are printed as "path:line: error|warning: message".

examples:
  python -m generator check --strict             every seed, sidecar and data file
  python -m generator parse seeds/x.txt --json   what the reader found in one seed
  python -m generator new "A title"              a new seed in the writers' format
  python -m generator import page.html           a saved web page as a new seed
  python -m generator build --out build/pages    the pages, for any engine
"""


def _project(args: argparse.Namespace, drafts: bool = False) -> Project:
    root = Path(args.root)
    return Project.at(root, args.seeds, drafts=drafts, **read_site_settings(root))


def _cache(args: argparse.Namespace, project: Project) -> ArticleCache:
    if args.no_cache:
        return ArticleCache()
    return ArticleCache.on_disk(project.root / ARTICLE_CACHE_DIR)


def _print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    project = _project(args, drafts=args.drafts)
    # Refused before anything is read or cached: a refused run changes nothing.
    check_output_dir(Path(args.out), [project.seeds_dir, project.root / "docs"])
    result = generate(project, _cache(args, project))
    _print_diagnostics(result.diagnostics)
    report = write(project, result, Path(args.out), project.root / "docs")
    print(
        f"{len(result.pages)} pages and {len(result.files)} social cards in {args.out}: "
        f"{len(report.written)} written, "
        f"{report.unchanged} unchanged, {len(report.removed)} removed"
    )
    return 1 if result.errors else 0


def cmd_parse(args: argparse.Namespace) -> int:
    path = Path(args.file)
    project = _project(args)
    if not is_seed(path):
        raise SeedError(
            project.show(path),
            None,
            "not an article: parse reads a seed (.txt pasted from a page, or .md in the "
            "writers' format), not a sidecar, taxonomy or other data file",
        )
    diagnostics: list[Diagnostic] = []
    taxonomy, _ = read_taxonomy(project, diagnostics)
    # A seed without a headline is shown all the same (title: null), with its error.
    article = read_and_annotate(
        path, project.show(path), taxonomy, diagnostics, require_title=False
    )
    _print_diagnostics(diagnostics)
    data = article_data(article)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key in ("title", "slug", "date", "dek", "highlights", "topics", "pull_quotes"):
            print(f"{key}: {data[key]}")
        for section in read_sections(article):
            print(f"## {section.heading or '(lead)'}  [line {section.line}]")
            for paragraph in section.paragraphs:
                print(f"   {paragraph[:100]}")
    return 1 if any(d.severity == "error" for d in diagnostics) else 0


def cmd_check(args: argparse.Namespace) -> int:
    project = _project(args, drafts=True)  # drafts are checked too
    result = generate(project, _cache(args, project))
    diagnostics = [*result.diagnostics, *(d for a in result.articles for d in lint_article(a))]
    diagnostics.extend(likely_duplicates(result.articles, result.entities.resolve))
    diagnostics.sort(key=lambda d: (d.path, d.line or 0, d.severity, d.message))
    _print_diagnostics(diagnostics)
    errors = sum(d.severity == "error" for d in diagnostics)
    warnings = len(diagnostics) - errors
    print(
        f"{_count(len(result.articles), 'article')} checked: "
        f"{_count(errors, 'error')}, {_count(warnings, 'warning')}"
    )
    return 1 if errors or (args.strict and warnings) else 0


def _count(number: int, noun: str) -> str:
    """``1 article``, ``2 articles``, ``0 errors``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def cmd_new(args: argparse.Namespace) -> int:
    project = _project(args)
    path = create_seed(project.seeds_dir, args.title, dt.date.today(), project.show)
    print(f"created {project.show(path)}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        raise SeedError(str(folder), None, "not a folder of labelled articles")
    project = _project(args)
    diagnostics: list[Diagnostic] = []
    local = folder / TAXONOMY_NAME
    taxonomy = load_taxonomy(local) if local.is_file() else read_taxonomy(project, diagnostics)[0]
    _print_diagnostics(diagnostics)
    report = evaluate(folder, taxonomy)
    if args.json:
        print(json.dumps(report_data(report, args.per_article), ensure_ascii=False, indent=2))
        return 0
    if args.per_article:
        failures = format_failures(report)
        if failures:
            print(failures + "\n")
    print(format_table(report))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .importer import import_page, missing_lines, read_page, seed_name, write_new

    project = _project(args)
    page = Path(args.page)
    imported = import_page(read_page(page), args.url)
    target = Path(args.out) if args.out else project.seeds_dir / seed_name(imported, page)
    shown = project.show(target.resolve()) if target.is_absolute() else target.as_posix()
    write_new(target, imported.text, shown)
    for line in missing_lines(imported, shown):
        print(line, file=sys.stderr)
    print(f"created {shown}")
    return 0


def cmd_zensical(args: argparse.Namespace) -> int:
    project = _project(args)
    staged = stage_zensical(project, Path(args.root) / args.out)
    _print_diagnostics(staged.diagnostics)
    report = staged.report
    print(
        f"staged for Zensical in {project.show(staged.config_file.parent)}: "
        f"{len(report.written)} written, {report.unchanged} unchanged, {len(report.removed)} removed"
    )
    if staged.errors:
        return 1
    return run_zensical(staged, strict=not args.lenient) if args.build else 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m generator",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--root", default=".", help="project folder (default: .)")
    top.add_argument("--seeds", default="seeds", help="seeds folder inside the project")
    top.add_argument(
        "--no-cache",
        action="store_true",
        help=f"annotate every seed again, without reading or writing {ARTICLE_CACHE_DIR}/",
    )
    commands = top.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="write the generated Markdown tree into a folder")
    build.add_argument("--out", required=True, help="output folder (owned by the generator)")
    build.add_argument(
        "--drafts", action="store_true", help="include seeds marked draft: true (a preview)"
    )
    build.set_defaults(run=cmd_build)
    parse = commands.add_parser("parse", help="show what the reader understood of one seed")
    parse.add_argument("file")
    parse.add_argument("--json", action="store_true", help="print JSON")
    parse.set_defaults(run=cmd_parse)
    check = commands.add_parser(
        "check", help="report problems in every seed, sidecar and the taxonomy"
    )
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.set_defaults(run=cmd_check)
    new = commands.add_parser("new", help="create a new seed in the writers' Markdown format")
    new.add_argument("title")
    new.set_defaults(run=cmd_new)
    evaluation = commands.add_parser(
        "eval", help="score the reader and annotators on a folder of labelled articles"
    )
    evaluation.add_argument("folder", help="seeds with <stem>.expected.yml labels beside them")
    evaluation.add_argument(
        "--per-article",
        "--verbose",
        action="store_true",
        help="also list what each article missed",
    )
    evaluation.add_argument("--json", action="store_true", help="print JSON")
    evaluation.set_defaults(run=cmd_eval)
    importer = commands.add_parser(
        "import", help="turn a saved web page (HTML) into a Markdown seed in seeds/"
    )
    importer.add_argument("page", help="the saved page (.html)")
    importer.add_argument("--url", help="the page's address, when it does not give one")
    importer.add_argument("--out", help="the seed to write (default: seeds/<title>.md)")
    importer.set_defaults(run=cmd_import)
    zensical = commands.add_parser(
        "zensical", help="stage the site for Zensical (docs copy, generated pages, config)"
    )
    zensical.add_argument(
        "--out", default=str(STAGE_DIR), help=f"staging folder, owned (default: {STAGE_DIR})"
    )
    zensical.add_argument("--build", action="store_true", help="then run `zensical build`")
    zensical.add_argument(
        "--lenient", action="store_true", help="with --build: do not fail on Zensical warnings"
    )
    zensical.set_defaults(run=cmd_zensical)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except SeedError as exc:
        print(exc, file=sys.stderr)
        return 1
    return status
