# A throwaway PostgreSQL cluster in a temporary directory, on a free loopback port, removed on exit.
#
#   pg_start              starts it; sets PG_PORT, PG_DIR, PG_LOG, PG_DATABASE, PG_USER, PG_PASSWORD, PG_URL
#   pg_psql [args]        psql as superuser on the benchmark database
#   pg_cpu_ms             the CPU time PostgreSQL's processes have used so far, in ms
#   pg_log_offset         the current size of the server log, to cut out what a step logged
#
# Settings: PG_BIN (default /usr/lib/postgresql/15/bin), PG_SHARED_BUFFERS (default 1GB).
# The cluster runs with fsync off: it holds generated data only and is thrown away.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-1GB}
PG_DATABASE=sangsaeng
PG_USER=sangsaeng
PG_PASSWORD=bench-only

# Runs a command as the owner of the cluster: postgres refuses to run as root.
pg_as_owner() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

pg_start() {
	[[ -x "$PG_BIN/initdb" ]] || require_packages "$PG_BIN/initdb:postgresql"
	[[ -x "$PG_BIN/initdb" ]] || die "no initdb in $PG_BIN (set PG_BIN)"
	PG_DIR=$(mktemp -d /tmp/sangsaeng-bench-pg.XXXXXX)
	on_exit pg_stop
	if [[ $(id -u) -eq 0 ]]; then
		id postgres >/dev/null 2>&1 || die "no postgres user to run the cluster as"
		chown postgres: "$PG_DIR"
	fi
	chmod 700 "$PG_DIR"
	PG_PORT=$(free_port)
	PG_LOG="$PG_DIR/server.log"
	log "initialising a PostgreSQL cluster in $PG_DIR"
	pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
		|| die "initdb failed"
	cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 50
shared_buffers = $PG_SHARED_BUFFERS
effective_cache_size = 4GB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
fsync = off
synchronous_commit = off
full_page_writes = off
shared_preload_libraries = 'pg_stat_statements,auto_explain'
pg_stat_statements.max = 2000
track_io_timing = on
auto_explain.log_min_duration = -1
auto_explain.log_analyze = on
auto_explain.log_buffers = on
auto_explain.log_nested_statements = on
log_line_prefix = '%m [%p] '
CONF
	pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_LOG" -w -t 60 start >/dev/null \
		|| { tail -20 "$PG_LOG" >&2; die "PostgreSQL did not start"; }
	pg_psql_as postgres postgres -q -c "create role $PG_USER login password '$PG_PASSWORD'" \
		-c "create database $PG_DATABASE owner $PG_USER" >/dev/null || die "could not create the database"
	# pg_trgm is created by a migration: as the owner cannot create it, create it beforehand
	pg_psql -q -c "create extension if not exists pg_trgm" -c "create extension if not exists pg_stat_statements" \
		>/dev/null || die "could not create the extensions"
	PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DATABASE"
	log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

pg_psql_as() {
	local user=$1 database=$2
	shift 2
	psql -X -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U "$user" -d "$database" "$@"
}

pg_psql() {
	pg_psql_as postgres "$PG_DATABASE" "$@"
}

pg_log_offset() {
	stat -c %s "$PG_LOG"
}

pg_cpu_ms() {
	local postmaster
	postmaster=$(head -1 "$PG_DIR/data/postmaster.pid")
	# the postmaster with the connections and workers that have ended, and those still running
	echo $(( $(process_cpu_ms --children "$postmaster") + $(process_cpu_ms $(pgrep -P "$postmaster")) ))
}

pg_stop() {
	[[ -n "${PG_DIR:-}" && -d "$PG_DIR" ]] || return 0
	if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
		log "stopping PostgreSQL"
		pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
			|| pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
	fi
	if [[ -n "${BENCH_OUT:-}" && -d "$BENCH_OUT" && -f "$PG_LOG" ]]; then
		cp "$PG_LOG" "$BENCH_OUT/postgres.log" 2>/dev/null
	fi
	rm -rf "$PG_DIR"
	PG_DIR=
}

# Plans of every statement run between pg_trace_begin and pg_trace_end FILE, with their timings and buffers
# (auto_explain with ANALYZE), written to FILE. Adds to the statements' time: never while measuring.
pg_trace_begin() {
	PG_TRACE_FROM=$(pg_log_offset)
	pg_psql -q -c "alter system set auto_explain.log_min_duration = 0" -c "select pg_reload_conf()" >/dev/null
	sleep 0.5
}

pg_trace_end() {
	local file=$1
	pg_psql -q -c "alter system set auto_explain.log_min_duration = -1" -c "select pg_reload_conf()" >/dev/null
	sleep 0.5
	tail -c +"$(( PG_TRACE_FROM + 1 ))" "$PG_LOG" | grep -v -e 'alter system set auto_explain' \
		-e 'received SIGHUP' -e 'parameter "auto_explain' -e 'pg_reload_conf' >"$file"
}

# The statements that took the most time since pg_statements_reset, from pg_stat_statements.
pg_statements_reset() {
	pg_psql -q -c "select pg_stat_statements_reset()" >/dev/null
}

pg_statements_report() {
	pg_psql -P pager=off -c "
		select calls, round(total_exec_time::numeric / 1000, 1) as total_s,
		       round(mean_exec_time::numeric, 2) as mean_ms, round(stddev_exec_time::numeric, 2) as stddev_ms,
		       round(max_exec_time::numeric, 1) as max_ms, rows / greatest(calls, 1) as rows_per_call,
		       shared_blks_hit / greatest(calls, 1) as hit_per_call, shared_blks_read / greatest(calls, 1) as read_per_call,
		       regexp_replace(query, '\s+', ' ', 'g') as query
		from pg_stat_statements
		where dbid = (select oid from pg_database where datname = current_database())
		order by total_exec_time desc
		limit ${1:-25}"
}

# From now on the cluster keeps what it commits (fsync, synchronous commit, full pages), as production does; the
# data was loaded without. A checkpoint first, so that the load's dirty pages are not written during a measurement.
pg_durable() {
	log "PostgreSQL from now on with fsync, synchronous_commit and full_page_writes on"
	pg_psql -q -c "checkpoint" -c "alter system set fsync = on" -c "alter system set synchronous_commit = on" \
		-c "alter system set full_page_writes = on" -c "select pg_reload_conf()" >/dev/null
	pg_psql -q -c "checkpoint" >/dev/null
}
