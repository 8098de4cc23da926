# Shared helpers of the benchmarks: progress messages, tools, free ports and clean-up on exit.
# Source it first; the other files of lib/ rely on it.

BENCH_LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_DIR="$(dirname "$BENCH_LIB")"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
BENCH_STARTED_AT=$(date +%s)

# A line of progress on stderr, with the time since the benchmark started.
log() {
	local elapsed=$(( $(date +%s) - BENCH_STARTED_AT ))
	printf '[%02d:%02d] %s\n' $((elapsed / 60)) $((elapsed % 60)) "$*" >&2
}

# The CPU time (user and system) the given processes have used so far, in ms; with --children, that of their
# children which have ended as well.
process_cpu_ms() {
	local fields='$12 + $13'
	if [[ "${1:-}" == --children ]]; then
		fields='$12 + $13 + $14 + $15'
		shift
	fi
	local pid
	for pid in "$@"; do
		# utime, stime, cutime and cstime: fields 14 to 17, after the command's name, which may hold spaces
		sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk "{ print $fields }"
	done | awk -v ticks="$(getconf CLK_TCK)" '{ sum += $1 } END { printf "%d", sum * 1000 / ticks }'
}

# The whole machine's CPU time so far, in ms: "busy total" (busy is all but idle and waiting for I/O).
machine_cpu_ms() {
	awk -v ticks="$(getconf CLK_TCK)" '$1 == "cpu" {
		total = 0; for (i = 2; i <= 9; i++) total += $i
		printf "%d %d", (total - $5 - $6) * 1000 / ticks, total * 1000 / ticks }' /proc/stat
}

die() {
	log "FAILED: $*"
	exit 1
}

# Clean-up steps run on exit, whatever the reason, the last registered first.
BENCH_CLEANUPS=()

on_exit() {
	BENCH_CLEANUPS+=("$1")
}

bench_cleanup() {
	local status=$?
	trap - EXIT INT TERM
	local i
	for (( i = ${#BENCH_CLEANUPS[@]} - 1; i >= 0; i-- )); do
		eval "${BENCH_CLEANUPS[i]}" || true
	done
	exit "$status"
}

trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Installs the Debian packages that provide the missing commands: require_packages command:package ...
require_packages() {
	local wanted=() pair
	for pair in "$@"; do
		local command=${pair%%:*} package=${pair#*:}
		if ! command -v "$command" >/dev/null 2>&1 && [[ ! -x "$command" ]]; then
			wanted+=("$package")
		fi
	done
	[[ ${#wanted[@]} -eq 0 ]] && return 0
	[[ $(id -u) -eq 0 ]] || die "missing packages ${wanted[*]}: install them (apt-get install ${wanted[*]})"
	log "installing ${wanted[*]}"
	apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" >/dev/null \
		|| die "could not install ${wanted[*]}"
}

# A TCP port on 127.0.0.1 that nothing listens on.
free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$(( 20000 + RANDOM % 20000 ))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	die "no free port found"
}

# What the machine is: cores, memory, CPU model, load.
machine_summary() {
	echo "cores: $(nproc)"
	echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
	echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
	echo "kernel: $(uname -r)"
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "java: $(java -version 2>&1 | head -1)"
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
}
