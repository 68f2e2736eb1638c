from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_cli_ingest_search_show_query(tmp_path: Path) -> None:
    store = f"embedded:{tmp_path / 'kg.db'}"
    result = runner.invoke(app, ["ingest", str(ROOT / "data" / "corpus"), "--store", store])
    assert result.exit_code == 0, result.output
    assert "relations added" in result.output
    again = runner.invoke(app, ["ingest", str(ROOT / "data" / "corpus"), "--store", store])
    assert "unchanged" in again.output
    found = runner.invoke(app, ["search", "金管局", "--store", store])
    assert "hk.hkma" in found.output
    shown = runner.invoke(app, ["show", "sg.mas", "--store", store])
    assert "Project Guardian" in shown.output
    rows = runner.invoke(app, ["query", "MATCH (e:Entity) RETURN count(*) AS n", "--store", store])
    assert rows.exit_code == 0 and "1 rows" in rows.output
    refused = runner.invoke(app, ["query", "MATCH (n) DETACH DELETE n", "--store", store])
    assert refused.exit_code == 1 and "read-only" in refused.output


def test_cli_extract_then_load_gives_same_graph(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    assert runner.invoke(app, ["extract", str(ROOT / "data" / "corpus"), "-o", str(out)]).exit_code == 0
    a, b = f"embedded:{tmp_path / 'a.db'}", f"embedded:{tmp_path / 'b.db'}"
    assert runner.invoke(app, ["load", str(out), "--store", a]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(ROOT / "data" / "corpus"), "--store", b]).exit_code == 0
    dump_a = runner.invoke(app, ["dump", "--store", a]).output
    dump_b = runner.invoke(app, ["dump", "--store", b]).output
    assert dump_a == dump_b


def test_cli_bad_store_url_is_a_clear_error() -> None:
    result = runner.invoke(app, ["stats", "--store", "mysql://user:secret@host/db"])
    assert result.exit_code == 1
    assert "unknown store URL" in result.output and "secret" not in result.output


COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help_with_example_and_is_in_readme(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"fintech-kg {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_rdf_round_trip_validate_and_sparql(tmp_path: Path) -> None:
    store = f"embedded:{tmp_path / 'kg.db'}"
    assert runner.invoke(app, ["ingest", str(ROOT / "data" / "corpus"), "--store", store]).exit_code == 0
    exported = tmp_path / "kg.ttl"
    assert runner.invoke(app, ["export", "--store", store, "-o", str(exported)]).exit_code == 0
    checked = runner.invoke(app, ["validate", str(exported)])
    assert checked.exit_code == 0 and "conforms" in checked.output
    copy = f"embedded:{tmp_path / 'copy.db'}"
    assert runner.invoke(app, ["import-rdf", str(exported), "--store", copy]).exit_code == 0
    again = tmp_path / "again.ttl"
    assert runner.invoke(app, ["export", "--store", copy, "-o", str(again)]).exit_code == 0
    from rdflib import Graph
    from rdflib.compare import isomorphic

    assert isomorphic(Graph().parse(exported), Graph().parse(again))
    rows = runner.invoke(app, ["sparql", "PREFIX fkg: <https://w3id.org/fintech-kg/ontology#> "
                               "SELECT ?x WHERE { ?r fkg:regulates ?x }", "--store", store])  # fmt: skip
    assert rows.exit_code == 0 and "in.npci" in rows.output
    refused = runner.invoke(app, ["sparql", "DELETE WHERE { ?s ?p ?o }", "--store", store])
    assert refused.exit_code == 1 and "read-only" in refused.output
    broken = tmp_path / "broken.ttl"
    broken.write_text(exported.read_text(encoding="utf-8").replace("fkg:key", "fkg:keyz"), encoding="utf-8")
    failed = runner.invoke(app, ["validate", str(broken)])
    assert failed.exit_code == 1 and "violations" in failed.output
    evil = tmp_path / "evil.rdf"
    evil.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>', encoding="utf-8")
    refused_import = runner.invoke(app, ["import-rdf", str(evil), "--store", copy])
    assert refused_import.exit_code == 1 and "DOCTYPE" in refused_import.output


def test_cli_path_and_ranking(tmp_path: Path) -> None:
    store = f"embedded:{tmp_path / 'kg.db'}"
    assert runner.invoke(app, ["ingest", str(ROOT / "data" / "corpus"), "--store", store]).exit_code == 0
    found = runner.invoke(app, ["path", "UPI", "MAS", "--store", store])
    assert found.exit_code == 0 and "Reserve Bank of India" in found.output
    ranked = runner.invoke(app, ["stats", "--top", "5", "--store", store])
    assert ranked.exit_code == 0 and "communities" in ranked.output and "components" in ranked.output


def test_cli_keeps_cooccurrence_apart_from_stated_relations(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text("DBS and Ant Group were named in the report.\n", encoding="utf-8")
    store = f"embedded:{tmp_path / 'kg.db'}"
    assert runner.invoke(app, ["ingest", str(folder), "--store", store]).exit_code == 0
    shown = runner.invoke(app, ["show", "bank.dbs", "--store", store])
    assert "named together with (co-occurrence, not a stated relation): Ant Group (1 doc)" in shown.output
    assert "CO_OCCURS_WITH" not in shown.output  # never listed among the stated relations
    typed_only = runner.invoke(app, ["path", "DBS", "Ant Group", "--store", store])
    assert typed_only.exit_code == 1 and "no path" in typed_only.output
    walked = runner.invoke(app, ["path", "DBS", "Ant Group", "--cooccurrence", "--store", store])
    assert walked.exit_code == 0 and "CO_OCCURS_WITH" in walked.output
