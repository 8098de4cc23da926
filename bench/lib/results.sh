# bench/RESULTS.md from the raw output of run.sh in BENCH_OUT: targets first, then the measurements behind them.
# bench/RESULTS-notes.md, where present, is added at the end: what a person read in the profile of the run.

# a number compared with a target: "yes" or "**no**, by …"
verdict_below() {
	awk -v value="$1" -v target="$2" -v unit="$3" 'BEGIN {
		if (value == "" || value == "-") { print "not measured"; exit }
		if (value + 0 < target + 0) print "yes"; else printf "**no**, by %.0f %s (%.1f×)\n", value - target, unit, value / target }'
}

verdict_above() {
	awk -v value="$1" -v target="$2" 'BEGIN {
		if (value == "" || value == "-") { print "not measured"; exit }
		if (value + 0 >= target + 0) print "yes"; else printf "**no**, %.0f %% of the target\n", 100 * value / target }'
}

# A row of the CPU table: what, its CPU over the rush in ms, per submission and as a share of the machine's time.
cpu_row() {
	awk -v what="$1" -v ms="$2" -v n="$(rush rush_submitted)" -v total="$RUSH_MACHINE_TOTAL_MS" \
		'BEGIN { printf "| %s | %d | %.1f | %.0f %% |\n", what, ms, n ? ms / n : 0, total ? 100 * ms / total : 0 }'
}

write_results() {
	local rush_errors rush_ratio submissions_per_second worst_dashboard worst_queue worst_dashboard_alone worst_queue_alone
	local trivial_rps login_rps dashboard_rps login_ratio cpu_per_submission month_queue
	rush_errors=$(( $(rush rush_other_status) + $(rush rush_timeout) + $(rush rush_connection_error)
		+ $(rush rush_refused_by_the_app) + $(rush rush_sent_to_sign_in) ))
	submissions_per_second=$(rush rush_submissions_per_second)
	rush_ratio=$(awk -v s="$submissions_per_second" -v p="$PGBENCH_UPDATE_TPS" 'BEGIN { printf "%.1f", 100 * s / p }')
	worst_dashboard=$(awk -F'\t' '$1 == "dashboard" { if ($10 > worst) worst = $10 } END { print worst + 0 }' "$PAGE_RESULTS")
	worst_queue=$(awk -F'\t' '$1 == "queue" { if ($10 > worst) worst = $10 } END { print worst + 0 }' "$PAGE_RESULTS")
	worst_dashboard_alone=$(awk -F'\t' '$1 == "dashboard" { if ($18 > worst) worst = $18 } END { print worst + 0 }' "$PAGE_RESULTS")
	worst_queue_alone=$(awk -F'\t' '$1 == "queue" { if ($18 > worst) worst = $18 } END { print worst + 0 }' "$PAGE_RESULTS")
	trivial_rps=$(awk -F'\t' '$2 == "health" { print $7 }' "$PAGE_RESULTS")
	login_rps=$(awk -F'\t' '$2 == "login page" { print $7 }' "$PAGE_RESULTS")
	dashboard_rps=$(awk -F'\t' '$2 == "overview" { print $7 }' "$PAGE_RESULTS")
	login_ratio=$(awk -v s="$submissions_per_second" -v l="$login_rps" 'BEGIN { printf "%.1f", l ? 100 * s / l : 0 }')
	cpu_per_submission=$(awk -v c="$RUSH_CPU_MS" -v n="$(rush rush_submitted)" 'BEGIN { printf "%.1f", n ? c / n : 0 }')
	month_queue=$(awk -F'\t' '$2 == "one month, waiting longest" && $5 > 0 { print $10 }' "$PAGE_RESULTS")

	echo "# Benchmark results"
	echo
	echo "Written by \`bench/run.sh\` (see [README.md](README.md)); raw output in \`${BENCH_OUT#"$PROJECT_DIR"/}\` on the machine"
	echo "that ran it. $(grep '^date:' "$BENCH_OUT/machine.txt" | cut -d' ' -f2-), $(( ($(date +%s) - BENCH_STARTED_AT) / 60 )) min."
	echo
	sed 's/^/- /' "$BENCH_OUT/machine.txt"
	echo "- data: $APPLICATIONS applications of $COMPANIES companies (\`lib/sql/applications.sql\`), plus $RUSH_SMES SMEs"
	echo "  with a complete draft in each open programme for the rush (\`lib/sql/rush.sql\`)"
	echo "- PostgreSQL 15 in a scratch cluster on the same machine, shared_buffers $PG_SHARED_BUFFERS, with fsync,"
	echo "  synchronous_commit and full_page_writes **on** for every measurement (the data is loaded without)"
	echo "- the application as the Dockerfile deploys it: the jar extracted, started with a class data sharing archive"
	echo "  recorded by a training run; profile demo, JVM options \`${APP_JAVA_OPTS:-none}\`, \`MALLOC_ARENA_MAX=2\`"
	if (( APP_INSTANCES > 1 )); then
		echo "- **$APP_INSTANCES instances** of the application on the same PostgreSQL, behind HAProxy $(haproxy -v | awk 'NR == 1 { print $3 }')"
		echo "  (\`bench/haproxy.cfg\`: round robin, no sticky sessions); every figure below is of the two together"
	else
		echo "- one instance of the application, without a balancer"
	fi
	echo
	echo "## Targets"
	echo
	echo "| target | measured | met |"
	echo "| --- | --- | --- |"
	echo "| rush: no errors other than deliberate 503/429 | $rush_errors | $( [[ $rush_errors == 0 ]] && echo yes || echo '**no**' ) |"
	echo "| rush: no lost submissions (receipt shown, not in the database) | $LOST lost, $HALF_WRITTEN half-written | $( [[ $LOST == 0 && $HALF_WRITTEN == 0 ]] && echo yes || echo '**no**' ) |"
	echo "| rush: receipts unique and in the order submissions were accepted | $RECEIPTS_REPEATED given twice, $RECEIPTS_OUT_OF_ORDER out of order | $( [[ $RECEIPTS_REPEATED == 0 && $RECEIPTS_OUT_OF_ORDER == 0 ]] && echo yes || echo '**no**' ) |"
	echo "| rush: submissions/s ≥ 25 % of the sign-in page's req/s | $submissions_per_second/s = $login_ratio % of $login_rps | $(verdict_above "$login_ratio" 25) |"
	echo "| rush: submissions/s ≥ 4 % of pgbench simple-update TPS (long-term goal 25 %) | $submissions_per_second/s = $rush_ratio % of $PGBENCH_UPDATE_TPS | $(verdict_above "$rush_ratio" 4) |"
	echo "| rush: p99 < 500 ms for every answer (the POST, the waiting page, the receipt page) | $(rush rush_answer_p99_ms) ms | $(verdict_below "$(rush rush_answer_p99_ms)" 500 ms) |"
	echo "| rush: application CPU per submission (CPU time over the rush ÷ submissions) | $cpu_per_submission ms | (the sign-in page: ${LOGIN_CPU_MS:-?} ms a request) |"
	echo "| review queue \"one month, waiting longest\" p95 < 100 ms, ${LOAD_CONNECTIONS} connections | ${month_queue:-?} ms | $(verdict_below "${month_queue:-}" 100 ms) |"
	echo "| dashboard pages p95 < 100 ms, one reader at a time | worst $worst_dashboard_alone ms | $(verdict_below "$worst_dashboard_alone" 100 ms) |"
	echo "| dashboard pages p95 < 100 ms, ${LOAD_CONNECTIONS} connections without think time | worst $worst_dashboard ms | $(verdict_below "$worst_dashboard" 100 ms) |"
	echo "| review queue p95 < 100 ms, one reader at a time | worst $worst_queue_alone ms | $(verdict_below "$worst_queue_alone" 100 ms) |"
	echo "| review queue p95 < 100 ms, ${LOAD_CONNECTIONS} connections without think time | worst $worst_queue ms | $(verdict_below "$worst_queue" 100 ms) |"
	echo "| start-up < 10 s (with the data in place) | ${STARTED_IN:-?} s | $(verdict_below "${STARTED_IN:-}" 10 s) |"
	echo "| resident memory < 768 MB (after all the load) | $APP_RSS_MIB MiB | $(verdict_below "$APP_RSS_MIB" 768 MiB) |"
	echo
	echo "Ratios: submissions/s ÷ pgbench simple-update TPS = **$(awk -v s="$submissions_per_second" -v p="$PGBENCH_UPDATE_TPS" 'BEGIN { printf "%.3f", s / p }')**;"
	echo "dashboard overview req/s ÷ trivial page req/s = **$(awk -v d="$dashboard_rps" -v t="$trivial_rps" 'BEGIN { printf "%.3f", d / t }')** (health check)"
	echo "and **$(awk -v d="$dashboard_rps" -v t="$login_rps" 'BEGIN { printf "%.3f", d / t }')** (login page, rendered in the layout)."
	echo
	echo "## PostgreSQL alone (pgbench, 8 clients, 2 threads, ${PGBENCH_SECONDS}s each, scale ${PGBENCH_SCALE})"
	echo
	echo "| script | TPS | average latency ms |"
	echo "| --- | ---: | ---: |"
	echo "| select-only (\`-S\`) | $PGBENCH_SELECT_TPS | $PGBENCH_SELECT_MS |"
	echo "| simple-update (\`-N\`) | $PGBENCH_UPDATE_TPS | $PGBENCH_UPDATE_MS |"
	echo
	echo "## Pages (wrk, ${LOAD_THREADS} threads, ${LOAD_CONNECTIONS} connections without think time, ${LOAD_DURATION}s each, after ${WARM_UP}s of warm-up)"
	echo
	echo "Each page twice: saturated by ${LOAD_CONNECTIONS} connections that send the next request as soon as the last is answered"
	echo "(throughput, and the latency of a queue on ${LOAD_CONNECTIONS} clients per 2 cores), then for $(( (LOAD_DURATION + 1) / 2 ))s by one"
	echo "connection at a time (*alone*: the latency of the page itself, what one reader waits for)."
	echo
	echo "| | page | requests | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | non-2xx | errors | p95 < 100 ms | load | alone p50 ms | alone p95 ms | alone p99 ms | alone p95 < 100 ms |"
	echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |"
	awk -F'\t' '{
		verdict = ($1 == "trivial") ? "" : (($10 + 0 < 100) ? "yes" : sprintf("**no**, +%.0f ms", $10 - 100))
		alone = ($1 == "trivial") ? "" : (($18 + 0 < 100) ? "yes" : sprintf("**no**, +%.0f ms", $18 - 100))
		printf "| %s | %s `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $5, $7, $8, $9, $10, $11, $12, $13, $14 + $15, verdict, $16, $17, $18, $19, alone
	}' "$PAGE_RESULTS"
	echo
	echo "## The opening rush ($(rush rush_clients) clients, $(rush rush_seconds)s)"
	echo
	echo "Before the opening $(rush sign_in_accounts) SMEs signed in ($(rush sign_in_per_second)/s, p95 $(rush sign_in_p95_ms) ms,"
	echo "$(rush sign_in_failures) failures) and opened a draft. Then all clients pressed *submit* at once; each followed the"
	echo "redirect to its receipt page, and on the waiting page (503) tried again after its \`Retry-After\` with its place in line."
	echo "All drafts submitted before the time was up: $(rush rush_all_drafts_done)."
	echo
	echo "| outcome | count |"
	echo "| --- | ---: |"
	for kind in submitted waiting_page_503 too_many_429 refused_by_the_app sent_to_sign_in other_status timeout connection_error; do
		echo "| ${kind//_/ } | $(rush "rush_$kind") |"
	done
	echo
	echo "| latency | p50 ms | p95 ms | p99 ms | max ms |"
	echo "| --- | ---: | ---: | ---: | ---: |"
	echo "| one request (the POST) | $(rush rush_post_p50_ms) | $(rush rush_post_p95_ms) | $(rush rush_post_p99_ms) | $(rush rush_post_max_ms) |"
	echo "| every answer (the POSTs and the receipt pages after them) | $(rush rush_answer_p50_ms) | $(rush rush_answer_p95_ms) | $(rush rush_answer_p99_ms) | $(rush rush_answer_max_ms) |"
	echo "| press to receipt (POST, waits on the waiting page, the receipt page) | $(rush rush_submission_p50_ms) | $(rush rush_submission_p95_ms) | $(rush rush_submission_p99_ms) | $(rush rush_submission_max_ms) |"
	echo "| the waiting page | $(rush rush_waiting_page_p50_ms) | $(rush rush_waiting_page_p95_ms) | $(rush rush_waiting_page_p99_ms) | $(rush rush_waiting_page_max_ms) |"
	echo "| an admitted POST (its redirect) | $(rush rush_admitted_post_p50_ms) | $(rush rush_admitted_post_p95_ms) | $(rush rush_admitted_post_p99_ms) | $(rush rush_admitted_post_max_ms) |"
	echo "| the receipt page | $(rush rush_receipt_page_p50_ms) | $(rush rush_receipt_page_p95_ms) | $(rush rush_receipt_page_p99_ms) | $(rush rush_receipt_page_max_ms) |"
	echo "| every answer asked for after the opening's first 5 s | $(rush rush_answer_after_5s_p50_ms) | $(rush rush_answer_after_5s_p95_ms) | $(rush rush_answer_after_5s_p99_ms) | $(rush rush_answer_after_5s_max_ms) |"
	echo
	echo "Submissions per second: **$submissions_per_second**. Checked in the database afterwards: $LOST of the submissions"
	echo "that showed a receipt are missing, $HALF_WRITTEN applications are half-written (submitted without receipt or"
	echo "time, or a draft with one), $(( RUSH_AFTER - RUSH_BEFORE )) applications are newly submitted (by both rushes), and the counts per"
	echo "programme and status $( [[ "$COUNTS_AGREE" == t ]] && echo agree || echo '**disagree**' ) with the applications."
	echo "Receipt numbers given twice: $RECEIPTS_REPEATED; submissions of the rush whose receipt is out of the order they were"
	echo "accepted in (within their programme): $RECEIPTS_OUT_OF_ORDER. The application's CPU over the rush: $RUSH_CPU_MS ms"
	echo "for $(rush rush_submitted) submissions ($cpu_per_submission ms each; no flight recording ran)."
	echo
	echo "Where the machine's CPU went over the rush (from the driver's start to its end, $(( RUSH_MACHINE_TOTAL_MS / 1000 )) s of CPU on"
	echo "$(nproc) cores):"
	echo
	echo "| | CPU ms | ms a submission | share of the machine's time |"
	echo "| --- | ---: | ---: | ---: |"
	local driver_ms rest_ms
	driver_ms=$(rush rush_driver_cpu_ms)
	rest_ms=$(( RUSH_MACHINE_BUSY_MS - RUSH_CPU_MS - RUSH_PG_CPU_MS - driver_ms - RUSH_BALANCER_CPU_MS ))
	cpu_row "the application" "$RUSH_CPU_MS"
	cpu_row "PostgreSQL" "$RUSH_PG_CPU_MS"
	cpu_row "the load driver" "$driver_ms"
	if (( APP_INSTANCES > 1 )); then
		cpu_row "the balancer" "$RUSH_BALANCER_CPU_MS"
	fi
	cpu_row "the rest (the kernel's own work, other processes)" "$rest_ms"
	cpu_row "idle" "$(( RUSH_MACHINE_TOTAL_MS - RUSH_MACHINE_BUSY_MS ))"
	if (( APP_INSTANCES > 1 )); then
		echo
		echo "What the balancer sent each instance during the rush (answers, and of them 5xx), and where the scheduled"
		echo "jobs that run on one instance at a time last ran:"
		echo
		echo '```'
		join -a1 <(sort "$BENCH_OUT/balancer-after-rush.txt") <(sort "$BENCH_OUT/balancer-before-rush.txt") \
			| awk '{ printf "%s: %d answers, %d of them 5xx\n", $1, $2 - $4, $3 - $5 }'
		cat "$BENCH_OUT/scheduled-jobs.txt" 2>/dev/null
		echo '```'
	fi
	echo
	echo "## Where the rush spent the application's CPU (JFR, profile settings)"
	echo
	echo "From a second rush of ${PROFILED_RUSH_SECONDS}s right after the measured one, with the drafts left and a flight recording"
	echo "(\`rush-recorded.txt\`): $(recorded rush_submitted) submissions, $(recorded rush_submissions_per_second)/s, every answer's p99"
	echo "$(recorded rush_answer_p99_ms) ms. Its receipts are in the checks above."
	echo
	echo '```'
	cat "$BENCH_OUT/rush-hot-methods.txt" 2>/dev/null || echo "no recording"
	echo '```'
	echo
	echo "## The statements that took PostgreSQL's time (pg_stat_statements, the whole run)"
	echo
	echo '```'
	cut -c1-220 "$BENCH_OUT/statements.txt" 2>/dev/null
	echo '```'
	if [[ -f "$BENCH_DIR/RESULTS-notes.md" ]]; then
		echo
		cat "$BENCH_DIR/RESULTS-notes.md"
	fi
}
