"""Viewer speed: server side, the time from a request to the graph's HTML for a 300-node view of the
generated 100k-relation graph; browser side, the time until vis-network reports it has stabilised in
headless Chromium, for 100 and 300 nodes.

    python -m benchmarks.viewer                 # 20k entities / 100k relations, embedded store
    python -m benchmarks.viewer --relations 20000
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.viz import filter_subgraph, render_html, to_vis
from benchmarks.stores import generate
from kg.results import Subgraph
from kg.stores import open_store

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def _median_ms(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples) * 1000:7.1f} ms  max {max(samples) * 1000:7.1f} ms"


def server_side(store: object, centres: list[str], cap: int) -> tuple[list[float], list[Subgraph]]:
    times, views = [], []
    for centre in centres:
        started = time.perf_counter()
        sub = store.neighbourhood(centre, depth=2, limit=cap)  # type: ignore[attr-defined]
        html = render_html(to_vis(filter_subgraph(sub)))
        times.append(time.perf_counter() - started)
        views.append(sub)
        assert html
    return times, views


def browser_side(views: list[Subgraph], scratch: Path) -> list[float]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--window-size=1400,1000"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    times = []
    try:
        for index, sub in enumerate(views):
            page = scratch / f"view-{index}.html"
            page.write_text(render_html(to_vis(sub)), encoding="utf-8")
            driver.get(page.as_uri())
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                value = driver.execute_script("return document.body.getAttribute('data-stabilized-ms')")
                if value:
                    times.append(float(value) / 1000)
                    break
                time.sleep(0.05)
    finally:
        driver.quit()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--relations", type=int, default=100_000)
    args = parser.parse_args()
    docs = generate(args.entities, args.relations, 200)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(f"embedded:{Path(scratch) / 'viewer.db'}")
        store.ensure_schema()
        started = time.perf_counter()
        for facts in docs:
            store.write(facts)
        stats = store.stats()
        print(
            f"graph: {stats.entities} entities, {stats.relations} relations ({time.perf_counter() - started:.0f} s to load)"
        )
        hubs = [e.id for d in docs[:5] for e in d.entities][:20]
        times, views = server_side(store, hubs, 300)
        full = [v for v in views if len(v.nodes) >= 250]
        print(f"server, 300-node view (depth 2, cap 300), request -> HTML: {_median_ms(times)} "
              f"over {len(times)} centres ({statistics.median(len(v.nodes) for v in views):.0f} nodes median)")  # fmt: skip
        small = [Subgraph(v.nodes[:100], tuple(f for f in v.facts if {f.subject_id, f.object_id} <= {e.id for e in v.nodes[:100]}),
                          100, centre=v.centre) for v in full[:5]]  # fmt: skip
        if Path(CHROMIUM).exists():
            for label, sample in (("100 nodes", small), ("300 nodes", full[:5])):
                stabilised = browser_side(sample, Path(scratch))
                if stabilised:
                    print(
                        f"browser, vis-network stabilised, {label}: {_median_ms(stabilised)} over {len(stabilised)} views"
                    )
        else:
            print("browser: no headless Chromium at /usr/bin/chromium; skipped")
        store.close()


if __name__ == "__main__":
    main()
