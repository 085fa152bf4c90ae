package com.modernmedia.content.ratelimit;

import com.modernmedia.content.ContentConfig;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The address a request without a key is counted by. A request from a configured trusted proxy (a CDN, the load
 * balancer) is counted by the client its forwarding header names: walking that header from the right, past the
 * trusted proxies, the first address that is not one of them. Whatever is left of it was written by the client,
 * which may write anything, so it is never read. Any other request is counted by its own peer address, whatever
 * forwarding header it sends. An IPv6 client is counted by its /64, which one subscriber usually holds whole.
 */
@ApplicationScoped
class ClientAddress {

    private static final String X_FORWARDED_FOR = "x-forwarded-for";
    private static final String FORWARDED = "forwarded";

    private final List<Range> trusted;
    private final String header;

    @Inject
    ClientAddress(ContentConfig config) {
        this(config.rateLimits().trustedProxies().orElse(List.of()), config.rateLimits().forwardedHeader());
    }

    /** A trusted proxy that is not an address or range, or another header, stops the service from starting. */
    ClientAddress(List<String> trustedProxies, String forwardedHeader) {
        this.trusted = trustedProxies.stream().map(Range::parse).toList();
        this.header = forwardedHeader.toLowerCase(Locale.ROOT);
        if (!header.equals(X_FORWARDED_FOR) && !header.equals(FORWARDED)) {
            throw new IllegalArgumentException("content.rate-limits.forwarded-header must be X-Forwarded-For or Forwarded, not '"
                    + forwardedHeader + "'");
        }
    }

    /** The request's client, as the key of its bucket. */
    String of(HttpServerRequest request) {
        return resolve(request.remoteAddress().hostAddress(), request.headers().getAll(header));
    }

    /** The client behind the peer, given the values of the forwarding header in the order they came. */
    String resolve(String peer, List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                hops.add(header.equals(FORWARDED) ? forwardedFor(element) : element.strip());
            }
        }
        hops.add(peer);
        byte[] client = null;
        for (int hop = hops.size() - 1; hop >= 0; hop--) {
            byte[] address = parse(hops.get(hop));
            if (address == null) {
                break; // a trusted proxy wrote something that is not an address ("unknown", "_hidden"): count by that proxy
            }
            client = address;
            if (!isTrusted(address)) {
                break;
            }
        }
        return key(client);
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** The node of a Forwarded element's for= parameter (RFC 7239), quotes removed; empty when it has none. */
    private static String forwardedFor(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                return pair.substring(equals + 1).strip().replace("\"", "");
            }
        }
        return "";
    }

    /** An IP address written as a forwarding header writes it ("192.0.2.1:4711", "[2001:db8::1]:80"); null if none. */
    private static byte[] parse(String node) {
        String host = node;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? "" : host.substring(1, end);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
            host = host.substring(0, host.indexOf(':')); // IPv4 with a port
        }
        byte[] address = NetUtil.createByteArrayFromIpAddressString(host); // a literal only: never a DNS lookup
        return address == null ? null : unmapped(address);
    }

    /** ::ffff:192.0.2.1 is the IPv4 address 192.0.2.1, as a dual-stack socket reports it. */
    private static byte[] unmapped(byte[] address) {
        if (address.length == 16 && Arrays.equals(Arrays.copyOf(address, 12),
                new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff})) {
            return Arrays.copyOfRange(address, 12, 16);
        }
        return address;
    }

    private static String key(byte[] address) {
        try {
            if (address.length == 16) {
                byte[] prefix = Arrays.copyOf(Arrays.copyOf(address, 8), 16);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException notExpected) {
            throw new IllegalStateException("a 4 or 16 byte address is always an address", notExpected);
        }
    }

    /** An address or a CIDR range of trusted proxies: 203.0.113.7, 10.0.0.0/8, 2001:db8::/32. */
    private record Range(byte[] network, int prefixBits) {

        static Range parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] network = NetUtil.createByteArrayFromIpAddressString(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("content.rate-limits.trusted-proxies: '" + text + "' is not an IP address or CIDR range");
            }
            network = unmapped(network);
            int bits = parts.length == 1 ? network.length * 8 : Integer.parseInt(parts[1]);
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("content.rate-limits.trusted-proxies: '" + text + "' has a prefix out of range");
            }
            return new Range(network, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit += 8) {
                int mask = bit + 8 <= prefixBits ? 0xff : (0xff << (8 - (prefixBits - bit))) & 0xff;
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
