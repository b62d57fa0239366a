package vn.toasoan.admin;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Keeps pages served while the shared session store (Redis) is away: a request whose session cannot be read is
 * served as one without a session (a reader's page as always; the newsroom asks to log in again) instead of an error
 * page. Saving and deleting still fail loudly: a login that could not be stored, or a logout that could not remove
 * the session, must not look as if it had worked. The outage and the recovery are each logged once.
 */
final class SessionStoreOutage<S extends Session> implements SessionRepository<S> {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreOutage.class);

    private final SessionRepository<S> store;
    private final AtomicBoolean away = new AtomicBoolean();

    SessionStoreOutage(SessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public S createSession() {
        return store.createSession();
    }

    @Override
    public void save(S session) {
        store.save(session);
    }

    @Override
    public S findById(String id) {
        try {
            S session = store.findById(id);
            if (away.compareAndSet(true, false)) {
                log.info("Session store reachable again: newsroom sessions are read from it");
            }
            return session;
        } catch (DataAccessException e) {
            if (away.compareAndSet(false, true)) {
                log.warn("Session store unreachable ({}): requests are served without their session until it "
                        + "answers again", e.getMostSpecificCause().toString());
            }
            return null;
        }
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }
}
