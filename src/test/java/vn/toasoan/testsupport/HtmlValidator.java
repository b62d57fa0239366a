package vn.toasoan.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker ({@code nu.validator:validator:20.7.2}) in-process and offline, as the vnu CLI
 * ({@code nu.validator.client.SimpleCommandLineValidator --errors-only}) runs it: schema
 * {@code http://s.validator.nu/html5-all.rnc} from the jar's local cache, no language detection, no network.
 *
 * <p>Schemas take seconds to load, so there is one shared instance, built on first use; checks are serialised.
 * 20.7.2 predates much of current CSS: keep CSS in stylesheets (it only checks inline {@code <style>}/{@code style=}).
 *
 * <pre>assertThat(HtmlValidator.get().errors(html)).isEmpty();</pre>
 */
public final class HtmlValidator {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static HtmlValidator instance;

    private final SimpleDocumentValidator validator;

    private final Collector collector = new Collector();

    private HtmlValidator() {
        // As the CLI does for --errors-only: datatype problems are errors, not warnings.
        System.setProperty("nu.validator.datatype.warn", "false");
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, new SystemErrErrorHandler());
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the Nu HTML Checker", e);
        }
    }

    /** The shared checker (first call loads the schemas: a few seconds). */
    public static synchronized HtmlValidator get() {
        if (instance == null) {
            instance = new HtmlValidator();
        }
        return instance;
    }

    /**
     * The checker's messages of type "error" (fatal ones included, warnings and info left out), each as
     * {@code "line N: message"}; empty when the page is valid.
     */
    public synchronized List<String> errors(String html) {
        collector.errors = new ArrayList<>();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setSystemId("about:test");
        try {
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            collector.errors.add("line -1: checker failed: " + e);
        }
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {

        List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        private void add(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
    }
}
