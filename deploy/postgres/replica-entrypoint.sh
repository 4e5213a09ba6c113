#!/bin/bash
# Entrypoint of the replica (the postgres image, run as the postgres user): on an empty volume,
# copy the primary with pg_basebackup (which also writes standby.signal and primary_conninfo,
# --write-recovery-conf), then run PostgreSQL as a hot standby that streams the primary's WAL.
# Later starts find the copy and only stream.
set -euo pipefail

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "replica: copying the primary ${PRIMARY_HOST} (pg_basebackup)"
  # The primary may still be initialising: try again until it answers.
  until PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup \
    --pgdata="$PGDATA" --host="$PRIMARY_HOST" --port="${PRIMARY_PORT:-5432}" --username="$REPLICATION_USER" \
    --slot="$REPLICATION_SLOT" --wal-method=stream --checkpoint=fast --write-recovery-conf --no-password; do
    echo "replica: primary not ready; retrying in 2 s"
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  # The image's volume folder is world-writable (1777); PostgreSQL insists on 0700.
  chmod 0700 "$PGDATA"
  # pg_basebackup wrote primary_conninfo with the password it was given (postgresql.auto.conf);
  # the primary's address is a compose service name, so the copy follows the service.
fi

# hot_standby_feedback: the primary keeps rows a running reader's query still needs, instead of the
# replica cancelling the query ("conflict with recovery") when VACUUM removes them.
exec postgres -c hot_standby=on -c hot_standby_feedback=on
