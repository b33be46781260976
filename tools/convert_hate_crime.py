#!/usr/bin/env python3
"""Converts the Home Office police-recorded hate crime figures by force (as compiled by the BBC
Data Unit from the Home Office tables) into a boardpack dataset: one record per force, year and
monitored strand, with the number of offences as its `count`. Run once; the output is committed
as content/data/police-recorded-hate-crime.yaml.

    python3 tools/convert_hate_crime.py ../shared/real-data/hate_crime_by_force_2017-19_BBC.csv
"""
import csv
import pathlib
import sys

WELSH_FORCES = {"Dyfed-Powys", "Gwent", "North Wales", "South Wales"}
STRANDS = [  # CSV column -> category key in content/site.yaml
    ("Race", "race"),
    ("Total Religion", "religion"),
    ("Sexual orientation", "sexual-orientation"),
    ("Disability", "disability"),
    ("Transgender", "transgender"),
]


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(source):
    rows = list(csv.DictReader(open(source, newline="", encoding="utf-8")))
    out = [
        "# Police-recorded hate crime in England and Wales, by police force, year and monitored strand.",
        "# Converted by tools/convert_hate_crime.py from the Home Office statistical bulletin tables",
        "# 'Hate crime, England and Wales, 2018 to 2019' (Open Government Licence v3.0), as compiled by the",
        "# BBC Data Unit. One offence can have more than one motivating factor, so strands do not sum to",
        "# the number of offences.",
        "title: Police-recorded hate crime by force and strand, 2017-18 and 2018-19",
        "source: Home Office, Hate crime, England and Wales, 2018 to 2019 (police recorded crime), via the BBC Data Unit",
        "period: { from: 2017-04-01, to: 2019-03-31 }",
        "# Published official statistics of offences, not returns about individuals: no small-number suppression.",
        "suppress-below: 1",
        "# Papers count these offences by year and by force: both are published in the bulletin.",
        "public-fields: [year, force]",
        "incidents:",
    ]
    for row in rows:
        force, year = row["Force"], row["Year"]
        nation = "wales" if force in WELSH_FORCES else "england"
        for column, category in STRANDS:
            slug = "".join(c if c.isalnum() else "-" for c in force.lower()).strip("-")
            out.append(f"  - id: {slug}-{year}-{category}")
            out.append(f"    force: {quoted(force)}")
            out.append(f"    year: {quoted(year)}")
            out.append(f"    nation: {nation}")
            out.append(f"    category: {category}")
            out.append(f"    count: {int(row[column].replace(',', ''))}")
    target = pathlib.Path(__file__).resolve().parent.parent / "content/data/police-recorded-hate-crime.yaml"
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) * len(STRANDS)} records to {target}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/real-data/hate_crime_by_force_2017-19_BBC.csv")
