# shellcheck shell=bash
# Shared by .ci/run and scripts/cdn-e2e.sh: varnishd from the distribution's own package (Debian 12 ships
# 7.1), installed when missing, never from a third-party repository. deploy/cdn/default.vcl is Varnish 7's.
ensure_varnish() {
    if ! command -v varnishd >/dev/null; then
        echo "installing the distribution's varnish package" >&2
        local sudo=""
        [[ $EUID -eq 0 ]] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends varnish >/dev/null
    fi
    if ! varnishd -V 2>&1 | grep -q 'varnish-7\.'; then
        echo "deploy/cdn/default.vcl needs Varnish 7, not $(varnishd -V 2>&1 | head -1)" >&2
        return 1
    fi
}
