# Generated data for the benchmarks, written straight into the database with a few INSERT … SELECT statements.
#
#   generate_applications APPLICATIONS COMPANIES   the applications (and their SME companies): sql/applications.sql

generate_applications() {
	local applications=$1 companies=$2
	log "generating $companies companies and $applications applications"
	local started=$(date +%s)
	pg_psql -q -v companies="$companies" -v applications="$applications" -f "$BENCH_LIB/sql/applications.sql" \
		>"${BENCH_OUT:-/tmp}/data.txt" 2>&1 || { tail -20 "${BENCH_OUT:-/tmp}/data.txt" >&2; die "generating data failed"; }
	log "data generated in $(( $(date +%s) - started ))s"
}
