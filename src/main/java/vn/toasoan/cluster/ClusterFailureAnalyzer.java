package vn.toasoan.cluster;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why a node refused cluster mode in one line, without a stack trace. */
class ClusterFailureAnalyzer extends AbstractFailureAnalyzer<ClusterMisconfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ClusterMisconfigured cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start every node with the same PostgreSQL datasource, or none of them in cluster mode.", cause);
    }
}
