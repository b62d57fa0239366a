package vn.toasoan.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Both conditions read the same switch, so exactly one of a cluster bean and its single-node twin exists. */
final class ClusterCondition {

    private ClusterCondition() {
    }

    static final class OnCluster implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return ClusterSwitch.isOn(context.getEnvironment());
        }
    }

    static final class OnSingleNode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !ClusterSwitch.isOn(context.getEnvironment());
        }
    }
}
