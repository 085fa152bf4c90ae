-- wrk script of bench/run.sh.
--
-- With BENCH_PATHS naming a file of request paths (one a line), every request
-- takes one of them at random: the long tail over the whole data set. A line may
-- add an ETag after a space: that request revalidates it (If-None-Match).
-- With BENCH_UNCACHED=1 or cursor-<kind>, every request misses the representation
-- cache (below). Otherwise wrk keeps sending its one URL, and this script defines no request()
-- function, so wrk builds that request once instead of calling Lua each time.
--
-- At the end it prints one line that run.sh parses:
--   BENCH requests=.. duration_us=.. bytes=.. errors=.. non2xx3xx=.. p50_us=.. p90_us=.. p99_us=.. max_us=..
-- errors counts socket errors (connect, read, write, timeout) and responses
-- with a status of 400 or more.

local paths_file = os.getenv("BENCH_PATHS")
local uncached_mode = os.getenv("BENCH_UNCACHED") or ""

-- Each wrk thread has its own Lua state; setup() runs in the main one and
-- numbers the threads, so that they draw different random sequences and
-- make different cache-missing URLs.
local counter = 0
function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
end

if paths_file and paths_file ~= "" then
   local paths = {}
   local etags = {}

   function init(args)
      for line in io.lines(paths_file) do
         local path, etag = string.match(line, "^(%S+)%s+(%S+)$")
         if path then
            paths[#paths + 1] = path
            etags[#paths] = etag
         elseif line ~= "" then
            paths[#paths + 1] = line
         end
      end
      if #paths == 0 then
         error("no paths in " .. paths_file)
      end
      math.randomseed(os.time() * 1000 + (thread_number or 0))
   end

   function request()
      local i = math.random(#paths)
      if etags[i] then
         return wrk.format(nil, paths[i], { ["If-None-Match"] = etags[i] })
      end
      return wrk.format(nil, paths[i])
   end
elseif uncached_mode == "1" or uncached_mode:match("^cursor%-") then
   -- BENCH_UNCACHED=1: every request adds a publishedBefore filter, a parameter the list
   -- reads and so part of the representation cache's key (one it ignores would not be),
   -- with a different instant each time, decades ahead so that it filters nothing out:
   -- each answer is the same page, built from the database. The seconds differ per
   -- thread and request, the milliseconds per run, so no run meets a page an earlier one kept.
   -- BENCH_UNCACHED=cursor-<kind>, for a list without that filter (a topic's articles, a
   -- person's quotes): the same instant goes into a cursor of that kind, as CursorCodec writes
   -- one (base64url of a JSON array of strings), which starts the list after it: page 1 again.
   local cursor_kind = uncached_mode:match("^cursor%-(.+)$")
   local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
   local sent = 0
   local first, run

   -- base64url without padding, as java.util.Base64.getUrlEncoder().withoutPadding()
   local function base64url(text)
      local out = {}
      for i = 1, #text, 3 do
         local a, b, c = text:byte(i, i + 2)
         local n = a * 65536 + (b or 0) * 256 + (c or 0)
         for j = 0, (b and 1 or 0) + (c and 1 or 0) + 1 do
            local index = math.floor(n / 2 ^ (18 - 6 * j)) % 64
            out[#out + 1] = alphabet:sub(index + 1, index + 1)
         end
      end
      return table.concat(out)
   end

   -- thread_number is set by setup() after this file is loaded: read it here.
   function init(args)
      first = 3000000000 + thread_number * 100000000 -- 2065 onwards, apart per thread
      run = string.format(".%03dZ", os.time() % 1000)
   end

   function request()
      sent = sent + 1
      local instant = os.date("!%Y-%m-%dT%H:%M:%S", first + sent) .. run
      local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
      if not cursor_kind then
         return wrk.format(nil, wrk.path .. separator .. "publishedBefore=" .. instant)
      end
      -- after the newest possible key at that instant: the largest id (and position, for quotes)
      local parts = '["' .. cursor_kind .. '","' .. instant .. '","ffffffff-ffff-ffff-ffff-ffffffffffff"'
      if cursor_kind == "quote" then
         parts = parts .. ',"2147483647"'
      end
      return wrk.format(nil, wrk.path .. separator .. "cursor=" .. base64url(parts .. "]"))
   end
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d bytes=%d errors=%d non2xx3xx=%d p50_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f\n",
      summary.requests, summary.duration, summary.bytes,
      e.connect + e.read + e.write + e.timeout + e.status, e.status,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
