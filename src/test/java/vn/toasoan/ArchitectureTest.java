package vn.toasoan;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Package rules for the production code (test classes are not imported). Cycles between feature packages are found by
 * {@link ModularityTests}, with the rest of the module rules.
 */
@AnalyzeClasses(packages = "vn.toasoan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A feature's data access stays inside the feature: other packages go through its services. */
    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes().that().haveSimpleNameEndingWith("Repository")
            .should().notBePublic()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule jdbcClientNotJdbcTemplate = noClasses().that().resideInAPackage("vn.toasoan..")
            .and().doNotHaveFullyQualifiedName("vn.toasoan.jobs.JobLocks")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .because("we use JdbcClient (JobLocks only hands ShedLock's JDBC lock provider the JdbcTemplate it takes,"
                    + " and writes no SQL)");

    @ArchTest
    static final ArchRule textDependsOnNothingElseInTheApplication = noClasses()
            .that().resideInAPackage("vn.toasoan.text..")
            .should().dependOnClassesThat(resideInAPackage("vn.toasoan..").and(not(resideInAPackage("vn.toasoan.text.."))))
            .allowEmptyShould(true)
            .because("text is a leaf library (Vietnamese text handling) that every feature may use");
}
