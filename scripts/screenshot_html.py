"""Screenshots of ``Document._repr_html_()`` as a notebook shows it, in a real browser.

Renders the sample article and a hostile document (markup, entities, quotes, emoji,
right-to-left text, nested and crossing marks) inside pages that mimic a Jupyter output cell
in a light and a dark theme, and photographs each page with headless Chromium. Look at the
PNGs: labels legible, counted nouns marked, long lines wrapping, both themes readable.

    apt-get install -y chromium          # Debian's package; or set CHROMIUM=/path/to/chrome
    python scripts/screenshot_html.py    # writes PNGs and HTML pages to a temporary folder
    python scripts/screenshot_html.py --out some/dir --width 900

Needs the extension built (``source scripts/env.sh; build_extension``). Nothing it writes
belongs in the repository.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import textfacts

ROOT = Path(__file__).resolve().parent.parent
# The same hostile document the notebook test checks.
sys.path.insert(0, str(ROOT / "tests" / "python"))
from hostile_text import hostile_document  # noqa: E402

# Colours of the notebook front ends people use: JupyterLab's light and dark themes.
THEMES = {
    "light": {
        "page": "#ffffff",
        "cell": "#ffffff",
        "text": "rgba(0,0,0,0.87)",
        "prompt": "#d84315",
    },
    "dark": {
        "page": "#111111",
        "cell": "#212121",
        "text": "rgba(255,255,255,1)",
        "prompt": "#ff8a65",
    },
}

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
  body {{ margin: 0; padding: 16px; background: {page}; color: {text};
         font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 14px; }}
  .cell {{ display: flex; gap: 8px; background: {cell}; padding: 8px; }}
  .prompt {{ color: {prompt}; font-family: monospace; min-width: 64px; text-align: right; }}
  .output {{ flex: 1; min-width: 0; overflow-x: auto; }}
</style></head>
<body><div class="cell"><div class="prompt">Out[1]:</div>
<div class="output">{body}</div></div></body></html>
"""


def chromium() -> str:
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name) or name
    sys.exit("no Chromium found: apt-get install -y chromium, or set CHROMIUM")


def screenshot(browser: str, page: Path, png: Path, width: int, height: int) -> None:
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",  # root in a container has no user namespace for the sandbox
            "--disable-gpu",
            "--hide-scrollbars",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "textfacts-html")
    parser.add_argument("--width", type=int, default=1000)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    docs = {
        "article": (textfacts.Extractor().extract(article), 1900),
        "hostile": (hostile_document(), 700),
    }
    browser = chromium()
    for name, (doc, height) in docs.items():
        for theme, colours in THEMES.items():
            page = args.out / f"{name}-{theme}.html"
            title = html.escape(f"textfacts {name} {theme}")
            page.write_text(
                PAGE.format(title=title, body=doc._repr_html_(), **colours), encoding="utf-8"
            )
            png = args.out / f"{name}-{theme}.png"
            screenshot(browser, page, png, args.width, height)
            print(png)


if __name__ == "__main__":
    main()
