package vn.toasoan.stats;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Tells visitors apart without knowing who they are: by a random id in a first-party cookie, or, for a client
 * without it, by an HMAC of its address and User-Agent under a random salt ({@link VisitorSalts}) that is never
 * written to disk and changes at midnight (site time zone), so the hash cannot be reversed or followed from one
 * day to the next.
 */
final class Visitors {

    static final String COOKIE = "tsv";
    static final Duration COOKIE_MAX_AGE = Duration.ofDays(365);
    private static final String COOKIE_ATTRIBUTES = "; Path=/; Max-Age=" + COOKIE_MAX_AGE.toSeconds()
            + "; HttpOnly; SameSite=Lax";

    /** 128 random bits in unpadded base64url; anything else is ignored and replaced. */
    private static final Pattern COOKIE_VALUE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    /** Asked at each use: an administrator may change the site zone; the salts then change with the day. */
    private final Supplier<ZoneId> zone;
    private final Duration visitTimeout;
    /** One generator and one MAC per thread: the shared ones serialise every page view on a lock. */
    private static final ThreadLocal<SecureRandom> COOKIE_RANDOM = ThreadLocal.withInitial(Visitors::newRandom);
    private static final ThreadLocal<KeyedMac> MACS = new ThreadLocal<>();
    private final VisitorSalts salts;

    Visitors(Clock clock, ZoneId zone, Duration visitTimeout) {
        this(clock, () -> zone, visitTimeout, new LocalVisitorSalts());
    }

    Visitors(Clock clock, Supplier<ZoneId> zone, Duration visitTimeout, VisitorSalts salts) {
        this.clock = clock;
        this.zone = zone;
        this.visitTimeout = visitTimeout;
        this.salts = salts;
    }

    /**
     * A visitor as seen by one request.
     *
     * @param key the visitor key: the cookie id, or the fingerprint when there is no cookie
     * @param aliases earlier keys the same browser may have been counted under (see {@link VisitStore#touch})
     * @param needsCookie true when the request carried no valid cookie, so one should be issued
     */
    record Visitor(String key, List<String> aliases, boolean needsCookie) {
    }

    Visitor identify(HttpServletRequest request) {
        Instant now = clock.instant();
        List<String> fingerprints = fingerprints(request, now);
        String cookieId = cookieId(request);
        if (cookieId != null) {
            // A cookie id seen for the first time may belong to a browser counted under its fingerprint a moment ago.
            return new Visitor("c:" + cookieId, fingerprints, false);
        }
        return new Visitor(fingerprints.get(0), fingerprints.subList(1, fingerprints.size()), true);
    }

    /** Gives the browser a new random id; Secure when the request came over HTTPS. */
    void issueCookie(HttpServletRequest request, HttpServletResponse response) {
        byte[] id = new byte[16];
        COOKIE_RANDOM.get().nextBytes(id);
        // Built by hand: ResponseCookie formats an Expires date on every call, and Max-Age says the same.
        response.addHeader(HttpHeaders.SET_COOKIE, COOKIE + "=" + BASE64URL.encodeToString(id)
                + (request.isSecure() ? COOKIE_ATTRIBUTES + "; Secure" : COOKIE_ATTRIBUTES));
    }

    private static String cookieId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && COOKIE_VALUE.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /**
     * The fingerprint under today's salt, then, during the first visit timeout after midnight, under yesterday's:
     * a visit running across midnight must not look like a new visitor.
     */
    private List<String> fingerprints(HttpServletRequest request, Instant now) {
        ZoneId siteZone = zone.get();
        LocalDate day = LocalDate.ofInstant(now, siteZone);
        String address = Objects.toString(request.getRemoteAddr(), "");
        String userAgent = Objects.toString(request.getHeader(HttpHeaders.USER_AGENT), "");
        String today = fingerprint(salts.of(day), address, userAgent);
        boolean justAfterMidnight = now.isBefore(day.atStartOfDay(siteZone).toInstant().plus(visitTimeout));
        if (justAfterMidnight) {
            return List.of(today, fingerprint(salts.of(day.minusDays(1)), address, userAgent));
        }
        return List.of(today);
    }

    /** A MAC already keyed with one salt; doFinal leaves it keyed, ready for the next fingerprint. */
    private record KeyedMac(byte[] salt, Mac mac) {
    }

    /** DRBG instances lock only themselves; the default NativePRNG shares one lock across the JVM. */
    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (GeneralSecurityException e) {
            return new SecureRandom();
        }
    }

    private static Mac macFor(byte[] salt) throws GeneralSecurityException {
        KeyedMac keyed = MACS.get();
        if (keyed == null || keyed.salt() != salt) {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt, HMAC));
            keyed = new KeyedMac(salt, mac);
            MACS.set(keyed);
        }
        return keyed.mac();
    }

    private static String fingerprint(byte[] salt, String address, String userAgent) {
        try {
            Mac mac = macFor(salt);
            mac.update(address.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(userAgent.getBytes(StandardCharsets.UTF_8));
            return "f:" + BASE64URL.encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
