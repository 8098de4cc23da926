# The application as deployed (Dockerfile): the jar extracted, started with a class data sharing archive that a
# training run against the benchmark's database records; stopped on exit.
#
#   app_build                 builds the jar unless one is there already (BENCH_BUILD=1 builds anew) and extracts it
#   app_start [profiles]      starts it on a free loopback port (after the training run, the first time); sets
#                             APP_PORT, APP_URL, APP_PID, APP_LOG
#   app_rss_mib               the resident memory of the running application, in MiB
#   app_stop
#
# Settings: APP_JAVA_OPTS (default none: the JVM's own defaults).

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
	[[ -n "${APP_JAR:-}" ]] || app_build
	[[ -f "$APP_DIR/app.jsa" ]] || app_train "$profiles"
	APP_PORT=$(free_port)
	APP_URL="http://127.0.0.1:$APP_PORT"
	APP_LOG="${BENCH_OUT:-/tmp}/app.log"
	log "starting the application on 127.0.0.1:$APP_PORT${profiles:+ with profile $profiles}"
	app_java "$profiles" -XX:SharedArchiveFile="$APP_DIR/app.jsa" -jar "$APP_JAR" --server.port="$APP_PORT" \
		--server.address=127.0.0.1 >"$APP_LOG" 2>&1 &
	APP_PID=$!
	on_exit app_stop
	local waited=0
	until curl -fsS -o /dev/null "$APP_URL/actuator/health" 2>/dev/null; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -40 "$APP_LOG" >&2
			die "the application stopped while starting (log: $APP_LOG)"
		fi
		(( waited++ < 300 )) || die "the application did not start within 5 minutes (log: $APP_LOG)"
		sleep 1
	done
	log "application up after ${waited}s (pid $APP_PID)"
}

app_rss_mib() {
	ps -o rss= -p "$APP_PID" | awk '{ printf "%d", $1 / 1024 }'
}

app_stop() {
	[[ -n "${APP_PID:-}" ]] || return 0
	if kill -0 "$APP_PID" 2>/dev/null; then
		log "stopping the application"
		kill "$APP_PID" 2>/dev/null
		for _ in $(seq 1 30); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 1
		done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
}
