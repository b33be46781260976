#!/usr/bin/env python3
"""Searches a built site through its search page, as a reader would, in headless Chromium.

    /path/to/venv/bin/python tools/search_check.py SITE_FOLDER WORD... [--axe] [--page=cy/search/] [--until=TEXT]

Serves SITE_FOLDER over HTTP on 127.0.0.1, opens search/?q=WORD (or --page's ?q=WORD) for each
word in turn, waits for the result count (a status line holding "found", or --until's text) and prints a JSON array, one object a word: the status line, each result's link
and the words in <mark> in its excerpt, what the search fetched (bytes of each file under
pagefind/, the worker's requests included) and, with --axe, for the first word, axe-core's WCAG
2.x A and AA violations on the page with its results showing. Needs Debian's chromium and
chromium-driver, and selenium (and axe-selenium-python for --axe) in the Python that runs it.
"""
import functools
import http.server
import json
import os
import sys
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
         "resultTypes": ["violations"]}

RESULTS = """
return Array.prototype.map.call(document.querySelectorAll('#search-hits li'), function (item) {
  return {href: item.querySelector('a').getAttribute('href'), title: item.querySelector('a').textContent,
          excerpt: item.querySelector('.search-summary').textContent,
          elements: Array.prototype.map.call(item.querySelectorAll('.search-summary *'), function (e) { return e.localName; }),
          marks: Array.prototype.map.call(item.querySelectorAll('mark'), function (m) { return m.textContent; })};
});
"""

FETCHED = []  # (path, bytes) of every file the server sent, the search's worker's requests included


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        local = self.translate_path(self.path)
        if os.path.isfile(local):
            FETCHED.append((urllib.parse.urlsplit(self.path).path, os.path.getsize(local)))
        super().do_GET()

    def log_message(self, *args):
        pass


def search(driver, port, word, page="search/", until="found"):
    """Opens PAGE?q=WORD and waits until the page says how many papers it found (UNTIL is in its status line)."""
    del FETCHED[:]
    # A word is searched for as ?q=WORD; an argument starting with "?" is the whole query (filters too).
    query = word if word.startswith("?") else "?q=" + urllib.parse.quote(word)
    driver.get(f"http://127.0.0.1:{port}/{page}{query}")
    deadline = time.time() + 15
    status = ""
    while time.time() < deadline:
        status = driver.find_element("id", "search-status").text
        if until in status:
            break
        time.sleep(0.1)
    return {
        "word": word,
        "status": status,
        "label": driver.find_element("id", "search-label").text,
        "hits": driver.execute_script(RESULTS),
        "transfers": [{"path": path, "bytes": size} for path, size in FETCHED if path.startswith("/pagefind/")],
    }


def main(site, words, axe, page="search/", until="found"):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    reports = []
    try:
        for index, word in enumerate(words):
            report = search(driver, server.server_address[1], word, page, until)
            if axe and index == 0:
                from axe_selenium_python import Axe
                checker = Axe(driver)
                checker.inject()
                result = checker.run(options=json.dumps(RULES))
                report["violations"] = [f"{v['id']}: {v['help']}" for v in result["violations"]]
            reports.append(report)
    finally:
        driver.quit()
        server.shutdown()
    print(json.dumps(reports))
    return 0


if __name__ == "__main__":
    options = {a.split("=", 1)[0]: a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--") and "=" in a}
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(arguments[0], arguments[1:], "--axe" in sys.argv[1:],
                  options.get("--page", "search/"), options.get("--until", "found")))
