"""The served viewer in a real headless Chromium (Debian's chromium + chromedriver, through Selenium).

Checks that the graph canvas draws nodes, that a search and a filter change it, that the Cypher console
returns rows, that a document made of HTML payloads raises no dialog, and saves a screenshot of each
page (to $FINTECH_KG_SCREENSHOTS when set, as the README's screenshot is made).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.viewer_fixtures import build_viewer_store

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
REQUIRE = os.environ.get("FINTECH_KG_REQUIRE_BROWSER") == "1"
ROOT = Path(__file__).resolve().parents[2]
SEARCH_LABEL = "Search an entity (any name, alias or abbreviation; 中文 or English)"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def viewer_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        message = f"headless Chromium needs {CHROMIUM} and {CHROMEDRIVER} (Debian: apt-get install chromium chromium-driver)"
        if REQUIRE:
            pytest.fail(message)
        pytest.skip(message)
    store = build_viewer_store(tmp_path_factory.mktemp("browser") / "kg.db")
    port = _free_port()
    env = {**os.environ, "FINTECH_KG_STORE": store}
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app" / "viewer.py"), "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]  # fmt: skip
    log = (tmp_path_factory.mktemp("browser-log") / "streamlit.log").open("wb")
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail("the viewer did not start within 90 s")
    yield url
    server.terminate()
    server.wait(timeout=30)
    log.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-extensions", "--window-size=1400,1800",
                 f"--user-data-dir={tmp_path / 'profile'}"):  # fmt: skip
        options.add_argument(flag)
    # Chromium leaves its profile-lock directory (org.chromium.Chromium.*) in TMPDIR when quit: one
    # per test run piled up in /tmp, so its temporary files go to the test's own directory.
    service = Service(CHROMEDRIVER, env={**os.environ, "TMPDIR": str(tmp_path)})
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _wait(predicate, timeout: float = 60.0, what: str = "") -> object:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
            if last:
                return last
        except Exception as exc:  # the page is re-rendering; try again
            last = exc
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}: {last!r}")


def _graph_state(driver) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Inside the graph's iframe: node and edge ids vis-network holds, and whether it drew a canvas."""
    driver.switch_to.default_content()
    frames = driver.find_elements("css selector", "iframe[title='st.iframe'], iframe")
    for frame in frames:
        driver.switch_to.frame(frame)
        state = driver.execute_script(
            "if (typeof network === 'undefined') { return null; }"
            "const c = document.querySelector('canvas');"
            "return {nodes: network.body.data.nodes.getIds().sort(), edges: network.body.data.edges.getIds().length,"
            " canvas: !!c && c.width > 0, stabilized: document.body.getAttribute('data-stabilized')};"
        )
        driver.switch_to.default_content()
        if state:
            return dict(state)
    return {}


def _screenshot(driver, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"{name}.png"
    driver.save_screenshot(str(path))
    target = os.environ.get("FINTECH_KG_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def _open_tab(driver, label: str) -> None:  # type: ignore[no-untyped-def]
    tab = _wait(lambda: driver.find_element("xpath", f"//*[@role='tab'][contains(., '{label}')]"), what=label)
    tab.click()  # type: ignore[attr-defined]


def _slide(driver, label: str, steps: int) -> None:  # type: ignore[no-untyped-def]
    """Move a Streamlit slider by keyboard: focus its range input, press the right arrow."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    driver.switch_to.default_content()
    handle = driver.find_element("css selector", f"input[type='range'][aria-label='{label}']")
    driver.execute_script("arguments[0].focus();", handle)
    actions = ActionChains(driver)
    for _ in range(steps):
        actions.send_keys(Keys.RIGHT)
    actions.perform()


def _no_dialog(driver) -> None:  # type: ignore[no-untyped-def]
    from selenium.common.exceptions import NoAlertPresentException

    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return
    raise AssertionError(f"a dialog opened: {text!r}")


def test_browser_graph_draws_and_follows_search_and_filters(viewer_url: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.keys import Keys

    browser.get(viewer_url)
    first = _wait(
        lambda: (s := _graph_state(browser)) and s.get("nodes") and s.get("canvas") and s, what="the graph"
    )
    assert "sg.mas" in first["nodes"]  # type: ignore[index]
    _wait(lambda: _graph_state(browser).get("stabilized") == "1", what="vis-network to stabilise")
    _wait(lambda: browser.find_elements("xpath", "//*[text()='Entity types']"), what="the sidebar filters")
    time.sleep(1)
    _screenshot(browser, tmp_path, "explore")

    search = browser.find_element("xpath", f"//input[@aria-label='{SEARCH_LABEL}']")
    search.send_keys(Keys.CONTROL, "a")
    search.send_keys("UPI", Keys.ENTER)
    searched = _wait(
        lambda: (s := _graph_state(browser)) and "init.upi" in s.get("nodes", []) and s, what="UPI's graph"
    )
    assert searched["nodes"] != first["nodes"]  # type: ignore[index]

    _slide(browser, "Depth", 1)  # depth 2: the view grows
    deeper = _wait(
        lambda: (s := _graph_state(browser)) and len(s.get("nodes", [])) > len(searched["nodes"]) and s,  # type: ignore[index]
        what="a deeper view",
    )
    _slide(browser, "Minimum confidence", 19)  # 0.95: the 0.8 pattern facts go
    _wait(lambda: _graph_state(browser).get("edges", 0) < deeper["edges"], what="the filter to drop edges")  # type: ignore[index]
    _no_dialog(browser)


def test_browser_console_returns_rows(viewer_url: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    browser.get(viewer_url)
    _wait(lambda: _graph_state(browser).get("nodes"), what="the page")
    _open_tab(browser, "Cypher console")
    run = _wait(lambda: browser.find_element("xpath", "//button[.//p[text()='Run']]"), what="the Run button")
    run.click()  # type: ignore[attr-defined]
    caption = _wait(
        lambda: [e.text for e in browser.find_elements("xpath", "//*[contains(text(), 'rows in')]")],
        what="rows",
    )
    assert int(caption[0].split()[0]) > 0  # type: ignore[index]
    _screenshot(browser, tmp_path, "console")
    for tab in ("Paths", "Overview", "Documents"):
        _open_tab(browser, tab)
        time.sleep(2)
        _screenshot(browser, tmp_path, tab.lower())
    _no_dialog(browser)


def test_browser_html_payloads_raise_no_dialog(viewer_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.keys import Keys

    browser.get(viewer_url)
    _wait(lambda: _graph_state(browser).get("nodes"), what="the page")
    search = browser.find_element("xpath", f"//input[@aria-label='{SEARCH_LABEL}']")
    search.send_keys(Keys.CONTROL, "a")
    search.send_keys("Evil", Keys.ENTER)
    _wait(lambda: "x:xss" in _graph_state(browser).get("nodes", []), what="the payload entity in the graph")
    time.sleep(2)  # give any injected handler the time to fire
    _no_dialog(browser)
    assert browser.find_elements("xpath", "//*[contains(text(), 'onerror=alert(1)')]")  # shown, as text
    _open_tab(browser, "Documents")
    time.sleep(2)
    _no_dialog(browser)
