# Signing in through the login form, as a browser does.
#
#   sign_in USERNAME [PASSWORD]   prints the session cookie (SESSION=…) of a signed-in session
#
# The demo accounts' password is demo1234! (profile demo).

sign_in() {
	local username=$1 password=${2:-demo1234!}
	local jar csrf
	jar=$(mktemp)
	csrf=$(curl -fsS -c "$jar" -b "$jar" "$APP_URL/login" \
		| grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)".*/\1/' | head -1)
	[[ -n "$csrf" ]] || { rm -f "$jar"; die "no CSRF token on the login page"; }
	local landed
	landed=$(curl -fsS -c "$jar" -b "$jar" -o /dev/null -w '%{url_effective}' -L \
		--data-urlencode "username=$username" --data-urlencode "password=$password" \
		--data-urlencode "_csrf=$csrf" "$APP_URL/login") || { rm -f "$jar"; die "signing in as $username failed"; }
	if [[ "$landed" == *"/login"* ]]; then
		rm -f "$jar"
		die "signing in as $username was refused (landed on $landed)"
	fi
	local session
	session=$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)
	rm -f "$jar"
	[[ -n "$session" ]] || die "no session cookie after signing in as $username"
	echo "SESSION=$session"
}
