#!/usr/bin/env python3
"""Generate a synthetic boardpack project (and a matching Hugo site) for benchmarking.

    python3 bench/gen_corpus.py --papers N --out DIR [--seed S] [--force]

Writes:
  DIR/content/site.yaml            boards and categories, as in shared/FORMAT.md
  DIR/content/papers/paper-NNNNN.md  front matter + ~10 KB Markdown body each
  DIR/bodies.md                    every body (no front matter) concatenated, for cmark-gfm
  DIR/hugo/                        the same papers as a Hugo site with equivalent layouts

Paper i depends only on (seed, i), so a smaller corpus is a prefix of a larger one.
Standard library only.
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import sys
import textwrap
import time
import unicodedata

# ---------------------------------------------------------------------------
# Site: boards, categories, nations

SITE_TITLE = "LGA board papers"
ORGANISATION = "Local Government Association"
BASE_URL = "https://example.org/briefings/"
LANGUAGE = "en-GB"

BOARDS = [
    ("sscb", "Safer and Stronger Communities Board"),
    ("cwb", "Community Wellbeing Board"),
    ("ltb", "Local Infrastructure and Transport Board"),
    ("ctsb", "Culture, Tourism and Sport Board"),
]

CATEGORIES = [
    ("hate-crime", "Hate crime"),
    ("intimidation", "Abuse and intimidation of councillors"),
    ("extremism", "Extremist activity"),
    ("community-tension", "Community tension"),
    ("misinformation", "Misinformation and conspiracy theories"),
    ("public-order", "Protest and public order"),
]

NATIONS = [
    ("england", "England"),
    ("wales", "Wales"),
    ("scotland", "Scotland"),
    ("northern-ireland", "Northern Ireland"),
]

# ---------------------------------------------------------------------------
# Word and sentence banks

ISSUES = {
    "sscb": [
        "hate crime", "community tensions", "counter-extremism", "the Prevent duty",
        "the abuse and intimidation of councillors", "serious violence", "modern slavery",
        "domestic abuse", "anti-social behaviour", "fire safety in high-rise buildings",
        "taxi and private hire vehicle licensing", "online harms", "community cohesion",
        "the Protect duty", "gambling-related harm", "violence against women and girls",
    ],
    "cwb": [
        "adult social care", "public health", "loneliness and social isolation",
        "health inequalities", "the integration of health and care", "mental health support",
        "the social care workforce", "drug and alcohol services", "physical activity",
        "obesity prevention", "support for unpaid carers", "hospital discharge",
        "the public health grant", "suicide prevention",
    ],
    "ltb": [
        "local transport funding", "bus service improvement plans", "active travel",
        "highways maintenance", "electric vehicle charging infrastructure",
        "digital connectivity", "flood resilience", "the planning system", "net zero",
        "local growth funding", "rural connectivity", "road safety", "street works",
        "home-to-school transport",
    ],
    "ctsb": [
        "library services", "the visitor economy", "sport and leisure facilities",
        "heritage and museums", "cultural recovery funding", "arts development",
        "swimming pools", "parks and green spaces", "cultural education",
        "major sporting events", "creative industries", "tourism recovery",
    ],
}

TAGS = {
    "sscb": ["cohesion", "extremism", "hate-crime", "prevent", "intimidation", "civility",
             "serious-violence", "modern-slavery", "domestic-abuse", "licensing", "fire-safety"],
    "cwb": ["social-care", "public-health", "loneliness", "health-inequalities", "integration",
            "mental-health", "workforce", "carers", "nhs"],
    "ltb": ["transport", "buses", "active-travel", "highways", "net-zero", "broadband",
            "flooding", "planning", "growth"],
    "ctsb": ["libraries", "tourism", "sport", "leisure", "heritage", "culture", "parks",
             "events"],
}
SHARED_TAGS = ["covid-19", "funding", "wales", "spending-review", "consultation", "workforce"]

TITLE_PATTERNS = [
    "{Issue}", "{Issue} update", "{Issue}: policy update", "{Issue}: consultation response",
    "{Issue} – next steps", "{Issue} and resilience", "{Issue}: the local government perspective",
    "{Issue} – work programme {fy}", "Review of {issue}", "{Issue}: councils' role",
    "{Issue} and the spending review", "Update on {issue}",
]

ACTORS = [
    "councils", "the LGA", "the Board", "local partners", "community safety partnerships",
    "member authorities", "officers", "many councils", "lead members", "council leaders",
    "practitioners", "combined authorities", "police and crime commissioners",
    "fire and rescue authorities", "the Welsh LGA", "integrated care systems",
    "voluntary and community sector partners", "district councils", "county councils",
]
MODALS = [
    "will continue to", "may wish to", "should", "will need to", "would be expected to",
    "can", "might", "are likely to", "have been asked to", "will be supported to",
]
ACTIONS = [
    "work with partners to address", "build resilience against", "monitor", "respond to",
    "take a broad strategic approach to", "invest in measures to tackle", "share learning on",
    "strengthen local arrangements for", "develop a shared understanding of",
    "review their approach to", "raise awareness of", "engage residents on",
    "gather evidence on", "make the case for sustainable funding for",
    "improve data sharing on", "commission services for",
]
PAST = [
    "raised concerns about", "reported increases in", "highlighted", "welcomed the focus on",
    "called for further clarity on", "set out their approach to",
    "shared examples of good practice on", "responded to the consultation on",
    "pressed government on", "hosted a roundtable on",
]
GOVERNMENT = {
    "sscb": ["the Home Office", "the Department for Levelling Up, Housing and Communities",
             "the Ministry of Justice", "the Cabinet Office", "government", "the Welsh Government"],
    "cwb": ["the Department of Health and Social Care", "NHS England", "government",
            "the Welsh Government", "the Department for Levelling Up, Housing and Communities"],
    "ltb": ["the Department for Transport", "the Department for Environment, Food and Rural Affairs",
            "the Department for Levelling Up, Housing and Communities", "government",
            "the Welsh Government", "HM Treasury"],
    "ctsb": ["the Department for Culture, Media and Sport", "Arts Council England", "Sport England",
             "government", "the Welsh Government", "HM Treasury"],
}
FUTURE = [
    "publish its response on", "announce the future direction of", "consult further on",
    "bring forward legislation on", "provide additional funding for",
    "issue revised guidance on", "set up a national review of", "pilot new approaches to",
]
TIMEFRAMES = [
    "shortly", "later this year", "in the autumn", "before the next spending review",
    "in the new year", "ahead of the summer recess", "over the coming months",
]
QUALIFIERS = [
    "", "", "", " across England and Wales", " in the context of diminished resources and capacity",
    " at both national and local level", " over the coming year", " following the pandemic",
    " where this does not cross a legal threshold", " within existing budgets",
    " as part of the wider work programme", " in rural and urban areas alike",
    " without any further central funding", " in partnership with the voluntary sector",
]
DOCUMENTS = [
    "a toolkit", "new guidance", "a call for evidence", "a review", "a national strategy",
    "a good practice guide", "an e-learning course", "a framework", "a position statement",
    "a research report", "a national action plan",
]
ACTIVITIES = [
    "a series of practitioner roundtables", "three thematic webinars",
    "bespoke advice and guidance to councils facing issues", "elected member network meetings",
    "training courses for practitioners", "facilitation of the online Knowledge Hub",
    "peer challenges", "a national conference", "regional workshops",
    "a leadership essentials programme", "case studies of effective practice",
]
PLACES = [
    "coastal towns", "rural districts", "London boroughs", "metropolitan areas",
    "the North of England", "the East of England", "the Midlands", "county areas",
    "university towns", "the South West", "the valleys of South Wales",
]
CONTEXTS = [
    "the post-COVID landscape", "rising inequality", "the cost of living crisis",
    "economic decline in some places", "the forthcoming spending review",
    "changes to the local government finance system", "new burdens on councils",
]
SOURCES = [
    "the Office for National Statistics", "Home Office statistics", "council returns",
    "the LGA's survey of councils", "police recorded crime data", "NHS Digital",
    "the Department for Transport", "Sport England's Active Lives survey",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

SENTENCES = [
    "{Actor} {modal} {action} {issue}{qualifier}.",
    "{Actor} {past} {issue}{qualifier}.",
    "In {month} {year}, {gov} published {document} on {issue}.",
    "We have long argued that {issue} requires a joined-up approach across {issue2} and {issue3}, both locally and nationally.",
    "There are no duties for councils specifically to tackle {issue}, however {actor} {modal} {action} {issue2}.",
    "We anticipate that {gov} will {future} {issue} {timeframe}.",
    "Around {n} local authorities received dedicated funding for work on {issue} up until {month} {year}.",
    "Over the last year alone this has included {activity1}; {activity2}; and {activity3}.",
    "Board members are invited to consider how {issue} might be addressed{qualifier}.",
    "The threats from {issue} continue to change, presenting new and evolving challenges for local authorities.",
    "Data from {source} suggest that demand relating to {issue} rose by {pct} per cent between {year0} and {year}.",
    "Funding of £{m1} million has been made available for {fy}, though this falls short of the £{m2} million councils estimate is needed.",
    "Feedback from the sector indicates that {issue} is a growing concern, particularly in {place}.",
    "The LGA, the Welsh LGA (WLGA), COSLA and NILGA have worked together on {issue} since {year0}.",
    "It is expected that the new programme will help {actor} {action} {issue}.",
    "Councils understand the need to {action} {issue} and to {action2} {issue2}.",
    "This will include working with frontline experts to develop recommendations on {issue}.",
    "Many areas have reported concerns about {issue} during {year}, with a number of councils seeing significant increases in demand.",
    "The challenges presented by {context} are likely to affect {issue} for some time.",
    "We will continue to make the case to {gov} that {issue} needs long-term, sustainable funding.",
    "A number of councils in {place} have developed effective approaches to {issue}, which we will share through the Knowledge Hub.",
    "Officers will report back to the Board on progress at its next meeting.",
    "The evidence gathered so far suggests that early intervention on {issue} reduces costs elsewhere in the system.",
    "Members have previously asked for a clearer picture of how {issue} varies between {place} and {place2}.",
]

DISCUSSION_POINTS = [
    "The importance of retaining national and local focus on {issue}, particularly in the context of diminished resources and capacity.",
    "Opportunities for linking up this work with the LGA's programme on {issue2}.",
    "The challenges and potential opportunities presented by {context}; how partners might look to {action} {issue}.",
    "How we can best ensure work across national and local government on {issue} and {issue2} is joined-up; what support do councils need from central government?",
    "Whether the Board wishes to prioritise {issue} in its work programme for {fy}.",
    "The role of elected members in shaping local approaches to {issue}.",
    "How councils in {place} can share learning on {issue2} with other areas.",
    "What evidence the LGA should gather to make the case on {issue} ahead of the spending review.",
]

FIRST_NAMES = ["Rachel", "Mark", "Jess", "Samantha", "Ellie", "Thomas", "Aisha", "Rhodri",
               "Siân", "Mohammed", "Priya", "Owen", "Claire", "Daniel", "Fatima", "Gareth",
               "Hannah", "Imran", "Joanna", "Kieran", "Lucy", "Niamh", "Oliver", "Rebecca",
               "Sophie", "Tariq", "Zoë", "Bethan", "Callum", "Mei"]
LAST_NAMES = ["Duke", "Norris", "Harrison", "Lewis", "Jones", "Patel", "Khan", "Davies",
              "O'Neill", "Williams", "Evans", "Smith", "Begum", "Clarke", "Hughes", "Ahmed",
              "Roberts", "Thomas", "Price", "Shah", "McDonald", "Wright", "Green", "Murphy",
              "Okafor", "Chen", "Llewellyn"]
POSITIONS = ["Adviser", "Senior Adviser", "Policy Adviser", "Principal Policy Adviser",
             "Head of Policy", "Senior Policy Adviser", "Programme Manager"]

SUBJECTS = [
    "The national programme", "Guidance for councils", "Funding allocations",
    "The support offer to councils", "Data collection", "The consultation response",
    "Legislative changes", "The member development offer", "Peer support",
    "The independent review", "Workforce planning",
]

TABLE_ROWS = ["North East", "North West", "Yorkshire and the Humber", "East Midlands",
              "West Midlands", "East of England", "London", "South East", "South West", "Wales"]

# ---------------------------------------------------------------------------
# Helpers


def cap(s):
    return s[:1].upper() + s[1:]


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


_YAML_SPECIAL_START = set("-?:,[]{}#&*!|>'\"%@`")
_YAML_RESERVED = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF"
    r"|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\d{4}-\d\d-\d\d.*)$")


def yaml_str(s):
    """A YAML scalar for s: plain when unambiguous, else double-quoted (JSON is valid YAML)."""
    plain = (
        s and s == s.strip() and s[0] not in _YAML_SPECIAL_START
        and ": " not in s and " #" not in s and not s.endswith(":")
        and "\n" not in s and "\t" not in s and not _YAML_RESERVED.match(s)
    )
    return s if plain else json.dumps(s, ensure_ascii=False)


def fy(year):
    return f"{year}/{(year + 1) % 100:02d}"


class Writer:
    """Fills the sentence banks for one paper, from that paper's own random stream."""

    def __init__(self, rng, board, year):
        self.rng = rng
        self.board = board
        self.year = year
        self.issues = ISSUES[board]
        self.main_issue = rng.choice(self.issues)
        self.decorations = 0

    def pick(self, seq):
        return self.rng.choice(seq)

    def issue(self):
        # Papers keep coming back to their own subject, as real ones do.
        i = self.main_issue if self.rng.random() < 0.35 else self.pick(self.issues)
        r = self.rng.random()
        if r < 0.03:
            return f"*{i}*"
        if r < 0.05:
            return f"**{i}**"
        return i

    def document(self):
        d = self.pick(DOCUMENTS)
        if self.rng.random() < 0.15:
            slug = slugify(d.split(" ", 1)[1] + " " + self.main_issue)
            return f"[{d}](https://www.local.gov.uk/publications/{slug})"
        return d

    def fill(self, template):
        rng = self.rng
        y = self.year
        acts = rng.sample(ACTIVITIES, 3)
        m1 = rng.randint(2, 90)
        values = {
            "actor": self.pick(ACTORS), "modal": self.pick(MODALS),
            "action": self.pick(ACTIONS), "action2": self.pick(ACTIONS),
            "past": self.pick(PAST), "issue": self.issue(), "issue2": self.issue(),
            "issue3": self.issue(), "qualifier": self.pick(QUALIFIERS),
            "month": self.pick(MONTHS), "year": y - rng.randint(0, 2), "year0": y - rng.randint(3, 6),
            "gov": self.pick(GOVERNMENT[self.board]), "document": self.document(), "future": self.pick(FUTURE),
            "timeframe": self.pick(TIMEFRAMES), "n": rng.randint(12, 140),
            "activity1": acts[0], "activity2": acts[1], "activity3": acts[2],
            "source": self.pick(SOURCES), "pct": rng.randint(3, 48),
            "m1": m1, "m2": m1 + rng.randint(5, 200), "fy": fy(y),
            "place": self.pick(PLACES), "place2": self.pick(PLACES), "context": self.pick(CONTEXTS),
        }
        text = template.format(**values, Actor=cap(values["actor"]))
        return cap(text)

    def sentence(self):
        return self.fill(self.pick(SENTENCES))

    def paragraph(self, lo=3, hi=6):
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))


# ---------------------------------------------------------------------------
# Front matter


def random_date(rng):
    start = datetime.date(2019, 1, 1)
    days = (datetime.date(2024, 12, 31) - start).days
    return start + datetime.timedelta(days=rng.randint(0, days))


def make_scope(rng):
    """Returns (yaml lines, set of nations covered). Mixes FORMAT.md's scope forms."""
    def nations():
        r = rng.random()
        if r < 0.45:
            return ["england"]
        if r < 0.85:
            return ["england", "wales"]
        if r < 0.95:
            return ["england", "wales", "scotland"]
        return [n for n, _ in NATIONS]

    r = rng.random()
    if r < 0.55:
        lines, covered = ["scope:"], set()
        for subject in rng.sample(SUBJECTS, rng.randint(1, 3)):
            ns = nations()
            covered.update(ns)
            lines.append(f"  - subject: {yaml_str(subject)}")
            lines.append(f"    nations: [{', '.join(ns)}]")
        return lines, covered
    ns = nations()
    if r < 0.75:
        return [f"scope: [{', '.join(ns)}]"], set(ns)
    if r < 0.95:
        return ["scope:"] + [f"  - {n}" for n in ns], set(ns)
    return ["scope: england"], {"england"}


def make_contact(rng):
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    if rng.random() < 0.5:
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    else:
        phone = f"020 7664 {rng.randint(3000, 3999)}"
    email = f"{slugify(first).replace('-', '')}.{slugify(last).replace('-', '')}@local.gov.uk"
    return [
        "contact:",
        f"  name: {yaml_str(first + ' ' + last)}",
        f"  position: {yaml_str(rng.choice(POSITIONS))}",
        f"  phone: {yaml_str(phone)}",
        f"  email: {email}",
    ]


def make_front_matter(w, date, title, purpose):
    rng = w.rng
    summary = " ".join(w.fill(t) for t in rng.sample(SENTENCES[:10], rng.randint(2, 3)))
    summary = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", summary).replace("*", "")
    recs = {
        "decision": ["That the Board agrees the proposed approach to {issue}.",
                     "That the Board agrees the priorities for {fy} set out in the report."],
        "discussion": ["That the Board notes the update and discusses councils' concerns on {issue}.",
                       "That members provide a steer on the LGA's approach to {issue}."],
        "information": ["That the Board notes the update on {issue}."],
        "noting": ["That the Board notes the report."],
    }[purpose]
    recommendations = [re.sub(r"\*+", "", w.fill(t)) for t in recs[: rng.randint(1, len(recs))]]
    actions = rng.choice([
        ["Officers to follow up as directed."],
        ["Officers to take forward the work programme as agreed by members."],
        ["Officers to reflect members' comments in the consultation response.",
         "Officers to report back to the Board at its next meeting."],
    ])
    scope_lines, covered = make_scope(rng)
    tags = rng.sample(TAGS[w.board], rng.randint(1, 3))
    if rng.random() < 0.3:
        tags.append(rng.choice(SHARED_TAGS))
    tags = list(dict.fromkeys(tags))

    lines = ["---", f"title: {yaml_str(title)}", f"board: {w.board}", f"date: {date.isoformat()}",
             f"purpose: {purpose}", "background-papers: none", "summary: >"]
    lines += ["  " + l for l in textwrap.wrap(summary, 94)]
    lines.append("recommendations:")
    lines += [f"  - {yaml_str(r)}" for r in recommendations]
    lines.append("actions:")
    lines += [f"  - {yaml_str(a)}" for a in actions]
    lines += make_contact(rng)
    lines += scope_lines
    lines.append("exempt: false")
    lines.append(f"tags: [{', '.join(tags)}]")
    lines.append("---")
    return "\n".join(lines) + "\n", covered


# ---------------------------------------------------------------------------
# Body


def make_table(w):
    rng = w.rng
    y = w.year
    rows = rng.sample(TABLE_ROWS, rng.randint(4, 8))
    out = [f"| Region | {fy(y - 2)} | {fy(y - 1)} | Change |", "| :--- | ---: | ---: | ---: |"]
    for r in rows:
        a, b = rng.randint(40, 4000), rng.randint(40, 4000)
        out.append(f"| {r} | {a:,} | {b:,} | {(b - a) * 100 // a:+d}% |")
    caption = f"Table 1: reported cases relating to {w.main_issue}, by region."
    return "\n".join(out), f"*{caption}*"


def bullet_list(w, n_lo=3, n_hi=5):
    marker = w.rng.choice(["-", "*"])
    return "\n".join(f"{marker} {w.sentence()}" for _ in range(w.rng.randint(n_lo, n_hi)))


def task_list(w):
    templates = ["Publish {document} on {issue}.", "Meet {gov} officials on {issue}.",
                 "Report to the Board on {issue2}."]
    items = []
    for _ in range(w.rng.randint(3, 5)):
        done = "x" if w.rng.random() < 0.4 else " "
        items.append(f"- [{done}] " + w.fill(w.pick(templates)))
    return "\n".join(items)


def make_body(w, covered, target):
    """Sections as lists of blocks; Background, Policy context and Discussion grow to target."""
    rng = w.rng
    topic_slug = slugify(w.main_issue)
    sections = {h: [] for h in ["Background", "Policy context", "Discussion",
                                "Implications for Wales", "Financial Implications", "Next steps"]}
    sections["Background"] += [w.paragraph(), w.paragraph()]
    guidance = (f" The LGA has published [guidance for councils on {w.main_issue}]"
                f"(https://www.local.gov.uk/publications/{topic_slug}-guidance-councils).")
    sections["Policy context"] += [w.paragraph() + guidance, bullet_list(w) if rng.random() < 0.7 else w.paragraph()]
    if rng.random() < 0.4:
        sections["Policy context"] += [f"### {cap(w.main_issue)} and councils", w.paragraph()]
    sections["Discussion"] += [w.paragraph()]

    if "wales" in covered:
        wales = ("This work extends to councils in both England and Wales. We will continue to work "
                 "closely with the Welsh LGA (WLGA) to reflect the devolved context. ")
    else:
        wales = "This work covers England only. The WLGA has been kept informed. "
    sections["Implications for Wales"] += [wales + w.paragraph(1, 3)]

    sections["Financial Implications"] += [w.paragraph(2, 4)]
    if rng.random() < 0.3:
        table, caption = make_table(w)
        sections[rng.choice(["Background", "Financial Implications"])] += [table, caption]

    nxt = [w.paragraph(2, 4) + f" Further information is available at https://www.local.gov.uk/topics/{topic_slug}."]
    if rng.random() < 0.3:
        d = datetime.date(w.year, rng.randint(1, 12), rng.randint(1, 28))
        later = d + datetime.timedelta(days=rng.randint(30, 120))
        nxt.append(f"The deadline for responses has moved from ~~{d.day} {MONTHS[d.month - 1]} {d.year}~~ "
                   f"to {later.day} {MONTHS[later.month - 1]} {later.year}.")
    if rng.random() < 0.15:
        nxt.append(task_list(w))
    elif rng.random() < 0.5:
        nxt.append(bullet_list(w, 2, 4))
    if rng.random() < 0.4:
        ref = f"{w.board.upper()}-{w.year}-{rng.randint(1, 40):02d}"
        nxt.append(f"Officers will log members' comments against reference `{ref}` in the work programme.")
    sections["Next steps"] += nxt

    points = [w.fill(t) for t in rng.sample(DISCUSSION_POINTS, rng.randint(3, 5))]
    discussion_list = ("Board members may wish to explore the following issues:",
                       "\n".join(f"{i}. {p}" for i, p in enumerate(points, 1)))

    def render():
        parts = []
        for heading, blocks in sections.items():
            parts.append(f"## {heading}")
            parts += blocks
            if heading == "Discussion":
                parts += discussion_list
        return "\n\n".join(parts) + "\n"

    growable = ["Background", "Policy context", "Discussion"]
    # Estimate, then top up: rendering every time would be quadratic.
    size = len(render().encode())
    while size < target:
        p = w.paragraph()
        sections[rng.choice(growable)].append(p)
        size += len(p.encode()) + 2

    add_footnotes(w, sections)
    return render()


def add_footnotes(w, sections):
    rng = w.rng
    n = rng.randint(1, 3)
    candidates = [(h, i) for h in ("Background", "Policy context", "Discussion", "Financial Implications")
                  for i, b in enumerate(sections[h]) if b and b[0].isalpha() and b.endswith(".")]
    notes = []
    for k, (h, i) in enumerate(rng.sample(candidates, min(n, len(candidates))), 1):
        sections[h][i] += f"[^{k}]"
        y = w.year - rng.randint(0, 2)
        notes.append(f"[^{k}]: {cap(w.pick(GOVERNMENT[w.board]))} ({y}), *{cap(w.main_issue)}: {w.pick(['annual report', 'statistical release', 'guidance for local authorities', 'evaluation'])}*, "
                     f"https://www.gov.uk/government/publications/{slugify(w.main_issue)}-{y}.")
    if notes:
        sections["Next steps"].append("\n".join(notes))


# ---------------------------------------------------------------------------
# One paper


def make_paper(seed, index):
    """Returns (slug, front matter text, body text) for paper number index (1-based)."""
    rng = random.Random(f"boardpack-bench:{seed}:{index}")
    board = rng.choice([b for b, _ in BOARDS])
    date = random_date(rng)
    w = Writer(rng, board, date.year)
    title = rng.choice(TITLE_PATTERNS).format(Issue=cap(w.main_issue), issue=w.main_issue, fy=fy(date.year))
    purpose = rng.choice(["discussion", "decision", "information", "noting"])
    front, covered = make_front_matter(w, date, title, purpose)
    body = make_body(w, covered, rng.randint(8500, 10500))
    return f"paper-{index:05d}", front, body


# ---------------------------------------------------------------------------
# Site files


def site_yaml():
    lines = [f"title: {SITE_TITLE}", f"organisation: {ORGANISATION}", f"base-url: {BASE_URL}",
             f"language: {LANGUAGE}", "boards:"]
    for bid, name in BOARDS:
        lines += [f"  - id: {bid}", f"    name: {yaml_str(name)}"]
    lines.append("categories:")
    lines += [f"  {k}: {yaml_str(v)}" for k, v in CATEGORIES]
    return "\n".join(lines) + "\n"


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def hugo_config():
    boards = "\n".join(f"[[params.boards]]\n  id = {toml_str(b)}\n  name = {toml_str(n)}" for b, n in BOARDS)
    nations = "\n".join(f"  {toml_str(k)} = {toml_str(v)}" for k, v in NATIONS)
    return f"""baseURL = {toml_str(BASE_URL)}
languageCode = {toml_str(LANGUAGE)}
title = {toml_str(SITE_TITLE)}
# boardpack writes no taxonomy or section list pages; its feed, sitemap and search index are
# left out here too, so Hugo is measured on the same or less work.
disableKinds = ["taxonomy", "term", "section", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
disableHugoGeneratorInject = true
enableGitInfo = false
enableEmoji = false
timeout = "600s"

[markup]
  defaultMarkdownHandler = "goldmark"
  [markup.goldmark.extensions]
    table = true
    strikethrough = true
    linkify = true
    taskList = true
    footnote = true
    definitionList = false
    typographer = false
  [markup.goldmark.renderer]
    unsafe = false

[params]
  organisation = {toml_str(ORGANISATION)}
[params.nations]
{nations}
{boards}
"""


HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a> <span>{{ site.Params.organisation }}</span></header>
<main>
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ site.Params.organisation }}</p></footer>
</body>
</html>
"""

HUGO_SINGLE = """{{ define "main" }}
{{ $board := .Params.board }}
<article class="paper">
<h1>{{ .Title }}</h1>
<p class="meta">{{ range site.Params.boards }}{{ if eq .id $board }}{{ .name }}{{ end }}{{ end }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<dl class="front-sheet">
<dt>Purpose of report</dt><dd>For {{ .Params.purpose }}.</dd>
<dt>Summary</dt><dd>{{ .Params.summary }}</dd>
<dt>Recommendations</dt><dd><ul>{{ range .Params.recommendations }}<li>{{ . }}</li>{{ end }}</ul></dd>
<dt>Actions</dt><dd><ul>{{ range .Params.actions }}<li>{{ . }}</li>{{ end }}</ul></dd>
{{ with .Params.contact }}<dt>Contact officer</dt><dd>{{ .name }}, {{ .position }}<br>Phone: {{ .phone }}<br>Email: <a href="mailto:{{ .email }}">{{ .email }}</a></dd>{{ end }}
{{ $scope := .Params.scope }}{{ if not (reflect.IsSlice $scope) }}{{ $scope = slice $scope }}{{ end }}
<dt>Scope</dt><dd><ul class="scope">{{ range $scope }}{{ if reflect.IsMap . }}<li>{{ .subject }}: {{ range $i, $n := .nations }}{{ if $i }}, {{ end }}{{ index site.Params.nations $n }}{{ end }}</li>{{ else }}<li>{{ index site.Params.nations . }}</li>{{ end }}{{ end }}</ul></dd>
</dl>
<div class="body">
{{ .Content }}
</div>
</article>
{{ end }}
"""

HUGO_INDEX = """{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ $papers := (where site.RegularPages "Section" "papers").ByDate.Reverse }}
{{ range site.Params.boards }}
<section class="board">
<h2>{{ .name }}</h2>
<ul class="papers">
{{ range where $papers "Params.board" .id }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> <span class="purpose">{{ .Params.purpose }}</span></li>
{{ end }}</ul>
</section>
{{ end }}
{{ end }}
"""

HUGO_CSS = """body { font-family: Arial, sans-serif; max-width: 48rem; margin: 0 auto; line-height: 1.5; }
.front-sheet dt { font-weight: bold; }
.body { counter-reset: para; }
.body > p::before { counter-increment: para; content: counter(para) ". "; font-weight: bold; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 0.2rem 0.5rem; }
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_hugo_skeleton(hugo_dir):
    write(os.path.join(hugo_dir, "config.toml"), hugo_config())
    write(os.path.join(hugo_dir, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(hugo_dir, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hugo_dir, "layouts", "index.html"), HUGO_INDEX)
    write(os.path.join(hugo_dir, "static", "style.css"), HUGO_CSS)


def generate(out, papers, seed=1, force=False):
    """Write the corpus; returns a dict with counts and sizes."""
    targets = [os.path.join(out, "content"), os.path.join(out, "hugo"), os.path.join(out, "bodies.md")]
    existing = [t for t in targets if os.path.exists(t)]
    if existing and not force:
        raise SystemExit(f"gen_corpus: {existing[0]} exists (use --force to replace)")
    for t in existing:
        shutil.rmtree(t) if os.path.isdir(t) else os.remove(t)

    write(os.path.join(out, "content", "site.yaml"), site_yaml())
    write_hugo_skeleton(os.path.join(out, "hugo"))
    paper_dir = os.path.join(out, "content", "papers")
    hugo_paper_dir = os.path.join(out, "hugo", "content", "papers")
    os.makedirs(paper_dir)
    os.makedirs(hugo_paper_dir)

    body_bytes = 0
    with open(os.path.join(out, "bodies.md"), "w", encoding="utf-8", newline="\n") as bodies:
        for i in range(1, papers + 1):
            slug, front, body = make_paper(seed, i)
            text = front + "\n" + body
            for d in (paper_dir, hugo_paper_dir):
                with open(os.path.join(d, slug + ".md"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(text)
            bodies.write(body + "\n")
            body_bytes += len(body.encode()) + 1
    return {"papers": papers, "body_bytes": body_bytes, "dir": out}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", type=int, default=5000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true", help="replace an existing corpus in --out")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    info = generate(args.out, args.papers, args.seed, args.force)
    print(f"wrote {info['papers']} papers ({info['body_bytes'] / 1e6:.1f} MB of bodies) to "
          f"{args.out} in {time.perf_counter() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
