package vn.toasoan.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/** A bean or configuration that exists only in cluster mode (shared stores on Redis and PostgreSQL). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ClusterCondition.OnCluster.class)
public @interface ConditionalOnCluster {
}
