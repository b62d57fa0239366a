package vn.toasoan.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.toasoan.document.DocumentSymbol;
import vn.toasoan.text.VietnameseText;

/**
 * The Lucene index itself: one long-lived writer, near-real-time searchers, the Vietnamese query. Thread-safe.
 *
 * <p>Title, sapo and body are indexed together twice: folded ({@code all_f}) and with diacritics ({@code all_x});
 * the title also alone ({@code title_f}). A query must match its words folded, so "nghi quyet" finds "nghị quyết";
 * words in the title score extra; words typed with diacritics also score in the exact form, so "đường" ranks
 * "đường" above "dương"; and the words as a phrase score extra, so "Điện Biên Phủ" ranks the place above three
 * scattered syllables. One field for all the text keeps a query to one posting list a word. Neighbouring common
 * syllables are also indexed as pairs ({@code all_p}, see {@link VietnameseAnalyzer#pair}), which score the
 * phrases of common words in every result and keep queries made only of common syllables fast.
 */
final class LuceneIndex implements AutoCloseable {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TITLE = "title";
    static final String SAPO = "sapo";
    static final String BODY = "body";
    static final String CATEGORY = "category";
    static final String DATE = "date";
    static final String URL = "url";
    /** The rebuild a document was written in, so a rebuild can drop what it did not see. */
    static final String GENERATION = "gen";
    static final String TITLE_FOLDED = "title_f";
    static final String ALL_FOLDED = "all_f";
    static final String ALL_EXACT = "all_x";
    /** Neighbouring common syllables, folded, as one term ("nguoi dan"): see {@link VietnameseAnalyzer#pair}. */
    static final String ALL_PAIRS = "all_p";
    /** An official document's symbol as one normalised word ({@link #symbolKey}): "14-KH/ĐU" → "14khdu". */
    static final String SYMBOL = "symbol";

    /** Folded words with positions, for phrases. */
    private static final FieldType PHRASES = new FieldType();
    /** Exact words only add score to single words: no positions, a smaller index, faster writes. */
    private static final FieldType WORDS = new FieldType();
    /** A pair scores by how rare it is, not how often or in how long a text: documents only, no norms. */
    private static final FieldType PAIRS = new FieldType();

    static {
        PHRASES.setTokenized(true);
        PHRASES.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        PHRASES.freeze();
        WORDS.setTokenized(true);
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS.freeze();
        PAIRS.setTokenized(true);
        PAIRS.setIndexOptions(IndexOptions.DOCS);
        PAIRS.setOmitNorms(true);
        PAIRS.freeze();
    }

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

    /** Above this many words the rest only slows the query down. */
    private static final int MAX_QUERY_TERMS = 32;
    private static final int SNIPPET_CHARS = 220;
    /**
     * Totals are counted exactly up to here; past it Lucene may skip documents that cannot make the page, which
     * keeps common words fast, and the total is a lower bound.
     */
    static final int EXACT_TOTAL_UP_TO = 1_000;

    private static final float TITLE_BOOST = 1f;
    private static final float EXACT_BOOST = 0.75f;
    private static final float PHRASE_BOOST = 1.5f;
    /**
     * Two neighbouring words of the query found together in a text weigh about as much as a word in the title: a
     * phrase of common syllables ("có thể", "người dân") counts for more than its syllables, and as soon as the page's
     * best results hold the pairs, Lucene skips the documents that hold the words without them.
     */
    private static final float PAIR_BOOST = 4f;
    /**
     * How many of the first pass's best results the phrase score is added to: the words' score puts the documents
     * holding the phrase among them, and the phrase only reorders them.
     */
    static final int RESCORE_TOP = 50;
    /** A query that is a document's symbol, however written, puts that document first. */
    private static final float SYMBOL_BOOST = 100f;
    /** Longer "symbols" are not symbols; the bound keeps odd queries cheap. */
    private static final int MAX_SYMBOL_KEY = 60;

    private final Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT);
    private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED);
    private final Analyzer pairs = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED_PAIRS);
    private final Snippets snippets = new Snippets(folded);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean recreated;

    private LuceneIndex(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        this.directory = directory;
        Analyzer perField = new PerFieldAnalyzerWrapper(exact,
                Map.of(TITLE_FOLDED, folded, ALL_FOLDED, folded, ALL_PAIRS, pairs));
        IndexWriterConfig config = new IndexWriterConfig(perField).setOpenMode(mode).setRAMBufferSizeMB(96);
        IndexWriter opened = new IndexWriter(directory, config);
        try {
            this.searchers = new SearcherManager(opened, null);
        } catch (IOException | RuntimeException e) {
            opened.rollback();
            throw e;
        }
        this.writer = opened;
        this.recreated = mode == IndexWriterConfig.OpenMode.CREATE;
        markFormatIfEmpty();
    }

    /**
     * Opens the index in {@code path}, creating it if missing. A damaged or unreadable index (corrupt files, a
     * format from another Lucene version, missing segments) is replaced by an empty one: the database holds the
     * truth, and {@link #recreated()} tells the caller to rebuild.
     */
    static LuceneIndex open(Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            return new LuceneIndex(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index in {} is unreadable ({}); starting an empty one to rebuild", path, e.toString());
            try {
                // Lucene's CREATE mode still reads the old commit point: clear the directory (it is ours alone).
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
                return new LuceneIndex(directory, IndexWriterConfig.OpenMode.CREATE);
            } catch (IOException | RuntimeException again) {
                directory.close();
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    boolean recreated() {
        return recreated;
    }

    void update(SearchDocument doc, long generation) throws IOException {
        writer.updateDocument(new Term(ID, doc.id()), toLucene(doc, generation));
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ID, id));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Deletes the documents of these types that the rebuild {@code generation} did not write. */
    void deleteOlderThan(Collection<String> types, long generation) throws IOException {
        for (String type : types) {
            writer.deleteDocuments(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TYPE, type)), Occur.FILTER)
                    .add(LongPoint.newExactQuery(GENERATION, generation), Occur.MUST_NOT)
                    .build());
        }
    }

    /** Makes the changes so far visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes the changes so far survive a crash. */
    void commit() throws IOException {
        writer.commit();
    }

    /** Documents of these types as searches see them (all types if none given). */
    long count(Collection<String> types) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(types.isEmpty() ? new MatchAllDocsQuery() : anyOf(TYPE, types));
        } finally {
            searchers.release(searcher);
        }
    }

    SearchResults search(SearchQuery query, String text, Instant now) throws IOException {
        List<String> exactTerms = terms(exact, text);
        List<String> foldedTerms = terms(folded, text);
        if (foldedTerms.isEmpty()) {
            return SearchResults.nothingToSearch(query.pageSize());
        }
        int wanted = Math.min(SearchResults.MAX_RESULTS, query.page() * query.pageSize());
        int skip = (query.page() - 1) * query.pageSize();
        Query lucene = withFilters(withSymbol(match(exactTerms, foldedTerms, quoted(text)), symbolKeys(text)), query,
                now);
        Query phrases = phrases(foldedTerms);
        Sort sort = query.order() == SearchQuery.Order.NEWEST
                ? new Sort(new SortField(DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : null;
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top;
            if (sort != null) {
                top = searcher.search(lucene, new TopFieldCollectorManager(sort, wanted, EXACT_TOTAL_UP_TO));
            } else if (phrases == null) {
                top = searcher.search(lucene, new TopScoreDocCollectorManager(wanted, EXACT_TOTAL_UP_TO));
            } else {
                // Phrases are dear on long texts: score them only on the best of the first pass, as the clause
                // they replace would have (its score added to the words' score). Results past those keep the first
                // pass's order, so every page of a search agrees with the others.
                TopDocs first = searcher.search(lucene,
                        new TopScoreDocCollectorManager(Math.max(wanted, RESCORE_TOP), EXACT_TOTAL_UP_TO));
                top = rescoreHead(searcher, first, phrases, wanted);
            }
            Set<String> highlight = new LinkedHashSet<>(foldedTerms);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = skip; i < top.scoreDocs.length; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Document stored = searcher.storedFields().document(scoreDoc.doc);
                String passage = stored.get(SAPO) + (stored.get(SAPO).isEmpty() ? "" : " ") + stored.get(BODY);
                String title = stored.get(TITLE);
                Instant date = Instant.ofEpochMilli(stored.getField(DATE).numericValue().longValue());
                hits.add(new SearchHit(stored.get(ID), stored.get(TYPE), title, snippets.markAll(title, highlight),
                        stored.get(URL), date, stored.get(CATEGORY), snippets.highlight(passage, highlight,
                        SNIPPET_CHARS)));
            }
            return new SearchResults(hits, top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO,
                    query.page(), query.pageSize(), true);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The scoring part: every word (three of four for long queries) must match, folded; the title, the exact form
     * and neighbouring words found as a pair add score (the words as a phrase too, on rescoring).
     *
     * <p>One clause a word, scoring the folded text, the title and the exact form together: the title and the
     * exact form are within the folded text, so the clause matches exactly when the folded word does, and each
     * posting list is read once. Required words are MUST clauses, three of four a minimum of SHOULD clauses: so
     * Lucene skips the documents that cannot reach the page's lowest score (block-max WAND) instead of scoring
     * every match, which for common syllables is most of the index. The pairs are optional clauses beside the
     * words: once the page's lowest score is above what the words alone can reach, only documents holding a pair
     * are visited, and a pair of common syllables is in far fewer documents than either syllable.
     */
    private static Query match(List<String> exactTerms, List<String> foldedTerms, List<Quoted> quoted) {
        int n = foldedTerms.size();
        int required = n <= 3 ? n : (n * 3 + 3) / 4;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < n; i++) {
            BooleanQuery.Builder word = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ALL_FOLDED, foldedTerms.get(i))), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(TITLE_FOLDED, foldedTerms.get(i))), TITLE_BOOST),
                            Occur.SHOULD);
            if (!exactTerms.get(i).equals(foldedTerms.get(i))) {
                word.add(new BoostQuery(new TermQuery(new Term(ALL_EXACT, exactTerms.get(i))), EXACT_BOOST),
                        Occur.SHOULD);
            }
            query.add(word.build(), required == n ? Occur.MUST : Occur.SHOULD);
        }
        if (required < n) {
            // Nested, so that the pairs beside it do not count towards the three of four.
            query.setMinimumNumberShouldMatch(required);
            query = new BooleanQuery.Builder().add(query.build(), Occur.MUST);
        }
        for (int i = 0; i + 1 < n; i++) {
            String pair = VietnameseAnalyzer.pair(foldedTerms.get(i), foldedTerms.get(i + 1));
            if (pair != null) {
                query.add(new BoostQuery(new TermQuery(new Term(ALL_PAIRS, pair)), PAIR_BOOST), Occur.SHOULD);
            }
        }
        for (Quoted part : quoted) {
            part.requireIn(query);
        }
        return query.build();
    }

    /** Text between double quotes, straight or curly: "…" or “…”. */
    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]+)[\"“”]");

    /**
     * What a reader put in quotes must be in the text as typed: its words one after another, and the words typed
     * with diacritics in that exact form (quoted, "đường" leaves out "dương"). A quote left open is no quote.
     *
     * @param exactTerms the words of the quoted part in the exact form, one for each folded word
     */
    record Quoted(List<String> exactTerms, List<String> foldedTerms) {

        void requireIn(BooleanQuery.Builder query) {
            if (foldedTerms.size() > 1) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                foldedTerms.forEach(term -> phrase.add(new Term(ALL_FOLDED, term)));
                query.add(phrase.build(), Occur.FILTER);
            }
            for (int i = 0; i < foldedTerms.size(); i++) {
                if (!exactTerms.get(i).equals(foldedTerms.get(i))) {
                    query.add(new TermQuery(new Term(ALL_EXACT, exactTerms.get(i))), Occur.FILTER);
                } else if (foldedTerms.size() == 1) {
                    // A phrase of several words already requires each of them folded.
                    query.add(new TermQuery(new Term(ALL_FOLDED, foldedTerms.get(i))), Occur.FILTER);
                }
            }
        }
    }

    /** The quoted parts of a query, at most {@link #MAX_QUERY_TERMS} words in all. */
    private List<Quoted> quoted(String text) throws IOException {
        List<Quoted> parts = new ArrayList<>();
        int words = 0;
        Matcher quote = QUOTED.matcher(text);
        while (quote.find() && words < MAX_QUERY_TERMS) {
            List<String> foldedTerms = terms(folded, quote.group(1), MAX_QUERY_TERMS - words);
            List<String> exactTerms = terms(exact, quote.group(1), MAX_QUERY_TERMS - words);
            if (!foldedTerms.isEmpty()) {
                parts.add(new Quoted(exactTerms, foldedTerms));
                words += foldedTerms.size();
            }
        }
        return parts;
    }

    /**
     * The first {@link #RESCORE_TOP} results reordered with the phrase score added, then the others as they were;
     * {@code wanted} of them at most.
     */
    private static TopDocs rescoreHead(IndexSearcher searcher, TopDocs first, Query phrases, int wanted)
            throws IOException {
        int head = Math.min(RESCORE_TOP, first.scoreDocs.length);
        TopDocs rescored = QueryRescorer.rescore(searcher,
                new TopDocs(first.totalHits, Arrays.copyOf(first.scoreDocs, head)), phrases, 1, head);
        ScoreDoc[] all = Arrays.copyOf(rescored.scoreDocs, first.scoreDocs.length);
        System.arraycopy(first.scoreDocs, head, all, head, first.scoreDocs.length - head);
        return new TopDocs(first.totalHits, Arrays.copyOf(all, Math.min(wanted, all.length)));
    }

    /**
     * The words as a phrase, in the text and in the title: extra score for the best results of the first pass
     * ({@link #RESCORE_TOP}), or {@code null} for a single word.
     */
    private static Query phrases(List<String> foldedTerms) {
        if (foldedTerms.size() < 2) {
            return null;
        }
        BooleanQuery.Builder phrases = new BooleanQuery.Builder();
        for (String field : List.of(ALL_FOLDED, TITLE_FOLDED)) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            foldedTerms.forEach(term -> phrase.add(new Term(field, term)));
            phrases.add(new BoostQuery(phrase.build(), PHRASE_BOOST), Occur.SHOULD);
        }
        return phrases.build();
    }

    /**
     * A document whose symbol is the query, or a word of it ("kế hoạch 14-KH/ĐU"), matches even if the words do not
     * (as "14khdu"), and ranks above everything else.
     */
    private static Query withSymbol(Query words, List<String> symbolKeys) {
        if (symbolKeys.isEmpty()) {
            return words;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(words, Occur.SHOULD);
        symbolKeys.forEach(key -> either.add(
                new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SYMBOL, key))), SYMBOL_BOOST),
                Occur.SHOULD));
        return either.build();
    }

    /**
     * The symbol keys a query may mean: the whole query ("14 KH ĐU"), and each of its words that reads like a
     * symbol, holding a digit and a dash, slash or dot ("14-KH/ĐU" in "Kế hoạch số 14-KH/ĐU"). Without a digit
     * nothing is a symbol.
     */
    static List<String> symbolKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        addSymbolKey(keys, text);
        for (String word : text.split("\\s+")) {
            if (word.chars().anyMatch(c -> c == '-' || c == '/' || c == '.' || c == '\u2013' || c == '\u2014')) {
                addSymbolKey(keys, word);
            }
        }
        return List.copyOf(keys);
    }

    private static void addSymbolKey(Set<String> keys, String text) {
        String key = symbolKey(text);
        if (!key.isEmpty() && key.length() <= MAX_SYMBOL_KEY && key.chars().anyMatch(c -> c >= '0' && c <= '9')) {
            keys.add(key);
        }
    }

    /** The document registry's rule ({@link DocumentSymbol#searchKey}): "014-KH/ĐU" and "14 KH ĐU" are "14khdu". */
    static String symbolKey(String text) {
        return DocumentSymbol.searchKey(text);
    }

    /** Filters; items scheduled for later stay out until their time has come. */
    private static Query withFilters(Query match, SearchQuery query, Instant now) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder();
        if (match instanceof BooleanQuery bool && (bool.getMinimumNumberShouldMatch() > 0
                || bool.clauses().stream().anyMatch(BooleanClause::isRequired))) {
            // The same query with the filters beside its clauses rather than around it: Lucene skips the documents
            // that cannot reach the page (WAND) only for scoring clauses at the top level. (A plain disjunction
            // cannot be flattened: beside a filter, its clauses would become optional.)
            bool.clauses().forEach(filtered::add);
            filtered.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        } else {
            filtered.add(match, Occur.MUST);
        }
        long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
        long to = now.toEpochMilli();
        if (query.to() != null) {
            to = Math.min(to, query.to().toEpochMilli() - 1);
        }
        filtered.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        if (!query.categorySlugs().isEmpty()) {
            filtered.add(anyOf(CATEGORY, query.categorySlugs()), Occur.FILTER);
        }
        if (!query.types().isEmpty()) {
            filtered.add(anyOf(TYPE, query.types()), Occur.FILTER);
        }
        return filtered.build();
    }

    private static Query anyOf(String field, Collection<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        return any.build();
    }

    /** The analysed words of a query, in order, at most {@link #MAX_QUERY_TERMS}. */
    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return terms(analyzer, text, MAX_QUERY_TERMS);
    }

    static List<String> terms(Analyzer analyzer, String text, int max) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("q", VietnameseText.nfc(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < max) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    Analyzer exactAnalyzer() {
        return exact;
    }

    Analyzer foldedAnalyzer() {
        return folded;
    }

    private static Document toLucene(SearchDocument doc, long generation) {
        Document d = new Document();
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        d.add(new StringField(TYPE, doc.type(), Field.Store.YES));
        d.add(new StoredField(TITLE, doc.title()));
        d.add(new StoredField(SAPO, doc.sapo()));
        d.add(new StoredField(BODY, doc.body()));
        d.add(new Field(TITLE_FOLDED, doc.title(), PHRASES));
        // Separate values of one field: the analyser keeps a gap between them, so no phrase spans two.
        for (String text : List.of(doc.title(), doc.sapo(), doc.body())) {
            d.add(new Field(ALL_FOLDED, text, PHRASES));
            d.add(new Field(ALL_EXACT, text, WORDS));
            d.add(new Field(ALL_PAIRS, text, PAIRS));
        }
        if (doc.categorySlug() != null) {
            d.add(new StringField(CATEGORY, doc.categorySlug(), Field.Store.YES));
        }
        long date = doc.publishedAt().toEpochMilli();
        d.add(new LongPoint(DATE, date));
        d.add(new StoredField(DATE, date));
        d.add(new NumericDocValuesField(DATE, date));
        d.add(new StoredField(URL, doc.url()));
        if (doc.symbol() != null) {
            String key = symbolKey(doc.symbol());
            if (!key.isEmpty()) {
                d.add(new StringField(SYMBOL, key, Field.Store.NO));
            }
        }
        d.add(new LongPoint(GENERATION, generation));
        return d;
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    // ---- Rebuild time, format and change feed position in the commit data: kept at the end of the class ----

    /** Commit data key of the instant the last rebuild finished (ISO-8601). */
    private static final String LAST_REBUILD = "toasoan.lastRebuild";
    /** Commit data key of what the fields hold, {@link #FORMAT}; an index from before it has none. */
    private static final String FORMAT_KEY = "toasoan.format";
    /** Commit data key of the change feed position the index reflects. */
    private static final String FEED_POSITION = "toasoan.feedPosition";
    /** Commit data key present while a rebuild has started and not finished. */
    private static final String REBUILDING = "toasoan.rebuilding";
    /**
     * 2: pairs of common syllables ({@link #ALL_PAIRS}); 3: a symbol's number without leading zeros, as the registry
     * reads it ({@link #symbolKey}).
     */
    static final String FORMAT = "3";

    /** When the last complete rebuild finished, from the last commit; null if this index was never rebuilt. */
    Instant lastRebuild() {
        String value = commitData().get(LAST_REBUILD);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Whether the documents were written with other fields than this version writes: searching still works, but
     * only a rebuild gives every document the current ones.
     */
    boolean outdated() {
        return !FORMAT.equals(commitData().get(FORMAT_KEY));
    }

    /** Records the end of a rebuild, in the current format, with the next commit (and every later one). */
    synchronized void markRebuilt(Instant at) {
        Map<String, String> data = commitData();
        data.put(LAST_REBUILD, at.toString());
        data.put(FORMAT_KEY, FORMAT);
        data.remove(REBUILDING);
        writer.setLiveCommitData(data.entrySet());
    }

    /**
     * Records, with the next commit, that a rebuild is under way: if the process dies before {@link #markRebuilt},
     * the next start sees {@link #rebuildInterrupted()} and rebuilds again, whatever the counts say.
     */
    void markRebuildStarted() {
        putCommitData(Map.of(REBUILDING, "true"));
    }

    boolean rebuildInterrupted() {
        return commitData().containsKey(REBUILDING);
    }

    /** The change feed position stored with the last commit ({@code FeedPosition#encode}), if any. */
    String feedPosition() {
        return commitData().get(FEED_POSITION);
    }

    /** Stores the change feed position with the next commit: the index and its position survive a crash together. */
    void setFeedPosition(String encoded) {
        putCommitData(Map.of(FEED_POSITION, encoded));
    }

    /** An index without documents holds no older fields: it is in the current format from the start. */
    private void markFormatIfEmpty() {
        if (writer.getDocStats().maxDoc == 0) {
            putCommitData(Map.of(FORMAT_KEY, FORMAT));
        }
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> current = writer.getLiveCommitData();
        if (current != null) {
            current.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /** Synchronized: the rebuild and the change feed's follower both add to it, from their own threads. */
    private synchronized void putCommitData(Map<String, String> entries) {
        Map<String, String> data = commitData();
        data.putAll(entries);
        writer.setLiveCommitData(data.entrySet());
    }
}
