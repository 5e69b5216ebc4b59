"""Synthesize N plain-text seeds like pasted news pages, deterministic for a random seed.

    python -m bench.corpus 1000 /tmp/corpus [--seed 7]

Variety as in real pages: highlights or not (and different headers and
glyphs), 3–8 sections, bylines, datelines and date lines, quotes with and
without speakers (named before or after the quote, "according to", a pronoun
for someone named earlier, a quote running over two paragraphs, scare quotes),
several topics per article, figures in most sentences (so that no two
paragraphs repeat, as in real news and unlike a template), pull quotes, an
analysis section in some, trailing site chrome in some. The taxonomy and
glossary are copied from the repository's seeds/ so topic detection and
abbreviations do real work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PEOPLE = [
    ("Maria Okonkwo", "she", "chief economist at Harlow Capital"),
    ("Kenji Sato", "he", "director of the Institute for Resource Policy"),
    ("Elena Vasquez", "she", "trade minister"),
    ("David Lindqvist", "he", "chief executive of Nordmetal"),
    ("Aisha Rahman", "she", "senior analyst at Meridian Research"),
    ("Thomas Brandt", "he", "spokesman for the Federal Ministry of Economics"),
    ("Liu Wen", "she", "researcher at the Beijing Center for Trade Studies"),
    ("Grace Mbeki", "she", "head of procurement at Volta Motors"),
    ("Samuel Ortiz", "he", "former commerce undersecretary"),
    ("Hannah Keller", "she", "portfolio manager at Alpine Asset Management"),
    ("Pieter van der Berg", "he", "metals strategist at Rijn Securities"),
    ("Priya Natarajan", "she", "professor of geology at Western Mining College"),
    ("Omar Haddad", "he", "managing director of Gulf Magnet Holdings"),
    ("Sofia Marchetti", "she", "deputy director of the European Raw Materials Alliance"),
    ("Chen Jiahui", "he", "analyst at Shanghai Metals Research"),
    ("Rebecca Stone", "she", "senior fellow at the Atlantic Supply Council"),
]
ORGS = [
    "Nordmetal",
    "Volta Motors",
    "Meridian Research",
    "Harlow Capital",
    "the Commerce Ministry",
    "Pacific Magnetics",
    "Lynas Rare Earths",
    "the International Energy Agency",
    "Baotou Steel Rare Earth Group",
    "the European Commission",
    "MP Materials",
    "the Ministry of Commerce",
]
SUBJECTS = [
    "rare earth prices",
    "tariffs on Chinese magnets",
    "critical minerals stockpiles",
    "the supply chain for NdFeB magnets",
    "export controls on gallium",
    "trade talks in Geneva",
    "processing capacity outside China",
    "EU sourcing rules",
    "WTO dispute filings",
    "defense procurement",
    "lithium refining",
    "heavy rare earth separation",
    "US–China relations",
    "inflation in Europe",
    "dysprosium supply",
    "EV battery demand",
    "graphite anode exports",
    "cobalt mining in Congo",
    "the REE recycling industry",
    "antimony shortages",
    "wind turbine orders",
    "semiconductor export rules",
    "Section 301 tariffs",
    "permanent magnet plants in Texas",
]
VERBS = ["rose", "fell", "stalled", "recovered", "tightened", "eased", "surged", "slipped"]
UNITS = ["tonnes", "metric tons", "containers", "shipments", "kilograms of oxide"]
PLACES = ["WASHINGTON", "BEIJING", "BRUSSELS", "TOKYO", "SYDNEY", "OTTAWA", "GENEVA"]
HEADINGS = [
    "Markets React",
    "What Comes Next",
    "A Fragile Truce",
    "Pressure on Processors",
    "Why It Matters?",
    "The View From Brussels",
    "Stockpiles and Strategy",
    "Miners Push Back",
    "Questions for Buyers:",
    "Beyond the Headlines",
    "Security of Supply",
    "Winners and Losers",
    "The Price of Independence",
    "A Race for Refining",
    "Where the Magnets Go",
    "Signals From Beijing",
]
FUTURE = [
    "by late Q2",
    "toward year-end",
    "next year",
    "in the coming months",
    "by 2030",
    "later this year",
    "over the next few quarters",
    "before the end of the decade",
]
HIGHLIGHT_HEADERS = ["Highlights", "Highlights:", "Key Takeaways", "Key points"]
GLYPHS = ["  • ", "▪ ", "- ", "* ", "{n}. "]
CHROME = [
    "Spread the word:",
    "CATEGORIES: , , ,",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
]
SCARE = ["strategic patience", "friend-shoring", "de-risking", "a new normal"]


def _figure(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.uniform(0.5, 48):.1f}%"
    if kind == 1:
        return f"${rng.randint(12, 950)} per kilogram"
    if kind == 2:
        return f"{rng.randint(2, 90) * 100:,} {rng.choice(UNITS)}"
    return f"{rng.randint(2, 40)} {rng.choice(['plants', 'mines', 'licences', 'buyers'])}"


def _sentence(rng: random.Random) -> str:
    subject = rng.choice(SUBJECTS)
    figure = _figure(rng)
    kind = rng.randrange(10)
    if kind == 0:
        return f"Concern over {subject} {rng.choice(VERBS)} this week as buyers weighed {figure}."
    if kind == 1:
        org = rng.choice(ORGS)
        future = rng.choice(FUTURE)
        return f"{org[0].upper()}{org[1:]} said {subject} could change {future}, citing {figure}."
    if kind == 2:
        return f"Analysts expect {subject} to remain volatile after a move of {figure}."
    if kind == 3:
        return f"The debate over {subject} is expected to shape policy {rng.choice(FUTURE)}."
    if kind == 4:
        day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        return f"Data released on {day} showed {subject} {rng.choice(VERBS)} by {figure}."
    if kind == 5:
        return f"Officials in several capitals have linked {subject} to {figure} of new demand."
    if kind == 6:
        return f"Shipments {rng.choice(VERBS)} to {figure} in {rng.choice(['May', 'June', 'March'])}, customs data show."
    if kind == 7:
        org = rng.choice(ORGS)
        return f"{org[0].upper()}{org[1:]} may need {figure} before {subject} stabilise."
    if kind == 8:
        return (
            f"Some traders called the policy “{rng.choice(SCARE)},” though {subject} barely moved."
        )
    return f"In {rng.choice(['Jiangxi', 'Inner Mongolia', 'Western Australia', 'Quebec'])}, {subject} {rng.choice(VERBS)} while output held near {figure}."


def _words(rng: random.Random) -> str:
    return (
        f"We are watching {rng.choice(SUBJECTS)} very closely, and {_figure_phrase(rng)} "
        f"tells us {rng.choice(['supply is at risk', 'buyers are nervous', 'the market is adjusting'])}"
    )


def _figure_phrase(rng: random.Random) -> str:
    return f"a shift of {_figure(rng)}"


def _quote_paragraphs(rng: random.Random) -> list[str]:
    name, pronoun, role = rng.choice(PEOPLE)
    words = _words(rng)
    form = rng.randrange(7)
    if form == 0:
        return [f"{name}, {role}, said the outlook was uncertain. “{words}.”"]
    if form == 1:
        return [f"“{words},” said {name}, {role}."]
    if form == 2:
        return [f"According to {name}, {role}, “{words}.”"]
    if form == 3:
        follow = f"“{_words(rng)},” {pronoun} added."
        return [f"{name}, {role}, told reporters the data was mixed.", follow]
    if form == 4:
        # A quote running into the next paragraph: no closing mark on the first.
        return [f"“{words}.", f"“{_words(rng)},” {name} said."]
    if form == 5:
        return [f"{role[0].upper()}{role[1:]} {name} said: “{words}.”"]
    return [f"“{words},” one trader said, declining to be named."]


def _paragraphs(rng: random.Random) -> list[str]:
    if rng.random() < 0.3:
        return _quote_paragraphs(rng)
    return [" ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))]


def synthesize(index: int, rng: random.Random, start: dt.date) -> str:
    day = start + dt.timedelta(days=index % 700)
    subject = rng.choice(SUBJECTS)
    verb, org = rng.choice(VERBS), rng.choice(ORGS)
    title = f"{subject[0].upper()}{subject[1:]} {verb} as {org} weighs options ({index})"
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
    lead = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
    if rng.random() < 0.4:
        lead = f"{rng.choice(PLACES)} (Reuters) - {lead}"
    lines += [lead, ""]
    for heading in rng.sample(HEADINGS, rng.randint(3, 8)):
        lines += [heading, ""]
        for _ in range(rng.randint(1, 4)):
            for paragraph in _paragraphs(rng):
                lines += [paragraph, ""]
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
    """Write ``count`` seeds plus the taxonomy and glossary into ``out``: a new or
    empty folder, or one this function made before (emptied first). Any other
    folder, such as the project's own seeds/, is refused untouched."""
    _claim(out)
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    for index in range(count):
        text = synthesize(index, rng, start)
        (out / f"article-{index:05d}.txt").write_text(text, encoding="utf-8")
    for name in ("topics.yml", "glossary.yml"):
        shutil.copy2(REPO / "seeds" / name, out / name)
    return out


MARKER = ".bench-corpus"


class NotOurFolder(Exception):
    """The output folder holds files this synthesizer did not write."""


def _claim(out: Path) -> None:
    """Make ``out`` an empty folder marked as ours, or refuse to touch it."""
    if out.resolve() == (REPO / "seeds").resolve() or out.is_file():
        raise NotOurFolder(f"{out}: refusing to write a synthetic corpus there")
    if out.is_dir() and any(out.iterdir()):
        if not (out / MARKER).is_file():
            raise NotOurFolder(
                f"{out} holds files this command did not write; give a new or empty folder"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("Written by python -m bench.corpus; safe to delete.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    try:
        write_corpus(args.count, args.out, args.seed)
    except NotOurFolder as refused:
        parser.exit(2, f"{refused}\n")
    print(f"{args.count} seeds in {args.out}")


if __name__ == "__main__":
    main()
