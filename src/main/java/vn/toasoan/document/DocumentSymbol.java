package vn.toasoan.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.toasoan.text.Folding;
import vn.toasoan.text.VietnameseText;

/**
 * The number and symbol (số, ký hiệu) of an official document, parsed from the way it is written.
 *
 * <p>Two systems are in use. Party documents follow Hướng dẫn 36-HD/VPTW: number, dash, type, slash,
 * issuer — "14-KH/ĐU", "36-HD/VPTW". State documents follow Nghị định 30/2020/NĐ-CP: number, slash, an
 * optional year (legal documents), then type and issuer joined by a dash — "1234/QĐ-UBND",
 * "42/2022/NĐ-CP"; a law has no type code ("35/2021/QH15"), and a công văn has none either, only the issuer
 * and the drafting unit ("123/UBND-VP"). Which system a symbol belongs to decides what its type code means:
 * "TT" is a Thông tri of the Party but a Thông tư of the State.
 *
 * <p>"QĐ" is read as Quyết định in both systems. Since 2018 the Party writes its Quy định as "QĐi"
 * ("37-QĐi/TW"); older central-committee regulations were written "N-QĐ/TW" ("47-QĐ/TW", 2011) and
 * cannot be told from decisions by the symbol alone, so the type read here is only a default: a
 * registered document keeps the type an editor gives it.
 *
 * @param symbol the symbol in its tidy written form: NFC, dashes and slashes without spaces, codes in
 *     their usual case ("14-KH/ĐU", "11/CT-TTg"); the number keeps its leading zeros
 * @param party whether it is written the Party way (number-type/issuer)
 * @param number the number as written, digits only ("05")
 * @param year the year in a State legal document's symbol, or {@code null}
 * @param typeCode the document type code ("KH", "NĐ"), or {@code null} (laws, công văn)
 * @param issuerCode the issuer code ("ĐU", "CP", "BTC-BNV" for joint documents), or {@code null}
 * @param unitCode the drafting unit of a State công văn ("VP" in "123/UBND-VP"), or {@code null}
 */
public record DocumentSymbol(String symbol, boolean party, String number, Integer year, String typeCode,
        String issuerCode, String unitCode) {

    /** Where a symbol was found in a text: [start, end) of the symbol itself. */
    record Found(DocumentSymbol symbol, int start, int end) {
    }

    private static final String CODE = "\\p{L}[\\p{L}\\p{N}]{0,15}";
    private static final String CODES = CODE + "(?:-" + CODE + "){0,3}";
    private static final String GAP = "[\\s\\u00A0]{0,2}";
    /** Not glued to a letter, digit or symbol punctuation on either side, so "ab12-KH/ĐU" or dates are not taken. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}/\\-.])";
    private static final String AFTER = "(?![\\p{L}\\p{N}/]|-[\\p{L}\\p{N}])";
    private static final Pattern PARTY = Pattern.compile(BEFORE + "(\\p{Nd}{1,6})" + GAP + "-" + GAP + "(" + CODE + ")"
            + GAP + "/" + GAP + "(" + CODES + ")" + AFTER);
    private static final Pattern STATE = Pattern.compile(BEFORE + "(\\p{Nd}{1,6})" + GAP + "/" + GAP
            + "(?:((?:19|20)\\p{Nd}{2})" + GAP + "/" + GAP + ")?(" + CODES + ")" + AFTER);
    /** Every dash a word processor may put in a symbol, and the full-width slash of some input methods. */
    /** The zeros before a number's first significant digit: "014" is number 14, as "0" stays 0. */
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");

    /** Codes whose usual spelling is not all capitals, and ASCII spellings of codes written with Đ. */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("QĐI", "QĐi"), Map.entry("QDI", "QĐi"), Map.entry("QD", "QĐ"), Map.entry("ND", "NĐ"),
            Map.entry("QYĐ", "QyĐ"), Map.entry("TTR", "TTr"), Map.entry("CTR", "CTr"), Map.entry("TTH", "TTh"),
            Map.entry("TTG", "TTg"));

    /** Party document types (Hướng dẫn 36-HD/VPTW). */
    private static final Map<String, String> PARTY_TYPES = Map.ofEntries(
            Map.entry("NQ", "Nghị quyết"), Map.entry("QĐ", "Quyết định"), Map.entry("QĐi", "Quy định"),
            Map.entry("QC", "Quy chế"), Map.entry("CT", "Chỉ thị"), Map.entry("KL", "Kết luận"),
            Map.entry("TT", "Thông tri"), Map.entry("HD", "Hướng dẫn"), Map.entry("KH", "Kế hoạch"),
            Map.entry("CTr", "Chương trình"), Map.entry("TB", "Thông báo"), Map.entry("TC", "Thông cáo"),
            Map.entry("BC", "Báo cáo"), Map.entry("TTr", "Tờ trình"), Map.entry("ĐA", "Đề án"),
            Map.entry("CV", "Công văn"), Map.entry("BB", "Biên bản"), Map.entry("GM", "Giấy mời"),
            Map.entry("QyĐ", "Quy định"));

    /** State document types (Nghị định 30/2020/NĐ-CP, Appendix III, and the legal documents' own codes). */
    private static final Map<String, String> STATE_TYPES = Map.ofEntries(
            Map.entry("NQ", "Nghị quyết"), Map.entry("NĐ", "Nghị định"), Map.entry("QĐ", "Quyết định"),
            Map.entry("CT", "Chỉ thị"), Map.entry("TT", "Thông tư"), Map.entry("TTLT", "Thông tư liên tịch"),
            Map.entry("NQLT", "Nghị quyết liên tịch"), Map.entry("QC", "Quy chế"), Map.entry("QyĐ", "Quy định"),
            Map.entry("QĐi", "Quy định"), Map.entry("TC", "Thông cáo"), Map.entry("TB", "Thông báo"),
            Map.entry("HD", "Hướng dẫn"), Map.entry("CTr", "Chương trình"), Map.entry("KH", "Kế hoạch"),
            Map.entry("PA", "Phương án"), Map.entry("ĐA", "Đề án"), Map.entry("DA", "Dự án"),
            Map.entry("BC", "Báo cáo"), Map.entry("BB", "Biên bản"), Map.entry("TTr", "Tờ trình"),
            Map.entry("HĐ", "Hợp đồng"), Map.entry("CĐ", "Công điện"), Map.entry("GN", "Bản ghi nhớ"),
            Map.entry("TTh", "Bản thỏa thuận"), Map.entry("GUQ", "Giấy ủy quyền"), Map.entry("GM", "Giấy mời"),
            Map.entry("GGT", "Giấy giới thiệu"), Map.entry("CV", "Công văn"), Map.entry("L", "Luật"),
            Map.entry("PL", "Pháp lệnh"), Map.entry("LCT", "Lệnh"));

    /**
     * Reads the first document symbol in {@code text}: a bare symbol ("14-KH/ĐU"), or one inside a sentence
     * ("Nghị quyết số 05-NQ/TU"). Spaces around the dash and slash, any kind of dash, lower case and
     * decomposed (NFD) text are accepted. Never throws.
     *
     * @param text any text, may be {@code null}
     * @return the symbol, or empty if the text holds none
     */
    public static Optional<DocumentSymbol> parse(String text) {
        List<Found> found = findAll(text);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).symbol());
    }

    /**
     * Every symbol in {@code text}, in order. Positions refer to {@code text} itself, so callers can link or
     * mark the symbols in place; the text must therefore already be NFC (as stored text is) for the
     * positions to be exact.
     */
    static List<Found> findAll(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String clean = text.length() > 1_000_000 ? text.substring(0, 1_000_000) : text;
        // NFC and dash replacement keep the length when the input is already NFC, so positions stay valid.
        String normal = DASHES.matcher(VietnameseText.nfc(clean)).replaceAll("-").replace('\uFF0F', '/');
        List<Found> found = new ArrayList<>();
        collect(PARTY.matcher(normal), true, found);
        collect(STATE.matcher(normal), false, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> separate = new ArrayList<>();
        for (Found f : found) {
            if (separate.isEmpty() || f.start() >= separate.get(separate.size() - 1).end()) {
                separate.add(f);
            }
        }
        return separate;
    }

    private static void collect(Matcher m, boolean party, List<Found> found) {
        while (m.find()) {
            DocumentSymbol symbol = party ? party(m.group(1), m.group(2), m.group(3))
                    : state(m.group(1), m.group(2), m.group(3));
            found.add(new Found(symbol, m.start(), m.end()));
        }
    }

    private static DocumentSymbol party(String number, String type, String issuer) {
        String typeCode = spell(type);
        String issuerCode = spellAll(issuer);
        return new DocumentSymbol(ascii(number) + "-" + typeCode + "/" + issuerCode, true, ascii(number), null,
                typeCode, issuerCode, null);
    }

    private static DocumentSymbol state(String number, String yearText, String codes) {
        List<String> parts = Arrays.stream(codes.split("-")).map(DocumentSymbol::spell).toList();
        Integer year = yearText == null ? null : Integer.valueOf(ascii(yearText));
        String symbol = ascii(number) + "/" + (year == null ? "" : year + "/") + String.join("-", parts);
        String first = parts.get(0);
        if (STATE_TYPES.containsKey(first)) {
            String issuer = parts.size() > 1 ? String.join("-", parts.subList(1, parts.size())) : null;
            return new DocumentSymbol(symbol, false, ascii(number), year, first, issuer, null);
        }
        if (year != null) {
            // A law or a resolution of the National Assembly: "35/2021/QH15" — the issuer alone.
            return new DocumentSymbol(symbol, false, ascii(number), year, null, String.join("-", parts), null);
        }
        // A công văn: issuer, then the unit that drafted it.
        String unit = parts.size() > 1 ? String.join("-", parts.subList(1, parts.size())) : null;
        return new DocumentSymbol(symbol, false, ascii(number), null, null, first, unit);
    }

    private static String spell(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        return SPELLING.getOrDefault(upper, upper);
    }

    private static String spellAll(String codes) {
        return Arrays.stream(codes.split("-")).map(DocumentSymbol::spell).collect(Collectors.joining("-"));
    }

    /** Other scripts' digits (Arabic-Indic, full-width) match \p{Nd}; a stored number is ASCII. */
    private static String ascii(String digits) {
        StringBuilder b = new StringBuilder(digits.length());
        digits.codePoints().forEach(c -> b.append(Character.forDigit(Character.digit(c, 10), 10)));
        return b.toString();
    }

    /**
     * The document type this symbol names, in words: "Kế hoạch" for "14-KH/ĐU", "Nghị định" for
     * "42/2022/NĐ-CP", "Công văn" for "123/UBND-VP". Empty when the symbol does not say (a law's
     * "35/2021/QH15") or the code is unknown.
     */
    public Optional<String> typeName() {
        if (typeCode == null) {
            return !party && year == null ? Optional.of("Công văn") : Optional.empty();
        }
        return Optional.ofNullable((party ? PARTY_TYPES : STATE_TYPES).get(typeCode));
    }

    /** Every document type in words that a symbol can name, Party and State. */
    static Set<String> typeNames() {
        Set<String> names = new TreeSet<>(PARTY_TYPES.values());
        names.addAll(STATE_TYPES.values());
        return names;
    }

    /**
     * The form under which two writings of one symbol compare equal: "5-kh/du", "05 – KH/ĐU" and
     * "05-KH/ĐU" all give "5-KH/DU". Used to find a registered document from a mention in a text.
     */
    public String key() {
        return key(symbol, number);
    }

    /**
     * The lookup key of any symbol text: that of the parsed symbol when the whole text is one, otherwise
     * the text folded, upper-cased and without spaces, so that unusual symbols still find themselves.
     */
    static String keyOf(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = VietnameseText.nfc(text).strip();
        List<Found> found = findAll(trimmed);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == trimmed.length()) {
            return found.get(0).symbol().key();
        }
        return Folding.fold(trimmed).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /**
     * The key under which search matches a symbol however a reader types it: the {@link #keyOf registry's key}
     * with its letters and digits only, in lower case, and no leading zeros: "014-KH/ĐU", "14 kh đu" and "14KHDU"
     * all give "14khdu", so search and the registry agree on which writings are one symbol. Texts over 1,000
     * characters give "" (no symbol is that long; the bound keeps a query's cost bounded).
     */
    public static String searchKey(String text) {
        if (text == null || text.length() > 1_000) {
            return "";
        }
        String registryKey = keyOf(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(registryKey.length());
        for (int i = 0; i < registryKey.length(); i++) {
            char c = registryKey.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return LEADING_ZEROS.matcher(key).replaceFirst("");
    }

    private static String key(String symbol, String number) {
        String withoutZeros = LEADING_ZEROS.matcher(number).replaceFirst("");
        return withoutZeros + Folding.fold(symbol.substring(number.length())).toUpperCase(Locale.ROOT);
    }
}
