-- wrk script: counts answers that are not 2xx (a redirect to the login page is a failure too, not a fast page)
-- and prints one tab-separated line of results at the end:
--   RESULT  requests  seconds  requests/s  p50 ms  p90 ms  p95 ms  p99 ms  max ms  non-2xx  socket errors  timeouts

local threads = {}

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	non2xx = 0
end

function response(status, headers, body)
	if status < 200 or status > 299 then
		non2xx = non2xx + 1
	end
end

function done(summary, latency, requests)
	local failed = 0
	for _, thread in ipairs(threads) do
		failed = failed + thread:get("non2xx")
	end
	local seconds = summary.duration / 1e6
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write
	local function ms(microseconds)
		return string.format("%.1f", microseconds / 1000)
	end
	io.write(string.format("RESULT\t%d\t%.1f\t%.1f\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\n", summary.requests, seconds,
		summary.requests / seconds, ms(latency:percentile(50)), ms(latency:percentile(90)),
		ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max), failed, errors,
		summary.errors.timeout))
end
