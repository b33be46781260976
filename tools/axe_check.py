#!/usr/bin/env python3
"""Runs axe-core's WCAG 2.x A and AA rules on HTML files in headless Chromium.

    /path/to/venv/bin/python tools/axe_check.py FILE.html ...

Prints one line per violation and exits 1 if there are any. Needs Debian's chromium and
chromium-driver, and axe-selenium-python with selenium in the Python that runs it.
"""
import pathlib
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

RULES = '{"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}, "resultTypes": ["violations"]}'


def main(files):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    violations = 0
    try:
        for name in files:
            driver.get(pathlib.Path(name).resolve().as_uri())
            axe = Axe(driver)
            axe.inject()
            result = axe.run(options=RULES)
            for violation in result["violations"]:
                violations += 1
                targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
                print(f"{name}: {violation['id']} [{violation['impact']}] {violation['help']}: {targets}")
        print(f"axe-core {result['testEngine']['version']}: {len(files)} file(s), {violations} violation(s)")
    finally:
        driver.quit()
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
