#!/bin/bash
# Runs once, when the postgres image initialises the primary's empty volume
# (/docker-entrypoint-initdb.d; it is executable, so the image runs it rather than sourcing it):
# a role that may stream WAL, a slot that keeps the WAL the replica has not received yet, and a
# pg_hba.conf line letting the role connect for replication (the image's own line,
# `host all all all scram-sha-256`, does not cover replication connections). The server
# restarts after the init scripts, so the new pg_hba.conf line is read.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set role="$REPLICATION_USER" --set password="$REPLICATION_PASSWORD" --set slot="$REPLICATION_SLOT" <<'SQL'
CREATE ROLE :"role" WITH REPLICATION LOGIN PASSWORD :'password';
-- A replica removed for good must have its slot dropped too, or the primary keeps WAL for it forever:
-- SELECT pg_drop_replication_slot('<slot>');
SELECT pg_create_physical_replication_slot(:'slot');
SQL

echo "host replication ${REPLICATION_USER} all scram-sha-256" >>"$PGDATA/pg_hba.conf"
