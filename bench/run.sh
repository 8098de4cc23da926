#!/usr/bin/env bash
# The benchmark of record: the application at a million applications against PostgreSQL itself, on this machine,
# over loopback only, in about 20 minutes. Writes bench/RESULTS.md. See README.md.
#
#   bench/run.sh                   one application instance
#   bench/run.sh --instances 2     two instances behind HAProxy (bench/haproxy.cfg), on the same PostgreSQL
#
# Settings (environment): BENCH_APPLICATIONS (1000000), BENCH_COMPANIES (100000), RUSH_SMES (4000, each with a
# draft in every open programme), RUSH_CLIENTS (512), RUSH_SECONDS (60), PROFILED_RUSH_SECONDS (20), PGBENCH_SECONDS (30), LOAD_DURATION
# seconds per page (20), WARM_UP seconds (30), BENCH_BUILD=1 to build the jar anew, BENCH_OUT
# (bench/out/run-<time>) for the raw output, BENCH_RESULTS (bench/RESULTS.md; with two instances
# bench/RESULTS-2-instances.md).
set -euo pipefail

APP_INSTANCES=${APP_INSTANCES:-1}
while [[ $# -gt 0 ]]; do
	case $1 in
		--instances) APP_INSTANCES=${2:?--instances takes a number}; shift 2 ;;
		--instances=*) APP_INSTANCES=${1#*=}; shift ;;
		*) echo "unknown argument: $1 (bench/run.sh [--instances 1|2])" >&2; exit 2 ;;
	esac
done

source "$(dirname "$0")/lib/common.sh"
source "$BENCH_LIB/postgres.sh"
source "$BENCH_LIB/app.sh"
source "$BENCH_LIB/session.sh"
source "$BENCH_LIB/data.sh"
source "$BENCH_LIB/load.sh"
source "$BENCH_LIB/pgbench.sh"
source "$BENCH_LIB/profile.sh"
source "$BENCH_LIB/results.sh"

BENCH_APPLICATIONS=${BENCH_APPLICATIONS:-1000000}
BENCH_COMPANIES=${BENCH_COMPANIES:-100000}
RUSH_SMES=${RUSH_SMES:-4000}
RUSH_CLIENTS=${RUSH_CLIENTS:-512}
RUSH_SECONDS=${RUSH_SECONDS:-60}
PROFILED_RUSH_SECONDS=${PROFILED_RUSH_SECONDS:-20}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-30}
LOAD_DURATION=${LOAD_DURATION:-20}
WARM_UP=${WARM_UP:-30}
BENCH_OUT=${BENCH_OUT:-$BENCH_DIR/out/run-$(date +%Y%m%d-%H%M%S)}
# one instance's record in RESULTS.md, two instances' beside it
if (( APP_INSTANCES == 1 )); then
	BENCH_RESULTS=${BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}
else
	BENCH_RESULTS=${BENCH_RESULTS:-$BENCH_DIR/RESULTS-$APP_INSTANCES-instances.md}
fi
# the heap the application is given in production (Dockerfile); APP_JAVA_OPTS= runs it with the JVM's defaults
APP_JAVA_OPTS=${APP_JAVA_OPTS--Xmx384m}
mkdir -p "$BENCH_OUT"

log "raw output in ${BENCH_OUT#"$PROJECT_DIR"/}"
machine_summary >"$BENCH_OUT/machine.txt"
top -b -n1 -w 200 | head -20 >"$BENCH_OUT/top-start.txt"
require_packages wrk:wrk psql:postgresql-client curl:curl "$PG_BIN/pgbench:postgresql" jcmd:openjdk-17-jdk-headless
(( APP_INSTANCES == 1 )) || require_packages haproxy:haproxy

# 1. The database and the data ----------------------------------------------------------------------------------

app_build
pg_start
app_start demo
generate_applications "$BENCH_APPLICATIONS" "$BENCH_COMPANIES"
log "preparing $RUSH_SMES SMEs for the rush, each with a draft in every open programme"
pg_psql -q -v smes="$RUSH_SMES" -f "$BENCH_LIB/sql/rush.sql" >"$BENCH_OUT/rush-data.txt" 2>&1 \
	|| { tail -20 "$BENCH_OUT/rush-data.txt" >&2; die "preparing the rush failed"; }
pg_psql -A -t -F ' ' -c "select username, drafts from bench_rush_account order by username" >"$BENCH_OUT/rush-accounts.txt"
APPLICATIONS=$(pg_psql -A -t -c "select count(*) from guarantee_application")
COMPANIES=$(pg_psql -A -t -c "select count(*) from company_profile")
log "$APPLICATIONS applications of $COMPANIES companies in the database"

# From here on the database keeps what it commits, as in production: the data was loaded without.
pg_durable

# 2. Start-up, with the data in place ---------------------------------------------------------------------------

app_stop
app_start demo
# the slowest instance's start-up
STARTED_IN=$(for (( i = 1; i <= APP_INSTANCES; i++ )); do
	grep -o 'Started SangsaengApplication in [0-9.]* seconds' "$(app_log "$i")" | awk '{ print $4 }' | tail -1
done | sort -g | tail -1)
log "started in ${STARTED_IN}s"

# 3. The ceiling: PostgreSQL alone ------------------------------------------------------------------------------

pgbench_ceiling "$PGBENCH_SECONDS" >"$BENCH_OUT/pgbench.txt"
PGBENCH_SELECT_TPS=$(awk '$1 == "select-only" { print $2 }' "$BENCH_OUT/pgbench.txt")
PGBENCH_SELECT_MS=$(awk '$1 == "select-only" { print $3 }' "$BENCH_OUT/pgbench.txt")
PGBENCH_UPDATE_TPS=$(awk '$1 == "simple-update" { print $2 }' "$BENCH_OUT/pgbench.txt")
PGBENCH_UPDATE_MS=$(awk '$1 == "simple-update" { print $3 }' "$BENCH_OUT/pgbench.txt")
log "pgbench, 8 clients: select-only $PGBENCH_SELECT_TPS tps, simple-update $PGBENCH_UPDATE_TPS tps"

# 4. Pages under load: the app's own ceiling, the dashboard, the review queue --------------------------------------

MINISTRY=$(sign_in ministry)
REVIEWER=$(sign_in kodit.reviewer)
NUMBER_PREFIX=$(pg_psql -A -t -c "select left(business_registration_number, 3) from company_profile
	where name_en like 'SME %' order by id limit 1 offset 10")

# group|name|path|who
PAGES=(
	"trivial|health|/actuator/health|"
	"trivial|login page|/login|"
	"dashboard|overview|/dashboard|ministry"
	"dashboard|breakdown by region|/dashboard/breakdowns?by=region|ministry"
	"dashboard|breakdown by bank, 2026 H1|/dashboard/breakdowns?by=bank&from=2026-01&to=2026-06|ministry"
	"dashboard|breakdown by agency, 2026 Q2|/dashboard/breakdowns?by=agency&from=2026-04&to=2026-06|ministry"
	"dashboard|programme drill-down|/dashboard/breakdowns?programme=HMG-KB-WOORI|ministry"
	"dashboard|win-win finance index|/dashboard/index|ministry"
	"dashboard|open statistics (JSON)|/api/v1/statistics|"
	"queue|queue (default)|/review|reviewer"
	"queue|programme + status|/review?programme=HMG-KB-WOORI&status=UNDER_REVIEW|reviewer"
	"queue|region|/review?region=BUSAN|reviewer"
	"queue|one month, waiting longest|/review?from=2026-03-01&to=2026-03-31&sort=waiting-longest|reviewer"
	"queue|page 40|/review?page=40|reviewer"
	"queue|search: number prefix|/review?q=$NUMBER_PREFIX|reviewer"
)
cookie_of() {
	case $1 in
		ministry) echo "$MINISTRY" ;;
		reviewer) echo "$REVIEWER" ;;
		*) echo "" ;;
	esac
}

log "warming up for ${WARM_UP}s"
warm_paths=()
for page in "${PAGES[@]}"; do
	IFS='|' read -r group name path who <<<"$page"
	[[ "$who" == reviewer ]] && warm_paths+=("$path")
done
warm_up $(( WARM_UP / 2 )) "$REVIEWER" "${warm_paths[@]}"
warm_paths=()
for page in "${PAGES[@]}"; do
	IFS='|' read -r group name path who <<<"$page"
	[[ "$who" == ministry ]] && warm_paths+=("$path")
done
warm_up $(( WARM_UP / 2 )) "$MINISTRY" "${warm_paths[@]}"

PAGE_RESULTS="$BENCH_OUT/pages.tsv"
: >"$PAGE_RESULTS"
pg_statements_reset
n=0
for page in "${PAGES[@]}"; do
	IFS='|' read -r group name path who <<<"$page"
	n=$((n + 1))
	cookie=$(cookie_of "$who")
	read -r status _ seconds _ <<<"$(probe "$path" "$cookie")"
	[[ "$status" == 200 ]] || log "WARNING: $path answered $status"
	log "[$n/${#PAGES[@]}] $name: $path (HTTP $status)"
	cpu_before=$(app_cpu_ms)
	result=$(drive "$path" "$cookie")
	# the application's CPU per request of the sign-in page, as the rush's per submission below
	[[ "$name" == "login page" ]] && LOGIN_CPU_MS=$(awk -v used=$(( $(app_cpu_ms) - cpu_before )) \
		-v requests="$(cut -f2 <<<"$result")" 'BEGIN { printf "%.2f", requests ? used / requests : 0 }')
	load=$(cut -d' ' -f1 /proc/loadavg)
	# the same page for one reader at a time: what a person waits for when the machine is not saturated
	alone=$(LOAD_THREADS=1 LOAD_CONNECTIONS=1 drive "$path" "$cookie" $(( (LOAD_DURATION + 1) / 2 )))
	# group, name, path, status, then report.lua's fields: requests seconds req/s p50 p90 p95 p99 max non-2xx socket
	# timeouts, the load average, and p50 p95 p99 of one reader at a time
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$group" "$name" "$path" "$status" "$(cut -f2- <<<"$result")" "$load" \
		"$(cut -f5,7,8 <<<"$alone")" >>"$PAGE_RESULTS"
done

# 5. The opening rush, profiled --------------------------------------------------------------------------------

RUSH_BEFORE=$(pg_psql -A -t -c "select count(*) from guarantee_application where status = 'SUBMITTED'")
log "before the opening: $(wc -l <"$BENCH_OUT/rush-accounts.txt") SMEs sign in and open their draft"
timeout 1800 java "$BENCH_LIB/RushDriver.java" sign-in "$APP_URL" "$BENCH_OUT/rush-accounts.txt" "$BENCH_OUT" \
	>"$BENCH_OUT/rush.txt" 2>"$BENCH_OUT/rush-driver.log" || { cat "$BENCH_OUT/rush-driver.log" >&2; die "signing in failed"; }
balancer_requests >"$BENCH_OUT/balancer-before-rush.txt"
RUSH_CPU_BEFORE=$(app_cpu_ms)
RUSH_PG_CPU_BEFORE=$(pg_cpu_ms)
RUSH_BALANCER_CPU_BEFORE=$(balancer_cpu_ms)
read -r RUSH_MACHINE_BUSY_BEFORE RUSH_MACHINE_TOTAL_BEFORE <<<"$(machine_cpu_ms)"
log "the rush: $RUSH_CLIENTS clients, ${RUSH_SECONDS}s"
timeout $(( RUSH_SECONDS + 300 )) java -Xmx1g "$BENCH_LIB/RushDriver.java" rush "$APP_URL" "$BENCH_OUT" \
	"$RUSH_CLIENTS" "$RUSH_SECONDS" >>"$BENCH_OUT/rush.txt" 2>>"$BENCH_OUT/rush-driver.log" \
	|| { cat "$BENCH_OUT/rush-driver.log" >&2; die "the load driver failed"; }
RUSH_CPU_MS=$(( $(app_cpu_ms) - RUSH_CPU_BEFORE ))
RUSH_PG_CPU_MS=$(( $(pg_cpu_ms) - RUSH_PG_CPU_BEFORE ))
RUSH_BALANCER_CPU_MS=$(( $(balancer_cpu_ms) - RUSH_BALANCER_CPU_BEFORE ))
read -r busy total <<<"$(machine_cpu_ms)"
RUSH_MACHINE_BUSY_MS=$(( busy - RUSH_MACHINE_BUSY_BEFORE ))
RUSH_MACHINE_TOTAL_MS=$(( total - RUSH_MACHINE_TOTAL_BEFORE ))
balancer_requests >"$BENCH_OUT/balancer-after-rush.txt"
APP_RSS_MIB=$(app_rss_mib)
# a value the driver printed (key=value) into one of its outputs
driver_said() { awk -F= -v key="$2" '$1 == key { print $2 }' "$BENCH_OUT/$1" 2>/dev/null; }
rush() { driver_said rush.txt "$1"; }
recorded() { driver_said rush-recorded.txt "$1"; }
log "rush: $(rush rush_submitted) submitted, $(rush rush_submissions_per_second)/s, p99 $(rush rush_submission_p99_ms) ms"

# The profile comes from a second, shorter rush with the drafts left: recording costs the rush about half its
# throughput (measured: 62.6 submissions/s and 17.6 ms of CPU each without, 39.6/s and 37.3 ms even with JFR's default
# settings), so the measured rush above runs without it.
jcmd "$APP_PID" JFR.start name=rush settings=profile filename="$BENCH_OUT/rush.jfr" >/dev/null \
	|| log "WARNING: JFR could not start"
log "the recorded rush: $RUSH_CLIENTS clients, ${PROFILED_RUSH_SECONDS}s, with the drafts not submitted yet"
timeout $(( PROFILED_RUSH_SECONDS + 300 )) java -Xmx1g "$BENCH_LIB/RushDriver.java" rush "$APP_URL" "$BENCH_OUT" \
	"$RUSH_CLIENTS" "$PROFILED_RUSH_SECONDS" recorded >"$BENCH_OUT/rush-recorded.txt" 2>>"$BENCH_OUT/rush-driver.log" \
	|| { cat "$BENCH_OUT/rush-driver.log" >&2; die "the load driver failed"; }
jcmd "$APP_PID" JFR.stop name=rush >/dev/null || true
cat "$BENCH_OUT/recorded-submitted-ids.txt" >>"$BENCH_OUT/submitted-ids.txt"

# every submission the driver saw a receipt for is in the database, submitted, with its receipt; nothing half-written
tr '\n' ',' <"$BENCH_OUT/submitted-ids.txt" | sed 's/,$//' >"$BENCH_OUT/submitted-ids.csv"
LOST=$(pg_psql -A -t -c "select count(*) from unnest(string_to_array('$(cat "$BENCH_OUT/submitted-ids.csv")', ',')::bigint[]) id
	where not exists (select 1 from guarantee_application a where a.id = id and a.status = 'SUBMITTED'
	                  and a.receipt_number is not null and a.submitted_at is not null)")
HALF_WRITTEN=$(pg_psql -A -t -c "select count(*) from guarantee_application
	where (status = 'SUBMITTED') <> (receipt_number is not null and submitted_at is not null) and status in ('DRAFT', 'SUBMITTED')")
# receipts: none given twice, and within each programme in the order the submissions were taken in (acceptance time)
RECEIPTS_REPEATED=$(pg_psql -A -t -c "select count(*) - count(distinct receipt_number) from guarantee_application
	where receipt_number is not null")
RECEIPTS_OUT_OF_ORDER=$(pg_psql -A -t -c "select count(*) from (
	select submitted_at, lag(submitted_at) over (partition by programme_code order by receipt_number) earlier
	from guarantee_application
	where id = any(string_to_array('$(cat "$BENCH_OUT/submitted-ids.csv")', ',')::bigint[])) rush
	where earlier > submitted_at")
# the scheduled jobs that must run on one instance at a time, and where each last ran
pg_psql -A -t -F ' ' -c "select name, locked_by, locked_at from shedlock order by name" >"$BENCH_OUT/scheduled-jobs.txt" || true
RUSH_AFTER=$(pg_psql -A -t -c "select count(*) from guarantee_application where status = 'SUBMITTED'")
COUNTS_AGREE=$(pg_psql -A -t -c "select count(*) = 0 from (
	select programme_code, status, count(*) n from guarantee_application where receipt_number is not null group by 1, 2) a
	full join (select programme_code, status, sum(applications) n from submitted_application_count group by 1, 2
	           having sum(applications) <> 0) c using (programme_code, status)
	where a.n is distinct from c.n")
log "lost: $LOST, half-written: $HALF_WRITTEN, newly submitted in the database: $(( RUSH_AFTER - RUSH_BEFORE ))"
log "receipts given twice: $RECEIPTS_REPEATED, out of acceptance order: $RECEIPTS_OUT_OF_ORDER; CPU per submission: $(awk -v c="$RUSH_CPU_MS" -v n="$(rush rush_submitted)" 'BEGIN { printf "%.1f", n ? c / n : 0 }') ms"

jfr_hot_methods "$BENCH_OUT/rush.jfr" 15 >"$BENCH_OUT/rush-hot-methods.txt" || true
pg_statements_report 15 >"$BENCH_OUT/statements.txt" || true
top -b -n1 -w 200 | head -20 >"$BENCH_OUT/top-end.txt"

# 6. RESULTS.md -------------------------------------------------------------------------------------------------

write_results >"$BENCH_RESULTS"
cp "$BENCH_RESULTS" "$BENCH_OUT/RESULTS.md"
log "done: ${BENCH_RESULTS#"$PROJECT_DIR"/} ($(( ($(date +%s) - BENCH_STARTED_AT) / 60 )) min)"
