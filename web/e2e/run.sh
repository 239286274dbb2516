#!/usr/bin/env bash
# End-to-end run: fresh SQLite database, migrate, seed, serve, drive the browser app.
#
# Run from the repository root:   bash web/e2e/run.sh            (every script)
#                                  bash web/e2e/run.sh events feeds   (only these, in run order)
# Env overrides: E2E_SKIP_BUILD=1 (reuse web/dist), SCREENSHOT, EVENTS_SCREENSHOT, ACCOUNTS_SCREENSHOT, MISSIONS_SCREENSHOT,
# FEEDS_SCREENSHOT, REVIEW_SCREENSHOT, OBSERVER_SCREENSHOT, E2E_EXPECT_ORG,
# CHROMIUM_PATH.
set -uo pipefail

if [[ ! -x .venv/bin/pluralis || ! -d web ]]; then
  echo "e2e: run from the repository root (needs .venv/bin/pluralis and web/)" >&2
  exit 2
fi

tmp="$(mktemp -d -t pluralis-e2e.XXXXXX)"
server_pid=""

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    # The server runs in its own process group, so this also stops any children.
    kill -TERM -- "-$server_pid" 2>/dev/null || kill -TERM "$server_pid" 2>/dev/null
    for _ in $(seq 1 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
  echo "e2e: $*" >&2
  if [[ -f "$tmp/server.log" ]]; then
    echo "---- server log (last 40 lines) ----" >&2
    tail -n 40 "$tmp/server.log" >&2
  fi
  exit 1
}

# The server serves web/dist, so build the app under test first.
if [[ ! -d web/node_modules ]]; then
  (cd web && npm ci --no-audit --no-fund) || fail "npm ci failed"
fi
if [[ "${E2E_SKIP_BUILD:-0}" != "1" || ! -f web/dist/index.html ]]; then
  (cd web && npm run build --silent) >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; fail "web build failed"; }
fi

export DATABASE_URL="sqlite+aiosqlite:///$tmp/e2e.db"

.venv/bin/pluralis migrate >"$tmp/migrate.log" 2>&1 || { cat "$tmp/migrate.log" >&2; fail "pluralis migrate failed"; }
.venv/bin/pluralis seed >"$tmp/seed.log" 2>&1 || { cat "$tmp/seed.log" >&2; fail "pluralis seed failed"; }

port="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base_url="http://127.0.0.1:$port"

setsid .venv/bin/pluralis serve --host 127.0.0.1 --port "$port" >"$tmp/server.log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + 30))
until curl -fs -o /dev/null --max-time 2 "$base_url/healthz"; do
  kill -0 "$server_pid" 2>/dev/null || fail "the server exited before becoming healthy"
  ((SECONDS < deadline)) || fail "no healthy answer from $base_url/healthz within 30s"
  sleep 0.3
done
echo "e2e: server healthy at $base_url"

mkdir -p var
status=0

# One browser script against this server: its name, its screenshot (overridable), its file.
# Every script runs even after a failure; the run fails if any of them did.
only=" $* "
run_script() {
  local name="$1" screenshot="$2"
  if [[ "$only" != "  " && "$only" != *" $name "* ]]; then
    return
  fi
  echo "e2e: $name"
  BASE_URL="$base_url" \
    SCREENSHOT="$screenshot" \
    E2E_EMAIL="admin@pluralis.example" \
    E2E_PASSWORD="pluralis-demo" \
    node "web/e2e/$name.e2e.mjs"
  local script_status=$?
  if [[ $status -eq 0 ]]; then
    status=$script_status
  fi
}

run_script signin "${SCREENSHOT:-var/e2e-organizations.png}"
# Events after the sign-in checks, on the same server.
run_script events "${EVENTS_SCREENSHOT:-var/e2e-events.png}"
# The front door (issue 11): home, not-found, sign-in, hover and focus. Before feeds, which
# cancels the seeded public conference this script opens; its sign-in rate limit (last) is for
# a made-up address and stays far below the per-client limit.
run_script frontdoor "${FRONTDOOR_SCREENSHOT:-var/e2e-frontdoor.png}"
# Getting in (issue 8): invitations by email and SMS, two-factor, SMS codes.
run_script accounts "${ACCOUNTS_SCREENSHOT:-var/e2e-accounts.png}"
# Missions (issue 10), organizer side: create, import stations and observers, partner privacy.
run_script missions "${MISSIONS_SCREENSHOT:-var/e2e-missions.png}"
# Calendar feeds (issue 9): after the scripts that read the seeded public conference, which it
# cancels.
run_script feeds "${FEEDS_SCREENSHOT:-var/e2e-feeds.png}"
# Review and the incident desk (issue 10): builds its own mission over GraphQL.
run_script review "${REVIEW_SCREENSHOT:-var/e2e-review.png}"
# The observer's phone form offline (issue 10): sets up its own mission too.
run_script observer "${OBSERVER_SCREENSHOT:-var/e2e-observer.png}"
# People and organization pages (issue 11): directory, person, organization, tokens, requests.
run_script people "${PEOPLE_SCREENSHOT:-var/e2e-people.png}"
# The events calendar (issue 11): creates its own events over GraphQL.
run_script calendar "${CALENDAR_SCREENSHOT:-var/e2e-calendar.png}"
# The event editor (issue 11, item 4): a two-day conference from draft to published.
run_script editor "${EDITOR_SCREENSHOT:-var/e2e-editor.png}"
# Event invitations (issue 11): sets up its own invite-only meeting over GraphQL.
run_script invitations "${INVITATIONS_SCREENSHOT:-var/e2e-invitations.png}"

if [[ $status -ne 0 ]]; then
  echo "---- server log (last 40 lines) ----" >&2
  tail -n 40 "$tmp/server.log" >&2
fi
exit $status
