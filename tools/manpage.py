#!/usr/bin/env python3
"""Writes boardpack's man page (man(7) format) from the command-line definitions.

Usage: tools/manpage.py BINARY > boardpack.1

The text comes from `BINARY --experimental-dump-help` (swift-argument-parser's description of every
command, option and flag), so the man page never disagrees with `--help`. swift-argument-parser's
own generate-manual plugin would rebuild the whole package in its own configuration first; this
reads the binary `make dist` has just built.
"""
import json
import subprocess
import sys


def roff(text):
    """Text as roff: backslashes and dashes escaped, no line starting with a control character."""
    text = (text or "").replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def paragraphs(text):
    """Blank lines become paragraph breaks."""
    return "\n.PP\n".join(roff(part.strip()) for part in (text or "").split("\n\n") if part.strip())


def spelling(argument):
    """How an argument is typed: `-o, --output <output>`."""
    names = []
    for name in argument.get("names", []):
        dashes = "--" if name["kind"] == "long" else "-"
        names.append("\\fB" + roff(dashes + name["name"]) + "\\fR")
    value = argument.get("valueName")
    if argument["kind"] == "positional":
        return "\\fI" + roff(value or "value") + "\\fR"
    text = ", ".join(names)
    if argument["kind"] == "option" and value:
        text += " \\fI" + roff(value) + "\\fR"
    return text


def options(arguments, common=True):
    """An entry per argument; `common` False leaves out --help and --version, said once at the top."""
    out = []
    for argument in arguments or []:
        if not argument.get("shouldDisplay", True):
            continue
        if not common and argument.get("preferredName", {}).get("name") in ("help", "version"):
            continue
        out.append(".TP")
        out.append(spelling(argument))
        description = argument.get("abstract") or ""
        values = argument.get("allValues")
        if values and argument["kind"] != "flag":
            description += " (one of: " + ", ".join(values) + ")"
        default = argument.get("defaultValue")
        # A default the help already explains may be this machine's (the number of cores).
        if default not in (None, "", "false") and "default" not in description:
            description += " (default: " + default + ")"
        out.append(roff(description.strip()) or "\\&")
    return out


def page(tool, version):
    command = tool["command"]
    name = command["commandName"]
    out = [
        '.TH "%s" "1" "" "%s %s" "User Commands"' % (name.upper(), name, version),
        ".SH NAME",
        roff("%s - %s" % (name, command.get("abstract", ""))),
        ".SH SYNOPSIS",
        ".B %s" % name,
        "\\fIcommand\\fR [\\fIoptions\\fR]",
    ]
    if command.get("discussion"):
        out += [".SH DESCRIPTION", paragraphs(command["discussion"])]
    out.append(".SH COMMANDS")
    for sub in command.get("subcommands", []):
        if sub["commandName"] == "help" or not sub.get("shouldDisplay", True):
            continue
        out.append('.SS "%s %s"' % (name, roff(sub["commandName"])))
        out += [paragraphs(sub.get("abstract", ""))]
        if sub.get("discussion"):
            out += [".PP", paragraphs(sub["discussion"])]
        out += options(sub.get("arguments"), common=False)
    out += [".SH OPTIONS"] + options(command.get("arguments"))
    out += [
        ".SH EXIT STATUS",
        ".TP", "0", "Built, or checked, with no errors.",
        ".TP", "1", roff("Errors in the content; each is printed as path:line:column: error: message."),
        ".TP", "2", "A problem outside the content: a missing program, a bad option, a folder that cannot be written.",
        ".SH SEE ALSO",
        "The file formats and every command are described in docs/formats\\-and\\-commands.md of boardpack's source.",
    ]
    return "\n".join(out) + "\n"


def main():
    binary = sys.argv[1]
    tool = json.loads(subprocess.run([binary, "--experimental-dump-help"], check=True, capture_output=True, text=True).stdout)
    version = subprocess.run([binary, "--version"], check=True, capture_output=True, text=True).stdout.strip()
    sys.stdout.write(page(tool, version))


if __name__ == "__main__":
    main()
