# HTTP load with wrk against the running application, on loopback only.
#
#   drive PATH [COOKIE]   drives the page for LOAD_DURATION seconds with LOAD_THREADS threads and
#                         LOAD_CONNECTIONS connections; prints the RESULT line of report.lua
#   probe PATH [COOKIE]   one request: prints "status bytes seconds rows" (rows: links to applications on the page)
#
# Settings: LOAD_DURATION (default 30), LOAD_THREADS (2), LOAD_CONNECTIONS (8), LOAD_TIMEOUT (10 s per request).

LOAD_DURATION=${LOAD_DURATION:-30}
LOAD_THREADS=${LOAD_THREADS:-2}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-8}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-10}

drive() {
	local path=$1 cookie=${2:-} duration=${3:-$LOAD_DURATION}
	[[ "$APP_URL" == http://127.0.0.1:* ]] || die "load is only ever sent to loopback"
	local headers=()
	[[ -n "$cookie" ]] && headers=(-H "Cookie: $cookie")
	timeout $(( duration + 60 )) wrk -t "$LOAD_THREADS" -c "$LOAD_CONNECTIONS" -d "${duration}s" \
		--timeout "${LOAD_TIMEOUT}s" "${headers[@]}" -s "$BENCH_LIB/report.lua" "$APP_URL$path" \
		| grep '^RESULT' || die "wrk failed on $path"
}

probe() {
	local path=$1 cookie=${2:-}
	local body
	body=$(mktemp)
	local answer
	answer=$(curl -sS -o "$body" -w '%{http_code} %{size_download} %{time_total}' ${cookie:+-H "Cookie: $cookie"} \
		"$APP_URL$path")
	echo "$answer $(grep -o 'href="/review/[0-9][0-9]*"' "$body" | sort -u | wc -l)"
	rm -f "$body"
}

# warm_up SECONDS COOKIE PATH...   requests the paths in turn for a while, so that the JIT has compiled the pages
warm_up() {
	local duration=$1 cookie=$2
	shift 2
	local paths
	paths=$(printf '%s\n' "$@")
	WRK_PATHS="$paths" timeout $(( duration + 60 )) wrk -t "$LOAD_THREADS" -c "$LOAD_CONNECTIONS" -d "${duration}s" \
		--timeout "${LOAD_TIMEOUT}s" -H "Cookie: $cookie" -s "$BENCH_LIB/rotate.lua" "$APP_URL/" >/dev/null \
		|| die "warming up failed"
}
