package vn.toasoan.changes;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

import vn.toasoan.cluster.RedisOutage;

/**
 * Wake-ups between the nodes of a cluster over Redis pub/sub, on the channel {@code <key-prefix>changes}. A message
 * carries the sender's id, so a node ignores its own. Sending and catching up happen on threads of their own,
 * coalesced: the committing request never waits for Redis, and a burst of commits sends (and causes) a catch-up or
 * two, not one per commit. Redis away: the hints are lost, the poll goes on, and the failure is logged once until
 * the messages go through again.
 */
final class RedisWakeUps implements ChangeWakeUps, MessageListener, AutoCloseable {

    static final String CHANNEL = "changes";

    private final StringRedisTemplate redis;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private final Coalesced sending;
    private final Coalesced catchingUp;
    private final RedisOutage outage = new RedisOutage(RedisWakeUps.class,
            "change feed wake-ups are not sent; the other nodes find the changes at their next poll",
            "change feed wake-ups reach the other nodes again");

    /**
     * @param channel the full channel name, under the site's key prefix
     * @param catchUp what a wake-up from another node does: this node's followers read the feed
     */
    RedisWakeUps(StringRedisTemplate redis, String channel, Runnable catchUp) {
        this.redis = redis;
        this.channel = channel;
        this.sending = new Coalesced("change-wake-up-send", this::send);
        this.catchingUp = new Coalesced("change-wake-up-follow", catchUp);
    }

    @Override
    public void committed() {
        sending.request();
    }

    private void send() {
        try {
            redis.convertAndSend(channel, node);
            outage.answered();
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        if (!node.equals(new String(message.getBody(), StandardCharsets.UTF_8))) {
            catchingUp.request();
        }
    }

    @Override
    public void close() {
        sending.close();
        catchingUp.close();
    }
}
