package com.modernmedia.content.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The address a caller without a key is counted by: the forwarding header is read only when a trusted proxy sends
 * it, and then only as far as the trusted proxies wrote it.
 */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.10", "2001:db8:f::/48"),
            "X-Forwarded-For");

    @Test
    void shouldCountAnUntrustedPeerByItsOwnAddressWhateverItForwards() {
        assertEquals("203.0.113.5", behindProxies.resolve("203.0.113.5", List.of("198.51.100.1")));
        assertEquals("203.0.113.5", behindProxies.resolve("203.0.113.5", List.of()));
    }

    @Test
    void shouldCountATrustedProxysRequestByTheRightMostAddressNoTrustedProxyWrote() {
        assertEquals("198.51.100.1", behindProxies.resolve("10.1.2.3", List.of("198.51.100.1")));
        // Spoofed on the left by the client: its own proxy appended the address it really came from.
        assertEquals("198.51.100.1", behindProxies.resolve("10.1.2.3", List.of("203.0.113.66, 198.51.100.1")));
        // Through two trusted hops, the header split over two fields.
        assertEquals("198.51.100.1", behindProxies.resolve("10.1.2.3", List.of("203.0.113.66, 198.51.100.1", "192.0.2.10")));
    }

    @Test
    void shouldCountATrustedProxyByItselfWhenItNamesNoClient() {
        assertEquals("10.1.2.3", behindProxies.resolve("10.1.2.3", List.of()));
        assertEquals("192.0.2.10", behindProxies.resolve("10.1.2.3", List.of("unknown, 192.0.2.10")));
        assertEquals("10.9.9.9", behindProxies.resolve("10.1.2.3", List.of("10.9.9.9")));
    }

    @Test
    void shouldReadAddressesWithPortsAndIpv4MappedPeers() {
        assertEquals("198.51.100.1", behindProxies.resolve("::ffff:10.1.2.3", List.of("198.51.100.1:4711")));
        assertEquals("2001:db8:1:2:0:0:0:0/64", behindProxies.resolve("10.1.2.3", List.of("[2001:db8:1:2::17]:4711")));
    }

    @Test
    void shouldCountAnIpv6ClientByItsSlash64() {
        assertEquals(behindProxies.resolve("2001:db8:1:2::1", List.of()), behindProxies.resolve("2001:db8:1:2:ffff::9", List.of()));
        assertEquals("2001:db8:1:3:0:0:0:0/64", behindProxies.resolve("2001:db8:f:1::1", List.of("2001:db8:1:3::8")));
    }

    @Test
    void shouldReadTheForwardedHeaderWhenTheProxiesWriteThatOne() {
        ClientAddress forwarded = new ClientAddress(List.of("10.0.0.0/8"), "Forwarded");
        assertEquals("198.51.100.1", forwarded.resolve("10.1.2.3",
                List.of("for=203.0.113.66;proto=https, for=\"198.51.100.1:4711\";by=10.1.2.3")));
        assertEquals("2001:db8:1:2:0:0:0:0/64", forwarded.resolve("10.1.2.3", List.of("For=\"[2001:db8:1:2::17]:4711\"")));
        assertEquals("10.1.2.3", forwarded.resolve("10.1.2.3", List.of("for=_hidden")));
        // The other header is what a client wrote: ignored.
        assertEquals("10.1.2.3", forwarded.resolve("10.1.2.3", List.of()));
    }

    @Test
    void shouldRefuseATrustedProxyThatIsNoAddressAndAnUnknownHeader() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.example"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33"), "X-Forwarded-For"));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of(), "X-Real-IP"));
    }
}
