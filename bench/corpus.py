"""Synthesize N plain-text seeds like pasted news pages, deterministic for a random seed.

    python -m bench.corpus 1000 /tmp/corpus [--seed 7]

Variety as in real pages: highlights or not (and different headers and
glyphs), 3–8 sections, bylines, datelines and date lines, quotes with and
without speakers, several topics per article, an analysis section in some,
trailing site chrome in some. The taxonomy and glossary are copied from the
repository's seeds/ so topic detection does real work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PEOPLE = [
    ("Maria Okonkwo", "chief economist at Harlow Capital"),
    ("Kenji Sato", "director of the Institute for Resource Policy"),
    ("Elena Vasquez", "trade minister"),
    ("David Lindqvist", "chief executive of Nordmetal"),
    ("Aisha Rahman", "senior analyst at Meridian Research"),
    ("Thomas Brandt", "spokesman for the Federal Ministry of Economics"),
    ("Liu Wen", "researcher at the Beijing Center for Trade Studies"),
    ("Grace Mbeki", "head of procurement at Volta Motors"),
    ("Samuel Ortiz", "former commerce undersecretary"),
    ("Hannah Keller", "portfolio manager at Alpine Asset Management"),
]
ORGS = ["Nordmetal", "Volta Motors", "Meridian Research", "Harlow Capital", "the Commerce Ministry", "Pacific Magnetics"]
SUBJECTS = [
    "rare earth prices", "tariffs on Chinese magnets", "critical minerals stockpiles",
    "the supply chain for NdFeB magnets", "export controls on gallium", "trade talks in Geneva",
    "processing capacity outside China", "EU sourcing rules", "WTO dispute filings", "defense procurement",
    "lithium refining", "heavy rare earth separation", "US–China relations", "inflation in Europe",
]
VERBS = ["rose", "fell", "stalled", "recovered", "tightened", "eased", "surged", "slipped"]
PLACES = ["WASHINGTON", "BEIJING", "BRUSSELS", "TOKYO", "SYDNEY", "OTTAWA"]
HEADINGS = [
    "Markets React", "What Comes Next", "A Fragile Truce", "Pressure on Processors",
    "Why It Matters?", "The View From Brussels", "Stockpiles and Strategy", "Miners Push Back",
    "Questions for Buyers:", "Beyond the Headlines", "Security of Supply", "Winners and Losers",
]
FUTURE = ["by late Q2", "toward year-end", "next year", "in the coming months", "by 2030", "later this year"]
HIGHLIGHT_HEADERS = ["Highlights", "Highlights:", "Key Takeaways", "Key points"]
GLYPHS = ["  • ", "▪ ", "- ", "* ", "{n}. "]
CHROME = ["Spread the word:", "CATEGORIES: , , ,", "Leave a Reply", "Your email address will not be published. Required fields are marked *"]


def _sentence(rng: random.Random) -> str:
    subject = rng.choice(SUBJECTS)
    kind = rng.randrange(6)
    if kind == 0:
        return f"Concern over {subject} {rng.choice(VERBS)} this week as buyers weighed new rules."
    if kind == 1:
        org = rng.choice(ORGS)
        return f"{org[0].upper()}{org[1:]} said {subject} could change {rng.choice(FUTURE)}."
    if kind == 2:
        return f"Analysts expect {subject} to remain volatile, with prices that {rng.choice(VERBS)} sharply."
    if kind == 3:
        return f"The debate over {subject} is expected to shape policy {rng.choice(FUTURE)}."
    if kind == 4:
        return f"Data released on Tuesday showed {subject} {rng.choice(VERBS)} for a third month."
    return f"Officials in several capitals have linked {subject} to wider questions of industrial security."


def _quote_paragraph(rng: random.Random) -> str:
    name, role = rng.choice(PEOPLE)
    words = f"We are watching {rng.choice(SUBJECTS)} very closely, and we will act if supply is at risk"
    form = rng.randrange(4)
    if form == 0:
        return f"{name}, {role}, said the outlook was uncertain. “{words}.”"
    if form == 1:
        return f"“{words},” said {name}, {role}."
    if form == 2:
        return f"According to {name}, {role}, “{words}.”"
    return f"“{words},” one trader said, declining to be named."


def _paragraph(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return _quote_paragraph(rng)
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def synthesize(index: int, rng: random.Random, start: dt.date) -> str:
    day = start + dt.timedelta(days=index % 700)
    subject = rng.choice(SUBJECTS)
    title = f"{subject[0].upper()}{subject[1:]} {rng.choice(VERBS)} as {rng.choice(ORGS)} weighs options ({index})"
    lines = [title, ""]
    if rng.random() < 0.5:
        lines += [f"By {rng.choice(PEOPLE)[0]} | {day:%B} {day.day}, {day.year}", ""]
    else:
        lines += [f"{day:%B} {day.day}, {day.year}", ""]
    if rng.random() < 0.7:
        glyph = rng.choice(GLYPHS)
        lines += [rng.choice(HIGHLIGHT_HEADERS), ""]
        for n in range(1, rng.randint(2, 4) + 1):
            lines.append(glyph.format(n=n) + _sentence(rng))
        lines.append("")
    lead = _paragraph(rng)
    if rng.random() < 0.4:
        lead = f"{rng.choice(PLACES)} (Reuters) - {lead}"
    lines += [lead, ""]
    headings = rng.sample(HEADINGS, rng.randint(3, 8))
    for heading in headings:
        lines += [heading, ""]
        for _ in range(rng.randint(1, 4)):
            lines += [_paragraph(rng), ""]
        if rng.random() < 0.15:
            lines += ["  " + _sentence(rng), ""]
    if rng.random() < 0.5:
        lines += ["REEx Analysis: What It Means", ""]
        lines += [" ".join(_sentence(rng) for _ in range(4)), ""]
    if rng.random() < 0.5:
        for chrome in CHROME:
            lines += [chrome, ""]
    return "\n".join(lines)


def write_corpus(count: int, out: Path, seed: int = 7) -> Path:
    """Write ``count`` seeds plus the taxonomy and glossary into ``out`` (emptied first)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for index in range(count):
        (out / f"article-{index:05d}.txt").write_text(synthesize(index, rng, start), encoding="utf-8")
    for name in ("topics.yml", "glossary.yml"):
        shutil.copy2(REPO / "seeds" / name, out / name)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_corpus(args.count, args.out, args.seed)
    print(f"{args.count} seeds in {args.out}")


if __name__ == "__main__":
    main()
