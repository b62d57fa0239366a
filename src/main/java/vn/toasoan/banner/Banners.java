package vn.toasoan.banner;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.text.VietnameseText;

/** The banner strip of the day, for the site layout. */
@Service
public class Banners {

    private final BannerRepository repository;
    private final Clock clock;

    Banners(BannerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Today's strip; "today" is the site time zone's, as the injected clock carries it. */
    public BannerStrip today() {
        return on(LocalDate.now(clock));
    }

    public BannerStrip on(LocalDate day) {
        return new BannerStrip(repository.lead().orElse(""), repository.shownOn(day).stream()
                .map(b -> new BannerStrip.Item(BannerText.render(b.template(), b.eventDate(), day), b.linkUrl()))
                .toList());
    }

    @Transactional
    public long add(NewBanner banner) {
        if (banner.startsOn() != null && banner.endsOn() != null && banner.endsOn().isBefore(banner.startsOn())) {
            throw new IllegalArgumentException("Ngày kết thúc phải sau ngày bắt đầu");
        }
        return repository.insert(new NewBanner(VietnameseText.nfc(banner.template()), banner.eventDate(),
                banner.startsOn(), banner.endsOn(), banner.linkUrl(), banner.position()));
    }

    @Transactional
    public void setLead(String lead) {
        repository.saveLead(VietnameseText.nfc(lead));
    }
}
