package vn.toasoan.admin;

import org.springframework.dao.DataAccessException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.toasoan.cluster.RedisOutage;

/**
 * Keeps pages served while the shared session store (Redis) is away: a request whose session cannot be read is
 * served as one without a session (a reader's page as always; the newsroom asks to log in again) instead of an error
 * page. Saving and deleting still fail loudly: a login that could not be stored, or a logout that could not remove
 * the session, must not look as if it had worked. The outage and the recovery are each logged once.
 */
final class SessionStoreOutage<S extends Session> implements SessionRepository<S> {

    private final SessionRepository<S> store;
    private final RedisOutage outage = new RedisOutage(SessionStoreOutage.class,
            "requests are served without their newsroom session until it answers again",
            "newsroom sessions are read from it again");

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
            outage.answered();
            return session;
        } catch (DataAccessException e) {
            outage.failed(e);
            return null;
        }
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }
}
