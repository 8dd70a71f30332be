"""Stage 1, sources: read feeds, archives and pages (HTTP or disk) into posts.

Everything that touches the network or the archive folder lives here: the one
HTTP client and its guards (``http``, ``safety``), the registry of source kinds
(``retrieval``), run-time fetching (``fetch``), backfill archives (``archive``),
per-source health and validators (``health``), OPML and feed discovery.
"""
