# What the application spent its CPU on, from a Java Flight Recording (jcmd PID JFR.start … / JFR.stop).
#
#   jfr_hot_methods FILE [N]   the N methods most often on top of the sampled stacks, with their share of samples,
#                              and the N application methods (kr.sangsaeng) most often anywhere on them

jfr_hot_methods() {
	local file=$1 top=${2:-15}
	[[ -s "$file" ]] || return 1
	local frames
	frames=$(mktemp)
	# one line per sample: its frames, innermost first, separated by " < "
	jfr print --events jdk.ExecutionSample --stack-depth 64 "$file" | awk '
		/jdk.ExecutionSample/ { if (stack != "") print stack; stack = ""; next }
		/line:/ { sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); stack = (stack == "" ? $0 : stack " < " $0) }
		END { if (stack != "") print stack }' >"$frames"
	local samples
	samples=$(wc -l <"$frames")
	echo "samples: $samples"
	echo
	echo "on top of the stack (self time):"
	awk -F' < ' '{ print $1 }' "$frames" | sort | uniq -c | sort -rn | head -"$top" \
		| awk -v total="$samples" '{ count = $1; $1 = ""; printf "%5.1f %%  %s\n", 100 * count / total, substr($0, 2) }'
	echo
	echo "application methods anywhere on the stack (total time):"
	awk -F' < ' '{ delete seen; for (i = 1; i <= NF; i++) if ($i ~ /^kr\.sangsaeng\./ && !seen[$i]++) print $i }' "$frames" \
		| sort | uniq -c | sort -rn | head -"$top" \
		| awk -v total="$samples" '{ count = $1; $1 = ""; printf "%5.1f %%  %s\n", 100 * count / total, substr($0, 2) }'
	rm -f "$frames"
}
