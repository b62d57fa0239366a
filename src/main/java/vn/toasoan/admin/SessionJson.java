package vn.toasoan.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.springframework.data.redis.serializer.GenericJacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import vn.toasoan.account.StaffJson;

/**
 * Session attributes as JSON, for sessions shared between nodes in Redis: the security context, the CSRF token,
 * the request saved before login, the last login failure and the flash messages of a redirect. Each value names
 * its class, and only an allow-list of classes is ever created from it (Spring Security's own and ours), so a
 * value written into Redis by someone else cannot make a node instantiate arbitrary classes. Unlike Java
 * serialisation, a node of the next version reads what this one wrote: a rolling upgrade logs nobody out.
 */
final class SessionJson implements RedisSerializer<Object> {

    private final GenericJacksonJsonRedisSerializer json;

    SessionJson(ClassLoader classLoader) {
        BasicPolymorphicTypeValidator.Builder allowed = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType(StoredFlashMaps.class).allowIfSubType(StoredFlashMap.class)
                .allowIfSubType(ArrayList.class).allowIfSubType(LinkedHashMap.class);
        StaffJson.allow(allowed);
        // Called before build(): each of Spring Security's modules adds its own types to the allow-list.
        var securityModules = SecurityJacksonModules.getModules(classLoader, allowed);
        this.json = GenericJacksonJsonRedisSerializer.builder()
                // Instants as ISO text (Spring Security's module makes them numbers, which come back rounded to
                // the microsecond: the account in the session would then differ from the account read each request).
                .customize(mapper -> mapper.addModules(securityModules).addModule(new StaffJson())
                        .withConfigOverride(Instant.class,
                                instant -> instant.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING))))
                .enableDefaultTyping(allowed.build())
                .build();
    }

    @Override
    public byte[] serialize(Object value) throws SerializationException {
        return json.serialize(value instanceof List<?> list && StoredFlashMaps.holds(list)
                ? StoredFlashMaps.of(list) : value);
    }

    @Override
    public Object deserialize(byte[] bytes) throws SerializationException {
        Object value = json.deserialize(bytes);
        return value instanceof StoredFlashMaps flashMaps ? flashMaps.toFlashMaps() : value;
    }

    /**
     * Spring MVC's flash maps, which extend HashMap and so would lose their target and expiry as plain JSON.
     * Their values are the newsroom's notices: strings.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@class")
    record StoredFlashMaps(List<StoredFlashMap> maps) {

        static boolean holds(List<?> list) {
            return !list.isEmpty() && list.stream().allMatch(FlashMap.class::isInstance);
        }

        static StoredFlashMaps of(List<?> flashMaps) {
            return new StoredFlashMaps(new ArrayList<>(
                    flashMaps.stream().map(FlashMap.class::cast).map(StoredFlashMap::of).toList()));
        }

        /** As {@code SessionFlashMapManager} keeps them: a list that requests may change while others read it. */
        List<FlashMap> toFlashMaps() {
            return new CopyOnWriteArrayList<>(maps.stream().map(StoredFlashMap::toFlashMap).toList());
        }
    }

    record StoredFlashMap(String targetPath, Map<String, List<String>> targetParams, long expirationTime,
            Map<String, Object> attributes) {

        static StoredFlashMap of(FlashMap flash) {
            return new StoredFlashMap(flash.getTargetRequestPath(), new LinkedHashMap<>(flash.getTargetRequestParams()),
                    flash.getExpirationTime(), new LinkedHashMap<>(flash));
        }

        FlashMap toFlashMap() {
            FlashMap flash = new FlashMap();
            flash.setTargetRequestPath(targetPath);
            flash.addTargetRequestParams(new LinkedMultiValueMap<>(targetParams));
            flash.setExpirationTime(expirationTime);
            flash.putAll(attributes);
            return flash;
        }
    }
}
