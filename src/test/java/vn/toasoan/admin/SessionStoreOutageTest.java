package vn.toasoan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.StringRedisSerializer;
import org.springframework.session.Session;
import org.springframework.session.data.redis.RedisSessionRepository;

import vn.toasoan.testsupport.CuttableProxy;
import vn.toasoan.testsupport.TestRedis;

/** Spring Session's Redis repository behind a relay that the test cuts and restores, as when Redis restarts. */
@Tag("redis")
class SessionStoreOutageTest {

    private final String prefix = TestRedis.uniquePrefix();
    private CuttableProxy proxy;
    private LettuceConnectionFactory connections;

    @AfterEach
    void close() throws Exception {
        LettuceConnectionFactory direct = TestRedis.connect();
        try {
            TestRedis.deleteAll(new StringRedisTemplate(direct), prefix);
        } finally {
            direct.destroy();
        }
        connections.destroy();
        proxy.close();
    }

    @Test
    void aSessionThatCannotBeReadIsNoSessionUntilRedisAnswersAgainWhileSavingAndDeletingStillFail() throws Exception {
        URI redis = URI.create(TestRedis.url());
        proxy = CuttableProxy.to(redis.getHost(), redis.getPort());
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", proxy.port()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
        connections.afterPropertiesSet();
        connections.start();
        RedisTemplate<String, Object> template = new RedisTemplate<>();
        template.setConnectionFactory(connections);
        template.setKeySerializer(new StringRedisSerializer());
        template.setHashKeySerializer(new StringRedisSerializer());
        template.afterPropertiesSet();
        RedisSessionRepository repository = new RedisSessionRepository(template);
        repository.setRedisKeyNamespace(prefix + "session");
        readAcrossAnOutage(new SessionStoreOutage<>(repository));
    }

    private <S extends Session> void readAcrossAnOutage(SessionStoreOutage<S> sessions) throws Exception {
        S session = sessions.createSession();
        session.setAttribute("tac-gia", "Nguyễn Văn A");
        sessions.save(session);
        assertThat(sessions.findById(session.getId()).<String>getAttribute("tac-gia")).isEqualTo("Nguyễn Văn A");

        proxy.cut();
        assertThat(sessions.findById(session.getId())).isNull();
        S during = sessions.createSession();
        during.setAttribute("tac-gia", "Trần Thị B");
        assertThatThrownBy(() -> sessions.save(during)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> sessions.deleteById(session.getId())).isInstanceOf(DataAccessException.class);

        proxy.restore();
        assertThat(sessions.findById(session.getId()).<String>getAttribute("tac-gia")).isEqualTo("Nguyễn Văn A");
        assertThat(sessions.findById(during.getId())).isNull();
    }
}
