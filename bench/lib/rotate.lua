-- wrk script for warming up: requests the paths of WRK_PATHS (one per line) in turn.

local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "/", "[^\n]+") do
	table.insert(paths, path)
end
local next_path = 0

function request()
	next_path = next_path % #paths + 1
	return wrk.format("GET", paths[next_path])
end
