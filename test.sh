#!/usr/bin/env bash
# The test command: on a fresh machine it installs what the tests need (Debian's Chromium and the emoji font for the
# browser tests, a throwaway PostgreSQL cluster for the PostgreSQL cases), runs every test project and the crash-safety
# run, and ends with one line: "Tests: N passed, N failed, N skipped". .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
results=$(mktemp -d)
pg_data=
cleanup() {
    rm -f "$log"
    rm -rf "$results"
    if [ -n "$pg_data" ]; then
        as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$pg_data"
    fi
}
trap cleanup EXIT

# The end-to-end tests drive Debian's Chromium (they never download a browser); the emoji font keeps the ✅/❌ in
# their screenshots legible. CI runs as root; elsewhere apt-get goes through sudo.
if ! command -v chromium >/dev/null; then
    apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
    [ "$(id -u)" -eq 0 ] || apt=(sudo "${apt[@]}")
    "${apt[@]}" update
    "${apt[@]}" install -y --no-install-recommends chromium fonts-noto-color-emoji
fi

# The storage, eligibility and ticket suites also run against PostgreSQL when LPB_TEST_POSTGRES names a server where
# they may create and drop databases. Without one, a throwaway cluster from Debian's packages serves this run only:
# trust auth on 127.0.0.1, a free port, durability off (its data dies with the run), stopped by the EXIT trap.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
if [ -z "${LPB_TEST_POSTGRES:-}" ]; then
    find_pg_bin() {
        if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
            dirname "$(readlink -f "$(command -v pg_ctl)")"
        else
            find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1
        fi
    }
    pg_bin=$(find_pg_bin)
    if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
        apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
        [ "$(id -u)" -eq 0 ] || apt=(sudo "${apt[@]}")
        "${apt[@]}" update
        "${apt[@]}" install -y --no-install-recommends postgresql
        pg_bin=$(find_pg_bin)
    fi
    pg_port=$((40000 + RANDOM % 20000))
    while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
    pg_data=$(mktemp -d)
    chown postgres "$pg_data" 2>/dev/null || sudo chown postgres "$pg_data"
    as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    export LPB_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi

status=0

# The trx results carry each skipped test's reason, which the console does not.
dotnet test LearningPartnerBot.sln --logger trx --results-directory "$results" 2>&1 | tee "$log" || status=$?

# One plain closing line over all test projects, so the run is judged by counts and not only the exit code.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"

if grep -q "Test Run Aborted" "$log"; then
    echo "A test host crashed (Test Run Aborted)." >&2
    status=1
fi

# This run always has a PostgreSQL server (above), so a PostgreSQL case skipped for the lack of one means the
# server never reached the tests: they are the only run of those cases, so that is a failure, not a count.
pg_skipped=$(find "$results" -name '*.trx' -exec grep -o '<Message>LPB_TEST_POSTGRES is not set' {} + | wc -l || true)
if [ "$pg_skipped" -gt 0 ]; then
    echo "$pg_skipped PostgreSQL test case(s) were skipped (LPB_TEST_POSTGRES did not reach them); they must run in CI." >&2
    status=1
fi

CRASH_SAFETY_REQUIRE_POSTGRES=1 .ci/crash-safety || status=1
exit "$status"
