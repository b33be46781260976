#!/usr/bin/env python3
"""Benchmark boardpack against cmark-gfm and Hugo on a generated corpus.

    python3 bench/run.py [--papers N] [--runs R] [--boardpack PATH] [--seed S] [--keep]
                         [--sections papers]

Each section generates its own input in a fresh folder under /dev/shm, runs one untimed warm-up
round of every command, then R timed rounds with the commands side by side, and prints medians,
peak RSS and its targets (PASS/MISS). A missing or failing boardpack is reported, not fatal: the
other tools still run. Exit status is 0 unless the harness itself breaks.

To add a section (a dataset benchmark, say): write `def bench_xxx(ctx) -> Section` that makes
its input under ctx.workdir, returns Steps and a function computing Targets from their results,
and register it in SECTIONS. Standard library only.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the work tree
import gen_corpus  # noqa: E402

CMARK_EXTENSIONS = ["table", "strikethrough", "autolink", "tagfilter", "tasklist", "footnotes"]
STDERR_LINES = 40
BUSY_LOAD = 0.5   # 1-minute load average above which timings are flagged as suspect

# ---------------------------------------------------------------------------
# Measuring one command


@dataclass
class Measurement:
    seconds: float
    maxrss_kb: int
    exit_code: int
    stderr: str = ""
    stdout: str = ""
    extra: dict = field(default_factory=dict)


def rss_probe():
    """GNU time, when present, to read peak RSS.

    A child's ru_maxrss from wait4 includes the RSS high-water mark of the process that spawned
    it (Linux records the old address space's peak at exec, and vfork shares this harness's), so
    wait4 alone cannot see peaks below this Python process's own (~15-20 MiB). GNU time spawns
    the command from a ~1 MiB process. Without it, fall back to wait4 and say so.
    """
    time_bin = "/usr/bin/time"
    if os.access(time_bin, os.X_OK):
        with tempfile.NamedTemporaryFile("r") as f:
            r = subprocess.run([time_bin, "-f", "%M", "-o", f.name, "true"], capture_output=True)
            if r.returncode == 0 and f.read().strip().isdigit():
                return time_bin
    return None


RSS_PROBE = rss_probe()


def measure(argv, cwd, log_dir, name, stdout_to_devnull=True):
    """Wall-clock time (perf_counter around spawn and wait4) and peak RSS of one command."""
    safe = name.replace(" ", "-").replace("/", "-").replace("(", "").replace(")", "")
    err_path = os.path.join(log_dir, safe + ".stderr")
    out_path = os.path.join(log_dir, safe + ".stdout")
    rss_path = os.path.join(log_dir, safe + ".maxrss")
    if RSS_PROBE:
        argv = [RSS_PROBE, "-f", "%M", "-o", rss_path] + list(argv)
    with open(err_path, "wb") as err, open(out_path, "wb") as out:
        stdout = subprocess.DEVNULL if stdout_to_devnull else out
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=stdout, stderr=err)
        except OSError as e:
            return Measurement(0.0, 0, 127, stderr=f"cannot start {argv[0]}: {e}")
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen never waits on a reaped pid
    maxrss = usage.ru_maxrss
    if RSS_PROBE:
        # GNU time writes "Command exited with non-zero status N" first when the command fails.
        lines = read_text(rss_path).split()
        maxrss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return Measurement(seconds, maxrss, proc.returncode,
                       stderr=read_text(err_path), stdout=read_text(out_path))


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "replace")


# ---------------------------------------------------------------------------
# Steps: a command with untimed set-up and inspection, run once per round


@dataclass
class Step:
    name: str
    argv: list
    prepare: Callable[[], None] = lambda: None
    inspect: Callable[[Measurement], None] = lambda m: None   # adds to m.extra
    depends_on: Optional["Step"] = None                       # skipped when that one fails
    stdout_to_devnull: bool = True
    enabled: bool = True
    skipped_because: str = ""
    results: list = field(default_factory=list)

    def median(self):
        return statistics.median(m.seconds for m in self.results) if self.results else None

    def peak_rss_mib(self):
        return max(m.maxrss_kb for m in self.results) / 1024 if self.results else None


def disable(step, why):
    step.enabled = False
    step.skipped_because = why


def report_failure(step, m):
    print(f"\n!! {step.name} failed (exit {m.exit_code}); first {STDERR_LINES} lines of stderr:")
    text = m.stderr.strip() or m.stdout.strip() or "(no output)"
    for line in text.splitlines()[:STDERR_LINES]:
        print("   " + line)
    print()


def run_rounds(steps, runs, cwd, log_dir):
    """Round 0 warms the page cache and is not counted; rounds 1..runs are."""
    for rnd in range(runs + 1):
        label = "warm-up" if rnd == 0 else f"run {rnd}/{runs}"
        print(f"  {label} ...", file=sys.stderr, flush=True)
        for step in steps:
            if step.depends_on is not None and not step.depends_on.enabled:
                disable(step, f"{step.depends_on.name} failed")
            if not step.enabled:
                continue
            step.prepare()
            m = measure(step.argv, cwd, log_dir, step.name, step.stdout_to_devnull)
            if m.exit_code != 0:
                report_failure(step, m)
                disable(step, f"exit {m.exit_code}")
                continue
            step.inspect(m)
            if rnd > 0:
                step.results.append(m)


# ---------------------------------------------------------------------------
# Targets and reporting


@dataclass
class Target:
    label: str
    value: Optional[float]
    op: str          # "<=", ">=", "<", "=="
    threshold: float
    unit: str = ""
    note: str = ""
    valid: bool = True   # False when the measured run did not do the whole job

    def verdict(self):
        if self.value is None:
            return "n/a"
        if not self.valid:
            return "INVALID"
        ok = {"<=": self.value <= self.threshold, ">=": self.value >= self.threshold,
              "<": self.value < self.threshold, "==": self.value == self.threshold}[self.op]
        return "PASS" if ok else "MISS"


def ratio(a, b):
    return a / b if a is not None and b not in (None, 0) else None


def fmt(x, spec=".3f"):
    return "-" if x is None else format(x, spec)


def print_table(steps):
    print(f"{'command':<34} {'median s':>9} {'min s':>8} {'max s':>8} {'peak RSS MiB':>13}  notes")
    for s in steps:
        secs = [m.seconds for m in s.results]
        notes = s.skipped_because or "; ".join(
            f"{k}: {v}" for k, v in summarise_extra(s.results).items())
        print(f"{s.name:<34} {fmt(s.median()):>9} {fmt(min(secs) if secs else None):>8} "
              f"{fmt(max(secs) if secs else None):>8} {fmt(s.peak_rss_mib(), '.1f'):>13}  {notes}")


def summarise_extra(results):
    """For each extra key, the value if every run agrees, else min..max."""
    out = {}
    for key in results[0].extra if results else []:
        vals = [m.extra[key] for m in results]
        out[key] = vals[0] if min(vals) == max(vals) else f"{min(vals)}..{max(vals)}"
    return out


def print_targets(targets):
    print()
    print(f"{'target':<52} {'value':>10}  {'goal':<10} verdict")
    for t in targets:
        value = "-" if t.value is None else fmt(t.value, ".3f" if isinstance(t.value, float) else "") + t.unit
        goal = f"{t.op} {t.threshold}{t.unit}"
        print(f"{t.label:<52} {value:>10}  {goal:<10} {t.verdict()}{'  ' + t.note if t.note else ''}")


# ---------------------------------------------------------------------------
# File-system helpers


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


def mtimes(root):
    """path -> st_mtime_ns for every file under root (empty if root is absent)."""
    found = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            p = os.path.join(dirpath, f)
            found[p] = os.lstat(p).st_mtime_ns
    return found


def count_paper_pages(out_dir):
    d = os.path.join(out_dir, "papers")
    if not os.path.isdir(d):
        return 0
    return sum(os.path.isfile(os.path.join(d, e, "index.html")) for e in os.listdir(d))


def tool_version(argv):
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "not available"


def resolve_binary(path):
    """Absolute path of the boardpack binary: as given, else relative to the repository."""
    if os.path.isabs(path):
        return path
    if os.path.exists(path):
        return os.path.abspath(path)
    if os.sep not in path and shutil.which(path):
        return shutil.which(path)
    return os.path.join(REPO, path)


# ---------------------------------------------------------------------------
# Sections


@dataclass
class Context:
    args: argparse.Namespace
    workdir: str       # this section's own folder under /dev/shm
    log_dir: str


@dataclass
class Section:
    title: str
    info: list                         # lines printed above the table
    steps: list
    targets: Callable[[], list]        # evaluated after the rounds
    cwd: str


def bench_papers(ctx):
    """boardpack build (cold and no-change) vs cmark-gfm on the same bodies vs Hugo on the same site."""
    args = ctx.args
    corpus = os.path.join(ctx.workdir, "corpus")
    out = os.path.join(ctx.workdir, "out")
    hugo_out = os.path.join(ctx.workdir, "hugo-out")
    caches = [os.path.join(corpus, ".boardpack-cache"), os.path.join(corpus, "content", ".boardpack-cache"),
              os.path.normpath(os.path.join(out, "..", ".boardpack-cache"))]  # normpath: out may not exist

    t0 = time.perf_counter()
    info = gen_corpus.generate(corpus, args.papers, args.seed)
    gen_seconds = time.perf_counter() - t0
    content_bytes = sum(os.path.getsize(os.path.join(corpus, "content", "papers", f))
                        for f in os.listdir(os.path.join(corpus, "content", "papers")))

    boardpack = resolve_binary(args.boardpack)
    build_argv = [boardpack, "build", "--content", os.path.join(corpus, "content"), "--output", out]

    def cold():
        remove(out)
        for c in caches:
            remove(c)

    def count_pages(m):
        m.extra["pages"] = count_paper_pages(out)

    before = {}

    def snapshot():
        before.clear()
        before.update(mtimes(out))

    def rewritten(m):
        after = mtimes(out)
        m.extra["files rewritten"] = sum(1 for p, t in after.items() if before.get(p) != t)
        m.extra["files removed"] = sum(1 for p in before if p not in after)

    def hugo_inspect(m):
        m.extra["pages"] = count_paper_pages(hugo_out)

    full = Step("boardpack build (cold)", build_argv, prepare=cold, inspect=count_pages)
    again = Step("boardpack build (no change)", build_argv, prepare=snapshot, inspect=rewritten,
                 depends_on=full)
    edits = {"n": 0}

    def edit_one_paper():
        edits["n"] += 1
        with open(os.path.join(corpus, "content", "papers", "paper-00042.md"), "a", encoding="utf-8") as f:
            f.write(f"\nAn added sentence, edit {edits['n']}.\n")
        snapshot()

    one = Step("boardpack build (one paper changed)", build_argv, prepare=edit_one_paper, inspect=rewritten,
               depends_on=full)
    cmark = Step("cmark-gfm bodies.md", ["cmark-gfm"] + [a for e in CMARK_EXTENSIONS for a in ("-e", e)]
                 + [os.path.join(corpus, "bodies.md")])
    hugo = Step("hugo", ["hugo", "--source", os.path.join(corpus, "hugo"), "--destination", hugo_out, "--quiet"],
                prepare=lambda: remove(hugo_out), inspect=hugo_inspect)

    if not os.path.isfile(boardpack) or not os.access(boardpack, os.X_OK):
        print(f"\n!! boardpack not found at {boardpack} (build it: swift build -c release); skipping it\n")
        disable(full, "binary not found")
        disable(again, "binary not found")

    def targets():
        n = args.papers
        note, valid = "", True
        pages = [m.extra.get("pages", 0) for m in full.results]
        if full.results and min(pages) < n:
            note, valid = f"(boardpack wrote only {min(pages)} of {n} paper pages)", False
        hugo_pages = [m.extra.get("pages", 0) for m in hugo.results]
        if hugo.results and min(hugo_pages) < n:
            note, valid = note + f"(hugo wrote only {min(hugo_pages)} of {n} paper pages)", False
        rss = lambda s: s.peak_rss_mib()  # noqa: E731
        most_rewritten = max((m.extra["files rewritten"] for m in again.results), default=None)
        return [
            Target("boardpack full / cmark-gfm (time)", ratio(full.median(), cmark.median()), "<=", 1.5, note=note, valid=valid),
            Target("hugo / boardpack full (time)", ratio(hugo.median(), full.median()), ">=", 2.5, note=note, valid=valid),
            Target("boardpack peak RSS / hugo peak RSS", ratio(rss(full), rss(hugo)), "<", 0.5, note=note, valid=valid),
            Target("no-change rebuild (median)", again.median(), "<", 0.2, unit="s", note=note, valid=valid),
            Target("files rewritten by a no-change rebuild (max)", most_rewritten, "==", 0, note=note, valid=valid),
            Target("one paper changed: rebuild (median)", one.median(), "<", 0.3, unit="s", note=note, valid=valid),
        ]

    lines = [
        f"corpus: {info['papers']} papers, bodies {info['body_bytes'] / 2**20:.1f} MiB "
        f"({info['body_bytes'] / 1e6:.1f} MB), paper files {content_bytes / 2**20:.1f} MiB; "
        f"generated in {gen_seconds:.1f}s at {corpus}",
        f"boardpack: {boardpack}",
        f"cmark-gfm: {tool_version(['cmark-gfm', '--version'])}",
        f"hugo: {tool_version(['hugo', 'version'])}",
    ]
    return Section("Papers: build a site of board papers", lines, [full, again, one, cmark, hugo], targets, corpus)


def bench_serve(ctx):
    """boardpack serve on the 5000-paper corpus: from saving a paper to its new HTML being served,
    and the server's peak memory."""
    args = ctx.args
    corpus = os.path.join(ctx.workdir, "corpus")
    gen_corpus.generate(corpus, args.papers, args.seed)
    boardpack = resolve_binary(args.boardpack)
    script = os.path.join(HERE, "serve_latency.py")
    step = Step("serve: save -> new HTML served", [sys.executable, script, boardpack, corpus, "20"],
                stdout_to_devnull=False)

    def inspect(m):
        for line in m.stdout.splitlines():
            key, _, value = line.partition("=")
            if key in ("median_ms", "max_ms", "peak_rss_mib"):
                m.extra[key] = float(value)
    step.inspect = inspect

    def targets():
        latency = [m.extra.get("median_ms") for m in step.results if "median_ms" in m.extra]
        rss = [m.extra.get("peak_rss_mib") for m in step.results if "peak_rss_mib" in m.extra]
        return [
            Target("serve: save to reloaded HTML (median of medians)", statistics.median(latency) if latency else None,
                   "<", 100, unit=" ms"),
            Target("serve: peak memory holding the site", max(rss) if rss else None, "<", 500, unit=" MiB"),
        ]

    lines = [f"corpus: {args.papers} papers at {corpus}; 20 edits per run, each timed until the new text is served"]
    return Section("Serve: live rebuild of one paper", lines, [step], targets, corpus)


def bench_pack(ctx):
    """A meeting pack of 10 papers with its PDF, built from nothing (issue target: under 5 s)."""
    args = ctx.args
    corpus = os.path.join(ctx.workdir, "corpus")
    out = os.path.join(ctx.workdir, "out")
    gen_corpus.generate(corpus, 10, args.seed)
    papers = sorted(f[:-3] for f in os.listdir(os.path.join(corpus, "content", "papers")))
    os.makedirs(os.path.join(corpus, "content", "meetings"), exist_ok=True)
    with open(os.path.join(corpus, "content", "meetings", "ten-items.yaml"), "w", encoding="utf-8") as f:
        f.write("board: sscb\ndate: 2024-06-12\ntime: \"11:00\"\nvenue: Bench room\nitems:\n")
        f.writelines(f"  - paper: {p}\n" for p in papers)
    boardpack = resolve_binary(args.boardpack)

    def cold():
        remove(out)
        remove(os.path.join(ctx.workdir, ".boardpack-cache"))

    def pages(m):
        pdf = os.path.join(out, "packs", "ten-items.pdf")
        m.extra["PDF bytes"] = os.path.getsize(pdf) if os.path.exists(pdf) else 0

    step = Step("boardpack build --pdf (10-item pack)", [boardpack, "build", "--pdf", "--content",
                os.path.join(corpus, "content"), "--output", out], prepare=cold, inspect=pages)
    if shutil.which("weasyprint") is None:
        disable(step, "weasyprint not installed (make pdf installs it)")

    def targets():
        return [Target("10-item pack with its PDF (median)", step.median(), "<", 5, unit="s")]

    return Section("Pack: a 10-item meeting pack with its PDF", [f"10 generated papers, one meeting, at {corpus}"],
                   [step], targets, corpus)


def bench_datasets(ctx):
    """100,000 incident records: boardpack loads, validates and aggregates them (a paper embeds a
    count by region) beside Hugo counting the same file by region and Yams's YAMLDecoder."""
    import gen_dataset
    args = ctx.args
    corpus = os.path.join(ctx.workdir, "corpus")
    out = os.path.join(ctx.workdir, "out")
    hugo_out = os.path.join(ctx.workdir, "hugo-out")
    info = gen_dataset.generate(corpus, args.records, args.seed)
    boardpack = resolve_binary(args.boardpack)
    data = os.path.join(corpus, "content", "data", "incidents.yaml")

    def cold():
        remove(out)
        remove(os.path.join(ctx.workdir, ".boardpack-cache"))

    build = Step("boardpack build (load, validate, aggregate)", [boardpack, "build", "--content",
                 os.path.join(corpus, "content"), "--output", out], prepare=cold)
    # Built beside boardpack by `swift build` (Package.swift's boardpack-bench-decode target).
    baseline = os.path.join(os.path.dirname(boardpack), "boardpack-bench-decode")
    if not os.path.exists(baseline):
        baseline = os.path.join(REPO, ".build", "release", "boardpack-bench-decode")
    decoder = Step("Yams YAMLDecoder decode (baseline)", [baseline, data])
    hugo = Step("hugo (count by region)", ["hugo", "--source", os.path.join(corpus, "hugo"), "--destination", hugo_out,
                "--quiet"], prepare=lambda: remove(hugo_out))

    def targets():
        records = info["records"]
        rate = lambda step: records / step.median() if step.median() else None  # noqa: E731
        rss = lambda s: s.peak_rss_mib()  # noqa: E731
        print(f"records per second: boardpack {fmt(rate(build), ',.0f')}, YAMLDecoder {fmt(rate(decoder), ',.0f')}")
        return [
            Target("hugo / boardpack (time)", ratio(hugo.median(), build.median()), ">=", 3),
            Target("boardpack peak RSS / hugo peak RSS", ratio(rss(build), rss(hugo)), "<", 0.25),
            Target("boardpack / YAMLDecoder (time)", ratio(build.median(), decoder.median()), "<", 1),
        ]

    lines = [f"dataset: {info['records']:,} records, {info['bytes'] / 2**20:.1f} MiB of YAML at {data}"]
    return Section("Datasets: 100,000 incident records", lines, [build, decoder, hugo], targets, corpus)


def bench_search(ctx):
    """Full-text search on the 5,000-paper corpus: the build with Pagefind, Pagefind's index time
    alone, a no-change rebuild (which must not index again), and the bytes one search for one word
    fetches through the search page over HTTP in headless Chromium (tools/search_check.py)."""
    import json
    args = ctx.args
    corpus = os.path.join(ctx.workdir, "corpus")
    out = os.path.join(ctx.workdir, "out")
    bundle = os.path.join(ctx.workdir, "pagefind-alone")
    gen_corpus.generate(corpus, args.papers, args.seed)
    boardpack = resolve_binary(args.boardpack)
    pagefind = os.environ.get("BOARDPACK_PAGEFIND") or os.path.join(REPO, ".tools", "venv-search", "bin", "pagefind")
    browser_python = os.environ.get("BOARDPACK_AXE_PYTHON") or os.path.join(REPO, ".tools", "venv-axe", "bin", "python")
    build_argv = ["env", f"BOARDPACK_PAGEFIND={pagefind}", boardpack, "build", "--content",
                  os.path.join(corpus, "content"), "--output", out]

    def cold():
        remove(out)
        remove(os.path.join(ctx.workdir, ".boardpack-cache"))

    index_stamp = {}

    def stamp():
        index_stamp["before"] = mtimes(os.path.join(out, "pagefind"))

    def reindexed(m):
        m.extra["index rewritten"] = int(mtimes(os.path.join(out, "pagefind")) != index_stamp.get("before"))

    def indexed(m):
        m.extra["index files"] = len(mtimes(os.path.join(out, "pagefind")))

    full = Step("build with Pagefind (cold)", build_argv, prepare=cold, inspect=indexed)
    alone = Step("pagefind index alone", [pagefind, "--site", out, "--output-path", bundle, "--glob", "papers/**/*.html",
                 "--keep-index-url", "--silent"], prepare=lambda: remove(bundle), depends_on=full)
    again = Step("build with Pagefind (no change)", build_argv, prepare=stamp, inspect=reindexed, depends_on=full)
    # A word in half the papers, one in most of them (the synthetic corpus's vocabulary is small, so
    # its common words have large index chunks), and one in none: a search fetches the index chunk
    # holding the word's neighbours in alphabetical order whether or not the word is there.
    words = ["Prevent", "asylum", "Wolverhampton"]
    search_script = os.path.join(REPO, "tools", "search_check.py")
    searches = [Step(f"search page: q={word} over HTTP", [browser_python, search_script, out, word],
                     depends_on=full, stdout_to_devnull=False) for word in words]

    def fetched(m):
        report = json.loads(m.stdout.strip().splitlines()[-1])[0]
        m.extra["results"] = report["status"].split(" found")[0]
        m.extra["bytes fetched"] = sum(t["bytes"] for t in report["transfers"])
        m.extra["with gzipped JavaScript"] = sum(gzipped_size(t) for t in report["transfers"])
        m.extra["files fetched"] = len(report["transfers"])
    for search in searches:
        search.inspect = fetched

    def gzipped_size(transfer):
        """What a server that compresses JavaScript and JSON (GitHub Pages does) sends; Pagefind's
        own files are compressed already."""
        if not transfer["path"].endswith((".js", ".json")):
            return transfer["bytes"]
        import gzip
        with open(os.path.join(out, transfer["path"].lstrip("/")), "rb") as f:
            return len(gzip.compress(f.read(), 6))

    if not os.access(pagefind, os.X_OK):
        for step in [full, alone, again] + searches:
            disable(step, f"no Pagefind at {pagefind} (make search-tool)")
    elif not os.access(browser_python, os.X_OK):
        for search in searches:
            disable(search, "needs chromium and selenium (sudo make test-tools)")

    def targets():
        page = os.path.join(out, "search", "index.html")
        if os.path.exists(page):
            print(f"search/index.html (the title list every visit loads): {os.path.getsize(page) / 1000:,.0f} KB")
        return [
            Target("Pagefind index time (median)", alone.median(), "<", 60, unit=" s"),
            Target("no-change rebuild with search (median)", again.median(), "<", 0.2, unit=" s"),
            Target("index rewritten by a no-change rebuild (max)",
                   max((m.extra["index rewritten"] for m in again.results), default=None), "==", 0),
        ] + [
            Target(f"bytes a search for '{word}' fetches (max)",
                   max(m.extra["bytes fetched"] for m in search.results) / 1000 if search.results else None,
                   "<", 300, unit=" KB")
            for word, search in zip(words, searches)
        ]

    lines = [f"corpus: {args.papers} papers at {corpus}", f"pagefind: {tool_version([pagefind, '--version'])}",
             "bytes fetched: the files under pagefind/ the search page and its worker load for one search, "
             "first 10 results' fragments included (sizes on disk; Pagefind's index files are already compressed)"]
    return Section("Search: full-text index with Pagefind", lines, [full, alone, again] + searches, targets, corpus)


SECTIONS = {"papers": bench_papers, "datasets": bench_datasets, "serve": bench_serve, "pack": bench_pack,
            "search": bench_search}

# ---------------------------------------------------------------------------


def run_section(name, args, root):
    workdir = os.path.join(root, name)
    log_dir = os.path.join(workdir, "logs")
    os.makedirs(log_dir)
    section = SECTIONS[name](Context(args, workdir, log_dir))
    print(f"\n== {section.title} ==")
    for line in section.info:
        print(line)
    sys.stdout.flush()
    load_before = os.getloadavg()[0]
    run_rounds(section.steps, args.runs, section.cwd, log_dir)
    load_after = os.getloadavg()[0]
    print(f"\n{args.runs} timed runs after one warm-up; wall clock (time.perf_counter); "
          f"1-min load average {load_before:.2f} before, {load_after:.2f} after")
    if load_before > BUSY_LOAD:
        print(f"WARNING: the machine was busy before the runs (load {load_before:.2f}); timings may be inflated")
    print()
    print_table(section.steps)
    print_targets(section.targets())


def parse_args(argv):
    ap = argparse.ArgumentParser(description="Benchmark boardpack against cmark-gfm and Hugo.")
    ap.add_argument("--papers", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--boardpack", default=".build/release/boardpack")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--records", type=int, default=100000, help="records in the dataset benchmark")
    ap.add_argument("--sections", default=",".join(SECTIONS),
                    help=f"comma-separated, from: {', '.join(SECTIONS)}")
    ap.add_argument("--keep", action="store_true", help="keep the work folder under /dev/shm")
    args = ap.parse_args(argv)
    args.sections = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        ap.error(f"unknown section(s): {', '.join(unknown)}")
    if args.runs < 1 or args.papers < 1:
        ap.error("--runs and --papers must be at least 1")
    return args


def main(argv=None):
    args = parse_args(argv)
    base = "/dev/shm" if os.path.isdir("/dev/shm") else None
    root = tempfile.mkdtemp(prefix="boardpack-bench-", dir=base)
    print(f"work folder: {root}; {os.cpu_count()} CPUs")
    try:
        floor = measure(["true"], root, root, "rss-floor").maxrss_kb / 1024
        method = f"GNU time ({RSS_PROBE})" if RSS_PROBE else "wait4 ru_maxrss (includes this harness's own peak)"
        print(f"peak RSS via {method}; floor (RSS of `true`): {floor:.1f} MiB")
        for name in args.sections:
            run_section(name, args, root)
    finally:
        if args.keep:
            print(f"\nkept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
