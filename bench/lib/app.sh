# The application as deployed (Dockerfile): the jar extracted, started with a class data sharing archive that a
# training run against the benchmark's database records; stopped on exit. With APP_INSTANCES=2, two instances on
# one database behind HAProxy (bench/haproxy.cfg, round robin, no sticky sessions), as docker-compose.yml runs them.
#
#   app_build                 builds the jar unless one is there already (BENCH_BUILD=1 builds anew) and extracts it
#   app_start [profiles]      starts the instances on free loopback ports (after the training run, the first time),
#                             and the balancer in front of them when there are two; sets APP_URL (the balancer's
#                             address, or the one instance's), APP_PIDS, APP_PID (the first instance), APP_LOG (the
#                             first instance's log; the second's is app-2.log beside it)
#   app_rss_mib               the resident memory of the largest running instance, in MiB
#   app_cpu_ms                the CPU time (user and system) all running instances have used so far, in ms
#   balancer_cpu_ms           the CPU time the balancer has used so far, in ms (0 without one)
#   balancer_requests         per instance: the requests the balancer sent it, and its 5xx answers
#   app_stop
#
# Settings: APP_JAVA_OPTS (default none: the JVM's own defaults), APP_INSTANCES (1 or 2).

APP_INSTANCES=${APP_INSTANCES:-1}
APP_PIDS=()

app_jar() {
	ls "$PROJECT_DIR"/target/*.jar 2>/dev/null | grep -v -e '-plain\.jar$' -e '\.original$' | head -1
}

app_build() {
	if [[ -z "$(app_jar)" || "${BENCH_BUILD:-0}" == 1 ]]; then
		log "building the application (./mvnw -DskipTests package)"
		(cd "$PROJECT_DIR" && ./mvnw -B -q -DskipTests package) >&2 || die "the build failed"
	fi
	local jar
	jar=$(app_jar)
	[[ -n "$jar" ]] || die "no jar in target/"
	APP_DIR=$(mktemp -d /tmp/sangsaeng-bench-app.XXXXXX)
	on_exit app_remove
	java -Djarmode=tools -jar "$jar" extract --destination "$APP_DIR" --application-filename app.jar --force >/dev/null \
		|| die "extracting $jar failed"
	APP_JAR="$APP_DIR/app.jar"
	log "application: ${jar#"$PROJECT_DIR"/}, extracted to $APP_DIR"
}

app_remove() {
	[[ -n "${APP_DIR:-}" ]] && rm -rf "$APP_DIR"
}

# Becomes java with APP_JAVA_OPTS and the rest of the arguments, against the benchmark's database with the given
# profiles, with glibc's malloc arenas limited as in the Dockerfile. It replaces the shell it runs in (so that $! is the JVM's pid): run it in the background or a subshell.
app_java() {
	local profiles=$1
	shift
	# shellcheck disable=SC2086
	SPRING_DATASOURCE_URL="$PG_URL" SPRING_DATASOURCE_USERNAME="$PG_USER" SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD" \
		SPRING_PROFILES_ACTIVE="$profiles" MALLOC_ARENA_MAX=2 exec java ${APP_JAVA_OPTS:-} "$@"
}

# Runs the application up to a refreshed context, recording the classes it loads into the archive (as the
# Dockerfile does); the JVM halts there.
app_train() {
	local profiles=$1
	log "class data sharing: training run"
	(app_java "$profiles" -XX:ArchiveClassesAtExit="$APP_DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
		--server.port=0 --server.address=127.0.0.1) >"${BENCH_OUT:-/tmp}/app-training.log" 2>&1 \
		|| die "the training run failed (log: ${BENCH_OUT:-/tmp}/app-training.log)"
	[[ -f "$APP_DIR/app.jsa" ]] || die "the training run wrote no archive"
}

app_start() {
	local profiles=${1:-}
	[[ "$APP_INSTANCES" == 1 || "$APP_INSTANCES" == 2 ]] || die "APP_INSTANCES is 1 or 2 (the balancer's configuration names two)"
	[[ -n "${APP_JAR:-}" ]] || app_build
	[[ -f "$APP_DIR/app.jsa" ]] || app_train "$profiles"
	on_exit app_stop
	APP_PIDS=()
	APP_PORTS=()
	local instance log
	for (( instance = 1; instance <= APP_INSTANCES; instance++ )); do
		APP_PORTS+=("$(free_port)")
		log=$(app_log "$instance")
		log "starting instance $instance on 127.0.0.1:${APP_PORTS[-1]}${profiles:+ with profile $profiles}"
		app_java "$profiles" -XX:SharedArchiveFile="$APP_DIR/app.jsa" -jar "$APP_JAR" --server.port="${APP_PORTS[-1]}" \
			--server.address=127.0.0.1 >"$log" 2>&1 &
		APP_PIDS+=($!)
		# the first instance applies the migrations and the demo data alone, as a deployment's first instance does
		app_wait "$instance"
	done
	APP_PID=${APP_PIDS[0]}
	APP_LOG=$(app_log 1)
	if (( APP_INSTANCES == 1 )); then
		APP_URL="http://127.0.0.1:${APP_PORTS[0]}"
	else
		balancer_start
	fi
}

app_log() {
	if [[ "$1" == 1 ]]; then echo "${BENCH_OUT:-/tmp}/app.log"; else echo "${BENCH_OUT:-/tmp}/app-$1.log"; fi
}

app_wait() {
	local instance=$1 waited=0
	local pid=${APP_PIDS[instance - 1]} url="http://127.0.0.1:${APP_PORTS[instance - 1]}"
	until curl -fsS -o /dev/null "$url/actuator/health" 2>/dev/null; do
		if ! kill -0 "$pid" 2>/dev/null; then
			tail -40 "$(app_log "$instance")" >&2
			die "instance $instance stopped while starting (log: $(app_log "$instance"))"
		fi
		(( waited++ < 300 )) || die "instance $instance did not start within 5 minutes (log: $(app_log "$instance"))"
		sleep 1
	done
	log "instance $instance up after ${waited}s (pid $pid)"
}

# HAProxy in front of the two instances, with bench/haproxy.cfg as docker-compose.yml uses it: only the addresses
# differ. Its statistics (requests and answers per instance) on a port of their own.
balancer_start() {
	BALANCER_PORT=$(free_port)
	BALANCER_STATS_PORT=$(free_port)
	SANGSAENG_BALANCER_BIND="127.0.0.1:$BALANCER_PORT" SANGSAENG_BALANCER_STATS="127.0.0.1:$BALANCER_STATS_PORT" \
		SANGSAENG_APP_1="127.0.0.1:${APP_PORTS[0]}" SANGSAENG_APP_2="127.0.0.1:${APP_PORTS[1]}" \
		haproxy -W -db -f "$BENCH_DIR/haproxy.cfg" >"${BENCH_OUT:-/tmp}/haproxy.log" 2>&1 &
	BALANCER_PID=$!
	APP_URL="http://127.0.0.1:$BALANCER_PORT"
	local waited=0
	until curl -fsS -o /dev/null "$APP_URL/actuator/health" 2>/dev/null; do
		kill -0 "$BALANCER_PID" 2>/dev/null || { cat "${BENCH_OUT:-/tmp}/haproxy.log" >&2; die "HAProxy stopped while starting"; }
		(( waited++ < 30 )) || die "HAProxy did not answer within 30 s"
		sleep 1
	done
	log "HAProxy on 127.0.0.1:$BALANCER_PORT in front of ${APP_PORTS[*]}"
}

# "instance answers 5xx" per line, from the balancer's statistics (CSV: pxname, svname, …, the answers by class
# hrsp_1xx … hrsp_5xx are fields 40 to 44)
balancer_requests() {
	[[ -n "${BALANCER_PID:-}" ]] || return 0
	curl -fsS "http://127.0.0.1:$BALANCER_STATS_PORT/stats;csv" \
		| awk -F, '$1 == "instances" && $2 != "BACKEND" { print $2, $40 + $41 + $42 + $43 + $44, $44 }'
}

app_rss_mib() {
	local pid largest=0 rss
	for pid in "${APP_PIDS[@]}"; do
		rss=$(ps -o rss= -p "$pid" | awk '{ printf "%d", $1 / 1024 }')
		(( rss > largest )) && largest=$rss
	done
	echo "$largest"
}

app_cpu_ms() {
	process_cpu_ms "${APP_PIDS[@]}"
}

# The balancer's CPU time so far, in ms (0 without one): its master process and the worker that does the work.
balancer_cpu_ms() {
	if [[ -n "${BALANCER_PID:-}" ]]; then
		process_cpu_ms "$BALANCER_PID" $(pgrep -P "$BALANCER_PID")
	else
		echo 0
	fi
}

app_stop() {
	if [[ -n "${BALANCER_PID:-}" ]]; then
		kill "$BALANCER_PID" 2>/dev/null || true
		wait "$BALANCER_PID" 2>/dev/null || true
		BALANCER_PID=
	fi
	local pid
	for pid in "${APP_PIDS[@]}"; do
		if kill -0 "$pid" 2>/dev/null; then
			log "stopping the application (pid $pid)"
			kill "$pid" 2>/dev/null
			for _ in $(seq 1 30); do
				kill -0 "$pid" 2>/dev/null || break
				sleep 1
			done
			kill -9 "$pid" 2>/dev/null || true
		fi
		wait "$pid" 2>/dev/null || true
	done
	APP_PIDS=()
	APP_PID=
}
