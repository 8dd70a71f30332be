"""Stage 5, publishing: records in, pages, charts, digests and feeds out.

``render``, ``site``, ``svg`` and ``review_page`` are pure (records in, files or
strings out); ``publish`` is the glue that loads their records from storage.
"""
