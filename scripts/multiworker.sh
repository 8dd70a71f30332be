#!/usr/bin/env bash
# Prove that a backfill split into chunks runs on two Prefect workers at once,
# against PostgreSQL, without duplicate posts, facts or events.
#
#   scripts/multiworker.sh [SOURCE...]      # default: the bundled demo archive
#
# What it does, all on loopback, and undoes on exit (KEEP=1 keeps the databases):
#   1. creates two fresh PostgreSQL databases: one for llamawatch's data, one for Prefect;
#   2. starts a Prefect server on that PostgreSQL (PREFECT_SERVER_DATABASE_CONNECTION_URL);
#   3. creates the process work pool `llamawatch` and starts two workers on it;
#   4. deploys backfill/llamawatch from prefect.yaml and runs one flow run per chunk
#      of the backfill plan (llamawatch.sources.archive.plan_chunks), all at once;
#   5. waits for every run, shows which worker ran which chunk, then checks the
#      data for duplicates and compares it with a one-process run into a third database.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth), psql, and the
# llamawatch venv with asyncpg (Prefect's PostgreSQL driver).
# Environment: PG (default postgresql://postgres@127.0.0.1:5432), VENV (default: the
# active virtual environment, else the one of python3 on PATH), PORT (Prefect API port, default a free one),
# CHUNK_SIZE (default 4), TIMEOUT (seconds to wait for the runs, default 600).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-${VIRTUAL_ENV:-$(dirname "$(dirname "$(command -v python3)")")}}"
PY="$VENV/bin/python"
PREFECT="$VENV/bin/prefect"
PG="${PG:-postgresql://postgres@127.0.0.1:5432}"
CHUNK_SIZE="${CHUNK_SIZE:-4}"
TIMEOUT="${TIMEOUT:-600}"
TAG="mw$$"
DATA_DB="llamawatch_${TAG}"
REF_DB="llamawatch_${TAG}_ref"
PREFECT_DB="prefect_${TAG}"
WORK="$(mktemp -d -t llamawatch-multiworker.XXXXXX)"
PIDS=()

if [ "$#" -eq 0 ]; then
    set -- "$("$PY" -c 'from llamawatch.config import demo_archive_path; print(demo_archive_path())')"
fi
SOURCES_JSON="$("$PY" -c 'import json, os, sys; print(json.dumps([os.path.abspath(s) if not s.startswith(("http:", "https:")) else s for s in sys.argv[1:]]))' "$@")"

log() { printf '\n==> %s\n' "$*"; }
psql_admin() { psql "$PG/postgres" -v ON_ERROR_STOP=1 -qAt "$@"; }

cleanup() {
    status=$?
    trap - EXIT INT TERM
    log "cleaning up"
    # Every process we started leads its own process group (setsid): stop the groups.
    for pid in "${PIDS[@]}"; do
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    done
    if [ "${KEEP:-0}" != 1 ]; then
        for db in "$DATA_DB" "$REF_DB" "$PREFECT_DB"; do
            psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true
        done
        rm -rf "$WORK"
    else
        echo "kept databases $DATA_DB $REF_DB $PREFECT_DB and logs in $WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start() {  # start NAME CMD...: run CMD in its own process group, logging to $WORK/NAME.log
    local name="$1"; shift
    setsid "$@" >"$WORK/$name.log" 2>&1 &
    PIDS+=("$!")
    echo "started $name (pid $!), log $WORK/$name.log"
}

"$PY" -c 'import asyncpg' 2>/dev/null || {
    echo "asyncpg is missing: $VENV/bin/pip install asyncpg" >&2; exit 1; }

PORT="${PORT:-$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
export PREFECT_HOME="$WORK/prefect-home"
export PREFECT_API_URL="http://127.0.0.1:$PORT/api"
export PREFECT_SERVER_DATABASE_CONNECTION_URL="postgresql+asyncpg://${PG#postgresql://}/$PREFECT_DB"
export PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1
export PREFECT_LOGGING_LEVEL="${PREFECT_LOGGING_LEVEL:-INFO}"
export LLAMAWATCH_DB="$PG/$DATA_DB"
export LLAMAWATCH_OUTPUT="$WORK/site"

log "creating databases $DATA_DB, $REF_DB (llamawatch) and $PREFECT_DB (Prefect)"
for db in "$DATA_DB" "$REF_DB" "$PREFECT_DB"; do psql_admin -c "CREATE DATABASE \"$db\""; done

log "starting the Prefect server on $PREFECT_API_URL (PostgreSQL)"
start server "$PREFECT" server start --host 127.0.0.1 --port "$PORT"
for i in $(seq 1 120); do
    if "$PY" -c "import httpx, sys; sys.exit(httpx.get('$PREFECT_API_URL/health', timeout=2).status_code != 200)" 2>/dev/null; then
        echo "server answers after ~$((i / 2)) s"; break
    fi
    [ "$i" -eq 120 ] && { echo "server did not start:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
    sleep 0.5
done
"$VENV/bin/llamawatch" serve --check

log "work pool llamawatch (process) and two workers"
"$PREFECT" work-pool create llamawatch --type process --overwrite >/dev/null
start worker-a "$PREFECT" worker start --pool llamawatch --name worker-a --limit 1
start worker-b "$PREFECT" worker start --pool llamawatch --name worker-b --limit 1

log "deploying backfill/llamawatch from prefect.yaml"
(cd "$REPO" && "$PREFECT" --no-prompt deploy --name backfill_flow/llamawatch) >"$WORK/deploy.log" 2>&1 || {
    cat "$WORK/deploy.log" >&2; exit 1; }
grep -E "Deployment '.*' successfully created" "$WORK/deploy.log" || tail -5 "$WORK/deploy.log"

log "running the backfill of $SOURCES_JSON in chunks of $CHUNK_SIZE on both workers"
"$PY" - "$SOURCES_JSON" "$CHUNK_SIZE" "$TIMEOUT" "$WORK" <<'PY'
"""Plan the chunks, start one flow run per chunk, wait for all, show who ran what."""
import asyncio
import json
import sys
import time
from pathlib import Path

from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment

from llamawatch.sources.archive import iter_items, plan_chunks

sources, chunk_size, timeout, work = json.loads(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), Path(sys.argv[4])
plan = plan_chunks(iter_items(sources), chunk_size)
print(f"{sum(len(c.items) for c in plan)} posts in {len(plan)} chunks")
runs = []
for chunk in plan:
    parameters = {"sources": sources, "chunk_size": chunk_size, "chunks": [chunk.index],
                  "workers": 1, "write_site": False}
    run = run_deployment("backfill/llamawatch", parameters=parameters, timeout=0,
                         flow_run_name=f"backfill chunk {chunk.index}")
    runs.append((chunk, run.id))


async def wait_all():
    async with get_client() as client:
        deadline = time.monotonic() + timeout
        while True:
            states = {rid: (await client.read_flow_run(rid)).state for _, rid in runs}
            if all(s and s.is_final() for s in states.values()) or time.monotonic() > deadline:
                return states
            await asyncio.sleep(1)

started = time.monotonic()
states = asyncio.run(wait_all())
print(f"all runs ended after {time.monotonic() - started:.1f} s")
logs = {name: (work / f"{name}.log").read_text(errors="replace") for name in ("worker-a", "worker-b")}
failed = 0
for chunk, rid in runs:
    state = states[rid]
    ran_on = [name for name, text in logs.items() if str(rid) in text] or ["?"]
    print(f"  chunk {chunk.index:3d} ({len(chunk.items)} items) {state.name if state else '?':10s} on {','.join(ran_on)}")
    failed += not (state and state.is_completed())
used = {name for name, text in logs.items() if any(str(rid) in text for _, rid in runs)}
print(f"workers used: {sorted(used)}")
sys.exit(1 if failed else 0)
PY

log "checking $DATA_DB for duplicates"
DUPES="$(psql "$PG/$DATA_DB" -v ON_ERROR_STOP=1 -qAt <<'SQL'
SELECT 'posts with one key and version stored twice: ' || count(*) FROM (
  SELECT post_key, version FROM posts GROUP BY 1, 2 HAVING count(*) > 1) d;
SELECT 'posts with two current versions: ' || count(*) FROM (
  SELECT post_key FROM posts WHERE is_current GROUP BY 1 HAVING count(*) > 1) d;
SELECT 'posts with the same content stored under two keys: ' || count(*) FROM (
  SELECT content_hash FROM posts WHERE is_current GROUP BY 1 HAVING count(*) > 1) d;
SELECT 'facts stored twice for one post: ' || count(*) FROM (
  SELECT post_id, model, attribute, value::text, evidence FROM facts
  GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1) d;
SELECT 'live events for the same transition: ' || count(*) FROM (
  SELECT model, attribute, new::text, date FROM events WHERE superseded_at IS NULL
  GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d;
SQL
)"
echo "$DUPES"

log "the same backfill in one process, into $REF_DB, for comparison"
# `python -c`, not a script on stdin: the extraction processes re-import the main module.
"$PY" -c '
import json, sys
from llamawatch.flows.backfill import backfill_flow
backfill_flow(sources=json.loads(sys.argv[1]), db_url=sys.argv[2], chunk_size=int(sys.argv[3]),
              write_site=False)
' "$SOURCES_JSON" "$PG/$REF_DB" "$CHUNK_SIZE" >"$WORK/reference.log" 2>&1 || {
    tail -20 "$WORK/reference.log" >&2; exit 1; }
counts() {
    psql "$PG/$1" -qAt -c "SELECT 'posts ' || (SELECT count(*) FROM posts) || ', facts ' ||
        (SELECT count(*) FROM facts) || ', live events ' ||
        (SELECT count(*) FROM events WHERE superseded_at IS NULL) || ', state rows ' ||
        (SELECT count(*) FROM model_state)"
}
fingerprint() {  # fingerprint DB [posts|facts|all]: what runs must agree on, without ids or times
    local part="${2:-all}"
    psql "$PG/$1" -qAt -c "SELECT md5(coalesce(string_agg(line, E'\n' ORDER BY line), '')) FROM (
        SELECT 'p ' || post_key || ' ' || version || ' ' || content_hash AS line FROM posts
            WHERE '$part' IN ('posts', 'all')
        UNION ALL SELECT 'f ' || p.post_key || ' ' || f.model || ' ' || f.attribute || ' ' || f.value::text
            FROM facts f JOIN posts p ON p.id = f.post_id WHERE '$part' IN ('facts', 'all')
        UNION ALL SELECT 'e ' || model || ' ' || attribute || ' ' || coalesce(old::text, '') || ' '
            || new::text || ' ' || date FROM events WHERE superseded_at IS NULL AND '$part' = 'all'
        UNION ALL SELECT 's ' || model || ' ' || attribute || ' ' || value::text FROM model_state
            WHERE '$part' = 'all') x"
}
echo "two workers: $(counts "$DATA_DB")"
echo "one process: $(counts "$REF_DB")"

log "recomputing the whole history of $DATA_DB in one transaction (rolled back)"
# The invariant that matters: the history that concurrent workers maintained is
# exactly what one process computes from the same stored facts.
"$PY" -c '
import sys
from sqlalchemy import text
from sqlalchemy.orm import Session
from llamawatch.storage.db import open_database
from llamawatch.storage.history import refresh_history

engine = open_database(sys.argv[1])
state_sql = text("SELECT model, attribute, CAST(value AS TEXT), certainty, since FROM model_state ORDER BY 1, 2")
with Session(engine) as session:
    before = session.execute(state_sql).all()
    diff = refresh_history(session, None, mode="baseline")
    session.flush()
    after = session.execute(state_sql).all()
    session.rollback()
changed = sorted(set(before) ^ set(after))
print(f"events a fresh recomputation would add {len(diff.added)}, remove {len(diff.removed)}, "
      f"alter {len(diff.altered)}; state rows that would change {len(changed)}")
for event in diff.added + diff.removed:
    print("   ", event.model, event.attribute, event.old, "->", event.new, event.date)
for row in changed[:10]:
    print("    state", row)
sys.exit(0 if diff.empty and not changed else 1)
' "$PG/$DATA_DB" || { log "FAILED: the two-worker history differs from a recomputation"; exit 1; }

if echo "$DUPES" | grep -qv ': 0$'; then
    log "FAILED: duplicates found"; exit 1
fi
if [ "$(fingerprint "$DATA_DB" facts)" != "$(fingerprint "$REF_DB" facts)" ]; then
    echo "note: the extractor gave different facts in the two runs (was its code edited meanwhile?);"
    echo "      posts $( [ "$(fingerprint "$DATA_DB" posts)" = "$(fingerprint "$REF_DB" posts)" ] && echo same || echo DIFFERENT ),"
    echo "      so events and state are checked by the recomputation above only."
elif [ "$(fingerprint "$DATA_DB")" != "$(fingerprint "$REF_DB")" ]; then
    log "FAILED: the two-worker database differs from the one-process run"; exit 1
else
    echo "posts, facts, events and state are identical to the one-process run"
fi
log "OK: no duplicates; history consistent with the stored facts"
