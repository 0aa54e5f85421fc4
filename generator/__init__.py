"""Explainer: sourced data about a news event -> Markdown pages for MkDocs.

The pipeline runs load -> validate -> link -> render -> write (see `generator.build`).
"""
