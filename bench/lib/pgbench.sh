# PostgreSQL's own speed on this machine, as the ceiling the application is compared with: pgbench's built-in
# select-only and simple-update (TPC-B-like without the contended branch and teller updates) scripts, 8 clients,
# in a database of their own in the benchmark's cluster.
#
#   pgbench_ceiling SECONDS   prints "select-only TPS AVG_MS" and "simple-update TPS AVG_MS"
#
# Settings: PGBENCH_SCALE (default 20: 2,000,000 accounts, about 300 MB, held in shared buffers).

PGBENCH_SCALE=${PGBENCH_SCALE:-20}

pgbench_ceiling() {
	local seconds=$1
	pg_psql_as postgres postgres -q -c "create database pgbench" >/dev/null || die "could not create the pgbench database"
	log "pgbench: initialising scale $PGBENCH_SCALE"
	pg_as_owner "$PG_BIN/pgbench" -h "$PG_DIR" -p "$PG_PORT" -U postgres -i -q -s "$PGBENCH_SCALE" pgbench \
		>"${BENCH_OUT:-/tmp}/pgbench-init.txt" 2>&1 || die "pgbench could not initialise"
	local mode flag output
	for mode in select-only simple-update; do
		flag=-S
		[[ "$mode" == simple-update ]] && flag=-N
		log "pgbench: $mode, 8 clients, ${seconds}s"
		output=$(pg_as_owner "$PG_BIN/pgbench" -h "$PG_DIR" -p "$PG_PORT" -U postgres "$flag" -c 8 -j 2 -T "$seconds" \
			pgbench 2>&1) || die "pgbench $mode failed: $output"
		echo "$output" >>"${BENCH_OUT:-/tmp}/pgbench-output.txt"
		printf '%s %s %s\n' "$mode" \
			"$(grep -o 'tps = [0-9.]*' <<<"$output" | head -1 | awk '{ printf "%.0f", $3 }')" \
			"$(grep -o 'latency average = [0-9.]*' <<<"$output" | awk '{ print $4 }')"
	done
	pg_psql_as postgres postgres -q -c "drop database pgbench" >/dev/null
}
