#!/usr/bin/env bash
# Starts PostgreSQL and Redis on loopback when they are not already answering. Idempotent.
# These are the commands of the Debian-based development and CI machines; elsewhere, run
# `docker compose -f infra/compose.yaml up -d postgres redis` instead.
set -euo pipefail

up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! up 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Starting PostgreSQL…"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  else
    echo "PostgreSQL is not running on 127.0.0.1:5432 and pg_ctlcluster is not installed." >&2
  fi
fi

if ! up 6379; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "Starting Redis…"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" \
      --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  else
    echo "Redis is not running on 127.0.0.1:6379 and redis-server is not installed." >&2
  fi
fi

for _ in $(seq 1 30); do
  if up 5432 && up 6379; then exit 0; fi
  sleep 1
done
# Not fatal here: the tests say precisely which service is missing (and fail under CI=true).
echo "Postgres or Redis is still not reachable; the tests that need them will say so." >&2
