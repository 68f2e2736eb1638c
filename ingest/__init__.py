"""Documents -> facts: loading, decoding, normalising, segmenting, extracting, resolving.

Each stage is a pure function of its input; ``ingest.pipeline.extract_document`` composes them. Nothing
here touches a store.
"""
