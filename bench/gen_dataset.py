#!/usr/bin/env python3
"""Writes a boardpack project with one large incident dataset, and the same file as a Hugo site
that counts it by region, for `make bench`.

    python3 bench/gen_dataset.py --records 100000 --out DIR [--seed S]

DIR/content/data/incidents.yaml (the records), DIR/content/site.yaml, DIR/content/papers/summary.md
(embeds the dataset grouped by region), and DIR/hugo/ with the same YAML in data/.
Deterministic for a seed. Standard library only.
"""
import argparse
import os
import random

CATEGORIES = ["hate-crime", "intimidation", "protest", "online-abuse", "misinformation"]
REGIONS = ["North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands",
           "East of England", "London", "South East", "South West", "Wales"]
TAGS = ["covid-19", "election", "asylum", "planning", "online", "schools", "faith", "far-right"]
SUMMARIES = ["Leaflets targeting a community", "Abuse at a council meeting", "Graffiti near a place of worship",
             "Threats sent to a councillor", "Misleading posts about a housing scheme", "Protest outside a hotel"]


def generate(out, records, seed=1):
    rng = random.Random(seed)
    data = os.path.join(out, "content", "data")
    papers = os.path.join(out, "content", "papers")
    os.makedirs(data, exist_ok=True)
    os.makedirs(papers, exist_ok=True)
    lines = [
        "title: Community tension incidents reported by councils (generated)",
        "source: Generated for the boardpack benchmark",
        "period: { from: 2020-04-01, to: 2021-03-31 }",
        "suppress-below: 5",
        "public-fields: [region]",
        "incidents:",
    ]
    for n in range(records):
        region = rng.choice(REGIONS)
        month = rng.randint(1, 12)
        year = 2020 if month >= 4 else 2021
        lines += [
            f"  - id: INC-{n:06d}",
            f"    date: {year}-{month:02d}-{rng.randint(1, 28):02d}",
            f"    council: Council {rng.randint(1, 300)}",
            f"    region: {region}",
            f"    nation: {'wales' if region == 'Wales' else 'england'}",
            f"    category: {rng.choice(CATEGORIES)}",
            f"    severity: {rng.randint(1, 5)}",
            f"    summary: {rng.choice(SUMMARIES)} {n}",
            f"    tags: [{', '.join(rng.sample(TAGS, 2))}]",
        ]
    text = "\n".join(lines) + "\n"
    with open(os.path.join(data, "incidents.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out, "content", "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: Bench\norganisation: Bench\nbase-url: https://example.org/\nlanguage: en-GB\n"
                "boards:\n  - id: sscb\n    name: Safer and Stronger Communities Board\ncategories:\n"
                + "".join(f"  {c}: {c.replace('-', ' ').capitalize()}\n" for c in CATEGORIES))
    with open(os.path.join(papers, "summary.md"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: Incidents by region\nboard: sscb\ndate: 2021-06-09\npurpose: information\n"
                "summary: Counts by region.\nrecommendations: [That the Board notes the counts.]\n"
                "contact: { name: A Officer, email: a.officer@example.org }\nscope: [england, wales]\n"
                "datasets: [incidents]\n---\n## Background\nThe counts.\n\n```incidents\ndataset: incidents\n"
                "group-by: region\n```\n\n## Implications for Wales\nWales is counted as a region.\n")
    hugo = os.path.join(out, "hugo")
    os.makedirs(os.path.join(hugo, "data"), exist_ok=True)
    os.makedirs(os.path.join(hugo, "layouts"), exist_ok=True)
    with open(os.path.join(hugo, "data", "incidents.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(hugo, "config.toml"), "w", encoding="utf-8") as f:
        f.write('baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "section"]\n')
    with open(os.path.join(hugo, "layouts", "index.html"), "w", encoding="utf-8") as f:
        f.write("{{ $counts := newScratch }}{{ range .Site.Data.incidents.incidents }}{{ $counts.Add .region 1 }}{{ end }}"
                "<ul>{{ range $region, $count := $counts.Values }}<li>{{ $region }}: {{ $count }}</li>{{ end }}</ul>\n")
    return {"records": records, "bytes": len(text.encode())}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(generate(a.out, a.records, a.seed))
