package vn.toasoan.banner;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.SiteZone;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.text.Links;
import vn.toasoan.text.TypedText;
import vn.toasoan.text.VietnameseDates;

/**
 * The banner strip: today's for the site layout, its items and lead for editors in the newsroom. Every change is
 * audited and published as {@link BannersChanged}.
 */
@Service
public class Banners {

    /** What staff without the role are told. */
    private static final String EDITORS_ONLY = "Chỉ biên tập viên và quản trị viên được sửa băng chữ.";

    static final int TEMPLATE_MAX = 1000;
    static final int LEAD_MAX = 200;

    private static final Pattern ISO = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final Pattern VIETNAMESE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");

    private final BannerRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SiteZone zone;
    private final Clock clock;

    Banners(BannerRepository repository, AuditLog audit, ApplicationEventPublisher events, SiteZone zone,
            Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    /** Today's strip; "today" is the site time zone's. */
    public BannerStrip today() {
        return on(currentDay());
    }

    public BannerStrip on(LocalDate day) {
        return new BannerStrip(repository.lead().orElse(""), repository.shownOn(day).stream()
                .map(b -> new BannerStrip.Item(BannerText.render(b.template(), b.eventDate(), day), b.linkUrl()))
                .toList());
    }

    public String lead() {
        return repository.lead().orElse("");
    }

    /** Every item in strip order with its text of today and whether it shows today. */
    public List<BannerRow> rows() {
        LocalDate today = currentDay();
        List<Banner> all = repository.all();
        List<BannerRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Banner b = all.get(i);
            String state = b.shownOn(today) ? "shown"
                    : b.startsOn() != null && today.isBefore(b.startsOn()) ? "upcoming" : "ended";
            rows.add(new BannerRow(b, BannerText.render(b.template(), b.eventDate(), today), state, i, all.size()));
        }
        return rows;
    }

    public Banner find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("Không tìm thấy mục băng chữ (có thể vừa bị xóa)."));
    }

    /** Adds an item from the newsroom form, last in the strip. */
    @Transactional
    public long add(Actor actor, BannerChange change) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        NewBanner checked = check(change, repository.all().stream().mapToInt(Banner::position).max().orElse(-1) + 1);
        long id = repository.insert(checked);
        audit.record(actor, "banner.create", "banner", id, checked.template());
        events.publishEvent(new BannersChanged());
        return id;
    }

    @Transactional
    public void update(Actor actor, long id, BannerChange change) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        Banner current = find(id);
        NewBanner checked = check(change, current.position());
        repository.update(id, checked);
        audit.record(actor, "banner.update", "banner", id, checked.template());
        events.publishEvent(new BannersChanged());
    }

    /** Moves an item one place earlier ({@code -1}) or later ({@code +1}) in the strip. */
    @Transactional
    public void move(Actor actor, long id, int step) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        Banner banner = find(id);
        List<Banner> all = new ArrayList<>(repository.all());
        int from = 0;
        while (all.get(from).id() != id) {
            from++;
        }
        int to = Math.max(0, Math.min(all.size() - 1, from + Integer.signum(step)));
        if (from == to) {
            return;
        }
        all.add(to, all.remove(from));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).position() != i) {
                repository.setPosition(all.get(i).id(), i);
            }
        }
        audit.record(actor, "banner.move", "banner", id, banner.template() + ": vị trí " + (to + 1) + "/" + all.size());
        events.publishEvent(new BannersChanged());
    }

    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        Banner banner = find(id);
        repository.delete(id);
        audit.record(actor, "banner.delete", "banner", id, banner.template());
        events.publishEvent(new BannersChanged());
    }

    /** Sets the words before the items ("Nhiệt liệt chào mừng kỷ niệm"); blank for none. */
    @Transactional
    public void setLead(Actor actor, String typed) {
        actor.require(Role.EDITOR, EDITORS_ONLY);
        String lead = TypedText.line(typed);
        if (TypedText.length(lead) > LEAD_MAX) {
            throw new InvalidInput("lead", "Lời dẫn dài tối đa " + LEAD_MAX + " ký tự.");
        }
        repository.saveLead(lead);
        audit.record(actor, "banner.lead", "banner", null, lead == null ? "Bỏ lời dẫn" : lead);
        events.publishEvent(new BannersChanged());
    }

    /**
     * The text a template shows on {@code day} (blank: today in the site zone), for the editor's preview; bad
     * input is refused as it would be on saving.
     */
    public BannerPreview preview(String kind, String template, String eventDate, String day) {
        boolean anniversary = BannerChange.ANNIVERSARY.equals(kind)
                || (kind == null && eventDate != null && !eventDate.isBlank());
        String text = checkedTemplate(template, anniversary);
        LocalDate event = anniversary ? eventDate(eventDate) : null;
        LocalDate on = date("previewDate", day, "Ngày xem trước");
        LocalDate shownOn = on == null ? currentDay() : on;
        return new BannerPreview(BannerText.render(text, event, shownOn), shownOn);
    }

    /** Today in the site time zone. */
    public LocalDate currentDay() {
        return zone.today(clock);
    }

    /** Checks the form and turns it into what is stored. */
    private NewBanner check(BannerChange change, int position) {
        if (!BannerChange.PLAIN.equals(change.kind()) && !BannerChange.ANNIVERSARY.equals(change.kind())) {
            throw new InvalidInput("kind", "Chọn loại mục: chữ thường hoặc kỷ niệm.");
        }
        String template = checkedTemplate(change.template(), change.anniversary());
        LocalDate event = change.anniversary() ? eventDate(change.eventDate()) : null;
        LocalDate startsOn = date("startsOn", change.startsOn(), "Ngày bắt đầu");
        LocalDate endsOn = date("endsOn", change.endsOn(), "Ngày kết thúc");
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInput("endsOn", "Ngày kết thúc không được trước ngày bắt đầu.");
        }
        String link = TypedText.line(change.linkUrl());
        if (link != null && !Links.isSafe(link)) {
            throw new InvalidInput("linkUrl", "Liên kết phải là đường dẫn trong trang (bắt đầu bằng /, ví dụ /tin-tuc/…)"
                    + " hoặc địa chỉ web bắt đầu bằng http:// hay https://.");
        }
        return new NewBanner(template, event, startsOn, endsOn, link, position);
    }

    private static String checkedTemplate(String typed, boolean anniversary) {
        String template = TypedText.line(typed);
        if (template == null) {
            throw new InvalidInput("template", "Nhập nội dung của mục.");
        }
        if (TypedText.length(template) > TEMPLATE_MAX) {
            throw new InvalidInput("template", "Nội dung dài tối đa " + TEMPLATE_MAX + " ký tự.");
        }
        String problem = BannerText.problem(template, anniversary);
        if (problem != null) {
            throw new InvalidInput("template", problem);
        }
        return template;
    }

    private LocalDate eventDate(String typed) {
        LocalDate event = date("eventDate", typed, "Ngày sự kiện");
        if (event == null) {
            throw new InvalidInput("eventDate", "Mục kỷ niệm cần ngày sự kiện, ví dụ 7/5/1954.");
        }
        if (event.isAfter(currentDay())) {
            throw new InvalidInput("eventDate", "Ngày sự kiện phải là một ngày đã qua.");
        }
        return event;
    }

    /** A day typed as the date input sends it (2026-05-07) or as people write it (7/5/2026); blank is null. */
    static LocalDate date(String field, String typed, String label) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return checkedYear(field, label, LocalDate.of(Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            }
            Matcher vietnamese = VIETNAMESE.matcher(value);
            if (vietnamese.matches()) {
                return checkedYear(field, label, LocalDate.of(Integer.parseInt(vietnamese.group(3)),
                        Integer.parseInt(vietnamese.group(2)), Integer.parseInt(vietnamese.group(1))));
            }
        } catch (DateTimeException e) {
            // Answered below: 31/2 is no day.
        }
        throw new InvalidInput(field, label + " không hợp lệ: hãy nhập dạng ngày/tháng/năm, ví dụ "
                + VietnameseDates.dayMonthYear(LocalDate.of(1954, 5, 7)) + ".");
    }

    private static LocalDate checkedYear(String field, String label, LocalDate date) {
        if (date.getYear() < 1000) {
            throw new InvalidInput(field, label + " phải từ năm 1000 trở đi.");
        }
        return date;
    }
}
