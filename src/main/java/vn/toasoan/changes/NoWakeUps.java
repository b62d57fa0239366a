package vn.toasoan.changes;

import org.springframework.stereotype.Component;

import vn.toasoan.cluster.ConditionalOnSingleNode;

/** One node has nobody to wake: its own commits are followed in the committing thread (see {@link ChangeRecorder}). */
@Component
@ConditionalOnSingleNode
class NoWakeUps implements ChangeWakeUps {

    @Override
    public void committed() {
        // nothing to do
    }
}
