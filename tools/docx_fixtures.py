#!/usr/bin/env python3
"""Makes the Word documents that `boardpack import`'s tests read: each laid out as LGA papers are.

    docx_fixtures.py KIND OUTPUT.docx [SEED.txt | PAPER.md]

KIND is one of:
  seed      the seed paper's text (SEED.txt) laid out as an LGA Word paper: a large bold title,
            label paragraphs, a tab-separated contact block, body paragraphs numbered by Word
            (numPr list paragraphs) and the discussion points typed as 1.1. to 1.4. Given the
            Markdown paper instead (where ../shared/seed/ is absent, as on CI), the same text is
            first laid out as the seed's.
  table     a front sheet laid out as a two-column table of label and value, contact rows included
  tracked   a paper with a tracked insertion and deletion
  comments  a paper with a comment
  features  headings, a Word table, a footnote, a link, bold and italics (made with pandoc)
  images    one image with alternative text and one without (made with pandoc)
  exempt    a paper marked 'Not for publication' (made with pandoc)

Needs python-docx (Debian: python3-docx) for seed and table, and pandoc for the others.
"""
import os
import struct
import subprocess
import sys
import tempfile
import zlib

LABELS = ("Purpose of report", "Summary", "Recommendation/s", "Action/s")


def document():
    import docx
    return docx.Document()


def title_paragraph(doc, text):
    """The LGA template's title: a large bold paragraph, not a heading style."""
    from docx.shared import Pt
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(20)


def bold_paragraph(doc, text):
    doc.add_paragraph().add_run(text).bold = True


def word_numbered(doc, text):
    """A paragraph numbered by Word itself: numPr in the paragraph's properties."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    paragraph = doc.add_paragraph(text, style="List Number")
    numbering = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>' % nsdecls("w"))
    paragraph._p.get_or_add_pPr().append(numbering)


def seed_text_from_paper(path):
    """The Markdown paper written out as the text of its Word original, as in ../shared/seed/."""
    import yaml
    text = open(path, encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    fields = yaml.safe_load(front)
    contact = fields["contact"]
    lines = [fields["title"], "", "Purpose of report", "For %s." % fields["purpose"], "", "Summary",
             fields["summary"].strip(), "", "Recommendation/s"] + fields["recommendations"]
    lines += ["Action/s"] + fields.get("actions", []) + [""]
    lines += ["Contact officer:\t\t" + contact["name"], "Position:\t\t\t" + contact["position"],
              "Phone no:\t\t\t" + contact["phone"], "Email:\t\t\t\t" + contact["email"], "", fields["title"]]
    for block in body.strip().split("\n\n"):
        if block.startswith("## "):
            lines.append(block[3:])
        elif block[:3] == "1. ":
            lines += ["1.%d. %s" % (number, item.split(". ", 1)[1]) for number, item in enumerate(block.split("\n"), 1)]
        else:
            lines.append(block)
    return "\n".join(lines) + "\n"


def seed(output, seed_path):
    text = seed_text_from_paper(seed_path) if seed_path.endswith(".md") else open(seed_path, encoding="utf-8").read()
    lines = [line.strip(" ") for line in text.split("\n")]
    title = lines[0].strip()
    doc = document()
    title_paragraph(doc, title)
    index = 1
    # The front sheet: labels in bold, each followed by its text, up to the contact block.
    while not lines[index].startswith("Contact officer:"):
        text = lines[index].strip()
        if text in LABELS:
            bold_paragraph(doc, text)
        elif text:
            doc.add_paragraph(text)
        index += 1
    while lines[index].strip():
        doc.add_paragraph(lines[index].rstrip())  # keeps the tabs, as the template does
        index += 1
    doc.add_page_break()
    body = [line.strip() for line in lines[index:] if line.strip()]
    title_paragraph(doc, body[0])  # the template repeats the title above the body
    for text in body[1:]:
        if text[:4] in ("1.1.", "1.2.", "1.3.", "1.4."):
            doc.add_paragraph(text)
        elif len(text) < 60 and not text.endswith("."):
            doc.add_heading(text, level=1)
        else:
            word_numbered(doc, text)
    doc.save(output)


def table(output):
    doc = document()
    title_paragraph(doc, "Community safety funding")
    rows = [
        ("Purpose of report", ["For decision."]),
        ("Summary", ["The Board is asked to agree how the community safety grant is shared."]),
        ("Recommendations", ["That the Board agrees the formula.", "That the Board notes the timetable."]),
        ("Action", ["Officers to write to councils."]),
        ("Contact officer", ["Jo Bloggs"]),
        ("Position", ["Senior Adviser"]),
        ("Phone no", ["020 7664 3000"]),
        ("Email", ["jo.bloggs@local.gov.uk"]),
    ]
    grid = doc.add_table(rows=len(rows), cols=2)
    for row, (label, values) in zip(grid.rows, rows):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].paragraphs[0].text = values[0]
        for value in values[1:]:
            row.cells[1].add_paragraph(value)
    doc.add_page_break()
    doc.add_heading("Background", level=1)
    doc.add_paragraph("1. The grant was set in 2019.")
    doc.add_paragraph("2. Councils have asked for a fairer share.")
    doc.add_heading("Implications for Wales", level=1)
    doc.add_paragraph("3. The grant covers England only.")
    doc.save(output)


FRONT = """Purpose of report

For information.

Summary

A short summary.

Recommendation

That the Board notes the report.

Contact officer:\tRachel Duke

"""


def pandoc(markdown, output, folder):
    source = os.path.join(folder, "source.md")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write(markdown)
    subprocess.run(["pandoc", source, "-f", "markdown", "-o", output], check=True, cwd=folder)


def png(path):
    """A 2x2 grey PNG, so the fixture needs no image from elsewhere."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    pixels = b"".join(b"\x00" + b"\x80" * 6 for _ in range(2))
    with open(path, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def with_pandoc(kind, output):
    change = 'author="A. Editor" date="2021-05-01T10:00:00Z"'
    bodies = {
        "tracked": "Members [now]{.insertion %s} agreed the [old]{.deletion %s} plan." % (change, change),
        "comments": 'The [Is this right?]{.comment-start id="0" %s}figure[]{.comment-end id="0"} is 12.' % change,
        "exempt": (
            "# Staffing review\n\n**Not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A**\n\n"
            + FRONT + "# Background\n\nThe review names staff.\n\n# Implications for Wales\n\nNone.\n"
        ),
        "features": (
            "# Tracking hate crime\n\n" + FRONT + "# Background\n\n"
            + "Councils report **bold** and *italic* findings[^1] on [the LGA site](https://www.local.gov.uk).\n\n"
            + "| Region | Cases |\n|---|---|\n| North | 12 |\n| South | 7 |\n\n"
            + "# Implications for Wales\n\nIt covers Wales too.\n\n[^1]: From the 2020 survey.\n"
        ),
        "images": (
            "# Hate crime chart\n\n" + FRONT + "# Background\n\nCases by region: ![Bar chart of cases by region](chart.png)\n\n"
            + "A decoration: ![](chart.png)\n\n# Implications for Wales\n\nNone.\n"
        ),
    }
    body = bodies[kind]
    if kind in ("tracked", "comments"):
        body = "# Draft paper\n\n" + FRONT + "# Background\n\n" + body + "\n\n# Implications for Wales\n\nNone.\n"
    with tempfile.TemporaryDirectory() as folder:
        png(os.path.join(folder, "chart.png"))
        pandoc(body, os.path.abspath(output), folder)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    kind, output = sys.argv[1], sys.argv[2]
    if kind == "seed":
        seed(output, sys.argv[3])
    elif kind == "table":
        table(output)
    else:
        with_pandoc(kind, output)


if __name__ == "__main__":
    main()
