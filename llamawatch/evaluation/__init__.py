"""Evaluation: how well extraction and state match the truth, and the analyst's review.

``extraction`` scores extracted facts against gold, ``state`` scores the resolved
state and its change events, and ``review`` applies an analyst's accept/reject
decisions and scores the extractor against them. All are pure functions over records.
"""
