"""The graph: model values, identities, vocabulary, stores, RDF and analytics."""
