package vn.toasoan.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a symbol reads as: the parts the registry stores, for the editor to check.
 *
 * @param recognised whether the text is a symbol the parser knows; the other fields are null otherwise
 * @param system "Đảng" or "Nhà nước"
 */
public record SymbolReading(boolean recognised, String number, Integer year, String typeCode, String typeName,
        String issuerCode, String system) {

    /** The reading of any text; never fails. */
    public static SymbolReading of(String symbol) {
        Optional<DocumentSymbol> parsed = DocumentSymbol.parse(symbol);
        if (parsed.isEmpty()) {
            return new SymbolReading(false, null, null, null, null, null, null);
        }
        DocumentSymbol s = parsed.get();
        return new SymbolReading(true, s.number(), s.year(), s.typeCode(), s.typeName().orElse(null),
                s.issuerCode(), s.party() ? "Đảng" : "Nhà nước");
    }

    /** The parts as stored with the document (an editor's type wins over the symbol's). */
    public static SymbolReading of(Document d) {
        SymbolReading fromSymbol = of(d.symbol());
        return new SymbolReading(fromSymbol.recognised() || d.number() != null, d.number(), d.year(),
                d.typeCode(), d.docType(), d.issuerCode(), fromSymbol.system());
    }

    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recognised", recognised);
        json.put("number", number);
        json.put("year", year);
        json.put("typeCode", typeCode);
        json.put("typeName", typeName);
        json.put("issuerCode", issuerCode);
        json.put("system", system);
        return json;
    }
}
