#!/usr/bin/env bash
# The review queue at a million applications: real HTTP against the real application (the jar), signed in as an
# agency reviewer, on a scratch PostgreSQL holding generated applications. See README.md.
#
#   bench/review-queue.sh
#
# Settings (environment): BENCH_APPLICATIONS (1000000), BENCH_COMPANIES (100000), LOAD_DURATION seconds per page
# (30), LOAD_THREADS (2), LOAD_CONNECTIONS (8), WARM_UP seconds (30), BENCH_TARGET_P95_MS (100), BENCH_BUILD=1 to
# build the jar anew, BENCH_OUT (bench/out/review-queue-<time>) for the results.
set -euo pipefail

source "$(dirname "$0")/lib/common.sh"
source "$BENCH_LIB/postgres.sh"
source "$BENCH_LIB/app.sh"
source "$BENCH_LIB/session.sh"
source "$BENCH_LIB/data.sh"
source "$BENCH_LIB/load.sh"

BENCH_APPLICATIONS=${BENCH_APPLICATIONS:-1000000}
BENCH_COMPANIES=${BENCH_COMPANIES:-100000}
WARM_UP=${WARM_UP:-30}
BENCH_TARGET_P95_MS=${BENCH_TARGET_P95_MS:-100}
BENCH_OUT=${BENCH_OUT:-$BENCH_DIR/out/review-queue-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$BENCH_OUT/plans"

log "results in ${BENCH_OUT#"$PROJECT_DIR"/}"
machine_summary >"$BENCH_OUT/machine.txt"
# the machine may be shared: what else ran at the start and at the end
top -b -n1 -w 200 | head -20 >"$BENCH_OUT/top-start.txt"
require_packages wrk:wrk psql:postgresql-client curl:curl

app_build
pg_start
# the demo profile brings the demo accounts (kodit.reviewer, …) and a few hundred demo applications
app_start demo
generate_applications "$BENCH_APPLICATIONS" "$BENCH_COMPANIES"
pg_psql -A -t -c "select count(*) from guarantee_application" >"$BENCH_OUT/applications.txt"
log "$(cat "$BENCH_OUT/applications.txt") applications in the database"

REVIEWER=kodit.reviewer
COOKIE=$(sign_in "$REVIEWER")
log "signed in as $REVIEWER"

# search terms taken from the generated data: the first three digits of a business number, and the end of a
# company name (a syllable and the line of business, as a reviewer remembers it)
NUMBER_PREFIX=$(pg_psql -A -t -c "select left(business_registration_number, 3) from company_profile
	where name_en like 'SME %' order by id limit 1 offset 10")
NAME_PART=$(pg_psql -A -t -c "select right(name_ko, 3) from company_profile
	where name_en like 'SME %' and name_ko like '%정밀' order by id limit 1 offset 10")
# every byte as %XX: valid in a query string, whatever the text
urlencode() {
	printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n' | sed 's/../%&/g'
}

# name, path: the pages measured. The first two need no sign-in: the application's own ceiling.
PAGES=(
	"health|/actuator/health"
	"login page|/login"
	"queue (default)|/review"
	"page 40|/review?page=40"
	"programme + status|/review?programme=HMG-KB-WOORI&status=UNDER_REVIEW"
	"region|/review?region=BUSAN"
	"industry|/review?industry=C"
	"amount range|/review?min=500000000&max=1000000000"
	"period (March)|/review?from=2026-03-01&to=2026-03-31"
	"period, waiting longest|/review?from=2026-03-01&to=2026-03-31&sort=waiting-longest"
	"assigned to me|/review?assigned=me"
	"unassigned|/review?assigned=none"
	"overdue|/review?overdue=true"
	"sort: amount high|/review?sort=amount-high"
	"sort: newest|/review?sort=newest"
	"sort: waiting longest|/review?sort=waiting-longest"
	"search: number prefix $NUMBER_PREFIX|/review?q=$NUMBER_PREFIX"
	"search: name part $NAME_PART|/review?q=$(urlencode "$NAME_PART")"
)

queue_paths=()
for page in "${PAGES[@]}"; do
	[[ "${page#*|}" == /review* ]] && queue_paths+=("${page#*|}")
done
log "warming up for ${WARM_UP}s on the ${#queue_paths[@]} queue pages in turn"
warm_up "$WARM_UP" "$COOKIE" "${queue_paths[@]}"

RESULTS="$BENCH_OUT/results.tsv"
printf 'page\tpath\tstatus\trows\tfirst_ms\trequests\tseconds\trequests_per_s\tp50_ms\tp90_ms\tp95_ms\tp99_ms\tmax_ms\tnon_2xx\tsocket_errors\ttimeouts\tload_average\n' \
	>"$RESULTS"
pg_statements_reset
n=0
for page in "${PAGES[@]}"; do
	name=${page%%|*} path=${page#*|}
	n=$((n + 1))
	cookie=$COOKIE
	[[ "$path" == /review* ]] || cookie=
	read -r status bytes seconds rows <<<"$(probe "$path" "$cookie")"
	[[ "$status" == 200 ]] || log "WARNING: $path answered $status"
	log "[$n/${#PAGES[@]}] $name: $path (HTTP $status, $rows applications on the page, first answer ${seconds}s)"
	result=$(drive "$path" "$cookie")
	load=$(cut -d' ' -f1 /proc/loadavg)
	printf '%s\t%s\t%s\t%s\t%.0f\t%s\t%s\n' "$name" "$path" "$status" "$rows" "$(awk -v s="$seconds" 'BEGIN { print s * 1000 }')" \
		"$(cut -f2- <<<"$result")" "$load" >>"$RESULTS"
	awk -F'\t' -v name="$name" '{ printf "        %s: %s req/s, p50 %s ms, p95 %s ms, p99 %s ms, non-2xx %s\n", name, $4, $5, $7, $8, $10 }' \
		<<<"$result" >&2
done
APP_RSS_MIB=$(app_rss_mib)
top -b -n1 -w 200 | head -20 >"$BENCH_OUT/top-end.txt"
log "application RSS after the load: ${APP_RSS_MIB} MiB"
pg_statements_report 25 >"$BENCH_OUT/statements.txt"

# the SQL behind each queue page, with plans, timings and buffers: one request per page, traced
log "tracing the SQL of each queue page"
for page in "${PAGES[@]}"; do
	name=${page%%|*} path=${page#*|}
	[[ "$path" == /review* ]] || continue
	file="$BENCH_OUT/plans/$(tr -c 'a-zA-Z0-9\n' '-' <<<"$name" | tr -s '-' | sed 's/-$//').txt"
	pg_trace_begin
	probe "$path" "$COOKIE" >/dev/null
	pg_trace_end "$file"
done
pg_psql -A -t -c "select name || ' = ' || setting || coalesce(' ' || unit, '') from pg_settings
	where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'jit', 'random_page_cost',
	               'max_parallel_workers_per_gather', 'lc_collate', 'server_version')" >"$BENCH_OUT/postgres-settings.txt"
pg_psql -A -t -c "select pg_size_pretty(pg_total_relation_size('guarantee_application'))" >"$BENCH_OUT/table-size.txt"

# summary.md: the table of RESULTS.md
{
	echo "# Review queue at $(cat "$BENCH_OUT/applications.txt") applications"
	echo
	sed 's/^/- /' "$BENCH_OUT/machine.txt"
	echo "- applications table with indexes: $(cat "$BENCH_OUT/table-size.txt")"
	echo "- signed in as $REVIEWER; wrk ${LOAD_THREADS} threads, ${LOAD_CONNECTIONS} connections, ${LOAD_DURATION}s per page after ${WARM_UP}s of warm-up"
	echo "- application RSS after the load: ${APP_RSS_MIB} MiB"
	echo "- whole run: $(( ($(date +%s) - BENCH_STARTED_AT) / 60 )) min $(( ($(date +%s) - BENCH_STARTED_AT) % 60 )) s"
	echo
	echo "| page | rows | alone ms | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | non-2xx | errors | p95 < ${BENCH_TARGET_P95_MS} ms | load |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
	tail -n +2 "$RESULTS" | awk -F'\t' -v target="$BENCH_TARGET_P95_MS" '{
		verdict = ($11 + 0 < target) ? "yes" : sprintf("**no**, +%.0f ms (%.1f×)", $11 - target, $11 / target)
		printf "| %s `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $4, $5, $6, $8, $9, $11, $12, $13, $14, $15 + $16, verdict, $17
	}'
} >"$BENCH_OUT/summary.md"
cat "$BENCH_OUT/summary.md"
log "done: ${BENCH_OUT#"$PROJECT_DIR"/}/summary.md"
