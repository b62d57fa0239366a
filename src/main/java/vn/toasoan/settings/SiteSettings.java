package vn.toasoan.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.SiteProperties;
import vn.toasoan.SiteZone;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.text.EmailAddresses;
import vn.toasoan.text.TypedText;

/**
 * The site settings in force: saved values over the configuration. Pages read them on every render, so they are
 * kept in memory and read again from the database whenever the change feed says they were saved, on this node or
 * another. Every change is audited and published as {@link SiteSettingsChanged}.
 */
@Service
public class SiteSettings {

    /** What staff without the role are told. */
    private static final String ADMINS_ONLY = "Chỉ quản trị viên được thay đổi cài đặt của trang.";

    static final String NAME = "site.name";
    static final String LOGO = "site.logo";
    static final String FOOTER = "site.footer";
    static final String ADDRESS = "site.address";
    static final String PHONE = "site.phone";
    static final String EMAIL = "site.email";
    static final String ZONE = "site.zone";
    static final String VISITOR_OFFSET = "stats.total-offset";

    static final int NAME_MAX = 200;
    static final int FOOTER_MAX = 2000;
    static final int ADDRESS_MAX = 300;

    private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9+() .\\-/]{3,40}");
    private static final Pattern LOGO_FILE = Pattern.compile("logo-[0-9a-f]{16}\\.png");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,15}");
    private static final List<String> ZONE_IDS = regionZoneIds();
    private static final Set<String> ZONE_ID_SET = Set.copyOf(ZONE_IDS);

    private final SettingRepository repository;
    private final SiteProperties defaults;
    private final SiteZone zone;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Path logoDirectory;
    private volatile SiteDetails loaded;

    SiteSettings(SettingRepository repository, SiteProperties defaults, SiteZone zone, AuditLog audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions,
            DataDirectoryProperties dataDirectory) {
        this.repository = repository;
        this.defaults = defaults;
        this.zone = zone;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.logoDirectory = dataDirectory.dataDir().resolve("site");
        this.loaded = load();
    }

    /** The settings in force. */
    public SiteDetails current() {
        return loaded;
    }

    /**
     * Reads the settings again: after a save on any node, as the change feed tells ({@link SettingsFollower}).
     */
    void reload() {
        loaded = load();
    }

    /** Saves the whole settings form; nothing is saved when a value is refused. */
    public void update(Actor actor, SettingsChange change) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        String name = TypedText.line(change.name());
        if (name == null) {
            throw new InvalidInput("name", "Nhập tên trang.");
        }
        limit("name", name, NAME_MAX, "Tên trang");
        String footer = TypedText.lines(change.footerText());
        limit("footerText", footer, FOOTER_MAX, "Chân trang");
        String address = TypedText.line(change.address());
        limit("address", address, ADDRESS_MAX, "Địa chỉ");
        String phone = TypedText.line(change.phone());
        if (phone != null && (!PHONE_PATTERN.matcher(phone).matches() || !phone.matches(".*[0-9].*"))) {
            throw new InvalidInput("phone", "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + ( ) . - / (tối đa 40 ký tự).");
        }
        String email = TypedText.line(change.email());
        if (email != null && (email.length() > EmailAddresses.MAX_LENGTH || !EmailAddresses.hasAddressShape(email))) {
            throw new InvalidInput("email", "Thư điện tử không hợp lệ (dạng ten@co-quan.gov.vn, tối đa 254 ký tự).");
        }
        ZoneId newZone = zoneOf(change.zone())
                .orElseThrow(() -> new InvalidInput("zone", "Chọn một múi giờ trong danh sách."));
        Long offset = offset(change.visitorOffset());

        SiteDetails before = current();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put(NAME, name);
        values.put(FOOTER, footer);
        values.put(ADDRESS, address);
        values.put(PHONE, phone);
        values.put(EMAIL, email);
        values.put(ZONE, newZone.getId());
        values.put(VISITOR_OFFSET, offset == null ? null : offset.toString());
        String detail = describeChanges(before, name, footer, address, phone, email, newZone, offset);
        save(actor, "settings.update", detail, values);
    }

    /** Re-encodes and stores a new logo (see {@link LogoImages}). */
    public void replaceLogo(Actor actor, byte[] upload) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        LogoImages.Logo logo = LogoImages.reencode(upload);
        String file = "logo-" + HexFormat.of().formatHex(sha256(logo.png()), 0, 8) + ".png";
        try {
            Files.createDirectories(logoDirectory);
            Path temporary = Files.createTempFile(logoDirectory, "upload-", ".tmp");
            Files.write(temporary, logo.png());
            Files.move(temporary, logoDirectory.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the logo in " + logoDirectory, e);
        }
        String value = file + " " + logo.width() + " " + logo.height();
        save(actor, "settings.logo", "Logo mới " + logo.width() + "×" + logo.height(), Map.of(LOGO, value));
    }

    /** Back to the bundled emblem. */
    public void removeLogo(Actor actor) {
        actor.require(Role.ADMIN, ADMINS_ONLY);
        save(actor, "settings.logo-remove", "Dùng lại logo mặc định", Collections.singletonMap(LOGO, null));
    }

    /** The stored logo file of this name, if it is one of ours. */
    public Optional<Path> logoFile(String name) {
        if (name == null || !LOGO_FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = logoDirectory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The visitor counter's starting offset if an administrator saved one. */
    public Optional<Long> visitorOffset() {
        return Optional.ofNullable(current().visitorOffset());
    }

    /** Region-based zone ids for the settings form, sorted. */
    public static List<String> zoneIds() {
        return ZONE_IDS;
    }

    private static List<String> regionZoneIds() {
        Set<String> ids = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                ids.add(id);
            }
        }
        ids.add("UTC");
        return List.copyOf(ids);
    }

    static Optional<ZoneId> zoneOf(String id) {
        if (id == null || id.isBlank() || !ZONE_ID_SET.contains(id.strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The values (null: back to the default), their audit entry and the change feed's entry, in one transaction. */
    private void save(Actor actor, String action, String detail, Map<String, String> values) {
        transaction.executeWithoutResult(status -> {
            values.forEach(repository::put);
            audit.record(actor, action, "settings", null, detail);
            events.publishEvent(new SiteSettingsChanged());
        });
    }

    private SiteDetails load() {
        Map<String, String> values = repository.all();
        ZoneId siteZone = zoneOf(values.get(ZONE)).orElse(defaults.zone());
        zone.set(siteZone);
        String logoUrl = SiteDetails.DEFAULT_LOGO;
        int logoWidth = 64;
        int logoHeight = 64;
        String[] logo = values.getOrDefault(LOGO, "").split(" ");
        if (logo.length == 3 && LOGO_FILE.matcher(logo[0]).matches() && DIGITS.matcher(logo[1]).matches()
                && DIGITS.matcher(logo[2]).matches()) {
            logoUrl = LogoController.PATH + logo[0];
            logoWidth = Integer.parseInt(logo[1]);
            logoHeight = Integer.parseInt(logo[2]);
        }
        String offset = values.get(VISITOR_OFFSET);
        return new SiteDetails(
                Objects.requireNonNullElse(values.get(NAME), defaults.name()), defaults.baseUrl(), siteZone,
                logoUrl, logoWidth, logoHeight, values.get(FOOTER), values.get(ADDRESS), values.get(PHONE),
                values.get(EMAIL), offset != null && DIGITS.matcher(offset).matches() ? Long.valueOf(offset) : null);
    }

    private static Long offset(String typed) {
        String value = TypedText.line(typed);
        if (value == null) {
            return null;
        }
        value = value.replace(".", "").replace(",", "").replace(" ", "");
        if (!DIGITS.matcher(value).matches()) {
            throw new InvalidInput("visitorOffset", "Số lượt truy cập ban đầu là một số nguyên không âm (tối đa 15 chữ số).");
        }
        return Long.valueOf(value);
    }

    private static void limit(String field, String value, int max, String label) {
        if (TypedText.length(value) > max) {
            throw new InvalidInput(field, label + " dài tối đa " + max + " ký tự.");
        }
    }

    private static String describeChanges(SiteDetails before, String name, String footer, String address,
            String phone, String email, ZoneId zone, Long offset) {
        List<String> parts = new ArrayList<>();
        if (!name.equals(before.name())) {
            parts.add("Tên trang: " + name);
        }
        if (!Objects.equals(footer, before.footerText())) {
            parts.add("Chân trang");
        }
        if (!Objects.equals(address, before.address()) || !Objects.equals(phone, before.phone())
                || !Objects.equals(email, before.email())) {
            parts.add("Liên hệ");
        }
        if (!zone.equals(before.zone())) {
            parts.add("Múi giờ: " + before.zone().getId() + " → " + zone.getId());
        }
        if (!Objects.equals(offset, before.visitorOffset())) {
            parts.add("Số lượt truy cập ban đầu: " + (offset == null ? "theo cấu hình" : offset));
        }
        return parts.isEmpty() ? "Không thay đổi" : String.join("; ", parts);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
