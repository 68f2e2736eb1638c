"""Every Cypher statement the stores run, in one place.

Both stores speak Cypher: Neo4j, and LadybugDB (the Kuzu continuation) for the embedded store. Most
statements run unchanged on both; the few differences sit in ``Dialect``. Labels and relationship
types are interpolated only from the ontology's closed vocabulary (``RelationType``), never from text;
every value goes in as a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.vocab import RelationType

ENTITY_RELATION_TYPES: tuple[RelationType, ...] = tuple(RelationType)


def rel_type(relation: RelationType | str) -> str:
    """The relationship type for a relation, checked against the closed vocabulary."""
    return RelationType(relation).value


_FACT_TYPES = "|".join(rel_type(t) for t in ENTITY_RELATION_TYPES)  # "APPLIES_IN|AUTHORIZES|…"


@dataclass(frozen=True)
class Dialect:
    name: str
    rel_type_fn: str  # type(r) in Neo4j, label(r) in LadybugDB
    # How traversals name a node. Neo4j: its id (IN $ids becomes index seeks). LadybugDB: its offset in
    # the Entity table, because there "x.id IN $ids" compares every row with every list element (300
    # ids over 18k entities: 40 ms) while an integer list is compared in a fraction of that.
    node_key: str
    # Neo4j: rows come back as one record holding a list of maps (see ``rows``); the Python driver
    # spends tens of microseconds on each record, more than the server spends finding it.
    collects_rows: bool
    # Neo4j: a traversal names the fact types, so that from an entity with thousands of mentions and
    # evidence it expands only its facts (a dense node keeps its relationships grouped by type);
    # "(a:Entity)-[r]-(b:Entity)" reads every REFERS_TO and EVIDENCE_OF relationship to drop it at b.
    # LadybugDB's relationship tables already join Entity to Entity alone.
    names_fact_types: bool

    def key(self, variable: str) -> str:
        return self.node_key.format(v=variable)

    def fact(self, variable: str) -> str:
        """A relationship pattern's inside that matches the facts between entities."""
        return f"{variable}:{_FACT_TYPES}" if self.names_fact_types else variable

    @property
    def keys_are_ids(self) -> bool:
        return self.node_key == "{v}.id"


NEO4J = Dialect(
    name="neo4j", rel_type_fn="type", node_key="{v}.id", collects_rows=True, names_fact_types=True
)
LADYBUG = Dialect(
    name="ladybug",
    rel_type_fn="label",
    node_key="offset(id({v}))",
    collects_rows=False,
    names_fact_types=False,
)
# The one column of a statement whose rows were collected into a list (kg.stores.neo4j unwraps it).
COLLECTED = "fkg_rows"


def rows(dialect: Dialect, body: str, fields: str, column: str = COLLECTED) -> str:
    """``body RETURN fields``; on a dialect that collects rows, the same rows as maps in one record
    (in ``column``)."""
    if not dialect.collects_rows:
        return f"{body} RETURN {fields}"
    entries = []
    for field in fields.split(", "):
        expression, _, name = field.strip().rpartition(" AS ")
        entries.append(f"{name}: {expression}")
    return f"{body} WITH {{{', '.join(entries)}}} AS row RETURN collect(row) AS {column}"


# A file path names at most one document, the content last ingested from it. A SourcePath node keyed
# by the path says which, so a write finds the older version of its file by an index: the search of
# every document's source_paths list it replaces grew with the corpus (2.5 ms a write at 500
# documents, a scan per document). Bookkeeping like FactKey: never in the canonical dump.
SOURCE_PATH_LABEL = "SourcePath"
# Its constraint on Neo4j; a store without it was written before SourcePath existed.
NEO4J_SOURCE_PATH_CONSTRAINT = "fkg_source_path"


# ----------------------------------------------------------------------------------------------
# Schema
# ----------------------------------------------------------------------------------------------

NEO4J_CONSTRAINTS: dict[str, str] = {
    "fkg_document_id": "CREATE CONSTRAINT fkg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "fkg_entity_id": "CREATE CONSTRAINT fkg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    NEO4J_SOURCE_PATH_CONSTRAINT: (
        f"CREATE CONSTRAINT {NEO4J_SOURCE_PATH_CONSTRAINT} IF NOT EXISTS "
        f"FOR (n:{SOURCE_PATH_LABEL}) REQUIRE n.path IS UNIQUE"
    ),
    # A fact is a relationship: its id is unique per relationship type (Community supports relationship
    # uniqueness since 5.7), which also turns the MERGE of a fact into an index seek instead of an
    # expansion over a hub's relationships.
    **{
        f"fkg_fact_{t.value.lower()}": (
            f"CREATE CONSTRAINT fkg_fact_{t.value.lower()} IF NOT EXISTS "
            f"FOR ()-[r:{rel_type(t)}]-() REQUIRE r.id IS UNIQUE"
        )
        for t in ENTITY_RELATION_TYPES
    },
}
NEO4J_INDEXES: tuple[str, ...] = (
    "CREATE INDEX fkg_evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.fact_id)",
    "CREATE INDEX fkg_entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)",
    # Search is a CONTAINS over the name keys: a text (trigram) index answers it without a label scan.
    "CREATE TEXT INDEX fkg_entity_search IF NOT EXISTS FOR (n:Entity) ON (n.search_text)",
)
# Schema of earlier versions that every write paid for and no query used; ensure_schema drops it.
#
# Mentions and evidence are created, never merged, and only by a write that holds their document's
# lock (LOCK_DOCUMENT), so two writers cannot both add a document's mentions: the uniqueness check
# on each created node, its index entry and its lock were 13% of a document's write (same-run A/B,
# 20-document samples on two loaded servers: 72.9 against 63.2 ms). Nothing looks a mention or an
# evidence node up by its id or document id (a document's own are reached through its relationships);
# those two indexes were another 5% (86.0 against 81.5 ms).
NEO4J_RETIRED_SCHEMA: tuple[str, ...] = (
    "DROP CONSTRAINT fkg_mention_id IF EXISTS",
    "DROP CONSTRAINT fkg_evidence_id IF EXISTS",
    "DROP INDEX fkg_mention_doc IF EXISTS",
    "DROP INDEX fkg_evidence_doc IF EXISTS",
)
NEO4J_SHOW_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name"

# Neo4j replans a cached statement once the graph's statistics have drifted far enough from those it
# was planned on, and planning MERGE_FACTS takes about a second (measured: 0.8-1.2 s; the other write
# statements 40-90 ms). Every statement of a write transaction starts from unique-index seeks (ids,
# paths), a plan the schema fixes whatever the statistics (checked with EXPLAIN on an empty graph),
# so writes keep the plan they have instead of stalling a document mid-load to make the same one again.
NEO4J_WRITE_OPTIONS = "CYPHER replan=skip "

LADYBUG_FACT_KEY_TABLE = "FactKey"
# Node tables of the embedded store: LadybugDB needs every property declared.
LADYBUG_NODE_TABLES: dict[str, str] = {
    "Document": (
        "id STRING PRIMARY KEY, source_paths STRING[], raw_sha256 STRING, status STRING, format STRING, "
        "title STRING, language STRING, error_code STRING, error_message STRING, warnings STRING[], "
        "metadata STRING, date STRING, source_url STRING, text_length INT64, extractor_version STRING, "
        "fact_count INT64"
    ),
    "Entity": (
        "id STRING PRIMARY KEY, type STRING, labels STRING[], name STRING, names STRING[], "
        "aliases STRING[], search_text STRING, jurisdiction STRING, wikidata STRING, lei STRING, "
        "origin STRING, confidence DOUBLE"
    ),
    "Mention": (
        "id STRING PRIMARY KEY, entity_id STRING, doc_id STRING, start_offset INT64, end_offset INT64, "
        "text STRING, sentence_index INT64, extractor STRING, confidence DOUBLE"
    ),
    "Evidence": (
        "id STRING PRIMARY KEY, fact_id STRING, fact_type STRING, subject_id STRING, object_id STRING, "
        "doc_id STRING, sentence STRING, start_offset INT64, end_offset INT64, extractor STRING, "
        "confidence DOUBLE, page INT64"
    ),
    # LadybugDB has no uniqueness constraint on a relationship property, so each fact's id is also the
    # primary key of a FactKey node, created and deleted with the fact in its transaction: a second
    # fact with a stored id is refused, and which of a document's facts exist is one primary-key
    # lookup rather than a read between the ends of each.
    LADYBUG_FACT_KEY_TABLE: "id STRING PRIMARY KEY",
    SOURCE_PATH_LABEL: "path STRING PRIMARY KEY, doc_id STRING",
}
# Columns added after a table's first release: a store written by an earlier version gains them, with
# the value its rows would have had, when its schema is next ensured.
LADYBUG_ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = (("Evidence", "page", "INT64 DEFAULT 0"),)
LADYBUG_FACT_PROPERTIES = "id STRING, confidence DOUBLE, support INT64"
LADYBUG_PROVENANCE_RELS: dict[str, tuple[str, str]] = {
    "REFERS_TO": ("Mention", "Entity"),
    "MENTION_IN": ("Mention", "Document"),
    "EVIDENCE_IN": ("Evidence", "Document"),
    # Evidence hangs off its fact's subject, so a fact's support is found by adjacency, not by a scan
    # (LadybugDB indexes only primary keys).
    "EVIDENCE_OF": ("Evidence", "Entity"),
}


def ladybug_schema() -> list[str]:
    statements = [
        f"CREATE NODE TABLE IF NOT EXISTS {table}({columns})"
        for table, columns in LADYBUG_NODE_TABLES.items()
    ]
    statements += [
        f"CREATE REL TABLE IF NOT EXISTS {rel_type(t)}(FROM Entity TO Entity, {LADYBUG_FACT_PROPERTIES})"
        for t in ENTITY_RELATION_TYPES
    ]
    statements += [
        f"CREATE REL TABLE IF NOT EXISTS {name}(FROM {src} TO {dst})"
        for name, (src, dst) in LADYBUG_PROVENANCE_RELS.items()
    ]
    statements += [
        f"ALTER TABLE {table} ADD IF NOT EXISTS {column} {definition}"
        for table, column, definition in LADYBUG_ADDED_COLUMNS
    ]
    return statements


def ladybug_fact_key_backfill() -> list[str]:
    """A FactKey for every stored fact, for a store written before FactKey existed (run once, as the
    table is created)."""
    return [
        f"MATCH ()-[r:{rel_type(t)}]->() CREATE (:{LADYBUG_FACT_KEY_TABLE} {{id: r.id}})"
        for t in ENTITY_RELATION_TYPES
    ]


def source_path_backfill(dialect: Dialect) -> str:
    """A SourcePath for every path of every stored document, for a store written before SourcePath
    existed (run once, as its constraint or table is created). A path is on one document at most."""
    create = (
        f"MERGE (p:{SOURCE_PATH_LABEL} {{path: path}}) SET p.doc_id = d.id"
        if dialect.keys_are_ids
        else f"CREATE (:{SOURCE_PATH_LABEL} {{path: path, doc_id: d.id}})"
    )
    return f"MATCH (d:Document) UNWIND d.source_paths AS path {create}"


def ladybug_table_columns(table: str) -> str:
    """The columns of one of this schema's tables (table_info takes no parameter; ``table`` is ours)."""
    if table not in LADYBUG_NODE_TABLES:
        raise ValueError(f"not a table of the schema: {table!r}")
    return f"CALL table_info('{table}') RETURN name"


LADYBUG_SHOW_TABLES = "CALL show_tables() RETURN name"

# ----------------------------------------------------------------------------------------------
# Writes: one document per transaction
# ----------------------------------------------------------------------------------------------

_DOCUMENT_STATE = (
    "d.id AS id, d.source_paths AS source_paths, d.extractor_version AS extractor_version, d.status AS status"
)
DOCUMENT_BY_ID = f"MATCH (d:Document {{id: $id}}) RETURN {_DOCUMENT_STATE}"
# The first statement of a write to a store with concurrent writers (Neo4j): the document's lock, held
# to the commit, then its state as stored and who owns its source path. MERGE locks an id nobody stored
# yet; a property set and removed locks a stored node (a MERGE that finds it takes only a shared lock).
# A second writer of the same document waits here and then reads what the first committed, so a
# document's mentions and evidence are written by one writer at a time. A node made here has no status
# until UPSERT_DOCUMENT in the same transaction: to the write it is a new document (``stored`` false).
# The path's owner comes in the same statement: a round trip less per document (SOURCE_PATH_OWNER).
LOCK_DOCUMENT = (
    "MERGE (d:Document {id: $id}) SET d.fkg_lock = true REMOVE d.fkg_lock "
    f"WITH d OPTIONAL MATCH (p:{SOURCE_PATH_LABEL} {{path: $path}}) "
    f"RETURN d.status IS NOT NULL AS stored, {_DOCUMENT_STATE}, p.doc_id AS path_owner"
)
SOURCE_PATH_OWNER = f"MATCH (p:{SOURCE_PATH_LABEL} {{path: $path}}) RETURN p.doc_id AS doc_id"
SET_SOURCE_PATH_OWNER = f"MATCH (p:{SOURCE_PATH_LABEL} {{path: $path}}) SET p.doc_id = $id"
# Neo4j merges, so two writers of the same new path both succeed (the last one owns it); a store whose
# writers are serialized creates what its lookup did not find.
MERGE_SOURCE_PATH = f"MERGE (p:{SOURCE_PATH_LABEL} {{path: $path}}) SET p.doc_id = $id"
CREATE_SOURCE_PATH = f"CREATE (:{SOURCE_PATH_LABEL} {{path: $path, doc_id: $id}})"
DELETE_SOURCE_PATHS = (
    "MATCH (d:Document {id: $id}) UNWIND d.source_paths AS path "
    f"MATCH (p:{SOURCE_PATH_LABEL} {{path: path}}) WHERE p.doc_id = $id DELETE p"
)
SET_DOCUMENT_PATHS = "MATCH (d:Document {id: $id}) SET d.source_paths = $paths"
MARK_DOCUMENT_FAILED = (
    "MATCH (d:Document {id: $id}) SET d.status = 'failed', d.error_code = $code, d.error_message = $message"
)

UPSERT_DOCUMENT = """
MERGE (d:Document {id: $id})
SET d.source_paths = $source_paths, d.raw_sha256 = $raw_sha256, d.status = $status, d.format = $format,
    d.title = $title, d.language = $language, d.error_code = $error_code, d.error_message = $error_message,
    d.warnings = $warnings, d.metadata = $metadata, d.date = $date, d.source_url = $source_url,
    d.text_length = $text_length, d.extractor_version = $extractor_version, d.fact_count = $fact_count
"""
# The same, and the new path's owner recorded with it (MERGE_SOURCE_PATH): a round trip less.
UPSERT_DOCUMENT_CLAIMING_PATH = (
    UPSERT_DOCUMENT + f"WITH d MERGE (p:{SOURCE_PATH_LABEL} {{path: $path}}) SET p.doc_id = $id"
)

# Every batched statement looks nodes up one MATCH at a time ("MATCH (a) WITH a, row MATCH (b)"): written
# as one comma-separated MATCH, LadybugDB joins two full scans instead of using the primary key (100x).

# Confidence and aliases accumulate across documents; they are set on creation only, and extended after
# this write holds the node's lock (so two concurrent writers never lose each other's aliases).
# Neo4j: one statement merges the entities, gives them their ontology class labels (dynamic labels,
# Neo4j 5.26+; the values come from the closed vocabulary, never from text) and reads back what a
# write extends, now under the nodes' write locks: aliases and confidence, and which ones are new. The
# rows come back collected into one record: a record per entity cost the driver more than the merge.
UPSERT_ENTITIES = rows(
    NEO4J,
    """
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.confidence = row.confidence, e.aliases = [], e.name = row.name, e.fkg_new = true
SET e.type = row.type, e.labels = row.labels, e.names = row.names,
    e.jurisdiction = row.jurisdiction, e.wikidata = row.wikidata, e.lei = row.lei, e.origin = row.origin,
    e:$(row.labels)
WITH e, e.fkg_new IS NOT NULL AS created
REMOVE e.fkg_new
""",
    "e.id AS id, e.aliases AS aliases, e.confidence AS confidence, e.name AS name, "
    "e.search_text AS search_text, created AS created",
)

# The same for a serialized store (LadybugDB), split by what the write looked up first: MERGE costs it
# a scan per batch, a primary-key MATCH or a CREATE does not. The display name, aliases, search keys
# and confidence follow from the mentions and are set after (SET_ENTITY_ALIASES), where they change.
# STORED_ENTITIES also gives a retraction what it refreshes from (on either store).
STORED_ENTITIES = (
    "UNWIND $ids AS eid MATCH (e:Entity {id: eid}) "
    "RETURN e.id AS id, e.type AS type, e.labels AS labels, e.names AS names, e.jurisdiction AS jurisdiction, "
    "e.wikidata AS wikidata, e.lei AS lei, e.origin AS origin, e.aliases AS aliases, e.confidence AS confidence, "
    "e.name AS name, e.search_text AS search_text"
)
CREATE_ENTITIES = """
UNWIND $rows AS row
CREATE (e:Entity {id: row.id, type: row.type, labels: row.labels, name: row.name, names: row.names,
    jurisdiction: row.jurisdiction, wikidata: row.wikidata, lei: row.lei, origin: row.origin,
    confidence: row.confidence, aliases: []})
"""
UPDATE_ENTITIES = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.type = row.type, e.labels = row.labels, e.names = row.names,
    e.jurisdiction = row.jurisdiction, e.wikidata = row.wikidata, e.lei = row.lei, e.origin = row.origin
"""
# What UPDATE_ENTITIES sets: a stored entity whose values are these already is not written again.
ENTITY_DESCRIPTION = ("type", "labels", "names", "jurisdiction", "wikidata", "lei", "origin")


# A document's mentions and evidence are created, not merged: a write first retracts whatever the
# document had, inside the same transaction, so none of them can exist yet (and MERGE of a
# relationship from a new node costs a lookup per row for nothing).
# The document is found once per statement, not once per row (a locking index seek each), and its id
# is a parameter of the statement, not of each row (a sixth of a mention row's bytes).
def _create_mentions(rows: str) -> str:
    return f"""
UNWIND {rows} AS row
MATCH (e:Entity {{id: row.entity_id}})
CREATE (m:Mention {{id: row.id, entity_id: row.entity_id, doc_id: $doc_id, start_offset: row.start_offset,
    end_offset: row.end_offset, text: row.text, sentence_index: row.sentence_index, extractor: row.extractor,
    confidence: row.confidence}})
CREATE (m)-[:REFERS_TO]->(e)
CREATE (m)-[:MENTION_IN]->(d)
"""


def _create_evidence(rows: str) -> str:
    return f"""
UNWIND {rows} AS row
MATCH (s:Entity {{id: row.subject_id}})
CREATE (ev:Evidence {{id: row.id, fact_id: row.fact_id, fact_type: row.fact_type, subject_id: row.subject_id,
    object_id: row.object_id, doc_id: $doc_id, sentence: row.sentence, start_offset: row.start_offset,
    end_offset: row.end_offset, extractor: row.extractor, confidence: row.confidence, page: row.page}})
CREATE (ev)-[:EVIDENCE_IN]->(d)
CREATE (ev)-[:EVIDENCE_OF]->(s)
"""


_FIND_DOCUMENT = "MATCH (d:Document {id: $doc_id})"
INSERT_MENTIONS = _FIND_DOCUMENT + _create_mentions("$rows")
INSERT_EVIDENCE = _FIND_DOCUMENT + _create_evidence("$rows")
# Neo4j: both in one statement, a round trip less per document (each subquery keeps the one row of d).
INSERT_PROVENANCE = f"{_FIND_DOCUMENT} CALL (d) {{{_create_mentions('$mentions')}}} CALL (d) {{{_create_evidence('$evidence')}}}"


def match_fact(dialect: Dialect, relation: RelationType) -> str:
    """``MATCH`` of the fact ``r`` a row names, each store by its own index.

    Neo4j seeks the relationship uniqueness index on the fact id, which names its ends already.
    Written with both ends, its plan sought the subject and expanded over all of that type's
    relationships of a hub instead (EXPLAIN, empty and loaded graph alike). LadybugDB has no index on
    a relationship property: written as one pattern, its plan scanned the whole relationship table of
    the type (a write cost that grew with the graph), so the two ends are found by primary key first
    and only the relationships between them are read.
    """
    if dialect.keys_are_ids:
        return f"MATCH ()-[r:{rel_type(relation)} {{id: row.fact_id}}]->()"
    return (
        "MATCH (a:Entity {id: row.subject_id}) WITH a, row MATCH (b:Entity {id: row.object_id}) "
        f"WITH a, b, row MATCH (a)-[r:{rel_type(relation)}]->(b) WHERE r.id = row.fact_id"
    )


def _merge_fact(relation: RelationType) -> str:
    """One branch of MERGE_FACTS: the rows of one relationship type, merged on the fact id."""
    # The first WITH imports the outer variables; an importing WITH may not filter, so a second one does.
    return (
        f"WITH a, b, row WITH a, b, row WHERE row.fact_type = '{rel_type(relation)}' "
        f"MERGE (a)-[r:{rel_type(relation)} {{id: row.fact_id}}]->(b) "
        "ON CREATE SET r.support = row.added, r.confidence = row.confidence "
        "ON MATCH SET r.support = r.support + row.added, "
        "r.confidence = CASE WHEN r.confidence < row.confidence THEN row.confidence ELSE r.confidence END "
        "RETURN r"
    )


# Nodes exist first; each relationship is then merged on its fact id alone (bad-inputs E36).
#
# Support grows by this document's sentences and confidence keeps the maximum, inside the statement:
# an increment under the relationship's lock, so concurrent writers add up instead of overwriting.
#
# A relationship type cannot be a parameter where MERGE may seek the type's uniqueness index, so each
# type has its own branch and a row passes the one its type names. One statement for a document's
# facts of every type, instead of one per type, spares a round trip and an execution per type (+13%
# relations/s in an A/B of 20-document writes on one server, per-type and combined alternating);
# always every branch, so the server plans it once.
#
# A fact is new where its support is this document's alone: a stored fact has at least one sentence
# already. Counting that spares marking new relationships and clearing the mark on all of them.
MERGE_FACTS = (
    "UNWIND $rows AS row "
    "MATCH (a:Entity {id: row.subject_id}) WITH a, row MATCH (b:Entity {id: row.object_id}) "
    "CALL { " + " UNION ALL ".join(_merge_fact(relation) for relation in RelationType) + " } "
    "RETURN count(CASE WHEN r.support = row.added THEN 1 END) AS created"
)


def create_facts(relation: RelationType) -> str:
    """New facts only, for a store whose writers are serialized (LadybugDB): it cannot race, and its
    MERGE of a relationship scans the relationship table, so knowing what exists and creating the rest
    keeps a write's cost flat as the graph grows."""
    return (
        "UNWIND $rows AS row "
        "MATCH (a:Entity {id: row.subject_id}) WITH a, row MATCH (b:Entity {id: row.object_id}) "
        f"CREATE (a)-[r:{rel_type(relation)} {{id: row.fact_id, support: row.added, confidence: row.confidence}}]->(b)"
    )


STORED_FACT_KEYS = f"UNWIND $ids AS fid MATCH (k:{LADYBUG_FACT_KEY_TABLE} {{id: fid}}) RETURN k.id AS fact_id"
CREATE_FACT_KEYS = f"UNWIND $ids AS fid CREATE (:{LADYBUG_FACT_KEY_TABLE} {{id: fid}})"
DELETE_FACT_KEYS = f"UNWIND $ids AS fid MATCH (k:{LADYBUG_FACT_KEY_TABLE} {{id: fid}}) DELETE k"


def add_fact_support(dialect: Dialect, relation: RelationType) -> str:
    return (
        f"UNWIND $rows AS row {match_fact(dialect, relation)} "
        "SET r.support = r.support + row.added, "
        "r.confidence = CASE WHEN r.confidence < row.confidence THEN row.confidence ELSE r.confidence END"
    )


def fact_support(dialect: Dialect) -> str:
    """The remaining support of each fact a row names. Neo4j seeks the evidence by its fact-id index
    rather than expanding a hub subject's evidence. LadybugDB has no secondary index: its plan for this
    pattern (one join over the EVIDENCE_OF table) measured no slower than a lookup per subject."""
    evidence = (
        "MATCH (ev:Evidence {fact_id: row.fact_id})"
        if dialect.keys_are_ids
        else "MATCH (:Entity {id: row.subject_id})<-[:EVIDENCE_OF]-(ev:Evidence) WHERE ev.fact_id = row.fact_id"
    )
    return (
        f"UNWIND $rows AS row {evidence} "
        "RETURN row.fact_id AS fact_id, ev.fact_type AS fact_type, ev.subject_id AS subject_id, "
        "ev.object_id AS object_id, max(ev.confidence) AS confidence, count(ev) AS support"
    )


def set_fact_support(dialect: Dialect, relation: RelationType) -> str:
    return (
        f"UNWIND $rows AS row {match_fact(dialect, relation)} "
        "SET r.confidence = row.confidence, r.support = row.support"
    )


def delete_facts(dialect: Dialect, relation: RelationType) -> str:
    return f"UNWIND $rows AS row {match_fact(dialect, relation)} DELETE r"


# After a document's mentions are gone, an entity's aliases and confidence follow from the rest: all
# of them read again (LadybugDB), or probed (Neo4j). A hub keeps thousands of mentions, and reading
# them all was most of the cost of retracting a document on Neo4j (100-150 of ~240 ms on the
# benchmark graph): there, each text the document gave is looked for among the others (found early
# where it is common), and the best confidence is recounted only where the document held it and no
# other mention ties it (the entities' stored values read by STORED_ENTITIES).
ENTITY_ALIASES = """
UNWIND $ids AS eid
MATCH (m:Mention)-[:REFERS_TO]->(e:Entity {id: eid})
RETURN eid AS id, collect(DISTINCT m.text) AS aliases, e.names AS names, e.name AS name, e.origin AS origin,
       max(m.confidence) AS confidence
"""
TEXTS_STILL_MENTIONED = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE EXISTS { MATCH (m:Mention)-[:REFERS_TO]->(e) WHERE m.text = row.text }
RETURN row.id AS id, row.text AS text
"""
# Rows: an entity and its stored confidence; back only those whose remaining mentions all fall short
# of it, with their best (where another mention ties, nothing is recounted).
BEST_MENTION_CONFIDENCE = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE NOT EXISTS { MATCH (m:Mention)-[:REFERS_TO]->(e) WHERE m.confidence >= row.confidence }
MATCH (m:Mention)-[:REFERS_TO]->(e)
RETURN row.id AS id, max(m.confidence) AS confidence
"""
SET_ENTITY_ALIASES = """
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.aliases = row.aliases, e.search_text = row.search_text, e.name = row.name, e.confidence = row.confidence
"""

# Retraction of one document's contribution.
# What a document's mentions gave each entity: the texts (its aliases) and the best confidence.
DOCUMENT_TOUCHED_ENTITIES = """
MATCH (:Document {id: $id})<-[:MENTION_IN]-(m:Mention)
RETURN m.entity_id AS id, collect(DISTINCT m.text) AS texts, max(m.confidence) AS confidence
"""
DOCUMENT_TOUCHED_FACTS = """
MATCH (:Document {id: $id})<-[:EVIDENCE_IN]-(ev:Evidence)
RETURN DISTINCT ev.fact_id AS fact_id, ev.fact_type AS fact_type, ev.subject_id AS subject_id, ev.object_id AS object_id
"""
DELETE_DOCUMENT_MENTIONS = "MATCH (:Document {id: $id})<-[:MENTION_IN]-(m:Mention) DETACH DELETE m"
DELETE_DOCUMENT_EVIDENCE = "MATCH (:Document {id: $id})<-[:EVIDENCE_IN]-(ev:Evidence) DETACH DELETE ev"
DELETE_DOCUMENT = "MATCH (d:Document {id: $id}) DETACH DELETE d"
# Whether any mention is left, not how many: a hub keeps thousands, and counting them made this the
# second cost of retracting a document (35-50 ms of ~240 on the benchmark graph).
ORPHAN_ENTITIES = """
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
WHERE NOT EXISTS { MATCH (:Mention)-[:REFERS_TO]->(e) }
RETURN e.id AS id
"""
DELETE_ENTITIES = "UNWIND $ids AS eid MATCH (e:Entity {id: eid}) DETACH DELETE e"

# ----------------------------------------------------------------------------------------------
# Reads
# ----------------------------------------------------------------------------------------------

ENTITY_FIELDS = (
    "e.id AS id, e.type AS type, e.name AS name, e.names AS names, e.aliases AS aliases, "
    "e.jurisdiction AS jurisdiction, e.wikidata AS wikidata, e.lei AS lei, e.origin AS origin, "
    "e.confidence AS confidence"
)
# Ranked inside the statement (the whole key, then a key's start, then anywhere) so that a short key
# shared by thousands of names still finds the entities it names exactly within the scan limit.
# search_text holds each key between separators, so $exact is "\nkey\n" and $prefix "\nkey".
SEARCH_ENTITIES = f"""
MATCH (e:Entity) WHERE e.search_text CONTAINS $key
WITH e, CASE WHEN e.search_text CONTAINS $exact THEN 3 WHEN e.search_text CONTAINS $prefix THEN 2 ELSE 1 END AS tier
ORDER BY tier DESC, e.id
LIMIT $scan
RETURN {ENTITY_FIELDS}, e.search_text AS search_text
"""
# Fuzzy search: candidates sharing one of three short pieces of the key, those sharing the most first
# (a piece such as "ban" is in thousands of names), scored in Python.
SEARCH_CANDIDATES = f"""
MATCH (e:Entity)
WHERE e.search_text CONTAINS $piece1 OR e.search_text CONTAINS $piece2 OR e.search_text CONTAINS $piece3
WITH e, CASE WHEN e.search_text CONTAINS $piece1 THEN 1 ELSE 0 END
      + CASE WHEN e.search_text CONTAINS $piece2 THEN 1 ELSE 0 END
      + CASE WHEN e.search_text CONTAINS $piece3 THEN 1 ELSE 0 END AS shared
ORDER BY shared DESC, e.id
LIMIT $scan
RETURN {ENTITY_FIELDS}, e.search_text AS search_text
"""
ENTITY_BY_ID = f"MATCH (e:Entity {{id: $id}}) RETURN {ENTITY_FIELDS}"


def entities_by_ids(dialect: Dialect, column: str = COLLECTED) -> str:
    return rows(dialect, "UNWIND $ids AS eid MATCH (e:Entity {id: eid})", ENTITY_FIELDS, column)


def entity_keys(dialect: Dialect) -> str:
    """The traversal key (``Dialect.node_key``) of each entity id in $ids."""
    return f"UNWIND $ids AS eid MATCH (e:Entity {{id: eid}}) RETURN e.id AS id, {dialect.key('e')} AS key"


ALL_ENTITY_ROWS = f"MATCH (e:Entity) RETURN {ENTITY_FIELDS}, e.labels AS labels ORDER BY e.id"


def _type_filter(dialect: Dialect, by_type: bool) -> str:
    """The condition that a traversal's relationship r is of one of $types (LadybugDB cannot type an
    empty list, so no condition rather than an empty one)."""
    return f" AND {dialect.rel_type_fn}(r) IN $types" if by_type else ""


def ranked_neighbours(dialect: Dialect, *, by_type: bool) -> str:
    """Entities one step from the frontier (keys) in either direction and not yet seen (keys), best
    supported first, ties by id; optionally through relations of some types ($types) only.

    LadybugDB returns a row per neighbour (its WITH cannot ORDER BY without a LIMIT); Neo4j returns one
    row: how many there are and the first $room of them as [key, id] pairs.
    """
    a, b = dialect.key("a"), dialect.key("b")
    types = _type_filter(dialect, by_type)
    ranked = (
        f"MATCH (a:Entity)-[{dialect.fact('r')}]-(b:Entity) WHERE {a} IN $frontier AND NOT {b} IN $seen{types} "
        f"WITH {b} AS key, b.id AS id, max(r.support) AS support "
    )
    if dialect.collects_rows:
        return ranked + (
            "ORDER BY support DESC, id WITH collect([key, id]) AS ranked "
            "RETURN size(ranked) AS total, ranked[..$room] AS ranked"
        )
    return ranked + "RETURN key, id, support ORDER BY support DESC, id"


def steps_from(dialect: Dialect, *, by_type: bool) -> str:
    """Every (frontier node, neighbour) pair one step from the frontier (keys), in either direction."""
    types = _type_filter(dialect, by_type)
    body = (
        f"MATCH (a:Entity)-[{dialect.fact('r')}]-(b:Entity) WHERE {dialect.key('a')} IN $frontier{types} "
        f"WITH DISTINCT {dialect.key('a')} AS here, {dialect.key('b')} AS there, b.id AS id"
    )
    return rows(dialect, body, "here AS here, there AS there, id AS id")


def filtered_entities(*, by_type: bool, by_jurisdiction: bool) -> str:
    """Entities of some types and/or jurisdictions (LadybugDB cannot type an empty list: no empty filters)."""
    conditions = [
        c
        for c, on in (("e.type IN $types", by_type), ("e.jurisdiction IN $jurisdictions", by_jurisdiction))
        if on
    ]
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    return f"MATCH (e:Entity) {where}RETURN {ENTITY_FIELDS} ORDER BY e.id LIMIT $cap"


USERS_OF_TECHNOLOGY = (
    f"MATCH (e:Entity)-[:USES_TECHNOLOGY]->(:Entity {{id: $technology}}) RETURN DISTINCT {ENTITY_FIELDS} "
    "ORDER BY id LIMIT $cap"
)


def _fact_fields(dialect: Dialect) -> str:
    """The columns of a fact row, as kg.stores.cypher_store.fact_from_row reads them."""
    return (
        f"a.id AS subject_id, b.id AS object_id, {dialect.rel_type_fn}(r) AS type, "
        "r.id AS fact_id, r.confidence AS confidence, r.support AS support"
    )


def facts_among(dialect: Dialect, column: str = COLLECTED) -> str:
    """Every fact between two of the entities whose traversal keys are $keys."""
    a, b = dialect.key("a"), dialect.key("b")
    body = f"MATCH (a:Entity)-[{dialect.fact('r')}]->(b:Entity) WHERE {a} IN $keys AND {b} IN $keys"
    return rows(dialect, body, _fact_fields(dialect), column)


def entities_and_facts_among(dialect: Dialect) -> str:
    """``entities_by_ids`` and ``facts_among`` as one statement ($ids and $keys), for a dialect that
    collects rows: one round trip instead of two."""
    return (
        f"CALL {{ {entities_by_ids(dialect, 'entities')} }} "
        f"CALL {{ {facts_among(dialect, 'facts')} }} "
        "RETURN entities, facts"
    )


def every_fact(dialect: Dialect) -> str:
    return f"MATCH (a:Entity)-[r]->(b:Entity) RETURN {_fact_fields(dialect)}"


def _anchor(anchor: str) -> str:
    if anchor not in ("a", "b"):
        raise ValueError(f"anchor must be 'a' or 'b', not {anchor!r}")
    return anchor


def facts_of(dialect: Dialect, anchor: str) -> str:
    return (
        f"MATCH (a:Entity)-[{dialect.fact('r')}]->(b:Entity) WHERE {_anchor(anchor)}.id = $id "
        f"RETURN {dialect.rel_type_fn}(r) AS type, r.id AS fact_id, a.id AS subject_id, a.name AS subject_name, "
        "b.id AS object_id, b.name AS object_name, r.confidence AS confidence, r.support AS support "
        "ORDER BY type, subject_name, object_name"
    )


def all_facts(dialect: Dialect) -> str:
    return (
        "MATCH (a:Entity)-[r]->(b:Entity) "
        f"RETURN r.id AS id, {dialect.rel_type_fn}(r) AS type, a.id AS subject_id, b.id AS object_id, "
        "r.confidence AS confidence, r.support AS support ORDER BY id"
    )


# Evidence stored before pages were recorded has none on Neo4j: it reads as 0, "no page".
EVIDENCE_FIELDS = (
    "ev.id AS id, ev.fact_id AS fact_id, ev.fact_type AS fact_type, ev.subject_id AS subject_id, "
    "ev.object_id AS object_id, ev.doc_id AS doc_id, ev.sentence AS sentence, ev.start_offset AS start_offset, "
    "ev.end_offset AS end_offset, ev.extractor AS extractor, ev.confidence AS confidence, "
    "coalesce(ev.page, 0) AS page"
)
EVIDENCE_FOR_FACTS = f"""
UNWIND $rows AS row
MATCH (:Entity {{id: row.subject_id}})<-[:EVIDENCE_OF]-(ev:Evidence)-[:EVIDENCE_IN]->(d:Document)
WHERE ev.fact_id = row.fact_id
RETURN {EVIDENCE_FIELDS}, d.title AS doc_title, d.date AS doc_date, d.source_url AS doc_url
ORDER BY fact_id, doc_id, start_offset
"""
ALL_EVIDENCE = f"MATCH (ev:Evidence) RETURN {EVIDENCE_FIELDS} ORDER BY id"
MENTIONS_OF_ENTITY = """
MATCH (m:Mention)-[:REFERS_TO]->(e:Entity {id: $id})
MATCH (m)-[:MENTION_IN]->(d:Document)
RETURN m.doc_id AS doc_id, d.title AS doc_title, m.text AS text, m.start_offset AS start_offset, m.end_offset AS end_offset
ORDER BY doc_id, start_offset
LIMIT $limit
"""
ALL_MENTIONS = """
MATCH (m:Mention)
RETURN m.id AS id, m.entity_id AS entity_id, m.doc_id AS doc_id, m.start_offset AS start_offset,
       m.end_offset AS end_offset, m.text AS text, m.sentence_index AS sentence_index, m.extractor AS extractor,
       m.confidence AS confidence
ORDER BY id
"""
DOCUMENT_FIELDS = (
    "d.id AS id, d.source_paths AS source_paths, d.raw_sha256 AS raw_sha256, d.status AS status, "
    "d.format AS format, d.title AS title, d.language AS language, d.error_code AS error_code, "
    "d.error_message AS error_message, d.warnings AS warnings, d.metadata AS metadata, d.date AS date, "
    "d.source_url AS source_url, d.text_length AS text_length, d.extractor_version AS extractor_version, "
    "d.fact_count AS fact_count"
)
ALL_DOCUMENTS = f"MATCH (d:Document) RETURN {DOCUMENT_FIELDS} ORDER BY d.id"
DOCUMENT_ENTITIES = """
MATCH (:Document {id: $id})<-[:MENTION_IN]-(m:Mention)-[:REFERS_TO]->(e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, count(m) AS mentions
ORDER BY mentions DESC, name
"""

COUNT_DOCUMENTS = "MATCH (d:Document) RETURN d.status AS key, count(d) AS n"
COUNT_ENTITIES = "MATCH (e:Entity) RETURN e.type AS key, count(e) AS n"
COUNT_MENTIONS = "MATCH (m:Mention) RETURN count(m) AS n"
COUNT_EVIDENCE = "MATCH (ev:Evidence) RETURN count(ev) AS n"


def count_facts(dialect: Dialect) -> str:
    return f"MATCH (:Entity)-[r]->(:Entity) RETURN {dialect.rel_type_fn}(r) AS key, count(r) AS n"


# ----------------------------------------------------------------------------------------------
# Console examples: the README lists the portable ones; a test runs every one on both stores.
# ----------------------------------------------------------------------------------------------

PORTABLE_EXAMPLES: tuple[tuple[str, str], ...] = (
    (
        "Who regulates whom",
        "MATCH (a:Entity)-[:REGULATES]->(b:Entity) RETURN a.name AS regulator, b.name AS regulated "
        "ORDER BY regulator, regulated LIMIT 50",
    ),
    (
        "Who leads or launches which initiative",
        "MATCH (a:Entity)-[:LEADS|LAUNCHES]->(b:Entity) RETURN a.name AS organisation, b.name AS initiative "
        "ORDER BY organisation, initiative LIMIT 50",
    ),
    (
        "Technologies by number of users",
        "MATCH (o:Entity)-[:USES_TECHNOLOGY]->(t:Entity) RETURN t.name AS technology, count(o) AS users "
        "ORDER BY users DESC, technology LIMIT 20",
    ),
    (
        "Entities per jurisdiction",
        "MATCH (e:Entity) WHERE e.jurisdiction <> '' RETURN e.jurisdiction AS jurisdiction, count(e) AS entities "
        "ORDER BY entities DESC, jurisdiction",
    ),
    (
        "The sentences behind launches",
        "MATCH (ev:Evidence) WHERE ev.fact_type = 'LAUNCHES' RETURN ev.sentence AS sentence, ev.doc_id AS document "
        "ORDER BY document, sentence LIMIT 20",
    ),
    (
        "Two steps out from MAS",
        "MATCH (a:Entity {id: 'sg.mas'})-[]->(b:Entity)-[]->(c:Entity) RETURN a.name AS start, b.name AS via, "
        "c.name AS reached ORDER BY via, reached LIMIT 25",
    ),
)
DIALECT_EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    NEO4J.name: (
        (
            "Relations by type",
            "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS relation, count(*) AS n ORDER BY n DESC, relation",
        ),
        (
            "Regulators by class label",
            "MATCH (n:Regulator) RETURN n.name AS name, labels(n) AS labels LIMIT 25",
        ),
    ),
    LADYBUG.name: (
        (
            "Relations by type",
            "MATCH (:Entity)-[r]->(:Entity) RETURN label(r) AS relation, count(*) AS n ORDER BY n DESC, relation",
        ),
        (
            "Regulators by class",
            "MATCH (n:Entity) WHERE list_contains(n.labels, 'Regulator') RETURN n.name AS name, n.labels AS labels LIMIT 25",
        ),
    ),
}


def console_examples(dialect: Dialect) -> tuple[tuple[str, str], ...]:
    """(title, query) pairs the console offers for a store: the portable ones, then its own."""
    return PORTABLE_EXAMPLES + DIALECT_EXAMPLES[dialect.name]
