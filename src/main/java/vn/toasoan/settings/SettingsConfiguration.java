package vn.toasoan.settings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.toasoan.SiteProperties;
import vn.toasoan.SiteZone;

@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    /**
     * The zone in force from the first bean that asks, the saved one if there is one: beans built before the
     * settings service (the clock, the statistics) must not start with the configured zone.
     */
    @Bean
    SiteZone siteZone(SiteProperties site, SettingRepository settings) {
        return new SiteZone(SiteSettings.zoneOf(settings.all().get(SiteSettings.ZONE)).orElse(site.zone()));
    }
}
