vcl 4.1;

# Varnish 7 in front of content-api (Debian 12 ships 7.1): caches public reads for as long as the
# service's Cache-Control says, serves stale copies within its stale-while-revalidate and
# stale-if-error, and bans by Surrogate-Key when the service's purge publisher asks
# (CONTENT_PURGE_STYLE=varnish). deploy/cdn/README.md says how to run it; .ci/run compiles it.

import std;

# The service: set .host and .port to its load balancer or instance.
backend content_api {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 1s;
    .first_byte_timeout = 10s;
    .between_bytes_timeout = 10s;
    # Readiness is down while the service cannot reach PostgreSQL: Varnish then serves its stale
    # copies (stale-if-error) without asking, and fetches nothing until it is up again.
    .probe = {
        .url = "/q/health/ready";
        .interval = 1s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
        # Healthy from the start: a restarted Varnish must not refuse every miss until the first probes.
        .initial = 2;
    }
}

# Who may ban: the service's instances (its purge publisher). Add their addresses or networks.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Markers that carry a decision across a restart (below); a client cannot send them.
    if (req.restarts == 0) {
        unset req.http.X-CDN-Refresh;
        unset req.http.X-CDN-Stale-Ok;
    }
    if (req.method == "BAN") {
        call ban_by_surrogate_key;
    }
    # Writes and preflights go to the service as they are; nothing else but GET and HEAD is cached.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A key may see drafts: the service answers it "private, no-store", and it must not be
    # answered from what the public got either.
    if (req.http.Authorization) {
        return (pass);
    }
    # The API reads no cookie; the website's cookies must neither split the cache nor bypass it.
    unset req.http.Cookie;
    # The service reads query parameters by name and ignores those no operation declares, so
    # their order and tracking parameters change nothing: one object for all of them.
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z_]+|fbclid|gclid)=[^&]*(&|$)", "");
    set req.url = regsub(req.url, "[?&]$", "");
    set req.url = std.querysort(req.url);
    # Accept-Encoding needs nothing here: with http_gzip_support (on by default) varnishd turns it
    # into "gzip" or nothing before the lookup, keeps one gzipped copy and unzips it for clients
    # that do not take gzip (brotli is the service's own, for clients that reach it directly).
    if (req.http.X-CDN-Refresh) {
        # Past its stale-while-revalidate: the stale copy is not answered, only revalidated.
        set req.grace = 0s;
    }
    return (hash);
}

# BAN with "Surrogate-Key: <key> <key> ...": every object whose stored Surrogate-Key names one of
# the keys is banned. The ban reads only obj.*, so the ban lurker removes the objects in the
# background; a lookup meanwhile checks the object against newer bans, so the next read is fresh.
sub ban_by_surrogate_key {
    if (client.ip !~ purgers) {
        return (synth(403, "Forbidden"));
    }
    # Keys are the service's cache tags (article-<uuid>, list-articles): nothing a regex would read
    # as more than a literal.
    if (req.http.Surrogate-Key !~ "^[A-Za-z0-9_-]+( [A-Za-z0-9_-]+)*$") {
        return (synth(400, "Surrogate-Key must name keys separated by single spaces"));
    }
    # A key matches whole, between spaces or the header's ends: "article-1" does not ban "article-10".
    # (No space in the expression: the ban parser splits its arguments on spaces, quotes or not.)
    if (!std.ban("obj.http.Surrogate-Key ~ (^|[[:space:]])(" + regsuball(req.http.Surrogate-Key, " ", "|")
            + ")([[:space:]]|$)")) {
        return (synth(400, std.ban_error()));
    }
    return (synth(204, "Banned"));
}

# The service answers the same whatever the Host (it builds links from CONTENT_PUBLIC_URL), so
# every host name it is reached by shares one object.
sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_hit {
    if (obj.ttl >= 0s) {
        return (deliver);
    }
    # stale-if-error: the service is down (the probe says so) or has just failed (vcl_synth).
    if (req.http.X-CDN-Stale-Ok || !std.healthy(req.backend_hint)) {
        return (deliver);
    }
    # stale-while-revalidate: answered now, while Varnish fetches a fresh copy in the background.
    if (obj.ttl + std.duration(regsub(obj.http.Cache-Control, "^.*stale-while-revalidate=([0-9]+).*$", "\1s"), 0s) > 0s) {
        return (deliver);
    }
    # Too old to answer while the service is up: fetch it now (the stale copy stays, for
    # If-None-Match and in case the fetch fails). Varnish 7 has no return (miss) here.
    set req.http.X-CDN-Refresh = "1";
    return (restart);
}

sub vcl_miss {
    # Answering from a stale copy was tried and there is none: say so, as the service would.
    if (req.http.X-CDN-Stale-Ok) {
        return (synth(503, "Service Unavailable"));
    }
}

sub vcl_backend_fetch {
    unset bereq.http.X-CDN-Refresh;
    unset bereq.http.X-CDN-Stale-Ok;
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver); # a pass: the client gets what the service answered
    }
    # A failed fetch for the cache keeps the stale copy: a background one leaves it in place, any
    # other ends in vcl_synth, which answers the stale copy if there is one.
    if (beresp.status >= 500) {
        return (abandon);
    }
    # Only what the service marks public with a lifetime, and can purge: an object without
    # Surrogate-Key (a redirect, an error, health, the OpenAPI document) would go stale unseen.
    if (!beresp.http.Surrogate-Key || beresp.http.Cache-Control !~ "max-age="
            || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    # The TTL is max-age (Varnish reads it). Grace is how long a stale copy is kept to be served:
    # the longer of stale-while-revalidate (while the service is up, vcl_hit) and stale-if-error.
    set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-while-revalidate=([0-9]+).*$", "\1s"), 0s);
    if (std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 0s) > beresp.grace) {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 0s);
    }
    # The rate-limit fields describe the quota of whoever caused the fetch; answers from the cache
    # count against nobody's.
    unset beresp.http.RateLimit;
    unset beresp.http.RateLimit-Policy;
    return (deliver);
}

sub vcl_backend_error {
    if (!bereq.uncacheable) {
        return (abandon); # as a 5xx above: the stale copy, if any, is answered
    }
    # A pass the service did not answer: a problem, as vcl_synth words them.
    set beresp.http.Content-Type = "application/problem+json";
    set beresp.http.Retry-After = "5";
    set beresp.body = {"{"type":"about:blank","title":"Service Unavailable","status":503}"};
    return (deliver);
}

sub vcl_synth {
    # A fetch for the cache failed: answer the stale copy if there is one (stale-if-error).
    if (resp.status == 503 && !req.http.X-CDN-Stale-Ok && (req.method == "GET" || req.method == "HEAD")
            && !req.http.Authorization) {
        unset req.http.X-CDN-Refresh;
        set req.http.X-CDN-Stale-Ok = "1";
        return (restart);
    }
    if (resp.status < 400) {
        return (deliver); # a ban's 204, without a body
    }
    # Errors as the service words them: RFC 9457 problem details.
    set resp.http.Content-Type = "application/problem+json";
    set resp.http.Cache-Control = "no-store";
    if (resp.status == 503) {
        set resp.http.Retry-After = "5";
    }
    set resp.body = {"{"type":"about:blank","title":""} + resp.reason + {"","status":"} + resp.status + "}";
    return (deliver);
}

sub vcl_deliver {
    # Where the answer came from: HIT (fresh copy), STALE (a copy past max-age), MISS (fetched for
    # the cache now), PASS (never cached).
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits == 0) {
        set resp.http.X-Cache = "MISS";
    } else if (obj.ttl < 0s) {
        set resp.http.X-Cache = "STALE";
    } else {
        set resp.http.X-Cache = "HIT";
    }
    # The tags are for banning here; clients have no use for them, and they run to 8 KB.
    unset resp.http.Surrogate-Key;
}
