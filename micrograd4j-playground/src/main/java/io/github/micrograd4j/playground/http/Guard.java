package io.github.micrograd4j.playground.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every request passes before any handler sees it, in this order:
 * <ol>
 *   <li>the {@code Host} header is one of {@code 127.0.0.1:PORT}, {@code localhost:PORT},
 *       {@code [::1]:PORT} (and the {@code --host} name, if one was given), else 403: a page on another
 *       site whose name was rebound to 127.0.0.1 sends its own name and is refused (DNS rebinding);</li>
 *   <li>the token, from the {@code token} query parameter, the {@code X-Micrograd-Token} header, an
 *       {@code Authorization: Bearer} header or the cookie the token URL set, else 403;</li>
 *   <li>for a POST, an {@code Origin} header, when sent, is the server's own, else 403: another site's
 *       form or script cannot post here even if it guessed the token.</li>
 * </ol>
 */
final class Guard {
    private final Set<String> hosts;
    private final byte[] token;
    private final String cookieName;

    Guard(int port, String extraHost, String token) {
        String suffix = ":" + port;
        Set<String> allowed = new LinkedHashSet<>(
                List.of("127.0.0.1" + suffix, "localhost" + suffix, "[::1]" + suffix));
        if (extraHost != null && !extraHost.isBlank() && !isWildcard(extraHost)) {
            allowed.add((extraHost.contains(":") && !extraHost.startsWith("[") ? "[" + extraHost + "]" : extraHost)
                    .toLowerCase(Locale.ROOT) + suffix);
        }
        this.hosts = Set.copyOf(allowed);
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.cookieName = "micrograd4j-token-" + port;
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The cookie the token URL sets, named after the port so two servers do not overwrite each other's. */
    String cookieName() {
        return cookieName;
    }

    /**
     * The allowed {@code Host} values.
     *
     * @return host:port strings, lower case
     */
    Set<String> hosts() {
        return hosts;
    }

    /**
     * Runs the checks.
     *
     * @param exchange the request
     * @return whether the token came in the URL's query, so the page's response should set the cookie
     * @throws ApiException 403 naming which check failed
     */
    boolean check(Exchange exchange) {
        List<String> host = exchange.headers("Host");
        if (host.isEmpty() || host.size() != 1 || !hosts.contains(host.get(0).trim().toLowerCase(Locale.ROOT))) {
            throw new ApiException(403, "the Host header " + (host.isEmpty() ? "is missing" : "'" + shown(host) + "' is not")
                    + " one of " + String.join(", ", hosts.stream().sorted().toList())
                    + " (DNS rebinding protection)");
        }
        String fromQuery = queryToken(exchange.rawQuery());
        boolean ok = fromQuery != null ? matches(fromQuery) : matches(headerToken(exchange));
        if (!ok) {
            throw new ApiException(403, "missing or wrong token: open the URL that 'micrograd serve' printed, "
                    + "which ends in ?token=...");
        }
        if ("POST".equals(exchange.method())) {
            String origin = exchange.header("Origin");
            String site = exchange.header("Sec-Fetch-Site");
            boolean sameOrigin = origin == null || origin.equalsIgnoreCase("http://" + host.get(0).trim());
            if (!sameOrigin || (site != null && !site.equals("same-origin") && !site.equals("none"))) {
                throw new ApiException(403, "a POST from the origin '" + (origin == null ? site : origin)
                        + "' is refused: only the playground's own page may post");
            }
        }
        return fromQuery != null;
    }

    private static String shown(List<String> values) {
        String text = String.join(", ", values);
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    private boolean matches(String candidate) {
        // constant time, so the token cannot be guessed byte by byte from response times
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String queryToken(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) {
                try {
                    return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return ""; // a malformed %-escape is a wrong token, not a server error
                }
            }
        }
        return null;
    }

    private String headerToken(Exchange exchange) {
        String header = exchange.header("X-Micrograd-Token");
        if (header != null) {
            return header.trim();
        }
        String auth = exchange.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        List<String> cookies = exchange.headers("Cookie");
        {
            for (String line : cookies) {
                for (String cookie : line.split(";")) {
                    String c = cookie.trim();
                    if (c.startsWith(cookieName + "=")) {
                        return c.substring(cookieName.length() + 1);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The {@code Set-Cookie} value that lets the page's own requests carry the token: HttpOnly, so no
     * script reads it, and SameSite=Strict, so no other site's request carries it.
     *
     * @param tokenText the token
     * @return the header value
     */
    String cookie(String tokenText) {
        return cookieName + "=" + tokenText + "; Path=/; HttpOnly; SameSite=Strict";
    }
}
