"""The console examples: the portable ones are the README's, and every example runs on its store."""

from __future__ import annotations

import re
from pathlib import Path

from kg.stores.cypher import PORTABLE_EXAMPLES, console_examples
from tests.kg.stores.test_contract import corpus_facts

README = Path(__file__).resolve().parents[3] / "README.md"


def readme_queries() -> list[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- portable-cypher:start -->\n```cypher\n(.*?)```", text, re.S)
    assert block, "README lost its portable Cypher block"
    pairs = re.findall(r"^-- (.+)\n(.+)$", block.group(1), re.M)
    return [(title.strip(), query.strip()) for title, query in pairs]


def test_console_examples_readme_lists_the_portable_queries() -> None:
    assert readme_queries() == list(PORTABLE_EXAMPLES)


def test_console_examples_run_on_every_store(store) -> None:  # type: ignore[no-untyped-def]
    for facts in corpus_facts():
        store.write(facts)
    for title, query in console_examples(store.dialect):
        result = store.cypher(query)
        assert result.rows, f"{store.name}: {title!r} returned no rows"
        assert not result.truncated
