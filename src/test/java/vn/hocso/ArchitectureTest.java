package vn.hocso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/** The rules of the house from docs/architecture.md that a machine can check. */
@AnalyzeClasses(packages = "vn.hocso", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final PackageMatcher MODEL = PackageMatcher.of("..model..");

    private static final DescribedPredicate<JavaClass> ENTITY_TYPE = DescribedPredicate.describe(
            "an entity type (in ..model.. or annotated with @Entity)",
            type -> MODEL.matches(type.getPackageName()) || type.isAnnotatedWith(Entity.class));

    @ArchTest
    static final ArchRule pureCoresUseNeitherTheContainerNorTheUi = noClasses()
            .that().resideInAnyPackage("..core..", "..content..", "..gift..", "..grading..", "..pdf..", "..calc..",
                    "vn.hocso.platform.errors..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.primefaces..")
            .because("pure packages take records in and give records or bytes out, and are tested without a container");

    @ArchTest
    static final ArchRule restResourcesReturnNoEntities = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("..api..")
            .and().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .should(returnNoType(ENTITY_TYPE))
            .because("REST resources answer with DTO records, never with entities");

    @ArchTest
    static final ArchRule entitiesLiveInModelPackages = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAnyPackage("..model..", "vn.hocso.platform.audit..");

    /** Looks inside generic return types too, so List<Account> is caught as well as Account. */
    private static ArchCondition<JavaMethod> returnNoType(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("not return " + forbidden.getDescription()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getReturnType().getAllInvolvedRawTypes().stream()
                        .filter(forbidden)
                        .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns " + type.getName())));
            }
        };
    }
}
