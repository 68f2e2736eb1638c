"""The fintech-kg ontology, SHACL shapes and curated lexicon, shipped as package data.

Example:
    >>> from ontology import ONTOLOGY_TTL
    >>> ONTOLOGY_TTL.name
    'fintech.ttl'
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY_TTL = HERE / "fintech.ttl"
SHAPES_TTL = HERE / "shapes.ttl"
LEXICON_DIR = HERE / "lexicon"
ONTOLOGY_NS = "https://w3id.org/fintech-kg/ontology#"

__all__ = ["HERE", "LEXICON_DIR", "ONTOLOGY_NS", "ONTOLOGY_TTL", "SHAPES_TTL"]
